//! The file worker's work: workbooks, legacy encodings and .xlsx export (docs/rules.md §6).
//!
//! Everything here except [`protocol`] runs only in the file worker (`src/bin/reader_worker.rs`),
//! a second Wasm binary fetched the first time a user opens such a file: `calamine`,
//! `encoding_rs` and `rust_xlsxwriter` are about 600 KB of Wasm that the first load must not
//! carry. The app's own binary links [`protocol`] alone; no function of this module may be
//! called from it, and nothing here is a `#[wasm_bindgen]` export (an export is a root, linked
//! into every binary of the crate). Natively, all of it is tested with `cargo test`.

pub mod cfb_check;
pub mod export;
pub mod ods_extras;
pub mod protocol;
pub mod session;
pub mod text;
pub mod wire;
pub mod workbook;
// The .xlsx scanner is a package of its own, optimised for speed (src/files/scan/).
pub use sansang_xlsx_scan::{xlsx_fast, xlsx_merges};
