#![cfg(not(target_arch = "wasm32"))]
//! Dates as typed, exact ages, and căn cước card validity.
//!
//! Age rules: Luật Căn cước 2023 Art. 19 and 21 as summarised in docs/rules.md §3.2 ("đủ 6 tuổi" = on
//! or after the 6th birthday; "dưới 14 tuổi" = before the 14th; 29 February → 1 March in common
//! years).
//! Card validity: Art. 21 (renewal at 14, 25, 40, 60; a card issued within 2 years before one of
//! those ages lasts to the next).

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use sansang::age_on;
use sansang::catalogue::common::LEAP_DAY_CONVENTION;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::date::{
    DateError, DateFieldsError, DateFormat, DatePart, birthday, birthday_moved_to_march,
    format_date, is_at_least, is_under, parse_date, parse_date_fields,
    vietnam_date_from_unix_millis,
};
use sansang::rules::id_card::{
    CardDateError, CardStatus, CardValidity, card_status_on, card_valid_until, needs_renewal_by,
};

fn d(day: u32, month: u32, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

// --- parsing ---------------------------------------------------------------------------------

#[test]
fn accepted_date_forms() {
    let jan25 = d(25, 1, 2025);
    // (input, date, where the form comes from)
    let cases = [
        ("25/01/2025", jan25, "dd/mm/yyyy (docs/writing.md)"),
        ("25/1/2025", jan25, "d/m/yyyy (docs/writing.md)"),
        ("5/1/2025", d(5, 1, 2025), "d/m/yyyy"),
        ("25-01-2025", jan25, "dd-mm-yyyy (docs/writing.md)"),
        ("25.01.2025", jan25, "dd.mm.yyyy"),
        (
            "2025-01-25",
            jan25,
            "yyyy-mm-dd from <input type=date> (docs/writing.md)",
        ),
        (" 25 / 01 / 2025 ", jan25, "spaces tolerated"),
        ("25 01 2025", jan25, "spaces as separators"),
        ("２５/０１/２０２５", jan25, "full-width digits"),
        ("25012025", jan25, "8 digits, day first"),
        (
            "20250125",
            jan25,
            "8 digits, ISO (the day-first reading has month 25)",
        ),
        ("29/02/2024", d(29, 2, 2024), "leap day in a leap year"),
        (
            "15/4/2026",
            d(15, 4, 2026),
            "Hưng Yên 2026 preparation deadline (docs/rules.md §4)",
        ),
        (
            "30/06/2026",
            d(30, 6, 2026),
            "Đồng Nai 2026 collection deadline",
        ),
        ("01/01/1900", d(1, 1, 1900), "first year accepted"),
        ("31/12/2100", d(31, 12, 2100), "last year accepted"),
    ];
    for (input, date, source) in cases {
        assert_eq!(parse_date(input), Ok(date), "{input:?}: {source}");
    }
}

#[test]
fn rejected_dates_say_what_is_wrong() {
    let cases = [
        ("", DateError::Empty),
        ("   ", DateError::Empty),
        ("25/01", DateError::WrongFormat),
        ("hôm nay", DateError::WrongFormat),
        ("25/01-2025", DateError::WrongFormat),
        ("25//01/2025", DateError::WrongFormat),
        ("/25/01/2025", DateError::WrongFormat),
        ("25/01/2025/", DateError::WrongFormat),
        ("123/01/2025", DateError::WrongFormat),
        ("25/01/25", DateError::TwoDigitYear { year: 25 }),
        ("1/2/03", DateError::TwoDigitYear { year: 3 }),
        ("25/01/202", DateError::YearNotFourDigits),
        ("25/01/02025", DateError::YearNotFourDigits),
        ("25/13/2025", DateError::MonthOutOfRange { month: 13 }),
        ("25/0/2025", DateError::MonthOutOfRange { month: 0 }),
        ("2025-13-01", DateError::MonthOutOfRange { month: 13 }),
        (
            "29/02/2023",
            DateError::DayOutOfRange {
                day: 29,
                month: 2,
                year: 2023,
                max: 28,
            },
        ),
        (
            "29/02/2100",
            DateError::DayOutOfRange {
                day: 29,
                month: 2,
                year: 2100,
                max: 28,
            },
        ),
        (
            "31/04/2025",
            DateError::DayOutOfRange {
                day: 31,
                month: 4,
                year: 2025,
                max: 30,
            },
        ),
        (
            "0/04/2025",
            DateError::DayOutOfRange {
                day: 0,
                month: 4,
                year: 2025,
                max: 30,
            },
        ),
        (
            "01/01/1899",
            DateError::YearOutOfRange {
                year: 1899,
                min: 1900,
                max: 2100,
            },
        ),
        (
            "01/01/2101",
            DateError::YearOutOfRange {
                year: 2101,
                min: 1900,
                max: 2100,
            },
        ),
        ("99999999", DateError::MonthOutOfRange { month: 99 }),
    ];
    for (input, error) in cases {
        assert_eq!(parse_date(input), Err(error), "{input:?}");
    }
    assert_eq!(
        parse_date(&"1".repeat(41)),
        Err(DateError::TooLong { max: 40 })
    );
}

#[test]
fn three_box_date_input() {
    assert_eq!(parse_date_fields("5", "1", "2012"), Ok(d(5, 1, 2012)));
    assert_eq!(parse_date_fields(" 05 ", "０１", "2012"), Ok(d(5, 1, 2012)));
    let cases = [
        (
            ("", "", ""),
            DateFieldsError::Empty,
            vec![DatePart::Day, DatePart::Month, DatePart::Year],
        ),
        (
            ("5", "", ""),
            DateFieldsError::Missing {
                day: false,
                month: true,
                year: true,
            },
            vec![DatePart::Month, DatePart::Year],
        ),
        (
            ("5", "Một", "2012"),
            DateFieldsError::NotANumber {
                part: DatePart::Month,
            },
            vec![DatePart::Month],
        ),
        (
            ("31", "4", "2012"),
            DateFieldsError::Date(DateError::DayOutOfRange {
                day: 31,
                month: 4,
                year: 2012,
                max: 30,
            }),
            vec![DatePart::Day],
        ),
        (
            ("1", "13", "2012"),
            DateFieldsError::Date(DateError::MonthOutOfRange { month: 13 }),
            vec![DatePart::Month],
        ),
        (
            ("1", "1", "12"),
            DateFieldsError::Date(DateError::TwoDigitYear { year: 12 }),
            vec![DatePart::Year],
        ),
    ];
    for ((day, month, year), error, parts) in cases {
        let got = parse_date_fields(day, month, year);
        assert_eq!(got, Err(error), "{day:?} {month:?} {year:?}");
        assert_eq!(error.parts(), parts);
    }
}

#[test]
fn date_messages_in_both_languages() {
    let cases: [(&dyn Localized, &str, &str); 8] = [
        (
            &DateError::MonthOutOfRange { month: 13 },
            "Tháng phải từ 1 đến 12",
            "The month must be from 1 to 12",
        ),
        (
            &DateError::DayOutOfRange {
                day: 29,
                month: 2,
                year: 2023,
                max: 28,
            },
            "Tháng 2 năm 2023 chỉ có 28 ngày",
            "February 2023 has only 28 days",
        ),
        (
            &DateError::DayOutOfRange {
                day: 0,
                month: 4,
                year: 2025,
                max: 30,
            },
            "Ngày phải từ 1 đến 30",
            "The day must be from 1 to 30",
        ),
        (
            &DateError::TwoDigitYear { year: 12 },
            "Nhập năm đủ 4 chữ số, ví dụ 1912 hoặc 2012",
            "Enter the year with 4 digits, for example 1912 or 2012",
        ),
        (
            &DateError::WrongFormat,
            "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/01/2025",
            "Enter the date as day/month/year, for example 25/01/2025",
        ),
        (
            &DateError::YearOutOfRange {
                year: 1899,
                min: 1900,
                max: 2100,
            },
            "Năm phải từ 1900 đến 2100",
            "The year must be from 1900 to 2100",
        ),
        (
            &DateFieldsError::Missing {
                day: false,
                month: true,
                year: true,
            },
            "Nhập tháng và năm",
            "Enter the month and year",
        ),
        (
            &DateFieldsError::NotANumber {
                part: DatePart::Month,
            },
            "Nhập tháng bằng chữ số, ví dụ 1",
            "Enter the month in numbers, for example 1",
        ),
    ];
    for (message, vi, en) in cases {
        assert_eq!(message.localize(Lang::Vi), vi);
        assert_eq!(message.localize(Lang::En), en);
    }
    assert!(LEAP_DAY_CONVENTION.vi.contains("01/03"));
}

#[test]
fn formats() {
    let date = d(5, 1, 2025);
    assert_eq!(format_date(date, DateFormat::DayMonthYear), "05/01/2025");
    assert_eq!(
        format_date(date, DateFormat::DayMonthYearDash),
        "05-01-2025"
    );
    assert_eq!(format_date(date, DateFormat::DayMonthYearDot), "05.01.2025");
    assert_eq!(format_date(date, DateFormat::Iso), "2025-01-05");
}

// --- ages ------------------------------------------------------------------------------------

#[test]
fn ages_at_the_6th_and_14th_birthdays() {
    // (birth, on, age, source)
    let cases = [
        (
            d(20, 5, 2020),
            d(19, 5, 2026),
            5,
            "day before the 6th birthday: not yet đủ 6 tuổi",
        ),
        (
            d(20, 5, 2020),
            d(20, 5, 2026),
            6,
            "on the 6th birthday: đủ 6 tuổi",
        ),
        (
            d(15, 4, 2012),
            d(14, 4, 2026),
            13,
            "day before the 14th birthday: dưới 14 tuổi",
        ),
        (
            d(15, 4, 2012),
            d(15, 4, 2026),
            14,
            "on the 14th birthday: no longer dưới 14",
        ),
        (
            d(29, 2, 2012),
            d(28, 2, 2026),
            13,
            "29/02 born: 14 on 01/03/2026, not 28/02 (§3.2)",
        ),
        (
            d(29, 2, 2012),
            d(1, 3, 2026),
            14,
            "29/02 born: 1 March convention",
        ),
        (
            d(29, 2, 2012),
            d(28, 2, 2024),
            11,
            "leap year: the day before 29/02",
        ),
        (
            d(29, 2, 2012),
            d(29, 2, 2024),
            12,
            "leap year: the birthday is 29/02",
        ),
        (
            d(29, 2, 2020),
            d(28, 2, 2026),
            5,
            "6th birthday of a 29/02 child in 2026",
        ),
        (
            d(29, 2, 2020),
            d(1, 3, 2026),
            6,
            "6th birthday moved to 01/03/2026",
        ),
        (
            d(29, 2, 2000),
            d(28, 2, 2100),
            99,
            "2100 is not a leap year",
        ),
        (
            d(29, 2, 2000),
            d(1, 3, 2100),
            100,
            "100th birthday on 01/03/2100",
        ),
        (d(1, 1, 2000), d(31, 12, 1999), 0, "before birth"),
        (d(1, 1, 2000), d(1, 1, 2000), 0, "day of birth"),
        (
            d(1, 3, 1953),
            d(1, 3, 2026),
            73,
            "037153000257 holder born 1953 (docs/rules.md §2.2)",
        ),
    ];
    for (birth, on, age, source) in cases {
        assert_eq!(age_on(birth, on), age, "{source}");
    }
}

#[test]
fn cohort_boundaries_on_the_hưng_yên_deadline() {
    // Hưng Yên (4/2026): children "6 to under 14" on 15/4/2026 (docs/rules.md §4).
    let on = d(15, 4, 2026);
    let in_cohort = |birth| is_at_least(birth, 6, on) && is_under(birth, 14, on);
    assert!(in_cohort(d(15, 4, 2020)), "turns 6 that day");
    assert!(!in_cohort(d(16, 4, 2020)), "turns 6 the next day");
    assert!(in_cohort(d(16, 4, 2012)), "turns 14 the next day");
    assert!(!in_cohort(d(15, 4, 2012)), "turns 14 that day");
    assert_eq!(birthday(d(29, 2, 2012), 14), Some(d(1, 3, 2026)));
    assert_eq!(birthday(d(29, 2, 2012), 12), Some(d(29, 2, 2024)));
    assert!(birthday_moved_to_march(d(29, 2, 2012), 14));
    assert!(!birthday_moved_to_march(d(29, 2, 2012), 12));
    assert!(!birthday_moved_to_march(d(28, 2, 2012), 14));
    assert_eq!(birthday(d(1, 1, 2000), u32::MAX), None);
}

#[test]
fn today_in_vietnam() {
    // 2025-01-01 00:00 in Asia/Ho_Chi_Minh is 2024-12-31 17:00 UTC = 1 735 664 400 s.
    let new_year = 1_735_664_400_000.0;
    assert_eq!(vietnam_date_from_unix_millis(new_year), Some(d(1, 1, 2025)));
    assert_eq!(
        vietnam_date_from_unix_millis(new_year - 1.0),
        Some(d(31, 12, 2024))
    );
    assert_eq!(vietnam_date_from_unix_millis(0.0), Some(d(1, 1, 1970)));
    assert_eq!(
        vietnam_date_from_unix_millis(-25_200_000.0),
        Some(d(1, 1, 1970))
    );
    assert_eq!(
        vietnam_date_from_unix_millis(-25_200_001.0),
        Some(d(31, 12, 1969))
    );
    assert_eq!(vietnam_date_from_unix_millis(f64::NAN), None);
    assert_eq!(vietnam_date_from_unix_millis(f64::INFINITY), None);
    assert_eq!(vietnam_date_from_unix_millis(1e300), None);
}

// --- card validity ---------------------------------------------------------------------------

#[test]
fn card_validity_at_every_boundary() {
    use CardValidity::{NoExpiry, Until};
    let birth = d(15, 3, 2012);
    // (issued on, validity, Art. 21 reading)
    let cases = [
        (
            birth,
            Until {
                date: d(15, 3, 2026),
                age: 14,
            },
            "issued at birth: to 14",
        ),
        (
            d(14, 3, 2024),
            Until {
                date: d(15, 3, 2026),
                age: 14,
            },
            "age 11 (< 12): to 14",
        ),
        (
            d(15, 3, 2024),
            Until {
                date: d(15, 3, 2037),
                age: 25,
            },
            "age 12: within 2 years of 14",
        ),
        (
            d(14, 3, 2026),
            Until {
                date: d(15, 3, 2037),
                age: 25,
            },
            "age 13: to 25",
        ),
        (
            d(15, 3, 2026),
            Until {
                date: d(15, 3, 2037),
                age: 25,
            },
            "renewed at 14: to 25",
        ),
        (
            d(14, 3, 2035),
            Until {
                date: d(15, 3, 2037),
                age: 25,
            },
            "age 22: to 25",
        ),
        (
            d(15, 3, 2035),
            Until {
                date: d(15, 3, 2052),
                age: 40,
            },
            "age 23: within 2 years of 25",
        ),
        (
            d(14, 3, 2050),
            Until {
                date: d(15, 3, 2052),
                age: 40,
            },
            "age 37: to 40",
        ),
        (
            d(15, 3, 2050),
            Until {
                date: d(15, 3, 2072),
                age: 60,
            },
            "age 38: within 2 years of 40",
        ),
        (
            d(14, 3, 2070),
            Until {
                date: d(15, 3, 2072),
                age: 60,
            },
            "age 57: to 60",
        ),
        (
            d(15, 3, 2070),
            NoExpiry,
            "age 58: within 2 years of 60, no later renewal",
        ),
        (d(15, 3, 2090), NoExpiry, "age 78"),
    ];
    for (issued, validity, reading) in cases {
        assert_eq!(card_valid_until(birth, issued), Ok(validity), "{reading}");
    }
    assert_eq!(
        card_valid_until(birth, d(14, 3, 2012)),
        Err(CardDateError::IssuedBeforeBirth)
    );
    assert_eq!(needs_renewal_by(birth, d(15, 3, 2070)), Ok(None));
    assert_eq!(
        needs_renewal_by(birth, d(1, 6, 2023)),
        Ok(Some(d(15, 3, 2026)))
    );
}

#[test]
fn card_validity_for_29_february() {
    use CardValidity::Until;
    let leapling = d(29, 2, 2012);
    // Issued the day before the 12th birthday (29/02/2024): age 11, valid to 14 = 01/03/2026.
    assert_eq!(
        card_valid_until(leapling, d(28, 2, 2024)),
        Ok(Until {
            date: d(1, 3, 2026),
            age: 14
        })
    );
    // Issued on the 12th birthday: to 25, which falls in a common year (2037): 01/03/2037.
    assert_eq!(
        card_valid_until(leapling, d(29, 2, 2024)),
        Ok(Until {
            date: d(1, 3, 2037),
            age: 25
        })
    );
    // Born 29/02/2000, 40th birthday in a leap year stays 29/02/2040.
    let born_2000 = d(29, 2, 2000);
    assert_eq!(
        card_valid_until(born_2000, d(28, 2, 2024)),
        Ok(Until {
            date: d(29, 2, 2040),
            age: 40
        })
    );
    // 23rd birthday fell on 01/03/2023 (common year): issued 28/02/2023 is still age 22 → 25.
    assert_eq!(
        card_valid_until(born_2000, d(28, 2, 2023)),
        Ok(Until {
            date: d(1, 3, 2025),
            age: 25
        })
    );
    assert_eq!(
        card_valid_until(born_2000, d(1, 3, 2023)),
        Ok(Until {
            date: d(29, 2, 2040),
            age: 40
        })
    );
}

#[test]
fn card_status_and_messages() {
    let birth = d(15, 3, 2012);
    let issued = d(1, 6, 2023);
    let status = |today| card_status_on(birth, issued, today);
    assert_eq!(
        status(d(14, 3, 2026)),
        Ok(CardStatus::Valid {
            until: Some(d(15, 3, 2026))
        })
    );
    assert_eq!(
        status(d(15, 3, 2026)),
        Ok(CardStatus::RenewalDueToday {
            until: d(15, 3, 2026)
        })
    );
    assert_eq!(
        status(d(16, 3, 2026)),
        Ok(CardStatus::Expired {
            until: d(15, 3, 2026)
        })
    );
    assert_eq!(status(d(31, 5, 2023)), Err(CardDateError::IssuedAfterToday));

    let until = CardValidity::Until {
        date: d(15, 3, 2037),
        age: 25,
    };
    assert_eq!(
        until.localize(Lang::Vi),
        "Thẻ có giá trị đến ngày 15/03/2037 (ngày đủ 25 tuổi); từ ngày đó cần làm thủ tục đổi thẻ"
    );
    assert_eq!(
        until.localize(Lang::En),
        "The card is valid until 15/03/2037 (the 25th birthday); from that day it must be renewed"
    );
    assert_eq!(
        CardStatus::Expired {
            until: d(15, 3, 2026)
        }
        .localize(Lang::Vi),
        "Thẻ đã hết giá trị sau ngày 15/03/2026: cần làm thủ tục đổi thẻ"
    );
    assert_eq!(
        CardDateError::IssuedBeforeBirth.localize(Lang::En),
        "The card's issue date must be after the date of birth: check both dates"
    );
}

// --- properties ------------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..=2100, 1u32..=12, 1u32..=31).prop_filter_map("real date", |(y, m, day)| {
        NaiveDate::from_ymd_opt(y, m, day)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_format_round_trips(date in any_date()) {
        for format in [
            DateFormat::DayMonthYear,
            DateFormat::DayMonthYearDash,
            DateFormat::DayMonthYearDot,
            DateFormat::Iso,
        ] {
            prop_assert_eq!(parse_date(&format_date(date, format)), Ok(date));
        }
        let compact = format_date(date, DateFormat::DayMonthYear).replace('/', "");
        prop_assert_eq!(parse_date(&compact), Ok(date));
        let unpadded = format!("{}/{}/{}", date.day(), date.month(), date.year());
        prop_assert_eq!(parse_date(&unpadded), Ok(date));
    }

    #[test]
    fn age_is_monotonic_in_the_day_asked(birth in any_date(), a in any_date(), b in any_date()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(age_on(birth, early) <= age_on(birth, late));
    }

    #[test]
    fn age_agrees_with_birthdays(birth in any_date(), on in any_date(), n in 0u32..120) {
        prop_assert_eq!(is_at_least(birth, n, on), on >= birth && age_on(birth, on) >= n);
        prop_assert_eq!(is_under(birth, n, on), !is_at_least(birth, n, on));
    }

    #[test]
    fn card_expiry_is_a_renewal_birthday_after_issue(birth in any_date(), issued in any_date()) {
        match card_valid_until(birth, issued) {
            Err(e) => prop_assert_eq!(e, CardDateError::IssuedBeforeBirth),
            Ok(CardValidity::NoExpiry) => prop_assert!(age_on(birth, issued) >= 58),
            Ok(CardValidity::Until { date, age }) => {
                prop_assert!(date > issued);
                prop_assert_eq!(age_on(birth, date), age);
                prop_assert!(age - age_on(birth, issued) > 2);
            }
        }
    }

    #[test]
    fn date_parsers_never_panic(s in any::<String>(), a in any::<String>(), b in any::<String>()) {
        let _ = parse_date(&s);
        let _ = parse_date_fields(&s, &a, &b);
    }

    #[test]
    fn date_like_strings_never_panic(s in "[0-9０-９/.\\- ]{0,30}") {
        if let Ok(date) = parse_date(&s) {
            prop_assert_eq!(parse_date(&format_date(date, DateFormat::DayMonthYear)), Ok(date));
        }
    }

    #[test]
    fn timestamps_never_panic(ms in any::<f64>()) {
        let _ = vietnam_date_from_unix_millis(ms);
    }
}

#[test]
fn huge_inputs_are_rejected_early() {
    let megabyte = "1/".repeat(1 << 19);
    assert_eq!(parse_date(&megabyte), Err(DateError::TooLong { max: 40 }));
    assert_eq!(
        parse_date_fields(&megabyte, "1", "2000"),
        Err(DateFieldsError::NotANumber {
            part: DatePart::Day
        })
    );
}

#[test]
fn iso_dates_read_back_exactly_and_nothing_else() {
    use sansang::rules::date::{DateError, DateFormat, format_date, parse_iso_date};
    let d = chrono::NaiveDate::from_ymd_opt(2025, 6, 9).unwrap();
    assert_eq!(parse_iso_date(&format_date(d, DateFormat::Iso)), Ok(d));
    for bad in [
        "2025-6-9",
        "09/06/2025",
        "2025-02-30",
        "2025-06-09 ",
        "２０２５-06-09",
        "",
    ] {
        assert_eq!(parse_iso_date(bad), Err(DateError::WrongFormat), "{bad:?}");
    }
}
