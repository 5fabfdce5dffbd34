//! Quotas: a target share of a base as a whole count, and phases that add up to the quota.
//!
//! Source: Kiên Giang 374/KH-UBND (25/12/2024), docs/rules.md §4 — quota = 81 % of 11.589 enterprises,
//! 530 cooperatives and 1.748 organizations; phase 1 (to 31/01/2025) and phase 2 (to 30/6/2025)
//! add up to the quota. Huế 7218/UBND-TĐKT: 80 % of 8.630 = 6.904.

use super::apportion::apportion;
use super::{BasisPoints, Rounding};
use crate::number::div_half_up;

/// `share` × `total` as a whole count, rounded as asked, exactly (u128, no floating point):
/// 80 % of 8.630 = 6.904; 81 % of 530 = 429,3 → 429 (`Nearest`), 430 (`Up`), 429 (`Down`);
/// 81 % of 11.589 = 9.387,09 → 9.387. `Nearest` rounds a half up (0,5 → 1). Shares above 100 %
/// are computed as given; the result saturates at `u64::MAX`.
pub fn quota(share: BasisPoints, total: u64, rounding: Rounding) -> u64 {
    let num = u128::from(total) * u128::from(share.0);
    let den = 10_000u128;
    let q = match rounding {
        Rounding::Down => num / den,
        Rounding::Up => num.div_ceil(den),
        Rounding::Nearest => div_half_up(num, den).unwrap_or(u128::MAX),
    };
    u64::try_from(q).unwrap_or(u64::MAX)
}

/// Splits a quota into phases by share, so that the phases add up exactly.
///
/// Largest remainder ([`apportion`]) over the phase shares plus, when they add up to less than
/// 100 %, an unlisted rest; so with shares adding up to 100 % the parts sum to `quota` exactly, and
/// with less they sum to the share of the quota (the rest belongs to no phase). Kiên Giang: quota
/// 429 cooperatives split 30 % / 70 % → 128,7 / 300,3 → 129 / 300. A half is a tie and goes to the
/// larger phase (the tie rule of [`apportion`]). Shares adding up to more than 100 % are each
/// rounded to the nearest on their own (the campaign check reports them).
pub fn split_into_phases(quota: u64, shares: &[BasisPoints]) -> Vec<u64> {
    let sum: u64 = shares.iter().map(|s| u64::from(s.0)).sum();
    let hundred = u64::from(BasisPoints::HUNDRED.0);
    if sum > hundred {
        return shares
            .iter()
            .map(|&s| self::quota(s, quota, Rounding::Nearest))
            .collect();
    }
    let mut weights: Vec<u64> = shares.iter().map(|s| u64::from(s.0)).collect();
    weights.push(hundred - sum);
    let mut parts = apportion(quota, &weights);
    parts.pop();
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kien_giang_quota_and_phases() {
        let p = BasisPoints::percent(81);
        assert_eq!(quota(p, 11_589, Rounding::Nearest), 9_387);
        assert_eq!(quota(p, 530, Rounding::Nearest), 429);
        assert_eq!(quota(p, 530, Rounding::Up), 430);
        assert_eq!(quota(p, 1_748, Rounding::Nearest), 1_416);
        let shares = [BasisPoints::percent(30), BasisPoints::percent(70)];
        assert_eq!(split_into_phases(9_387, &shares), vec![2_816, 6_571]);
        assert_eq!(split_into_phases(429, &shares), vec![129, 300]);
        assert_eq!(split_into_phases(1_416, &shares), vec![425, 991]);
        assert_eq!(split_into_phases(429, &shares[..1]), vec![129]);
    }
}
