//! Tables exported as .xlsx with `rust_xlsxwriter` (docs/rules.md §6.5): typed columns (codes
//! always as text, so `0100109106` keeps its zero; counts as numbers; dates as dates), widths
//! fitted to the contents, the header row bold, frozen and filterable.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::protocol::{ColumnKind, FileError, XlsxExport};
use std::borrow::Cow;

use crate::rules::date::parse_date;
use crate::rules::delimited::{Delimiter, Reader, Record};
use crate::rules::number::{Percent, parse_count, parse_percent_at_most};

/// Widest column written, in characters.
pub const MAX_COLUMN_WIDTH: usize = 60;

/// Excel's limit on a sheet name.
const MAX_SHEET_NAME: usize = 31;

/// Writes the CSV text (comma-separated, header first, a byte-order mark allowed) as one
/// sheet; returns the file's bytes and the rows written, header included. The delimiter is not
/// guessed: a one-column table of names with semicolons in them stays one column.
///
/// A cell that does not read as its column's kind (a count column holding "chưa rõ") is written
/// as text: nothing the user had is lost.
///
/// # Errors
/// [`FileError::WriteFailed`] if the writer fails (it does not on valid input).
pub fn write_xlsx(
    csv: &str,
    export: &XlsxExport,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Vec<u8>, usize), FileError> {
    let csv = csv.strip_prefix('\u{FEFF}').unwrap_or(csv);
    let mut records = Reader::new(csv, Delimiter::Comma).filter(|r| !r.is_blank());
    let header = records.next().map(|r| r.fields).unwrap_or_default();
    let rows: Vec<Record<'_>> = records.collect();
    write_table(&header, &rows, export, progress).map_err(|_| FileError::WriteFailed)
}

fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(MAX_SHEET_NAME)
        .collect();
    let trimmed = cleaned.trim().trim_matches('\'');
    if trimmed.is_empty() {
        "Sheet1".to_owned()
    } else {
        trimmed.to_owned()
    }
}

fn write_table(
    header: &[Cow<'_, str>],
    rows: &[Record<'_>],
    export: &XlsxExport,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Vec<u8>, usize), XlsxError> {
    let mut workbook = Workbook::new();
    let header_format = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let text_format = Format::new().set_num_format("@");
    let integer_format = Format::new().set_num_format("#,##0");
    let decimal_format = Format::new().set_num_format("#,##0.00");
    let percent_format = Format::new().set_num_format("0.00%");
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(&export.sheet_name))?;
    let kind = |column: usize| {
        export
            .columns
            .get(column)
            .map_or(ColumnKind::Text, |c| c.kind)
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for (column, name) in header.iter().enumerate() {
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, column, name.as_ref(), &header_format)?;
    }
    let total = rows.len() as u64;
    for (index, record) in rows.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        for (column, cell) in record.fields.iter().enumerate() {
            let cell: &str = cell.as_ref();
            if let Some(width) = widths.get_mut(column) {
                *width = (*width).max(cell.chars().count());
            } else {
                widths.push(cell.chars().count());
            }
            let c = u16::try_from(column).unwrap_or(u16::MAX);
            if cell.trim().is_empty() {
                continue;
            }
            match kind(column) {
                ColumnKind::Text => {
                    sheet.write_string(row, c, cell)?;
                }
                ColumnKind::Code => {
                    sheet.write_string_with_format(row, c, cell, &text_format)?;
                }
                ColumnKind::Integer => match parse_count(cell) {
                    Ok(n) if n < (1 << 53) => {
                        sheet.write_number_with_format(row, c, n as f64, &integer_format)?;
                    }
                    _ => {
                        sheet.write_string(row, c, cell)?;
                    }
                },
                ColumnKind::Decimal => match cell.replace(',', ".").trim().parse::<f64>() {
                    Ok(x) if x.is_finite() => {
                        sheet.write_number_with_format(row, c, x, &decimal_format)?;
                    }
                    _ => {
                        sheet.write_string(row, c, cell)?;
                    }
                },
                // An achievement may pass its target (100,16 %).
                ColumnKind::Percent => match parse_percent_at_most(cell, Percent::MAX) {
                    Ok(p) => {
                        let share = f64::from(p.hundredths()) / 10_000.0;
                        sheet.write_number_with_format(row, c, share, &percent_format)?;
                    }
                    Err(_) => {
                        sheet.write_string(row, c, cell)?;
                    }
                },
                ColumnKind::Date => {
                    let date = parse_date(cell).ok().and_then(|d| {
                        use chrono::Datelike;
                        ExcelDateTime::from_ymd(
                            u16::try_from(d.year()).ok()?,
                            u8::try_from(d.month()).ok()?,
                            u8::try_from(d.day()).ok()?,
                        )
                        .ok()
                    });
                    match date {
                        Some(date) => {
                            sheet.write_datetime_with_format(row, c, &date, &date_format)?;
                        }
                        None => {
                            sheet.write_string(row, c, cell)?;
                        }
                    }
                }
            }
        }
        if index % 10_000 == 0 && index > 0 {
            progress(index as u64, total);
        }
    }
    for (column, width) in widths.iter().enumerate() {
        let c = u16::try_from(column).unwrap_or(u16::MAX);
        let fitted = (*width).clamp(6, MAX_COLUMN_WIDTH) as f64 + 2.0;
        let chosen = export
            .columns
            .get(column)
            .and_then(|col| col.width)
            .unwrap_or(fitted);
        sheet.set_column_width(c, chosen)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_column = u16::try_from(widths.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    if !widths.is_empty() {
        sheet.autofilter(0, 0, last_row, last_column)?;
    }
    let bytes = workbook.save_to_buffer()?;
    Ok((bytes, rows.len() + 1))
}
