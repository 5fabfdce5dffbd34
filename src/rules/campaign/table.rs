//! Spreadsheet rows for Excel users: units out as rows, rows back in as units.
//!
//! The generic CSV reader and writer live elsewhere (`rules::delimited`); these functions take
//! and return `Vec<Vec<String>>`. Reading is forgiving (docs/writing.md): Vietnamese or English headers,
//! with or without diacritics, in any order; numbers written `2.129.289`, `2,129,289` or
//! `2129289`; commune codes that lost their leading zeros in Excel (`4` for `00004`). A bad row is
//! reported with its row number and reason and the other rows are still read.
//!
//! Written numbers are plain digits (`2129289`) so that every Excel locale reads them as numbers.
//! Dated history is not part of the table (it travels in share links and JSON).

use super::{Campaign, ExclusionReason, MAX_COMMUNE_CODE, MAX_UNITS, Place, Unit};
use crate::catalogue::{Lang, Localized};
use crate::rules::number::{NumberError, parse_count};
use crate::rules::text::fold;

/// A column the table knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Commune code (5 digits).
    Code,
    /// Free-text unit name (for rows that are not communes; for communes, informative).
    Name,
    /// Base (total).
    Base,
    /// Done.
    Done,
    /// Assigned quota.
    Quota,
    /// An exclusion reason.
    Excluded(ExclusionReason),
    /// "x" when the row is illustrative.
    Illustrative,
}

impl Column {
    /// Every column, in the order [`units_to_rows`] writes them.
    pub const ALL: [Column; 11] = [
        Column::Code,
        Column::Name,
        Column::Base,
        Column::Excluded(ExclusionReason::FrailOrElderly),
        Column::Excluded(ExclusionReason::NoSmartphone),
        Column::Excluded(ExclusionReason::NoOwnSim),
        Column::Excluded(ExclusionReason::Abroad),
        Column::Excluded(ExclusionReason::InactiveEnterprise),
        Column::Done,
        Column::Quota,
        Column::Illustrative,
    ];

    /// Header names accepted on reading, folded (lower case, no diacritics, single spaces).
    const fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Code => &[
                "ma xa",
                "ma",
                "ma don vi",
                "ma xa phuong",
                "ma dvhc",
                "code",
                "commune code",
                "unit code",
            ],
            Column::Name => &[
                "ten don vi",
                "ten",
                "don vi",
                "ten xa",
                "xa",
                "xa phuong",
                "name",
                "unit",
                "unit name",
                "commune",
            ],
            Column::Base => &[
                "tong so",
                "tong",
                "co so",
                "so doi tuong",
                "doi tuong",
                "base",
                "total",
            ],
            Column::Done => &[
                "da dat",
                "da thuc hien",
                "da cap",
                "ket qua",
                "done",
                "achieved",
            ],
            Column::Quota => &["chi tieu giao", "chi tieu", "quota", "assigned quota"],
            Column::Excluded(ExclusionReason::FrailOrElderly) => &[
                "loai tru gia yeu",
                "gia yeu",
                "nguoi gia yeu",
                "frail",
                "frail or elderly",
                "excluded frail",
            ],
            Column::Excluded(ExclusionReason::NoSmartphone) => &[
                "loai tru khong co dien thoai thong minh",
                "khong co dien thoai thong minh",
                "khong co smartphone",
                "no smartphone",
                "excluded no smartphone",
            ],
            Column::Excluded(ExclusionReason::NoOwnSim) => &[
                "loai tru khong co sim chinh chu",
                "khong co sim chinh chu",
                "no own sim",
                "no own name sim",
                "excluded no own sim",
            ],
            Column::Excluded(ExclusionReason::Abroad) => &[
                "loai tru o nuoc ngoai",
                "o nuoc ngoai",
                "nuoc ngoai",
                "abroad",
                "excluded abroad",
            ],
            Column::Excluded(ExclusionReason::InactiveEnterprise) => &[
                "loai tru doanh nghiep khong hoat dong",
                "doanh nghiep khong hoat dong",
                "khong hoat dong",
                "inactive enterprise",
                "inactive",
                "excluded inactive",
            ],
            Column::Illustrative => &["minh hoa", "illustrative"],
        }
    }

    /// Recognises a header cell: diacritics, case, spaces and punctuation (`:`, `/`, `(`, `)`,
    /// `.`, `_`) do not matter.
    /// The headers [`units_to_rows`] writes, in either language, are recognised too.
    pub fn from_header(header: &str) -> Option<Column> {
        let key = header_key(header);
        Column::ALL.iter().copied().find(|c| {
            c.aliases().contains(&key.as_str())
                || Lang::ALL
                    .iter()
                    .any(|&lang| header_key(&c.localize(lang)) == key)
        })
    }
}

fn header_key(header: &str) -> String {
    let cleaned: String = header
        .chars()
        .map(|c| {
            if matches!(c, ':' | '/' | '(' | ')' | '.' | '_' | ',' | '*') {
                ' '
            } else {
                c
            }
        })
        .collect();
    fold(&cleaned)
}

/// The units as rows, with a header row first: the Vietnamese headers of the catalogue ("Mã xã",
/// "Tên đơn vị", "Tổng số", "Loại trừ: già yếu", …, "Đã đạt", "Chỉ tiêu giao", "Minh hoạ").
pub fn units_to_rows(campaign: &Campaign) -> Vec<Vec<String>> {
    let mut rows = Vec::with_capacity(campaign.units.len() + 1);
    rows.push(Column::ALL.iter().map(|c| c.localize(Lang::Vi)).collect());
    for u in &campaign.units {
        let row = Column::ALL
            .iter()
            .map(|c| match c {
                Column::Code => match u.place {
                    Place::Commune(code) => format!("{code:05}"),
                    Place::Named(_) => String::new(),
                },
                Column::Name => match &u.place {
                    Place::Named(name) => name.clone(),
                    Place::Commune(_) => String::new(),
                },
                Column::Base => u.base.to_string(),
                Column::Done => u.done.map(|d| d.to_string()).unwrap_or_default(),
                Column::Quota => u.quota.map(|q| q.to_string()).unwrap_or_default(),
                Column::Excluded(reason) => match u.exclusions.get(*reason) {
                    0 => String::new(),
                    n => n.to_string(),
                },
                Column::Illustrative => if u.illustrative { "x" } else { "" }.to_owned(),
            })
            .collect();
        rows.push(row);
    }
    rows
}

/// Why a row (or the header, row 1) was not read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowReason {
    /// The header has no base column ("Tổng số").
    MissingBaseColumn,
    /// The header has neither a code nor a name column.
    MissingPlaceColumn,
    /// The same column twice in the header (`index` is the second, 0-based).
    DuplicateColumn { column: Column, index: usize },
    /// Neither a commune code nor a name.
    NoPlace,
    /// A code that is not 1 to 5 digits, or 0.
    BadCode { text: String },
    /// Five digits that are not a commune of the 2025 list (Quyết định 19/2025/QĐ-TTg).
    UnknownCommune { code: u32 },
    /// A figure left empty where one is needed (the base).
    MissingNumber { column: Column },
    /// Not a whole number (`1,5`, `abc`).
    NotANumber { column: Column, text: String },
    /// A negative number.
    Negative { column: Column },
    /// Too large to be a count.
    TooLarge { column: Column },
    /// Exclusions add up to more than the base.
    ExclusionsAboveBase { excluded: u64, base: u64 },
    /// More than [`MAX_UNITS`] rows: the rest were not read.
    TooManyRows { max: usize },
}

/// A problem with one row. `row` is the spreadsheet's row number: the header is row 1, the first
/// data row is row 2.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowProblem {
    /// Spreadsheet row number.
    pub row: usize,
    /// What is wrong.
    pub reason: RowReason,
}

/// Reads units from a header row and data rows. Unknown columns are ignored; empty rows are
/// skipped; a row with a problem is left out and reported, the others are read. A done count
/// above the base is kept (the campaign check warns about it).
pub fn units_from_rows(header: &[String], rows: &[Vec<String>]) -> (Vec<Unit>, Vec<RowProblem>) {
    let mut problems = Vec::new();
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    for (index, cell) in header.iter().enumerate() {
        let column = Column::from_header(cell);
        if let Some(c) = column
            && columns.contains(&Some(c))
        {
            problems.push(RowProblem {
                row: 1,
                reason: RowReason::DuplicateColumn { column: c, index },
            });
            columns.push(None);
            continue;
        }
        columns.push(column);
    }
    let position = |c: Column| columns.iter().position(|&x| x == Some(c));
    let mut unreadable = false;
    if position(Column::Base).is_none() {
        problems.push(RowProblem {
            row: 1,
            reason: RowReason::MissingBaseColumn,
        });
        unreadable = true;
    }
    if position(Column::Code).is_none() && position(Column::Name).is_none() {
        problems.push(RowProblem {
            row: 1,
            reason: RowReason::MissingPlaceColumn,
        });
        unreadable = true;
    }
    if unreadable {
        return (Vec::new(), problems);
    }
    let mut units = Vec::new();
    for (i, cells) in rows.iter().enumerate() {
        let row = i + 2;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if units.len() >= MAX_UNITS {
            problems.push(RowProblem {
                row,
                reason: RowReason::TooManyRows { max: MAX_UNITS },
            });
            break;
        }
        let cell = |c: Column| {
            position(c)
                .and_then(|p| cells.get(p))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        match read_row(&cell) {
            Ok(unit) => units.push(unit),
            Err(reason) => problems.push(RowProblem { row, reason }),
        }
    }
    (units, problems)
}

fn number(column: Column, text: &str) -> Result<u64, RowReason> {
    parse_count(text).map_err(|e| match e {
        NumberError::Empty => RowReason::MissingNumber { column },
        NumberError::Negative => RowReason::Negative { column },
        NumberError::TooLarge | NumberError::TooLong { .. } => RowReason::TooLarge { column },
        NumberError::UnexpectedCharacter { .. }
        | NumberError::NotWholeNumber
        | NumberError::MisplacedSeparator { .. } => RowReason::NotANumber {
            column,
            text: text.chars().take(40).collect(),
        },
    })
}

fn read_row<'a>(cell: &dyn Fn(Column) -> Option<&'a str>) -> Result<Unit, RowReason> {
    let place = match (cell(Column::Code), cell(Column::Name)) {
        (Some(code), _) => {
            let digits: String = code
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| match c {
                    '\u{FF10}'..='\u{FF19}' => {
                        char::from_u32(u32::from(c) - 0xFF10 + u32::from(b'0')).unwrap_or(c)
                    }
                    _ => c,
                })
                .collect();
            let bad = || RowReason::BadCode {
                text: code.chars().take(40).collect(),
            };
            if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad());
            }
            let value: u32 = digits.parse().map_err(|_| bad())?;
            if value == 0 || value > MAX_COMMUNE_CODE {
                return Err(bad());
            }
            if crate::rules::units::CommuneCode::new(value).is_err() {
                return Err(RowReason::UnknownCommune { code: value });
            }
            Place::Commune(value)
        }
        (None, Some(name)) => Place::Named(name.to_owned()),
        (None, None) => return Err(RowReason::NoPlace),
    };
    let base = number(Column::Base, cell(Column::Base).unwrap_or(""))?;
    let optional = |c: Column| cell(c).map(|t| number(c, t)).transpose();
    let done = optional(Column::Done)?;
    let quota = optional(Column::Quota)?;
    let mut unit = Unit::new(place, base, done);
    unit.quota = quota;
    for reason in ExclusionReason::ALL {
        if let Some(n) = optional(Column::Excluded(reason))? {
            unit.exclusions.set(reason, n);
        }
    }
    let excluded = unit.exclusions.total();
    if excluded > base {
        return Err(RowReason::ExclusionsAboveBase { excluded, base });
    }
    unit.illustrative = cell(Column::Illustrative).is_some_and(|t| {
        let t = fold(t);
        !matches!(t.as_str(), "" | "0" | "khong" | "no" | "false")
    });
    Ok(unit)
}
