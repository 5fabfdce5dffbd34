//! Shown for an address the app does not know.

use yew::prelude::*;

use crate::catalogue::shell as t;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::shell::{use_lang, use_page_title};

#[component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    use_page_title(t::NOT_FOUND_TITLE, false);
    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ t::NOT_FOUND_TITLE.get(lang) }</h1>
            <p>{ t::NOT_FOUND_BODY.get(lang) }</p>
            <p><a class="button" href="#/">{ t::BACK_HOME.get(lang) }</a></p>
        </>
    }
}
