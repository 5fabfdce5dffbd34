//! Functions exported to JavaScript, for embedding the checks in other pages and for the
//! browser benchmark (`tests/e2e/specs/bench-bulk.spec.mjs`). Trunk's loader exposes them as
//! `window.wasmBindings`. Part of the bulk check's binary only (`src/bin/sansang_bulk.rs`),
//! never of the library.

use wasm_bindgen::prelude::*;

use sansang::rules::bulk::{self, TaxVerdict, data_records, prepare};
use sansang::rules::delimited;

/// What [`bulk_check_bytes`] returns.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct BulkCheckResult {
    summary: bulk::Summary,
    communes: usize,
    problems: usize,
    unassigned: u32,
}

/// The bulk check of an organization list, on a file's bytes (UTF-8 with or without BOM,
/// UTF-16): decodes, detects the delimiter, maps the header, checks every row and aggregates
/// per commune. Returns `{summary, communes, problems, unassigned}`, or `null` for a file
/// without a header or larger than 256 MiB.
#[wasm_bindgen]
pub fn bulk_check_bytes(bytes: &[u8]) -> JsValue {
    check_bytes_with(bytes, None)
}

/// [`bulk_check_bytes`] with the old-address conversion data, when this session has loaded it
/// (`ui::old_units`: [`load_old_units`], or a list with old addresses): old addresses are converted to
/// today's communes (`docs/rules.md §2.4`). Without the data it checks as `bulk_check_bytes`.
#[wasm_bindgen]
pub fn bulk_check_bytes_old(bytes: &[u8]) -> JsValue {
    check_bytes_with(bytes, sansang::ui::old_units::loaded())
}

/// Loads the old-address conversion data into this session, as the bulk check does when a list
/// holds old addresses, for [`bulk_check_bytes_old`] (the address converter, which also loads
/// it, is another binary). Resolves to whether it loaded.
#[wasm_bindgen]
pub fn load_old_units() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| {
        sansang::ui::old_units::load_then(move |result| {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(result.is_ok()));
        });
    })
}

fn check_bytes_with(bytes: &[u8], data: Option<&sansang::rules::old_address::OldUnits>) -> JsValue {
    let Ok(Some((_, report))) = bulk::check_bytes(bytes, None, data) else {
        return JsValue::NULL;
    };
    let result = BulkCheckResult {
        summary: report.summary,
        communes: report.communes.len(),
        problems: report.problems.len(),
        unassigned: report.unassigned,
    };
    serde_wasm_bindgen::to_value(&result).unwrap_or(JsValue::NULL)
}

/// The tax-code verdict of every data row, in file order: 0 valid (check digit matches),
/// 1 wrong, 2 cannot verify (12 digits), 3 missing. Empty for a file without a header.
#[wasm_bindgen]
pub fn bulk_tax_verdicts(bytes: &[u8]) -> Vec<u8> {
    let Ok(decoded) = delimited::decode(bytes) else {
        return Vec::new();
    };
    let text = &decoded.text;
    let delimiter = delimited::detect_delimiter(text).delimiter;
    let Some(prepared) = prepare(text, delimiter) else {
        return Vec::new();
    };
    let column = prepared.mapping.column(bulk::Column::TaxCode.key());
    data_records(text, delimiter, prepared.header_row)
        .filter(|r| !r.is_blank())
        .map(|r| {
            let cell = column.and_then(|i| r.get(i)).unwrap_or("");
            match TaxVerdict::of(cell) {
                TaxVerdict::Valid(_) => 0,
                TaxVerdict::Invalid(_) => 1,
                TaxVerdict::CannotVerify(_) => 2,
                TaxVerdict::Missing => 3,
            }
        })
        .collect()
}
