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
    app.remove();

    // A new visit starts in the remembered language.
    let again = open_app_at("#/").await;
    assert_eq!(text_of(&again, "h1"), "What do you need to know today?");
    again.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn navigation_marks_the_current_tool_and_unknown_addresses_get_a_page() {
    clear_storage();
    let app = open_app_at("#/khong-co-trang-nay").await;
    assert_eq!(text_of(&app, "h1"), "Không tìm thấy trang");

    click(&app, "nav a[href='#/hoc-sinh']").await;
    sleep_ms(50).await;
    settle().await;
    assert_eq!(text_of(&app, "nav a[aria-current='page']"), "Học sinh");
    // Focus follows navigation to the new page's heading.
    assert_eq!(active_element_id(), "page-title");
    app.remove();
}
