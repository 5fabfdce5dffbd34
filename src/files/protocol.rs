//! The messages between a page and the file worker (docs/rules.md §6.4).
//!
//! Every message is an object with a request number and a typed body encoded in the byte format
//! of [`super::wire`] under [`MESSAGE`], and the file's bytes — when there are any — beside it
//! under [`BYTES`] as an `ArrayBuffer` in the transfer list, so a 50 MB file moves between
//! threads without a copy. Text results (a sheet as CSV, a decoded text file, an .xlsx) come back
//! the same way.
//!
//! These types are shared by both sides and hold no reader: the page links only them and the
//! halves of [`super::wire`] it uses (encoding requests, decoding answers).

use crate::rules::date::DateSystem;
use crate::rules::legacy_text::{ConversionPreview, LegacyFound, LegacyScheme};
use crate::rules::sheet::SheetWarning;

/// The key of a message's encoded number and body (a `Uint8Array`).
pub const MESSAGE: &str = "m";
/// The key of the bytes beside a message (an `ArrayBuffer`, transferred).
pub const BYTES: &str = "b";

/// What the page asks.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Open a workbook (bytes beside). Answered by [`Response::Workbook`].
    OpenWorkbook {
        /// The file's name, to tell formats apart when the bytes do not.
        file_name: String,
    },
    /// Read a sheet of the open workbook. Answered by [`Response::Table`] (CSV beside).
    ReadSheet {
        /// Index into [`WorkbookInfo::sheets`].
        sheet: usize,
    },
    /// Decode a text file (bytes beside): UTF-8, UTF-16, Windows-1258, or TCVN3/VNI seen
    /// through Windows-1252. Answered by [`Response::Text`] (UTF-8 beside).
    DecodeText,
    /// Convert the last sheet or text read from a legacy scheme. Answered by
    /// [`Response::Converted`] (CSV or text beside).
    ConvertLegacy {
        /// The scheme the user agreed to.
        scheme: LegacyScheme,
    },
    /// Write an .xlsx from CSV text (bytes beside, UTF-8). Answered by [`Response::Xlsx`].
    WriteXlsx {
        /// How to write it.
        export: XlsxExport,
    },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Response {
    /// The worker has loaded and waits for requests (sent once, with id 0).
    Ready,
    /// Work in progress on the request with this id.
    Progress(Progress),
    /// A workbook opened.
    Workbook(WorkbookInfo),
    /// A sheet read; its CSV (UTF-8) is beside.
    Table(TableInfo),
    /// A text file decoded; its UTF-8 text is beside.
    Text(TextInfo),
    /// A conversion done; the converted CSV or text is beside.
    Converted {
        /// The scheme.
        scheme: LegacyScheme,
        /// Cells (or lines, for a text) changed.
        changed: usize,
    },
    /// An .xlsx written; its bytes are beside.
    Xlsx {
        /// Rows written, header included.
        rows: usize,
    },
    /// The request failed.
    Failed(FileError),
}

/// What the worker is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Checking and inflating the zip.
    Unpacking,
    /// Reading rows.
    Reading,
    /// Writing a file.
    Writing,
}

/// Progress of a request: `done` out of about `total` (bytes or rows, by stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The stage.
    pub stage: Stage,
    /// Done so far.
    pub done: u64,
    /// The expected total (0 when unknown).
    pub total: u64,
}

/// What a page shows while the file worker works (not a message: the page's reading of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerStatus {
    /// Fetching and compiling the worker (first use only).
    Loading,
    /// Working on a request.
    Working(Progress),
}

/// Workbook formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkbookFormat {
    /// Excel 2007+ (.xlsx, .xlsm).
    Xlsx,
    /// Excel binary workbook (.xlsb).
    Xlsb,
    /// Excel 97–2003 (.xls).
    Xls,
    /// OpenDocument (.ods).
    Ods,
}

/// A worksheet's name and whether the workbook hides it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetInfo {
    /// The tab's name.
    pub name: String,
    /// Hidden or very hidden.
    pub hidden: bool,
}

/// An open workbook: what a sheet picker needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookInfo {
    /// The format.
    pub format: WorkbookFormat,
    /// The worksheets, in tab order.
    pub sheets: Vec<SheetInfo>,
}

/// A legacy scheme found, with the before/after preview for the user to agree to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyOffer {
    /// The scheme and its evidence.
    pub found: LegacyFound,
    /// What converting would change.
    pub preview: ConversionPreview,
}

/// A sheet read as a table; the CSV itself travels beside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableInfo {
    /// The sheet's name.
    pub sheet: String,
    /// The header's row number in the sheet (1-based).
    pub header_row: usize,
    /// The column names.
    pub header: Vec<String>,
    /// Data rows (non-blank, below the header).
    pub rows: usize,
    /// How the workbook counts days.
    pub date_system: DateSystem,
    /// What the user should know.
    pub warnings: Vec<SheetWarning>,
    /// Warnings beyond those listed.
    pub warnings_omitted: usize,
    /// TCVN3 or VNI text found in the cells.
    pub legacy: Option<LegacyOffer>,
}

/// How a text file was encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// UTF-8 (with or without byte-order mark).
    Utf8,
    /// UTF-16, either byte order.
    Utf16,
    /// Windows-1258, Vietnamese Windows' "ANSI" (Excel's plain "CSV" there): decoded and
    /// composed to NFC.
    Windows1258,
    /// Windows-1252: bytes whose letters are TCVN3 or VNI font codes (see the legacy offer).
    Windows1252,
}

/// A text file decoded; the UTF-8 text travels beside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextInfo {
    /// The encoding used.
    pub encoding: TextEncoding,
    /// Sequences not valid in it, replaced by U+FFFD.
    pub replaced: usize,
    /// TCVN3 or VNI text found.
    pub legacy: Option<LegacyOffer>,
}

/// How a column of an exported .xlsx is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text as it is.
    Text,
    /// A code (tax code, ID, phone, unit code): always text, so leading zeros stay.
    Code,
    /// A whole number, written as a number with thousands separators.
    Integer,
    /// A number with decimals.
    Decimal,
    /// A share, written as a percentage (the cell holds `76,93 %` or `0.7693`).
    Percent,
    /// A date `dd/mm/yyyy`, written as a date.
    Date,
}

/// A column of an export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportColumn {
    /// How to write its cells.
    pub kind: ColumnKind,
    /// Width in characters; `None` to fit the contents (at most 60).
    pub width: Option<f64>,
}

/// An .xlsx export of one table (the CSV beside holds the header and the rows).
#[derive(Clone, Debug, PartialEq)]
pub struct XlsxExport {
    /// The tab's name (at most 31 characters; longer names are cut).
    pub sheet_name: String,
    /// One per CSV column; missing ones are [`ColumnKind::Text`].
    pub columns: Vec<ExportColumn>,
}

/// Why a file could not be read or written; each has its own sentence in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Neither a workbook nor text the app reads (a PDF, an image, a Word file).
    NotAWorkbook,
    /// Protected by a password.
    Encrypted,
    /// Damaged or cut short (a zip whose directory does not read, an entry that does not
    /// inflate, XML that does not parse).
    Damaged,
    /// Larger than the limit for its format.
    TooLarge {
        /// The file's size.
        bytes: u64,
        /// The limit.
        max: u64,
    },
    /// A zip whose contents inflate past the limit.
    InflatesPastLimit {
        /// The limit, in bytes.
        max: u64,
    },
    /// A sheet with more rows than the limit.
    TooManyRows {
        /// The limit.
        max: u64,
    },
    /// A sheet with more cells than the limit.
    TooManyCells {
        /// The limit.
        max: u64,
    },
    /// The sheet holds nothing.
    EmptySheet {
        /// Its name.
        sheet: String,
    },
    /// The workbook has no worksheet at all (only charts).
    NoSheets,
    /// No sheet with that index (the page asked for one it was not offered).
    NoSuchSheet,
    /// Nothing was read yet to convert.
    NothingToConvert,
    /// The request did not decode (a page and worker from different versions).
    BadRequest,
    /// Writing the .xlsx failed.
    WriteFailed,
    /// The user pressed Cancel: nothing to say, the page keeps what it had.
    Cancelled,
    /// The worker could not be loaded (offline before first use, or the file is missing).
    WorkerUnavailable,
    /// The worker stopped while working (it ran out of memory).
    WorkerStopped,
    /// A reader panicked on this file (a damaged file it does not survive: calamine reading an
    /// .xls record past its end, found by fuzzing). The worker said so before it stopped; the
    /// page starts a fresh one for the next file.
    ReaderCrashed,
    /// The worker said nothing (no progress, no answer) for `seconds` while it worked: the page
    /// stopped it (an endless read, a decompression that does not end) and starts a fresh one
    /// for the next file.
    ReaderStopped {
        /// The silence the page waited for, in seconds.
        seconds: u64,
    },
}
