//! Browser tier: the bulk check page — a pasted list gives its summary and problems; headers
//! the check is unsure about bring up the mapping step first; the file worker it reads
//! workbooks with is stopped by the watchdog when it says nothing for too long.
#![cfg(target_arch = "wasm32")]

#[path = "browser/support.rs"]
mod support;

use sansang::catalogue::bulk as t;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    type_into(&root, "#bulk-paste", LIST).await;
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
    type_into(
        &root,
        "#bulk-paste",
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
    type_into(&root, "#bulk-paste", OLD_LIST).await;
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

/// A stand-in for the file worker: says Ready, then runs `on_request` for each request. The
/// page finds it where it finds the real one (the meta tag the post-build step writes).
fn fake_worker(on_request: &str) {
    use sansang::files::protocol::{Progress, Response, Stage};
    use sansang::files::wire;
    let bytes = |body: &Response| {
        let list: Vec<String> = wire::encode(0, body).iter().map(u8::to_string).collect();
        format!("new Uint8Array([{}])", list.join(","))
    };
    let progress = Response::Progress(Progress {
        stage: Stage::Reading,
        done: 1,
        total: 2,
    });
    let script = format!(
        "const ready = {}; const progress = {};\n\
         postMessage({{m: ready}});\n\
         onmessage = () => {{ {on_request} }};",
        bytes(&Response::Ready),
        bytes(&progress),
    );
    let parts = js_sys::Array::of1(&script.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    let url = web_sys::Url::create_object_url_with_blob(&blob).unwrap();
    let document = document();
    let meta = document
        .query_selector("meta[name=\"sansang-file-worker\"]")
        .unwrap()
        .unwrap_or_else(|| {
            let meta = document.create_element("meta").unwrap();
            meta.set_attribute("name", "sansang-file-worker").unwrap();
            document.head().unwrap().append_child(&meta).unwrap();
            meta
        });
    meta.set_attribute("content", &url).unwrap();
}

#[wasm_bindgen_test]
async fn a_worker_that_says_nothing_is_stopped_and_a_fresh_one_is_started() {
    use sansang::files::protocol::FileError;
    use sansang::forms::watchdog::Watchdog;
    use sansang::ui::files::FileWorker;
    // A read that never ends: no progress, no answer.
    fake_worker("");
    let worker = FileWorker::watched(yew::Callback::noop(), Watchdog::new(150)).unwrap();
    let start = js_sys::Date::now();
    let answer = worker.read_sheet(0).await;
    let waited = js_sys::Date::now() - start;
    assert_eq!(answer, Err(FileError::ReaderStopped { seconds: 1 }));
    assert!(waited >= 150.0, "stopped after {waited} ms");
    assert!(!worker.is_running(), "never used again");
    // The next request goes to a fresh worker, watched the same way.
    let fresh = FileWorker::watched(yew::Callback::noop(), Watchdog::new(150)).unwrap();
    assert!(fresh != worker && fresh.is_running());
    fresh.cancel();
}

#[wasm_bindgen_test]
async fn a_worker_that_reports_progress_is_left_to_work() {
    use sansang::files::protocol::FileError;
    use sansang::forms::watchdog::Watchdog;
    use sansang::ui::files::FileWorker;
    // A long read that says how far it got every 40 ms.
    fake_worker("setInterval(() => postMessage({m: progress}), 40);");
    let heard = std::rc::Rc::new(std::cell::Cell::new(0));
    let on_status = {
        let heard = heard.clone();
        yew::Callback::from(move |_| heard.set(heard.get() + 1))
    };
    let worker = FileWorker::watched(on_status, Watchdog::new(150)).unwrap();
    let reading = worker.clone();
    let answer = std::rc::Rc::new(std::cell::RefCell::new(None));
    {
        let answer = answer.clone();
        wasm_bindgen_futures::spawn_local(async move {
            *answer.borrow_mut() = Some(reading.read_sheet(0).await);
        });
    }
    sleep_ms(600).await;
    assert!(heard.get() > 5, "progress arrived ({})", heard.get());
    assert!(
        worker.is_running() && worker.is_busy(),
        "four times the limit, still working"
    );
    assert!(answer.borrow().is_none());
    worker.cancel();
    sleep_ms(0).await;
    assert_eq!(*answer.borrow(), Some(Err(FileError::Cancelled)));
}
