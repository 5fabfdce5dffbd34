#![cfg(not(target_arch = "wasm32"))]
//! Property tests for the student estimator: no input panics the roster reader, the counts rows
//! or the capacity form; counts partition exactly; cohorts never go backwards in time; the
//! turning-14 window equals brute force; the plan's arithmetic is exact; bars add up.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use sansang::rules::date::{DateSystem, is_at_least, is_under};
use sansang::rules::students::cohorts::born_to_reach_age_between;
use sansang::rules::students::counts::CountsInput;
use sansang::rules::students::coverage::compare_class_labels;
use sansang::rules::students::plan::{CapacityInput, schedule};
use sansang::rules::students::roster::{ConfirmedColumns, read_roster};
use sansang::rules::students::{
    Calendar, Capacity, ClassCounts, Cohort, Column, DayCounting, Grade, GroupBy, Plan,
    RosterCoverage,
};

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(u64::from(offset)))
        .unwrap()
}

/// Cells a roster may hold: real-looking values, junk, and random Unicode.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("có".to_owned()),
        Just("không".to_owned()),
        Just("x".to_owned()),
        Just("29/02/2012".to_owned()),
        Just("31/02/2013".to_owned()),
        Just("\"quoted, cell\"".to_owned()),
        Just("\"unterminated".to_owned()),
        "[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}",
        "[A-Za-zÀ-ỹ ]{0,20}",
        any::<String>(),
    ]
}

fn roster_text() -> impl Strategy<Value = String> {
    let header = prop_oneof![
        Just("Họ và tên\tNgày sinh\tLớp\tCó căn cước\tCó tài khoản mức 2\tĐã kích hoạt".to_owned()),
        Just("Họ tên học sinh;NS;Lớp;CCCD;Mức 2".to_owned()),
        "[^\n]{0,60}",
    ];
    let rows = prop::collection::vec(prop::collection::vec(cell(), 0..8), 0..30);
    let separator = prop_oneof![Just("\t"), Just(","), Just(";")];
    (header, rows, separator).prop_map(|(header, rows, sep)| {
        let mut text = header;
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(sep));
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_roster_panics_and_rows_add_up(text in roster_text(), offset in 0u32..20_000) {
        let reference = day(offset);
        let Ok(read) = read_roster(&text, None, reference, DateSystem::Excel1900) else { return Ok(()); };
        prop_assert!(read.choice.check(read.header.len()).is_ok() || read.roster.is_err());
        if let Ok(roster) = &read.roster {
            prop_assert_eq!(roster.students.len() + roster.rows_with_problems, read.data_rows);
            prop_assert!(roster.problems.len() >= roster.rows_with_problems);
            let coverage = RosterCoverage::new(roster, reference, reference);
            let total = coverage.total;
            prop_assert_eq!(total.total, roster.students.len() as u64);
            prop_assert_eq!(total.with_level2 + total.card_no_level2 + total.neither, total.total);
            prop_assert_eq!(
                total.activated + total.level2_not_activated + total.activation_unknown,
                total.with_level2
            );
            let by_cohort: u64 = coverage.by_cohort.iter().map(|c| c.total).sum();
            prop_assert_eq!(by_cohort, total.total);
            for by in [GroupBy::Class, GroupBy::Grade] {
                let groups = coverage.groups(roster, by);
                let sum: u64 = groups.iter().map(|g| g.counts.total).sum();
                prop_assert_eq!(sum, total.total);
            }
            // Re-reading with the choice confirmed gives the same rows.
            let confirmed = ConfirmedColumns { header: read.header.clone(), choice: read.choice };
            let again = read_roster(&text, Some(&confirmed), reference, DateSystem::Excel1900).unwrap();
            prop_assert!(!again.needs_review);
            prop_assert_eq!(again.roster.as_ref().ok(), Some(roster));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), offset in 0u32..40_000) {
        let reference = day(offset);
        if let Ok(read) = read_roster(&text, None, reference, DateSystem::Excel1900)
            && let Ok(roster) = &read.roster
        {
            let coverage = RosterCoverage::new(roster, reference, reference);
            let _ = coverage.groups(roster, GroupBy::Grade);
        }
    }

    #[test]
    fn cohorts_never_go_backwards(birth in 0u32..30_000, a in 0u32..40_000, b in 0u32..40_000) {
        let (early, late) = (day(a.min(b)), day(a.max(b)));
        let birth = day(birth);
        prop_assert!(Cohort::on(birth, early) <= Cohort::on(birth, late));
    }

    #[test]
    fn turning_age_window_equals_brute_force(from in 0u32..12_000, span in 0u32..400, age in 1u32..20) {
        let (from, to) = (day(from), day(from + span));
        let window = born_to_reach_age_between(age, from, to);
        // Brute force over the births that could possibly qualify.
        let years_back = chrono::Months::new(age * 12);
        let lo = from.checked_sub_months(years_back).unwrap().checked_sub_days(Days::new(5)).unwrap();
        let hi = to.checked_sub_months(years_back).unwrap().checked_add_days(Days::new(5)).unwrap();
        let mut found: Vec<NaiveDate> = Vec::new();
        let mut b = lo;
        while b <= hi {
            if is_under(b, age, from) && is_at_least(b, age, to) {
                found.push(b);
            }
            b = b.checked_add_days(Days::new(1)).unwrap();
        }
        let expected = found.first().copied().zip(found.last().copied());
        prop_assert_eq!(window, expected);
        // The set is an interval.
        if let (Some(first), Some(last)) = (found.first(), found.last()) {
            prop_assert_eq!(found.len() as i64, (*last - *first).num_days() + 1);
        }
    }

    #[test]
    fn counts_rows_never_panic_and_partition(
        label in any::<String>(),
        enrolled in "[0-9., ]{0,12}|.{0,10}",
        card in "[0-9., ]{0,12}|.{0,10}",
        level2 in "[0-9., ]{0,12}|.{0,10}",
        activated in "[0-9., ]{0,12}|.{0,10}",
    ) {
        let input = CountsInput {
            label: &label, enrolled: &enrolled, with_card: &card,
            with_level2: &level2, activated: &activated,
        };
        if let Ok(row) = ClassCounts::parse(input) {
            let c = row.counts();
            prop_assert!(row.with_level2 <= row.with_card && row.with_card <= row.enrolled);
            prop_assert_eq!(c.with_level2 + c.card_no_level2 + c.neither, c.total);
            let parts = c.bar_parts(1000);
            prop_assert_eq!(parts.iter().sum::<u32>(), if c.total > 0 { 1000 } else { 0 });
        }
    }

    #[test]
    fn capacity_form_never_panics(a in ".{0,12}", b in ".{0,12}", c in ".{0,12}", e in ".{0,12}") {
        let _ = Capacity::parse(CapacityInput {
            teams: &a, records_per_hour: &b, hours_per_session: &c, sessions_per_day: &e,
        });
    }

    #[test]
    fn plan_arithmetic_is_exact(
        records in 0u64..5_000_000,
        teams in 1u32..=10_000,
        per_hour in 1u32..=500,
        hours in 1u32..=12,
        sessions in 1u32..=3,
        reference in 8_000u32..12_000,
        span in 0u32..400,
        all_days in any::<bool>(),
        today_counts in any::<bool>(),
    ) {
        let capacity = Capacity { teams, records_per_hour: per_hour, hours_per_session: hours, sessions_per_day: sessions };
        let counting = if all_days { DayCounting::AllDays } else { DayCounting::WorkingDays };
        let calendar = Calendar::new(day(reference), day(reference + span), counting, today_counts).unwrap();
        let plan = Plan::new(records, capacity, calendar);
        let per_session = u64::from(per_hour) * u64::from(hours) * u64::from(teams);
        prop_assert_eq!(plan.per_session, per_session);
        // Enough sessions, and not one more than needed.
        prop_assert!(plan.sessions_needed * per_session >= records);
        prop_assert!(plan.sessions_needed == 0 || (plan.sessions_needed - 1) * per_session < records);
        prop_assert!(plan.days_needed * u64::from(sessions) >= plan.sessions_needed);
        prop_assert_eq!(plan.feasible, plan.days_needed <= plan.days_available);
        if let Some(required) = plan.required_per_day {
            prop_assert!(required * plan.days_available >= records);
        }
        // The suggested number of teams is enough.
        if let Some(needed) = plan.teams_needed
            && let Ok(needed) = u32::try_from(needed.max(1))
        {
            let more = Capacity { teams: needed, ..capacity };
            prop_assert!(Plan::new(records, more, calendar).feasible);
        }
        // The finish day is the days_needed-th counted day.
        if let (Some(first), Some(finish)) = (plan.first_day, plan.finish_on) {
            prop_assert!(first <= finish);
            prop_assert!(finish > day(reference) || today_counts);
        }
        // A schedule of the groups uses every record once, in order.
        let groups = [records / 3, 0, records - records / 3];
        let slots = schedule(&groups, &plan);
        let scheduled: u64 = slots.iter().map(|s| s.records).sum();
        prop_assert_eq!(scheduled, records);
        for pair in slots.windows(2) {
            prop_assert!(pair[0].last.day_number <= pair[1].first.day_number);
        }
        if let Some(last) = slots.last() {
            prop_assert_eq!(last.last.day_number, plan.days_needed);
            prop_assert_eq!(last.late, !plan.feasible);
        }
    }

    #[test]
    fn class_order_is_total(a in ".{0,8}", b in ".{0,8}", c in ".{0,8}") {
        use std::cmp::Ordering;
        prop_assert_eq!(compare_class_labels(&a, &b), compare_class_labels(&b, &a).reverse());
        prop_assert_eq!(compare_class_labels(&a, &a), Ordering::Equal);
        if compare_class_labels(&a, &b) != Ordering::Greater && compare_class_labels(&b, &c) != Ordering::Greater {
            prop_assert!(compare_class_labels(&a, &c) != Ordering::Greater);
        }
        let _ = Grade::from_class_label(&a);
    }
}

#[test]
fn every_column_has_a_distinct_key() {
    let keys: std::collections::HashSet<_> = Column::ALL.iter().map(|c| c.spec().key).collect();
    assert_eq!(keys.len(), Column::ALL.len());
}
