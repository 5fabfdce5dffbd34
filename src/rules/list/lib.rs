//! The rules that run once per row of a list: reading it ([`delimited`]), its identifiers
//! ([`tax_code`], [`personal_id`], [`phone`], [`email`]), its communes, today's and from
//! before 1/7/2025 ([`units`], [`old_address`]), the bulk check that combines them ([`bulk`]),
//! and the text, digit, date and ordering helpers they share.
//!
//! They are the `sansang-rules` crate's modules (`src/rules/mod.rs` says what the rules are
//! and how they are written) in a package of their own for one reason: the release build
//! optimises this package for speed (`opt-level = 2`) and the rest of the app for size. At the
//! app's size setting (`opt-level = "z"`) LLVM inlines almost nothing, so each step of an
//! iterator and each small helper became a call. At 2 the bulk check of 100,000 rows runs 35 to
//! 39 % fewer instructions in V8, for 5 to 7 % more first-load bytes: the README, "The per-row
//! rules are optimised for speed", has the figures.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../bulk/mod.rs"]
pub mod bulk;
#[path = "../date.rs"]
pub mod date;
#[path = "../delimited.rs"]
pub mod delimited;
#[path = "../digits.rs"]
pub mod digits;
#[path = "../email.rs"]
pub mod email;
#[path = "../old_address/mod.rs"]
pub mod old_address;
#[path = "../order.rs"]
pub mod order;
#[path = "../personal_id.rs"]
pub mod personal_id;
#[path = "../phone.rs"]
pub mod phone;
#[path = "../tax_code.rs"]
pub mod tax_code;
#[path = "../text.rs"]
pub mod text;
#[path = "../text_map.rs"]
pub mod text_map;
#[path = "../units.rs"]
pub mod units;
