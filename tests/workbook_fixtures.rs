#![cfg(not(target_arch = "wasm32"))]
//! Workbooks in the shapes people receive, in every format the file worker reads: the `.xlsx`
//! sources are written here with `rust_xlsxwriter`, and LibreOffice turned them into the `.xls`
//! and `.ods` committed beside them (`tests/data/workbooks/make-fixtures.sh`). Each format must
//! read into the same table, cell for cell, after the sheet rules' conversions — and that table
//! is spelled out here, so a reader that is wrong in all three formats fails too.
//!
//! `cargo test --test workbook_fixtures -- --ignored write_fixture_sources` rewrites the sources;
//! a normal test checks that the committed sources still read as the code below writes them.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet};
use sansang::files::protocol::{FileError, Request, Response, TableInfo, WorkbookFormat};
use sansang::files::session::Session;
use sansang::rules::date::DateSystem;
use sansang::rules::legacy_text::LegacyScheme;
use sansang::rules::sheet::SheetWarning;

/// The fixtures, by file stem.
const FIXTURES: [&str; 6] = [
    "tax-office-list",
    "student-roster",
    "class-roster",
    "campaign-weekly",
    "two-sheets",
    "tcvn3-cells",
];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/workbooks")
}

fn source(stem: &str) -> Vec<u8> {
    match stem {
        "tax-office-list" => tax_office_list(),
        "student-roster" => student_roster(),
        "class-roster" => class_roster(),
        "campaign-weekly" => campaign_weekly(),
        "two-sheets" => two_sheets(),
        "tcvn3-cells" => tcvn3_cells(),
        other => panic!("no fixture {other}"),
    }
}

fn ymd(y: u16, m: u8, d: u8) -> ExcelDateTime {
    ExcelDateTime::from_ymd(y, m, d).expect("a real date")
}

fn write_row(sheet: &mut Worksheet, row: u32, first_column: u16, cells: &[&str]) {
    for (c, text) in cells.iter().enumerate() {
        sheet
            .write(row, first_column + c as u16, *text)
            .expect("write");
    }
}

/// A district tax office's list: the agency and the national motto side by side, a merged title
/// and a merged dispatch line, a blank row, the header, a row of column numbers, a commune merged
/// down three and two rows, tax codes as numbers (two lost their leading zero) and as text, a
/// branch code, founding dates as date cells and as text, a total formula per row and a total
/// row of SUMs.
fn tax_office_list() -> Vec<u8> {
    let mut book = Workbook::new();
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    let centered = Format::new().set_align(FormatAlign::Center).set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("DS doanh nghiệp").expect("name");
    sheet.write(0, 0, "THUẾ CƠ SỞ 3 TỈNH AN GIANG").expect("w");
    sheet
        .merge_range(0, 5, 0, 8, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", &centered)
        .expect("merge");
    sheet
        .merge_range(
            1,
            0,
            1,
            8,
            "DANH SÁCH DOANH NGHIỆP TRÊN ĐỊA BÀN CHƯA ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ",
            &centered,
        )
        .expect("merge");
    sheet
        .merge_range(
            2,
            0,
            2,
            8,
            "(Kèm theo Công văn số 1234/TCS3-QLDN ngày 15/10/2025)",
            &Format::new().set_italic(),
        )
        .expect("merge");
    write_row(
        sheet,
        4,
        0,
        &[
            "STT",
            "Mã số thuế",
            "Tên doanh nghiệp",
            "Địa chỉ",
            "Xã, phường",
            "Ngày cấp GCN",
            "Lao động nữ",
            "Lao động nam",
            "Tổng số lao động",
        ],
    );
    for c in 0..9u16 {
        sheet
            .write(5, c, format!("({})", c + 1).as_str())
            .expect("column numbers");
    }
    enum Code {
        Number(f64),
        Text(&'static str),
    }
    enum Founded {
        Date(u16, u8, u8),
        Text(&'static str),
    }
    let rows = [
        (
            Code::Number(309532909.0),
            "Công ty TNHH Ti Ki",
            "Số 52 Út Tịch",
            Founded::Date(2010, 3, 8),
            12,
            30,
        ),
        (
            Code::Text("0100109106"),
            "Tập đoàn Công nghiệp – Viễn thông Quân đội",
            "Lô D26 Khu đô thị mới",
            Founded::Text("13/7/2010"),
            5,
            3,
        ),
        (
            Code::Text("0100686209-009"),
            "Công ty Dịch vụ MobiFone Khu vực 9",
            "Số 8 Trần Hưng Đạo",
            Founded::Date(2014, 1, 1),
            7,
            9,
        ),
        (
            Code::Number(300588569.0),
            "Công ty Cổ phần Sữa Việt Nam",
            "Ấp Hòa Phú",
            Founded::Text("01/01/2003"),
            40,
            25,
        ),
        (
            Code::Number(2_001_234_567.0),
            "Hợp tác xã Nông nghiệp Tân Tiến",
            "Ấp 3",
            Founded::Date(2019, 12, 25),
            4,
            6,
        ),
        (
            Code::Text("0402353502"),
            "Công ty TNHH Bất động sản Coastal Land",
            "Tổ 5, khu phố 2",
            Founded::Date(2021, 6, 30),
            0,
            2,
        ),
    ];
    let first = 6u32;
    for (i, (code, name, address, founded, women, men)) in rows.into_iter().enumerate() {
        let r = first + i as u32;
        sheet.write(r, 0, (i + 1) as f64).expect("w");
        match code {
            Code::Number(n) => sheet.write(r, 1, n).map(|_| ()),
            Code::Text(t) => sheet.write(r, 1, t).map(|_| ()),
        }
        .expect("code");
        sheet.write(r, 2, name).expect("w");
        sheet.write(r, 3, address).expect("w");
        match founded {
            Founded::Date(y, m, d) => sheet
                .write_datetime_with_format(r, 5, ymd(y, m, d), &dates)
                .map(|_| ()),
            Founded::Text(t) => sheet.write(r, 5, t).map(|_| ()),
        }
        .expect("date");
        sheet.write(r, 6, f64::from(women)).expect("w");
        sheet.write(r, 7, f64::from(men)).expect("w");
        let formula = format!("=G{0}+H{0}", r + 1);
        sheet
            .write_formula(
                r,
                8,
                Formula::new(formula).set_result((women + men).to_string()),
            )
            .expect("formula");
    }
    sheet
        .merge_range(6, 4, 8, 4, "Xã Vĩnh Hòa Hiệp", &Format::new())
        .expect("merge down");
    sheet
        .merge_range(9, 4, 10, 4, "Phường Rạch Giá", &Format::new())
        .expect("merge down");
    sheet.write(11, 4, "Xã Tây Yên").expect("w");
    sheet
        .merge_range(12, 0, 12, 5, "Tổng cộng", &centered)
        .expect("merge");
    for (c, letter, total) in [(6u16, 'G', 68), (7, 'H', 75), (8, 'I', 143)] {
        sheet
            .write_formula(
                12,
                c,
                Formula::new(format!("=SUM({letter}7:{letter}12)")).set_result(total.to_string()),
            )
            .expect("sum");
    }
    book.save_to_buffer().expect("xlsx")
}

/// A school's name in A1 and the list's title merged bold across A2:F2, above a roster.
fn school_title_rows(sheet: &mut Worksheet, school: &str, title: &str) {
    sheet.write(0, 0, school).expect("w");
    sheet
        .merge_range(1, 0, 1, 5, title, &Format::new().set_bold())
        .expect("merge");
}

/// A primary school's list: school name, merged title, the header, birth dates as bare serial
/// numbers in a date column (an export that lost the date format: 41640 is 01/01/2014), one as
/// a date cell and one as text, each class merged down its rows, personal IDs as text and one as
/// a number that lost its leading zeros.
fn student_roster() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Lớp 5").expect("name");
    school_title_rows(
        sheet,
        "TRƯỜNG TIỂU HỌC LÊ LỢI",
        "DANH SÁCH HỌC SINH CHƯA CÓ THẺ CĂN CƯỚC",
    );
    write_row(
        sheet,
        3,
        0,
        &[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Lớp",
            "Số định danh cá nhân",
            "Ghi chú",
        ],
    );
    let students: [(&str, f64, &str); 6] = [
        ("Nguyễn Văn An", 41640.0, "001214000123"),
        ("Trần Thị Bình", 41701.0, "001314000456"),
        ("Lê Hoàng Chi", 41800.0, ""),
        ("Phạm Minh Đức", 41950.0, "001214000789"),
        ("Vũ Thị Én", 0.0, "1214001234"),
        ("Đặng Quốc Gia", 42003.0, "001214005678"),
    ];
    for (i, (name, serial, id)) in students.into_iter().enumerate() {
        let r = 4 + i as u32;
        sheet.write(r, 0, (i + 1) as f64).expect("w");
        sheet.write(r, 1, name).expect("w");
        match i {
            1 => sheet
                .write_datetime_with_format(
                    r,
                    2,
                    ymd(2014, 3, 3),
                    &Format::new().set_num_format("dd/mm/yyyy"),
                )
                .map(|_| ()),
            4 => sheet.write(r, 2, "03/05/2014").map(|_| ()),
            _ => sheet.write(r, 2, serial).map(|_| ()),
        }
        .expect("birth date");
        match id {
            "" => {}
            "1214001234" => {
                sheet.write(r, 4, 1_214_001_234.0).expect("id as number");
            }
            id => {
                sheet.write(r, 4, id).expect("id");
            }
        }
    }
    sheet.write(6, 5, "Chuyển trường").expect("w");
    sheet
        .merge_range(4, 3, 6, 3, "5A", &Format::new())
        .expect("merge class");
    sheet
        .merge_range(7, 3, 9, 3, "5B", &Format::new())
        .expect("merge class");
    book.save_to_buffer().expect("xlsx")
}

/// A lower-secondary school's roster as the student tool takes it: a "Hướng dẫn" sheet first
/// (so the sheet picker shows), then the class sheet — school and merged title rows, the header
/// with the tool's columns, birth dates as bare serials (41640 is 01/01/2014), as a date cell and
/// as text, each class merged down its rows, yes/no as words.
fn class_roster() -> Vec<u8> {
    let mut book = Workbook::new();
    let help = book.add_worksheet();
    help.set_name("Hướng dẫn").expect("name");
    help.write(0, 0, "Điền danh sách ở trang tính Khối 6.")
        .expect("w");
    let sheet = book.add_worksheet();
    sheet.set_name("Khối 6").expect("name");
    school_title_rows(
        sheet,
        "TRƯỜNG THCS NGUYỄN DU",
        "DANH SÁCH HỌC SINH KHỐI 6 NĂM HỌC 2025-2026",
    );
    write_row(
        sheet,
        3,
        0,
        &[
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Lớp",
            "Có căn cước",
            "Có tài khoản mức 2",
        ],
    );
    let students: [(&str, f64, &str, &str); 6] = [
        ("Nguyễn Văn An", 41640.0, "có", "không"),
        ("Trần Thị Bình", 0.0, "không", "không"),
        ("Lê Hoàng Chi", 0.0, "có", "có"),
        ("Phạm Minh Đức", 41950.0, "không", "không"),
        ("Vũ Thị Én", 41306.0, "có", "không"),
        ("Đặng Quốc Gia", 42003.0, "có", "có"),
    ];
    for (i, (name, serial, card, level2)) in students.into_iter().enumerate() {
        let r = 4 + i as u32;
        sheet.write(r, 0, (i + 1) as f64).expect("w");
        sheet.write(r, 1, name).expect("w");
        match i {
            1 => sheet
                .write_datetime_with_format(
                    r,
                    2,
                    ymd(2014, 3, 3),
                    &Format::new().set_num_format("dd/mm/yyyy"),
                )
                .map(|_| ()),
            2 => sheet.write(r, 2, "10/06/2014").map(|_| ()),
            _ => sheet.write(r, 2, serial).map(|_| ()),
        }
        .expect("birth date");
        write_row(sheet, r, 4, &[card, level2]);
    }
    sheet
        .merge_range(4, 3, 6, 3, "6A1", &Format::new())
        .expect("merge class");
    sheet
        .merge_range(7, 3, 9, 3, "6A2", &Format::new())
        .expect("merge class");
    book.save_to_buffer().expect("xlsx")
}

/// A campaign's weekly report: communes as rows, indicators as columns, a rate formula per row
/// (one commune without a quota: `#DIV/0!`), a total row, and a signature block below.
fn campaign_weekly() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Tuần 3").expect("name");
    sheet
        .write(0, 0, "BAN CHỈ ĐẠO ĐỀ ÁN 06 TỈNH HƯNG YÊN")
        .expect("w");
    sheet
        .merge_range(
            1,
            0,
            1,
            6,
            "BÁO CÁO TIẾN ĐỘ CAO ĐIỂM CẤP TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ — TUẦN 3",
            &Format::new().set_bold(),
        )
        .expect("merge");
    sheet
        .merge_range(
            2,
            0,
            2,
            6,
            "(Số liệu đến 17 giờ ngày 24/10/2025)",
            &Format::new(),
        )
        .expect("merge");
    write_row(
        sheet,
        4,
        0,
        &[
            "STT",
            "Xã, phường",
            "Chỉ tiêu giao",
            "Đã thu nhận",
            "Đã kích hoạt",
            "Tỷ lệ kích hoạt (%)",
            "Ghi chú",
        ],
    );
    let communes: [(&str, u32, u32, u32); 6] = [
        ("Phường Phố Hiến", 12_500, 11_020, 9_616),
        ("Xã Tiên Lữ", 8_200, 6_100, 5_004),
        ("Xã Hoàng Hoa Thám", 6_400, 6_410, 6_390),
        ("Phường Mỹ Hào", 15_000, 9_300, 7_650),
        ("Xã Nghĩa Trụ", 0, 120, 96),
        ("Xã Văn Giang", 9_900, 4_200, 3_001),
    ];
    let percent = Format::new().set_num_format("0.00");
    for (i, (commune, quota, taken, active)) in communes.into_iter().enumerate() {
        let r = 5 + i as u32;
        sheet.write(r, 0, (i + 1) as f64).expect("w");
        sheet.write(r, 1, commune).expect("w");
        sheet.write(r, 2, f64::from(quota)).expect("w");
        sheet.write(r, 3, f64::from(taken)).expect("w");
        sheet.write(r, 4, f64::from(active)).expect("w");
        let result = if quota == 0 {
            "#DIV/0!".to_owned()
        } else {
            format!(
                "{}",
                (f64::from(active) / f64::from(quota) * 10_000.0).round() / 100.0
            )
        };
        sheet
            .write_formula_with_format(
                r,
                5,
                Formula::new(format!("=ROUND(E{0}/C{0}*100,2)", r + 1)).set_result(result),
                &percent,
            )
            .expect("rate");
    }
    sheet.write(9, 6, "Chưa giao chỉ tiêu").expect("w");
    sheet
        .merge_range(11, 0, 11, 1, "Tổng cộng", &Format::new().set_bold())
        .expect("merge");
    for (c, letter, total) in [(2u16, 'C', 52_000), (3, 'D', 37_150), (4, 'E', 31_757)] {
        sheet
            .write_formula(
                11,
                c,
                Formula::new(format!("=SUM({letter}6:{letter}11)")).set_result(total.to_string()),
            )
            .expect("sum");
    }
    sheet
        .write_formula_with_format(
            11,
            5,
            Formula::new("=ROUND(E12/C12*100,2)").set_result("61.07"),
            &percent,
        )
        .expect("rate");
    sheet.write(13, 4, "NGƯỜI LẬP BIỂU").expect("w");
    book.save_to_buffer().expect("xlsx")
}

/// Two worksheets: organizations from A1, and household businesses whose table starts at B3
/// under a one-cell title, with a time of day in one cell.
fn two_sheets() -> Vec<u8> {
    let mut book = Workbook::new();
    let first = book.add_worksheet();
    first.set_name("Doanh nghiệp").expect("name");
    write_row(first, 0, 0, &["Mã số thuế", "Tên", "Số điện thoại"]);
    write_row(
        first,
        1,
        0,
        &["0106773786", "Công ty TNHH Shopee", "0912345678"],
    );
    first.write(2, 0, 101_778_163.0).expect("w");
    first
        .write(2, 1, "Công ty Cổ phần Viễn thông FPT")
        .expect("w");
    first.write(2, 2, 987_654_321.0).expect("phone as a number");
    let second = book.add_worksheet();
    second.set_name("Hộ kinh doanh").expect("name");
    second
        .write(0, 1, "Hộ kinh doanh — phường Hồng Châu")
        .expect("w");
    write_row(
        second,
        2,
        1,
        &["Chủ hộ", "Số định danh", "Ngày đăng ký", "Giờ"],
    );
    write_row(second, 3, 1, &["Nguyễn Thị Hoa", "033185001234"]);
    second
        .write_datetime_with_format(
            3,
            3,
            ymd(2024, 2, 29),
            &Format::new().set_num_format("dd/mm/yyyy"),
        )
        .expect("date");
    second
        .write_datetime_with_format(
            3,
            4,
            ExcelDateTime::from_hms(8, 30, 0).expect("time"),
            &Format::new().set_num_format("hh:mm"),
        )
        .expect("time");
    write_row(second, 4, 1, &["Trần Văn Khang", "033090004321"]);
    second
        .write_datetime_with_format(
            4,
            3,
            ymd(2023, 11, 2),
            &Format::new().set_num_format("dd/mm/yyyy"),
        )
        .expect("date");
    book.save_to_buffer().expect("xlsx")
}

/// An old commune list typed with the .VnTime font (TCVN3): header and cells read "X· VÜnh Hßa
/// HiÖp" outside that font.
fn tcvn3_cells() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").expect("name");
    write_row(sheet, 0, 0, &["STT", "Tªn ®¬n vÞ", "HuyÖn cò", "Ghi chó"]);
    let rows = [
        ("X· VÜnh Hßa HiÖp", "Ch©u Thµnh", ""),
        ("ThÞ trÊn Ninh B×nh", "Hoa L\u{AD}", "S¸p nhËp"),
        ("Ph\u{AD}êng §ång Xu©n", "Hoµn KiÕm", ""),
        ("X· M\u{AD}êng Kh\u{AD}¬ng", "B¶o Th¾ng", ""),
    ];
    for (i, (unit, district, note)) in rows.into_iter().enumerate() {
        let r = 1 + i as u32;
        sheet.write(r, 0, (i + 1) as f64).expect("w");
        sheet.write(r, 1, unit).expect("w");
        sheet.write(r, 2, district).expect("w");
        if !note.is_empty() {
            sheet.write(r, 3, note).expect("w");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

/// Every sheet of a workbook read through the worker's session: its table and CSV, or the error.
type SheetRead = (String, Result<(TableInfo, String), FileError>);

fn read_all(bytes: Vec<u8>, file_name: &str) -> (WorkbookFormat, Vec<SheetRead>) {
    let mut session = Session::default();
    let reply = session.handle(
        Request::OpenWorkbook {
            file_name: file_name.into(),
        },
        Some(bytes),
        &mut |_| {},
    );
    let Response::Workbook(info) = reply.body else {
        panic!("{file_name}: {:?}", reply.body)
    };
    let sheets = info
        .sheets
        .iter()
        .enumerate()
        .map(|(index, sheet)| {
            let reply = session.handle(Request::ReadSheet { sheet: index }, None, &mut |_| {});
            let read = match reply.body {
                Response::Table(table) => Ok((
                    table,
                    String::from_utf8(reply.bytes.expect("csv")).expect("utf-8"),
                )),
                Response::Failed(e) => Err(e),
                other => panic!("{file_name}: {other:?}"),
            };
            (sheet.name.clone(), read)
        })
        .collect();
    (info.format, sheets)
}

fn read_fixture(stem: &str, extension: &str) -> (WorkbookFormat, Vec<SheetRead>) {
    let path = fixture_dir().join(format!("{stem}.{extension}"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    read_all(bytes, &format!("{stem}.{extension}"))
}

/// Writes the `.xlsx` sources (`make-fixtures.sh` runs this, then LibreOffice).
#[test]
#[ignore = "rewrites tests/data/workbooks/*.xlsx; run by make-fixtures.sh"]
fn write_fixture_sources() {
    std::fs::create_dir_all(fixture_dir()).expect("dir");
    for stem in FIXTURES {
        let path = fixture_dir().join(format!("{stem}.xlsx"));
        std::fs::write(&path, source(stem)).expect("write");
        println!("wrote {}", path.display());
    }
}

#[test]
fn committed_sources_read_as_the_code_writes_them() {
    for stem in FIXTURES {
        let committed = read_fixture(stem, "xlsx");
        let fresh = read_all(source(stem), "fresh.xlsx");
        assert_eq!(
            committed, fresh,
            "{stem}.xlsx is out of date: run make-fixtures.sh"
        );
    }
}

/// Every fixture reads the same from .xls and .ods as from its .xlsx source.
#[test]
fn xls_and_ods_read_as_their_xlsx_source() {
    for stem in FIXTURES {
        let (format, expected) = read_fixture(stem, "xlsx");
        assert_eq!(format, WorkbookFormat::Xlsx);
        for (extension, format) in [("xls", WorkbookFormat::Xls), ("ods", WorkbookFormat::Ods)] {
            let (read_format, sheets) = read_fixture(stem, extension);
            assert_eq!(read_format, format, "{stem}.{extension}");
            assert_eq!(
                sheets.len(),
                expected.len(),
                "{stem}.{extension}: sheet count"
            );
            for ((name, got), (expected_name, want)) in sheets.iter().zip(&expected) {
                assert_eq!(name, expected_name, "{stem}.{extension}");
                let (got, want) = match (got, want) {
                    (Ok(got), Ok(want)) => (got, want),
                    (got, want) => {
                        assert_eq!(got, want, "{stem}.{extension} sheet {name}");
                        continue;
                    }
                };
                // Cell for cell first (the clearest message), then everything else.
                for (line, (g, w)) in got.1.lines().zip(want.1.lines()).enumerate() {
                    assert_eq!(g, w, "{stem}.{extension} sheet {name}, row {}", line + 1);
                }
                assert_eq!(got.1, want.1, "{stem}.{extension} sheet {name}: CSV");
                let mut got_info = got.0.clone();
                let want_info = &want.0;
                // .ods counts days by writing dates out; it has no date system to report.
                if format == WorkbookFormat::Ods {
                    got_info.date_system = want_info.date_system;
                }
                assert_eq!(&got_info, want_info, "{stem}.{extension} sheet {name}");
            }
        }
    }
}

fn only_sheet(stem: &str) -> (TableInfo, String) {
    let (_, sheets) = read_fixture(stem, "xlsx");
    let [(_, read)] = <[SheetRead; 1]>::try_from(sheets).expect("one sheet");
    read.expect("reads")
}

#[test]
fn the_tax_office_list_reads_as_a_person_sees_it() {
    let (info, csv) = only_sheet("tax-office-list");
    assert_eq!(info.header_row, 5);
    assert_eq!(info.rows, 7);
    assert_eq!(info.date_system, DateSystem::Excel1900);
    assert_eq!(
        info.warnings,
        [
            SheetWarning::TitleRowsSkipped {
                rows: 3,
                header_row: 5
            },
            SheetWarning::MergedCellsFilled {
                first_row: 7,
                last_row: 9,
                column: 4
            },
            SheetWarning::MergedCellsFilled {
                first_row: 10,
                last_row: 11,
                column: 4
            },
            SheetWarning::ColumnNumbersRowSkipped { row: 6 },
        ]
    );
    let expected = "\n\n\n\n\
        STT,Mã số thuế,Tên doanh nghiệp,Địa chỉ,\"Xã, phường\",Ngày cấp GCN,Lao động nữ,Lao động nam,Tổng số lao động\n\
        \n\
        1,309532909,Công ty TNHH Ti Ki,Số 52 Út Tịch,Xã Vĩnh Hòa Hiệp,08/03/2010,12,30,42\n\
        2,0100109106,Tập đoàn Công nghiệp – Viễn thông Quân đội,Lô D26 Khu đô thị mới,Xã Vĩnh Hòa Hiệp,13/7/2010,5,3,8\n\
        3,0100686209-009,Công ty Dịch vụ MobiFone Khu vực 9,Số 8 Trần Hưng Đạo,Xã Vĩnh Hòa Hiệp,01/01/2014,7,9,16\n\
        4,300588569,Công ty Cổ phần Sữa Việt Nam,Ấp Hòa Phú,Phường Rạch Giá,01/01/2003,40,25,65\n\
        5,2001234567,Hợp tác xã Nông nghiệp Tân Tiến,Ấp 3,Phường Rạch Giá,25/12/2019,4,6,10\n\
        6,0402353502,Công ty TNHH Bất động sản Coastal Land,\"Tổ 5, khu phố 2\",Xã Tây Yên,30/06/2021,0,2,2\n\
        Tổng cộng,,,,,,68,75,143\n";
    assert_eq!(csv, expected);
}

#[test]
fn the_roster_keeps_serial_dates_for_the_roster_rules() {
    let (info, csv) = only_sheet("student-roster");
    assert_eq!(info.header_row, 4);
    assert_eq!(info.rows, 6);
    // Bare serials stay numbers here (the cell has no date format); the roster's date rule
    // reads them (docs/rules.md §6.1).
    let expected = "\n\n\nSTT,Họ và tên,Ngày sinh,Lớp,Số định danh cá nhân,Ghi chú\n\
        1,Nguyễn Văn An,41640,5A,001214000123,\n\
        2,Trần Thị Bình,03/03/2014,5A,001314000456,\n\
        3,Lê Hoàng Chi,41800,5A,,Chuyển trường\n\
        4,Phạm Minh Đức,41950,5B,001214000789,\n\
        5,Vũ Thị Én,03/05/2014,5B,1214001234,\n\
        6,Đặng Quốc Gia,42003,5B,001214005678,\n";
    assert_eq!(csv, expected);
    let dates: Vec<_> = csv
        .lines()
        .skip(4)
        .map(|line| {
            let date = line.split(',').nth(2).expect("date column");
            sansang::rules::date::parse_date_or_serial(date, info.date_system)
                .map(|d| d.to_string())
        })
        .collect();
    assert_eq!(
        dates,
        [
            Ok("2014-01-01".to_owned()),
            Ok("2014-03-03".to_owned()),
            Ok("2014-06-10".to_owned()),
            Ok("2014-11-07".to_owned()),
            Ok("2014-05-03".to_owned()),
            Ok("2014-12-30".to_owned()),
        ]
    );
}

#[test]
fn the_class_roster_reads_below_its_titles_with_classes_filled() {
    let (_, sheets) = read_fixture("class-roster", "xlsx");
    let names: Vec<&str> = sheets.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Hướng dẫn", "Khối 6"]);
    let Some((_, Ok((info, csv)))) = sheets.into_iter().nth(1) else {
        panic!("the class sheet reads");
    };
    assert_eq!(info.header_row, 4);
    assert_eq!(info.rows, 6);
    let expected = "\n\n\nSTT,Họ và tên,Ngày sinh,Lớp,Có căn cước,Có tài khoản mức 2\n\
        1,Nguyễn Văn An,41640,6A1,có,không\n\
        2,Trần Thị Bình,03/03/2014,6A1,không,không\n\
        3,Lê Hoàng Chi,10/06/2014,6A1,có,có\n\
        4,Phạm Minh Đức,41950,6A2,không,không\n\
        5,Vũ Thị Én,41306,6A2,có,không\n\
        6,Đặng Quốc Gia,42003,6A2,có,có\n";
    assert_eq!(csv, expected);
}

#[test]
fn the_weekly_report_reads_rates_totals_and_the_error_cell() {
    let (info, csv) = only_sheet("campaign-weekly");
    assert_eq!(info.header_row, 5);
    assert!(info.warnings.contains(&SheetWarning::FormulaErrors {
        cells: 1,
        first_row: 10,
        first_column: 5,
        error: sansang::rules::sheet::CellError::Div0,
    }));
    let expected = "\n\n\n\nSTT,\"Xã, phường\",Chỉ tiêu giao,Đã thu nhận,Đã kích hoạt,Tỷ lệ kích hoạt (%),Ghi chú\n\
        1,Phường Phố Hiến,12500,11020,9616,76.93,\n\
        2,Xã Tiên Lữ,8200,6100,5004,61.02,\n\
        3,Xã Hoàng Hoa Thám,6400,6410,6390,99.84,\n\
        4,Phường Mỹ Hào,15000,9300,7650,51,\n\
        5,Xã Nghĩa Trụ,0,120,96,,Chưa giao chỉ tiêu\n\
        6,Xã Văn Giang,9900,4200,3001,30.31,\n\
        Tổng cộng,,52000,37150,31757,61.07,\n\
        \n\
        ,,,,NGƯỜI LẬP BIỂU,,\n";
    assert_eq!(csv, expected);
}

#[test]
fn both_sheets_of_a_two_sheet_workbook() {
    let (_, sheets) = read_fixture("two-sheets", "xlsx");
    let names: Vec<_> = sheets.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Doanh nghiệp", "Hộ kinh doanh"]);
    let csv: Vec<_> = sheets
        .into_iter()
        .map(|(_, read)| read.expect("reads").1)
        .collect();
    assert_eq!(
        csv[0],
        "Mã số thuế,Tên,Số điện thoại\n0106773786,Công ty TNHH Shopee,0912345678\n\
         101778163,Công ty Cổ phần Viễn thông FPT,987654321\n"
    );
    assert_eq!(
        csv[1],
        "\n\nChủ hộ,Số định danh,Ngày đăng ký,Giờ\n\
         Nguyễn Thị Hoa,033185001234,29/02/2024,08:30\n\
         Trần Văn Khang,033090004321,02/11/2023,\n"
    );
}

#[test]
fn tcvn3_cells_are_found_in_every_format() {
    for extension in ["xlsx", "xls", "ods"] {
        let (_, sheets) = read_fixture("tcvn3-cells", extension);
        let (info, _) = sheets
            .into_iter()
            .next()
            .and_then(|(_, read)| read.ok())
            .expect("reads");
        let offer = info.legacy.expect("TCVN3 offered");
        assert_eq!(offer.found.scheme, LegacyScheme::Tcvn3, "{extension}");
        let afters: Vec<_> = offer
            .preview
            .samples
            .iter()
            .map(|s| s.after.as_str())
            .collect();
        assert!(
            afters.contains(&"Xã Vĩnh Hòa Hiệp"),
            "{extension}: {afters:?}"
        );
        assert!(afters.contains(&"Tên đơn vị"), "{extension}: {afters:?}");
    }
}

/// The workbook fuzz target's hand-written seeds are real workbooks (stored entries, so the
/// fuzzer reaches the XML readers): merges, a 1904 date (40178 = 01/01/2014), an error cell, a TCVN3 cell.
#[test]
fn the_fuzz_seeds_read() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus/workbook");
    let csv = |file: &str| {
        let bytes = std::fs::read(seeds.join(file)).expect("seed");
        let (_, sheets) = read_all(bytes, file);
        let (_, read) = sheets.into_iter().next().expect("a sheet");
        read.expect("reads").1
    };
    let xlsx = "\n\nMã số thuế,Xã,Ngày\n314409058,X· VÜnh Hßa HiÖp,01/01/2014\n314409059,X· VÜnh Hßa HiÖp,\n";
    assert_eq!(csv("tiny-stored.xlsx"), xlsx);
    assert_eq!(csv("tiny.xlsx"), xlsx);
    assert_eq!(
        csv("tiny-stored.ods"),
        "\n\n\nMã số thuế,Xã,Giờ\n314409058,X· VÜnh Hßa HiÖp,08:30\n01/01/2014,X· VÜnh Hßa HiÖp,\n"
    );
}

/// The merges found while the zip is checked are calamine's own, sheet by sheet.
#[test]
fn merges_found_in_passing_are_calamines() {
    use calamine::Reader;
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus/workbook");
    let files: Vec<PathBuf> = FIXTURES
        .iter()
        .map(|stem| fixture_dir().join(format!("{stem}.xlsx")))
        .chain([seeds.join("tiny.xlsx"), seeds.join("tiny-stored.xlsx")])
        .collect();
    for path in files {
        let bytes = std::fs::read(&path).expect("fixture");
        let found = sansang::files::xlsx_merges::xlsx_merges(&bytes);
        let mut workbook =
            calamine::Xlsx::new(std::io::Cursor::new(bytes)).expect("calamine opens it");
        for name in workbook.sheet_names() {
            let theirs: Vec<(u32, u32, u32, u32)> = workbook
                .merge_cells_by_sheet_name(&name)
                .expect("merges")
                .iter()
                .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                .collect();
            let ours: Vec<(u32, u32, u32, u32)> = found
                .get(&name)
                .unwrap_or_else(|| panic!("{}: {name} not tied to its entry", path.display()))
                .iter()
                .map(|m| (m.first_row, m.first_column, m.last_row, m.last_column))
                .collect();
            assert_eq!(ours, theirs, "{} sheet {name}", path.display());
        }
    }
}
