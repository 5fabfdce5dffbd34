#![no_main]
//! The old-address reader and resolver must never panic, must give the same outcome twice and
//! from a fresh resolver, keep the street part inside the address, and — with a province chosen
//! for the list — never resolve a row to a commune of another province. A damaged asset must
//! decode to an error, never a panic.

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sansang::rules::old_address::{AddressCells, OldUnits, Outcome, Resolver};
use sansang::rules::units;

/// The committed asset (the fuzz target may embed it; the app never does).
const ASSET: &[u8] = include_bytes!("../../../www/data/old-units.bin");

fn data() -> &'static OldUnits {
    static DATA: OnceLock<OldUnits> = OnceLock::new();
    DATA.get_or_init(|| OldUnits::decode(ASSET).expect("the committed asset decodes"))
}

fn check(cells: AddressCells<'_>, list: Option<units::ProvinceCode>, with_data: bool) {
    let data = with_data.then(data);
    let mut resolver = Resolver::new(data, list);
    let first = resolver.resolve(cells);
    assert_eq!(first, resolver.resolve(cells));
    assert_eq!(first, Resolver::new(data, list).resolve(cells));
    if let Some(street) = first.street {
        assert!(cells.address.is_some_and(|a| a.contains(street)));
    }
    if let (Some(list), Some(commune)) = (list, first.outcome.commune()) {
        assert_eq!(units::commune(commune).map(|c| c.province), Some(list));
    }
    if let Outcome::Split { candidates, .. } = first.outcome {
        assert!(candidates.len() >= 2);
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&mode, rest)) = bytes.split_first() else {
        return;
    };
    // Mode 255: the bytes as an asset (after a good header, so the structure is reached).
    if mode == 255 {
        let mut asset = b"SSOU\x01".to_vec();
        asset.extend_from_slice(rest);
        let _ = OldUnits::decode(&asset);
        return;
    }
    let text = String::from_utf8_lossy(rest);
    // Low bits: a list province (or none); bit 6: without the data; bit 7: cells split at '|'.
    let list = units::provinces()
        .get(usize::from(mode & 0x3F))
        .map(|p| p.code);
    let with_data = mode & 0x40 == 0;
    if mode & 0x80 != 0 {
        let mut parts = text.split('|');
        let mut next = || parts.next().filter(|p| !p.is_empty());
        let cells = AddressCells {
            commune: next(),
            district: next(),
            province: next(),
            address: next(),
        };
        check(cells, list, with_data);
    } else {
        check(AddressCells::address(&text), list, with_data);
    }
});
