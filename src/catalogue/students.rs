//! Texts of the student coverage estimator: form labels, roster messages, results, the plan and
//! its arithmetic ("Cách tính"), and the CSV files it writes.
//!
//! Sources are cited next to the figures they explain: Luật Căn cước 2023 (Art. 19, 21, 23),
//! Nghị định 69/2024/NĐ-CP (Art. 7, 10), Luật Giáo dục 2019 (Art. 28), Bộ luật Lao động 2019
//! (Art. 111, 112).

use chrono::{Datelike, NaiveDate};

use super::{Lang, Localized, Registry, Text, count, date, day, percent, texts};
use crate::files::protocol::ColumnKind;
use crate::rules::date::{DateFormat, format_date};
use crate::rules::delimited::{CsvOptions, write_csv};
use crate::rules::students::cohorts::{
    AccountRule, CardRule, Cohort, Grade, GradeAges, SimRule, Turns14Card,
};
use crate::rules::students::counts::{CountsError, CountsField};
use crate::rules::students::coverage::{GroupLabel, RosterCoverage, Step, StudentStatus};
use crate::rules::students::plan::{
    CapacityError, CapacityField, DayCounting, DeadlineError, Plan, Slot,
};
use crate::rules::students::roster::{
    Column, ColumnChoiceError, RosterError, RowIssue, RowProblem, RowWarning, RowWarningKind,
    Student,
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// A share with its base, as docs/writing.md asks: `34,29 % (12 / 35)`; a dash for an empty base.
pub fn share(n: u64, base: u64, lang: Lang) -> String {
    if base == 0 {
        return "—".to_owned();
    }
    format!(
        "{} ({} / {})",
        percent(n, base, 2, lang),
        count(n, lang),
        count(base, lang)
    )
}

// ---------------------------------------------------------------------------------------------
// Page and form
// ---------------------------------------------------------------------------------------------

texts! { lead_texts:
    /// Under the title.
    pub const LEAD: Text = Text {
        vi: "Đếm số học sinh còn cần làm thẻ căn cước, tài khoản định danh điện tử mức 2 và kích hoạt \
             tài khoản, rồi lập kế hoạch thu nhận hồ sơ để kịp hạn.",
        en: "Count the students who still need a căn cước card, a level-2 e-ID account or an \
             activation, then plan the collection so you finish by the deadline.",
    };

    /// What is kept on the device, and what is not.
    pub const PRIVACY_NOTE: Text = Text {
        vi: "Danh sách học sinh chỉ được xử lý trên máy này và không được lưu lại, trừ khi bạn chọn \
             “Lưu danh sách trên máy này”. Ngày, số liệu theo lớp và năng lực thu nhận được lưu tạm \
             trên máy để không mất khi tải lại trang.",
        en: "The student list is processed on this device only and is not saved unless you tick \
             “Keep the list on this device”. Dates, counts per class and collection capacity are \
             kept on this device so a reload loses nothing.",
    };

    pub const GENERAL_LEGEND: Text = Text {
        vi: "Trường và thời hạn",
        en: "School and deadline",
    };
    pub const SCHOOL_LABEL: Text = Text {
        vi: "Tên trường (không bắt buộc)",
        en: "School name (optional)",
    };
    pub const SCHOOL_HINT: Text = Text {
        vi: "In ở đầu kế hoạch.",
        en: "Printed at the top of the plan.",
    };
    pub const COMMUNE_LABEL: Text = Text {
        vi: "Xã, phường (không bắt buộc)",
        en: "Commune or ward (optional)",
    };
    pub const REFERENCE_LABEL: Text = Text {
        vi: "Ngày tính",
        en: "Reference date",
    };
    pub const REFERENCE_HINT: Text = Text {
        vi: "Tuổi của học sinh và số ngày còn lại được tính từ ngày này. Để trống là hôm nay. Ví dụ \
             15/04/2026.",
        en: "Students' ages and the days left are counted from this date. Leave it blank for today. \
             For example 15/04/2026.",
    };
    pub const DEADLINE_LABEL: Text = Text {
        vi: "Hạn hoàn thành thu nhận hồ sơ",
        en: "Deadline for collecting the records",
    };
    pub const DEADLINE_HINT: Text = Text {
        vi: "Ví dụ 15/05/2026.",
        en: "For example 15/05/2026.",
    };
    /// The deadline left blank.
    pub const DEADLINE_EMPTY: Text = Text {
        vi: "Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026",
        en: "Enter the deadline for collecting the records, for example 15/05/2026",
    };
    pub const SECOND_DEADLINE_LABEL: Text = Text {
        vi: "Hạn thứ hai (không bắt buộc)",
        en: "Second deadline (optional)",
    };
    pub const SECOND_DEADLINE_HINT: Text = Text {
        vi: "Ví dụ hạn của công an tỉnh 20/05/2026. Kế hoạch cho biết có kịp cả hạn này không.",
        en: "For example the provincial police's deadline, 20/05/2026. The plan says whether this \
             one is met too.",
    };

    pub const MODE_LEGEND: Text = Text {
        vi: "Bạn có số liệu nào?",
        en: "What figures do you have?",
    };
    pub const MODE_COUNTS: Text = Text {
        vi: "Số lượng theo lớp hoặc khối",
        en: "Counts per class or grade",
    };
    pub const MODE_COUNTS_HINT: Text = Text {
        vi: "Sĩ số, số có thẻ căn cước, số có tài khoản mức 2, số đã kích hoạt. Không có ngày sinh \
             nên không chia được nhóm tuổi chính xác.",
        en: "Enrolled, with a card, with a level-2 account, activated. Without dates of birth, \
             exact age groups cannot be worked out.",
    };
    pub const MODE_ROSTER: Text = Text {
        vi: "Danh sách học sinh có ngày sinh",
        en: "A list of students with dates of birth",
    };
    pub const MODE_ROSTER_HINT: Text = Text {
        vi: "Dán từ bảng tính hoặc mở tệp CSV. Chia được nhóm tuổi chính xác theo ngày sinh và tải \
             danh sách các em còn cần làm.",
        en: "Paste from a spreadsheet or open a CSV file. Gives exact age groups and lists of the \
             students who still need each step.",
    };
}

// --- counts per class ---

texts! { counts_legend_texts:
    pub const COUNTS_LEGEND: Text = Text {
        vi: "Số lượng theo lớp hoặc khối",
        en: "Counts per class or grade",
    };
    pub const COUNTS_HINT: Text = Text {
        vi: "Ghi lớp như “6A” hoặc “Khối 6” để công cụ biết khối lớp. Tài khoản mức 2 chỉ cấp cho \
             người có thẻ căn cước, nên số có tài khoản mức 2 nằm trong số có thẻ.",
        en: "Write the class as “6A” or “Grade 6” so the tool knows the grade. A level-2 account is \
             only granted to a card holder, so those with an account are among those with a card.",
    };
}
/// "Dòng 2" / "Row 2": the legend of one counts row.
pub fn counts_row_legend(row: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Dòng {}", count(row, lang)),
        Lang::En => format!("Row {}", count(row, lang)),
    }
}
pub const fn counts_field_label(field: CountsField) -> Text {
    match field {
        CountsField::Label => Text {
            vi: "Lớp hoặc khối",
            en: "Class or grade",
        },
        CountsField::Enrolled => Text {
            vi: "Sĩ số",
            en: "Enrolled",
        },
        CountsField::WithCard => Text {
            vi: "Có thẻ căn cước",
            en: "With a card",
        },
        CountsField::WithLevel2 => Text {
            vi: "Có tài khoản mức 2",
            en: "With a level-2 account",
        },
        CountsField::Activated => Text {
            vi: "Đã kích hoạt (nếu biết)",
            en: "Activated (if known)",
        },
    }
}
texts! { add_row_texts:
    pub const ADD_ROW: Text = Text {
        vi: "Thêm lớp",
        en: "Add a class",
    };
}
/// Accessible name of a row's remove button.
pub fn remove_row(row: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Xoá dòng {}", count(row, lang)),
        Lang::En => format!("Remove row {}", count(row, lang)),
    }
}

texts! { example_button_texts:
    pub const EXAMPLE_BUTTON: Text = Text {
        vi: "Dùng ví dụ Hưng Yên 2026",
        en: "Use the Hưng Yên 2026 example",
    };
    pub const EXAMPLE_LABEL: Text = Text {
        vi: "Trẻ 6–<14 tuổi chưa có TK mức 2 (Hưng Yên)",
        en: "Children 6–<14 without a level-2 account (Hưng Yên)",
    };
    pub const EXAMPLE_NOTE: Text = Text {
        vi: "Ví dụ theo kế hoạch của tỉnh Hưng Yên (tháng 4/2026): hơn 436.500 trẻ từ đủ 6 đến dưới \
             14 tuổi chưa có tài khoản mức 2, gồm 237.176 trẻ đã có thẻ căn cước và 199.393 trẻ chưa \
             có thẻ; hoàn thành thu nhận trước 15/05/2026 (cấp xã) và 20/05/2026 (công an tỉnh). Tỉnh \
             chỉ công bố số trẻ còn phải làm, nên “sĩ số” ở đây là nhóm này. Năng lực thu nhận là số \
             bạn nhập.",
        en: "Example from Hưng Yên province's plan (April 2026): more than 436,500 children aged 6 \
             to under 14 had no level-2 account — 237,176 with a card and 199,393 without; \
             collection to be done by 15/05/2026 (communes) and 20/05/2026 (provincial police). The \
             province published only the children still to do, so “enrolled” here is that group. \
             The collection capacity is whatever you enter.",
    };
}

// --- roster ---

texts! { roster_label_texts:
    pub const ROSTER_LABEL: Text = Text {
        vi: "Danh sách học sinh",
        en: "Student list",
    };
    pub const ROSTER_HINT: Text = Text {
        vi: "Dán từ Excel hoặc Google Trang tính, kèm dòng tên cột ở đầu. Cần các cột Họ và tên, \
             Ngày sinh, Có căn cước, Có tài khoản mức 2; thêm Lớp và Đã kích hoạt nếu có.",
        en: "Paste from Excel or Google Sheets, with the column names in the first row. Needed: \
             full name, date of birth, has card, has level-2 account; add class and activated if you \
             have them.",
    };
    pub const FILE_LABEL: Text = Text {
        vi: "Hoặc mở tệp danh sách",
        en: "Or open a list file",
    };
    pub const FILE_HINT: Text = Text {
        vi: "Tệp Excel (.xlsx, .xls), OpenDocument (.ods) hoặc CSV (.csv, .txt). Tên cột có thể nằm \
             dưới vài dòng tên bảng. Có thể kéo thả tệp vào khung này. Tệp chỉ được đọc trên máy này.",
        en: "An Excel (.xlsx, .xls), OpenDocument (.ods) or CSV (.csv, .txt) file. The column names \
             may sit below a few title rows. You can also drop the file onto this box. The file is \
             read on this device only.",
    };
    pub const TEMPLATE_DOWNLOAD: Text = Text {
        vi: "Tải tệp mẫu (CSV)",
        en: "Download a template (CSV)",
    };
    pub const BLANK_IS_NO: Text = Text {
        vi: "Ô có/không để trống được tính là “chưa có”.",
        en: "A blank yes/no cell counts as “no”.",
    };
    pub const KEEP_ROSTER_LABEL: Text = Text {
        vi: "Lưu danh sách trên máy này",
        en: "Keep the list on this device",
    };
    pub const KEEP_ROSTER_HINT: Text = Text {
        vi: "Danh sách được lưu trong trình duyệt này đến khi bạn bỏ chọn hoặc bấm “Xoá dữ liệu trên \
             máy này”. Không chọn trên máy dùng chung.",
        en: "The list stays in this browser until you untick this or press “Clear data on this \
             device”. Do not tick it on a shared computer.",
    };
}
/// "Đã mở tệp ds.csv (UTF-8 (có BOM))".
pub fn file_opened(name: &str, encoding: Text, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã mở tệp “{name}” ({}).", encoding.get(lang)),
        Lang::En => format!("Opened “{name}” ({}).", encoding.get(lang)),
    }
}
/// "Đã mở trang tính “Lớp 6A1” của tệp “ds.xlsx”."
pub fn sheet_opened(name: &str, sheet: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã mở trang tính “{sheet}” của tệp “{name}”."),
        Lang::En => format!("Opened the sheet “{sheet}” of “{name}”."),
    }
}
/// The file is larger than a roster can be.
pub fn file_too_large(bytes: usize, lang: Lang) -> String {
    RosterError::TooLarge {
        bytes,
        max: crate::rules::students::roster::MAX_ROSTER_BYTES,
    }
    .localize(lang)
}
texts! { file_not_read_texts:
    pub const FILE_NOT_READ: Text = Text {
        vi: "Không đọc được tệp này. Mở lại tệp, hoặc mở tệp trong Excel rồi sao chép và dán danh \
             sách vào ô trên.",
        en: "This file could not be read. Open it again, or open it in Excel, then copy the list and \
             paste it into the box above.",
    };
}

pub const fn column_name(column: Column) -> Text {
    match column {
        Column::FullName => Text {
            vi: "Họ và tên",
            en: "Full name",
        },
        Column::BirthDate => Text {
            vi: "Ngày sinh",
            en: "Date of birth",
        },
        Column::Class => Text {
            vi: "Lớp",
            en: "Class",
        },
        Column::HasCard => Text {
            vi: "Có căn cước",
            en: "Has card",
        },
        Column::HasLevel2 => Text {
            vi: "Có tài khoản mức 2",
            en: "Has level-2 account",
        },
        Column::Activated => Text {
            vi: "Đã kích hoạt",
            en: "Activated",
        },
    }
}

texts! { mapping_title_texts:
    pub const MAPPING_TITLE: Text = Text {
        vi: "Kiểm tra các cột",
        en: "Check the columns",
    };
    pub const MAPPING_INTRO: Text = Text {
        vi: "Chọn cột trong danh sách ứng với mỗi thông tin. Công cụ đã đoán từ tên cột; xem kỹ các \
             dòng “Cần kiểm tra” rồi bấm “Dùng các cột này”.",
        en: "Choose the list's column for each item. The tool guessed from the column names; check \
             the ones marked “Check” and press “Use these columns”.",
    };
    pub const MAPPING_REVIEW_LATER: Text = Text {
        vi: "Các cột đã nhận",
        en: "Columns used",
    };
    pub const MAPPING_NONE: Text = Text {
        vi: "Không có cột này",
        en: "No such column",
    };
    pub const MAPPING_CONFIRM: Text = Text {
        vi: "Dùng các cột này",
        en: "Use these columns",
    };
    pub const MAPPING_OPTIONAL: Text = Text {
        vi: "không bắt buộc",
        en: "optional",
    };
}
/// The label of a column's select in the mapping step: "Lớp (không bắt buộc)" for an optional
/// column.
pub fn mapping_label(column: Column, lang: Lang) -> String {
    let name = column_name(column).get(lang);
    if column.is_required() {
        name.to_owned()
    } else {
        format!("{name} ({})", MAPPING_OPTIONAL.get(lang))
    }
}

/// "Cột 3: Ngày sinh" — an option of the column selects.
pub fn header_option(index: usize, header: &str, lang: Lang) -> String {
    let n = count(index + 1, lang);
    let header = if header.is_empty() {
        Text {
            vi: "(không có tên)",
            en: "(no name)",
        }
        .get(lang)
    } else {
        header
    };
    match lang {
        Lang::Vi => format!("Cột {n}: {header}"),
        Lang::En => format!("Column {n}: {header}"),
    }
}

/// A column choice that cannot be used; `header_name` names a header by index.
pub fn column_choice_error(
    error: &ColumnChoiceError,
    header_name: impl Fn(Column) -> String,
    lang: Lang,
) -> String {
    match (*error, lang) {
        (ColumnChoiceError::Missing { column }, Lang::Vi) => {
            format!("Chọn cột chứa “{}”", column_name(column).get(lang))
        }
        (ColumnChoiceError::Missing { column }, Lang::En) => {
            format!(
                "Choose the column holding “{}”",
                column_name(column).get(lang)
            )
        }
        (ColumnChoiceError::Repeated { column, also }, Lang::Vi) => format!(
            "Cột “{}” đã được chọn cho “{}”: chọn cột khác cho “{}”",
            header_name(column),
            column_name(also).get(lang),
            column_name(column).get(lang)
        ),
        (ColumnChoiceError::Repeated { column, also }, Lang::En) => format!(
            "Column “{}” is already used for “{}”: choose another for “{}”",
            header_name(column),
            column_name(also).get(lang),
            column_name(column).get(lang)
        ),
        (ColumnChoiceError::OutOfRange { column }, Lang::Vi) => {
            format!("Chọn lại cột chứa “{}”", column_name(column).get(lang))
        }
        (ColumnChoiceError::OutOfRange { column }, Lang::En) => {
            format!(
                "Choose the column holding “{}” again",
                column_name(column).get(lang)
            )
        }
    }
}

texts! { submit_texts:
    pub const SUBMIT: Text = Text {
        vi: "Xem kết quả",
        en: "See the result",
    };
}

// --- capacity ---

texts! { capacity_legend_texts:
    pub const CAPACITY_LEGEND: Text = Text {
        vi: "Năng lực thu nhận hồ sơ",
        en: "Collection capacity",
    };
    pub const CAPACITY_HINT: Text = Text {
        vi: "Hỏi công an xã số tổ và nhịp độ thực tế; các số có sẵn chỉ là ví dụ. Một hồ sơ là một \
             học sinh: làm thẻ căn cước (thu ảnh, vân tay, mống mắt) và đăng ký tài khoản mức 2 trong \
             cùng một lần.",
        en: "Ask the commune police for their teams and actual pace; the figures filled in are only \
             an example. One record is one student: the card (photo, fingerprints, iris) and the \
             level-2 account are done in the same visit.",
    };
}
pub const fn capacity_label(field: CapacityField) -> Text {
    match field {
        CapacityField::Teams => Text {
            vi: "Số tổ thu nhận cùng lúc",
            en: "Teams working at the same time",
        },
        CapacityField::RecordsPerHour => Text {
            vi: "Số hồ sơ một tổ thu nhận mỗi giờ",
            en: "Records per hour for one team",
        },
        CapacityField::HoursPerSession => Text {
            vi: "Số giờ mỗi buổi",
            en: "Hours per session",
        },
        CapacityField::SessionsPerDay => Text {
            vi: "Số buổi mỗi ngày",
            en: "Sessions per day",
        },
    }
}
pub const fn capacity_hint(field: CapacityField) -> Option<Text> {
    match field {
        CapacityField::RecordsPerHour => Some(Text {
            vi: "Ví dụ 10 hồ sơ mỗi giờ là khoảng 6 phút mỗi em.",
            en: "For example 10 records an hour is about 6 minutes per student.",
        }),
        CapacityField::SessionsPerDay => Some(Text {
            vi: "Từ 1 đến 3 (sáng, chiều, tối).",
            en: "From 1 to 3 (morning, afternoon, evening).",
        }),
        _ => None,
    }
}
texts! { weekends_label_texts:
    pub const WEEKENDS_LABEL: Text = Text {
        vi: "Thu nhận cả thứ Bảy, Chủ nhật và ngày lễ",
        en: "Collect on Saturdays, Sundays and holidays too",
    };
    pub const WEEKENDS_HINT: Text = Text {
        vi: "Nếu không chọn, chỉ tính ngày làm việc.",
        en: "If not ticked, only working days count.",
    };
    pub const TODAY_COUNTS_LABEL: Text = Text {
        vi: "Tính cả ngày tính (còn thu nhận được trong ngày đó)",
        en: "Count the reference date itself (collection can still happen that day)",
    };
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

impl Localized for RosterError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (RosterError::Empty, Lang::Vi) => "Dán danh sách học sinh hoặc mở tệp CSV".to_owned(),
            (RosterError::Empty, Lang::En) => {
                "Paste the student list or open a CSV file".to_owned()
            }
            (RosterError::TooLarge { max, .. }, Lang::Vi) => format!(
                "Danh sách dài quá {} MB: chia theo khối rồi xem từng phần",
                count(max / (1024 * 1024), lang)
            ),
            (RosterError::TooLarge { max, .. }, Lang::En) => format!(
                "The list is longer than {} MB: split it by grade and check each part",
                count(max / (1024 * 1024), lang)
            ),
            (RosterError::TooManyRows { rows, max }, Lang::Vi) => format!(
                "Danh sách có {} dòng, nhiều hơn {} dòng: chia theo khối rồi xem từng phần",
                count(rows, lang),
                count(max, lang)
            ),
            (RosterError::TooManyRows { rows, max }, Lang::En) => format!(
                "The list has {} rows, more than {}: split it by grade and check each part",
                count(rows, lang),
                count(max, lang)
            ),
            (RosterError::HeaderOnly, Lang::Vi) => {
                "Danh sách mới có dòng tên cột: dán cả các dòng học sinh bên dưới".to_owned()
            }
            (RosterError::HeaderOnly, Lang::En) => {
                "The list has only the column names: paste the students' rows under them too"
                    .to_owned()
            }
        }
    }
}

fn issue_text(issue: &RowIssue, lang: Lang) -> String {
    match (issue, lang) {
        (RowIssue::MissingName, Lang::Vi) => "nhập họ và tên".to_owned(),
        (RowIssue::MissingName, Lang::En) => "enter the full name".to_owned(),
        (RowIssue::Name(e), _) => e.localize(lang),
        (RowIssue::MissingBirthDate, Lang::Vi) => "nhập ngày sinh".to_owned(),
        (RowIssue::MissingBirthDate, Lang::En) => "enter the date of birth".to_owned(),
        (RowIssue::BirthDate { error, cell }, Lang::Vi) => {
            format!("ngày sinh “{cell}”: {}", error.localize(lang))
        }
        (RowIssue::BirthDate { error, cell }, Lang::En) => {
            format!("date of birth “{cell}”: {}", error.localize(lang))
        }
        (RowIssue::BornAfterReference { birth, reference }, Lang::Vi) => format!(
            "ngày sinh {} sau ngày tính {}: kiểm tra năm sinh",
            date(*birth),
            date(*reference)
        ),
        (RowIssue::BornAfterReference { birth, reference }, Lang::En) => format!(
            "date of birth {} is after the reference date {}: check the year",
            date(*birth),
            date(*reference)
        ),
        (RowIssue::ClassTooLong { max }, Lang::Vi) => {
            format!("viết tên lớp ngắn hơn, tối đa {max} ký tự")
        }
        (RowIssue::ClassTooLong { max }, Lang::En) => {
            format!("shorten the class name to {max} characters or fewer")
        }
        (RowIssue::NotYesNo { column, cell }, Lang::Vi) => format!(
            "cột “{}” ghi “{cell}”: ghi “có”, “không”, “x” hoặc để trống",
            column_name(*column).get(lang)
        ),
        (RowIssue::NotYesNo { column, cell }, Lang::En) => format!(
            "column “{}” says “{cell}”: write “có”, “không”, “x” or leave it blank",
            column_name(*column).get(lang)
        ),
    }
}

/// "Dòng 7: nhập ngày sinh".
impl Localized for RowProblem {
    fn localize(&self, lang: Lang) -> String {
        let row = count(self.row, lang);
        match lang {
            Lang::Vi => format!("Dòng {row}: {}", issue_text(&self.issue, lang)),
            Lang::En => format!("Row {row}: {}", issue_text(&self.issue, lang)),
        }
    }
}

impl Localized for RowWarning {
    fn localize(&self, lang: Lang) -> String {
        let row = count(self.row, lang);
        match (self.kind, lang) {
            (RowWarningKind::Level2WithoutCard, Lang::Vi) => format!(
                "Dòng {row}: ghi có tài khoản mức 2 nhưng chưa có thẻ căn cước; tài khoản mức 2 \
                 cần thẻ căn cước, kiểm tra lại hai ô này"
            ),
            (RowWarningKind::Level2WithoutCard, Lang::En) => format!(
                "Row {row}: a level-2 account but no card; a level-2 account needs a card, so \
                 check these two cells"
            ),
            (RowWarningKind::ActivatedWithoutLevel2, Lang::Vi) => {
                format!("Dòng {row}: ghi đã kích hoạt nhưng chưa có tài khoản mức 2; kiểm tra lại")
            }
            (RowWarningKind::ActivatedWithoutLevel2, Lang::En) => {
                format!("Row {row}: activated but no level-2 account; check these cells")
            }
            (RowWarningKind::UnlikelyAge { age }, Lang::Vi) => {
                format!("Dòng {row}: {age} tuổi vào ngày tính; kiểm tra năm sinh")
            }
            (RowWarningKind::UnlikelyAge { age }, Lang::En) => {
                format!("Row {row}: {age} years old on the reference date; check the year of birth")
            }
            (RowWarningKind::PossibleDuplicate { of_row }, Lang::Vi) => format!(
                "Dòng {row}: trùng họ tên và ngày sinh với dòng {}; nếu là một em, xoá một dòng",
                count(of_row, lang)
            ),
            (RowWarningKind::PossibleDuplicate { of_row }, Lang::En) => format!(
                "Row {row}: same name and date of birth as row {}; if it is the same student, \
                 delete one row",
                count(of_row, lang)
            ),
        }
    }
}

impl Localized for CountsError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (CountsError::LabelMissing, Lang::Vi) => {
                "Nhập tên lớp hoặc khối, ví dụ 6A hoặc Khối 6".to_owned()
            }
            (CountsError::LabelMissing, Lang::En) => {
                "Enter the class or grade, for example 6A or Grade 6".to_owned()
            }
            (CountsError::LabelTooLong { max }, Lang::Vi) => {
                format!("Viết tên lớp ngắn hơn, tối đa {max} ký tự")
            }
            (CountsError::LabelTooLong { max }, Lang::En) => {
                format!("Shorten the class name to {max} characters or fewer")
            }
            (
                CountsError::Number {
                    field,
                    error: crate::rules::number::NumberError::Empty,
                },
                _,
            ) => {
                let name = counts_field_label(field).get(lang).to_lowercase();
                match lang {
                    Lang::Vi => format!("Nhập số {name}"),
                    Lang::En => format!("Enter the number {name}"),
                }
            }
            (CountsError::Number { error, .. }, _) => error.localize(lang),
            (CountsError::AboveMaximum { max, .. }, Lang::Vi) => {
                format!("Nhập số không quá {}", count(max, lang))
            }
            (CountsError::AboveMaximum { max, .. }, Lang::En) => {
                format!("Enter a number no larger than {}", count(max, lang))
            }
            (
                CountsError::CardAboveEnrolled {
                    with_card,
                    enrolled,
                },
                Lang::Vi,
            ) => format!(
                "Số có thẻ căn cước ({}) không thể lớn hơn sĩ số ({})",
                count(with_card, lang),
                count(enrolled, lang)
            ),
            (
                CountsError::CardAboveEnrolled {
                    with_card,
                    enrolled,
                },
                Lang::En,
            ) => format!(
                "Those with a card ({}) cannot be more than those enrolled ({})",
                count(with_card, lang),
                count(enrolled, lang)
            ),
            (
                CountsError::Level2AboveCard {
                    with_level2,
                    with_card,
                },
                Lang::Vi,
            ) => format!(
                "Số có tài khoản mức 2 ({}) không thể lớn hơn số có thẻ căn cước ({}): tài \
                 khoản mức 2 chỉ cấp cho người có thẻ",
                count(with_level2, lang),
                count(with_card, lang)
            ),
            (
                CountsError::Level2AboveCard {
                    with_level2,
                    with_card,
                },
                Lang::En,
            ) => format!(
                "Level-2 accounts ({}) cannot be more than cards ({}): a level-2 account is only \
                 granted to a card holder",
                count(with_level2, lang),
                count(with_card, lang)
            ),
            (
                CountsError::ActivatedAboveLevel2 {
                    activated,
                    with_level2,
                },
                Lang::Vi,
            ) => format!(
                "Số đã kích hoạt ({}) không thể lớn hơn số có tài khoản mức 2 ({})",
                count(activated, lang),
                count(with_level2, lang)
            ),
            (
                CountsError::ActivatedAboveLevel2 {
                    activated,
                    with_level2,
                },
                Lang::En,
            ) => format!(
                "Activated accounts ({}) cannot be more than level-2 accounts ({})",
                count(activated, lang),
                count(with_level2, lang)
            ),
        }
    }
}

/// "Dòng 2 (6A): …" — a counts error in the error summary.
pub fn counts_error_in_row(row: usize, label: &str, error: &CountsError, lang: Lang) -> String {
    let head = counts_row_legend(row, lang);
    if label.trim().is_empty() {
        format!("{head}: {}", error.localize(lang))
    } else {
        format!("{head} ({}): {}", label.trim(), error.localize(lang))
    }
}

impl Localized for CapacityError {
    fn localize(&self, lang: Lang) -> String {
        let name = capacity_label(self.field()).get(lang);
        match (*self, lang) {
            (
                CapacityError::Number {
                    error: crate::rules::number::NumberError::Empty,
                    ..
                },
                Lang::Vi,
            ) => format!("Nhập {}", name.to_lowercase()),
            (
                CapacityError::Number {
                    error: crate::rules::number::NumberError::Empty,
                    ..
                },
                Lang::En,
            ) => format!("Enter the {}", name.to_lowercase()),
            (CapacityError::Number { error, .. }, _) => error.localize(lang),
            (CapacityError::OutOfRange { min, max, .. }, Lang::Vi) => format!(
                "{name} phải từ {} đến {}",
                count(min, lang),
                count(max, lang)
            ),
            (CapacityError::OutOfRange { min, max, .. }, Lang::En) => format!(
                "{name} must be from {} to {}",
                count(min, lang),
                count(max, lang)
            ),
        }
    }
}

impl Localized for DeadlineError {
    fn localize(&self, lang: Lang) -> String {
        let DeadlineError::BeforeReference { reference, .. } = *self;
        match lang {
            Lang::Vi => format!(
                "Hạn phải từ ngày tính {} trở đi; kiểm tra ngày và năm",
                date(reference)
            ),
            Lang::En => format!(
                "The deadline must be on or after the reference date {}; check the day and year",
                date(reference)
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

texts! { results_title_texts:
    pub const RESULTS_TITLE: Text = Text {
        vi: "Kết quả",
        en: "Result",
    };
}

/// "Tính đến 15/04/2026, hạn 15/05/2026" under the results heading.
pub fn results_dates(reference: NaiveDate, deadline: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Ngày tính {}, hạn hoàn thành {}.",
            date(reference),
            date(deadline)
        ),
        Lang::En => format!(
            "Reference date {}, deadline {}.",
            date(reference),
            date(deadline)
        ),
    }
}

/// The verdict sentence, first in the results (docs/writing.md).
pub fn verdict(plan: &Plan, lang: Lang) -> String {
    let deadline = date(plan.calendar.deadline);
    let records = count(plan.records, lang);
    if plan.records == 0 {
        return Text {
            vi: "Mọi học sinh được tính đã có tài khoản mức 2: không còn hồ sơ cần thu nhận.",
            en: "Every student counted has a level-2 account: no records are left to collect.",
        }
        .get(lang)
        .to_owned();
    }
    let days = count(plan.days_needed, lang);
    let available = count(plan.days_available, lang);
    let unit = day_unit(plan.calendar.counting, lang);
    match (plan.feasible, lang) {
        (true, Lang::Vi) => format!(
            "Kịp hạn {deadline}: còn {records} hồ sơ cần thu nhận, cần {days} {unit} trong số \
             {available} {unit} còn lại."
        ),
        (true, Lang::En) => format!(
            "On time for {deadline}: {records} records left to collect take {days} of the \
             {available} {unit} left."
        ),
        (false, Lang::Vi) => format!(
            "Không kịp hạn {deadline} với năng lực hiện tại: còn {records} hồ sơ, cần {days} {unit} \
             nhưng chỉ còn {available} {unit}."
        ),
        (false, Lang::En) => format!(
            "Not on time for {deadline} at this capacity: {records} records need {days} {unit} \
             but only {available} {unit} are left."
        ),
    }
}

fn day_unit(counting: DayCounting, lang: Lang) -> &'static str {
    match (counting, lang) {
        (DayCounting::WorkingDays, Lang::Vi) => "ngày làm việc",
        (DayCounting::WorkingDays, Lang::En) => "working days",
        (DayCounting::AllDays, Lang::Vi) => "ngày",
        (DayCounting::AllDays, Lang::En) => "days",
    }
}

/// What to do when the plan is not feasible.
pub fn catch_up(plan: &Plan, lang: Lang) -> Option<String> {
    if plan.feasible {
        return None;
    }
    match (plan.teams_needed, lang) {
        (Some(teams), Lang::Vi) => Some(format!(
            "Để kịp hạn với cùng số giờ và số buổi, cần {} tổ thu nhận (đang có {}); hoặc thêm \
             buổi, thêm giờ, hay thu nhận cả cuối tuần.",
            count(teams, lang),
            count(plan.capacity.teams, lang)
        )),
        (Some(teams), Lang::En) => Some(format!(
            "To finish on time with the same hours and sessions you need {} teams (you have {}); \
             or add sessions or hours, or collect at weekends too.",
            count(teams, lang),
            count(plan.capacity.teams, lang)
        )),
        (None, Lang::Vi) => Some(
            "Không còn ngày nào trước hạn: đề nghị lùi hạn hoặc thu nhận ngay hôm nay.".to_owned(),
        ),
        (None, Lang::En) => Some(
            "No day is left before the deadline: ask for a later deadline or collect today."
                .to_owned(),
        ),
    }
}

/// The line for the second deadline.
pub fn second_deadline_line(plan: &Plan, lang: Lang) -> String {
    let deadline = date(plan.calendar.deadline);
    let available = count(plan.days_available, lang);
    let unit = day_unit(plan.calendar.counting, lang);
    match (plan.feasible, lang) {
        (true, Lang::Vi) => format!("Hạn thứ hai {deadline}: còn {available} {unit}, kịp hạn."),
        (true, Lang::En) => {
            format!("Second deadline {deadline}: {available} {unit} left, on time.")
        }
        (false, Lang::Vi) => format!(
            "Hạn thứ hai {deadline}: còn {available} {unit}, không kịp (cần {} {unit}).",
            count(plan.days_needed, lang)
        ),
        (false, Lang::En) => format!(
            "Second deadline {deadline}: {available} {unit} left, not on time ({} needed).",
            count(plan.days_needed, lang)
        ),
    }
}

texts! { key_figures_texts:
    pub const KEY_FIGURES: Text = Text {
        vi: "Số liệu chính",
        en: "Key figures",
    };
}
pub const fn step_needing(step: Step) -> Text {
    match step {
        Step::Card => Text {
            vi: "Chưa có thẻ căn cước",
            en: "No căn cước card yet",
        },
        Step::Level2 => Text {
            vi: "Chưa có tài khoản mức 2",
            en: "No level-2 account yet",
        },
        Step::Activation => Text {
            vi: "Đã được duyệt nhưng chưa kích hoạt",
            en: "Approved but not activated",
        },
    }
}
pub const fn step_done(step: Step) -> Text {
    match step {
        Step::Card => Text {
            vi: "Có thẻ căn cước",
            en: "With a card",
        },
        Step::Level2 => Text {
            vi: "Có tài khoản mức 2",
            en: "With a level-2 account",
        },
        Step::Activation => Text {
            vi: "Đã kích hoạt",
            en: "Activated",
        },
    }
}
/// A step's name, as a row of the key figures.
pub const fn step_name(step: Step) -> Text {
    match step {
        Step::Card => Text {
            vi: "Thẻ căn cước",
            en: "Căn cước card",
        },
        Step::Level2 => Text {
            vi: "Tài khoản mức 2",
            en: "Level-2 account",
        },
        Step::Activation => Text {
            vi: "Kích hoạt (trên số có tài khoản)",
            en: "Activation (of those with an account)",
        },
    }
}
/// "Số liệu chính: 37 học sinh".
pub fn key_figures_caption(total: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Số liệu chính: {} học sinh", count(total, lang)),
        Lang::En => format!("Key figures: {} students", count(total, lang)),
    }
}
texts! { done_column_texts:
    pub const DONE_COLUMN: Text = Text {
        vi: "Đã có",
        en: "Done",
    };
    pub const NEEDING_COLUMN: Text = Text {
        vi: "Còn cần",
        en: "Still needed",
    };
    pub const ACTIVATION_UNKNOWN: Text = Text {
        vi: "Chưa biết (không có số đã kích hoạt)",
        en: "Not known (no activation figures)",
    };

    pub const GROUPS_TITLE: Text = Text {
        vi: "Hai nhóm chiến dịch đếm",
        en: "The two groups the campaigns count",
    };
    pub const GROUP_CARD_NO_LEVEL2: Text = Text {
        vi: "Có thẻ căn cước, chưa có tài khoản mức 2",
        en: "Card, but no level-2 account",
    };
    pub const GROUP_NEITHER: Text = Text {
        vi: "Chưa có thẻ căn cước, chưa có tài khoản",
        en: "Neither card nor account",
    };
    pub const GROUP_NOT_ACTIVATED: Text = Text {
        vi: "Tài khoản đã được duyệt nhưng chưa kích hoạt",
        en: "Account approved but not activated",
    };
    pub const GROUP_LEVEL2_NO_CARD: Text = Text {
        vi: "Ghi có tài khoản mức 2 nhưng chưa có thẻ (cần kiểm tra)",
        en: "Level-2 account but no card (to check)",
    };
    pub const TO_COLLECT: Text = Text {
        vi: "Hồ sơ cần thu nhận trước hạn",
        en: "Records to collect before the deadline",
    };
    pub const TO_COLLECT_ROSTER_NOTE: Text = Text {
        vi: "Học sinh chưa có tài khoản mức 2 và đủ 6 tuổi vào ngày hạn: thẻ căn cước và tài khoản \
             mức 2 làm trực tiếp cùng cha mẹ trong một lần. Trẻ dưới 6 tuổi do cha mẹ làm trực tuyến, \
             không cần buổi thu nhận (Luật Căn cước 2023, Điều 23). Từ 18/08/2026, công an cấp xã \
             cấp, đổi hoặc cấp lại thẻ trong tối đa 7 ngày làm việc sau khi thu nhận (Quyết định \
             5230/QĐ-BCA-C06).",
        en: "Students without a level-2 account who are 6 or older on the deadline: the card and the \
             level-2 account are done in person with a parent, in one visit. Children under 6 are \
             applied for online by a parent, without a session (Law on Identification 2023, \
             Article 23). Since 18/08/2026 the commune police issue, renew or reissue a card within \
             7 working days of collecting the records (Decision 5230/QĐ-BCA-C06).",
    };
    pub const TO_COLLECT_COUNTS_NOTE: Text = Text {
        vi: "Mọi học sinh chưa có tài khoản mức 2 (số liệu theo lớp không có ngày sinh, nên không \
             tách được trẻ dưới 6 tuổi). Thẻ được cấp trong tối đa 7 ngày làm việc sau khi thu nhận \
             (Quyết định 5230/QĐ-BCA-C06, từ 18/08/2026).",
        en: "Every student without a level-2 account (counts per class carry no dates of birth, so \
             children under 6 cannot be set apart). Cards are issued within 7 working days of \
             collecting the records (Decision 5230/QĐ-BCA-C06, since 18/08/2026).",
    };
}

// --- cohorts ---

texts! { cohorts_title_texts:
    pub const COHORTS_TITLE: Text = Text {
        vi: "Theo nhóm tuổi",
        en: "By age group",
    };
}
/// Caption of the cohort table.
pub fn cohorts_caption(reference: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Nhóm tuổi theo ngày sinh, tuổi tròn vào ngày {}",
            date(reference)
        ),
        Lang::En => format!(
            "Age groups from dates of birth, exact age on {}",
            date(reference)
        ),
    }
}
pub const fn cohort_name(cohort: Cohort) -> Text {
    match cohort {
        Cohort::Under6 => Text {
            vi: "Dưới 6 tuổi",
            en: "Under 6",
        },
        Cohort::From6To12 => Text {
            vi: "Từ đủ 6 đến dưới 12 tuổi",
            en: "6 to under 12",
        },
        Cohort::From12To14 => Text {
            vi: "Từ đủ 12 đến dưới 14 tuổi",
            en: "12 to under 14",
        },
        Cohort::From14 => Text {
            vi: "Từ đủ 14 tuổi",
            en: "14 and over",
        },
    }
}
pub const fn cohort_short(cohort: Cohort) -> &'static str {
    match cohort {
        Cohort::Under6 => "<6",
        Cohort::From6To12 => "6–<12",
        Cohort::From12To14 => "12–<14",
        Cohort::From14 => "≥14",
    }
}
texts! { cohort_column_texts:
    pub const COHORT_COLUMN: Text = Text {
        vi: "Nhóm tuổi",
        en: "Age group",
    };
    pub const RULES_COLUMN: Text = Text {
        vi: "Quy định theo nhóm tuổi",
        en: "What applies to each age group",
    };
    pub const STUDENTS_COLUMN: Text = Text {
        vi: "Số học sinh",
        en: "Students",
    };
}

/// What applies to a cohort, in one short paragraph.
pub fn cohort_rules(cohort: Cohort, lang: Lang) -> String {
    let rules = cohort.rules();
    let card = match (rules.card, lang) {
        (CardRule::OnRequestOnline, Lang::Vi) => {
            "Thẻ căn cước không bắt buộc; cha mẹ làm trực tuyến, không thu sinh trắc học."
        }
        (CardRule::OnRequestOnline, Lang::En) => {
            "Card optional; a parent applies online, no biometrics."
        }
        (CardRule::OnRequestInPerson, Lang::Vi) => {
            "Thẻ căn cước không bắt buộc; làm trực tiếp cùng cha mẹ, thu ảnh khuôn mặt, vân tay, \
             mống mắt."
        }
        (CardRule::OnRequestInPerson, Lang::En) => {
            "Card optional; in person with a parent, face, fingerprints and iris collected."
        }
        (CardRule::Mandatory, Lang::Vi) => {
            "Thẻ căn cước bắt buộc; thu ảnh khuôn mặt, vân tay, mống mắt."
        }
        (CardRule::Mandatory, Lang::En) => "Card mandatory; face, fingerprints and iris collected.",
    };
    let accounts = match (rules.accounts, lang) {
        (AccountRule::Level1Only, Lang::Vi) => {
            "Chỉ tài khoản mức 1, cha mẹ đăng ký từ tài khoản mức 2 của mình."
        }
        (AccountRule::Level1Only, Lang::En) => {
            "Level 1 only, registered by a parent from the parent's own level-2 account."
        }
        (AccountRule::Level1And2OnRequest, Lang::Vi) => {
            "Tài khoản mức 1 và mức 2 nếu có yêu cầu; mức 2 làm trực tiếp cùng cha mẹ."
        }
        (AccountRule::Level1And2OnRequest, Lang::En) => {
            "Level 1 and level 2 on request; level 2 in person with a parent."
        }
        (AccountRule::Level1And2, Lang::Vi) => "Tài khoản mức 1 và mức 2.",
        (AccountRule::Level1And2, Lang::En) => "Level 1 and level 2.",
    };
    let sim = match (rules.sim, lang) {
        (SimRule::Parent, Lang::Vi) => "Dùng SIM chính chủ của cha hoặc mẹ.",
        (SimRule::Parent, Lang::En) => "Uses a parent's own-name SIM.",
        (SimRule::Own, Lang::Vi) => "Dùng SIM đứng tên chính học sinh.",
        (SimRule::Own, Lang::En) => "Uses a SIM in the student's own name.",
    };
    let lasts = match lang {
        Lang::Vi => format!(
            "Thẻ cấp ở tuổi này có giá trị đến khi đủ {} tuổi.",
            rules.card_issued_now_lasts_to
        ),
        Lang::En => format!(
            "A card issued at this age is valid until the {}th birthday.",
            rules.card_issued_now_lasts_to
        ),
    };
    format!("{card} {accounts} {sim} {lasts}")
}
texts! { cohort_sources_texts:
    pub const COHORT_SOURCES: Text = Text {
        vi: "Nguồn: Luật Căn cước 2023, Điều 19, 21, 23; Nghị định 69/2024/NĐ-CP, Điều 7, 10.",
        en: "Sources: Law on Identification 2023, Articles 19, 21, 23; Decree 69/2024/NĐ-CP, \
             Articles 7, 10.",
    };
    pub const AGE_DEFINITION: Text = Text {
        vi: "“Đủ 6 tuổi” là từ ngày sinh nhật thứ 6; “dưới 14 tuổi” là trước ngày sinh nhật thứ 14.",
        en: "“6 or over” starts on the 6th birthday; “under 14” ends the day before the 14th \
             birthday.",
    };
}
/// "Vào ngày hạn 15/05/2026: …" — the cohort counts on the deadline.
pub fn cohorts_at_deadline(deadline: NaiveDate, counts: [u64; 4], lang: Lang) -> String {
    let parts: Vec<String> = Cohort::ALL
        .iter()
        .zip(counts)
        .map(|(&c, n)| format!("{} {}", cohort_short(c), count(n, lang)))
        .collect();
    match lang {
        Lang::Vi => format!("Vào ngày hạn {}: {}.", date(deadline), parts.join("; ")),
        Lang::En => format!("On the deadline {}: {}.", date(deadline), parts.join("; ")),
    }
}

/// Students turning 14 in the window, and what it means.
pub fn turning_14_lines(
    reference: NaiveDate,
    deadline: NaiveDate,
    needs_card: u64,
    must_renew: u64,
    check_issue_date: u64,
    lang: Lang,
) -> (String, Vec<String>) {
    let total = needs_card + must_renew + check_issue_date;
    let head = match lang {
        Lang::Vi => format!(
            "{} học sinh đủ 14 tuổi sau ngày {} và trước hạn {}: từ ngày sinh nhật đó, thẻ căn \
             cước là bắt buộc.",
            count(total, lang),
            date(reference),
            date(deadline)
        ),
        Lang::En => format!(
            "{} students turn 14 after {} and by the deadline {}: from that birthday the card is \
             mandatory.",
            count(total, lang),
            date(reference),
            date(deadline)
        ),
    };
    let mut lines = Vec::new();
    for (n, kind) in [
        (needs_card, Turns14Card::NeedsCard),
        (must_renew, Turns14Card::MustRenew),
        (check_issue_date, Turns14Card::CheckIssueDate),
    ] {
        if n > 0 {
            lines.push(format!(
                "{}: {}",
                count(n, lang),
                turns_14_text(kind).get(lang)
            ));
        }
    }
    (head, lines)
}
pub const fn turns_14_text(kind: Turns14Card) -> Text {
    match kind {
        Turns14Card::NeedsCard => Text {
            vi: "chưa có thẻ, cần làm thẻ",
            en: "no card yet: they need one",
        },
        Turns14Card::MustRenew => Text {
            vi: "có thẻ cấp trước 12 tuổi, phải đổi thẻ từ ngày đủ 14 tuổi",
            en: "card issued before 12: it must be renewed from the 14th birthday",
        },
        Turns14Card::CheckIssueDate => Text {
            vi: "có thẻ; nếu thẻ cấp trước 12 tuổi thì phải đổi, cấp từ 12 tuổi thì không: xem \
                 ngày cấp trên thẻ",
            en: "card held: if it was issued before 12 it must be renewed, from 12 it need not: \
                 check the issue date on the card",
        },
    }
}
texts! { turning_14_source_texts:
    pub const TURNING_14_SOURCE: Text = Text {
        vi: "Nguồn: Luật Căn cước 2023, Điều 19 khoản 1 (bắt buộc từ 14 tuổi), Điều 21 (đổi thẻ khi \
             đủ 14 tuổi; thẻ cấp trong 2 năm trước tuổi đó có giá trị đến tuổi đổi tiếp theo).",
        en: "Source: Law on Identification 2023, Article 19(1) (mandatory from 14), Article 21 \
             (renewal at 14; a card issued within 2 years before that age lasts to the next one).",
    };
}

// --- counts mode: ages from grades ---

texts! { grades_title_texts:
    pub const GRADES_TITLE: Text = Text {
        vi: "Tuổi theo khối lớp (ước tính)",
        en: "Ages by grade (estimate)",
    };
    pub const GRADES_INTRO: Text = Text {
        vi: "Số lượng theo lớp không có ngày sinh, nên công cụ không chia được nhóm tuổi chính xác. \
             Trẻ vào lớp 1 trong năm tròn 6 tuổi (Luật Giáo dục 2019, Điều 28), nên nếu học đúng tuổi:",
        en: "Counts per class carry no dates of birth, so exact age groups cannot be worked out. \
             Children start grade 1 in the year they turn 6 (Law on Education 2019, Article 28), so \
             if they are in the usual grade for their age:",
    };
    pub const GRADES_NEED_ROSTER: Text = Text {
        vi: "Học sinh học sớm, học muộn hoặc lưu ban có tuổi khác. Muốn chia nhóm tuổi chính xác, \
             dùng danh sách học sinh có ngày sinh.",
        en: "Students who started early or late or repeated a year differ. For exact age groups, \
             use a list of students with dates of birth.",
    };
    pub const GRADE_COLUMN: Text = Text {
        vi: "Khối",
        en: "Grade",
    };
    pub const BIRTH_YEAR_COLUMN: Text = Text {
        vi: "Năm sinh",
        en: "Born in",
    };
    pub const AGE_COLUMN: Text = Text {
        vi: "Tuổi vào ngày tính",
        en: "Age on the reference date",
    };
}
/// "11–12 tuổi" / "11–12".
pub fn age_range(g: &GradeAges, lang: Lang) -> String {
    let range = if g.youngest == g.oldest {
        g.oldest.to_string()
    } else {
        format!("{}–{}", g.youngest, g.oldest)
    };
    match lang {
        Lang::Vi => format!("{range} tuổi"),
        Lang::En => range,
    }
}
/// The cohort(s) a grade falls in.
pub fn grade_cohorts(g: &GradeAges, lang: Lang) -> String {
    if g.straddles() {
        match lang {
            Lang::Vi => format!(
                "một phần {}, một phần {}",
                cohort_short(g.youngest_cohort),
                cohort_short(g.oldest_cohort)
            ),
            Lang::En => format!(
                "partly {}, partly {}",
                cohort_short(g.youngest_cohort),
                cohort_short(g.oldest_cohort)
            ),
        }
    } else {
        cohort_short(g.oldest_cohort).to_owned()
    }
}
/// Counts mode: who turns 14 in the window.
pub fn turning_14_born(first: NaiveDate, last: NaiveDate, grades: &[Grade], lang: Lang) -> String {
    let grades: Vec<String> = grades.iter().map(Grade::to_string).collect();
    let in_grades = if grades.is_empty() {
        String::new()
    } else {
        match lang {
            Lang::Vi => format!(" (học đúng tuổi thì ở khối {})", grades.join(", ")),
            Lang::En => format!(" (in grade {} if in the usual grade)", grades.join(", ")),
        }
    };
    match lang {
        Lang::Vi => format!(
            "Học sinh sinh từ {} đến {}{in_grades} đủ 14 tuổi trước hạn: thẻ căn cước trở thành \
             bắt buộc, và thẻ cấp trước 12 tuổi phải đổi.",
            date(first),
            date(last)
        ),
        Lang::En => format!(
            "Students born from {} to {}{in_grades} turn 14 before the deadline: the card becomes \
             mandatory, and a card issued before 12 must be renewed.",
            date(first),
            date(last)
        ),
    }
}

// --- per class ---

texts! { by_class_title_texts:
    pub const BY_CLASS_TITLE: Text = Text {
        vi: "Theo lớp",
        en: "By class",
    };
    pub const BY_GRADE_TITLE: Text = Text {
        vi: "Theo khối",
        en: "By grade",
    };
    pub const GROUP_BY_LEGEND: Text = Text {
        vi: "Xem theo",
        en: "Show by",
    };
    pub const GROUP_BY_CLASS: Text = Text {
        vi: "Lớp",
        en: "Class",
    };
    pub const GROUP_BY_GRADE: Text = Text {
        vi: "Khối",
        en: "Grade",
    };
    pub const CLASS_COLUMN: Text = Text {
        vi: "Lớp",
        en: "Class",
    };
    pub const ENROLLED_COLUMN: Text = Text {
        vi: "Sĩ số",
        en: "Enrolled",
    };
}
/// A group's label.
pub fn group_label(label: &GroupLabel, lang: Lang) -> String {
    match (label, lang) {
        (GroupLabel::Class(c), _) => c.clone(),
        (GroupLabel::Grade(g), Lang::Vi) => format!("Khối {g}"),
        (GroupLabel::Grade(g), Lang::En) => format!("Grade {g}"),
        (GroupLabel::NoClass, Lang::Vi) => "Không ghi lớp".to_owned(),
        (GroupLabel::NoClass, Lang::En) => "No class given".to_owned(),
        (GroupLabel::NoGrade, Lang::Vi) => "Không rõ khối".to_owned(),
        (GroupLabel::NoGrade, Lang::En) => "Grade not known".to_owned(),
    }
}
texts! { printed_by_grade_texts:
    /// Printed above the per-grade table that replaces a long class table on paper.
    pub const PRINTED_BY_GRADE: Text = Text {
        vi: "Bản in gộp theo khối để vừa một trang; bảng theo lớp có trên màn hình.",
        en: "Printed by grade to fit one page; the table by class is on the screen.",
    };
    pub const CHART_LEGEND_DONE: Text = Text {
        vi: "Đã có tài khoản mức 2",
        en: "Level-2 account",
    };
    pub const CHART_LEGEND_CARD: Text = Text {
        vi: "Có thẻ, chưa có tài khoản",
        en: "Card, no account",
    };
    pub const CHART_LEGEND_NEITHER: Text = Text {
        vi: "Chưa có thẻ, chưa có tài khoản",
        en: "Neither",
    };
    pub const CHART_TEXT_ALTERNATIVE: Text = Text {
        vi: "Biểu đồ thanh: mỗi lớp một thanh, chia phần đã có tài khoản mức 2 và phần còn phải làm. \
             Số liệu đầy đủ ở bảng dưới.",
        en: "Bar chart: one bar per class, split into those with a level-2 account and those still \
             to do. The full figures are in the table below.",
    };
}

// --- plan ---

texts! { plan_title_texts:
    pub const PLAN_TITLE: Text = Text {
        vi: "Kế hoạch thu nhận hồ sơ",
        en: "Collection plan",
    };
    pub const REQUIRED_PER_DAY: Text = Text {
        vi: "Mỗi ngày cần thu nhận",
        en: "Needed per day",
    };
    pub const CAPACITY_PER_DAY: Text = Text {
        vi: "Năng lực mỗi ngày",
        en: "Capacity per day",
    };
    pub const PLAN_DATES: Text = Text {
        vi: "Thời gian thu nhận",
        en: "Collection dates",
    };
}
/// "từ thứ Năm 16/04/2026 đến thứ Sáu 17/04/2026", or one day.
pub fn plan_dates(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    if first == last {
        return day(first, lang);
    }
    match lang {
        Lang::Vi => format!("từ {} đến {}", day(first, lang), day(last, lang)),
        Lang::En => format!("from {} to {}", day(first, lang), day(last, lang)),
    }
}
/// "{n} hồ sơ" / "{n} records".
pub fn records(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} hồ sơ", count(n, lang)),
        Lang::En => format!("{} records", count(n, lang)),
    }
}
texts! { how_computed_texts:
    pub const HOW_COMPUTED: Text = Text {
        vi: "Cách tính",
        en: "How this was computed",
    };
}
/// The arithmetic, one line per step, with the figures.
pub fn plan_arithmetic(plan: &Plan, lang: Lang) -> Vec<String> {
    let c = plan.capacity;
    let n = |v: u64| count(v, lang);
    let unit = day_unit(plan.calendar.counting, lang);
    let from = if plan.calendar.today_counts {
        match lang {
            Lang::Vi => format!("tính cả ngày {}", date(plan.calendar.reference)),
            Lang::En => format!("counting {} itself", date(plan.calendar.reference)),
        }
    } else {
        match lang {
            Lang::Vi => format!("không tính ngày {}", date(plan.calendar.reference)),
            Lang::En => format!("not counting {}", date(plan.calendar.reference)),
        }
    };
    let mut lines = match lang {
        Lang::Vi => vec![
            format!(
                "Năng lực mỗi buổi = {} hồ sơ/giờ × {} giờ × {} tổ = {} hồ sơ.",
                n(c.records_per_hour.into()),
                n(c.hours_per_session.into()),
                n(c.teams.into()),
                n(plan.per_session)
            ),
            format!(
                "Số buổi cần = {} ÷ {}, làm tròn lên = {} buổi.",
                n(plan.records),
                n(plan.per_session),
                n(plan.sessions_needed)
            ),
            format!(
                "Số ngày cần = {} buổi ÷ {} buổi/ngày, làm tròn lên = {} {unit}.",
                n(plan.sessions_needed),
                n(c.sessions_per_day.into()),
                n(plan.days_needed)
            ),
            format!(
                "Số ngày còn lại = {} {unit} đến hết ngày {} ({from}).",
                n(plan.days_available),
                date(plan.calendar.deadline)
            ),
        ],
        Lang::En => vec![
            format!(
                "Capacity per session = {} records/hour × {} hours × {} teams = {} records.",
                n(c.records_per_hour.into()),
                n(c.hours_per_session.into()),
                n(c.teams.into()),
                n(plan.per_session)
            ),
            format!(
                "Sessions needed = {} ÷ {}, rounded up = {} sessions.",
                n(plan.records),
                n(plan.per_session),
                n(plan.sessions_needed)
            ),
            format!(
                "Days needed = {} sessions ÷ {} sessions/day, rounded up = {} {unit}.",
                n(plan.sessions_needed),
                n(c.sessions_per_day.into()),
                n(plan.days_needed)
            ),
            format!(
                "Days left = {} {unit} up to and including {} ({from}).",
                n(plan.days_available),
                date(plan.calendar.deadline)
            ),
        ],
    };
    if let Some(required) = plan.required_per_day {
        lines.push(match lang {
            Lang::Vi => format!(
                "Mỗi ngày cần = {} ÷ {}, làm tròn lên = {} hồ sơ.",
                n(plan.records),
                n(plan.days_available),
                n(required)
            ),
            Lang::En => format!(
                "Needed per day = {} ÷ {}, rounded up = {} records.",
                n(plan.records),
                n(plan.days_available),
                n(required)
            ),
        });
    }
    let sign = if plan.feasible { "≤" } else { ">" };
    lines.push(match (plan.feasible, lang) {
        (true, Lang::Vi) => format!(
            "Kịp hạn vì số ngày cần ≤ số ngày còn lại: {} {sign} {}.",
            n(plan.days_needed),
            n(plan.days_available)
        ),
        (false, Lang::Vi) => format!(
            "Không kịp hạn vì số ngày cần > số ngày còn lại: {} {sign} {}.",
            n(plan.days_needed),
            n(plan.days_available)
        ),
        (true, Lang::En) => format!(
            "On time because days needed ≤ days left: {} {sign} {}.",
            n(plan.days_needed),
            n(plan.days_available)
        ),
        (false, Lang::En) => format!(
            "Not on time because days needed > days left: {} {sign} {}.",
            n(plan.days_needed),
            n(plan.days_available)
        ),
    });
    lines
}
texts! { all_days_definition_texts:
    pub const ALL_DAYS_DEFINITION: Text = Text {
        vi: "Mọi ngày đều được tính, kể cả thứ Bảy, Chủ nhật và ngày lễ.",
        en: "Every day counts, Saturdays, Sundays and holidays included.",
    };

    pub const SCHEDULE_HINT: Text = Text {
        vi: "Lịch gợi ý: các lớp lần lượt kín từng buổi; nhà trường có thể đổi thứ tự.",
        en: "Suggested schedule: classes fill the sessions one after another; the school can change \
             the order.",
    };
    pub const SCHEDULE_COLUMN: Text = Text {
        vi: "Lịch thu nhận gợi ý",
        en: "Suggested collection",
    };
    pub const TO_COLLECT_COLUMN: Text = Text {
        vi: "Cần thu nhận",
        en: "To collect",
    };
    pub const LATE_TAG: Text = Text {
        vi: "Sau hạn",
        en: "After the deadline",
    };
}
/// "thứ Ba 05/05, buổi 2" / "Tue 05/05, session 2" (with the year when `with_year`); "ngày thứ
/// 2.700, buổi 1" beyond the dated days.
pub fn slot(s: &Slot, with_year: bool, lang: Lang) -> String {
    let day_text = match s.day {
        Some(d) if with_year => day(d, lang),
        Some(d) => format!(
            "{} {:02}/{:02}",
            super::weekday_short(d.weekday()).get(lang),
            d.day(),
            d.month()
        ),
        None => match lang {
            Lang::Vi => format!("ngày thứ {}", count(s.day_number, lang)),
            Lang::En => format!("day {}", count(s.day_number, lang)),
        },
    };
    match lang {
        Lang::Vi => format!("{day_text}, buổi {}", s.session),
        Lang::En => format!("{day_text}, session {}", s.session),
    }
}

/// A group's sessions: one slot, or "first → last".
pub fn slot_range(first: &Slot, last: &Slot, with_year: bool, lang: Lang) -> String {
    if first == last {
        slot(first, with_year, lang)
    } else {
        format!(
            "{} → {}",
            slot(first, with_year, lang),
            slot(last, with_year, lang)
        )
    }
}

// --- downloads ---

texts! { downloads_title_texts:
    pub const DOWNLOADS_TITLE: Text = Text {
        vi: "Tải danh sách học sinh còn cần làm",
        en: "Download the students who still need a step",
    };
    pub const DOWNLOADS_HINT: Text = Text {
        vi: "Tệp CSV hoặc Excel (.xlsx), tạo ngay trên máy này và không gửi đi đâu.",
        en: "CSV or Excel (.xlsx) files, made on this device and sent nowhere.",
    };
    /// Tab name of the .xlsx download (at most 31 characters).
    pub const SHEET_NEEDING: Text = Text {
        vi: "Học sinh còn cần làm",
        en: "Students to follow up",
    };
}
/// A download button: "Cần làm thẻ căn cước (12 em)".
pub fn download_label(step: Step, n: u64, lang: Lang) -> String {
    let what = match (step, lang) {
        (Step::Card, Lang::Vi) => "Cần làm thẻ căn cước",
        (Step::Card, Lang::En) => "Need a card",
        (Step::Level2, Lang::Vi) => "Cần tài khoản mức 2",
        (Step::Level2, Lang::En) => "Need a level-2 account",
        (Step::Activation, Lang::Vi) => "Cần kích hoạt tài khoản",
        (Step::Activation, Lang::En) => "Need to activate",
    };
    match lang {
        Lang::Vi => format!("{what} ({} em)", count(n, lang)),
        Lang::En => format!("{what} ({} students)", count(n, lang)),
    }
}
/// The Excel button beside a CSV download: "Cần làm thẻ căn cước (12 em) (Excel)".
pub fn download_xlsx_label(step: Step, n: u64, lang: Lang) -> String {
    format!("{} (Excel)", download_label(step, n, lang))
}
/// File name of a download: ASCII, with the reference date.
pub fn download_file_name(step: Step, reference: NaiveDate) -> String {
    let what = match step {
        Step::Card => "can-lam-the-can-cuoc",
        Step::Level2 => "can-tai-khoan-muc-2",
        Step::Activation => "can-kich-hoat",
    };
    format!(
        "hoc-sinh-{what}-{}.csv",
        format_date(reference, DateFormat::Iso)
    )
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::Vi) => "có",
        (false, Lang::Vi) => "không",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// The CSV of the students who still need `step` (Excel options: BOM, CRLF, formulas guarded).
pub fn export_csv(
    students: &[(&Student, &StudentStatus)],
    coverage: &RosterCoverage,
    lang: Lang,
) -> String {
    export_table(students, coverage, lang, CsvOptions::EXCEL)
}

/// The same table with `options`: [`CsvOptions::PLAIN`] for the .xlsx the file worker writes
/// (text cells, never formulas: nothing to guard). Its columns: [`EXPORT_KINDS`].
pub fn export_table(
    students: &[(&Student, &StudentStatus)],
    coverage: &RosterCoverage,
    lang: Lang,
    options: CsvOptions,
) -> String {
    let age_header = match lang {
        Lang::Vi => format!("Tuổi ngày {}", date(coverage.reference)),
        Lang::En => format!("Age on {}", date(coverage.reference)),
    };
    let turns_header = match lang {
        Lang::Vi => format!("Đủ 14 tuổi trước hạn {}", date(coverage.deadline)),
        Lang::En => format!("Turns 14 by {}", date(coverage.deadline)),
    };
    let header: Vec<String> = vec![
        Text {
            vi: "Dòng",
            en: "Row",
        }
        .get(lang)
        .to_owned(),
        column_name(Column::FullName).get(lang).to_owned(),
        column_name(Column::BirthDate).get(lang).to_owned(),
        column_name(Column::Class).get(lang).to_owned(),
        age_header,
        COHORT_COLUMN.get(lang).to_owned(),
        column_name(Column::HasCard).get(lang).to_owned(),
        column_name(Column::HasLevel2).get(lang).to_owned(),
        column_name(Column::Activated).get(lang).to_owned(),
        turns_header,
    ];
    let rows = students.iter().map(|(student, status)| {
        vec![
            student.row.to_string(),
            student.name.to_string(),
            date(student.birth),
            student.class.clone(),
            status.age.to_string(),
            cohort_short(status.cohort).to_owned(),
            yes_no(student.has_card, lang).to_owned(),
            yes_no(student.has_level2, lang).to_owned(),
            student
                .activated
                .map_or(String::new(), |a| yes_no(a, lang).to_owned()),
            status.turns_14.map_or(String::new(), |t| date(t.on)),
        ]
    });
    write_csv(std::iter::once(header).chain(rows), options)
}

/// How each column of [`export_table`] is written in an .xlsx: the row and the age as numbers;
/// names, classes and dates as text, so a date is never turned into a serial or read as
/// month/day by a spreadsheet set to another locale (docs/rules.md §6.5).
pub const EXPORT_KINDS: [ColumnKind; 10] = {
    use ColumnKind::{Integer, Text};
    [
        Integer, Text, Text, Text, Integer, Text, Text, Text, Text, Text,
    ]
};

/// The template: the column names (the product's own headers, matched exactly in either language)
/// and one example row.
pub fn template_csv() -> String {
    let header: Vec<&str> = Column::ALL
        .iter()
        .map(|&c| column_name(c).get(Lang::Vi))
        .collect();
    let example = vec!["Nguyễn Văn An", "05/03/2015", "5A", "có", "không", ""];
    write_csv([header, example], CsvOptions::EXCEL)
}
pub const TEMPLATE_FILE_NAME: &str = "mau-danh-sach-hoc-sinh.csv";

// --- print ---

/// The line printed under the title: school, commune, dates.
pub fn print_heading(
    school: &str,
    commune: &str,
    reference: NaiveDate,
    deadline: NaiveDate,
    lang: Lang,
) -> String {
    let mut parts: Vec<String> = [school.trim(), commune.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    parts.push(results_dates(reference, deadline, lang));
    parts.join(" · ")
}

/// The roster summary: rows read, counted, not counted.
pub fn roster_summary(rows: usize, counted: usize, bad_rows: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đã đọc {} dòng: {} học sinh được tính, {} dòng có lỗi chưa được tính.",
            count(rows, lang),
            count(counted, lang),
            count(bad_rows, lang)
        ),
        Lang::En => format!(
            "Read {} rows: {} students counted, {} rows with problems not counted.",
            count(rows, lang),
            count(counted, lang),
            count(bad_rows, lang)
        ),
    }
}
texts! { problems_title_texts:
    pub const PROBLEMS_TITLE: Text = Text {
        vi: "Dòng có lỗi, chưa được tính",
        en: "Rows with problems, not counted",
    };
    pub const PROBLEMS_FIX: Text = Text {
        vi: "Sửa các dòng này trong bảng tính rồi dán lại; các dòng khác đã được tính.",
        en: "Fix these rows in the spreadsheet and paste again; the other rows are counted.",
    };
    pub const WARNINGS_TITLE: Text = Text {
        vi: "Cần kiểm tra (vẫn được tính)",
        en: "To check (still counted)",
    };
}
/// "… và 12 dòng khác" after the first problems shown.
pub fn more_rows(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("… và {} lỗi khác", count(n, lang)),
        Lang::En => format!("… and {} more", count(n, lang)),
    }
}
/// "3 ô có/không để trống được tính là “chưa có”".
pub fn blanks_note(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{} ô có/không để trống được tính là “chưa có”.",
            count(n, lang)
        ),
        Lang::En => format!("{} blank yes/no cells were read as “no”.", count(n, lang)),
    }
}
texts! { no_activation_column_texts:
    pub const NO_ACTIVATION_COLUMN: Text = Text {
        vi: "Danh sách không có cột “Đã kích hoạt”, nên chưa đếm được số chưa kích hoạt.",
        en: "The list has no “Activated” column, so accounts not yet activated are not counted.",
    };
}
/// "29/02: 2 học sinh" — the leap-day convention applies to them.
pub fn leap_day_students(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} học sinh sinh ngày 29/02.", count(n, lang)),
        Lang::En => format!("{} students were born on 29 February.", count(n, lang)),
    }
}

/// This module's texts, for [`super::registry`]: fixed words, the words of every value, and the
/// sentences with the Hưng Yên 2026 example's figures (docs/rules.md §4).
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "students";
    for list in [
        lead_texts(),
        counts_legend_texts(),
        add_row_texts(),
        example_button_texts(),
        roster_label_texts(),
        file_not_read_texts(),
        mapping_title_texts(),
        submit_texts(),
        capacity_legend_texts(),
        weekends_label_texts(),
        results_title_texts(),
        key_figures_texts(),
        done_column_texts(),
        cohorts_title_texts(),
        cohort_column_texts(),
        cohort_sources_texts(),
        turning_14_source_texts(),
        grades_title_texts(),
        by_class_title_texts(),
        printed_by_grade_texts(),
        plan_title_texts(),
        how_computed_texts(),
        all_days_definition_texts(),
        downloads_title_texts(),
        problems_title_texts(),
        no_activation_column_texts(),
    ] {
        r.fixed(M, list);
    }
    register_words(r);
    register_sentences(r);
    register_errors(r);
    register_plans(r);
}

/// The Hưng Yên 2026 example's dates (docs/rules.md §4): reference, the communes' deadline, the
/// police's.
fn sample_dates() -> Option<(NaiveDate, NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(2026, 4, 15)?,
        NaiveDate::from_ymd_opt(2026, 5, 15)?,
        NaiveDate::from_ymd_opt(2026, 5, 20)?,
    ))
}

/// The words of every value of the form's enums.
fn register_words(r: &mut Registry) {
    let counts_fields = [
        CountsField::Label,
        CountsField::Enrolled,
        CountsField::WithCard,
        CountsField::WithLevel2,
        CountsField::Activated,
    ];
    let capacity_fields = [
        CapacityField::Teams,
        CapacityField::RecordsPerHour,
        CapacityField::HoursPerSession,
        CapacityField::SessionsPerDay,
    ];
    r.words(
        "students::counts_field_label",
        counts_fields,
        counts_field_label,
    );
    r.words("students::column_name", Column::ALL, column_name);
    for column in Column::ALL {
        r.sentence(format!("students::mapping_label({column:?})"), |lang| {
            mapping_label(column, lang)
        });
    }
    r.words("students::capacity_label", capacity_fields, capacity_label);
    for field in capacity_fields {
        if let Some(hint) = capacity_hint(field) {
            r.text(format!("students::capacity_hint({field:?})"), hint);
        }
    }
    r.words("students::step_needing", Step::ALL, step_needing);
    r.words("students::step_done", Step::ALL, step_done);
    r.words("students::step_name", Step::ALL, step_name);
    r.words("students::cohort_name", Cohort::ALL, cohort_name);
    r.words(
        "students::turns_14_text",
        [
            Turns14Card::NeedsCard,
            Turns14Card::MustRenew,
            Turns14Card::CheckIssueDate,
        ],
        turns_14_text,
    );
    for cohort in Cohort::ALL {
        r.sentence(format!("students::cohort_rules({cohort:?})"), |lang| {
            cohort_rules(cohort, lang)
        });
    }
    for step in Step::ALL {
        r.sentence(format!("students::download_label({step:?})"), |lang| {
            download_label(step, 12, lang)
        });
    }
}

/// The sentences of the form and the results, with sample data.
fn register_sentences(r: &mut Registry) {
    r.sentence("students::counts_row_legend", |lang| {
        counts_row_legend(2, lang)
    });
    r.sentence("students::remove_row", |lang| remove_row(2, lang));
    r.sentence("students::file_opened", |lang| {
        file_opened(
            "lop-6a1.csv",
            super::data_files::encoding_name(crate::rules::delimited::Encoding::Utf8Bom),
            lang,
        )
    });
    r.sentence("students::sheet_opened", |lang| {
        sheet_opened("lop-6a1.xlsx", "Lớp 6A1", lang)
    });
    r.sentence("students::download_xlsx_label", |lang| {
        download_xlsx_label(Step::Card, 12, lang)
    });
    r.sentence("students::file_too_large", |lang| {
        file_too_large(9 * 1024 * 1024, lang)
    });
    r.sentence("students::header_option", |lang| {
        header_option(2, "Ngày sinh", lang)
    });
    r.sentence("students::header_option(empty)", |lang| {
        header_option(2, "", lang)
    });
    let header_name = |_: Column| "Họ tên".to_owned();
    for error in [
        ColumnChoiceError::Missing {
            column: Column::BirthDate,
        },
        ColumnChoiceError::Repeated {
            column: Column::FullName,
            also: Column::Class,
        },
        ColumnChoiceError::OutOfRange {
            column: Column::HasCard,
        },
    ] {
        r.sentence(
            format!("students::column_choice_error({error:?})"),
            |lang| column_choice_error(&error, header_name, lang),
        );
    }
    r.sentence("students::key_figures_caption", |lang| {
        key_figures_caption(37, lang)
    });
    r.sentence("students::roster_summary", |lang| {
        roster_summary(40, 37, 3, lang)
    });
    r.sentence("students::more_rows", |lang| more_rows(12, lang));
    r.sentence("students::blanks_note", |lang| blanks_note(31, lang));
    r.sentence("students::leap_day_students", |lang| {
        leap_day_students(2, lang)
    });
    r.sentence("students::records", |lang| records(436_569, lang));
    r.sentence("students::share", |lang| share(12, 35, lang));
    r.sentence("students::group_label(NoClass)", |lang| {
        group_label(&GroupLabel::NoClass, lang)
    });
    r.sentence("students::group_label(NoGrade)", |lang| {
        group_label(&GroupLabel::NoGrade, lang)
    });
    let (Some((reference, deadline, _)), Some(grade)) = (sample_dates(), Grade::new(6)) else {
        return;
    };
    r.sentence("students::group_label(Grade)", |lang| {
        group_label(&GroupLabel::Grade(grade), lang)
    });
    r.sentence("students::results_dates", |lang| {
        results_dates(reference, deadline, lang)
    });
    r.sentence("students::cohorts_caption", |lang| {
        cohorts_caption(reference, lang)
    });
    r.sentence("students::cohorts_at_deadline", |lang| {
        cohorts_at_deadline(deadline, [1, 18, 12, 6], lang)
    });
    r.sentence("students::turning_14_lines", |lang| {
        let (head, lines) = turning_14_lines(reference, deadline, 1, 1, 1, lang);
        std::iter::once(head)
            .chain(lines)
            .collect::<Vec<_>>()
            .join(" / ")
    });
    r.sentence("students::turning_14_born", |lang| {
        turning_14_born(reference, deadline, &[grade], lang)
    });
    r.sentence("students::plan_dates", |lang| {
        plan_dates(reference, deadline, lang)
    });
    r.sentence("students::print_heading", |lang| {
        print_heading(
            "THCS Nguyễn Du",
            "Phường Ba Đình",
            reference,
            deadline,
            lang,
        )
    });
    if let Some(ages) = GradeAges::on(grade, reference) {
        r.sentence("students::age_range", |lang| age_range(&ages, lang));
        r.sentence("students::grade_cohorts", |lang| grade_cohorts(&ages, lang));
    }
    let first = Slot {
        day: Some(reference),
        day_number: 1,
        session: 1,
    };
    let last = Slot {
        day: Some(deadline),
        day_number: 19,
        session: 2,
    };
    r.sentence("students::slot", |lang| slot(&first, true, lang));
    r.sentence("students::slot_range", |lang| {
        slot_range(&first, &last, false, lang)
    });
}

/// Every error and warning, with sample data.
fn register_errors(r: &mut Registry) {
    const M: &str = "students";
    let Some((reference, deadline, _)) = sample_dates() else {
        return;
    };
    r.samples(
        M,
        [
            RosterError::Empty,
            RosterError::TooLarge {
                bytes: 9 * 1024 * 1024,
                max: 8 * 1024 * 1024,
            },
            RosterError::TooManyRows {
                rows: 20_001,
                max: 20_000,
            },
            RosterError::HeaderOnly,
        ],
    );
    let row = 3;
    r.samples(
        M,
        [
            RowIssue::MissingName,
            RowIssue::Name(crate::rules::name::NameError::Empty),
            RowIssue::MissingBirthDate,
            RowIssue::BirthDate {
                error: crate::rules::date::DateError::WrongFormat,
                cell: "hôm qua".into(),
            },
            RowIssue::BornAfterReference {
                birth: deadline,
                reference,
            },
            RowIssue::ClassTooLong { max: 40 },
            RowIssue::NotYesNo {
                column: Column::Activated,
                cell: "?".into(),
            },
        ]
        .map(|issue| RowProblem { row, issue }),
    );
    r.samples(
        M,
        [
            RowWarningKind::Level2WithoutCard,
            RowWarningKind::ActivatedWithoutLevel2,
            RowWarningKind::UnlikelyAge { age: 30 },
            RowWarningKind::PossibleDuplicate { of_row: 2 },
        ]
        .map(|kind| RowWarning { row, kind }),
    );
    let number_error = crate::rules::number::NumberError::Negative;
    r.samples(
        M,
        [
            CountsError::LabelMissing,
            CountsError::LabelTooLong { max: 60 },
            CountsError::Number {
                field: CountsField::WithCard,
                error: crate::rules::number::NumberError::Empty,
            },
            CountsError::Number {
                field: CountsField::WithCard,
                error: number_error,
            },
            CountsError::AboveMaximum {
                field: CountsField::Enrolled,
                max: 10_000_000,
            },
            CountsError::CardAboveEnrolled {
                with_card: 2,
                enrolled: 1,
            },
            CountsError::Level2AboveCard {
                with_level2: 2,
                with_card: 1,
            },
            CountsError::ActivatedAboveLevel2 {
                activated: 2,
                with_level2: 1,
            },
        ],
    );
    r.sentence("students::counts_error_in_row", |lang| {
        counts_error_in_row(1, "6A1", &CountsError::LabelMissing, lang)
    });
    r.samples(
        M,
        [
            CapacityError::Number {
                field: CapacityField::Teams,
                error: crate::rules::number::NumberError::Empty,
            },
            CapacityError::OutOfRange {
                field: CapacityField::HoursPerSession,
                min: 1,
                max: 12,
            },
        ],
    );
    r.samples(
        M,
        [DeadlineError::BeforeReference {
            deadline: reference,
            reference: deadline,
        }],
    );
}

/// The plan's sentences for the Hưng Yên 2026 example, late, on time and with nothing left.
fn register_plans(r: &mut Registry) {
    let Some((reference, deadline, second)) = sample_dates() else {
        return;
    };
    // The Hưng Yên 2026 example: 436.569 records, default capacity, both deadlines.
    let capacity = crate::rules::students::plan::Capacity::parse(
        crate::rules::students::plan::CapacityInput {
            teams: "1",
            records_per_hour: "10",
            hours_per_session: "4",
            sessions_per_day: "2",
        },
    );
    let calendars = (
        crate::rules::students::plan::Calendar::new(
            reference,
            deadline,
            DayCounting::WorkingDays,
            false,
        ),
        crate::rules::students::plan::Calendar::new(reference, second, DayCounting::AllDays, true),
    );
    if let (Ok(parsed), (Ok(first), Ok(second))) = (capacity, calendars) {
        for (name, records, calendar) in [
            ("late", 436_569, first),
            ("on time", 48, second),
            ("nothing left", 0, first),
        ] {
            let plan = Plan::new(records, parsed.capacity, calendar);
            r.sentence(format!("students::verdict({name})"), |lang| {
                verdict(&plan, lang)
            });
            r.sentence(format!("students::catch_up({name})"), |lang| {
                catch_up(&plan, lang).unwrap_or_else(|| verdict(&plan, lang))
            });
            r.sentence(format!("students::second_deadline_line({name})"), |lang| {
                second_deadline_line(&plan, lang)
            });
            r.sentence(format!("students::plan_arithmetic({name})"), |lang| {
                plan_arithmetic(&plan, lang).join(" / ")
            });
        }
    }
}
