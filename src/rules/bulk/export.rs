//! Exports of a bulk check, as CSV for Excel (UTF-8 with BOM, formulas guarded): the problems,
//! a cleaned copy of the list, and the per-commune counts; and the hand-over of the counts to
//! the campaign tracker.
//!
//! The check keeps no per-row results, so the problems and cleaned exports read the text again
//! (the same records in the same order give the same outcomes). Each export is a writer fed
//! record by record, so the UI can yield between chunks as it does for the check.

use crate::rules::delimited::{CsvOptions, Record, write_field};
use crate::rules::email::EmailAddress;
use crate::rules::units::{CommuneCode, ProvinceCode};

use super::{
    BulkChecker, BulkColumns, BulkReport, Column, Problem, ProblemCategory, ProblemKind,
    RowOutcome, Status, TaxVerdict, commune_names,
};

/// Where the per-commune counts wait for the campaign tracker (session storage: the tab only).
pub const HANDOVER_KEY: &str = "sansang.handover.bulk";

/// Per-commune counts handed to the campaign tracker: a new campaign's units and their
/// targets. Aggregates only, no names or tax codes (docs/writing.md: aggregates are what officers share).
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
}

impl CommuneCounts {
    /// The current [`CommuneCounts::version`].
    pub const VERSION: u8 = 1;

    /// The counts of a finished check.
    pub fn from_report(report: &BulkReport) -> CommuneCounts {
        let province = report.province.or_else(|| {
            let mut provinces = report
                .communes
                .iter()
                .filter_map(|t| crate::rules::units::commune(t.commune).map(|c| c.province));
            let first = provinces.next()?;
            provinces.all(|p| p == first).then_some(first)
        });
        CommuneCounts {
            version: CommuneCounts::VERSION,
            province,
            rows: report
                .communes
                .iter()
                .map(|t| (t.commune, t.organizations, t.inactive))
                .collect(),
            unassigned: report.unassigned,
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

/// The per-commune counts as CSV: code, commune, province, organizations, inactive, targets.
/// `headers` come from the catalogue; `unassigned_label` names the row of organizations whose
/// commune was not found (written only when there are some).
pub fn communes_csv(report: &BulkReport, headers: [&str; 6], unassigned_label: &str) -> String {
    communes_table(report, headers, unassigned_label, CsvOptions::EXCEL)
}

/// [`communes_csv`] written with `options`: [`CsvOptions::PLAIN`] for the .xlsx the file worker
/// writes from it, where a cell is never a formula and needs no guard.
pub fn communes_table(
    report: &BulkReport,
    headers: [&str; 6],
    unassigned_label: &str,
    options: CsvOptions,
) -> String {
    let mut out = start(options);
    let write_row = |out: &mut String, cells: [&str; 6]| write_row(out, options, cells);
    write_row(&mut out, headers);
    for tally in &report.communes {
        let (name, province) = commune_names(tally.commune).unwrap_or(("", ""));
        let (code, total, inactive, targets) = (
            tally.commune.to_string(),
            tally.organizations.to_string(),
            tally.inactive.to_string(),
            tally.targets().to_string(),
        );
        write_row(
            &mut out,
            [&*code, name, province, &*total, &*inactive, &*targets],
        );
    }
    if report.unassigned > 0 {
        let (total, inactive, targets) = (
            report.unassigned.to_string(),
            report.unassigned_inactive.to_string(),
            report
                .unassigned
                .saturating_sub(report.unassigned_inactive)
                .to_string(),
        );
        write_row(
            &mut out,
            ["", unassigned_label, "", &*total, &*inactive, &*targets],
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
    /// duplicate of row, commune code, commune (2025), province, phone (cleaned), email
    /// (cleaned), operating, problems.
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
pub const CLEANED_COLUMNS: usize = 11;

/// Writes the cleaned copy of a list: the added columns (canonical tax code, its verdict, the
/// duplicate's first row, commune code and 2025 name, province, normalized phone and email,
/// operating or not, the row's problems) then every original column. Runs its own check, so
/// the outcomes are exactly those of the first pass.
pub struct CleanedCsv {
    checker: BulkChecker,
    columns: BulkColumns,
    labels: CleanedLabels,
    options: CsvOptions,
    out: String,
    original_columns: usize,
}

impl CleanedCsv {
    /// Starts the file with the added headers and the original `header`.
    pub fn new<S: AsRef<str>>(
        header: &[S],
        columns: BulkColumns,
        province: Option<ProvinceCode>,
        labels: CleanedLabels,
    ) -> CleanedCsv {
        CleanedCsv::with_options(header, columns, province, labels, CsvOptions::EXCEL)
    }

    /// [`CleanedCsv::new`] written with `options` (see [`communes_table`]).
    pub fn with_options<S: AsRef<str>>(
        header: &[S],
        columns: BulkColumns,
        province: Option<ProvinceCode>,
        labels: CleanedLabels,
        options: CsvOptions,
    ) -> CleanedCsv {
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
        CleanedCsv {
            checker: BulkChecker::new(columns, province),
            columns,
            labels,
            options,
            out,
            original_columns: header.len(),
        }
    }

    /// Writes one data record (blank records are skipped).
    pub fn push(&mut self, record: &Record<'_>, message: impl Fn(&ProblemKind) -> String) {
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
            .map(|p| message(&p.kind))
            .collect();
        let email_cell = self.columns.email.and_then(|i| record.get(i));
        let added = self.added_cells(&outcome, email_cell, &messages.join("; "));
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
        problems: &str,
    ) -> [String; CLEANED_COLUMNS] {
        let labels = &self.labels;
        let (code, verdict) = match outcome.tax {
            TaxVerdict::Valid(code) => (code.to_string(), labels.valid),
            TaxVerdict::CannotVerify(code) => (code.to_string(), labels.cannot_verify),
            TaxVerdict::Invalid(_) => (String::new(), labels.invalid),
            TaxVerdict::Missing => (String::new(), labels.missing),
        };
        let (commune_code, commune, province) = match outcome.commune.commune() {
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
