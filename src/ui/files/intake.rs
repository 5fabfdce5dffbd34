//! The page side of a file on its way in, shared by the pages that open lists (the bulk check,
//! the student roster): reading a chosen file (plain UTF-8 on the page, the rest handed to the
//! worker), the worker slot and the task runner that answers [`crate::forms::intake`]'s tasks,
//! the drop zone around a file input, and the panel of the intake's steps (progress with
//! Cancel, sheet picker, TCVN3/VNI preview) with what reading found.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::{FileWorker, SheetPicker, WorkerStatus, legacy_preview, worker_progress};
use crate::catalogue::{Lang, Localized, files as file_text};
use crate::files::protocol::{FileError, Progress as WorkProgress, Stage, XlsxExport};
use crate::forms::download::{DownloadAction, Downloads};
use crate::forms::intake::{
    FileIntake, Intake, IntakeAction, LoadError, Loaded, ReadNotes, Source, Step, Task,
    WorkerInput, is_workbook, load_bytes, maybe_utf16, worker_input,
};
use crate::rules::delimited::{self, Encoding, ReadError};

/// What a file picker offers: text lists and the workbooks the file worker reads (by extension
/// and by MIME type, as phones' pickers filter by the latter).
pub const ACCEPT: &str = ".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values,\
    .xlsx,.xlsm,.xls,.xlsb,.ods,\
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,\
    application/vnd.ms-excel,application/vnd.ms-excel.sheet.binary.macroEnabled.12,\
    application/vnd.ms-excel.sheet.macroEnabled.12,\
    application/vnd.oasis.opendocument.spreadsheet";

/// The MIME type of an .xlsx file.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The sheet picker's select (focused when the picker appears).
const SHEET_SELECT_ID: &str = "sheet-picker-select";
/// The legacy preview's heading (focused when the preview appears).
const LEGACY_HEADING_ID: &str = "legacy-preview-heading";
/// The sheet picker's heading.
const SHEETS_TITLE_ID: &str = "sheets-title";

/// Bytes read per slice of a file: reading, checking and copying 2 MiB takes a few ms, so a
/// 200 MB file never blocks the page for long.
const READ_SLICE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// The bytes of a file or a slice of it, as the browser hands them over.
pub async fn buffer(blob: &web_sys::Blob) -> Result<js_sys::ArrayBuffer, LoadError> {
    wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| LoadError::Failed)
        .map(wasm_bindgen::JsCast::unchecked_into)
}

async fn array_buffer(blob: &web_sys::Blob) -> Result<Vec<u8>, LoadError> {
    let buffer = buffer(blob).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads a whole file at once and decodes it on the page (UTF-16; and text in another encoding
/// when the file worker cannot be loaded: read with its bad bytes replaced and a warning).
pub async fn read_whole(file: &web_sys::File) -> Result<Loaded, LoadError> {
    let bytes = array_buffer(file).await?;
    load_bytes(Source::File(file.name()), bytes)
}

/// A chosen file, read as text or handed to the file worker.
pub enum FileRead {
    /// UTF-8 or UTF-16 text, read on the page.
    Text(Loaded),
    /// A workbook, or text in another encoding: the file worker reads it.
    Worker(WorkerInput),
}

/// Reads a file chosen or dropped by the user, in slices with a yield to the browser between
/// them. Plain UTF-8 (the common case) is checked slice by slice and appended; UTF-16 is read
/// again whole and decoded by [`delimited::decode`]; a workbook, or text with bytes that are not
/// UTF-8, goes to the file worker (docs/rules.md §6).
pub async fn read_file(file: &web_sys::File) -> Result<FileRead, LoadError> {
    let name = file.name();
    let size = file.size();
    if size > delimited::MAX_INPUT_BYTES as f64 {
        return Err(LoadError::Read(ReadError::TooLarge {
            bytes: size as usize,
            max: delimited::MAX_INPUT_BYTES,
        }));
    }
    if is_workbook(&name, &[]) {
        return Ok(FileRead::Worker(WorkerInput::Workbook));
    }
    let mut text = String::with_capacity(size as usize);
    let mut carry: Vec<u8> = Vec::new();
    let mut encoding = Encoding::Utf8;
    let mut offset = 0.0;
    while offset < size {
        let end = (offset + READ_SLICE_BYTES).min(size);
        let slice = file
            .slice_with_f64_and_f64(offset, end)
            .map_err(|_| LoadError::Failed)?;
        let mut bytes = array_buffer(&slice).await?;
        if offset == 0.0 {
            if let Some(input) = worker_input(&name, &bytes) {
                return Ok(FileRead::Worker(input));
            }
            if maybe_utf16(&bytes) {
                return read_whole(file).await.map(FileRead::Text);
            }
            if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                encoding = Encoding::Utf8Bom;
                bytes.drain(..3);
            }
        }
        if !carry.is_empty() {
            carry.extend_from_slice(&bytes);
            bytes = std::mem::take(&mut carry);
        }
        let last_slice = end >= size;
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(chunk) = chunks.next() {
            text.push_str(chunk.valid());
            let invalid = chunk.invalid();
            if invalid.is_empty() {
                continue;
            }
            // A character cut by the slice's end is finished by the next slice.
            let cut_at_end = chunks.peek().is_none()
                && !last_slice
                && invalid.len() < 4
                && invalid.first().is_some_and(|&b| b >= 0xC2);
            if cut_at_end {
                carry = invalid.to_vec();
            } else {
                return Ok(FileRead::Worker(WorkerInput::Text));
            }
        }
        offset = end;
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(FileRead::Text(Loaded::text(
        Source::File(name),
        size as usize,
        text,
        encoding,
    )))
}

/// A page's file worker (started on first need), the file its first task reads, and the
/// download under way (a new one or Cancel changes it, and a stale one stops).
#[derive(Default)]
pub struct WorkerSlot {
    worker: RefCell<Option<FileWorker>>,
    file: RefCell<Option<web_sys::File>>,
    pub download: Rc<Cell<u32>>,
}

impl WorkerSlot {
    /// Keeps the chosen file for the worker's first task.
    pub fn hold(&self, file: web_sys::File) {
        *self.file.borrow_mut() = Some(file);
    }

    /// The running worker, started when there is none (or the last one was stopped).
    ///
    /// # Errors
    /// [`FileError::WorkerUnavailable`] when the browser refuses to start it.
    pub fn worker(&self, on_status: &Callback<WorkerStatus>) -> Result<FileWorker, FileError> {
        if let Some(worker) = self.worker.borrow().as_ref().filter(|w| w.is_running()) {
            return Ok(worker.clone());
        }
        let worker = FileWorker::start(on_status.clone())?;
        *self.worker.borrow_mut() = Some(worker.clone());
        Ok(worker)
    }

    /// Stops the worker at once (Cancel): whatever it was doing is dropped.
    pub fn cancel(&self) {
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.cancel();
        }
    }
}

/// Runs one task of the intake and answers it with one action.
pub async fn run_task(
    slot: Rc<WorkerSlot>,
    on_action: Callback<IntakeAction>,
    run: u32,
    task: Task,
    name: String,
    read: Option<Rc<Loaded>>,
) {
    let fail = |error| IntakeAction::FileFailed { run, error };
    let first_task = matches!(
        task,
        Task::OpenWorkbook | Task::DecodeText | Task::FindLegacy
    );
    // A new file does not queue behind an old one still being read.
    if first_task
        && slot
            .worker
            .borrow()
            .as_ref()
            .is_some_and(FileWorker::is_busy)
    {
        slot.cancel();
    }
    let on_status = on_action.reform(IntakeAction::WorkerStatus);
    let worker = match slot.worker(&on_status) {
        Ok(worker) => worker,
        Err(error) => return on_action.emit(fail(error)),
    };
    let action = match task {
        Task::OpenWorkbook | Task::DecodeText => {
            let Some(file) = slot.file.borrow().clone() else {
                return on_action.emit(fail(FileError::BadRequest));
            };
            let bytes = match buffer(&file).await {
                Ok(bytes) => bytes,
                Err(_) => return on_action.emit(fail(FileError::Damaged)),
            };
            if task == Task::OpenWorkbook {
                match worker.open_workbook(&name, bytes).await {
                    Ok(book) => IntakeAction::WorkbookOpened { run, book },
                    Err(error) => fail(error),
                }
            } else {
                match worker.decode_text(bytes).await {
                    Ok((info, text)) => IntakeAction::TextDecoded { run, info, text },
                    // Offline before the worker was ever fetched: the page reads the text
                    // itself, its odd bytes replaced, with the warning that says so.
                    Err(FileError::WorkerUnavailable) => match read_whole(&file).await {
                        Ok(list) => IntakeAction::TextRead(list),
                        Err(_) => fail(FileError::WorkerUnavailable),
                    },
                    Err(error) => fail(error),
                }
            }
        }
        Task::FindLegacy => {
            let Some(read) = read else {
                return on_action.emit(fail(FileError::BadRequest));
            };
            let bytes = js_sys::Uint8Array::from(read.text.as_bytes()).buffer();
            match worker.decode_text(bytes).await {
                Ok((info, text)) => IntakeAction::TextDecoded { run, info, text },
                Err(error) => fail(error),
            }
        }
        Task::ReadSheet(sheet) => match worker.read_sheet(sheet).await {
            Ok((info, csv)) => IntakeAction::SheetRead {
                run,
                info,
                csv: super::utf8(csv),
            },
            Err(error) => fail(error),
        },
        Task::Convert(scheme) => match worker.convert_legacy(scheme).await {
            Ok((changed, text)) => IntakeAction::Converted { run, changed, text },
            Err(error) => fail(error),
        },
    };
    on_action.emit(action);
}

/// What an .xlsx download writes: the table as CSV text (header first), how each column is
/// written, and the file's name.
pub struct XlsxFile {
    pub export: XlsxExport,
    pub table: String,
    pub name: String,
}

/// Runs the .xlsx download `downloads` asks for (docs/rules.md §6.5): `make` builds the file
/// from what the page shows (`None`: nothing to write), the file worker writes it, and `on_step`
/// hears what the worker says and how the download ended. A download replaced or cancelled
/// meanwhile saves nothing (the slot's `download` moved on).
#[hook]
pub fn use_xlsx_download<T, M>(
    downloads: &Downloads<T>,
    slot: &Rc<WorkerSlot>,
    on_step: Callback<DownloadAction<T>>,
    make: M,
) where
    T: Copy + 'static,
    M: FnOnce(T) -> Option<XlsxFile> + 'static,
{
    let current = downloads.current;
    let slot = slot.clone();
    use_effect_with(downloads.run, move |run| {
        slot.download.set(*run);
        let Some(download) = current else {
            return;
        };
        let run = download.run;
        let done = on_step.reform(move |result| DownloadAction::Done { run, result });
        match make(download.what) {
            Some(file) => {
                let on_status = on_step.reform(DownloadAction::Status);
                wasm_bindgen_futures::spawn_local(save_xlsx(slot, run, on_status, file, done));
            }
            None => done.emit(Err(FileError::BadRequest)),
        }
    });
}

/// Writes `file` in the file worker and saves it, unless download `run` was replaced or
/// cancelled meanwhile; `done` hears how it ended. Not generic: one copy in the Wasm, whichever
/// page asks.
async fn save_xlsx(
    slot: Rc<WorkerSlot>,
    run: u32,
    on_status: Callback<WorkerStatus>,
    file: XlsxFile,
    done: Callback<Result<(), FileError>>,
) {
    let result = async {
        let worker = slot.worker(&on_status)?;
        let bytes = worker.write_xlsx(file.export, &file.table).await?;
        if slot.download.get() != run {
            return Err(FileError::Cancelled);
        }
        crate::ui::browser::download_bytes(&file.name, XLSX_MIME, &bytes);
        Ok(())
    }
    .await;
    done.emit(result);
}

/// Runs the worker tasks a [`FileIntake`] asks for; returns the slot the page hands chosen
/// files to and cancels through.
#[hook]
pub fn use_intake_work(intake: &FileIntake, on_action: Callback<IntakeAction>) -> Rc<WorkerSlot> {
    let slot = use_memo((), |_| WorkerSlot::default());
    let task = intake
        .task()
        .map(|(run, task, intake)| (run, task, intake.name.clone(), intake.read.clone()));
    {
        let slot = slot.clone();
        use_effect_with(intake.run, move |_| {
            if let Some((run, task, name, read)) = task {
                wasm_bindgen_futures::spawn_local(run_task(slot, on_action, run, task, name, read));
            }
        });
    }
    slot
}

/// Reads a chosen file as the intake's first action: text the page read, or the file handed to
/// the worker (held in `slot`).
///
/// # Errors
/// The [`LoadError`] of a file the browser could not read or that is too large.
pub async fn open_file(file: web_sys::File, slot: &WorkerSlot) -> Result<IntakeAction, LoadError> {
    Ok(match read_file(&file).await? {
        FileRead::Text(list) => IntakeAction::TextRead(list),
        FileRead::Worker(input) => {
            let (name, bytes) = (file.name(), file.size() as usize);
            slot.hold(file);
            IntakeAction::ToWorker { name, bytes, input }
        }
    })
}

/// The status line while the worker works: what it said last, else what its task does.
fn shown_status(task: Task, status: Option<WorkerStatus>) -> WorkerStatus {
    status.unwrap_or(WorkerStatus::Working(WorkProgress {
        stage: match task {
            Task::OpenWorkbook => Stage::Unpacking,
            Task::DecodeText | Task::FindLegacy | Task::ReadSheet(_) | Task::Convert(_) => {
                Stage::Reading
            }
        },
        done: 0,
        total: 0,
    }))
}

/// Where focus goes when the intake reaches a step with a question: the sheet picker's select,
/// the legacy preview's heading.
pub fn intake_focus<F>(intake: Option<&Intake<F>>) -> Option<&'static str> {
    match intake.map(|i| &i.step) {
        Some(Step::ChooseSheet) => Some(SHEET_SELECT_ID),
        Some(Step::Offer { .. }) => Some(LEGACY_HEADING_ID),
        Some(Step::Working { .. }) | None => None,
    }
}

/// Moves focus to each new question of a file on its way in (the sheet picker's select, the
/// legacy preview's heading): the keyboard or screen-reader user is there.
#[hook]
pub fn use_intake_focus<F>(intake: Option<&Intake<F>>) {
    use_effect_with(intake_focus(intake), |target| {
        if let Some(id) = target {
            crate::ui::widgets::focus_field(id);
        }
    });
}

/// "Dừng" while the file worker loads or reads: the worker stops, the intake hears
/// [`IntakeAction::CancelFile`] (the page keeps what it had), and focus goes back to the file
/// input `file_input`.
pub fn cancel_file(
    slot: &Rc<WorkerSlot>,
    on_action: &Callback<IntakeAction>,
    file_input: &'static str,
) -> Callback<()> {
    let slot = slot.clone();
    let on_action = on_action.clone();
    Callback::from(move |()| {
        slot.cancel();
        on_action.emit(IntakeAction::CancelFile);
        crate::ui::widgets::focus_field(file_input);
    })
}

/// The callbacks of the intake's steps.
pub struct IntakeActions {
    pub on_cancel: Callback<()>,
    pub on_pick: Callback<usize>,
    pub on_convert: Callback<()>,
    pub on_keep: Callback<()>,
}

impl IntakeActions {
    /// The callbacks that dispatch the intake's own actions (`on_cancel` also stops the worker).
    pub fn dispatching(on_action: &Callback<IntakeAction>, on_cancel: Callback<()>) -> Self {
        IntakeActions {
            on_cancel,
            on_pick: on_action.reform(IntakeAction::PickSheet),
            on_convert: on_action.reform(|()| IntakeAction::ConvertLegacy),
            on_keep: on_action.reform(|()| IntakeAction::KeepLegacy),
        }
    }
}

/// A file on its way in: the worker's progress with Cancel, the sheet picker, or the legacy
/// preview.
pub fn intake_panel<F>(intake: &Intake<F>, actions: &IntakeActions, lang: Lang) -> Html {
    match &intake.step {
        Step::Working { task, status } => html! {
            <section class="file-intake no-print" aria-label={intake.name.clone()}>
                { worker_progress(shown_status(*task, *status), &actions.on_cancel, lang) }
            </section>
        },
        Step::ChooseSheet => {
            let sheets = intake
                .book
                .as_ref()
                .map(|b| b.sheets.clone())
                .unwrap_or_default();
            html! {
                <section class="file-intake panel panel--info no-print" aria-labelledby={SHEETS_TITLE_ID}>
                    <h2 id={SHEETS_TITLE_ID}>{ file_text::sheets_heading(&intake.name, sheets.len(), lang) }</h2>
                    <p class="hint">{ file_text::SHEET_PICKER_HINT.get(lang) }</p>
                    <SheetPicker {sheets} on_pick={actions.on_pick.clone()} {lang} />
                </section>
            }
        }
        Step::Offer { offer, lines, .. } => html! {
            <div class="file-intake panel panel--warning no-print">
                { legacy_preview(offer, *lines, &actions.on_convert, &actions.on_keep, lang) }
            </div>
        },
    }
}

/// What reading a file took: the code page, the sheet's warnings, a conversion.
pub fn read_notes(notes: &ReadNotes, lang: Lang) -> Html {
    let code_page = notes
        .code_page
        .and_then(|encoding| file_text::encoding_note(encoding, lang));
    let converted = notes
        .converted
        .map(|c| file_text::converted_note(c.scheme, c.changed, c.lines, lang));
    let warnings: Vec<String> = notes
        .sheet
        .iter()
        .flat_map(|sheet| sheet.warnings.iter().map(|w| w.localize(lang)))
        .collect();
    let omitted = notes.sheet.as_ref().map_or(0, |s| s.warnings_omitted);
    if code_page.is_none() && converted.is_none() && warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="read-notes">
            if let Some(note) = code_page {
                <p class="info-message">{ note }</p>
            }
            if let Some(note) = converted {
                <p class="info-message">{ note }</p>
            }
            if !warnings.is_empty() {
                <ul class="read-notes__warnings">
                    { for warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                    if omitted > 0 {
                        <li>{ file_text::more_warnings(omitted, lang) }</li>
                    }
                </ul>
            }
        </div>
    }
}

/// The `change` handler of a file input: the chosen file, then the input emptied so that
/// choosing the same file again (changed on disk) reads it again.
pub fn on_file_chosen(on_file: Callback<web_sys::File>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        if let Some(file) = crate::ui::browser::take_chosen_file(&event) {
            on_file.emit(file);
        }
    })
}

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// A file dropped onto the zone.
    pub on_drop: Callback<web_sys::File>,
    /// The cue shown while a file is dragged over ("Thả tệp vào đây").
    pub cue: AttrValue,
    /// The zone shows its field's error.
    #[prop_or_default]
    pub invalid: bool,
    pub children: Html,
}

/// A box around a file input that also takes a dropped file: an enhancement for mouse users
/// (the file input inside stays the keyboard-accessible control).
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_drop = props.on_drop.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0))
            {
                on_drop.emit(file);
            }
        })
    };
    let class = classes!(
        "dropzone",
        "field",
        dragging.then_some("dropzone--over"),
        props.invalid.then_some("field--error")
    );
    html! {
        <div {class} {ondragover} {ondragleave} {ondrop}>
            { props.children.clone() }
            if *dragging {
                <p class="dropzone__cue" aria-hidden="true">{ props.cue.clone() }</p>
            }
        </div>
    }
}
