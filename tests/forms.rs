//! Page state, natively: every page's reducer (`sansang::forms`) driven action by action, the
//! way the page dispatches them, without a browser.
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms/bulk.rs"]
mod bulk;
#[path = "support/old_units.rs"]
mod old_units;
#[path = "forms/organization.rs"]
mod organization;
#[path = "forms/students.rs"]
mod students;
#[path = "forms/watchdog.rs"]
mod watchdog;
#[path = "support/wording.rs"]
mod wording;
#[path = "support/zip_parts.rs"]
mod zip_parts;

use std::rc::Rc;

use sansang::forms::Reducer;

/// Applies `actions` in order, as the page would dispatch them.
pub fn after<S: Reducer>(state: S, actions: impl IntoIterator<Item = S::Action>) -> Rc<S> {
    actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.apply(action))
}
