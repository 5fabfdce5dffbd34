//! The file worker's per-byte work on an .xlsx: the narrow scanner of shared strings and
//! worksheets ([`xlsx_fast`]) and the pass that finds merged cells and reads the shared strings
//! while the zip is checked ([`xlsx_merges`]).
//!
//! They are the `sansang` crate's `files` modules (`src/files/mod.rs` says what runs in the
//! file worker) in a package of their own for one reason: the release build optimises this
//! package for speed (`opt-level = 2`) and the app for size. Only the file worker links them,
//! so no first load carries the difference.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

/// The rules' cell values and merges, by the path the modules use inside the app's crate.
pub(crate) use sansang_rules as rules;

#[path = "../xlsx_fast.rs"]
pub mod xlsx_fast;
#[path = "../xlsx_merges.rs"]
pub mod xlsx_merges;
