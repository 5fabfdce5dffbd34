//! Browser tier: shared widgets mounted on their own, inside the shell's context.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use chrono::NaiveDate;
use sansang::catalogue::{Lang, shell};
use sansang::route::Route;
use sansang::rules::units::{CommuneCode, ProvinceCode};
use sansang::ui::shell::ShellContext;
use sansang::ui::widgets::{CommunePicker, pager};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn PickerHarness() -> Html {
    let province = use_state(|| None::<ProvinceCode>);
    let commune = use_state(|| None::<CommuneCode>);
    let context = ShellContext {
        lang: Lang::Vi,
        route: Route::Home,
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        set_lang: Callback::noop(),
    };
    let on_province = {
        let province = province.clone();
        Callback::from(move |p| province.set(p))
    };
    let on_commune = {
        let commune = commune.clone();
        Callback::from(move |c| commune.set(c))
    };
    html! {
        <ContextProvider<ShellContext> {context}>
            <CommunePicker id="office" province={*province} commune={*commune} {on_province} {on_commune} />
            <output id="chosen">{ format!("{:?}|{:?}", province.map(|p| p.to_string()), commune.map(|c| c.to_string())) }</output>
        </ContextProvider<ShellContext>>
    }
}

async fn mount_picker() -> Mounted {
    mount::<PickerHarness>().await
}

async fn press(root: &web_sys::Element, selector: &str, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(root, selector).dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn typing_without_accents_finds_the_ward_and_enter_chooses_it_with_its_province() {
    let root = mount_picker().await;
    let input: web_sys::HtmlElement = find(&root, "#office-commune").unchecked_into();
    let _ = input.focus();
    type_into(&root, "#office-commune", "ba dinh").await;
    let options = find_all(&root, "[role=option]");
    assert!(!options.is_empty(), "no options shown");
    assert_eq!(
        find(&root, "#office-commune")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    assert!(
        options[0]
            .text_content()
            .unwrap()
            .starts_with("Phường Ba Đình"),
        "{:?}",
        options[0].text_content()
    );

    press(&root, "#office-commune", "Enter").await;

    assert_eq!(text_of(&root, "#chosen"), r#"Some("01")|Some("00004")"#);
    let value = find(&root, "#office-commune")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value();
    assert_eq!(value, "Phường Ba Đình");
    assert_eq!(
        find(&root, "#office-commune")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_active_option_and_escape_closes() {
    let root = mount_picker().await;
    type_into(&root, "#office-commune", "phuong").await;
    let first = find(&root, "#office-commune").get_attribute("aria-activedescendant");
    press(&root, "#office-commune", "ArrowDown").await;
    let second = find(&root, "#office-commune").get_attribute("aria-activedescendant");
    assert_ne!(first, second);
    assert_eq!(second.as_deref(), Some("office-commune-option-1"));
    press(&root, "#office-commune", "Escape").await;
    assert_eq!(
        find(&root, "#office-commune")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("false")
    );
    assert_eq!(text_of(&root, "#chosen"), "None|None");
}

#[wasm_bindgen_test]
async fn enter_right_after_typing_chooses_from_what_is_typed_not_from_a_stale_list() {
    let root = mount_picker().await;
    type_into(&root, "#office-commune", "ba").await;
    // The last letters and Enter arrive before the list has re-rendered.
    let input: web_sys::HtmlInputElement = find(&root, "#office-commune").unchecked_into();
    input.set_value("ba dinh");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    press(&root, "#office-commune", "Enter").await;
    assert_eq!(text_of(&root, "#chosen"), r#"Some("01")|Some("00004")"#);
}

#[component]
fn PagerHarness() -> Html {
    let page = use_state(|| 0usize);
    let on_page = {
        let page = page.clone();
        Callback::from(move |p| page.set(p))
    };
    pager(*page, 3, "Các trang", &on_page, Lang::Vi)
}

fn pager_buttons(root: &web_sys::Element) -> Vec<(String, Option<String>)> {
    find_all(root, ".pager button")
        .iter()
        .map(|b| {
            (
                b.text_content().unwrap_or_default(),
                b.get_attribute("aria-disabled"),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_pager_keeps_both_buttons_and_the_focus_at_its_ends() {
    let root = mount::<PagerHarness>().await;
    assert_eq!(text_of(&root, ".pager span"), "1 / 3");
    assert_eq!(
        pager_buttons(&root),
        [
            ("Trang trước".to_owned(), Some("true".to_owned())),
            ("Trang sau".to_owned(), None)
        ]
    );
    let next = button_labelled(&root, shell::NEXT_PAGE);
    next.clone()
        .unchecked_into::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    press_button(&root, shell::NEXT_PAGE).await;
    press_button(&root, shell::NEXT_PAGE).await;
    assert_eq!(text_of(&root, ".pager span"), "3 / 3");
    // On the last page "next" stays where it was, unavailable, with the focus on it.
    assert_eq!(
        pager_buttons(&root)[1],
        ("Trang sau".to_owned(), Some("true".to_owned()))
    );
    assert!(document().active_element() == Some(next));
    press_button(&root, shell::NEXT_PAGE).await;
    assert_eq!(text_of(&root, ".pager span"), "3 / 3");
    press_button(&root, shell::PREVIOUS_PAGE).await;
    assert_eq!(text_of(&root, ".pager span"), "2 / 3");
}
