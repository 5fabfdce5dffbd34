//! (being written — temporary stand-in until the dates module lands)

use chrono::NaiveDate;

/// Calendar date in Vietnam (UTC+7, no daylight saving) for a Unix time in milliseconds.
pub fn vietnam_date_from_unix_millis(ms: f64) -> Option<NaiveDate> {
    if !ms.is_finite() {
        return None;
    }
    let seconds = (ms / 1000.0).floor() as i64 + 7 * 3600;
    chrono::DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive())
}
