//! A worksheet as the tools read it: typed cells in, the rows of a table out (docs/rules.md §6.1).
//!
//! Workbooks that people receive are not tidy tables. A tax office's list starts with the
//! agency's name, "DANH SÁCH DOANH NGHIỆP …" merged across the page, a date line and a blank row
//! before the real column names; a school's class list merges the class name down all its rows;
//! numbers that were codes lost their leading zeros; dates are numbers with a date format. This
//! module turns such a sheet into what the CSV pipelines already read ([`SheetTable::to_csv`]):
//! the header row found below the titles, merged cells filled where that is right, every value
//! written as a person would read it in the spreadsheet — and the sheet's own row numbers kept,
//! so "row 57" in a message is row 57 in Excel.
//!
//! No file format lives here: the worker reads .xlsx/.xls/.ods into a [`Grid`] and this module
//! decides. Pure and natively tested.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::date::{DateSystem, date_from_serial};
use super::delimited::{CsvOptions, write_field};
use super::text::is_space;

/// How many rows from the top are searched for the header.
pub const HEADER_SEARCH_ROWS: usize = 30;

/// At most this many warnings are kept; the rest are only counted.
pub const MAX_WARNINGS: usize = 100;

/// An error value a formula left in its cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellError {
    /// `#DIV/0!`
    Div0,
    /// `#N/A`
    NotAvailable,
    /// `#NAME?`
    Name,
    /// `#NULL!`
    Null,
    /// `#NUM!`
    Num,
    /// `#REF!`
    Ref,
    /// `#VALUE!`
    Value,
    /// Any other error (`#GETTING_DATA`, `#SPILL!` …).
    Other,
}

/// One cell's value as the workbook stores it (formulas by their cached value).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum CellValue {
    /// Nothing.
    #[default]
    Empty,
    /// Text.
    Text(String),
    /// A whole number stored as such (.xls, .ods, some writers).
    Int(i64),
    /// A number (Excel stores every number as a double).
    Float(f64),
    /// TRUE / FALSE.
    Bool(bool),
    /// A number with a date or time format: the serial day (fraction = time of day).
    Serial(f64),
    /// A date or date-time written out (OpenDocument): `2014-01-01`, `2014-01-01T08:30:00`.
    IsoDate(String),
    /// A duration written out (OpenDocument `PT08H30M00S`, a time of day), shown as `08:30`.
    Duration(String),
    /// A formula's error.
    Error(CellError),
}

/// A rectangle of merged cells, 0-based and inclusive, in sheet coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Merge {
    /// Top row.
    pub first_row: u32,
    /// Left column.
    pub first_column: u32,
    /// Bottom row.
    pub last_row: u32,
    /// Right column.
    pub last_column: u32,
}

/// The used part of a sheet: dense rows of cells starting at (`first_row`, `first_column`), in
/// sheet coordinates (0-based: row 0 is the spreadsheet's row 1).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    /// Sheet row of `rows[0]`.
    pub first_row: u32,
    /// Sheet column of each row's first cell.
    pub first_column: u32,
    /// The cells; rows may be shorter than the widest (missing cells are empty).
    pub rows: Vec<Vec<CellValue>>,
    /// Merged areas.
    pub merges: Vec<Merge>,
    /// How the workbook counts days.
    pub date_system: DateSystem,
}

impl Grid {
    /// The widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The cell at a position relative to the grid, empty outside it.
    pub fn cell(&self, row: usize, column: usize) -> &CellValue {
        const EMPTY: &CellValue = &CellValue::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(EMPTY)
    }
}

/// Something about the sheet the user should know; the data is still read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetWarning {
    /// Rows above the header were left out (titles, dates, blank rows).
    TitleRowsSkipped {
        /// How many non-blank rows.
        rows: usize,
        /// The header's row number.
        header_row: usize,
    },
    /// A row of column numbers under the header ("1 2 3 …" or "(1) (2) …") was left out.
    ColumnNumbersRowSkipped {
        /// Its row number.
        row: usize,
    },
    /// A merged area was filled down with its first value.
    MergedCellsFilled {
        /// Top row of the area.
        first_row: usize,
        /// Bottom row.
        last_row: usize,
        /// Column (0-based, in the table).
        column: usize,
    },
    /// Formulas whose cached value is an error; their cells are read as empty.
    FormulaErrors {
        /// How many cells.
        cells: usize,
        /// The first one's row.
        first_row: usize,
        /// Its column (0-based, in the table).
        first_column: usize,
        /// Its error.
        error: CellError,
    },
    /// A date serial outside the calendar (negative, past 31/12/9999, or the 1900 system's
    /// 29/02/1900); written as the number.
    DateOutOfRange {
        /// Row.
        row: usize,
        /// Column (0-based, in the table).
        column: usize,
    },
}

/// A data row, with the sheet's row number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// Row number as the spreadsheet shows it (1-based).
    pub row: usize,
    /// The cells as text, as many as the header.
    pub cells: Vec<String>,
}

/// A sheet read as a table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetTable {
    /// The header's row number (1-based); 0 when the sheet is empty.
    pub header_row: usize,
    /// Column names.
    pub header: Vec<String>,
    /// Non-blank rows below the header.
    pub rows: Vec<SheetRow>,
    /// Up to [`MAX_WARNINGS`], in row order.
    pub warnings: Vec<SheetWarning>,
    /// Warnings beyond [`MAX_WARNINGS`], only counted.
    pub warnings_omitted: usize,
}

impl SheetTable {
    /// Whether the sheet holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.header.is_empty() && self.rows.is_empty()
    }

    /// The table as CSV text for the existing pipelines: blank lines stand for the title rows and
    /// any blank rows, so the reader's row numbers are the sheet's. No BOM, LF line ends; no
    /// formula guard (the text is read, not opened in a spreadsheet).
    pub fn to_csv(&self) -> String {
        let options = CsvOptions {
            bom: false,
            crlf: false,
            ..CsvOptions::PLAIN
        };
        let mut out = String::with_capacity(64 + self.rows.len() * 16 * (self.header.len() + 1));
        if self.header_row == 0 {
            return out;
        }
        let mut next_row = 1usize;
        let mut write_row = |out: &mut String, row: usize, cells: &[String]| {
            while next_row < row {
                out.push('\n');
                next_row += 1;
            }
            for (i, cell) in cells.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_field(out, cell, options);
            }
            out.push('\n');
            next_row = row + 1;
        };
        write_row(&mut out, self.header_row, &self.header);
        for row in &self.rows {
            write_row(&mut out, row.row, &row.cells);
        }
        out
    }

    fn warn(&mut self, warning: SheetWarning) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(warning);
        } else {
            self.warnings_omitted = self.warnings_omitted.saturating_add(1);
        }
    }
}

/// Reads a grid as a table: finds the header ([`find_header`]), fills vertically merged cells
/// below it with their first value (a class or commune merged down its rows; areas above the
/// header — titles — and areas one row high are left as they are), skips a row of column
/// numbers right under the header, writes every value as text ([`cell_text`]) and drops blank
/// rows (their numbers are kept by the others).
pub fn to_table(grid: &Grid) -> SheetTable {
    into_table(grid.clone())
}

/// [`to_table`], with the grid's texts moved into the table instead of copied (the grid is not
/// needed after: the file worker's 100,000-row sheet spent most of this step copying them).
pub fn into_table(mut grid: Grid) -> SheetTable {
    let mut table = SheetTable::default();
    let Some(header_index) = find_header(&grid) else {
        return table;
    };
    let width = grid.width();
    let first_row = grid.first_row as usize;
    let date_system = grid.date_system;
    let row_number = |index: usize| first_row.saturating_add(index + 1);
    table.header_row = row_number(header_index);
    let mut date_warnings = Vec::new();
    // A blank row renders as no cells at all (no allocation): a sheet with one stray cell at
    // row 1,048,576 holds a million of them. Texts are taken from the grid.
    let render = |cells: Option<&mut Vec<CellValue>>,
                  index: usize,
                  warnings: &mut Vec<(usize, usize)>|
     -> Vec<String> {
        let Some(cells) = cells.filter(|cells| !is_blank_row(cells)) else {
            return Vec::new();
        };
        (0..width)
            .map(|column| {
                let (text, in_range) = match cells.get_mut(column) {
                    Some(CellValue::Text(text)) => (std::mem::take(text), true),
                    Some(cell) => cell_text(cell, date_system),
                    None => (String::new(), true),
                };
                if !in_range {
                    warnings.push((row_number(index), column));
                }
                text
            })
            .collect()
    };
    table.header = render(
        grid.rows.get_mut(header_index),
        header_index,
        &mut date_warnings,
    )
    .into_iter()
    .map(|h| h.trim_matches(is_space).to_owned())
    .collect();
    let titles = (0..header_index)
        .filter(|&i| !is_blank_row(grid.rows.get(i).map_or(&[], Vec::as_slice)))
        .count();
    if titles > 0 {
        table.warn(SheetWarning::TitleRowsSkipped {
            rows: titles,
            header_row: table.header_row,
        });
    }

    // Each row with whether it numbers the columns, judged before its texts are taken.
    let mut rows: Vec<(usize, Vec<String>, bool)> = Vec::with_capacity(grid.rows.len());
    for index in header_index + 1..grid.rows.len() {
        let numbers = is_column_numbers_row(grid.rows.get(index).map_or(&[], Vec::as_slice));
        let cells = render(grid.rows.get_mut(index), index, &mut date_warnings);
        rows.push((index, cells, numbers));
    }

    // Merged areas below the header, more than one row high: the first column of the area
    // takes the top-left value on every row.
    let grid_first_row = grid.first_row as usize;
    let grid_first_column = grid.first_column as usize;
    // Merged areas that do not overlap fill at most every cell once; a file whose areas
    // overlap a thousandfold stops there instead of filling for minutes.
    let mut fill_budget = rows.len().saturating_mul(width);
    for merge in &grid.merges {
        let (top, bottom) = (merge.first_row as usize, merge.last_row as usize);
        let Some(top_index) = top.checked_sub(grid_first_row) else {
            continue;
        };
        let Some(column) = (merge.first_column as usize).checked_sub(grid_first_column) else {
            continue;
        };
        if top_index <= header_index || bottom <= top || column >= width {
            continue;
        }
        let bottom_index = bottom - grid_first_row;
        let first = top_index - header_index - 1;
        let Some(value) = rows
            .get(first)
            .and_then(|(_, cells, _)| cells.get(column))
            .cloned()
        else {
            continue;
        };
        if value.trim_matches(is_space).is_empty() {
            continue;
        }
        let last = (bottom_index - header_index - 1).min(rows.len().saturating_sub(1));
        let Some(budget) = fill_budget.checked_sub(last.saturating_sub(first)) else {
            break;
        };
        fill_budget = budget;
        for (_, cells, _) in rows.iter_mut().take(last + 1).skip(first + 1) {
            if cells.is_empty() {
                cells.resize(width, String::new());
            }
            if let Some(cell) = cells.get_mut(column) {
                *cell = value.clone();
            }
        }
        table.warn(SheetWarning::MergedCellsFilled {
            first_row: row_number(top_index),
            last_row: row_number(bottom_index.min(grid.rows.len().saturating_sub(1))),
            column,
        });
    }

    let mut first_data = true;
    for (index, cells, numbers) in rows {
        if cells.iter().all(|c| c.trim_matches(is_space).is_empty()) {
            continue;
        }
        if first_data {
            first_data = false;
            if numbers {
                table.warn(SheetWarning::ColumnNumbersRowSkipped {
                    row: row_number(index),
                });
                continue;
            }
        }
        table.rows.push(SheetRow {
            row: row_number(index),
            cells,
        });
    }

    // Formula errors, counted once for the whole sheet.
    let mut errors = grid
        .rows
        .iter()
        .enumerate()
        .skip(header_index + 1)
        .flat_map(|(i, row)| {
            row.iter()
                .enumerate()
                .filter_map(move |(c, cell)| match cell {
                    CellValue::Error(error) => Some((i, c, *error)),
                    _ => None,
                })
        });
    if let Some((i, c, error)) = errors.next() {
        table.warn(SheetWarning::FormulaErrors {
            cells: 1 + errors.count(),
            first_row: row_number(i),
            first_column: c,
            error,
        });
    }
    for (row, column) in date_warnings {
        table.warn(SheetWarning::DateOutOfRange { row, column });
    }
    table
}

fn is_blank_cell(cell: &CellValue) -> bool {
    match cell {
        CellValue::Empty => true,
        CellValue::Text(text) => text.trim_matches(is_space).is_empty(),
        _ => false,
    }
}

fn is_blank_row(row: &[CellValue]) -> bool {
    row.iter().all(is_blank_cell)
}

/// Whether a row reads "1 2 3 …" or "(1) (2) (3) …" (or "A B C"), as Vietnamese forms number
/// their columns under the header: every non-blank cell, left to right, is the next number.
fn is_column_numbers_row(row: &[CellValue]) -> bool {
    let mut expected = 1i64;
    let mut seen = 0usize;
    for cell in row {
        let number = match cell {
            CellValue::Empty => continue,
            CellValue::Int(n) => Some(*n),
            CellValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e6 => Some(*f as i64),
            CellValue::Text(text) => {
                let t = text.trim_matches(is_space);
                if t.is_empty() {
                    continue;
                }
                let inner = t
                    .strip_prefix('(')
                    .and_then(|t| t.strip_suffix(')'))
                    .unwrap_or(t);
                inner.parse::<i64>().ok()
            }
            _ => None,
        };
        if number != Some(expected) {
            return false;
        }
        expected += 1;
        seen += 1;
    }
    seen >= 2
}

/// Finds the header row (index into `grid.rows`): the first of the top [`HEADER_SEARCH_ROWS`]
/// rows that holds at least two cells, all of them text, and at least as many non-blank cells as
/// two thirds of the fullest row below it (so a title, a date line or "Đơn vị: …" above it is
/// passed over). Falls back to the first non-blank row. `None` when the sheet is blank.
pub fn find_header(grid: &Grid) -> Option<usize> {
    let filled = |row: &[CellValue]| row.iter().filter(|c| !is_blank_cell(c)).count();
    let first_non_blank = grid.rows.iter().position(|r| !is_blank_row(r))?;
    let search_end = grid.rows.len().min(first_non_blank + HEADER_SEARCH_ROWS);
    for index in first_non_blank..search_end {
        let Some(row) = grid.rows.get(index) else {
            break;
        };
        let count = filled(row);
        if count < 2 {
            continue;
        }
        let all_text = row
            .iter()
            .filter(|c| !is_blank_cell(c))
            .all(|c| matches!(c, CellValue::Text(_)));
        if !all_text || is_merged_title(grid, index) {
            continue;
        }
        let fullest_below = grid
            .rows
            .iter()
            .skip(index + 1)
            .take(HEADER_SEARCH_ROWS)
            .map(|r| filled(r))
            .max()
            .unwrap_or(0);
        if count * 3 >= fullest_below * 2 {
            return Some(index);
        }
    }
    Some(first_non_blank)
}

/// A row whose non-blank cells all start merged areas wider than one column that cover most of
/// the row: a title ("DANH SÁCH …") or a section line, not column names.
fn is_merged_title(grid: &Grid, index: usize) -> bool {
    let row = (grid.first_row as usize).saturating_add(index);
    let width = grid.width().max(1);
    let wide = grid.merges.iter().any(|m| {
        m.first_row as usize <= row
            && row <= m.last_row as usize
            && (m.last_column - m.first_column) as usize + 1 > width / 2
    });
    wide && grid
        .rows
        .get(index)
        .is_some_and(|r| r.iter().filter(|c| !is_blank_cell(c)).count() <= 2)
}

/// A cell as a person reads it in the spreadsheet, and whether a date was in range.
///
/// - numbers: whole numbers without ".0" and never in scientific notation (a tax code stored as
///   a number reads `314409058`, so the "lost leading zero" check still sees it); others with at
///   most 15 significant digits, as Excel shows them (`0.1 + 0.2` reads `0.3`), with a point;
/// - dates: `dd/mm/yyyy`, with `hh:mm` (or `hh:mm:ss`) when there is a time of day; a time alone
///   as `hh:mm`; a serial outside the calendar as its number (and `false`);
/// - an OpenDocument time (a duration, `PT08H30M00S`) as `hh:mm[:ss]`;
/// - TRUE/FALSE as `TRUE`/`FALSE`; a formula error as empty (reported once by [`to_table`]).
pub fn cell_text(cell: &CellValue, system: DateSystem) -> (String, bool) {
    match cell {
        CellValue::Empty | CellValue::Error(_) => (String::new(), true),
        CellValue::Text(text) => (text.clone(), true),
        CellValue::Int(n) => (n.to_string(), true),
        CellValue::Float(f) => (number_text(*f), true),
        CellValue::Bool(b) => ((if *b { "TRUE" } else { "FALSE" }).to_owned(), true),
        CellValue::Serial(serial) => match serial_text(*serial, system) {
            Some(text) => (text, true),
            None => (number_text(*serial), false),
        },
        CellValue::IsoDate(iso) => (iso_text(iso).unwrap_or_else(|| iso.clone()), true),
        CellValue::Duration(text) => (duration_text(text).unwrap_or_else(|| text.clone()), true),
    }
}

/// An OpenDocument duration (`PT08H30M00S`, how LibreOffice writes a time of day; ISO 8601
/// `PnDTnHnMnS`) as the spreadsheet shows it: `08:30`, `08:30:15`, `36:00` past a day.
fn duration_text(iso: &str) -> Option<String> {
    let (negative, rest) = match iso.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, iso),
    };
    let rest = rest.strip_prefix('P')?;
    let (days, time) = match rest.split_once('T') {
        Some((days, time)) => (days, time),
        None => (rest, ""),
    };
    let mut seconds = 0f64;
    if !days.is_empty() {
        seconds += days.strip_suffix('D')?.parse::<f64>().ok()? * 86_400.0;
    }
    let mut number = String::new();
    for c in time.chars() {
        let unit = match c {
            'H' => 3_600.0,
            'M' => 60.0,
            'S' => 1.0,
            c if c.is_ascii_digit() || c == '.' => {
                number.push(c);
                continue;
            }
            _ => return None,
        };
        seconds += number.parse::<f64>().ok()? * unit;
        number.clear();
    }
    if !number.is_empty() || !seconds.is_finite() || seconds >= 1e12 {
        return None;
    }
    let total = seconds.round() as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let sign = if negative && total > 0 { "-" } else { "" };
    Some(if s == 0 {
        format!("{sign}{h:02}:{m:02}")
    } else {
        format!("{sign}{h:02}:{m:02}:{s:02}")
    })
}

/// A number without exponent, trailing zeros or ".0", to 15 significant digits.
pub fn number_text(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // Exact: |value| < 2^53.
        return format!("{}", value as i64);
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = usize::try_from((14 - magnitude).clamp(0, 30)).unwrap_or(0);
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if text == "-0" { "0".to_owned() } else { text }
}

/// A serial date-time as `dd/mm/yyyy`, `dd/mm/yyyy hh:mm[:ss]` or `hh:mm[:ss]`.
fn serial_text(serial: f64, system: DateSystem) -> Option<String> {
    if !serial.is_finite() || serial < 0.0 {
        return None;
    }
    let day = serial.floor();
    // Rounded to the second, as Excel displays it.
    let mut seconds = ((serial - day) * 86_400.0).round() as u32;
    let mut day = day as i64;
    if seconds >= 86_400 {
        seconds -= 86_400;
        day += 1;
    }
    let time = (seconds > 0).then(|| {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        if s == 0 {
            format!("{h:02}:{m:02}")
        } else {
            format!("{h:02}:{m:02}:{s:02}")
        }
    });
    // Day 0 is "00/01/1900" (1900) or 01/01/1904, never a real date in a list: a time alone.
    let is_time_only = day == 0;
    if is_time_only {
        return Some(time.unwrap_or_else(|| "00:00".to_owned()));
    }
    let date = day_month_year(date_from_serial(day, system)?);
    Some(match time {
        Some(time) => format!("{date} {time}"),
        None => date,
    })
}

/// `dd/mm/yyyy`. Written by hand rather than with chrono's `format`: its format-string machinery
/// is about 25 KB of the file worker's Wasm, and this is its only use there.
fn day_month_year(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// An OpenDocument date (`2014-01-01`) or date-time (`2014-01-01T08:30:00`) as a person reads it.
fn iso_text(iso: &str) -> Option<String> {
    let (date_part, time_part) = match iso.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (iso, None),
    };
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut parts = date_part.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let year = i32::try_from(number(year)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)?;
    let date = day_month_year(date);
    // `08:30:00`, maybe with a fraction or a zone after the seconds.
    let time = time_part.and_then(|t| {
        let mut parts = t.get(..8)?.split(':');
        let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
        NaiveTime::from_hms_opt(number(h)?, number(m)?, number(s)?)
    });
    Some(match time.filter(|t| t.num_seconds_from_midnight() > 0) {
        Some(t) if t.second() == 0 => format!("{date} {:02}:{:02}", t.hour(), t.minute()),
        Some(t) => format!("{date} {:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
        None => date,
    })
}
