#![cfg(not(target_arch = "wasm32"))]
//! Lists with pre-merger addresses through the bulk check (issue 14, `docs/rules.md §2.4`): the
//! tax office's 300-row list end to end (header below a title row, commune / district /
//! province columns, one address cell), the per-commune table against the truth, split old
//! communes counted "possibly" and settled for the whole list, the cleaned export and the
//! hand-over to the tracker, and the check without the conversion data.
//!
//! "Wrong" always means: the row was counted in a commune that is not its own. It must be 0.

#[path = "support/old_units.rs"]
mod old_units;
#[path = "support/tax_office_list.rs"]
mod tax_office_list;

use std::collections::BTreeMap;

use old_units::data;
use proptest::prelude::*;
use sansang::catalogue::{Lang, bulk as t};
use sansang::rules::bulk::export::{CleanedCsv, CommuneCounts};
use sansang::rules::bulk::{
    AddressReading, BulkChecker, BulkColumns, BulkReport, Column, ProblemCategory, ProblemKind,
    check_text, data_records, prepare,
};
use sansang::rules::delimited::{self, CsvOptions, Delimiter, Reader};
use sansang::rules::old_address::{How, OldUnits, Outcome, Settlements, Transfer};
use sansang::rules::units::{self, CommuneCode, ProvinceCode};
use tax_office_list::{Truth, tax_office_list};

/// Every row's reading, as the check saw it, with the report.
fn check_rows(
    csv: &str,
    province: Option<ProvinceCode>,
    with_data: bool,
) -> (Vec<AddressReading>, BulkReport) {
    let text = csv.trim_start_matches('\u{feff}');
    let delimiter = delimited::detect_delimiter(text).delimiter;
    let prepared = prepare(text, delimiter).expect("a header");
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut checker = BulkChecker::new(columns, province, with_data.then(data));
    let mut readings = Vec::new();
    for record in data_records(text, delimiter, prepared.header_row) {
        if let Some(outcome) = checker.check(&record) {
            readings.push(outcome.address);
        }
    }
    (readings, checker.finish())
}

#[derive(Debug, Default)]
struct Block {
    right: usize,
    wrong: Vec<String>,
    explained: BTreeMap<String, usize>,
}

fn reason(reading: &AddressReading) -> String {
    match reading.outcome() {
        Outcome::NotFound(what) => format!("not found ({what:?})"),
        Outcome::Contradiction(_) => "contradiction".to_owned(),
        Outcome::AmbiguousOld { via, .. } if via.commune_alias => "alias ambiguous".to_owned(),
        Outcome::AmbiguousOld { .. } | Outcome::AmbiguousNew { .. } => "ambiguous".to_owned(),
        Outcome::DistrictOnly { .. } => "district only".to_owned(),
        Outcome::Split { .. } => "split".to_owned(),
        Outcome::NeedsOldData => "needs the conversion data".to_owned(),
        other => format!("{other:?}"),
    }
}

/// Scores the three blocks of 100 rows and compares the per-commune table with the truth.
fn score(
    name: &str,
    readings: &[AddressReading],
    truth: &[Truth],
    report: &BulkReport,
) -> [Block; 3] {
    assert_eq!(
        readings.len(),
        300,
        "{name}: every row read below the title row"
    );
    let mut blocks: [Block; 3] = Default::default();
    // Truth per commune, and the rows the check left unexplained per commune.
    let mut truth_counts: BTreeMap<CommuneCode, u32> = BTreeMap::new();
    let mut explained_counts: BTreeMap<CommuneCode, u32> = BTreeMap::new();
    for (i, (reading, truth)) in readings.iter().zip(truth).enumerate() {
        let expected = match truth {
            Truth::Old(c) | Truth::New(c) => *c,
        };
        *truth_counts.entry(expected).or_default() += 1;
        let block = &mut blocks[i / 100];
        let right = match (truth, reading) {
            (Truth::New(_), AddressReading::Resolved(Outcome::Current(c))) => *c == expected,
            (Truth::Old(_), AddressReading::Resolved(Outcome::Converted { new, .. })) => {
                *new == expected
            }
            _ => false,
        };
        if right {
            block.right += 1;
        } else if let Some(found) = reading.commune() {
            block.wrong.push(format!(
                "row {}: {found:?} instead of {expected:?} ({reading:?})",
                i + 1
            ));
        } else {
            *block.explained.entry(reason(reading)).or_default() += 1;
            *explained_counts.entry(expected).or_default() += 1;
        }
    }
    for block in &blocks {
        assert!(block.wrong.is_empty(), "{name}: {:#?}", block.wrong);
    }
    // The per-commune table: each commune's count is its true count less the rows explained
    // (never more, never another commune's).
    let table: BTreeMap<CommuneCode, u32> = report
        .communes
        .iter()
        .filter(|t| t.organizations > 0)
        .map(|t| (t.commune, t.organizations))
        .collect();
    let mut agree = 0;
    for (commune, &count) in &truth_counts {
        let listed = table.get(commune).copied().unwrap_or(0);
        let missing = explained_counts.get(commune).copied().unwrap_or(0);
        assert_eq!(listed + missing, count, "{name}: {commune:?}");
        if listed == count {
            agree += 1;
        }
    }
    assert!(
        table.keys().all(|c| truth_counts.contains_key(c)),
        "{name}: a commune with no row of its own in the table"
    );
    println!(
        "{name}: per-commune table agrees with the truth for {agree} of {} communes \
         (the others differ only by the rows explained)",
        truth_counts.len()
    );
    blocks
}

fn print_and_check(name: &str, blocks: &[Block; 3]) {
    for (label, block) in ["old columns", "new addresses", "old address cell"]
        .iter()
        .zip(blocks)
    {
        println!(
            "{name}, {label}: {} right, {} explained {:?}, {} wrong",
            block.right,
            block.explained.values().sum::<usize>(),
            block.explained,
            block.wrong.len()
        );
        assert!(
            block.wrong.is_empty(),
            "{name}, {label}: {:#?}",
            block.wrong
        );
    }
    assert_eq!(blocks[1].right, 100, "{name}: every new-address row right");
    assert!(
        blocks[0].right + blocks[2].right >= 190,
        "{name}: ≥ 95 % of the old-address rows right"
    );
}

#[test]
fn the_tax_office_list_of_300_rows_through_the_bulk_check() {
    for seed in [14, 2025, 7218] {
        let (csv, truth) = tax_office_list(seed, None, None, true);
        let (readings, report) = check_rows(&csv, None, true);
        let name = format!("bulk check, nationwide list (seed {seed})");
        let blocks = score(&name, &readings, &truth, &report);
        print_and_check(&name, &blocks);
        let s = report.summary;
        println!(
            "{name}: summary: {} rows, {} new addresses, {} converted, {} split, {} not found",
            s.rows,
            s.commune_current,
            s.commune_converted,
            s.commune_split,
            s.commune_not_found()
        );
        assert_eq!(s.rows, 300);
        assert_eq!(s.tax_valid + s.tax_invalid, 300);
        assert_eq!(s.commune_current, 100);
        assert_eq!(
            s.commune_converted as usize,
            blocks[0].right + blocks[2].right
        );
        // Every converted row is listed old → new, for information.
        assert_eq!(
            report.count_in(Some(ProblemCategory::OldAddress)),
            s.commune_converted
        );
        assert_eq!(report.converted_organizations(), s.commune_converted);
        // The hand-over carries the same definite counts.
        let counts = CommuneCounts::from_report(&report);
        let handed: u32 = counts.rows.iter().map(|r| r.1).sum();
        assert_eq!(handed, s.commune_matched());
        assert_eq!(counts.converted, s.commune_converted);
        assert_eq!(counts.split, 0);
    }
}

/// An An Giang list (old An Giang + old Kiên Giang), its province chosen once for the list and
/// the province column left empty.
#[test]
fn an_an_giang_list_told_its_province_once() {
    let an_giang = ProvinceCode::new(91).ok();
    for seed in [91, 89] {
        let (csv, truth) = tax_office_list(seed, Some(&[89, 91]), an_giang, false);
        let (readings, report) = check_rows(&csv, an_giang, true);
        let name = format!("bulk check, An Giang list (seed {seed}, province chosen)");
        let blocks = score(&name, &readings, &truth, &report);
        print_and_check(&name, &blocks);
        assert_eq!(CommuneCounts::from_report(&report).province, an_giang);
    }
}

/// Offline at first use: the rest of the check runs, new addresses resolve, old ones wait for
/// the data (never guessed), and the checker asks for the data.
#[test]
fn without_the_conversion_data_nothing_is_guessed() {
    let (csv, truth) = tax_office_list(14, None, None, true);
    let text = csv.trim_start_matches('\u{feff}');
    let prepared = prepare(text, Delimiter::Comma).expect("a header");
    let mut checker = BulkChecker::new(BulkColumns::from_mapping(&prepared.mapping), None, None);
    let mut readings = Vec::new();
    for record in data_records(text, Delimiter::Comma, prepared.header_row) {
        readings.extend(checker.check(&record).map(|o| o.address));
    }
    assert!(checker.wants_old_data());
    let report = checker.finish();
    let blocks = score("bulk check without the data", &readings, &truth, &report);
    for block in &blocks {
        assert!(block.wrong.is_empty(), "{:#?}", block.wrong);
    }
    assert_eq!(
        blocks[1].right, 100,
        "every new-address row right without the data"
    );
    let s = report.summary;
    println!(
        "without the data: {} new addresses, {} waiting for the data, {} not found",
        s.commune_current, s.commune_needs_data, s.commune_unmatched
    );
    assert_eq!(
        s.tax_valid + s.tax_invalid,
        300,
        "the rest of the check runs"
    );
    assert_eq!(s.commune_converted, 0);
    assert!(s.commune_needs_data >= 150, "{s:?}");
    // A list of new addresses only does not ask for it.
    let mut new_only = BulkChecker::new(BulkColumns::from_mapping(&prepared.mapping), None, None);
    for (record, truth) in data_records(text, Delimiter::Comma, prepared.header_row).zip(&truth) {
        if matches!(truth, Truth::New(_)) {
            let _ = new_only.check(&record);
        }
    }
    assert!(!new_only.wants_old_data());
}

// ---------------------------------------------------------------------------------------------
// Split old communes
// ---------------------------------------------------------------------------------------------

/// Old communes split between several new ones with no rule for one (the user must choose),
/// with their district and province names.
fn split_old_communes(data: &OldUnits) -> Vec<(u32, String, String, String, Vec<CommuneCode>)> {
    data.communes()
        .filter_map(|c| {
            let code = c.code?;
            let targets: Vec<_> = data.targets(c.id).collect();
            let decided = targets
                .iter()
                .filter(|t| {
                    matches!(
                        t.transfer,
                        Transfer::Whole | Transfer::PartAreaWholePopulation
                    )
                })
                .count();
            (targets.len() >= 2 && decided == 0).then(|| {
                (
                    code,
                    c.full_name.to_owned(),
                    c.district.full_name.to_owned(),
                    c.district.province.full_name.to_owned(),
                    targets
                        .iter()
                        .filter_map(|t| CommuneCode::new(t.code).ok())
                        .collect(),
                )
            })
        })
        .collect()
}

/// A list with two split old communes (three rows each: two distinct organizations and a
/// repeat, one not operating), and two current rows.
fn list_with_splits(data: &OldUnits) -> (String, [(u32, Vec<CommuneCode>); 2]) {
    let splits = split_old_communes(data);
    assert!(splits.len() > 50, "the table has split communes");
    let picks = [&splits[3], &splits[splits.len() / 2]];
    let mut rows = vec![vec![
        "Mã số thuế".to_owned(),
        "Tên doanh nghiệp".to_owned(),
        "Địa chỉ trụ sở".to_owned(),
        "Trạng thái".to_owned(),
    ]];
    let codes = [
        "0100109106",
        "0314409058",
        "0100109106",
        "0101243150",
        "0300588569",
        "0101243150",
    ];
    for (i, code) in codes.iter().enumerate() {
        let (_, commune, district, province, _) = picks[i / 3];
        rows.push(vec![
            (*code).to_owned(),
            format!("Công ty {}", i + 1),
            format!("Thôn {}, {commune}, {district}, {province}", i + 1),
            if i == 1 {
                "Ngừng hoạt động"
            } else {
                "Đang hoạt động"
            }
            .to_owned(),
        ]);
    }
    let current = units::communes().first().expect("a commune");
    let current_province = units::province(current.province).expect("its province");
    for (i, code) in ["0102100740", "0301452923"].iter().enumerate() {
        rows.push(vec![
            (*code).to_owned(),
            format!("Công ty mới {i}"),
            format!(
                "Số {i} Lê Lợi, {}, {}",
                current.full_name, current_province.full_name
            ),
            "Đang hoạt động".to_owned(),
        ]);
    }
    let csv = delimited::write_csv(rows, CsvOptions::EXCEL);
    (
        csv,
        [
            (picks[0].0, picks[0].4.clone()),
            (picks[1].0, picks[1].4.clone()),
        ],
    )
}

#[test]
fn splits_count_possibly_in_each_candidate_until_settled_for_the_whole_list() {
    let data = data();
    let (
        csv,
        [
            (first_old, first_candidates),
            (second_old, second_candidates),
        ],
    ) = list_with_splits(data);
    let text = csv.trim_start_matches('\u{feff}');
    let (_, report) = check_text(text, None, Some(data)).expect("a header");
    let s = report.summary;
    assert_eq!((s.commune_split, s.commune_current), (6, 2));
    assert_eq!(report.splits.len(), 2);
    let first = &report.splits[0];
    assert_eq!(
        first.old_code.min(report.splits[1].old_code),
        first.old_code
    );
    let by_code = |code: u32| {
        report
            .splits
            .iter()
            .find(|s| s.old_code == code)
            .expect("listed")
    };
    let a = by_code(first_old);
    assert_eq!(a.candidates, first_candidates);
    // Three rows, two distinct organizations (the third repeats the first), one not operating.
    assert_eq!((a.rows, a.organizations, a.inactive), (3, 2, 1));
    assert_eq!(a.examples.len(), 3);
    assert_eq!(a.examples[0].street.as_deref(), Some("Thôn 1"));
    assert_eq!(a.examples[0].name.as_deref(), Some("Công ty 1"));
    // Counted "possibly" in every candidate, never in one.
    for candidate in &first_candidates {
        let tally = report
            .communes
            .iter()
            .find(|t| t.commune == *candidate)
            .expect("every candidate listed");
        assert!(tally.possibly >= 2, "{tally:?}");
    }
    let definite: u32 = report.communes.iter().map(|t| t.organizations).sum();
    assert_eq!(definite, 2, "only the two current rows are definite");
    assert_eq!(
        report.split_organizations(),
        2 + by_code(second_old).organizations
    );
    let split_rows: Vec<u32> = report
        .problems_in(Some(ProblemCategory::Commune))
        .filter(|p| matches!(p.kind, ProblemKind::Address(Outcome::Split { .. })))
        .map(|p| p.row)
        .collect();
    assert_eq!(split_rows, [2, 3, 4, 5, 6, 7]);

    // The hand-over: definite counts only, the split apart.
    let counts = CommuneCounts::from_report(&report);
    assert_eq!(counts.rows.iter().map(|r| r.1).sum::<u32>(), 2);
    assert_eq!(counts.split, report.split_organizations());
    assert!(
        counts
            .possibly
            .iter()
            .any(|(c, n)| *c == first_candidates[1] && *n >= 2)
    );

    // Settle the first for the whole list.
    let chosen = first_candidates[1];
    let mut settlements = Settlements::new();
    settlements.settle(first_old, chosen);
    let settled = report.with_settlements(&settlements);
    assert_eq!(settled.splits.len(), 1);
    assert_eq!(settled.summary.commune_split, 3);
    assert_eq!(settled.summary.commune_converted, 3);
    let tally = settled
        .communes
        .iter()
        .find(|t| t.commune == chosen)
        .expect("the chosen commune");
    assert_eq!(
        (tally.organizations, tally.inactive, tally.from_old),
        (2, 1, 2)
    );
    assert!(
        settled
            .communes
            .iter()
            .filter(|t| first_candidates.contains(&t.commune)
                && !second_candidates.contains(&t.commune))
            .all(|t| t.possibly == 0),
        "no longer possibly anywhere"
    );
    let converted: Vec<u32> = settled
        .problems_in(Some(ProblemCategory::OldAddress))
        .map(|p| p.row)
        .collect();
    assert_eq!(converted, [2, 3, 4]);
    assert!(settled.problems.iter().any(|p| matches!(
        p.kind,
        ProblemKind::Address(Outcome::Converted { how: How::Settled, new, .. }) if new == chosen
    )));
    assert_eq!(
        settled.count_in(Some(ProblemCategory::OldAddress)),
        3,
        "category counts follow"
    );
    let counts = CommuneCounts::from_report(&settled);
    assert!(counts.rows.contains(&(chosen, 2, 1)));
    assert_eq!(counts.converted, 2);
    // A choice that is not a candidate is ignored; undoing gives the first report back.
    let mut wrong = Settlements::new();
    wrong.settle(first_old, second_candidates[0]);
    if !first_candidates.contains(&second_candidates[0]) {
        assert_eq!(report.with_settlements(&wrong), report);
    }
    settlements.unsettle(first_old);
    assert_eq!(report.with_settlements(&settlements), report);

    // The cleaned export runs its own check with the choices: the settled rows are converted,
    // the others still split.
    settlements.settle(first_old, chosen);
    let prepared = prepare(text, Delimiter::Comma).expect("a header");
    let mut cleaned = CleanedCsv::new(
        &prepared.header,
        BulkColumns::from_mapping(&prepared.mapping),
        None,
        Some(data),
        &settlements,
        t::cleaned_labels(Lang::Vi),
    );
    let words = t::BulkWords {
        lang: Lang::Vi,
        data: Some(data),
    };
    for record in data_records(text, Delimiter::Comma, prepared.header_row) {
        cleaned.push(&record, &words);
    }
    let out = cleaned.finish();
    let decoded = delimited::decode(out.as_bytes()).expect("decodes");
    let rows: Vec<Vec<String>> = Reader::new(&decoded.text, Delimiter::Comma)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(rows[1][4], chosen.to_string());
    assert_eq!(rows[1][7], "đổi từ địa chỉ cũ (bạn đã chọn)");
    assert!(
        rows[1][8].contains(", "),
        "the old place read: {}",
        rows[1][8]
    );
    assert_eq!(rows[4][4], "", "the second split is not settled");
    assert_eq!(rows[4][7], "xã cũ được chia: cần chọn");
    assert_eq!(rows[7][7], "đã là địa chỉ mới");
}

/// The old-address column of the mapping reads an "Địa chỉ cũ" column on its own.
#[test]
fn a_list_with_an_old_address_column() {
    let list = "Mã số thuế,Tên doanh nghiệp,Địa chỉ,Địa chỉ cũ\n\
        0100109106,Công ty A,,\"Số 5 Trần Phú, Phường Vĩnh Thanh Vân, TP Rạch Giá, Tỉnh Kiên Giang\"\n\
        0314409058,Công ty B,\"Số 5 Trần Phú, Phường Rạch Giá, Tỉnh An Giang\",\"Phường Vĩnh Thanh Vân, TP Rạch Giá, Kiên Giang\"\n\
        0101243150,Công ty C,\"1 Điện Biên Phủ, Phường Ba Đình, Hà Nội\",\"Phường Vĩnh Thanh Vân, TP Rạch Giá, Kiên Giang\"\n";
    let (prepared, report) = check_text(list, None, Some(data())).expect("a header");
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    assert_eq!(columns.get(Column::OldAddress), Some(3));
    let s = report.summary;
    assert_eq!(
        (
            s.commune_converted,
            s.commune_current,
            s.commune_contradiction
        ),
        (1, 1, 1)
    );
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.row == 4 && matches!(p.kind, ProblemKind::OldColumnDisagrees { .. }))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any seed of the tax office's list: no wrong commune, deterministic.
    #[test]
    fn any_generated_list_has_no_wrong_commune(seed in 1u64..u64::MAX) {
        let (csv, truth) = tax_office_list(seed, None, None, seed % 2 == 0);
        let (readings, report) = check_rows(&csv, None, true);
        for (reading, truth) in readings.iter().zip(&truth) {
            let expected = match truth { Truth::Old(c) | Truth::New(c) => *c };
            if let Some(found) = reading.commune() {
                prop_assert_eq!(found, expected);
            }
        }
        prop_assert_eq!(check_rows(&csv, None, true).1, report);
        // Without the data (offline at first use): still never a wrong commune.
        let (readings, _) = check_rows(&csv, None, false);
        for (reading, truth) in readings.iter().zip(&truth) {
            let expected = match truth { Truth::Old(c) | Truth::New(c) => *c };
            if let Some(found) = reading.commune() {
                prop_assert_eq!(found, expected, "{:?}", reading);
            }
        }
    }
}
