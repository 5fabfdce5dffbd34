//! A file on its way into a page through the file worker, shared by the pages that open
//! lists (the bulk check, the student roster): which file is read and how, and the detour a
//! workbook or a legacy-encoded text takes — the worker loading and reading, the sheet picker,
//! the TCVN3/VNI before/after preview — before the page gets plain UTF-8 CSV text
//! (docs/rules.md §6).
//!
//! [`FileIntake`] is that detour as pure state with a reducer step ([`FileIntake::update`]):
//! a page holds one beside its own state, runs the worker task it asks for
//! ([`FileIntake::task`]), hands every answer back with the id of the task it answers (an answer
//! to a task that was cancelled or replaced is dropped) and takes the [`Loaded`] text when it
//! arrives. A Cancel or a file that cannot be read leaves the page as it was.

use std::rc::Rc;

use crate::files::protocol::{
    FileError, LegacyOffer, TableInfo, TextEncoding, TextInfo, WorkbookFormat, WorkbookInfo,
    WorkerStatus,
};
use crate::rules::date::DateSystem;
use crate::rules::delimited::{self, Encoding, InvalidText, ReadError};
use crate::rules::legacy_text::{self, LegacyScheme};
use crate::rules::sheet::SheetWarning;

/// Where a list came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file chosen or dropped, by name.
    File(String),
    /// A table pasted into the page.
    Paste,
    /// A sheet of an Excel or OpenDocument workbook.
    Sheet {
        /// The workbook's file name.
        file: String,
        /// The sheet's name.
        sheet: String,
    },
}

/// What reading the file took besides plain UTF-8 text, for the page to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadNotes {
    /// The code page the text was decoded from (Windows-1258 …), when not Unicode.
    pub code_page: Option<TextEncoding>,
    /// The workbook a sheet came from, and what reading it found.
    pub sheet: Option<SheetNotes>,
    /// The legacy encoding converted from, at the user's word.
    pub converted: Option<Converted>,
}

/// What reading a sheet found (docs/rules.md §6.1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetNotes {
    /// The workbook's format.
    pub format: WorkbookFormat,
    /// Title rows skipped, merged cells filled, formula errors …
    pub warnings: Vec<SheetWarning>,
    /// Warnings beyond those listed.
    pub warnings_omitted: usize,
    /// How the workbook counts days: a bare serial number in a date column is read in it.
    pub date_system: DateSystem,
}

/// A TCVN3 or VNI conversion the user agreed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Converted {
    /// The scheme converted from.
    pub scheme: LegacyScheme,
    /// Cells (or lines of a text file) changed.
    pub changed: usize,
    /// `changed` counts lines of a text file, not cells.
    pub lines: bool,
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
    /// A workbook, a code page or a conversion that made the text.
    pub notes: ReadNotes,
}

impl Loaded {
    /// A text the page read itself (UTF-8 or UTF-16).
    pub fn text(source: Source, bytes: usize, text: String, encoding: Encoding) -> Loaded {
        Loaded {
            source,
            bytes,
            text,
            encoding,
            invalid: None,
            notes: ReadNotes::default(),
        }
    }

    /// A copy (the text is the large part: copied only when an `Rc` is still shared).
    pub fn copy(&self) -> Loaded {
        Loaded {
            source: self.source.clone(),
            bytes: self.bytes,
            text: self.text.clone(),
            encoding: self.encoding,
            invalid: self.invalid,
            notes: self.notes.clone(),
        }
    }

    /// The file's name, or `None` for a pasted table.
    pub fn file_name(&self) -> Option<&str> {
        match &self.source {
            Source::File(name) | Source::Sheet { file: name, .. } => Some(name),
            Source::Paste => None,
        }
    }
}

/// Why a list cannot be checked, before any file worker is involved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Too large to read.
    Read(ReadError),
    /// Nothing in it.
    Empty,
    /// The browser could not read it.
    Failed,
}

/// Which request the file worker gets for a file the page does not read itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerInput {
    /// An .xlsx, .xls, .xlsb or .ods workbook.
    Workbook,
    /// Text that is not UTF-8 or UTF-16 (Windows-1258, TCVN3 or VNI bytes).
    Text,
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

/// Whether bytes the page has read are UTF-8 it can use as they are: true for valid UTF-8 (a
/// character cut at the end of `head` allowed, so a slice of a file can be asked), false for
/// UTF-16 (read by [`load_bytes`]) and for anything else (the file worker's decoding).
pub fn is_plain_utf8(head: &[u8]) -> bool {
    if maybe_utf16(head) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        // A character cut by the end of the slice (at most 3 bytes, a valid lead byte).
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// The file worker's request for a file, or `None` when the page reads it itself (UTF-8,
/// UTF-16). `head` is the start of the file (all of it for a small file).
pub fn worker_input(name: &str, head: &[u8]) -> Option<WorkerInput> {
    if is_workbook(name, head) {
        Some(WorkerInput::Workbook)
    } else if maybe_utf16(head) || is_plain_utf8(head) {
        None
    } else {
        Some(WorkerInput::Text)
    }
}

/// Decodes bytes into an owned text. Plain UTF-8 (the common case) is validated once and
/// reuses the buffer; UTF-16 and damaged text go through [`delimited::decode`] (the page's
/// fallback when the file worker cannot be loaded).
///
/// # Errors
/// [`LoadError::Read`] past [`delimited::MAX_INPUT_BYTES`], [`LoadError::Empty`] for blank text.
pub fn load_bytes(source: Source, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    let size = bytes.len();
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
        invalid,
        ..Loaded::text(source, size, text, encoding)
    })
}

/// The first physical line (1-based) holding a replacement character.
fn first_replaced_line(text: &str) -> usize {
    text.lines()
        .position(|line| line.contains('\u{FFFD}'))
        .map_or(1, |i| i + 1)
}

/// The list as read, owned (a copy only when the page still shows it elsewhere).
pub fn owned(read: Rc<Loaded>) -> Loaded {
    Rc::try_unwrap(read).unwrap_or_else(|shared| shared.copy())
}

/// What the file worker is asked to do for the list on its way in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// Open the workbook (the page holds its bytes).
    OpenWorkbook,
    /// Decode text that is not UTF-8 (the page holds its bytes).
    DecodeText,
    /// Read this sheet of the open workbook.
    ReadSheet(usize),
    /// Look for TCVN3 or VNI in a text the page read itself (the intake holds it): the page
    /// only glances ([`legacy_text::may_hold_legacy`]), the worker's detector decides
    /// (docs/rules.md §6.2), so no detector is part of the page's first load.
    FindLegacy,
    /// Convert the sheet or text read last from this legacy scheme.
    Convert(LegacyScheme),
}

/// Where a list on its way in is.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// The file worker works on `task`; `status` is what it last said (`None`: nothing yet).
    Working {
        task: Task,
        status: Option<WorkerStatus>,
    },
    /// The workbook has several sheets: which one holds the list?
    ChooseSheet,
    /// TCVN3 or VNI text found: the before/after preview waits for "convert" or "keep".
    Offer {
        offer: LegacyOffer,
        /// The samples are lines of a text file, not cells.
        lines: bool,
    },
}

/// A list on its way in, beside what the page shows: a file in the file worker's hands, or a
/// text waiting for the user's word on a legacy encoding. `F` says where the page shows its
/// errors (the bulk page's file input or paste box; nothing for a page with one file input).
#[derive(Clone, Debug, PartialEq)]
pub struct Intake<F = ()> {
    /// The file's name (empty for a paste).
    pub name: String,
    /// The file's size in bytes.
    pub bytes: usize,
    /// Where its errors are shown.
    pub field: F,
    /// The workbook, once open.
    pub book: Option<WorkbookInfo>,
    /// The list as read, before a conversion the user is offered.
    pub read: Option<Rc<Loaded>>,
    pub step: Step,
}

impl<F> Intake<F> {
    /// The worker's task under way, if any.
    pub fn task(&self) -> Option<Task> {
        match self.step {
            Step::Working { task, .. } => Some(task),
            _ => None,
        }
    }
}

/// What happened to a file on its way in.
#[derive(Debug)]
pub enum IntakeAction {
    /// The chosen file needs the file worker; the page holds its bytes for the first task.
    ToWorker {
        name: String,
        bytes: usize,
        input: WorkerInput,
    },
    /// The page read a file as UTF-8 itself: it may still hold TCVN3 or VNI text to offer.
    TextRead(Loaded),
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
}

/// Why a file on its way in was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntakeError {
    /// The file worker's reason (password, damaged, empty sheet, too large …).
    File(FileError),
    /// Text with nothing in it.
    Empty,
}

/// What [`FileIntake::update`] did.
#[derive(Debug, PartialEq)]
pub enum IntakeOutcome {
    /// Nothing: an answer to an older task, or an action the step does not take.
    Unchanged,
    /// The intake moved on (or failed: [`FileIntake::error`]).
    Changed,
    /// The text is ready for the page (the intake is over).
    Arrived(Loaded),
}

/// A file on its way in, for a page with one file input (the student roster).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileIntake {
    /// The file being read, when there is one.
    pub intake: Option<Intake>,
    /// The user stopped the last file: the page says it kept what it had.
    pub stopped: bool,
    /// Why the last file was not read.
    pub error: Option<IntakeError>,
    /// The newest worker task's id, bumped by every task, Cancel and new file.
    pub run: u32,
}

impl FileIntake {
    /// The worker task the page asks for, with its id and the file it concerns.
    pub fn task(&self) -> Option<(u32, Task, &Intake)> {
        let intake = self.intake.as_ref()?;
        Some((self.run, intake.task()?, intake))
    }

    /// Whether a file is in the worker's hands or waits for the user's word.
    pub fn is_busy(&self) -> bool {
        self.intake.is_some()
    }

    /// A new worker task (a new id, so the last task's answers are dropped).
    fn ask_worker(&mut self, task: Task) {
        self.run = self.run.wrapping_add(1);
        if let Some(intake) = &mut self.intake {
            intake.step = Step::Working { task, status: None };
        }
    }

    /// Whether an answer of task `run` still concerns the page.
    fn is_current(&self, run: u32) -> bool {
        run == self.run && self.intake.as_ref().is_some_and(|i| i.task().is_some())
    }

    /// A text read: the legacy preview when it holds TCVN3 or VNI, else the page's.
    fn take_read(
        &mut self,
        list: Loaded,
        offer: Option<LegacyOffer>,
        lines: bool,
    ) -> IntakeOutcome {
        match (offer, &mut self.intake) {
            (Some(offer), Some(intake)) => {
                intake.read = Some(Rc::new(list));
                intake.step = Step::Offer { offer, lines };
                IntakeOutcome::Changed
            }
            _ => self.arrive(list),
        }
    }

    fn arrive(&mut self, list: Loaded) -> IntakeOutcome {
        self.intake = None;
        self.error = None;
        IntakeOutcome::Arrived(list)
    }

    /// The text as read, with the user's conversion applied (`None`: kept as it is).
    fn finish_offer(&mut self, converted: Option<(Converted, String)>) -> IntakeOutcome {
        let Some(read) = self.intake.as_ref().and_then(|i| i.read.clone()) else {
            return IntakeOutcome::Unchanged;
        };
        let mut list = owned(read);
        if let Some((converted, text)) = converted {
            list.text = text;
            list.notes.converted = Some(converted);
        }
        self.arrive(list)
    }

    /// After an error, a workbook with several sheets goes back to its picker (another sheet
    /// may hold the list); any other file is given up. A page that refuses the text that
    /// arrived calls it too, with its own error shown.
    pub fn back_to_picker(&mut self) {
        let several = self
            .intake
            .as_ref()
            .and_then(|i| i.book.as_ref())
            .is_some_and(|book| book.sheets.len() > 1);
        match &mut self.intake {
            Some(intake) if several => {
                intake.read = None;
                intake.step = Step::ChooseSheet;
            }
            _ => self.intake = None,
        }
    }

    /// Moves the intake on; see [`IntakeOutcome`].
    pub fn update(&mut self, action: IntakeAction) -> IntakeOutcome {
        match action {
            IntakeAction::ToWorker { name, bytes, input } => {
                self.stopped = false;
                self.error = None;
                self.intake = Some(Intake {
                    name,
                    bytes,
                    field: (),
                    book: None,
                    read: None,
                    step: Step::ChooseSheet,
                });
                self.ask_worker(match input {
                    WorkerInput::Workbook => Task::OpenWorkbook,
                    WorkerInput::Text => Task::DecodeText,
                });
            }
            IntakeAction::TextRead(list) => {
                // A new file replaces whatever was on its way in.
                self.run = self.run.wrapping_add(1);
                self.stopped = false;
                self.error = None;
                if list.text.trim().is_empty() {
                    self.intake = None;
                    self.error = Some(IntakeError::Empty);
                    return IntakeOutcome::Changed;
                }
                // Text that may hold TCVN3 or VNI goes to the worker for a look first; a
                // conversion is offered only if it finds one.
                if !legacy_text::may_hold_legacy(&list.text) {
                    return self.arrive(list);
                }
                self.intake = Some(Intake {
                    name: list.file_name().unwrap_or_default().to_owned(),
                    bytes: list.bytes,
                    field: (),
                    book: None,
                    read: Some(Rc::new(list)),
                    step: Step::ChooseSheet,
                });
                self.ask_worker(Task::FindLegacy);
            }
            IntakeAction::WorkerStatus(new) => match &mut self.intake {
                Some(Intake {
                    step: Step::Working { status, .. },
                    ..
                }) => *status = Some(new),
                _ => return IntakeOutcome::Unchanged,
            },
            IntakeAction::WorkbookOpened { run, book } => {
                if !self.is_current(run) {
                    return IntakeOutcome::Unchanged;
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
            IntakeAction::PickSheet(sheet) => {
                let known = self
                    .intake
                    .as_ref()
                    .filter(|i| i.step == Step::ChooseSheet)
                    .and_then(|i| i.book.as_ref())
                    .is_some_and(|book| sheet < book.sheets.len());
                if !known {
                    return IntakeOutcome::Unchanged;
                }
                self.error = None;
                self.ask_worker(Task::ReadSheet(sheet));
            }
            IntakeAction::SheetRead { run, info, csv } => {
                if !self.is_current(run) {
                    return IntakeOutcome::Unchanged;
                }
                let Some(intake) = &self.intake else {
                    return IntakeOutcome::Unchanged;
                };
                let list = sheet_list(intake, info.sheet.clone(), csv, &info);
                return self.take_read(list, info.legacy, false);
            }
            IntakeAction::TextDecoded { run, info, text } => {
                if !self.is_current(run) {
                    return IntakeOutcome::Unchanged;
                }
                let Some(intake) = &self.intake else {
                    return IntakeOutcome::Unchanged;
                };
                // A text the page read, looked at for TCVN3/VNI: taken as the page read it.
                if let Some(read) = intake.read.clone() {
                    return self.take_read(owned(read), info.legacy, true);
                }
                let list = decoded_list(intake, &info, text);
                if list.text.trim().is_empty() {
                    self.error = Some(IntakeError::Empty);
                    self.intake = None;
                    return IntakeOutcome::Changed;
                }
                return self.take_read(list, info.legacy, true);
            }
            IntakeAction::ConvertLegacy => {
                let Some(Intake {
                    step: Step::Offer { offer, .. },
                    read: Some(_),
                    ..
                }) = &self.intake
                else {
                    return IntakeOutcome::Unchanged;
                };
                // The worker holds the text it looked at and converts it.
                let scheme = offer.found.scheme;
                self.ask_worker(Task::Convert(scheme));
            }
            IntakeAction::KeepLegacy => {
                if !matches!(
                    self.intake,
                    Some(Intake {
                        step: Step::Offer { .. },
                        ..
                    })
                ) {
                    return IntakeOutcome::Unchanged;
                }
                return self.finish_offer(None);
            }
            IntakeAction::Converted { run, changed, text } => {
                if !self.is_current(run) {
                    return IntakeOutcome::Unchanged;
                }
                let Some(Task::Convert(scheme)) = self.intake.as_ref().and_then(Intake::task)
                else {
                    return IntakeOutcome::Unchanged;
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
                return self.finish_offer(Some((converted, text)));
            }
            IntakeAction::FileFailed { run, error } => {
                if !self.is_current(run) {
                    return IntakeOutcome::Unchanged;
                }
                if error == FileError::Cancelled {
                    self.intake = None;
                    self.stopped = true;
                    return IntakeOutcome::Changed;
                }
                // The look for TCVN3/VNI could not be had (offline before the worker's first
                // use, or it stopped): the text is taken as the page read it.
                if self.intake.as_ref().and_then(Intake::task) == Some(Task::FindLegacy) {
                    return self.finish_offer(None);
                }
                // The worker is gone with the workbook it had open: no picker to go back to.
                let worker_lost = matches!(
                    error,
                    FileError::ReaderCrashed
                        | FileError::WorkerStopped
                        | FileError::ReaderStopped { .. }
                );
                self.error = Some(IntakeError::File(error));
                if worker_lost {
                    self.intake = None;
                } else {
                    self.back_to_picker();
                }
            }
            IntakeAction::CancelFile => {
                if self.intake.is_none() {
                    return IntakeOutcome::Unchanged;
                }
                self.intake = None;
                self.stopped = true;
                self.run = self.run.wrapping_add(1);
            }
        }
        IntakeOutcome::Changed
    }
}

/// A sheet the worker read, as a list with what reading it found.
pub fn sheet_list<F>(intake: &Intake<F>, sheet: String, csv: String, info: &TableInfo) -> Loaded {
    let format = intake.book.as_ref().map(|b| b.format);
    Loaded {
        notes: ReadNotes {
            sheet: format.map(|format| SheetNotes {
                format,
                warnings: info.warnings.clone(),
                warnings_omitted: info.warnings_omitted,
                date_system: info.date_system,
            }),
            ..ReadNotes::default()
        },
        ..Loaded::text(
            Source::Sheet {
                file: intake.name.clone(),
                sheet,
            },
            intake.bytes,
            csv,
            Encoding::Utf8,
        )
    }
}

/// A text the worker decoded, with the code page it came from and the bytes it replaced.
pub fn decoded_list<F>(intake: &Intake<F>, info: &TextInfo, text: String) -> Loaded {
    let invalid = (info.replaced > 0).then(|| InvalidText {
        replaced: info.replaced,
        first_line: first_replaced_line(&text),
    });
    let encoding = match info.encoding {
        TextEncoding::Utf16 => Encoding::Utf16Le,
        _ => Encoding::Utf8,
    };
    let code_page = matches!(
        info.encoding,
        TextEncoding::Windows1258 | TextEncoding::Windows1252
    )
    .then_some(info.encoding);
    Loaded {
        invalid,
        notes: ReadNotes {
            code_page,
            ..ReadNotes::default()
        },
        ..Loaded::text(
            Source::File(intake.name.clone()),
            intake.bytes,
            text,
            encoding,
        )
    }
}
