#![no_main]
//! Share links of every version (1, 2 and the current 3): any input must decode to an error or to
//! a campaign that re-encodes to itself, and computing its reports (on its figures' date and 40
//! days later), checks, what changed, its table and sentences must not panic.

use sansang::catalogue::campaign::{change, problem, step};
use sansang::catalogue::{Lang, Localized};
use sansang::rules::campaign::metrics::{changes_since, explain, progress, report};
use sansang::rules::campaign::report_table::{TableRow, read_units_table};
use sansang::rules::campaign::share_link::{decode, encode};
use sansang::rules::campaign::table::units_to_rows;
use sansang::rules::campaign::{AllDays, Month};

fn check(text: &str) {
    let Ok(campaign) = decode(text) else { return };
    assert_eq!(decode(&encode(&campaign)).as_ref(), Ok(&campaign));
    for p in campaign.validate().iter().take(8) {
        let _ = problem(p, &campaign, Lang::Vi);
        let _ = p.localize(Lang::En);
    }
    // Bounded: a few units' explanations; the reports are linear in units × indicators.
    let today = campaign.figures_date(campaign.start);
    let r = report(&campaign, today, &AllDays);
    for i in 0..campaign.indicators.len() {
        for unit in (0..campaign.units.len().min(3)).map(Some).chain([None]) {
            for s in explain(&campaign, &r, i, unit) {
                let _ = step(&s, &campaign, Lang::Vi);
            }
        }
        let _ = progress(&campaign, &r, i, &AllDays);
    }
    if let Some(later) = (0..40).try_fold(today, |d, _| d.succ_opt()) {
        let now = report(&campaign, later, &AllDays);
        for c in changes_since(&campaign, &r, &now) {
            let _ = change(&c, &campaign, Lang::En);
        }
    }
    if campaign.units.len() <= 50 {
        let rows: Vec<TableRow> = units_to_rows(&campaign, Some(Month::of(today)))
            .into_iter()
            .enumerate()
            .map(|(i, cells)| TableRow { row: i + 1, cells })
            .collect();
        let _ = read_units_table(&rows, &campaign);
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
        // Also behind each valid version prefix, so the decoder gets past the first check.
        for version in ["1.", "2.", "3."] {
            check(&format!("{version}{text}"));
        }
    }
    check(&String::from_utf8_lossy(data));
});
