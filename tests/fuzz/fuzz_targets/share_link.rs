#![no_main]
//! Share links: any input must decode to an error or to a campaign that re-encodes to itself, and
//! computing its report, checks and sentences must not panic.

use sansang::catalogue::{Lang, Localized};
use sansang::rules::campaign::metrics::{explain, report};
use sansang::rules::campaign::AllDays;
use sansang::rules::campaign::share_link::{decode, encode};

fn check(text: &str) {
    let Ok(campaign) = decode(text) else { return };
    assert_eq!(decode(&encode(&campaign)).as_ref(), Ok(&campaign));
    for problem in campaign.validate() {
        let _ = problem.localize(Lang::Vi);
    }
    // Bounded: at most a few units' explanations; the report itself is linear in the units.
    let r = report(&campaign, campaign.start, &AllDays);
    for unit in (0..campaign.units.len().min(4)).map(Some).chain([None]) {
        for step in explain(&campaign, &r, unit) {
            let _ = step.localize(Lang::En);
        }
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
        // Also behind a valid version prefix, so the decoder gets past the first check.
        check(&format!("2.{text}"));
    }
    check(&String::from_utf8_lossy(data));
});
