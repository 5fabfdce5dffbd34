//! Workbooks of the campaign tracker's tables as officers keep them, written by
//! `rust_xlsxwriter` at test time: a unit table behind an instructions sheet and a week's report,
//! each under title rows with a merged title and commune codes stored as numbers (Excel drops
//! their leading zeros: 00004 is the number 4). Used by the reducer tests (`tests/forms/`) and
//! written for the end-to-end journeys by `tests/e2e_fixtures.rs`.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The communes of both tables: code, name, organizations (base), done in the unit table, done
/// in the week's report.
pub const COMMUNES: [(u32, &str, u32, u32, u32); 4] = [
    (4, "Phường Ba Đình", 1_200, 610, 790),
    (8, "Phường Ngọc Hà", 950, 700, 720),
    (25, "Phường Giảng Võ", 1_480, 520, 880),
    (70, "Phường Hoàn Kiếm", 2_300, 1_910, 2_105),
];

/// The unit table: a "Hướng dẫn" sheet first (so the sheet picker asks), then "Đơn vị" with an
/// agency line, a title merged over the columns, a blank row, and the header in row 4.
pub fn unit_table() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let help = book.add_worksheet();
    help.set_name("Hướng dẫn")?;
    help.write(0, 0, "Mỗi xã, phường một dòng; mã xã theo danh mục 2025")?;
    let sheet = book.add_worksheet();
    sheet.set_name("Đơn vị")?;
    sheet.write(0, 0, "CÔNG AN THÀNH PHỐ HÀ NỘI")?;
    sheet.merge_range(
        1,
        0,
        1,
        3,
        "DANH SÁCH XÃ, PHƯỜNG — TÀI KHOẢN ĐỊNH DANH TỔ CHỨC",
        &Format::new().set_bold(),
    )?;
    for (column, header) in ["Mã xã", "Tên đơn vị", "Tổng số", "Đã đạt"]
        .iter()
        .enumerate()
    {
        sheet.write(3, column as u16, *header)?;
    }
    for (i, (code, name, base, done, _)) in COMMUNES.into_iter().enumerate() {
        let row = 4 + i as u32;
        sheet.write(row, 0, f64::from(code))?;
        sheet.write(row, 1, name)?;
        sheet.write(row, 2, f64::from(base))?;
        sheet.write(row, 3, f64::from(done))?;
    }
    book.save_to_buffer()
}

/// A week's report: two title lines (one merged), the date line, then "STT | Mã xã | Xã,
/// phường | Tổ chức đã được cấp tài khoản" with codes as numbers, and a total row.
pub fn weekly_report() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Tuần 2")?;
    sheet.write(0, 0, "BAN CHỈ ĐẠO ĐỀ ÁN 06")?;
    sheet.merge_range(
        1,
        0,
        1,
        3,
        "BÁO CÁO TIẾN ĐỘ CẤP TÀI KHOẢN ĐỊNH DANH TỔ CHỨC — TUẦN 2",
        &Format::new().set_bold(),
    )?;
    sheet.write(2, 0, "(Số liệu đến 17 giờ thứ Sáu)")?;
    for (column, header) in [
        "STT",
        "Mã xã",
        "Xã, phường",
        "Tổ chức đã được cấp tài khoản",
    ]
    .iter()
    .enumerate()
    {
        sheet.write(4, column as u16, *header)?;
    }
    let mut total = 0;
    for (i, (code, name, _, _, week)) in COMMUNES.into_iter().enumerate() {
        let row = 5 + i as u32;
        sheet.write(row, 0, (i + 1) as f64)?;
        sheet.write(row, 1, f64::from(code))?;
        sheet.write(row, 2, name)?;
        sheet.write(row, 3, f64::from(week))?;
        total += week;
    }
    sheet.merge_range(9, 0, 9, 2, "Tổng cộng", &Format::new().set_bold())?;
    sheet.write(9, 3, f64::from(total))?;
    book.save_to_buffer()
}
