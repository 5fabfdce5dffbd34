#![cfg(not(target_arch = "wasm32"))]
//! Campaign tracker rules: figures from the source documents (docs/rules.md §4, §4.1), per
//! indicator (chained bases, the monthly threshold), day counting, run rate and projection,
//! status, phases, flags on which indicators, what changed since the figures' date, validation.

use chrono::{Datelike, NaiveDate, Weekday};
use sansang::rules::campaign::examples::{
    Amount, ExampleId, Figure, FigureNote, dong_nai_2026, hue_2025, hung_yen_2025, kien_giang_2024,
};
use sansang::rules::campaign::metrics::{
    BaselineSource, CampaignReport, Change, IndicatorReport, PhaseStatus, Projection, Ratio,
    SortKey, Status, Step, UnitFilter, changes_since, explain, filtered_units, progress, report,
    sorted_units, units_under_threshold,
};
use sansang::rules::campaign::quota::{quota, split_into_phases};
use sansang::rules::campaign::{
    AllDays, BaseSource, BasisPoints, Campaign, CampaignProblem, DayCounting, DayKind, DonePoint,
    ExclusionReason, Indicator, IndicatorKind, Measure, Month, MonthFigure, Phase, PhaseTarget,
    Place, Rounding, Tally, TallyAt, TargetBase, TextField, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Fake working-day calendar: Monday to Friday, plus the listed holidays off.
fn weekdays_except(holidays: &'static [(i32, u32, u32)]) -> impl Fn(NaiveDate) -> bool {
    move |d: NaiveDate| {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            && !holidays.iter().any(|&(y, m, dd)| d == date(y, m, dd))
    }
}

fn every_day(_: NaiveDate) -> bool {
    true
}

/// One indicator, 1/6–30/6/2025, one free-text unit.
fn simple(base: u64, done: Option<u64>) -> Campaign {
    let mut c = Campaign::new(
        "Thử",
        Indicator::new(IndicatorKind::Level2Accounts, date(2025, 6, 30)),
        date(2025, 6, 1),
    );
    c.set_units([Unit::single(Place::Named("A".into()), base, done)]);
    c
}

fn first(r: &CampaignReport) -> &IndicatorReport {
    &r.indicators[0]
}

fn tally(c: &mut Campaign, u: usize) -> &mut Tally {
    c.tally_mut(u, 0).unwrap()
}

// ---- Huế 7218/UBND-TĐKT, 9/6/2025 (docs/rules.md §4) -------------------------------------------

#[test]
fn hue_progress_target_remaining_and_daily_rate() {
    let ex = hue_2025();
    let r = ex.report();
    let r = first(&r);
    let f = &r.totals.figures;
    assert_eq!(f.done, Some(1_309));
    assert_eq!(f.target_base, 8_630);
    assert_eq!(f.achieved.unwrap().percent_scaled(2), Some(1_517)); // 15,17 %
    assert_eq!(f.target, 6_904); // 80 % of 8.630
    assert_eq!(f.remaining, 5_595);
    // Calendar days, today (9/6) not counted: 10/6..30/6 = 21 days; 5.595 / 21 = 266,43.
    assert_eq!(r.days.left, 21);
    let per_day = f.required_per_day.unwrap();
    assert_eq!(per_day, Ratio::new(5_595, 21));
    assert_eq!(per_day.scaled(1), Some(2_664));
    assert_eq!(per_day.ceil(), Some(267));
    assert_eq!(f.status, Status::UnderThreshold);
    assert!(ex.figures.iter().all(|f| f.agrees()), "{:?}", ex.figures);
    // The figures' date travels with the campaign.
    assert_eq!(ex.campaign.as_of, Some(date(2025, 6, 9)));
}

#[test]
fn hue_daily_rate_in_working_days() {
    // 9/6/2025 is a Monday; 9/6..30/6 holds 16 weekdays and no public holiday.
    let mut c = hue_2025().campaign;
    let calendar = weekdays_except(&[]);
    c.day_counting = DayCounting {
        kind: DayKind::Working,
        today_counts: true,
    };
    let r = report(&c, date(2025, 6, 9), &calendar);
    assert_eq!(first(&r).days.left, 16);
    let per_day = |r: &CampaignReport| first(r).totals.figures.required_per_day.unwrap().ceil();
    assert_eq!(per_day(&r), Some(350)); // 349,7
    c.day_counting.today_counts = false;
    let r = report(&c, date(2025, 6, 9), &calendar);
    assert_eq!(first(&r).days.left, 15);
    assert_eq!(per_day(&r), Some(373)); // 373,0
    // A holiday in the window (a fake one on 20/6) removes one more day.
    let r = report(&c, date(2025, 6, 9), &weekdays_except(&[(2025, 6, 20)]));
    assert_eq!(first(&r).days.left, 14);
}

#[test]
fn calendar_days_today_counted() {
    let mut c = hue_2025().campaign;
    c.day_counting.today_counts = true;
    let r = report(&c, date(2025, 6, 9), &every_day);
    assert_eq!(first(&r).days.left, 22); // 9/6..30/6
    assert_eq!(first(&r).days.total, 22);
    assert_eq!(first(&r).days.elapsed, 0);
}

#[test]
fn hue_link_recipient_computes_as_of_the_figures_date_and_sees_what_changed() {
    // The story: the recipient of the Huế example saw "—" per day and "deadline passed"
    // where the sender saw 266,4 a day and 21 days left. As of the figures' date they see what the
    // sender saw; today's report says what changed.
    let c = hue_2025().campaign;
    let then = report(&c, c.figures_date(date(2026, 12, 5)), &AllDays);
    assert_eq!(first(&then).days.left, 21);
    assert_eq!(
        first(&then).totals.figures.required_per_day,
        Some(Ratio::new(5_595, 21))
    );
    let now = report(&c, date(2026, 12, 5), &AllDays);
    assert_eq!(first(&now).days.left, 0);
    let changes = changes_since(&c, &then, &now);
    assert_eq!(
        changes,
        vec![
            Change::DaysPassed { days: 544 },
            Change::DeadlinePassed {
                indicator: 0,
                deadline: date(2025, 6, 30)
            },
            Change::RequiredPerDay {
                indicator: 0,
                then: Some(Ratio::new(5_595, 21)),
                now: None
            },
        ]
    );
    // A link opened on the figures' date: nothing changed.
    let same = report(&c, date(2025, 6, 9), &AllDays);
    assert_eq!(
        changes_since(&c, &then, &same),
        vec![Change::DaysPassed { days: 0 }]
    );
}

// ---- Kiên Giang 374/KH-UBND, 25/12/2024 ---------------------------------------------------------

#[test]
fn kien_giang_four_groups_quotas_and_phases_computed_not_fudged() {
    let ex = kien_giang_2024();
    assert_eq!(ex.campaign.indicators.len(), 4);
    assert_eq!(ex.campaign.units.len(), 1);
    let quota_rows: Vec<_> = ex
        .figures
        .iter()
        .filter(|f| f.figure == Figure::Quota)
        .map(|f| (f.indicator, f.published, f.computed, f.note))
        .collect();
    assert_eq!(
        quota_rows,
        vec![
            (
                Some(0),
                Amount::Count(9_387),
                Some(Amount::Count(9_387)),
                None
            ),
            (
                Some(1),
                Amount::Count(430),
                Some(Amount::Count(429)),
                Some(FigureNote::SummedDistrictRoundings)
            ),
            (
                Some(2),
                Amount::Count(1_416),
                Some(Amount::Count(1_416)),
                None
            ),
        ]
    );
    let phase1: Vec<_> = ex
        .figures
        .iter()
        .filter(|f| f.figure == Figure::PhaseTarget && f.phase == Some(0))
        .map(|f| (f.published, f.computed))
        .collect();
    assert_eq!(
        phase1,
        vec![
            (Amount::Count(2_816), Some(Amount::Count(2_816))),
            (Amount::Count(130), Some(Amount::Count(129))),
            (Amount::Count(425), Some(Amount::Count(425))),
        ]
    );
    // "Other organizations": 20 % then 30 % of their count.
    let other: Vec<_> = ex
        .figures
        .iter()
        .filter(|f| f.indicator == Some(3))
        .map(|f| (f.published, f.agrees()))
        .collect();
    assert_eq!(
        other,
        vec![
            (
                Amount::Percent {
                    scaled: 20,
                    decimals: 0
                },
                true
            ),
            (
                Amount::Percent {
                    scaled: 30,
                    decimals: 0
                },
                true
            ),
        ]
    );
    // The report gives the same phase targets per indicator, and phase 1 + phase 2 = quota.
    let r = ex.report();
    let targets: Vec<(u64, Vec<u64>)> = r
        .indicators
        .iter()
        .take(3)
        .map(|x| {
            (
                x.units[0].figures.target,
                x.units[0].figures.phase_targets.clone(),
            )
        })
        .collect();
    assert_eq!(
        targets,
        vec![
            (9_387, vec![2_816, 6_571]),
            (429, vec![129, 300]),
            (1_416, vec![425, 991]),
        ]
    );
    assert_eq!(r.indicators[0].phases.len(), 2);
    assert_eq!(
        r.indicators[1].totals.figures.phase_cumulative,
        vec![129, 429]
    );
    // No count for "other organizations": no data, no figure invented.
    assert_eq!(r.indicators[3].totals.figures.status, Status::NoData);
    assert!(
        ex.campaign.validate().is_empty(),
        "{:?}",
        ex.campaign.validate()
    );
}

#[test]
fn kien_giang_rounding_choices() {
    // 81 % of 530 = 429,3: nearest 429, up 430, down 429 (docs/rules.md §4).
    let p = BasisPoints::percent(81);
    assert_eq!(quota(p, 530, Rounding::Nearest), 429);
    assert_eq!(quota(p, 530, Rounding::Up), 430);
    assert_eq!(quota(p, 530, Rounding::Down), 429);
    // Round half up: 50 % of 5 = 2,5 → 3.
    assert_eq!(quota(BasisPoints::percent(50), 5, Rounding::Nearest), 3);
    assert_eq!(quota(BasisPoints::percent(50), 5, Rounding::Down), 2);
    // Phases by largest remainder: 30/70 of 5 = 1,5 / 3,5 → tie goes to the larger phase.
    let shares = [BasisPoints::percent(30), BasisPoints::percent(70)];
    assert_eq!(split_into_phases(5, &shares), vec![1, 4]);
    // Rounding up the cooperatives' indicator gives the plan's 430.
    let mut c = kien_giang_2024().campaign;
    c.indicators[1].rounding = Rounding::Up;
    assert_eq!(c.unit_quota(0, 1), 430);
}

// ---- Hưng Yên, October 2025 ---------------------------------------------------------------------

#[test]
fn hung_yen_one_campaign_four_indicators_reproduces_every_published_figure() {
    let ex = hung_yen_2025();
    assert_eq!(ex.campaign.indicators.len(), 4);
    assert_eq!(ex.campaign.units.len(), 104);
    assert!(ex.campaign.units.iter().all(|u| u.illustrative));
    assert!(
        ex.campaign.validate().is_empty(),
        "{:?}",
        ex.campaign.validate()
    );
    for f in &ex.figures {
        assert!(f.agrees(), "{f:?}");
    }
    let r = ex.report();
    let figure = |i: usize| &r.indicators[i].totals.figures;
    assert_eq!(figure(0).done, Some(2_129_289));
    assert_eq!(
        figure(0).achieved_of_base.unwrap().percent_scaled(2),
        Some(7_693)
    );
    assert_eq!(figure(1).done, Some(1_933_164));
    // Accounts granted over records collected: the base is the records' count done.
    assert_eq!(figure(1).base, 2_129_289);
    assert_eq!(figure(2).base, 19_671);
    assert_eq!(figure(2).done, Some(15_362));
    // Organizations granted over the same organizations.
    assert_eq!(figure(3).base, 19_671);
    assert_eq!(figure(3).done, Some(12_420));
    assert_eq!(figure(3).achieved.unwrap().percent_scaled(1), Some(631)); // 63,1 %
    assert_eq!(figure(3).achieved.unwrap().percent_scaled(2), Some(6_314)); // 63,14 %
    let under = ex
        .figures
        .iter()
        .find(|f| f.figure == Figure::UnitsUnderThreshold)
        .unwrap();
    assert_eq!(under.computed, Some(Amount::Count(10)));
    assert_eq!(under.note, Some(FigureNote::FromIllustrativeRows));
}

#[test]
fn hung_yen_ten_communes_under_70_after_exclusions_more_without() {
    let ex = hung_yen_2025();
    let r = ex.report();
    let records = &r.indicators[0];
    assert_eq!(units_under_threshold(records).len(), 10);
    assert_eq!(records.totals.units_under_threshold, 10);
    // Without exclusions more communes fall under 70 %: both rates are reported.
    let under_without = records
        .units
        .iter()
        .filter(|u| {
            u.figures
                .achieved_of_base
                .unwrap()
                .is_below(BasisPoints::percent(70))
                .unwrap()
        })
        .count();
    assert!(under_without > 10, "{under_without}");
    // Totals are sums, not averages of percentages.
    let sum_done: u64 = ex
        .campaign
        .units
        .iter()
        .map(|u| u.tallies[0].done.unwrap())
        .sum();
    let sum_base: u64 = ex.campaign.units.iter().map(|u| u.tallies[0].base).sum();
    assert_eq!(records.totals.figures.done, Some(sum_done));
    assert_eq!(records.totals.figures.base, sum_base);
    let frail: u64 = ex
        .campaign
        .units
        .iter()
        .map(|u| u.tallies[0].exclusions.get(ExclusionReason::FrailOrElderly))
        .sum();
    assert_eq!(
        records
            .totals
            .figures
            .exclusions
            .get(ExclusionReason::FrailOrElderly),
        frail
    );
    // The printed order: flagged on most indicators first, then the others in campaign order.
    let order = sansang::rules::campaign::metrics::flagged_first(&ex.campaign, &r);
    assert_eq!(order.len(), 104);
    let counts: Vec<usize> = order.iter().map(|&u| r.flag_count(u)).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let unflagged: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&u| r.flag_count(u) == 0)
        .collect();
    assert!(unflagged.windows(2).all(|w| w[0] < w[1]));
    // A unit flagged on records is flagged on which: the report names the indicators.
    let flagged = units_under_threshold(records)[0];
    assert!(r.flagged_on(flagged).contains(&0));
    assert_eq!(
        filtered_units(&r, None, UnitFilter::UnderThreshold).len(),
        r.units_flagged
    );
}

#[test]
fn hung_yen_history_gives_a_progress_line_per_indicator() {
    let ex = hung_yen_2025();
    let r = ex.report();
    for i in 0..4 {
        let points = progress(&ex.campaign, &r, i, &AllDays);
        let dates: Vec<NaiveDate> = points.iter().map(|p| p.date).collect();
        assert_eq!(
            dates,
            vec![date(2025, 10, 17), date(2025, 10, 24), date(2025, 10, 31)]
        );
        let last = points.last().unwrap();
        assert_eq!(Some(last.done), r.indicators[i].totals.figures.done);
        // The pace line: target × elapsed ÷ total, rising with the dates.
        assert!(points.windows(2).all(|w| w[0].expected <= w[1].expected));
        assert_eq!(
            last.expected,
            r.indicators[i].totals.figures.expected_by_now
        );
    }
}

// ---- chained bases (docs/rules.md §4.1) ----------------------------------------------------------

/// Records over citizens 14+ (with exclusions), accounts over records (done of 0), accounts over
/// citizens (same base as 0).
fn chained() -> Campaign {
    let deadline = date(2025, 6, 30);
    let mut c = Campaign::new(
        "Chuỗi",
        Indicator::new(IndicatorKind::CitizenRecords, deadline),
        date(2025, 6, 1),
    );
    c.indicators.push(Indicator {
        base: BaseSource::DoneOf(0),
        target: BasisPoints::percent(90),
        ..Indicator::new(IndicatorKind::Level2Accounts, deadline)
    });
    c.indicators.push(Indicator {
        base: BaseSource::SameAs(0),
        ..Indicator::new(IndicatorKind::Level2Accounts, deadline)
    });
    let mut records = Tally::new(10_000, Some(7_000));
    records.exclusions.set(ExclusionReason::Abroad, 1_000);
    c.set_units([
        Unit::new(
            Place::Named("A".into()),
            vec![
                records,
                Tally::new(0, Some(6_300)),
                Tally::new(0, Some(6_300)),
            ],
        ),
        Unit::new(
            Place::Named("B".into()),
            vec![
                Tally::new(2_000, None),
                Tally::new(0, Some(10)),
                Tally::new(0, None),
            ],
        ),
    ]);
    c
}

#[test]
fn chained_bases_table() {
    let c = chained();
    assert_eq!(
        c.validate(),
        vec![CampaignProblem::DoneAboveBase {
            at: TallyAt {
                unit: 1,
                indicator: 1,
                index: 0
            },
            done: 10,
            base: 0
        }]
    );
    let r = report(&c, date(2025, 6, 10), &every_day);
    // (indicator, unit) → (base, target base, target, achieved ‰ of target base, status)
    type Row = (usize, usize, u64, u64, u64, Option<u128>, Status);
    let table: Vec<Row> = (0..3)
        .flat_map(|i| (0..2).map(move |u| (i, u)))
        .map(|(i, u)| {
            let f = r.figures(u, i).unwrap();
            (
                i,
                u,
                f.base,
                f.target_base,
                f.target,
                f.achieved.and_then(|a| a.percent_scaled(1)),
                f.status,
            )
        })
        .collect();
    assert_eq!(
        table,
        vec![
            // Records: 7.000 of 10.000 − 1.000 abroad = 77,8 %; target 80 % of 9.000; ahead of
            // the pace (10 of 30 days: 2.400 expected).
            (0, 0, 10_000, 9_000, 7_200, Some(778), Status::OnTrack),
            (0, 1, 2_000, 2_000, 1_600, None, Status::NoData),
            // Accounts over records done: 6.300 of 7.000 = 90 %, target 90 % → done.
            (1, 0, 7_000, 7_000, 6_300, Some(900), Status::Done),
            // No records figure: base 0, 10 accounts is more than the base (a warning).
            (1, 1, 0, 0, 0, None, Status::NoData),
            // Accounts over the records' base (and its exclusions): 6.300 / 9.000 = 70 %.
            (2, 0, 10_000, 9_000, 7_200, Some(700), Status::OnTrack),
            (2, 1, 2_000, 2_000, 1_600, None, Status::NoData),
        ]
    );
    // The "how it is computed" lines name where the base comes from.
    let steps = explain(&c, &r, 1, Some(0));
    assert_eq!(
        steps.first(),
        Some(&Step::ChainedBase {
            source: BaseSource::DoneOf(0),
            base: 7_000
        })
    );
    // Sorting by any indicator.
    assert_eq!(
        sorted_units(&c, &r, 2, SortKey::Achieved, false),
        vec![0, 1]
    );
    // A reference to a later indicator, or to itself, is reported and computes as no base.
    let mut bad = chained();
    bad.indicators[0].base = BaseSource::DoneOf(1);
    assert!(bad.validate().contains(&CampaignProblem::BaseNotEarlier {
        indicator: 0,
        to: 1
    }));
    assert_eq!(bad.unit_base(0, 0).0, 0);
}

// ---- the monthly threshold (Đồng Nai 2026) -------------------------------------------------------

fn monthly(months: &[&[(u32, u64, u64)]]) -> Campaign {
    let mut x = Indicator::new(IndicatorKind::Activations, date(2026, 8, 31));
    x.measure = Measure::Monthly;
    x.target = BasisPoints::percent(90);
    x.flag_threshold = BasisPoints::percent(90);
    x.rounding = Rounding::Up;
    let mut c = Campaign::new("Tháng", x, date(2026, 4, 1));
    c.units = months
        .iter()
        .enumerate()
        .map(|(i, list)| {
            let t = Tally {
                months: list
                    .iter()
                    .map(|&(m, base, done)| MonthFigure {
                        month: Month::new(2026, m).unwrap(),
                        base,
                        done,
                    })
                    .collect(),
                ..Tally::default()
            };
            Unit::new(Place::Named(format!("Xã {i}")), vec![t]).into()
        })
        .collect();
    c
}

#[test]
fn monthly_threshold_table() {
    // April: 10.000 received / 9.100 activated (91 %), May: 8.000 / 7.000 (87,5 %).
    let c = monthly(&[
        &[(4, 10_000, 9_100), (5, 8_000, 7_000)],
        &[(4, 500, 450), (5, 600, 599)],
        &[(4, 300, 100)],
    ]);
    assert!(c.validate().is_empty(), "{:?}", c.validate());
    let r = report(&c, date(2026, 5, 20), &every_day);
    let x = first(&r);
    assert_eq!(x.month, Month::new(2026, 5));
    // (unit) → (base, done, target = ⌈90 %⌉, achieved ‰, under, months under so far)
    let table: Vec<_> = x
        .units
        .iter()
        .map(|u| {
            let f = &u.figures;
            (
                f.base,
                f.done,
                f.target,
                f.achieved.and_then(|a| a.percent_scaled(1)),
                f.under_threshold,
                u.months_under_threshold,
            )
        })
        .collect();
    assert_eq!(
        table,
        vec![
            (8_000, Some(7_000), 7_200, Some(875), true, 1),
            (600, Some(599), 540, Some(998), false, 0),
            // No May figure yet; April was under 90 %.
            (0, None, 0, None, false, 1),
        ]
    );
    // The month's days: 20/5 not counted, 21/5..31/5 = 11 left of 31.
    assert_eq!((x.days.total, x.days.left), (31, 11));
    // Months summed over units.
    let months: Vec<_> = x
        .months
        .iter()
        .map(|m| (m.month.month, m.base, m.done, m.units_under_threshold))
        .collect();
    assert_eq!(months, vec![(4, 10_800, 9_650, 1), (5, 8_600, 7_599, 1)]);
    assert_eq!(r.units_flagged, 1);
    // Before May's first figure, the latest reported month (April) is shown.
    let c = monthly(&[&[(4, 10_000, 9_100)]]);
    let r = report(&c, date(2026, 5, 3), &every_day);
    assert_eq!(first(&r).month, Month::new(2026, 4));
    assert_eq!(first(&r).days.left, 0);
}

#[test]
fn dong_nai_one_campaign_two_deadlines_and_the_monthly_threshold() {
    let ex = dong_nai_2026();
    assert!(ex.figures.iter().all(|f| f.agrees()), "{:?}", ex.figures);
    assert!(
        ex.campaign.validate().is_empty(),
        "{:?}",
        ex.campaign.validate()
    );
    let deadlines: Vec<NaiveDate> = ex.campaign.indicators.iter().map(|x| x.deadline).collect();
    assert_eq!(
        deadlines,
        vec![date(2026, 6, 30), date(2026, 8, 31), date(2026, 8, 31)]
    );
    assert_eq!(ex.campaign.indicators[2].measure, Measure::Monthly);
    let r = ex.report();
    assert_eq!(r.indicators[0].totals.figures.base, 311_482);
    assert_eq!(r.indicators[1].totals.figures.base, 161_425);
    // May is shown; communes 5, 15, … missed 90 % in May.
    let m = &r.indicators[2];
    assert_eq!(m.month, Month::new(2026, 5));
    assert_eq!(m.totals.units_under_threshold, 10);
    assert_eq!(m.months.len(), 2);
    assert_eq!(m.months[0].units_under_threshold, 9);
    // Each indicator counts its own days to its own deadline.
    assert_eq!(r.indicators[0].days.left, 30);
    assert_eq!(r.indicators[1].days.left, 92);
}

#[test]
fn every_example_loads_validates_and_round_trips() {
    for id in ExampleId::ALL {
        let ex = id.load();
        assert_eq!(ex.id, id);
        let errors: Vec<_> = ex
            .campaign
            .validate()
            .into_iter()
            .filter(|p| !p.is_warning())
            .collect();
        assert!(errors.is_empty(), "{id:?}: {errors:?}");
        assert!(ex.figures.iter().all(|f| f.computed.is_some()), "{id:?}");
        let link = sansang::rules::campaign::share_link::encode(&ex.campaign);
        assert_eq!(
            sansang::rules::campaign::share_link::decode(&link).as_ref(),
            Ok(&ex.campaign)
        );
        let json = serde_json::to_string(&ex.campaign).unwrap();
        let back: Campaign = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ex.campaign);
        assert_eq!(ex.campaign.as_of, Some(ex.as_of));
    }
}

// ---- run rate, projection, status, pace ---------------------------------------------------------

#[test]
fn run_rate_assumes_zero_at_start_without_history() {
    // 1/6..30/6, today 10/6 (not counted): 10 days elapsed, 2.000 done → 200 a day.
    let c = simple(10_000, Some(2_000));
    let r = report(&c, date(2025, 6, 10), &every_day);
    let r = first(&r);
    let u = &r.units[0];
    assert_eq!(r.days.elapsed, 10);
    assert_eq!(r.days.left, 20);
    assert_eq!(u.baseline.unwrap().source, BaselineSource::AssumedZero);
    let rate = u.figures.run_rate.unwrap();
    assert_eq!(rate.per_day_scaled(0), Some(200));
    // Target 8.000; remaining 6.000 → 30 days at 200 → 10/7, after the deadline.
    assert_eq!(
        u.figures.projection,
        Projection::Finish {
            date: date(2025, 7, 10),
            by_deadline: false
        }
    );
    // Pace 10/30: expected 8.000 × 1/3 = 2.667 (rounded up) > 2.000 → behind… but 20 % < 70 %.
    assert_eq!(u.figures.expected_by_now, 2_667);
    assert_eq!(u.figures.status, Status::UnderThreshold);
    assert_eq!(r.pace, Ratio::new(10, 30));
}

#[test]
fn run_rate_uses_first_history_point_at_or_after_start() {
    let mut c = simple(10_000, Some(8_000));
    c.indicators[0].flag_threshold = BasisPoints::percent(10);
    tally(&mut c, 0).history = vec![
        DonePoint {
            date: date(2025, 5, 20),
            done: 6_000,
        },
        DonePoint {
            date: date(2025, 6, 5),
            done: 7_000,
        },
        DonePoint {
            date: date(2025, 7, 1),
            done: 9_999,
        }, // after today: ignored
    ];
    let r = report(&c, date(2025, 6, 15), &every_day);
    let u = &first(&r).units[0];
    let b = u.baseline.unwrap();
    assert_eq!(
        (b.date, b.done, b.source),
        (date(2025, 6, 5), 7_000, BaselineSource::History)
    );
    // 1.000 over 10 days (6/6..15/6) = 100 a day; remaining 0 → already done.
    assert_eq!(u.figures.run_rate.unwrap().per_day_scaled(0), Some(100));
    assert_eq!(u.figures.projection, Projection::AlreadyDone);
    assert_eq!(u.figures.status, Status::Done);
    // Only a point before the start: it stands for the figure on the start day.
    tally(&mut c, 0).history.truncate(1);
    tally(&mut c, 0).done = Some(7_500);
    let r = report(&c, date(2025, 6, 15), &every_day);
    let u = &first(&r).units[0];
    assert_eq!(
        u.baseline.unwrap().source,
        BaselineSource::HistoryBeforeStart
    );
    assert_eq!(u.figures.run_rate.unwrap().per_day_scaled(0), Some(100)); // 1.500 / 15
    // 500 remaining at 100 a day = 5 days after 15/6 → 20/6.
    assert_eq!(
        u.figures.projection,
        Projection::Finish {
            date: date(2025, 6, 20),
            by_deadline: true
        }
    );
}

#[test]
fn no_projection_without_progress_and_no_data_status() {
    let c = simple(10_000, Some(0));
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.projection, Projection::NoRunRate);
    let c = simple(10_000, None);
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.status, Status::NoData);
    assert_eq!(first(&r).totals.units_without_data, 1);
    assert_eq!(first(&r).totals.figures.done, None);
    let c = simple(0, Some(0));
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.status, Status::NoData);
}

#[test]
fn on_track_and_behind_follow_the_pace() {
    // Threshold 0 so that only the pace decides. Target 8.000, pace 10/30 → expected 2.667.
    let mut c = simple(10_000, Some(2_667));
    c.indicators[0].flag_threshold = BasisPoints::ZERO;
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.status, Status::OnTrack);
    tally(&mut c, 0).done = Some(2_666);
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.status, Status::Behind);
    // After the deadline: no day left, no required rate, behind.
    let r = report(&c, date(2025, 7, 5), &every_day);
    assert_eq!(first(&r).days.left, 0);
    assert!(first(&r).days.ended);
    assert_eq!(first(&r).units[0].figures.required_per_day, None);
    assert_eq!(first(&r).units[0].figures.status, Status::Behind);
}

#[test]
fn exclusions_change_the_target_base() {
    let mut c = simple(10_000, Some(7_000));
    tally(&mut c, 0)
        .exclusions
        .set(ExclusionReason::Abroad, 500);
    tally(&mut c, 0)
        .exclusions
        .set(ExclusionReason::NoSmartphone, 500);
    let r = report(&c, date(2025, 6, 10), &every_day);
    let f = &first(&r).units[0].figures;
    assert_eq!(f.target_base, 9_000);
    assert_eq!(f.target, 7_200); // 80 % of 9.000
    assert_eq!(f.achieved.unwrap().percent_scaled(2), Some(7_778)); // 77,78 %
    assert_eq!(f.achieved_of_base.unwrap().percent_scaled(2), Some(7_000)); // 70,00 %
    c.indicators[0].target_base = TargetBase::Total;
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(first(&r).units[0].figures.target, 8_000);
}

#[test]
fn totals_are_sums_and_remaining_in_units_differs() {
    let mut c = simple(1_000, Some(1_000)); // over its 800 target by 200
    c.units
        .push(Unit::single(Place::Named("B".into()), 1_000, Some(500)).into()); // short by 300
    let r = report(&c, date(2025, 6, 10), &every_day);
    let t = &first(&r).totals;
    assert_eq!(t.figures.target, 1_600);
    assert_eq!(t.figures.done, Some(1_500));
    assert_eq!(t.figures.remaining, 100);
    assert_eq!(t.remaining_in_units, 300);
    assert_eq!(t.figures.achieved.unwrap().percent_scaled(0), Some(75));
}

#[test]
fn count_phases_are_split_by_quota_and_statuses_follow_the_date() {
    let mut c = simple(10_000, Some(3_000));
    c.units
        .push(Unit::single(Place::Named("B".into()), 5_000, Some(1_000)).into());
    c.indicators[0].phases = vec![
        Phase {
            end: date(2025, 6, 10),
            target: PhaseTarget::Count(3_000),
            label: None,
        },
        Phase {
            end: date(2025, 6, 30),
            target: PhaseTarget::Count(9_000),
            label: None,
        },
    ];
    assert!(c.validate().is_empty(), "{:?}", c.validate());
    let r = report(&c, date(2025, 6, 12), &every_day);
    let x = first(&r);
    // Quotas 8.000 and 4.000: phase 1 3.000 → 2.000 / 1.000.
    assert_eq!(x.units[0].figures.phase_targets, vec![2_000, 6_000]);
    assert_eq!(x.units[1].figures.phase_targets, vec![1_000, 3_000]);
    assert_eq!(x.phases[0].status, PhaseStatus::Reached);
    assert_eq!(x.phases[1].status, PhaseStatus::Current);
    assert_eq!(x.phases[1].remaining, 8_000);
    assert_eq!(x.phases[1].days_left, 18); // 13/6..30/6
    tally(&mut c, 0).done = Some(1_000);
    let r = report(&c, date(2025, 6, 12), &every_day);
    assert_eq!(first(&r).phases[0].status, PhaseStatus::Missed);
}

#[test]
fn sorting_and_filters() {
    let mut c = simple(1_000, Some(100)); // 10 %
    c.units
        .push(Unit::single(Place::Commune(12), 1_000, Some(900)).into()); // 90 %: done
    c.units
        .push(Unit::single(Place::Commune(4), 1_000, None).into());
    c.units
        .push(Unit::single(Place::Commune(8), 3_000, Some(2_250)).into()); // 75 %
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(
        sorted_units(&c, &r, 0, SortKey::Achieved, false),
        vec![0, 3, 1, 2]
    );
    assert_eq!(
        sorted_units(&c, &r, 0, SortKey::Achieved, true),
        vec![1, 3, 0, 2]
    );
    assert_eq!(
        sorted_units(&c, &r, 0, SortKey::Code, false),
        vec![2, 3, 1, 0]
    );
    assert_eq!(
        sorted_units(&c, &r, 0, SortKey::Status, false),
        vec![0, 3, 1, 2]
    );
    assert_eq!(
        sorted_units(&c, &r, 0, SortKey::Flags, false),
        vec![0, 1, 2, 3]
    );
    assert_eq!(filtered_units(&r, Some(0), UnitFilter::NoData), vec![2]);
    assert_eq!(filtered_units(&r, Some(0), UnitFilter::Done), vec![1]);
    assert_eq!(
        filtered_units(&r, Some(0), UnitFilter::UnderThreshold),
        vec![0]
    );
    // An indicator that does not exist sorts nothing away and filters nothing in.
    assert_eq!(
        sorted_units(&c, &r, 7, SortKey::Done, false),
        vec![0, 1, 2, 3]
    );
    assert!(filtered_units(&r, Some(7), UnitFilter::All).is_empty());
}

// ---- validation ---------------------------------------------------------------------------------

#[test]
fn validation_finds_each_problem() {
    let mut c = simple(100, Some(150));
    c.name = "  ".into();
    c.indicators[0].deadline = date(2025, 5, 1);
    tally(&mut c, 0)
        .exclusions
        .set(ExclusionReason::Abroad, 200);
    c.units
        .push(Unit::single(Place::Named("a ".into()), 10, None).into());
    c.units
        .push(Unit::single(Place::Commune(123_456), 10, None).into());
    c.units
        .push(Unit::new(Place::Named("Thiếu".into()), vec![]).into());
    c.indicators[0].phases = vec![
        Phase {
            end: date(2025, 6, 20),
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(40)),
            label: None,
        },
        Phase {
            end: date(2025, 6, 10),
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(40)),
            label: None,
        },
    ];
    let mut monthly = Indicator::new(IndicatorKind::Activations, date(2025, 6, 30));
    monthly.measure = Measure::Monthly;
    monthly.base = BaseSource::SameAs(0);
    monthly.label = Some(" ".into());
    c.indicators.push(monthly);
    for u in c.units.iter_mut().take(3) {
        std::rc::Rc::make_mut(u).tallies.push(Tally::default());
    }
    let at = |unit, index| TallyAt {
        unit,
        indicator: 0,
        index,
    };
    let problems = c.validate();
    let expected = [
        CampaignProblem::EmptyText {
            field: TextField::CampaignName,
        },
        CampaignProblem::DeadlineBeforeStart {
            indicator: 0,
            start: date(2025, 6, 1),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhaseAfterDeadline {
            indicator: 0,
            phase: 0,
            end: date(2025, 6, 20),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhaseAfterDeadline {
            indicator: 0,
            phase: 1,
            end: date(2025, 6, 10),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhasesOutOfOrder {
            indicator: 0,
            phase: 1,
            end: date(2025, 6, 10),
            previous_end: date(2025, 6, 20),
        },
        CampaignProblem::PhaseSharesDoNotAddUp {
            indicator: 0,
            total: BasisPoints(8_000),
        },
        CampaignProblem::EmptyText {
            field: TextField::IndicatorLabel { indicator: 1 },
        },
        CampaignProblem::MonthlyNeedsOwnBase { indicator: 1 },
        CampaignProblem::ExclusionsAboveBase {
            at: at(0, 0),
            excluded: 200,
            base: 100,
        },
        CampaignProblem::DoneAboveBase {
            at: at(0, 0),
            done: 150,
            base: 100,
        },
        CampaignProblem::DuplicateUnit {
            first: 0,
            second: 1,
        },
        CampaignProblem::CommuneCodeOutOfRange {
            unit: 2,
            code: 123_456,
        },
        CampaignProblem::TalliesDoNotMatch {
            unit: 3,
            tallies: 0,
            indicators: 2,
        },
    ];
    for e in &expected {
        assert!(problems.contains(e), "missing {e:?} in {problems:?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:?}");
    assert!(
        CampaignProblem::DoneAboveBase {
            at: at(0, 0),
            done: 1,
            base: 0
        }
        .is_warning()
    );
    assert!(!CampaignProblem::NoUnits.is_warning());
    assert_eq!(
        CampaignProblem::ExclusionsAboveBase {
            at: at(4, 0),
            excluded: 1,
            base: 0
        }
        .unit(),
        Some(4)
    );
    // A report of a campaign with a missing tally computes it as empty (no panic).
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.figures(3, 0).unwrap().status, Status::NoData);
}

#[test]
fn a_report_after_an_edit_equals_the_full_report() {
    use sansang::rules::campaign::metrics::report_after_edit;
    for id in ExampleId::ALL {
        let ex = id.load();
        let before = ex.report();
        for i in 0..ex.campaign.indicators.len() {
            for u in [0, ex.campaign.units.len() / 2, ex.campaign.units.len() - 1] {
                let mut c = ex.campaign.clone();
                let t = c.tally_mut(u, i).unwrap();
                t.done = Some(t.done.unwrap_or(0) + 1_000);
                t.base += 7;
                let full = report(&c, ex.as_of, &AllDays);
                let quick = report_after_edit(&before, &c, ex.as_of, &AllDays, i);
                assert_eq!(quick, full, "{id:?} indicator {i} unit {u}");
                // Indicators the edit cannot move are shared with the report before.
                let shared = quick
                    .indicators
                    .iter()
                    .zip(&before.indicators)
                    .filter(|(a, b)| std::rc::Rc::ptr_eq(a, b))
                    .count();
                let moved = c
                    .indicators
                    .iter()
                    .enumerate()
                    .filter(|(j, x)| *j == i || x.base.refers_to() == Some(i))
                    .count();
                assert_eq!(shared, c.indicators.len() - moved, "{id:?} {i}");
            }
        }
        // Another day: computed in full.
        let later = report_after_edit(
            &before,
            &ex.campaign,
            ex.as_of.succ_opt().unwrap(),
            &AllDays,
            0,
        );
        assert_eq!(
            later,
            report(&ex.campaign, ex.as_of.succ_opt().unwrap(), &AllDays)
        );
    }
}

#[test]
fn a_view_whose_indicator_was_removed_falls_back_to_the_first_not_a_neighbour() {
    let mut c = hung_yen_2025().campaign;
    assert_eq!(c.chosen_indicator(3), 3);
    c.indicators.truncate(3);
    assert_eq!(c.chosen_indicator(3), 0);
    assert_eq!(c.chosen_indicator(usize::MAX), 0);
    assert_eq!(c.chosen_indicator(2), 2);
}
