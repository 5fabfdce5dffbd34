#![no_main]
//! Fuzz the date parsers: no panic; every accepted date reads back from each output format; ages
//! and card validity on accepted dates do not panic.

use sansang::rules::date::{DateFormat, format_date, parse_date, parse_date_fields};
use sansang::rules::id_card::card_valid_until;

const FORMATS: [DateFormat; 4] = [
    DateFormat::DayMonthYear,
    DateFormat::DayMonthYearDash,
    DateFormat::DayMonthYearDot,
    DateFormat::Iso,
];

fn check(s: &str) {
    if let Ok(date) = parse_date(s) {
        for format in FORMATS {
            assert_eq!(parse_date(&format_date(date, format)), Ok(date));
        }
        let _ = sansang::age_on(date, date);
        let _ = card_valid_until(date, date);
    }
    // The same text split into three boxes at arbitrary '|' marks.
    let mut boxes = s.splitn(3, '|');
    let (day, month, year) = (
        boxes.next().unwrap_or(""),
        boxes.next().unwrap_or(""),
        boxes.next().unwrap_or(""),
    );
    if let Ok(date) = parse_date_fields(day, month, year) {
        assert_eq!(
            parse_date(&format_date(date, DateFormat::DayMonthYear)),
            Ok(date)
        );
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        check(s);
    }
    check(&String::from_utf8_lossy(data));
});
