//! The old-address conversion data in the browser: fetched from its content-hashed file the first
//! time a page needs it, decoded once, kept in memory for the session. Shared by the address
//! converter, the organization form's "Biết địa chỉ cũ?" and the bulk check.
//!
//! The file's name is announced by the build in `index.html`
//! (`<meta name="sansang-asset-old-units" content="old-units-<hash>.bin">`, `www/postbuild.mjs`);
//! the service worker keeps it for offline use after the first fetch.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

use crate::forms::old_data::LoadFailure;
use crate::rules::old_address::OldUnits;
use crate::ui::browser;

/// The `<meta>` that names the asset.
pub const META_NAME: &str = "sansang-asset-old-units";

thread_local! {
    static LOADED: RefCell<Option<&'static OldUnits>> = const { RefCell::new(None) };
    static DECODE_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// Fetches the data in the background (once per session) and hands the result to `done`.
pub fn load_then(done: impl FnOnce(Result<&'static OldUnits, LoadFailure>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(load().await) });
}

/// The data, if already loaded in this session.
pub fn loaded() -> Option<&'static OldUnits> {
    LOADED.with(|l| *l.borrow())
}

/// How long the last decode took, in milliseconds (for the benchmark and the page's figures).
pub fn decode_ms() -> f64 {
    DECODE_MS.with(Cell::get)
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
    let response = JsFuture::from(window.fetch_with_str(&name))
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
    let start = js_sys::Date::now();
    let decoded = OldUnits::decode(&bytes).map_err(LoadFailure::Damaged)?;
    DECODE_MS.with(|d| d.set(js_sys::Date::now() - start));
    // Kept for the whole session: one table, read by every page that converts addresses.
    let data: &'static OldUnits = Box::leak(Box::new(decoded));
    LOADED.with(|l| *l.borrow_mut() = Some(data));
    Ok(data)
}
