#![cfg(not(target_arch = "wasm32"))]
//! Vietnamese working days (Bộ luật Lao động 2019 Art. 111–112 and the announced schedules),
//! as used for processing times (Nghị định 69/2024/NĐ-CP Art. 13: ≤ 3 working days).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use sansang::catalogue::common::WORKING_DAYS_DEFINITION;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::working_days::{
    Basis, Coverage, DayKind, DayOff, Holiday, HolidayKind, MAX_WORKING_DAYS, add_working_days,
    count_working_days, covered_years, day_kind, derived_days, holiday_name, is_working_day,
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
            d(24, 11, 2025),
            true,
            "24/11/2025: Ngày Văn hóa Việt Nam is a day off only from 2026",
        ),
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
            d(24, 11, 2026),
            false,
            "Ngày Văn hóa Việt Nam Tue 24/11/2026 (NQ 28/2026/QH16 Art. 2)",
        ),
        (d(23, 11, 2026), true, "Mon 23/11/2026: no bridge day"),
        (d(25, 11, 2026), true, "Wed 25/11/2026: no day in lieu"),
        (
            d(28, 11, 2026),
            false,
            "Sat 28/11/2026: an ordinary Saturday, no swap for 24/11",
        ),
        (
            d(4, 2, 2027),
            false,
            "Tết Đinh Mùi: off Thu 4/2 (VB 10065/VPCP-KGVX)",
        ),
        (d(10, 2, 2027), false, "Tết Đinh Mùi: off to Wed 10/2/2027"),
        (d(11, 2, 2027), true, "Tết Đinh Mùi: back on Thu 11/2/2027"),
        (d(3, 2, 2027), true, "Wed 3/2/2027: the last day before Tết"),
        (
            d(16, 4, 2027),
            false,
            "Giỗ Tổ 10/3 Đinh Mùi = Fri 16/4/2027 (derived)",
        ),
        (
            d(3, 5, 2027),
            false,
            "1/5/2027 is a Saturday: in lieu Mon 3/5 (derived, Art. 111 cl. 3)",
        ),
        (
            d(3, 9, 2027),
            false,
            "Quốc khánh 2027: off Thu 2/9 – Sun 5/9",
        ),
        (d(6, 9, 2027), true, "Mon 6/9/2027: back to work"),
        (
            d(24, 11, 2027),
            false,
            "Ngày Văn hóa Việt Nam Wed 24/11/2027",
        ),
        (
            d(3, 1, 2028),
            false,
            "2028 statutory: Sat 1/1, in lieu Mon 3/1",
        ),
        (d(26, 1, 2028), false, "2028 statutory: mùng 1 Tết Mậu Thân"),
        (
            d(2, 5, 2028),
            false,
            "2028 statutory: Sun 30/4, in lieu Tue 2/5",
        ),
        (d(24, 11, 2028), false, "2028 statutory: 24/11 is a Friday"),
        (
            d(26, 11, 2029),
            false,
            "2029 statutory: Sat 24/11, in lieu Mon 26/11",
        ),
        (d(7, 1, 2030), true, "outside the table: an ordinary Monday"),
        (
            d(1, 1, 2030),
            true,
            "outside the table: 1/1/2030 is not known, a Tuesday",
        ),
        (d(5, 1, 2030), false, "outside the table: a Saturday"),
    ];
    for (date, working, source) in cases {
        assert_eq!(is_working_day(date), working, "{date}: {source}");
    }
}

/// Every day off in 2026 and 2027 with its holiday, why it is off and how sure the table is; the
/// whole list, so a missing or an extra day fails. Sources: Văn bản 12729/VPCP-KGVX (Tết Dương
/// lịch 2026), the 2026 schedule (Bộ Nội vụ, 10/2025), Nghị quyết 28/2026/QH16 Art. 2 (24/11),
/// Văn bản 10065/VPCP-KGVX of 2/10/2026 (2027), Bộ luật Lao động 2019 Art. 111 cl. 3, 112.
#[test]
fn every_day_off_in_2026_and_2027() {
    use Basis::{Announced, Derived, Law};
    use HolidayKind::*;
    let off = |kind, basis| Holiday {
        kind,
        day_off: DayOff::Holiday,
        basis,
    };
    let in_lieu = |kind, basis| Holiday {
        kind,
        day_off: DayOff::InLieu,
        basis,
    };
    let swapped = |kind, made_up_on| Holiday {
        kind,
        day_off: DayOff::Swapped { made_up_on },
        basis: Announced,
    };
    let expected = [
        (d(1, 1, 2026), off(NewYear, Law)),
        (d(2, 1, 2026), swapped(NewYear, d(10, 1, 2026))),
        (d(16, 2, 2026), off(LunarNewYear, Announced)),
        (d(17, 2, 2026), off(LunarNewYear, Announced)),
        (d(18, 2, 2026), off(LunarNewYear, Announced)),
        (d(19, 2, 2026), off(LunarNewYear, Announced)),
        (d(20, 2, 2026), off(LunarNewYear, Announced)),
        (d(26, 4, 2026), off(HungKings, Announced)),
        (d(27, 4, 2026), in_lieu(HungKings, Announced)),
        (d(30, 4, 2026), off(ReunificationDay, Law)),
        (d(1, 5, 2026), off(LabourDay, Law)),
        (d(31, 8, 2026), swapped(NationalDay, d(22, 8, 2026))),
        (d(1, 9, 2026), off(NationalDay, Announced)),
        (d(2, 9, 2026), off(NationalDay, Law)),
        (d(24, 11, 2026), off(CultureDay, Law)),
        (d(1, 1, 2027), off(NewYear, Law)),
        (d(4, 2, 2027), off(LunarNewYear, Announced)),
        (d(5, 2, 2027), off(LunarNewYear, Announced)),
        (d(8, 2, 2027), off(LunarNewYear, Announced)),
        (d(9, 2, 2027), off(LunarNewYear, Announced)),
        (d(10, 2, 2027), off(LunarNewYear, Announced)),
        (d(16, 4, 2027), off(HungKings, Derived)),
        (d(30, 4, 2027), off(ReunificationDay, Law)),
        (d(1, 5, 2027), off(LabourDay, Law)),
        (d(3, 5, 2027), in_lieu(LabourDay, Derived)),
        (d(2, 9, 2027), off(NationalDay, Law)),
        (d(3, 9, 2027), off(NationalDay, Announced)),
        (d(24, 11, 2027), off(CultureDay, Law)),
    ];
    let found: Vec<(NaiveDate, Holiday)> = days_of(2026)
        .chain(days_of(2027))
        .filter_map(|date| Some((date, holiday_name(date)?)))
        .collect();
    assert_eq!(found, expected);
    for (date, holiday) in expected {
        assert_eq!(day_kind(date), DayKind::Holiday(holiday), "{date}");
        assert!(!is_working_day(date), "{date}");
    }
    // The weekdays off in 2027 as the issue of the schedule lists them.
    let weekdays_off_2027: Vec<NaiveDate> = days_of(2027)
        .filter(|date| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
        .filter(|&date| !is_working_day(date))
        .collect();
    assert_eq!(
        weekdays_off_2027,
        [
            d(1, 1, 2027),
            d(4, 2, 2027),
            d(5, 2, 2027),
            d(8, 2, 2027),
            d(9, 2, 2027),
            d(10, 2, 2027),
            d(16, 4, 2027),
            d(30, 4, 2027),
            d(3, 5, 2027),
            d(2, 9, 2027),
            d(3, 9, 2027),
            d(24, 11, 2027),
        ]
    );
    // The make-up Saturdays of 2026, and none in 2027.
    let make_up: Vec<NaiveDate> = days_of(2026)
        .chain(days_of(2027))
        .filter(|&date| matches!(day_kind(date), DayKind::MakeUpWorkingDay { .. }))
        .collect();
    assert_eq!(make_up, [d(10, 1, 2026), d(22, 8, 2026)]);
    // What the 2027 note names: the two days not in the announcement.
    assert_eq!(
        derived_days(2027),
        vec![
            (d(16, 4, 2027), off(HungKings, Derived)),
            (d(3, 5, 2027), in_lieu(LabourDay, Derived)),
        ]
    );
    assert_eq!(derived_days(2026), vec![]);
    assert_eq!(derived_days(2030), vec![]);
}

/// After the announced years the table assumes the statutory days, 24/11 included, with the
/// conventions of `Coverage::Statutory`: 30 Tết and mùng 1–4 (lunar dates, Vietnamese calendar),
/// the Quốc khánh adjacent day, days in lieu on the next working day.
#[test]
fn statutory_years_after_the_announced_ones() {
    let weekdays_off = |year| -> Vec<NaiveDate> {
        days_of(year)
            .filter(|date| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
            .filter(|&date| !is_working_day(date))
            .collect()
    };
    assert_eq!(
        weekdays_off(2028),
        [
            d(3, 1, 2028),  // in lieu of Sat 1/1
            d(25, 1, 2028), // 30 Tết Mậu Thân (mùng 1 = Wed 26/1/2028)
            d(26, 1, 2028),
            d(27, 1, 2028),
            d(28, 1, 2028),
            d(31, 1, 2028), // in lieu of Sat 29/1, mùng 4
            d(4, 4, 2028),  // Giỗ Tổ 10/3 Mậu Thân
            d(1, 5, 2028),
            d(2, 5, 2028), // in lieu of Sun 30/4
            d(1, 9, 2028), // the adjacent day of Sat 2/9
            d(4, 9, 2028), // in lieu of Sat 2/9
            d(24, 11, 2028),
        ]
    );
    assert_eq!(
        weekdays_off(2029),
        [
            d(1, 1, 2029),
            d(12, 2, 2029), // 30 Tết Kỷ Dậu (mùng 1 = Tue 13/2/2029)
            d(13, 2, 2029),
            d(14, 2, 2029),
            d(15, 2, 2029),
            d(16, 2, 2029),
            d(23, 4, 2029), // Giỗ Tổ 10/3 Kỷ Dậu
            d(30, 4, 2029),
            d(1, 5, 2029),
            d(3, 9, 2029),   // in lieu of Sat 1/9, the adjacent day
            d(4, 9, 2029),   // in lieu of Sun 2/9
            d(26, 11, 2029), // in lieu of Sat 24/11
        ]
    );
    for year in [2028, 2029] {
        assert_eq!(year_coverage(year).coverage, Coverage::Statutory);
        let derived = derived_days(year);
        assert!(
            derived.iter().all(|(_, h)| h.basis == Basis::Derived),
            "{year}"
        );
        let culture_day = holiday_name(d(24, 11, year)).unwrap();
        assert_eq!(culture_day.kind, HolidayKind::CultureDay);
        assert_eq!(culture_day.basis, Basis::Law);
    }
    // After the table: weekends only, and the note says so.
    assert_eq!(weekdays_off(2030), Vec::<NaiveDate>::new());
    assert_eq!(year_coverage(2030).coverage, Coverage::NotCovered);
}

/// Art. 112 cl. 1: 11 holiday days a year, 12 from 2026 (24/11, NQ 28/2026/QH16); every one
/// falling on a weekend is given back on a weekday (Art. 111 cl. 3); swapped days are weekdays
/// made up on Saturdays.
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
        let days = if year >= 2026 { 12 } else { 11 };
        assert_eq!(statutory, days, "{year}: Art. 112 cl. 1");
        assert_eq!(
            on_weekend, in_lieu,
            "{year}: weekend holidays compensated (Art. 111 cl. 3)"
        );
        assert_eq!(swapped, make_up, "{year}: every swap has its Saturday");
    }
}

#[test]
fn year_totals() {
    // (year, weekdays, working days): each covered year loses its weekday holidays (weekend ones
    // given back); swaps change nothing. 24/11 costs 2026 onwards one more day.
    let cases = [
        (2025, 261, 250, "11 days off"),
        (2026, 261, 249, "12 days off, 24/11/2026 a Tuesday"),
        (2027, 261, 249, "12 weekdays off, VB 10065/VPCP-KGVX"),
        (
            2028,
            260,
            248,
            "leap year from Saturday, 12 days off (statutory)",
        ),
        (2029, 261, 249, "12 days off (statutory)"),
        (2030, 261, 261, "outside the table: weekends only"),
    ];
    for (year, weekdays, working, source) in cases {
        let all = days_of(year)
            .filter(|date| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
            .count() as u64;
        assert_eq!(all, weekdays, "{year}");
        assert_eq!(
            count_working_days(d(1, 1, year), d(31, 12, year), true),
            working,
            "{year}: {source}"
        );
    }
    // January 2025: 23 weekdays − 1/1 − 27..31/1 = 17. February 2025: 20 weekdays, no holiday.
    assert_eq!(count_working_days(d(1, 1, 2025), d(31, 1, 2025), true), 17);
    assert_eq!(count_working_days(d(1, 2, 2025), d(28, 2, 2025), true), 20);
    // February 2027: 20 weekdays − 4, 5, 8, 9, 10/2 = 15.
    assert_eq!(count_working_days(d(1, 2, 2027), d(28, 2, 2027), true), 15);
    // November 2026 and 2027: 21 and 22 weekdays, less 24/11.
    assert_eq!(
        count_working_days(d(1, 11, 2026), d(30, 11, 2026), true),
        20
    );
    assert_eq!(
        count_working_days(d(1, 11, 2027), d(30, 11, 2027), true),
        21
    );
}

#[test]
fn processing_deadlines_across_holidays() {
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
            d(23, 11, 2026),
            3,
            d(27, 11, 2026),
            "across 24/11/2026: Wed 25, Thu 26, Fri 27",
        ),
        (
            d(20, 11, 2026),
            7,
            d(2, 12, 2026),
            "≤ 7 working days for a card (QĐ 5230/QĐ-BCA-C06) across 24/11/2026",
        ),
        (
            d(3, 2, 2027),
            3,
            d(15, 2, 2027),
            "across Tết Đinh Mùi (off 4–10/2/2027): Thu 11, Fri 12, Mon 15",
        ),
        (
            d(4, 2, 2027),
            1,
            d(11, 2, 2027),
            "submitted on a Tết day: the first working day is Thu 11/2/2027",
        ),
        (
            d(15, 4, 2027),
            1,
            d(19, 4, 2027),
            "Giỗ Tổ Fri 16/4/2027 (derived)",
        ),
        (
            d(29, 4, 2027),
            3,
            d(6, 5, 2027),
            "across 30/4 and Mon 3/5/2027 in lieu of Sat 1/5",
        ),
        (
            d(1, 9, 2027),
            1,
            d(6, 9, 2027),
            "across Quốc khánh 2027 (off 2–5/9)",
        ),
        (
            d(23, 11, 2027),
            1,
            d(25, 11, 2027),
            "across 24/11/2027 (Wed)",
        ),
        (
            d(28, 12, 2027),
            4,
            d(4, 1, 2028),
            "into 2028 (statutory): Wed 29, Thu 30, Fri 31/12, Mon 3/1 off in lieu of Sat 1/1, Tue 4/1",
        ),
        (
            d(6, 1, 2030),
            5,
            d(11, 1, 2030),
            "outside the table: weekdays only",
        ),
        (d(9, 6, 2025), 0, d(9, 6, 2025), "n = 0 gives the start"),
    ];
    for (start, n, deadline, source) in cases {
        assert_eq!(add_working_days(start, n), Some(deadline), "{source}");
        assert_eq!(
            working_days_between(start, deadline),
            u64::from(n),
            "{source}"
        );
    }
    assert_eq!(add_working_days(d(1, 1, 2025), MAX_WORKING_DAYS + 1), None);
    assert_eq!(working_days_between(d(24, 1, 2025), d(5, 2, 2025)), 3);
    // Days left to a deadline, today counted or not, across 24/11/2026 and Tết 2027.
    assert_eq!(
        count_working_days(d(23, 11, 2026), d(27, 11, 2026), true),
        4
    );
    assert_eq!(
        count_working_days(d(1, 2, 2027), d(12, 2, 2027), false),
        4,
        "Tue 2, Wed 3, Thu 11, Fri 12/2/2027"
    );
    assert_eq!(
        count_working_days(d(5, 2, 2025), d(24, 1, 2025), true),
        0,
        "reversed range"
    );
}

#[test]
fn coverage_is_queryable() {
    assert_eq!(covered_years(), 2025..=2029);
    assert_eq!(year_coverage(2025).coverage, Coverage::Announced);
    assert_eq!(year_coverage(2026).coverage, Coverage::Announced);
    assert_eq!(year_coverage(2027).coverage, Coverage::Announced);
    assert_eq!(year_coverage(2028).coverage, Coverage::Statutory);
    assert_eq!(year_coverage(2029).coverage, Coverage::Statutory);
    assert_eq!(year_coverage(2030).coverage, Coverage::NotCovered);
    assert_eq!(year_coverage(2024).coverage, Coverage::NotCovered);
}

#[test]
fn holiday_names_and_messages() {
    let hung_2026 = holiday_name(d(26, 4, 2026)).unwrap();
    assert_eq!(
        hung_2026,
        Holiday {
            kind: HolidayKind::HungKings,
            day_off: DayOff::Holiday,
            basis: Basis::Announced,
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
    let culture = holiday_name(d(24, 11, 2026)).unwrap();
    assert_eq!(culture.localize(Lang::Vi), "Ngày Văn hóa Việt Nam 24/11");
    assert_eq!(
        culture.localize(Lang::En),
        "Vietnamese Culture Day (24 November)"
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
        year_coverage(2026).localize(Lang::Vi),
        "Lịch nghỉ lễ năm 2026 theo thông báo của Chính phủ."
    );
    assert_eq!(
        year_coverage(2027).localize(Lang::Vi),
        "Lịch nghỉ lễ năm 2027 theo thông báo của Chính phủ; riêng Giỗ Tổ Hùng Vương (thứ Sáu \
         16/04/2027), Nghỉ bù Ngày Quốc tế Lao động 1/5 (thứ Hai 03/05/2027) tính theo Bộ luật \
         Lao động 2019 (chưa có trong thông báo)."
    );
    assert_eq!(
        year_coverage(2027).localize(Lang::En),
        "Holidays in 2027 as announced by the Government, except Hùng Kings' Commemoration Day \
         (Friday 16/04/2027), Day off in lieu of International Workers' Day (1 May) (Monday \
         03/05/2027), worked out from the Labour Code 2019 (not in the announcement)."
    );
    assert_eq!(
        year_coverage(2028).localize(Lang::Vi),
        "Lịch nghỉ lễ năm 2028 tính theo Bộ luật Lao động 2019 (Điều 111, 112, gồm cả Ngày Văn \
         hóa Việt Nam 24/11), chưa theo lịch Chính phủ công bố: ngày nghỉ thực tế có thể khác."
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
    assert!(WORKING_DAYS_DEFINITION.vi.contains("24/11"));
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (2023i32..=2031, 1u32..=366).prop_filter_map("real date", |(y, ordinal)| {
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
