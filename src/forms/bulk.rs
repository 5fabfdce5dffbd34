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
//! The list itself is never stored (business and personal data); only the column mapping chosen
//! for a header is remembered ([`BulkState::remembered`]).

use std::rc::Rc;

use crate::forms::Reducer;
use crate::rules::bulk::{self, BulkColumns, BulkReport, Column, Prepared};
use crate::rules::delimited::{self, Delimiter, Encoding, InvalidText, ReadError};
use crate::rules::units::ProvinceCode;

/// Where a list came from.
///
/// A sheet of an Excel or OpenDocument workbook will be a third kind of source once workbooks
/// are read (today they get the steps to save them as CSV: [`LoadError::Workbook`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file chosen or dropped, by name.
    File(String),
    /// A table pasted into the page.
    Paste,
}

/// A list read into memory.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub source: Source,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// The text (never stored anywhere: personal and business data).
    pub text: String,
    /// The encoding detected.
    pub encoding: Encoding,
    /// Bytes that were not valid text, replaced.
    pub invalid: Option<InvalidText>,
}

/// Why a list cannot be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Too large to read.
    Read(ReadError),
    /// An Excel or OpenDocument workbook.
    Workbook,
    /// Nothing in it.
    Empty,
    /// The browser could not read it.
    Failed,
}

/// Whether a name or the first bytes say "workbook" (xlsx, ods: zip; xls: OLE2).
pub fn is_workbook(name: &str, head: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    let by_name = [".xlsx", ".xls", ".xlsm", ".xlsb", ".ods"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    let by_magic = head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    by_name || by_magic
}

/// Whether the first bytes look like UTF-16: a byte-order mark, or zero bytes (valid UTF-8 text
/// has neither).
pub fn maybe_utf16(head: &[u8]) -> bool {
    let head = head.get(..head.len().min(4096)).unwrap_or(head);
    head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || head.contains(&0)
}

/// Decodes bytes into an owned text. Plain UTF-8 (the common case) is validated once and
/// reuses the buffer; UTF-16 and damaged text go through [`delimited::decode`].
///
/// # Errors
/// [`LoadError::Workbook`] for a workbook file, [`LoadError::Read`] past
/// [`delimited::MAX_INPUT_BYTES`], [`LoadError::Empty`] for blank text.
pub fn load_bytes(source: Source, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    let size = bytes.len();
    if let Source::File(name) = &source
        && is_workbook(name, &bytes)
    {
        return Err(LoadError::Workbook);
    }
    if size > delimited::MAX_INPUT_BYTES {
        return Err(LoadError::Read(ReadError::TooLarge {
            bytes: size,
            max: delimited::MAX_INPUT_BYTES,
        }));
    }
    let plain = if maybe_utf16(&bytes) {
        Err(bytes)
    } else {
        let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
        String::from_utf8(bytes)
            .map(|mut text| {
                if bom {
                    text.drain(..3);
                }
                let encoding = if bom {
                    Encoding::Utf8Bom
                } else {
                    Encoding::Utf8
                };
                (text, encoding)
            })
            .map_err(|e| e.into_bytes())
    };
    let (text, encoding, invalid) = match plain {
        Ok((text, encoding)) => (text, encoding, None),
        Err(bytes) => {
            let decoded = delimited::decode(&bytes).map_err(LoadError::Read)?;
            (decoded.text.into_owned(), decoded.encoding, decoded.invalid)
        }
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(Loaded {
        source,
        bytes: size,
        text,
        encoding,
        invalid,
    })
}

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "Kiểm tra" with an empty paste box.
    EmptyPaste,
    /// The list could not be read.
    Load(LoadError),
    /// A header and no data row.
    NoRows,
    /// No column chosen for the tax code.
    NoTaxCodeColumn,
    /// One file column chosen for two fields.
    ColumnTwice,
}

/// An error shown in the summary and next to its control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

/// Where the check of a listed list is.
///
/// Steps a run will gain (fetching the old-address table before it, settling split communes
/// after it) fit here as further variants.
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
}

/// Where the page is.
///
/// Phases a workbook will add (choosing a sheet, offering to convert a legacy encoding) sit
/// between [`Phase::Choosing`] and [`Phase::Listed`].
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// No list yet; `failed` is why the last one could not be read (a workbook gets its own
    /// panel with the steps to save it as CSV).
    Choosing { failed: Option<LoadError> },
    /// A list is read and set up.
    Listed(Box<Listed>),
}

impl Default for Phase {
    fn default() -> Self {
        Phase::Choosing { failed: None }
    }
}

/// The page's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BulkState {
    /// The paste box, as typed (kept when a list fails to read).
    pub paste: Rc<str>,
    /// The browser is reading a chosen file (the page as it was stays on screen meanwhile).
    pub reading: bool,
    pub phase: Phase,
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
    /// The chosen file was read, or could not be.
    FileRead(Result<Loaded, LoadError>),
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

    /// The list and its setup, once read.
    pub fn listed(&self) -> Option<&Listed> {
        match &self.phase {
            Phase::Listed(listed) => Some(listed),
            Phase::Choosing { .. } => None,
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

    /// The error shown on `field`, if any.
    pub fn error_on(&self, field: Field) -> Option<Problem> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.problem)
    }

    fn show_errors(&mut self, errors: Vec<InputError>) {
        self.errors = errors;
        self.attempt = self.attempt.wrapping_add(1);
    }

    fn stop_check(&mut self) {
        if let Phase::Listed(listed) = &mut self.phase {
            listed.check = Check::NotStarted;
        }
    }

    /// A list arrived from `field`: set it up, and start at once when every column is sure.
    /// A list that cannot be used leaves the list before it in place, its check stopped.
    fn take_list(&mut self, result: Result<Loaded, LoadError>, field: Field) {
        self.run = self.run.wrapping_add(1);
        let list = match result {
            Ok(list) => list,
            Err(error) => {
                self.phase = Phase::Choosing {
                    failed: Some(error),
                };
                if error == LoadError::Workbook {
                    // Explained by its own panel, with steps.
                    self.errors.clear();
                } else {
                    self.show_errors(vec![InputError {
                        field,
                        problem: Problem::Load(error),
                    }]);
                }
                return;
            }
        };
        let province = self.listed().and_then(|l| l.setup.province);
        let Some(setup) = Setup::read(&list.text, None, province, &self.remembered) else {
            self.stop_check();
            self.show_errors(vec![InputError {
                field,
                problem: Problem::Load(LoadError::Empty),
            }]);
            return;
        };
        let has_rows = delimited::Reader::new(&list.text, setup.delimiter)
            .filter(|r| !r.is_blank())
            .nth(1)
            .is_some();
        if !has_rows {
            self.stop_check();
            self.show_errors(vec![InputError {
                field,
                problem: Problem::NoRows,
            }]);
            return;
        }
        self.errors.clear();
        let review = setup.needs_review();
        self.phase = Phase::Listed(Box::new(Listed {
            list: Rc::new(list),
            setup,
            check: Check::NotStarted,
        }));
        if !review {
            self.start();
        }
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
        listed.check = Check::Running {
            run: self.run,
            progress: Progress::default(),
        };
    }
}

impl Reducer for BulkState {
    type Action = Action;

    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Paste(text) => next.paste = Rc::from(text),
            Action::CheckPaste => {
                if next.paste.trim().is_empty() {
                    next.show_errors(vec![InputError {
                        field: Field::Paste,
                        problem: Problem::EmptyPaste,
                    }]);
                } else {
                    let result = load_bytes(Source::Paste, next.paste.as_bytes().to_vec());
                    next.take_list(result, Field::Paste);
                }
            }
            Action::ReadingFile => next.reading = true,
            Action::FileRead(result) => {
                next.reading = false;
                next.take_list(result, Field::File);
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
                if let Phase::Listed(listed) = &mut next.phase {
                    listed.check = Check::Done(done);
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
        }
        Rc::new(next)
    }
}
