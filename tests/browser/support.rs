//! Helpers for browser tests, named as the user's actions: mount the app, click, type, read.
//!
//! Waiting is by polling, never by a fixed sleep: [`settle`] lets the page run until it is quiet,
//! [`wait_for`] and [`wait_until`] look again every turn of the event loop until what the test
//! needs is there (or fail with what they waited for).

#![allow(dead_code)]

use std::ops::Deref;

use sansang::catalogue::{Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

/// How long [`wait_for`] and [`wait_until`] look before failing the test.
const WAIT_LIMIT_MS: f64 = 5_000.0;
/// Turns of the event loop [`settle`] allows the page before it calls it quiet anyway (a check
/// that runs for seconds keeps changing the page).
const SETTLE_TURNS: usize = 50;
/// Marks the elements the tests mount the app into, so a test can sweep away what an earlier,
/// failed test left behind.
const MOUNT_MARK: &str = "data-test-mount";

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// The app mounted for one test. Dropping it removes it from the page. A failing test does not
/// get that far (a panic aborts in wasm32, nothing is dropped): the next mount sweeps it away.
pub struct Mounted(Element);

impl Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.0
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Mounts `component` in a fresh element, after sweeping away any app an earlier test left.
pub async fn mount<C: yew::BaseComponent<Properties = ()>>() -> Mounted {
    mount_with::<C>(()).await
}

/// [`mount`] with the component's properties.
pub async fn mount_with<C: yew::BaseComponent>(props: C::Properties) -> Mounted {
    for stale in find_all(
        &document().document_element().expect("<html>"),
        &format!("[{MOUNT_MARK}]"),
    ) {
        stale.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_attribute(MOUNT_MARK, "").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted(root)
}

/// Mounts the whole app at `hash`, with every page (no loader here to pick a binary), and waits
/// for the first render.
pub async fn open_app_at(hash: &str) -> Mounted {
    let _ = web_sys::window().unwrap().location().set_hash(hash);
    let pages = sansang::ui::pages::every_page;
    mount_with::<sansang::ui::App>(sansang::ui::AppProps { pages }).await
}

pub async fn sleep_ms(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
}

/// One turn: Yew renders what is pending, then the browser runs what it queued (events, timers
/// due now, effects' follow-ups), then Yew renders again.
async fn turn() {
    yew::scheduler::flush().await;
    sleep_ms(0).await;
    yew::scheduler::flush().await;
}

/// Lets the page run until a turn changes nothing on it.
pub async fn settle() {
    let page = || {
        document()
            .body()
            .map(|b| b.inner_html())
            .unwrap_or_default()
    };
    let mut before = page();
    for _ in 0..SETTLE_TURNS {
        turn().await;
        let after = page();
        if after == before {
            return;
        }
        before = after;
    }
}

/// Waits until `ready` holds, turn by turn; fails the test naming `what` after a few seconds.
pub async fn wait_until(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(
            js_sys::Date::now() - start < WAIT_LIMIT_MS,
            "waited {WAIT_LIMIT_MS} ms for {what}"
        );
        turn().await;
    }
}

/// Waits until `selector` matches inside `root` (a check yields to the browser between
/// chunks), and returns the first match.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    wait_until(selector, || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await;
    find(root, selector)
}

/// The first element matching `selector` inside `root`; fails the test if there is none.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

pub async fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// The button whose words are `label` in Vietnamese, the language the tests read the app in:
/// found through the catalogue, so rewording the button does not break the test.
pub fn button_labelled(root: &Element, label: Text) -> Element {
    let words = label.get(Lang::Vi);
    find_all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == words)
        .unwrap_or_else(|| panic!("no button says {words:?}"))
}

/// Presses the button whose words are `label` ([`button_labelled`]).
pub async fn press_button(root: &Element, label: Text) {
    button_labelled(root, label)
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
}

/// Types (or pastes) into an input or a text area the way a user does: sets the value and
/// fires `input`.
pub async fn type_into(root: &Element, selector: &str, value: &str) {
    let input = find(root, selector);
    match input.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.set_value(value),
        None => input.unchecked_ref::<HtmlInputElement>().set_value(value),
    }
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

pub fn stored(key: &str) -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(key)
        .unwrap()
}

pub fn clear_storage() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
}

pub fn active_element_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// What the browser does first when the user reloads or closes the tab: `pagehide`. Drafts are
/// saved then at the latest (typing only schedules a save).
pub async fn leave_page() {
    let event = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;
}
