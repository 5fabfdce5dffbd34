//! The tracker's edits (rules::campaign::edit): every change the form can make, natively.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::campaign::edit::{CampaignEdit, IndicatorEdit, TallyEdit, apply};
use sansang::rules::campaign::{
    BaseSource, BasisPoints, Campaign, ExclusionReason, Indicator, IndicatorKind, MAX_INDICATORS,
    MAX_UNITS, Month, MonthFigure, PhaseTarget, Place, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn empty() -> Campaign {
    Campaign::new(
        "Cao điểm",
        Indicator::new(IndicatorKind::OrganizationAccounts, date(2025, 6, 30)),
        date(2025, 6, 9),
    )
}

fn tally(unit: usize, indicator: usize, edit: TallyEdit) -> CampaignEdit {
    CampaignEdit::Tally {
        unit,
        indicator,
        edit,
    }
}

fn indicator(index: usize, edit: IndicatorEdit) -> CampaignEdit {
    CampaignEdit::Indicator { index, edit }
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
    assert!(c.units.iter().all(|u| u.tallies.len() == 1));
}

#[test]
fn unit_figures_are_set_by_index_and_stale_indices_are_ignored() {
    let mut c = empty();
    apply(
        &mut c,
        CampaignEdit::AddNamedUnit("  Doanh nghiệp  ".into()),
    );
    apply(&mut c, tally(0, 0, TallyEdit::SetBase(8_630)));
    apply(&mut c, tally(0, 0, TallyEdit::SetDone(Some(1_309))));
    apply(
        &mut c,
        tally(
            0,
            0,
            TallyEdit::SetExclusion {
                reason: ExclusionReason::InactiveEnterprise,
                count: 30,
            },
        ),
    );
    apply(&mut c, tally(7, 0, TallyEdit::SetBase(1)));
    apply(&mut c, tally(0, 3, TallyEdit::SetBase(1)));
    apply(&mut c, CampaignEdit::RemoveUnit(7));
    let unit = &c.units[0];
    assert_eq!(unit.place, Place::Named("Doanh nghiệp".into()));
    let t = &unit.tallies[0];
    assert_eq!(
        (t.base, t.done, t.exclusions.total()),
        (8_630, Some(1_309), 30)
    );
    assert_eq!(c.units.len(), 1);
}

#[test]
fn indicators_are_added_and_removed_with_every_units_tally() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4, 8]));
    apply(
        &mut c,
        CampaignEdit::AddIndicator(IndicatorKind::Level2Accounts),
    );
    apply(
        &mut c,
        CampaignEdit::AddIndicator(IndicatorKind::Activations),
    );
    assert_eq!(c.indicators.len(), 3);
    assert!(c.units.iter().all(|u| u.tallies.len() == 3));
    // The new one ends on the latest deadline.
    assert_eq!(c.indicators[2].deadline, date(2025, 6, 30));
    // Bases only refer backwards: a forward reference is ignored.
    apply(
        &mut c,
        indicator(1, IndicatorEdit::SetBase(BaseSource::DoneOf(0))),
    );
    apply(
        &mut c,
        indicator(0, IndicatorEdit::SetBase(BaseSource::DoneOf(1))),
    );
    apply(
        &mut c,
        indicator(2, IndicatorEdit::SetBase(BaseSource::SameAs(1))),
    );
    assert_eq!(c.indicators[0].base, BaseSource::Own);
    assert_eq!(c.indicators[1].base, BaseSource::DoneOf(0));
    apply(&mut c, tally(1, 2, TallyEdit::SetDone(Some(9))));
    // Removing the first: references to it become own bases, later ones shift.
    apply(&mut c, CampaignEdit::RemoveIndicator(0));
    assert_eq!(c.indicators[0].base, BaseSource::Own);
    assert_eq!(c.indicators[1].base, BaseSource::SameAs(0));
    assert_eq!(c.units[1].tallies[1].done, Some(9));
    assert!(c.units.iter().all(|u| u.tallies.len() == 2));
    // The last indicator stays; the limit holds.
    apply(&mut c, CampaignEdit::RemoveIndicator(0));
    apply(&mut c, CampaignEdit::RemoveIndicator(0));
    assert_eq!(c.indicators.len(), 1);
    for _ in 0..20 {
        apply(&mut c, CampaignEdit::AddIndicator(IndicatorKind::Other));
    }
    assert_eq!(c.indicators.len(), MAX_INDICATORS);
    apply(
        &mut c,
        indicator(1, IndicatorEdit::SetLabel("  hồ sơ trẻ 6–14  ".into())),
    );
    assert_eq!(c.indicators[1].label.as_deref(), Some("hồ sơ trẻ 6–14"));
    apply(&mut c, indicator(1, IndicatorEdit::SetLabel(" ".into())));
    assert_eq!(c.indicators[1].label, None);
}

#[test]
fn a_new_phase_takes_the_share_not_yet_given_and_ends_on_the_deadline() {
    // Kiên Giang 374/KH-UBND: phase 1 = 30 % of the quota, phase 2 = the other 70 %.
    let mut c = empty();
    apply(&mut c, indicator(0, IndicatorEdit::AddPhase));
    let mut first = c.indicators[0].phases[0].clone();
    first.target = PhaseTarget::ShareOfQuota(BasisPoints::percent(30));
    first.end = date(2025, 6, 20);
    apply(
        &mut c,
        indicator(
            0,
            IndicatorEdit::SetPhase {
                index: 0,
                phase: first,
            },
        ),
    );
    apply(&mut c, indicator(0, IndicatorEdit::AddPhase));
    assert_eq!(
        c.indicators[0].phases[1].target,
        PhaseTarget::ShareOfQuota(BasisPoints::percent(70))
    );
    assert_eq!(c.indicators[0].phases[1].end, date(2025, 6, 30));
    apply(&mut c, indicator(0, IndicatorEdit::RemovePhase(0)));
    assert_eq!(c.indicators[0].phases.len(), 1);
}

#[test]
fn appending_imported_units_skips_duplicate_communes_but_keeps_named_rows() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4]));
    apply(
        &mut c,
        CampaignEdit::AppendUnits(vec![
            Unit::single(Place::Commune(4), 10, None),
            Unit::single(Place::Named("HTX".into()), 5, None),
            Unit::new(Place::Named("HTX".into()), vec![]),
        ]),
    );
    assert_eq!(c.units.len(), 3);
    // Units from elsewhere get one tally per indicator.
    assert!(c.units.iter().all(|u| u.tallies.len() == 1));
}

#[test]
fn quotas_are_assigned_in_order_and_can_be_cleared() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes(vec![4, 8]));
    apply(
        &mut c,
        CampaignEdit::SetQuotas {
            indicator: 0,
            quotas: vec![Some(7), Some(3)],
        },
    );
    assert_eq!(
        c.units
            .iter()
            .map(|u| u.tallies[0].quota)
            .collect::<Vec<_>>(),
        vec![Some(7), Some(3)]
    );
    apply(
        &mut c,
        CampaignEdit::SetQuotas {
            indicator: 0,
            quotas: vec![None, None],
        },
    );
    assert!(c.units.iter().all(|u| u.tallies[0].quota.is_none()));
}

#[test]
fn the_unit_limit_holds() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddCommunes((1..=20_000).collect()));
    assert_eq!(c.units.len(), MAX_UNITS);
    apply(&mut c, CampaignEdit::AddNamedUnit("one more".into()));
    assert_eq!(c.units.len(), MAX_UNITS);
}

#[test]
fn monthly_figures_are_kept_in_month_order_one_per_month() {
    let mut c = empty();
    apply(&mut c, CampaignEdit::AddNamedUnit("Xã A".into()));
    let may = Month::new(2025, 5).unwrap();
    let april = Month::new(2025, 4).unwrap();
    for (month, base, done) in [(may, 10, 9), (april, 8, 8), (may, 12, 11)] {
        apply(
            &mut c,
            tally(0, 0, TallyEdit::SetMonth(MonthFigure { month, base, done })),
        );
    }
    let months: Vec<_> = c.units[0].tallies[0]
        .months
        .iter()
        .map(|m| (m.month, m.base, m.done))
        .collect();
    assert_eq!(months, vec![(april, 8, 8), (may, 12, 11)]);
    apply(&mut c, tally(0, 0, TallyEdit::RemoveMonth(april)));
    assert_eq!(c.units[0].tallies[0].months.len(), 1);
}

proptest! {
    #[test]
    fn no_edit_sequence_panics(ops in proptest::collection::vec((0u8..16, 0usize..6, 0u64..100_000), 0..60)) {
        let mut c = empty();
        for (op, index, n) in ops {
            let edit = match op {
                0 => CampaignEdit::AddCommunes(vec![u32::try_from(n % 99_999).unwrap() + 1]),
                1 => CampaignEdit::AddNamedUnit(format!("Đơn vị {n}")),
                2 => tally(index, index % 3, TallyEdit::SetBase(n)),
                3 => tally(index, index % 3, TallyEdit::SetDone(Some(n))),
                4 => CampaignEdit::RemoveUnit(index),
                5 => indicator(index % 3, IndicatorEdit::AddPhase),
                6 => indicator(index % 3, IndicatorEdit::RemovePhase(index)),
                7 => CampaignEdit::SetQuotas { indicator: index % 3, quotas: vec![Some(n); index] },
                8 => tally(index, 0, TallyEdit::SetExclusion { reason: ExclusionReason::Abroad, count: n }),
                9 => indicator(index % 3, IndicatorEdit::SetTarget(BasisPoints(u32::try_from(n % 20_000).unwrap()))),
                10 => CampaignEdit::RemoveAllUnits,
                11 => CampaignEdit::AddIndicator(IndicatorKind::Level2Accounts),
                12 => CampaignEdit::RemoveIndicator(index % 4),
                13 => indicator(index % 4, IndicatorEdit::SetBase(BaseSource::DoneOf(index % 3))),
                14 => tally(index, index % 3, TallyEdit::RecordHistory(date(2025, 6, 9) + chrono::TimeDelta::days((n % 40) as i64))),
                _ => tally(index, 0, TallyEdit::SetQuota(Some(n))),
            };
            apply(&mut c, edit);
            let _ = c.validate();
            prop_assert!(c.units.iter().all(|u| u.tallies.len() == c.indicators.len()));
            prop_assert!(c.indicators.iter().enumerate().all(|(i, x)| x.base.refers_to().is_none_or(|to| to < i)));
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
    };
    let c = campaign_from_counts(&counts, "Định danh tổ chức", date(2026, 11, 24));
    assert_eq!(c.area, Some(1));
    assert_eq!(c.indicators[0].deadline, date(2026, 12, 24));
    let rows: Vec<_> = c
        .units
        .iter()
        .map(|u| {
            let t = &u.tallies[0];
            (
                u.place.clone(),
                t.base,
                t.exclusions.inactive_enterprise,
                t.done,
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
    apply(&mut c, tally(0, 0, TallyEdit::SetBase(8_630)));
    apply(&mut c, tally(0, 0, TallyEdit::SetDone(Some(1_309))));
    apply(
        &mut c,
        tally(0, 0, TallyEdit::RecordHistory(date(2025, 6, 9))),
    );
    apply(&mut c, tally(0, 0, TallyEdit::SetDone(Some(1_500))));
    apply(
        &mut c,
        tally(0, 0, TallyEdit::RecordHistory(date(2025, 6, 12))),
    );
    apply(&mut c, tally(0, 0, TallyEdit::SetDone(Some(1_600))));
    apply(
        &mut c,
        tally(0, 0, TallyEdit::RecordHistory(date(2025, 6, 12))),
    );
    let points: Vec<_> = c.units[0].tallies[0]
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
    let rate = r.indicators[0].units[0]
        .figures
        .run_rate
        .expect("a run rate");
    assert_eq!(rate.per_day_scaled(0), Some(97));
    apply(
        &mut c,
        tally(0, 0, TallyEdit::RemoveHistory(date(2025, 6, 9))),
    );
    assert_eq!(c.units[0].tallies[0].history.len(), 1);
    // No figure, nothing to record.
    apply(&mut c, tally(0, 0, TallyEdit::SetDone(None)));
    apply(
        &mut c,
        tally(0, 0, TallyEdit::RecordHistory(date(2025, 6, 13))),
    );
    assert_eq!(c.units[0].tallies[0].history.len(), 1);
    // The figures' date.
    apply(&mut c, CampaignEdit::SetAsOf(Some(date(2025, 6, 12))));
    assert_eq!(c.figures_date(date(2026, 1, 1)), date(2025, 6, 12));
}
