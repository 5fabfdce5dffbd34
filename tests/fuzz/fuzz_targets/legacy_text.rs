#![no_main]
//! Fuzz encoding detection: any bytes decoded as a text file (UTF-8, UTF-16, Windows-1258, or
//! TCVN3/VNI through Windows-1252), detected and converted — never a panic; conversion leaves
//! ASCII-only lines alone.

use sansang::files::text::decode_text;
use sansang::rules::legacy_text::{LegacyScheme, convert, detect};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode_text(data) {
        let _ = detect(&decoded.text);
        for scheme in [LegacyScheme::Tcvn3, LegacyScheme::Vni] {
            let converted = convert(&decoded.text, scheme);
            if decoded.text.is_ascii() {
                assert_eq!(converted, decoded.text);
            }
        }
    }
});
