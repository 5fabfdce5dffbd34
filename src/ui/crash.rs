//! The crash panel: when the Wasm module panics it is about to stop for good, so the hook writes a
//! plain-HTML panel in place of the app. No Rust code can run after the panic, so the reload
//! button is a form that re-requests the page — it works without any script.

use crate::catalogue::{Lang, shell};
use crate::first_paint::escape_html;
use crate::ui::{browser, shell::LANG_STORAGE_KEY};

/// Replaces Yew's default hook (console only) with one that also shows the crash panel.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let details = info.to_string();
        web_sys::console::error_1(&details.as_str().into());
        show_crash_panel(&details);
    }));
}

/// Writes the translated crash panel into `#app` (or the body if the app root is gone). Public so
/// the browser tests can check the panel without stopping the test page.
pub fn show_crash_panel(details: &str) {
    let lang = browser::load(LANG_STORAGE_KEY).map_or(Lang::Vi, |tag| Lang::from_tag(&tag));
    let Some(document) = browser::document() else {
        return;
    };
    let panel = crash_panel_html(lang, details);
    let target = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(web_sys::Element::from));
    if let Some(target) = target {
        target.set_inner_html(&panel);
    }
    browser::set_title(shell::CRASH_TITLE.get(lang));
    browser::focus_id("crash-title");
}

fn crash_panel_html(lang: Lang, details: &str) -> String {
    format!(
        r#"<main class="page"><div class="crash-panel" role="alert">
<h1 id="crash-title" tabindex="-1">{title}</h1>
<p>{body}</p>
<form method="get" action="./"><button class="button" type="submit">{reload}</button></form>
<details><summary>{summary}</summary><pre>{details}</pre></details>
</div></main>"#,
        title = escape_html(shell::CRASH_TITLE.get(lang)),
        body = escape_html(shell::CRASH_BODY.get(lang)),
        reload = escape_html(shell::CRASH_RELOAD.get(lang)),
        summary = escape_html(shell::CRASH_DETAILS.get(lang)),
        details = escape_html(details),
    )
}
