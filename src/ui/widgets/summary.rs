//! The error summary at the top of a form, and in-page links that work with hash routing.

use yew::prelude::*;

use crate::catalogue::shell as t;
pub use crate::forms::SummaryError;
use crate::ui::browser;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<SummaryError>,
    /// Changes every time the user submits, so focus returns to the summary on each attempt.
    pub attempt: u32,
}

/// "Có lỗi cần sửa" box: takes focus when it appears (and on every new attempt) so keyboard and
/// screen-reader users land on it; each line moves focus to its field.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    {
        let node = node.clone();
        let has_errors = !props.errors.is_empty();
        use_effect_with(props.attempt, move |_| {
            if has_errors && let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" ref={node} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t::ERROR_SUMMARY_TITLE.get(lang) }</h2>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li>{ in_page_link(&e.field_id, html! { { e.message.clone() } }) }</li>
                }) }
            </ul>
        </div>
    }
}

/// A link to an element on the same page. Plain `#id` links would change the hash route, so the
/// click is handled here: focus the target and scroll it into view.
pub fn in_page_link(target_id: &AttrValue, content: Html) -> Html {
    let id = target_id.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        focus_field(&id);
    });
    html! { <a href={format!("#{target_id}")} {onclick}>{ content }</a> }
}

/// Focuses a field and brings its label into view.
pub fn focus_field(id: &str) {
    browser::focus_id(id);
    if let Some(el) = browser::document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}
