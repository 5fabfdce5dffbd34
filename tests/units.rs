#![cfg(not(target_arch = "wasm32"))]
//! Administrative units (Nghị quyết 202/2025/QH15): the compact table against the JSON snapshot
//! `tests/data/vn-units-2026-09-20.json`, lookups, search and free-text matching.
//!
//! Regenerate the compact table after updating the JSON:
//! `cargo test --test units -- --ignored regenerate_units_table`.

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::units::{
    self, Commune, CommuneCode, CommuneCodeError, CommuneKind, CommuneMatch, Decoded, DecodedUnit,
    ProvinceCode, ProvinceCodeError, ProvinceKind,
};

const JSON_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/vn-units-2026-09-20.json"
);
const TABLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/units_data.txt");

/// Splits "Phường Ba Đình" into its kind tag and short name, case-insensitively on the prefix
/// (older snapshots had one "xã Bắc Sơn").
fn split_commune(full: &str) -> (char, String) {
    for kind in CommuneKind::ALL {
        let prefix = format!("{} ", kind.prefix());
        if let Some(head) = full.get(..prefix.len())
            && head.to_lowercase() == prefix.to_lowercase()
        {
            return (kind.tag(), full[prefix.len()..].to_owned());
        }
    }
    panic!("commune name without a kind: {full}");
}

fn split_province(full: &str) -> (char, String) {
    for kind in [ProvinceKind::City, ProvinceKind::Province] {
        if let Some(short) = full.strip_prefix(&format!("{} ", kind.prefix())) {
            return (kind.tag(), short.to_owned());
        }
    }
    panic!("province name without a kind: {full}");
}

/// The JSON snapshot read independently of the crate's decoder.
fn from_json() -> Decoded {
    let text = std::fs::read_to_string(JSON_PATH).expect("read the JSON snapshot");
    let json: serde_json::Value = serde_json::from_str(&text).expect("parse the JSON snapshot");
    let field = |v: &serde_json::Value, name: &str| v[name].as_str().expect(name).to_owned();
    let provinces = json
        .as_array()
        .expect("an array of provinces")
        .iter()
        .map(|p| {
            let code = field(p, "Code");
            let full_name = field(p, "FullName");
            let (tag, short_name) = split_province(&full_name);
            let province = DecodedUnit {
                code: code.parse().expect("code"),
                tag,
                full_name,
                short_name,
            };
            let communes = p["Wards"]
                .as_array()
                .expect("wards")
                .iter()
                .map(|w| {
                    assert_eq!(field(w, "ProvinceCode"), code);
                    let full_name = field(w, "FullName");
                    let (tag, short_name) = split_commune(&full_name);
                    DecodedUnit {
                        code: field(w, "Code").parse().expect("code"),
                        tag,
                        full_name,
                        short_name,
                    }
                })
                .collect();
            (province, communes)
        })
        .collect();
    Decoded {
        date: units::DATA_DATE,
        provinces,
    }
}

#[test]
#[ignore = "writes src/rules/units_data.txt; run after updating the JSON snapshot"]
fn regenerate_units_table() {
    let table = units::encode(&from_json());
    std::fs::write(TABLE_PATH, table).expect("write the compact table");
}

#[test]
fn compact_table_reproduces_the_json_exactly() {
    let expected = from_json();
    let decoded = units::decode(units::embedded_table()).expect("the embedded table decodes");
    assert_eq!(decoded, expected);
    // And the table is exactly what the generator writes (no hand edits).
    assert_eq!(units::encode(&expected), units::embedded_table());
}

/// A name that is not "kind + short name" (the 25/7/2026 snapshot's "xã Bắc Sơn") survives the
/// compact table: the 20/9/2026 data has none, so the format is checked on a made-up table.
#[test]
fn compact_table_keeps_a_full_name_that_differs() {
    let unit = |code, tag, full: &str, short: &str| DecodedUnit {
        code,
        tag,
        full_name: full.to_owned(),
        short_name: short.to_owned(),
    };
    let decoded = Decoded {
        date: units::DATA_DATE,
        provinces: vec![(
            unit(20, 'T', "Tỉnh Lạng Sơn", "Lạng Sơn"),
            vec![
                unit(6325, 'x', "xã Bắc Sơn", "Bắc Sơn"),
                unit(6328, 'x', "Xã Hưng Vũ", "Hưng Vũ"),
            ],
        )],
    };
    let text = units::encode(&decoded);
    assert_eq!(
        text,
        "units 2026-09-20 1 2\nT20 Lạng Sơn\nx6325 Bắc Sơn|xã Bắc Sơn\nx3 Hưng Vũ\n"
    );
    assert_eq!(units::decode(&text), Ok(decoded));
}

#[test]
fn api_reproduces_every_code_name_and_province() {
    let expected = from_json();
    assert_eq!(units::provinces().len(), 34);
    assert_eq!(units::communes().len(), 3321);
    assert_eq!(units::PROVINCE_COUNT, 34);
    assert_eq!(units::COMMUNE_COUNT, 3321);
    // Look-ups binary-search the provinces: they must come sorted by code.
    assert!(units::provinces().windows(2).all(|w| w[0].code < w[1].code));
    for ((p, communes), province) in expected.provinces.iter().zip(units::provinces()) {
        assert_eq!(u32::from(province.code.get()), p.code);
        assert_eq!(province.full_name, p.full_name);
        assert_eq!(province.short_name, p.short_name);
        assert_eq!(province.kind.tag(), p.tag);
        assert_eq!(units::province(province.code), Some(province));
        let listed = units::communes_of(province.code);
        assert_eq!(listed.len(), communes.len(), "{}", p.full_name);
        for (c, commune) in communes.iter().zip(listed) {
            assert_eq!(commune.code.get(), c.code);
            assert_eq!(commune.full_name, c.full_name);
            assert_eq!(commune.short_name, c.short_name);
            assert_eq!(commune.kind.tag(), c.tag);
            assert_eq!(commune.province, province.code);
            assert_eq!(units::commune(commune.code), Some(commune));
            let text = format!("{:05}", c.code);
            assert_eq!(commune.code.to_string(), text);
            assert_eq!(CommuneCode::parse(&text), Ok(commune.code));
        }
    }
}

#[test]
fn sample_codes_and_names() {
    // (code, full name, province code): read off the JSON snapshot by hand.
    let cases = [
        ("00004", "Phường Ba Đình", "01"),
        ("06325", "Xã Bắc Sơn", "20"), // "xã Bắc Sơn" until the 20/9/2026 snapshot
        ("06994", "Đặc khu Vân Đồn", "22"),
        ("20333", "Đặc khu Hoàng Sa", "48"),
        ("22736", "Đặc khu Trường Sa", "56"),
        ("00226", "Phường Văn Miếu - Quốc Tử Giám", "01"),
        ("24184", "Xã Ea H'Leo", "66"),
        ("24820", "Phường 2 Bảo Lộc", "68"),
        ("32248", "Xã Đất Mũi", "96"),
    ];
    for (code, full, province) in cases {
        let c = units::commune(CommuneCode::parse(code).unwrap()).unwrap();
        assert_eq!(
            (c.full_name, c.province.to_string().as_str()),
            (full, province),
            "{code}"
        );
    }
    let bac_son = units::commune(CommuneCode::parse("06325").unwrap()).unwrap();
    assert_eq!(
        (bac_son.kind, bac_son.short_name),
        (CommuneKind::Commune, "Bắc Sơn")
    );

    // Nghị quyết 388/NQ-UBTVQH16: 12 Bắc Ninh communes became wards on 20/9/2026, codes unchanged
    // (data README).
    let new_wards = [
        ("07294", "Phường Bố Hạ"),
        ("07840", "Phường Hiệp Hoà"),
        ("07375", "Phường Lạng Giang"),
        ("09193", "Phường Yên Phong"),
        ("07399", "Phường Kép"),
        ("09292", "Phường Phù Lãng"),
        ("07444", "Phường Lục Nam"),
        ("09313", "Phường Chi Lăng"),
        ("09454", "Phường Gia Bình"),
        ("09319", "Phường Tiên Du"),
        ("09475", "Phường Nhân Thắng"),
        ("09496", "Phường Lương Tài"),
    ];
    for (code, full) in new_wards {
        let c = units::commune(CommuneCode::parse(code).unwrap()).unwrap();
        assert_eq!(
            (c.full_name, c.kind, c.province.get()),
            (full, CommuneKind::Ward, 24),
            "{code}"
        );
    }

    let provinces = [
        ("01", "Thành phố Hà Nội", "Hà Nội", ProvinceKind::City),
        ("38", "Tỉnh Thanh Hoá", "Thanh Hoá", ProvinceKind::Province),
        ("75", "Thành phố Đồng Nai", "Đồng Nai", ProvinceKind::City),
        (
            "79",
            "Thành phố Hồ Chí Minh",
            "Hồ Chí Minh",
            ProvinceKind::City,
        ),
        ("80", "Tỉnh Tây Ninh", "Tây Ninh", ProvinceKind::Province), // docs/rules.md §2.2
        ("96", "Tỉnh Cà Mau", "Cà Mau", ProvinceKind::Province),
    ];
    for (code, full, short, kind) in provinces {
        let p = units::province(ProvinceCode::parse(code).unwrap()).unwrap();
        assert_eq!((p.full_name, p.short_name, p.kind), (full, short, kind));
    }
    let kinds = |k| units::communes().iter().filter(|c| c.kind == k).count();
    assert_eq!(
        (
            kinds(CommuneKind::Ward),
            kinds(CommuneKind::Commune),
            kinds(CommuneKind::SpecialZone)
        ),
        (709, 2599, 13),
        "20/9/2026: 709 phường, 2,599 xã, 13 đặc khu (12 Bắc Ninh communes became wards, NQ 388/NQ-UBTVQH16)"
    );
    let cities = units::provinces()
        .iter()
        .filter(|p| p.kind == ProvinceKind::City)
        .count();
    assert_eq!(
        cities, 9,
        "6 cities of NQ 202/2025 + Đồng Nai, Quảng Ninh, Bắc Ninh (2026)"
    );
    assert_eq!(units::provinces().len() - cities, 25, "25 provinces");
}

#[test]
fn code_parsing() {
    // Spreadsheets drop leading zeros; full-width digits come from some keyboards (docs/writing.md).
    assert_eq!(
        ProvinceCode::parse(" 1 ").map(|c| c.to_string()),
        Ok("01".to_owned())
    );
    assert_eq!(ProvinceCode::parse("７９").map(|c| c.get()), Ok(79));
    assert_eq!(
        CommuneCode::parse("4").map(|c| c.to_string()),
        Ok("00004".to_owned())
    );
    assert_eq!(ProvinceCode::parse(""), Err(ProvinceCodeError::Empty));
    assert_eq!(
        ProvinceCode::parse("0a"),
        Err(ProvinceCodeError::NotDigit { found: 'a' })
    );
    assert_eq!(
        ProvinceCode::parse("001"),
        Err(ProvinceCodeError::TooManyDigits { found: 3 })
    );
    // 02 was Hà Giang, merged into Tuyên Quang (08) on 1/7/2025.
    assert_eq!(
        ProvinceCode::parse("02"),
        Err(ProvinceCodeError::Unknown { code: 2 })
    );
    assert_eq!(
        ProvinceCode::parse(&"1".repeat(500)),
        Err(ProvinceCodeError::TooLong)
    );
    assert_eq!(CommuneCode::parse("  "), Err(CommuneCodeError::Empty));
    assert_eq!(
        CommuneCode::parse("4.0"),
        Err(CommuneCodeError::NotDigit { found: '.' })
    );
    assert_eq!(
        CommuneCode::parse("000004"),
        Err(CommuneCodeError::TooManyDigits { found: 6 })
    );
    assert_eq!(
        CommuneCode::parse("00001"),
        Err(CommuneCodeError::Unknown { code: 1 })
    );
    assert_eq!(
        CommuneCode::new(99_999),
        Err(CommuneCodeError::Unknown { code: 99_999 })
    );
    // Serde goes through the same check.
    let code: CommuneCode = serde_json::from_str("4").unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "4");
    assert!(serde_json::from_str::<ProvinceCode>("2").is_err());
}

#[test]
fn code_error_messages() {
    let cases: [(&dyn Localized, &str, &str); 4] = [
        (
            &ProvinceCodeError::TooManyDigits { found: 3 },
            "Mã tỉnh, thành phố gồm 2 chữ số, ví dụ 01 (Hà Nội)",
            "A province code has 2 digits, for example 01 (Hà Nội)",
        ),
        (
            &ProvinceCodeError::Unknown { code: 2 },
            "Không có tỉnh, thành phố nào mã 02 trong danh sách 34 tỉnh, thành phố từ 01/07/2025; \
             chọn tỉnh, thành phố trong danh sách",
            "No province has code 02 in the list of 34 provinces since 01/07/2025; \
             choose the province from the list",
        ),
        (
            &CommuneCodeError::NotDigit { found: '.' },
            "Mã xã, phường chỉ gồm chữ số; bỏ ký tự “.”",
            "A commune code has digits only; remove “.”",
        ),
        (
            &CommuneCodeError::Unknown { code: 1 },
            "Không có xã, phường, đặc khu nào mã 00001 trong danh sách từ 01/07/2025; \
             chọn xã, phường trong danh sách",
            "No commune, ward or special zone has code 00001 in the list since 01/07/2025; \
             choose the commune from the list",
        ),
    ];
    for (error, vi, en) in cases {
        assert_eq!(error.localize(Lang::Vi), vi);
        assert_eq!(error.localize(Lang::En), en);
    }
}

#[test]
fn names_follow_the_date() {
    // Data README: Quảng Ninh a city from 1/9/2026, Bắc Ninh from 20/9/2026.
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let quang_ninh = units::province(ProvinceCode::parse("22").unwrap()).unwrap();
    let bac_ninh = units::province(ProvinceCode::parse("24").unwrap()).unwrap();
    assert_eq!(
        quang_ninh.display_name_on(d(2026, 8, 31)),
        "Tỉnh Quảng Ninh"
    );
    assert_eq!(
        quang_ninh.display_name_on(d(2026, 9, 1)),
        "Thành phố Quảng Ninh"
    );
    assert_eq!(bac_ninh.display_name_on(d(2026, 9, 19)), "Tỉnh Bắc Ninh");
    assert_eq!(
        bac_ninh.display_name_on(d(2026, 9, 20)),
        "Thành phố Bắc Ninh"
    );
    assert_eq!(bac_ninh.kind_on(d(2027, 1, 1)), ProvinceKind::City);
    let ha_noi = units::province(ProvinceCode::parse("01").unwrap()).unwrap();
    assert_eq!(ha_noi.display_name_on(d(2030, 1, 1)), "Thành phố Hà Nội");
    assert_eq!(units::DATA_DATE, d(2026, 9, 20));
    // The snapshot itself names both as cities; the dates above only matter for earlier days.
    assert_eq!(quang_ninh.full_name, "Thành phố Quảng Ninh");
    assert_eq!(bac_ninh.full_name, "Thành phố Bắc Ninh");
    assert_eq!(quang_ninh.kind_on(d(2025, 7, 1)), ProvinceKind::Province);
    assert_eq!(bac_ninh.kind_on(d(2026, 9, 1)), ProvinceKind::Province);
    let dong_nai = units::province(ProvinceCode::parse("75").unwrap()).unwrap();
    assert_eq!(
        dong_nai.display_name_on(d(2026, 1, 1)),
        "Thành phố Đồng Nai"
    );
}

/// An oracle independent of the crate's folding: NFD, combining marks removed, đ → d.
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

fn names(found: &[&Commune]) -> Vec<String> {
    found
        .iter()
        .map(|c| format!("{} ({})", c.full_name, c.province))
        .collect()
}

#[test]
fn search_finds_names_with_and_without_accents() {
    let ha_noi = ProvinceCode::parse("01").ok();
    // (query, province, expected first result): the brief's examples and names of the snapshot.
    let cases = [
        ("ba dinh", ha_noi, "Phường Ba Đình"),
        ("Ba Đình", None, "Phường Ba Đình"),
        ("phuong ba dinh", None, "Phường Ba Đình"),
        ("P. Ba Đình", None, "Phường Ba Đình"),
        ("p.ba dinh", None, "Phường Ba Đình"),
        ("  BA   ĐÌNH ", None, "Phường Ba Đình"),
        ("van mieu", None, "Xã Văn Miếu"), // exact name before a longer one
        ("van mieu quoc", None, "Phường Văn Miếu - Quốc Tử Giám"),
        ("quoc tu giam", None, "Phường Văn Miếu - Quốc Tử Giám"),
        ("ea hleo", None, "Xã Ea H'Leo"),
        ("Ea H'Leo", None, "Xã Ea H'Leo"),
        ("bac son", ProvinceCode::parse("20").ok(), "Xã Bắc Sơn"),
        ("xa dung", None, "Xã Xa Dung"),
        ("dac khu con dao", None, "Đặc khu Côn Đảo"),
        ("Văn Lăng", None, "Xã Văn Lăng"),
        ("Văn Lang", None, "Xã Văn Lang"),
        // Decomposed (NFD) input, as some Mac keyboards produce.
        ("Ba \u{0110}i\u{0300}nh", None, "Phường Ba Đình"),
    ];
    for (query, province, first) in cases {
        let found = units::search_communes(query, province, 10);
        assert_eq!(
            found.first().map(|c| c.full_name),
            Some(first),
            "{query:?}: {:?}",
            names(&found)
        );
    }
}

#[test]
fn search_ranks_exact_then_prefix_then_contains() {
    let ha_noi = ProvinceCode::parse("01").ok();
    let found = units::search_communes("dinh", ha_noi, 50);
    // Every result contains "dinh"; word starts ("Ba Đình") before plain substrings.
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|c| c.province == ProvinceCode::parse("01").unwrap())
    );
    let found = units::search_communes("tan an", None, 20);
    // 10 communes are named Tân An and one Tân Ân; they come before "Tân An Hội" etc.
    let exact = found
        .iter()
        .take_while(|c| ["Tân An", "Tân Ân"].contains(&c.short_name))
        .count();
    assert_eq!(exact, 11, "{:?}", names(&found));
    assert!(
        found[11].short_name.starts_with("Tân An"),
        "{:?}",
        names(&found)
    );
    // With accents, the 10 "Tân An" come before "Tân Ân".
    let found = units::search_communes("Tân An", None, 11);
    assert_eq!(found[10].short_name, "Tân Ân", "{:?}", names(&found));
    // "xa" alone: names starting with "Xa"/"Xà" first, then the Xã by full name.
    let found = units::search_communes("xa", None, 5);
    assert_eq!(
        found.first().map(|c| c.short_name),
        Some("Xa Dung"),
        "{:?}",
        names(&found)
    );
    // A kind word with nothing after it lists that kind.
    let found = units::search_communes("phuong", ha_noi, 500);
    assert!(
        found
            .iter()
            .all(|c| c.kind == CommuneKind::Ward || fold(c.short_name).contains("phuong"))
    );
    assert_eq!(
        found.iter().filter(|c| c.kind == CommuneKind::Ward).count(),
        51
    );
    // Empty query: the province's list; nothing without one; limit respected.
    assert_eq!(units::search_communes("", ha_noi, 3).len(), 3);
    assert!(units::search_communes("  ", None, 3).is_empty());
    assert!(units::search_communes("zzzz", None, 3).is_empty());
    assert_eq!(units::search_communes("a", None, 7).len(), 7);
}

#[test]
fn thanh_hoa_spellings_are_equivalent() {
    // The data writes "Thanh Hoá" (old tone placement); people also type "Thanh Hóa".
    let a = units::match_province_name("Thanh Hoá").map(|p| p.code.get());
    let b = units::match_province_name("Thanh Hóa").map(|p| p.code.get());
    let c = units::match_province_name("tinh thanh hoa").map(|p| p.code.get());
    assert_eq!((a, b, c), (Some(38), Some(38), Some(38)));
    // Phường Hạc Thành, Thanh Hoá; and the ward named after the old city, if present, by both.
    let old = units::match_commune_name("Phú Hoà 1", None);
    let new = units::match_commune_name("Phú Hòa 1", None);
    assert_eq!(old, new);
    assert!(matches!(old, CommuneMatch::Exact(c) if c.full_name == "Xã Phú Hoà 1"));
    let found = units::search_communes("Khánh Hòa", None, 5);
    let found_old = units::search_communes("Khánh Hoà", None, 5);
    assert_eq!(found, found_old);
}

#[test]
fn province_names() {
    let cases = [
        ("Hà Nội", Some(1)),
        ("TP. Hồ Chí Minh", Some(79)),
        ("TP HCM", Some(79)),
        ("thanh pho ho chi minh", Some(79)),
        ("Tỉnh Quảng Ninh", Some(22)),
        ("dak lak", Some(66)),
        ("Đắk Lắk", Some(66)),
        ("Hà Giang", None), // merged into Tuyên Quang on 1/7/2025
        ("", None),
    ];
    for (text, code) in cases {
        assert_eq!(
            units::match_province_name(text).map(|p| p.code.get()),
            code,
            "{text:?}"
        );
    }
}

fn exact(text: &str, province: Option<&str>) -> Option<String> {
    let province = province.map(|p| ProvinceCode::parse(p).unwrap());
    match units::match_commune_name(text, province) {
        CommuneMatch::Exact(c) => Some(format!("{} {}", c.code, c.full_name)),
        _ => None,
    }
}

#[test]
fn match_tolerates_spreadsheet_spellings() {
    // (cell text, province, expected): spellings seen in commune columns of campaign sheets.
    let cases = [
        ("Phường Ba Đình", None, "00004 Phường Ba Đình"),
        ("P. Ba Đình", None, "00004 Phường Ba Đình"),
        ("P.Ba Đình", None, "00004 Phường Ba Đình"),
        ("p ba dinh", None, "00004 Phường Ba Đình"),
        ("  BA   ĐÌNH  ", Some("01"), "00004 Phường Ba Đình"),
        ("ba dinh", Some("01"), "00004 Phường Ba Đình"),
        ("Xã Bắc Sơn", Some("20"), "06325 Xã Bắc Sơn"),
        ("X. Bac Son", Some("20"), "06325 Xã Bắc Sơn"),
        ("Đặc khu Côn Đảo", None, "26732 Đặc khu Côn Đảo"),
        ("Côn Đảo", None, "26732 Đặc khu Côn Đảo"),
        ("Phương Liệt", None, "00352 Phường Phương Liệt"),
        ("Phường Phương Liệt", None, "00352 Phường Phương Liệt"),
        ("phuong phuong liet", None, "00352 Phường Phương Liệt"),
        ("Xa Dung", None, "03208 Xã Xa Dung"),
        ("Văn Lăng", Some("19"), "05665 Xã Văn Lăng"),
        ("Văn Lang", Some("19"), "02143 Xã Văn Lang"),
        (
            "Văn Miếu Quốc Tử Giám",
            None,
            "00226 Phường Văn Miếu - Quốc Tử Giám",
        ),
        ("Ea HLeo", None, "24184 Xã Ea H'Leo"),
        ("TT Côn Đảo", None, "26732 Đặc khu Côn Đảo"),
    ];
    for (text, province, expected) in cases {
        assert_eq!(exact(text, province).as_deref(), Some(expected), "{text:?}");
    }
}

#[test]
fn match_reports_ambiguity_and_kind_differences() {
    // Without accents "van lang" is both Văn Lang and Văn Lăng (Thái Nguyên).
    let thai_nguyen = ProvinceCode::parse("19").ok();
    match units::match_commune_name("van lang", thai_nguyen) {
        CommuneMatch::Ambiguous(found) => {
            assert_eq!(names(&found), ["Xã Văn Lang (19)", "Xã Văn Lăng (19)"]);
        }
        other => panic!("expected ambiguous, got {other:?}"),
    }
    // Ten communes are named Tân An across the country.
    assert!(
        matches!(units::match_commune_name("Tân An", None), CommuneMatch::Ambiguous(v) if v.len() == 10)
    );
    // "ba dinh" nationwide: Phường Ba Đình (Hà Nội), Xã Ba Đình (Thanh Hoá), Xã Ba Đình
    // (Quảng Ngãi).
    assert!(
        matches!(units::match_commune_name("ba dinh", None), CommuneMatch::Ambiguous(v) if v.len() == 3)
    );
    // With accents, "Xã Ba Đình" is the one in Thanh Hoá, not Xã Ba Dinh (Quảng Ngãi).
    assert_eq!(
        exact("Xã Ba Đình", None).as_deref(),
        Some("16171 Xã Ba Đình")
    );
    assert_eq!(
        exact("Xã Ba Dinh", None).as_deref(),
        Some("21499 Xã Ba Dinh")
    );
    assert_eq!(
        exact("Xã Ba Đình", Some("38")).as_deref(),
        Some("16171 Xã Ba Đình")
    );
    // "Xã Ba Đình" in Hà Nội: only Phường Ba Đình exists.
    let ha_noi = ProvinceCode::parse("01").ok();
    match units::match_commune_name("Xã Ba Đình", ha_noi) {
        CommuneMatch::KindDiffers { commune, written } => {
            assert_eq!(
                (commune.full_name, written),
                ("Phường Ba Đình", CommuneKind::Commune)
            );
        }
        other => panic!("expected a kind difference, got {other:?}"),
    }
    // Mỹ Tho (Đồng Tháp): "Phường Mỹ Tho" and "Xã Mỹ Thọ"; the kind word settles it.
    let dong_thap = ProvinceCode::parse("82").ok();
    assert_eq!(
        exact("P. My Tho", Some("82")).as_deref().map(|s| &s[6..]),
        Some("Phường Mỹ Tho")
    );
    assert!(
        matches!(units::match_commune_name("my tho", dong_thap), CommuneMatch::Ambiguous(v) if v.len() == 2)
    );
    for text in ["", "   ", "Quận 1", "Ba", "Ba Đình Hà Nội"] {
        assert_eq!(
            units::match_commune_name(text, None),
            CommuneMatch::Unmatched,
            "{text:?}"
        );
    }
}

#[test]
fn match_messages() {
    let ha_noi = ProvinceCode::parse("01").ok();
    let kind = units::match_commune_name("Xã Ba Đình", ha_noi);
    assert_eq!(
        kind.localize(Lang::Vi),
        "Danh sách từ 01/07/2025 có Phường Ba Đình, không có xã Ba Đình; kiểm tra lại tên đơn vị"
    );
    assert_eq!(
        kind.localize(Lang::En),
        "The list since 01/07/2025 has Phường Ba Đình, not a commune of that name; check the unit's name"
    );
    let exact = units::match_commune_name("P. Ba Đình", None);
    assert_eq!(
        exact.localize(Lang::Vi),
        "Đúng tên: Phường Ba Đình (mã 00004)"
    );
    let several = units::match_commune_name("Tân An", None);
    assert_eq!(
        several.localize(Lang::Vi),
        "Có 10 xã, phường cùng tên này; chọn đúng đơn vị, hoặc ghi thêm tỉnh, thành phố"
    );
    assert_eq!(
        CommuneMatch::Unmatched.localize(Lang::Vi),
        "Không có xã, phường, đặc khu nào tên này trong danh sách từ 01/07/2025; kiểm tra chính tả, \
         hoặc dùng tên mới sau sắp xếp"
    );
}

#[test]
fn catalogue_has_the_data_sources() {
    use sansang::catalogue::units as text;
    assert!(
        text::DATA_SOURCE
            .vi
            .contains("vietnamese-provinces-database")
    );
    assert!(text::DATA_SOURCE.en.contains("MIT"));
    assert_eq!(
        text::data_date_label(Lang::Vi),
        "Danh sách đơn vị hành chính cập nhật ngày 20/09/2026"
    );
    assert_eq!(
        text::data_date_label(Lang::En),
        "Administrative units as of 20/09/2026"
    );
    assert_eq!(
        text::commune_kind(CommuneKind::SpecialZone).get(Lang::En),
        "Special zone"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_query_panics(query in any::<String>(), limit in 0usize..50, p in proptest::option::of(0usize..34)) {
        let province = p.map(|i| units::provinces()[i].code);
        let found = units::search_communes(&query, province, limit);
        prop_assert!(found.len() <= limit);
        if let Some(code) = province {
            prop_assert!(found.iter().all(|c| c.province == code));
        }
        let _ = units::match_commune_name(&query, province);
        let _ = units::match_province_name(&query);
        let _ = ProvinceCode::parse(&query);
        let _ = CommuneCode::parse(&query);
    }

    #[test]
    fn no_vietnamese_query_panics(query in "[ aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ.,'PXĐ-]{0,40}") {
        let found = units::search_communes(&query, None, 20);
        prop_assert!(found.len() <= 20);
        let _ = units::match_commune_name(&query, None);
    }

    #[test]
    fn every_commune_is_found_by_its_own_names(i in 0usize..3321) {
        let c = &units::communes()[i];
        // The full name, exactly as in the data, matches that commune and nothing else.
        prop_assert_eq!(units::match_commune_name(c.full_name, Some(c.province)), CommuneMatch::Exact(c));
        prop_assert_eq!(units::search_communes(c.full_name, Some(c.province), 1).first().copied(), Some(c));
        let code = c.code.to_string();
        prop_assert_eq!(CommuneCode::parse(&code), Ok(c.code));
    }

    #[test]
    fn code_round_trip(i in 0usize..34) {
        let p = &units::provinces()[i];
        prop_assert_eq!(ProvinceCode::parse(&p.code.to_string()), Ok(p.code));
    }
}

#[test]
fn every_commune_full_name_matches_itself() {
    // Exhaustive version of the property above, in the province and nationwide.
    for c in units::communes() {
        assert_eq!(
            units::match_commune_name(c.full_name, Some(c.province)),
            CommuneMatch::Exact(c)
        );
        match units::match_commune_name(c.full_name, None) {
            CommuneMatch::Exact(found) => assert_eq!(found, c),
            CommuneMatch::Ambiguous(found) => {
                assert!(found.contains(&c));
                assert!(
                    found.iter().all(|f| f.full_name == c.full_name),
                    "{:?}",
                    names(&found)
                );
            }
            other => panic!("{}: {other:?}", c.full_name),
        }
    }
}
