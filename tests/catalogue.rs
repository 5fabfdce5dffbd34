//! The whole catalogue through its registry (`catalogue::registry`): every text, fixed or a
//! sentence rendered with sample data, follows the wording rules of docs/writing.md; every fixed
//! text is declared so the registry sees it; the texts go to `target/texts.csv` for a translator.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/wording.rs"]
mod wording;

use std::collections::HashSet;

use sansang::catalogue::{Lang, registry};
use sansang::rules::delimited::{self, Delimiter};

/// The modules the registry covers.
const MODULES: [&str; 12] = [
    "bulk",
    "campaign",
    "campaign_page",
    "common",
    "data_files",
    "files",
    "identifiers",
    "old_address",
    "organization",
    "shell",
    "students",
    "units",
];

fn source(module: &str) -> String {
    let path = format!("{}/src/catalogue/{module}.rs", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_text_follows_the_wording_rules() {
    let registry = registry();
    for entry in registry.entries() {
        for (lang, text) in [(Lang::Vi, &entry.vi), (Lang::En, &entry.en)] {
            assert!(
                !text.trim().is_empty(),
                "{} in {lang:?} is empty",
                entry.key
            );
            wording::assert_follows_ux_md(text);
        }
    }
}

#[test]
fn every_text_has_its_own_key() {
    let registry = registry();
    let mut seen = HashSet::new();
    for entry in registry.entries() {
        assert!(seen.insert(entry.key.as_str()), "{} twice", entry.key);
    }
}

#[test]
fn every_fixed_text_is_declared_for_the_registry() {
    let registry = registry();
    let keys: HashSet<&str> = registry.entries().iter().map(|e| e.key.as_str()).collect();
    let mut declared = 0;
    for module in MODULES {
        for line in source(module).lines() {
            let line = line.trim_start();
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let Some(rest) = line.strip_prefix("const ") else {
                continue;
            };
            let Some((name, ty)) = rest.split_once(':') else {
                continue;
            };
            let ty = ty.trim_start();
            let key = format!("{module}::{name}");
            if ty.starts_with("Text =") {
                declared += 1;
                assert!(
                    keys.contains(key.as_str()),
                    "{key} is not in a texts! block"
                );
            } else if ty.starts_with("[Text;") {
                declared += 1;
                let first = format!("{key}[0]");
                assert!(
                    keys.contains(first.as_str()) || keys.contains(key.as_str()),
                    "{key} is not in a texts! block"
                );
            }
        }
    }
    assert!(
        declared >= 300,
        "only {declared} fixed texts found: is the scan still right?"
    );
}

#[test]
fn the_catalogue_speaks_in_one_idiom() {
    // Fixed words are `Text`s, sentences with data an exhaustive `match lang`: no pair picked by
    // position, and no `.vi` / `.en` read past `Text::get`.
    for module in MODULES {
        for (number, line) in source(module).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains(".pick("),
                "{module}.rs:{}: {line}",
                number + 1
            );
            for read in [".vi)", ".vi,", ".vi.", ".vi\n", ".en)", ".en,", ".en."] {
                assert!(!code.contains(read), "{module}.rs:{}: {line}", number + 1);
            }
            assert!(
                !code.ends_with(".vi") && !code.ends_with(".en"),
                "{module}.rs:{}: {line}",
                number + 1
            );
        }
    }
}

#[test]
fn the_registry_holds_fixed_words_and_sample_sentences() {
    let registry = registry();
    let entries = registry.entries();
    let fixed = entries.iter().filter(|e| !e.sample).count();
    let samples = entries.len() - fixed;
    println!("catalogue registry: {fixed} fixed texts, {samples} sentences with sample data");
    let find = |key: &str| entries.iter().find(|e| e.key == key);
    let check_pasted = sansang::catalogue::bulk::CHECK_PASTED;
    assert_eq!(
        find("bulk::CHECK_PASTED").map(|e| (e.vi.as_str(), e.en.as_str())),
        Some((check_pasted.get(Lang::Vi), check_pasted.get(Lang::En)))
    );
    assert_eq!(
        find("weekday(Tue)").map(|e| (e.vi.as_str(), e.en.as_str())),
        Some(("thứ Ba", "Tuesday"))
    );
    assert_eq!(
        find("day(2025-05-02)").map(|e| (e.vi.as_str(), e.en.as_str())),
        Some(("thứ Sáu 02/05/2025", "Friday 02/05/2025"))
    );
    for key in [
        "identifiers::TaxCodeError::WrongCheckDigit { expected: 6, found: 7 }",
        "units::CommuneMatch::Ambiguous",
        "organization::ready online: verdict",
        "students::verdict(late)",
        "bulk::verdict",
    ] {
        assert!(find(key).is_some(), "{key} missing");
    }
}

#[test]
fn every_text_goes_to_a_csv_for_translators() {
    let registry = registry();
    let csv = registry.to_csv();
    let path = format!("{}/target/texts.csv", env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(format!("{}/target", env!("CARGO_MANIFEST_DIR"))).unwrap();
    std::fs::write(&path, &csv).unwrap();
    let decoded = delimited::decode(csv.as_bytes()).unwrap();
    let records: Vec<Vec<String>> = delimited::Reader::new(&decoded.text, Delimiter::Comma)
        .filter(|r| !r.is_blank())
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(
        records.len(),
        registry.entries().len() + 1,
        "header and one row per text"
    );
    assert_eq!(records[0], ["key", "vi", "en", "sample"]);
    for (record, entry) in records[1..].iter().zip(registry.entries()) {
        assert_eq!(record[0], entry.key);
        assert_eq!(record[1], entry.vi);
        assert_eq!(record[2], entry.en);
    }
    println!("wrote {path}: {} texts", registry.entries().len());
}
