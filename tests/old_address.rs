#![cfg(not(target_arch = "wasm32"))]
//! The conversion data (`docs/rules.md §2.4`): the compact asset against its sources, and its
//! decoder against damaged input.
//!
//! Regenerate the asset after changing the sources or the format:
//! `cargo test --test old_address -- --ignored regenerate_old_units_asset`.

#[path = "support/old_units.rs"]
mod old_units;

use old_units::{ASSET_PATH, asset_bytes, data, source, tsv_rows};
use proptest::prelude::*;
use sansang::rules::old_address::{AssetError, FORMAT_VERSION, OldCommuneKind, OldUnits, encode};

#[test]
#[ignore = "writes www/data/old-units.bin; run after changing the sources or the format"]
fn regenerate_old_units_asset() {
    let (source, stats) = source();
    let bytes = encode(&source).expect("the sources encode");
    std::fs::create_dir_all(std::path::Path::new(ASSET_PATH).parent().expect("a folder"))
        .expect("create www/data");
    std::fs::write(ASSET_PATH, &bytes).expect("write the asset");
    println!("{} bytes; aliases: {stats:?}", bytes.len());
}

#[test]
fn committed_asset_is_up_to_date() {
    let (source, _) = source();
    let bytes = encode(&source).expect("the sources encode");
    assert!(
        bytes == asset_bytes(),
        "www/data/old-units.bin is stale: run \
         `cargo test --test old_address -- --ignored regenerate_old_units_asset`"
    );
}

#[test]
fn every_row_of_the_table_round_trips() {
    let rows = tsv_rows();
    assert_eq!(rows.len(), 10_571);
    let decoded = data().rows();
    assert_eq!(decoded.len(), rows.len());
    for (i, (ours, theirs)) in decoded.iter().zip(&rows).enumerate() {
        assert_eq!(ours, theirs, "data row {}", i + 1);
    }
}

#[test]
fn counts_and_date() {
    let data = data();
    assert_eq!(data.date(), old_units::TABLE_DATE);
    // 10,035 old communes, 5 districts without communes, the Kim Sơn coastal strip.
    assert_eq!(data.commune_count(), 10_041);
    let with_code = data.communes().filter(|c| c.code.is_some()).count();
    assert_eq!(with_code, 10_035);
    let split = data
        .communes()
        .filter(|c| c.code.is_some() && data.targets(c.id).count() > 1)
        .count();
    // The data README: 440 old communes were split between 2–5 new ones.
    assert_eq!(split, 440);
}

/// The kinds read from the names agree with the statistics office's old list ("Cấp"), except
/// three units the list itself types against their names.
#[test]
fn kinds_agree_with_the_old_list() {
    let text = std::fs::read_to_string(old_units::OLD_LIST_PATH).expect("read the old list");
    let data = data();
    let mut disagree = Vec::new();
    for line in text.trim_start_matches('\u{feff}').lines().skip(1) {
        let f = old_units::csv_fields(line);
        let code: u32 = f[0].parse().expect("code");
        let id = data
            .commune_by_code(code)
            .expect("every old code is in the asset");
        let commune = data.commune(id).expect("a commune");
        assert_eq!(commune.full_name, f[1].trim(), "{code}");
        assert_eq!(commune.district.full_name, f[5].trim().replace("  ", " "));
        let kind = match f[3].as_str() {
            "Phường" => OldCommuneKind::Ward,
            "Xã" => OldCommuneKind::Commune,
            "Thị trấn" => OldCommuneKind::Township,
            other => panic!("kind {other}"),
        };
        if kind != commune.kind {
            disagree.push(commune.full_name.to_owned());
        }
    }
    assert_eq!(
        disagree,
        ["Thị trấn Ngọc Lặc", "Phường 5", "Phường 15"],
        "the old list types these as Xã"
    );
}

#[test]
fn damaged_assets_are_errors_not_panics() {
    let good = asset_bytes();
    assert!(OldUnits::decode(&good).is_ok());
    assert_eq!(OldUnits::decode(b"").unwrap_err(), AssetError::NotAnAsset);
    assert_eq!(
        OldUnits::decode(b"<!doctype html><html>").unwrap_err(),
        AssetError::NotAnAsset
    );
    let mut other_version = good.clone();
    other_version[4] = FORMAT_VERSION + 1;
    assert_eq!(
        OldUnits::decode(&other_version).unwrap_err(),
        AssetError::UnsupportedVersion {
            found: FORMAT_VERSION + 1
        }
    );
    for cut in [5, 9, 100, good.len() / 2, good.len() - 9, good.len() - 1] {
        assert_eq!(
            OldUnits::decode(&good[..cut]).unwrap_err(),
            AssetError::Truncated,
            "cut at {cut}"
        );
    }
    for at in [10, 1_000, good.len() / 3, good.len() - 20] {
        let mut flipped = good.clone();
        flipped[at] ^= 0x10;
        assert!(
            matches!(
                OldUnits::decode(&flipped),
                Err(AssetError::Damaged | AssetError::Truncated)
            ),
            "flip at {at}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any bytes after a correct header: an error or a table, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut bytes = b"SSOU".to_vec();
        bytes.push(FORMAT_VERSION);
        bytes.extend_from_slice(&tail);
        let _ = OldUnits::decode(&bytes);
    }

    /// A good asset with one byte changed and its checksum recomputed (so the structure itself
    /// is tested): an error or a table, never a panic.
    #[test]
    fn changed_bytes_with_a_fixed_checksum_never_panic(at in 5usize..300_000, value in any::<u8>()) {
        let mut bytes = asset_bytes();
        let body = bytes.len() - 8;
        let at = at % body;
        bytes[at] = value;
        let hash = sansang::rules::old_address::fnv1a64(&bytes[..body]);
        bytes[body..].copy_from_slice(&hash.to_le_bytes());
        let _ = OldUnits::decode(&bytes);
    }
}
