#![cfg(not(target_arch = "wasm32"))]
//! Share links: round trips of version 3 (every indicator, the figures' date, history, months),
//! link lengths, typed errors, the migration of every earlier format from real links kept as
//! fixtures (tests/data/campaign-formats: made by the first tracker's code before this model),
//! and property tests (random campaigns round-trip; mutated or truncated links never panic).

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::campaign::examples::{ExampleId, hue_2025, hung_yen_2025, kien_giang_2024};
use sansang::rules::campaign::legacy::CampaignV2;
use sansang::rules::campaign::share_link::{
    Damage, MAX_LINK_CHARS, ShareLinkError, decode, encode, fragment, legacy,
};
use sansang::rules::campaign::{
    BaseSource, BasisPoints, Campaign, DayCounting, DonePoint, ExclusionReason, Exclusions,
    Indicator, IndicatorKind, MAX_TEXT_CHARS, Measure, Month, MonthFigure, Phase, PhaseTarget,
    Place, Rounding, Tally, TargetBase, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/campaign-formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Every link fixture with the JSON the first tracker exported for the same campaign.
const FIXTURES: [&str; 10] = [
    "hue-2025",
    "hue-2025-edited-history",
    "kien-giang-2024",
    "kien-giang-2024-edited",
    "hung-yen-2025",
    "hung-yen-2025-communes",
    "hung-yen-2025-communes-history",
    "dong-nai-2026-cards",
    "dong-nai-2026-activation",
    "hand-built",
];

#[test]
fn every_version_2_link_of_the_first_tracker_opens_migrated() {
    for name in FIXTURES.iter().chain(&["empty"]) {
        let link = fixture(&format!("v2-{name}.link"));
        assert!(link.starts_with("2."), "{name}");
        let old: CampaignV2 = serde_json::from_str(&fixture(&format!("v2-{name}.json"))).unwrap();
        let expected = Campaign::from(old.clone());
        let opened = decode(&link).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(opened, expected, "{name}");
        // Nothing is lost: one indicator with the old settings, each unit's figures its tally.
        let x = &opened.indicators[0];
        assert_eq!(
            (
                x.kind,
                x.target,
                x.flag_threshold,
                x.deadline,
                x.rounding,
                x.target_base
            ),
            (
                old.indicator.kind,
                old.target,
                old.flag_threshold,
                old.deadline,
                old.rounding,
                old.target_base
            ),
            "{name}"
        );
        assert_eq!(x.phases, old.phases, "{name}");
        for (u, o) in opened.units.iter().zip(&old.units) {
            let t = &u.tallies[0];
            assert_eq!(
                (
                    &u.place,
                    t.base,
                    t.exclusions,
                    t.done,
                    t.quota,
                    &t.history,
                    u.illustrative
                ),
                (
                    &o.place,
                    o.base,
                    o.exclusions,
                    o.done,
                    o.quota,
                    &o.history,
                    o.illustrative
                ),
                "{name}"
            );
        }
        // The old JSON export opens as the same campaign.
        let from_json: Campaign =
            serde_json::from_str(&fixture(&format!("v2-{name}.json"))).unwrap();
        assert_eq!(from_json, expected, "{name}");
        // Migrated, it is written in the current version and reads back the same.
        assert_eq!(decode(&encode(&opened)), Ok(opened.clone()), "{name}");
        // And the first tracker's writer, kept for tests, writes the same link.
        assert_eq!(legacy::encode_v2(&old), link.trim(), "{name}");
    }
}

#[test]
fn version_1_links_open_migrated() {
    let link = fixture("v1-two-units.link");
    let old: CampaignV2 = serde_json::from_str(&fixture("v1-two-units.json")).unwrap();
    assert!(link.starts_with("1."));
    assert_eq!(decode(&link), Ok(Campaign::from(old.clone())));
    assert_eq!(legacy::encode_v1(&old), link.trim());
    let hue = decode(&fixture("v1-hue-2025.link")).unwrap();
    assert_eq!(hue.name, "Cao điểm định danh điện tử tổ chức — Huế");
    assert_eq!(hue.units[0].tallies[0].done, Some(1_309));
    // Every setting v1 lacked takes its default; what it held comes back.
    assert_eq!(hue.indicators[0].rounding, Rounding::Nearest);
    assert!(hue.units[0].tallies[0].history.is_empty());
    // A damaged v1 link is damaged, not migrated.
    let cut = &link.trim()[..link.trim().len() - 3];
    assert!(matches!(decode(cut), Err(ShareLinkError::Damaged(_))));
}

#[test]
fn link_lengths() {
    // Hưng Yên's 104 communes, three indicators (records with exclusions, accounts over records,
    // organizations guided), three weeks of history each.
    let mut c = hung_yen_2025().campaign;
    c.indicators.truncate(3);
    for u in &mut c.units {
        std::rc::Rc::make_mut(u).tallies.truncate(3);
    }
    let link = encode(&c);
    println!(
        "104 communes × 3 indicators with history: {} characters",
        link.len()
    );
    assert!(link.len() <= 3_500, "{}", link.len());
    assert_eq!(decode(&link), Ok(c));
    let all = hung_yen_2025().campaign;
    let link4 = encode(&all);
    println!(
        "104 communes × 4 indicators with history: {} characters",
        link4.len()
    );
    assert_eq!(decode(&link4), Ok(all));
    let big = nationwide(3_321, 4);
    let link = encode(&big);
    println!("3,321 communes × 4 indicators: {} characters", link.len());
    assert!(link.len() < MAX_LINK_CHARS);
    assert_eq!(decode(&link), Ok(big));
}

/// `n` communes with sorted codes and realistic figures on `k` indicators (the first with
/// exclusions, the second over the first's count done).
fn nationwide(n: usize, k: usize) -> Campaign {
    let deadline = date(2026, 12, 31);
    let mut c = Campaign::new(
        "Toàn quốc",
        Indicator::new(IndicatorKind::CitizenRecords, deadline),
        date(2026, 10, 1),
    );
    for i in 1..k {
        let mut x = Indicator::new(IndicatorKind::Level2Accounts, deadline);
        if i == 1 {
            x.base = BaseSource::DoneOf(0);
        }
        c.indicators.push(x);
    }
    let mut seed = 7u64;
    let mut next = |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below
    };
    let mut code = 4u32;
    for _ in 0..n {
        code += 1 + next(18) as u32;
        let tallies = (0..k)
            .map(|i| {
                let base = 300 + next(40_000);
                let mut t = Tally::new(
                    if i == 1 { 0 } else { base },
                    Some(base * (50 + next(45)) / 100),
                );
                if i == 0 {
                    t.exclusions.frail_or_elderly = base * (5 + next(25)) / 1_000;
                    t.exclusions.no_smartphone = base * (10 + next(40)) / 1_000;
                }
                t
            })
            .collect();
        c.units
            .push(Unit::new(Place::Commune(code), tallies).into());
    }
    c
}

#[test]
fn link_text_shape_and_the_figures_date() {
    let c = kien_giang_2024().campaign;
    let link = encode(&c);
    assert!(link.starts_with("3."));
    assert!(
        link[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    let whole = format!("https://example.org/sansang/{}", fragment(&c));
    assert!(whole.contains("#/chien-dich/3."));
    // The whole URL, the fragment, or the payload with a line break a chat app inserted.
    assert_eq!(decode(&whole), Ok(c.clone()));
    let broken = format!("{}\n{}", &link[..20], &link[20..]);
    assert_eq!(decode(&broken), Ok(c.clone()));
    // The figures' date travels: as of 25/12/2024, or none (today).
    assert_eq!(decode(&link).unwrap().as_of, Some(date(2024, 12, 25)));
    let mut today = c.clone();
    today.as_of = None;
    assert_eq!(decode(&encode(&today)).unwrap().as_of, None);
    // A campaign "as of today" is shared as of the sender's today.
    let shared = sansang::rules::campaign::share_link::encode_as_of(&today, date(2024, 12, 30));
    assert_eq!(decode(&shared).unwrap().as_of, Some(date(2024, 12, 30)));
}

#[test]
fn typed_errors() {
    let link = encode(&kien_giang_2024().campaign);
    let cases: Vec<(String, ShareLinkError)> = vec![
        (String::new(), ShareLinkError::Empty),
        ("#/chien-dich/".into(), ShareLinkError::Empty),
        ("4.AAAA".into(), ShareLinkError::NewerVersion { found: 4 }),
        (
            "#/chien-dich/17.AAAA".into(),
            ShareLinkError::NewerVersion { found: 17 },
        ),
        ("AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        ("0.AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        ("x.AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        (
            "3.AB*C".into(),
            ShareLinkError::Damaged(Damage::NotBase64 { position: 2 }),
        ),
        ("3.AA".into(), ShareLinkError::Damaged(Damage::Truncated)),
        ("3.A".into(), ShareLinkError::Damaged(Damage::Truncated)),
        (
            link[..link.len() - 8].to_owned(),
            ShareLinkError::Damaged(Damage::BadChecksum),
        ),
        (
            "a".repeat(MAX_LINK_CHARS + 1),
            ShareLinkError::TooLong {
                max: MAX_LINK_CHARS,
            },
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(decode(&input), Err(expected), "{input:.40}");
    }
}

#[test]
fn every_single_character_change_is_detected() {
    for link in [
        encode(&kien_giang_2024().campaign),
        fixture("v2-hue-2025.link").trim().to_owned(),
    ] {
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for i in 2..link.len() {
            for &replacement in alphabet.iter().step_by(7) {
                let mut bytes = link.clone().into_bytes();
                if bytes[i] == replacement {
                    continue;
                }
                bytes[i] = replacement;
                let damaged = String::from_utf8(bytes).unwrap();
                assert!(
                    matches!(decode(&damaged), Err(ShareLinkError::Damaged(_))),
                    "position {i}"
                );
            }
        }
    }
}

#[test]
fn examples_round_trip() {
    for id in ExampleId::ALL {
        let ex = id.load();
        assert_eq!(
            decode(&encode(&ex.campaign)),
            Ok(ex.campaign.clone()),
            "{id:?}"
        );
    }
    // A history on some report dates only, out of step with the others.
    let mut c = hue_2025().campaign;
    c.units
        .push(Unit::single(Place::Commune(4), 100, Some(50)).into());
    c.tally_mut(1, 0).unwrap().history = vec![
        DonePoint {
            date: date(2025, 6, 12),
            done: 40,
        },
        DonePoint {
            date: date(2025, 6, 20),
            done: 50,
        },
    ];
    assert_eq!(decode(&encode(&c)), Ok(c));
}

// ---- property tests -----------------------------------------------------------------------------

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (-40_000i64..40_000).prop_map(|d| date(2020, 1, 1) + chrono::TimeDelta::days(d))
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 ]{0,30}",
        "[àáảãạăằắẳẵặâđêếềểễệôơưữự ]{0,20}",
        proptest::collection::vec(any::<char>(), 0..MAX_TEXT_CHARS)
            .prop_map(|v| v.into_iter().collect::<String>()),
    ]
}

fn arb_count() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..100, 100u64..100_000, any::<u64>()]
}

fn arb_tally() -> impl Strategy<Value = Tally> {
    (
        arb_count(),
        proptest::collection::vec(prop_oneof![Just(0u64), arb_count()], 5),
        proptest::option::of(arb_count()),
        proptest::option::of(arb_count()),
        proptest::collection::vec((arb_date(), arb_count()), 0..4),
        proptest::collection::vec((2015i32..2035, 1u32..=12, arb_count(), arb_count()), 0..3),
    )
        .prop_map(|(base, ex, done, quota, history, months)| {
            let mut exclusions = Exclusions::default();
            for (reason, v) in ExclusionReason::ALL.iter().zip(ex) {
                exclusions.set(*reason, v);
            }
            Tally {
                base,
                exclusions,
                done,
                quota,
                history: history
                    .into_iter()
                    .map(|(date, done)| DonePoint { date, done })
                    .collect(),
                months: months
                    .into_iter()
                    .map(|(y, m, base, done)| MonthFigure {
                        month: Month::new(y, m).unwrap(),
                        base,
                        done,
                    })
                    .collect(),
            }
        })
}

fn arb_indicator() -> impl Strategy<Value = Indicator> {
    (
        (
            proptest::sample::select(IndicatorKind::ALL.to_vec()),
            proptest::option::of(arb_text()),
            prop_oneof![
                Just(BaseSource::Own),
                (0usize..10).prop_map(BaseSource::SameAs),
                (0usize..10).prop_map(BaseSource::DoneOf),
            ],
            any::<bool>(),
            arb_date(),
        ),
        proptest::collection::vec(
            (
                arb_date(),
                prop_oneof![
                    any::<u32>().prop_map(|b| PhaseTarget::ShareOfQuota(BasisPoints(b))),
                    arb_count().prop_map(PhaseTarget::Count),
                ],
                proptest::option::of(arb_text()),
            ),
            0..3,
        ),
        (
            any::<u32>(),
            prop_oneof![Just(7_000u32), any::<u32>()],
            proptest::sample::select(vec![Rounding::Nearest, Rounding::Up, Rounding::Down]),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (kind, label, base, monthly, deadline),
                phases,
                (target, threshold, rounding, total),
            )| Indicator {
                kind,
                label,
                base,
                measure: if monthly {
                    Measure::Monthly
                } else {
                    Measure::Cumulative
                },
                target: BasisPoints(target),
                deadline,
                phases: phases
                    .into_iter()
                    .map(|(end, target, label)| Phase { end, target, label })
                    .collect(),
                rounding,
                target_base: if total {
                    TargetBase::Total
                } else {
                    TargetBase::AfterExclusions
                },
                flag_threshold: BasisPoints(threshold),
            },
        )
}

fn arb_campaign() -> impl Strategy<Value = Campaign> {
    (
        (
            arb_text(),
            proptest::option::of(any::<u8>()),
            arb_date(),
            proptest::option::of(arb_date()),
            any::<bool>(),
            any::<bool>(),
        ),
        proptest::collection::vec(arb_indicator(), 0..4),
        proptest::collection::vec(
            (
                prop_oneof![
                    (1u32..=99_999).prop_map(Place::Commune),
                    any::<u32>().prop_map(Place::Commune),
                    arb_text().prop_map(Place::Named),
                ],
                proptest::collection::vec(arb_tally(), 4),
                any::<bool>(),
            ),
            0..10,
        ),
    )
        .prop_map(
            |((name, area, start, as_of, working, today_counts), indicators, units)| {
                let n = indicators.len();
                Campaign {
                    name,
                    area,
                    start,
                    as_of,
                    day_counting: DayCounting::from_flags(working, today_counts),
                    indicators,
                    units: units
                        .into_iter()
                        .map(|(place, mut tallies, illustrative)| {
                            tallies.truncate(n);
                            std::rc::Rc::new(Unit {
                                place,
                                tallies,
                                illustrative,
                            })
                        })
                        .collect(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_campaigns_round_trip(c in arb_campaign()) {
        let link = encode(&c);
        prop_assert_eq!(decode(&link), Ok(c.clone()));
        // JSON export/import goes through serde and round-trips too.
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Campaign>(&json).unwrap(), c);
    }

    #[test]
    fn mutated_links_never_panic(c in arb_campaign(), edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4)) {
        let mut bytes = encode(&c).into_bytes();
        for (at, b) in edits {
            let i = at % bytes.len();
            bytes[i] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#/"[usize::from(b) % 67];
        }
        let text = String::from_utf8(bytes).unwrap();
        if let Ok(decoded) = decode(&text) {
            // Whatever opens is a campaign the encoder can write again.
            prop_assert_eq!(decode(&encode(&decoded)), Ok(decoded.clone()));
            let _ = decoded.validate();
        }
    }

    #[test]
    fn truncated_links_are_errors(c in arb_campaign(), cut in any::<usize>()) {
        let link = encode(&c);
        let end = 2 + cut % (link.len() - 2);
        prop_assert!(decode(&link[..end]).is_err());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
        let _ = decode(&s);
        let _ = decode(&format!("3.{s}"));
        let _ = decode(&format!("2.{s}"));
        let _ = decode(&format!("1.{s}"));
    }

    #[test]
    fn random_bytes_behind_a_valid_checksum_never_panic(payload in proptest::collection::vec(any::<u8>(), 0..200), version in 1u8..=3) {
        // Forge the checksum so the structural decoder itself is exercised.
        let mut bytes = payload.clone();
        let mut with_version = vec![version];
        with_version.extend_from_slice(&payload);
        let crc = sansang::rules::campaign::share_link::crc32_of(&with_version);
        bytes.extend_from_slice(&crc.to_le_bytes());
        let text = format!("{version}.{}", b64(&bytes));
        if let Ok(decoded) = decode(&text) {
            prop_assert_eq!(decode(&encode(&decoded)), Ok(decoded.clone()));
        }
    }
}

/// Test-side base64url, independent of the crate's.
fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = String::new();
    for &b in bytes {
        bits = (bits << 8) | u32::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(A[((bits >> n) & 63) as usize] as char);
        }
    }
    if n > 0 {
        out.push(A[((bits << (6 - n)) & 63) as usize] as char);
    }
    out
}

#[test]
fn text_limit_is_the_models() {
    let mut c = kien_giang_2024().campaign;
    c.name = "ắ".repeat(MAX_TEXT_CHARS);
    assert_eq!(decode(&encode(&c)), Ok(c.clone()));
    c.name.push('a');
    assert_eq!(
        decode(&encode(&c)),
        Err(ShareLinkError::Damaged(Damage::OutOfRange))
    );
}

// ---- the report on random campaigns -------------------------------------------------------------

fn weekdays(d: NaiveDate) -> bool {
    use chrono::Datelike;
    !matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn report_never_panics_and_keeps_its_invariants(c in arb_campaign(), today in arb_date()) {
        use sansang::catalogue::{Lang, Localized};
        use sansang::rules::campaign::metrics::{explain, report, sorted_units, changes_since, progress, SortKey};
        let r = report(&c, today, &weekdays);
        prop_assert_eq!(r.indicators.len(), c.indicators.len());
        for (i, x) in r.indicators.iter().enumerate() {
            prop_assert_eq!(x.days.elapsed + x.days.left, x.days.total);
            prop_assert_eq!(x.units.len(), c.units.len());
            for u in &x.units {
                let f = &u.figures;
                prop_assert_eq!(f.remaining, f.target.saturating_sub(f.done.unwrap_or(0)));
                prop_assert_eq!(f.phase_targets.len(), if x.measure == Measure::Monthly { 0 } else { c.indicators[i].phases.len() });
            }
            for key in [SortKey::Achieved, SortKey::Status, SortKey::Code, SortKey::Flags] {
                let mut order = sorted_units(&c, &r, i, key, true);
                order.sort_unstable();
                prop_assert_eq!(order, (0..c.units.len()).collect::<Vec<_>>());
            }
            for unit in (0..c.units.len().min(3)).map(Some).chain([None]) {
                for step in explain(&c, &r, i, unit) {
                    let _ = sansang::catalogue::campaign::step(&step, &c, Lang::Vi);
                    let _ = step.localize(Lang::En);
                }
            }
            let _ = progress(&c, &r, i, &weekdays);
        }
        let later = report(&c, today + chrono::TimeDelta::days(40), &weekdays);
        for change in changes_since(&c, &r, &later) {
            let _ = sansang::catalogue::campaign::change(&change, &c, Lang::Vi);
        }
        for p in c.validate() {
            let _ = sansang::catalogue::campaign::problem(&p, &c, Lang::Vi);
        }
        let rows = sansang::rules::campaign::table::units_to_rows(&c, Some(Month::of(today)));
        let table: Vec<_> = rows
            .into_iter()
            .enumerate()
            .map(|(i, cells)| sansang::rules::campaign::report_table::TableRow { row: i + 1, cells })
            .collect();
        let (_, problems) = sansang::rules::campaign::report_table::read_units_table(&table, &c);
        for p in problems {
            let _ = p.localize(Lang::En);
        }
    }
}
