#![cfg(not(target_arch = "wasm32"))]
//! Vietnamese working days (Bộ luật Lao động 2019 Art. 111–112 and the announced schedules),
//! as used for processing times (Nghị định 69/2024/NĐ-CP Art. 13: ≤ 3 working days).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use sansang::catalogue::common::WORKING_DAYS_DEFINITION;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::working_days::{
    Coverage, DayKind, DayOff, Holiday, HolidayKind, MAX_WORKING_DAYS, add_working_days,
    count_working_days, covered_years, day_kind, holiday_name, is_working_day,
    working_days_between, year_coverage,
};

fn d(day: u32, month: u32, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn days_of(year: i32) -> impl Iterator<Item = NaiveDate> {
    d(1, 1, year)
        .iter_days()
        .take_while(move |date| date.year() == year)
}

#[test]
fn announced_and_statutory_days() {
    // (date, working?, source)
    let cases = [
        (d(1, 1, 2025), false, "Tết Dương lịch 2025 (Wed)"),
        (d(27, 1, 2025), false, "Tết Ất Tỵ: off 25/1–2/2/2025"),
        (d(29, 1, 2025), false, "mùng 1 Tết Ất Tỵ = 29/1/2025"),
        (d(31, 1, 2025), false, "Tết Ất Tỵ: last weekday off"),
        (d(3, 2, 2025), true, "back to work Mon 3/2/2025"),
        (d(7, 4, 2025), false, "Giỗ Tổ 10/3 Ất Tỵ = Mon 7/4/2025"),
        (
            d(26, 4, 2025),
            true,
            "Sat 26/4/2025 worked in exchange for Fri 2/5",
        ),
        (d(2, 5, 2025), false, "Fri 2/5/2025 swapped: off 30/4–4/5"),
        (d(1, 9, 2025), false, "Quốc khánh 2025: Mon 1/9 and Tue 2/9"),
        (d(3, 9, 2025), true, "Wed 3/9/2025"),
        (
            d(2, 1, 2026),
            false,
            "Fri 2/1/2026 swapped (VPCP 12729/VPCP-KGVX)",
        ),
        (d(10, 1, 2026), true, "Sat 10/1/2026 worked instead"),
        (d(16, 2, 2026), false, "Tết Bính Ngọ: off 14/2–22/2/2026"),
        (d(17, 2, 2026), false, "mùng 1 Tết Bính Ngọ = 17/2/2026"),
        (d(23, 2, 2026), true, "back to work Mon 23/2/2026"),
        (
            d(27, 4, 2026),
            false,
            "Giỗ Tổ on Sun 26/4/2026: day in lieu Mon 27/4 (Art. 111 cl. 3)",
        ),
        (d(22, 8, 2026), true, "Sat 22/8/2026 worked for Mon 31/8"),
        (d(31, 8, 2026), false, "Quốc khánh 2026: off 29/8–2/9"),
        (
            d(5, 2, 2027),
            false,
            "2027 statutory: 30 Tết (29 tháng Chạp) = 5/2/2027",
        ),
        (
            d(11, 2, 2027),
            false,
            "2027 statutory: in lieu of Sun 7/2 (mùng 2)",
        ),
        (d(12, 2, 2027), true, "2027 statutory: back to work"),
        (
            d(16, 4, 2027),
            false,
            "Giỗ Tổ 10/3 Đinh Mùi = Fri 16/4/2027",
        ),
        (
            d(3, 5, 2027),
            false,
            "1/5/2027 is a Saturday: in lieu Mon 3/5",
        ),
        (
            d(3, 9, 2027),
            false,
            "2027 statutory: Quốc khánh adjacent day Fri 3/9",
        ),
        (d(3, 1, 2028), true, "outside the table: an ordinary Monday"),
        (d(1, 1, 2028), false, "outside the table: a Saturday"),
    ];
    for (date, working, source) in cases {
        assert_eq!(is_working_day(date), working, "{date}: {source}");
    }
}

/// Art. 112 cl. 1: 11 holiday days a year; every one falling on a weekend is given back on a
/// weekday (Art. 111 cl. 3); swapped days are weekdays made up on Saturdays.
#[test]
fn every_covered_year_follows_the_labour_code() {
    for year in covered_years() {
        let mut statutory = 0;
        let mut on_weekend = 0;
        let mut in_lieu = 0;
        let mut swapped = 0;
        let mut make_up = 0;
        for date in days_of(year) {
            let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
            match day_kind(date) {
                DayKind::Holiday(Holiday {
                    day_off: DayOff::Holiday,
                    ..
                }) => {
                    statutory += 1;
                    on_weekend += u32::from(weekend);
                }
                DayKind::Holiday(Holiday {
                    day_off: DayOff::InLieu,
                    ..
                }) => {
                    assert!(!weekend, "{date}: a day in lieu is a weekday");
                    in_lieu += 1;
                }
                DayKind::Holiday(Holiday {
                    day_off: DayOff::Swapped { made_up_on },
                    ..
                }) => {
                    assert!(!weekend, "{date}: a swapped day is a weekday");
                    assert_eq!(made_up_on.weekday(), Weekday::Sat);
                    assert!(is_working_day(made_up_on));
                    swapped += 1;
                }
                DayKind::MakeUpWorkingDay { instead_of } => {
                    assert_eq!(date.weekday(), Weekday::Sat);
                    assert!(!is_working_day(instead_of));
                    make_up += 1;
                }
                DayKind::Working | DayKind::Weekend => {}
            }
        }
        assert_eq!(statutory, 11, "{year}: Art. 112 cl. 1 has 11 days");
        assert_eq!(
            on_weekend, in_lieu,
            "{year}: weekend holidays compensated (Art. 111 cl. 3)"
        );
        assert_eq!(swapped, make_up, "{year}: every swap has its Saturday");
    }
}

#[test]
fn year_totals() {
    // Each covered year has 261 weekdays (365 days starting Wed/Thu/Fri), loses its 11 holiday
    // days (weekend ones given back), and swaps change nothing: 250 working days.
    for year in covered_years() {
        assert_eq!(
            count_working_days(d(1, 1, year), d(31, 12, year), true),
            250,
            "{year}"
        );
    }
    // January 2025: 23 weekdays − 1/1 − 27..31/1 = 17. February 2025: 20 weekdays, no holiday.
    assert_eq!(count_working_days(d(1, 1, 2025), d(31, 1, 2025), true), 17);
    assert_eq!(count_working_days(d(1, 2, 2025), d(28, 2, 2025), true), 20);
    // Outside the table only weekends are off: 2028 has 260 weekdays (leap year from Saturday).
    assert_eq!(
        count_working_days(d(1, 1, 2028), d(31, 12, 2028), true),
        260
    );
}

#[test]
fn processing_deadlines_across_tết() {
    // (submitted, working days, deadline, source)
    let cases = [
        (
            d(24, 1, 2025),
            3,
            d(5, 2, 2025),
            "NĐ 69/2024 Art. 13 ≤ 3 days, across Tết Ất Tỵ",
        ),
        (
            d(13, 2, 2026),
            3,
            d(25, 2, 2026),
            "across Tết Bính Ngọ (off 14–22/2/2026)",
        ),
        (d(29, 4, 2026), 3, d(6, 5, 2026), "across 30/4–1/5/2026"),
        (
            d(25, 4, 2025),
            1,
            d(26, 4, 2025),
            "Fri 25/4/2025 + 1: Sat 26/4, a make-up working day",
        ),
        (
            d(4, 2, 2027),
            3,
            d(16, 2, 2027),
            "2027 statutory Tết: off 5–11/2; then Fri 12, Mon 15, Tue 16",
        ),
        (
            d(3, 1, 2028),
            5,
            d(10, 1, 2028),
            "outside the table: weekdays only",
        ),
        (d(9, 6, 2025), 0, d(9, 6, 2025), "n = 0 gives the start"),
    ];
    for (start, n, deadline, source) in cases {
        assert_eq!(add_working_days(start, n), Some(deadline), "{source}");
    }
    assert_eq!(add_working_days(d(1, 1, 2025), MAX_WORKING_DAYS + 1), None);
    assert_eq!(working_days_between(d(24, 1, 2025), d(5, 2, 2025)), 3);
    assert_eq!(
        count_working_days(d(5, 2, 2025), d(24, 1, 2025), true),
        0,
        "reversed range"
    );
}

#[test]
fn coverage_is_queryable() {
    assert_eq!(covered_years(), 2025..=2027);
    assert_eq!(year_coverage(2025).coverage, Coverage::Announced);
    assert_eq!(year_coverage(2026).coverage, Coverage::Announced);
    assert_eq!(year_coverage(2027).coverage, Coverage::Statutory);
    assert_eq!(year_coverage(2028).coverage, Coverage::NotCovered);
    assert_eq!(year_coverage(2024).coverage, Coverage::NotCovered);
}

#[test]
fn holiday_names_and_messages() {
    let hung_2026 = holiday_name(d(26, 4, 2026)).unwrap();
    assert_eq!(
        hung_2026,
        Holiday {
            kind: HolidayKind::HungKings,
            day_off: DayOff::Holiday
        }
    );
    assert_eq!(hung_2026.localize(Lang::Vi), "Giỗ Tổ Hùng Vương");
    assert_eq!(
        hung_2026.localize(Lang::En),
        "Hùng Kings' Commemoration Day"
    );
    let in_lieu = holiday_name(d(27, 4, 2026)).unwrap();
    assert_eq!(in_lieu.localize(Lang::Vi), "Nghỉ bù Giỗ Tổ Hùng Vương");
    assert_eq!(
        in_lieu.localize(Lang::En),
        "Day off in lieu of Hùng Kings' Commemoration Day"
    );
    let swapped = holiday_name(d(2, 5, 2025)).unwrap();
    assert_eq!(
        swapped.localize(Lang::Vi),
        "Nghỉ dịp Ngày Quốc tế Lao động 1/5 (hoán đổi, làm bù thứ Bảy 26/04/2025)"
    );
    assert_eq!(
        swapped.localize(Lang::En),
        "International Workers' Day (1 May) break (swapped: Saturday 26/04/2025 is worked instead)"
    );
    assert_eq!(
        day_kind(d(10, 1, 2026)).localize(Lang::Vi),
        "Ngày làm bù cho thứ Sáu 02/01/2026"
    );
    assert_eq!(holiday_name(d(3, 2, 2025)), None);
    assert_eq!(
        year_coverage(2027).localize(Lang::Vi),
        "Lịch nghỉ lễ năm 2027 tính theo Bộ luật Lao động 2019 (Điều 111, 112), chưa theo lịch \
         Chính phủ công bố: ngày nghỉ thực tế có thể khác."
    );
    assert_eq!(
        year_coverage(2030).localize(Lang::En),
        "No holiday schedule for 2030 yet: only Saturdays and Sundays are left out, so there may \
         be fewer working days."
    );
    assert!(
        WORKING_DAYS_DEFINITION
            .vi
            .starts_with("Ngày làm việc: thứ Hai đến thứ Sáu")
    );
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (2023i32..=2029, 1u32..=366).prop_filter_map("real date", |(y, ordinal)| {
        NaiveDate::from_yo_opt(y, ordinal)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The arithmetic count equals a day-by-day walk with `is_working_day`.
    #[test]
    fn count_agrees_with_a_walk(a in any_date(), b in any_date(), from_counts in any::<bool>()) {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let first = if from_counts { from } else { from.checked_add_days(Days::new(1)).unwrap() };
        let walked = first
            .iter_days()
            .take_while(|x| *x <= to)
            .filter(|x| is_working_day(*x))
            .count();
        prop_assert_eq!(count_working_days(from, to, from_counts), walked as u64);
    }

    #[test]
    fn adding_then_counting_gives_n(start in any_date(), n in 0u32..400) {
        let end = add_working_days(start, n).unwrap();
        prop_assert_eq!(working_days_between(start, end), u64::from(n));
        if n > 0 {
            prop_assert!(is_working_day(end));
        }
    }

    #[test]
    fn any_calendar_date_is_safe(days in -100_000_000i32..100_000_000, n in any::<u32>()) {
        if let Some(date) = NaiveDate::from_num_days_from_ce_opt(days) {
            let _ = is_working_day(date);
            let _ = add_working_days(date, n.min(MAX_WORKING_DAYS + 1));
            let _ = count_working_days(NaiveDate::MIN, date, true);
            let _ = count_working_days(date, NaiveDate::MAX, false);
        }
    }
}
