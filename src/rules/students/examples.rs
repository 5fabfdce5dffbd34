//! Worked examples from the campaign documents, loadable in one click and asserted by the tests.

use chrono::NaiveDate;

/// Hưng Yên 2026 (plan of April 2026; docs/rules.md §4): more than 436.500 children from 6 to under 14
/// still needed a level-2 account — 237.176 with a card but no account, 199.393 with neither
/// (together 436.569). Preparation by 15/4/2026; collection done by 15/5/2026 (communes) and
/// 20/5/2026 (provincial police).
pub mod hung_yen_2026 {
    use super::NaiveDate;

    /// Children with a card but no level-2 account.
    pub const CARD_NO_LEVEL2: u64 = 237_176;
    /// Children with neither a card nor a level-2 account.
    pub const NEITHER: u64 = 199_393;
    /// The headline figure: "hơn 436.500 trẻ".
    pub const MORE_THAN: u64 = 436_500;

    /// End of the preparation phase: the example's reference date.
    pub fn reference() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 4, 15).unwrap_or_default()
    }

    /// Collection done by the communes.
    pub fn commune_deadline() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, 15).unwrap_or_default()
    }

    /// Collection done by the provincial police.
    pub fn police_deadline() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, 20).unwrap_or_default()
    }
}
