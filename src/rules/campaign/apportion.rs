//! Splitting a quota across units so the parts add up exactly: largest remainder (Hamilton).
//!
//! docs/rules.md §4 ("allocation: largest remainder (Hamilton) with exact integer arithmetic, ties
//! broken by larger weight, then by unit code; every unit within one of its exact share; parts sum
//! to the total"); Kiên Giang 374/KH-UBND split its quotas per district, and summing rounded
//! per-district parts is how its published 430 cooperatives differs from 81 % × 530 = 429.

use serde::{Deserialize, Serialize};

use crate::number::div_half_up;

/// Splits `total` in proportion to `weights` by largest remainder (Hamilton's method).
///
/// Unit *i*'s exact share is `total × wᵢ / Σw`. Every unit first gets the whole part of its share;
/// the units left over (fewer than the number of units) go one each to the largest fractional
/// remainders. Ties go to the larger remainder, then the **larger weight**, then the **earlier
/// unit** — callers pass units sorted by code, so "earlier" means "smaller code".
///
/// Guarantees: the parts sum to `total`; each part is the floor or the ceiling of its exact share
/// (within 1 of it); a larger weight never gets a smaller part; equal weights differ by at most 1,
/// the earlier unit getting the larger; the result depends only on the inputs. Arithmetic is in
/// u128 (`total × wᵢ` < 2¹²⁸), no floating point.
///
/// Edge cases: no weights → an empty list (nothing to split into; the total is lost, so callers
/// check for units first). All weights zero → `total` is split as evenly as possible, the earlier
/// units getting the extra ones (no unit has a claim over another).
///
/// Hamilton's method can show the Alabama paradox (a unit's part drops when the total grows);
/// [`alabama_paradox`] lists the units it hits.
pub fn apportion(total: u64, weights: &[u64]) -> Vec<u64> {
    apportion_detailed(total, weights)
        .into_iter()
        .map(|a| a.part)
        .collect()
}

/// A unit's exact share `whole + remainder / denominator` (0 ≤ remainder < denominator), for
/// showing "128,7 → 129".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExactShare {
    /// Whole part of the share.
    pub whole: u64,
    /// Numerator of the fractional part.
    pub remainder: u128,
    /// Denominator of the fractional part (the sum of the weights, or the number of units when
    /// all weights are zero). At least 1.
    pub denominator: u128,
}

impl ExactShare {
    /// The share scaled by 10^`decimals` and rounded half up (`decimals` ≤ 6): 128,7 with 1
    /// decimal → 1287.
    pub fn scaled(&self, decimals: u8) -> u128 {
        let scale = 10u128.pow(u32::from(decimals.min(6)));
        // The remainder is below the denominator (a sum of u64 weights): no overflow, and a
        // share always has a denominator, so the fallback is never taken.
        let fraction = self
            .remainder
            .checked_mul(scale)
            .and_then(|n| div_half_up(n, self.denominator))
            .unwrap_or(0);
        u128::from(self.whole) * scale + fraction
    }
}

/// One unit's result of [`apportion_detailed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Apportioned {
    /// The whole count the unit gets.
    pub part: u64,
    /// Its exact share.
    pub exact: ExactShare,
    /// `true` when the unit got one of the leftover units (its part is the ceiling).
    pub rounded_up: bool,
}

/// [`apportion`] with each unit's exact share, for the "Cách tính" display.
pub fn apportion_detailed(total: u64, weights: &[u64]) -> Vec<Apportioned> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let weight_sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let total128 = u128::from(total);
    // All-zero weights: every unit has the same claim, total / n each.
    let (denominator, numerators): (u128, Vec<u128>) = if weight_sum == 0 {
        (n as u128, vec![total128; n])
    } else {
        (
            weight_sum,
            weights.iter().map(|&w| total128 * u128::from(w)).collect(),
        )
    };
    let mut out: Vec<Apportioned> = numerators
        .iter()
        .map(|&num| {
            let whole = u64::try_from(num / denominator).unwrap_or(u64::MAX);
            Apportioned {
                part: whole,
                exact: ExactShare {
                    whole,
                    remainder: num % denominator,
                    denominator,
                },
                rounded_up: false,
            }
        })
        .collect();
    let given: u128 = out.iter().map(|a| u128::from(a.part)).sum();
    let leftover = usize::try_from(total128.saturating_sub(given)).unwrap_or(n);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let remainder = |i: usize| out.get(i).map_or(0, |x| x.exact.remainder);
        let weight = |i: usize| weights.get(i).copied().unwrap_or(0);
        let (ra, rb) = (remainder(a), remainder(b));
        let (wa, wb) = (weight(a), weight(b));
        rb.cmp(&ra).then(wb.cmp(&wa)).then(a.cmp(&b))
    });
    for &i in order.iter().take(leftover) {
        if let Some(a) = out.get_mut(i) {
            a.part = a.part.saturating_add(1);
            a.rounded_up = true;
        }
    }
    out
}

/// A unit whose part drops when the total grows: the Alabama paradox of largest remainder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ParadoxLoss {
    /// Index of the unit in `weights`.
    pub unit: usize,
    /// Part with the old total.
    pub old_part: u64,
    /// Part with the new, larger total.
    pub new_part: u64,
}

/// The units whose part drops when the total grows from `old_total` to `new_total` (same
/// weights). Empty when `new_total` ≤ `old_total` (a drop is then no paradox) or when no unit
/// loses. Classic case: weights 6/6/2, total 10 → 4/4/2 but 11 → 5/5/1.
pub fn alabama_paradox(old_total: u64, new_total: u64, weights: &[u64]) -> Vec<ParadoxLoss> {
    if new_total <= old_total {
        return Vec::new();
    }
    let old = apportion(old_total, weights);
    let new = apportion(new_total, weights);
    old.iter()
        .zip(new.iter())
        .enumerate()
        .filter(|(_, (o, n))| n < o)
        .map(|(unit, (&old_part, &new_part))| ParadoxLoss {
            unit,
            old_part,
            new_part,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cases() {
        assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(apportion(7, &[0, 0, 0]), vec![3, 2, 2]);
        assert_eq!(apportion(5, &[]), Vec::<u64>::new());
        assert_eq!(apportion(0, &[3, 4]), vec![0, 0]);
        // Equal remainders (½ each): the larger weight wins.
        assert_eq!(apportion(2, &[1, 3]), vec![0, 2]);
        assert_eq!(
            apportion(u64::MAX, &[u64::MAX, u64::MAX])
                .iter()
                .map(|&p| u128::from(p))
                .sum::<u128>(),
            u128::from(u64::MAX)
        );
    }

    #[test]
    fn alabama_classic() {
        assert_eq!(apportion(10, &[6, 6, 2]), vec![4, 4, 2]);
        assert_eq!(apportion(11, &[6, 6, 2]), vec![5, 5, 1]);
        assert_eq!(
            alabama_paradox(10, 11, &[6, 6, 2]),
            vec![ParadoxLoss {
                unit: 2,
                old_part: 2,
                new_part: 1
            }]
        );
    }
}
