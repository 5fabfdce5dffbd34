//! # Sẵn Sàng — on-device answers for Vietnam's e-ID (VNeID) campaigns
//!
//! Provinces run "peak campaigns" to give every citizen and organization an electronic
//! identification account. This crate holds four tools for the people those campaigns ask to act:
//!
//! 1. **Organization readiness check** — for business owners and heads of organizations: is the
//!    registration data valid, which route, what to bring ([`rules::org_readiness`]).
//! 2. **Student coverage estimator** — for schools: how many students aged 6 to under 14 still need
//!    a căn cước card, a level-2 account, an activation, and can we finish by the deadline
//!    ([`rules::students`]).
//! 3. **Campaign progress tracker** — for police and commune officers: quotas, phases, exclusions,
//!    units under 70 %, required daily rate, fair quota splits, opened from a shared link
//!    ([`rules::campaign`]).
//! 4. **Bulk list check** — for officers who receive lists from the tax office or the business
//!    registry: which of tens of thousands of rows are wrong, and how many organizations per
//!    commune ([`rules::bulk`]).
//!
//! Everything runs on the user's device; there is no server.
//!
//! ## Where things live
//! - [`rules`]: the pure domain — identifiers, ages, dates, units, campaign arithmetic. No `yew`, no
//!   `web-sys`; every rule cites its legal source in the rule book `docs/rules.md` and is tested
//!   natively with `cargo test`.
//! - [`catalogue`]: every sentence the user reads, in Vietnamese and English. Rules return typed
//!   errors; the catalogue turns them into words.
//! - [`forms`]: each page's state, actions and pure reducer, tested natively; the components
//!   hold them through a three-line adapter.
//! - [`first_paint`]: the header and heading `index.html` shows while the Wasm downloads.
//! - `ui` (Wasm only): thin Yew components that collect input, call the rules and show results.

pub mod catalogue;
pub mod files;
pub mod first_paint;
pub mod forms;
pub mod qr;
pub mod route;
/// The pure domain, a package of its own (`src/rules`): see its crate documentation.
pub use sansang_rules as rules;

pub use rules::campaign::apportion::apportion;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Age in completed years on a date (Luật Căn cước 2023; docs/rules.md §3.2), used by every tool.
pub use rules::date::age_on;
/// The identifiers users type (docs/rules.md §2.1–2.3), re-exported for the UI, tests and embedders.
pub use rules::{
    email::{EmailAddress, EmailError, EmailWarning},
    personal_id::{
        BirthPlace, BirthRegistrationProvince, PersonalId, PersonalIdError, PersonalIdWarning, Sex,
    },
    phone::{Carrier, MobileNumber, PhoneError, PhoneWarning},
    tax_code::{TaxCode, TaxCodeError, TaxCodeKind, TaxCodeWarning},
};
