#![cfg(not(target_arch = "wasm32"))]
//! Share links: round trips, link lengths, typed errors, v1 migration, and property tests
//! (random campaigns round-trip; mutated or truncated links never panic).

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::campaign::examples::{ExampleId, hung_yen_2025_communes, kien_giang_2024};
use sansang::rules::campaign::share_link::{
    Damage, MAX_LINK_CHARS, ShareLinkError, decode, encode, fragment, legacy,
};
use sansang::rules::campaign::{
    BasisPoints, Campaign, DayCounting, DayKind, DonePoint, ExclusionReason, Exclusions, Indicator,
    IndicatorKind, MAX_TEXT_CHARS, Phase, PhaseTarget, Place, Rounding, TargetBase, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Realistic figures for `n` units with sorted 5-digit codes, exclusions, no history.
fn realistic(n: usize) -> Campaign {
    let mut c = Campaign::new(
        "Cao điểm thu nhận hồ sơ căn cước",
        Indicator::of(IndicatorKind::CitizenRecords),
        date(2025, 10, 1),
        date(2025, 12, 31),
    );
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
        let base = 300 + next(40_000);
        let mut u = Unit::new(
            Place::Commune(code),
            base,
            Some(base * (50 + next(45)) / 100),
        );
        u.exclusions.frail_or_elderly = base * (5 + next(25)) / 1_000;
        u.exclusions.no_smartphone = base * (10 + next(40)) / 1_000;
        u.exclusions.no_own_sim = base * next(15) / 1_000;
        u.exclusions.abroad = base * next(20) / 1_000;
        c.units.push(u);
    }
    c
}

#[test]
fn link_lengths_for_104_and_3321_units() {
    let hung_yen = hung_yen_2025_communes().campaign;
    let link = encode(&hung_yen);
    println!(
        "Hưng Yên 104 communes (illustrative example): {} characters",
        link.len()
    );
    assert!(link.len() <= 2_000, "{}", link.len());
    let c104 = realistic(104);
    let link104 = encode(&c104);
    println!("104 realistic units: {} characters", link104.len());
    assert!(link104.len() <= 2_000, "{}", link104.len());
    assert_eq!(decode(&link104), Ok(c104));
    let c3321 = realistic(3_321);
    let link3321 = encode(&c3321);
    println!("3,321 realistic units: {} characters", link3321.len());
    assert!(link3321.len() < MAX_LINK_CHARS);
    assert_eq!(decode(&link3321), Ok(c3321));
}

#[test]
fn link_text_shape() {
    let c = kien_giang_2024().campaign;
    let link = encode(&c);
    assert!(link.starts_with("2."));
    assert!(
        link[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    let whole = format!("https://example.org/sansang/{}", fragment(&c));
    assert!(whole.contains("#/chien-dich/2."));
    // The whole URL, the fragment, or the payload with a line break a chat app inserted.
    assert_eq!(decode(&whole), Ok(c.clone()));
    let broken = format!("{}\n{}", &link[..20], &link[20..]);
    assert_eq!(decode(&broken), Ok(c));
}

#[test]
fn typed_errors() {
    let link = encode(&kien_giang_2024().campaign);
    let cases: Vec<(String, ShareLinkError)> = vec![
        (String::new(), ShareLinkError::Empty),
        ("#/chien-dich/".into(), ShareLinkError::Empty),
        ("3.AAAA".into(), ShareLinkError::NewerVersion { found: 3 }),
        (
            "#/chien-dich/17.AAAA".into(),
            ShareLinkError::NewerVersion { found: 17 },
        ),
        ("AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        ("0.AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        ("x.AAAA".into(), ShareLinkError::Damaged(Damage::NoVersion)),
        (
            "2.AB*C".into(),
            ShareLinkError::Damaged(Damage::NotBase64 { position: 2 }),
        ),
        ("2.AA".into(), ShareLinkError::Damaged(Damage::Truncated)),
        ("2.A".into(), ShareLinkError::Damaged(Damage::Truncated)),
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
    let link = encode(&kien_giang_2024().campaign);
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

#[test]
fn version_1_links_still_open_and_migrate() {
    let mut c = Campaign::new(
        "Chiến dịch cũ",
        Indicator::of(IndicatorKind::Level2Accounts),
        date(2025, 3, 1),
        date(2025, 4, 30),
    );
    c.target = BasisPoints(7_550);
    c.flag_threshold = BasisPoints::percent(60);
    c.units = vec![
        Unit::new(Place::Commune(11_953), 25_000, Some(18_000)),
        Unit::new(Place::Named("Khối cơ quan tỉnh".into()), 1_200, Some(0)),
    ];
    let v1 = legacy::encode_v1(&c);
    assert!(v1.starts_with("1."));
    // Every field v1 held comes back; what it lacked takes the current defaults.
    assert_eq!(decode(&v1), Ok(c.clone()));
    // Richer fields are dropped by the v1 writer, as the old layout could not hold them.
    let mut rich = c.clone();
    rich.units[0].exclusions.abroad = 10;
    rich.rounding = Rounding::Up;
    let migrated = decode(&legacy::encode_v1(&rich)).unwrap();
    assert_eq!(migrated.units[0].exclusions, Exclusions::default());
    assert_eq!(migrated.rounding, Rounding::Nearest);
    // A damaged v1 link is damaged, not migrated.
    let cut = &v1[..v1.len() - 3];
    assert!(matches!(decode(cut), Err(ShareLinkError::Damaged(_))));
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
        if let Some(c) = ex.companion {
            assert_eq!(decode(&encode(&c)), Ok(c));
        }
    }
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

fn arb_unit() -> impl Strategy<Value = Unit> {
    (
        prop_oneof![
            (1u32..=99_999).prop_map(Place::Commune),
            any::<u32>().prop_map(Place::Commune),
            arb_text().prop_map(Place::Named),
        ],
        arb_count(),
        proptest::collection::vec(prop_oneof![Just(0u64), arb_count()], 5),
        proptest::option::of(arb_count()),
        proptest::option::of(arb_count()),
        proptest::collection::vec((arb_date(), arb_count()), 0..4),
        any::<bool>(),
    )
        .prop_map(|(place, base, ex, done, quota, history, illustrative)| {
            let mut exclusions = Exclusions::default();
            for (reason, v) in ExclusionReason::ALL.iter().zip(ex) {
                exclusions.set(*reason, v);
            }
            Unit {
                place,
                base,
                exclusions,
                done,
                quota,
                history: history
                    .into_iter()
                    .map(|(date, done)| DonePoint { date, done })
                    .collect(),
                illustrative,
            }
        })
}

fn arb_campaign() -> impl Strategy<Value = Campaign> {
    (
        (
            arb_text(),
            proptest::option::of(any::<u8>()),
            proptest::sample::select(IndicatorKind::ALL.to_vec()),
            proptest::option::of(arb_text()),
            arb_date(),
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
            0..4,
        ),
        (
            any::<u32>(),
            prop_oneof![Just(7_000u32), any::<u32>()],
            any::<bool>(),
            any::<bool>(),
            proptest::sample::select(vec![Rounding::Nearest, Rounding::Up, Rounding::Down]),
            any::<bool>(),
        ),
        proptest::collection::vec(arb_unit(), 0..12),
    )
        .prop_map(
            |(
                (name, area, kind, label, start, deadline),
                phases,
                (target, threshold, working, today_counts, rounding, total),
                units,
            )| Campaign {
                name,
                area,
                indicator: Indicator { kind, label },
                start,
                deadline,
                phases: phases
                    .into_iter()
                    .map(|(end, target, label)| Phase { end, target, label })
                    .collect(),
                target: BasisPoints(target),
                flag_threshold: BasisPoints(threshold),
                day_counting: DayCounting {
                    kind: if working {
                        DayKind::Working
                    } else {
                        DayKind::Calendar
                    },
                    today_counts,
                },
                rounding,
                target_base: if total {
                    TargetBase::Total
                } else {
                    TargetBase::AfterExclusions
                },
                units,
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
        let _ = decode(&format!("2.{s}"));
        let _ = decode(&format!("1.{s}"));
    }

    #[test]
    fn random_bytes_behind_a_valid_checksum_never_panic(payload in proptest::collection::vec(any::<u8>(), 0..200), version in 1u8..=2) {
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
        use sansang::rules::campaign::metrics::{explain, report, sorted_units, SortKey};
        let r = report(&c, today, &weekdays);
        prop_assert_eq!(r.days.elapsed + r.days.left, r.days.total);
        prop_assert_eq!(r.units.len(), c.units.len());
        let base = c.units.iter().fold(0u64, |s, u| s.saturating_add(u.base));
        prop_assert_eq!(r.totals.figures.base, base);
        for u in &r.units {
            let f = &u.figures;
            prop_assert_eq!(f.remaining, f.target.saturating_sub(f.done.unwrap_or(0)));
            prop_assert_eq!(f.phase_targets.len(), c.phases.len());
        }
        for key in [SortKey::Achieved, SortKey::Status, SortKey::Code] {
            let mut order = sorted_units(&c, &r, key, true);
            order.sort_unstable();
            prop_assert_eq!(order, (0..c.units.len()).collect::<Vec<_>>());
        }
        for unit in (0..c.units.len()).map(Some).chain([None]) {
            for step in explain(&c, &r, unit) {
                let _ = step.localize(Lang::Vi);
                let _ = step.localize(Lang::En);
            }
        }
        for p in c.validate() {
            let _ = p.localize(Lang::Vi);
        }
        let rows = sansang::rules::campaign::table::units_to_rows(&c);
        let (_, problems) = sansang::rules::campaign::table::units_from_rows(&rows[0], &rows[1..]);
        for p in problems {
            let _ = p.localize(Lang::En);
        }
    }

    #[test]
    fn rows_from_any_cells_never_panic(header in proptest::collection::vec("\\PC{0,12}", 0..8), rows in proptest::collection::vec(proptest::collection::vec("[0-9.,\\- a-zA-Zđ]{0,12}", 0..8), 0..20)) {
        let (units, problems) = sansang::rules::campaign::table::units_from_rows(&header, &rows);
        prop_assert!(units.len() <= rows.len());
        for p in problems {
            prop_assert!(p.row >= 1 && p.row <= rows.len() + 1);
        }
    }
}
