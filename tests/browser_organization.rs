//! Browser tier: the organization readiness check in headless Chromium — the error summary,
//! links that move focus to fields, answers that survive errors, the result and its "Thay đổi"
//! links, and the draft kept on this device.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use sansang::catalogue::organization as t;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const DRAFT_KEY: &str = "sansang.draft.organization";

/// A complete draft: an enterprise (Viettel's tax code) ready to register online, the legal
/// representative with the domain's worked-example ID, head office in Phường Ba Đình, Hà Nội.
const READY_DRAFT: &str = r#"{"v":1,"data":{"answers":{
    "kind":"Enterprise","status":"Operating","name":"Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "tax_code":"0100109106","established":"01/06/1989","province":"01","commune":"00004",
    "street":"Số 1 Giang Văn Minh","role":"LegalRepresentative","person_name":"Nguyễn Văn An",
    "person_id":"001087123456","person_birth":"15/03/1987","person_sex":"Male",
    "level2":"Activated","smartphone":"Yes","own_sim":"Yes","co_representatives":"No",
    "phone":"0912 345 678","email":"an.nguyen@gmail.com","in_national_database":"Yes"},
    "showing_result":false}}"#;

fn store(key: &str, value: &str) {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(key, value)
        .unwrap();
}

fn value_of(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector)
        .unchecked_into::<HtmlInputElement>()
        .value()
}

async fn press_see_result(app: &web_sys::Element) {
    press_button(app, t::SUBMIT).await;
}

fn summary_links(app: &web_sys::Element) -> Vec<(String, String)> {
    find_all(app, ".error-summary a")
        .into_iter()
        .map(|a| {
            (
                a.get_attribute("href").unwrap_or_default(),
                a.text_content().unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn an_empty_submit_shows_the_summary_and_its_links_move_focus() {
    clear_storage();
    let app = open_app_at("#/to-chuc").await;
    assert_eq!(
        text_of(&app, "h1"),
        "Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức"
    );
    assert!(find_all(&app, ".error-summary").is_empty());

    press_see_result(&app).await;

    assert_eq!(text_of(&app, ".error-summary h2"), "Có lỗi cần sửa");
    assert!(document().title().starts_with("Lỗi: "));
    let active = document().active_element().unwrap();
    assert!(
        active.class_name().contains("error-summary"),
        "the summary takes focus"
    );
    let links = summary_links(&app);
    assert_eq!(
        links[0],
        ("#org-kind".to_owned(), "Chọn loại tổ chức".to_owned())
    );
    assert!(
        links
            .iter()
            .any(|(href, text)| href == "#org-office-province"
                && text == "Chọn tỉnh, thành phố nơi có trụ sở chính")
    );
    // Next to the field: the same message with a hidden "Lỗi:" prefix.
    assert_eq!(text_of(&app, "#org-name-error"), "Lỗi: Nhập tên tổ chức");

    click(&app, ".error-summary a[href='#org-person-id']").await;
    assert_eq!(active_element_id(), "org-person-id");
    click(&app, ".error-summary a[href='#org-kind']").await;
    assert_eq!(active_element_id(), "org-kind");
    clear_storage();
}

#[wasm_bindgen_test]
async fn answers_survive_errors_and_the_fixed_field_rechecks() {
    clear_storage();
    let app = open_app_at("#/to-chuc").await;
    click(&app, "#org-kind").await; // Doanh nghiệp
    type_into(&app, "#org-name", "Công ty TNHH Sẵn Sàng").await;
    type_into(&app, "#org-tax-code", "0100109107").await;
    type_into(&app, "#org-person-birth", "15/03/1987").await;

    press_see_result(&app).await;

    // docs/rules.md §2.1: 0100109107 → the check digit must be 6.
    let tax_error = text_of(&app, "#org-tax-code-error");
    assert!(
        tax_error.contains("chữ số thứ 10 phải là 6 (chữ số kiểm tra)"),
        "{tax_error}"
    );
    assert!(
        summary_links(&app)
            .iter()
            .any(|(href, _)| href == "#org-tax-code")
    );
    // Every answer is still there, exactly as typed.
    assert_eq!(value_of(&app, "#org-name"), "Công ty TNHH Sẵn Sàng");
    assert_eq!(value_of(&app, "#org-tax-code"), "0100109107");
    assert_eq!(value_of(&app, "#org-person-birth"), "15/03/1987");
    assert!(
        find(&app, "#org-kind")
            .unchecked_into::<HtmlInputElement>()
            .checked()
    );
    // … and kept on this device (saved when typing pauses, or at once when the page is left).
    leave_page().await;
    let draft = stored(DRAFT_KEY).expect("a draft");
    assert!(draft.contains("Công ty TNHH Sẵn Sàng"), "{draft}");

    click(&app, ".error-summary a[href='#org-tax-code']").await;
    assert_eq!(active_element_id(), "org-tax-code");
    type_into(&app, "#org-tax-code", "0100 109 106").await;
    // The error goes as the user fixes it; the cleaned value is read back.
    assert!(find_all(&app, "#org-tax-code-error").is_empty());
    assert!(text_of(&app, "#org-tax-code-note-0").starts_with("Đã đọc: 0100109106."));
    leave_page().await;
    app.remove();

    // A reload restores everything with a notice.
    let again = open_app_at("#/to-chuc").await;
    assert_eq!(value_of(&again, "#org-name"), "Công ty TNHH Sẵn Sàng");
    assert_eq!(value_of(&again, "#org-tax-code"), "0100 109 106");
    assert_eq!(
        text_of(&again, ".draft-notice"),
        "Đã khôi phục câu trả lời bạn nhập lần trước trên máy này."
    );
    clear_storage();
}

/// docs/rules.md §2.1, §3.1: a 12-digit personal ID typed as an enterprise's tax code is not
/// called "the format is right" at the field; once the user asks for the result, the field says
/// what it means for the chosen group, and follows a change of group.
#[wasm_bindgen_test]
async fn a_tax_code_of_another_sort_is_explained_at_the_field() {
    clear_storage();
    let app = open_app_at("#/to-chuc").await;
    click(&app, "#org-kind").await; // Doanh nghiệp
    type_into(&app, "#org-tax-code", "001087123456").await;
    assert!(
        !text_of(&app, ".org-form").contains("Định dạng đúng"),
        "no “format is right” for an enterprise"
    );

    press_see_result(&app).await; // other answers are missing: the form stays
    let warning = text_of(&app, "#org-tax-code-warning-0");
    assert!(
        warning.contains("Mã 12 chữ số 001087123456 là số định danh cá nhân"),
        "{warning}"
    );
    assert!(
        warning.contains("Mã số thuế của doanh nghiệp gồm 10 chữ số"),
        "{warning}"
    );
    assert!(find_all(&app, "#org-tax-code-error").is_empty());
    assert!(find_all(&app, "#org-tax-code-note-0").is_empty());
    // Announced with the field.
    let described = find(&app, "#org-tax-code")
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(described.contains("org-tax-code-warning-0"), "{described}");

    // A dependent unit: the same 12 digits, now measured against 13.
    click(&app, "#org-kind-4").await;
    let warning = text_of(&app, "#org-tax-code-warning-0");
    assert!(
        warning.contains("Mã số thuế của đơn vị trực thuộc gồm 13 chữ số"),
        "{warning}"
    );

    // A 13-digit code for an enterprise.
    click(&app, "#org-kind").await;
    type_into(&app, "#org-tax-code", "0314409058-002").await;
    let warning = text_of(&app, "#org-tax-code-warning-0");
    assert!(
        warning.contains("Mã 13 chữ số 0314409058-002 là mã của một đơn vị trực thuộc"),
        "{warning}"
    );
    assert!(
        warning.contains("nhập mã 10 chữ số 0314409058"),
        "{warning}"
    );

    // The right sort: the usual note, no warning.
    type_into(&app, "#org-tax-code", "0314409058").await;
    assert!(find_all(&app, "#org-tax-code-warning-0").is_empty());
    assert!(text_of(&app, "#org-tax-code-note-0").starts_with("Đã đọc: 0314409058."));
    app.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn conditional_questions_appear_only_when_they_apply() {
    clear_storage();
    let app = open_app_at("#/to-chuc").await;
    assert!(find_all(&app, "#org-authorisation").is_empty());
    click(&app, "#org-role-1").await; // Người được ủy quyền
    assert!(!find_all(&app, ".conditional #org-authorisation").is_empty());
    click(&app, "#org-role").await;
    assert!(find_all(&app, "#org-authorisation").is_empty());

    // Group 4: no tax code question.
    assert!(!find_all(&app, "#org-tax-code").is_empty());
    click(&app, "#org-kind-3").await;
    assert!(find_all(&app, "#org-tax-code").is_empty());

    // Household business: nothing else is asked; the result says "personal account".
    click(&app, "#org-kind-5").await;
    assert!(find_all(&app, "#org-name").is_empty());
    press_see_result(&app).await;
    assert!(
        text_of(&app, ".verdict").starts_with("Hộ kinh doanh không đăng ký tài khoản định danh")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_complete_form_gives_the_result_and_change_links_return_to_the_field() {
    clear_storage();
    store(DRAFT_KEY, READY_DRAFT);
    let app = open_app_at("#/to-chuc").await;
    // The ID's decoded structure is read back as a note, for reference only.
    assert!(text_of(&app, "#org-person-id-note-0").contains("năm sinh 1987; giới tính nam"));

    press_see_result(&app).await;

    assert_eq!(text_of(&app, "#org-result-title"), "Kết quả");
    assert_eq!(active_element_id(), "org-result-title");
    assert_eq!(
        text_of(&app, ".verdict"),
        "Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tuyến, trên ứng \
         dụng VNeID hoặc trang web định danh điện tử VNeID."
    );
    assert!(
        find(&app, ".verdict-panel")
            .class_name()
            .contains("panel--ok")
    );
    assert!(text_of(&app, ".reasons").contains("(Nghị định 69/2024/NĐ-CP, Điều 13)"));
    assert!(text_of(&app, ".processing").contains("Tối đa 3 ngày làm việc"));
    assert!(text_of(&app, ".reminders").contains("30/06/2025"));
    assert!(!document().title().starts_with("Lỗi"));
    // The plain-text summary leaves out personal data.
    let plain = find(&app, "#org-summary-text")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    assert!(plain.contains("Mã số thuế 0100109106"), "{plain}");
    assert!(!plain.contains("001087123456") && !plain.contains("0912"));

    // "Thay đổi" next to the tax code: back to the form, focus on the field.
    click(&app, ".summary-list a[href='#org-tax-code']").await;
    assert_eq!(active_element_id(), "org-tax-code");
    assert_eq!(value_of(&app, "#org-tax-code"), "0100109106");

    // A 13-digit code for an enterprise: the result says to fix the data first.
    type_into(&app, "#org-tax-code", "0314409058-002").await;
    press_see_result(&app).await;
    assert_eq!(
        text_of(&app, ".verdict"),
        "Cần sửa các vấn đề về dữ liệu dưới đây trước khi đăng ký tài khoản cho tổ chức."
    );
    assert!(
        find(&app, ".reason--stop")
            .text_content()
            .unwrap()
            .contains("0314409058")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn start_again_asks_first_then_clears_the_answers() {
    clear_storage();
    store(DRAFT_KEY, READY_DRAFT);
    let app = open_app_at("#/to-chuc").await;
    click(&app, ".start-again .link-button").await;
    assert!(text_of(&app, ".start-again").contains("Xoá hết câu trả lời"));
    click(&app, ".start-again .button--secondary").await;
    assert_eq!(
        value_of(&app, "#org-name"),
        "Tập đoàn Công nghiệp - Viễn thông Quân đội"
    );
    click(&app, ".start-again .link-button").await;
    click(&app, ".start-again .button--warning").await;
    assert_eq!(value_of(&app, "#org-name"), "");
    assert_eq!(active_element_id(), "page-title");
    clear_storage();
}

/// Announces the conversion data the way a release build's `index.html` does
/// (`<meta name="sansang-asset-old-units">`), served from a blob of the committed asset.
fn announce_old_units_asset() {
    let bytes = include_bytes!("../www/data/old-units.bin");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&bytes[..]));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap();
    let url = web_sys::Url::create_object_url_with_blob(&blob).unwrap();
    let meta = document().create_element("meta").unwrap();
    meta.set_attribute("name", "sansang-asset-old-units")
        .unwrap();
    meta.set_attribute("content", &url).unwrap();
    document().head().unwrap().append_child(&meta).unwrap();
}

/// Settles until `ready` holds (a fetch and a decode take a few turns), at most about 5 s.
async fn wait_until(app: &web_sys::Element, ready: impl Fn(&web_sys::Element) -> bool) {
    for _ in 0..250 {
        if ready(app) {
            return;
        }
        settle().await;
    }
    panic!("the page never got there");
}

/// Enter in a field, as a keyboard user presses it; returns whether the page kept the browser
/// from acting on it (submitting the whole form).
async fn press_enter_in(app: &web_sys::Element, selector: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(app, selector).dispatch_event(&event).unwrap();
    settle().await;
    event.default_prevented()
}

/// "Biết địa chỉ cũ?", in one journey because the conversion data, once loaded, stays for the
/// session: first the data cannot be had (the test page names no file), then it arrives.
#[wasm_bindgen_test]
async fn the_old_address_sets_the_commune_picker() {
    clear_storage();
    let app = open_app_at("#/to-chuc").await;
    let toggle = ".old-address .disclosure";
    assert_eq!(text_of(&app, toggle), "Biết địa chỉ cũ?");
    assert_eq!(
        find(&app, toggle).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(find(&app, "#org-old-address").has_attribute("hidden"));

    // Opening asks for the data; without it, the page says what to do instead.
    click(&app, toggle).await;
    assert_eq!(
        find(&app, toggle).get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!find(&app, "#org-old-address").has_attribute("hidden"));
    wait_until(&app, |app| {
        !find_all(app, ".old-address [role='alert']").is_empty()
    })
    .await;
    assert!(
        text_of(&app, ".old-address [role='alert']").contains("Chọn thẳng xã, phường hiện nay")
    );

    type_into(
        &app,
        "#org-old-line",
        "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang",
    )
    .await;
    assert!(
        press_enter_in(&app, "#org-old-line").await,
        "Enter looks up, never submits"
    );
    assert!(find_all(&app, ".error-summary").is_empty());
    assert!(text_of(&app, ".old-address__result").contains("cần bảng chuyển đổi"));
    assert_eq!(value_of(&app, "#org-office-commune"), "");

    // "Thử lại" once the file is there: the same address now converts and the picker is set.
    announce_old_units_asset();
    click(&app, ".old-address [role='alert'] button").await;
    wait_until(&app, |app| {
        find_all(app, ".old-address [role='alert']").is_empty()
    })
    .await;
    wait_until(&app, |app| {
        !find(app, ".old-address [role='status']").has_child_nodes()
            || !text_of(app, ".old-address [role='status']").starts_with("Đang tải")
    })
    .await;
    assert!(press_enter_in(&app, "#org-old-line").await);
    let said = text_of(&app, ".old-address__result");
    assert!(
        said.contains(
            "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang nay là Xã Bình An, Tỉnh An Giang."
        ),
        "{said}"
    );
    assert!(
        said.contains("Đã chọn Xã Bình An, Tỉnh An Giang ở ô “Xã, phường, đặc khu” bên trên."),
        "{said}"
    );
    assert!(
        said.contains("Bảng chuyển đổi ĐVHC mới – cũ") && said.contains("23/10/2025"),
        "{said}"
    );
    assert_eq!(value_of(&app, "#org-office-commune"), "Xã Bình An");
    let province: web_sys::HtmlSelectElement = find(&app, "#org-office-province").unchecked_into();
    assert_eq!(province.value(), "91");

    // A split: the picker waits for the user's choice among the candidates.
    type_into(
        &app,
        "#org-old-line",
        "Số 5 Hoàng Hoa Thám, Phường Ngọc Hà, Quận Ba Đình, Hà Nội",
    )
    .await;
    click(&app, ".old-address .button--secondary").await;
    assert!(text_of(&app, ".old-address__result").contains("được chia cho 2 xã, phường"));
    assert_eq!(
        text_of(&app, "label[for='org-old-split']"),
        "Phường Ba Đình, Thành phố Hà Nội"
    );
    assert_eq!(
        text_of(&app, "label[for='org-old-split-1']"),
        "Phường Ngọc Hà, Thành phố Hà Nội"
    );
    assert!(text_of(&app, "#org-old-split-1-item-hint").contains("một phần diện tích và dân cư"));
    assert_eq!(
        value_of(&app, "#org-office-commune"),
        "Xã Bình An",
        "not changed before the choice"
    );
    click(&app, "#org-old-split-1").await;
    assert_eq!(value_of(&app, "#org-office-commune"), "Phường Ngọc Hà");
    assert_eq!(value_of(&app, "#org-street"), "Số 5 Hoàng Hoa Thám");
    assert!(
        text_of(&app, ".old-address__result").contains("Đã chọn Phường Ngọc Hà, Thành phố Hà Nội")
    );

    // Nothing typed: says what to enter at the first field.
    type_into(&app, "#org-old-line", "").await;
    click(&app, ".old-address .button--secondary").await;
    assert_eq!(
        text_of(&app, "#org-old-commune-error"),
        "Lỗi: Nhập xã, huyện, tỉnh cũ hoặc cả địa chỉ trên một dòng"
    );
    assert_eq!(active_element_id(), "org-old-commune");

    // What was typed is in the draft.
    type_into(&app, "#org-old-commune", "Xã Độc Lập").await;
    leave_page().await;
    let draft = stored(DRAFT_KEY).unwrap_or_default();
    assert!(
        draft.contains("\"old_address\"") && draft.contains("Xã Độc Lập"),
        "{draft}"
    );
    app.remove();
    clear_storage();
}
