//! The browser side of a bulk check: reading a file, running the check (and the exports) in
//! chunks that yield to the browser between them, downloads, and the few things remembered.

use std::cell::Cell;
use std::rc::Rc;

use crate::forms::bulk::{Damage, Loaded, Mappings, Progress};
use crate::rules::bulk::{BulkChecker, BulkColumns, BulkReport};
use crate::rules::delimited::{Delimiter, Reader, Record, RecordIssues};
use crate::rules::old_address::{OldUnits, Settlements};
use crate::rules::units::ProvinceCode;
use crate::ui::browser;
use crate::ui::drafts::STORAGE_PREFIX;

/// Work between two yields to the browser, in milliseconds: well under the 50 ms of a "long
/// task", so typing and scrolling stay smooth while a million rows are checked.
const SLICE_MS: f64 = 12.0;
/// Records read between two looks at the clock.
const RECORDS_PER_CLOCK_CHECK: usize = 128;

/// The identity of the current run: a new run or a cancel bumps it, and a stale run stops at
/// its next yield.
pub type RunToken = Rc<Cell<u32>>;

/// Walks the data records of `text` (after `header_row`), calling `each` on every one, yielding
/// to the browser every [`SLICE_MS`] and reporting progress. Returns false when cancelled.
pub async fn walk(
    text: &str,
    delimiter: Delimiter,
    header_row: usize,
    token: &RunToken,
    mut on_progress: impl FnMut(Progress),
    mut each: impl FnMut(&Record<'_>),
) -> bool {
    let run = token.get();
    let mut reader = Reader::new(text, delimiter);
    let total = text.len().max(1);
    let mut rows = 0u32;
    let mut done = false;
    let mut last_percent = u32::MAX;
    // One record reused for every row: no allocation per row.
    let mut record = Record {
        row: 0,
        line: 0,
        fields: Vec::new(),
        issues: RecordIssues::default(),
    };
    while !done {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < SLICE_MS {
            for _ in 0..RECORDS_PER_CLOCK_CHECK {
                if !reader.read_into(&mut record) {
                    done = true;
                    break;
                }
                if record.row > header_row {
                    each(&record);
                    rows = rows.saturating_add(1);
                }
            }
            if done {
                break;
            }
        }
        let permille = u32::try_from((reader.position().saturating_mul(1000) / total).min(1000))
            .unwrap_or(1000);
        // Re-render only when the bar moves by a whole percent.
        if permille / 10 != last_percent {
            last_percent = permille / 10;
            on_progress(Progress { rows, permille });
        }
        gloo::timers::future::TimeoutFuture::new(0).await;
        if token.get() != run {
            return false;
        }
    }
    true
}

/// Runs the check in slices, with the conversion data when loaded. `None` when cancelled;
/// otherwise the report, the damaged rows, and whether rows wait for the data.
#[allow(clippy::too_many_arguments)]
pub async fn check(
    loaded: Rc<Loaded>,
    delimiter: Delimiter,
    header_row: usize,
    columns: BulkColumns,
    province: Option<ProvinceCode>,
    data: Option<&'static OldUnits>,
    token: RunToken,
    on_progress: impl FnMut(Progress),
) -> Option<(BulkReport, Damage, bool)> {
    let mut checker = BulkChecker::new(columns, province, data);
    checker.reserve(loaded.text.len() / crate::rules::bulk::TYPICAL_ROW_BYTES);
    let mut damage = Damage::default();
    let track_damage = loaded.invalid.is_some();
    let finished = walk(
        &loaded.text,
        delimiter,
        header_row,
        &token,
        on_progress,
        |record| {
            let _ = checker.check(record);
            if track_damage && record.fields.iter().any(|f| f.contains('\u{FFFD}')) {
                damage.rows = damage.rows.saturating_add(1);
                damage
                    .first_row
                    .get_or_insert(u32::try_from(record.row).unwrap_or(u32::MAX));
            }
        },
    )
    .await;
    finished.then(|| {
        let wants_old_data = checker.wants_old_data();
        (checker.finish(), damage, wants_old_data)
    })
}

/// Offers a CSV file for download (made on the device).
pub fn download(file_name: &str, text: &str) {
    browser::download(file_name, "text/csv;charset=utf-8", text);
}

fn mapping_storage_key(key: &str) -> String {
    format!("{STORAGE_PREFIX}bulk.mapping.{key}")
}

/// Every mapping remembered on this device, by header key (see `rules::bulk::mapping_key`).
pub fn remembered_mappings() -> Mappings {
    let prefix = mapping_storage_key("");
    browser::stored_keys(&prefix)
        .into_iter()
        .filter_map(|storage_key| {
            let columns = browser::from_json(&browser::load(&storage_key)?)?;
            Some((storage_key.get(prefix.len()..)?.to_owned(), columns))
        })
        .collect()
}

/// Remembers the mapping chosen for files with this header (column positions only, no data).
pub fn remember_mapping(key: &str, columns: &BulkColumns) {
    if let Some(text) = browser::to_json(columns) {
        browser::store(&mapping_storage_key(key), &text);
    }
}

const SETTLEMENTS_KEY: &str = "bulk.settlements";

/// The choices for split old communes remembered on this device (an old commune's code and the
/// new commune chosen, as `00016>00008;…`: no data of any list). A damaged entry reads as none.
pub fn remembered_settlements() -> Settlements {
    browser::load(&format!("{STORAGE_PREFIX}{SETTLEMENTS_KEY}"))
        .and_then(|text| Settlements::parse(&text).ok())
        .unwrap_or_default()
}

/// Remembers the choices for split old communes.
pub fn remember_settlements(settlements: &Settlements) {
    let key = format!("{STORAGE_PREFIX}{SETTLEMENTS_KEY}");
    if settlements.is_empty() {
        browser::forget(&key);
    } else {
        browser::store(&key, &settlements.to_text());
    }
}

/// Puts the per-commune counts in this tab's session storage for the campaign tracker.
pub fn hand_over(value: &impl serde::Serialize, key: &str) -> bool {
    browser::to_json(value).is_some_and(|text| browser::session_store(key, &text))
}
