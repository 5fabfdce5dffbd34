#![no_main]
//! Search, name matching and code parsing of administrative units must never panic, must keep
//! to the limit and the province asked for, and codes must round-trip.

use libfuzzer_sys::fuzz_target;
use sansang::rules::units::{self, CommuneCode, CommuneMatch, ProvinceCode};

fn check(text: &str, province: Option<ProvinceCode>) {
    let found = units::search_communes(text, province, 20);
    assert!(found.len() <= 20);
    let in_scope = |c: &units::Commune| province.is_none_or(|p| c.province == p);
    assert!(found.iter().all(|c| in_scope(c)));
    match units::match_commune_name(text, province) {
        CommuneMatch::Exact(c) | CommuneMatch::KindDiffers { commune: c, .. } => {
            assert!(in_scope(c))
        }
        CommuneMatch::Ambiguous(all) => assert!(all.len() >= 2 && all.iter().all(|c| in_scope(c))),
        CommuneMatch::Unmatched => {}
    }
    let _ = units::match_province_name(text);
    if let Ok(code) = ProvinceCode::parse(text) {
        assert_eq!(ProvinceCode::parse(&code.to_string()), Ok(code));
        assert!(units::province(code).is_some());
    }
    if let Ok(code) = CommuneCode::parse(text) {
        assert_eq!(CommuneCode::parse(&code.to_string()), Ok(code));
        assert!(units::commune(code).is_some());
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks a province (or none); the rest is the query.
    let (province, rest) = match data.split_first() {
        Some((&b, rest)) => (units::provinces().get(usize::from(b)).map(|p| p.code), rest),
        None => (None, data),
    };
    // The lossy text equals the input when it is valid UTF-8: check each distinct text once.
    match std::str::from_utf8(rest) {
        Ok(text) => check(text, province),
        Err(_) => check(&String::from_utf8_lossy(rest), province),
    }
});
