//! The campaign tracker's app binary, which also opens shared campaign links and takes the bulk
//! check's counts. The page's loader fetches it only for those addresses (`src/route.rs`,
//! `Route::binary`); everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::campaign_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
