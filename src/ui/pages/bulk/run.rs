//! The browser side of a bulk check: reading a file, running the check (and the exports) in
//! chunks that yield to the browser between them, downloads, and the few things remembered.

use std::cell::Cell;
use std::rc::Rc;

use crate::forms::bulk::{
    Damage, LoadError, Loaded, Mappings, Progress, Source, WorkerInput, is_workbook, load_bytes,
    maybe_utf16, worker_input,
};
use crate::rules::bulk::{BulkChecker, BulkColumns, BulkReport};
use crate::rules::delimited::{self, Delimiter, Encoding, ReadError, Reader, Record, RecordIssues};
use crate::rules::old_address::{OldUnits, Settlements};
use crate::rules::units::ProvinceCode;
use crate::ui::browser;
use crate::ui::drafts::STORAGE_PREFIX;

/// Work between two yields to the browser, in milliseconds: well under the 50 ms of a "long
/// task", so typing and scrolling stay smooth while a million rows are checked.
const SLICE_MS: f64 = 12.0;
/// Records read between two looks at the clock.
const RECORDS_PER_CLOCK_CHECK: usize = 128;

/// Bytes read per slice of a file: reading, checking and copying 2 MiB takes a few ms, so a
/// 200 MB file never blocks the page for long.
const READ_SLICE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// The bytes of a file or a slice of it, as the browser hands them over.
pub async fn buffer(blob: &web_sys::Blob) -> Result<js_sys::ArrayBuffer, LoadError> {
    wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| LoadError::Failed)
        .map(wasm_bindgen::JsCast::unchecked_into)
}

async fn array_buffer(blob: &web_sys::Blob) -> Result<Vec<u8>, LoadError> {
    let buffer = buffer(blob).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads a whole file at once and decodes it on the page (UTF-16; and text in another encoding
/// when the file worker cannot be loaded: read with its bad bytes replaced and a warning).
pub async fn read_whole(file: &web_sys::File) -> Result<Loaded, LoadError> {
    let bytes = array_buffer(file).await?;
    load_bytes(Source::File(file.name()), bytes)
}

/// A chosen file, read as text or handed to the file worker.
pub enum FileRead {
    /// UTF-8 or UTF-16 text, read on the page.
    Text(Loaded),
    /// A workbook, or text in another encoding: the file worker reads it.
    Worker(WorkerInput),
}

/// Reads a file chosen or dropped by the user, in slices with a yield to the browser between
/// them. Plain UTF-8 (the common case) is checked slice by slice and appended; UTF-16 is read
/// again whole and decoded by [`delimited::decode`]; a workbook, or text with bytes that are not
/// UTF-8, goes to the file worker (docs/rules.md §6).
pub async fn read_file(file: &web_sys::File) -> Result<FileRead, LoadError> {
    let name = file.name();
    let size = file.size();
    if size > delimited::MAX_INPUT_BYTES as f64 {
        return Err(LoadError::Read(ReadError::TooLarge {
            bytes: size as usize,
            max: delimited::MAX_INPUT_BYTES,
        }));
    }
    if is_workbook(&name, &[]) {
        return Ok(FileRead::Worker(WorkerInput::Workbook));
    }
    let mut text = String::with_capacity(size as usize);
    let mut carry: Vec<u8> = Vec::new();
    let mut encoding = Encoding::Utf8;
    let mut offset = 0.0;
    while offset < size {
        let end = (offset + READ_SLICE_BYTES).min(size);
        let slice = file
            .slice_with_f64_and_f64(offset, end)
            .map_err(|_| LoadError::Failed)?;
        let mut bytes = array_buffer(&slice).await?;
        if offset == 0.0 {
            if let Some(input) = worker_input(&name, &bytes) {
                return Ok(FileRead::Worker(input));
            }
            if maybe_utf16(&bytes) {
                return read_whole(file).await.map(FileRead::Text);
            }
            if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                encoding = Encoding::Utf8Bom;
                bytes.drain(..3);
            }
        }
        if !carry.is_empty() {
            carry.extend_from_slice(&bytes);
            bytes = std::mem::take(&mut carry);
        }
        let last_slice = end >= size;
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(chunk) = chunks.next() {
            text.push_str(chunk.valid());
            let invalid = chunk.invalid();
            if invalid.is_empty() {
                continue;
            }
            // A character cut by the slice's end is finished by the next slice.
            let cut_at_end = chunks.peek().is_none()
                && !last_slice
                && invalid.len() < 4
                && invalid.first().is_some_and(|&b| b >= 0xC2);
            if cut_at_end {
                carry = invalid.to_vec();
            } else {
                return Ok(FileRead::Worker(WorkerInput::Text));
            }
        }
        offset = end;
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(FileRead::Text(Loaded::text(
        Source::File(name),
        size as usize,
        text,
        encoding,
    )))
}

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
