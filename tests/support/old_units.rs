//! The conversion data's sources, read independently of the crate's decoder, and the committed
//! asset: shared by the old-address tests and benchmarks.
#![allow(dead_code)]

use std::sync::OnceLock;

use chrono::NaiveDate;
use sansang::rules::old_address::{
    OldUnits, Source, SourceDistrictAlias, SourceProvinceAlias, SourceRow, SourceWardAlias,
    Transfer,
};
use unicode_normalization::UnicodeNormalization;

pub const TSV_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/vn-units-old-to-new-2025.tsv"
);
pub const OLD_LIST_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/old-communes-gso-2025-07-18.csv"
);
pub const ALIASES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/legacy-aliases");
pub const ASSET_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/old-units.bin");

/// The date the statistics office published the table (sheet "Tổng hợp_không merge").
pub const TABLE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2025, 10, 23) {
    Some(d) => d,
    None => panic!("a real date"),
};

/// The TSV's data rows, exactly as written.
pub fn tsv_rows() -> Vec<SourceRow> {
    let text = std::fs::read_to_string(TSV_PATH).expect("read the conversion table");
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    assert_eq!(
        header,
        "old_province_code\told_province\told_district_code\told_district\told_commune_code\t\
         old_commune\tnew_province_code\tnew_commune_code\tnew_commune\ttransfer"
    );
    lines
        .filter(|l| !l.is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 10, "{line}");
            SourceRow {
                old_province_code: f[0].parse().expect("province code"),
                old_province: f[1].to_owned(),
                old_district_code: f[2].parse().expect("district code"),
                old_district: f[3].to_owned(),
                old_commune_code: (!f[4].is_empty()).then(|| f[4].parse().expect("commune code")),
                old_commune: f[5].to_owned(),
                new_province_code: f[6].parse().expect("new province code"),
                new_commune_code: f[7].parse().expect("new commune code"),
                new_commune: f[8].to_owned(),
                transfer: Transfer::parse(f[9]).expect("transfer"),
            }
        })
        .collect()
}

/// A CSV line split at commas, with double-quoted fields ("a,b" and "" inside).
pub fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

fn read_csv(name: &str) -> Vec<Vec<String>> {
    let path = format!("{ALIASES_DIR}/{name}");
    let text = std::fs::read_to_string(&path).expect("read an alias file");
    text.trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(csv_fields)
        .collect()
}

/// The alias data's key: lower case, no diacritics, `đ` → `d`, letters and digits only
/// ("Thành phố Hồ Chí Minh" → "thanhphohochiminh").
pub fn legacy_key(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// How many alias rows could not be tied to one old unit (reported by the generator).
#[derive(Debug, Default)]
pub struct AliasStats {
    pub ward_rows: usize,
    pub ward_unmatched: usize,
    pub ward_ambiguous: usize,
    pub district_rows: usize,
    pub district_unmatched: usize,
}

/// Everything the asset is compiled from: the table, and the aliases tied to old units by the
/// alias data's keys.
pub fn source() -> (Source, AliasStats) {
    let rows = tsv_rows();
    let mut stats = AliasStats::default();
    // (province key, district key) → district code; (…, ward key) → commune codes.
    let mut districts: std::collections::HashMap<(String, String), u16> = Default::default();
    let mut wards: std::collections::HashMap<(String, String, String), Vec<(u16, u32)>> =
        Default::default();
    let mut provinces: std::collections::HashMap<String, u8> = Default::default();
    for r in &rows {
        let pk = legacy_key(&r.old_province);
        let dk = legacy_key(&r.old_district);
        provinces.insert(pk.clone(), r.old_province_code);
        districts.insert((pk.clone(), dk.clone()), r.old_district_code);
        if let Some(code) = r.old_commune_code {
            let entry = wards
                .entry((pk, dk, legacy_key(&r.old_commune)))
                .or_default();
            if !entry.contains(&(r.old_district_code, code)) {
                entry.push((r.old_district_code, code));
            }
        }
    }
    let mut ward_aliases = Vec::new();
    for f in read_csv("alias_ward.csv") {
        stats.ward_rows += 1;
        let key = (legacy_key(&f[0]), legacy_key(&f[1]), legacy_key(&f[2]));
        match wards.get(&key).map(Vec::as_slice) {
            Some([(district_code, commune_code)]) => ward_aliases.push(SourceWardAlias {
                district_code: *district_code,
                commune_code: *commune_code,
                alias: f[3].trim().to_owned(),
            }),
            Some(_) => stats.ward_ambiguous += 1,
            None => stats.ward_unmatched += 1,
        }
    }
    let mut district_aliases = Vec::new();
    for f in read_csv("alias_district.csv") {
        stats.district_rows += 1;
        let pk = legacy_key(&f[0]);
        match (
            provinces.get(&pk),
            districts.get(&(pk.clone(), legacy_key(&f[1]))),
        ) {
            (Some(&province_code), Some(&code)) => district_aliases.push(SourceDistrictAlias {
                province_code,
                alias: f[2].trim().to_owned(),
                district_codes: vec![code],
            }),
            _ => stats.district_unmatched += 1,
        }
    }
    // Divided districts: every alias word means every district of the group.
    let divided = read_csv("divided_district.csv");
    let mut groups: std::collections::BTreeMap<(String, String), (Vec<String>, Vec<u16>)> =
        Default::default();
    for f in &divided {
        stats.district_rows += 1;
        let pk = legacy_key(&f[0]);
        let words: Vec<String> = f[2]
            .trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .map(|w| w.trim().trim_matches('"').to_owned())
            .filter(|w| !w.is_empty())
            .collect();
        let group = groups.entry((pk.clone(), legacy_key(&f[1]))).or_default();
        group.0.extend(words);
        match districts.get(&(pk, legacy_key(&f[3]))) {
            Some(&code) => group.1.push(code),
            None => stats.district_unmatched += 1,
        }
    }
    for ((pk, _), (words, codes)) in groups {
        let Some(&province_code) = provinces.get(&pk) else {
            continue;
        };
        for word in words {
            district_aliases.push(SourceDistrictAlias {
                province_code,
                alias: word,
                district_codes: codes.clone(),
            });
        }
    }
    let mut province_aliases: Vec<SourceProvinceAlias> = read_csv("alias_province.csv")
        .into_iter()
        .filter_map(|f| {
            Some(SourceProvinceAlias {
                province_code: *provinces.get(&legacy_key(&f[0]))?,
                alias: f[1].trim().to_owned(),
            })
        })
        .collect();
    // Names people still write that the alias files lack: the province's name before Huế
    // became a centrally-run city on 1/1/2025 (Nghị quyết 1314/NQ-UBTVQH15), and the common
    // abbreviations of Hồ Chí Minh City and Bà Rịa - Vũng Tàu.
    for (alias, code) in [
        ("Thừa Thiên Huế", 46),
        ("TT Huế", 46),
        ("TTH", 46),
        ("TP HCM", 79),
        ("Sài Gòn", 79),
        ("BR-VT", 77),
        ("BRVT", 77),
    ] {
        province_aliases.push(SourceProvinceAlias {
            alias: alias.to_owned(),
            province_code: code,
        });
    }
    (
        Source {
            date: TABLE_DATE,
            rows,
            ward_aliases,
            district_aliases,
            province_aliases,
        },
        stats,
    )
}

/// The committed asset's bytes.
pub fn asset_bytes() -> Vec<u8> {
    std::fs::read(ASSET_PATH).expect("read www/data/old-units.bin")
}

/// The committed asset, decoded once per test binary.
pub fn data() -> &'static OldUnits {
    static DATA: OnceLock<OldUnits> = OnceLock::new();
    DATA.get_or_init(|| OldUnits::decode(&asset_bytes()).expect("the committed asset decodes"))
}

/// The first old commune (by code) split between new ones with no rule for one.
pub fn a_split_commune(data: &OldUnits) -> Option<(String, String, String)> {
    data.communes().find_map(|c| {
        c.code?;
        let targets: Vec<_> = data.targets(c.id).collect();
        let decided = targets.iter().any(|t| {
            matches!(
                t.transfer,
                Transfer::Whole | Transfer::PartAreaWholePopulation
            )
        });
        (targets.len() >= 2 && !decided).then(|| {
            (
                c.full_name.to_owned(),
                c.district.full_name.to_owned(),
                c.district.province.full_name.to_owned(),
            )
        })
    })
}
