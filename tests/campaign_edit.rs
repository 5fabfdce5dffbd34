//! The tracker's edits (rules::campaign::edit): every change the form can make, natively.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::campaign::edit::{CampaignEdit, apply};
use sansang::rules::campaign::{
    BasisPoints, Campaign, ExclusionReason, Indicator, IndicatorKind, MAX_UNITS, PhaseTarget,
    Place, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn empty() -> Campaign {
    Campaign::new(
        "Cao điểm",
        Indicator::of(IndicatorKind::OrganizationAccounts),
        date(2025, 6, 9),
        date(2025, 6, 30),
    )
}

#[test]
fn adding_communes_skips_the_ones_already_there() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4, 8, 4]));
    apply(&mut c, CampaignEdit::AddCommunes(vec![8, 25]));
    let codes: Vec<_> = c.units.iter().map(|u| u.place.clone()).collect();
    assert_eq!(
        codes,
        vec![Place::Commune(4), Place::Commune(8), Place::Commune(25)]
    );
}

#[test]
fn unit_figures_are_set_by_index_and_stale_indices_are_ignored() {
    let mut c = empty();
    apply(
        &mut c,
        CampaignEdit::AddNamedUnit("  Doanh nghiệp  ".into()),
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitBase {
            index: 0,
            base: 8_630,
        },
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitDone {
            index: 0,
            done: Some(1_309),
        },
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitExclusion {
            index: 0,
            reason: ExclusionReason::InactiveEnterprise,
            count: 30,
        },
    );
    apply(&mut c, CampaignEdit::SetUnitBase { index: 7, base: 1 });
    apply(&mut c, CampaignEdit::RemoveUnit(7));
    let unit = &c.units[0];
    assert_eq!(unit.place, Place::Named("Doanh nghiệp".into()));
    assert_eq!(
        (unit.base, unit.done, unit.exclusions.total()),
        (8_630, Some(1_309), 30)
    );
    assert_eq!(c.units.len(), 1);
}

#[test]
fn a_new_phase_takes_the_share_not_yet_given_and_ends_on_the_deadline() {
    // Kiên Giang 374/KH-UBND: phase 1 = 30 % of the quota, phase 2 = the other 70 %.
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddPhase);
    let mut first = c.phases[0].clone();
    first.target = PhaseTarget::ShareOfQuota(BasisPoints::percent(30));
    first.end = date(2025, 6, 20);
    apply(
        &mut c,
        CampaignEdit::SetPhase {
            index: 0,
            phase: first,
        },
    );
    apply(&mut c, CampaignEdit::AddPhase);
    assert_eq!(
        c.phases[1].target,
        PhaseTarget::ShareOfQuota(BasisPoints::percent(70))
    );
    assert_eq!(c.phases[1].end, date(2025, 6, 30));
    apply(&mut c, CampaignEdit::RemovePhase(0));
    assert_eq!(c.phases.len(), 1);
}

#[test]
fn appending_imported_units_skips_duplicate_communes_but_keeps_named_rows() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4]));
    apply(
        &mut c,
        CampaignEdit::AppendUnits(vec![
            Unit::new(Place::Commune(4), 10, None),
            Unit::new(Place::Named("HTX".into()), 5, None),
            Unit::new(Place::Named("HTX".into()), 6, None),
        ]),
    );
    assert_eq!(c.units.len(), 3);
}

#[test]
fn quotas_are_assigned_in_order_and_can_be_cleared() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4, 8]));
    apply(&mut c, CampaignEdit::SetQuotas(vec![Some(7), Some(3)]));
    assert_eq!(
        c.units.iter().map(|u| u.quota).collect::<Vec<_>>(),
        vec![Some(7), Some(3)]
    );
    apply(&mut c, CampaignEdit::SetQuotas(vec![None, None]));
    assert!(c.units.iter().all(|u| u.quota.is_none()));
}

#[test]
fn the_unit_limit_holds() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes((1..=20_000).collect()));
    assert_eq!(c.units.len(), MAX_UNITS);
    apply(&mut c, CampaignEdit::AddNamedUnit("one more".into()));
    assert_eq!(c.units.len(), MAX_UNITS);
}

proptest! {
    #[test]
    fn no_edit_sequence_panics(ops in proptest::collection::vec((0u8..12, 0usize..6, 0u64..100_000), 0..60)) {
        let mut c = empty();
        for (op, index, n) in ops {
            let edit = match op {
                0 => CampaignEdit::AddCommunes(vec![u32::try_from(n % 99_999).unwrap() + 1]),
                1 => CampaignEdit::AddNamedUnit(format!("Đơn vị {n}")),
                2 => CampaignEdit::SetUnitBase { index, base: n },
                3 => CampaignEdit::SetUnitDone { index, done: Some(n) },
                4 => CampaignEdit::RemoveUnit(index),
                5 => CampaignEdit::AddPhase,
                6 => CampaignEdit::RemovePhase(index),
                7 => CampaignEdit::SetQuotas(vec![Some(n); index]),
                8 => CampaignEdit::SetUnitExclusion { index, reason: ExclusionReason::Abroad, count: n },
                9 => CampaignEdit::SetTarget(BasisPoints(u32::try_from(n % 20_000).unwrap())),
                10 => CampaignEdit::RemoveAllUnits,
                _ => CampaignEdit::SetUnitQuota { index, quota: Some(n) },
            };
            apply(&mut c, edit);
            let _ = c.validate();
        }
    }
}

#[test]
fn a_bulk_checks_counts_become_communes_with_inactive_enterprises_excluded() {
    use sansang::rules::bulk::export::CommuneCounts;
    use sansang::rules::campaign::edit::campaign_from_counts;
    use sansang::rules::units::{CommuneCode, ProvinceCode};
    let counts = CommuneCounts {
        version: CommuneCounts::VERSION,
        province: ProvinceCode::new(1).ok(),
        rows: vec![
            (CommuneCode::new(8).unwrap(), 12, 2),
            (CommuneCode::new(4).unwrap(), 30, 0),
        ],
        unassigned: 3,
        converted: 10,
        // Split old communes are handed over apart and never become a unit's base.
        split: 5,
        possibly: vec![
            (CommuneCode::new(8).unwrap(), 5),
            (CommuneCode::new(25).unwrap(), 5),
        ],
    };
    let c = campaign_from_counts(&counts, "Định danh tổ chức", date(2026, 11, 24));
    assert_eq!(c.area, Some(1));
    assert_eq!(c.deadline, date(2026, 12, 24));
    let rows: Vec<_> = c
        .units
        .iter()
        .map(|u| {
            (
                u.place.clone(),
                u.base,
                u.exclusions.inactive_enterprise,
                u.done,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (Place::Commune(4), 30, 0, None),
            (Place::Commune(8), 12, 2, None)
        ]
    );
    assert!(
        c.validate().iter().all(|p| p.is_warning()),
        "{:?}",
        c.validate()
    );
}

#[test]
fn todays_figure_goes_into_the_history_once_per_date_and_feeds_the_run_rate() {
    use sansang::rules::campaign::AllDays;
    use sansang::rules::campaign::metrics::report;
    let mut c = empty(); // 9/6/2025 → 30/6/2025
    apply(&mut c, CampaignEdit::AddNamedUnit("Doanh nghiệp".into()));
    apply(
        &mut c,
        CampaignEdit::SetUnitBase {
            index: 0,
            base: 8_630,
        },
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitDone {
            index: 0,
            done: Some(1_309),
        },
    );
    apply(
        &mut c,
        CampaignEdit::RecordHistory {
            index: 0,
            date: date(2025, 6, 9),
        },
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitDone {
            index: 0,
            done: Some(1_500),
        },
    );
    apply(
        &mut c,
        CampaignEdit::RecordHistory {
            index: 0,
            date: date(2025, 6, 12),
        },
    );
    apply(
        &mut c,
        CampaignEdit::SetUnitDone {
            index: 0,
            done: Some(1_600),
        },
    );
    apply(
        &mut c,
        CampaignEdit::RecordHistory {
            index: 0,
            date: date(2025, 6, 12),
        },
    );
    let points: Vec<_> = c.units[0]
        .history
        .iter()
        .map(|p| (p.date, p.done))
        .collect();
    assert_eq!(
        points,
        vec![(date(2025, 6, 9), 1_309), (date(2025, 6, 12), 1_600)]
    );
    // Run rate from the first dated figure: (1.600 − 1.309) over 3 calendar days = 97 a day.
    let r = report(&c, date(2025, 6, 12), &AllDays);
    let rate = r.units[0].figures.run_rate.expect("a run rate");
    assert_eq!(rate.per_day_scaled(0), Some(97));
    apply(
        &mut c,
        CampaignEdit::RemoveHistory {
            index: 0,
            date: date(2025, 6, 9),
        },
    );
    assert_eq!(c.units[0].history.len(), 1);
    // No figure, nothing to record.
    apply(
        &mut c,
        CampaignEdit::SetUnitDone {
            index: 0,
            done: None,
        },
    );
    apply(
        &mut c,
        CampaignEdit::RecordHistory {
            index: 0,
            date: date(2025, 6, 13),
        },
    );
    assert_eq!(c.units[0].history.len(), 1);
}
