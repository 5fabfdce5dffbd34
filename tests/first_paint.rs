//! `www/boot.js` (the first paint before the Wasm arrives) is exactly what `src/first_paint.rs`
//! writes from the message catalogue: a changed sentence cannot leave a stale first paint.
//! So is `www/pick-app.js`, the choice of Wasm binary by address (from `src/route.rs`).
//! `SANSANG_WRITE_BOOT=1 cargo test --test first_paint` rewrites both.

use sansang::first_paint::{app_picker_script, boot_script};

/// Compares `www/<name>` with what the library writes; rewrites it when asked.
fn assert_up_to_date(name: &str, expected: &str, source: &str) {
    let path = format!("{}/www/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("SANSANG_WRITE_BOOT").is_some() {
        std::fs::write(&path, expected).expect("write the generated script");
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "www/{name} is out of date with {source}: run `SANSANG_WRITE_BOOT=1 cargo test --test first_paint`"
    );
}

#[test]
fn boot_script_is_up_to_date() {
    assert_up_to_date("boot.js", &boot_script(), "the catalogue");
}

/// The loader's choice of binary (`www/pick-app.js`) is written from `Route::binary`.
#[test]
fn app_picker_is_up_to_date() {
    assert_up_to_date("pick-app.js", &app_picker_script(), "src/route.rs");
}
