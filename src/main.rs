//! The main app binary: home, the organization form, the address converter. The other tools
//! have a binary each (`src/bin/sansang_students.rs`, `sansang_campaign.rs`, `sansang_bulk.rs`);
//! the page's loader picks one by the address (`src/route.rs`, `Route::binary`), so a visitor
//! downloads only the tool they open. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::main_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
