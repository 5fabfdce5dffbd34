//! The Yew user interface: thin components that collect input, call [`crate::rules`] and show
//! results with words from [`crate::catalogue`]. Compiled for `wasm32` only.

mod app;
pub mod browser;
pub mod crash;
pub mod drafts;
pub mod icons;
mod offline;
pub mod pages;
pub mod shell;
pub mod widgets;

pub use app::App;

/// Mounts the app into `#app`, replacing the loading indicator.
///
/// The crash panel hook is installed first, so even a panic during the first render leaves a
/// readable page rather than a blank one.
pub fn start() {
    crash::install_panic_hook();
    let Some(root) = browser::document().and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    // The loading indicator lives inside the mount point; clear it so Yew owns the element.
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
