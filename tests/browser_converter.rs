#![cfg(target_arch = "wasm32")]
//! Browser tier: the address converter mounted in headless Chromium. The test page names no
//! conversion-data file, so the page must say the table is unavailable, keep what was typed,
//! and still convert today's addresses (the rest of the check runs without the data).

#[path = "browser/support.rs"]
mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn without_the_data_the_page_says_so_and_still_converts_new_addresses() {
    clear_storage();
    let app = open_app_at("#/doi-dia-chi").await;
    assert_eq!(text_of(&app, "h1"), "Đổi địa chỉ cũ sang mới");
    sleep_ms(50).await;
    settle().await;
    assert!(text_of(&app, "[role='alert']").contains("Chưa tải được bảng chuyển đổi"));

    type_into(&app, "#converter-line", "Số 12, Xã Bình An, Tỉnh An Giang").await;
    click(&app, "form button[type='submit']").await;
    let result = text_of(&app, ".converter-result");
    assert!(
        result.contains("Đã là địa chỉ hiện nay: Xã Bình An, Tỉnh An Giang."),
        "{result}"
    );

    type_into(
        &app,
        "#converter-line",
        "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang",
    )
    .await;
    click(&app, "form button[type='submit']").await;
    assert!(text_of(&app, ".converter-result").contains("cần bảng chuyển đổi"));
    // Nothing typed is lost.
    let line = find(&app, "#converter-line")
        .dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default();
    assert_eq!(line, "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang");
}

#[wasm_bindgen_test]
async fn a_pasted_list_in_many_mode() {
    clear_storage();
    let app = open_app_at("#/doi-dia-chi").await;
    click(&app, "#converter-mode-1").await;
    type_into(
        &app,
        "#converter-list",
        "Địa chỉ\nXã Bình An, An Giang\nPhường Ba Đình, Hà Nội\n",
    )
    .await;
    click(&app, "form button[type='submit']").await;
    assert_eq!(find_all(&app, ".converter-result").len(), 2);
    assert!(text_of(&app, "#converter-results").contains("2 địa chỉ: 2 có xã, phường hiện nay"));
}
