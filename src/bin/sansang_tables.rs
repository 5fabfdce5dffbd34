//! The app binary of the tools that work on tables and files: students, the campaign tracker
//! (and shared campaign links) and the bulk check, which hands its counts to the tracker. The
//! page's loader fetches it only for those addresses (`src/route.rs`, `Route::binary`); home, the
//! organization form and the converter are `src/main.rs`.
//!
//! The functions exported to JavaScript (`embed`: the bulk check on a file's bytes) live here,
//! not in the library: a `#[wasm_bindgen]` export is a root of every binary that links the
//! crate, and neither the main binary nor the file worker (`src/bin/reader_worker.rs`) may carry
//! the bulk check.

#[cfg(target_arch = "wasm32")]
#[path = "../embed.rs"]
mod embed;

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::tables_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
