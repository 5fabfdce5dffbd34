#![cfg(not(target_arch = "wasm32"))]
//! Workbooks through the file worker's session, natively: fixtures written by `rust_xlsxwriter`
//! at test time in the shapes people receive (title rows, merged cells, numbers as text and text
//! as numbers, 1900 and 1904 serial dates, formulas, several sheets, TCVN3 cells), bad input of
//! every kind the worker refuses, serial dates, and the .xlsx export read back.

#[path = "support/zip_parts.rs"]
mod zip_parts;

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use sansang::files::protocol::{
    ColumnKind, ExportColumn, FileError, Request, Response, TextEncoding, WorkbookFormat,
    XlsxExport,
};
use sansang::files::session::{Reply, Session};
use sansang::files::text::decode_text;
use sansang::files::workbook::MAX_XLS_BYTES;
use sansang::rules::date::{DateError, DateSystem, date_from_serial, parse_date_or_serial};
use sansang::rules::legacy_text::LegacyScheme;
use sansang::rules::sheet::{CellValue, Grid, Merge, SheetWarning, number_text, to_table};
use zip_parts::to_1904;

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A tax office's list: agency line, merged title, blank row, header, column numbers, data with
/// a commune merged down three rows, a tax code that lost its zero, dates, a formula.
fn organization_list(use_1904: bool) -> Vec<u8> {
    let mut book = Workbook::new();
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet();
    sheet.set_name("Danh sách").expect("name");
    sheet.write(0, 0, "CỤC THUẾ TỈNH HƯNG YÊN").expect("write");
    sheet
        .merge_range(
            1,
            0,
            1,
            4,
            "DANH SÁCH DOANH NGHIỆP CHƯA ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH",
            &Format::new(),
        )
        .expect("merge");
    for (c, h) in [
        "STT",
        "Mã số thuế",
        "Tên doanh nghiệp",
        "Xã",
        "Ngày thành lập",
    ]
    .iter()
    .enumerate()
    {
        sheet.write(3, c as u16, *h).expect("header");
    }
    for c in 0..5u16 {
        sheet.write(4, c, f64::from(c + 1)).expect("numbers row");
    }
    // Row 6..8: commune merged down.
    sheet
        .merge_range(5, 3, 7, 3, "Xã Vĩnh Hòa Hiệp", &Format::new())
        .expect("merge down");
    sheet.write(5, 0, 1).expect("w");
    sheet.write(5, 1, 314409058).expect("tax code as a number");
    sheet.write(5, 2, "Công ty TNHH An Bình").expect("w");
    if use_1904 {
        // 01/01/2014 counted from 1904 (rust_xlsxwriter writes 1900 workbooks; see `to_1904`).
        sheet
            .write_number_with_format(5, 4, 41640.0 - 1462.0, &dates)
            .expect("date");
    } else {
        sheet
            .write_datetime_with_format(
                5,
                4,
                ExcelDateTime::from_ymd(2014, 1, 1).expect("d"),
                &dates,
            )
            .expect("date");
    }
    sheet.write(6, 0, 2).expect("w");
    sheet.write(6, 1, "0100109106").expect("tax code as text");
    sheet.write(6, 2, "Hợp tác xã Tân Tiến").expect("w");
    sheet.write(6, 4, "25/12/2020").expect("date as text");
    sheet.write(7, 0, 3).expect("w");
    sheet
        .write(7, 1, 1234567.5)
        .expect("a number with decimals");
    sheet
        .write_formula(
            7,
            2,
            Formula::new("=\"Công ty \"&\"Số 3\"").set_result("Công ty Số 3"),
        )
        .expect("formula");
    let second = book.add_worksheet();
    second.set_name("Ghi chú").expect("name");
    second.write(0, 0, "Họ tên").expect("w");
    second.write(0, 1, "Ghi chú").expect("w");
    second.write(1, 0, "NguyÔn V¨n An").expect("TCVN3");
    second.write(1, 1, "Hµ Néi").expect("TCVN3");
    book.add_worksheet().set_name("Trống").expect("empty sheet");
    let bytes = book.save_to_buffer().expect("xlsx");
    if use_1904 { to_1904(&bytes) } else { bytes }
}

fn handle(session: &mut Session, request: Request, bytes: Option<Vec<u8>>) -> Reply {
    session.handle(request, bytes, &mut |_| {})
}

fn open(session: &mut Session, bytes: Vec<u8>) -> Result<Vec<String>, FileError> {
    match handle(
        session,
        Request::OpenWorkbook {
            file_name: "ds.xlsx".into(),
        },
        Some(bytes),
    )
    .body
    {
        Response::Workbook(info) => {
            assert_eq!(info.format, WorkbookFormat::Xlsx);
            Ok(info.sheets.into_iter().map(|s| s.name).collect())
        }
        Response::Failed(e) => Err(e),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_organization_list_with_titles_merges_numbers_and_dates() {
    for use_1904 in [false, true] {
        let mut session = Session::default();
        let sheets = open(&mut session, organization_list(use_1904)).expect("opens");
        assert_eq!(sheets, ["Danh sách", "Ghi chú", "Trống"]);
        let reply = handle(&mut session, Request::ReadSheet { sheet: 0 }, None);
        let Response::Table(info) = reply.body else {
            panic!("{:?}", reply.body)
        };
        let csv = String::from_utf8(reply.bytes.expect("csv")).expect("utf-8");
        assert_eq!(info.header_row, 4);
        assert_eq!(
            info.header,
            [
                "STT",
                "Mã số thuế",
                "Tên doanh nghiệp",
                "Xã",
                "Ngày thành lập"
            ]
        );
        assert_eq!(info.rows, 3);
        assert_eq!(
            info.date_system,
            if use_1904 {
                DateSystem::Excel1904
            } else {
                DateSystem::Excel1900
            }
        );
        assert!(info.warnings.contains(&SheetWarning::TitleRowsSkipped {
            rows: 2,
            header_row: 4
        }));
        assert!(
            info.warnings
                .contains(&SheetWarning::ColumnNumbersRowSkipped { row: 5 })
        );
        assert!(info.warnings.contains(&SheetWarning::MergedCellsFilled {
            first_row: 6,
            last_row: 8,
            column: 3
        }));
        assert_eq!(info.legacy, None);
        // Row numbers are the sheet's: four blank lines before the header, one for row 5.
        let expected = "\n\n\nSTT,Mã số thuế,Tên doanh nghiệp,Xã,Ngày thành lập\n\n\
            1,314409058,Công ty TNHH An Bình,Xã Vĩnh Hòa Hiệp,01/01/2014\n\
            2,0100109106,Hợp tác xã Tân Tiến,Xã Vĩnh Hòa Hiệp,25/12/2020\n\
            3,1234567.5,Công ty Số 3,Xã Vĩnh Hòa Hiệp,\n";
        assert_eq!(csv, expected, "1904: {use_1904}");
        // The existing reader sees the same row numbers.
        let table = sansang::rules::delimited::parse_table(&csv);
        assert_eq!(table.header_row, 4);
        assert_eq!(
            table.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            [6, 7, 8]
        );
    }
}

#[test]
fn tcvn3_cells_are_offered_and_converted_on_request() {
    let mut session = Session::default();
    open(&mut session, organization_list(false)).expect("opens");
    let reply = handle(&mut session, Request::ReadSheet { sheet: 1 }, None);
    let Response::Table(info) = reply.body else {
        panic!("{:?}", reply.body)
    };
    let offer = info.legacy.expect("TCVN3 found");
    assert_eq!(offer.found.scheme, LegacyScheme::Tcvn3);
    assert_eq!(offer.preview.cells, 2);
    assert_eq!(offer.preview.samples[0].after, "Nguyễn Văn An");
    let reply = handle(
        &mut session,
        Request::ConvertLegacy {
            scheme: LegacyScheme::Tcvn3,
        },
        None,
    );
    assert_eq!(
        reply.body,
        Response::Converted {
            scheme: LegacyScheme::Tcvn3,
            changed: 2
        }
    );
    let csv = String::from_utf8(reply.bytes.expect("csv")).expect("utf-8");
    assert_eq!(csv, "Họ tên,Ghi chú\nNguyễn Văn An,Hà Nội\n");
}

#[test]
fn an_empty_sheet_says_so() {
    let mut session = Session::default();
    open(&mut session, organization_list(false)).expect("opens");
    let reply = handle(&mut session, Request::ReadSheet { sheet: 2 }, None);
    assert_eq!(
        reply.body,
        Response::Failed(FileError::EmptySheet {
            sheet: "Trống".into()
        })
    );
    let reply = handle(&mut session, Request::ReadSheet { sheet: 9 }, None);
    assert_eq!(reply.body, Response::Failed(FileError::NoSuchSheet));
}

#[test]
fn bad_workbooks_get_their_own_errors() {
    let mut session = Session::default();
    // Not a workbook at all.
    assert_eq!(
        open(&mut session, b"%PDF-1.7 hello".to_vec()),
        Err(FileError::NotAWorkbook)
    );
    // A damaged zip: the real file cut in half.
    let mut cut = organization_list(false);
    cut.truncate(cut.len() / 2);
    assert_eq!(open(&mut session, cut), Err(FileError::Damaged));
    // Random bytes after a zip signature.
    assert_eq!(
        open(&mut session, b"PK\x03\x04garbage".to_vec()),
        Err(FileError::Damaged)
    );
    // An encrypted container (an .xlsx saved with a password is an OLE2 file holding
    // "EncryptedPackage").
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.resize(4096, 0);
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(open(&mut session, encrypted), Err(FileError::Encrypted));
    // A 50 MB .xls: refused by size before it is parsed.
    let mut big_xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    big_xls.resize(50 * 1024 * 1024, 0);
    assert_eq!(
        open(&mut session, big_xls),
        Err(FileError::TooLarge {
            bytes: 50 * 1024 * 1024,
            max: MAX_XLS_BYTES as u64
        })
    );
    // Nothing open: a sheet cannot be read.
    let reply = handle(
        &mut Session::default(),
        Request::ReadSheet { sheet: 0 },
        None,
    );
    assert_eq!(reply.body, Response::Failed(FileError::NoSuchSheet));
}

#[test]
fn serial_dates() {
    let s = DateSystem::Excel1900;
    assert_eq!(date_from_serial(1, s), Some(date(1900, 1, 1)));
    assert_eq!(date_from_serial(59, s), Some(date(1900, 2, 28)));
    assert_eq!(date_from_serial(60, s), None, "29/02/1900 never was");
    assert_eq!(date_from_serial(61, s), Some(date(1900, 3, 1)));
    assert_eq!(date_from_serial(41640, s), Some(date(2014, 1, 1)));
    assert_eq!(date_from_serial(2_958_465, s), Some(date(9999, 12, 31)));
    assert_eq!(date_from_serial(2_958_466, s), None);
    assert_eq!(date_from_serial(0, s), None);
    let s = DateSystem::Excel1904;
    assert_eq!(date_from_serial(0, s), Some(date(1904, 1, 1)));
    assert_eq!(date_from_serial(41640 - 1462, s), Some(date(2014, 1, 1)));
    // A five-digit serial in a CSV roster's date column.
    let csv = DateSystem::Excel1900;
    assert_eq!(parse_date_or_serial("41640", csv), Ok(date(2014, 1, 1)));
    assert_eq!(parse_date_or_serial(" 10000 ", csv), Ok(date(1927, 5, 18)));
    assert_eq!(parse_date_or_serial("73415", csv), Ok(date(2100, 12, 31)));
    assert!(matches!(
        parse_date_or_serial("80000", csv),
        Err(DateError::YearOutOfRange { year: 2119, .. })
    ));
    assert_eq!(
        parse_date_or_serial("01/01/2014", csv),
        Ok(date(2014, 1, 1))
    );
    assert_eq!(
        parse_date_or_serial("4164", csv),
        Err(DateError::WrongFormat)
    );
    // The same column of a sheet of a 1904 workbook: 1,462 days later for the same number.
    let mac = DateSystem::Excel1904;
    assert_eq!(parse_date_or_serial("40178", mac), Ok(date(2014, 1, 1)));
    assert_eq!(parse_date_or_serial("41640", mac), Ok(date(2018, 1, 2)));
    assert_eq!(parse_date_or_serial(" 10000 ", mac), Ok(date(1931, 5, 19)));
    assert!(matches!(
        parse_date_or_serial("71954", mac),
        Err(DateError::YearOutOfRange { year: 2101, .. })
    ));
    assert_eq!(
        parse_date_or_serial("01/01/2014", mac),
        Ok(date(2014, 1, 1))
    );
}

#[test]
fn numbers_read_as_people_see_them() {
    assert_eq!(number_text(314409058.0), "314409058");
    assert_eq!(number_text(1e14), "100000000000000");
    assert_eq!(number_text(0.1 + 0.2), "0.3");
    assert_eq!(number_text(-2.5), "-2.5");
    assert_eq!(number_text(1e20), "100000000000000000000");
    assert_eq!(number_text(0.000001), "0.000001");
    assert_eq!(number_text(f64::NAN), "");
}

#[test]
fn header_found_without_merges_and_blank_sheets() {
    let text = |s: &str| CellValue::Text(s.into());
    let grid = Grid {
        first_row: 2,
        first_column: 1,
        rows: vec![
            vec![text("Đơn vị: Trường THCS Lê Lợi")],
            vec![],
            vec![text("Họ và tên"), text("Ngày sinh"), text("Lớp")],
            vec![
                text("Nguyễn Văn An"),
                CellValue::Serial(43478.0),
                text("1A"),
            ],
            vec![
                text("Trần Thị Chi"),
                CellValue::Serial(43537.5),
                CellValue::Empty,
            ],
        ],
        merges: vec![Merge {
            first_row: 5,
            first_column: 3,
            last_row: 6,
            last_column: 3,
        }],
        date_system: DateSystem::Excel1900,
    };
    let table = to_table(&grid);
    assert_eq!(table.header_row, 5);
    assert_eq!(table.rows[0].cells, ["Nguyễn Văn An", "13/01/2019", "1A"]);
    assert_eq!(
        table.rows[1].cells,
        ["Trần Thị Chi", "13/03/2019 12:00", "1A"]
    );
    assert!(to_table(&Grid::default()).is_empty());
}

#[test]
fn text_files_in_legacy_encodings() {
    // Windows-1258: Đ is 0xD0, tones are combining marks (0xCC grave, 0xD2 hook, 0xF2 dot below).
    let decoded =
        decode_text(b"T\xEAn,\xD0i\xF2a chi\xD2\nC\xF4ng ty,Ha\xCC N\xF4\xF2i\n").expect("decodes");
    assert_eq!(decoded.encoding, TextEncoding::Windows1258);
    assert_eq!(decoded.text, "Tên,Địa chỉ\nCông ty,Hà Nội\n");
    // TCVN3 bytes.
    let decoded = decode_text(b"X\xB7 V\xDCnh H\xDFa Hi\xD6p\n").expect("decodes");
    assert_eq!(decoded.encoding, TextEncoding::Windows1252);
    assert_eq!(decoded.legacy.map(|f| f.scheme), Some(LegacyScheme::Tcvn3));
    // UTF-8 stays.
    let decoded = decode_text("Hà Nội".as_bytes()).expect("decodes");
    assert_eq!(
        (decoded.encoding, decoded.legacy),
        (TextEncoding::Utf8, None)
    );
    // UTF-8 with one damaged byte stays UTF-8, the byte replaced: Windows-1258 would turn every
    // other letter into nonsense.
    let mut damaged = "Tên,Địa chỉ\nCông ty Hà Nội,Phường Ba Đình\n"
        .as_bytes()
        .to_vec();
    damaged.extend_from_slice(b"C\xF4ng ty B,X\n");
    let decoded = decode_text(&damaged).expect("decodes");
    assert_eq!(decoded.encoding, TextEncoding::Utf8);
    assert_eq!(decoded.replaced, 1);
    assert!(decoded.text.starts_with("Tên,Địa chỉ\nCông ty Hà Nội"));
    // A Windows-1258 file whose bytes once form a UTF-8 letter by chance is still Windows-1258.
    let decoded =
        decode_text(b"\xC3\xA0 T\xEAn,\xD0i\xF2a chi\xD2\nC\xF4ng ty,Ha\xCC N\xF4\xF2i\n")
            .expect("decodes");
    assert_eq!(decoded.encoding, TextEncoding::Windows1258);
}

#[test]
fn export_writes_codes_as_text_and_reads_back() {
    let csv = "Mã số thuế,Tên,Số lao động,Ngày\n0100109106,Công ty A,\"1.234\",01/01/2014\n0314409058,Công ty B,chưa rõ,\n";
    let export = XlsxExport {
        sheet_name: "Kết quả [1]".into(),
        columns: vec![
            ExportColumn {
                kind: ColumnKind::Code,
                width: None,
            },
            ExportColumn {
                kind: ColumnKind::Text,
                width: Some(30.0),
            },
            ExportColumn {
                kind: ColumnKind::Integer,
                width: None,
            },
            ExportColumn {
                kind: ColumnKind::Date,
                width: None,
            },
        ],
    };
    let mut session = Session::default();
    let reply = handle(
        &mut session,
        Request::WriteXlsx { export },
        Some(csv.as_bytes().to_vec()),
    );
    assert_eq!(reply.body, Response::Xlsx { rows: 3 });
    let xlsx = reply.bytes.expect("bytes");
    // Read back through the same worker path.
    let sheets = open(&mut session, xlsx).expect("opens");
    assert_eq!(sheets, ["Kết quả  1"]);
    let reply = handle(&mut session, Request::ReadSheet { sheet: 0 }, None);
    let csv = String::from_utf8(reply.bytes.expect("csv")).expect("utf-8");
    assert_eq!(
        csv,
        "Mã số thuế,Tên,Số lao động,Ngày\n0100109106,Công ty A,1234,01/01/2014\n0314409058,Công ty B,chưa rõ,\n"
    );
}

#[test]
fn opendocument_dates_and_times_read_as_people_see_them() {
    use sansang::rules::sheet::cell_text;
    let text = |cell: CellValue| cell_text(&cell, DateSystem::Excel1900).0;
    let iso = |s: &str| text(CellValue::IsoDate(s.into()));
    let duration = |s: &str| text(CellValue::Duration(s.into()));
    assert_eq!(iso("2014-01-01"), "01/01/2014");
    assert_eq!(iso("2024-02-29T08:30:00"), "29/02/2024 08:30");
    assert_eq!(iso("2024-02-29T08:30:15.250"), "29/02/2024 08:30:15");
    assert_eq!(iso("2024-02-29T00:00:00"), "29/02/2024");
    // Not a date: shown as it is.
    assert_eq!(iso("2023-02-29"), "2023-02-29");
    assert_eq!(iso("+2014-01-01"), "+2014-01-01");
    assert_eq!(iso("2014-1-1x"), "2014-1-1x");
    assert_eq!(duration("PT08H30M00S"), "08:30");
    assert_eq!(duration("PT8H30M15S"), "08:30:15");
    assert_eq!(duration("P1DT12H00M00S"), "36:00");
    assert_eq!(duration("-PT01H00M00S"), "-01:00");
    assert_eq!(duration("PT0.5S"), "00:00:01");
    assert_eq!(duration("8 giờ"), "8 giờ");
    assert_eq!(duration("PT8X"), "PT8X");
}
