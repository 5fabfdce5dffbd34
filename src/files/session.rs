//! The file worker's state and request handling, as plain Rust (tested natively): the worker
//! binary only moves messages between this and the page.

use super::export::write_xlsx;
use super::protocol::{
    FileError, LegacyOffer, Progress, Request, Response, SheetInfo, Stage, TableInfo, TextInfo,
    WorkbookInfo,
};
use super::text::decode_text;
use super::workbook::Workbook;
use crate::rules::legacy_text::{LegacyDetector, LegacyFound, LegacyScheme, convert, preview};
use crate::rules::sheet::{SheetTable, into_table};

/// Changed cells shown in a before/after preview.
pub const PREVIEW_SAMPLES: usize = 5;

/// A response and the bytes that travel beside it.
#[derive(Debug, PartialEq)]
pub struct Reply {
    /// The message.
    pub body: Response,
    /// CSV, text or .xlsx bytes, moved to the page.
    pub bytes: Option<Vec<u8>>,
}

impl Reply {
    fn failed(error: FileError) -> Reply {
        Reply {
            body: Response::Failed(error),
            bytes: None,
        }
    }
}

/// What was read last, kept for a conversion the user may ask for.
enum LastRead {
    Nothing,
    Table(SheetTable),
    Text(String),
}

/// One worker's state: the open workbook and the last table or text read.
pub struct Session {
    workbook: Option<(Workbook, Vec<SheetInfo>)>,
    last: LastRead,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            workbook: None,
            last: LastRead::Nothing,
        }
    }
}

impl Session {
    /// Handles one request; `progress` is called as the work goes on.
    pub fn handle(
        &mut self,
        request: Request,
        bytes: Option<Vec<u8>>,
        progress: &mut dyn FnMut(Progress),
    ) -> Reply {
        match self.try_handle(request, bytes, progress) {
            Ok(reply) => reply,
            Err(error) => Reply::failed(error),
        }
    }

    fn try_handle(
        &mut self,
        request: Request,
        bytes: Option<Vec<u8>>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Reply, FileError> {
        match request {
            Request::OpenWorkbook { .. } => {
                self.workbook = None;
                self.last = LastRead::Nothing;
                let bytes = bytes.ok_or(FileError::BadRequest)?;
                let mut report = |done, total| {
                    progress(Progress {
                        stage: Stage::Unpacking,
                        done,
                        total,
                    });
                };
                let workbook = Workbook::open(bytes, &mut report)?;
                let sheets = workbook.sheets();
                if sheets.is_empty() {
                    return Err(FileError::NoSheets);
                }
                let info = WorkbookInfo {
                    format: workbook.format(),
                    sheets: sheets.clone(),
                };
                self.workbook = Some((workbook, sheets));
                Ok(Reply {
                    body: Response::Workbook(info),
                    bytes: None,
                })
            }
            Request::ReadSheet { sheet } => {
                let (workbook, sheets) = self.workbook.as_mut().ok_or(FileError::NoSuchSheet)?;
                let name = sheets
                    .get(sheet)
                    .ok_or(FileError::NoSuchSheet)?
                    .name
                    .clone();
                let mut report = |done, total| {
                    progress(Progress {
                        stage: Stage::Reading,
                        done,
                        total,
                    });
                };
                let grid = workbook.read_sheet(&name, &mut report)?;
                let table = into_table(grid);
                if table.is_empty() {
                    return Err(FileError::EmptySheet { sheet: name });
                }
                let legacy = table_legacy(&table).map(|found| LegacyOffer {
                    found,
                    preview: preview(table_cells(&table), found.scheme, PREVIEW_SAMPLES),
                });
                let info = TableInfo {
                    sheet: name,
                    header_row: table.header_row,
                    header: table.header.clone(),
                    rows: table.rows.len(),
                    date_system: workbook.date_system(),
                    warnings: table.warnings.clone(),
                    warnings_omitted: table.warnings_omitted,
                    legacy,
                };
                let csv = table.to_csv().into_bytes();
                self.last = LastRead::Table(table);
                Ok(Reply {
                    body: Response::Table(info),
                    bytes: Some(csv),
                })
            }
            Request::DecodeText => {
                let bytes = bytes.ok_or(FileError::BadRequest)?;
                let decoded = decode_text(&bytes)?;
                drop(bytes);
                let legacy = decoded.legacy.map(|found| LegacyOffer {
                    found,
                    preview: preview(line_cells(&decoded.text), found.scheme, PREVIEW_SAMPLES),
                });
                let info = TextInfo {
                    encoding: decoded.encoding,
                    replaced: decoded.replaced,
                    legacy,
                };
                let out = decoded.text.clone().into_bytes();
                self.last = LastRead::Text(decoded.text);
                Ok(Reply {
                    body: Response::Text(info),
                    bytes: Some(out),
                })
            }
            Request::ConvertLegacy { scheme } => {
                let (changed, out) = match &mut self.last {
                    LastRead::Nothing => return Err(FileError::NothingToConvert),
                    LastRead::Table(table) => {
                        let changed = convert_table(table, scheme);
                        (changed, table.to_csv())
                    }
                    LastRead::Text(text) => {
                        let converted = convert(text, scheme).into_owned();
                        // Conversion keeps every line where it was: compare them pairwise.
                        let changed = text
                            .lines()
                            .zip(converted.lines())
                            .filter(|(before, after)| before != after)
                            .count();
                        *text = converted.clone();
                        (changed, converted)
                    }
                };
                Ok(Reply {
                    body: Response::Converted { scheme, changed },
                    bytes: Some(out.into_bytes()),
                })
            }
            Request::WriteXlsx { export } => {
                let bytes = bytes.ok_or(FileError::BadRequest)?;
                let csv = String::from_utf8_lossy(&bytes);
                let mut report = |done, total| {
                    progress(Progress {
                        stage: Stage::Writing,
                        done,
                        total,
                    });
                };
                let (xlsx, rows) = write_xlsx(&csv, &export, &mut report)?;
                Ok(Reply {
                    body: Response::Xlsx { rows },
                    bytes: Some(xlsx),
                })
            }
        }
    }
}

/// Every cell of a table with its sheet row and column, header first.
fn table_cells(table: &SheetTable) -> impl Iterator<Item = (usize, usize, &str)> {
    let header = table
        .header
        .iter()
        .enumerate()
        .map(move |(c, text)| (table.header_row, c, text.as_str()));
    let rows = table.rows.iter().flat_map(|row| {
        row.cells
            .iter()
            .enumerate()
            .map(move |(c, text)| (row.row, c, text.as_str()))
    });
    header.chain(rows)
}

/// Each line of a text as a one-cell row (row = line number).
fn line_cells(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    text.lines().enumerate().map(|(i, line)| (i + 1, 0, line))
}

fn table_legacy(table: &SheetTable) -> Option<LegacyFound> {
    let mut detector = LegacyDetector::default();
    for (_, _, text) in table_cells(table) {
        detector.add(text);
    }
    detector.verdict()
}

/// Converts every cell; returns how many changed.
fn convert_table(table: &mut SheetTable, scheme: LegacyScheme) -> usize {
    let mut changed = 0;
    let cells = table
        .header
        .iter_mut()
        .chain(table.rows.iter_mut().flat_map(|r| r.cells.iter_mut()));
    for cell in cells {
        let converted = convert(cell, scheme);
        if converted != *cell {
            *cell = converted.into_owned();
            changed += 1;
        }
    }
    changed
}
