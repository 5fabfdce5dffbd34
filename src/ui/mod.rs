//! The Yew user interface: thin components that collect input, call [`crate::rules`] and show
//! results with words from [`crate::catalogue`]. Compiled for `wasm32` only.

use wasm_bindgen::JsCast as _;

mod app;
pub mod browser;
pub mod crash;
pub mod drafts;
pub mod files;
pub mod icons;
mod offline;
pub mod old_units;
pub mod pages;
pub mod shell;
pub mod widgets;

pub use app::{App, AppProps};

/// Mounts the app into `#app`, replacing the loading indicator, with the pages the calling
/// binary carries (`pages::main_app`, `pages::students_app`, …): the binary, not the library,
/// names its pages, so the other binaries' pages are not linked into it.
///
/// The crash panel hook is installed first, so even a panic during the first render leaves a
/// readable page rather than a blank one.
pub fn start(pages: pages::Pages) {
    crash::install_panic_hook();
    // The first paint (www/boot.js) may still be on its way to the screen: replaced before the
    // browser has shown it, it would count as never shown. It leaves a promise for that moment
    // (settled within 300 ms); usually the Wasm took longer and it has long settled.
    let shown = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &crate::first_paint::SHOWN_PROMISE.into()).ok())
        .and_then(|v| v.dyn_into::<js_sys::Promise>().ok());
    match shown {
        Some(shown) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(shown).await;
            mount(pages);
        }),
        None => mount(pages),
    }
}

/// Renders the app into `#app`, unless a link to a page of another binary was followed while
/// this one loaded: the page then loads again for it, the loading indicator still showing.
fn mount(pages: pages::Pages) {
    if app::reload_if_other_binary(pages, &browser::location_hash()) {
        return;
    }
    let Some(root) = browser::document().and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    // The loading indicator lives inside the mount point; clear it so Yew owns the element.
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, AppProps { pages }).render();
}
