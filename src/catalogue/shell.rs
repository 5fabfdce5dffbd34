//! Texts of the app shell: header, navigation, footer, home page, loading and crash panels.

use chrono::NaiveDate;

use super::{Lang, Registry, Text, texts};
use crate::route::Route;
use crate::rules::changes::{RULE_CHANGES, RULES_AS_OF, RuleChange};
use crate::rules::old_address::SOURCE_DATE;

texts! { header_texts:
    /// The product's name (a Vietnamese word; not translated).
    pub const APP_NAME: Text = Text {
        vi: "Sẵn Sàng",
        en: "Sẵn Sàng",
    };

    /// The line under the name in the header.
    pub const TAGLINE: Text = Text {
        vi: "Kiểm tra nhanh cho chiến dịch định danh điện tử VNeID",
        en: "Quick checks for VNeID electronic identification campaigns",
    };

    /// Skip link, first in the tab order.
    pub const SKIP_TO_CONTENT: Text = Text {
        vi: "Bỏ qua, đến nội dung chính",
        en: "Skip to main content",
    };

    /// Label of the navigation landmark.
    pub const NAV_LABEL: Text = Text {
        vi: "Các công cụ",
        en: "Tools",
    };

    /// Navigation entries.
    pub const NAV_HOME: Text = Text {
        vi: "Trang chủ",
        en: "Home",
    };
    pub const NAV_ORGANIZATION: Text = Text {
        vi: "Tổ chức",
        en: "Organizations",
    };
    pub const NAV_STUDENTS: Text = Text {
        vi: "Học sinh",
        en: "Students",
    };
    pub const NAV_CAMPAIGN: Text = Text {
        vi: "Chiến dịch",
        en: "Campaigns",
    };
    pub const NAV_BULK: Text = Text {
        vi: "Kiểm tra danh sách",
        en: "Check a list",
    };
    pub const NAV_CONVERTER: Text = Text {
        vi: "Đổi địa chỉ",
        en: "Old addresses",
    };

    /// The language switch offers the *other* language, written in that language.
    pub const SWITCH_TO_OTHER_LANGUAGE: Text = Text {
        vi: "English",
        en: "Tiếng Việt",
    };
    /// What the switch does, for screen readers.
    pub const SWITCH_LANGUAGE_LABEL: Text = Text {
        vi: "Switch to English",
        en: "Chuyển sang tiếng Việt",
    };

    /// Full names of the tools (headings and page titles).
    pub const TOOL_ORGANIZATION: Text = Text {
        vi: "Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức",
        en: "Organization e-ID account readiness check",
    };
    pub const TOOL_STUDENTS: Text = Text {
        vi: "Ước tính số học sinh cần làm căn cước và tài khoản định danh",
        en: "Student card and e-ID account estimator",
    };
    pub const TOOL_CAMPAIGN: Text = Text {
        vi: "Theo dõi tiến độ chiến dịch",
        en: "Campaign progress tracker",
    };
    pub const TOOL_BULK: Text = Text {
        vi: "Kiểm tra danh sách tổ chức",
        en: "Check a list of organizations",
    };
}

/// A page's heading and the paragraph under it. The pages render these, and so does the first
/// paint before the app has loaded ([`crate::first_paint`]), so both show the same words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    /// The `<h1>`.
    pub title: Text,
    /// The lead paragraph.
    pub lead: Text,
    /// The note under it on what happens to the data typed, where the page has one.
    pub privacy: Option<Text>,
}

/// The navigation entries, in order: the header and the first paint list these.
pub const NAV_ITEMS: [(Route, Text); 6] = [
    (Route::Home, NAV_HOME),
    (Route::Organization, NAV_ORGANIZATION),
    (Route::Students, NAV_STUDENTS),
    (Route::Campaign { shared: None }, NAV_CAMPAIGN),
    (Route::Bulk, NAV_BULK),
    (Route::Converter, NAV_CONVERTER),
];

pub const HOME_HEADING: Heading = Heading {
    title: HOME_TITLE,
    lead: HOME_INTRO,
    privacy: None,
};
pub const ORGANIZATION_HEADING: Heading = Heading {
    title: TOOL_ORGANIZATION,
    lead: super::organization::INTRO,
    privacy: Some(super::organization::PRIVACY_NOTE),
};
pub const STUDENTS_HEADING: Heading = Heading {
    title: TOOL_STUDENTS,
    lead: super::students::LEAD,
    privacy: Some(super::students::PRIVACY_NOTE),
};
pub const CAMPAIGN_HEADING: Heading = Heading {
    title: super::campaign::TITLE,
    lead: super::campaign_page::INTRO,
    privacy: Some(super::campaign_page::NO_PERSONAL_DATA),
};
pub const BULK_HEADING: Heading = Heading {
    title: TOOL_BULK,
    lead: super::bulk::LEAD,
    privacy: None,
};
pub const CONVERTER_HEADING: Heading = Heading {
    title: super::old_address::TITLE,
    lead: super::old_address::LEAD,
    privacy: Some(super::old_address::PRIVACY_NOTE),
};
pub const NOT_FOUND_HEADING: Heading = Heading {
    title: NOT_FOUND_TITLE,
    lead: NOT_FOUND_BODY,
    privacy: None,
};

texts! { page_texts:
    /// Home page.
    pub const HOME_TITLE: Text = Text {
        vi: "Bạn cần biết điều gì hôm nay?",
        en: "What do you need to know today?",
    };
    pub const HOME_INTRO: Text = Text {
        vi: "Sẵn Sàng giúp người dân, nhà trường và cán bộ trả lời nhanh các câu hỏi của chiến dịch cao điểm định danh điện tử. Mọi phép tính chạy ngay trên máy của bạn.",
        en: "Sẵn Sàng helps citizens, schools and officers answer the questions of the e-ID peak campaigns quickly. Every calculation runs on your own device.",
    };
    pub const HOME_ORGANIZATION_AUDIENCE: Text = Text {
        vi: "Chủ doanh nghiệp, chủ nhiệm hợp tác xã, thủ trưởng cơ quan, hội, đoàn thể",
        en: "Business owners, cooperative chairs, heads of agencies and associations",
    };
    pub const HOME_ORGANIZATION_QUESTION: Text = Text {
        vi: "Dữ liệu của tổ chức đã đúng chưa, đã sẵn sàng đăng ký tài khoản định danh điện tử chưa, đăng ký theo cách nào và cần chuẩn bị gì?",
        en: "Is our organization's data right, are we ready to register its e-ID account, which way, and what do we need?",
    };
    pub const HOME_STUDENTS_AUDIENCE: Text = Text {
        vi: "Hiệu trưởng, giáo viên chủ nhiệm",
        en: "School heads and teachers",
    };
    pub const HOME_STUDENTS_QUESTION: Text = Text {
        vi: "Còn bao nhiêu học sinh từ đủ 6 đến dưới 14 tuổi cần làm căn cước, tài khoản mức 2, kích hoạt, và có kịp hạn không?",
        en: "How many students aged 6 to under 14 still need a card, a level-2 account or an activation, and can we finish by the deadline?",
    };
    pub const HOME_CAMPAIGN_AUDIENCE: Text = Text {
        vi: "Công an, UBND cấp xã và cấp tỉnh",
        en: "Police and People's Committee officers",
    };
    pub const HOME_CAMPAIGN_QUESTION: Text = Text {
        vi: "Mỗi xã còn cách chỉ tiêu bao xa, đơn vị nào dưới 70 %, mỗi ngày cần bao nhiêu, chia chỉ tiêu thế nào cho công bằng? Mở từ đường liên kết được chia sẻ.",
        en: "How far is each commune from its quota, which units are under 70%, what daily rate is needed, how to split a quota fairly? Opens from a shared link.",
    };
    pub const HOME_BULK_AUDIENCE: Text = Text {
        vi: "Cán bộ nhận danh sách từ cơ quan thuế, đăng ký kinh doanh",
        en: "Officers receiving lists from the tax office or business registry",
    };
    pub const HOME_BULK_QUESTION: Text = Text {
        vi: "Kiểm tra hàng chục nghìn dòng mã số thuế, số điện thoại, email, xã/phường và đếm theo từng xã.",
        en: "Check tens of thousands of rows of tax codes, phone numbers, emails and communes, and count per commune.",
    };
    pub const HOME_OPEN_TOOL: Text = Text {
        vi: "Mở công cụ",
        en: "Open the tool",
    };

    /// Footer.
    pub const PRIVACY_PROMISE: Text = Text {
        vi: "Dữ liệu bạn nhập không rời khỏi máy",
        en: "What you type never leaves your device",
    };
    pub const PRIVACY_DETAIL: Text = Text {
        vi: "Không có máy chủ, không thu thập số liệu sử dụng, không dùng phông chữ hay mã của bên thứ ba.",
        en: "No server, no analytics, no third-party fonts or scripts.",
    };
    pub const DATA_SOURCES: Text = Text {
        vi: "Nguồn dữ liệu",
        en: "Data sources",
    };
    pub const SOURCE_UNITS: Text = Text {
        vi: "Danh mục 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu (Nghị quyết 202/2025/QH15, Quyết định 19/2025/QĐ-TTg), dữ liệu ngày 20/09/2026 của dự án vietnamese-provinces-database (giấy phép MIT)",
        en: "List of 34 provinces and 3,321 communes, wards and special zones (Resolution 202/2025/QH15, Decision 19/2025/QĐ-TTg), data of 20/09/2026 from the vietnamese-provinces-database project (MIT licence)",
    };
    pub const SOURCE_ID_CODES: Text = Text {
        vi: "Mã nơi đăng ký khai sinh trong số định danh cá nhân: Thông tư 07/2016/TT-BCA, Phụ lục I (chỉ để tham khảo)",
        en: "Birth-registration codes in the personal ID number: Circular 07/2016/TT-BCA, Annex I (informational only)",
    };
    pub const SOURCE_PHONES: Text = Text {
        vi: "Dải số di động và nhà mạng của từng đầu số: dự án libphonenumber (giấy phép Apache 2.0), dữ liệu ngày 17/07/2026",
        en: "Mobile ranges and the carrier of each prefix: the libphonenumber project (Apache License 2.0), data of 17/07/2026",
    };
    pub const SOURCE_RULES: Text = Text {
        vi: "Quy định: Luật Căn cước 2023; Nghị định 69/2024/NĐ-CP (sửa đổi bởi Nghị định 169/2025/NĐ-CP, 320/2026/NĐ-CP); Thông tư 105/2020/TT-BTC, 90/2026/TT-BTC",
        en: "Rules: Law on Identification 2023; Decree 69/2024/NĐ-CP (amended by Decrees 169/2025/NĐ-CP, 320/2026/NĐ-CP); Circulars 105/2020/TT-BTC, 90/2026/TT-BTC",
    };
    /// The alias data of the old-address conversion, with its MIT notice.
    pub const SOURCE_OLD_ALIASES: Text = Text {
        vi: "Tên xã, huyện trước các đợt sáp nhập 2019–2024: dự án vietnamadminunits (giấy phép \
             MIT, © 2025 Tran Ngoc Minh Hieu)",
        en: "Commune and district names from before the 2019–2024 mergers: the vietnamadminunits \
             project (MIT licence, © 2025 Tran Ngoc Minh Hieu)",
    };
}
/// The old-address conversion table, with its date ([`SOURCE_DATE`]).
pub fn source_old_units(lang: Lang) -> String {
    let date = super::date(SOURCE_DATE);
    match lang {
        Lang::Vi => format!(
            "Đổi địa chỉ cũ sang mới: “Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày {date}"
        ),
        Lang::En => format!(
            "Old addresses to new: the statistics office's conversion table “Bảng chuyển đổi ĐVHC \
             mới – cũ”, {date}"
        ),
    }
}

/// "Quy định cập nhật đến ngày 05/12/2026", from [`RULES_AS_OF`]: in the footer and on print.
pub fn rules_as_of(lang: Lang) -> String {
    let date = super::date(RULES_AS_OF);
    match lang {
        Lang::Vi => format!("Quy định cập nhật đến ngày {date}"),
        Lang::En => format!("Rules as of {date}"),
    }
}

texts! { changes_texts:
    /// Heading of the dated list of rule changes in the footer.
    pub const RULE_CHANGES_HEADING: Text = Text {
        vi: "Quy định đã thay đổi",
        en: "What changed in the rules",
    };
}

/// One line of the dated list: "02/10/2026: …" (docs/rules.md, "What changed").
pub fn rule_change_line(date: NaiveDate, change: RuleChange, lang: Lang) -> String {
    let date = super::date(date);
    let what = rule_change(change).get(lang);
    format!("{date}: {what}")
}

fn rule_change(change: RuleChange) -> Text {
    match change {
        RuleChange::Holidays2027 => Text {
            vi: "lịch nghỉ lễ năm 2027 theo Văn bản 10065/VPCP-KGVX (Tết từ 04/02 đến 10/02/2027; \
                 Giỗ Tổ 16/04 và nghỉ bù 03/05/2027 tính theo Bộ luật Lao động).",
            en: "the 2027 holidays as in Letter 10065/VPCP-KGVX (Tết 04/02 to 10/02/2027; Giỗ Tổ \
                 16/04 and the day in lieu on 03/05/2027 worked out from the Labour Code).",
        },
        RuleChange::SectorAccountsLinkToEid => Text {
            vi: "Nghị định 320/2026/NĐ-CP: tổ chức thuộc các lĩnh vực được liệt kê liên kết tài \
                 khoản người dùng với định danh điện tử trước 31/12/2026, ngân hàng trước \
                 30/06/2027.",
            en: "Decree 320/2026/NĐ-CP: organizations in the listed sectors link user accounts to \
                 e-ID by 31/12/2026, banking by 30/06/2027.",
        },
        RuleChange::UnitsOf20September2026 => Text {
            vi: "danh mục đơn vị hành chính ngày 20/09/2026: Bắc Ninh là thành phố, 12 xã của Bắc \
                 Ninh thành phường (Nghị quyết 388/NQ-UBTVQH16), mã không đổi.",
            en: "administrative units of 20/09/2026: Bắc Ninh a city, 12 of its communes now wards \
                 (Resolution 388/NQ-UBTVQH16), codes unchanged.",
        },
        RuleChange::CardProcedure => Text {
            vi: "cấp, đổi, cấp lại thẻ căn cước là một thủ tục tại công an cấp xã, tối đa 7 ngày \
                 làm việc (Quyết định 5230/QĐ-BCA-C06).",
            en: "issuing, renewing and reissuing a căn cước card is one procedure at the commune \
                 police, at most 7 working days (Decision 5230/QĐ-BCA-C06).",
        },
        RuleChange::MobileRanges => Text {
            vi: "dải số di động theo libphonenumber: thêm 030, 051 (MobiFone), 0998–0999 (iTel); \
                 số 10 chữ số 0121…, 0160… là số hiện hành.",
            en: "mobile ranges as in libphonenumber: 030, 051 (MobiFone) and 0998–0999 (iTel) \
                 added; 10-digit 0121… and 0160… numbers are current.",
        },
        RuleChange::TaxCircular90 => Text {
            vi: "Thông tư 90/2026/TT-BTC thay Thông tư 86/2024/TT-BTC; cấu trúc mã số thuế và chữ \
                 số kiểm tra không đổi.",
            en: "Circular 90/2026/TT-BTC replaces Circular 86/2024/TT-BTC; the tax code's structure \
                 and check digit are unchanged.",
        },
        RuleChange::CultureDay => Text {
            vi: "Ngày Văn hóa Việt Nam 24/11 là ngày nghỉ lễ hằng năm từ năm 2026 (Nghị quyết \
                 28/2026/QH16).",
            en: "Vietnamese Culture Day, 24 November, is a public holiday every year from 2026 \
                 (Resolution 28/2026/QH16).",
        },
    }
}

texts! { footer_texts:
    pub const NOT_OFFICIAL: Text = Text {
        vi: "Công cụ hỗ trợ, không thay thế hướng dẫn của cơ quan công an và cơ quan thuế.",
        en: "A helper tool; it does not replace guidance from the police or the tax office.",
    };

    /// Page not found.
    pub const NOT_FOUND_TITLE: Text = Text {
        vi: "Không tìm thấy trang",
        en: "Page not found",
    };
    pub const NOT_FOUND_BODY: Text = Text {
        vi: "Đường liên kết có thể đã gõ sai hoặc bị cắt. Kiểm tra lại đường liên kết, hoặc về trang chủ để chọn công cụ.",
        en: "The link may be mistyped or cut short. Check the link, or go to the home page to choose a tool.",
    };
    pub const BACK_HOME: Text = Text {
        vi: "Về trang chủ",
        en: "Go to the home page",
    };

    /// Crash panel (written by the panic hook when the Wasm module stops).
    pub const CRASH_TITLE: Text = Text {
        vi: "Ứng dụng gặp sự cố và đã dừng",
        en: "The app ran into a problem and stopped",
    };
    pub const CRASH_BODY: Text = Text {
        vi: "Đây là lỗi của ứng dụng, không phải lỗi của bạn. Tải lại trang để tiếp tục; các bản nháp đã lưu trên máy vẫn còn.",
        en: "This is a fault in the app, not something you did. Reload the page to continue; drafts saved on this device are kept.",
    };
    pub const CRASH_RELOAD: Text = Text {
        vi: "Tải lại trang",
        en: "Reload the page",
    };
    pub const CRASH_DETAILS: Text = Text {
        vi: "Chi tiết kỹ thuật (gửi cho người hỗ trợ nếu lỗi lặp lại)",
        en: "Technical details (send to whoever supports you if it happens again)",
    };

    /// Prefix of the page title when the page shows errors (GOV.UK pattern).
    pub const TITLE_ERROR_PREFIX: Text = Text {
        vi: "Lỗi: ",
        en: "Error: ",
    };

    /// Visually hidden prefix in front of every field error.
    pub const ERROR_PREFIX: Text = Text {
        vi: "Lỗi:",
        en: "Error:",
    };
    /// Visually hidden prefix in front of every warning.
    pub const WARNING_PREFIX: Text = Text {
        vi: "Cảnh báo:",
        en: "Warning:",
    };
    /// Heading of the error summary.
    pub const ERROR_SUMMARY_TITLE: Text = Text {
        vi: "Có lỗi cần sửa",
        en: "There is a problem",
    };

    /// Print button.
    pub const PRINT: Text = Text {
        vi: "In kết quả",
        en: "Print the result",
    };
    /// Printed in the print footer before the date.
    pub const PRINTED_ON: Text = Text {
        vi: "In ngày",
        en: "Printed on",
    };
    /// Data version line in the print footer.
    pub const DATA_VERSION: Text = Text {
        vi: "Dữ liệu đơn vị hành chính ngày 20/09/2026",
        en: "Administrative unit data of 20/09/2026",
    };

    /// Removing everything the app stored in this browser.
    pub const CLEAR_DATA: Text = Text {
        vi: "Xoá dữ liệu trên máy này",
        en: "Clear data on this device",
    };
    pub const CLEAR_DATA_HINT: Text = Text {
        vi: "Bản nháp, lựa chọn ngôn ngữ và cách ghép cột đã lưu trong trình duyệt này.",
        en: "Drafts, language choice and column mappings saved in this browser.",
    };
    pub const CLEAR_DATA_CONFIRM: Text = Text {
        vi: "Xoá hết dữ liệu đã lưu trên máy này? Không thể khôi phục lại.",
        en: "Clear everything saved on this device? It cannot be undone.",
    };
    pub const CLEAR_DATA_YES: Text = Text {
        vi: "Xoá hết",
        en: "Clear everything",
    };
    pub const CLEAR_DATA_NO: Text = Text {
        vi: "Không xoá",
        en: "Keep it",
    };
    pub const CLEAR_DATA_DONE: Text = Text {
        vi: "Đã xoá mọi dữ liệu đã lưu trên máy này.",
        en: "Everything saved on this device has been cleared.",
    };

    /// Notices about a saved draft when a tool opens.
    pub const DRAFT_RESTORED: Text = Text {
        vi: "Đã khôi phục câu trả lời bạn nhập lần trước trên máy này.",
        en: "Your answers from last time on this device have been restored.",
    };
    pub const DRAFT_DROPPED: Text = Text {
        vi: "Bản nháp cũ trên máy này không đọc được (có thể từ phiên bản trước) nên đã được bỏ qua. Bạn nhập lại từ đầu.",
        en: "An earlier draft on this device could not be read (perhaps from an older version), so it was set aside. Start again.",
    };
    /// The pager of a long table.
    pub const PREVIOUS_PAGE: Text = Text {
        vi: "Trang trước",
        en: "Previous page",
    };
    pub const NEXT_PAGE: Text = Text {
        vi: "Trang sau",
        en: "Next page",
    };
    pub const START_AGAIN: Text = Text {
        vi: "Nhập lại từ đầu",
        en: "Start again",
    };

    /// A new version of the app is waiting (service worker).
    pub const UPDATE_READY: Text = Text {
        vi: "Có phiên bản mới",
        en: "A new version is available",
    };
    pub const UPDATE_RELOAD: Text = Text {
        vi: "Tải lại",
        en: "Reload",
    };

    /// Offline, at a tool whose part of the app (`Route::binary`) this device has not kept yet:
    /// each part is kept the first time it opens with a connection (README, "One binary per tool").
    pub const TOOL_NOT_KEPT_OFFLINE: Text = Text {
        vi: "Công cụ này chưa được lưu trên máy để dùng khi không có mạng. Hãy kết nối mạng rồi tải lại trang: từ đó công cụ dùng được cả khi mất mạng.",
        en: "This tool is not yet kept on this device for use without a connection. Connect to the internet and reload the page: from then on it works offline too.",
    };
}

/// The document title: "Kiểm tra danh sách tổ chức — Sẵn Sàng", with "Lỗi: " first while the
/// page shows errors (screen-reader users hear it first).
pub fn page_title(title: Text, has_errors: bool, lang: Lang) -> String {
    let prefix = if has_errors {
        TITLE_ERROR_PREFIX.get(lang)
    } else {
        ""
    };
    format!("{prefix}{} — {}", title.get(lang), APP_NAME.get(lang))
}

/// The line at the foot of a printed page: when, by which rules, from which data, by what.
pub fn print_footer(today: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} · {} · {} · {}",
        PRINTED_ON.get(lang),
        super::date(today),
        rules_as_of(lang),
        DATA_VERSION.get(lang),
        APP_NAME.get(lang)
    )
}

/// This module's texts, for [`super::registry`].
pub(crate) fn register(r: &mut Registry) {
    for list in [
        header_texts(),
        page_texts(),
        changes_texts(),
        footer_texts(),
    ] {
        r.fixed("shell", list);
    }
    r.words(
        "shell::rule_change",
        RULE_CHANGES.map(|(_, change)| change),
        rule_change,
    );
    r.sentence("shell::rules_as_of", rules_as_of);
    r.sentence("shell::source_old_units", source_old_units);
    if let Some(&(date, change)) = RULE_CHANGES.first() {
        r.sentence("shell::rule_change_line", |lang| {
            rule_change_line(date, change, lang)
        });
    }
    r.sentence("shell::page_title(TOOL_BULK, errors)", |lang| {
        page_title(TOOL_BULK, true, lang)
    });
    if let Some(today) = NaiveDate::from_ymd_opt(2026, 12, 1) {
        r.sentence("shell::print_footer(2026-12-01)", |lang| {
            print_footer(today, lang)
        });
    }
}
