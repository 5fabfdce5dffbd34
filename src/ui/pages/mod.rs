//! One module per route, and the set of pages each of the app's binaries carries.
//!
//! The route → page dispatch is chosen by the binary (`src/main.rs`, `src/bin/sansang_*.rs`):
//! each passes its own of [`main_app`], [`students_app`], [`campaign_app`] and [`bulk_app`] to
//! [`crate::ui::start`], so link-time optimization leaves the other binaries' pages (and
//! everything only they use: the file intake, the tracker's and the bulk check's rules) out of
//! its Wasm. Which route belongs where: `Route::binary`.

mod bulk;
pub mod campaign;
mod converter;
mod home;
mod not_found;
mod organization;
mod students;

use yew::prelude::*;

use crate::route::{AppBinary, Route};

pub use crate::first_paint::PAGE_TITLE_ID;

/// A callback that dispatches the action `make` builds from what the control reports.
pub fn dispatching<R, T>(
    state: &UseReducerHandle<R>,
    make: impl Fn(T) -> R::Action + 'static,
) -> Callback<T>
where
    R: Reducible + 'static,
    T: 'static,
{
    let dispatcher = state.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}

/// The pages one binary renders: `None` for a route of another binary (the app then reloads
/// the page, and the loader picks that binary).
pub type Pages = fn(&Route) -> Option<Html>;

/// `sansang`: home, the organization form, the address converter, "not found".
pub fn main_app(route: &Route) -> Option<Html> {
    match route {
        Route::Home => Some(html! { <home::Home /> }),
        Route::Organization => Some(html! { <organization::OrganizationPage /> }),
        Route::Converter => Some(html! { <converter::ConverterPage /> }),
        Route::NotFound(_) => Some(not_found()),
        Route::Students | Route::Campaign { .. } | Route::Bulk => None,
    }
}

/// `sansang_students`: the student coverage estimator.
pub fn students_app(route: &Route) -> Option<Html> {
    matches!(route, Route::Students).then(|| html! { <students::StudentsPage /> })
}

/// `sansang_campaign`: the campaign tracker, and the campaigns shared links open.
pub fn campaign_app(route: &Route) -> Option<Html> {
    match route {
        Route::Campaign { shared } => Some(html! {
            <campaign::CampaignPage shared={shared.clone().map(AttrValue::from)} />
        }),
        _ => None,
    }
}

/// `sansang_bulk`: the bulk check.
pub fn bulk_app(route: &Route) -> Option<Html> {
    matches!(route, Route::Bulk).then(|| html! { <bulk::BulkPage /> })
}

/// The "not found" page: the main binary's for unknown addresses; every binary carries it for
/// the case `ui::app` guards against.
pub fn not_found() -> Html {
    html! { <not_found::NotFound /> }
}

/// The pages of `binary`.
pub fn of(binary: AppBinary) -> Pages {
    match binary {
        AppBinary::Main => main_app,
        AppBinary::Students => students_app,
        AppBinary::Campaign => campaign_app,
        AppBinary::Bulk => bulk_app,
    }
}

/// Every page, as one binary (the browser tests, which mount the app without a loader).
pub fn every_page(route: &Route) -> Option<Html> {
    of(route.binary())(route)
}
