#![cfg(not(target_arch = "wasm32"))]
//! Workbooks for the end-to-end journeys (`tests/e2e/specs/workbooks.spec.mjs`), written by
//! `rust_xlsxwriter` at test time into `target/tmp/e2e-workbooks/` and read back here through
//! the file worker's session, so a fixture that stopped meaning what a journey expects fails
//! natively first.
//!
//! - `cargo test --test e2e_fixtures` writes the small ones: a tax office's 300-row list (title
//!   rows, a merged title, tax codes stored as numbers), a workbook of three sheets (one empty),
//!   a list typed in TCVN3, a workbook with only an empty sheet, and one cut short; the campaign
//!   tracker's unit table and a week's report (`tests/support/campaign_workbooks.rs`).
//! - `cargo test --test e2e_fixtures -- --ignored` also writes the 100,000-row list of the
//!   browser benchmark (the rows of `bulk-100k.csv`, `tests/bench/bulk_sample.rs`).
//!
//! The .xls, .ods and password-protected workbooks are committed in `tests/data/workbooks/`
//! (LibreOffice saves them: `make-fixtures.sh`).

#[path = "bench/bulk_sample.rs"]
mod bulk_sample;
#[path = "support/campaign_workbooks.rs"]
mod campaign_workbooks;
#[path = "support/write_whole.rs"]
mod write_whole;

use std::path::PathBuf;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use sansang::files::protocol::TextEncoding;
use sansang::files::protocol::{FileError, Request, Response, TableInfo};
use sansang::files::session::Session;
use sansang::files::text::decode_text;
use sansang::rules::delimited::{Delimiter, Reader};
use sansang::rules::legacy_text::LegacyScheme;
use sansang::rules::sheet::SheetWarning;
use unicode_normalization::UnicodeNormalization;

/// Where the fixtures go (`target/tmp/e2e-workbooks/`).
fn folder() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-workbooks");
    std::fs::create_dir_all(&dir).expect("create the fixtures folder");
    dir
}

/// The generator's seed and error rate: the same rows as the CSV benchmark files.
const SEED: u64 = 20_250_701;
const ERRORS_PER_THOUSAND: u64 = 50;

/// Writes a generated list into `sheet` from row `first_row` (0-based): the header, then the
/// rows. Tax codes of ten digits without a leading zero are stored as numbers (as an export
/// from some registry software does), row numbers as numbers, the rest as text.
fn write_list(sheet: &mut Worksheet, first_row: u32, csv: &str) -> Result<u32, XlsxError> {
    let mut row = first_row;
    for record in Reader::new(csv.trim_start_matches('\u{FEFF}'), Delimiter::Comma) {
        if record.is_blank() {
            continue;
        }
        for (column, cell) in record.fields.iter().enumerate() {
            let column = u16::try_from(column).expect("few columns");
            let numeric = row > first_row
                && (column == 0 || column == 1)
                && cell.len() <= 10
                && !cell.starts_with('0')
                && cell.bytes().all(|b| b.is_ascii_digit());
            match cell.parse::<f64>() {
                Ok(number) if numeric && !cell.is_empty() => {
                    sheet.write_number(row, column, number)?;
                }
                _ => {
                    sheet.write_string(row, column, cell.as_ref())?;
                }
            };
        }
        row += 1;
    }
    Ok(row)
}

/// A tax office's list: the agency, a merged title, a blank row, then the header in row 4.
fn office_list(rows: usize) -> Result<Vec<u8>, XlsxError> {
    let sample = bulk_sample::generate(rows, SEED, ERRORS_PER_THOUSAND);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("DN chưa có TK định danh")?;
    sheet.write_string(0, 0, "THUẾ TỈNH AN GIANG")?;
    sheet.merge_range(
        1,
        0,
        1,
        8,
        "DANH SÁCH DOANH NGHIỆP CHƯA ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ",
        &Format::new().set_bold(),
    )?;
    write_list(sheet, 3, &sample.csv)?;
    book.save_to_buffer()
}

/// Three sheets: instructions, an empty one, and the list.
fn three_sheets() -> Result<Vec<u8>, XlsxError> {
    let sample = bulk_sample::generate(40, SEED, ERRORS_PER_THOUSAND);
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Hướng dẫn")?;
    notes.write_string(0, 0, "Điền mỗi doanh nghiệp một dòng ở trang “DN 2026”.")?;
    book.add_worksheet().set_name("Trống")?;
    let list = book.add_worksheet();
    list.set_name("DN 2026")?;
    write_list(list, 0, &sample.csv)?;
    book.save_to_buffer()
}

/// A list typed with a .VnTime (TCVN3) font, as older commune offices still keep them.
fn tcvn3_list() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Danh s¸ch")?;
    let rows = [
        ["M· sè thuÕ", "Tªn doanh nghiÖp", "Ph\u{AD}êng/x·"],
        ["0100109106", "C«ng ty TNHH Hßa B×nh", "X· VÜnh Hßa HiÖp"],
        [
            "0314409058-002",
            "Chi nh¸nh C«ng ty Sµi Gßn",
            "Ph\u{AD}êng Sµi Gßn",
        ],
        ["1800155244", "Hîp t¸c x· T©n TiÕn", "X· VÜnh Hßa HiÖp"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell)?;
        }
    }
    book.save_to_buffer()
}

/// A workbook whose only sheet is empty.
fn empty_sheet() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Sheet1")?;
    book.save_to_buffer()
}

/// One character in Windows-1258, if it has a byte.
fn windows_1258_byte(c: char) -> Option<u8> {
    let mut buffer = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(c.encode_utf8(&mut buffer));
    match (unmappable, bytes.as_ref()) {
        (false, [byte]) => Some(*byte),
        _ => None,
    }
}

/// Text as Vietnamese Windows saves it in its "ANSI" code page (Excel's plain "CSV" there):
/// a letter Windows-1258 has whole (à, â, ơ, đ …) as its byte, otherwise the letter with its
/// shape (â, ơ, ă …) as one byte and the tone as a combining mark after it ("ệ" = ê + dot).
fn to_windows_1258(text: &str) -> Vec<u8> {
    let is_shape = |c: char| matches!(c, '\u{302}' | '\u{306}' | '\u{31B}');
    let mut out = Vec::with_capacity(text.len());
    let byte = |c: char| {
        windows_1258_byte(c)
            .unwrap_or_else(|| panic!("{c:?} ({:04X}) has no byte in Windows-1258", u32::from(c)))
    };
    for letter in text.chars() {
        if let Some(b) = windows_1258_byte(letter) {
            out.push(b);
            continue;
        }
        let mut shaped = String::new();
        let mut tones = Vec::new();
        for (i, c) in letter.nfd().enumerate() {
            if i == 0 || is_shape(c) {
                shaped.push(c);
            } else {
                tones.push(c);
            }
        }
        let base: String = shaped.nfc().collect();
        for c in base.chars().chain(tones) {
            out.push(byte(c));
        }
    }
    out
}

fn write(name: &str, bytes: &[u8]) {
    write_whole::write_whole(&folder().join(name), bytes);
}

fn open_and_read(bytes: Vec<u8>, sheet: usize) -> Result<(Vec<String>, TableInfo), FileError> {
    let mut session = Session::default();
    let request = Request::OpenWorkbook {
        file_name: "ds.xlsx".to_owned(),
    };
    let sheets = match session.handle(request, Some(bytes), &mut |_| {}).body {
        Response::Workbook(info) => info.sheets.into_iter().map(|s| s.name).collect(),
        Response::Failed(error) => return Err(error),
        other => panic!("{other:?}"),
    };
    match session
        .handle(Request::ReadSheet { sheet }, None, &mut |_| {})
        .body
    {
        Response::Table(info) => Ok((sheets, info)),
        Response::Failed(error) => Err(error),
        other => panic!("{other:?}"),
    }
}

#[test]
fn fixtures_for_the_end_to_end_journeys() {
    let office = office_list(300).expect("office list");
    let (sheets, info) = open_and_read(office.clone(), 0).expect("reads");
    assert_eq!(sheets, ["DN chưa có TK định danh"]);
    assert_eq!((info.header_row, info.rows), (4, 300));
    assert_eq!(
        info.warnings.first(),
        Some(&SheetWarning::TitleRowsSkipped {
            rows: 2,
            header_row: 4
        })
    );
    assert_eq!(info.header.get(1).map(String::as_str), Some("Mã số thuế"));
    write("danh-sach-doanh-nghiep.xlsx", &office);

    let three = three_sheets().expect("three sheets");
    let (sheets, info) = open_and_read(three.clone(), 2).expect("reads");
    assert_eq!(sheets, ["Hướng dẫn", "Trống", "DN 2026"]);
    assert_eq!(info.rows, 40);
    assert_eq!(
        open_and_read(three.clone(), 1).err(),
        Some(FileError::EmptySheet {
            sheet: "Trống".to_owned()
        })
    );
    write("danh-sach-ba-trang.xlsx", &three);

    let tcvn3 = tcvn3_list().expect("tcvn3");
    let (_, info) = open_and_read(tcvn3.clone(), 0).expect("reads");
    let offer = info.legacy.expect("TCVN3 offered");
    assert_eq!(offer.found.scheme, LegacyScheme::Tcvn3);
    assert!(
        offer
            .preview
            .samples
            .iter()
            .any(|s| s.after == "Công ty TNHH Hòa Bình")
    );
    write("danh-sach-tcvn3.xlsx", &tcvn3);

    let empty = empty_sheet().expect("empty");
    assert_eq!(
        open_and_read(empty.clone(), 0).err(),
        Some(FileError::EmptySheet {
            sheet: "Sheet1".to_owned()
        })
    );
    write("trang-trong.xlsx", &empty);

    // The same 300 rows as a UTF-8 CSV, and as Vietnamese Windows' "CSV" (Windows-1258).
    let csv = bulk_sample::generate(300, SEED, ERRORS_PER_THOUSAND).csv;
    write("danh-sach-doanh-nghiep.csv", csv.as_bytes());
    let ansi = to_windows_1258(csv.trim_start_matches('\u{FEFF}'));
    let decoded = decode_text(&ansi).expect("decodes");
    assert_eq!(decoded.encoding, TextEncoding::Windows1258);
    assert_eq!(decoded.text, csv.trim_start_matches('\u{FEFF}'));
    assert!(
        std::str::from_utf8(&ansi).is_err(),
        "not UTF-8, as the issue found it"
    );
    write("danh-sach-1258.csv", &ansi);

    // The campaign tracker's tables: under their titles, commune codes stored as numbers.
    let units = campaign_workbooks::unit_table().expect("unit table");
    let (sheets, info) = open_and_read(units.clone(), 1).expect("reads");
    assert_eq!(sheets, ["Hướng dẫn", "Đơn vị"]);
    assert_eq!((info.header_row, info.rows), (4, 4));
    write("don-vi-chien-dich.xlsx", &units);
    let week = campaign_workbooks::weekly_report().expect("weekly report");
    let (sheets, info) = open_and_read(week.clone(), 0).expect("reads");
    assert_eq!(sheets, ["Tuần 2"]);
    assert_eq!(info.header_row, 5);
    write("bao-cao-tuan-2.xlsx", &week);

    let mut cut = office;
    cut.truncate(cut.len() / 2);
    assert_eq!(
        open_and_read(cut.clone(), 0).err(),
        Some(FileError::Damaged)
    );
    write("danh-sach-hong.xlsx", &cut);
}

/// The browser benchmark's 100,000 rows as a workbook (about 4 MB), on request only.
#[test]
#[ignore = "writes the 100,000-row benchmark workbook; run with --ignored"]
fn benchmark_workbook() {
    let office = office_list(100_000).expect("100k list");
    write("danh-sach-100k.xlsx", &office);
}
