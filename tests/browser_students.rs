#![cfg(target_arch = "wasm32")]
//! Browser tier: the student estimator mounted in headless Chromium — a pasted 40-row roster
//! with 3 bad rows, the Hưng Yên 2026 example, errors, and what is (not) kept on the device.

#[path = "browser/support.rs"]
mod support;

use sansang::catalogue::students as t;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Same file as the native and end-to-end tests: rows 15, 24 and 35 have problems.
const ROSTER_40: &str = include_str!("data/students-40.tsv");

async fn open_estimator() -> Mounted {
    clear_storage();
    let app = open_app_at("#/hoc-sinh").await;
    assert_eq!(
        text_of(&app, "h1"),
        "Ước tính số học sinh cần làm căn cước và tài khoản định danh"
    );
    app
}

async fn choose_roster_mode(app: &Element) {
    click(app, "#students-mode-1").await;
}

async fn press_see_result(app: &Element) {
    press_button(app, t::SUBMIT).await;
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    find_all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn pasted_roster_with_three_bad_rows_gives_counts_and_row_messages() {
    let app = open_estimator().await;
    type_into(&app, "#students-reference", "15/04/2026").await;
    type_into(&app, "#students-deadline", "15/05/2026").await;
    choose_roster_mode(&app).await;
    type_into(&app, "#students-roster", ROSTER_40).await;
    press_see_result(&app).await;

    let results = find(&app, ".students-results");
    assert!(
        results
            .text_content()
            .unwrap_or_default()
            .contains("Đã đọc 40 dòng: 37 học sinh được tính, 3 dòng có lỗi chưa được tính."),
    );
    assert_eq!(
        texts(&app, ".students-problems li"),
        [
            "Dòng 15: nhập họ và tên",
            "Dòng 24: ngày sinh “31/02/2013”: Tháng 2 năm 2013 chỉ có 28 ngày",
            "Dòng 35: cột “Có căn cước” ghi “đang làm”: ghi “có”, “không”, “x” hoặc để trống",
        ]
    );
    // Counted by hand from the file (tests/students.rs asserts the same from the rules).
    assert_eq!(
        texts(&app, ".students-key-figures tbody tr"),
        [
            "Thẻ căn cước64,86\u{a0}% (24 / 37)13",
            "Tài khoản mức 232,43\u{a0}% (12 / 37)25",
            "Kích hoạt (trên số có tài khoản)50,00\u{a0}% (6 / 12)6",
        ]
    );
    let cohorts: Vec<String> = find_all(&app, ".students-cohorts tbody tr")
        .iter()
        .map(|row| find(row, "td").text_content().unwrap_or_default())
        .collect();
    assert_eq!(cohorts, ["2", "17", "14", "4"]);
    assert_eq!(find_all(&app, ".students-chart__row").len(), 4);
    assert_eq!(
        texts(&app, ".students-groups tbody th"),
        ["1A", "5A", "7A", "8A"]
    );
    // Focus moved to the results, as a new page would.
    assert_eq!(active_element_id(), "students-results-title");
    // The roster is not kept on the device; the rest of the form is (saved when typing pauses).
    wait_until("the draft saved once typing pauses", || {
        stored("sansang.draft.students").is_some_and(|d| d.contains("15/05/2026"))
    })
    .await;
    let draft = stored("sansang.draft.students").unwrap_or_default();
    assert!(draft.contains("15/05/2026"));
    assert!(!draft.contains("Nguyễn"));
    assert_eq!(stored("sansang.draft.students-roster"), None);
}

#[wasm_bindgen_test]
async fn keeping_the_roster_is_an_explicit_choice() {
    let app = open_estimator().await;
    choose_roster_mode(&app).await;
    type_into(&app, "#students-roster", ROSTER_40).await;
    assert_eq!(stored("sansang.draft.students-roster"), None);
    click(&app, "#students-keep-roster").await;
    assert_eq!(
        stored("sansang.draft.students-roster").as_deref(),
        Some(ROSTER_40)
    );
    // Leaving the page saves the draft (with the choice) at once.
    leave_page().await;
    drop(app);

    // A new visit restores it; unticking forgets it.
    let again = open_app_at("#/hoc-sinh").await;
    let area: web_sys::HtmlTextAreaElement =
        wait_for(&again, "#students-roster").await.unchecked_into();
    wait_until("the saved roster", || !area.value().is_empty()).await;
    assert_eq!(area.value(), ROSTER_40);
    click(&again, "#students-keep-roster").await;
    assert_eq!(stored("sansang.draft.students-roster"), None);
    clear_storage();
}

#[wasm_bindgen_test]
async fn hung_yen_example_in_one_click() {
    let app = open_estimator().await;
    press_button(&app, t::EXAMPLE_BUTTON).await;
    let figures = text_of(&app, ".students-figures");
    assert!(figures.contains("Có thẻ căn cước, chưa có tài khoản mức 2237.176"));
    assert!(figures.contains("Chưa có thẻ căn cước, chưa có tài khoản199.393"));
    assert!(figures.contains("Hồ sơ cần thu nhận trước hạn436.569"));
    assert_eq!(
        text_of(&app, ".verdict"),
        "Không kịp hạn 15/05/2026 với năng lực hiện tại: còn 436.569 hồ sơ, cần 5.458 ngày làm \
         việc nhưng chỉ còn 19 ngày làm việc."
    );
    // In English the same figures read with English separators.
    click(&app, ".lang-switch").await;
    assert!(
        text_of(&app, ".students-figures")
            .contains("Records to collect before the deadline436,569")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn errors_take_focus_and_prefix_the_title() {
    let app = open_estimator().await;
    press_see_result(&app).await;
    wait_for(&app, ".error-summary li").await;
    let summary = texts(&app, ".error-summary li");
    assert_eq!(
        summary.first().map(String::as_str),
        Some("Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026")
    );
    assert!(summary.contains(&"Dòng 1: Nhập số sĩ số".to_owned()));
    assert!(document().title().starts_with("Lỗi: "));
    assert!(
        document()
            .active_element()
            .is_some_and(|e| e.class_name() == "error-summary")
    );
    assert_eq!(
        text_of(&app, "#students-deadline-error"),
        "Lỗi: Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026"
    );
    clear_storage();
}
