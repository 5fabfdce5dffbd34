//! Reading the table an officer keeps: communes as rows, one column per indicator — pasted from a
//! spreadsheet, opened as CSV, or (through the workbook reader) a sheet's cells. All three arrive
//! the same way, as rows of text cells with their spreadsheet row numbers ([`TableRow`]): a
//! pasted range and a CSV file through [`rows_from_text`], a workbook sheet from its reader.
//!
//! Real weekly tables are not tidy: a title and a date above the header, a header on two rows
//! (an indicator's name merged over "Chỉ tiêu | Đã thực hiện | Tỷ lệ"), a row of column numbers
//! under it, "STT" and rate columns, a total row, communes written "Xã Tân Lập", "P. Ba Đình" or
//! by code, numbers as `2.129.289` or `2,129,289`, "-" for nothing. [`find_layout`] finds the
//! header (one or two rows) among the first [`HEADER_SEARCH_ROWS`] and guesses each column's role
//! ([`Mapping`]); the tracker shows the mapping when it is unsure. [`read_rows`] then turns the
//! rows into a [`ReportUpdate`] — figures by unit and indicator, as of the report's date — that
//! [`super::edit::apply_report`] applies, keeping the week before in the history. A bad cell is
//! reported with its row and column and the rest of the table is still read.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::table::{Mapping, Role};
use super::{
    Campaign, ExclusionReason, IndicatorKind, MAX_COMMUNE_CODE, MAX_UNITS, Place, Tally, Unit,
};
use crate::delimited::{Confidence, Reader};
use crate::number::{NumberError, parse_count};
use crate::text::fold;
use crate::units::{CommuneCode, CommuneMatch, ProvinceCode, match_commune_name};

/// How many rows from the top are searched for the header.
pub const HEADER_SEARCH_ROWS: usize = 30;
/// At most this many problems are kept; the rest are only counted.
pub const MAX_PROBLEMS: usize = 200;
/// Longest cell read, in bytes (longer ones are cut at a character boundary).
const MAX_CELL_BYTES: usize = 400;
/// Most columns read.
const MAX_COLUMNS: usize = 200;

/// A row of a table: its spreadsheet row number (1-based) and its cells as text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TableRow {
    /// Row number as the spreadsheet shows it.
    pub row: usize,
    /// The cells, as text ("2129289", "Xã Tân Lập", "").
    pub cells: Vec<String>,
}

impl TableRow {
    fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }

    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// The rows of a pasted range or a CSV text (tab-separated when pasted from a spreadsheet; the
/// delimiter is detected), at most `MAX_UNITS + HEADER_SEARCH_ROWS + 1` rows.
pub fn rows_from_text(text: &str) -> Vec<TableRow> {
    let text = text.trim_start_matches('\u{feff}');
    let (reader, _) = Reader::detect(text);
    reader
        .take(MAX_UNITS + HEADER_SEARCH_ROWS + 1)
        .map(|record| TableRow {
            row: record.row,
            cells: record
                .fields
                .iter()
                .take(MAX_COLUMNS)
                .map(|f| bounded(f).to_owned())
                .collect(),
        })
        .collect()
}

fn bounded(text: &str) -> &str {
    let end = (0..=text.len().min(MAX_CELL_BYTES))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    text.get(..end).unwrap_or("")
}

/// Where the header is and what each column holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Index (in the rows given) of the header's first row.
    pub header_index: usize,
    /// 1, or 2 for a header whose indicator names are merged over a row of sub-headers.
    pub header_rows: usize,
    /// The header of each column (for two rows: "<upper> <lower>").
    pub header: Vec<String>,
    /// Index of the first row after the header (and after a row of column numbers).
    pub data_index: usize,
    /// Each column's role.
    pub mapping: Mapping,
}

impl Layout {
    /// The spreadsheet row number of the header's first row.
    pub fn header_row(&self, rows: &[TableRow]) -> usize {
        rows.get(self.header_index).map_or(1, |r| r.row)
    }
}

fn score(mapping: &Mapping) -> usize {
    let figures = mapping
        .columns
        .iter()
        .filter(|g| {
            matches!(
                g.role,
                Role::Base(_) | Role::Done(_) | Role::Quota(_) | Role::NewIndicator(_)
            )
        })
        .count();
    let sure = mapping
        .columns
        .iter()
        .filter(|g| g.role != Role::Ignore && g.confidence <= Confidence::Synonym)
        .count();
    usize::from(mapping.has_place()) * 1_000 + figures * 10 + sure
}

/// Does the cell hold a number (a count, a rate)?
fn numeric(cell: &str) -> bool {
    let t = cell.trim().trim_end_matches('%').trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '-'))
}

/// A header cell spread over the empty cells to its right (a merged cell in a pasted range).
fn filled_forward(cells: &[String]) -> Vec<String> {
    let mut last = String::new();
    cells
        .iter()
        .map(|c| {
            if !c.trim().is_empty() {
                last = c.trim().to_owned();
            }
            last.clone()
        })
        .collect()
}

/// Finds the header among the first [`HEADER_SEARCH_ROWS`] rows: the row (or pair of rows) whose
/// columns name a place and the most figures. `None` when no row names a place or a figure.
pub fn find_layout(rows: &[TableRow], campaign: &Campaign) -> Option<Layout> {
    let mut best: Option<(usize, Layout)> = None;
    let filled = |r: &TableRow| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
    for (index, row) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        // A header names at least two columns (a title is one cell).
        if filled(row) < 2 {
            continue;
        }
        let mut candidates = vec![(1, row.cells.clone())];
        if let Some(next) = rows.get(index + 1) {
            let texts = filled(next);
            let numbers = next.cells.iter().filter(|c| numeric(c)).count();
            // Two rows make a header only when together they say more than the lower row alone
            // (an indicator's name merged over "Đã thực hiện | Tỷ lệ"): checked below.
            if texts > 0 && numbers * 2 < texts {
                let upper = filled_forward(&row.cells);
                let width = row.cells.len().max(next.cells.len());
                let combined = (0..width)
                    .map(|j| {
                        let top = upper.get(j).map_or("", |s| s.as_str());
                        let low = next.cells.get(j).map_or("", |s| s.trim());
                        match (top.is_empty(), low.is_empty()) {
                            (_, true) => top.to_owned(),
                            (true, false) => low.to_owned(),
                            (false, false) => format!("{top} {low}"),
                        }
                    })
                    .collect();
                candidates.push((2, combined));
            }
        }
        let lower_alone = rows
            .get(index + 1)
            .map_or(0, |next| score(&Mapping::of(&next.cells, campaign)));
        for (header_rows, header) in candidates {
            let mapping = Mapping::of(&header, campaign);
            let s = score(&mapping);
            if !mapping.has_place() && !mapping.has_figures() {
                continue;
            }
            if header_rows == 2 && s <= lower_alone {
                continue;
            }
            if best.as_ref().is_none_or(|(b, _)| s > *b) {
                let mut data_index = index + header_rows;
                if rows.get(data_index).is_some_and(is_column_numbers) {
                    data_index += 1;
                }
                best = Some((
                    s,
                    Layout {
                        header_index: index,
                        header_rows,
                        header,
                        data_index,
                        mapping,
                    },
                ));
            }
        }
    }
    best.map(|(_, layout)| layout)
}

/// A row of column numbers under a header: "1 2 3 …", "(1) (2) …" or "A B C …".
fn is_column_numbers(row: &TableRow) -> bool {
    let cells: Vec<&str> = row
        .cells
        .iter()
        .map(|c| {
            c.trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim()
        })
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() < 2 {
        return false;
    }
    let numbers: Option<Vec<u32>> = cells.iter().map(|c| c.parse().ok()).collect();
    if let Some(n) = numbers {
        return n.windows(2).all(|w| matches!(w, [a, b] if *b == a + 1));
    }
    cells.iter().enumerate().all(|(i, c)| {
        let mut chars = c.chars();
        matches!((chars.next(), chars.next()), (Some(ch), None)
            if u32::from(ch.to_ascii_uppercase()) == u32::from(b'A') + i as u32)
    })
}

/// One figure of a report: what the table says about one unit and one indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ReportFigure {
    /// Index into the campaign's indicators (new indicators follow the existing ones).
    pub indicator: usize,
    /// Count done.
    pub done: Option<u64>,
    /// Own base.
    pub base: Option<u64>,
    /// Assigned quota.
    pub quota: Option<u64>,
    /// Exclusions by reason.
    pub exclusions: Vec<(ExclusionReason, u64)>,
}

/// One unit's row of a report.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReportRow {
    /// The unit.
    pub place: Place,
    /// Its figures, one per indicator the table has.
    pub figures: Vec<ReportFigure>,
    /// The row was marked illustrative.
    pub illustrative: bool,
}

/// A report ready to apply ([`super::edit::apply_report`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReportUpdate {
    /// The figures' date: the week's report date.
    pub date: NaiveDate,
    /// `true`: the figures are a new week's, the previous ones go into the history and the
    /// campaign's figures become as of `date`. `false`: the table replaces figures as they are
    /// (a units file), nothing is recorded.
    pub record_history: bool,
    /// Indicators to add first (kind, name from the header).
    pub new_indicators: Vec<(IndicatorKind, String)>,
    /// The rows.
    pub rows: Vec<ReportRow>,
}

/// Why a row (or the header) was not read, or a cell left out.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowReason {
    /// No column holds a commune code or a unit name.
    MissingPlaceColumn,
    /// No column holds a figure.
    MissingFigureColumns,
    /// Neither a commune code nor a name, but figures.
    NoPlace,
    /// A code that is not 1 to 5 digits, or 0.
    BadCode { text: String },
    /// Five digits that are not a commune of the 2025 list (Quyết định 19/2025/QĐ-TTg).
    UnknownCommune { code: u32 },
    /// Several communes have this name (in different provinces): choose the campaign's province,
    /// or write the code. The row is kept under the name as written.
    AmbiguousName { name: String, communes: usize },
    /// Warning: the name is written with the kind of before 1/7/2025 ("Xã" for a ward); read as
    /// the commune of that name.
    KindDiffers { name: String, code: u32 },
    /// Warning: no commune of the list has this name; the row is kept as a free-text unit.
    NotACommune { name: String },
    /// The same unit in two rows; the later one is left out.
    DuplicateUnit { first_row: usize },
    /// Not a whole number (`1,5`, `abc`, `76,9 %`), in the column with this header.
    NotANumber { column: String, text: String },
    /// A negative number.
    Negative { column: String },
    /// Too large to be a count.
    TooLarge { column: String },
    /// Exclusions add up to more than the base.
    ExclusionsAboveBase { excluded: u64, base: u64 },
    /// More than [`MAX_UNITS`] rows: the rest were not read.
    TooManyRows { max: usize },
}

impl RowReason {
    /// A warning: the row was read.
    pub const fn is_warning(&self) -> bool {
        matches!(
            self,
            RowReason::KindDiffers { .. }
                | RowReason::NotACommune { .. }
                | RowReason::AmbiguousName { .. }
        )
    }
}

/// A problem with one row. `row` is the spreadsheet's row number.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowProblem {
    /// Spreadsheet row number.
    pub row: usize,
    /// What is wrong.
    pub reason: RowReason,
}

/// What reading a table gave.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reading {
    /// The figures to apply.
    pub update: ReportUpdate,
    /// Rows and cells not read, and warnings, up to [`MAX_PROBLEMS`].
    pub problems: Vec<RowProblem>,
    /// Problems beyond [`MAX_PROBLEMS`], only counted.
    pub problems_omitted: usize,
    /// Rows of totals ("Tổng cộng", "Toàn tỉnh") left out, by row number.
    pub total_rows: Vec<usize>,
    /// Rows naming a unit already in the campaign.
    pub matched: usize,
    /// Rows naming a unit not yet in the campaign.
    pub added: usize,
}

impl Reading {
    fn problem(&mut self, row: usize, reason: RowReason) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(RowProblem { row, reason });
        } else {
            self.problems_omitted = self.problems_omitted.saturating_add(1);
        }
    }

    /// Errors only (not warnings).
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| !p.reason.is_warning())
            .count()
            + self.problems_omitted
    }
}

/// A total row: its place cell says "Tổng cộng", "Toàn tỉnh", "Cộng", "Total".
fn is_total(name: &str) -> bool {
    let key = fold(name);
    let key = key.trim_matches(|c: char| !c.is_alphanumeric());
    [
        "tong cong",
        "tong",
        "cong",
        "tong so",
        "toan tinh",
        "toan thanh pho",
        "toan tp",
        "toan huyen",
        "tong toan tinh",
        "total",
        "sum",
    ]
    .iter()
    .any(|t| key == *t || key.starts_with(&format!("{t} ")))
}

/// A section heading instead of a unit: "I", "II.", "A.", "Khu vực 1" with no figure.
fn is_section(name: &str) -> bool {
    let t = name.trim().trim_end_matches(['.', ')', ':']);
    !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
        || t.chars().count() == 1 && t.chars().all(|c| c.is_ascii_uppercase())
}

fn count_of(cell: &str, column: &str) -> Result<Option<u64>, RowReason> {
    let t = cell.trim();
    if t.is_empty() || matches!(t, "-" | "–" | "—" | "x" | "X") {
        return Ok(None);
    }
    parse_count(t).map(Some).map_err(|e| match e {
        NumberError::Negative => RowReason::Negative {
            column: column.to_owned(),
        },
        NumberError::TooLarge | NumberError::TooLong { .. } => RowReason::TooLarge {
            column: column.to_owned(),
        },
        _ => RowReason::NotANumber {
            column: column.to_owned(),
            text: t.chars().take(40).collect(),
        },
    })
}

fn code_of(cell: &str) -> Result<u32, RowReason> {
    let digits: String = cell
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::digits::ascii_digit_of)
        .collect();
    let bad = || RowReason::BadCode {
        text: cell.chars().take(40).collect(),
    };
    if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let value: u32 = digits.parse().map_err(|_| bad())?;
    if value == 0 || value > MAX_COMMUNE_CODE {
        return Err(bad());
    }
    if CommuneCode::new(value).is_err() {
        return Err(RowReason::UnknownCommune { code: value });
    }
    Ok(value)
}

/// The campaign's units by folded name (communes by full and short name, free rows by text).
fn names_of(campaign: &Campaign) -> HashMap<String, Place> {
    let mut names = HashMap::new();
    for u in &campaign.units {
        match &u.place {
            Place::Commune(code) => {
                if let Some(c) = CommuneCode::new(*code).ok().and_then(crate::units::commune) {
                    names.insert(fold(c.full_name), u.place.clone());
                    names.entry(fold(c.short_name)).or_insert(u.place.clone());
                }
            }
            Place::Named(name) => {
                names.insert(fold(name), u.place.clone());
            }
        }
    }
    names
}

/// Reads the rows under the layout's header into figures as of `date`.
pub fn read_rows(
    rows: &[TableRow],
    layout: &Layout,
    campaign: &Campaign,
    date: NaiveDate,
    record_history: bool,
) -> Reading {
    let mapping = &layout.mapping;
    let existing = campaign.indicators.len();
    // New indicators, in column order; each gets the next index.
    let mut new_indicators: Vec<(IndicatorKind, String)> = Vec::new();
    let mut new_index: HashMap<usize, usize> = HashMap::new();
    for (column, g) in mapping.columns.iter().enumerate() {
        if let Role::NewIndicator(kind) = g.role
            && existing + new_indicators.len() < super::MAX_INDICATORS
        {
            new_index.insert(column, existing + new_indicators.len());
            let header = layout.header.get(column).map_or("", |h| h.trim());
            new_indicators.push((kind, header.chars().take(super::MAX_TEXT_CHARS).collect()));
        }
    }
    let mut reading = Reading {
        update: ReportUpdate {
            date,
            record_history,
            new_indicators,
            rows: Vec::new(),
        },
        problems: Vec::new(),
        problems_omitted: 0,
        total_rows: Vec::new(),
        matched: 0,
        added: 0,
    };
    let header_row = layout.header_row(rows);
    if !mapping.has_place() {
        reading.problem(header_row, RowReason::MissingPlaceColumn);
        return reading;
    }
    if !mapping.has_figures() {
        reading.problem(header_row, RowReason::MissingFigureColumns);
        return reading;
    }
    let province = campaign.area.and_then(|a| ProvinceCode::new(a).ok());
    let names = names_of(campaign);
    let existing_places: std::collections::HashSet<&Place> =
        campaign.units.iter().map(|u| &u.place).collect();
    let mut seen: HashMap<Place, usize> = HashMap::new();
    let code_column = mapping.column(Role::Code);
    let name_column = mapping.column(Role::Name);
    let header = |column: usize| {
        layout
            .header
            .get(column)
            .map_or("", |h| h.trim())
            .to_owned()
    };
    for row in rows.iter().skip(layout.data_index) {
        if row.is_blank() {
            continue;
        }
        let code_cell = code_column.map_or("", |c| row.cell(c));
        let name_cell = name_column.map_or("", |c| row.cell(c));
        // A total's label is in the name column, or — merged over "STT" and the name, as a
        // workbook's merged cell arrives — in the row's first cell.
        let label = if code_cell.is_empty() && name_cell.is_empty() {
            row.cells
                .iter()
                .map(|c| c.trim())
                .find(|c| !c.is_empty())
                .unwrap_or("")
        } else {
            name_cell
        };
        if code_cell.is_empty() && is_total(label) && !names.contains_key(&fold(label)) {
            reading.total_rows.push(row.row);
            continue;
        }
        // Figures first: a row without any is a heading, not a unit.
        let mut figures: Vec<ReportFigure> = Vec::new();
        let mut any = false;
        let mut illustrative = false;
        for (column, g) in mapping.columns.iter().enumerate() {
            let cell = row.cell(column);
            let (indicator, slot) = match g.role {
                Role::Base(i) => (i, 0),
                Role::Done(i) => (i, 1),
                Role::Quota(i) => (i, 2),
                Role::Excluded(i, _) => (i, 3),
                Role::NewIndicator(_) => match new_index.get(&column) {
                    Some(&i) => (i, 1),
                    None => continue,
                },
                Role::Illustrative => {
                    let t = fold(cell);
                    illustrative = !matches!(t.as_str(), "" | "0" | "khong" | "no" | "false");
                    continue;
                }
                Role::Ignore | Role::Code | Role::Name => continue,
            };
            let value = match count_of(cell, &header(column)) {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(reason) => {
                    reading.problem(row.row, reason);
                    continue;
                }
            };
            any = true;
            let f = match figures.iter_mut().position(|f| f.indicator == indicator) {
                Some(at) => figures.get_mut(at),
                None => {
                    figures.push(ReportFigure {
                        indicator,
                        ..ReportFigure::default()
                    });
                    figures.last_mut()
                }
            };
            let Some(f) = f else { continue };
            match (slot, g.role) {
                (0, _) => f.base = Some(value),
                (1, _) => f.done = Some(value),
                (2, _) => f.quota = Some(value),
                (_, Role::Excluded(_, reason)) => f.exclusions.push((reason, value)),
                _ => {}
            }
        }
        if !any && (code_cell.is_empty() || is_section(name_cell)) {
            continue;
        }
        // A code in the name column (a list of codes under "Đơn vị") is read as a code.
        let digits_only = !name_cell.is_empty()
            && name_cell.chars().count() <= 5
            && name_cell
                .chars()
                .all(|c| crate::digits::ascii_digit_of(c).is_ascii_digit());
        let code_cell = if code_cell.is_empty() && digits_only {
            name_cell
        } else {
            code_cell
        };
        let place = if !code_cell.is_empty() {
            match code_of(code_cell) {
                Ok(code) => Place::Commune(code),
                Err(reason) => {
                    reading.problem(row.row, reason);
                    continue;
                }
            }
        } else if name_cell.is_empty() {
            reading.problem(row.row, RowReason::NoPlace);
            continue;
        } else if let Some(place) = names.get(&fold(name_cell)) {
            place.clone()
        } else {
            match match_commune_name(name_cell, province) {
                CommuneMatch::Exact(c) => Place::Commune(c.code.get()),
                CommuneMatch::KindDiffers { commune, .. } => {
                    reading.problem(
                        row.row,
                        RowReason::KindDiffers {
                            name: name_cell.chars().take(80).collect(),
                            code: commune.code.get(),
                        },
                    );
                    Place::Commune(commune.code.get())
                }
                CommuneMatch::Ambiguous(list) => {
                    reading.problem(
                        row.row,
                        RowReason::AmbiguousName {
                            name: name_cell.chars().take(80).collect(),
                            communes: list.len(),
                        },
                    );
                    Place::Named(name_cell.chars().take(super::MAX_TEXT_CHARS).collect())
                }
                CommuneMatch::Unmatched => {
                    if province.is_some() {
                        reading.problem(
                            row.row,
                            RowReason::NotACommune {
                                name: name_cell.chars().take(80).collect(),
                            },
                        );
                    }
                    Place::Named(name_cell.chars().take(super::MAX_TEXT_CHARS).collect())
                }
            }
        };
        if let Some(&first_row) = seen.get(&place) {
            reading.problem(row.row, RowReason::DuplicateUnit { first_row });
            continue;
        }
        let inconsistent = figures.iter().find_map(|f| {
            let excluded = f
                .exclusions
                .iter()
                .fold(0u64, |s, (_, n)| s.saturating_add(*n));
            f.base
                .filter(|&base| excluded > base)
                .map(|base| RowReason::ExclusionsAboveBase { excluded, base })
        });
        if let Some(reason) = inconsistent {
            reading.problem(row.row, reason);
            continue;
        }
        if reading.update.rows.len() >= MAX_UNITS {
            reading.problem(row.row, RowReason::TooManyRows { max: MAX_UNITS });
            break;
        }
        seen.insert(place.clone(), row.row);
        if existing_places.contains(&place) {
            reading.matched += 1;
        } else {
            reading.added += 1;
        }
        reading.update.rows.push(ReportRow {
            place,
            figures,
            illustrative,
        });
    }
    reading
}

/// Units from a reading, for a campaign with `indicators` indicators (a units file opened in
/// "replace" mode): each row's figures as its tallies, nothing in the history.
pub fn units_of(reading: &Reading, indicators: usize) -> Vec<Unit> {
    reading
        .update
        .rows
        .iter()
        .map(|row| {
            let mut tallies = vec![Tally::default(); indicators];
            for f in &row.figures {
                if let Some(t) = tallies.get_mut(f.indicator) {
                    t.base = f.base.unwrap_or(0);
                    t.done = f.done;
                    t.quota = f.quota;
                    for &(reason, n) in &f.exclusions {
                        t.exclusions.set(reason, n);
                    }
                }
            }
            Unit {
                place: row.place.clone(),
                tallies,
                illustrative: row.illustrative,
            }
        })
        .collect()
}

/// Reads a whole table as the tracker's units file: header found, columns recognised, rows read
/// (for tests and for files that need no mapping step).
pub fn read_units_table(rows: &[TableRow], campaign: &Campaign) -> (Vec<Unit>, Vec<RowProblem>) {
    let Some(layout) = find_layout(rows, campaign) else {
        return (
            Vec::new(),
            vec![RowProblem {
                row: 1,
                reason: RowReason::MissingPlaceColumn,
            }],
        );
    };
    let date = campaign.as_of.unwrap_or(campaign.start);
    let reading = read_rows(rows, &layout, campaign, date, false);
    let units = units_of(&reading, campaign.indicators.len());
    (units, reading.problems)
}
