#![no_main]
//! Fuzzes `EmailAddress::parse`: never panics; a parsed address round-trips, its domain is
//! lower-case, and a suggestion is itself a valid, different address.

use libfuzzer_sys::fuzz_target;
use sansang::EmailAddress;

fn check(input: &str) {
    if let Ok(address) = EmailAddress::parse(input) {
        assert_eq!(EmailAddress::parse(address.as_str()).as_ref(), Ok(&address));
        assert_eq!(address.domain(), address.domain().to_ascii_lowercase());
        if let Some(suggestion) = address.suggestion() {
            assert_ne!(suggestion, address);
            assert_eq!(suggestion.local_part(), address.local_part());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});
