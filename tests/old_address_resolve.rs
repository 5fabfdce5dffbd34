#![cfg(not(target_arch = "wasm32"))]
//! Reading old addresses and resolving them to today's communes (`docs/rules.md §2.4`, issue 14):
//! every old commune of the table in four writing styles, every commune of today, the tax
//! office's 300-row list, 200 addresses written by hand, splits, contradictions, properties.
//!
//! "Wrong" always means: the row resolved to a commune that is not the answer. It must be 0.

#[path = "support/old_units.rs"]
mod old_units;
#[path = "support/tax_office_list.rs"]
mod tax_office_list;

use std::collections::BTreeMap;

use old_units::data;
use proptest::prelude::*;
use sansang::rules::delimited;
use sansang::rules::old_address::{
    AddressCells, Contradiction, How, NotFound, OldUnits, Outcome, Resolver, Settlements, Transfer,
};
use sansang::rules::units::{self, CommuneCode, ProvinceCode};
use tax_office_list::{HEADER, Truth, abbreviate, leak, strip_tones, tax_office_list};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn code(text: &str) -> CommuneCode {
    CommuneCode::parse(text).expect("a commune code")
}

/// The table's answer for an old commune code: its one new commune, when the table gives one
/// (a single target, one `whole` among several, or the one `part-area-whole-population`).
fn answer(data: &OldUnits, old_code: u32) -> Option<CommuneCode> {
    let id = data.commune_by_code(old_code)?;
    let targets: Vec<_> = data.targets(id).collect();
    let only = |t: Transfer| {
        let found: Vec<_> = targets.iter().filter(|x| x.transfer == t).collect();
        (found.len() == 1).then(|| found[0].code)
    };
    let new = match targets.as_slice() {
        [one] => Some(one.code),
        _ => only(Transfer::Whole).or_else(|| only(Transfer::PartAreaWholePopulation)),
    }?;
    CommuneCode::new(new).ok()
}

/// The outcome's name, for tallies.
fn label(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Missing => "missing",
        Outcome::Current(_) => "current",
        Outcome::CurrentKindDiffers { .. } => "kind differs",
        Outcome::Converted {
            how: How::Whole, ..
        } => "converted (whole)",
        Outcome::Converted {
            how: How::WholePopulation,
            ..
        } => "converted (whole population)",
        Outcome::Converted {
            how: How::Settled, ..
        } => "converted (settled)",
        Outcome::Split { .. } => "split",
        Outcome::AmbiguousOld { .. } => "ambiguous old name",
        Outcome::AmbiguousNew { .. } => "ambiguous new name",
        Outcome::Contradiction(_) => "contradiction",
        Outcome::DistrictOnly { .. } => "district only",
        Outcome::NotFound(_) => "not found",
        Outcome::NeedsOldData => "needs old data",
    }
}

// ---------------------------------------------------------------------------------------------
// The issue's failures, reproduced
// ---------------------------------------------------------------------------------------------

fn resolve(address: &str) -> Outcome {
    Resolver::new(Some(data()), None)
        .resolve(AddressCells::address(address))
        .outcome
}

/// Issue 14: "Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình" went to Xã Độc Lập of Cao Bằng, and
/// "Thị trấn Thanh Nhật, Huyện Hạ Lang, Cao Bằng" to Phường Thành Nhất of Đắk Lắk.
#[test]
fn an_old_name_is_never_matched_to_a_new_unit_elsewhere() {
    let data = data();
    for (address, old) in [
        ("Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình", 12676),
        ("Thị trấn Thanh Nhật, Huyện Hạ Lang, Cao Bằng", 1558),
        ("xa doc lap, huyen hung ha, thai binh", 12676),
        ("thi tran thanh nhat, huyen ha lang, cao bang", 1558),
    ] {
        match resolve(address) {
            Outcome::Converted { old: id, new, .. } => {
                assert_eq!(
                    data.commune(id).and_then(|c| c.code),
                    Some(old),
                    "{address}"
                );
                assert_eq!(Some(new), answer(data, old), "{address}");
            }
            other => panic!("{address}: {other:?}"),
        }
    }
    // The same commune cells, resolved by today's list alone, would have found these:
    assert_eq!(
        units::match_commune_name("Xã Độc Lập", None),
        units::CommuneMatch::Exact(units::commune(code("01594")).unwrap())
    );
}

#[test]
fn the_issue_examples() {
    let mut resolver = Resolver::new(Some(data()), None);
    let kg = resolver.resolve(AddressCells::address(
        "Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang",
    ));
    assert_eq!(kg.outcome.commune(), Some(code("30898")), "Xã Bình An");
    assert_eq!(kg.street, Some("Ấp 3"));
    let hcm = resolver.resolve(AddressCells::address("12 Lê Lợi, P.7, Q.3, TP.HCM"));
    // Phường 7 of Quận 3 merged into Võ Thị Sáu in 2020, which went into Phường Xuân Hòa.
    match hcm.outcome {
        Outcome::Converted { new, via, .. } => {
            assert_eq!(new, code("27139"));
            assert!(via.commune_alias && !via.province_alias);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(hcm.street, Some("12 Lê Lợi"));
    let cells = resolver.resolve(AddressCells::cells(
        "Xã Vĩnh Hòa Hiệp",
        "Huyện Châu Thành",
        "Tỉnh Kiên Giang",
    ));
    assert_eq!(cells.outcome.commune(), Some(code("30898")));
}

// ---------------------------------------------------------------------------------------------
// Every unit of the table and of today's list
// ---------------------------------------------------------------------------------------------

/// Every old commune of the table, written four ways: cells with full names; one cell with the
/// tax office's abbreviations after a street; one cell without tones; short names without kind
/// words. Right = its own new commune or its own split; the rest must be explained, never wrong.
#[test]
fn every_old_commune_in_four_styles() {
    let data = data();
    for style in ["cells", "abbreviated", "no tones", "no kind words"] {
        let mut resolver = Resolver::new(Some(data), None);
        let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
        let mut wrong = Vec::new();
        let mut total = 0;
        for c in data.communes().filter(|c| c.code.is_some()) {
            total += 1;
            let (commune, district, province) = (
                c.full_name,
                c.district.full_name,
                c.district.province.full_name,
            );
            let cells = match style {
                "cells" => AddressCells::cells(commune, district, province),
                "abbreviated" => AddressCells::address(leak(format!(
                    "Số 1, {}, {}, {}",
                    abbreviate(commune),
                    abbreviate(district),
                    abbreviate(province)
                ))),
                "no tones" => AddressCells::address(leak(strip_tones(&format!(
                    "{commune}, {district}, {province}"
                )))),
                _ => AddressCells::address(leak(format!(
                    "{}, {}, {}",
                    c.short_name, c.district.short_name, c.district.province.short_name
                ))),
            };
            let outcome = resolver.resolve(cells).outcome;
            let own = data
                .targets(c.id)
                .any(|t| Some(t.code) == outcome.commune().map(|n| n.get()));
            let right = match outcome {
                Outcome::Converted { old, .. } | Outcome::Split { old, .. } => {
                    old == c.id && (own || matches!(outcome, Outcome::Split { .. }))
                }
                _ => false,
            };
            if outcome.commune().is_some() && !right {
                wrong.push(format!("{commune}, {district}, {province}: {outcome:?}"));
            }
            *tally.entry(label(&outcome)).or_default() += 1;
        }
        let resolved = tally.get("converted (whole)").unwrap_or(&0)
            + tally.get("converted (whole population)").unwrap_or(&0)
            + tally.get("split").unwrap_or(&0);
        println!(
            "{style}: {total} old communes, {tally:?}, wrong {}",
            wrong.len()
        );
        assert!(wrong.is_empty(), "{style}: {wrong:#?}");
        assert_eq!(total, 10_035);
        // Only names repeated in one district (written without tones) stay ambiguous.
        assert!(
            resolved * 1000 >= total * 995,
            "{style}: {resolved} of {total}"
        );
        if style == "cells" || style == "abbreviated" {
            assert_eq!(
                tally.get("split"),
                Some(&381),
                "440 split, 59 with a population rule"
            );
            assert_eq!(tally.get("converted (whole population)"), Some(&58));
        }
    }
}

/// Every commune of today, with its province, written four ways: all kept ("a row that names a
/// new commune keeps it"); without tones, only pairs that differ by tones alone stay ambiguous.
#[test]
fn every_commune_of_today_keeps_its_name() {
    let data = data();
    for style in [
        "full",
        "abbreviated after a street",
        "no tones",
        "short names",
    ] {
        let mut resolver = Resolver::new(Some(data), None);
        let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
        for c in units::communes() {
            let p = units::province(c.province).expect("its province");
            let address = match style {
                "full" => format!("{}, {}", c.full_name, p.full_name),
                "abbreviated after a street" => format!(
                    "Số 5 đường Lê Lợi, {}, {}",
                    abbreviate(c.full_name),
                    abbreviate(p.full_name)
                ),
                "no tones" => strip_tones(&format!("{}, {}", c.full_name, p.full_name)),
                _ => format!("{}, {}", c.short_name, p.short_name),
            };
            let outcome = resolver.resolve(AddressCells::address(&address)).outcome;
            match outcome {
                Outcome::Current(found) => assert_eq!(found, c.code, "{address}"),
                Outcome::AmbiguousNew { candidates: 2 } if style == "no tones" => {}
                other => panic!("{style}: {address}: {other:?}"),
            }
            *tally.entry(label(&outcome)).or_default() += 1;
        }
        println!("{style}: {tally:?}");
        let ambiguous = tally.get("ambiguous new name").copied().unwrap_or(0);
        assert!(ambiguous <= 16, "{style}: {ambiguous}");
    }
}

// ---------------------------------------------------------------------------------------------
// The tax office's list (issue 14: 300 rows, three blocks of 100)
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default)]
struct Score {
    right: usize,
    wrong: Vec<String>,
    explained: BTreeMap<&'static str, usize>,
}

/// Reads the list back as a user's file would be read, resolves every row, scores each block.
fn score_list(csv: &str, truth: &[Truth], list_province: Option<ProvinceCode>) -> [Score; 3] {
    let table = delimited::parse_table(csv.trim_start_matches('\u{feff}'));
    // The header is below a title row.
    let header_at = table
        .rows
        .iter()
        .position(|r| r.get(3) == Some("Địa chỉ trụ sở"))
        .expect("the header row");
    let column = |name: &str| HEADER.iter().position(|h| *h == name).expect("a column");
    let (address, commune, district, province) = (
        column("Địa chỉ trụ sở"),
        column("Phường/Xã"),
        column("Quận/Huyện"),
        column("Tỉnh/Thành phố"),
    );
    let mut resolver = Resolver::new(Some(data()), list_province);
    let mut scores: [Score; 3] = Default::default();
    for (i, (row, truth)) in table.rows[header_at + 1..].iter().zip(truth).enumerate() {
        let cell = |c: usize| row.get(c).filter(|s| !s.is_empty());
        let cells = AddressCells {
            commune: cell(commune),
            district: cell(district),
            province: cell(province),
            address: cell(address),
        };
        let outcome = resolver.resolve(cells).outcome;
        let expected = match truth {
            Truth::Old(new) | Truth::New(new) => *new,
        };
        let score = &mut scores[i / 100];
        let right = match (truth, outcome) {
            (Truth::New(_), Outcome::Current(found)) => found == expected,
            (Truth::Old(_), Outcome::Converted { new, .. }) => new == expected,
            _ => false,
        };
        if right {
            score.right += 1;
        } else if outcome.commune().is_some() {
            score
                .wrong
                .push(format!("row {}: {cells:?} → {outcome:?}", i + 1));
        } else {
            *score.explained.entry(label(&outcome)).or_default() += 1;
            if std::env::var_os("SHOW_EXPLAINED").is_some() {
                println!("  row {}: {cells:?} → {outcome:?}", i + 1);
            }
        }
    }
    scores
}

fn check_scores(name: &str, scores: &[Score; 3]) {
    for (block, score) in ["old columns", "new addresses", "old address cell"]
        .iter()
        .zip(scores)
    {
        println!(
            "{name}, {block}: {} right, {} explained {:?}, {} wrong",
            score.right,
            score.explained.values().sum::<usize>(),
            score.explained,
            score.wrong.len()
        );
        assert!(
            score.wrong.is_empty(),
            "{name}, {block}: {:#?}",
            score.wrong
        );
    }
    assert_eq!(scores[1].right, 100, "{name}: every new-address row right");
    assert!(
        scores[0].right + scores[2].right >= 190,
        "{name}: ≥ 95 % of old rows"
    );
}

#[test]
fn the_tax_office_list_of_300_rows() {
    for seed in [14, 2025, 7218] {
        let (csv, truth) = tax_office_list(seed, None, None, true);
        let scores = score_list(&csv, &truth, None);
        check_scores(&format!("nationwide list (seed {seed})"), &scores);
    }
}

/// An An Giang list (issue 14: "an An Giang list: old An Giang + old Kiên Giang"), the
/// province chosen once for the list and the province column left empty on most rows.
#[test]
fn an_an_giang_list_with_its_province_chosen() {
    let an_giang = ProvinceCode::parse("91").expect("An Giang");
    assert_eq!(
        units::province(an_giang).map(|p| p.short_name),
        Some("An Giang")
    );
    let old: Vec<u8> = data()
        .old_provinces_of(an_giang)
        .iter()
        .filter_map(|&id| data().province(id).map(|p| p.code))
        .collect();
    assert_eq!(old, [89, 91], "old An Giang and old Kiên Giang");
    for seed in [91, 89] {
        for province_column in [false, true] {
            let (csv, truth) = tax_office_list(seed, Some(&old), Some(an_giang), province_column);
            let scores = score_list(&csv, &truth, Some(an_giang));
            check_scores(
                &format!("An Giang list (seed {seed}, province column {province_column})"),
                &scores,
            );
        }
    }
    // A row from another province in an An Giang list is reported.
    let mut resolver = Resolver::new(Some(data()), Some(an_giang));
    let outcome = resolver
        .resolve(AddressCells::cells(
            "Xã Tân Lân",
            "Huyện Cần Đước",
            "Tỉnh Long An",
        ))
        .outcome;
    assert!(
        matches!(
            outcome,
            Outcome::Contradiction(Contradiction::ProvinceOutsideList { list, .. }) if list == an_giang
        ),
        "{outcome:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 200 addresses written by hand
// ---------------------------------------------------------------------------------------------

#[test]
fn hand_written_addresses() {
    let text = include_str!("data/old-addresses/hand-written.txt");
    let data = data();
    let mut resolver = Resolver::new(Some(data), None);
    let mut count = 0;
    let mut failures = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (address, expected) = line.rsplit_once(" | ").expect("address | expectation");
        count += 1;
        let outcome = resolver.resolve(AddressCells::address(address)).outcome;
        let (kind, arg) = expected.split_once(' ').unwrap_or((expected, ""));
        let ok = match kind {
            "old" => {
                let old: u32 = arg.parse().expect("an old code");
                matches!(outcome, Outcome::Converted { old: id, new, .. }
                    if data.commune(id).and_then(|c| c.code) == Some(old)
                        && Some(new) == answer(data, old))
            }
            "new" => outcome == Outcome::Current(code(arg)),
            "split" => {
                let old: u32 = arg.parse().expect("an old code");
                matches!(outcome, Outcome::Split { old: id, .. }
                    if data.commune(id).and_then(|c| c.code) == Some(old))
            }
            "district" => matches!(outcome, Outcome::DistrictOnly { .. }),
            "contradiction" => matches!(outcome, Outcome::Contradiction(_)),
            "ambiguous" => matches!(
                outcome,
                Outcome::AmbiguousOld { .. } | Outcome::AmbiguousNew { .. }
            ),
            "notfound" => matches!(outcome, Outcome::NotFound(_)),
            other => panic!("expectation {other}"),
        };
        if !ok {
            failures.push(format!("{address} | {expected}: {outcome:?}"));
        }
    }
    println!(
        "{count} hand-written addresses, {} not as expected",
        failures.len()
    );
    assert!(count >= 200, "{count}");
    assert!(failures.is_empty(), "{failures:#?}");
}

// ---------------------------------------------------------------------------------------------
// Splits, settlements, contradictions
// ---------------------------------------------------------------------------------------------

#[test]
fn splits_are_reported_with_their_candidates_and_settled_by_the_user() {
    let data = data();
    let mut resolver = Resolver::new(Some(data), None);
    let ngoc_ha =
        AddressCells::address("Số 5 Hoàng Hoa Thám, Phường Ngọc Hà, Quận Ba Đình, Hà Nội");
    let resolved = resolver.resolve(ngoc_ha);
    let Outcome::Split {
        old, candidates, ..
    } = resolved.outcome
    else {
        panic!("{:?}", resolved.outcome);
    };
    assert_eq!(resolved.street, Some("Số 5 Hoàng Hoa Thám"));
    assert_eq!(data.commune(old).and_then(|c| c.code), Some(16));
    let found: Vec<_> = candidates.iter().collect();
    assert_eq!(
        found,
        [
            (code("00004"), Transfer::Part),
            (code("00008"), Transfer::Part)
        ]
    );
    // `part-area-whole-population`: Thụy Khuê's people all went to Phường Tây Hồ.
    let thuy_khue = resolver
        .resolve(AddressCells::cells(
            "Phường Thụy Khuê",
            "Quận Tây Hồ",
            "Hà Nội",
        ))
        .outcome;
    assert!(
        matches!(thuy_khue, Outcome::Converted { new, how: How::WholePopulation, .. } if new == code("00103")),
        "{thuy_khue:?}"
    );
    // Kỳ Lợi: whole area to one new ward, some residents to two others.
    let ky_loi = resolver
        .resolve(AddressCells::cells("Xã Kỳ Lợi", "Thị xã Kỳ Anh", "Hà Tĩnh"))
        .outcome;
    assert!(
        matches!(
            ky_loi,
            Outcome::Converted {
                how: How::Whole,
                ..
            }
        ),
        "{ky_loi:?}"
    );

    // One choice settles every row of that old commune; a choice outside the candidates is
    // ignored.
    let mut settlements = Settlements::new();
    settlements.settle(16, code("00008"));
    resolver.set_settlements(settlements);
    let settled = resolver.resolve(AddressCells::cells("P. Ngọc Hà", "Q. Ba Đình", "TP Hà Nội"));
    assert!(
        matches!(settled.outcome, Outcome::Converted { new, how: How::Settled, .. } if new == code("00008")),
        "{settled:?}"
    );
    let mut wrong_choice = Settlements::new();
    wrong_choice.settle(16, code("30898"));
    resolver.set_settlements(wrong_choice);
    assert!(matches!(
        resolver.resolve(ngoc_ha).outcome,
        Outcome::Split { .. }
    ));

    // Every split of the table with no population rule is a split, with all its candidates.
    let mut splits = 0;
    for c in data.communes() {
        let targets: Vec<_> = data.targets(c.id).collect();
        if c.code.is_none() || targets.len() < 2 || answer(data, c.code.unwrap_or(0)).is_some() {
            continue;
        }
        let outcome = resolver
            .resolve(AddressCells::cells(
                c.full_name,
                c.district.full_name,
                c.district.province.full_name,
            ))
            .outcome;
        match outcome {
            Outcome::Split { candidates, .. } => {
                splits += 1;
                assert_eq!(candidates.len(), targets.len(), "{}", c.full_name);
                assert!((2..=5).contains(&candidates.len()) || candidates.len() == 6);
            }
            Outcome::AmbiguousOld { .. } => {}
            other => panic!("{}: {other:?}", c.full_name),
        }
    }
    assert_eq!(splits, 381);
}

#[test]
fn contradictions_are_reported_never_resolved() {
    let data = data();
    let mut resolver = Resolver::new(Some(data), None);
    // Today's Phường Ngọc Hà was not fed by old Gia Lâm.
    let outcome = resolver
        .resolve(AddressCells::cells(
            "Phường Ngọc Hà",
            "Huyện Gia Lâm",
            "Hà Nội",
        ))
        .outcome;
    assert!(
        matches!(
            outcome,
            Outcome::Contradiction(Contradiction::CommuneNotInDistrict { commune, .. }) if commune == code("00008")
        ),
        "{outcome:?}"
    );
    // Today's Phường Ngọc Hà written with old Ba Đình (which fed it) is kept.
    assert_eq!(
        resolver
            .resolve(AddressCells::cells(
                "Phường Ngọc Hà (mới)",
                "Quận Ba Đình",
                "Hà Nội"
            ))
            .outcome,
        Outcome::NotFound(NotFound::Commune)
    );
    // Huyện Châu Thành exists, but not in Thái Bình.
    let outcome = resolver
        .resolve(AddressCells::address(
            "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Thái Bình",
        ))
        .outcome;
    assert!(
        matches!(
            outcome,
            Outcome::Contradiction(Contradiction::DistrictNotInProvince { .. })
        ),
        "{outcome:?}"
    );
    // A 2025 commune with an old province that did not feed it.
    let outcome = resolver
        .resolve(AddressCells::cells("Phường Ba Đình", "", "Tỉnh Kiên Giang"))
        .outcome;
    assert!(
        matches!(outcome, Outcome::NotFound(NotFound::Commune)),
        "{outcome:?}"
    );
    let outcome = resolver
        .resolve(AddressCells::cells("Xã Châu Thành", "", "Tỉnh Kiên Giang"))
        .outcome;
    assert!(
        matches!(
            outcome,
            Outcome::Current(_)
                | Outcome::Contradiction(Contradiction::CommuneNotInProvince { .. })
                | Outcome::Converted { .. }
                | Outcome::AmbiguousOld { .. }
        ),
        "{outcome:?}"
    );
}

#[test]
fn without_the_data_new_addresses_still_resolve() {
    let mut resolver = Resolver::new(None, None);
    assert_eq!(
        resolver
            .resolve(AddressCells::address("Số 1, Xã Bình An, Tỉnh An Giang"))
            .outcome,
        Outcome::Current(code("30898"))
    );
    assert_eq!(
        resolver
            .resolve(AddressCells::address(
                "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang"
            ))
            .outcome,
        Outcome::NeedsOldData
    );
    assert_eq!(
        resolver.resolve(AddressCells::default()).outcome,
        Outcome::Missing
    );
    // Two names before the province, no kind words: the second may be an old district that is
    // a commune today (KBang, Bình Thạnh, Tam Nông). Without the data it waits, never guessed.
    for address in [
        "Số 284 đường Nguyễn Trãi, Kông Bơ La, KBang, Tỉnh Gia Lai",
        "Số 72 đường Nguyễn Trãi, Phường 19, Bình Thạnh, Thành phố Hồ Chí Minh, Việt Nam",
        "Số 253 đường Nguyễn Trãi, Quang Húc, Tam Nông, Tinh Phu Tho",
    ] {
        assert_eq!(
            resolver.resolve(AddressCells::address(address)).outcome,
            Outcome::NeedsOldData,
            "{address}"
        );
        assert!(
            matches!(
                Resolver::new(Some(data()), None)
                    .resolve(AddressCells::address(address))
                    .outcome,
                Outcome::Converted { .. }
            ),
            "{address}"
        );
    }
    // A numbered hamlet before the commune is no unit: the row still resolves. A named one may
    // be an old commune ("Bản Mế, Si Ma Cai, Tỉnh Lào Cai"): it waits for the data.
    assert_eq!(
        resolver
            .resolve(AddressCells::address("Ấp 3, Bình An, Tỉnh An Giang"))
            .outcome,
        Outcome::Current(code("30898"))
    );
    for address in [
        "Ấp Phước Lợi, Bình An, Tỉnh An Giang",
        "Số 263 đường Nguyễn Trãi, Bản Mế, Si Ma Cai, Tỉnh Lào Cai",
    ] {
        assert_eq!(
            resolver.resolve(AddressCells::address(address)).outcome,
            Outcome::NeedsOldData,
            "{address}"
        );
    }
    assert_eq!(
        Resolver::new(Some(data()), None)
            .resolve(AddressCells::address(
                "Ấp Phước Lợi, Bình An, Tỉnh An Giang"
            ))
            .outcome,
        Outcome::Current(code("30898"))
    );
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const SHAPES: &str = "[ ,.;\\-–0-9a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐXPQHT]{0,60}";

fn any_cell() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof![SHAPES.prop_map(|s| s), any::<String>()])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any four cells, with and without the data and a list province: an outcome, never a
    /// panic, and the same outcome from a fresh resolver (memoisation changes nothing).
    #[test]
    fn no_panic_and_deterministic(
        commune in any_cell(), district in any_cell(), province in any_cell(), address in any_cell(),
        list in proptest::option::of(0usize..34), with_data in any::<bool>(),
    ) {
        let list = list.and_then(|i| units::provinces().get(i)).map(|p| p.code);
        let data = with_data.then(data);
        let cells = AddressCells {
            commune: commune.as_deref(),
            district: district.as_deref(),
            province: province.as_deref(),
            address: address.as_deref(),
        };
        let mut resolver = Resolver::new(data, list);
        let first = resolver.resolve(cells);
        let again = resolver.resolve(cells);
        let fresh = Resolver::new(data, list).resolve(cells);
        prop_assert_eq!(first, again);
        prop_assert_eq!(first, fresh);
        if let Some(street) = first.street {
            prop_assert!(address.as_deref().is_some_and(|a| a.contains(street)));
        }
    }

    /// The house number and street before a commune cell (or before a part naming a unit) —
    /// "12", "Số 12 đường X", "Ấp 3", but not "Phường 3" — are left out of what the resolver
    /// remembers: a row that differs from an earlier one only there gets
    /// exactly what a fresh resolver gives it (outcome and street part).
    #[test]
    fn rows_differing_only_in_the_house_number(
        i in 0usize..10_041,
        heads in (
            "((Số|So|Ấp|Thôn|Tổ|Khu phố|Xóm|Phường|Xã|Dương|đường) )?[0-9]{1,3}[A-Za-z/ ]{0,12}",
            "((Số|SỐ|Ấp|Thôn|Hẻm|Khóm|Phường|Xã|Dương) )?[0-9]{1,3}[A-Za-zđ/ ]{0,12}",
        ),
        sep in prop_oneof![Just(","), Just(", "), Just(" ,"), Just(";"), Just("|")],
        noise in SHAPES,
        real in any::<bool>(),
        with_data in any::<bool>(),
        commune_cell in any::<bool>(),
    ) {
        let data_opt = with_data.then(data);
        let old = data().communes().nth(i).expect("an old commune");
        let rest = if real {
            format!(
                "{}, {}, {}",
                old.full_name, old.district.full_name, old.district.province.full_name
            )
        } else {
            noise
        };
        let cell = |head: &str| format!("{head}{sep}{rest}");
        let (a, b) = (cell(&heads.0), cell(&heads.1));
        let row = |address: &str| AddressCells {
            commune: commune_cell.then(|| leak(old.short_name.to_owned())),
            address: Some(leak(address.to_owned())),
            ..AddressCells::default()
        };
        let mut resolver = Resolver::new(data_opt, None);
        let _ = resolver.resolve(row(&a));
        let remembered = resolver.resolve(row(&b));
        let fresh = Resolver::new(data_opt, None).resolve(row(&b));
        prop_assert_eq!(remembered, fresh);
    }

    /// A row naming today's commune and province, after any street part, keeps its commune —
    /// with or without the old-address data.
    #[test]
    fn new_address_rows_are_unchanged_by_the_old_reading(
        i in 0usize..3321,
        street in "(Số [0-9]{1,3} đường [A-Z][a-z]{2,8}|Ấp [0-9]|Thôn [A-Z][a-z]{3,6}|[0-9]{1,3}/[0-9]{1,2} Lê Lợi)",
        sep in prop_oneof![Just(", "), Just(" - "), Just("; ")],
        country in any::<bool>(),
    ) {
        let c = &units::communes()[i];
        let p = units::province(c.province).unwrap();
        let mut address = [street.as_str(), c.full_name, p.full_name].join(sep);
        if country {
            address.push_str(", Việt Nam");
        }
        for data in [Some(data()), None] {
            let resolved = Resolver::new(data, None).resolve(AddressCells::address(&address));
            prop_assert_eq!(resolved.outcome, Outcome::Current(c.code), "{}", address);
        }
        let cells = Resolver::new(Some(data()), None)
            .resolve(AddressCells::cells(c.full_name, "", p.full_name));
        prop_assert_eq!(cells.outcome, Outcome::Current(c.code));
    }
}

/// Tones decide between two old communes only when the row writes its unit names with them: a
/// commune and district typed without tones before a province typed with them could be either
/// ("Nga Thanh" went to Xã Nga Sơn, "Nga Thành" to Xã Hồ Vương).
#[test]
fn toneless_names_before_a_toned_province_are_not_read_as_written() {
    let outcome = resolve("Số 177 đường Nguyễn Trãi, Xa Nga Thanh, Huyen Nga Son, Thanh Hóa");
    assert!(
        matches!(outcome, Outcome::AmbiguousOld { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        resolve("Xã Nga Thanh, Huyện Nga Sơn, Thanh Hóa").commune(),
        Some(code("16093"))
    );
    assert_eq!(
        resolve("Xã Nga Thành, Huyện Nga Sơn, Thanh Hóa").commune(),
        Some(code("16138"))
    );
}

/// Found by `no_panic_and_deterministic`: a remembered row must give back its own street, not
/// the first row's span of it ("\"0A" is read as street "0A" both times).
#[test]
fn a_remembered_row_gives_the_same_street() {
    let cells = AddressCells {
        commune: Some("ă"),
        district: None,
        province: None,
        address: Some("\"0A"),
    };
    let mut resolver = Resolver::new(None, None);
    let first = resolver.resolve(cells);
    assert_eq!(resolver.resolve(cells), first);
    assert_eq!(Resolver::new(None, None).resolve(cells), first);
}
