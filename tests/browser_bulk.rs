//! Browser tier: the bulk check page — a pasted list gives its summary and problems; headers
//! the check is unsure about bring up the mapping step first.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use sansang::catalogue::bulk as t;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Pastes a table into the paste box, as a user does.
async fn paste(root: &web_sys::Element, text: &str) {
    let area: web_sys::HtmlTextAreaElement = find(root, "#bulk-paste").unchecked_into();
    area.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    settle().await;
}

const LIST: &str = "Mã số thuế\tTên doanh nghiệp\tPhường/xã\tĐiện thoại\tTrạng thái\n\
    0100109106\tViettel\tPhường Ba Đình\t0912 345 678\tĐang hoạt động\n\
    0100109107\tSai chữ số\tPhường Ba Đình\t0912345679\tĐang hoạt động\n\
    001087123456\tHộ kinh doanh\tQuận 1\t0983000111\tNgừng hoạt động\n\
    0100109106\tViettel (lặp)\tPhường Ba Đình\t0912345678\tĐang hoạt động\n";

#[wasm_bindgen_test]
async fn a_pasted_list_shows_its_summary_and_problems() {
    clear_storage();
    let root = open_app_at("#/danh-sach").await;
    assert_eq!(text_of(&root, "h1"), "Kiểm tra danh sách tổ chức");
    paste(&root, LIST).await;
    press_button(&root, t::CHECK_PASTED).await;
    wait_for(&root, "#bulk-results").await;

    assert_eq!(
        text_of(&root, "#bulk-results .verdict"),
        "Đã kiểm tra 4 dòng: 2 dòng có mã số thuế cần sửa (sai, thiếu hoặc trùng)."
    );
    let summary = text_of(&root, ".bulk-summary");
    assert!(summary.contains("Mã số thuế đúng"), "{summary}");
    assert!(summary.contains("50,0\u{a0}% (2 / 4)"), "{summary}");
    let problems: Vec<String> = find_all(&root, ".bulk-problems__table tbody tr")
        .iter()
        .map(|r| r.text_content().unwrap_or_default())
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("3") && p.contains("chữ số thứ 10 phải là 6")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("5") && p.contains("đã có ở dòng 2")),
        "{problems:?}"
    );
    // "Quận 1" is an old district: without the conversion table (this test page has none) the
    // row waits for it, never guessed.
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("4") && p.contains("cần bảng chuyển đổi")),
        "{problems:?}"
    );
    // The per-commune table counts Viettel once.
    let communes = text_of(&root, ".bulk-communes__table tbody");
    assert!(communes.contains("Phường Ba Đình"), "{communes}");
    // The list is not stored; only the column mapping is.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        let value = storage.get_item(&key).unwrap().unwrap_or_default();
        assert!(!value.contains("0100109106"), "{key} holds list data");
    }
}

#[wasm_bindgen_test]
async fn unsure_headers_bring_up_the_mapping_step() {
    clear_storage();
    let root = open_app_at("#/danh-sach").await;
    paste(
        &root,
        "Mã số thuế của đơn vị\tTên\n0100109106\tViettel\n0314409058-002\tChi nhánh\n",
    )
    .await;
    press_button(&root, t::CHECK_PASTED).await;
    wait_for(&root, "#bulk-columns-title").await;

    // No results yet: the mapping step asks to check the columns.
    assert!(root.query_selector("#bulk-results").unwrap().is_none());
    assert_eq!(
        text_of(&root, "#bulk-columns-title"),
        "2. Kiểm tra cách ghép cột"
    );
    let tax_select: web_sys::HtmlSelectElement =
        find(&root, "#bulk-column-tax_code").unchecked_into();
    assert_eq!(tax_select.value(), "0", "pre-filled with the near match");
    let warning = text_of(&root, ".bulk-mapping__column--unsure .warning-message");
    assert!(warning.contains("Cần kiểm tra"), "{warning}");

    press_button(&root, t::START_CHECK).await;
    wait_for(&root, "#bulk-results").await;
    assert_eq!(
        text_of(&root, "#bulk-results .verdict"),
        "Đã kiểm tra 2 dòng: mã số thuế đều đúng và không trùng."
    );
}

#[wasm_bindgen_test]
async fn an_empty_paste_is_an_error_that_takes_focus() {
    let root = open_app_at("#/danh-sach").await;
    press_button(&root, t::CHECK_PASTED).await;
    assert_eq!(
        text_of(&root, ".error-summary li"),
        "Dán danh sách vào ô, kể cả dòng tiêu đề"
    );
    assert!(document().title().starts_with("Lỗi: "));
}

/// The tax office's layout with old communes in separate cells.
const OLD_LIST: &str = "Mã số thuế,Tên người nộp thuế,Địa chỉ trụ sở,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố\n\
    0100109106,Viettel,Số 1 Giang Văn Minh,Phường Ba Đình,,Hà Nội\n\
    0314409058,Công ty Độc Lập,Thôn 2,Xã Độc Lập,Huyện Hưng Hà,Tỉnh Thái Bình\n";

#[wasm_bindgen_test]
async fn without_the_conversion_data_old_addresses_wait_and_the_rest_is_checked() {
    // The test page names no data asset: the fetch fails as it does offline at first use.
    clear_storage();
    let root = open_app_at("#/danh-sach").await;
    paste(&root, OLD_LIST).await;
    press_button(&root, t::CHECK_PASTED).await;
    wait_for(&root, "#bulk-results").await;
    let alert = wait_for(&root, ".bulk-data[role=alert]").await;
    assert_eq!(
        alert
            .query_selector("p")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        t::DATA_OFFLINE.vi
    );
    assert_eq!(
        text_of(&root, "#bulk-results .verdict"),
        "Đã kiểm tra 2 dòng: mã số thuế đều đúng và không trùng."
    );
    let summary = text_of(&root, ".bulk-summary");
    assert!(
        summary.contains("Địa chỉ mới: xã, phường tìm thấy"),
        "{summary}"
    );
    assert!(
        summary.contains("địa chỉ cũ chờ bảng chuyển đổi 1"),
        "{summary}"
    );
    assert!(!summary.contains("Địa chỉ cũ: đã đổi"), "{summary}");
    // Trying again fails the same way and keeps the results.
    press_button(&root, sansang::catalogue::old_address::RETRY).await;
    wait_for(&root, ".bulk-data[role=alert]").await;
    assert!(root.query_selector("#bulk-results").unwrap().is_some());
}
