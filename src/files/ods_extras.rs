//! What `calamine` does not tell about an OpenDocument spreadsheet (docs/rules.md §6.1): its
//! merged cells, and which cells hold a formula's error.
//!
//! - Merges: without them a commune merged down its rows in an .ods would read on its first row
//!   only, where the same list as .xlsx or .xls fills every row. OpenDocument marks a merge on
//!   its top-left cell, `table:number-rows-spanned` and `table:number-columns-spanned` (ODF 1.2
//!   part 1, §19.680 and §19.677), and writes the cells it covers as `table:covered-table-cell`.
//! - Errors: LibreOffice writes `#DIV/0!` as the text of a cell marked
//!   `calcext:value-type="error"`, which `calamine` returns as text; .xlsx and .xls mark the
//!   error itself, and the sheet rules read an error as an empty cell with one warning.
//!
//! Positions come from counting rows and cells, with their `number-rows-repeated` and
//! `number-columns-repeated`, the way `calamine` counts them, so both are in the same sheet
//! coordinates as its cells. One streaming pass over `content.xml`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};

use crate::rules::sheet::Merge;

/// Most merged areas, and most error cells, kept per sheet (a real sheet has a few hundred at
/// most); past it the rest are left out, so a hostile file cannot make the lists grow without
/// bound.
pub const MAX_MARKS_PER_SHEET: usize = 65_536;

/// The same bounds `calamine` applies to positions (Excel's sheet size).
const MAX_ROW: u32 = 1_048_575;
const MAX_COLUMN: u32 = 16_383;

/// One sheet's merged areas and error cells (row, column), in sheet coordinates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OdsExtras {
    /// Merged areas.
    pub merges: Vec<Merge>,
    /// Cells whose text is a formula's error.
    pub errors: Vec<(u32, u32)>,
}

/// The extras of every sheet that has any, by sheet name. A file whose `content.xml` does not
/// read gives an empty map: the reader itself then says what is wrong with it.
pub fn ods_extras(zip_bytes: &[u8]) -> HashMap<String, OdsExtras> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(zip_bytes)) else {
        return HashMap::new();
    };
    let Ok(content) = archive.by_name("content.xml") else {
        return HashMap::new();
    };
    extras_in_content(BufReader::with_capacity(64 * 1024, content))
}

/// A table cell's attributes that matter here.
struct CellMarks {
    repeats: u32,
    rows_spanned: u32,
    columns_spanned: u32,
    error: bool,
}

fn cell_marks(e: &BytesStart<'_>) -> CellMarks {
    let mut marks = CellMarks {
        repeats: 1,
        rows_spanned: 1,
        columns_spanned: 1,
        error: false,
    };
    let count = |value: &str| value.trim().parse::<u32>().unwrap_or(1).max(1);
    for attribute in e.attributes().flatten() {
        match attribute.key.as_ref() {
            "table:number-columns-repeated" => marks.repeats = count(&attribute.value),
            "table:number-rows-spanned" => marks.rows_spanned = count(&attribute.value),
            "table:number-columns-spanned" => marks.columns_spanned = count(&attribute.value),
            "calcext:value-type" => marks.error = attribute.value == "error",
            _ => {}
        }
    }
    marks
}

/// Scans `content.xml`.
pub fn extras_in_content(content: impl BufRead) -> HashMap<String, OdsExtras> {
    let mut reader = quick_xml::Reader::from_reader(content);
    let mut buffer = Vec::with_capacity(4096);
    let mut out: HashMap<String, OdsExtras> = HashMap::new();
    // The sheet being read; tables nested in a cell (depth > 1) are passed over.
    let mut sheet: Option<(String, OdsExtras)> = None;
    let mut depth = 0u32;
    let mut row = 0u32;
    let mut row_repeats = 1u32;
    let mut column = 0u32;
    loop {
        let event = match reader.read_event_into(&mut buffer) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    "table:table" if !empty => {
                        depth += 1;
                        if depth == 1 {
                            let name = e
                                .attributes()
                                .flatten()
                                .find(|a| a.key.as_ref() == "table:name")
                                .and_then(|a| {
                                    quick_xml::escape::unescape(&a.value)
                                        .ok()
                                        .map(|name| name.into_owned())
                                })
                                .unwrap_or_default();
                            sheet = Some((name, OdsExtras::default()));
                            row = 0;
                        }
                    }
                    "table:table-row" if depth == 1 => {
                        row_repeats = e
                            .attributes()
                            .flatten()
                            .find(|a| a.key.as_ref() == "table:number-rows-repeated")
                            .and_then(|a| a.value.trim().parse::<u32>().ok())
                            .unwrap_or(1)
                            .max(1);
                        column = 0;
                        if empty {
                            row = row.saturating_add(row_repeats);
                        }
                    }
                    name @ ("table:table-cell" | "table:covered-table-cell") if depth == 1 => {
                        let marks = cell_marks(e);
                        if name == "table:table-cell"
                            && let Some((_, extras)) = sheet.as_mut()
                        {
                            mark(extras, row, column, &marks);
                        }
                        column = column.saturating_add(marks.repeats);
                    }
                    _ => {}
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "table:table" => {
                    if depth == 1
                        && let Some((name, extras)) = sheet.take()
                        && extras != OdsExtras::default()
                    {
                        out.insert(name, extras);
                    }
                    depth = depth.saturating_sub(1);
                }
                "table:table-row" if depth == 1 => row = row.saturating_add(row_repeats),
                _ => {}
            },
            _ => {}
        }
        buffer.clear();
    }
    out
}

/// Records a cell's merge and error, once per repetition, within the sheet's bounds and the cap.
fn mark(extras: &mut OdsExtras, row: u32, column: u32, marks: &CellMarks) {
    let merged = marks.rows_spanned > 1 || marks.columns_spanned > 1;
    if row > MAX_ROW || !(merged || marks.error) {
        return;
    }
    for repetition in 0..marks.repeats {
        let step = if merged { marks.columns_spanned } else { 1 };
        let first_column = column.saturating_add(repetition.saturating_mul(step));
        if first_column > MAX_COLUMN {
            break;
        }
        let room = extras.merges.len() < MAX_MARKS_PER_SHEET;
        if merged && room {
            extras.merges.push(Merge {
                first_row: row,
                first_column,
                last_row: row.saturating_add(marks.rows_spanned - 1).min(MAX_ROW),
                last_column: first_column
                    .saturating_add(marks.columns_spanned - 1)
                    .min(MAX_COLUMN),
            });
        }
        let room_for_error = extras.errors.len() < MAX_MARKS_PER_SHEET;
        if marks.error && room_for_error {
            extras.errors.push((row, first_column));
        }
        if !room && !room_for_error {
            break;
        }
    }
}
