//! Labels and sentences of the campaign tracker's page (the rules' own messages — problems,
//! statuses, "Cách tính" steps — are in [`super::campaign`]).

use super::{Lang, Registry, Text, count, texts};
use crate::rules::campaign::metrics::{SortKey, UnitFilter};

texts! { page_texts:
    pub const INTRO: Text = Text {
        vi: "Nhập chỉ tiêu và số đã đạt của từng xã, phường (hoặc đơn vị tự đặt tên): công cụ tính tỷ lệ đạt, số còn lại, số cần mỗi ngày, ngày dự kiến xong, đánh dấu đơn vị dưới ngưỡng, chia chỉ tiêu, và tạo đường liên kết để gửi vào nhóm. Số liệu chỉ nằm trên máy của bạn và trong đường liên kết bạn gửi.",
        en: "Enter each commune's (or your own units') quota figures and what has been done: the tool computes the achieved rate, what remains, the daily rate needed, the projected finish, flags units under the threshold, splits quotas, and makes a link to post in a group. The figures stay on your device and in the link you send.",
    };
    pub const NO_PERSONAL_DATA: Text = Text {
        vi: "Công cụ này chỉ dùng số liệu tổng hợp (số lượng theo đơn vị, ngày, chỉ tiêu), không có thông tin cá nhân.",
        en: "This tool only uses aggregates (counts per unit, dates, targets): no personal data.",
    };

    pub const EXAMPLES_HEADING: Text = Text {
        vi: "Ví dụ từ văn bản của các tỉnh",
        en: "Examples from provincial documents",
    };
    pub const EXAMPLES_HINT: Text = Text {
        vi: "Mở một ví dụ để xem công cụ tính lại số liệu trong văn bản. Ví dụ thay thế chiến dịch đang soạn.",
        en: "Open an example to see the tool recompute a document's figures. An example replaces the campaign being edited.",
    };
    pub const NEW_CAMPAIGN: Text = Text {
        vi: "Bắt đầu chiến dịch trống",
        en: "Start an empty campaign",
    };
    pub const DEFAULT_NAME: Text = Text {
        vi: "Chiến dịch mới",
        en: "New campaign",
    };

    pub const AS_OF_LABEL: Text = Text {
        vi: "Tính số liệu đến ngày",
        en: "Figures as of",
    };
    pub const AS_OF_HINT: Text = Text {
        vi: "Mặc định là hôm nay (giờ Việt Nam). Ví dụ dùng ngày của văn bản. Định dạng ngày/tháng/năm, ví dụ 09/06/2025.",
        en: "Today by default (Vietnam time). Examples use the document's date. Format day/month/year, for example 09/06/2025.",
    };

    pub const SETTINGS_HEADING: Text = Text {
        vi: "Thông tin chiến dịch",
        en: "About the campaign",
    };
    pub const NAME_LABEL: Text = Text {
        vi: "Tên chiến dịch",
        en: "Campaign name",
    };
    pub const AREA_LABEL: Text = Text {
        vi: "Tỉnh, thành phố (không bắt buộc)",
        en: "Province or city (optional)",
    };
    pub const AREA_NONE: Text = Text {
        vi: "Không gắn với một tỉnh",
        en: "Not tied to one province",
    };
    pub const INDICATOR_LABEL: Text = Text {
        vi: "Chỉ tiêu theo dõi",
        en: "What is counted",
    };
    pub const INDICATOR_NAME_LABEL: Text = Text {
        vi: "Tên cụ thể của chỉ tiêu (không bắt buộc)",
        en: "A more specific name (optional)",
    };
    pub const START_LABEL: Text = Text {
        vi: "Ngày bắt đầu",
        en: "Start date",
    };
    pub const DEADLINE_LABEL: Text = Text {
        vi: "Hạn hoàn thành",
        en: "Deadline",
    };
    pub const DATE_HINT: Text = Text {
        vi: "Ngày/tháng/năm, ví dụ 30/06/2025",
        en: "Day/month/year, for example 30/06/2025",
    };
    pub const TARGET_LABEL: Text = Text {
        vi: "Chỉ tiêu (% của cơ sở tính)",
        en: "Target (% of the base)",
    };
    pub const TARGET_HINT: Text = Text {
        vi: "Ví dụ 80 hoặc 81,5",
        en: "For example 80 or 81.5",
    };
    pub const THRESHOLD_LABEL: Text = Text {
        vi: "Ngưỡng cảnh báo (%)",
        en: "Warning threshold (%)",
    };
    pub const THRESHOLD_HINT: Text = Text {
        vi: "Đơn vị có tỷ lệ đạt dưới ngưỡng này được đánh dấu. Thường là 70.",
        en: "Units achieving less than this are flagged. Usually 70.",
    };
    pub const DAYS_LEGEND: Text = Text {
        vi: "Cách đếm ngày",
        en: "How days are counted",
    };
    pub const DAYS_CALENDAR: Text = Text {
        vi: "Ngày theo lịch",
        en: "Calendar days",
    };
    pub const DAYS_WORKING: Text = Text {
        vi: "Ngày làm việc",
        en: "Working days",
    };
    pub const DAYS_WORKING_HINT: Text = Text {
        vi: "Không tính thứ Bảy, Chủ nhật, ngày lễ, Tết và ngày nghỉ bù theo lịch nghỉ của Chính phủ.",
        en: "Without Saturdays, Sundays, public holidays, Tết and the government's compensatory days off.",
    };
    pub const TODAY_COUNTS_LABEL: Text = Text {
        vi: "Tính cả hôm nay là ngày còn làm việc (số liệu đã đạt là của sáng nay)",
        en: "Count today as a day still to work (the figures are this morning's)",
    };
    pub const ROUNDING_LEGEND: Text = Text {
        vi: "Làm tròn chỉ tiêu",
        en: "Rounding of targets",
    };
    pub const ROUNDING_NEAREST: Text = Text {
        vi: "Gần nhất (0,5 làm tròn lên)",
        en: "Nearest (0.5 rounds up)",
    };
    pub const ROUNDING_UP: Text = Text {
        vi: "Lên",
        en: "Up",
    };
    pub const ROUNDING_DOWN: Text = Text {
        vi: "Xuống",
        en: "Down",
    };
    pub const BASE_LEGEND: Text = Text {
        vi: "Cơ sở tính chỉ tiêu",
        en: "Base of the targets",
    };
    pub const BASE_AFTER_EXCLUSIONS: Text = Text {
        vi: "Tổng số trừ các trường hợp loại trừ",
        en: "The total minus exclusions",
    };
    pub const BASE_TOTAL: Text = Text {
        vi: "Tổng số, không trừ",
        en: "The whole total",
    };

    pub const PHASES_HEADING: Text = Text {
        vi: "Giai đoạn",
        en: "Phases",
    };
    pub const PHASES_HINT: Text = Text {
        vi: "Không bắt buộc. Mỗi giai đoạn có ngày kết thúc và phần chỉ tiêu phải đạt trong giai đoạn (theo % chỉ tiêu hoặc số lượng).",
        en: "Optional. Each phase has an end date and the part of the quota it must achieve (as a % of the quota or a count).",
    };
    pub const ADD_PHASE: Text = Text {
        vi: "Thêm giai đoạn",
        en: "Add a phase",
    };
    pub const REMOVE_PHASE: Text = Text {
        vi: "Xoá giai đoạn",
        en: "Remove the phase",
    };
    pub const PHASE_END_LABEL: Text = Text {
        vi: "Ngày kết thúc",
        en: "End date",
    };
    pub const PHASE_SHARE_LABEL: Text = Text {
        vi: "Phần chỉ tiêu (%)",
        en: "Share of the quota (%)",
    };
    pub const PHASE_COUNT_LABEL: Text = Text {
        vi: "Hoặc số lượng cụ thể",
        en: "Or a count",
    };
    pub const PHASE_COUNT_HINT: Text = Text {
        vi: "Để trống để dùng phần trăm.",
        en: "Leave empty to use the percentage.",
    };
    pub const PHASE_NAME_LABEL: Text = Text {
        vi: "Tên giai đoạn (không bắt buộc)",
        en: "Phase name (optional)",
    };

    pub const UNITS_HEADING: Text = Text {
        vi: "Đơn vị và số liệu",
        en: "Units and figures",
    };
    pub const ADD_PROVINCE_COMMUNES: Text = Text {
        vi: "Thêm tất cả xã, phường của tỉnh",
        en: "Add every commune of the province",
    };
    pub const ADD_COMMUNE: Text = Text {
        vi: "Thêm xã, phường đã chọn",
        en: "Add the chosen commune",
    };
    pub const ADD_NAMED_LABEL: Text = Text {
        vi: "Hoặc thêm một dòng tự đặt tên",
        en: "Or add a row with your own name",
    };
    pub const ADD_NAMED_HINT: Text = Text {
        vi: "Ví dụ: Hợp tác xã, Tháng 3/2026, Trường THCS A.",
        en: "For example: Cooperatives, March 2026, School A.",
    };
    pub const ADD_NAMED: Text = Text {
        vi: "Thêm dòng",
        en: "Add the row",
    };
    pub const REMOVE_ALL_UNITS: Text = Text {
        vi: "Xoá tất cả đơn vị",
        en: "Remove every unit",
    };
    pub const EDIT_UNIT: Text = Text {
        vi: "Nhập số liệu",
        en: "Enter figures",
    };
    pub const CLOSE_EDIT: Text = Text {
        vi: "Xong",
        en: "Done",
    };
    pub const REMOVE_UNIT: Text = Text {
        vi: "Xoá đơn vị này",
        en: "Remove this unit",
    };
    pub const BASE_LABEL: Text = Text {
        vi: "Tổng số (cơ sở)",
        en: "Total (base)",
    };
    pub const DONE_LABEL: Text = Text {
        vi: "Đã đạt",
        en: "Done",
    };
    pub const DONE_HINT: Text = Text {
        vi: "Để trống nếu chưa có số liệu.",
        en: "Leave empty when there is no figure yet.",
    };
    pub const QUOTA_OVERRIDE_LABEL: Text = Text {
        vi: "Chỉ tiêu được giao (không bắt buộc)",
        en: "Assigned quota (optional)",
    };
    pub const QUOTA_OVERRIDE_HINT: Text = Text {
        vi: "Để trống để tính theo % chỉ tiêu của cơ sở tính.",
        en: "Leave empty to use the target % of the base.",
    };
    pub const EXCLUSIONS_LEGEND: Text = Text {
        vi: "Trường hợp loại trừ",
        en: "Exclusions",
    };
    pub const EXCLUSIONS_HINT: Text = Text {
        vi: "Những trường hợp không thể thực hiện vì lý do khách quan (kế hoạch Hưng Yên 2025).",
        en: "Cases that cannot be served for objective reasons (Hưng Yên 2025 plan).",
    };
    pub const COUNT_HINT: Text = Text {
        vi: "Số nguyên, ví dụ 2.129.289",
        en: "A whole number, for example 2,129,289",
    };

    pub const COL_UNIT: Text = Text {
        vi: "Đơn vị",
        en: "Unit",
    };
    pub const COL_BASE: Text = Text {
        vi: "Cơ sở tính",
        en: "Base",
    };
    pub const COL_DONE: Text = Text {
        vi: "Đã đạt",
        en: "Done",
    };
    pub const COL_ACHIEVED: Text = Text {
        vi: "Tỷ lệ",
        en: "Rate",
    };
    pub const COL_TARGET: Text = Text {
        vi: "Chỉ tiêu",
        en: "Target",
    };
    pub const COL_REMAINING: Text = Text {
        vi: "Còn lại",
        en: "Remaining",
    };
    pub const COL_PER_DAY: Text = Text {
        vi: "Cần/ngày",
        en: "Per day",
    };
    pub const COL_STATUS: Text = Text {
        vi: "Tình trạng",
        en: "Status",
    };
    pub const COL_ACTIONS: Text = Text {
        vi: "Thao tác",
        en: "Actions",
    };
    pub const NO_UNITS: Text = Text {
        vi: "Chưa có đơn vị nào. Thêm xã, phường hoặc mở một ví dụ.",
        en: "No units yet. Add communes or open an example.",
    };

    pub const SORT_LABEL: Text = Text {
        vi: "Sắp xếp theo",
        en: "Sort by",
    };
    pub const DESCENDING_LABEL: Text = Text {
        vi: "Giảm dần",
        en: "Descending",
    };
    pub const FILTER_LABEL: Text = Text {
        vi: "Hiển thị",
        en: "Show",
    };
}

/// "Đơn vị 1–100 trên 3.321".
pub fn showing(first: usize, last: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đơn vị {}–{} trên {}",
            count(first, lang),
            count(last, lang),
            count(total, lang)
        ),
        Lang::En => format!(
            "Units {}–{} of {}",
            count(first, lang),
            count(last, lang),
            count(total, lang)
        ),
    }
}

/// A sort key's name in the sort menu.
pub const fn sort_key(key: SortKey) -> Text {
    match key {
        SortKey::Order => Text {
            vi: "Thứ tự nhập",
            en: "Order entered",
        },
        SortKey::Code => Text {
            vi: "Mã xã",
            en: "Commune code",
        },
        SortKey::Achieved => Text {
            vi: "Tỷ lệ đạt",
            en: "Achieved rate",
        },
        SortKey::Remaining => Text {
            vi: "Số còn lại",
            en: "Remaining",
        },
        SortKey::Done => Text {
            vi: "Số đã đạt",
            en: "Done",
        },
        SortKey::Base => Text {
            vi: "Cơ sở tính",
            en: "Base",
        },
        SortKey::Target => Text {
            vi: "Chỉ tiêu",
            en: "Target",
        },
        SortKey::Status => Text {
            vi: "Tình trạng (cần chú ý trước)",
            en: "Status (most urgent first)",
        },
        SortKey::Flags => Text {
            vi: "Số chỉ tiêu dưới ngưỡng (nhiều trước)",
            en: "Indicators under the threshold (most first)",
        },
    }
}

/// A filter's name in the filter menu.
pub const fn unit_filter(filter: UnitFilter) -> Text {
    match filter {
        UnitFilter::All => Text {
            vi: "Tất cả đơn vị",
            en: "Every unit",
        },
        UnitFilter::UnderThreshold => Text {
            vi: "Dưới ngưỡng cảnh báo",
            en: "Under the warning threshold",
        },
        UnitFilter::Behind => Text {
            vi: "Chậm tiến độ hoặc dưới ngưỡng",
            en: "Behind or under the threshold",
        },
        UnitFilter::NotDone => Text {
            vi: "Chưa đạt chỉ tiêu",
            en: "Target not reached",
        },
        UnitFilter::Done => Text {
            vi: "Đã đạt chỉ tiêu",
            en: "Target reached",
        },
        UnitFilter::NoData => Text {
            vi: "Chưa có số liệu",
            en: "No figures yet",
        },
    }
}

texts! { results_texts:
    pub const RESULTS_HEADING: Text = Text {
        vi: "Kết quả",
        en: "Results",
    };
    pub const TOTAL_ROW: Text = Text {
        vi: "Toàn chiến dịch",
        en: "Whole campaign",
    };
    pub const ACHIEVED_LABEL: Text = Text {
        vi: "Tỷ lệ đạt",
        en: "Achieved",
    };
    pub const ACHIEVED_AFTER_LABEL: Text = Text {
        vi: "Sau khi trừ loại trừ",
        en: "After exclusions",
    };
    pub const ACHIEVED_OF_BASE_LABEL: Text = Text {
        vi: "Trên tổng số",
        en: "Of the whole total",
    };
    pub const TARGET_COUNT_LABEL: Text = Text {
        vi: "Chỉ tiêu",
        en: "Target",
    };
    pub const REMAINING_LABEL: Text = Text {
        vi: "Còn lại",
        en: "Remaining",
    };
    pub const PER_DAY_LABEL: Text = Text {
        vi: "Cần mỗi ngày",
        en: "Needed per day",
    };
    pub const RUN_RATE_LABEL: Text = Text {
        vi: "Tốc độ hiện tại",
        en: "Current run rate",
    };
    pub const PROJECTION_LABEL: Text = Text {
        vi: "Dự kiến xong",
        en: "Projected finish",
    };
    pub const DAYS_LABEL: Text = Text {
        vi: "Số ngày",
        en: "Days",
    };
    pub const UNITS_UNDER_LABEL: Text = Text {
        vi: "Đơn vị dưới ngưỡng",
        en: "Units under the threshold",
    };
    pub const NO_DEADLINE_DAYS: Text = Text {
        vi: "Đã hết hạn",
        en: "The deadline has passed",
    };
}

/// "12 / 104 đơn vị".
pub fn units_of(part: usize, whole: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} / {} đơn vị", count(part, lang), count(whole, lang)),
        Lang::En => format!("{} of {} units", count(part, lang), count(whole, lang)),
    }
}

/// "đã qua 12, còn 21 (ngày theo lịch, không tính hôm nay)".
pub fn days_sentence(elapsed: u32, left: u32, counting: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "đã qua {}, còn {} ({counting})",
            count(elapsed, lang),
            count(left, lang)
        ),
        Lang::En => format!(
            "{} elapsed, {} left ({counting})",
            count(elapsed, lang),
            count(left, lang)
        ),
    }
}

/// "ít nhất 267" (the rate rounded up to a whole count).
pub fn at_least(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("ít nhất {}", count(n, lang)),
        Lang::En => format!("at least {}", count(n, lang)),
    }
}

/// "266,4 mỗi ngày".
pub fn per_day(rate: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{rate} mỗi ngày"),
        Lang::En => format!("{rate} a day"),
    }
}

/// "Tiến độ theo giai đoạn — Hợp tác xã".
pub fn phases_caption(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tiến độ theo giai đoạn — {name}"),
        Lang::En => format!("Progress by phase — {name}"),
    }
}
texts! { phases_texts:
    pub const COL_PHASE: Text = Text {
        vi: "Giai đoạn",
        en: "Phase",
    };
    pub const COL_PHASE_END: Text = Text {
        vi: "Kết thúc",
        en: "Ends",
    };
    pub const COL_PHASE_TARGET: Text = Text {
        vi: "Chỉ tiêu giai đoạn",
        en: "Phase target",
    };
    pub const COL_CUMULATIVE: Text = Text {
        vi: "Luỹ kế",
        en: "Cumulative",
    };
    pub const COL_DAYS_LEFT: Text = Text {
        vi: "Ngày còn lại",
        en: "Days left",
    };
}

/// "Giai đoạn 2".
pub fn phase_name(index: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Giai đoạn {}", index + 1),
        Lang::En => format!("Phase {}", index + 1),
    }
}

texts! { chart_texts:
    pub const CHART_HINT: Text = Text {
        vi: "Thanh đậm: đã đạt so với chỉ tiêu (cả thanh = 100 % chỉ tiêu). Vạch đen: nếu đúng tiến độ thì đến hôm nay phải tới đây. Đơn vị dưới ngưỡng có thanh màu đỏ.",
        en: "Dark bar: done against the target (the full bar = 100% of the target). Black tick: where the unit should be today to be on pace. Units under the threshold are red.",
    };
    pub const LEGEND_DONE: Text = Text {
        vi: "Đã đạt",
        en: "Done",
    };
    pub const LEGEND_TODO: Text = Text {
        vi: "Còn lại đến chỉ tiêu",
        en: "Still to do",
    };
    pub const LEGEND_UNDER: Text = Text {
        vi: "Dưới ngưỡng",
        en: "Under the threshold",
    };
    pub const LEGEND_TARGET: Text = Text {
        vi: "Chỉ tiêu",
        en: "Target",
    };
    pub const LEGEND_PACE: Text = Text {
        vi: "Mốc tiến độ hôm nay",
        en: "Today's pace mark",
    };

    pub const PROBLEMS_HEADING: Text = Text {
        vi: "Cần xem lại",
        en: "To check",
    };
    pub const FIGURES_HEADING: Text = Text {
        vi: "Số liệu trong văn bản và số tính lại",
        en: "The document's figures and the tool's computation",
    };
    pub const COL_FIGURE: Text = Text {
        vi: "Số liệu",
        en: "Figure",
    };
    pub const COL_PUBLISHED: Text = Text {
        vi: "Văn bản ghi",
        en: "Published",
    };
    pub const COL_COMPUTED: Text = Text {
        vi: "Công cụ tính",
        en: "Computed",
    };
    pub const COL_NOTE: Text = Text {
        vi: "Ghi chú",
        en: "Note",
    };
    pub const AGREES: Text = Text {
        vi: "Khớp",
        en: "Agrees",
    };

    pub const QUOTA_HEADING: Text = Text {
        vi: "Chia chỉ tiêu cho các đơn vị",
        en: "Split a quota across the units",
    };
    pub const QUOTA_TOTAL_LABEL: Text = Text {
        vi: "Tổng chỉ tiêu cần chia",
        en: "Total quota to split",
    };
    pub const QUOTA_HINT: Text = Text {
        vi: "Chia theo tỷ lệ cơ sở tính của từng đơn vị bằng phương pháp số dư lớn nhất (Hamilton), tính bằng số nguyên chính xác: các phần cộng lại đúng bằng tổng, mỗi đơn vị lệch phần chính xác của mình không quá 1. Bằng nhau thì ưu tiên số dư lớn hơn, rồi cơ sở lớn hơn, rồi thứ tự đơn vị.",
        en: "Split in proportion to each unit's base by the largest-remainder (Hamilton) method in exact integers: the parts add up to the total exactly, and no unit is more than 1 away from its exact share. Ties go to the larger remainder, then the larger base, then the unit order.",
    };
    pub const COL_EXACT_SHARE: Text = Text {
        vi: "Phần chính xác",
        en: "Exact share",
    };
    pub const COL_ASSIGNED: Text = Text {
        vi: "Được giao",
        en: "Assigned",
    };
    pub const QUOTA_APPLY: Text = Text {
        vi: "Giao các chỉ tiêu này cho đơn vị",
        en: "Assign these quotas to the units",
    };
    pub const QUOTA_CLEAR: Text = Text {
        vi: "Bỏ chỉ tiêu đã giao",
        en: "Clear assigned quotas",
    };
    pub const QUOTA_NEEDS_UNITS: Text = Text {
        vi: "Thêm đơn vị có cơ sở tính trước khi chia chỉ tiêu.",
        en: "Add units with a base before splitting a quota.",
    };
    pub const QUOTA_ALL_ZERO: Text = Text {
        vi: "Mọi đơn vị đều có cơ sở tính bằng 0 nên chỉ tiêu được chia đều (đơn vị đứng trước nhận phần dư).",
        en: "Every unit has a base of 0, so the quota is split evenly (earlier units take the remainder).",
    };
}

/// Alabama paradox: raising the total lowered some units' shares.
pub fn alabama(total_before: u64, total_now: u64, units: &[String], lang: Lang) -> String {
    let list = units.join(", ");
    match lang {
        Lang::Vi => format!(
            "Lưu ý: khi tăng tổng từ {} lên {}, phần của {list} lại giảm đi 1 (nghịch lý Alabama của phương pháp số dư lớn nhất). Đây là kết quả đúng của phương pháp, nhưng nên giải thích cho các đơn vị.",
            count(total_before, lang),
            count(total_now, lang)
        ),
        Lang::En => format!(
            "Note: raising the total from {} to {} lowered the share of {list} by 1 (the Alabama paradox of the largest-remainder method). It is the method's correct result, but worth explaining to the units.",
            count(total_before, lang),
            count(total_now, lang)
        ),
    }
}

texts! { share_texts:
    pub const SHARE_HEADING: Text = Text {
        vi: "Chia sẻ",
        en: "Share",
    };
    pub const SHARE_HINT: Text = Text {
        vi: "Đường liên kết chứa toàn bộ số liệu của chiến dịch sau dấu #, không gửi lên máy chủ nào. Người nhận mở là thấy đúng số liệu này.",
        en: "The link holds all the campaign's figures after the #, and is not sent to any server. Whoever opens it sees exactly these figures.",
    };
    pub const MAKE_LINK: Text = Text {
        vi: "Tạo đường liên kết",
        en: "Make a link",
    };
    pub const LINK_LABEL: Text = Text {
        vi: "Đường liên kết",
        en: "Link",
    };
    pub const COPY_LINK: Text = Text {
        vi: "Sao chép đường liên kết",
        en: "Copy the link",
    };
    pub const COPIED: Text = Text {
        vi: "Đã sao chép.",
        en: "Copied.",
    };
    pub const COPY_REFUSED: Text = Text {
        vi: "Trình duyệt không cho sao chép tự động: chọn đường liên kết ở trên rồi sao chép.",
        en: "The browser refused to copy: select the link above and copy it.",
    };
    pub const QR_HEADING: Text = Text {
        vi: "Mã QR của đường liên kết",
        en: "QR code of the link",
    };
    pub const QR_TOO_LONG: Text = Text {
        vi: "Đường liên kết quá dài để làm mã QR. Gửi đường liên kết hoặc tệp JSON.",
        en: "The link is too long for a QR code. Send the link or the JSON file.",
    };
}

/// "1.449 ký tự".
pub fn characters(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} ký tự", count(n, lang)),
        Lang::En => format!("{} characters", count(n, lang)),
    }
}

texts! { transfer_texts:
    pub const TRANSFER_HEADING: Text = Text {
        vi: "Nhập và xuất dữ liệu",
        en: "Import and export",
    };
    pub const EXPORT_CSV: Text = Text {
        vi: "Tải bảng đơn vị (CSV cho Excel)",
        en: "Download the units (CSV for Excel)",
    };
    pub const EXPORT_JSON: Text = Text {
        vi: "Tải cả chiến dịch (JSON)",
        en: "Download the whole campaign (JSON)",
    };
    pub const IMPORT_JSON_LABEL: Text = Text {
        vi: "Mở cả chiến dịch (JSON)",
        en: "Open a whole campaign (JSON)",
    };
    pub const IMPORT_JSON_FAILED: Text = Text {
        vi: "Tệp này không phải tệp chiến dịch của Sẵn Sàng, hoặc đã bị hỏng. Chiến dịch đang soạn không thay đổi.",
        en: "This file is not a Sẵn Sàng campaign file, or it is damaged. The campaign being edited is unchanged.",
    };

    pub const SHARED_NOTE: Text = Text {
        vi: "Bạn đang xem một chiến dịch được chia sẻ qua đường liên kết. Số liệu nằm trong đường liên kết; trang này chỉ để xem.",
        en: "You are viewing a campaign shared by link. The figures are in the link; this page is read-only.",
    };
    pub const EDIT_A_COPY: Text = Text {
        vi: "Sửa một bản sao",
        en: "Edit a copy",
    };
    pub const EDIT_A_COPY_HINT: Text = Text {
        vi: "Bản sao thay thế chiến dịch đang soạn trên máy này (nếu có).",
        en: "The copy replaces the campaign being edited on this device (if any).",
    };
    pub const LINK_ERROR_HEADING: Text = Text {
        vi: "Không mở được chiến dịch từ đường liên kết",
        en: "The campaign in this link cannot be opened",
    };
    pub const OPEN_EMPTY_TRACKER: Text = Text {
        vi: "Mở trang theo dõi trống",
        en: "Open an empty tracker",
    };

    pub const HANDOVER_NOTICE: Text = Text {
        vi: "Có số lượng tổ chức theo từng xã, phường từ trang Kiểm tra danh sách.",
        en: "There are per-commune counts of organizations from the list check.",
    };
    pub const HANDOVER_CREATE: Text = Text {
        vi: "Tạo chiến dịch từ số liệu này",
        en: "Make a campaign from these counts",
    };
    pub const HANDOVER_DISMISS: Text = Text {
        vi: "Bỏ qua",
        en: "Dismiss",
    };
}

/// Name of a campaign made from a bulk check: "Định danh tổ chức — 120 xã, phường".
pub fn handover_name(communes: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Định danh tổ chức — {} xã, phường", count(communes, lang)),
        Lang::En => format!("Organization accounts — {} communes", count(communes, lang)),
    }
}

/// A unit's name: the commune's name from the 2025 list, or the free text typed.
pub fn place_name(place: &crate::rules::campaign::Place, lang: Lang) -> String {
    use crate::rules::campaign::Place;
    use crate::rules::units::{CommuneCode, commune};
    match place {
        Place::Commune(code) => CommuneCode::new(*code).ok().and_then(commune).map_or_else(
            || match lang {
                Lang::Vi => format!("Mã xã {code:05}"),
                Lang::En => format!("Commune code {code:05}"),
            },
            |c| c.full_name.to_owned(),
        ),
        Place::Named(name) => name.clone(),
    }
}

/// A share such as a target or threshold: `80 %`, `81,5 %` (`80%` in English).
pub fn share(p: crate::rules::campaign::BasisPoints, lang: Lang) -> String {
    crate::rules::number::Percent::from_hundredths(p.0).format(lang.number_style())
}

/// "120 xã, phường; 11.589 tổ chức, trong đó 230 không hoạt động; 14 tổ chức chưa xác định được xã."
pub fn handover_summary(counts: &crate::rules::bulk::export::CommuneCounts, lang: Lang) -> String {
    let organizations: u64 = counts.rows.iter().map(|r| u64::from(r.1)).sum();
    let inactive: u64 = counts.rows.iter().map(|r| u64::from(r.2)).sum();
    let communes = count(counts.rows.len(), lang);
    let (organizations, inactive, unassigned) = (
        count(organizations, lang),
        count(inactive, lang),
        count(counts.unassigned, lang),
    );
    let mut text = match lang {
        Lang::Vi => format!(
            "{communes} xã, phường; {organizations} tổ chức, trong đó {inactive} không hoạt động (được loại trừ khỏi chỉ tiêu); {unassigned} tổ chức chưa xác định được xã nên không được đưa vào."
        ),
        Lang::En => format!(
            "{communes} communes; {organizations} organizations, {inactive} of them not operating (excluded from targets); {unassigned} organizations whose commune was not found are left out."
        ),
    };
    // Old addresses (docs/rules.md §2.4): how many were converted, and the split ones left apart.
    if counts.converted > 0 || counts.split > 0 {
        let (converted, split) = (count(counts.converted, lang), count(counts.split, lang));
        text.push(' ');
        text.push_str(&match lang {
            Lang::Vi => format!(
                "{converted} tổ chức có xã từ địa chỉ cũ; {split} tổ chức ở xã cũ đã chia chưa chọn xã mới nên không được đưa vào. {}",
                super::old_address::source_note(lang)
            ),
            Lang::En => format!(
                "{converted} organizations have their commune from an old address; {split} in split old communes not settled are left out. {}",
                super::old_address::source_note(lang)
            ),
        });
    }
    text
}

texts! { history_texts:
    pub const HISTORY_LEGEND: Text = Text {
        vi: "Số đã đạt theo ngày (để tính tốc độ)",
        en: "Done by date (for the run rate)",
    };
    pub const HISTORY_HINT: Text = Text {
        vi: "Mỗi lần cập nhật số đã đạt, ghi lại kèm ngày: tốc độ tính từ số của ngày đầu tiên. Không có lịch sử thì coi như bắt đầu từ 0 vào ngày bắt đầu.",
        en: "Each time you update the figure, record it with its date: the run rate counts from the first dated figure. Without a history, the campaign is taken to start from 0 on its start day.",
    };
    pub const NO_HISTORY: Text = Text {
        vi: "Chưa ghi ngày nào.",
        en: "No dated figure yet.",
    };
    pub const REMOVE_POINT: Text = Text {
        vi: "Xoá",
        en: "Remove",
    };
}

/// "Ghi số đã đạt (1.309) cho ngày 09/06/2025".
pub fn record_history(done: Option<u64>, date: &str, lang: Lang) -> String {
    match done {
        Some(d) => match lang {
            Lang::Vi => format!("Ghi số đã đạt ({}) cho ngày {date}", count(d, lang)),
            Lang::En => format!("Record the figure ({}) for {date}", count(d, lang)),
        },
        None => match lang {
            Lang::Vi => format!("Nhập số đã đạt để ghi cho ngày {date}"),
            Lang::En => format!("Enter the figure to record it for {date}"),
        },
    }
}

// ---- several indicators ------------------------------------------------------------------------

texts! { indicators_texts:
    pub const INDICATORS_HEADING: Text = Text {
        vi: "Các chỉ tiêu",
        en: "Indicators",
    };
    pub const INDICATORS_HINT: Text = Text {
        vi: "Một chiến dịch theo dõi tới 8 chỉ tiêu trên cùng các đơn vị, như bảng báo cáo hằng tuần: mỗi chỉ tiêu có cơ sở tính, tỷ lệ chỉ tiêu, hạn chót, giai đoạn và ngưỡng cảnh báo riêng.",
        en: "A campaign tracks up to 8 indicators over the same units, like the weekly report table: each has its own base, target, deadline, phases and warning threshold.",
    };
    pub const ADD_INDICATOR: Text = Text {
        vi: "Thêm chỉ tiêu",
        en: "Add an indicator",
    };
    pub const REMOVE_INDICATOR: Text = Text {
        vi: "Xoá chỉ tiêu này",
        en: "Remove this indicator",
    };
}

/// "Chỉ tiêu 2: Hợp tác xã".
pub fn indicator_legend(index: usize, name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chỉ tiêu {}: {name}", index + 1),
        Lang::En => format!("Indicator {}: {name}", index + 1),
    }
}

texts! { indicator_settings_texts:
    pub const BASE_SOURCE_LABEL: Text = Text {
        vi: "Cơ sở tính",
        en: "Base",
    };
    pub const BASE_SOURCE_HINT: Text = Text {
        vi: "Số liệu riêng của từng đơn vị, hoặc lấy từ một chỉ tiêu đứng trước: ví dụ tài khoản đã cấp tính trên số hồ sơ đã thu nhận.",
        en: "Each unit's own figure, or taken from an indicator listed before: for example accounts granted over records collected.",
    };
    pub const MEASURE_LEGEND: Text = Text {
        vi: "Cách tính chỉ tiêu",
        en: "How it is measured",
    };
    pub const MEASURE_CUMULATIVE: Text = Text {
        vi: "Luỹ kế đến hạn chót",
        en: "Cumulative to the deadline",
    };
    pub const MEASURE_MONTHLY: Text = Text {
        vi: "Theo từng tháng",
        en: "Month by month",
    };
    pub const MEASURE_MONTHLY_HINT: Text = Text {
        vi: "Mỗi tháng: số đã đạt ÷ số phát sinh trong tháng phải đạt ngưỡng (như “kích hoạt từ 90 % tài khoản nhận trong tháng”).",
        en: "Each month: done ÷ that month's new cases must reach the threshold (like “activate at least 90% of the accounts received each month”).",
    };
    pub const MONTH_LABEL: Text = Text {
        vi: "Tháng",
        en: "Month",
    };
    pub const MONTH_BASE_LABEL: Text = Text {
        vi: "Phát sinh trong tháng",
        en: "New this month",
    };
    pub const MONTH_DONE_LABEL: Text = Text {
        vi: "Đã đạt trong số đó",
        en: "Done of them",
    };
    pub const COL_MONTH_BASE: Text = Text {
        vi: "Phát sinh",
        en: "New",
    };
}

/// "Số liệu tháng 05/2026 (tháng của ngày tính số liệu)."
pub fn month_fields_hint(month: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Số liệu tháng {month} (tháng của ngày tính số liệu)."),
        Lang::En => format!("Figures of {month} (the month of the figures' date)."),
    }
}

/// "04/2026: 10.000 phát sinh, 9.100 đã đạt".
pub fn month_line(month: &str, base: u64, done: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{month}: {} phát sinh, {} đã đạt",
            count(base, lang),
            count(done, lang)
        ),
        Lang::En => format!(
            "{month}: {} new, {} done",
            count(base, lang),
            count(done, lang)
        ),
    }
}

/// "Từng tháng — Kích hoạt tài khoản (ngưỡng 90 %)".
pub fn months_caption(
    name: &str,
    threshold: crate::rules::campaign::BasisPoints,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!("Từng tháng — {name} (ngưỡng {})", share(threshold, lang)),
        Lang::En => format!(
            "Month by month — {name} (threshold {})",
            share(threshold, lang)
        ),
    }
}

/// "Tỷ lệ đạt 15,17 % (1.309 / 8.630)".
pub fn achieved_line(rate: &str, done: u64, base: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Tỷ lệ đạt {rate} ({} / {})",
            count(done, lang),
            count(base, lang)
        ),
        Lang::En => format!(
            "Achieved {rate} ({} / {})",
            count(done, lang),
            count(base, lang)
        ),
    }
}

/// "10 / 104 đơn vị (ngưỡng cảnh báo 70 %)".
pub fn units_under(
    under: usize,
    units: usize,
    threshold: crate::rules::campaign::BasisPoints,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!(
            "{} (ngưỡng cảnh báo {})",
            units_of(under, units, lang),
            share(threshold, lang)
        ),
        Lang::En => format!(
            "{} (warning threshold {})",
            units_of(under, units, lang),
            share(threshold, lang)
        ),
    }
}

texts! { units_texts:
    pub const UNITS_TABLE_HEADING: Text = Text {
        vi: "Từng đơn vị, từng chỉ tiêu",
        en: "Each unit, each indicator",
    };
    pub const UNITS_MATRIX_CAPTION: Text = Text {
        vi: "Bảng số liệu: mỗi đơn vị một dòng, mỗi chỉ tiêu năm cột",
        en: "Figures: one row per unit, five columns per indicator",
    };
    pub const INDICATOR_SHOWN_LABEL: Text = Text {
        vi: "Sắp xếp và vẽ biểu đồ theo chỉ tiêu",
        en: "Sort and chart by indicator",
    };
    pub const FILTER_SCOPE_LABEL: Text = Text {
        vi: "Xét trên",
        en: "Judged on",
    };
    pub const FILTER_ANY: Text = Text {
        vi: "Bất kỳ chỉ tiêu nào",
        en: "Any indicator",
    };
}

/// "Chỉ tiêu “Hợp tác xã”".
pub fn filter_on(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chỉ tiêu “{name}”"),
        Lang::En => format!("The indicator “{name}”"),
    }
}

texts! { matrix_texts:
    pub const COL_FLAGGED: Text = Text {
        vi: "Dưới ngưỡng ở",
        en: "Under the threshold on",
    };
    pub const COL_DONE_OF_TARGET: Text = Text {
        vi: "Đạt / chỉ tiêu",
        en: "Done / target",
    };
}

/// "Dưới ngưỡng: Hồ sơ, Tổ chức".
pub fn flagged_on(names: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Dưới ngưỡng: {names}"),
        Lang::En => format!("Under the threshold: {names}"),
    }
}

/// "Nhập số liệu: Phường Phố Hiến".
pub fn editing_unit(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Nhập số liệu: {name}"),
        Lang::En => format!("Enter figures: {name}"),
    }
}

/// "Tiến độ từng đơn vị — Hồ sơ căn cước".
pub fn chart_heading(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tiến độ từng đơn vị — {name}"),
        Lang::En => format!("Progress of each unit — {name}"),
    }
}

/// "Tiến độ theo ngày báo cáo — Hồ sơ căn cước".
pub fn progress_heading(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tiến độ theo ngày báo cáo — {name}"),
        Lang::En => format!("Progress by report date — {name}"),
    }
}

/// "Tỷ lệ từng tháng — Kích hoạt tài khoản".
pub fn months_chart_heading(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tỷ lệ từng tháng — {name}"),
        Lang::En => format!("Each month's rate — {name}"),
    }
}

texts! { progress_texts:
    pub const PROGRESS_HINT: Text = Text {
        vi: "Thanh: tổng số đã đạt của mọi đơn vị ở mỗi ngày báo cáo (đơn vị chưa báo cáo ngày đó tính theo số gần nhất trước đó). Vạch đen: nếu đúng tiến độ thì đến ngày đó phải tới đây. Thanh đỏ: chậm hơn tiến độ.",
        en: "Bars: all units' total done on each report date (a unit without a figure that day counts its latest one before). Black tick: where the total should be that day to be on pace. Red bars: behind the pace.",
    };
    pub const MONTHS_CHART_HINT: Text = Text {
        vi: "Thanh: tỷ lệ đạt của cả tháng. Vạch đen: ngưỡng. Thanh đỏ: tháng dưới ngưỡng.",
        en: "Bars: each month's rate. Black tick: the threshold. Red bars: months under the threshold.",
    };
}

/// "Chia chỉ tiêu “Hợp tác xã”: 430".
pub fn quota_caption(name: &str, total: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chia chỉ tiêu “{name}”: {}", count(total, lang)),
        Lang::En => format!("Splitting “{name}”: {}", count(total, lang)),
    }
}

texts! { quota_texts:
    pub const QUOTA_INDICATOR_LABEL: Text = Text {
        vi: "Chỉ tiêu cần chia",
        en: "Indicator to split",
    };
}

/// "Đơn vị dưới ngưỡng ở ít nhất một chỉ tiêu: 12 / 104 — xếp trước".
pub fn print_heading(flagged: usize, units: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đơn vị dưới ngưỡng ở ít nhất một chỉ tiêu: {} (xếp trước)",
            units_of(flagged, units, lang)
        ),
        Lang::En => format!(
            "Units under the threshold on at least one indicator: {} (listed first)",
            units_of(flagged, units, lang)
        ),
    }
}

/// "… và 76 đơn vị khác (xem trên máy)".
pub fn print_more(more: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "… và {} đơn vị khác (xem trong ứng dụng)",
            count(more, lang)
        ),
        Lang::En => format!("… and {} more units (see the app)", count(more, lang)),
    }
}

/// "Tính lại theo hôm nay (06/12/2026)".
pub fn as_of_today(today: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tính theo hôm nay ({today})"),
        Lang::En => format!("Compute as of today ({today})"),
    }
}

/// "Số liệu" — "(1): tên" for a figure of an indicator and phase.
pub fn figure_name(
    figure: &str,
    indicator: Option<&str>,
    phase: Option<usize>,
    lang: Lang,
) -> String {
    let what = match indicator {
        Some(name) => format!("{figure} — {name}"),
        None => figure.to_owned(),
    };
    match phase {
        Some(p) => format!("{what} ({})", phase_name(p, lang)),
        None => what,
    }
}

// ---- the read-only view of a link -----------------------------------------------------------

/// "3 chỉ tiêu · 01/10/2025 → 31/12/2025".
pub fn shared_lead(indicators: usize, start: &str, end: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} chỉ tiêu · {start} → {end}", count(indicators, lang)),
        Lang::En => format!("{} indicators · {start} → {end}", count(indicators, lang)),
    }
}

/// "Số liệu tính đến ngày 09/06/2025 (ngày người gửi chọn)."
pub fn figures_date_line(date: &str, sent: bool, lang: Lang) -> String {
    if sent {
        match lang {
            Lang::Vi => format!("Số liệu tính đến ngày {date} (ngày của người gửi)."),
            Lang::En => format!("Figures as of {date} (the sender's date)."),
        }
    } else {
        match lang {
            Lang::Vi => {
                format!("Đường liên kết không ghi ngày của số liệu: tính đến hôm nay, {date}.")
            }
            Lang::En => format!(
                "The link does not say which date its figures are of: computed as of today, {date}."
            ),
        }
    }
}

/// "Hôm nay: 06/12/2026."
pub fn today_line(today: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Hôm nay: {today}."),
        Lang::En => format!("Today: {today}."),
    }
}

/// "Đường liên kết dài 3.421 ký tự: mã QR sẽ quá dày để điện thoại quét được. Gửi đường liên kết."
pub fn qr_too_long(characters: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đường liên kết dài {} ký tự: mã QR của nó quá dày, điện thoại khó quét được. Gửi chính đường liên kết (nút “Sao chép đường liên kết”), hoặc tệp JSON của chiến dịch.",
            count(characters, lang)
        ),
        Lang::En => format!(
            "The link is {} characters long: its QR code would be too dense for a phone to scan. Send the link itself (“Copy the link”), or the campaign's JSON file.",
            count(characters, lang)
        ),
    }
}

// ---- the weekly table ---------------------------------------------------------------------------

texts! { weekly_texts:
    pub const WEEKLY_HEADING: Text = Text {
        vi: "Cập nhật từ bảng báo cáo tuần",
        en: "Update from the weekly report table",
    };
    pub const WEEKLY_HINT: Text = Text {
        vi: "Bảng như khi báo cáo: mỗi xã, phường một dòng, mỗi chỉ tiêu một cột; có thể có dòng tiêu đề, dòng tổng cộng, cột số thứ tự và cột tỷ lệ. Số liệu cũ của mỗi đơn vị được giữ trong lịch sử theo ngày.",
        en: "The table as you report it: one row per commune, one column per indicator; title rows, a total row, row numbers and rate columns are fine. Each unit's earlier figures are kept in its dated history.",
    };
    pub const WEEKLY_PASTE_LABEL: Text = Text {
        vi: "Dán bảng từ Excel",
        en: "Paste the table from a spreadsheet",
    };
    pub const WEEKLY_PASTE_HINT: Text = Text {
        vi: "Trong Excel, chọn cả bảng (kể cả dòng tiêu đề), sao chép, rồi dán vào đây.",
        en: "In your spreadsheet, select the whole table (header included), copy it, and paste it here.",
    };
    pub const WEEKLY_READ_PASTE: Text = Text {
        vi: "Đọc bảng đã dán",
        en: "Read the pasted table",
    };
    pub const WEEKLY_FILE_LABEL: Text = Text {
        vi: "Hoặc mở tệp bảng tính (Excel, OpenDocument, CSV)",
        en: "Or open a spreadsheet file (Excel, OpenDocument, CSV)",
    };
    pub const WEEKLY_FILE_HINT: Text = Text {
        vi: "Tệp .xlsx, .xls, .ods hoặc CSV, kể cả CSV lưu từ Excel tiếng Việt và chữ gõ TCVN3 hoặc VNI; hoặc tệp tải về từ phần “Nhập và xuất dữ liệu”. Có thể kéo thả tệp vào ô này.",
        en: "An .xlsx, .xls, .ods or CSV file, including a CSV saved by a Vietnamese spreadsheet and text typed in TCVN3 or VNI; or the file downloaded from “Import and export”. You can also drop the file here.",
    };
}

/// Why a file gave no table (before the file worker was involved).
pub fn table_file_error(error: crate::forms::campaign::TableFileError, lang: Lang) -> String {
    use crate::forms::campaign::TableFileError as E;
    match error {
        E::TooLarge { bytes } => {
            let mb = |b: usize| count(b.div_ceil(1024 * 1024) as u64, lang);
            let max = mb(crate::rules::delimited::MAX_INPUT_BYTES);
            match lang {
                Lang::Vi => format!(
                    "Tệp có {} MB, lớn hơn mức {max} MB đọc được. Chỉ giữ các cột và dòng của bảng báo cáo rồi lưu lại",
                    mb(bytes)
                ),
                Lang::En => format!(
                    "The file is {} MB, more than the {max} MB that can be read. Keep only the report table's rows and columns and save it again",
                    mb(bytes)
                ),
            }
        }
        E::Unreadable => match lang {
            Lang::Vi => "Không đọc được tệp này. Chọn lại tệp; nếu vẫn không được, mở bằng Excel rồi lưu thành tệp .xlsx mới".to_owned(),
            Lang::En => "This file could not be read. Choose it again; if that fails, open it in a spreadsheet and save it as a new .xlsx file".to_owned(),
        },
        E::Empty => match lang {
            Lang::Vi => "Tệp này không có dòng nào. Kiểm tra đã chọn đúng tệp".to_owned(),
            Lang::En => "This file has no rows. Check that it is the right file".to_owned(),
        },
    }
}

texts! { weekly_header_texts:
    pub const WEEKLY_NO_HEADER: Text = Text {
        vi: "Không thấy dòng tiêu đề nào có tên xã, phường hoặc tên chỉ tiêu trong 30 dòng đầu. Dán cả dòng tiêu đề của bảng rồi đọc lại.",
        en: "No header row naming communes or indicators was found in the first 30 rows. Paste the table with its header row and read it again.",
    };
}

/// "Dòng tiêu đề: dòng 5, 9 cột".
pub fn weekly_found(row: usize, columns: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Dòng tiêu đề ở dòng {}, {} cột",
            count(row, lang),
            count(columns, lang)
        ),
        Lang::En => format!(
            "Header in row {}, {} columns",
            count(row, lang),
            count(columns, lang)
        ),
    }
}

texts! { weekly_columns_texts:
    pub const WEEKLY_CHECK_COLUMNS: Text = Text {
        vi: "Kiểm tra các cột được đánh dấu: chọn cột nào là tên xã, phường và cột nào là số đã đạt của chỉ tiêu nào.",
        en: "Check the marked columns: choose which column holds the commune names and which holds each indicator's count done.",
    };
    pub const WEEKLY_COLUMNS_CAPTION: Text = Text {
        vi: "Các cột của bảng",
        en: "The table's columns",
    };
    pub const WEEKLY_COL_HEADER: Text = Text {
        vi: "Tiêu đề cột",
        en: "Column header",
    };
    pub const WEEKLY_COL_ROLE: Text = Text {
        vi: "Được đọc là",
        en: "Read as",
    };
    pub const WEEKLY_UNSURE: Text = Text {
        vi: "cần kiểm tra",
        en: "to check",
    };
    pub const WEEKLY_DATE_LABEL: Text = Text {
        vi: "Số liệu của ngày",
        en: "Figures of the date",
    };
    pub const WEEKLY_DATE_HINT: Text = Text {
        vi: "Ngày ghi trên bảng báo cáo. Số liệu cũ được giữ trong lịch sử với ngày của chúng.",
        en: "The date on the report. The earlier figures stay in the history with their dates.",
    };
    pub const WEEKLY_MODE_LEGEND: Text = Text {
        vi: "Bảng này",
        en: "This table",
    };
    pub const WEEKLY_MODE_UPDATE: Text = Text {
        vi: "Cập nhật số liệu tuần mới cho các đơn vị có trong bảng",
        en: "Updates the units it names with a new week's figures",
    };
    pub const WEEKLY_MODE_REPLACE: Text = Text {
        vi: "Thay toàn bộ danh sách đơn vị và số liệu",
        en: "Replaces every unit and its figures",
    };
    pub const WEEKLY_APPLY_UPDATE: Text = Text {
        vi: "Cập nhật số liệu",
        en: "Update the figures",
    };
    pub const WEEKLY_APPLY_REPLACE: Text = Text {
        vi: "Thay các đơn vị",
        en: "Replace the units",
    };
    pub const WEEKLY_CANCEL: Text = Text {
        vi: "Bỏ bảng này",
        en: "Drop this table",
    };
}

/// "Sẽ cập nhật 104 đơn vị, thêm 1 đơn vị mới; bỏ qua 1 dòng tổng; 2 ô có vấn đề (xem dưới)."
pub fn weekly_preview(
    reading: &crate::rules::campaign::report_table::Reading,
    update: bool,
    lang: Lang,
) -> String {
    let (matched, added) = (count(reading.matched, lang), count(reading.added, lang));
    let totals = count(reading.total_rows.len(), lang);
    let problems = count(reading.errors(), lang);
    let rows = count(reading.update.rows.len(), lang);
    if update {
        match lang {
            Lang::Vi => format!(
                "Sẽ cập nhật {matched} đơn vị, thêm {added} đơn vị mới; bỏ qua {totals} dòng tổng; {problems} dòng hoặc ô không đọc được."
            ),
            Lang::En => format!(
                "{matched} units will be updated and {added} added; {totals} total rows left out; {problems} rows or cells could not be read."
            ),
        }
    } else {
        match lang {
            Lang::Vi => format!(
                "Danh sách mới có {rows} đơn vị; bỏ qua {totals} dòng tổng; {problems} dòng hoặc ô không đọc được."
            ),
            Lang::En => format!(
                "The new list has {rows} units; {totals} total rows left out; {problems} rows or cells could not be read."
            ),
        }
    }
}

/// "Chỉ tiêu mới được thêm: Số tài khoản đã kích hoạt."
pub fn weekly_new_indicators(names: &[String], lang: Lang) -> String {
    let list = names.join(", ");
    match lang {
        Lang::Vi => format!("Chỉ tiêu mới được thêm: {list}."),
        Lang::En => format!("New indicators added: {list}."),
    }
}

/// "… và 12 vấn đề khác."
pub fn more_problems(more: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("… và {} vấn đề khác.", count(more, lang)),
        Lang::En => format!("… and {} more problems.", count(more, lang)),
    }
}

/// After a table: "Đã cập nhật 104 đơn vị, thêm 1 đơn vị, số liệu ngày 07/11/2025."
pub fn imported_summary(done: &crate::forms::campaign::Imported, lang: Lang) -> String {
    let (matched, added) = (count(done.matched, lang), count(done.added, lang));
    let errors = count(done.errors, lang);
    match done.date {
        Some(date) => {
            let date = super::date(date);
            match lang {
                Lang::Vi => format!(
                    "Đã cập nhật {matched} đơn vị và thêm {added} đơn vị, số liệu ngày {date}; {errors} dòng hoặc ô không đọc được."
                ),
                Lang::En => format!(
                    "Updated {matched} units and added {added}, figures of {date}; {errors} rows or cells could not be read."
                ),
            }
        }
        None => match lang {
            Lang::Vi => format!(
                "Đã thay danh sách: {added} đơn vị mới, {matched} đơn vị giữ tên; {errors} dòng hoặc ô không đọc được."
            ),
            Lang::En => format!(
                "The list was replaced: {added} new units, {matched} kept; {errors} rows or cells could not be read."
            ),
        },
    }
}

texts! { export_texts:
    pub const EXPORT_XLSX: Text = Text {
        vi: "Tải bảng tiến độ (Excel .xlsx)",
        en: "Download the progress table (Excel .xlsx)",
    };
    pub const EXPORT_XLSX_HINT: Text = Text {
        vi: "Bảng Excel giống bảng trên trang: mỗi đơn vị một dòng; mỗi chỉ tiêu các cột đã đạt, chỉ tiêu, tỷ lệ, còn lại và cần mỗi ngày; cột cuối ghi các chỉ tiêu dưới ngưỡng. Mã xã giữ nguyên số 0 ở đầu.",
        en: "The Excel table is the page's table: one row per unit; per indicator, columns for done, target, rate, remaining and per day; the last column names the indicators under the threshold. Commune codes keep their leading zeros.",
    };
    pub const PROGRESS_SHEET: Text = Text {
        vi: "Tiến độ",
        en: "Progress",
    };
    pub const COL_COMMUNE_CODE: Text = Text {
        vi: "Mã xã",
        en: "Commune code",
    };
    pub const EXPORT_CSV_HINT: Text = Text {
        vi: "Bảng CSV có mỗi đơn vị một dòng, mỗi chỉ tiêu các cột tổng số, loại trừ, đã đạt và chỉ tiêu giao. Sửa trong Excel rồi mở lại ở “Cập nhật từ bảng báo cáo tuần”.",
        en: "The CSV table has one row per unit and, per indicator, columns for the total, exclusions, done and assigned quota. Edit it in a spreadsheet and open it again in “Update from the weekly report table”.",
    };
}

/// "Tính số liệu đến ngày 09/06/2025" (the printed page's line).
pub fn as_of_line(date: &str, lang: Lang) -> String {
    format!("{} {date}", AS_OF_LABEL.get(lang))
}

/// "Cách đếm ngày: ngày theo lịch, không tính hôm nay".
pub fn days_counted(counting: &str, lang: Lang) -> String {
    format!("{}: {counting}", DAYS_LEGEND.get(lang))
}

/// "6.904 (80 %)": a target count with its share.
pub fn target_with_share(
    target: u64,
    share: crate::rules::campaign::BasisPoints,
    lang: Lang,
) -> String {
    format!("{} ({})", count(target, lang), self::share(share, lang))
}

/// "63,14 % (12.420 / 19.671)": a rate with what it divides.
pub fn rate_of(rate: &str, done: u64, base: u64, lang: Lang) -> String {
    format!("{rate} ({} / {})", count(done, lang), count(base, lang))
}

/// "23.848 / 29.969": done of a target (a dash when nothing is reported).
pub fn done_of_target(done: Option<u64>, target: u64, lang: Lang) -> String {
    let done = done.map_or_else(|| super::campaign::DASH.to_owned(), |d| count(d, lang));
    format!("{done} / {}", count(target, lang))
}

/// "09/06/2025: 1.309": a dated figure.
pub fn dated_figure(date: &str, done: u64, lang: Lang) -> String {
    format!("{date}: {}", count(done, lang))
}

/// "Không có đơn vị nào: Dưới ngưỡng cảnh báo".
pub fn none_shown(filter: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không có đơn vị nào: {filter}"),
        Lang::En => format!("No unit: {filter}"),
    }
}

/// This module's texts, for [`super::registry`]: the fixed words, the menus' words, and a sample
/// of every sentence with data.
pub(crate) fn register(r: &mut Registry) {
    use crate::forms::campaign::TableFileError;
    const M: &str = "campaign_page";
    for list in [
        page_texts(),
        results_texts(),
        phases_texts(),
        chart_texts(),
        share_texts(),
        transfer_texts(),
        history_texts(),
        indicators_texts(),
        indicator_settings_texts(),
        units_texts(),
        matrix_texts(),
        progress_texts(),
        quota_texts(),
        weekly_texts(),
        weekly_header_texts(),
        weekly_columns_texts(),
        export_texts(),
    ] {
        r.fixed(M, list);
    }
    r.words("campaign_page::sort_key", SortKey::ALL, sort_key);
    r.words("campaign_page::unit_filter", UnitFilter::ALL, unit_filter);
    for error in [
        TableFileError::TooLarge {
            bytes: 60 * 1024 * 1024,
        },
        TableFileError::Unreadable,
        TableFileError::Empty,
    ] {
        r.sentence(
            format!("campaign_page::table_file_error({error:?})"),
            |lang| table_file_error(error, lang),
        );
    }
    r.sentence("campaign_page::table_source(file)", |lang| {
        table_source(
            &crate::forms::campaign::TableSource::File("tuan-45.csv".into()),
            lang,
        )
        .unwrap_or_default()
    });
    r.sentence("campaign_page::table_source(sheet)", |lang| {
        table_source(
            &crate::forms::campaign::TableSource::Sheet {
                file: "bao-cao.xlsx".into(),
                sheet: "Tuần 2".into(),
            },
            lang,
        )
        .unwrap_or_default()
    });
    r.sentence("campaign_page::progress_table(header)", |lang| {
        progress_header(
            &crate::rules::campaign::examples::ExampleId::ALL[0]
                .load()
                .campaign,
            lang,
        )
        .join(" | ")
    });
    register_results(r);
    register_editing(r);
    register_sharing(r);
}

/// The indicator, date and share the sample sentences name.
const SAMPLE_INDICATOR: &str = "Tài khoản định danh điện tử mức độ 2";
const SAMPLE_DAY: &str = "09/06/2025";
const SAMPLE_SHARE: crate::rules::campaign::BasisPoints =
    crate::rules::campaign::BasisPoints(9_000);

/// Sentences of the results: summaries, the units table and cards, charts, print.
fn register_results(r: &mut Registry) {
    use crate::rules::campaign::BasisPoints;
    r.sentence("campaign_page::showing", |lang| showing(41, 80, 104, lang));
    r.sentence("campaign_page::units_of", |lang| units_of(12, 104, lang));
    r.sentence("campaign_page::days_sentence", |lang| {
        days_sentence(1, 21, "ngày theo lịch", lang)
    });
    r.sentence("campaign_page::at_least", |lang| at_least(267, lang));
    r.sentence("campaign_page::per_day", |lang| per_day("266,4", lang));
    r.sentence("campaign_page::phases_caption", |lang| {
        phases_caption(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::phase_name", |lang| phase_name(1, lang));
    r.sentence("campaign_page::share", |lang| share(SAMPLE_SHARE, lang));
    r.sentence("campaign_page::months_caption", |lang| {
        months_caption(SAMPLE_INDICATOR, SAMPLE_SHARE, lang)
    });
    r.sentence("campaign_page::achieved_line", |lang| {
        achieved_line("15,17 %", 1_309, 8_630, lang)
    });
    r.sentence("campaign_page::units_under", |lang| {
        units_under(12, 104, BasisPoints(5_000), lang)
    });
    r.sentence("campaign_page::filter_on", |lang| {
        filter_on(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::flagged_on", |lang| {
        flagged_on(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::chart_heading", |lang| {
        chart_heading(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::progress_heading", |lang| {
        progress_heading(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::months_chart_heading", |lang| {
        months_chart_heading(SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::print_heading", |lang| {
        print_heading(12, 104, lang)
    });
    r.sentence("campaign_page::print_more", |lang| print_more(74, lang));
    r.sentence("campaign_page::figure_name", |lang| {
        figure_name("Chỉ tiêu", Some(SAMPLE_INDICATOR), Some(0), lang)
    });
    r.sentence("campaign_page::as_of_line", |lang| {
        as_of_line(SAMPLE_DAY, lang)
    });
    r.sentence("campaign_page::days_counted", |lang| {
        days_counted("ngày làm việc", lang)
    });
    r.sentence("campaign_page::target_with_share", |lang| {
        target_with_share(6_904, BasisPoints(8_000), lang)
    });
    r.sentence("campaign_page::rate_of", |lang| {
        rate_of("15,17 %", 1_309, 8_630, lang)
    });
    r.sentence("campaign_page::done_of_target", |lang| {
        done_of_target(Some(1_309), 6_904, lang)
    });
    r.sentence("campaign_page::done_of_target(none)", |lang| {
        done_of_target(None, 6_904, lang)
    });
    r.sentence("campaign_page::none_shown", |lang| {
        none_shown("Dưới ngưỡng cảnh báo", lang)
    });
}

/// Sentences of editing: a unit's figures and history, the indicators, the quota split.
fn register_editing(r: &mut Registry) {
    r.sentence("campaign_page::alabama", |lang| {
        alabama(10, 11, &["Xã A".to_owned(), "Xã B".to_owned()], lang)
    });
    r.sentence("campaign_page::handover_name", |lang| {
        handover_name(95, lang)
    });
    r.sentence("campaign_page::place_name(commune)", |lang| {
        place_name(&crate::rules::campaign::Place::Commune(4), lang)
    });
    r.sentence("campaign_page::place_name(unknown)", |lang| {
        place_name(&crate::rules::campaign::Place::Commune(99_999), lang)
    });
    r.sentence("campaign_page::record_history", |lang| {
        record_history(Some(1_309), SAMPLE_DAY, lang)
    });
    r.sentence("campaign_page::record_history(none)", |lang| {
        record_history(None, SAMPLE_DAY, lang)
    });
    r.sentence("campaign_page::indicator_legend", |lang| {
        indicator_legend(1, SAMPLE_INDICATOR, lang)
    });
    r.sentence("campaign_page::month_fields_hint", |lang| {
        month_fields_hint("04/2026", lang)
    });
    r.sentence("campaign_page::month_line", |lang| {
        month_line("04/2026", 1_200, 1_100, lang)
    });
    r.sentence("campaign_page::editing_unit", |lang| {
        editing_unit("Phường Hồng Châu", lang)
    });
    r.sentence("campaign_page::quota_caption", |lang| {
        quota_caption(SAMPLE_INDICATOR, 6_904, lang)
    });
    r.sentence("campaign_page::as_of_today", |lang| {
        as_of_today(SAMPLE_DAY, lang)
    });
    r.sentence("campaign_page::dated_figure", |lang| {
        dated_figure(SAMPLE_DAY, 1_309, lang)
    });
}

/// Sentences of sharing and of the weekly table: links, the shared view, the table's preview.
fn register_sharing(r: &mut Registry) {
    use crate::forms::campaign::Imported;
    use crate::rules::campaign::examples::hung_yen_2025;
    use crate::rules::campaign::report_table::{find_layout, read_rows, rows_from_text};
    use chrono::NaiveDate;
    r.sentence("campaign_page::characters", |lang| characters(3_424, lang));
    r.sentence("campaign_page::shared_lead", |lang| {
        shared_lead(4, "01/05/2025", "30/06/2025", lang)
    });
    r.sentence("campaign_page::figures_date_line(sent)", |lang| {
        figures_date_line(SAMPLE_DAY, true, lang)
    });
    r.sentence("campaign_page::figures_date_line", |lang| {
        figures_date_line(SAMPLE_DAY, false, lang)
    });
    r.sentence("campaign_page::today_line", |lang| {
        today_line(SAMPLE_DAY, lang)
    });
    r.sentence("campaign_page::qr_too_long", |lang| {
        qr_too_long(3_424, lang)
    });
    r.sentence("campaign_page::weekly_found", |lang| {
        weekly_found(3, 9, lang)
    });
    r.sentence("campaign_page::weekly_new_indicators", |lang| {
        weekly_new_indicators(&[SAMPLE_INDICATOR.to_owned()], lang)
    });
    r.sentence("campaign_page::more_problems", |lang| {
        more_problems(7, lang)
    });
    for date in [None, NaiveDate::from_ymd_opt(2025, 6, 9)] {
        let done = Imported {
            matched: 100,
            added: 4,
            indicators_added: 1,
            errors: 2,
            date,
        };
        r.sentence(
            format!("campaign_page::imported_summary({date:?})"),
            |lang| imported_summary(&done, lang),
        );
    }
    let hy = hung_yen_2025();
    let table =
        rows_from_text("Mã xã\tTên xã\tThu nhận hồ sơ\nĐã đạt\n00004\tBa Đình\t120\n1\tHọ\tabc\n");
    if let Some(layout) = find_layout(&table, &hy.campaign) {
        let reading = read_rows(&table, &layout, &hy.campaign, hy.as_of, true);
        for update in [false, true] {
            r.sentence(format!("campaign_page::weekly_preview({update})"), |lang| {
                weekly_preview(&reading, update, lang)
            });
        }
    }
}

/// The columns of one indicator in the progress table, in the page's order.
fn progress_columns() -> [Text; 5] {
    [
        COL_DONE,
        COL_TARGET,
        COL_ACHIEVED,
        COL_REMAINING,
        COL_PER_DAY,
    ]
}

/// The progress table's header: the commune code, the unit, each indicator's done, target,
/// rate, remaining and per day ("Hồ sơ căn cước — Đã đạt"), and the indicators a unit is under
/// the threshold on.
pub fn progress_header(campaign: &crate::rules::campaign::Campaign, lang: Lang) -> Vec<String> {
    let mut header = vec![
        COL_COMMUNE_CODE.get(lang).to_owned(),
        COL_UNIT.get(lang).to_owned(),
    ];
    for i in 0..campaign.indicators.len() {
        let name = super::campaign::indicator_name(campaign, i, lang);
        header.extend(
            progress_columns()
                .iter()
                .map(|column| format!("{name} — {}", column.get(lang))),
        );
    }
    header.push(COL_FLAGGED.get(lang).to_owned());
    header
}

/// The kind of each column of [`progress_table`], for the .xlsx writer (docs/rules.md §6.5):
/// codes as text (a commune code keeps its leading zero), counts as numbers, rates as percents.
pub fn progress_kinds(
    campaign: &crate::rules::campaign::Campaign,
) -> Vec<crate::files::protocol::ColumnKind> {
    use crate::files::protocol::ColumnKind as K;
    let per_indicator = [K::Integer, K::Integer, K::Percent, K::Integer, K::Integer];
    let mut kinds = vec![K::Code, K::Text];
    for _ in &campaign.indicators {
        kinds.extend(per_indicator);
    }
    kinds.push(K::Text);
    kinds
}

/// The units × indicators table as the page and its print show it, as CSV text (header first)
/// for the file worker's .xlsx writer: units in the campaign's order; per indicator the count
/// done (empty when none was reported), the target, the achieved rate (two decimals, empty
/// without a base), what remains and the count needed per day (rounded up, empty when no day
/// is left); then the names of the indicators the unit is under the threshold on.
pub fn progress_table(
    campaign: &crate::rules::campaign::Campaign,
    report: &crate::rules::campaign::metrics::CampaignReport,
    lang: Lang,
) -> String {
    use crate::rules::campaign::Place;
    let names: Vec<String> = (0..campaign.indicators.len())
        .map(|i| super::campaign::indicator_name(campaign, i, lang))
        .collect();
    let mut rows = vec![progress_header(campaign, lang)];
    for (u, unit) in campaign.units.iter().enumerate() {
        let mut row = vec![
            match unit.place {
                Place::Commune(code) => format!("{code:05}"),
                Place::Named(_) => String::new(),
            },
            place_name(&unit.place, lang),
        ];
        let mut flagged = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let Some(f) = report.figures(u, i) else {
                row.extend(std::iter::repeat_n(String::new(), progress_columns().len()));
                continue;
            };
            let rate = f
                .achieved
                .and_then(|r| r.percent_scaled(2))
                .map_or_else(String::new, |p| format!("{}.{:02}", p / 100, p % 100));
            row.extend([
                f.done.map_or_else(String::new, |d| d.to_string()),
                f.target.to_string(),
                rate,
                f.remaining.to_string(),
                f.required_per_day
                    .and_then(|r| r.ceil())
                    .map_or_else(String::new, |n| n.to_string()),
            ]);
            if f.under_threshold {
                flagged.push(name.as_str());
            }
        }
        row.push(flagged.join(", "));
        rows.push(row);
    }
    crate::rules::delimited::write_csv(rows, crate::rules::delimited::CsvOptions::PLAIN)
}

/// Where the table previewed came from: "Đọc từ trang tính “Tuần 2” của tệp “bao-cao.xlsx”";
/// nothing for a paste.
pub fn table_source(source: &crate::forms::campaign::TableSource, lang: Lang) -> Option<String> {
    use crate::forms::campaign::TableSource as S;
    match source {
        S::Paste => None,
        S::File(file) => Some(match lang {
            Lang::Vi => format!("Đọc từ tệp “{file}”."),
            Lang::En => format!("Read from the file “{file}”."),
        }),
        S::Sheet { file, sheet } => Some(match lang {
            Lang::Vi => format!("Đọc từ trang tính “{sheet}” của tệp “{file}”."),
            Lang::En => format!("Read from the sheet “{sheet}” of the file “{file}”."),
        }),
    }
}
