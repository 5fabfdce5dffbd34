//! `www/boot.js` (the first paint before the Wasm arrives) is exactly what `src/first_paint.rs`
//! writes from the message catalogue: a changed sentence cannot leave a stale first paint.
//! `SANSANG_WRITE_BOOT=1 cargo test --test first_paint` rewrites the file.

use sansang::first_paint::boot_script;

#[test]
fn boot_script_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/boot.js");
    let expected = boot_script();
    if std::env::var_os("SANSANG_WRITE_BOOT").is_some() {
        std::fs::write(path, &expected).expect("write www/boot.js");
    }
    let found = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        found == expected,
        "www/boot.js is out of date with the catalogue: run `SANSANG_WRITE_BOOT=1 cargo test --test first_paint`"
    );
}
