#![no_main]
//! The student roster reader must never panic, on any bytes: decoding, reading, a hand-confirmed
//! column choice, coverage, grouping, the plan's schedule and the CSV export. Rows add up;
//! counts partition; the schedule uses every record once.

use libfuzzer_sys::fuzz_target;
use sansang::catalogue::{Lang, students};
use sansang::rules::date::{DateSystem, parse_date};
use sansang::rules::delimited;
use sansang::rules::students::plan::schedule;
use sansang::rules::students::roster::{ConfirmedColumns, read_roster};
use sansang::rules::students::{
    Calendar, Capacity, Column, DayCounting, GroupBy, Plan, RosterCoverage, Step,
};

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick the reference date (a day of 2000–2063) and the deadline a month
    // or so later (the second's parity also picks the date system of bare serials); the rest is
    // the roster. The fuzz crate has no chrono of its own, so dates are
    // made by the product's own parser.
    let (date_bytes, body) = data.split_at(data.len().min(2));
    let (a, b) = match date_bytes {
        [a, b] => (u32::from(*a), u32::from(*b)),
        [a] => (u32::from(*a), 0),
        _ => (0, 0),
    };
    let day = a % 28 + 1;
    let month = b % 11 + 1;
    let year = 2000 + (a / 28 + b / 11 * 10) % 64;
    let (Ok(reference), Ok(deadline)) = (
        parse_date(&format!("{day}/{month}/{year}")),
        parse_date(&format!("{day}/{}/{year}", month + 1)),
    ) else {
        return;
    };

    // Bare serial dates as a CSV counts them, or as a Mac workbook of before 2011 does.
    let dates = if b % 2 == 0 {
        DateSystem::Excel1900
    } else {
        DateSystem::Excel1904
    };
    let check = |text: &str| {
        let Ok(read) = read_roster(text, None, reference, dates) else {
            return;
        };
        // Every free column set by hand, as the mapping step allows.
        let mut choice = read.choice;
        for (i, column) in Column::ALL.into_iter().enumerate() {
            if choice.get(column).is_none() && i < read.header.len() {
                choice.set(column, Some(i));
            }
        }
        let confirmed = ConfirmedColumns {
            header: read.header.clone(),
            choice,
        };
        let _ = read_roster(text, Some(&confirmed), reference, dates);

        let Ok(roster) = &read.roster else {
            return;
        };
        assert_eq!(
            roster.students.len() + roster.rows_with_problems,
            read.data_rows
        );
        let coverage = RosterCoverage::new(roster, reference, deadline);
        let total = coverage.total;
        assert_eq!(
            total.with_level2 + total.card_no_level2 + total.neither,
            total.total
        );
        let groups = coverage.groups(roster, GroupBy::Class);
        let _ = coverage.groups(roster, GroupBy::Grade);
        let capacity = Capacity {
            teams: 1,
            records_per_hour: 10,
            hours_per_session: 4,
            sessions_per_day: 2,
        };
        if let Ok(calendar) = Calendar::new(reference, deadline, DayCounting::WorkingDays, false) {
            let plan = Plan::new(coverage.to_collect, capacity, calendar);
            let records: Vec<u64> = groups.iter().map(|g| g.to_collect).collect();
            let slots = schedule(&records, &plan);
            assert_eq!(
                slots.iter().map(|s| s.records).sum::<u64>(),
                coverage.to_collect
            );
        }
        for step in Step::ALL {
            let rows: Vec<_> = coverage.needing(roster, step).collect();
            let csv = students::export_csv(&rows, &coverage, Lang::Vi);
            assert!(csv.starts_with('\u{feff}'));
        }
    };

    // As the page reads a file (BOM, UTF-16), and as pasted text; each distinct text once.
    let decoded = delimited::decode(body).ok().map(|d| d.text.into_owned());
    if let Some(text) = &decoded {
        check(text);
    }
    let pasted = String::from_utf8_lossy(body);
    if decoded.as_deref() != Some(&*pasted) {
        check(&pasted);
    }
});
