//! The bulk check's app binary: lists of organizations checked and counted per commune, from
//! CSV, text and (through the file worker) workbooks; it hands its counts to the campaign
//! tracker, `src/bin/sansang_campaign.rs`. The page's loader fetches it only for that address
//! (`src/route.rs`, `Route::binary`).
//!
//! The functions exported to JavaScript (`embed`: the bulk check on a file's bytes) live here,
//! not in the library: a `#[wasm_bindgen]` export is a root of every binary that links the
//! crate, and no other binary, nor the file worker (`src/bin/reader_worker.rs`), may carry the
//! bulk check.

#[cfg(target_arch = "wasm32")]
#[path = "../embed.rs"]
mod embed;

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::bulk_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
