//! Browser tier: the campaign tracker mounted in headless Chromium. Controls are found by the
//! catalogue's words (rewording a label does not break a test); each test starts on an empty
//! storage, and its page is removed when it ends (the shared `support` helpers).
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use sansang::catalogue::campaign::example_name;
use sansang::catalogue::campaign_page as t;
use sansang::catalogue::{Lang, Text};
use sansang::rules::campaign::examples::ExampleId;
use sansang::rules::campaign::share_link;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const VI: Lang = Lang::Vi;

/// The app at a route, on an empty storage (a test that failed before left its draft behind).
async fn open(hash: &str) -> Mounted {
    clear_storage();
    open_app_at(hash).await
}

/// Presses the visible button whose words start with `words`: the buttons that say a sentence
/// with data, and the "edit" buttons whose words go on, for screen readers, with the unit's name.
async fn press_starting(root: &web_sys::Element, words: &str) {
    let button = find_all(root, "button")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(words)
                && b.unchecked_ref::<web_sys::HtmlElement>()
                    .offset_parent()
                    .is_some()
        })
        .unwrap_or_else(|| panic!("no button says {words:?}"));
    button.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
}

/// Opens the `<details>` whose summary says `label`.
async fn unfold(root: &web_sys::Element, label: Text) {
    let words = label.get(VI);
    let summary = find_all(root, "summary")
        .into_iter()
        .find(|s| s.text_content().unwrap_or_default().trim() == words)
        .unwrap_or_else(|| panic!("no section {words:?}"));
    summary.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
}

async fn open_example(root: &web_sys::Element, id: ExampleId) {
    press_button(root, example_name(id)).await;
}

fn summary(root: &web_sys::Element, indicator: usize) -> String {
    find_all(root, ".indicator-summary")
        .get(indicator)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn huế_opens_with_the_documents_figures_and_an_edit_recomputes_them() {
    let app = open("#/chien-dich").await;
    open_example(&app, ExampleId::Hue2025).await;
    let first = summary(&app, 0);
    assert!(first.contains("15,17"), "{first}");
    assert!(first.contains("6.904"), "{first}");
    assert!(first.contains("266,4"), "{first}");
    // The document's figures next to the computed ones.
    assert!(text_of(&app, ".published-figures").contains(t::AGREES.get(VI)));

    press_starting(&app, t::EDIT_UNIT.get(VI)).await;
    wait_for(&app, "#unit-0-0-done").await;
    type_into(&app, "#unit-0-0-done", "6.904").await;
    let first = summary(&app, 0);
    assert!(first.contains("80,00"), "{first}");
    assert!(first.contains("Đã đạt chỉ tiêu"), "{first}");
    // A value that is not a count is explained and does not change the figures.
    type_into(&app, "#unit-0-0-done", "6,5").await;
    assert!(!text_of(&app, "#unit-0-0-done-error").is_empty());
    assert!(summary(&app, 0).contains("80,00"));
}

#[wasm_bindgen_test]
async fn hưng_yên_is_one_campaign_of_four_indicators_with_units_as_cards_and_rows() {
    let app = open("#/chien-dich").await;
    open_example(&app, ExampleId::HungYen2025).await;
    assert_eq!(find_all(&app, ".indicator-summary").len(), 4);
    assert!(summary(&app, 0).contains("2.129.289"));
    assert!(summary(&app, 1).contains("1.933.164"));
    assert!(summary(&app, 3).contains("12.420"));
    // 100 units on the first page, as table rows and as cards (a phone shows the cards).
    assert_eq!(find_all(&app, ".units-matrix tbody tr").len(), 100);
    assert_eq!(find_all(&app, ".unit-cards > li").len(), 100);
    let card = find_all(&app, ".unit-cards > li")[0].clone();
    assert_eq!(find_all(&card, "th.unit-card__indicator").len(), 4);
    // Flagged on which: sorting by flags puts a commune flagged on records first.
    let sort: web_sys::HtmlSelectElement = find(&app, "#units-sort").unchecked_into();
    sort.set_value("1");
    sort.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let first_row = text_of(&app, ".units-matrix tbody tr");
    assert!(first_row.contains("Thu nhận hồ sơ"), "{first_row}");
    let figures = text_of(&app, ".published-figures");
    for published in [
        "2.129.289",
        "76,93",
        "1.933.164",
        "19.671",
        "15.362",
        "12.420",
        "63,1",
    ] {
        assert!(figures.contains(published), "{published}");
    }
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_as_of_its_figures_date_and_edit_a_copy_makes_it_the_draft() {
    let campaign = ExampleId::KienGiang2024.load().campaign;
    let app = open(&share_link::fragment(&campaign)).await;
    assert_eq!(text_of(&app, "h1"), campaign.name);
    assert!(
        find_all(&app, "#campaign-name").is_empty(),
        "the shared view has no editor"
    );
    let dates = text_of(&app, ".shared-dates");
    assert!(dates.contains("25/12/2024"), "{dates}");
    assert!(dates.contains("Hôm nay:"), "{dates}");
    // The plan's 430 cooperatives: 81 % of 530 rounds to 429 on the province total.
    assert!(summary(&app, 1).contains("429"));
    press_button(&app, t::EDIT_A_COPY).await;
    wait_for(&app, "#campaign-name").await;
    assert_eq!(
        find(&app, "#campaign-name")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        campaign.name
    );
}

#[wasm_bindgen_test]
async fn a_link_of_the_first_tracker_still_opens() {
    let link = include_str!("data/campaign-formats/v2-hue-2025-edited-history.link").trim();
    let app = open(&format!("{}{link}", share_link::ROUTE_PREFIX)).await;
    assert_eq!(
        text_of(&app, "h1"),
        "Cao điểm định danh điện tử tổ chức — Huế"
    );
    assert!(summary(&app, 0).contains("1.600"));
    // The first tracker's links carry no figures' date: the page says it computes as of today.
    assert!(text_of(&app, ".shared-dates").contains("không ghi ngày"));
}

#[wasm_bindgen_test]
async fn a_cut_link_says_so_and_offers_an_empty_tracker() {
    let campaign = ExampleId::Hue2025.load().campaign;
    let link = share_link::fragment(&campaign);
    let cut = &link[..link.len() - 5];
    let app = open(cut).await;
    assert_eq!(text_of(&app, "h1"), t::LINK_ERROR_HEADING.get(VI));
    assert!(text_of(&app, "[role=alert]").contains("hỏng"));
    assert_eq!(
        find(&app, "a.button").get_attribute("href").as_deref(),
        Some("#/chien-dich")
    );
}

#[wasm_bindgen_test]
async fn a_pasted_weekly_table_updates_the_figures_and_keeps_the_week_before() {
    let app = open("#/chien-dich").await;
    open_example(&app, ExampleId::HungYen2025).await;
    unfold(&app, t::WEEKLY_HEADING).await;
    let table = "BÁO CÁO TUẦN\n\
        STT\tXã, phường\tHồ sơ đã thu nhận\tTỷ lệ (%)\n\
        1\tPhường Phố Hiến\t16.500\t77\n\
        2\txa tan hung\t24.100\t76\n\
        \tTổng cộng\t40.600\t\n";
    type_into(&app, "#weekly-paste", table).await;
    press_button(&app, t::WEEKLY_READ_PASTE).await;
    let preview = text_of(&app, ".weekly-preview");
    assert!(preview.contains("Sẽ cập nhật 2 đơn vị"), "{preview}");
    type_into(&app, "#weekly-date", "07/11/2025").await;
    press_button(&app, t::WEEKLY_APPLY_UPDATE).await;
    let status = text_of(&app, ".weekly-import .info-message");
    assert!(status.contains("07/11/2025"), "{status}");
    assert_eq!(
        find(&app, "#campaign-as-of")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        "07/11/2025"
    );
    let rows = text_of(&app, ".units-matrix tbody");
    assert!(rows.contains("16.500"), "{rows}");
}

#[wasm_bindgen_test]
async fn dated_figures_give_the_run_rate_and_the_projection() {
    let app = open("#/chien-dich").await;
    open_example(&app, ExampleId::Hue2025).await; // as of 09/06/2025, 1.309 done
    press_starting(&app, t::EDIT_UNIT.get(VI)).await;
    type_into(&app, "#campaign-as-of", "12/06/2025").await;
    type_into(&app, "#unit-0-0-done", "1.600").await;
    press_starting(&app, &t::record_history(Some(1_600), "12/06/2025", VI)).await;
    // (1.600 − 1.309) ÷ 3 days = 97 a day; 5.304 still to do ÷ 97 → finish after the deadline.
    let first = summary(&app, 0);
    assert!(first.contains("97,0 mỗi ngày"), "{first}");
    assert!(first.contains("sau hạn chót"), "{first}");
}

#[wasm_bindgen_test]
async fn a_link_too_long_for_a_qr_code_is_offered_alone() {
    let app = open("#/chien-dich").await;
    open_example(&app, ExampleId::Hue2025).await;
    press_button(&app, t::MAKE_LINK).await;
    assert_eq!(find_all(&app, "svg.qr-code").len(), 1);
    assert!(find_all(&app, ".qr-too-long").is_empty());
    open_example(&app, ExampleId::HungYen2025).await;
    press_button(&app, t::MAKE_LINK).await;
    assert!(find_all(&app, "svg.qr-code").is_empty());
    assert!(text_of(&app, ".qr-too-long").contains("ký tự"));
    let link = find(&app, "#share-link")
        .unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value();
    assert!(link.contains("#/chien-dich/3."));
}
