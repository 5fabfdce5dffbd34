//! The old-address conversion data in the browser: fetched from its content-hashed file the first
//! time a page needs it, decoded once, kept in memory for the session. Shared by the address
//! converter, the organization form's "Biết địa chỉ cũ?" and the bulk check.
//!
//! The file's name is announced by the build in `index.html`
//! (`<meta name="sansang-asset-old-units" content="old-units-<hash>.bin">`, `www/postbuild.mjs`);
//! the service worker keeps it for offline use after the first fetch.

use std::cell::RefCell;

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::forms::old_data::LoadFailure;
use crate::rules::old_address::{AssetError, OldUnits};
use crate::ui::browser;

/// The User Timing measures of the data's inflating and decoding, and the marks they start from.
pub const INFLATE_MEASURE: &str = "sansang: old-units inflate";
pub const DECODE_MEASURE: &str = "sansang: old-units decode";
const FETCHED_MARK: &str = "sansang: old-units fetched";
const INFLATED_MARK: &str = "sansang: old-units inflated";

/// The `<meta>` that names the asset.
pub const META_NAME: &str = "sansang-asset-old-units";

thread_local! {
    static LOADED: RefCell<Option<&'static OldUnits>> = const { RefCell::new(None) };
}

/// Fetches the data in the background (once per session) and hands the result to `done`.
pub fn load_then(done: impl FnOnce(Result<&'static OldUnits, LoadFailure>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(load().await) });
}

/// The data, if already loaded in this session.
pub fn loaded() -> Option<&'static OldUnits> {
    LOADED.with(|l| *l.borrow())
}

/// The asset's file name, from the page.
fn asset_name() -> Option<String> {
    browser::document()?
        .query_selector(&format!("meta[name=\"{META_NAME}\"]"))
        .ok()??
        .get_attribute("content")
        .filter(|name| !name.is_empty())
}

/// Fetches and decodes the data (once per session; later calls return it at once).
///
/// # Errors
/// [`LoadFailure::Offline`] when the fetch fails (no network at first use), `Unavailable` for an
/// error status, `Damaged` when the bytes do not decode, `NotBuilt` when the page names no file.
pub async fn load() -> Result<&'static OldUnits, LoadFailure> {
    if let Some(data) = loaded() {
        return Ok(data);
    }
    let name = asset_name().ok_or(LoadFailure::NotBuilt)?;
    let window = web_sys::window().ok_or(LoadFailure::Offline)?;
    let fetching = window.fetch_with_str(&name);
    // While the bytes travel: today's units list, which the decode links old units to (built
    // once per session, on first use; here it does not wait for the data).
    let _ = crate::rules::units::communes();
    let response = JsFuture::from(fetching)
        .await
        .map_err(|_| LoadFailure::Offline)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| LoadFailure::Offline)?;
    if !response.ok() {
        return Err(LoadFailure::Unavailable {
            status: response.status(),
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| LoadFailure::Offline)?)
        .await
        .map_err(|_| LoadFailure::Offline)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    // Inflating and decoding are User Timing measures: the benchmarks read them
    // (`bench-old-units.spec.mjs`; `bench-bulk.spec.mjs` waits for the decode), DevTools shows them. Recording them may fail
    // (no `performance`): that changes nothing for the user.
    let performance = window.performance();
    let mark = |name: &str| {
        if let Some(performance) = &performance {
            let _ = performance.mark(name);
        }
    };
    let measure = |name: &str, from: &str| {
        if let Some(performance) = &performance {
            let _ = performance.measure_with_start_mark(name, from);
        }
    };
    mark(FETCHED_MARK);
    let bytes = if bytes.starts_with(&GZIP_MAGIC) {
        let inflated = inflate(&bytes).await;
        measure(INFLATE_MEASURE, FETCHED_MARK);
        inflated.ok_or(LoadFailure::Damaged(AssetError::Damaged))?
    } else {
        // A host that served the file with `Content-Encoding: gzip` (the browser inflated it),
        // or a test serving the committed asset as it is.
        bytes
    };
    mark(INFLATED_MARK);
    let decoded = OldUnits::decode(&bytes).map_err(LoadFailure::Damaged)?;
    measure(DECODE_MEASURE, INFLATED_MARK);
    // Kept for the whole session: one table, read by every page that converts addresses.
    let data: &'static OldUnits = Box::leak(Box::new(decoded));
    LOADED.with(|l| *l.borrow_mut() = Some(data));
    Ok(data)
}

/// The first bytes of a gzip member (RFC 1952): the build ships the asset gzip-compressed
/// (`www/postbuild.mjs`), whatever the host does with `application/octet-stream`.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

#[wasm_bindgen]
extern "C" {
    /// The browser's gzip inflater (every browser since 2023; web-sys still calls it unstable).
    #[wasm_bindgen(js_name = DecompressionStream)]
    type GzipInflater;

    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<GzipInflater, JsValue>;
}

/// The inflated bytes, or `None` when they do not inflate (a damaged or cut-short file). A
/// browser without `DecompressionStream` (older than Safari 16.4 or Firefox 113, a few months of
/// releases after the first ones this app's Wasm policy runs in) also gets `None`.
async fn inflate(gzip: &[u8]) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(gzip));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let inflater = GzipInflater::new("gzip").ok()?;
    let inflated = blob.stream().pipe_through(inflater.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&inflated)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
