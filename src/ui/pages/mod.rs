//! One module per route.

mod home;
mod not_found;
mod students;

use yew::prelude::*;

use crate::route::Route;

/// Every page's `<h1>` carries this id so navigation can move focus to it.
pub const PAGE_TITLE_ID: &str = "page-title";

/// The page for a route.
pub fn render(route: &Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Students => html! { <students::StudentsPage /> },
        Route::Organization | Route::Campaign { .. } | Route::Bulk => {
            html! { <home::ToolComingPage route={route.clone()} /> }
        }
        Route::NotFound(_) => html! { <not_found::NotFound /> },
    }
}
