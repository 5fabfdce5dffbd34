//! The student coverage estimator's app binary (schools). The page's loader fetches it only for
//! that address (`src/route.rs`, `Route::binary`); everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start(sansang::ui::pages::students_app);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
