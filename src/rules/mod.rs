//! The pure domain: everything that can be decided without a browser.
//!
//! No `yew`, no `web-sys` here: each module is plain Rust, tested natively with `cargo test`, and
//! every rule's doc comment cites its legal source or campaign document (`docs/rules.md`).
//!
//! Conventions:
//! - parse, don't validate: `Type::parse(&str) -> Result<Type, TypeError>`, `Display` = canonical form;
//! - errors are enums with data, never strings; the app's catalogue (`src/catalogue`) turns them into sentences;
//! - three outcomes, never two: an error (must fix), a warning (probably wrong, may continue), and
//!   "cannot verify offline" (format right, no check exists);
//! - no input may panic: a panic in Wasm kills the page. Every parser has property tests and a fuzz
//!   target under `tests/fuzz`, and clippy refuses the ways to panic by accident here (`unwrap`,
//!   `expect`, `panic!`, indexing and slicing: use `.get()`, `?`, `unwrap_or`), outside tests
//!   (`clippy.toml`).

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

// The per-row rules, optimised for speed in a package of their own (src/rules/list/lib.rs).
pub use sansang_list_rules::{
    bulk, date, delimited, digits, email, old_address, order, personal_id, phone, tax_code, text,
    text_map, units,
};

pub mod campaign;
pub mod changes;
pub mod id_card;
pub mod legacy_text;
pub mod name;
pub mod number;
pub mod org_readiness;
pub mod sheet;
pub mod students;
pub mod working_days;
