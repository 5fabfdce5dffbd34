//! Campaign tracker figures (native): time to recompute 3,321 communes × 4 indicators (every
//! metric, totals, sorting, flags), and after one edit; share-link lengths for 104 × 3 and
//! 3,321 × 4; encode and decode times. Run with `cargo bench --bench campaign`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, Weekday};
use sansang::rules::campaign::edit::{CampaignEdit, TallyEdit, apply};
use sansang::rules::campaign::examples::hung_yen_2025;
use sansang::rules::campaign::metrics::{
    SortKey, UnitFilter, filtered_units, report, sorted_units,
};
use sansang::rules::campaign::share_link::{decode, encode};
use sansang::rules::campaign::{
    BaseSource, BasisPoints, Campaign, DayCounting, DayKind, DonePoint, Indicator, IndicatorKind,
    Phase, PhaseTarget, Place, Tally, Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Every commune of the 2025 list is stood in for by `units` sorted codes with realistic gaps;
/// four indicators as Hưng Yên reports them (records with exclusions and two phases, accounts
/// over records, organizations guided, organizations granted over the same organizations);
/// weekly history on each tally when asked.
fn campaign(units: usize, history: bool) -> Campaign {
    let deadline = date(2025, 12, 31);
    let mut records = Indicator::new(IndicatorKind::CitizenRecords, deadline);
    records.phases = vec![
        Phase {
            end: date(2025, 10, 31),
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(30)),
            label: None,
        },
        Phase {
            end: deadline,
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(70)),
            label: None,
        },
    ];
    let mut c = Campaign::new("Cao điểm toàn quốc (bench)", records, date(2025, 10, 1));
    c.day_counting = DayCounting {
        kind: DayKind::Working,
        today_counts: false,
    };
    c.indicators.push(Indicator {
        base: BaseSource::DoneOf(0),
        ..Indicator::new(IndicatorKind::Level2Accounts, deadline)
    });
    c.indicators
        .push(Indicator::new(IndicatorKind::OrganizationsGuided, deadline));
    c.indicators.push(Indicator {
        base: BaseSource::SameAs(2),
        ..Indicator::new(IndicatorKind::OrganizationAccounts, deadline)
    });
    let mut seed = 11u64;
    let mut next = |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below
    };
    let mut code = 4u32;
    for _ in 0..units {
        code += 1 + next(18) as u32;
        let citizens = 300 + next(40_000);
        let records_done = citizens * (40 + next(55)) / 100;
        let mut records = Tally::new(citizens, Some(records_done));
        records.exclusions.frail_or_elderly = citizens * (5 + next(25)) / 1_000;
        records.exclusions.no_smartphone = citizens * (10 + next(40)) / 1_000;
        records.exclusions.no_own_sim = citizens * next(15) / 1_000;
        records.exclusions.abroad = citizens * next(20) / 1_000;
        let accounts = Tally::new(0, Some(records_done * (80 + next(20)) / 100));
        let organizations = 20 + next(400);
        let guided = organizations * (50 + next(45)) / 100;
        let guided_tally = Tally::new(organizations, Some(guided));
        let granted = Tally::new(0, Some(guided * (60 + next(35)) / 100));
        let mut tallies = vec![records, accounts, guided_tally, granted];
        if history {
            for t in &mut tallies {
                let done = t.done.unwrap_or(0);
                t.history = (0..7)
                    .map(|w| DonePoint {
                        date: date(2025, 10, 1) + chrono::TimeDelta::days(7 * w),
                        done: done * (w as u64 + 3) / 10,
                    })
                    .collect();
            }
        }
        c.units
            .push(Unit::new(Place::Commune(code), tallies).into());
    }
    c
}

fn weekdays(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    let start = Instant::now();
    for _ in 0..runs {
        black_box(f());
    }
    let per = start.elapsed() / runs;
    println!("{label}: {per:?} per run ({runs} runs)");
    per
}

fn main() {
    let today = date(2025, 11, 20);
    let mut big = campaign(3_321, true);
    let recompute = |c: &Campaign| {
        let r = report(c, today, &weekdays);
        let a = sorted_units(c, &r, 0, SortKey::Achieved, false);
        let b = sorted_units(c, &r, 3, SortKey::Status, false);
        let f = filtered_units(&r, None, UnitFilter::UnderThreshold);
        (r.units_flagged, a.len(), b.len(), f.len())
    };
    time(
        "recompute 3,321 communes × 4 indicators (reports, totals, 2 sorts, flags)",
        30,
        || recompute(&big),
    );
    let mut n = 0u64;
    time(
        "one edit (a commune's count done) → recomputed, 3,321 × 4",
        30,
        || {
            n += 1;
            apply(
                &mut big,
                CampaignEdit::Tally {
                    unit: 0,
                    indicator: 0,
                    edit: TallyEdit::SetDone(Some(100 + n)),
                },
            );
            recompute(&big)
        },
    );

    let mut hung_yen = hung_yen_2025().campaign;
    let four = hung_yen.clone();
    hung_yen.indicators.truncate(3);
    for u in &mut hung_yen.units {
        std::rc::Rc::make_mut(u).tallies.truncate(3);
    }
    let c3321 = campaign(3_321, false);
    let links = [
        (
            "Hưng Yên example, 104 communes × 3 indicators, 3 weeks of history",
            &hung_yen,
        ),
        (
            "Hưng Yên example, 104 communes × 4 indicators, 3 weeks of history",
            &four,
        ),
        ("3,321 communes × 4 indicators", &c3321),
        ("3,321 communes × 4 indicators, 7 weeks of history", &big),
    ];
    for (label, c) in links {
        let link = encode(c);
        println!("link length, {label}: {} characters", link.len());
        assert!(
            decode(&link).as_ref() == Ok(c),
            "{label} does not read back"
        );
    }
    let link = encode(&c3321);
    time("encode 3,321 × 4", 30, || encode(&c3321));
    time("decode 3,321 × 4", 30, || decode(&link));
    let link104 = encode(&hung_yen);
    time("encode 104 × 3", 300, || encode(&hung_yen));
    time("decode 104 × 3", 300, || decode(&link104));
}
