//! Texts about reading and writing data files: CSV, Excel's "Unicode text", tables pasted from
//! a spreadsheet, and the column-mapping step.

use super::{Lang, Localized, Registry, Text, texts};
use crate::rules::delimited::{Confidence, Delimiter, Encoding, ReadError, ReadWarning};

use super::count;

/// Bytes as whole mebibytes, rounded up, for size messages.
fn mebibytes(bytes: usize) -> usize {
    bytes.div_ceil(1024 * 1024)
}

impl Localized for ReadError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (ReadError::TooLarge { bytes, max }, Lang::Vi) => format!(
                "Tệp có {} MB, lớn hơn mức {} MB đọc được trên máy này; chia thành nhiều tệp nhỏ hơn",
                count(mebibytes(*bytes), lang),
                count(mebibytes(*max), lang)
            ),
            (ReadError::TooLarge { bytes, max }, Lang::En) => format!(
                "The file is {} MB, more than the {} MB this device can read; split it into smaller files",
                count(mebibytes(*bytes), lang),
                count(mebibytes(*max), lang)
            ),
        }
    }
}

impl Localized for ReadWarning {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (
                ReadWarning::NotUtf8 {
                    rows, first_row, ..
                },
                Lang::Vi,
            ) => format!(
                "Tệp không lưu theo bảng mã UTF-8 nên {} dòng có chữ bị lỗi, đầu tiên là dòng {}. \
                 Trong Excel, lưu lại tệp với kiểu “CSV UTF-8 (Comma delimited)” rồi mở lại",
                count(rows, lang),
                count(first_row, lang)
            ),
            (
                ReadWarning::NotUtf8 {
                    rows, first_row, ..
                },
                Lang::En,
            ) => format!(
                "The file is not saved as UTF-8, so {} rows have broken letters, the first in row \
                 {}. In Excel, save the file again as “CSV UTF-8 (Comma delimited)” and open it again",
                count(rows, lang),
                count(first_row, lang)
            ),
            (ReadWarning::UnterminatedQuote { row, .. }, Lang::Vi) => format!(
                "Dòng {}: một ô mở dấu ngoặc kép (\") mà không đóng; thêm dấu đóng hoặc bỏ dấu mở",
                count(row, lang)
            ),
            (ReadWarning::UnterminatedQuote { row, .. }, Lang::En) => format!(
                "Row {}: a cell opens a double quote (\") that never closes; add the closing quote or \
                 remove the opening one",
                count(row, lang)
            ),
            (ReadWarning::TextAfterClosingQuote { row, .. }, Lang::Vi) => format!(
                "Dòng {}: có chữ ngay sau dấu ngoặc kép đóng; kiểm tra ô có dấu ngoặc kép",
                count(row, lang)
            ),
            (ReadWarning::TextAfterClosingQuote { row, .. }, Lang::En) => format!(
                "Row {}: text follows a closing double quote; check the cell with the quotes",
                count(row, lang)
            ),
            (
                ReadWarning::RaggedRow {
                    row,
                    expected,
                    found,
                },
                Lang::Vi,
            ) => format!(
                "Dòng {} có {} ô, dòng tiêu đề có {} ô; kiểm tra dấu phân cách trong dòng này",
                count(row, lang),
                count(found, lang),
                count(expected, lang)
            ),
            (
                ReadWarning::RaggedRow {
                    row,
                    expected,
                    found,
                },
                Lang::En,
            ) => format!(
                "Row {} has {} cells but the header has {}; check the separators in this row",
                count(row, lang),
                count(found, lang),
                count(expected, lang)
            ),
        }
    }
}

/// "… và 1.234 cảnh báo khác" after the first warnings shown.
pub fn more_warnings(omitted: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("… và {} cảnh báo khác", count(omitted, lang)),
        Lang::En => format!("… and {} more warnings", count(omitted, lang)),
    }
}

/// The delimiter, as shown next to "Dấu phân cách".
pub const fn delimiter_name(delimiter: Delimiter) -> Text {
    match delimiter {
        Delimiter::Comma => Text {
            vi: "dấu phẩy (,)",
            en: "comma (,)",
        },
        Delimiter::Semicolon => Text {
            vi: "dấu chấm phẩy (;)",
            en: "semicolon (;)",
        },
        Delimiter::Tab => Text {
            vi: "dấu tab",
            en: "tab",
        },
        Delimiter::Pipe => Text {
            vi: "dấu gạch đứng (|)",
            en: "vertical bar (|)",
        },
    }
}

texts! { delimiter_texts:
    /// Label of the delimiter choice.
    pub const DELIMITER_LABEL: Text = Text {
        vi: "Dấu phân cách",
        en: "Separator",
    };

    /// Shown when the delimiter guess is not sure.
    pub const DELIMITER_UNSURE: Text = Text {
        vi: "Các dòng không chia cột giống nhau; kiểm tra dấu phân cách và đổi nếu cần",
        en: "The rows do not split into the same columns; check the separator and change it if needed",
    };
}

/// The encoding, for the file summary.
pub const fn encoding_name(encoding: Encoding) -> Text {
    match encoding {
        Encoding::Utf8 => Text {
            vi: "UTF-8",
            en: "UTF-8",
        },
        Encoding::Utf8Bom => Text {
            vi: "UTF-8 (có BOM)",
            en: "UTF-8 (with BOM)",
        },
        Encoding::Utf16Le | Encoding::Utf16Be => Text {
            vi: "Unicode (UTF-16, “Unicode Text” của Excel)",
            en: "Unicode (UTF-16, Excel's “Unicode Text”)",
        },
    }
}

/// How sure a column mapping is, in the mapping step.
pub const fn confidence_label(confidence: Confidence) -> Text {
    match confidence {
        Confidence::Exact => Text {
            vi: "Đúng tên cột",
            en: "Column name matches",
        },
        Confidence::Synonym => Text {
            vi: "Tên cột tương đương",
            en: "Equivalent column name",
        },
        Confidence::Unsure => Text {
            vi: "Cần kiểm tra: chọn đúng cột",
            en: "Check: choose the right column",
        },
        Confidence::Missing => Text {
            vi: "Không thấy cột này: chọn cột",
            en: "Column not found: choose one",
        },
    }
}

texts! { note_texts:
    /// Explains what is read as yes or no in yes/no columns.
    pub const YES_NO_HELP: Text = Text {
        vi: "Cột có/không: “có”, “x”, “1”, “đã”, “rồi” là có; “không”, “0”, “chưa” là không.",
        en: "Yes/no columns: “có”, “x”, “1”, “yes”, “đã”, “rồi” mean yes; “không”, “0”, “no”, “chưa” mean no.",
    };

    /// Shown next to an export for Excel: why some cells start with an apostrophe.
    pub const FORMULA_GUARD_NOTE: Text = Text {
        vi: "Ô bắt đầu bằng =, +, - hoặc @ được thêm dấu ' ở đầu để Excel không chạy như công thức.",
        en: "Cells starting with =, +, - or @ get a leading ' so Excel does not run them as formulas.",
    };
}

/// This module's texts, for [`super::registry`].
pub(crate) fn register(r: &mut Registry) {
    r.fixed("data_files", delimiter_texts());
    r.fixed("data_files", note_texts());
    r.words("data_files::delimiter_name", Delimiter::ALL, delimiter_name);
    r.words(
        "data_files::encoding_name",
        [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16Le],
        encoding_name,
    );
    r.words(
        "data_files::confidence_label",
        [
            Confidence::Exact,
            Confidence::Synonym,
            Confidence::Unsure,
            Confidence::Missing,
        ],
        confidence_label,
    );
    r.samples(
        "data_files",
        [ReadError::TooLarge {
            bytes: 300 * 1024 * 1024,
            max: 256 * 1024 * 1024,
        }],
    );
    r.samples(
        "data_files",
        [
            ReadWarning::NotUtf8 {
                replaced: 12,
                rows: 3,
                first_row: 7,
            },
            ReadWarning::UnterminatedQuote { row: 12, line: 14 },
            ReadWarning::TextAfterClosingQuote { row: 12, line: 14 },
            ReadWarning::RaggedRow {
                row: 12,
                expected: 6,
                found: 7,
            },
        ],
    );
    r.sentence("data_files::more_warnings(1234)", |lang| {
        more_warnings(1234, lang)
    });
}
