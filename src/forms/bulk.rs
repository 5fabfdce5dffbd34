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

use crate::files::protocol::FileError;
pub use crate::files::protocol::WorkerStatus;
use crate::forms::Reducer;
pub use crate::forms::download::{Download, DownloadAction, Downloads};
pub use crate::forms::intake::{
    Converted, FileIntake, IntakeAction, LoadError, Loaded, ReadNotes, SheetNotes, Source, Step,
    Task, WorkerInput, is_plain_utf8, is_workbook, load_bytes, maybe_utf16, worker_input,
};
use crate::forms::intake::{IntakeError, IntakeOutcome};
use crate::forms::old_data::{DataStatus, LoadFailure};
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

/// A download the user asked for: which table, in which format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    pub kind: ExportKind,
    pub format: ExportFormat,
}

/// A download being made (its status is the file worker's, for an .xlsx only).
pub type Export = Download<ExportRequest>;

/// The page's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BulkState {
    /// The paste box, as typed (kept when a list fails to read).
    pub paste: Rc<str>,
    /// The browser is reading a chosen file (the page as it was stays on screen meanwhile).
    pub reading: bool,
    pub phase: Phase,
    /// A workbook or a legacy-encoded text on its way in (the phase stays as it is
    /// meanwhile); its errors are shown on the file input.
    pub intake: FileIntake,
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
    /// The download being made, the last one's error, the newest id.
    pub export: Downloads<ExportRequest>,
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
    /// A file on its way in (read on the page or by the file worker), or the paste box's text
    /// that may hold TCVN3 or VNI: the list replaces the phase when it arrives.
    Intake(IntakeAction),
    /// The browser could not read the chosen file, or it is too large.
    FileNotRead(LoadError),
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
    /// A download button, its end, or "Dừng" while an .xlsx is written (a download starts only
    /// once the check is done).
    Download(DownloadAction<ExportRequest>),
}

/// A change the user made in the mapping step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SetupChange {
    Delimiter(Delimiter),
    Column(Column, Option<usize>),
    Province(Option<ProvinceCode>),
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

    /// The download the page asks for, with the results it is made from.
    pub fn exporting(&self) -> Option<(Export, &Listed, &Rc<Done>)> {
        let export = self.export.current?;
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

    /// A list arrived from `field`: set it up, and start at once when every column is sure. A
    /// list that cannot be used changes nothing but the error shown: the list before it, its
    /// check and results stay.
    fn take_list(&mut self, list: Loaded, field: Field) {
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
        self.intake.intake = None;
        self.export.current = None;
        self.export.error = None;
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

    /// Moves the file on its way in; false when nothing changed. The list that arrives is
    /// taken as if read at once; one the page cannot use sends a workbook of several sheets back
    /// to its picker (another sheet may hold the list), and the intake's errors are shown on the
    /// file input.
    fn on_intake(&mut self, action: IntakeAction) -> bool {
        let new_file = matches!(
            action,
            IntakeAction::ToWorker { .. } | IntakeAction::TextRead(_)
        );
        let clears = new_file || matches!(action, IntakeAction::PickSheet(_));
        let status = match action {
            IntakeAction::WorkerStatus(status) => Some(status),
            _ => None,
        };
        if new_file {
            self.reading = false;
        }
        // A new file replaces the last one; any other answer may end this intake.
        let before = (!new_file).then(|| self.intake.intake.clone()).flatten();
        match self.intake.update(action) {
            IntakeOutcome::Unchanged => match status {
                // The worker's progress goes to the download when no file is on its way in.
                Some(status) if self.export.update(DownloadAction::Status(status)) => {}
                _ => return false,
            },
            IntakeOutcome::Changed => match self.intake.error.take() {
                Some(IntakeError::File(error)) => {
                    self.show_error(Field::File, Problem::File(error))
                }
                Some(IntakeError::Empty) => {
                    self.show_error(Field::File, Problem::Load(LoadError::Empty));
                }
                None if clears => self.errors.clear(),
                None => {}
            },
            IntakeOutcome::Arrived(list) => {
                let field = match list.source {
                    Source::Paste => Field::Paste,
                    Source::File(_) | Source::Sheet { .. } => Field::File,
                };
                self.take_list(list, field);
                if !self.errors.is_empty() {
                    self.intake.intake = before;
                    self.intake.back_to_picker();
                }
            }
        }
        true
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
}

impl Reducer for BulkState {
    type Action = Action;

    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Paste(text) => next.paste = Rc::from(text),
            Action::CheckPaste => {
                next.intake.stopped = false;
                if next.paste.trim().is_empty() {
                    next.show_error(Field::Paste, Problem::EmptyPaste);
                } else {
                    match load_bytes(Source::Paste, next.paste.as_bytes().to_vec()) {
                        // The worker looks for TCVN3 or VNI first (a conversion is offered only
                        // if it finds one).
                        Ok(list) if legacy_text::may_hold_legacy(&list.text) => {
                            next.on_intake(IntakeAction::TextRead(list));
                        }
                        Ok(list) => next.take_list(list, Field::Paste),
                        Err(error) => next.show_error(Field::Paste, Problem::Load(error)),
                    }
                }
            }
            Action::ReadingFile => {
                next.reading = true;
                next.intake.stopped = false;
            }
            Action::Intake(action) => {
                if !next.on_intake(action) {
                    return self;
                }
            }
            Action::FileNotRead(error) => {
                next.reading = false;
                next.intake.intake = None;
                next.intake.run = next.intake.run.wrapping_add(1);
                next.show_error(Field::File, Problem::Load(error));
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
            Action::Download(action) => {
                let starts = matches!(action, DownloadAction::Start(_));
                if starts && !matches!(next.listed().map(|l| &l.check), Some(Check::Done(_))) {
                    return self;
                }
                if !next.export.update(action) {
                    return self;
                }
            }
        }
        Rc::new(next)
    }
}
