//! Texts about opening workbooks and legacy-encoded files: the file worker's progress and
//! errors, the sheet picker, and the TCVN3/VNI before/after preview (docs/writing.md).

use super::{Lang, Localized, Registry, Text, count, texts};
use crate::files::protocol::{FileError, Stage, TextEncoding, WorkbookFormat};
use crate::rules::legacy_text::LegacyScheme;
use crate::rules::sheet::{CellError, SheetWarning};

texts! { file_texts:
    /// Label of the sheet picker.
    pub const SHEET_PICKER_LABEL: Text = Text {
        vi: "Trang tính cần đọc",
        en: "Sheet to read",
    };
    /// The button that reads the chosen sheet.
    pub const READ_SHEET: Text = Text {
        vi: "Đọc trang tính này",
        en: "Read this sheet",
    };
    /// Marks a hidden sheet in the picker.
    pub const HIDDEN_SHEET: Text = Text {
        vi: "(đang ẩn)",
        en: "(hidden)",
    };
    /// Cancel button while the worker loads or reads.
    pub const CANCEL: Text = Text {
        vi: "Dừng",
        en: "Cancel",
    };
    /// Heading of the TCVN3/VNI preview.
    pub const LEGACY_HEADING: Text = Text {
        vi: "Chữ trong tệp dùng bảng mã cũ",
        en: "The file's text uses an old Vietnamese encoding",
    };
    /// Column heading: the text as it is.
    pub const BEFORE: Text = Text {
        vi: "Trong tệp",
        en: "In the file",
    };
    /// Column heading: the text after conversion.
    pub const AFTER: Text = Text {
        vi: "Sau khi chuyển",
        en: "After converting",
    };
    /// Column heading: where the cell is.
    pub const WHERE: Text = Text {
        vi: "Ô",
        en: "Cell",
    };
    /// Accept the conversion.
    pub const CONVERT: Text = Text {
        vi: "Chuyển sang Unicode",
        en: "Convert to Unicode",
    };
    /// Decline the conversion.
    pub const KEEP: Text = Text {
        vi: "Giữ nguyên",
        en: "Keep as is",
    };
    /// Below the sheet picker's heading.
    pub const SHEET_PICKER_HINT: Text = Text {
        vi: "Chọn trang tính có danh sách cần kiểm tra",
        en: "Choose the sheet that holds the list to check",
    };
    /// Where the workbook's format is said.
    pub const FORMAT_LABEL: Text = Text {
        vi: "Định dạng",
        en: "Format",
    };
}

/// Heading of the sheet picker: the workbook and how many sheets it has.
pub fn sheets_heading(file: &str, sheets: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tệp {file} có {} trang tính", count(sheets, lang)),
        Lang::En => format!("{file} has {} sheets", count(sheets, lang)),
    }
}

/// The sheet's warnings beyond those listed.
pub fn more_warnings(omitted: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Còn {} ghi chú khác về trang tính", count(omitted, lang)),
        Lang::En => format!("{} more notes about the sheet", count(omitted, lang)),
    }
}

/// The name of a code page a text file was read in.
pub fn code_page_name(encoding: TextEncoding) -> &'static str {
    match encoding {
        TextEncoding::Utf8 => "UTF-8",
        TextEncoding::Utf16 => "UTF-16",
        TextEncoding::Windows1258 => "Windows-1258",
        TextEncoding::Windows1252 => "Windows-1252",
    }
}

/// Said once a conversion the user agreed to is done.
pub fn converted_note(scheme: LegacyScheme, changed: usize, lines: bool, lang: Lang) -> String {
    let what = match (lines, lang) {
        (false, Lang::Vi) => "ô",
        (true, Lang::Vi) => "dòng",
        (false, Lang::En) => "cells",
        (true, Lang::En) => "lines",
    };
    match lang {
        Lang::Vi => format!(
            "Đã chuyển {} {what} từ bảng mã {} sang Unicode",
            count(changed, lang),
            scheme_name(scheme)
        ),
        Lang::En => format!(
            "{} {what} were converted from {} to Unicode",
            count(changed, lang),
            scheme_name(scheme)
        ),
    }
}

/// The name of a legacy scheme as people know it.
pub fn scheme_name(scheme: LegacyScheme) -> &'static str {
    match scheme {
        LegacyScheme::Tcvn3 => "TCVN3 (ABC, .VnTime)",
        LegacyScheme::Vni => "VNI (VNI-Times)",
    }
}

/// A column letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// What the preview says above its table.
pub fn legacy_summary(scheme: LegacyScheme, cells: usize, rows: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{} ô ở {} dòng có vẻ được gõ bằng bảng mã {}, nên đọc ra chữ lạ. Xem vài ô dưới đây; \
             nếu chữ sau khi chuyển đúng, chọn “Chuyển sang Unicode”",
            count(cells, lang),
            count(rows, lang),
            scheme_name(scheme)
        ),
        Lang::En => format!(
            "{} cells in {} rows look typed in the {} encoding, so they read as odd letters. Check \
             a few below; if the converted text is right, choose “Convert to Unicode”",
            count(cells, lang),
            count(rows, lang),
            scheme_name(scheme)
        ),
    }
}

/// Where a changed cell is: "B7", or "line 7" for a text file.
pub fn cell_place(row: usize, column: Option<usize>, lang: Lang) -> String {
    match (column, lang) {
        (Some(column), _) => format!("{}{}", column_letters(column), row),
        (None, Lang::Vi) => format!("dòng {}", count(row, lang)),
        (None, Lang::En) => format!("line {}", count(row, lang)),
    }
}

/// Progress while the worker loads and reads.
pub fn progress(stage: Option<Stage>, done: u64, total: u64, lang: Lang) -> String {
    let percent = (total > 0).then(|| (done.min(total) * 100 / total).min(100));
    let what = match (stage, lang) {
        (None, Lang::Vi) => "Đang tải bộ đọc tệp (chỉ lần đầu)",
        (None, Lang::En) => "Loading the file reader (first time only)",
        (Some(Stage::Unpacking), Lang::Vi) => "Đang mở tệp",
        (Some(Stage::Unpacking), Lang::En) => "Opening the file",
        (Some(Stage::Reading), Lang::Vi) => "Đang đọc các dòng",
        (Some(Stage::Reading), Lang::En) => "Reading rows",
        (Some(Stage::Writing), Lang::Vi) => "Đang ghi tệp Excel",
        (Some(Stage::Writing), Lang::En) => "Writing the Excel file",
    };
    match percent {
        Some(p) => format!("{what}… {p} %"),
        None => format!("{what}…"),
    }
}

/// The encoding a text file was read in, said once it is read.
pub fn encoding_note(encoding: TextEncoding, lang: Lang) -> Option<String> {
    match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf16 => None,
        TextEncoding::Windows1258 => Some(match lang {
            Lang::Vi => {
                "Tệp lưu theo bảng mã Windows-1258 (CSV của Excel trên Windows tiếng Việt); \
                         đã đọc và chuyển sang Unicode"
                    .to_owned()
            }
            Lang::En => {
                "The file is saved in the Windows-1258 encoding (Excel's CSV on Vietnamese \
                         Windows); it was read and converted to Unicode"
                    .to_owned()
            }
        }),
        TextEncoding::Windows1252 => Some(match lang {
            Lang::Vi => {
                "Tệp lưu theo bảng mã Windows-1252; chữ tiếng Việt trong đó dùng bảng mã cũ"
                    .to_owned()
            }
            Lang::En => "The file is saved in the Windows-1252 encoding; its Vietnamese text uses \
                         an old encoding"
                .to_owned(),
        }),
    }
}

/// A format's name as the file picker shows it.
pub fn format_name(format: WorkbookFormat) -> &'static str {
    match format {
        WorkbookFormat::Xlsx => ".xlsx",
        WorkbookFormat::Xlsb => ".xlsb",
        WorkbookFormat::Xls => ".xls",
        WorkbookFormat::Ods => ".ods",
    }
}

fn mebibytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

impl Localized for FileError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            FileError::NotAWorkbook => match lang {
                Lang::Vi => {
                    "Tệp này không phải bảng tính hay văn bản đọc được. Mở tệp .xlsx, .xls, \
                             .ods hoặc .csv"
                        .to_owned()
                }
                Lang::En => "This file is not a spreadsheet or text the app reads. Open an .xlsx, \
                             .xls, .ods or .csv file"
                    .to_owned(),
            },
            FileError::Encrypted => match lang {
                Lang::Vi => "Tệp có mật khẩu nên không đọc được. Trong Excel, mở tệp, bỏ mật khẩu \
                             (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại"
                    .to_owned(),
                Lang::En => "The file has a password, so it cannot be read. In Excel, open it, \
                             remove the password (File › Info › Protect Workbook) and save it again"
                    .to_owned(),
            },
            FileError::Damaged => match lang {
                Lang::Vi => "Tệp bị hỏng hoặc chưa tải xong. Tải lại tệp, hoặc mở bằng Excel rồi \
                             lưu thành tệp mới"
                    .to_owned(),
                Lang::En => {
                    "The file is damaged or was not fully downloaded. Download it again, or \
                             open it in Excel and save it as a new file"
                        .to_owned()
                }
            },
            FileError::TooLarge { bytes, max } => match lang {
                Lang::Vi => format!(
                    "Tệp có {} MB, lớn hơn mức {} MB đọc được ở định dạng này. Lưu lại thành .xlsx \
                     (nhỏ hơn nhiều) hoặc chia thành nhiều tệp",
                    count(mebibytes(*bytes), lang),
                    count(mebibytes(*max), lang)
                ),
                Lang::En => format!(
                    "The file is {} MB, more than the {} MB this format can be read at. Save it as \
                     .xlsx (much smaller) or split it into several files",
                    count(mebibytes(*bytes), lang),
                    count(mebibytes(*max), lang)
                ),
            },
            FileError::InflatesPastLimit { max } => match lang {
                Lang::Vi => format!(
                    "Khi giải nén, tệp lớn hơn {} MB, quá sức đọc trên máy này. Chia thành nhiều tệp \
                     nhỏ hơn",
                    count(mebibytes(*max), lang)
                ),
                Lang::En => format!(
                    "Unpacked, the file grows past {} MB, more than this device can read. Split it \
                     into smaller files",
                    count(mebibytes(*max), lang)
                ),
            },
            FileError::TooManyRows { max } => match lang {
                Lang::Vi => format!(
                    "Trang tính có hơn {} dòng. Chia danh sách thành nhiều trang tính hoặc tệp",
                    count(*max, lang)
                ),
                Lang::En => format!(
                    "The sheet has more than {} rows. Split the list into several sheets or files",
                    count(*max, lang)
                ),
            },
            FileError::TooManyCells { max } => match lang {
                Lang::Vi => format!(
                    "Trang tính có hơn {} ô có dữ liệu. Xoá các cột không cần rồi mở lại",
                    count(*max, lang)
                ),
                Lang::En => format!(
                    "The sheet has more than {} filled cells. Delete the columns you do not need \
                     and open it again",
                    count(*max, lang)
                ),
            },
            FileError::EmptySheet { sheet } => match lang {
                Lang::Vi => format!("Trang tính “{sheet}” trống. Chọn trang tính có danh sách"),
                Lang::En => format!("The sheet “{sheet}” is empty. Choose the sheet with the list"),
            },
            FileError::NoSheets => match lang {
                Lang::Vi => "Tệp không có trang tính nào có dữ liệu (chỉ có biểu đồ)".to_owned(),
                Lang::En => "The file has no sheet with data (only charts)".to_owned(),
            },
            FileError::NoSuchSheet | FileError::NothingToConvert | FileError::BadRequest => {
                match lang {
                    Lang::Vi => {
                        "Bộ đọc tệp không làm được việc này. Tải lại trang rồi mở tệp lần nữa"
                            .to_owned()
                    }
                    Lang::En => "The file reader could not do this. Reload the page and open the \
                                 file again"
                        .to_owned(),
                }
            }
            FileError::WriteFailed => match lang {
                Lang::Vi => "Không ghi được tệp Excel. Dùng nút tải CSV".to_owned(),
                Lang::En => "The Excel file could not be written. Use the CSV download".to_owned(),
            },
            FileError::Cancelled => match lang {
                Lang::Vi => "Đã dừng. Dữ liệu đang có vẫn giữ nguyên".to_owned(),
                Lang::En => "Stopped. What you had is kept".to_owned(),
            },
            FileError::WorkerUnavailable => match lang {
                Lang::Vi => {
                    "Chưa tải được bộ đọc tệp Excel. Kết nối mạng một lần rồi thử lại; sau \
                             đó dùng được cả khi không có mạng"
                        .to_owned()
                }
                Lang::En => {
                    "The Excel file reader could not be loaded. Connect to the internet once \
                             and try again; after that it works offline too"
                        .to_owned()
                }
            },
            FileError::ReaderCrashed => match lang {
                Lang::Vi => {
                    "Không đọc được tệp này: có chỗ bị hỏng mà bộ đọc không vượt qua được. \
                             Mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx hoặc CSV rồi \
                             chọn tệp mới. Danh sách đang có vẫn giữ nguyên"
                        .to_owned()
                }
                Lang::En => {
                    "This file could not be read: part of it is damaged in a way the reader \
                             cannot get past. Open it in Excel or LibreOffice, save it again as \
                             .xlsx or CSV and choose the new file. The list you had is kept"
                        .to_owned()
                }
            },
            FileError::ReaderStopped { seconds } => match lang {
                Lang::Vi => format!(
                    "Bộ đọc tệp không phản hồi trong {} giây nên đã được dừng lại. Tệp có thể \
                     bị hỏng hoặc quá lớn với máy này: mở tệp bằng Excel hoặc LibreOffice, lưu \
                     lại thành CSV rồi chọn tệp mới, hoặc dùng máy tính. Dữ liệu đang có vẫn giữ \
                     nguyên",
                    count(*seconds, lang)
                ),
                Lang::En => format!(
                    "The file reader gave no sign of progress for {} seconds and was stopped. \
                     The file may be damaged or too large for this device: open it in Excel or \
                     LibreOffice, save it again as CSV and choose the new file, or use a \
                     computer. What you had is kept",
                    count(*seconds, lang)
                ),
            },
            FileError::WorkerStopped => match lang {
                Lang::Vi => {
                    "Bộ đọc tệp dừng giữa chừng, có thể vì tệp quá lớn với máy này. Chia tệp \
                             nhỏ hơn hoặc dùng máy tính"
                        .to_owned()
                }
                Lang::En => {
                    "The file reader stopped part way, perhaps because the file is too large \
                             for this device. Split the file or use a computer"
                        .to_owned()
                }
            },
        }
    }
}

fn error_name(error: CellError) -> &'static str {
    match error {
        CellError::Div0 => "#DIV/0!",
        CellError::NotAvailable => "#N/A",
        CellError::Name => "#NAME?",
        CellError::Null => "#NULL!",
        CellError::Num => "#NUM!",
        CellError::Ref => "#REF!",
        CellError::Value => "#VALUE!",
        CellError::Other => "#…",
    }
}

impl Localized for SheetWarning {
    fn localize(&self, lang: Lang) -> String {
        match self {
            SheetWarning::TitleRowsSkipped { rows, header_row } => match lang {
                Lang::Vi => format!(
                    "Bỏ qua {} dòng tiêu đề phía trên; tên cột ở dòng {}",
                    count(*rows, lang),
                    count(*header_row, lang)
                ),
                Lang::En => format!(
                    "{} title rows above were skipped; the column names are in row {}",
                    count(*rows, lang),
                    count(*header_row, lang)
                ),
            },
            SheetWarning::ColumnNumbersRowSkipped { row } => match lang {
                Lang::Vi => format!(
                    "Bỏ qua dòng {}: chỉ đánh số cột (1, 2, 3…)",
                    count(*row, lang)
                ),
                Lang::En => format!(
                    "Row {} was skipped: it only numbers the columns (1, 2, 3…)",
                    count(*row, lang)
                ),
            },
            SheetWarning::MergedCellsFilled {
                first_row,
                last_row,
                column,
            } => match lang {
                Lang::Vi => format!(
                    "Cột {}, dòng {}–{}: ô gộp, đã điền cùng giá trị cho mỗi dòng",
                    column_letters(*column),
                    count(*first_row, lang),
                    count(*last_row, lang)
                ),
                Lang::En => format!(
                    "Column {}, rows {}–{}: merged cells, each row given the same value",
                    column_letters(*column),
                    count(*first_row, lang),
                    count(*last_row, lang)
                ),
            },
            SheetWarning::FormulaErrors {
                cells,
                first_row,
                first_column,
                error,
            } => match lang {
                Lang::Vi => format!(
                    "{} ô có công thức bị lỗi (đầu tiên là {}{}: {}), được đọc là ô trống. Sửa công \
                     thức trong Excel nếu cần các ô đó",
                    count(*cells, lang),
                    column_letters(*first_column),
                    first_row,
                    error_name(*error)
                ),
                Lang::En => format!(
                    "{} cells hold a formula error (the first is {}{}: {}) and are read as empty. Fix \
                     the formulas in Excel if you need them",
                    count(*cells, lang),
                    column_letters(*first_column),
                    first_row,
                    error_name(*error)
                ),
            },
            SheetWarning::DateOutOfRange { row, column } => match lang {
                Lang::Vi => format!(
                    "Ô {}{} có định dạng ngày nhưng giá trị không phải ngày có thật; đọc là số",
                    column_letters(*column),
                    row
                ),
                Lang::En => format!(
                    "Cell {}{} is formatted as a date but holds no real date; it is read as a number",
                    column_letters(*column),
                    row
                ),
            },
        }
    }
}

/// This module's texts, for [`super::registry`].
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "files";
    r.fixed(M, file_texts());
    r.sentence("files::sheets_heading", |lang| {
        sheets_heading("danh-sach.xlsx", 3, lang)
    });
    r.sentence("files::more_warnings", |lang| more_warnings(4, lang));
    for (key, lines) in [("cells", false), ("lines", true)] {
        r.sentence(format!("files::converted_note({key})"), |lang| {
            converted_note(LegacyScheme::Tcvn3, 1_234, lines, lang)
        });
    }
    r.sentence("files::legacy_summary", |lang| {
        legacy_summary(LegacyScheme::Vni, 1_234, 300, lang)
    });
    r.sentence("files::cell_place(line)", |lang| cell_place(7, None, lang));
    let stages = [
        None,
        Some(Stage::Unpacking),
        Some(Stage::Reading),
        Some(Stage::Writing),
    ];
    for stage in stages {
        r.sentence(format!("files::progress({stage:?})"), |lang| {
            progress(stage, 40, 100, lang)
        });
    }
    for encoding in [TextEncoding::Windows1258, TextEncoding::Windows1252] {
        r.sentence(format!("files::encoding_note({encoding:?})"), |lang| {
            encoding_note(encoding, lang).unwrap_or_default()
        });
    }
    const MB: u64 = 1024 * 1024;
    r.samples(
        M,
        [
            FileError::NotAWorkbook,
            FileError::Encrypted,
            FileError::Damaged,
            FileError::TooLarge {
                bytes: 60 * MB,
                max: 50 * MB,
            },
            FileError::InflatesPastLimit { max: 200 * MB },
            FileError::TooManyRows { max: 1_048_576 },
            FileError::TooManyCells { max: 20_000_000 },
            FileError::EmptySheet {
                sheet: "Trang tính 1".to_owned(),
            },
            FileError::NoSheets,
            FileError::NoSuchSheet,
            FileError::WriteFailed,
            FileError::Cancelled,
            FileError::WorkerUnavailable,
            FileError::WorkerStopped,
            FileError::ReaderCrashed,
            FileError::ReaderStopped { seconds: 30 },
        ],
    );
    r.samples(
        M,
        [
            SheetWarning::TitleRowsSkipped {
                rows: 3,
                header_row: 4,
            },
            SheetWarning::ColumnNumbersRowSkipped { row: 5 },
            SheetWarning::MergedCellsFilled {
                first_row: 6,
                last_row: 9,
                column: 2,
            },
            SheetWarning::FormulaErrors {
                cells: 2,
                first_row: 7,
                first_column: 27,
                error: CellError::Div0,
            },
            SheetWarning::DateOutOfRange { row: 8, column: 4 },
        ],
    );
}
