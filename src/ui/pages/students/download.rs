//! Saving a file made on the device: a Blob, an object URL and a temporary `<a download>`.
//! Nothing is sent anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::ui::browser;

/// Offers `text` as a download named `file_name`; returns whether the browser took it.
pub fn save_text(file_name: &str, text: &str, mime: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = browser::document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok());
    let body = browser::document().and_then(|d| d.body());
    let saved = match (anchor, body) {
        (Some(anchor), Some(body)) => {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.set_class_name("visually-hidden");
            let _ = body.append_child(&anchor);
            anchor.click();
            let _ = body.remove_child(&anchor);
            true
        }
        _ => false,
    };
    // Some browsers read the URL after the click returns: release it a little later.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    saved
}

/// The MIME type of the CSV files.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";
