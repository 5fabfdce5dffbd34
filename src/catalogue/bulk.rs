//! Texts of the bulk check of organization lists (`#/danh-sach`): steps, column names, the
//! summary, per-commune counts, problems and exports.

use super::old_address::{self as old, how_label, new_place, old_place, outcome_sentence};
use super::{Lang, Localized, Registry, Text, count, percent, texts};
use crate::rules::bulk::export::{CLEANED_COLUMNS, COMMUNE_COLUMNS, CleanedLabels, RowWords};
use crate::rules::bulk::{
    AddressReading, Column, InactiveReason, ProblemCategory, ProblemKind, Summary,
};
use crate::rules::old_address::{OldUnits, Outcome};
use crate::rules::units;

// ---------------------------------------------------------------- page and steps

texts! { page_texts:
    pub const LEAD: Text = Text {
        vi: "Mở tệp danh sách (Excel, OpenDocument, CSV hay “Unicode Text”) hoặc dán bảng từ bảng \
             tính. Sẵn Sàng kiểm tra mã số thuế, mã trùng, xã/phường theo danh sách từ 01/07/2025, số \
             điện thoại, email, trạng thái hoạt động, rồi đếm số tổ chức theo từng xã.",
        en: "Open a list file (Excel, OpenDocument, CSV or “Unicode Text”) or paste a table from a \
             spreadsheet. Sẵn Sàng checks tax codes, repeated codes, communes against the list since \
             01/07/2025, phone numbers, emails and operating status, then counts organizations per commune.",
    };

    pub const PRIVACY: Text = Text {
        vi: "Danh sách chỉ được đọc trên máy này: không gửi đi đâu, không lưu lại trong trình duyệt. \
             Tải lại trang là danh sách mất khỏi bộ nhớ; chỉ cách ghép cột được ghi nhớ.",
        en: "The list is read on this device only: it is not sent anywhere and not kept in the \
             browser. Reloading the page removes it from memory; only the column mapping is remembered.",
    };

    pub const STEP_SOURCE: Text = Text {
        vi: "1. Chọn danh sách",
        en: "1. Choose the list",
    };
    pub const FILE_LABEL: Text = Text {
        vi: "Chọn tệp danh sách",
        en: "Choose a list file",
    };
    pub const FILE_HINT: Text = Text {
        vi: "Tệp Excel (.xlsx, .xls, .xlsb), OpenDocument (.ods), CSV hoặc “Unicode Text” (.txt). Tên \
             cột có thể nằm dưới vài dòng tên bảng. Có thể kéo thả tệp vào khung này.",
        en: "An Excel (.xlsx, .xls, .xlsb), OpenDocument (.ods), CSV or “Unicode Text” (.txt) file. The \
             column names may sit below a few title rows. You can also drop the file onto this box.",
    };
    pub const DROP_HERE: Text = Text {
        vi: "Thả tệp vào đây",
        en: "Drop the file here",
    };
    pub const PASTE_LABEL: Text = Text {
        vi: "Hoặc dán bảng từ bảng tính",
        en: "Or paste a table from a spreadsheet",
    };
    pub const PASTE_HINT: Text = Text {
        vi: "Chọn cả dòng tiêu đề khi sao chép.",
        en: "Include the header row when you copy.",
    };
    pub const CHECK_PASTED: Text = Text {
        vi: "Kiểm tra bảng đã dán",
        en: "Check the pasted table",
    };
    pub const ERROR_EMPTY_PASTE: Text = Text {
        vi: "Dán danh sách vào ô, kể cả dòng tiêu đề",
        en: "Paste the list into the box, with its header row",
    };
    pub const ERROR_NO_ROWS: Text = Text {
        vi: "Danh sách chỉ có dòng tiêu đề: thêm các dòng tổ chức bên dưới",
        en: "The list has only a header row: add the organizations' rows below it",
    };
    pub const ERROR_EMPTY_FILE: Text = Text {
        vi: "Tệp trống: chọn tệp có dòng tiêu đề và các dòng tổ chức",
        en: "The file is empty: choose a file with a header row and the organizations' rows",
    };
    pub const ERROR_READ_FAILED: Text = Text {
        vi: "Không đọc được tệp này trên máy: chọn lại tệp, hoặc mở tệp và dán bảng vào ô bên dưới",
        en: "This file could not be read on this device: choose it again, or open it and paste the \
             table into the box below",
    };
    pub const ERROR_NO_TAX_CODE_COLUMN: Text = Text {
        vi: "Chọn cột chứa mã số thuế",
        en: "Choose the column that holds the tax code",
    };
    pub const ERROR_COLUMN_TWICE: Text = Text {
        vi: "Mỗi cột của tệp chỉ ghép với một loại thông tin: đổi một trong các lựa chọn trùng nhau",
        en: "Each file column can hold only one kind of information: change one of the repeated choices",
    };
}

// ---------------------------------------------------------------- mapping step

texts! { mapping_texts:
    pub const STEP_COLUMNS: Text = Text {
        vi: "2. Kiểm tra cách ghép cột",
        en: "2. Check the column mapping",
    };
    pub const PREVIEW_CAPTION: Text = Text {
        vi: "Các dòng đầu của danh sách",
        en: "First rows of the list",
    };
    pub const MAPPING_LEGEND: Text = Text {
        vi: "Cột nào của tệp chứa thông tin nào?",
        en: "Which file column holds what?",
    };
    pub const MAPPING_HINT: Text = Text {
        vi: "Đã ghép sẵn theo tên cột. Những ô có cảnh báo cần bạn xem lại. Cách ghép được ghi nhớ trên \
             máy này cho các tệp có cùng dòng tiêu đề.",
        en: "Columns were matched by their names. Look again at the ones with a warning. The mapping \
             is remembered on this device for files with the same header row.",
    };
    pub const MAPPING_REMEMBERED: Text = Text {
        vi: "Đã dùng cách ghép cột bạn chọn lần trước cho tệp có cùng dòng tiêu đề.",
        en: "Using the mapping you chose last time for a file with the same header row.",
    };
    pub const NO_COLUMN: Text = Text {
        vi: "— Tệp không có cột này —",
        en: "— The file has no such column —",
    };
    pub const PROVINCE_LABEL: Text = Text {
        vi: "Tỉnh, thành phố của danh sách",
        en: "Province or city of the list",
    };
    pub const PROVINCE_HINT: Text = Text {
        vi: "Chọn để tìm xã, phường chính xác hơn (nhiều xã ở các tỉnh khác nhau trùng tên). Để trống \
             nếu danh sách gồm nhiều tỉnh: khi đó tỉnh được đọc từ cuối địa chỉ.",
        en: "Choose it to find communes more precisely (communes in different provinces share names). \
             Leave it empty for a list from several provinces: the province is then read from the end \
             of each address.",
    };
    pub const ALL_PROVINCES: Text = Text {
        vi: "Nhiều tỉnh, thành phố",
        en: "Several provinces",
    };
    pub const START_CHECK: Text = Text {
        vi: "Kiểm tra danh sách",
        en: "Check the list",
    };
    pub const CHECK_AGAIN: Text = Text {
        vi: "Kiểm tra lại với cách ghép này",
        en: "Check again with this mapping",
    };
    pub const CHANGE_MAPPING: Text = Text {
        vi: "Xem hoặc đổi cách ghép cột",
        en: "See or change the column mapping",
    };
    pub const START_OVER: Text = Text {
        vi: "Chọn danh sách khác",
        en: "Choose another list",
    };
}

/// Label of a column in the mapping step and tables.
pub const fn column_label(column: Column) -> Text {
    match column {
        Column::TaxCode => Text {
            vi: "Mã số thuế (bắt buộc)",
            en: "Tax code (required)",
        },
        Column::Name => Text {
            vi: "Tên tổ chức",
            en: "Organization name",
        },
        Column::Commune => Text {
            vi: "Xã, phường, đặc khu (mới hoặc cũ)",
            en: "Commune or ward (new or old)",
        },
        Column::District => Text {
            vi: "Quận, huyện (cũ)",
            en: "District (old)",
        },
        Column::Province => Text {
            vi: "Tỉnh, thành phố",
            en: "Province or city",
        },
        Column::Address => Text {
            vi: "Địa chỉ trụ sở",
            en: "Head-office address",
        },
        Column::OldAddress => Text {
            vi: "Địa chỉ cũ (trước 01/07/2025)",
            en: "Old address (before 01/07/2025)",
        },
        Column::Representative => Text {
            vi: "Người đại diện",
            en: "Representative",
        },
        Column::Phone => Text {
            vi: "Điện thoại",
            en: "Phone",
        },
        Column::Email => Text {
            vi: "Email",
            en: "Email",
        },
        Column::Status => Text {
            vi: "Trạng thái hoạt động",
            en: "Operating status",
        },
    }
}

/// "Cột 3: Mã số thuế" — one file column in a select.
pub fn file_column(index: usize, header: &str, lang: Lang) -> String {
    let number = index.saturating_add(1);
    let header = header.trim();
    match lang {
        Lang::Vi if header.is_empty() => format!("Cột {number} (không có tiêu đề)"),
        Lang::Vi => format!("Cột {number}: {header}"),
        Lang::En if header.is_empty() => format!("Column {number} (no header)"),
        Lang::En => format!("Column {number}: {header}"),
    }
}

/// "Tệp: danh-sach.csv (1.234 KB)" — what was read.
pub fn source_summary(name: &str, bytes: usize, lang: Lang) -> String {
    let kib = bytes.div_ceil(1024);
    match lang {
        Lang::Vi => format!("Tệp: {name} ({} KB)", count(kib, lang)),
        Lang::En => format!("File: {name} ({} KB)", count(kib, lang)),
    }
}

/// "Tệp: ds.xlsx, trang tính “DN 2026” (1.234 KB)" — a sheet of a workbook.
pub fn sheet_summary(name: &str, sheet: &str, bytes: usize, lang: Lang) -> String {
    let kib = bytes.div_ceil(1024);
    match lang {
        Lang::Vi => format!(
            "Tệp: {name}, trang tính “{sheet}” ({} KB)",
            count(kib, lang)
        ),
        Lang::En => format!("File: {name}, sheet “{sheet}” ({} KB)", count(kib, lang)),
    }
}

texts! { source_texts:
    pub const PASTED_SOURCE: Text = Text {
        vi: "Bảng đã dán",
        en: "Pasted table",
    };
    pub const ENCODING_LABEL: Text = Text {
        vi: "Bảng mã",
        en: "Encoding",
    };
}

// ---------------------------------------------------------------- progress

texts! { progress_texts:
    pub const PROGRESS_LABEL: Text = Text {
        vi: "Đang kiểm tra danh sách",
        en: "Checking the list",
    };
}

/// "Đã kiểm tra 45.000 dòng (45 %)".
pub fn progress(rows: u32, percent_done: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đã kiểm tra {} dòng ({percent_done}\u{a0}%)",
            count(rows, lang)
        ),
        Lang::En => format!("{} rows checked ({percent_done}%)", count(rows, lang)),
    }
}
texts! { run_texts:
    pub const CANCEL: Text = Text {
        vi: "Dừng kiểm tra",
        en: "Stop checking",
    };
    pub const CANCELLED: Text = Text {
        vi: "Đã dừng kiểm tra. Bấm “Kiểm tra danh sách” để bắt đầu lại.",
        en: "Checking stopped. Press “Check the list” to start again.",
    };
    pub const READING: Text = Text {
        vi: "Đang đọc tệp…",
        en: "Reading the file…",
    };
    pub const EXPORTING: Text = Text {
        vi: "Đang tạo tệp…",
        en: "Making the file…",
    };
}

// ---------------------------------------------------------------- results

texts! { results_texts:
    pub const RESULTS_TITLE: Text = Text {
        vi: "Kết quả kiểm tra",
        en: "Check results",
    };
}

/// The verdict sentence above the figures.
pub fn verdict(rows: u32, to_fix: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi if to_fix == 0 => format!(
            "Đã kiểm tra {} dòng: mã số thuế đều đúng và không trùng.",
            count(rows, lang)
        ),
        Lang::En if to_fix == 0 => format!(
            "{} rows checked: every tax code is right and none repeats.",
            count(rows, lang)
        ),
        Lang::Vi => format!(
            "Đã kiểm tra {} dòng: {} dòng có mã số thuế cần sửa (sai, thiếu hoặc trùng).",
            count(rows, lang),
            count(to_fix, lang)
        ),
        Lang::En => format!(
            "{} rows checked: {} rows have a tax code to fix (wrong, missing or repeated).",
            count(rows, lang),
            count(to_fix, lang)
        ),
    }
}

/// "63,1 % (12.420 / 19.671)": a share with its base.
pub fn share(part: u32, base: u32, lang: Lang) -> String {
    format!(
        "{} ({} / {})",
        percent(u64::from(part), u64::from(base), 1, lang),
        count(part, lang),
        count(base, lang)
    )
}

texts! { summary_texts:
    pub const SUMMARY_TAX_VALID: Text = Text {
        vi: "Mã số thuế đúng",
        en: "Tax codes right",
    };
    pub const SUMMARY_TAX_INVALID: Text = Text {
        vi: "Mã số thuế sai",
        en: "Tax codes wrong",
    };
    pub const SUMMARY_TAX_CANNOT_VERIFY: Text = Text {
        vi: "Mã 12 chữ số: không kiểm tra được trên máy",
        en: "12-digit codes: cannot verify offline",
    };
    pub const SUMMARY_TAX_MISSING: Text = Text {
        vi: "Thiếu mã số thuế",
        en: "Tax code missing",
    };
    pub const SUMMARY_DUPLICATES: Text = Text {
        vi: "Trùng mã số thuế (dòng lặp lại)",
        en: "Repeated tax codes (repeat rows)",
    };
    pub const SUMMARY_COMMUNE_CURRENT: Text = Text {
        vi: "Địa chỉ mới: xã, phường tìm thấy",
        en: "New addresses: commune found",
    };
    pub const SUMMARY_COMMUNE_CONVERTED: Text = Text {
        vi: "Địa chỉ cũ: đã đổi sang xã, phường mới",
        en: "Old addresses: converted to today's commune",
    };
    pub const SUMMARY_COMMUNE_SPLIT: Text = Text {
        vi: "Địa chỉ cũ ở xã đã chia: cần chọn xã mới",
        en: "Old addresses in a split commune: choose the new one",
    };
    pub const SUMMARY_COMMUNE_NOT_FOUND: Text = Text {
        vi: "Xã, phường chưa xác định",
        en: "Commune not found",
    };
    pub const SUMMARY_PHONE: Text = Text {
        vi: "Điện thoại cần xem lại",
        en: "Phones to look at",
    };
    pub const SUMMARY_EMAIL: Text = Text {
        vi: "Email cần xem lại",
        en: "Emails to look at",
    };
    pub const SUMMARY_INACTIVE: Text = Text {
        vi: "Ngừng, tạm ngừng hoạt động",
        en: "Not operating",
    };
    /// Not "organizations": a 10-digit code may be an individual's (foreigners, Vietnamese abroad
    /// without a personal ID; TT 90/2026/TT-BTC), and the list does not say which.
    pub const SUMMARY_DISTINCT: Text = Text {
        vi: "Mã 10, 13 chữ số khác nhau",
        en: "Distinct 10- and 13-digit codes",
    };
    pub const SUMMARY_HOUSEHOLDS: Text = Text {
        vi: "Hộ kinh doanh, cá nhân (mã 12 chữ số): dùng tài khoản cá nhân, không tính là tổ chức",
        en: "Household businesses, individuals (12-digit codes): personal accounts, not counted as organizations",
    };
    pub const SUMMARY_TARGETS: Text = Text {
        vi: "Tính vào chỉ tiêu (đang hoạt động)",
        en: "Count toward targets (operating)",
    };
    pub const SUMMARY_CAPTION: Text = Text {
        vi: "Tóm tắt",
        en: "Summary",
    };
    pub const FIGURE: Text = Text {
        vi: "Số dòng",
        en: "Rows",
    };
    pub const SHARE: Text = Text {
        vi: "Tỉ lệ (trên số dòng)",
        en: "Share (of rows)",
    };
}

/// Why a row's commune was not found, as the summary counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotFoundReason {
    DistrictOnly,
    KindDiffers,
    Ambiguous,
    Contradiction,
    Unmatched,
    NeedsOldData,
    Missing,
}

impl NotFoundReason {
    /// Every reason, in the order the summary lists them.
    pub const ALL: [NotFoundReason; 7] = [
        NotFoundReason::DistrictOnly,
        NotFoundReason::KindDiffers,
        NotFoundReason::Ambiguous,
        NotFoundReason::Contradiction,
        NotFoundReason::Unmatched,
        NotFoundReason::NeedsOldData,
        NotFoundReason::Missing,
    ];

    /// How many rows of a summary have this reason.
    pub const fn count_in(self, s: &Summary) -> u32 {
        match self {
            NotFoundReason::DistrictOnly => s.commune_old_district,
            NotFoundReason::KindDiffers => s.commune_kind_differs,
            NotFoundReason::Ambiguous => s.commune_ambiguous,
            NotFoundReason::Contradiction => s.commune_contradiction,
            NotFoundReason::Unmatched => s.commune_unmatched,
            NotFoundReason::NeedsOldData => s.commune_needs_data,
            NotFoundReason::Missing => s.commune_missing,
        }
    }
}

/// A reason in a few words, for the summary's breakdown.
pub const fn not_found_reason(reason: NotFoundReason) -> Text {
    match reason {
        NotFoundReason::DistrictOnly => Text {
            vi: "chỉ ghi quận, huyện",
            en: "district only",
        },
        NotFoundReason::KindDiffers => Text {
            vi: "sai loại xã, phường",
            en: "wrong kind of unit",
        },
        NotFoundReason::Ambiguous => Text {
            vi: "nhiều nơi cùng tên",
            en: "several places of that name",
        },
        NotFoundReason::Contradiction => Text {
            vi: "các phần địa chỉ không khớp",
            en: "parts of the address disagree",
        },
        NotFoundReason::Unmatched => Text {
            vi: "không tìm thấy tên",
            en: "name not found",
        },
        NotFoundReason::NeedsOldData => Text {
            vi: "địa chỉ cũ chờ bảng chuyển đổi",
            en: "old address waiting for the conversion table",
        },
        NotFoundReason::Missing => Text {
            vi: "để trống",
            en: "blank",
        },
    }
}

/// Why communes were not found, with the count of each reason (reasons with none left out):
/// "chỉ ghi quận, huyện 3, không tìm thấy tên 5".
pub fn commune_breakdown(s: &Summary, lang: Lang) -> String {
    let parts: Vec<String> = NotFoundReason::ALL
        .iter()
        .filter(|r| r.count_in(s) > 0)
        .map(|&r| {
            format!(
                "{} {}",
                not_found_reason(r).get(lang),
                count(r.count_in(s), lang)
            )
        })
        .collect();
    parts.join(", ")
}

/// "Đổi theo …" under the figure of converted rows: the data's source and date.
pub fn converted_detail(lang: Lang) -> String {
    old::source_note(lang)
}

/// Breakdown of phone or email problems.
pub fn contact_breakdown(wrong: u32, warnings: u32, missing: u32, lang: Lang) -> String {
    let c = |n: u32| count(n, lang);
    match lang {
        Lang::Vi => format!(
            "sai {}, nghi nhầm {}, để trống {}",
            c(wrong),
            c(warnings),
            c(missing)
        ),
        Lang::En => format!(
            "wrong {}, probably mistyped {}, blank {}",
            c(wrong),
            c(warnings),
            c(missing)
        ),
    }
}

texts! { how_texts:
    pub const HOW_TITLE: Text = Text {
        vi: "Cách tính",
        en: "How this was worked out",
    };
    pub const HOW_ITEMS: [Text; 6] = [
        Text {
            vi: "Mã số thuế: 10 chữ số, hoặc 13 chữ số cho đơn vị trực thuộc; chữ số thứ 10 là chữ số \
                 kiểm tra (Thông tư 105/2020/TT-BTC, Điều 5). Mã 12 chữ số là số định danh cá nhân dùng \
                 làm mã số thuế từ 01/07/2025 (cá nhân, hộ kinh doanh): không có chữ số kiểm tra nên \
                 không kiểm tra được trên máy. Mã 10 chữ số thường là của doanh nghiệp, hợp tác xã, tổ \
                 chức, nhưng cũng có cá nhân chưa có số định danh (người nước ngoài, người Việt Nam ở \
                 nước ngoài) có mã 10 chữ số (Thông tư 90/2026/TT-BTC): danh sách không cho biết nên \
                 công cụ gọi là mã số thuế 10 chữ số.",
            en: "Tax code: 10 digits, or 13 for a dependent unit; the 10th digit is a check digit \
                 (Circular 105/2020/TT-BTC, Art. 5). A 12-digit code is a personal ID number used as \
                 tax code since 01/07/2025 (individuals, household businesses): it has no check digit, \
                 so it cannot be verified offline. A 10-digit code is usually an enterprise's, a \
                 cooperative's or an organization's, but some individuals without a personal ID \
                 number (foreigners, Vietnamese abroad) have one too (Circular 90/2026/TT-BTC): the \
                 list does not say which, so the tool calls it a 10-digit tax code.",
        },
        Text {
            vi: "Trùng: cùng một mã số thuế ở nhiều dòng; dòng đầu tiên được tính, các dòng sau là \
                 trùng. Mã 10 chữ số và mã 13 chữ số của chi nhánh là hai mã khác nhau.",
            en: "Repeated: the same tax code in several rows; the first row counts, later rows are \
                 repeats. A 10-digit code and its branch's 13-digit code are different codes.",
        },
        Text {
            vi: "Xã, phường: so với danh sách đơn vị hành chính từ 01/07/2025 (Nghị quyết \
                 202/2025/QH15), đọc từ các cột xã, huyện, tỉnh và địa chỉ. Địa chỉ cũ (có quận, \
                 huyện, hoặc tỉnh trước sáp nhập) được đổi sang xã mới theo “Bảng chuyển đổi ĐVHC \
                 mới – cũ” của Cục Thống kê (23/10/2025), không bao giờ đoán theo tên trùng ở nơi \
                 khác. Xã cũ được chia cho nhiều xã mới thì tính “có thể” ở từng xã, cho đến khi \
                 bạn chọn.",
            en: "Commune: compared with the administrative units since 01/07/2025 (Resolution \
                 202/2025/QH15), read from the commune, district, province and address columns. \
                 Old addresses (with a district, or a province from before the merger) are \
                 converted with the statistics office's table “Bảng chuyển đổi ĐVHC mới – cũ” \
                 (23/10/2025), never guessed from a same name elsewhere. An old commune split \
                 between several new ones counts as “possibly” in each until you choose.",
        },
        Text {
            vi: "Điện thoại và email: để nhận kết quả đăng ký tài khoản định danh điện tử của tổ chức \
                 (Nghị định 69/2024/NĐ-CP); số di động 10 chữ số theo quy hoạch từ 15/9/2018.",
            en: "Phone and email: they receive the result of the organization's e-ID registration \
                 (Decree 69/2024/NĐ-CP); mobile numbers have 10 digits since 15/9/2018.",
        },
        Text {
            vi: "Chỉ tiêu: số tổ chức (mỗi mã tính một lần) trừ các tổ chức ngừng, tạm ngừng hoạt \
                 động, giải thể, phá sản: doanh nghiệp đã đăng ký nhưng không hoạt động được loại khỏi \
                 chỉ tiêu theo kế hoạch của các tỉnh.",
            en: "Targets: organizations (each code once) minus those not operating, suspended, \
                 dissolved or bankrupt: registered enterprises that do not operate are excluded from \
                 targets by the provinces' plans.",
        },
        Text {
            vi: "Tỉ lệ tính trên tổng số dòng đã kiểm tra (không kể dòng trống).",
            en: "Shares are of all rows checked (blank rows not counted).",
        },
    ];
}

// ---------------------------------------------------------------- per commune

texts! { commune_texts:
    pub const COMMUNES_TITLE: Text = Text {
        vi: "Số tổ chức theo xã, phường",
        en: "Organizations per commune",
    };
    pub const COMMUNES_CAPTION: Text = Text {
        vi: "Bảng tổ chức, ngừng hoạt động và chỉ tiêu theo từng xã",
        en: "Table of organizations, not operating and targets per commune",
    };
    pub const COMMUNES_HINT: Text = Text {
        vi: "Mỗi mã số thuế tính một lần. Chỉ tiêu = tổ chức − ngừng hoạt động. Cột “Có thể” \
             đếm riêng các tổ chức ở xã cũ đã chia chưa chọn xã mới: không cộng vào tổ chức, chỉ \
             tiêu.",
        en: "Each tax code counted once. Targets = organizations − not operating. The “Possibly” \
             column counts apart the organizations of split old communes not yet settled: they \
             are not in organizations or targets.",
    };
    pub const SORT_LABEL: Text = Text {
        vi: "Sắp xếp",
        en: "Sort",
    };
    pub const SORT_BY_COUNT: Text = Text {
        vi: "Nhiều tổ chức trước",
        en: "Most organizations first",
    };
    pub const SORT_BY_CODE: Text = Text {
        vi: "Theo mã xã",
        en: "By commune code",
    };
    /// Headers of the per-commune table and CSV: code, commune, province, organizations, of
    /// which from old addresses, inactive, targets, possibly (split old communes).
    pub const COMMUNE_HEADERS: [Text; COMMUNE_COLUMNS] = [
        Text {
            vi: "Mã xã",
            en: "Code",
        },
        Text {
            vi: "Xã, phường, đặc khu",
            en: "Commune",
        },
        Text {
            vi: "Tỉnh, thành phố",
            en: "Province",
        },
        Text {
            vi: "Tổ chức",
            en: "Organizations",
        },
        Text {
            vi: "Trong đó từ địa chỉ cũ",
            en: "Of which from old addresses",
        },
        Text {
            vi: "Ngừng hoạt động",
            en: "Not operating",
        },
        Text {
            vi: "Chỉ tiêu",
            en: "Targets",
        },
        Text {
            vi: "Có thể (xã cũ đã chia)",
            en: "Possibly (split old communes)",
        },
    ];
    /// The row of organizations in split old communes not settled.
    pub const SPLIT_ROW: Text = Text {
        vi: "Ở xã cũ đã chia, chưa chọn xã mới",
        en: "In split old communes, not settled",
    };
    pub const UNASSIGNED: Text = Text {
        vi: "Chưa xác định được xã",
        en: "Commune not found",
    };
    pub const NO_COMMUNES: Text = Text {
        vi: "Chưa xác định được xã, phường nào: kiểm tra cột xã/phường hoặc địa chỉ, và tỉnh của danh sách.",
        en: "No commune could be found: check the commune or address column, and the list's province.",
    };
    pub const SHOW_ALL_COMMUNES: Text = Text {
        vi: "Xem tất cả các xã",
        en: "Show every commune",
    };
    pub const SEND_TO_TRACKER: Text = Text {
        vi: "Tạo chiến dịch mới từ số liệu này",
        en: "Start a new campaign from these counts",
    };
    pub const SEND_TO_TRACKER_HINT: Text = Text {
        vi: "Chỉ gửi số lượng theo xã sang công cụ Theo dõi chiến dịch, không gửi tên hay mã số thuế.",
        en: "Only the counts per commune go to the campaign tracker, no names or tax codes.",
    };
    pub const DOWNLOAD_COMMUNES: Text = Text {
        vi: "Tải số liệu theo xã (CSV)",
        en: "Download the counts per commune (CSV)",
    };
    pub const DOWNLOAD_COMMUNES_XLSX: Text = Text {
        vi: "Tải số liệu theo xã (Excel)",
        en: "Download the counts per commune (Excel)",
    };
}

// ---------------------------------------------------------------- old addresses

texts! { old_data_texts:
    /// The list has old addresses and the conversion table is on its way.
    pub const DATA_LOADING: Text = Text {
        vi: "Danh sách có địa chỉ cũ (trước 01/07/2025). Đang tải bảng chuyển đổi (khoảng 75 KB, \
             chỉ lần đầu) để đổi sang xã mới; danh sách được kiểm tra lại ngay khi tải xong.",
        en: "The list has old addresses (from before 01/07/2025). Loading the conversion table \
             (about 75 KB, first time only) to find their new communes; the list is checked \
             again as soon as it arrives.",
    };
    /// The table could not be fetched (offline at first use, or the host unreachable).
    pub const DATA_OFFLINE: Text = Text {
        vi: "Chưa tải được bảng chuyển đổi vì máy đang không có mạng, nên các dòng có địa chỉ cũ \
             chưa được đổi sang xã mới (tính là “địa chỉ cũ chờ bảng chuyển đổi”). Mọi phần khác \
             đã được kiểm tra. Kết nối mạng rồi bấm “Thử lại”.",
        en: "The conversion table could not be loaded: this device is offline. Rows with old \
             addresses are not converted yet (counted as “old address waiting for the \
             conversion table”); everything else is checked. Connect, then press “Try again”.",
    };
    /// The table arrived damaged or in another version.
    pub const DATA_DAMAGED: Text = Text {
        vi: "Bảng chuyển đổi tải về bị hỏng hoặc không đúng phiên bản, nên các dòng có địa chỉ cũ \
             chưa được đổi sang xã mới. Mọi phần khác đã được kiểm tra. Bấm “Thử lại”; nếu vẫn \
             vậy, tải lại trang.",
        en: "The conversion table arrived damaged or in another version, so rows with old \
             addresses are not converted yet; everything else is checked. Press “Try again”; if \
             it happens again, reload the page.",
    };
    pub const SPLITS_TITLE: Text = Text {
        vi: "Xã cũ đã chia: chọn xã mới",
        en: "Split old communes: choose the new one",
    };
    pub const SPLITS_HINT: Text = Text {
        vi: "Các xã cũ này được chia cho nhiều xã mới, và bảng chuyển đổi không cho biết mỗi địa \
             chỉ thuộc phần nào. Nếu bạn biết, chọn xã mới cho cả danh sách: lựa chọn được nhớ \
             trên máy này, áp dụng cho mọi dòng của xã cũ đó và ghi vào bản chuẩn hoá. Chưa chọn \
             thì các tổ chức được tính ở cột “Có thể” của từng xã.",
        en: "These old communes were split between several new ones, and the conversion table \
             does not say which part an address is in. If you know, choose the new commune for \
             the whole list: the choice is remembered on this device, applies to every row of \
             that old commune and goes into the cleaned list. Until you choose, its \
             organizations count in the “Possibly” column of each commune.",
    };
    pub const SPLIT_NOT_CHOSEN: Text = Text {
        vi: "Chưa chọn (tính “có thể” ở từng xã)",
        en: "Not chosen (counted “possibly” in each)",
    };
    pub const SPLIT_EXAMPLES_LABEL: Text = Text {
        vi: "Ví dụ trong danh sách",
        en: "Examples from the list",
    };
}

/// The label of a split old commune's choice: "Xã, phường mới cho Xã A, Huyện B, Tỉnh C (6 dòng)".
pub fn split_choice_label(old_place: &str, rows: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Xã, phường mới cho {old_place} ({} dòng)",
            count(rows, lang)
        ),
        Lang::En => format!("New commune for {old_place} ({} rows)", count(rows, lang)),
    }
}

/// One example row of a split old commune: "Dòng 12: Ấp 3 — Công ty X".
pub fn split_example(row: u32, street: Option<&str>, name: Option<&str>, lang: Lang) -> String {
    let what: Vec<&str> = [street, name].into_iter().flatten().collect();
    let row = count(row, lang);
    let what = what.join(" — ");
    match lang {
        Lang::Vi => format!("Dòng {row}: {what}"),
        Lang::En => format!("Row {row}: {what}"),
    }
}

// ---------------------------------------------------------------- problems

texts! { problem_texts:
    pub const PROBLEMS_TITLE: Text = Text {
        vi: "Các dòng cần xem lại",
        en: "Rows to look at",
    };
    pub const NO_PROBLEMS: Text = Text {
        vi: "Không có dòng nào cần xem lại.",
        en: "No row needs a second look.",
    };
    pub const FILTER_LABEL: Text = Text {
        vi: "Hiện",
        en: "Show",
    };
    pub const FILTER_ALL: Text = Text {
        vi: "Tất cả",
        en: "All",
    };
    /// Headers of the problems table and CSV: row, kind, what to do, tax code, name.
    pub const PROBLEM_HEADERS: [Text; 5] = [
        Text {
            vi: "Dòng",
            en: "Row",
        },
        Text {
            vi: "Loại",
            en: "Kind",
        },
        Text {
            vi: "Cần làm",
            en: "What to do",
        },
        Text {
            vi: "Mã số thuế (như trong tệp)",
            en: "Tax code (as in the file)",
        },
        Text {
            vi: "Tên tổ chức",
            en: "Organization name",
        },
    ];
    pub const PAGES_LABEL: Text = Text {
        vi: "Các trang",
        en: "Pages",
    };
}

/// "Trang 2 / 40 · dòng vấn đề 51–100 / 1.996".
pub fn page_position(
    page: usize,
    pages: usize,
    first: usize,
    last: usize,
    total: u32,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Trang {} / {} · mục {}–{} / {}",
            count(page, lang),
            count(pages, lang),
            count(first, lang),
            count(last, lang),
            count(total, lang)
        ),
        Lang::En => format!(
            "Page {} of {} · items {}–{} of {}",
            count(page, lang),
            count(pages, lang),
            count(first, lang),
            count(last, lang),
            count(total, lang)
        ),
    }
}

/// "Chỉ giữ 2.000.000 vấn đề đầu; 123 vấn đề sau chỉ được đếm".
pub fn problems_omitted(omitted: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Danh sách quá nhiều vấn đề: {} vấn đề cuối chỉ được đếm, không liệt kê",
            count(omitted, lang)
        ),
        Lang::En => format!(
            "Too many problems to list: the last {} are counted, not listed",
            count(omitted, lang)
        ),
    }
}

/// Filter label of a problem category.
pub const fn category_label(category: ProblemCategory) -> Text {
    match category {
        ProblemCategory::TaxCode => Text {
            vi: "Mã số thuế sai hoặc thiếu",
            en: "Tax code wrong or missing",
        },
        ProblemCategory::CannotVerify => Text {
            vi: "Mã 12 chữ số",
            en: "12-digit codes",
        },
        ProblemCategory::Duplicate => Text {
            vi: "Trùng mã số thuế",
            en: "Repeated tax code",
        },
        ProblemCategory::Commune => Text {
            vi: "Xã, phường",
            en: "Commune",
        },
        ProblemCategory::OldAddress => Text {
            vi: "Địa chỉ cũ đã đổi",
            en: "Old addresses converted",
        },
        ProblemCategory::Phone => Text {
            vi: "Điện thoại",
            en: "Phone",
        },
        ProblemCategory::Email => Text {
            vi: "Email",
            en: "Email",
        },
        ProblemCategory::Inactive => Text {
            vi: "Ngừng hoạt động",
            en: "Not operating",
        },
        ProblemCategory::Other => Text {
            vi: "Khác",
            en: "Other",
        },
    }
}

/// An inactive reason as a short phrase.
pub const fn inactive_reason(reason: InactiveReason) -> Text {
    match reason {
        InactiveReason::Ceased => Text {
            vi: "ngừng hoạt động",
            en: "stopped operating",
        },
        InactiveReason::Suspended => Text {
            vi: "tạm ngừng kinh doanh",
            en: "temporarily suspended",
        },
        InactiveReason::Dissolved => Text {
            vi: "giải thể",
            en: "dissolved",
        },
        InactiveReason::Bankrupt => Text {
            vi: "phá sản",
            en: "bankrupt",
        },
        InactiveReason::NotAtAddress => Text {
            vi: "không hoạt động tại địa chỉ đã đăng ký",
            en: "not operating at its registered address",
        },
        InactiveReason::Revoked => Text {
            vi: "bị thu hồi giấy chứng nhận",
            en: "registration revoked",
        },
        InactiveReason::NotOperating => Text {
            vi: "không hoạt động",
            en: "not operating",
        },
    }
}

/// A row's address outcome as a sentence: the converter's words, and the bulk check's own for a
/// row without any address.
fn address_sentence(outcome: &Outcome, data: Option<&OldUnits>, lang: Lang) -> String {
    match (outcome, lang) {
        (Outcome::Missing, Lang::Vi) => {
            "Ghi xã, phường, đặc khu hoặc địa chỉ trụ sở của tổ chức".to_owned()
        }
        (Outcome::Missing, Lang::En) => {
            "Add the organization's commune, or its head-office address".to_owned()
        }
        (Outcome::NeedsOldData, Lang::Vi) => "Địa chỉ cũ: cần bảng chuyển đổi để biết xã mới; \
             bảng chưa tải được nên dòng này chưa được tính vào xã nào"
            .to_owned(),
        (Outcome::NeedsOldData, Lang::En) => "An old address: the conversion table is needed to \
             find its new commune; it is not loaded, so this row counts in no commune yet"
            .to_owned(),
        _ => outcome_sentence(outcome, data, None, lang),
    }
}

/// A problem as a sentence, naming old units with the conversion data when it is loaded (the
/// page always has it when a row was converted).
pub fn problem_sentence(kind: &ProblemKind, data: Option<&OldUnits>, lang: Lang) -> String {
    match kind {
        ProblemKind::Address(outcome) => address_sentence(outcome, data, lang),
        other => other.localize(lang),
    }
}

/// The words of the cleaned file's rows, in one language, naming old units with `data`.
#[derive(Clone, Copy, Debug)]
pub struct BulkWords<'d> {
    pub lang: Lang,
    pub data: Option<&'d OldUnits>,
}

impl RowWords for BulkWords<'_> {
    fn problem(&self, kind: &ProblemKind) -> String {
        problem_sentence(kind, self.data, self.lang)
    }

    fn how(&self, address: &AddressReading) -> String {
        match address {
            AddressReading::Resolved(outcome) => how_label(outcome, self.lang).to_owned(),
            AddressReading::OldColumnDisagrees { .. } => HOW_DISAGREE.get(self.lang).to_owned(),
        }
    }

    fn old_place(&self, address: &AddressReading) -> String {
        match address.outcome() {
            Outcome::Converted { old, .. } | Outcome::Split { old, .. } => {
                old_place(self.data, old)
            }
            _ => String::new(),
        }
    }
}

impl Localized for ProblemKind {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (ProblemKind::MissingTaxCode, Lang::Vi) => {
                "Ghi mã số thuế (10 chữ số, hoặc 13 chữ số cho đơn vị trực thuộc)".to_owned()
            }
            (ProblemKind::MissingTaxCode, Lang::En) => {
                "Add the tax code (10 digits, or 13 for a dependent unit)".to_owned()
            }
            (ProblemKind::TaxCode(error), _) => error.localize(lang),
            (ProblemKind::CannotVerify { possible_branch }, Lang::Vi) => {
                let mut text = "Mã 12 chữ số là số định danh cá nhân (cá nhân, hộ kinh doanh, \
                                không phải tổ chức); không kiểm tra được trên máy"
                    .to_owned();
                if let Some(branch) = possible_branch {
                    text.push_str(&format!(
                        ". Nếu đây là mã đơn vị trực thuộc đã mất số 0 ở đầu, dùng {branch}"
                    ));
                }
                text
            }
            (ProblemKind::CannotVerify { possible_branch }, Lang::En) => {
                let mut text = "A 12-digit code is a personal ID number (an individual or \
                                household business, not an organization); it cannot be verified \
                                offline"
                    .to_owned();
                if let Some(branch) = possible_branch {
                    text.push_str(&format!(
                        ". If this is a dependent unit's code that lost its leading 0, use {branch}"
                    ));
                }
                text
            }
            (ProblemKind::Duplicate { code, first_row }, Lang::Vi) => format!(
                "Mã số thuế {code} đã có ở dòng {}: giữ một dòng cho mỗi mã",
                count(*first_row, lang)
            ),
            (ProblemKind::Duplicate { code, first_row }, Lang::En) => format!(
                "Tax code {code} already appears in row {}: keep one row per code",
                count(*first_row, lang)
            ),
            (ProblemKind::Address(outcome), _) => address_sentence(outcome, None, lang),
            (ProblemKind::OldColumnDisagrees { current, converted }, Lang::Vi) => format!(
                "Địa chỉ hiện nay thuộc {}, còn địa chỉ cũ đổi ra {}: sửa cột sai",
                new_place(*current),
                new_place(*converted)
            ),
            (ProblemKind::OldColumnDisagrees { current, converted }, Lang::En) => format!(
                "The current address is in {}, but the old address converts to {}: correct the \
                 wrong column",
                new_place(*current),
                new_place(*converted)
            ),
            (ProblemKind::Phone(error), _) => error.localize(lang),
            (ProblemKind::PhoneWarning(warning), _) => warning.localize(lang),
            (ProblemKind::MissingPhone, Lang::Vi) => {
                "Ghi số điện thoại di động để nhận kết quả đăng ký".to_owned()
            }
            (ProblemKind::MissingPhone, Lang::En) => {
                "Add a mobile number to receive the registration result".to_owned()
            }
            (ProblemKind::Email(error), _) => error.localize(lang),
            (ProblemKind::EmailWarning(warning), _) => warning.localize(lang),
            (ProblemKind::MissingEmail, Lang::Vi) => "Ghi email để nhận kết quả đăng ký".to_owned(),
            (ProblemKind::MissingEmail, Lang::En) => {
                "Add an email to receive the registration result".to_owned()
            }
            (ProblemKind::Inactive(reason), Lang::Vi) => format!(
                "Trạng thái: {}. Không tính vào chỉ tiêu (doanh nghiệp không hoạt động được loại \
                 khỏi chỉ tiêu)",
                inactive_reason(*reason).get(lang)
            ),
            (ProblemKind::Inactive(reason), Lang::En) => format!(
                "Status: {}. Not counted toward targets (enterprises that do not operate are \
                 excluded)",
                inactive_reason(*reason).get(lang)
            ),
            (ProblemKind::StatusUnrecognised, Lang::Vi) => {
                "Không rõ trạng thái này nên vẫn tính là đang hoạt động: ghi “Đang hoạt động” \
                 hoặc “Ngừng hoạt động”"
                    .to_owned()
            }
            (ProblemKind::StatusUnrecognised, Lang::En) => {
                "This status is not recognised, so it counts as operating: write “Đang hoạt \
                 động” (operating) or “Ngừng hoạt động” (stopped)"
                    .to_owned()
            }
            (ProblemKind::Damaged(_), Lang::Vi) => {
                "Dòng có dấu ngoặc kép (\") mở mà không đóng nên các ô có thể bị lệch: sửa dòng \
                 này trong tệp"
                    .to_owned()
            }
            (ProblemKind::Damaged(_), Lang::En) => {
                "The row opens a double quote (\") that never closes, so its cells may be \
                 shifted: fix this row in the file"
                    .to_owned()
            }
        }
    }
}

// ---------------------------------------------------------------- exports

texts! { export_texts:
    pub const EXPORTS_TITLE: Text = Text {
        vi: "Tải về",
        en: "Downloads",
    };
    pub const DOWNLOAD_PROBLEMS: Text = Text {
        vi: "Tải danh sách dòng cần xem lại (CSV)",
        en: "Download the rows to look at (CSV)",
    };
    pub const DOWNLOAD_CLEANED: Text = Text {
        vi: "Tải bản danh sách đã chuẩn hoá (CSV)",
        en: "Download the cleaned list (CSV)",
    };
    pub const DOWNLOAD_PROBLEMS_XLSX: Text = Text {
        vi: "Tải danh sách dòng cần xem lại (Excel)",
        en: "Download the rows to look at (Excel)",
    };
    pub const DOWNLOAD_CLEANED_XLSX: Text = Text {
        vi: "Tải bản danh sách đã chuẩn hoá (Excel)",
        en: "Download the cleaned list (Excel)",
    };
    /// Tab names of the .xlsx downloads (at most 31 characters).
    pub const SHEET_PROBLEMS: Text = Text {
        vi: "Dòng cần xem lại",
        en: "Rows to look at",
    };
    pub const SHEET_CLEANED: Text = Text {
        vi: "Danh sách chuẩn hoá",
        en: "Cleaned list",
    };
    pub const SHEET_COMMUNES: Text = Text {
        vi: "Số tổ chức theo xã",
        en: "Organizations per commune",
    };
    pub const DOWNLOAD_HINT: Text = Text {
        vi: "Tệp được tạo trên máy này và lưu vào thư mục Tải về. Tệp Excel giữ mã số thuế, mã xã và \
             số điện thoại ở dạng chữ (không mất số 0 đầu), dòng tiêu đề cố định khi cuộn. Bản chuẩn \
             hoá thêm các cột: mã số thuế viết chuẩn, kết quả kiểm tra, mã và tên xã mới, tỉnh \
             mới, cách xác định xã (kể cả xã cũ đã chia mà bạn đã chọn), số điện thoại, email viết \
             chuẩn, rồi giữ nguyên mọi cột gốc.",
        en: "The file is made on this device and saved to your Downloads. The Excel file keeps tax \
             codes, commune codes and phone numbers as text (no leading zero lost) and its header row \
             stays in view as you scroll. The cleaned list adds columns (tax code in standard form, \
             check result, new commune code and name, new province, how the commune was found — \
             your choices for split old communes included — phone and email in standard form) and \
             keeps every original column.",
    };
}
texts! { cleaned_texts:
    /// How a row's commune was found, when its new and old address columns disagree.
    pub const HOW_DISAGREE: Text = Text {
        vi: "địa chỉ mới và cũ không khớp",
        en: "new and old address disagree",
    };
}
pub const FILE_PROBLEMS: &str = "danh-sach-can-xem.csv";
pub const FILE_CLEANED: &str = "danh-sach-chuan-hoa.csv";
pub const FILE_COMMUNES: &str = "so-to-chuc-theo-xa.csv";

/// Labels of the cleaned file's added columns and verdict words. The column saying how each
/// commune was found names the conversion table and its date (a test checks it against
/// `rules::old_address::SOURCE_DATE`).
pub const fn cleaned_labels(lang: Lang) -> CleanedLabels {
    const HEADERS_VI: [&str; CLEANED_COLUMNS] = [
        "Dòng",
        "Mã số thuế (chuẩn)",
        "Kiểm tra mã số thuế",
        "Trùng với dòng",
        "Mã xã (2025)",
        "Xã, phường (2025)",
        "Tỉnh, thành phố (2025)",
        "Cách xác định xã (địa chỉ cũ đổi theo Bảng chuyển đổi ĐVHC mới – cũ, Cục Thống kê, \
         23/10/2025)",
        "Xã, huyện, tỉnh cũ đã đọc",
        "Điện thoại (chuẩn)",
        "Email (chuẩn)",
        "Đang hoạt động",
        "Cần xem lại",
    ];
    const HEADERS_EN: [&str; CLEANED_COLUMNS] = [
        "Row",
        "Tax code (standard)",
        "Tax code check",
        "Repeats row",
        "Commune code (2025)",
        "Commune (2025)",
        "Province (2025)",
        "How the commune was found (old addresses converted with the statistics office's table \
         “Bảng chuyển đổi ĐVHC mới – cũ”, 23/10/2025)",
        "Old commune, district, province read",
        "Phone (standard)",
        "Email (standard)",
        "Operating",
        "To look at",
    ];
    match lang {
        Lang::Vi => CleanedLabels {
            headers: HEADERS_VI,
            valid: "Đúng",
            cannot_verify: "Không kiểm tra được (12 chữ số)",
            invalid: "Sai",
            missing: "Thiếu",
            operating: "Có",
            not_operating: "Không",
        },
        Lang::En => CleanedLabels {
            headers: HEADERS_EN,
            valid: "Right",
            cannot_verify: "Cannot verify (12 digits)",
            invalid: "Wrong",
            missing: "Missing",
            operating: "Yes",
            not_operating: "No",
        },
    }
}

/// Text headers as plain strings for a CSV.
pub fn headers<const N: usize>(texts: [Text; N], lang: Lang) -> [&'static str; N] {
    texts.map(|t| t.get(lang))
}

/// This module's texts, for [`super::registry`].
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "bulk";
    for list in [
        page_texts(),
        mapping_texts(),
        source_texts(),
        progress_texts(),
        run_texts(),
        results_texts(),
        summary_texts(),
        how_texts(),
        commune_texts(),
        old_data_texts(),
        problem_texts(),
        export_texts(),
        cleaned_texts(),
    ] {
        r.fixed(M, list);
    }
    r.words("bulk::column_label", Column::ALL, column_label);
    r.words("bulk::category_label", ProblemCategory::ALL, category_label);
    r.words(
        "bulk::not_found_reason",
        NotFoundReason::ALL,
        not_found_reason,
    );
    let reasons = [
        InactiveReason::Ceased,
        InactiveReason::Suspended,
        InactiveReason::Dissolved,
        InactiveReason::Bankrupt,
        InactiveReason::NotAtAddress,
        InactiveReason::Revoked,
        InactiveReason::NotOperating,
    ];
    r.words("bulk::inactive_reason", reasons, inactive_reason);
    r.sentence("bulk::file_column(2, Mã số thuế)", |lang| {
        file_column(2, "Mã số thuế", lang)
    });
    r.sentence("bulk::file_column(2, empty)", |lang| {
        file_column(2, " ", lang)
    });
    r.sentence("bulk::sheet_summary", |lang| {
        sheet_summary("danh-sach.xlsx", "DN 2026", 1_234_567, lang)
    });
    r.sentence("bulk::source_summary", |lang| {
        source_summary("danh-sach.csv", 1_234_567, lang)
    });
    r.sentence("bulk::progress", |lang| progress(12_345, 40, lang));
    r.sentence("bulk::verdict(0 to fix)", |lang| verdict(10_000, 0, lang));
    r.sentence("bulk::verdict", |lang| verdict(10_000, 542, lang));
    r.sentence("bulk::share", |lang| share(12_420, 19_671, lang));
    r.sentence("bulk::commune_breakdown", |lang| {
        let summary = Summary {
            commune_old_district: 3,
            commune_kind_differs: 1,
            commune_ambiguous: 2,
            commune_contradiction: 1,
            commune_unmatched: 5,
            commune_needs_data: 6,
            commune_missing: 4,
            ..Summary::default()
        };
        commune_breakdown(&summary, lang)
    });
    r.sentence("bulk::converted_detail", converted_detail);
    r.sentence("bulk::split_choice_label", |lang| {
        split_choice_label("Xã Tân Hòa, Huyện Châu Thành, Tỉnh An Giang", 6, lang)
    });
    r.sentence("bulk::split_example", |lang| {
        split_example(12, Some("Ấp 3"), Some("Công ty TNHH Minh Phát"), lang)
    });
    r.sentence("bulk::contact_breakdown", |lang| {
        contact_breakdown(3, 1, 2, lang)
    });
    r.sentence("bulk::page_position", |lang| {
        page_position(2, 40, 51, 100, 1_996, lang)
    });
    r.sentence("bulk::problems_omitted", |lang| problems_omitted(123, lang));
    r.sentence("bulk::cleaned_labels", |lang| {
        let labels = cleaned_labels(lang);
        let words = [
            labels.valid,
            labels.cannot_verify,
            labels.invalid,
            labels.missing,
            labels.operating,
            labels.not_operating,
        ];
        labels
            .headers
            .iter()
            .chain(&words)
            .copied()
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let (Ok(code), Ok(commune)) = (
        crate::rules::tax_code::TaxCode::parse("0100109106"),
        units::CommuneCode::parse("00004"),
    ) else {
        return;
    };
    r.samples(
        M,
        [
            ProblemKind::MissingTaxCode,
            ProblemKind::TaxCode(crate::rules::tax_code::TaxCodeError::ZeroSerial),
            ProblemKind::CannotVerify {
                possible_branch: None,
            },
            ProblemKind::CannotVerify {
                possible_branch: Some(code),
            },
            ProblemKind::Duplicate { code, first_row: 2 },
            ProblemKind::Address(Outcome::CurrentKindDiffers {
                commune,
                written: units::CommuneKind::Commune,
            }),
            ProblemKind::Address(Outcome::AmbiguousNew { candidates: 3 }),
            ProblemKind::Address(Outcome::NotFound(
                crate::rules::old_address::NotFound::Commune,
            )),
            ProblemKind::Address(Outcome::NeedsOldData),
            ProblemKind::Address(Outcome::Missing),
            ProblemKind::OldColumnDisagrees {
                current: commune,
                converted: commune,
            },
            ProblemKind::Phone(crate::rules::phone::PhoneError::LandlineNumber),
            ProblemKind::PhoneWarning(crate::rules::phone::PhoneWarning::UnknownPrefix {
                prefix: 30,
            }),
            ProblemKind::MissingPhone,
            ProblemKind::Email(crate::rules::email::EmailError::MissingAt),
            ProblemKind::MissingEmail,
            ProblemKind::Inactive(InactiveReason::Suspended),
            ProblemKind::StatusUnrecognised,
            ProblemKind::Damaged(crate::rules::delimited::RecordIssues {
                unterminated_quote: true,
                text_after_closing_quote: false,
            }),
            ProblemKind::Damaged(crate::rules::delimited::RecordIssues {
                unterminated_quote: false,
                text_after_closing_quote: true,
            }),
        ],
    );
}
