#![cfg(not(target_arch = "wasm32"))]
//! `sansang::apportion`: largest remainder (Hamilton), docs/rules.md §4 — exact integer arithmetic,
//! parts sum to the total, each part within one of its exact share, ties by larger remainder, then
//! larger weight, then unit order.

use proptest::prelude::*;
use sansang::apportion;
use sansang::rules::campaign::apportion::{
    ExactShare, ParadoxLoss, alabama_paradox, apportion_detailed,
};

#[test]
fn table_of_cases() {
    // (total, weights, expected, source)
    let cases: [(u64, &[u64], &[u64], &str); 9] = [
        // Kiên Giang 374/KH-UBND: quota 429 cooperatives split 30/70 → 128,7 / 300,3.
        (429, &[30, 70], &[129, 300], "Kiên Giang phase split"),
        // Kiên Giang quotas 9.387 / 429 / 1.416 split 30/70 each, as the plan's phase 1.
        (9_387, &[30, 70], &[2_816, 6_571], "Kiên Giang enterprises"),
        (1_416, &[30, 70], &[425, 991], "Kiên Giang organizations"),
        // Ties: equal remainders → larger weight first, then unit order.
        (2, &[1, 3], &[0, 2], "tie broken by larger weight"),
        (1, &[5, 5], &[1, 0], "tie broken by order"),
        (10, &[1, 1, 1], &[4, 3, 3], "thirds"),
        // All-zero weights: as even as possible, earlier units first.
        (7, &[0, 0, 0], &[3, 2, 2], "all weights zero"),
        (0, &[4, 0], &[0, 0], "nothing to split"),
        (5, &[0, 9], &[0, 5], "a zero weight gets nothing"),
    ];
    for (total, weights, expected, source) in cases {
        assert_eq!(apportion(total, weights), expected, "{source}");
    }
    assert_eq!(apportion(5, &[]), Vec::<u64>::new(), "empty weights");
}

#[test]
fn detailed_shares_for_display() {
    let detail = apportion_detailed(429, &[30, 70]);
    assert_eq!(
        detail[0].exact,
        ExactShare {
            whole: 128,
            remainder: 70,
            denominator: 100
        }
    );
    assert_eq!(detail[0].exact.scaled(1), 1_287); // 128,7
    assert!(detail[0].rounded_up);
    assert!(!detail[1].rounded_up);
    assert_eq!(detail[1].exact.scaled(1), 3_003); // 300,3
}

#[test]
fn alabama_paradox_is_reported() {
    // The classic case: 10 → 11 seats with weights 6, 6, 2 takes one from the third unit.
    assert_eq!(
        alabama_paradox(10, 11, &[6, 6, 2]),
        vec![ParadoxLoss {
            unit: 2,
            old_part: 2,
            new_part: 1
        }]
    );
    assert!(alabama_paradox(11, 12, &[6, 6, 2]).is_empty());
    assert!(
        alabama_paradox(11, 10, &[6, 6, 2]).is_empty(),
        "new ≤ old is no paradox"
    );
}

#[test]
fn extreme_values_do_not_overflow() {
    let parts = apportion(u64::MAX, &[u64::MAX, u64::MAX, 1]);
    assert_eq!(
        parts.iter().map(|&p| u128::from(p)).sum::<u128>(),
        u128::from(u64::MAX)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn sums_to_total_and_each_within_one(total in any::<u64>(), weights in proptest::collection::vec(prop_oneof![0u64..10, 0u64..100_000, any::<u64>()], 1..40)) {
        let parts = apportion(total, &weights);
        prop_assert_eq!(parts.len(), weights.len());
        prop_assert_eq!(parts.iter().map(|&p| u128::from(p)).sum::<u128>(), u128::from(total));
        let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
        for (&p, &w) in parts.iter().zip(&weights) {
            // |p − total·w/sum| < 1  ⇔  |p·sum − total·w| < sum (all-zero: share = total/n).
            let (num, den) = if sum == 0 {
                (u128::from(total), weights.len() as u128)
            } else {
                (u128::from(total) * u128::from(w), sum)
            };
            let scaled = u128::from(p) * den;
            prop_assert!(scaled.abs_diff(num) < den, "part {} weight {}", p, w);
        }
    }

    #[test]
    fn deterministic_and_monotone_in_weight_and_order(total in 0u64..1_000_000, weights in proptest::collection::vec(0u64..1_000, 1..30)) {
        let parts = apportion(total, &weights);
        prop_assert_eq!(&parts, &apportion(total, &weights));
        for i in 0..weights.len() {
            for j in 0..weights.len() {
                // A larger weight never gets less; equal weights: the earlier unit gets at least as
                // much, and at most one more.
                if weights[i] > weights[j] {
                    prop_assert!(parts[i] >= parts[j]);
                }
                if weights[i] == weights[j] && i < j {
                    prop_assert!(parts[i] >= parts[j] && parts[i] - parts[j] <= 1);
                }
            }
        }
    }

    #[test]
    fn detailed_agrees_with_plain(total in any::<u64>(), weights in proptest::collection::vec(any::<u64>(), 0..20)) {
        let plain = apportion(total, &weights);
        let detailed: Vec<u64> = apportion_detailed(total, &weights).iter().map(|a| a.part).collect();
        prop_assert_eq!(plain, detailed);
    }

    #[test]
    fn alabama_lists_exactly_the_drops(old in 0u64..500, extra in 1u64..50, weights in proptest::collection::vec(0u64..50, 1..10)) {
        let new = old + extra;
        let a = apportion(old, &weights);
        let b = apportion(new, &weights);
        let drops: Vec<usize> = (0..weights.len()).filter(|&i| b[i] < a[i]).collect();
        let reported: Vec<usize> = alabama_paradox(old, new, &weights).iter().map(|l| l.unit).collect();
        prop_assert_eq!(drops, reported);
    }
}
