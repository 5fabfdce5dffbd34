//! How long a căn cước card is valid.
//!
//! Luật Căn cước 2023 Art. 21: a citizen must have the card renewed (cấp đổi) on reaching 14,
//! 25, 40 and 60 years of age (cl. 1); a card issued, renewed or re-issued within the 2 years
//! before one of those ages is valid until the next renewal age (cl. 2). So a card issued before
//! 12 lasts to 14; at 12–22 to 25; at 23–37 to 40; at 38–57 to 60; at 58 or older it never
//! expires (docs/rules.md §3.2). Cards issued under the 2014 Law on Citizen Identification keep
//! their printed expiry (Art. 46), set by the same ages (25, 40, 60) for cards issued from 14 up.
//!
//! Convention for the expiry date: the card states "Có giá trị đến" the renewal birthday itself
//! (same day and month as the date of birth), and renewal is due "khi đủ N tuổi", from that day.
//! The product therefore treats the card as valid through that birthday, inclusive, and renewal as
//! due from it. A 29 February birth uses the 1 March convention of
//! [`crate::date::birthday`].

use std::fmt;

use chrono::NaiveDate;

use crate::date::{age_on, birthday};

/// Working days the commune police take at most to issue, renew or reissue a card: since
/// 18/8/2026 the three are one procedure at the commune police (Quyết định 5230/QĐ-BCA-C06;
/// docs/rules.md §3.2). Count them with [`crate::working_days::add_working_days`].
pub const CARD_PROCESSING_WORKING_DAYS: u32 = 7;

/// The day the single card procedure of [`CARD_PROCESSING_WORKING_DAYS`] started.
pub const CARD_PROCEDURE_SINCE: NaiveDate = crate::date::ymd(2026, 8, 18);

/// The ages at which a card must be renewed (Luật Căn cước 2023 Art. 21 cl. 1).
pub const RENEWAL_AGES: [u32; 4] = [14, 25, 40, 60];

/// A card issued this many years or less before a renewal age lasts to the next one
/// (Art. 21 cl. 2).
pub const EARLY_ISSUE_YEARS: u32 = 2;

/// How long a card is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardValidity {
    /// Valid through `date`, the `age`-th birthday, when renewal becomes due.
    Until { date: NaiveDate, age: u32 },
    /// Issued at 58 or older: valid for life.
    NoExpiry,
}

impl CardValidity {
    /// The expiry date, if any.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            CardValidity::Until { date, .. } => Some(date),
            CardValidity::NoExpiry => None,
        }
    }
}

/// Dates that cannot describe a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardDateError {
    /// The issue date is before the date of birth.
    IssuedBeforeBirth,
    /// The issue date is after the date the status is asked for.
    IssuedAfterToday,
    /// The expiry would be beyond the calendar (a date of birth near year 262143).
    OutOfCalendar,
}

impl fmt::Display for CardDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CardDateError::IssuedBeforeBirth => "issue date before date of birth",
            CardDateError::IssuedAfterToday => "issue date in the future",
            CardDateError::OutOfCalendar => "expiry beyond the calendar",
        })
    }
}

impl std::error::Error for CardDateError {}

/// How long a card issued on `issued_on` to someone born on `birth` is valid (Luật Căn cước 2023
/// Art. 21): born 15/03/2012, issued 01/06/2023 (age 11) → until 15/03/2026 (14th birthday); issued
/// 15/03/2024 (age 12) → until 15/03/2037 (25th birthday); issued at 58 → no expiry.
///
/// # Errors
/// - issued 01/01/2010 to someone born 15/03/2012 → [`CardDateError::IssuedBeforeBirth`];
/// - a birth date so late that the expiry leaves the calendar → [`CardDateError::OutOfCalendar`].
pub fn card_valid_until(
    birth: NaiveDate,
    issued_on: NaiveDate,
) -> Result<CardValidity, CardDateError> {
    if issued_on < birth {
        return Err(CardDateError::IssuedBeforeBirth);
    }
    let age_at_issue = age_on(birth, issued_on);
    for renewal_age in RENEWAL_AGES {
        // Issued before the 2-year window of this renewal age: it expires at this age.
        if age_at_issue < renewal_age - EARLY_ISSUE_YEARS {
            let date = birthday(birth, renewal_age).ok_or(CardDateError::OutOfCalendar)?;
            return Ok(CardValidity::Until {
                date,
                age: renewal_age,
            });
        }
    }
    Ok(CardValidity::NoExpiry)
}

/// The date from which the card must be renewed (its expiry birthday), or `None` for a card that
/// never expires.
///
/// # Errors
/// As [`card_valid_until`].
pub fn needs_renewal_by(
    birth: NaiveDate,
    issued_on: NaiveDate,
) -> Result<Option<NaiveDate>, CardDateError> {
    card_valid_until(birth, issued_on).map(CardValidity::date)
}

/// Whether a card is valid on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardStatus {
    /// Valid; `until` is `None` for a card that never expires.
    Valid { until: Option<NaiveDate> },
    /// Valid today, but today is the renewal birthday: renewal is due from today.
    RenewalDueToday { until: NaiveDate },
    /// Expired: it was valid through `until`.
    Expired { until: NaiveDate },
}

/// The card's status on `today` (passed in by the UI, in Vietnam's time zone).
///
/// # Errors
/// As [`card_valid_until`], plus [`CardDateError::IssuedAfterToday`] when `issued_on` > `today`.
pub fn card_status_on(
    birth: NaiveDate,
    issued_on: NaiveDate,
    today: NaiveDate,
) -> Result<CardStatus, CardDateError> {
    let validity = card_valid_until(birth, issued_on)?;
    if issued_on > today {
        return Err(CardDateError::IssuedAfterToday);
    }
    Ok(match validity.date() {
        None => CardStatus::Valid { until: None },
        Some(until) if today < until => CardStatus::Valid { until: Some(until) },
        Some(until) if today == until => CardStatus::RenewalDueToday { until },
        Some(until) => CardStatus::Expired { until },
    })
}
