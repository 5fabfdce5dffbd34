//! Vietnamese working days: Monday to Friday, minus public holidays, plus make-up Saturdays.
//!
//! Processing times are counted in working days ("≤ 3 ngày làm việc", Nghị định 69/2024/NĐ-CP
//! Art. 13; docs/rules.md §3.1, §3.3, §5), and campaign officers plan in working days too. The
//! holidays are those of Bộ luật Lao động 2019 Art. 112 cl. 1:
//! - Tết Dương lịch: 1 day (1/1);
//! - Tết Âm lịch: 5 days (the Prime Minister fixes which, Art. 112 cl. 3);
//! - Ngày Chiến thắng: 1 day (30/4); Ngày Quốc tế lao động: 1 day (1/5);
//! - Quốc khánh: 2 days (2/9 and one adjacent day, fixed by the Prime Minister);
//! - Giỗ Tổ Hùng Vương: 1 day (10/3 âm lịch);
//! - from 2026, Ngày Văn hóa Việt Nam: 1 day (24/11; Nghị quyết 28/2026/QH16 Art. 2, in force
//!   1/7/2026) — 12 days a year;
//!
//! and, when a holiday falls on the weekly rest day, the next working day is given off in lieu
//! (nghỉ bù, Art. 111 cl. 3). Each year the Government announces the schedule for civil servants,
//! sometimes swapping a working day with a Saturday (hoán đổi; the Saturday is then worked).
//! Agencies receiving e-ID applications follow that schedule.
//!
//! The table covers [`covered_years`]. Each year says whether it is the announced schedule or only
//! the statutory days ([`year_coverage`]), and each day why it is in the table ([`Basis`]: fixed by
//! the law, announced, or derived by Sẵn Sàng from the Labour Code), so the UI can say what it relies
//! on. After the announced years the app assumes the statutory days, 24/11 included, with the
//! conventions written on [`Coverage::Statutory`]; after the table, only weekends are known.
use std::ops::RangeInclusive;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The public holidays of Bộ luật Lao động 2019 Art. 112 cl. 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HolidayKind {
    /// Tết Dương lịch, 1/1.
    NewYear,
    /// Tết Âm lịch (Tết Nguyên đán), 5 days.
    LunarNewYear,
    /// Giỗ Tổ Hùng Vương, 10/3 âm lịch.
    HungKings,
    /// Ngày Chiến thắng, 30/4.
    ReunificationDay,
    /// Ngày Quốc tế lao động, 1/5.
    LabourDay,
    /// Quốc khánh, 2/9 and one adjacent day.
    NationalDay,
    /// Ngày Văn hóa Việt Nam, 24/11, from 2026 (Nghị quyết 28/2026/QH16 Art. 2).
    CultureDay,
}

/// Why a day is in the table: how sure Sẵn Sàng is of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// A fixed solar date the law itself names (1/1, 30/4, 1/5, 2/9, 24/11).
    Law,
    /// The Government's announced schedule for the year.
    Announced,
    /// Worked out by Sẵn Sàng from the Labour Code and not (yet) announced: a lunar date (Tết, Giỗ
    /// Tổ), a day in lieu (Art. 111 cl. 3), or the product's choice of the Tết days and the Quốc
    /// khánh adjacent day. The Government may fix other days.
    Derived,
}

/// Why a day is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayOff {
    /// One of the 11 statutory holiday days (possibly on a weekend).
    Holiday,
    /// Nghỉ bù: in lieu of a holiday that fell on a weekend (Art. 111 cl. 3).
    InLieu,
    /// Hoán đổi: a working day given off, worked instead on `made_up_on` (a Saturday).
    Swapped { made_up_on: NaiveDate },
}

/// A day off for a holiday: which holiday, and why this day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Holiday {
    /// The holiday it belongs to.
    pub kind: HolidayKind,
    /// The holiday itself, a day in lieu, or a swapped working day.
    pub day_off: DayOff,
    /// Fixed by the law, announced, or derived by Sẵn Sàng.
    pub basis: Basis,
}

/// What kind of day a date is, for counting working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayKind {
    /// Monday–Friday, not a holiday.
    Working,
    /// A Saturday worked in exchange for `instead_of`, a weekday given off.
    MakeUpWorkingDay { instead_of: NaiveDate },
    /// Saturday or Sunday.
    Weekend,
    /// A day off for a holiday (on a weekday or, for a statutory day, a weekend).
    Holiday(Holiday),
}

impl DayKind {
    /// Whether people work that day.
    pub fn is_working(self) -> bool {
        match self {
            DayKind::Working | DayKind::MakeUpWorkingDay { .. } => true,
            DayKind::Weekend => false,
            // A statutory holiday on a weekend is still not a working day.
            DayKind::Holiday(_) => false,
        }
    }
}

/// How much the table knows about a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coverage {
    /// The schedule the Government announced, swaps included.
    Announced,
    /// Statutory, not the announced schedule: the 12 days of Art. 112 (24/11 included) with the
    /// product's choice of the 5 Tết days (30 Tết and mùng 1–4, the last day of the lunar year
    /// and the first four of the new one) and of the Quốc khánh adjacent day (3/9 when 2/9 is a
    /// Thursday, else 1/9, as in the announced years 2025–2027), and days in lieu (Art. 111 cl. 3)
    /// on the next working day. The Government may fix other days or swap days; the UI must say so.
    Statutory,
    /// Outside the table: only Saturdays and Sundays are known to be off.
    NotCovered,
}

#[derive(Clone, Copy)]
enum Off {
    Holiday,
    InLieu,
    /// Swapped with the Saturday (month, day) of the same year.
    Swapped(u8, u8),
}

/// (month, day, holiday, why off, basis).
type Entry = (u8, u8, HolidayKind, Off, Basis);

struct YearTable {
    year: i32,
    coverage: Coverage,
    /// Sorted by date.
    days: &'static [Entry],
}

use Basis::{Announced, Derived, Law};
use HolidayKind::{
    CultureDay, HungKings, LabourDay, LunarNewYear, NationalDay, NewYear, ReunificationDay,
};

/// 2025, announced. Tết Ất Tỵ (mùng 1 = 29/1/2025): off 25/1–2/2, the 5 Tết days are Mon 27/1 to
/// Fri 31/1 (Bộ LĐ-TB&XH announcement, 11/2024, approved by the Prime Minister). Giỗ Tổ 10/3 Ất Tỵ
/// = Mon 7/4. 30/4–4/5: Fri 2/5 swapped with Sat 26/4 (Government announcement, 3/2025).
/// Quốc khánh: Mon 1/9 and Tue 2/9 (off 30/8–2/9).
const Y2025: &[Entry] = &[
    (1, 1, NewYear, Off::Holiday, Law),
    (1, 27, LunarNewYear, Off::Holiday, Announced),
    (1, 28, LunarNewYear, Off::Holiday, Announced),
    (1, 29, LunarNewYear, Off::Holiday, Announced),
    (1, 30, LunarNewYear, Off::Holiday, Announced),
    (1, 31, LunarNewYear, Off::Holiday, Announced),
    (4, 7, HungKings, Off::Holiday, Announced),
    (4, 30, ReunificationDay, Off::Holiday, Law),
    (5, 1, LabourDay, Off::Holiday, Law),
    (5, 2, LabourDay, Off::Swapped(4, 26), Announced),
    (9, 1, NationalDay, Off::Holiday, Announced),
    (9, 2, NationalDay, Off::Holiday, Law),
];

/// 2026, announced. Tết Dương lịch: Thu 1/1, Fri 2/1 swapped with Sat 10/1 (Văn bản
/// 12729/VPCP-KGVX, 25/12/2025). Tết Bính Ngọ (mùng 1 = 17/2/2026): off 14/2–22/2, the 5 Tết days
/// Mon 16/2 to Fri 20/2; Quốc khánh off Sat 29/8–Wed 2/9, the adjacent day Tue 1/9, Mon 31/8
/// swapped with Sat 22/8 (Prime Minister's approval announced by Bộ Nội vụ, 10/2025). Giỗ Tổ
/// 10/3 Bính Ngọ = Sun 26/4, in lieu Mon 27/4 (Art. 111 cl. 3). 30/4 Thu, 1/5 Fri. Ngày Văn hóa
/// Việt Nam Tue 24/11, one day with no swap (Nghị quyết 28/2026/QH16 Art. 2, in force 1/7/2026).
const Y2026: &[Entry] = &[
    (1, 1, NewYear, Off::Holiday, Law),
    (1, 2, NewYear, Off::Swapped(1, 10), Announced),
    (2, 16, LunarNewYear, Off::Holiday, Announced),
    (2, 17, LunarNewYear, Off::Holiday, Announced),
    (2, 18, LunarNewYear, Off::Holiday, Announced),
    (2, 19, LunarNewYear, Off::Holiday, Announced),
    (2, 20, LunarNewYear, Off::Holiday, Announced),
    (4, 26, HungKings, Off::Holiday, Announced),
    (4, 27, HungKings, Off::InLieu, Announced),
    (4, 30, ReunificationDay, Off::Holiday, Law),
    (5, 1, LabourDay, Off::Holiday, Law),
    (8, 31, NationalDay, Off::Swapped(8, 22), Announced),
    (9, 1, NationalDay, Off::Holiday, Announced),
    (9, 2, NationalDay, Off::Holiday, Law),
    (11, 24, CultureDay, Off::Holiday, Law),
];

/// 2027, announced (Văn bản 10065/VPCP-KGVX, 2/10/2026): Tết Đinh Mùi (mùng 1 = Sat 6/2/2027)
/// off Thu 4/2 to Wed 10/2, back on Thu 11/2 — the 5 Tết days are the weekdays 4, 5, 8, 9, 10/2;
/// Quốc khánh off Thu 2/9 to Sun 5/9, the adjacent day Fri 3/9. Derived from the Labour Code, not
/// in the announcement: Giỗ Tổ 10/3 Đinh Mùi = Fri 16/4; 1/5 is a Saturday, so Mon 3/5 is given in
/// lieu (Art. 111 cl. 3). 24/11 is a Wednesday.
const Y2027: &[Entry] = &[
    (1, 1, NewYear, Off::Holiday, Law),
    (2, 4, LunarNewYear, Off::Holiday, Announced),
    (2, 5, LunarNewYear, Off::Holiday, Announced),
    (2, 8, LunarNewYear, Off::Holiday, Announced),
    (2, 9, LunarNewYear, Off::Holiday, Announced),
    (2, 10, LunarNewYear, Off::Holiday, Announced),
    (4, 16, HungKings, Off::Holiday, Derived),
    (4, 30, ReunificationDay, Off::Holiday, Law),
    (5, 1, LabourDay, Off::Holiday, Law),
    (5, 3, LabourDay, Off::InLieu, Derived),
    (9, 2, NationalDay, Off::Holiday, Law),
    (9, 3, NationalDay, Off::Holiday, Announced),
    (11, 24, CultureDay, Off::Holiday, Law),
];

/// 2028, statutory ([`Coverage::Statutory`]). Sat 1/1, in lieu Mon 3/1. Tết Mậu Thân: mùng 1 =
/// Wed 26/1/2028 (Vietnamese lunar calendar, UTC+7), so 30 Tết = Tue 25/1 to mùng 4 = Sat 29/1,
/// in lieu Mon 31/1. Giỗ Tổ = Tue 4/4. 30/4 is a Sunday: in lieu Tue 2/5 (Mon 1/5 is Labour
/// Day). 2/9 is a Saturday: adjacent day Fri 1/9, in lieu Mon 4/9. 24/11 is a Friday.
const Y2028: &[Entry] = &[
    (1, 1, NewYear, Off::Holiday, Law),
    (1, 3, NewYear, Off::InLieu, Derived),
    (1, 25, LunarNewYear, Off::Holiday, Derived),
    (1, 26, LunarNewYear, Off::Holiday, Derived),
    (1, 27, LunarNewYear, Off::Holiday, Derived),
    (1, 28, LunarNewYear, Off::Holiday, Derived),
    (1, 29, LunarNewYear, Off::Holiday, Derived),
    (1, 31, LunarNewYear, Off::InLieu, Derived),
    (4, 4, HungKings, Off::Holiday, Derived),
    (4, 30, ReunificationDay, Off::Holiday, Law),
    (5, 1, LabourDay, Off::Holiday, Law),
    (5, 2, ReunificationDay, Off::InLieu, Derived),
    (9, 1, NationalDay, Off::Holiday, Derived),
    (9, 2, NationalDay, Off::Holiday, Law),
    (9, 4, NationalDay, Off::InLieu, Derived),
    (11, 24, CultureDay, Off::Holiday, Law),
];

/// 2029, statutory ([`Coverage::Statutory`]). Tết Kỷ Dậu: mùng 1 = Tue 13/2/2029, so 30 Tết =
/// Mon 12/2 to mùng 4 = Fri 16/2. Giỗ Tổ = Mon 23/4. 30/4 Mon, 1/5 Tue. 2/9 is a Sunday: adjacent
/// day Sat 1/9, both in lieu on Mon 3/9 and Tue 4/9. 24/11 is a Saturday: in lieu Mon 26/11.
const Y2029: &[Entry] = &[
    (1, 1, NewYear, Off::Holiday, Law),
    (2, 12, LunarNewYear, Off::Holiday, Derived),
    (2, 13, LunarNewYear, Off::Holiday, Derived),
    (2, 14, LunarNewYear, Off::Holiday, Derived),
    (2, 15, LunarNewYear, Off::Holiday, Derived),
    (2, 16, LunarNewYear, Off::Holiday, Derived),
    (4, 23, HungKings, Off::Holiday, Derived),
    (4, 30, ReunificationDay, Off::Holiday, Law),
    (5, 1, LabourDay, Off::Holiday, Law),
    (9, 1, NationalDay, Off::Holiday, Derived),
    (9, 2, NationalDay, Off::Holiday, Law),
    (9, 3, NationalDay, Off::InLieu, Derived),
    (9, 4, NationalDay, Off::InLieu, Derived),
    (11, 24, CultureDay, Off::Holiday, Law),
    (11, 26, CultureDay, Off::InLieu, Derived),
];

const TABLE: [YearTable; 5] = [
    YearTable {
        year: 2025,
        coverage: Coverage::Announced,
        days: Y2025,
    },
    YearTable {
        year: 2026,
        coverage: Coverage::Announced,
        days: Y2026,
    },
    YearTable {
        year: 2027,
        coverage: Coverage::Announced,
        days: Y2027,
    },
    YearTable {
        year: 2028,
        coverage: Coverage::Statutory,
        days: Y2028,
    },
    YearTable {
        year: 2029,
        coverage: Coverage::Statutory,
        days: Y2029,
    },
];

/// The years the holiday table covers. Outside them only weekends are off
/// ([`Coverage::NotCovered`]).
pub fn covered_years() -> RangeInclusive<i32> {
    2025..=2029
}

/// A year and how much the table knows about its holidays (the UI states it next to a count).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YearCoverage {
    /// The calendar year.
    pub year: i32,
    /// Announced, statutory only, or not covered.
    pub coverage: Coverage,
}

/// How much is known about `year`'s holidays.
pub fn year_coverage(year: i32) -> YearCoverage {
    let coverage = year_table(year).map_or(Coverage::NotCovered, |t| t.coverage);
    YearCoverage { year, coverage }
}

/// The days off of `year` that Sẵn Sàng derived from the Labour Code rather than read in an
/// announcement or the law ([`Basis::Derived`]), in date order: what the UI names when it says
/// what a count relies on.
pub fn derived_days(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let Some(table) = year_table(year) else {
        return Vec::new();
    };
    table
        .days
        .iter()
        .filter(|entry| matches!(entry.4, Basis::Derived))
        .filter_map(|entry| Some((date_in(year, entry.0, entry.1)?, holiday_from(year, entry)?)))
        .collect()
}

fn year_table(year: i32) -> Option<&'static YearTable> {
    TABLE.iter().find(|t| t.year == year)
}

fn date_in(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
}

fn holiday_from(year: i32, &(_, _, kind, off, basis): &Entry) -> Option<Holiday> {
    let day_off = match off {
        Off::Holiday => DayOff::Holiday,
        Off::InLieu => DayOff::InLieu,
        Off::Swapped(m, d) => DayOff::Swapped {
            made_up_on: date_in(year, m, d)?,
        },
    };
    Some(Holiday {
        kind,
        day_off,
        basis,
    })
}

/// The holiday `date` is a day off for, if any (weekend statutory days included).
pub fn holiday_name(date: NaiveDate) -> Option<Holiday> {
    let table = year_table(date.year())?;
    let entry = table
        .days
        .iter()
        .find(|&&(m, d, ..)| u32::from(m) == date.month() && u32::from(d) == date.day())?;
    holiday_from(table.year, entry)
}

/// The weekday `date` replaces, when `date` is a make-up Saturday.
fn make_up_for(date: NaiveDate) -> Option<NaiveDate> {
    let table = year_table(date.year())?;
    table.days.iter().find_map(|&(m, d, _, off, _)| match off {
        Off::Swapped(sm, sd) if u32::from(sm) == date.month() && u32::from(sd) == date.day() => {
            date_in(table.year, m, d)
        }
        _ => None,
    })
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// What kind of day `date` is.
pub fn day_kind(date: NaiveDate) -> DayKind {
    if let Some(holiday) = holiday_name(date) {
        return DayKind::Holiday(holiday);
    }
    if let Some(instead_of) = make_up_for(date) {
        return DayKind::MakeUpWorkingDay { instead_of };
    }
    if is_weekend(date) {
        DayKind::Weekend
    } else {
        DayKind::Working
    }
}

/// Whether `date` is a working day: Monday–Friday and not a day off, or a make-up Saturday.
pub fn is_working_day(date: NaiveDate) -> bool {
    day_kind(date).is_working()
}

/// Most working days [`add_working_days`] will count (about 40 years), to bound the work.
pub const MAX_WORKING_DAYS: u32 = 10_000;

/// The `n`-th working day after `start` (`start` itself is not counted; `n = 0` gives `start`).
/// A deadline "≤ 3 ngày làm việc" from a submission on Friday 24/01/2025 is Wednesday 05/02/2025:
/// Tết Ất Tỵ is skipped. `None` when `n` > [`MAX_WORKING_DAYS`] or the calendar ends.
pub fn add_working_days(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    if n > MAX_WORKING_DAYS {
        return None;
    }
    let mut date = start;
    let mut left = n;
    while left > 0 {
        date = date.checked_add_days(Days::new(1))?;
        if is_working_day(date) {
            left -= 1;
        }
    }
    Some(date)
}

/// Monday–Friday days in `from..=to`, by arithmetic (works for any span).
fn weekdays_in(from: NaiveDate, to: NaiveDate) -> u64 {
    if to < from {
        return 0;
    }
    let days = u64::try_from((to - from).num_days() + 1).unwrap_or(0);
    let full_weeks = days / 7;
    let mut count = full_weeks * 5;
    let mut weekday = from.weekday();
    for _ in 0..days % 7 {
        if !matches!(weekday, Weekday::Sat | Weekday::Sun) {
            count += 1;
        }
        weekday = weekday.succ();
    }
    count
}

/// Working days from `from` to `to`, both included when `from_counts`, else from the day after
/// `from`: the days left to a deadline `to` seen on `from` (say in the UI whether today counts;
/// docs/rules.md §4). 0 when `to` is before the first counted day. Exact for any span: weekdays by
/// arithmetic, then the table's weekday holidays taken off and make-up Saturdays added.
pub fn count_working_days(from: NaiveDate, to: NaiveDate, from_counts: bool) -> u64 {
    let first = if from_counts {
        Some(from)
    } else {
        from.checked_add_days(Days::new(1))
    };
    let Some(first) = first else { return 0 };
    if to < first {
        return 0;
    }
    let mut count = weekdays_in(first, to);
    for table in &TABLE {
        for &(m, d, _, off, _) in table.days {
            if let Some(date) = date_in(table.year, m, d)
                && (first..=to).contains(&date)
                && !is_weekend(date)
            {
                count = count.saturating_sub(1);
            }
            if let Off::Swapped(sm, sd) = off
                && let Some(saturday) = date_in(table.year, sm, sd)
                && (first..=to).contains(&saturday)
            {
                count += 1;
            }
        }
    }
    count
}

/// Working days strictly after `from` up to and including `to` (today does not count).
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u64 {
    count_working_days(from, to, false)
}
