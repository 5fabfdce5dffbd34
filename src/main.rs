//! The main app binary: home, the organization form, the address converter. The tools that
//! work on tables and files are the other binary, `src/bin/sansang_tables.rs`; the page's
//! loader picks one by the address (`src/route.rs`, `Route::binary`), so a visitor downloads only
//! the pages they open. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::main_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
