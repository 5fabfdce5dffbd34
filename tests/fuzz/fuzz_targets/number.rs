#![no_main]
//! Fuzz the number parsers: no panic; accepted counts and percentages read back from both styles.

use sansang::rules::number::{
    NumberStyle, Percent, format_int, parse_count, parse_count_detailed, parse_percent,
    parse_percent_at_most,
};

fn check(s: &str) {
    if let Ok(n) = parse_count(s) {
        assert_eq!(parse_count(&format_int(n, NumberStyle::Vietnamese)), Ok(n));
        assert_eq!(parse_count(&format_int(n, NumberStyle::English)), Ok(n));
        assert_eq!(parse_count_detailed(s).map(|p| p.value), Ok(n));
    }
    if let Ok(p) = parse_percent(s) {
        assert!(p <= Percent::HUNDRED);
        assert_eq!(parse_percent(&p.to_string()), Ok(p));
        assert_eq!(parse_percent(&p.format(NumberStyle::English)), Ok(p));
    }
    let _ = parse_percent_at_most(s, Percent::MAX);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        check(s);
    }
    check(&String::from_utf8_lossy(data));
});
