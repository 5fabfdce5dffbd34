//! Exports of a bulk check, as CSV for Excel (UTF-8 with BOM, formulas guarded): the problems,
//! a cleaned copy of the list (with each row's commune of today and how it was found, old
//! addresses converted and the user's choices for split old communes applied), and the
//! per-commune counts; and the hand-over of the counts to the campaign tracker.
//!
//! The check keeps no per-row results, so the problems and cleaned exports read the text again
//! (the same records in the same order give the same outcomes). Each export is a writer fed
//! record by record, so the UI can yield between chunks as it does for the check.

use crate::delimited::{CsvOptions, Record, write_field};
use crate::email::EmailAddress;
use crate::old_address::{OldUnits, Settlements};
use crate::units::{CommuneCode, ProvinceCode};

use super::{
    AddressReading, BulkChecker, BulkColumns, BulkReport, Column, Problem, ProblemCategory,
    ProblemKind, RowOutcome, Status, TaxVerdict, commune_names,
};

/// Where the per-commune counts wait for the campaign tracker (session storage: the tab only).
pub const HANDOVER_KEY: &str = "sansang.handover.bulk";

/// Per-commune counts handed to the campaign tracker: a new campaign's units and their
/// targets. Aggregates only, no names or tax codes (docs/writing.md: aggregates are what officers
/// share). Only definite counts make units; organizations of split old communes not settled are
/// handed over apart ("possibly" per candidate), never counted in one.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommuneCounts {
    /// Format version of this hand-over.
    pub version: u8,
    /// The province of the list, when one was chosen or all communes lie in one.
    pub province: Option<ProvinceCode>,
    /// (commune, distinct organizations, inactive among them); targets = total − inactive.
    pub rows: Vec<(CommuneCode, u32, u32)>,
    /// Distinct organizations whose commune was not found.
    pub unassigned: u32,
    /// Of the organizations in `rows`, those converted from old addresses (docs/rules.md §2.4).
    #[serde(default)]
    pub converted: u32,
    /// Distinct organizations in split old communes not settled (in no row).
    #[serde(default)]
    pub split: u32,
    /// (commune, organizations possibly in it): each split organization once per candidate.
    #[serde(default)]
    pub possibly: Vec<(CommuneCode, u32)>,
}

impl CommuneCounts {
    /// The current [`CommuneCounts::version`] (2: old addresses converted, splits apart).
    pub const VERSION: u8 = 2;

    /// The counts of a finished check (with the user's settlements applied, as the page shows
    /// it).
    pub fn from_report(report: &BulkReport) -> CommuneCounts {
        let province = report.province.or_else(|| {
            let mut provinces = report
                .communes
                .iter()
                .filter_map(|t| crate::units::commune(t.commune).map(|c| c.province));
            let first = provinces.next()?;
            provinces.all(|p| p == first).then_some(first)
        });
        CommuneCounts {
            version: CommuneCounts::VERSION,
            province,
            rows: report
                .communes
                .iter()
                .filter(|t| t.organizations > 0)
                .map(|t| (t.commune, t.organizations, t.inactive))
                .collect(),
            unassigned: report.unassigned,
            converted: report.converted_organizations(),
            split: report.split_organizations(),
            possibly: report
                .communes
                .iter()
                .filter(|t| t.possibly > 0)
                .map(|t| (t.commune, t.possibly))
                .collect(),
        }
    }
}

/// A new file: the byte-order mark when the options ask for one.
fn start(options: CsvOptions) -> String {
    if options.bom {
        String::from('\u{FEFF}')
    } else {
        String::new()
    }
}

fn write_row<'s>(out: &mut String, options: CsvOptions, cells: impl IntoIterator<Item = &'s str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(options.delimiter.as_char());
        }
        write_field(out, cell, options);
    }
    out.push_str(if options.crlf { "\r\n" } else { "\n" });
}

/// Columns of the per-commune CSV.
pub const COMMUNE_COLUMNS: usize = 8;

/// The per-commune counts as CSV: code, commune, province, organizations, of which from old
/// addresses, inactive, targets, possibly (split old communes). `headers` come from the
/// catalogue; `split_label` names the row of organizations in split old communes not settled,
/// `unassigned_label` the row of those whose commune was not found (each written only when
/// there are some), so the column of organizations adds up to every organization of the list.
pub fn communes_csv(
    report: &BulkReport,
    headers: [&str; COMMUNE_COLUMNS],
    split_label: &str,
    unassigned_label: &str,
) -> String {
    communes_table(
        report,
        headers,
        [split_label, unassigned_label],
        CsvOptions::EXCEL,
    )
}

/// [`communes_csv`] written with `options`: [`CsvOptions::PLAIN`] for the .xlsx the file worker
/// writes from it, where a cell is never a formula and needs no guard. `labels`: the split row's
/// and the unassigned row's.
pub fn communes_table(
    report: &BulkReport,
    headers: [&str; COMMUNE_COLUMNS],
    [split_label, unassigned_label]: [&str; 2],
    options: CsvOptions,
) -> String {
    let mut out = start(options);
    write_row(&mut out, options, headers);
    let number = |n: u32| n.to_string();
    for tally in &report.communes {
        let (name, province) = commune_names(tally.commune).unwrap_or(("", ""));
        let code = tally.commune.to_string();
        let figures = [
            tally.organizations,
            tally.from_old,
            tally.inactive,
            tally.targets(),
            tally.possibly,
        ]
        .map(number);
        write_row(
            &mut out,
            options,
            [&*code, name, province]
                .into_iter()
                .chain(figures.iter().map(String::as_str)),
        );
    }
    let others = [
        (
            split_label,
            report.split_organizations(),
            report.split_inactive(),
        ),
        (
            unassigned_label,
            report.unassigned,
            report.unassigned_inactive,
        ),
    ];
    for (label, total, inactive) in others {
        if total == 0 {
            continue;
        }
        let figures = [total.to_string(), String::new(), inactive.to_string()];
        let targets = total.saturating_sub(inactive).to_string();
        write_row(
            &mut out,
            options,
            ["", label, ""]
                .into_iter()
                .chain(figures.iter().map(String::as_str))
                .chain([targets.as_str(), ""]),
        );
    }
    out
}

/// Writes the problems CSV record by record: for each problem of a row, the row number, the
/// category, the message, and the row's tax code and name as written.
pub struct ProblemsCsv<'p> {
    problems: &'p [Problem],
    next: usize,
    columns: BulkColumns,
    options: CsvOptions,
    out: String,
}

impl<'p> ProblemsCsv<'p> {
    /// Starts the file with its header (`headers` from the catalogue: row, category, message,
    /// tax code, name).
    pub fn new(problems: &'p [Problem], columns: BulkColumns, headers: [&str; 5]) -> Self {
        ProblemsCsv::with_options(problems, columns, headers, CsvOptions::EXCEL)
    }

    /// [`ProblemsCsv::new`] written with `options` (see [`communes_table`]).
    pub fn with_options(
        problems: &'p [Problem],
        columns: BulkColumns,
        headers: [&str; 5],
        options: CsvOptions,
    ) -> Self {
        let mut out = start(options);
        write_row(&mut out, options, headers);
        ProblemsCsv {
            problems,
            next: 0,
            columns,
            options,
            out,
        }
    }

    /// Whether every problem has been written (the rest of the file can be skipped).
    pub fn is_done(&self) -> bool {
        self.next >= self.problems.len()
    }

    /// Writes the problems of this record's row.
    pub fn push(
        &mut self,
        record: &Record<'_>,
        category: impl Fn(ProblemCategory) -> String,
        message: impl Fn(&ProblemKind) -> String,
    ) {
        let row = u32::try_from(record.row).unwrap_or(u32::MAX);
        while let Some(problem) = self.problems.get(self.next) {
            if problem.row < row {
                self.next += 1;
                continue;
            }
            if problem.row > row {
                break;
            }
            let cell = |column| {
                self.columns
                    .get(column)
                    .and_then(|i| record.get(i))
                    .unwrap_or("")
            };
            let row_text = problem.row.to_string();
            let category_text = category(problem.kind.category());
            let message_text = message(&problem.kind);
            let (tax_code, name) = (cell(Column::TaxCode), cell(Column::Name));
            write_row(
                &mut self.out,
                self.options,
                [&*row_text, &*category_text, &*message_text, tax_code, name],
            );
            self.next += 1;
        }
    }

    /// The CSV text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Words for the cleaned file's added columns, from the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CleanedLabels {
    /// Headers of the added columns, in order: row, tax code (cleaned), tax code check,
    /// duplicate of row, commune code, commune (2025), province, how the commune was found (with
    /// the conversion table's source), old commune read, phone (cleaned), email (cleaned),
    /// operating, problems.
    pub headers: [&'static str; CLEANED_COLUMNS],
    /// Tax code check: check digit matches.
    pub valid: &'static str,
    /// Tax code check: 12 digits, cannot verify offline.
    pub cannot_verify: &'static str,
    /// Tax code check: wrong.
    pub invalid: &'static str,
    /// Tax code check: empty.
    pub missing: &'static str,
    /// Operating column: yes.
    pub operating: &'static str,
    /// Operating column: no (inactive).
    pub not_operating: &'static str,
}

/// Columns the cleaned file adds before the original ones.
pub const CLEANED_COLUMNS: usize = 13;

/// Words of a cleaned row that depend on the row, from the catalogue.
pub trait RowWords {
    /// A problem, as a sentence.
    fn problem(&self, kind: &ProblemKind) -> String;
    /// How the row's commune was found, in a few words ("đổi từ địa chỉ cũ (nhập nguyên vẹn)").
    fn how(&self, address: &AddressReading) -> String;
    /// The old commune read from the row, with its district and province; empty for a current
    /// address.
    fn old_place(&self, address: &AddressReading) -> String;
}

/// Writes the cleaned copy of a list: the added columns (canonical tax code, its verdict, the
/// duplicate's first row, commune code and 2025 name, province, how the commune was found and
/// the old commune read, normalized phone and email, operating or not, the row's problems) then
/// every original column. Runs its own check with the same conversion data and the user's
/// settlements, so the outcomes are exactly those the page shows.
pub struct CleanedCsv<'u> {
    checker: BulkChecker<'u>,
    columns: BulkColumns,
    labels: CleanedLabels,
    options: CsvOptions,
    out: String,
    original_columns: usize,
}

impl<'u> CleanedCsv<'u> {
    /// Starts the file with the added headers and the original `header`.
    pub fn new<S: AsRef<str>>(
        header: &[S],
        columns: BulkColumns,
        province: Option<ProvinceCode>,
        data: Option<&'u OldUnits>,
        settlements: &Settlements,
        labels: CleanedLabels,
    ) -> CleanedCsv<'u> {
        CleanedCsv::with_options(
            header,
            columns,
            province,
            data,
            settlements,
            labels,
            CsvOptions::EXCEL,
        )
    }

    /// [`CleanedCsv::new`] written with `options` (see [`communes_table`]).
    pub fn with_options<S: AsRef<str>>(
        header: &[S],
        columns: BulkColumns,
        province: Option<ProvinceCode>,
        data: Option<&'u OldUnits>,
        settlements: &Settlements,
        labels: CleanedLabels,
        options: CsvOptions,
    ) -> CleanedCsv<'u> {
        let mut out = start(options);
        write_row(
            &mut out,
            options,
            labels
                .headers
                .iter()
                .copied()
                .chain(header.iter().map(AsRef::as_ref)),
        );
        let mut checker = BulkChecker::new(columns, province, data);
        checker.set_settlements(settlements.clone());
        CleanedCsv {
            checker,
            columns,
            labels,
            options,
            out,
            original_columns: header.len(),
        }
    }

    /// Writes one data record (blank records are skipped).
    pub fn push(&mut self, record: &Record<'_>, words: &impl RowWords) {
        let before = self.checker.problems().len();
        let Some(outcome) = self.checker.check(record) else {
            return;
        };
        let messages: Vec<String> = self
            .checker
            .problems()
            .get(before..)
            .unwrap_or(&[])
            .iter()
            .map(|p| words.problem(&p.kind))
            .collect();
        let email_cell = self.columns.email.and_then(|i| record.get(i));
        let address = [
            words.how(&outcome.address),
            words.old_place(&outcome.address),
        ];
        let added = self.added_cells(&outcome, email_cell, address, &messages.join("; "));
        let width = self.original_columns.max(record.fields.len());
        let originals = (0..width).map(|i| record.get(i).unwrap_or(""));
        write_row(
            &mut self.out,
            self.options,
            added.iter().map(String::as_str).chain(originals),
        );
        // Keep the checker's memory flat: problems were only needed for this row's messages.
        self.checker.problems.clear();
    }

    fn added_cells(
        &self,
        outcome: &RowOutcome,
        email_cell: Option<&str>,
        [how, old_place]: [String; 2],
        problems: &str,
    ) -> [String; CLEANED_COLUMNS] {
        let labels = &self.labels;
        let (code, verdict) = match outcome.tax {
            TaxVerdict::Valid(code) => (code.to_string(), labels.valid),
            TaxVerdict::CannotVerify(code) => (code.to_string(), labels.cannot_verify),
            TaxVerdict::Invalid(_) => (String::new(), labels.invalid),
            TaxVerdict::Missing => (String::new(), labels.missing),
        };
        let (commune_code, commune, province) = match outcome.address.commune() {
            Some(c) => {
                let (name, province) = commune_names(c).unwrap_or(("", ""));
                (c.to_string(), name.to_owned(), province.to_owned())
            }
            None => (String::new(), String::new(), String::new()),
        };
        let phone = match &outcome.phone {
            Some(Ok(number)) => number.to_string(),
            _ => String::new(),
        };
        let email = match outcome.email {
            Some(Ok(())) => email_cell
                .and_then(|cell| EmailAddress::parse(cell).ok())
                .map_or_else(String::new, |a| a.as_str().to_owned()),
            _ => String::new(),
        };
        let operating = match outcome.status {
            Status::Inactive(_) => labels.not_operating,
            Status::Active | Status::Blank | Status::Unrecognised => labels.operating,
        };
        [
            outcome.row.to_string(),
            code,
            verdict.to_owned(),
            outcome
                .duplicate_of
                .map_or_else(String::new, |r| r.to_string()),
            commune_code,
            commune,
            province,
            how,
            old_place,
            phone,
            email,
            operating.to_owned(),
            problems.to_owned(),
        ]
    }

    /// The CSV text.
    pub fn finish(self) -> String {
        self.out
    }
}
