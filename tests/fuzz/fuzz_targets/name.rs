#![no_main]
//! Fuzz the name parsers and the text functions they use: no panic, NFC and fold idempotent,
//! parse ∘ display is the identity.

use sansang::rules::name::{OrgName, PersonName, name_matches};
use sansang::rules::text::{fold, nfc};

fn check(s: &str) {
    let once = nfc(s);
    assert_eq!(nfc(&once), once, "nfc is idempotent");
    let folded = fold(s);
    assert_eq!(fold(&folded), folded, "fold is idempotent");
    assert!(name_matches(s, s), "a name matches itself");
    if let Ok(name) = PersonName::parse(s) {
        assert_eq!(PersonName::parse(&name.to_string()).as_ref(), Ok(&name));
        let _ = name.title_case();
    }
    if let Ok(name) = OrgName::parse(s) {
        assert_eq!(OrgName::parse(&name.to_string()).as_ref(), Ok(&name));
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        check(s);
    }
    check(&String::from_utf8_lossy(data));
});
