#![no_main]
//! Fuzzes `PersonalId::parse`: never panics; a parsed ID round-trips and decodes.

use libfuzzer_sys::fuzz_target;
use sansang::PersonalId;

fn check(input: &str) {
    if let Ok(id) = PersonalId::parse(input) {
        assert_eq!(PersonalId::parse(&id.to_string()), Ok(id));
        assert!((1900..=2399).contains(&id.birth_year()));
        assert_eq!(
            u32::from(id.birth_place().code()),
            id.to_string()[..3].parse::<u32>().unwrap_or(u32::MAX)
        );
        let _ = id.sex();
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});
