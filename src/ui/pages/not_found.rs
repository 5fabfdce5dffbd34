//! Shown for an address the app does not know.

use yew::prelude::*;

use crate::catalogue::shell as t;
use crate::first_paint::NOT_FOUND_HEAD;
use crate::ui::shell::{use_lang, use_page_title};
use crate::ui::widgets::page_heading;

#[component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    use_page_title(t::NOT_FOUND_TITLE, false);
    html! {
        <>
            { page_heading(NOT_FOUND_HEAD, true, lang) }
            <p><a class="button" href="#/">{ t::BACK_HOME.get(lang) }</a></p>
        </>
    }
}
