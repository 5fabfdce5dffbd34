//! Small, panic-free wrappers around the browser APIs the app uses. Every call that can fail in
//! some browser (private mode storage, missing window in tests) degrades to "nothing happened".

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Local storage; `None` where the browser refuses it (some private modes, disabled storage).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Reads a stored string.
pub fn load(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores a string; returns whether the browser kept it (quota or privacy settings may refuse).
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a stored key.
pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Every stored key that starts with `prefix`.
pub fn stored_keys(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// The current location hash (`#/to-chuc`), or empty.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to a hash route (adds a history entry, fires `hashchange`).
pub fn set_location_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The full address of the page, for share links.
pub fn location_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Sets `<html lang>` so screen readers and hyphenation use the right language.
pub fn set_document_lang(tag: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", tag);
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Today's date in Vietnam (Asia/Ho_Chi_Minh, UTC+7 without daylight saving), whatever the
/// device's own time zone: campaign days end at midnight in Vietnam (docs/rules.md §4).
pub fn today_in_vietnam() -> NaiveDate {
    let millis = js_sys::Date::now();
    crate::rules::date::vietnam_date_from_unix_millis(millis)
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Sets a flag for this tab only (survives a reload, not a new tab).
pub fn set_session_flag(key: &str) {
    session_store(key, "1");
}

/// Reads and removes a tab-only flag.
pub fn take_session_flag(key: &str) -> bool {
    session_take(key).is_some()
}

/// Offers `content` as a file download named `file_name` — made on the device, nothing is sent.
/// Returns whether the browser accepted it.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    // Bytes, not a JS string: no UTF-16 round trip for a file of many megabytes.
    download_bytes(file_name, mime, content.as_bytes())
}

/// [`download`] of bytes (an .xlsx the file worker wrote).
pub fn download_bytes(file_name: &str, mime: &str, content: &[u8]) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(document) = document() else {
        return false;
    };
    let clicked = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .zip(document.body())
        .map(|(anchor, body)| {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.set_class_name("visually-hidden");
            // Some browsers only follow a link that is in the document.
            let _ = body.append_child(&anchor);
            anchor.click();
            let _ = body.remove_child(&anchor);
        })
        .is_some();
    // Release the file once the browser has had time to start the download.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    clicked
}

/// `value` as JSON text (maps as objects), for storage and files.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Option<String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

/// `value` as indented JSON text, for files people may open.
pub fn to_json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> Option<String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &wasm_bindgen::JsValue::NULL, &2.into())
        .ok()?
        .as_string()
}

/// Reads JSON text into `T`; `None` for text that is not JSON or not a `T`.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?).ok()
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Keeps a string for this tab only (survives a reload and navigation, not a new tab).
pub fn session_store(key: &str, value: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Reads and removes a tab-only string.
pub fn session_take(key: &str) -> Option<String> {
    let storage = session_storage()?;
    let value = storage.get_item(key).ok().flatten()?;
    let _ = storage.remove_item(key);
    Some(value)
}

/// Reads a tab-only string without removing it.
pub fn session_peek(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Copies text to the clipboard. Resolves to `false` when the browser refuses (no permission, no
/// secure context); the caller then shows the text selected for a manual copy.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The file chosen in a file input's `change` event, with the input emptied so that the same
/// file, changed on disk, can be chosen again.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Reads a chosen file's bytes.
pub async fn read_file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Selects the text of an input or textarea so the user can copy it by hand.
pub fn select_text_of(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = el.focus();
        el.select();
    }
}
