#![no_main]
//! Fuzzes `TaxCode::parse`: never panics; a parsed code round-trips through its display.

use libfuzzer_sys::fuzz_target;
use sansang::TaxCode;

fn check(input: &str) {
    if let Ok(code) = TaxCode::parse(input) {
        assert_eq!(TaxCode::parse(&code.to_string()), Ok(code));
        assert_eq!(code.parent().is_some(), code.branch_number().is_some());
        let _ = (
            code.warnings(),
            code.personal_id(),
            code.branch_code_if_leading_zero_lost(),
        );
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});
