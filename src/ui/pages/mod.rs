//! One module per route.

mod bulk;
pub mod campaign;
mod converter;
mod home;
mod not_found;
mod organization;
mod students;

use yew::prelude::*;

use crate::route::Route;

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

/// The page for a route.
pub fn render(route: &Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Campaign { shared } => html! {
            <campaign::CampaignPage shared={shared.clone().map(AttrValue::from)} />
        },
        Route::Organization => html! { <organization::OrganizationPage /> },
        Route::Bulk => html! { <bulk::BulkPage /> },
        Route::Converter => html! { <converter::ConverterPage /> },
        Route::Students => html! { <students::StudentsPage /> },
        Route::NotFound(_) => html! { <not_found::NotFound /> },
    }
}
