//! Mounts the app; everything else lives in the library. The functions exported to JavaScript
//! (`embed`) live in this binary, not in the library: a `#[wasm_bindgen]` export is a root of
//! every binary that links the crate, and the file worker (`src/bin/reader_worker.rs`) must not
//! carry them (about 70 KB of its Wasm).

#[cfg(target_arch = "wasm32")]
mod embed;

#[cfg(target_arch = "wasm32")]
fn main() {
    sansang::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sẵn Sàng runs in the browser: build it with `trunk build` (see README.md).");
}
