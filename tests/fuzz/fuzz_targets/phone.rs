#![no_main]
//! Fuzzes `MobileNumber::parse`: never panics; a parsed number round-trips in national and
//! international form.

use libfuzzer_sys::fuzz_target;
use sansang::MobileNumber;

fn check(input: &str) {
    if let Ok(number) = MobileNumber::parse(input) {
        assert_eq!(MobileNumber::parse(&number.to_string()), Ok(number));
        assert_eq!(MobileNumber::parse(&number.international()), Ok(number));
        assert_eq!(number.warnings().is_empty(), number.is_in_mobile_range());
        assert!(number.carrier().is_none() || number.is_in_mobile_range());
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});
