//! Browser tier: the app shell mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn opens_in_vietnamese_and_switches_to_english_and_remembers() {
    clear_storage();
    let app = open_app_at("#/").await;
    assert_eq!(text_of(&app, "h1"), "Bạn cần biết điều gì hôm nay?");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("vi")
    );
    assert!(text_of(&app, "footer").contains("Dữ liệu bạn nhập không rời khỏi máy"));

    click(&app, ".lang-switch").await;

    assert_eq!(text_of(&app, "h1"), "What do you need to know today?");
    assert_eq!(text_of(&app, ".lang-switch"), "Tiếng Việt");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(stored("sansang.lang").as_deref(), Some("en"));
    assert!(document().title().ends_with("— Sẵn Sàng"));
    drop(app);

    // A new visit starts in the remembered language.
    let again = open_app_at("#/").await;
    assert_eq!(text_of(&again, "h1"), "What do you need to know today?");
    clear_storage();
}

/// The footer says how current the rules are, lists what changed (newest first) and names every
/// data source with its date; the print footer carries the same date (docs/rules.md, "What
/// changed").
#[wasm_bindgen_test]
async fn the_footer_dates_the_rules_and_lists_what_changed() {
    clear_storage();
    let app = open_app_at("#/").await;
    assert_eq!(
        text_of(&app, ".site-footer__rules-as-of"),
        "Quy định cập nhật đến ngày 05/12/2026"
    );
    let changes: Vec<String> = find_all(&app, ".site-footer__changes li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    assert_eq!(changes.len(), 7, "{changes:?}");
    assert!(
        changes[0].starts_with("02/10/2026: lịch nghỉ lễ năm 2027"),
        "{changes:?}"
    );
    assert!(
        changes[6].starts_with("01/07/2026: Ngày Văn hóa Việt Nam 24/11"),
        "{changes:?}"
    );
    let sources = text_of(&app, ".site-footer__sources");
    assert!(sources.contains("dữ liệu ngày 20/09/2026"), "{sources}");
    assert!(
        sources.contains("libphonenumber (giấy phép Apache 2.0)"),
        "{sources}"
    );
    assert!(sources.contains("90/2026/TT-BTC"), "{sources}");
    assert!(
        sources.contains("“Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày 23/10/2025"),
        "{sources}"
    );
    assert!(
        sources.contains("vietnamadminunits (giấy phép MIT"),
        "{sources}"
    );
    assert!(
        text_of(&app, ".print-footer").contains("Quy định cập nhật đến ngày 05/12/2026"),
        "printed too"
    );

    click(&app, ".lang-switch").await;
    assert_eq!(
        text_of(&app, ".site-footer__rules-as-of"),
        "Rules as of 05/12/2026"
    );
    assert_eq!(
        text_of(&app, ".site-footer__changes summary"),
        "What changed in the rules"
    );
    app.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn navigation_marks_the_current_tool_and_unknown_addresses_get_a_page() {
    clear_storage();
    let app = open_app_at("#/khong-co-trang-nay").await;
    assert_eq!(text_of(&app, "h1"), "Không tìm thấy trang");

    click(&app, "nav a[href='#/hoc-sinh']").await;
    wait_for(&app, "nav a[href='#/hoc-sinh'][aria-current='page']").await;
    assert_eq!(text_of(&app, "nav a[aria-current='page']"), "Học sinh");
    // Focus follows navigation to the new page's heading.
    wait_until("focus on the new page's heading", || {
        active_element_id() == "page-title"
    })
    .await;
    assert_eq!(active_element_id(), "page-title");
}

#[wasm_bindgen_test]
async fn the_crash_panel_replaces_the_app_in_the_chosen_language_and_escapes_the_details() {
    // What the panic hook shows when the Wasm module stops: never a blank page.
    clear_storage();
    let app_root = document().create_element("div").unwrap();
    app_root.set_id("app");
    app_root.set_inner_html("<p>the app was here</p>");
    document().body().unwrap().append_child(&app_root).unwrap();
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item("sansang.lang", "en")
        .unwrap();

    sansang::ui::crash::show_crash_panel("panicked at <script>alert(1)</script> & more");

    assert_eq!(
        text_of(&app_root, "h1"),
        "The app ran into a problem and stopped"
    );
    assert!(
        find_all(&app_root, "script").is_empty(),
        "the details are escaped"
    );
    assert!(text_of(&app_root, "pre").contains("<script>alert(1)</script> & more"));
    let reload = find(&app_root, "form[method=get] button[type=submit]");
    assert_eq!(reload.text_content().unwrap(), "Reload the page");
    assert_eq!(document().title(), "The app ran into a problem and stopped");
    assert_eq!(active_element_id(), "crash-title");
    app_root.remove();
    clear_storage();
}

/// Each binary renders exactly the routes `Route::binary` gives it (the loader picks binaries
/// from the same function): a page missing from both, or carried by the wrong one, fails here.
#[wasm_bindgen_test]
fn each_binary_carries_exactly_its_routes() {
    use sansang::route::{AppBinary, Route};
    use sansang::ui::pages;
    for hash in [
        "#/",
        "#/to-chuc",
        "#/hoc-sinh",
        "#/chien-dich",
        "#/chien-dich/v1.abc",
        "#/danh-sach",
        "#/doi-dia-chi",
        "#/khong-co",
    ] {
        let route = Route::from_hash(hash);
        for binary in AppBinary::ALL {
            assert_eq!(
                pages::of(binary)(&route).is_some(),
                route.binary() == binary,
                "{hash} in {binary:?}"
            );
        }
    }
}
