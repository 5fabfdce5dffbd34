//! Browser tier: the campaign tracker mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use sansang::rules::campaign::examples::ExampleId;
use sansang::rules::campaign::share_link;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn press_button(root: &web_sys::Element, text: &str) {
    let button = find_all(root, "button")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(text)
        })
        .unwrap_or_else(|| panic!("no button {text}"));
    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(button).click();
    settle().await;
}

#[wasm_bindgen_test]
async fn an_example_opens_with_the_documents_figures_and_an_edit_recomputes_them() {
    clear_storage();
    let app = open_app_at("#/chien-dich").await;
    press_button(&app, "Huế — Công văn 7218").await;
    assert!(text_of(&app, ".campaign-results .verdict").contains("15,17"));
    assert!(text_of(&app, "dl.figures").contains("6.904"));

    press_button(&app, "Nhập số liệu").await;
    type_into(&app, "#unit-0-done", "6.904").await;
    assert!(
        text_of(&app, ".campaign-results .verdict").contains("80,00"),
        "{}",
        text_of(&app, ".campaign-results .verdict")
    );
    assert!(text_of(&app, ".campaign-results .verdict").contains("Đã đạt chỉ tiêu"));

    // A value that is not a count is explained and does not change the figures.
    type_into(&app, "#unit-0-done", "6,5").await;
    assert!(!text_of(&app, "#unit-0-done-error").is_empty());
    assert!(text_of(&app, ".campaign-results .verdict").contains("80,00"));
    app.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_read_only_and_edit_a_copy_makes_it_the_draft() {
    clear_storage();
    let campaign = ExampleId::KienGiang2024.load().campaign;
    let app = open_app_at(&share_link::fragment(&campaign)).await;
    assert_eq!(text_of(&app, "h1"), campaign.name);
    assert!(
        find_all(&app, "#campaign-name").is_empty(),
        "the shared view has no editor"
    );
    press_button(&app, "Sửa một bản sao").await;
    sleep_ms(50).await;
    settle().await;
    assert_eq!(
        find(&app, "#campaign-name")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        campaign.name
    );
    app.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_cut_link_says_so_and_offers_an_empty_tracker() {
    let campaign = ExampleId::Hue2025.load().campaign;
    let link = share_link::fragment(&campaign);
    let cut = &link[..link.len() - 5];
    let app = open_app_at(cut).await;
    assert_eq!(
        text_of(&app, "h1"),
        "Không mở được chiến dịch từ đường liên kết"
    );
    assert!(text_of(&app, "[role=alert]").contains("hỏng"));
    assert_eq!(
        find(&app, "a.button").get_attribute("href").as_deref(),
        Some("#/chien-dich")
    );
    app.remove();
}

#[wasm_bindgen_test]
async fn dated_figures_give_the_run_rate_and_the_projection() {
    clear_storage();
    let app = open_app_at("#/chien-dich").await;
    press_button(&app, "Huế — Công văn 7218").await; // as of 09/06/2025, 1.309 done
    press_button(&app, "Nhập số liệu").await;
    press_button(&app, "Ghi số đã đạt (1.309) cho ngày 09/06/2025").await;
    assert!(text_of(&app, "ul.history").contains("09/06/2025: 1.309"));

    type_into(&app, "#campaign-as-of", "12/06/2025").await;
    type_into(&app, "#unit-0-done", "1.600").await;
    press_button(&app, "Ghi số đã đạt (1.600) cho ngày 12/06/2025").await;
    // (1.600 − 1.309) ÷ 3 days = 97 a day; 5.304 still to do ÷ 97 → finish after the deadline.
    let figures = text_of(&app, "dl.figures");
    assert!(figures.contains("97,0 mỗi ngày"), "{figures}");
    assert!(figures.contains("sau hạn chót"), "{figures}");
    app.remove();
    clear_storage();
}
