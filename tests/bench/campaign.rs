//! Campaign tracker figures (native): time to recompute a 3,321-unit campaign (every metric,
//! totals, sorting), share-link lengths for 104 and 3,321 units, encode and decode times.
//! Run with `cargo bench --bench campaign`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, Weekday};
use sansang::rules::campaign::examples::hung_yen_2025_communes;
use sansang::rules::campaign::metrics::{SortKey, report, sorted_units, units_under_threshold};
use sansang::rules::campaign::share_link::{decode, encode};
use sansang::rules::campaign::{
    Campaign, DayCounting, DayKind, DonePoint, Indicator, IndicatorKind, Phase, PhaseTarget, Place,
    Unit,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Every commune of the 2025 list is stood in for by 3,321 sorted codes with realistic gaps;
/// bases in the hundreds to tens of thousands, exclusions, done, a weekly history on a third.
fn campaign(units: usize, history: bool) -> Campaign {
    let mut c = Campaign::new(
        "Cao điểm toàn quốc (bench)",
        Indicator::of(IndicatorKind::Level2Accounts),
        date(2025, 10, 1),
        date(2025, 12, 31),
    );
    c.day_counting = DayCounting {
        kind: DayKind::Working,
        today_counts: false,
    };
    c.phases = vec![
        Phase {
            end: date(2025, 10, 31),
            target: PhaseTarget::ShareOfQuota(sansang::rules::campaign::BasisPoints::percent(30)),
            label: None,
        },
        Phase {
            end: date(2025, 12, 31),
            target: PhaseTarget::ShareOfQuota(sansang::rules::campaign::BasisPoints::percent(70)),
            label: None,
        },
    ];
    let mut seed = 11u64;
    let mut next = |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below
    };
    let mut code = 4u32;
    for i in 0..units {
        code += 1 + next(18) as u32;
        let base = 300 + next(40_000);
        let done = base * (40 + next(55)) / 100;
        let mut u = Unit::new(Place::Commune(code), base, Some(done));
        u.exclusions.frail_or_elderly = base * (5 + next(25)) / 1_000;
        u.exclusions.no_smartphone = base * (10 + next(40)) / 1_000;
        u.exclusions.no_own_sim = base * next(15) / 1_000;
        u.exclusions.abroad = base * next(20) / 1_000;
        if history && i % 3 == 0 {
            u.history = (0..8)
                .map(|w| DonePoint {
                    date: date(2025, 10, 1) + chrono::TimeDelta::days(7 * w),
                    done: done * (w as u64 + 1) / 10,
                })
                .collect();
        }
        c.units.push(u);
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
    let big = campaign(3_321, true);
    time(
        "recompute 3,321 units (report + totals + 2 sorts + filter)",
        50,
        || {
            let r = report(&big, today, &weekdays);
            let a = sorted_units(&big, &r, SortKey::Achieved, false);
            let b = sorted_units(&big, &r, SortKey::Status, false);
            (
                r.totals.figures.remaining,
                a.len(),
                b.len(),
                units_under_threshold(&r).len(),
            )
        },
    );

    let hung_yen = hung_yen_2025_communes().campaign;
    let c104 = campaign(104, false);
    let c3321 = campaign(3_321, false);
    let links = [
        ("Hưng Yên example, 104 communes", &hung_yen),
        ("104 units", &c104),
        ("3,321 units", &c3321),
        ("3,321 units with weekly history on a third", &big),
    ];
    for (label, c) in links {
        let link = encode(c);
        println!("link length, {label}: {} characters", link.len());
        assert_eq!(decode(&link).as_ref(), Ok(c));
    }
    let link = encode(&c3321);
    time("encode 3,321 units", 50, || encode(&c3321));
    time("decode 3,321 units", 50, || decode(&link));
    let link104 = encode(&c104);
    time("encode 104 units", 500, || encode(&c104));
    time("decode 104 units", 500, || decode(&link104));
}
