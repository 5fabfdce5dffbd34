//! The page's side of the file worker: started the first time a file needs it (never at page
//! load), spoken to with the typed messages of [`crate::files::protocol`] in the byte format of
//! [`crate::files::wire`], stopped by Cancel.
//!
//! ```text
//! let reader = FileWorker::start(on_progress);          // fetches the worker (once per page)
//! let book = reader.open_workbook("ds.xlsx", bytes).await?;   // sheet names for the picker
//! let (info, csv) = reader.read_sheet(0).await?;        // CSV for the existing pipelines
//! if let Some(offer) = &info.legacy { /* legacy_preview(…); on "convert": */ reader.convert_legacy(offer.found.scheme).await? }
//! reader.cancel();                                      // Cancel: the page keeps what it had
//! ```
//!
//! Every call resolves to the worker's answer or a [`FileError`]: the worker failed to load
//! ([`FileError::WorkerUnavailable`], e.g. offline before first use), stopped while working
//! ([`FileError::WorkerStopped`], e.g. out of memory), crashed on a damaged file
//! ([`FileError::ReaderCrashed`]: a reader's panic, announced by the worker before it stops),
//! said nothing for too long while it worked and was stopped by the page's watchdog
//! ([`FileError::ReaderStopped`], [`crate::forms::watchdog`]), or was cancelled
//! ([`FileError::Cancelled`]). A worker that stopped is not used again.

pub mod intake;
mod widgets;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

pub use widgets::{SheetPicker, legacy_preview, worker_progress};

pub use crate::files::protocol::WorkerStatus;
use crate::files::protocol::{
    BYTES, FileError, MESSAGE, Request, Response, TableInfo, TextInfo, WorkbookInfo, XlsxExport,
};
use crate::files::wire;
use crate::forms::watchdog::{Verdict, Watchdog};
use crate::rules::legacy_text::LegacyScheme;

/// Where `www/postbuild.mjs` writes the worker script's hashed address.
const WORKER_META: &str = "meta[name=\"sansang-file-worker\"]";

/// Used when the meta tag is missing (a development build without the post-build step).
const WORKER_FALLBACK: &str = "./reader_worker.js";

type Settle = (js_sys::Function, js_sys::Function);

struct Shared {
    /// Requests waiting, by number (a few at most: a list or a vec beats a hash map's code).
    pending: RefCell<Vec<(u32, Settle)>>,
    ready: Cell<bool>,
    /// Requests sent before the worker said Ready: a worker's script runs before its Wasm has
    /// set a message handler, and a message arriving then would be dropped.
    queued: RefCell<Vec<(js_sys::Object, js_sys::Array)>>,
    stopped: RefCell<Option<FileError>>,
    /// Answers decoded, by request number, taken by the request they settle (the promise
    /// carries only the bytes beside them).
    answers: RefCell<Vec<(u32, Response)>>,
    /// How long the worker has said nothing while asked something.
    watch: Cell<Watchdog>,
    /// A timer runs for the watchdog (one at a time).
    watching: Cell<bool>,
}

impl Shared {
    /// The worker said something: the silence starts again, or ends with the last answer.
    fn heard(&self) {
        let mut watch = self.watch.get();
        watch.heard(now_ms(), !self.pending.borrow().is_empty());
        self.watch.set(watch);
    }
}

/// The page's clock in milliseconds (monotonic where the browser has `performance`).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// A request went out: the watchdog counts the worker's silence, and its timer runs.
fn watch_request(shared: &Rc<Shared>, worker: &Worker) {
    let mut watch = shared.watch.get();
    watch.sent(now_ms());
    shared.watch.set(watch);
    if shared.watching.replace(true) {
        return;
    }
    let (shared, worker) = (Rc::clone(shared), worker.clone());
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            match shared.watch.get().verdict(now_ms()) {
                Verdict::Idle => break,
                Verdict::Wait(ms) => {
                    gloo::timers::future::TimeoutFuture::new(ms.ceil() as u32).await;
                }
                // Hung: stopped like a crashed reader; the next file gets a fresh worker.
                Verdict::Silent => {
                    worker.terminate();
                    let seconds = shared.watch.get().limit_seconds();
                    fail_all(&shared, FileError::ReaderStopped { seconds });
                    break;
                }
            }
        }
        shared.watching.set(false);
    });
}

/// A running file worker. Dropping it leaves the worker running for the page's next file;
/// [`FileWorker::cancel`] stops it.
#[derive(Clone)]
pub struct FileWorker {
    worker: Worker,
    next_id: Rc<Cell<u32>>,
    shared: Rc<Shared>,
}

impl PartialEq for FileWorker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.shared, &other.shared)
    }
}

fn worker_url() -> String {
    crate::ui::browser::document()
        .and_then(|d| d.query_selector(WORKER_META).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| WORKER_FALLBACK.to_owned())
}

impl FileWorker {
    /// Starts the worker; `on_status` hears when it loads and how the work progresses.
    ///
    /// # Errors
    /// [`FileError::WorkerUnavailable`] when the browser refuses to create it.
    pub fn start(on_status: Callback<WorkerStatus>) -> Result<FileWorker, FileError> {
        FileWorker::watched(on_status, Watchdog::default())
    }

    /// Starts the worker with its own watchdog (a test's short limit).
    ///
    /// # Errors
    /// [`FileError::WorkerUnavailable`] when the browser refuses to create it.
    pub fn watched(
        on_status: Callback<WorkerStatus>,
        watch: Watchdog,
    ) -> Result<FileWorker, FileError> {
        let worker = Worker::new(&worker_url()).map_err(|_| FileError::WorkerUnavailable)?;
        let shared = Rc::new(Shared {
            pending: RefCell::new(Vec::new()),
            ready: Cell::new(false),
            queued: RefCell::new(Vec::new()),
            stopped: RefCell::new(None),
            answers: RefCell::new(Vec::new()),
            watch: Cell::new(watch),
            watching: Cell::new(false),
        });
        on_status.emit(WorkerStatus::Loading);

        let on_message_shared = Rc::clone(&shared);
        let on_message_worker = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let Some((id, body)) = message_bytes(&data).and_then(|m| wire::decode(&m)) else {
                return;
            };
            if on_message_shared.stopped.borrow().is_some() {
                return;
            }
            match body {
                Response::Ready => {
                    on_message_shared.ready.set(true);
                    // Requests waited for the worker to load (the network's time, not watched);
                    // the watchdog counts from now.
                    let queued: Vec<_> = on_message_shared.queued.borrow_mut().drain(..).collect();
                    for (message, transfer) in queued {
                        let _ = on_message_worker.post_message_with_transfer(&message, &transfer);
                        watch_request(&on_message_shared, &on_message_worker);
                    }
                    keep_lazy_files();
                }
                Response::Progress(progress) => {
                    on_message_shared.heard();
                    on_status.emit(WorkerStatus::Working(progress));
                }
                // The worker's last word before a reader's panic aborts it: it cannot be used
                // again (its memory is as the panic left it), the next file gets a fresh one.
                Response::Failed(FileError::ReaderCrashed) => {
                    on_message_worker.terminate();
                    fail_all(&on_message_shared, FileError::ReaderCrashed);
                }
                body => {
                    let settle = take(&on_message_shared.pending, id);
                    on_message_shared.heard();
                    if let Some(settle) = settle {
                        on_message_shared.answers.borrow_mut().push((id, body));
                        let _ = settle.0.call1(&JsValue::NULL, &data);
                    }
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();

        // A script that does not load, or a worker that dies (out of memory, a trap), ends
        // every request waiting on it, and the worker: the next file gets a fresh one.
        let on_error_shared = Rc::clone(&shared);
        let on_error_worker = worker.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            // Said already (a reader's panic is announced before the trap that raises this).
            event.prevent_default();
            on_error_worker.terminate();
            if on_error_shared.stopped.borrow().is_some() {
                return;
            }
            let error = if on_error_shared.ready.get() {
                FileError::WorkerStopped
            } else {
                FileError::WorkerUnavailable
            };
            fail_all(&on_error_shared, error);
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();

        Ok(FileWorker {
            worker,
            next_id: Rc::new(Cell::new(1)),
            shared,
        })
    }

    /// Stops the worker at once; every request waiting resolves to [`FileError::Cancelled`].
    pub fn cancel(&self) {
        self.worker.terminate();
        fail_all(&self.shared, FileError::Cancelled);
    }

    /// Whether the worker still runs (not cancelled, not crashed).
    pub fn is_running(&self) -> bool {
        self.shared.stopped.borrow().is_none()
    }

    /// Whether a request waits for its answer (a new file would queue behind it).
    pub fn is_busy(&self) -> bool {
        !self.shared.pending.borrow().is_empty()
    }

    async fn call(
        &self,
        request: Request,
        bytes: Option<js_sys::ArrayBuffer>,
    ) -> Result<(Response, Option<Vec<u8>>), FileError> {
        if let Some(error) = self.shared.stopped.borrow().clone() {
            return Err(error);
        }
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1).max(1));
        let message = js_sys::Object::new();
        let encoded = js_sys::Uint8Array::from(wire::encode(id, &request).as_slice());
        let _ = js_sys::Reflect::set(&message, &MESSAGE.into(), &encoded);
        let transfer = js_sys::Array::new();
        if let Some(bytes) = &bytes {
            let _ = js_sys::Reflect::set(&message, &BYTES.into(), bytes);
            transfer.push(bytes);
        }
        let shared = Rc::clone(&self.shared);
        let answer = js_sys::Promise::new(&mut |resolve, reject| {
            shared.pending.borrow_mut().push((id, (resolve, reject)));
        });
        if self.shared.ready.get() {
            self.worker
                .post_message_with_transfer(&message, &transfer)
                .map_err(|_| FileError::WorkerStopped)?;
            watch_request(&self.shared, &self.worker);
        } else {
            self.shared.queued.borrow_mut().push((message, transfer));
        }
        let data = JsFuture::from(answer).await.map_err(|_| {
            self.shared
                .stopped
                .borrow()
                .clone()
                .unwrap_or(FileError::WorkerStopped)
        })?;
        let body = take(&self.shared.answers, id).ok_or(FileError::BadRequest)?;
        let bytes = js_sys::Reflect::get(&data, &BYTES.into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::ArrayBuffer>().ok())
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        match body {
            Response::Failed(error) => Err(error),
            body => Ok((body, bytes)),
        }
    }

    /// Opens a workbook; its bytes are moved to the worker (the buffer is empty afterwards).
    ///
    /// # Errors
    /// The [`FileError`] that says why (password, damaged, too large …).
    pub async fn open_workbook(
        &self,
        file_name: &str,
        bytes: js_sys::ArrayBuffer,
    ) -> Result<WorkbookInfo, FileError> {
        let request = Request::OpenWorkbook {
            file_name: file_name.to_owned(),
        };
        match self.call(request, Some(bytes)).await? {
            (Response::Workbook(info), _) => Ok(info),
            _ => Err(FileError::BadRequest),
        }
    }

    /// Reads a sheet of the open workbook: what it found, and the sheet as CSV text (UTF-8,
    /// blank lines for title rows so row numbers are the sheet's).
    ///
    /// # Errors
    /// [`FileError::EmptySheet`], [`FileError::TooManyRows`] …
    pub async fn read_sheet(&self, sheet: usize) -> Result<(TableInfo, Vec<u8>), FileError> {
        match self.call(Request::ReadSheet { sheet }, None).await? {
            (Response::Table(info), Some(csv)) => Ok((info, csv)),
            _ => Err(FileError::BadRequest),
        }
    }

    /// Decodes a text file that is not UTF-8 (or checks one that is for TCVN3/VNI).
    ///
    /// # Errors
    /// [`FileError::TooLarge`].
    pub async fn decode_text(
        &self,
        bytes: js_sys::ArrayBuffer,
    ) -> Result<(TextInfo, String), FileError> {
        match self.call(Request::DecodeText, Some(bytes)).await? {
            (Response::Text(info), Some(text)) => Ok((info, utf8(text))),
            _ => Err(FileError::BadRequest),
        }
    }

    /// Converts the last sheet or text read; returns the cells (or lines) changed and the new
    /// CSV or text.
    ///
    /// # Errors
    /// [`FileError::NothingToConvert`].
    pub async fn convert_legacy(&self, scheme: LegacyScheme) -> Result<(usize, String), FileError> {
        match self.call(Request::ConvertLegacy { scheme }, None).await? {
            (Response::Converted { changed, .. }, Some(text)) => Ok((changed, utf8(text))),
            _ => Err(FileError::BadRequest),
        }
    }

    /// Writes CSV text (header first) as an .xlsx file's bytes.
    ///
    /// # Errors
    /// [`FileError::WriteFailed`].
    pub async fn write_xlsx(&self, export: XlsxExport, csv: &str) -> Result<Vec<u8>, FileError> {
        let bytes = js_sys::Uint8Array::from(csv.as_bytes()).buffer();
        match self
            .call(Request::WriteXlsx { export }, Some(bytes))
            .await?
        {
            (Response::Xlsx { .. }, Some(xlsx)) => Ok(xlsx),
            _ => Err(FileError::BadRequest),
        }
    }
}

/// Takes the entry for request `id` out of a list.
fn take<T>(list: &RefCell<Vec<(u32, T)>>, id: u32) -> Option<T> {
    let mut list = list.borrow_mut();
    let index = list.iter().position(|(key, _)| *key == id)?;
    Some(list.swap_remove(index).1)
}

/// The encoded message of a `message` event's data.
fn message_bytes(data: &JsValue) -> Option<Vec<u8>> {
    js_sys::Reflect::get(data, &MESSAGE.into())
        .ok()?
        .dyn_into::<js_sys::Uint8Array>()
        .ok()
        .map(|m| m.to_vec())
}

/// Text from the worker's bytes, reusing them when they are UTF-8 (always, but for a damaged
/// message): a 100,000-row sheet's CSV is 14 MB, not copied again.
pub(crate) fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn fail_all(shared: &Shared, error: FileError) {
    *shared.stopped.borrow_mut() = Some(error.clone());
    let mut watch = shared.watch.get();
    watch.rest();
    shared.watch.set(watch);
    shared.queued.borrow_mut().clear();
    let settles: Vec<Settle> = shared
        .pending
        .borrow_mut()
        .drain(..)
        .map(|(_, s)| s)
        .collect();
    for (_, reject) in settles {
        let _ = reject.call1(&JsValue::NULL, &JsValue::NULL);
    }
}

/// Asks the service worker to keep the worker's files for offline use, in case this page was not
/// yet controlled by it when they were fetched (the first visit).
fn keep_lazy_files() {
    let Some(controller) = web_sys::window()
        .filter(|w| js_sys::Reflect::has(&w.navigator(), &"serviceWorker".into()).unwrap_or(false))
        .and_then(|w| w.navigator().service_worker().controller())
    else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"KEEP_LAZY".into());
    let _ = controller.post_message(&message);
}
