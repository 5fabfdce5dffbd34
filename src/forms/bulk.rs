//! The bulk check page's state (`#/danh-sach`): the list the user chose, how it is read, and
//! where the check is.
//!
//! The page moves through [`Phase`]s: choosing a list → a list read and set up (its delimiter,
//! header and column mapping) → the check running, stopped or done. Each phase holds exactly
//! what it needs, so the page cannot show a mapping without a list or results without a check.
//! Work that takes time happens outside the reducer and reports back with the id of the run it
//! belongs to ([`Action::Progress`], [`Action::Finished`]): a report from a run that was
//! cancelled or replaced is ignored.
//!
//! Workbooks and text that is not UTF-8 take a detour through the file worker (README, "The
//! file worker"): an [`Intake`] beside the phase follows that detour — the worker loading and
//! reading, the sheet picker, the TCVN3/VNI before/after preview — while the page keeps showing
//! what it had. Only when the user has a list to check does it replace the phase; a Cancel or a
//! file that cannot be read leaves the phase as it was (docs/rules.md §6).
//!
//! The list itself is never stored (business and personal data); only the column mapping chosen
//! for a header is remembered ([`BulkState::remembered`]), and the user's choices for split old
//! communes ([`BulkState::settlements`]).
//!
//! Old addresses (`docs/rules.md §2.4`): a list with district or old-address columns, or whose
//! check met rows only the conversion data can resolve, asks for that data
//! ([`BulkState::data`] becomes [`DataStatus::Loading`]); when it arrives the list is checked
//! again with it. When it cannot be had, the results stay, those rows counted "not converted:
//! data not available", and the page says why.

use std::rc::Rc;

pub use crate::files::protocol::WorkerStatus;
use crate::files::protocol::{FileError, LegacyOffer, TableInfo, TextInfo, WorkbookInfo};
use crate::forms::Reducer;
use crate::forms::intake::{self, IntakeAction, owned};
pub use crate::forms::intake::{
    Converted, LoadError, Loaded, ReadNotes, SheetNotes, Source, Step, Task, WorkerInput,
    is_plain_utf8, is_workbook, load_bytes, maybe_utf16, worker_input,
};
use crate::forms::old_data::{DataStatus, LoadFailure};

/// A list on its way in; its errors go to the file input or the paste box.
pub type Intake = intake::Intake<Field>;
use crate::rules::bulk::{self, BulkColumns, BulkReport, Column, Prepared};
use crate::rules::delimited::{self, Delimiter};
use crate::rules::legacy_text;
use crate::rules::old_address::{OldUnits, Settlements};
use crate::rules::units::{CommuneCode, ProvinceCode};

/// Column mappings remembered on this device, by header key ([`bulk::mapping_key`]): a few
/// at most, one per kind of file the user checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mappings(Vec<(String, BulkColumns)>);

impl Mappings {
    /// The mapping remembered for this header key.
    pub fn get(&self, key: &str) -> Option<&BulkColumns> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, c)| c)
    }

    /// Remembers (or replaces) the mapping for this header key.
    pub fn remember(&mut self, key: String, columns: BulkColumns) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = columns,
            None => self.0.push((key, columns)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(String, BulkColumns)> for Mappings {
    fn from_iter<I: IntoIterator<Item = (String, BulkColumns)>>(pairs: I) -> Self {
        let mut mappings = Mappings::default();
        for (key, columns) in pairs {
            mappings.remember(key, columns);
        }
        mappings
    }
}

/// How the list is read: delimiter, header, mapping, province.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub delimiter: Delimiter,
    pub delimiter_confident: bool,
    pub prepared: Rc<Prepared>,
    pub columns: BulkColumns,
    pub province: Option<ProvinceCode>,
    /// The mapping came from this device's memory (a file with the same header was checked
    /// before).
    pub remembered: bool,
}

impl Setup {
    /// Reads the header of `text` with `delimiter` (detected when `None`) and maps its columns,
    /// from memory when this header was seen before. `None` for a text with no record.
    pub fn read(
        text: &str,
        delimiter: Option<Delimiter>,
        province: Option<ProvinceCode>,
        remembered: &Mappings,
    ) -> Option<Setup> {
        let detection = delimited::detect_delimiter(text);
        let delimiter_used = delimiter.unwrap_or(detection.delimiter);
        let prepared = bulk::prepare(text, delimiter_used)?;
        let memory = remembered
            .get(&bulk::mapping_key(&prepared.header))
            .map(|c| c.within(prepared.header.len()));
        let columns = memory.unwrap_or_else(|| BulkColumns::from_mapping(&prepared.mapping));
        Some(Setup {
            delimiter: delimiter_used,
            delimiter_confident: delimiter.is_some() || detection.confident,
            prepared: Rc::new(prepared),
            columns,
            province,
            remembered: memory.is_some(),
        })
    }

    /// Whether the mapping step must be looked at before the check runs.
    pub fn needs_review(&self) -> bool {
        !self.remembered
            && (bulk::needs_review(&self.prepared.mapping) || !self.delimiter_confident)
    }

    /// What stops the check: no tax code column, a file column used twice.
    pub fn problems(&self) -> Vec<InputError> {
        let mut problems = Vec::new();
        if self.columns.tax_code.is_none() {
            problems.push(InputError {
                field: Field::Column(Column::TaxCode),
                problem: Problem::NoTaxCodeColumn,
            });
        }
        if let Some(&first) = self.columns.conflicts().first() {
            problems.push(InputError {
                field: Field::Column(first),
                problem: Problem::ColumnTwice,
            });
        }
        problems
    }

    /// The key its mapping is remembered under.
    pub fn mapping_key(&self) -> String {
        bulk::mapping_key(&self.prepared.header)
    }
}

/// A control an error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The file input.
    File,
    /// The paste box.
    Paste,
    /// A column's select in the mapping step.
    Column(Column),
}

/// What stops the page from going on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "Kiểm tra" with an empty paste box.
    EmptyPaste,
    /// The list could not be read.
    Load(LoadError),
    /// The file worker could not read the file (password, damaged, empty sheet …).
    File(FileError),
    /// A header and no data row.
    NoRows,
    /// No column chosen for the tax code.
    NoTaxCodeColumn,
    /// One file column chosen for two fields.
    ColumnTwice,
}

/// An error shown in the summary and next to its control.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub problem: Problem,
}

/// Rows with replaced characters, for the "not UTF-8" warning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Damage {
    pub rows: u32,
    pub first_row: Option<u32>,
}

/// Progress of a run, in rows and thousandths of the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub rows: u32,
    pub permille: u32,
}

/// A finished check and what is needed to export it.
#[derive(Debug, PartialEq)]
pub struct Done {
    pub report: BulkReport,
    pub damage: Damage,
    /// The setup the check ran with (the mapping step may have changed since).
    pub setup: Setup,
    /// The check ran with the conversion data.
    pub with_data: bool,
    /// The check ran without the data and met rows it may resolve
    /// ([`bulk::BulkChecker::wants_old_data`]).
    pub wants_old_data: bool,
}

/// Where the check of a listed list is.
///
/// Fetching the old-address table runs beside the check ([`BulkState::data`]), and settling
/// split communes works on a finished one ([`Listed::settled`]), so neither is a step here.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Not started: the mapping step waits for "Bắt đầu kiểm tra".
    NotStarted,
    /// Running as run `run`.
    Running { run: u32, progress: Progress },
    /// The user stopped it.
    Cancelled,
    /// Results ready.
    Done(Rc<Done>),
}

/// A list read and set up, and its check.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub list: Rc<Loaded>,
    pub setup: Setup,
    pub check: Check,
    /// The finished check's report with the user's settlements applied (what the page shows,
    /// hands over and exports); `None` until a check is done.
    pub settled: Option<Rc<BulkReport>>,
}

/// Where the page is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Phase {
    /// No list yet.
    #[default]
    Choosing,
    /// A list is read and set up.
    Listed(Box<Listed>),
}

/// A download the results offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The rows to look at.
    Problems,
    /// The cleaned copy of the list.
    Cleaned,
    /// Organizations per commune.
    Communes,
}

/// The file type of a download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV (UTF-8 with BOM), written on the page.
    Csv,
    /// An Excel workbook, written by the file worker.
    Xlsx,
}

/// A download being made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Export {
    /// Its id: reports of an export that was replaced or stopped are ignored.
    pub run: u32,
    pub kind: ExportKind,
    pub format: ExportFormat,
    /// What the file worker last said (an .xlsx only).
    pub status: Option<WorkerStatus>,
}

/// The page's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BulkState {
    /// The paste box, as typed (kept when a list fails to read).
    pub paste: Rc<str>,
    /// The browser is reading a chosen file (the page as it was stays on screen meanwhile).
    pub reading: bool,
    pub phase: Phase,
    /// A list on its way in (the phase stays as it is meanwhile).
    pub intake: Option<Intake>,
    /// The user stopped the last intake: the page says it kept what it had.
    pub intake_stopped: bool,
    /// Errors of the last attempt, in page order.
    pub errors: Vec<InputError>,
    /// Counts attempts that showed errors, so the error summary takes focus on each one.
    pub attempt: u32,
    /// Counts arrivals at results, so their section takes focus.
    pub arrivals: u32,
    /// Column mappings remembered on this device (read when the page opens; a started check
    /// adds its own, which the page then stores).
    pub remembered: Rc<Mappings>,
    /// The newest run's id: bumped by every start, cancel and new list, so the work of an older
    /// run stops and its reports are ignored.
    pub run: u32,
    /// The old-address conversion data, as far as this page knows.
    pub data: DataStatus,
    /// The newest run started with the data in memory.
    pub run_with_data: bool,
    /// The user's choices for split old communes, remembered on this device (an old commune's
    /// code → the new commune chosen), applied to every list.
    pub settlements: Rc<Settlements>,
    /// The newest file worker task's id, bumped like [`BulkState::run`] by every task, Cancel
    /// and new file.
    pub file_run: u32,
    /// A download being made.
    pub export: Option<Export>,
    /// Why the last download failed.
    pub export_error: Option<FileError>,
    /// The newest download's id.
    pub export_run: u32,
}

/// What happened on the page.
#[derive(Debug)]
pub enum Action {
    /// The paste box changed.
    Paste(String),
    /// "Kiểm tra danh sách đã dán".
    CheckPaste,
    /// The browser started reading a chosen file.
    ReadingFile,
    /// The chosen file was read as text, or could not be.
    FileRead(Result<Loaded, LoadError>),
    /// The chosen file needs the file worker; the page holds its bytes for the task.
    ToWorker {
        name: String,
        bytes: usize,
        input: WorkerInput,
    },
    /// What the file worker says about the work under way (loading, progress).
    WorkerStatus(WorkerStatus),
    /// Task `run` opened the workbook.
    WorkbookOpened { run: u32, book: WorkbookInfo },
    /// The sheet picker's choice.
    PickSheet(usize),
    /// Task `run` read a sheet; its CSV (sheet row numbers kept).
    SheetRead {
        run: u32,
        info: TableInfo,
        csv: String,
    },
    /// Task `run` decoded a text file.
    TextDecoded {
        run: u32,
        info: TextInfo,
        text: String,
    },
    /// "Chuyển sang Unicode" in the legacy preview.
    ConvertLegacy,
    /// "Giữ nguyên" in the legacy preview.
    KeepLegacy,
    /// Task `run` converted the text: cells or lines changed, the new text.
    Converted {
        run: u32,
        changed: usize,
        text: String,
    },
    /// Task `run` failed.
    FileFailed { run: u32, error: FileError },
    /// "Dừng" while the file worker loads or reads: the page keeps what it had.
    CancelFile,
    /// A change in the mapping step.
    Setup(SetupChange),
    /// "Bắt đầu kiểm tra" / "Kiểm tra lại".
    Start,
    /// Run `run` has checked this far.
    Progress { run: u32, progress: Progress },
    /// Run `run` is done.
    Finished { run: u32, done: Rc<Done> },
    /// "Dừng".
    Cancel,
    /// The conversion data arrived, or could not be had.
    DataLoaded(Result<&'static OldUnits, LoadFailure>),
    /// "Thử lại" after the data could not be had.
    RetryData,
    /// The user chose the new commune of split old commune `old` for the whole list (`None`:
    /// undo the choice, the rows count "possibly" again).
    Settle { old: u32, new: Option<CommuneCode> },
    /// A download button.
    Export {
        kind: ExportKind,
        format: ExportFormat,
    },
    /// Download `run` is saved, or failed.
    Exported {
        run: u32,
        result: Result<(), FileError>,
    },
    /// "Dừng" while an .xlsx is written.
    CancelExport,
}

/// A change the user made in the mapping step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SetupChange {
    Delimiter(Delimiter),
    Column(Column, Option<usize>),
    Province(Option<ProvinceCode>),
}

impl From<IntakeAction> for Action {
    fn from(action: IntakeAction) -> Action {
        match action {
            IntakeAction::ToWorker { name, bytes, input } => {
                Action::ToWorker { name, bytes, input }
            }
            IntakeAction::TextRead(list) => Action::FileRead(Ok(list)),
            IntakeAction::WorkerStatus(status) => Action::WorkerStatus(status),
            IntakeAction::WorkbookOpened { run, book } => Action::WorkbookOpened { run, book },
            IntakeAction::PickSheet(sheet) => Action::PickSheet(sheet),
            IntakeAction::SheetRead { run, info, csv } => Action::SheetRead { run, info, csv },
            IntakeAction::TextDecoded { run, info, text } => {
                Action::TextDecoded { run, info, text }
            }
            IntakeAction::ConvertLegacy => Action::ConvertLegacy,
            IntakeAction::KeepLegacy => Action::KeepLegacy,
            IntakeAction::Converted { run, changed, text } => {
                Action::Converted { run, changed, text }
            }
            IntakeAction::FileFailed { run, error } => Action::FileFailed { run, error },
            IntakeAction::CancelFile => Action::CancelFile,
        }
    }
}

impl BulkState {
    /// A fresh page that knows the mappings remembered on this device.
    pub fn new(remembered: Mappings) -> BulkState {
        BulkState {
            remembered: Rc::new(remembered),
            ..BulkState::default()
        }
    }

    /// A fresh page that knows what this device remembers (mappings, settlements) and the
    /// conversion data when this session already has it.
    pub fn remembering(
        remembered: Mappings,
        settlements: Settlements,
        data: Option<&'static OldUnits>,
    ) -> BulkState {
        BulkState {
            settlements: Rc::new(settlements),
            data: data.map_or(DataStatus::NotLoaded, DataStatus::Ready),
            ..BulkState::new(remembered)
        }
    }

    /// Whether the page should fetch the conversion data now.
    pub fn fetches_data(&self) -> bool {
        matches!(self.data, DataStatus::Loading)
    }

    /// The report the page shows: the finished check with the settlements applied.
    pub fn report(&self) -> Option<&Rc<BulkReport>> {
        self.listed()?.settled.as_ref()
    }

    /// The list and its setup, once read.
    pub fn listed(&self) -> Option<&Listed> {
        match &self.phase {
            Phase::Listed(listed) => Some(listed),
            Phase::Choosing => None,
        }
    }

    /// The run the page asks for and has not finished: what the check effect works on.
    pub fn running(&self) -> Option<(u32, &Listed)> {
        let listed = self.listed()?;
        match listed.check {
            Check::Running { run, .. } if run == self.run => Some((run, listed)),
            _ => None,
        }
    }

    /// The file worker task the page asks for: what the file effect works on.
    pub fn file_task(&self) -> Option<(u32, Task, &Intake)> {
        let intake = self.intake.as_ref()?;
        Some((self.file_run, intake.task()?, intake))
    }

    /// The download the page asks for, with the results it is made from.
    pub fn exporting(&self) -> Option<(Export, &Listed, &Rc<Done>)> {
        let export = self.export?;
        let listed = self.listed()?;
        match &listed.check {
            Check::Done(done) => Some((export, listed, done)),
            _ => None,
        }
    }

    /// The error shown on `field`, if any.
    pub fn error_on(&self, field: Field) -> Option<&Problem> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| &e.problem)
    }

    fn show_errors(&mut self, errors: Vec<InputError>) {
        self.errors = errors;
        self.attempt = self.attempt.wrapping_add(1);
    }

    /// Asks for the conversion data, unless it is here or on its way; `again` retries after a
    /// failure (a new list, "Thử lại"), otherwise a failure stands.
    fn want_data(&mut self, again: bool) {
        match self.data {
            DataStatus::NotLoaded => self.data = DataStatus::Loading,
            DataStatus::Failed(_) if again => self.data = DataStatus::Loading,
            _ => {}
        }
    }

    /// Applies the settlements to the finished check.
    fn settle_report(&mut self) {
        let settlements = self.settlements.clone();
        if let Phase::Listed(listed) = &mut self.phase {
            listed.settled = match &listed.check {
                Check::Done(done) => Some(Rc::new(done.report.with_settlements(&settlements))),
                _ => None,
            };
        }
    }

    /// The data arrived: a check that ran (or runs) without it and may need it runs again.
    fn data_arrived(&mut self, data: &'static OldUnits) {
        self.data = DataStatus::Ready(data);
        let again = self.listed().is_some_and(|listed| match &listed.check {
            Check::Running { run, .. } => *run == self.run && !self.run_with_data,
            Check::Done(done) => done.wants_old_data,
            Check::NotStarted | Check::Cancelled => false,
        });
        if again {
            self.start();
        }
    }

    fn show_error(&mut self, field: Field, problem: Problem) {
        self.show_errors(vec![InputError { field, problem }]);
    }

    /// A new worker task for the intake (a new id, so the last task's reports are ignored).
    fn ask_worker(&mut self, task: Task) {
        self.file_run = self.file_run.wrapping_add(1);
        if let Some(intake) = &mut self.intake {
            intake.step = Step::Working { task, status: None };
        }
    }

    /// Whether a report of task `run` still concerns the page.
    fn is_current(&self, run: u32) -> bool {
        run == self.file_run && self.intake.as_ref().is_some_and(|i| i.task().is_some())
    }

    /// A list arrived from `field`: set it up, and start at once when every column is sure. A
    /// list that cannot be used changes nothing but the error shown: the list before it, its
    /// check and results stay.
    fn take_list(&mut self, result: Result<Loaded, LoadError>, field: Field) {
        let list = match result {
            Ok(list) => list,
            Err(error) => {
                self.show_error(field, Problem::Load(error));
                return;
            }
        };
        let province = self.listed().and_then(|l| l.setup.province);
        let Some(setup) = Setup::read(&list.text, None, province, &self.remembered) else {
            self.show_error(field, Problem::Load(LoadError::Empty));
            return;
        };
        let has_rows = delimited::Reader::new(&list.text, setup.delimiter)
            .filter(|r| !r.is_blank())
            .nth(1)
            .is_some();
        if !has_rows {
            self.show_error(field, Problem::NoRows);
            return;
        }
        self.errors.clear();
        self.intake = None;
        self.export = None;
        self.export_error = None;
        self.run = self.run.wrapping_add(1);
        let review = setup.needs_review();
        if setup.columns.district.is_some() || setup.columns.old_address.is_some() {
            self.want_data(true);
        }
        self.phase = Phase::Listed(Box::new(Listed {
            list: Rc::new(list),
            setup,
            check: Check::NotStarted,
            settled: None,
        }));
        if !review {
            self.start();
        }
    }

    /// A text the page read itself: one that may hold TCVN3 or VNI goes to the file worker for
    /// a look first (a conversion is offered only if it finds one), any other is taken as it is.
    fn take_text(&mut self, result: Result<Loaded, LoadError>, field: Field) {
        match result {
            Ok(list) if legacy_text::may_hold_legacy(&list.text) => {
                self.errors.clear();
                self.intake = Some(Intake {
                    name: list.file_name().unwrap_or_default().to_owned(),
                    bytes: list.bytes,
                    field,
                    book: None,
                    read: Some(Rc::new(list)),
                    step: Step::ChooseSheet,
                });
                self.ask_worker(Task::FindLegacy);
            }
            result => self.take_list(result, field),
        }
    }

    /// The list read by the worker: offered a conversion first when it holds legacy text.
    fn take_read(&mut self, list: Loaded, offer: Option<LegacyOffer>, lines: bool) {
        let Some(intake) = &mut self.intake else {
            return;
        };
        match offer {
            Some(offer) => {
                intake.read = Some(Rc::new(list));
                intake.step = Step::Offer { offer, lines };
            }
            None => {
                let field = intake.field;
                self.take_list(Ok(list), field);
                // An unusable sheet of a workbook with others: the picker stays.
                self.back_to_picker();
            }
        }
    }

    /// After an error, a workbook with several sheets goes back to its picker; any other
    /// intake ends.
    fn back_to_picker(&mut self) {
        let several = self
            .intake
            .as_ref()
            .and_then(|i| i.book.as_ref())
            .is_some_and(|book| book.sheets.len() > 1);
        match &mut self.intake {
            Some(intake) if several && !self.errors.is_empty() => {
                intake.read = None;
                intake.step = Step::ChooseSheet;
            }
            _ if !self.errors.is_empty() => self.intake = None,
            _ => {}
        }
    }

    /// The list as read, with the user's conversion applied (`None`: kept as it is).
    fn finish_offer(&mut self, converted: Option<(Converted, String)>) {
        let Some(intake) = self.intake.take() else {
            return;
        };
        let Some(read) = intake.read.clone() else {
            return;
        };
        let mut list = owned(read);
        if let Some((converted, text)) = converted {
            list.text = text;
            list.notes.converted = Some(converted);
        }
        let field = intake.field;
        self.intake = Some(intake);
        self.take_list(Ok(list), field);
        self.back_to_picker();
    }

    /// Starts the check when the setup allows it; otherwise shows what stops it.
    fn start(&mut self) {
        let Phase::Listed(listed) = &mut self.phase else {
            return;
        };
        let problems = listed.setup.problems();
        if !problems.is_empty() {
            self.show_errors(problems);
            return;
        }
        self.errors.clear();
        Rc::make_mut(&mut self.remembered)
            .remember(listed.setup.mapping_key(), listed.setup.columns);
        self.run = self.run.wrapping_add(1);
        self.run_with_data = self.data.data().is_some();
        listed.check = Check::Running {
            run: self.run,
            progress: Progress::default(),
        };
        listed.settled = None;
    }

    fn on_file_action(&mut self, action: Action) -> bool {
        match action {
            Action::ToWorker { name, bytes, input } => {
                self.reading = false;
                self.intake_stopped = false;
                // A new file: the last one's error no longer applies.
                self.errors.clear();
                self.intake = Some(Intake {
                    name,
                    bytes,
                    field: Field::File,
                    book: None,
                    read: None,
                    step: Step::ChooseSheet,
                });
                self.ask_worker(match input {
                    WorkerInput::Workbook => Task::OpenWorkbook,
                    WorkerInput::Text => Task::DecodeText,
                });
            }
            Action::WorkerStatus(new) => {
                if let Some(Intake {
                    step: Step::Working { status, .. },
                    ..
                }) = &mut self.intake
                {
                    *status = Some(new);
                } else if let Some(export) = &mut self.export {
                    export.status = Some(new);
                } else {
                    return false;
                }
            }
            Action::WorkbookOpened { run, book } => {
                if !self.is_current(run) {
                    return false;
                }
                let only = (book.sheets.len() == 1).then_some(0);
                if let Some(intake) = &mut self.intake {
                    intake.book = Some(book);
                    intake.step = Step::ChooseSheet;
                }
                if let Some(sheet) = only {
                    self.ask_worker(Task::ReadSheet(sheet));
                }
            }
            Action::PickSheet(sheet) => {
                let known = self
                    .intake
                    .as_ref()
                    .filter(|i| i.step == Step::ChooseSheet)
                    .and_then(|i| i.book.as_ref())
                    .is_some_and(|book| sheet < book.sheets.len());
                if !known {
                    return false;
                }
                self.errors.clear();
                self.ask_worker(Task::ReadSheet(sheet));
            }
            Action::SheetRead { run, info, csv } => {
                if !self.is_current(run) {
                    return false;
                }
                let Some(intake) = &self.intake else {
                    return false;
                };
                let list = intake::sheet_list(intake, info.sheet.clone(), csv, &info);
                self.take_read(list, info.legacy, false);
            }
            Action::TextDecoded { run, info, text } => {
                if !self.is_current(run) {
                    return false;
                }
                let Some(intake) = &self.intake else {
                    return false;
                };
                // A text the page read, looked at for TCVN3/VNI: taken as the page read it.
                if let Some(read) = intake.read.clone() {
                    self.take_read(owned(read), info.legacy, true);
                    return true;
                }
                let list = intake::decoded_list(intake, &info, text);
                if list.text.trim().is_empty() {
                    self.show_error(Field::File, Problem::Load(LoadError::Empty));
                    self.intake = None;
                    return true;
                }
                self.take_read(list, info.legacy, true);
            }
            Action::ConvertLegacy => {
                let Some(Intake {
                    step: Step::Offer { offer, .. },
                    read: Some(_),
                    ..
                }) = &self.intake
                else {
                    return false;
                };
                // The worker holds the text it looked at and converts it.
                let scheme = offer.found.scheme;
                self.ask_worker(Task::Convert(scheme));
            }
            Action::KeepLegacy => {
                if !matches!(
                    self.intake,
                    Some(Intake {
                        step: Step::Offer { .. },
                        ..
                    })
                ) {
                    return false;
                }
                self.finish_offer(None);
            }
            Action::Converted { run, changed, text } => {
                if !self.is_current(run) {
                    return false;
                }
                let Some(Task::Convert(scheme)) = self.intake.as_ref().and_then(Intake::task)
                else {
                    return false;
                };
                // The worker counts lines of a text file, cells of a sheet.
                let lines = self
                    .intake
                    .as_ref()
                    .and_then(|i| i.read.as_ref())
                    .is_some_and(|read| read.notes.sheet.is_none());
                let converted = Converted {
                    scheme,
                    changed,
                    lines,
                };
                self.finish_offer(Some((converted, text)));
            }
            Action::FileFailed { run, error } => {
                if !self.is_current(run) {
                    return false;
                }
                if error == FileError::Cancelled {
                    self.intake = None;
                    self.intake_stopped = true;
                    return true;
                }
                // The look for TCVN3/VNI could not be had (offline before the worker's first
                // use, or it stopped): the text is taken as the page read it.
                if self.intake.as_ref().and_then(Intake::task) == Some(Task::FindLegacy) {
                    self.finish_offer(None);
                    return true;
                }
                let field = self.intake.as_ref().map_or(Field::File, |i| i.field);
                // The worker is gone with the workbook it had open: no picker to go back to.
                let worker_lost =
                    matches!(error, FileError::ReaderCrashed | FileError::WorkerStopped);
                self.show_error(field, Problem::File(error));
                if worker_lost {
                    self.intake = None;
                } else {
                    self.back_to_picker();
                }
            }
            Action::CancelFile => {
                if self.intake.is_none() {
                    return false;
                }
                self.intake = None;
                self.intake_stopped = true;
                self.file_run = self.file_run.wrapping_add(1);
            }
            _ => return false,
        }
        true
    }
}

impl Reducer for BulkState {
    type Action = Action;

    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Paste(text) => next.paste = Rc::from(text),
            Action::CheckPaste => {
                next.intake_stopped = false;
                if next.paste.trim().is_empty() {
                    next.show_error(Field::Paste, Problem::EmptyPaste);
                } else {
                    let result = load_bytes(Source::Paste, next.paste.as_bytes().to_vec());
                    next.take_text(result, Field::Paste);
                }
            }
            Action::ReadingFile => {
                next.reading = true;
                next.intake_stopped = false;
            }
            Action::FileRead(result) => {
                next.reading = false;
                next.intake = None;
                next.file_run = next.file_run.wrapping_add(1);
                next.take_text(result, Field::File);
            }
            Action::Setup(change) => {
                let remembered = next.remembered.clone();
                if let Phase::Listed(listed) = &mut next.phase {
                    let setup = &mut listed.setup;
                    match change {
                        SetupChange::Delimiter(delimiter) => {
                            if let Some(read) = Setup::read(
                                &listed.list.text,
                                Some(delimiter),
                                setup.province,
                                &remembered,
                            ) {
                                *setup = read;
                            }
                        }
                        SetupChange::Column(column, index) => setup.columns.set(column, index),
                        SetupChange::Province(province) => setup.province = province,
                    }
                }
            }
            Action::Start => next.start(),
            Action::Progress { run, progress } => {
                if self.running().map(|(current, _)| current) != Some(run) {
                    return self;
                }
                if let Phase::Listed(listed) = &mut next.phase {
                    listed.check = Check::Running { run, progress };
                }
            }
            Action::Finished { run, done } => {
                if self.running().map(|(current, _)| current) != Some(run) {
                    return self;
                }
                let wants_data = done.wants_old_data;
                if let Phase::Listed(listed) = &mut next.phase {
                    listed.check = Check::Done(done);
                }
                next.settle_report();
                if wants_data {
                    next.want_data(false);
                }
                next.arrivals = next.arrivals.wrapping_add(1);
            }
            Action::Cancel => match &mut next.phase {
                Phase::Listed(listed) if matches!(listed.check, Check::Running { .. }) => {
                    listed.check = Check::Cancelled;
                    next.run = next.run.wrapping_add(1);
                }
                _ => return self,
            },
            Action::DataLoaded(Ok(data)) => next.data_arrived(data),
            Action::DataLoaded(Err(failure)) => next.data = DataStatus::Failed(failure),
            Action::RetryData => next.want_data(true),
            Action::Settle { old, new } => {
                let settlements = Rc::make_mut(&mut next.settlements);
                match new {
                    Some(new) => settlements.settle(old, new),
                    None => settlements.unsettle(old),
                }
                next.settle_report();
            }
            Action::Export { kind, format } => {
                if next.export.is_some() {
                    return self;
                }
                if !matches!(next.listed().map(|l| &l.check), Some(Check::Done(_))) {
                    return self;
                }
                next.export_run = next.export_run.wrapping_add(1);
                next.export_error = None;
                next.export = Some(Export {
                    run: next.export_run,
                    kind,
                    format,
                    status: None,
                });
            }
            Action::Exported { run, result } => {
                if next.export.map(|e| e.run) != Some(run) {
                    return self;
                }
                next.export = None;
                next.export_error = result.err().filter(|e| *e != FileError::Cancelled);
            }
            Action::CancelExport => {
                if next.export.is_none() {
                    return self;
                }
                next.export = None;
                next.export_run = next.export_run.wrapping_add(1);
            }
            file_action => {
                if !next.on_file_action(file_action) {
                    return self;
                }
            }
        }
        Rc::new(next)
    }
}
