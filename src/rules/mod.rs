//! The pure domain: everything that can be decided without a browser.
//!
//! No `yew`, no `web-sys` here: each module is plain Rust, tested natively with `cargo test`, and
//! every rule's doc comment cites its legal source or campaign document (`docs/rules.md`).
//!
//! Conventions:
//! - parse, don't validate: `Type::parse(&str) -> Result<Type, TypeError>`, `Display` = canonical form;
//! - errors are enums with data, never strings; [`crate::catalogue`] turns them into sentences;
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

pub mod bulk;
pub mod campaign;
pub mod changes;
pub mod date;
pub mod delimited;
pub mod digits;
pub mod email;
pub mod id_card;
pub mod legacy_text;
pub mod name;
pub mod number;
pub mod old_address;
pub mod order;
pub mod org_readiness;
pub mod personal_id;
pub mod phone;
pub mod sheet;
pub mod students;
pub mod tax_code;
pub mod text;
pub mod text_map;
pub mod units;
pub mod working_days;
