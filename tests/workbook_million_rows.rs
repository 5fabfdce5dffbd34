#![cfg(not(target_arch = "wasm32"))]
//! A sheet of 1,048,576 rows (Excel's most) gets the row limit's message, and the memory it
//! takes to find out stays bounded (docs/rules.md §6.4). Built here, in .xlsx and .ods; time
//! and peak memory printed (Linux: the process's peak resident size, reset before each case).
//! Alone in its test binary so that no other test's memory is counted.
//!
//! The .xlsx cases parse half a million rows, minutes in an unoptimised build: they are run
//! with `cargo test --release --test workbook_million_rows -- --include-ignored --nocapture`
//! (and the benchmark `cargo bench --bench workbooks` prints the same figures).

#[path = "support/zip_parts.rs"]
mod zip_parts;

use std::time::Instant;

use sansang::files::protocol::{FileError, Request, Response};
use sansang::files::session::Session;
use sansang::files::workbook::MAX_ROWS;
use zip_parts::{Entry, ods_content, ods_with_content, xlsx_with_sheet};

const EXCEL_ROWS: u32 = 1_048_576;

/// `VmRSS` or `VmHWM` of this process, in MiB (`None` off Linux).
fn memory_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Reads the first sheet; prints time and how far the peak memory rose above where it was.
fn measured(what: &str, bytes: Vec<u8>) -> Result<usize, FileError> {
    let size = bytes.len();
    // Writing 5 resets the peak to the current size (proc(5), /proc/pid/clear_refs).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = memory_mib("VmRSS:");
    let start = Instant::now();
    let mut session = Session::default();
    let reply = session.handle(
        Request::OpenWorkbook {
            file_name: String::new(),
        },
        Some(bytes),
        &mut |_| {},
    );
    let result = match reply.body {
        Response::Workbook(_) => {
            let reply = session.handle(Request::ReadSheet { sheet: 0 }, None, &mut |_| {});
            match reply.body {
                Response::Table(info) => Ok(info.rows),
                Response::Failed(e) => Err(e),
                other => panic!("{other:?}"),
            }
        }
        Response::Failed(e) => Err(e),
        other => panic!("{other:?}"),
    };
    let seconds = start.elapsed().as_secs_f64();
    let rise = match (before, memory_mib("VmHWM:")) {
        (Some(before), Some(peak)) => format!("{:.0} MiB", peak - before),
        _ => "not measured".to_owned(),
    };
    let build = if cfg!(debug_assertions) {
        "unoptimised"
    } else {
        "release"
    };
    println!(
        "{what}: {:.1} MB file → {result:?} in {seconds:.2} s ({build}), peak memory +{rise}",
        size as f64 / 1e6
    );
    result
}

const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B1048576"/><sheetData>"#;
const SHEET_TAIL: &str = "</sheetData></worksheet>";

fn header_row() -> String {
    r#"<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Mã số thuế</t></is></c></row>"#.to_owned()
}

/// A filled row as Excel writes it, with its row and cell references.
fn filled_row(r: u32) -> String {
    format!(
        r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{}</v></c></row>"#,
        100_109_106 + r
    )
}

#[test]
fn an_ods_row_repeated_1048576_times() {
    // A few hundred bytes that calamine expands to a million rows before we see them.
    let content = ods_content(
        r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1"/><table:table-cell office:value-type="string"><text:p>Công ty</text:p></table:table-cell></table:table-row>"#,
    );
    let ods = ods_with_content(Entry::deflated("content.xml", content.as_bytes()));
    assert_eq!(
        measured(".ods, one row repeated 1,048,576 times", ods),
        Err(FileError::TooManyRows {
            max: MAX_ROWS as u64
        })
    );
}

#[test]
fn one_stray_cell_at_the_last_row_is_not_a_million_rows() {
    let mut xml = String::from(SHEET_HEAD);
    xml.push_str(&header_row());
    for r in 2..=4 {
        xml.push_str(&filled_row(r));
    }
    xml.push_str(&filled_row(EXCEL_ROWS));
    xml.push_str(SHEET_TAIL);
    let xlsx = xlsx_with_sheet(Entry::deflated("xl/worksheets/sheet1.xml", xml.as_bytes()));
    assert_eq!(measured(".xlsx, a cell at row 1,048,576", xlsx), Ok(4));
}

#[test]
#[ignore = "half a million rows: run with --release (see the module's comment)"]
fn an_xlsx_of_1048576_filled_rows() {
    let mut xml = String::from(SHEET_HEAD);
    xml.push_str(&header_row());
    for r in 2..=EXCEL_ROWS {
        xml.push_str(&filled_row(r));
    }
    xml.push_str(SHEET_TAIL);
    let xlsx = xlsx_with_sheet(Entry::deflated("xl/worksheets/sheet1.xml", xml.as_bytes()));
    drop(xml);
    assert_eq!(
        measured(".xlsx, 1,048,576 rows", xlsx),
        Err(FileError::TooManyRows {
            max: MAX_ROWS as u64
        })
    );
}

#[test]
#[ignore = "a million row elements: run with --release (see the module's comment)"]
fn ten_rows_above_a_million_formatted_empty_rows() {
    // A whole sheet's rows given a style, as when someone formats every row: read, the empty
    // rows ignored.
    let mut xml = String::from(SHEET_HEAD);
    xml.push_str(&header_row());
    for r in 2..=10 {
        xml.push_str(&filled_row(r));
    }
    for r in 11..=EXCEL_ROWS {
        xml.push_str(&format!(r#"<row r="{r}" s="1" customFormat="1"/>"#));
    }
    xml.push_str(SHEET_TAIL);
    let xlsx = xlsx_with_sheet(Entry::deflated("xl/worksheets/sheet1.xml", xml.as_bytes()));
    drop(xml);
    assert_eq!(measured(".xlsx, 10 rows and 1,048,566 empty", xlsx), Ok(9));
}
