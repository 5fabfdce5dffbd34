//! Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) read with `calamine` into a [`Grid`], within
//! limits that keep a phone's browser alive (docs/rules.md §6.4).
//!
//! Limits, each a typed error the page can put in words:
//! - the file: at most [`MAX_FILE_BYTES`]; an .xls at most [`MAX_XLS_BYTES`] (it is read whole,
//!   uncompressed; the same list saved as .xlsx is a fraction of the size and is streamed);
//! - a zip (.xlsx, .xlsb, .ods): its directory must read, and its entries may inflate to at most
//!   [`MAX_INFLATED_BYTES`] in all — checked against the declared sizes first, then by inflating
//!   every entry once and stopping as soon as the real output passes the limit (a zip can lie);
//!   that pass also checks every entry's checksum and finds an .xlsx's merged cells on the way
//!   ([`super::xlsx_merges`]);
//! - an .xls: its compound file's chains must stay inside the file, and a sheet's announced size
//!   is made harmless ([`super::cfb_check`]);
//! - a sheet: at most [`MAX_ROWS`] rows holding something (one stray cell at row 1,048,576 is
//!   not a million rows) and [`MAX_CELLS`] non-empty cells (read row by row for .xlsx and
//!   .xlsb, so a sheet of 1,048,576 rows stops early).
//!
//! Password-protected workbooks (an .xlsx in an encrypted container, an .xls with a password, an
//! encrypted .ods) are recognised and refused: nothing here can open them.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Dimensions, Ods, Reader, Xls, Xlsb, Xlsx};

use super::cfb_check::prepare_xls;
use super::ods_extras::{OdsExtras, ods_extras};
use super::protocol::{FileError, SheetInfo, WorkbookFormat};
use super::xlsx_fast::{Context, SheetScan};
use super::xlsx_merges::{EntryScan, FastParts, Gathered};
use crate::rules::date::DateSystem;
use crate::rules::sheet::{CellError, CellValue, Grid, Merge};

/// Why the fast scan stopped, with the worker's own error (a limit passed).
type Stop = super::xlsx_fast::Stop<FileError>;

/// Largest workbook accepted (100 MiB).
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// Largest .xls accepted (32 MiB): the format is read whole and uncompressed.
pub const MAX_XLS_BYTES: usize = 32 * 1024 * 1024;

/// Most bytes the entries of a zipped workbook may inflate to, in all (200 MiB).
pub const MAX_INFLATED_BYTES: u64 = 200 * 1024 * 1024;

/// Most rows read from one sheet: five times the largest list the tools were measured with
/// (100,000 rows), well under Excel's 1,048,576.
pub const MAX_ROWS: usize = 500_000;

/// Most non-empty cells read from one sheet.
pub const MAX_CELLS: usize = 10_000_000;

/// Progress is reported every this many rows.
pub const PROGRESS_EVERY_ROWS: usize = 5_000;

/// The OLE2 compound file signature (.xls, and encrypted .xlsx/.docx).
const CFB_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// What the bytes are, from their first bytes and the zip's entry names.
pub fn sniff(bytes: &[u8]) -> Option<WorkbookFormat> {
    if bytes.starts_with(&CFB_MAGIC) {
        return Some(WorkbookFormat::Xls);
    }
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return None;
    }
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("xl/workbook.bin") {
        Some(WorkbookFormat::Xlsb)
    } else if names.iter().any(|n| n.starts_with("xl/")) {
        Some(WorkbookFormat::Xlsx)
    } else if has("content.xml") {
        Some(WorkbookFormat::Ods)
    } else {
        None
    }
}

/// An open workbook.
pub struct Workbook {
    format: WorkbookFormat,
    inner: Inner,
}

enum Inner {
    /// With the merges found while the zip was checked ([`crate::files::xlsx_merges`]), and
    /// what reads its sheets fast when it is laid out as usual ([`Fast`]).
    Xlsx(
        Box<Xlsx<Cursor<Vec<u8>>>>,
        HashMap<String, Vec<Merge>>,
        Option<Box<Fast>>,
    ),
    Xlsb(Box<Xlsb<Cursor<Vec<u8>>>>),
    Xls(Box<Xls<Cursor<Vec<u8>>>>),
    /// With what `calamine` does not read (merges, error cells), by sheet name ([`ods_extras`]).
    Ods(Box<Ods<Cursor<Vec<u8>>>>, HashMap<String, OdsExtras>),
}

impl Workbook {
    /// Opens a workbook's bytes (taken, not copied).
    ///
    /// # Errors
    /// [`FileError::TooLarge`], [`FileError::NotAWorkbook`], [`FileError::Encrypted`],
    /// [`FileError::Damaged`], [`FileError::InflatesPastLimit`].
    pub fn open(bytes: Vec<u8>, progress: &mut dyn FnMut(u64, u64)) -> Result<Workbook, FileError> {
        Workbook::open_with(bytes, progress, true)
    }

    /// Opens a workbook to be read by `calamine` alone, never by [`super::xlsx_fast`]: what the
    /// fast reader is compared with in the tests.
    ///
    /// # Errors
    /// As [`Workbook::open`].
    pub fn open_with_calamine(bytes: Vec<u8>) -> Result<Workbook, FileError> {
        Workbook::open_with(bytes, &mut |_, _| {}, false)
    }

    fn open_with(
        mut bytes: Vec<u8>,
        progress: &mut dyn FnMut(u64, u64),
        fast_allowed: bool,
    ) -> Result<Workbook, FileError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(FileError::TooLarge {
                bytes: bytes.len() as u64,
                max: MAX_FILE_BYTES as u64,
            });
        }
        let format = sniff(&bytes).ok_or_else(|| {
            if bytes.starts_with(b"PK") {
                FileError::Damaged
            } else {
                FileError::NotAWorkbook
            }
        })?;
        if format == WorkbookFormat::Xls {
            if is_encrypted_package(&bytes) {
                return Err(FileError::Encrypted);
            }
            if bytes.len() > MAX_XLS_BYTES {
                return Err(FileError::TooLarge {
                    bytes: bytes.len() as u64,
                    max: MAX_XLS_BYTES as u64,
                });
            }
            if !prepare_xls(&mut bytes) {
                return Err(FileError::Damaged);
            }
        }
        let (xlsx_merges, fast, pre_read) = if format == WorkbookFormat::Xls {
            (HashMap::new(), None, None)
        } else {
            let (gathered, pre_read) = check_inflated_size(&bytes, progress)?;
            let (merges, fast) = gathered.tie();
            (merges, fast, pre_read)
        };
        // With the shared strings read during the check, calamine is handed a copy in which
        // their entry is renamed, so that it does not read them again (it reads them whole,
        // at the start): it still reads the workbook's sheets, styles and date system.
        let (bytes, fast) = match fast {
            Some(parts) if format == WorkbookFormat::Xlsx && fast_allowed => {
                let for_calamine = match parts.strings_entry {
                    Some(index) => without_entry(&bytes, index).unwrap_or_else(|| bytes.clone()),
                    None => bytes.clone(),
                };
                let fast = Fast {
                    bytes,
                    parts,
                    pre_read,
                };
                (for_calamine, Some(Box::new(fast)))
            }
            _ => (bytes, None),
        };
        let ods_extras = if format == WorkbookFormat::Ods {
            ods_extras(&bytes)
        } else {
            HashMap::new()
        };
        let cursor = Cursor::new(bytes);
        let inner = match format {
            WorkbookFormat::Xlsx => Inner::Xlsx(
                Box::new(Xlsx::new(cursor).map_err(xlsx_error)?),
                xlsx_merges,
                fast,
            ),
            WorkbookFormat::Xlsb => Inner::Xlsb(Box::new(Xlsb::new(cursor).map_err(xlsb_error)?)),
            WorkbookFormat::Xls => Inner::Xls(Box::new(Xls::new(cursor).map_err(xls_error)?)),
            WorkbookFormat::Ods => {
                Inner::Ods(Box::new(Ods::new(cursor).map_err(ods_error)?), ods_extras)
            }
        };
        Ok(Workbook { format, inner })
    }

    /// Reads a worksheet with [`super::xlsx_fast`] alone: `None` when this workbook or sheet
    /// is left to `calamine` (a format other than .xlsx, an unusual shape). For the tests.
    pub fn read_sheet_fast(&mut self, name: &str) -> Option<Result<Grid, FileError>> {
        let Inner::Xlsx(workbook, found, Some(fast)) = &mut self.inner else {
            return None;
        };
        let date_system = system(workbook.has_1904_epoch());
        let merges = found.get(name).cloned().unwrap_or_default();
        let entry = *fast.parts.entries.get(name)?;
        match fast.read(entry, date_system, merges, &mut |_, _| {}) {
            Ok(grid) => Some(Ok(grid)),
            Err(Stop::Refused(error)) => Some(Err(error)),
            Err(Stop::Unusual) => None,
        }
    }

    /// The format.
    pub fn format(&self) -> WorkbookFormat {
        self.format
    }

    /// How the workbook counts days (OpenDocument writes dates out, so 1900 is moot there).
    pub fn date_system(&self) -> DateSystem {
        match &self.inner {
            Inner::Xlsx(w, ..) => system(w.has_1904_epoch()),
            Inner::Xlsb(w) => system(w.has_1904_epoch()),
            Inner::Xls(w) => system(w.has_1904_epoch()),
            Inner::Ods(..) => DateSystem::Excel1900,
        }
    }

    /// The worksheets, in workbook order (chart sheets and macro sheets left out).
    pub fn sheets(&self) -> Vec<SheetInfo> {
        let metadata = match &self.inner {
            Inner::Xlsx(w, ..) => w.sheets_metadata(),
            Inner::Xlsb(w) => w.sheets_metadata(),
            Inner::Xls(w) => w.sheets_metadata(),
            Inner::Ods(w, _) => w.sheets_metadata(),
        };
        metadata
            .iter()
            .filter(|s| s.typ == calamine::SheetType::WorkSheet)
            .map(|s| SheetInfo {
                name: s.name.clone(),
                hidden: s.visible != calamine::SheetVisible::Visible,
            })
            .collect()
    }

    /// Reads one worksheet (by its name from [`Workbook::sheets`]) into a grid, calling
    /// `progress(rows read, rows in the sheet's declared size)` as it goes.
    ///
    /// # Errors
    /// [`FileError::NoSuchSheet`], [`FileError::TooManyRows`], [`FileError::TooManyCells`],
    /// [`FileError::Damaged`].
    pub fn read_sheet(
        &mut self,
        name: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Grid, FileError> {
        match &mut self.inner {
            Inner::Xlsx(workbook, found, fast) => {
                let date_system = system(workbook.has_1904_epoch());
                let merges: Vec<Merge> = match found.get(name) {
                    Some(merges) => merges.clone(),
                    // Not tied to its entry: calamine parses the sheet once more for them.
                    None => workbook
                        .merge_cells_by_sheet_name(name)
                        .map_err(|e| match e {
                            calamine::XlsxError::WorksheetNotFound(_) => FileError::NoSuchSheet,
                            e => xlsx_error(e),
                        })?
                        .iter()
                        .map(merge)
                        .collect(),
                };
                let Some(fast) = fast else {
                    return read_xlsx_sheet(workbook, name, date_system, merges, progress);
                };
                if let Some(&entry) = fast.parts.entries.get(name) {
                    match fast.read(entry, date_system, merges.clone(), progress) {
                        Ok(grid) => return Ok(grid),
                        Err(Stop::Refused(error)) => return Err(error),
                        Err(Stop::Unusual) => {}
                    }
                }
                // A shape the fast reader leaves to calamine: read with it from the bytes as
                // they came (with their shared strings).
                let mut whole = Xlsx::new(Cursor::new(fast.bytes.clone())).map_err(xlsx_error)?;
                read_xlsx_sheet(&mut whole, name, date_system, merges, progress)
            }
            Inner::Xlsb(workbook) => {
                let date_system = system(workbook.has_1904_epoch());
                let mut reader = workbook.worksheet_cells_reader(name).map_err(|e| match e {
                    calamine::XlsbError::WorksheetNotFound(_) => FileError::NoSuchSheet,
                    e => xlsb_error(e),
                })?;
                let declared = reader.dimensions();
                let mut builder = GridBuilder::new(date_system, Vec::new(), declared);
                while let Some(cell) = reader.next_cell().map_err(xlsb_error)? {
                    let (row, column) = cell.get_position();
                    builder.push(row, column, data_ref_value(cell.get_value()), progress)?;
                }
                Ok(builder.finish())
            }
            Inner::Xls(workbook) => {
                let date_system = system(workbook.has_1904_epoch());
                let merges = workbook
                    .merge_cells_by_sheet_name(name)
                    .unwrap_or_default()
                    .iter()
                    .map(merge)
                    .collect();
                let range = workbook.worksheet_range(name).map_err(|e| match e {
                    calamine::XlsError::WorksheetNotFound(_) => FileError::NoSuchSheet,
                    e => xls_error(e),
                })?;
                grid_from_range(&range, date_system, merges, progress)
            }
            Inner::Ods(workbook, extras) => {
                let range = workbook.worksheet_range(name).map_err(|e| match e {
                    calamine::OdsError::WorksheetNotFound(_) => FileError::NoSuchSheet,
                    e => ods_error(e),
                })?;
                let extras = extras.get(name).cloned().unwrap_or_default();
                let mut grid =
                    grid_from_range(&range, DateSystem::Excel1900, extras.merges, progress)?;
                mark_errors(&mut grid, &extras.errors);
                Ok(grid)
            }
        }
    }
}

/// An .xlsx as it came, with what its sheets need to be read without calamine's parser.
struct Fast {
    bytes: Vec<u8>,
    parts: FastParts,
    pre_read: Option<PreRead>,
}

impl Fast {
    /// Reads the sheet in zip entry `entry` with [`super::xlsx_fast`].
    fn read(
        &mut self,
        entry: usize,
        date_system: DateSystem,
        merges: Vec<Merge>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Grid, Stop> {
        if let Some(pre) = self.pre_read.take_if(|pre| pre.entry == entry) {
            let mut grid = pre.grid.map_err(Stop::Refused)?;
            grid.merges = merges;
            grid.date_system = date_system;
            return Ok(grid);
        }
        let mut archive =
            zip::ZipArchive::new(Cursor::new(self.bytes.as_slice())).map_err(|_| Stop::Unusual)?;
        let mut entry = archive.by_index(entry).map_err(|_| Stop::Unusual)?;
        let context = Context {
            strings: &self.parts.strings,
            kinds: &self.parts.kinds,
        };
        let mut reader = SheetReader::new(Dimensions::default(), merges);
        reader.builder.grid.date_system = date_system;
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let read = entry.read(&mut buffer).map_err(|_| Stop::Unusual)?;
            let chunk = buffer.get(..read).unwrap_or_default();
            reader.feed(chunk, read == 0, &context, progress);
            if read == 0 || reader.scan.is_done() || reader.stopped.is_some() {
                break;
            }
        }
        match reader.finish() {
            Some(Ok(grid)) => Ok(grid),
            Some(Err(error)) => Err(Stop::Refused(error)),
            None => Err(Stop::Unusual),
        }
    }
}

/// A copy of a zip's bytes in which entry `index` has another name (its last letter a `_`),
/// so that a reader looking for it by name does not find it; `None` if its headers are not
/// where the directory says.
fn without_entry(bytes: &[u8], index: usize) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let entry = archive.by_index_raw(index).ok()?;
    let name = entry.name_raw().to_vec();
    let local = usize::try_from(entry.header_start()).ok()?;
    let central = usize::try_from(entry.central_header_start()).ok()?;
    drop(entry);
    let mut out = bytes.to_vec();
    for (at, signature, name_at) in [(local, b"PK\x03\x04", 30), (central, b"PK\x01\x02", 46)] {
        if out.get(at..at + 4)? != signature
            || out.get(at + name_at..at + name_at + name.len())? != name
        {
            return None;
        }
        *out.get_mut(at + name_at + name.len().checked_sub(1)?)? = b'_';
    }
    Some(out)
}

/// Reads an .xlsx sheet with calamine's cell reader.
fn read_xlsx_sheet(
    workbook: &mut Xlsx<Cursor<Vec<u8>>>,
    name: &str,
    date_system: DateSystem,
    merges: Vec<Merge>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Grid, FileError> {
    let mut reader = workbook.worksheet_cells_reader(name).map_err(|e| match e {
        calamine::XlsxError::WorksheetNotFound(_) => FileError::NoSuchSheet,
        e => xlsx_error(e),
    })?;
    let declared = reader.dimensions();
    let mut builder = GridBuilder::new(date_system, merges, declared);
    while let Some(cell) = reader.next_cell().map_err(xlsx_error)? {
        let (row, column) = cell.get_position();
        builder.push(row, column, data_ref_value(cell.get_value()), progress)?;
    }
    Ok(builder.finish())
}

fn system(is_1904: bool) -> DateSystem {
    if is_1904 {
        DateSystem::Excel1904
    } else {
        DateSystem::Excel1900
    }
}

fn merge(d: &Dimensions) -> Merge {
    Merge {
        first_row: d.start.0,
        first_column: d.start.1,
        last_row: d.end.0,
        last_column: d.end.1,
    }
}

/// Builds a dense grid from cells that arrive row by row, enforcing the limits: the rows that
/// hold something are counted, not the last row's number, so one stray cell typed at row
/// 1,048,576 below a short list does not make it "too many rows".
struct GridBuilder {
    grid: Grid,
    cells: usize,
    filled_rows: usize,
    last_filled_row: Option<usize>,
    declared_rows: u64,
    next_report: usize,
}

impl GridBuilder {
    fn new(date_system: DateSystem, merges: Vec<Merge>, declared: Dimensions) -> GridBuilder {
        let declared_rows = u64::from(declared.end.0.saturating_sub(declared.start.0)) + 1;
        GridBuilder {
            grid: Grid {
                first_row: 0,
                first_column: 0,
                rows: Vec::new(),
                merges,
                date_system,
            },
            cells: 0,
            filled_rows: 0,
            last_filled_row: None,
            declared_rows,
            next_report: PROGRESS_EVERY_ROWS,
        }
    }

    fn push(
        &mut self,
        row: u32,
        column: u32,
        value: CellValue,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(), FileError> {
        if value == CellValue::Empty {
            return Ok(());
        }
        let row = row as usize;
        let column = column as usize;
        if self.last_filled_row != Some(row) {
            self.last_filled_row = Some(row);
            self.filled_rows += 1;
            if self.filled_rows > MAX_ROWS {
                return Err(FileError::TooManyRows {
                    max: MAX_ROWS as u64,
                });
            }
        }
        self.cells += 1;
        if self.cells > MAX_CELLS || column >= 16_384 {
            return Err(FileError::TooManyCells {
                max: MAX_CELLS as u64,
            });
        }
        if self.grid.rows.len() <= row {
            self.grid.rows.resize_with(row + 1, Vec::new);
            if row >= self.next_report {
                self.next_report = row + PROGRESS_EVERY_ROWS;
                progress(row as u64, self.declared_rows.max(row as u64));
            }
        }
        let Some(cells) = self.grid.rows.get_mut(row) else {
            return Ok(());
        };
        if cells.len() <= column {
            cells.resize(column + 1, CellValue::Empty);
        }
        if let Some(cell) = cells.get_mut(column) {
            *cell = value;
        }
        Ok(())
    }

    /// Trims the empty rows and columns before the first cell.
    fn finish(mut self) -> Grid {
        let first_row = self
            .grid
            .rows
            .iter()
            .position(|r| !r.is_empty())
            .unwrap_or(0);
        let first_column = self
            .grid
            .rows
            .iter()
            .filter_map(|r| r.iter().position(|c| *c != CellValue::Empty))
            .min()
            .unwrap_or(0);
        self.grid.rows.drain(..first_row);
        if first_column > 0 {
            for row in &mut self.grid.rows {
                row.drain(..first_column.min(row.len()));
            }
        }
        self.grid.first_row = u32::try_from(first_row).unwrap_or(u32::MAX);
        self.grid.first_column = u32::try_from(first_column).unwrap_or(u32::MAX);
        self.grid
    }
}

fn grid_from_range(
    range: &calamine::Range<Data>,
    date_system: DateSystem,
    merges: Vec<Merge>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Grid, FileError> {
    let height = range.height();
    // A sheet taller than the limit (an .ods row repeated a million times): count its filled
    // rows before converting any, so the grid is never built only to be thrown away.
    if height > MAX_ROWS
        && range
            .rows()
            .filter(|row| row.iter().any(|c| *c != Data::Empty))
            .nth(MAX_ROWS)
            .is_some()
    {
        return Err(FileError::TooManyRows {
            max: MAX_ROWS as u64,
        });
    }
    let Some((first_row, first_column)) = range.start() else {
        return Ok(Grid {
            date_system,
            merges,
            ..Grid::default()
        });
    };
    let mut rows = Vec::with_capacity(height.min(MAX_ROWS));
    let mut cells = 0usize;
    let mut filled_rows = 0usize;
    for (index, row) in range.rows().enumerate() {
        let mut out: Vec<CellValue> = row.iter().map(data_value).collect();
        while out.last() == Some(&CellValue::Empty) {
            out.pop();
        }
        if !out.is_empty() {
            filled_rows += 1;
            if filled_rows > MAX_ROWS {
                return Err(FileError::TooManyRows {
                    max: MAX_ROWS as u64,
                });
            }
        }
        cells += out.iter().filter(|c| **c != CellValue::Empty).count();
        if cells > MAX_CELLS {
            return Err(FileError::TooManyCells {
                max: MAX_CELLS as u64,
            });
        }
        rows.push(out);
        if index % PROGRESS_EVERY_ROWS == 0 && index > 0 {
            progress(index as u64, height as u64);
        }
    }
    Ok(Grid {
        first_row,
        first_column,
        rows,
        merges,
        date_system,
    })
}

/// Turns the text of the cells LibreOffice marked as a formula's error into that error.
fn mark_errors(grid: &mut Grid, errors: &[(u32, u32)]) {
    for &(row, column) in errors {
        let (Some(r), Some(c)) = (
            row.checked_sub(grid.first_row),
            column.checked_sub(grid.first_column),
        ) else {
            continue;
        };
        let Some(cell) = grid
            .rows
            .get_mut(r as usize)
            .and_then(|cells| cells.get_mut(c as usize))
        else {
            continue;
        };
        if let CellValue::Text(text) = cell {
            use CellError as E;
            let error = match text.as_str() {
                "#DIV/0!" => E::Div0,
                "#N/A" => E::NotAvailable,
                "#NAME?" => E::Name,
                "#NULL!" => E::Null,
                "#NUM!" => E::Num,
                "#REF!" => E::Ref,
                "#VALUE!" => E::Value,
                _ => E::Other,
            };
            *cell = CellValue::Error(error);
        }
    }
}

fn error_value(e: &calamine::CellErrorType) -> CellValue {
    use calamine::CellErrorType as E;
    CellValue::Error(match e {
        E::Div0 => CellError::Div0,
        E::NA => CellError::NotAvailable,
        E::Name => CellError::Name,
        E::Null => CellError::Null,
        E::Num => CellError::Num,
        E::Ref => CellError::Ref,
        E::Value => CellError::Value,
        E::GettingData => CellError::Other,
    })
}

fn data_value(data: &Data) -> CellValue {
    match data {
        Data::Int(n) => CellValue::Int(*n),
        Data::Float(f) => CellValue::Float(*f),
        Data::String(s) => CellValue::Text(s.clone()),
        Data::Bool(b) => CellValue::Bool(*b),
        Data::DateTime(d) => CellValue::Serial(d.as_f64()),
        Data::DateTimeIso(s) => CellValue::IsoDate(s.clone()),
        Data::DurationIso(s) => CellValue::Duration(s.clone()),
        Data::Error(e) => error_value(e),
        Data::Empty => CellValue::Empty,
    }
}

fn data_ref_value(data: &DataRef<'_>) -> CellValue {
    match data {
        DataRef::Int(n) => CellValue::Int(*n),
        DataRef::Float(f) => CellValue::Float(*f),
        DataRef::String(s) => CellValue::Text(s.clone()),
        DataRef::SharedString(s) => CellValue::Text((*s).to_owned()),
        DataRef::Bool(b) => CellValue::Bool(*b),
        DataRef::DateTime(d) => CellValue::Serial(d.as_f64()),
        DataRef::DateTimeIso(s) => CellValue::IsoDate(s.clone()),
        DataRef::DurationIso(s) => CellValue::Duration(s.clone()),
        DataRef::Error(e) => error_value(e),
        DataRef::Empty => CellValue::Empty,
    }
}

/// An Office file in an encrypted compound container: the directory names the stream
/// "EncryptedPackage" (MS-OFFCRYPTO 2.3.4), written in UTF-16.
fn is_encrypted_package(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    memchr::memmem::find(bytes, &needle).is_some()
}

/// Checks that a zip's entries inflate to at most [`MAX_INFLATED_BYTES`] in all: first by the
/// sizes its directory declares, then by inflating each entry and stopping past the limit, since
/// the declared sizes may lie. An entry that inflates past its declared size is damage.
///
/// Every entry is inflated to its end, so each entry's checksum is checked too (the readers stop
/// at the end of the data they want and would not notice a changed digit in a stored sheet).
/// The bytes are looked at as they pass for what [`xlsx_merges`] needs.
fn check_inflated_size(
    bytes: &[u8],
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Gathered, Option<PreRead>), FileError> {
    let mut gathered = Gathered::default();
    let mut pre_read = None;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| FileError::Damaged)?;
    let mut declared = 0u64;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|_| FileError::Damaged)?;
        gathered.saw_entry(&entry.name().unwrap_or_default());
        if entry.encrypted() {
            return Err(FileError::Encrypted);
        }
        declared = declared.saturating_add(entry.size());
    }
    if declared > MAX_INFLATED_BYTES {
        return Err(FileError::InflatesPastLimit {
            max: MAX_INFLATED_BYTES,
        });
    }
    let mut total = 0u64;
    let mut next_report = PROGRESS_EVERY_BYTES;
    let mut buffer = vec![0u8; 64 * 1024];
    // The shared strings and styles first: a workbook's only sheet can then be read as it
    // inflates here, instead of being inflated again when it is read.
    let (first, rest): (Vec<usize>, Vec<usize>) = (0..archive.len()).partition(|&i| {
        gathered
            .names()
            .get(i)
            .is_some_and(|n| Gathered::is_needed_first(n))
    });
    for index in first.into_iter().chain(rest) {
        let mut entry = archive.by_index(index).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(_) => FileError::Encrypted,
            _ => FileError::Damaged,
        })?;
        let expected = entry.size();
        let mut inflated = 0u64;
        let mut scan = EntryScan::for_entry(&entry.name().unwrap_or_default());
        let mut sheet = match &scan {
            EntryScan::Sheet { .. } => gathered
                .single_sheet()
                .filter(|(sheet_entry, ..)| *sheet_entry == index)
                .map(|(_, strings, kinds)| {
                    let reader = SheetReader::new(Dimensions::default(), Vec::new());
                    (reader, strings, kinds)
                }),
            _ => None,
        };
        loop {
            let read = match entry.read(&mut buffer) {
                Ok(0) => break,
                Ok(read) => read,
                Err(_) => return Err(FileError::Damaged),
            };
            let chunk = buffer.get(..read).unwrap_or_default();
            scan.feed(chunk);
            if let Some((reader, strings, kinds)) = &mut sheet {
                let context = Context { strings, kinds };
                reader.feed(chunk, false, &context, &mut |_, _| {});
            }
            let read = read as u64;
            inflated += read;
            total += read;
            if total > MAX_INFLATED_BYTES {
                return Err(FileError::InflatesPastLimit {
                    max: MAX_INFLATED_BYTES,
                });
            }
            if inflated > expected {
                return Err(FileError::Damaged);
            }
            if total >= next_report {
                next_report = total + PROGRESS_EVERY_BYTES;
                progress(total, declared);
            }
        }
        if let Some((mut reader, strings, kinds)) = sheet {
            let context = Context {
                strings,
                kinds: &kinds,
            };
            reader.feed(&[], true, &context, &mut |_, _| {});
            pre_read = reader.finish().map(|grid| PreRead { entry: index, grid });
        }
        scan.finish(&mut gathered);
        progress(total, declared);
    }
    Ok((gathered, pre_read))
}

/// Progress is reported every this many bytes inflated while a zip is checked.
const PROGRESS_EVERY_BYTES: u64 = 4 * 1024 * 1024;

/// A workbook's only sheet, read while its zip was checked ([`check_inflated_size`]).
struct PreRead {
    entry: usize,
    /// Without its merges and date system (known later): [`Fast::take_pre_read`] adds them.
    grid: Result<Grid, FileError>,
}

/// A sheet read by [`super::xlsx_fast`] from chunks, into a grid within the limits.
struct SheetReader {
    scan: SheetScan,
    builder: GridBuilder,
    /// Why it stopped, once it has.
    stopped: Option<Stop>,
}

impl SheetReader {
    fn new(declared: Dimensions, merges: Vec<Merge>) -> SheetReader {
        SheetReader {
            scan: SheetScan::default(),
            builder: GridBuilder::new(DateSystem::Excel1900, merges, declared),
            stopped: None,
        }
    }

    fn feed(
        &mut self,
        chunk: &[u8],
        at_end: bool,
        context: &Context<'_>,
        progress: &mut dyn FnMut(u64, u64),
    ) {
        if self.stopped.is_some() || self.scan.is_done() {
            return;
        }
        let builder = &mut self.builder;
        let mut cell = |scan: &SheetScan, row, column, value| {
            if let Some(declared) = scan.declared() {
                builder.declared_rows =
                    u64::from(declared.last_row.saturating_sub(declared.first_row)) + 1;
            }
            builder.push(row, column, value, progress)
        };
        if let Err(stop) = self.scan.feed(chunk, at_end, context, &mut cell) {
            // What was read is not needed any more (the rest of the zip may still be checked).
            self.builder.grid.rows = Vec::new();
            self.stopped = Some(stop);
        }
    }

    /// The grid, the limit it passed, or `None` when the sheet is left to calamine.
    fn finish(self) -> Option<Result<Grid, FileError>> {
        match self.stopped {
            Some(Stop::Unusual) => None,
            Some(Stop::Refused(error)) => Some(Err(error)),
            None if self.scan.is_done() => Some(Ok(self.builder.finish())),
            None => None,
        }
    }
}

fn xlsx_error(e: calamine::XlsxError) -> FileError {
    match e {
        calamine::XlsxError::Password => FileError::Encrypted,
        _ => FileError::Damaged,
    }
}

fn xlsb_error(e: calamine::XlsbError) -> FileError {
    match e {
        calamine::XlsbError::Password => FileError::Encrypted,
        _ => FileError::Damaged,
    }
}

fn xls_error(e: calamine::XlsError) -> FileError {
    match e {
        calamine::XlsError::Password => FileError::Encrypted,
        _ => FileError::Damaged,
    }
}

fn ods_error(e: calamine::OdsError) -> FileError {
    match e {
        calamine::OdsError::Password => FileError::Encrypted,
        _ => FileError::Damaged,
    }
}
