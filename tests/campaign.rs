#![cfg(not(target_arch = "wasm32"))]
//! Campaign tracker rules: figures from the source documents (docs/rules.md §4), day counting,
//! run rate and projection, status, phases, validation, spreadsheet rows.

use chrono::{Datelike, NaiveDate, Weekday};
use sansang::rules::campaign::examples::{
    Amount, ExampleId, Figure, FigureNote, dong_nai_2026, hue_2025, hung_yen_2025,
    hung_yen_2025_communes, kien_giang_2024,
};
use sansang::rules::campaign::metrics::{
    BaselineSource, PhaseStatus, Projection, Ratio, SortKey, Status, UnitFilter, filtered_units,
    report, sorted_units, units_under_threshold,
};
use sansang::rules::campaign::quota::{quota, split_into_phases};
use sansang::rules::campaign::table::{Column, RowReason, units_from_rows, units_to_rows};
use sansang::rules::campaign::{
    BasisPoints, Campaign, CampaignProblem, DayCounting, DayKind, DonePoint, ExclusionReason,
    Indicator, IndicatorKind, Phase, PhaseTarget, Place, Rounding, TargetBase, TextField, Unit,
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

fn simple(base: u64, done: Option<u64>) -> Campaign {
    let mut c = Campaign::new(
        "Thử",
        Indicator::of(IndicatorKind::Level2Accounts),
        date(2025, 6, 1),
        date(2025, 6, 30),
    );
    c.units = vec![Unit::new(Place::Named("A".into()), base, done)];
    c
}

// ---- Huế 7218/UBND-TĐKT, 9/6/2025 (docs/rules.md §4) -------------------------------------------

#[test]
fn hue_progress_target_remaining_and_daily_rate() {
    let ex = hue_2025();
    let r = ex.report();
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
    assert_eq!(r.days.left, 16);
    assert_eq!(r.totals.figures.required_per_day.unwrap().ceil(), Some(350)); // 349,7
    c.day_counting.today_counts = false;
    let r = report(&c, date(2025, 6, 9), &calendar);
    assert_eq!(r.days.left, 15);
    assert_eq!(r.totals.figures.required_per_day.unwrap().ceil(), Some(373)); // 373,0
    // A holiday in the window (a fake one on 20/6) removes one more day.
    let r = report(&c, date(2025, 6, 9), &weekdays_except(&[(2025, 6, 20)]));
    assert_eq!(r.days.left, 14);
}

#[test]
fn calendar_days_today_counted() {
    let mut c = hue_2025().campaign;
    c.day_counting.today_counts = true;
    let r = report(&c, date(2025, 6, 9), &every_day);
    assert_eq!(r.days.left, 22); // 9/6..30/6
    assert_eq!(r.days.total, 22);
    assert_eq!(r.days.elapsed, 0);
}

// ---- Kiên Giang 374/KH-UBND, 25/12/2024 ---------------------------------------------------------

#[test]
fn kien_giang_quotas_and_phases_computed_not_fudged() {
    let ex = kien_giang_2024();
    let quota_rows: Vec<_> = ex
        .figures
        .iter()
        .filter(|f| f.figure == Figure::Quota)
        .map(|f| (f.published, f.computed, f.note))
        .collect();
    assert_eq!(
        quota_rows,
        vec![
            (Amount::Count(9_387), Some(Amount::Count(9_387)), None),
            (
                Amount::Count(430),
                Some(Amount::Count(429)),
                Some(FigureNote::SummedDistrictRoundings)
            ),
            (Amount::Count(1_416), Some(Amount::Count(1_416)), None),
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
    // The report gives the same phase targets, and phase 1 + phase 2 = quota per unit.
    let r = ex.report();
    let targets: Vec<(u64, Vec<u64>)> = r
        .units
        .iter()
        .map(|u| (u.figures.target, u.figures.phase_targets.clone()))
        .collect();
    assert_eq!(
        targets,
        vec![
            (9_387, vec![2_816, 6_571]),
            (429, vec![129, 300]),
            (1_416, vec![425, 991]),
        ]
    );
    assert_eq!(r.totals.figures.phase_cumulative, vec![3_370, 11_232]);
    assert_eq!(r.totals.figures.target, 11_232);
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
}

// ---- Hưng Yên, October 2025 ---------------------------------------------------------------------

#[test]
fn hung_yen_published_figures() {
    let ex = hung_yen_2025();
    let r = ex.report();
    let achieved = r.totals.figures.achieved.unwrap();
    assert_eq!(achieved.percent_scaled(1), Some(631)); // 63,1 %
    assert_eq!(achieved.percent_scaled(2), Some(6_314)); // 63,14 %
    for f in &ex.figures {
        match f.note {
            Some(FigureNote::BaseNotPublished) => assert_eq!(f.computed, None),
            _ if f.computed.is_some() => assert!(f.agrees(), "{f:?}"),
            _ => {}
        }
    }
    let under = ex
        .figures
        .iter()
        .find(|f| f.figure == Figure::UnitsUnderThreshold)
        .unwrap();
    assert_eq!(under.computed, Some(Amount::Count(10)));
    assert_eq!(under.note, Some(FigureNote::FromIllustrativeRows));
}

#[test]
fn hung_yen_communes_are_illustrative_with_ten_under_70() {
    let ex = hung_yen_2025_communes();
    assert_eq!(ex.campaign.units.len(), 104);
    assert!(ex.campaign.units.iter().all(|u| u.illustrative));
    assert!(
        ex.campaign.validate().is_empty(),
        "{:?}",
        ex.campaign.validate()
    );
    let r = ex.report();
    assert_eq!(units_under_threshold(&r).len(), 10);
    assert_eq!(r.totals.units_under_threshold, 10);
    // Without exclusions more communes fall under 70 %: both rates are reported.
    let under_without = r
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
    let sum_done: u64 = ex.campaign.units.iter().map(|u| u.done.unwrap()).sum();
    let sum_base: u64 = ex.campaign.units.iter().map(|u| u.base).sum();
    assert_eq!(r.totals.figures.done, Some(sum_done));
    assert_eq!(r.totals.figures.base, sum_base);
    let frail: u64 = ex
        .campaign
        .units
        .iter()
        .map(|u| u.exclusions.get(ExclusionReason::FrailOrElderly))
        .sum();
    assert_eq!(
        r.totals
            .figures
            .exclusions
            .get(ExclusionReason::FrailOrElderly),
        frail
    );
}

// ---- Đồng Nai 2026 ------------------------------------------------------------------------------

#[test]
fn dong_nai_two_campaigns_and_monthly_threshold() {
    let ex = dong_nai_2026();
    assert!(ex.figures.iter().all(|f| f.agrees()), "{:?}", ex.figures);
    assert_eq!(ex.campaign.deadline, date(2026, 6, 30));
    let activation = ex.companion.clone().unwrap();
    assert_eq!(activation.deadline, date(2026, 8, 31));
    assert_eq!(activation.flag_threshold, BasisPoints::percent(90));
    // Add two months: 10.000 received / 9.100 activated (91 %), 8.000 / 7.000 (87,5 %).
    let mut c = activation;
    c.units.push(Unit::new(
        Place::Named("Tháng 4/2026".into()),
        10_000,
        Some(9_100),
    ));
    c.units.push(Unit::new(
        Place::Named("Tháng 5/2026".into()),
        8_000,
        Some(7_000),
    ));
    let r = report(&c, date(2026, 6, 1), &every_day);
    // Backlog (0 %) and May (87,5 %) are under 90 %; April (91 %) is not.
    assert_eq!(units_under_threshold(&r), vec![0, 2]);
    assert_eq!(r.units[1].figures.status, Status::Done);
    assert_eq!(
        r.units[2].figures.achieved.unwrap().percent_scaled(1),
        Some(875)
    );
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
        let link = sansang::rules::campaign::share_link::encode(&ex.campaign);
        assert_eq!(
            sansang::rules::campaign::share_link::decode(&link).as_ref(),
            Ok(&ex.campaign)
        );
        let json = serde_json::to_string(&ex.campaign).unwrap();
        let back: Campaign = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ex.campaign);
    }
}

// ---- run rate, projection, status, pace ---------------------------------------------------------

#[test]
fn run_rate_assumes_zero_at_start_without_history() {
    // 1/6..30/6, today 10/6 (not counted): 10 days elapsed, 2.000 done → 200 a day.
    let c = simple(10_000, Some(2_000));
    let r = report(&c, date(2025, 6, 10), &every_day);
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
    c.flag_threshold = BasisPoints::percent(10);
    c.units[0].history = vec![
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
    let u = &r.units[0];
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
    c.units[0].history.truncate(1);
    c.units[0].done = Some(7_500);
    let r = report(&c, date(2025, 6, 15), &every_day);
    let u = &r.units[0];
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
    assert_eq!(r.units[0].figures.projection, Projection::NoRunRate);
    let c = simple(10_000, None);
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.units[0].figures.status, Status::NoData);
    assert_eq!(r.totals.units_without_data, 1);
    assert_eq!(r.totals.figures.done, None);
    let c = simple(0, Some(0));
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.units[0].figures.status, Status::NoData);
}

#[test]
fn on_track_and_behind_follow_the_pace() {
    // Threshold 0 so that only the pace decides. Target 8.000, pace 10/30 → expected 2.667.
    let mut c = simple(10_000, Some(2_667));
    c.flag_threshold = BasisPoints::ZERO;
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.units[0].figures.status, Status::OnTrack);
    c.units[0].done = Some(2_666);
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.units[0].figures.status, Status::Behind);
    // After the deadline: no day left, no required rate, behind.
    let r = report(&c, date(2025, 7, 5), &every_day);
    assert_eq!(r.days.left, 0);
    assert!(r.days.ended);
    assert_eq!(r.units[0].figures.required_per_day, None);
    assert_eq!(r.units[0].figures.status, Status::Behind);
}

#[test]
fn exclusions_change_the_target_base() {
    let mut c = simple(10_000, Some(7_000));
    c.units[0].exclusions.set(ExclusionReason::Abroad, 500);
    c.units[0]
        .exclusions
        .set(ExclusionReason::NoSmartphone, 500);
    let r = report(&c, date(2025, 6, 10), &every_day);
    let f = &r.units[0].figures;
    assert_eq!(f.target_base, 9_000);
    assert_eq!(f.target, 7_200); // 80 % of 9.000
    assert_eq!(f.achieved.unwrap().percent_scaled(2), Some(7_778)); // 77,78 %
    assert_eq!(f.achieved_of_base.unwrap().percent_scaled(2), Some(7_000)); // 70,00 %
    c.target_base = TargetBase::Total;
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.units[0].figures.target, 8_000);
}

#[test]
fn totals_are_sums_and_remaining_in_units_differs() {
    let mut c = simple(1_000, Some(1_000)); // over its 800 target by 200
    c.units
        .push(Unit::new(Place::Named("B".into()), 1_000, Some(500))); // short by 300
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(r.totals.figures.target, 1_600);
    assert_eq!(r.totals.figures.done, Some(1_500));
    assert_eq!(r.totals.figures.remaining, 100);
    assert_eq!(r.totals.remaining_in_units, 300);
    assert_eq!(
        r.totals.figures.achieved.unwrap().percent_scaled(0),
        Some(75)
    );
}

#[test]
fn count_phases_are_split_by_quota_and_statuses_follow_the_date() {
    let mut c = simple(10_000, Some(3_000));
    c.units
        .push(Unit::new(Place::Named("B".into()), 5_000, Some(1_000)));
    c.phases = vec![
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
    // Quotas 8.000 and 4.000: phase 1 3.000 → 2.000 / 1.000.
    assert_eq!(r.units[0].figures.phase_targets, vec![2_000, 6_000]);
    assert_eq!(r.units[1].figures.phase_targets, vec![1_000, 3_000]);
    assert_eq!(r.phases[0].status, PhaseStatus::Reached);
    assert_eq!(r.phases[1].status, PhaseStatus::Current);
    assert_eq!(r.phases[1].remaining, 8_000);
    assert_eq!(r.phases[1].days_left, 18); // 13/6..30/6
    c.units[0].done = Some(1_000);
    let r = report(&c, date(2025, 6, 12), &every_day);
    assert_eq!(r.phases[0].status, PhaseStatus::Missed);
}

#[test]
fn sorting_and_filters() {
    let mut c = simple(1_000, Some(100)); // 10 %
    c.units
        .push(Unit::new(Place::Commune(12), 1_000, Some(900))); // 90 %: done
    c.units.push(Unit::new(Place::Commune(4), 1_000, None));
    c.units
        .push(Unit::new(Place::Commune(8), 3_000, Some(2_250))); // 75 %
    let r = report(&c, date(2025, 6, 10), &every_day);
    assert_eq!(
        sorted_units(&c, &r, SortKey::Achieved, false),
        vec![0, 3, 1, 2]
    );
    assert_eq!(
        sorted_units(&c, &r, SortKey::Achieved, true),
        vec![1, 3, 0, 2]
    );
    assert_eq!(sorted_units(&c, &r, SortKey::Code, false), vec![2, 3, 1, 0]);
    assert_eq!(
        sorted_units(&c, &r, SortKey::Status, false),
        vec![0, 3, 1, 2]
    );
    assert_eq!(filtered_units(&r, UnitFilter::NoData), vec![2]);
    assert_eq!(filtered_units(&r, UnitFilter::Done), vec![1]);
    assert_eq!(filtered_units(&r, UnitFilter::UnderThreshold), vec![0]);
}

// ---- validation ---------------------------------------------------------------------------------

#[test]
fn validation_finds_each_problem() {
    let mut c = simple(100, Some(150));
    c.name = "  ".into();
    c.deadline = date(2025, 5, 1);
    c.units[0].exclusions.set(ExclusionReason::Abroad, 200);
    c.units.push(Unit::new(Place::Named("a ".into()), 10, None));
    c.units.push(Unit::new(Place::Commune(123_456), 10, None));
    c.phases = vec![
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
    let problems = c.validate();
    let expected = [
        CampaignProblem::EmptyText {
            field: TextField::CampaignName,
        },
        CampaignProblem::DeadlineBeforeStart {
            start: date(2025, 6, 1),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhaseAfterDeadline {
            phase: 0,
            end: date(2025, 6, 20),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhaseAfterDeadline {
            phase: 1,
            end: date(2025, 6, 10),
            deadline: date(2025, 5, 1),
        },
        CampaignProblem::PhasesOutOfOrder {
            phase: 1,
            end: date(2025, 6, 10),
            previous_end: date(2025, 6, 20),
        },
        CampaignProblem::PhaseSharesDoNotAddUp {
            total: BasisPoints(8_000),
        },
        CampaignProblem::ExclusionsAboveBase {
            unit: 0,
            excluded: 200,
            base: 100,
        },
        CampaignProblem::DoneAboveBase {
            unit: 0,
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
    ];
    for e in &expected {
        assert!(problems.contains(e), "missing {e:?} in {problems:?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:?}");
    assert!(
        CampaignProblem::DoneAboveBase {
            unit: 0,
            done: 1,
            base: 0
        }
        .is_warning()
    );
    assert!(!CampaignProblem::NoUnits.is_warning());
}

// ---- spreadsheet rows ---------------------------------------------------------------------------

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn rows_round_trip_through_units_to_rows() {
    let c = hung_yen_2025_communes().campaign;
    let rows = units_to_rows(&c);
    assert_eq!(rows[0][0], "Mã xã");
    assert_eq!(rows.len(), 105);
    assert_eq!(rows[1][0], "11953");
    let (units, problems) = units_from_rows(&rows[0], &rows[1..]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(units, c.units);
}

#[test]
fn rows_read_vietnamese_and_english_headers_and_report_bad_rows() {
    let header = strings(&["Tên đơn vị", "TONG SO", "Đã đạt", "Ghi chú", "Abroad"]);
    let rows = vec![
        strings(&["Phường A", "2.129.289", "1.933.164", "x", "1.000"]),
        strings(&["", "10", "5", "", ""]),
        strings(&["Xã C", "1,5", "", "", ""]),
        strings(&["", "", "", "", ""]),
        strings(&["Xã D", "100", "", "", "200"]),
        strings(&["Xã E", "1 000", "-3", "", ""]),
        strings(&["Xã F", "20"]),
    ];
    let (units, problems) = units_from_rows(&header, &rows);
    assert_eq!(units.len(), 2);
    assert_eq!(units[0].base, 2_129_289);
    assert_eq!(units[0].done, Some(1_933_164));
    assert_eq!(units[0].exclusions.get(ExclusionReason::Abroad), 1_000);
    assert_eq!(units[1].place, Place::Named("Xã F".into()));
    assert_eq!(units[1].done, None);
    let got: Vec<(usize, RowReason)> = problems.into_iter().map(|p| (p.row, p.reason)).collect();
    assert_eq!(
        got,
        vec![
            (3, RowReason::NoPlace),
            (
                4,
                RowReason::NotANumber {
                    column: Column::Base,
                    text: "1,5".into()
                }
            ),
            (
                6,
                RowReason::ExclusionsAboveBase {
                    excluded: 200,
                    base: 100
                }
            ),
            (
                7,
                RowReason::Negative {
                    column: Column::Done
                }
            ),
        ]
    );
}

#[test]
fn rows_codes_lose_leading_zeros_and_missing_columns_stop_reading() {
    let header = strings(&["Ma xa", "Base"]);
    let (units, problems) =
        units_from_rows(&header, &[strings(&["4", "10"]), strings(&["123456", "1"])]);
    assert_eq!(units, vec![Unit::new(Place::Commune(4), 10, None)]);
    assert_eq!(problems[0].row, 3);
    let (units, problems) = units_from_rows(&strings(&["Done"]), &[strings(&["1"])]);
    assert!(units.is_empty());
    assert_eq!(
        problems
            .iter()
            .map(|p| p.reason.clone())
            .collect::<Vec<_>>(),
        vec![RowReason::MissingBaseColumn, RowReason::MissingPlaceColumn]
    );
}
