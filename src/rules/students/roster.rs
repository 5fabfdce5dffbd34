//! The roster: students pasted from a spreadsheet or opened from a CSV file, read row by row.
//!
//! A row with a problem (no name, a date of birth that does not read, a yes/no cell that says
//! something else) is listed with its spreadsheet row number and reason and left out of the
//! counts; the other rows are read all the same. Rows that are readable but probably wrong (a
//! level-2 account without a card, an unlikely age, a repeated student) are counted and warned
//! about. The roster is personal data: nothing here stores or sends it.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::{DateError, DateSystem, age_on, parse_date_or_serial};
use crate::delimited::{
    self, ColumnMapping, ColumnSpec, Confidence, Detection, ReadWarning, Table, parse_yes_no,
};
use crate::name::{NameError, PersonName};
use crate::text::{collapse_spaces, nfc};

/// Largest roster text accepted (8 MiB): a school of 5.000 students takes about 300 KB.
pub const MAX_ROSTER_BYTES: usize = 8 * 1024 * 1024;

/// Most data rows read: the largest schools have a few thousand students; a bigger paste is a
/// whole district's list and belongs in the campaign tracker.
pub const MAX_ROSTER_ROWS: usize = 20_000;

/// Longest class label kept, in characters ("Lớp 6A1 – cơ sở 2" is 17).
pub const MAX_CLASS_CHARS: usize = 40;

/// Longest cell text quoted back in a message, in characters.
pub const MAX_QUOTED_CELL_CHARS: usize = 30;

/// A student's age outside this range on the reference date is probably a typo in the date of
/// birth: schools teach children from 5 (grade 1 opens in September of the year they turn 6) to
/// 18 (grade 12).
pub const LIKELY_AGES: std::ops::RangeInclusive<u32> = 5..=18;

/// A column of the roster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Column {
    /// Họ và tên (required).
    FullName,
    /// Ngày sinh (required).
    BirthDate,
    /// Lớp (optional: without it every student is in one group).
    Class,
    /// Có căn cước (required).
    HasCard,
    /// Có tài khoản định danh mức 2 (required).
    HasLevel2,
    /// Đã kích hoạt tài khoản (optional: Đồng Nai 2026 tracks "approved but not activated").
    Activated,
}

impl Column {
    /// In the template's order.
    pub const ALL: [Column; 6] = [
        Column::FullName,
        Column::BirthDate,
        Column::Class,
        Column::HasCard,
        Column::HasLevel2,
        Column::Activated,
    ];

    /// Position in [`Column::ALL`] and [`COLUMN_SPECS`].
    pub const fn index(self) -> usize {
        match self {
            Column::FullName => 0,
            Column::BirthDate => 1,
            Column::Class => 2,
            Column::HasCard => 3,
            Column::HasLevel2 => 4,
            Column::Activated => 5,
        }
    }

    /// Whether a roster must have this column.
    pub const fn is_required(self) -> bool {
        !matches!(self, Column::Class | Column::Activated)
    }

    /// The headers accepted for this column.
    pub const fn spec(self) -> ColumnSpec {
        match self {
            Column::FullName => ColumnSpec {
                key: "full_name",
                names: &[
                    "Họ và tên",
                    "Họ tên",
                    "Họ và tên học sinh",
                    "Tên học sinh",
                    "Học sinh",
                    "Full name",
                    "Name",
                    "Student name",
                    "Student",
                ],
            },
            Column::BirthDate => ColumnSpec {
                key: "birth_date",
                names: &[
                    "Ngày sinh",
                    "Ngày tháng năm sinh",
                    "Sinh ngày",
                    "NS",
                    "Date of birth",
                    "Birth date",
                    "Birthdate",
                    "DOB",
                ],
            },
            Column::Class => ColumnSpec {
                key: "class",
                names: &["Lớp", "Lớp học", "Khối", "Class", "Grade", "Form"],
            },
            Column::HasCard => ColumnSpec {
                key: "has_card",
                names: &[
                    "Có căn cước",
                    "Đã có căn cước",
                    "Có thẻ căn cước",
                    "Thẻ căn cước",
                    "Căn cước",
                    "CCCD",
                    "Có CCCD",
                    "Has card",
                    "ID card",
                    "Card",
                ],
            },
            Column::HasLevel2 => ColumnSpec {
                key: "has_level2",
                names: &[
                    "Có tài khoản mức 2",
                    "Đã có tài khoản mức 2",
                    "Tài khoản mức 2",
                    "TK mức 2",
                    "Định danh mức 2",
                    "VNeID mức 2",
                    "Mức 2",
                    "Level 2 account",
                    "Has level 2 account",
                    "Level 2",
                ],
            },
            Column::Activated => ColumnSpec {
                key: "activated",
                names: &[
                    "Đã kích hoạt",
                    "Đã kích hoạt tài khoản",
                    "Kích hoạt",
                    "Activated",
                    "Account activated",
                ],
            },
        }
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.spec().key)
    }
}

/// The headers accepted for each column, in [`Column::ALL`] order.
pub const COLUMN_SPECS: [ColumnSpec; 6] = [
    Column::FullName.spec(),
    Column::BirthDate.spec(),
    Column::Class.spec(),
    Column::HasCard.spec(),
    Column::HasLevel2.spec(),
    Column::Activated.spec(),
];

/// Which header (by index) feeds each column; `None` for a column left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ColumnChoice {
    columns: [Option<usize>; 6],
}

/// Why a column choice cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnChoiceError {
    /// A required column has no header.
    Missing { column: Column },
    /// The same header was chosen for two columns.
    Repeated { column: Column, also: Column },
    /// The header index is past the end of the header (a choice made for another file).
    OutOfRange { column: Column },
}

impl fmt::Display for ColumnChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColumnChoiceError::Missing { column } => write!(f, "no header chosen for {column}"),
            ColumnChoiceError::Repeated { column, also } => {
                write!(f, "{column} uses the same header as {also}")
            }
            ColumnChoiceError::OutOfRange { column } => {
                write!(f, "header chosen for {column} does not exist")
            }
        }
    }
}

impl std::error::Error for ColumnChoiceError {}

impl ColumnChoice {
    /// The headers [`delimited::match_headers`] found.
    pub fn from_mapping(mapping: &ColumnMapping) -> ColumnChoice {
        let mut choice = ColumnChoice::default();
        for column in Column::ALL {
            choice.set(column, mapping.column(column.spec().key));
        }
        choice
    }

    /// The header index chosen for `column`.
    pub fn get(&self, column: Column) -> Option<usize> {
        self.columns.get(column.index()).copied().flatten()
    }

    /// Chooses a header (or none) for `column`.
    pub fn set(&mut self, column: Column, header: Option<usize>) {
        if let Some(slot) = self.columns.get_mut(column.index()) {
            *slot = header;
        }
    }

    /// Checks the choice against a header of `header_len` cells.
    ///
    /// # Errors
    /// Every problem, in column order: [`ColumnChoiceError::Missing`] for a required column
    /// without a header, [`ColumnChoiceError::Repeated`] for a header chosen twice (reported on
    /// the second column), [`ColumnChoiceError::OutOfRange`] for an index past the header.
    pub fn check(&self, header_len: usize) -> Result<(), Vec<ColumnChoiceError>> {
        let mut errors = Vec::new();
        for (i, column) in Column::ALL.into_iter().enumerate() {
            match self.get(column) {
                None if column.is_required() => errors.push(ColumnChoiceError::Missing { column }),
                None => {}
                Some(h) if h >= header_len => {
                    errors.push(ColumnChoiceError::OutOfRange { column });
                }
                Some(h) => {
                    let earlier = Column::ALL
                        .into_iter()
                        .take(i)
                        .find(|&other| self.get(other) == Some(h));
                    if let Some(also) = earlier {
                        errors.push(ColumnChoiceError::Repeated { column, also });
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A column choice the user confirmed for a header; applies again only to the same header.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmedColumns {
    /// The header cells as they were (trimmed).
    pub header: Vec<String>,
    /// The choice.
    pub choice: ColumnChoice,
}

/// Why the roster as a whole cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RosterError {
    /// Nothing but spaces and blank lines.
    Empty,
    /// More than `max` bytes.
    TooLarge { bytes: usize, max: usize },
    /// More than `max` data rows.
    TooManyRows { rows: usize, max: usize },
    /// A header row and nothing under it.
    HeaderOnly,
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RosterError::Empty => f.write_str("roster is empty"),
            RosterError::TooLarge { bytes, max } => {
                write!(f, "roster of {bytes} bytes exceeds {max}")
            }
            RosterError::TooManyRows { rows, max } => {
                write!(f, "roster has {rows} rows, more than {max}")
            }
            RosterError::HeaderOnly => f.write_str("roster has a header and no rows"),
        }
    }
}

impl std::error::Error for RosterError {}

/// A student read from a roster row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Student {
    /// The spreadsheet row number.
    pub row: usize,
    /// Full name, NFC, single spaces.
    pub name: PersonName,
    /// Date of birth.
    pub birth: NaiveDate,
    /// Class label (NFC, single spaces); empty when the roster has no class column or the cell is
    /// blank.
    pub class: String,
    /// Has a căn cước card.
    pub has_card: bool,
    /// Has a level-2 e-ID account (granted).
    pub has_level2: bool,
    /// Has activated the account; `None` when the roster has no activation column.
    pub activated: Option<bool>,
}

/// Why a row was left out of the counts.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowIssue {
    /// The name cell is blank.
    MissingName,
    /// The name does not read as a person's name.
    Name(NameError),
    /// The date-of-birth cell is blank.
    MissingBirthDate,
    /// The date of birth does not read; `cell` is its text, cut to [`MAX_QUOTED_CELL_CHARS`].
    BirthDate { error: DateError, cell: String },
    /// Born after the reference date.
    BornAfterReference {
        birth: NaiveDate,
        reference: NaiveDate,
    },
    /// The class label is longer than `max` characters.
    ClassTooLong { max: usize },
    /// A yes/no cell holds something else; `cell` is its text, cut to
    /// [`MAX_QUOTED_CELL_CHARS`].
    NotYesNo { column: Column, cell: String },
}

impl fmt::Display for RowIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowIssue::MissingName => f.write_str("name is blank"),
            RowIssue::Name(e) => e.fmt(f),
            RowIssue::MissingBirthDate => f.write_str("date of birth is blank"),
            RowIssue::BirthDate { error, cell } => write!(f, "date of birth {cell:?}: {error}"),
            RowIssue::BornAfterReference { birth, reference } => {
                write!(f, "born {birth}, after the reference date {reference}")
            }
            RowIssue::ClassTooLong { max } => write!(f, "class longer than {max} characters"),
            RowIssue::NotYesNo { column, cell } => write!(f, "{column}: {cell:?} is not yes/no"),
        }
    }
}

impl std::error::Error for RowIssue {}

/// A problem in one row: the row is not counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowProblem {
    /// The spreadsheet row number.
    pub row: usize,
    /// What is wrong.
    pub issue: RowIssue,
}

/// Something in a counted row that is probably wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowWarningKind {
    /// A level-2 account but no card: a level-2 account is granted on a căn cước card
    /// (Nghị định 69/2024/NĐ-CP Art. 10, 11), so one of the two cells is wrong.
    Level2WithoutCard,
    /// Activated but no level-2 account.
    ActivatedWithoutLevel2,
    /// An age outside [`LIKELY_AGES`] on the reference date.
    UnlikelyAge { age: u32 },
    /// Same name (up to case) and date of birth as an earlier row.
    PossibleDuplicate { of_row: usize },
}

/// A warning about one counted row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RowWarning {
    /// The spreadsheet row number.
    pub row: usize,
    /// What looks wrong.
    pub kind: RowWarningKind,
}

/// Blank yes/no cells, read as "no" (a spreadsheet ticked with "x" leaves the others blank).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BlankCells {
    /// Blank "has card" cells.
    pub has_card: usize,
    /// Blank "has level-2 account" cells.
    pub has_level2: usize,
    /// Blank "activated" cells.
    pub activated: usize,
}

impl BlankCells {
    /// All blank yes/no cells.
    pub fn total(&self) -> usize {
        self.has_card + self.has_level2 + self.activated
    }
}

/// The rows of a roster, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    /// Students counted, in row order.
    pub students: Vec<Student>,
    /// Problems, in row order (a row may have several).
    pub problems: Vec<RowProblem>,
    /// Distinct rows with problems (not counted).
    pub rows_with_problems: usize,
    /// Warnings about counted rows, in row order.
    pub warnings: Vec<RowWarning>,
    /// Blank yes/no cells read as "no".
    pub blanks_read_as_no: BlankCells,
    /// Whether the roster has a class column.
    pub has_class: bool,
    /// Whether the roster has an activation column.
    pub has_activation: bool,
}

/// A roster text read as far as it goes: the table's shape, the columns found, and the rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRead {
    /// The header cells, trimmed (for the column-mapping step).
    pub header: Vec<String>,
    /// The delimiter found.
    pub delimiter: Detection,
    /// Data rows in the text (blank rows not counted).
    pub data_rows: usize,
    /// What header matching found.
    pub guessed: ColumnMapping,
    /// The choice applied: the user's confirmed choice for this header, or the guess.
    pub choice: ColumnChoice,
    /// Whether the user's confirmed choice was applied (it was made for this header).
    pub confirmed: bool,
    /// True when the user should check the columns before reading the results: a column matched
    /// only loosely, or a required column was not found, and no choice was confirmed.
    pub needs_review: bool,
    /// The rows, or why the choice cannot be used.
    pub roster: Result<Roster, Vec<ColumnChoiceError>>,
    /// Warnings about the file itself (ragged rows, stray quotes), as the reader gave them.
    pub file_warnings: Vec<ReadWarning>,
    /// File warnings beyond those kept.
    pub file_warnings_omitted: usize,
}

/// Whether the guessed columns need the user's eye: a loose match anywhere, or a required column
/// missing. An optional column that is simply absent does not.
fn guess_needs_review(mapping: &ColumnMapping) -> bool {
    Column::ALL.into_iter().any(|column| {
        let confidence = mapping
            .columns
            .get(column.index())
            .map_or(Confidence::Missing, |m| m.confidence);
        confidence == Confidence::Unsure
            || (confidence == Confidence::Missing && column.is_required())
    })
}

/// Reads a roster pasted or opened by the user, as of `reference` (the date ages are counted on),
/// a birth date given as a bare serial number counted in `dates` (the workbook's system for a
/// sheet, the 1900 one for anything else: docs/rules.md §6.3).
///
/// The first non-blank row is the header. Columns are matched by name in Vietnamese or English
/// ([`COLUMN_SPECS`]); `confirmed` is used instead when it was made for the same header. Yes/no
/// cells accept có/không, x, 1/0, true/false, yes/no, đã/chưa ([`parse_yes_no`]); a blank cell is
/// read as "no" and counted in [`Roster::blanks_read_as_no`].
///
/// # Errors
/// - `""`, `"\n\n"` → [`RosterError::Empty`];
/// - more than 8 MiB → [`RosterError::TooLarge`]; more than 20.000 rows →
///   [`RosterError::TooManyRows`];
/// - `"Họ và tên,Ngày sinh"` alone → [`RosterError::HeaderOnly`].
///
/// Problems in single rows are not errors: they are listed in [`Roster::problems`].
pub fn read_roster(
    text: &str,
    confirmed: Option<&ConfirmedColumns>,
    reference: NaiveDate,
    dates: DateSystem,
) -> Result<RosterRead, RosterError> {
    if text.len() > MAX_ROSTER_BYTES {
        return Err(RosterError::TooLarge {
            bytes: text.len(),
            max: MAX_ROSTER_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(RosterError::Empty);
    }
    let table = delimited::parse_table(text);
    if table.header.is_empty() {
        return Err(RosterError::Empty);
    }
    if table.rows.is_empty() {
        return Err(RosterError::HeaderOnly);
    }
    if table.rows.len() > MAX_ROSTER_ROWS {
        return Err(RosterError::TooManyRows {
            rows: table.rows.len(),
            max: MAX_ROSTER_ROWS,
        });
    }
    let header: Vec<String> = table.header.iter().map(|h| h.trim().to_owned()).collect();
    let guessed = delimited::match_headers(&header, &COLUMN_SPECS);
    let confirmed = confirmed.filter(|c| c.header == header);
    let choice = confirmed.map_or_else(|| ColumnChoice::from_mapping(&guessed), |c| c.choice);
    let needs_review = confirmed.is_none() && guess_needs_review(&guessed);
    let roster = choice
        .check(header.len())
        .map(|()| read_rows(&table, &choice, reference, dates));
    Ok(RosterRead {
        delimiter: table.delimiter,
        data_rows: table.rows.len(),
        guessed,
        choice,
        confirmed: confirmed.is_some(),
        needs_review,
        roster,
        file_warnings: table.warnings.clone(),
        file_warnings_omitted: table.warnings_omitted,
        header,
    })
}

/// Cuts a cell to at most `max` characters, for quoting back.
fn cut(cell: &str, max: usize) -> String {
    let trimmed = cell.trim();
    match trimmed.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", trimmed.get(..at).unwrap_or("")),
        None => trimmed.to_owned(),
    }
}

/// A yes/no cell: blank is "no" (counted), anything unreadable is an issue.
fn yes_no(
    cell: &str,
    column: Column,
    blanks: &mut usize,
    issues: &mut Vec<RowIssue>,
) -> Option<bool> {
    // The answers schools write most often, without folding (a 2.000-row roster has 6.000 of
    // these cells); anything else goes through the full reader.
    let answer = match cell.trim() {
        "" => {
            *blanks += 1;
            return Some(false);
        }
        "có" | "Có" | "x" | "X" | "1" => Some(true),
        "không" | "Không" | "0" => Some(false),
        other => parse_yes_no(other),
    };
    if answer.is_none() {
        issues.push(RowIssue::NotYesNo {
            column,
            cell: cut(cell, MAX_QUOTED_CELL_CHARS),
        });
    }
    answer
}

fn read_rows(
    table: &Table<'_>,
    choice: &ColumnChoice,
    reference: NaiveDate,
    dates: DateSystem,
) -> Roster {
    let mut roster = Roster {
        has_class: choice.get(Column::Class).is_some(),
        has_activation: choice.get(Column::Activated).is_some(),
        ..Roster::default()
    };
    let mut seen: HashMap<(String, NaiveDate), usize> = HashMap::new();
    for record in &table.rows {
        let cell = |column: Column| choice.get(column).and_then(|i| record.get(i)).unwrap_or("");
        let row = record.row;
        let mut issues: Vec<RowIssue> = Vec::new();

        let name_cell = cell(Column::FullName);
        let name = if name_cell.trim().is_empty() {
            issues.push(RowIssue::MissingName);
            None
        } else {
            PersonName::parse(name_cell)
                .map_err(|e| issues.push(RowIssue::Name(e)))
                .ok()
        };

        let birth_cell = cell(Column::BirthDate);
        let birth = match parse_date_or_serial(birth_cell, dates) {
            Ok(birth) if birth > reference => {
                issues.push(RowIssue::BornAfterReference { birth, reference });
                None
            }
            Ok(birth) => Some(birth),
            Err(DateError::Empty) => {
                issues.push(RowIssue::MissingBirthDate);
                None
            }
            Err(error) => {
                issues.push(RowIssue::BirthDate {
                    error,
                    cell: cut(birth_cell, MAX_QUOTED_CELL_CHARS),
                });
                None
            }
        };

        let class = collapse_spaces(&nfc(cell(Column::Class)));
        if class.chars().nth(MAX_CLASS_CHARS).is_some() {
            issues.push(RowIssue::ClassTooLong {
                max: MAX_CLASS_CHARS,
            });
        }

        let mut blanks = BlankCells::default();
        let has_card = yes_no(
            cell(Column::HasCard),
            Column::HasCard,
            &mut blanks.has_card,
            &mut issues,
        );
        let has_level2 = yes_no(
            cell(Column::HasLevel2),
            Column::HasLevel2,
            &mut blanks.has_level2,
            &mut issues,
        );
        let activated = if roster.has_activation {
            yes_no(
                cell(Column::Activated),
                Column::Activated,
                &mut blanks.activated,
                &mut issues,
            )
            .map(Some)
        } else {
            Some(None)
        };

        let (Some(name), Some(birth), Some(has_card), Some(has_level2), Some(activated), true) = (
            name,
            birth,
            has_card,
            has_level2,
            activated,
            issues.is_empty(),
        ) else {
            roster.rows_with_problems += 1;
            roster
                .problems
                .extend(issues.into_iter().map(|issue| RowProblem { row, issue }));
            continue;
        };

        roster.blanks_read_as_no.has_card += blanks.has_card;
        roster.blanks_read_as_no.has_level2 += blanks.has_level2;
        roster.blanks_read_as_no.activated += blanks.activated;
        let mut warn = |kind| roster.warnings.push(RowWarning { row, kind });
        if has_level2 && !has_card {
            warn(RowWarningKind::Level2WithoutCard);
        }
        if activated == Some(true) && !has_level2 {
            warn(RowWarningKind::ActivatedWithoutLevel2);
        }
        let age = age_on(birth, reference);
        if !LIKELY_AGES.contains(&age) {
            warn(RowWarningKind::UnlikelyAge { age });
        }
        // Same name (NFC, single spaces, any case) and date of birth: a row pasted twice.
        match seen.entry((name.as_str().to_lowercase(), birth)) {
            std::collections::hash_map::Entry::Occupied(first) => {
                warn(RowWarningKind::PossibleDuplicate {
                    of_row: *first.get(),
                });
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(row);
            }
        }
        roster.students.push(Student {
            row,
            name,
            birth,
            class,
            has_card,
            has_level2,
            activated,
        });
    }
    roster
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32, month: u32, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn template_header_is_exact() {
        let text = "Họ và tên,Ngày sinh,Lớp,Có căn cước,Có tài khoản mức 2,Đã kích hoạt\n\
                    Nguyễn Văn An,05/03/2015,5A,có,không,\n";
        let read = read_roster(text, None, d(15, 4, 2026), DateSystem::Excel1900).unwrap();
        assert!(!read.needs_review);
        let roster = read.roster.unwrap();
        assert_eq!(roster.students.len(), 1);
        assert_eq!(roster.blanks_read_as_no.activated, 1);
    }

    #[test]
    fn cut_keeps_char_boundaries() {
        assert_eq!(cut("  ừ  ", 30), "ừ");
        assert_eq!(cut("ắắắắ", 2), "ắắ…");
    }
}
