#![cfg(not(target_arch = "wasm32"))]
//! How current the rules are: `RULES_AS_OF` and the dated list of changes are the ones
//! `docs/rules.md` ends with ("What changed"), newest first, and the footer's sentences about them
//! and the data sources follow docs/writing.md.

#[path = "support/wording.rs"]
mod wording;

use sansang::catalogue::shell as t;
use sansang::catalogue::{Lang, Text};
use sansang::rules::changes::{RULE_CHANGES, RULES_AS_OF};
use sansang::rules::date::{DateFormat, format_date};

const RULES_MD: &str = include_str!("../docs/rules.md");

/// The "What changed" section of docs/rules.md: its lines starting with a date.
fn what_changed() -> (String, Vec<String>) {
    let section = RULES_MD
        .split("\n## What changed")
        .nth(1)
        .expect("docs/rules.md ends with a “What changed” section");
    let dated = section
        .lines()
        .filter_map(|line| line.strip_prefix("- **"))
        .filter_map(|line| line.split_once("**"))
        .map(|(date, _)| date.to_owned())
        .collect();
    (section.to_owned(), dated)
}

#[test]
fn the_docs_state_the_same_date_and_list() {
    let (section, dated) = what_changed();
    let as_of = format_date(RULES_AS_OF, DateFormat::DayMonthYear);
    assert!(
        section.contains(&format!("Rules as of **{as_of}**")),
        "docs/rules.md “What changed” must say “Rules as of **{as_of}**”"
    );
    let ours: Vec<String> = RULE_CHANGES
        .iter()
        .map(|(date, _)| format_date(*date, DateFormat::DayMonthYear))
        .collect();
    assert_eq!(dated, ours, "the same changes, in the same order");
}

#[test]
fn newest_first_and_none_after_the_rules_date() {
    assert!(RULE_CHANGES.windows(2).all(|w| w[0].0 >= w[1].0));
    assert!(RULE_CHANGES.iter().all(|(date, _)| *date <= RULES_AS_OF));
}

#[test]
fn footer_sentences_follow_writing_md() {
    assert_eq!(
        t::rules_as_of(Lang::Vi),
        "Quy định cập nhật đến ngày 05/12/2026"
    );
    assert_eq!(t::rules_as_of(Lang::En), "Rules as of 05/12/2026");
    let fixed: [Text; 8] = [
        t::RULE_CHANGES_HEADING,
        t::SOURCE_UNITS,
        t::SOURCE_OLD_ALIASES,
        t::SOURCE_ID_CODES,
        t::SOURCE_PHONES,
        t::SOURCE_RULES,
        t::DATA_VERSION,
        t::NOT_OFFICIAL,
    ];
    let mut sentences: Vec<String> = fixed
        .iter()
        .flat_map(|text| Lang::ALL.map(|lang| text.get(lang).to_owned()))
        .collect();
    for lang in Lang::ALL {
        sentences.push(t::rules_as_of(lang));
        sentences.push(t::source_old_units(lang));
        for &(date, change) in &RULE_CHANGES {
            sentences.push(t::rule_change_line(date, change, lang));
        }
    }
    for sentence in &sentences {
        wording::assert_follows_ux_md(sentence);
    }
    assert_eq!(
        t::rule_change_line(RULE_CHANGES[0].0, RULE_CHANGES[0].1, Lang::Vi),
        "02/10/2026: lịch nghỉ lễ năm 2027 theo Văn bản 10065/VPCP-KGVX (Tết từ 04/02 đến \
         10/02/2027; Giỗ Tổ 16/04 và nghỉ bù 03/05/2027 tính theo Bộ luật Lao động)."
    );
    // The footer's data dates are the rules' own.
    let units_date = format_date(sansang::rules::units::DATA_DATE, DateFormat::DayMonthYear);
    assert!(t::SOURCE_UNITS.vi.contains(&units_date));
    assert!(t::DATA_VERSION.vi.contains(&units_date));
    assert!(t::SOURCE_RULES.vi.contains("90/2026/TT-BTC"));
    assert!(t::SOURCE_RULES.vi.contains("320/2026/NĐ-CP"));
    // The conversion table's date is the one the converted figures cite; the alias data's MIT
    // notice names its copyright holder.
    let table_date = format_date(
        sansang::rules::old_address::SOURCE_DATE,
        DateFormat::DayMonthYear,
    );
    assert_eq!(table_date, "23/10/2025");
    assert!(
        t::source_old_units(Lang::Vi)
            .contains("“Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày 23/10/2025")
    );
    assert!(
        t::SOURCE_OLD_ALIASES
            .vi
            .contains("giấy phép MIT, © 2025 Tran Ngoc Minh Hieu")
    );
}
