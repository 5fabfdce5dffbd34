//! Calendar dates as users type them, and exact ages.
//!
//! Dates are written day first in Vietnam (`25/01/2025`); the forms also get ISO dates from
//! `<input type=date>` (docs/writing.md, "Forms and validation"). Ages are counted from the exact date of
//! birth (Luật Căn cước 2023 Art. 19, 21; docs/rules.md §3.2): "đủ 6 tuổi" is on or after the 6th
//! birthday, "dưới 14 tuổi" before the 14th. "Today" is always passed in: the rules never read a
//! clock, and the UI derives it in Asia/Ho_Chi_Minh with [`vietnam_date_from_unix_millis`].

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::digits::ascii_digit_of;
use crate::text::is_space;

/// A calendar date for a constant (`ymd(2026, 9, 20)`). Only called in constants: a date that does
/// not exist fails the build, never the app.
#[expect(
    clippy::panic,
    reason = "only evaluated at compile time: a date that does not exist fails the build"
)]
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("a real date"),
    }
}

/// Earliest year accepted. The oldest living people and every personal-ID century code in use
/// (docs/rules.md §2.2: G = 0/1 for the 1900s) start here; an earlier year is a typo.
pub const MIN_YEAR: i32 = 1900;

/// Latest year accepted: campaign deadlines and card expiries (a card issued to a newborn in 2099
/// lasts to 2113, but no form asks for that) stay far below; a later year is a typo.
pub const MAX_YEAR: i32 = 2100;

/// Longest accepted date input, in characters.
pub const MAX_DATE_CHARS: usize = 40;

/// Why a date was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateError {
    /// Nothing but spaces.
    Empty,
    /// More than `max` characters.
    TooLong { max: usize },
    /// Not day/month/year, year-month-day or 8 digits.
    WrongFormat,
    /// A two-digit year (`25/01/25`): 1925 or 2025? The user must say.
    TwoDigitYear { year: u8 },
    /// A year of 1, 3 or 5+ digits.
    YearNotFourDigits,
    /// Month 0 or above 12.
    MonthOutOfRange { month: u32 },
    /// Day 0 or past the month's end: `max` is the month's length (28 for February 2023).
    DayOutOfRange {
        day: u32,
        month: u32,
        year: i32,
        max: u32,
    },
    /// Outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    YearOutOfRange { year: i32, min: i32, max: i32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Empty => f.write_str("date is empty"),
            DateError::TooLong { max } => write!(f, "date input longer than {max} characters"),
            DateError::WrongFormat => f.write_str("date is not dd/mm/yyyy or yyyy-mm-dd"),
            DateError::TwoDigitYear { year } => write!(f, "two-digit year {year:02}"),
            DateError::YearNotFourDigits => f.write_str("year does not have 4 digits"),
            DateError::MonthOutOfRange { month } => write!(f, "month {month} is not 1-12"),
            DateError::DayOutOfRange {
                day,
                month,
                year,
                max,
            } => {
                write!(f, "day {day} is not 1-{max} for {month:02}/{year}")
            }
            DateError::YearOutOfRange { year, min, max } => {
                write!(f, "year {year} is not {min}-{max}")
            }
        }
    }
}

impl std::error::Error for DateError {}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Gregorian leap year: divisible by 4, except centuries not divisible by 400 (2100 is common).
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Checks a day/month/year triple, month first, then year, then day (the day's limit needs both).
fn checked_date(day: u32, month: u32, year: i32) -> Result<NaiveDate, DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError::MonthOutOfRange { month });
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::YearOutOfRange {
            year,
            min: MIN_YEAR,
            max: MAX_YEAR,
        });
    }
    let max = days_in_month(year, month);
    if !(1..=max).contains(&day) {
        return Err(DateError::DayOutOfRange {
            day,
            month,
            year,
            max,
        });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::WrongFormat)
}

/// The value of an ASCII digit string; saturates (a 12-digit "day" is out of range all the same).
fn digits_value(digits: &str) -> u32 {
    digits.bytes().fold(0u32, |acc, b| {
        acc.saturating_mul(10)
            .saturating_add(u32::from(b.wrapping_sub(b'0')))
    })
}

/// Checks the year's digit count: 4 is right; 2 asks for the century; anything else is wrong.
fn year_value(digits: &str) -> Result<i32, DateError> {
    match digits.len() {
        4 => i32::try_from(digits_value(digits)).map_err(|_| DateError::YearNotFourDigits),
        2 => Err(DateError::TwoDigitYear {
            year: u8::try_from(digits_value(digits)).unwrap_or(0),
        }),
        _ => Err(DateError::YearNotFourDigits),
    }
}

/// Reads a date typed by a person or given by `<input type=date>`.
///
/// Accepted (docs/writing.md): `25/01/2025`, `5/1/2025`, `25-01-2025`, `25.01.2025`, `2025-01-25` (ISO),
/// spaces around or instead of the separators (`25 / 01 / 2025`, `25 01 2025`), full-width digits,
/// and 8 digits without separators (`25012025`; `20250125` is read as ISO because no ddmmyyyy
/// reading with a year in 1900–2100 is a valid date at the same time). A four-digit first part
/// means year-month-day; otherwise the order is day, month, year, never month first.
///
/// Two-digit years are rejected with [`DateError::TwoDigitYear`]: for a birth date `25/01/25` may
/// be 1925 or 2025, and a wrong guess silently changes an eligibility result.
///
/// # Errors
/// - `""` → [`DateError::Empty`]; 41 characters → [`DateError::TooLong`];
/// - `"25/01"`, `"hôm nay"`, `"25/01-2025"` (mixed separators) → [`DateError::WrongFormat`];
/// - `"25/01/25"` → [`DateError::TwoDigitYear`] `{ year: 25 }`; `"25/01/202"` →
///   [`DateError::YearNotFourDigits`];
/// - `"25/13/2025"` → [`DateError::MonthOutOfRange`] `{ month: 13 }`;
/// - `"29/02/2023"` → [`DateError::DayOutOfRange`] `{ day: 29, month: 2, year: 2023, max: 28 }`;
/// - `"01/01/1899"` → [`DateError::YearOutOfRange`] `{ year: 1899, min: 1900, max: 2100 }`.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    if input.chars().nth(MAX_DATE_CHARS).is_some() {
        return Err(DateError::TooLong {
            max: MAX_DATE_CHARS,
        });
    }
    let ascii: String = input.chars().map(ascii_digit_of).collect();
    let trimmed = ascii.trim_matches(is_space);
    if trimmed.is_empty() {
        return Err(DateError::Empty);
    }
    if !trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(DateError::WrongFormat);
    }
    let mut parts: Vec<&str> = Vec::with_capacity(3);
    let mut separator: Option<Option<char>> = None; // Some(None) = spaces only
    let mut gap_mark: Option<char> = None;
    let mut part_start: Option<usize> = None;
    for (i, c) in trimmed.char_indices() {
        if c.is_ascii_digit() {
            if part_start.is_none() {
                if !parts.is_empty() {
                    // Every gap must use the same separator as the first gap.
                    if *separator.get_or_insert(gap_mark) != gap_mark {
                        return Err(DateError::WrongFormat);
                    }
                }
                gap_mark = None;
                part_start = Some(i);
            }
            continue;
        }
        if let Some(start) = part_start.take() {
            parts.push(trimmed.get(start..i).unwrap_or(""));
        }
        match c {
            '/' | '-' | '.' if gap_mark.is_none() => gap_mark = Some(c),
            c if is_space(c) => {}
            _ => return Err(DateError::WrongFormat),
        }
    }
    if let Some(start) = part_start {
        parts.push(trimmed.get(start..).unwrap_or(""));
    } else {
        return Err(DateError::WrongFormat); // ends with a separator
    }
    match parts.as_slice() {
        [compact] if compact.len() == 8 => parse_compact(compact),
        [first, month, day] if first.len() == 4 && month.len() <= 2 && day.len() <= 2 => {
            let year = year_value(first)?;
            checked_date(digits_value(day), digits_value(month), year)
        }
        [day, month, year] if day.len() <= 2 && month.len() <= 2 => {
            let year = year_value(year)?;
            checked_date(digits_value(day), digits_value(month), year)
        }
        _ => Err(DateError::WrongFormat),
    }
}

/// `ddmmyyyy`, or `yyyymmdd` when that is the only valid reading.
fn parse_compact(digits: &str) -> Result<NaiveDate, DateError> {
    let part = |range: std::ops::Range<usize>| digits.get(range).map_or(0, digits_value);
    let day_first = checked_date(
        part(0..2),
        part(2..4),
        i32::try_from(part(4..8)).unwrap_or(0),
    );
    if day_first.is_ok() {
        return day_first;
    }
    let year_first = checked_date(
        part(6..8),
        part(4..6),
        i32::try_from(part(0..4)).unwrap_or(0),
    );
    year_first.or(day_first)
}

/// One of the three boxes of a day–month–year input (GOV.UK "date input" pattern).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePart {
    /// Ngày.
    Day,
    /// Tháng.
    Month,
    /// Năm.
    Year,
}

/// Why a three-box date was not accepted; [`DateFieldsError::parts`] says which boxes to mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateFieldsError {
    /// All three boxes are empty.
    Empty,
    /// Some boxes are empty (at least one is filled).
    Missing { day: bool, month: bool, year: bool },
    /// A box holds something other than digits.
    NotANumber { part: DatePart },
    /// The boxes are filled with numbers, but they do not make a date.
    Date(DateError),
}

impl DateFieldsError {
    /// The boxes to highlight: those at fault, or all three when the date as a whole is wrong.
    pub fn parts(&self) -> Vec<DatePart> {
        use DatePart::{Day, Month, Year};
        match *self {
            DateFieldsError::Missing { day, month, year } => {
                [(day, Day), (month, Month), (year, Year)]
                    .into_iter()
                    .filter_map(|(missing, part)| missing.then_some(part))
                    .collect()
            }
            DateFieldsError::NotANumber { part } => vec![part],
            DateFieldsError::Date(
                DateError::TwoDigitYear { .. }
                | DateError::YearNotFourDigits
                | DateError::YearOutOfRange { .. },
            ) => vec![Year],
            DateFieldsError::Date(DateError::MonthOutOfRange { .. }) => vec![Month],
            DateFieldsError::Date(DateError::DayOutOfRange { .. }) => vec![Day],
            DateFieldsError::Empty | DateFieldsError::Date(_) => vec![Day, Month, Year],
        }
    }
}

impl fmt::Display for DateFieldsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateFieldsError::Empty => f.write_str("date is empty"),
            DateFieldsError::Missing { day, month, year } => {
                write!(f, "missing parts: day {day}, month {month}, year {year}")
            }
            DateFieldsError::NotANumber { part } => write!(f, "{part:?} is not a number"),
            DateFieldsError::Date(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for DateFieldsError {}

/// Reads a date from three boxes (day, month, year), as the GOV.UK date input does, so that an
/// error can name the box: each box is trimmed and may hold full-width digits and leading zeros.
///
/// # Errors
/// - `("", "", "")` → [`DateFieldsError::Empty`];
/// - `("5", "", "")` → [`DateFieldsError::Missing`] `{ day: false, month: true, year: true }`;
/// - `("5", "Một", "2012")` → [`DateFieldsError::NotANumber`] `{ part: Month }`;
/// - `("31", "4", "2012")` → [`DateFieldsError::Date`]`(DayOutOfRange { .., max: 30 })`, and the
///   other [`DateError`]s of [`parse_date`] for the month, the year and two-digit years.
pub fn parse_date_fields(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateFieldsError> {
    const MAX_FIELD_CHARS: usize = 16;
    let clean = |s: &str| -> String { s.chars().map(ascii_digit_of).collect::<String>() };
    let (day, month, year) = (clean(day), clean(month), clean(year));
    let fields = [
        (day.trim_matches(is_space), DatePart::Day),
        (month.trim_matches(is_space), DatePart::Month),
        (year.trim_matches(is_space), DatePart::Year),
    ];
    let [(d, _), (m, _), (y, _)] = fields;
    match (d.is_empty(), m.is_empty(), y.is_empty()) {
        (true, true, true) => return Err(DateFieldsError::Empty),
        (false, false, false) => {}
        (day, month, year) => return Err(DateFieldsError::Missing { day, month, year }),
    }
    for (text, part) in fields {
        if text.chars().nth(MAX_FIELD_CHARS).is_some() || !text.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(DateFieldsError::NotANumber { part });
        }
    }
    let year = year_value(y).map_err(DateFieldsError::Date)?;
    checked_date(digits_value(d), digits_value(m), year).map_err(DateFieldsError::Date)
}

/// How to write a date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DateFormat {
    /// `25/01/2025`: what the product shows, in both languages (day first avoids the US reading).
    #[default]
    DayMonthYear,
    /// `25-01-2025`.
    DayMonthYearDash,
    /// `25.01.2025`.
    DayMonthYearDot,
    /// `2025-01-25`: for `<input type=date>` values and file names.
    Iso,
}

/// Reads exactly `YYYY-MM-DD` (the form the product writes in JSON and drafts), for any year
/// chrono supports — without chrono's general-purpose parser, which costs Wasm bytes.
///
/// # Errors
/// `"2025-6-9"`, `"09/06/2025"`, `"2025-02-30"` → [`DateError::WrongFormat`].
pub fn parse_iso_date(input: &str) -> Result<NaiveDate, DateError> {
    let bytes = input.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes.get(range)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let well_formed =
        bytes.len() == 10 && bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-');
    let parts = (digits(0..4), digits(5..7), digits(8..10));
    match (well_formed, parts) {
        (true, (Some(y), Some(m), Some(d))) => i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .ok_or(DateError::WrongFormat),
        _ => Err(DateError::WrongFormat),
    }
}

/// Writes a date; every format reads back with [`parse_date`] for years 1900–2100.
pub fn format_date(date: NaiveDate, format: DateFormat) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match format {
        DateFormat::DayMonthYear => format!("{d:02}/{m:02}/{y:04}"),
        DateFormat::DayMonthYearDash => format!("{d:02}-{m:02}-{y:04}"),
        DateFormat::DayMonthYearDot => format!("{d:02}.{m:02}.{y:04}"),
        DateFormat::Iso => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// The date of the `age`-th birthday. For someone born on 29 February the birthday in a common
/// year falls on 1 March: no Vietnamese text settles it, so the product states this convention
/// (docs/rules.md §3.2). `None` only past chrono's calendar (year 262143).
pub fn birthday(birth: NaiveDate, age: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(age).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day()).or_else(|| {
        (birth.month() == 2 && birth.day() == 29)
            .then(|| NaiveDate::from_ymd_opt(year, 3, 1))
            .flatten()
    })
}

/// Whether the `age`-th birthday was moved to 1 March by the convention of [`birthday`], so the UI
/// can state it next to the result.
pub fn birthday_moved_to_march(birth: NaiveDate, age: u32) -> bool {
    birth.month() == 2
        && birth.day() == 29
        && birth
            .year()
            .checked_add(i32::try_from(age).unwrap_or(i32::MAX))
            .is_some_and(|y| !is_leap_year(y))
}

/// Age in completed years on a date (tuổi tròn): 0 before birth. Someone born on 29/02/2012 is
/// 13 on 28/02/2026 and 14 on 01/03/2026 ([`birthday`] convention; docs/rules.md §3.2). Monotonic in
/// `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on <= birth {
        return 0;
    }
    let years = u32::try_from(on.year() - birth.year()).unwrap_or(0);
    match birthday(birth, years) {
        Some(this_years) if on < this_years => years.saturating_sub(1),
        _ => years,
    }
}

/// "Đủ N tuổi" on `on`: on or after the N-th birthday (Luật Căn cước 2023; docs/rules.md §3.2).
pub fn is_at_least(birth: NaiveDate, years: u32, on: NaiveDate) -> bool {
    birthday(birth, years).is_some_and(|b| on >= b)
}

/// "Dưới N tuổi" on `on`: before the N-th birthday. Exactly the negation of [`is_at_least`].
pub fn is_under(birth: NaiveDate, years: u32, on: NaiveDate) -> bool {
    !is_at_least(birth, years, on)
}

/// Offset of Asia/Ho_Chi_Minh from UTC: +7 hours all year (Vietnam has no daylight saving time).
const VIETNAM_OFFSET_SECONDS: i64 = 7 * 3600;

/// Days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_DAY_FROM_CE: i64 = 719_163;

/// Today's date in Vietnam from a JavaScript timestamp (`Date.now()`, milliseconds since the Unix
/// epoch, UTC): the campaign day boundary is Asia/Ho_Chi_Minh (docs/rules.md §4), UTC+7 with no DST.
/// `None` for NaN, infinities and instants outside chrono's calendar.
pub fn vietnam_date_from_unix_millis(ms: f64) -> Option<NaiveDate> {
    if !ms.is_finite() || ms.abs() > 1e17 {
        return None;
    }
    // |ms| ≤ 1e17, so the floored seconds fit an i64 exactly enough for a day count.
    let seconds = (ms / 1000.0).floor() as i64;
    let days = (seconds + VIETNAM_OFFSET_SECONDS).div_euclid(86_400);
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days + UNIX_EPOCH_DAY_FROM_CE).ok()?)
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet serial dates
// ---------------------------------------------------------------------------------------------

/// How a workbook counts days (docs/rules.md §6.3). Excel for Windows and LibreOffice count from
/// 1900; workbooks made by Excel for Mac before 2011 count from 1904 and say so in their settings.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum DateSystem {
    /// Serial 1 = 01/01/1900, with Lotus 1-2-3's fictitious 29/02/1900 as serial 60.
    #[default]
    Excel1900,
    /// Serial 0 = 01/01/1904.
    Excel1904,
}

/// Largest serial day read: 31/12/9999 in the 1900 system, Excel's own limit.
pub const MAX_SERIAL_DAY: i64 = 2_958_465;

/// The calendar date of a whole serial day.
///
/// In the 1900 system serials 1–59 are 01/01/1900–28/02/1900, serial 60 is the 29/02/1900 that
/// never was (Excel keeps it for Lotus 1-2-3 compatibility) and gives `None`, and from 61 on the
/// count is exact (61 = 01/03/1900, 41640 = 01/01/2014). In the 1904 system 0 = 01/01/1904.
/// `None` below the first day (0 in the 1900 system is Excel's "00/01/1900", a time of day
/// alone), above [`MAX_SERIAL_DAY`], or for serial 60.
pub fn date_from_serial(day: i64, system: DateSystem) -> Option<NaiveDate> {
    if day > MAX_SERIAL_DAY {
        return None;
    }
    let (epoch, offset) = match system {
        DateSystem::Excel1900 if (1..=59).contains(&day) => ((1899, 12, 31), day),
        DateSystem::Excel1900 if day >= 61 => ((1899, 12, 30), day),
        DateSystem::Excel1904 if day >= 0 => ((1904, 1, 1), day),
        _ => return None,
    };
    let (y, m, d) = epoch;
    NaiveDate::from_ymd_opt(y, m, d)?
        .checked_add_days(chrono::Days::new(u64::try_from(offset).ok()?))
}

/// Reads a date cell of an imported table: what [`parse_date`] reads, and also a five-digit
/// number, taken as an Excel serial day in `system` — what some exports write when a date
/// column lost its format (41640 = 01/01/2014 in the 1900 system, 40178 in the 1904 one). A CSV
/// or a pasted table says nothing of its system: the 1900 one, Excel's for Windows; a workbook's
/// sheet is read in the workbook's own (docs/rules.md §6.3).
///
/// Five digits only: 10000–99999 span 18/05/1927–13/10/2173 (1904: 19/05/1931–14/10/2177),
/// and within them the years [`MIN_YEAR`]–[`MAX_YEAR`] are accepted (10000–73415, up to
/// 31/12/2100); fewer digits are more likely a typo than a date before 1927. Meant for files,
/// not for a date typed in a form.
///
/// # Errors
/// As [`parse_date`]; `"80000"` → [`DateError::YearOutOfRange`] `{ year: 2119, … }`.
pub fn parse_date_or_serial(input: &str, system: DateSystem) -> Result<NaiveDate, DateError> {
    let trimmed = input.trim_matches(is_space);
    if trimmed.len() == 5 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let day = i64::from(digits_value(trimmed));
        let date = date_from_serial(day, system).ok_or(DateError::WrongFormat)?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
            return Err(DateError::YearOutOfRange {
                year: date.year(),
                min: MIN_YEAR,
                max: MAX_YEAR,
            });
        }
        return Ok(date);
    }
    parse_date(input)
}
