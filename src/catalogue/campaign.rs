//! Texts of the campaign tracker: problems, link and spreadsheet messages, statuses, labels of
//! indicators and exclusion reasons, day-counting phrases, and the "Cách tính" (how it is computed)
//! sentences with their figures.
//!
//! Numbers follow the reader's language: `2.129.289` and `76,93 %` (no-break space before `%`) in
//! Vietnamese, `2,129,289` and `76.93%` in English; dates dd/mm/yyyy. Rows and phases are counted
//! from 1 in sentences (the rules count from 0).

use chrono::NaiveDate;

use super::{Lang, Localized, Text};
use crate::rules::campaign::examples::{Amount, ExampleId, ExampleNote, Figure, FigureNote};
use crate::rules::campaign::metrics::{BaselineSource, PhaseStatus, Projection, Status, Step};
use crate::rules::campaign::share_link::ShareLinkError;
use crate::rules::campaign::table::{Column, RowProblem, RowReason};
use crate::rules::campaign::{
    BasisPoints, CampaignProblem, DayCounting, DayKind, ExclusionReason, Indicator, IndicatorKind,
    Rounding, TargetBase, TextField,
};
use crate::rules::date::{DateFormat, format_date};
use crate::rules::number::{NumberStyle, Percent, format_scaled};

fn int(n: u64, lang: Lang) -> String {
    super::count(n, lang)
}

fn pct(p: BasisPoints, lang: Lang) -> String {
    Percent::from_hundredths(p.0).format(NumberStyle::for_lang(lang))
}

fn day(d: NaiveDate) -> String {
    format_date(d, DateFormat::DayMonthYear)
}

/// A percentage already scaled to `decimals` places, with the language's sign.
fn percent_scaled(units: u128, decimals: u8, lang: Lang) -> String {
    let style = NumberStyle::for_lang(lang);
    let mut s = format_scaled(units, decimals, style);
    s.push_str(style.percent_suffix());
    s
}

/// `numerator ÷ denominator` as a percentage with `decimals` places, half up (`15,17 %`).
fn ratio_pct(numerator: u64, denominator: u64, decimals: u8, lang: Lang) -> String {
    let r = crate::rules::campaign::metrics::Ratio::new(numerator, denominator);
    match r.percent_scaled(decimals) {
        Some(units) => percent_scaled(units, decimals, lang),
        None => "—".to_owned(),
    }
}

/// A quotient with `decimals` places, half up (`266,4`).
fn quotient(numerator: u128, denominator: u128, decimals: u8, lang: Lang) -> String {
    if denominator == 0 {
        return "—".to_owned();
    }
    let scale = 10u128.pow(u32::from(decimals));
    let units = numerator
        .checked_mul(scale * 2)
        .and_then(|n| n.checked_add(denominator))
        .zip(denominator.checked_mul(2))
        .map_or(u128::MAX / scale, |(n, d)| n / d);
    format_scaled(units, decimals, NumberStyle::for_lang(lang))
}

fn row(unit: usize) -> usize {
    unit.saturating_add(1)
}

/// Title of the tracker.
pub const TITLE: Text = Text {
    vi: "Theo dõi tiến độ chiến dịch",
    en: "Campaign progress tracker",
};

/// Heading of the arithmetic section.
pub const HOW_COMPUTED: Text = Text {
    vi: "Cách tính",
    en: "How it is computed",
};

/// Marker of illustrative rows and examples.
pub const ILLUSTRATIVE: Text = Text {
    vi: "minh hoạ",
    en: "illustrative",
};

/// The definition of the default rounding, stated in the UI.
pub const ROUND_HALF_UP: Text = Text {
    vi: "Làm tròn gần nhất: phần lẻ từ 0,5 trở lên được làm tròn lên.",
    en: "Rounded to the nearest: a fraction of 0.5 or more is rounded up.",
};

/// The definitions the UI states next to the figures (docs/rules.md §4).
pub const DEFINITIONS: [Text; 5] = [
    Text {
        vi: "Tỷ lệ đạt = số đã đạt ÷ cơ sở tính (có hoặc không trừ các trường hợp loại trừ).",
        en: "Achieved = done ÷ base (with or without the exclusions).",
    },
    Text {
        vi: "Còn lại = chỉ tiêu − số đã đạt, không nhỏ hơn 0.",
        en: "Remaining = target − done, never below 0.",
    },
    Text {
        vi: "Cần mỗi ngày = số còn lại ÷ số ngày còn lại đến hạn chót (ngày theo giờ Việt Nam).",
        en: "Needed per day = remaining ÷ days left to the deadline (days in Vietnam time).",
    },
    Text {
        vi: "Tốc độ = số đạt được từ ngày bắt đầu ÷ số ngày đã qua.",
        en: "Run rate = done since the start ÷ days elapsed.",
    },
    Text {
        vi: "Ngày dự kiến xong = hôm nay + số còn lại ÷ tốc độ; không dự kiến khi tốc độ bằng 0.",
        en: "Projected finish = today + remaining ÷ run rate; none when the run rate is 0.",
    },
];

impl Localized for IndicatorKind {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            IndicatorKind::OrganizationAccounts => (
                "Tài khoản định danh điện tử của tổ chức",
                "Organization e-ID accounts",
            ),
            IndicatorKind::CitizenRecords => {
                ("Hồ sơ cấp thẻ căn cước", "Căn cước card applications")
            }
            IndicatorKind::Level2Accounts => (
                "Tài khoản định danh điện tử mức độ 2",
                "Level-2 e-ID accounts",
            ),
            IndicatorKind::Activations => ("Tài khoản đã kích hoạt", "Activated accounts"),
            IndicatorKind::Other => ("Chỉ tiêu khác", "Other indicator"),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for Indicator {
    fn localize(&self, lang: Lang) -> String {
        match (&self.label, self.kind) {
            (Some(label), IndicatorKind::Other) => label.clone(),
            (Some(label), kind) => format!("{} — {label}", kind.localize(lang)),
            (None, kind) => kind.localize(lang),
        }
    }
}

impl Localized for ExclusionReason {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            ExclusionReason::FrailOrElderly => ("Già yếu", "Too old or frail"),
            ExclusionReason::NoSmartphone => ("Không có điện thoại thông minh", "No smartphone"),
            ExclusionReason::NoOwnSim => ("Không có SIM chính chủ", "No SIM in their own name"),
            ExclusionReason::Abroad => ("Đang ở nước ngoài", "Abroad"),
            ExclusionReason::InactiveEnterprise => (
                "Doanh nghiệp đăng ký nhưng không hoạt động",
                "Registered but inactive enterprise",
            ),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for DayCounting {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match (self.kind, self.today_counts) {
            (DayKind::Calendar, true) => (
                "ngày theo lịch, tính cả hôm nay",
                "calendar days, counting today",
            ),
            (DayKind::Calendar, false) => (
                "ngày theo lịch, không tính hôm nay",
                "calendar days, not counting today",
            ),
            (DayKind::Working, true) => (
                "ngày làm việc, tính cả hôm nay",
                "working days, counting today",
            ),
            (DayKind::Working, false) => (
                "ngày làm việc, không tính hôm nay",
                "working days, not counting today",
            ),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for Rounding {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            Rounding::Nearest => ("làm tròn gần nhất", "rounded to the nearest"),
            Rounding::Up => ("làm tròn lên", "rounded up"),
            Rounding::Down => ("làm tròn xuống", "rounded down"),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for Status {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            Status::Done => ("Đã đạt chỉ tiêu", "Target reached"),
            Status::OnTrack => ("Đúng tiến độ", "On track"),
            Status::Behind => ("Chậm tiến độ", "Behind"),
            Status::UnderThreshold => ("Dưới ngưỡng cảnh báo", "Under the warning threshold"),
            Status::NoData => ("Chưa có số liệu", "No figures yet"),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for PhaseStatus {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            PhaseStatus::Reached => ("Đã đạt", "Reached"),
            PhaseStatus::Missed => ("Không đạt đúng hạn", "Missed"),
            PhaseStatus::Current => ("Đang thực hiện", "In progress"),
            PhaseStatus::Upcoming => ("Sắp tới", "Upcoming"),
        };
        lang.pick(vi, en).to_owned()
    }
}

fn field_name(field: TextField, lang: Lang) -> String {
    match field {
        TextField::CampaignName => lang
            .pick("Tên chiến dịch", "The campaign's name")
            .to_owned(),
        TextField::IndicatorLabel => lang.pick("Tên chỉ tiêu", "The indicator's name").to_owned(),
        TextField::PhaseLabel { phase } => match lang {
            Lang::Vi => format!("Tên giai đoạn {}", row(phase)),
            Lang::En => format!("The name of phase {}", row(phase)),
        },
        TextField::UnitName { unit } => match lang {
            Lang::Vi => format!("Tên đơn vị ở dòng {}", row(unit)),
            Lang::En => format!("The unit's name in row {}", row(unit)),
        },
    }
}

impl Localized for CampaignProblem {
    fn localize(&self, lang: Lang) -> String {
        use CampaignProblem as P;
        let vi = lang == Lang::Vi;
        let n = |x: u64| int(x, lang);
        match self {
            P::EmptyText { field } => match (field, vi) {
                (TextField::CampaignName, true) => "Nhập tên chiến dịch".to_owned(),
                (TextField::CampaignName, false) => "Enter the campaign's name".to_owned(),
                (TextField::IndicatorLabel, true) => "Nhập tên chỉ tiêu, hoặc xoá ô này".to_owned(),
                (TextField::IndicatorLabel, false) => {
                    "Enter the indicator's name, or clear this box".to_owned()
                }
                (TextField::PhaseLabel { phase }, true) => {
                    format!("Nhập tên giai đoạn {}, hoặc xoá ô tên", row(*phase))
                }
                (TextField::PhaseLabel { phase }, false) => {
                    format!("Enter a name for phase {}, or clear the name box", row(*phase))
                }
                (TextField::UnitName { unit }, true) => {
                    format!("Nhập tên đơn vị ở dòng {}", row(*unit))
                }
                (TextField::UnitName { unit }, false) => {
                    format!("Enter the unit's name in row {}", row(*unit))
                }
            },
            P::TextTooLong { field, max } => match lang {
                Lang::Vi => format!("{} dài tối đa {max} ký tự", field_name(*field, lang)),
                Lang::En => format!("{} can be at most {max} characters", field_name(*field, lang)),
            },
            P::ProvinceCodeOutOfRange { .. } => lang
                .pick(
                    "Mã tỉnh gồm 2 chữ số, từ 01 đến 99",
                    "A province code has 2 digits, from 01 to 99",
                )
                .to_owned(),
            P::MissingIndicatorLabel => lang
                .pick(
                    "Nhập tên chỉ tiêu mà chiến dịch theo dõi",
                    "Enter the name of what the campaign counts",
                )
                .to_owned(),
            P::DeadlineBeforeStart { start, .. } => match lang {
                Lang::Vi => format!("Hạn chót phải từ ngày bắt đầu ({}) trở đi", day(*start)),
                Lang::En => format!(
                    "The deadline must be on or after the start date ({})",
                    day(*start)
                ),
            },
            P::CampaignTooLong { days, max } => match lang {
                Lang::Vi => format!(
                    "Chiến dịch dài tối đa {} ngày; chiến dịch này dài {} ngày",
                    n(u64::from(*max)),
                    n(*days)
                ),
                Lang::En => format!(
                    "A campaign can last at most {} days; this one lasts {}",
                    n(u64::from(*max)),
                    n(*days)
                ),
            },
            P::TargetOutOfRange { .. } => lang
                .pick(
                    "Nhập chỉ tiêu lớn hơn 0\u{a0}% và không quá 100\u{a0}%",
                    "Enter a target above 0% and at most 100%",
                )
                .to_owned(),
            P::ThresholdOutOfRange { .. } => lang
                .pick(
                    "Ngưỡng cảnh báo không được quá 100\u{a0}%",
                    "The warning threshold can be at most 100%",
                )
                .to_owned(),
            P::ThresholdAboveTarget { threshold, target } => match lang {
                Lang::Vi => format!(
                    "Ngưỡng cảnh báo ({}) cao hơn chỉ tiêu ({}): đơn vị đã đạt chỉ tiêu vẫn bị đánh dấu",
                    pct(*threshold, lang),
                    pct(*target, lang)
                ),
                Lang::En => format!(
                    "The warning threshold ({}) is above the target ({}): units that reached the target would still be flagged",
                    pct(*threshold, lang),
                    pct(*target, lang)
                ),
            },
            P::TooManyPhases { max, .. } => match lang {
                Lang::Vi => format!("Một chiến dịch có tối đa {max} giai đoạn"),
                Lang::En => format!("A campaign can have at most {max} phases"),
            },
            P::PhaseEndsBeforeStart { phase, end } => match lang {
                Lang::Vi => format!(
                    "Giai đoạn {} kết thúc ({}) trước ngày bắt đầu chiến dịch: chọn ngày từ ngày bắt đầu trở đi",
                    row(*phase),
                    day(*end)
                ),
                Lang::En => format!(
                    "Phase {} ends ({}) before the campaign starts: choose a date on or after the start",
                    row(*phase),
                    day(*end)
                ),
            },
            P::PhaseAfterDeadline {
                phase,
                end,
                deadline,
            } => match lang {
                Lang::Vi => format!(
                    "Giai đoạn {} kết thúc ({}) sau hạn chót ({}): chọn ngày không muộn hơn hạn chót",
                    row(*phase),
                    day(*end),
                    day(*deadline)
                ),
                Lang::En => format!(
                    "Phase {} ends ({}) after the deadline ({}): choose a date no later than the deadline",
                    row(*phase),
                    day(*end),
                    day(*deadline)
                ),
            },
            P::PhasesOutOfOrder {
                phase,
                previous_end,
                ..
            } => match lang {
                Lang::Vi => format!(
                    "Giai đoạn {} phải kết thúc sau giai đoạn {} ({})",
                    row(*phase),
                    *phase,
                    day(*previous_end)
                ),
                Lang::En => format!(
                    "Phase {} must end after phase {} ({})",
                    row(*phase),
                    *phase,
                    day(*previous_end)
                ),
            },
            P::PhaseShareOutOfRange { phase, .. } => match lang {
                Lang::Vi => format!(
                    "Phần của giai đoạn {} phải lớn hơn 0\u{a0}% và không quá 100\u{a0}%",
                    row(*phase)
                ),
                Lang::En => format!(
                    "The share of phase {} must be above 0% and at most 100%",
                    row(*phase)
                ),
            },
            P::PhaseSharesDoNotAddUp { total } => match lang {
                Lang::Vi => format!(
                    "Các giai đoạn cộng lại là {} chỉ tiêu, không phải 100\u{a0}%",
                    pct(*total, lang)
                ),
                Lang::En => format!(
                    "The phases add up to {} of the quota, not 100%",
                    pct(*total, lang)
                ),
            },
            P::PhaseCountsDoNotAddUp { total, quota } => match lang {
                Lang::Vi => format!(
                    "Các giai đoạn cộng lại là {}, khác chỉ tiêu {}",
                    n(*total),
                    n(*quota)
                ),
                Lang::En => format!(
                    "The phases add up to {}, not the quota of {}",
                    n(*total),
                    n(*quota)
                ),
            },
            P::MixedPhaseTargets => lang
                .pick(
                    "Có giai đoạn tính theo phần trăm và có giai đoạn tính theo số lượng, nên không kiểm tra được tổng các giai đoạn",
                    "Some phases are percentages and others counts, so their total cannot be checked",
                )
                .to_owned(),
            P::NoUnits => lang
                .pick(
                    "Thêm ít nhất một đơn vị: một xã, phường, hoặc một dòng tự đặt tên",
                    "Add at least one unit: a commune, a ward, or a row with its own name",
                )
                .to_owned(),
            P::TooManyUnits { count, max } => match lang {
                Lang::Vi => format!(
                    "Một chiến dịch có tối đa {} đơn vị; danh sách này có {}",
                    n(*max as u64),
                    n(*count as u64)
                ),
                Lang::En => format!(
                    "A campaign can have at most {} units; this list has {}",
                    n(*max as u64),
                    n(*count as u64)
                ),
            },
            P::DuplicateUnit { first, second } => match lang {
                Lang::Vi => format!(
                    "Dòng {} trùng với dòng {}: xoá một trong hai dòng",
                    row(*second),
                    row(*first)
                ),
                Lang::En => format!(
                    "Row {} repeats row {}: delete one of them",
                    row(*second),
                    row(*first)
                ),
            },
            P::CommuneCodeOutOfRange { unit, code } => match lang {
                Lang::Vi => format!(
                    "Mã xã ở dòng {} gồm 5 chữ số, từ 00001 đến 99999 (đang là {code})",
                    row(*unit)
                ),
                Lang::En => format!(
                    "The commune code in row {} has 5 digits, from 00001 to 99999 (it is {code})",
                    row(*unit)
                ),
            },
            P::ExclusionsAboveBase {
                unit,
                excluded,
                base,
            } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: số loại trừ ({}) lớn hơn tổng số ({}); sửa một trong hai số",
                    row(*unit),
                    n(*excluded),
                    n(*base)
                ),
                Lang::En => format!(
                    "Row {}: the exclusions ({}) are more than the total ({}); correct one of them",
                    row(*unit),
                    n(*excluded),
                    n(*base)
                ),
            },
            P::DoneAboveBase { unit, done, base } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: số đã đạt ({}) lớn hơn tổng số ({}); kiểm tra lại tổng số",
                    row(*unit),
                    n(*done),
                    n(*base)
                ),
                Lang::En => format!(
                    "Row {}: done ({}) is more than the total ({}); check the total",
                    row(*unit),
                    n(*done),
                    n(*base)
                ),
            },
            P::QuotaAboveBase { unit, quota, base } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: chỉ tiêu giao ({}) lớn hơn tổng số ({}); sửa một trong hai số",
                    row(*unit),
                    n(*quota),
                    n(*base)
                ),
                Lang::En => format!(
                    "Row {}: the assigned quota ({}) is more than the total ({}); correct one of them",
                    row(*unit),
                    n(*quota),
                    n(*base)
                ),
            },
            P::HistoryTooLong { unit, count, max } => match lang {
                Lang::Vi => format!(
                    "Dòng {} có {} số liệu theo ngày; chỉ giữ tối đa {}",
                    row(*unit),
                    n(*count as u64),
                    n(*max as u64)
                ),
                Lang::En => format!(
                    "Row {} has {} dated figures; keep at most {}",
                    row(*unit),
                    n(*count as u64),
                    n(*max as u64)
                ),
            },
            P::HistoryOutOfOrder { unit, index } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: xếp số liệu theo ngày tăng dần, mỗi ngày một số (số liệu thứ {} bị lệch)",
                    row(*unit),
                    row(*index)
                ),
                Lang::En => format!(
                    "Row {}: put the dated figures in date order, one per day (figure {} is out of place)",
                    row(*unit),
                    row(*index)
                ),
            },
            P::HistoryFalls { unit, index } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: số liệu thứ {} thấp hơn số liệu trước đó; kiểm tra lại",
                    row(*unit),
                    row(*index)
                ),
                Lang::En => format!(
                    "Row {}: dated figure {} is lower than the one before; check it",
                    row(*unit),
                    row(*index)
                ),
            },
        }
    }
}

impl Localized for ShareLinkError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            ShareLinkError::Empty => lang
                .pick(
                    "Đường liên kết không có dữ liệu chiến dịch. Kiểm tra đã sao chép đủ cả đường liên kết",
                    "The link has no campaign data. Check that the whole link was copied",
                )
                .to_owned(),
            ShareLinkError::TooLong { max } => match lang {
                Lang::Vi => format!(
                    "Đường liên kết dài hơn {} ký tự nên không mở được. Nhờ người gửi chia sẻ tệp JSON của chiến dịch",
                    int(*max as u64, lang)
                ),
                Lang::En => format!(
                    "The link is longer than {} characters and cannot be opened. Ask the sender for the campaign's JSON file",
                    int(*max as u64, lang)
                ),
            },
            ShareLinkError::NewerVersion { .. } => lang
                .pick(
                    "Đường liên kết này được tạo bằng phiên bản Sẵn Sàng mới hơn. Tải lại trang để cập nhật",
                    "This link was made by a newer version of Sẵn Sàng. Reload the page to update",
                )
                .to_owned(),
            ShareLinkError::Damaged(_) => lang
                .pick(
                    "Đường liên kết bị hỏng hoặc bị cắt mất một phần. Nhờ người gửi sao chép lại toàn bộ đường liên kết",
                    "The link is damaged or cut short. Ask the sender to copy the whole link again",
                )
                .to_owned(),
        }
    }
}

/// A column's name inside a sentence ("tổng số", "the total").
fn column_phrase(column: Column, lang: Lang) -> String {
    match column {
        Column::Code => lang.pick("mã xã", "the commune code").to_owned(),
        Column::Name => lang.pick("tên đơn vị", "the unit name").to_owned(),
        Column::Base => lang.pick("tổng số", "the total").to_owned(),
        Column::Done => lang.pick("số đã đạt", "done").to_owned(),
        Column::Quota => lang.pick("chỉ tiêu giao", "the assigned quota").to_owned(),
        Column::Excluded(reason) => match lang {
            Lang::Vi => format!("số loại trừ “{}”", reason.localize(lang).to_lowercase()),
            Lang::En => format!("the “{}” exclusions", reason.localize(lang).to_lowercase()),
        },
        Column::Illustrative => lang.pick("minh hoạ", "illustrative").to_owned(),
    }
}

impl Localized for Column {
    /// The header text in `lang`; [`crate::rules::campaign::table::units_to_rows`] writes the
    /// Vietnamese one, and reading accepts both.
    fn localize(&self, lang: Lang) -> String {
        match self {
            Column::Code => lang.pick("Mã xã", "Commune code").to_owned(),
            Column::Name => lang.pick("Tên đơn vị", "Unit name").to_owned(),
            Column::Base => lang.pick("Tổng số", "Total").to_owned(),
            Column::Done => lang.pick("Đã đạt", "Done").to_owned(),
            Column::Quota => lang.pick("Chỉ tiêu giao", "Assigned quota").to_owned(),
            Column::Excluded(reason) => match lang {
                Lang::Vi => format!("Loại trừ: {}", reason.localize(lang).to_lowercase()),
                Lang::En => format!("Excluded: {}", reason.localize(lang).to_lowercase()),
            },
            Column::Illustrative => lang.pick("Minh hoạ", "Illustrative").to_owned(),
        }
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Localized for RowProblem {
    fn localize(&self, lang: Lang) -> String {
        use RowReason as R;
        let n = |x: u64| int(x, lang);
        let r = self.row;
        match &self.reason {
            R::MissingBaseColumn => lang
                .pick(
                    "Dòng tiêu đề cần có cột “Tổng số”",
                    "The header row needs a “Total” column",
                )
                .to_owned(),
            R::MissingPlaceColumn => lang
                .pick(
                    "Dòng tiêu đề cần có cột “Mã xã” hoặc cột “Tên đơn vị”",
                    "The header row needs a “Commune code” or a “Unit name” column",
                )
                .to_owned(),
            R::DuplicateColumn { column, .. } => match lang {
                Lang::Vi => format!(
                    "Cột “{}” có hai lần; chỉ đọc cột đầu tiên",
                    column.localize(lang)
                ),
                Lang::En => format!(
                    "The “{}” column appears twice; only the first is read",
                    column.localize(lang)
                ),
            },
            R::NoPlace => match lang {
                Lang::Vi => format!("Dòng {r}: nhập mã xã hoặc tên đơn vị"),
                Lang::En => format!("Row {r}: enter a commune code or a unit name"),
            },
            R::BadCode { text } => match lang {
                Lang::Vi => format!("Dòng {r}: mã xã gồm 5 chữ số, như 00004 (đang là “{text}”)"),
                Lang::En => {
                    format!("Row {r}: a commune code has 5 digits, like 00004 (found “{text}”)")
                }
            },
            R::UnknownCommune { code } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: mã {code:05} không có trong danh sách xã, phường từ 01/07/2025; kiểm tra lại mã, hoặc ghi tên đơn vị thay cho mã"
                ),
                Lang::En => format!(
                    "Row {r}: code {code:05} is not in the list of communes from 01/07/2025; check the code, or write the unit's name instead"
                ),
            },
            R::MissingNumber { column } => match lang {
                Lang::Vi => format!("Dòng {r}: nhập {}", column_phrase(*column, lang)),
                Lang::En => format!("Row {r}: enter {}", column_phrase(*column, lang)),
            },
            R::NotANumber { column, text } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: {} phải là số nguyên, như 2.129.289 (đang là “{text}”)",
                    column_phrase(*column, lang)
                ),
                Lang::En => format!(
                    "Row {r}: {} must be a whole number, like 2,129,289 (found “{text}”)",
                    column_phrase(*column, lang)
                ),
            },
            R::Negative { column } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: {} không được là số âm",
                    column_phrase(*column, lang)
                ),
                Lang::En => format!(
                    "Row {r}: {} cannot be negative",
                    capitalized(&column_phrase(*column, lang))
                ),
            },
            R::TooLarge { column } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: {} quá lớn để là một số đếm; kiểm tra lại",
                    column_phrase(*column, lang)
                ),
                Lang::En => format!(
                    "Row {r}: {} is too large to be a count; check it",
                    capitalized(&column_phrase(*column, lang))
                ),
            },
            R::ExclusionsAboveBase { excluded, base } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: số loại trừ ({}) lớn hơn tổng số ({}); sửa một trong hai số",
                    n(*excluded),
                    n(*base)
                ),
                Lang::En => format!(
                    "Row {r}: the exclusions ({}) are more than the total ({}); correct one of them",
                    n(*excluded),
                    n(*base)
                ),
            },
            R::TooManyRows { max } => match lang {
                Lang::Vi => format!(
                    "Dòng {}: chỉ đọc tối đa {} đơn vị; từ dòng này trở đi không được đọc",
                    n(r as u64),
                    n(*max as u64)
                ),
                Lang::En => format!(
                    "Row {}: at most {} units are read; this row and the ones after it were not",
                    n(r as u64),
                    n(*max as u64)
                ),
            },
        }
    }
}

impl Localized for Step {
    fn localize(&self, lang: Lang) -> String {
        let n = |x: u64| int(x, lang);
        match self {
            Step::TargetBase {
                base,
                excluded,
                target_base,
                choice,
            } => match (choice, excluded, lang) {
                (_, 0, Lang::Vi) => {
                    format!("Cơ sở tính = {} (không có trường hợp loại trừ)", n(*base))
                }
                (_, 0, Lang::En) => format!("Base = {} (no exclusions)", n(*base)),
                (TargetBase::AfterExclusions, _, Lang::Vi) => format!(
                    "Cơ sở tính = {} − {} loại trừ = {}",
                    n(*base),
                    n(*excluded),
                    n(*target_base)
                ),
                (TargetBase::AfterExclusions, _, Lang::En) => format!(
                    "Base = {} − {} excluded = {}",
                    n(*base),
                    n(*excluded),
                    n(*target_base)
                ),
                (TargetBase::Total, _, Lang::Vi) => format!(
                    "Cơ sở tính = {} (không trừ {} trường hợp loại trừ)",
                    n(*base),
                    n(*excluded)
                ),
                (TargetBase::Total, _, Lang::En) => format!(
                    "Base = {} ({} exclusions not deducted)",
                    n(*base),
                    n(*excluded)
                ),
            },
            Step::Target {
                share,
                target_base,
                target,
                rounding,
            } => match lang {
                Lang::Vi => format!(
                    "Chỉ tiêu = {} của {} = {} ({})",
                    pct(*share, lang),
                    n(*target_base),
                    n(*target),
                    rounding.localize(lang)
                ),
                Lang::En => format!(
                    "Target = {} of {} = {} ({})",
                    pct(*share, lang),
                    n(*target_base),
                    n(*target),
                    rounding.localize(lang)
                ),
            },
            Step::AssignedTarget { target } => match lang {
                Lang::Vi => format!("Chỉ tiêu = {} (giao theo kế hoạch)", n(*target)),
                Lang::En => format!("Target = {} (assigned by the plan)", n(*target)),
            },
            Step::Achieved { done, target_base } => match lang {
                Lang::Vi => format!(
                    "Tỷ lệ đạt = {} ÷ {} = {}",
                    n(*done),
                    n(*target_base),
                    ratio_pct(*done, *target_base, 2, lang)
                ),
                Lang::En => format!(
                    "Achieved = {} ÷ {} = {}",
                    n(*done),
                    n(*target_base),
                    ratio_pct(*done, *target_base, 2, lang)
                ),
            },
            Step::Remaining {
                target,
                done,
                remaining,
            } => match (remaining, lang) {
                (0, Lang::Vi) => format!(
                    "Còn lại = 0 (đã đạt {} trên chỉ tiêu {})",
                    n(*done),
                    n(*target)
                ),
                (0, Lang::En) => {
                    format!(
                        "Remaining = 0 ({} done of a {} target)",
                        n(*done),
                        n(*target)
                    )
                }
                (_, Lang::Vi) => format!(
                    "Còn lại = {} − {} = {}",
                    n(*target),
                    n(*done),
                    n(*remaining)
                ),
                (_, Lang::En) => format!(
                    "Remaining = {} − {} = {}",
                    n(*target),
                    n(*done),
                    n(*remaining)
                ),
            },
            Step::RequiredPerDay {
                remaining,
                days_left,
                counting,
            } => {
                let exact = quotient(u128::from(*remaining), u128::from(*days_left), 1, lang);
                let at_least = n(remaining.div_ceil(u64::from((*days_left).max(1))));
                match lang {
                    Lang::Vi => format!(
                        "Cần mỗi ngày = {} ÷ {} ngày = {}, tức ít nhất {} mỗi ngày ({})",
                        n(*remaining),
                        n(u64::from(*days_left)),
                        exact,
                        at_least,
                        counting.localize(lang)
                    ),
                    Lang::En => format!(
                        "Needed per day = {} ÷ {} days = {}, so at least {} a day ({})",
                        n(*remaining),
                        n(u64::from(*days_left)),
                        exact,
                        at_least,
                        counting.localize(lang)
                    ),
                }
            }
            Step::DeadlinePassed => lang
                .pick(
                    "Đã qua hạn chót: không còn ngày nào để chia số còn lại",
                    "The deadline has passed: no day is left to share out the remaining work",
                )
                .to_owned(),
            Step::RunRate {
                gained,
                days,
                since,
                source,
            } => {
                let rate = quotient(u128::from(*gained), u128::from(*days), 1, lang);
                let from = match (source, lang) {
                    (BaselineSource::History, Lang::Vi) => {
                        format!("từ số liệu ngày {}", day(*since))
                    }
                    (BaselineSource::History, Lang::En) => {
                        format!("since the figure of {}", day(*since))
                    }
                    (BaselineSource::HistoryBeforeStart, Lang::Vi) => format!(
                        "từ ngày bắt đầu {}, lấy số liệu gần nhất trước đó",
                        day(*since)
                    ),
                    (BaselineSource::HistoryBeforeStart, Lang::En) => format!(
                        "since the start on {}, from the last figure before it",
                        day(*since)
                    ),
                    (BaselineSource::AssumedZero, Lang::Vi) => {
                        format!("tính từ 0 vào ngày bắt đầu {}", day(*since))
                    }
                    (BaselineSource::AssumedZero, Lang::En) => {
                        format!("counting from 0 on the start date {}", day(*since))
                    }
                };
                match lang {
                    Lang::Vi => format!(
                        "Tốc độ = {} ÷ {} ngày = {} mỗi ngày ({from})",
                        n(*gained),
                        n(*days),
                        rate
                    ),
                    Lang::En => format!(
                        "Run rate = {} ÷ {} days = {} a day ({from})",
                        n(*gained),
                        n(*days),
                        rate
                    ),
                }
            }
            Step::RunRateSum { rate } => {
                let per_day = quotient(rate.numerator, rate.denominator, 1, lang);
                match lang {
                    Lang::Vi => {
                        format!("Tốc độ chung = tổng tốc độ các đơn vị = {per_day} mỗi ngày")
                    }
                    Lang::En => {
                        format!("Overall run rate = sum of the units' rates = {per_day} a day")
                    }
                }
            }
            Step::Projection { projection } => projection.localize(lang),
            Step::Pace { elapsed, total } => match lang {
                Lang::Vi => format!(
                    "Đã qua {} / {} ngày của chiến dịch ({})",
                    n(u64::from(*elapsed)),
                    n(u64::from(*total)),
                    ratio_pct(u64::from(*elapsed), u64::from(*total), 1, lang)
                ),
                Lang::En => format!(
                    "{} of the campaign's {} days have passed ({})",
                    n(u64::from(*elapsed)),
                    n(u64::from(*total)),
                    ratio_pct(u64::from(*elapsed), u64::from(*total), 1, lang)
                ),
            },
            Step::NoFigure => lang
                .pick(
                    "Chưa có số đã đạt: nhập số liệu để tính tỷ lệ và tiến độ",
                    "No figure yet: enter the count done to compute the rate and progress",
                )
                .to_owned(),
        }
    }
}

impl Localized for Projection {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Projection::AlreadyDone => lang
                .pick("Đã đạt chỉ tiêu", "The target is reached")
                .to_owned(),
            Projection::NoRunRate => lang
                .pick(
                    "Chưa dự kiến được ngày xong: chưa có tiến độ nào kể từ ngày bắt đầu",
                    "No projected finish yet: no progress since the start",
                )
                .to_owned(),
            Projection::Finish { date, by_deadline } => match (lang, by_deadline) {
                (Lang::Vi, true) => {
                    format!(
                        "Với tốc độ này, dự kiến xong ngày {}, kịp hạn chót",
                        day(*date)
                    )
                }
                (Lang::Vi, false) => format!(
                    "Với tốc độ này, dự kiến xong ngày {}, sau hạn chót",
                    day(*date)
                ),
                (Lang::En, true) => format!(
                    "At this rate, the work would be done on {}, by the deadline",
                    day(*date)
                ),
                (Lang::En, false) => format!(
                    "At this rate, the work would be done on {}, after the deadline",
                    day(*date)
                ),
            },
            Projection::BeyondHorizon => lang
                .pick(
                    "Với tốc độ này, phải hơn 10 năm nữa mới xong",
                    "At this rate, the work would take more than 10 years",
                )
                .to_owned(),
        }
    }
}

impl Localized for Amount {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Amount::Count(n) => int(*n, lang),
            Amount::Percent { scaled, decimals } => {
                percent_scaled(u128::from(*scaled), *decimals, lang)
            }
        }
    }
}

impl Localized for Figure {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            Figure::Done => ("Đã đạt", "Done"),
            Figure::Base => ("Tổng số", "Total"),
            Figure::Achieved => ("Tỷ lệ đạt", "Achieved"),
            Figure::TargetShare => ("Chỉ tiêu (tỷ lệ)", "Target share"),
            Figure::Quota => ("Chỉ tiêu", "Quota"),
            Figure::PhaseTarget => ("Chỉ tiêu giai đoạn", "Phase target"),
            Figure::Threshold => ("Ngưỡng", "Threshold"),
            Figure::UnitsUnderThreshold => ("Số xã dưới 70\u{a0}%", "Communes under 70%"),
            Figure::CitizenRecords => ("Hồ sơ căn cước đã thu nhận", "Card applications collected"),
            Figure::CitizenRecordsShare => (
                "Tỷ lệ công dân từ 14 tuổi đã thu nhận hồ sơ",
                "Share of citizens aged 14 and over with an application",
            ),
            Figure::AccountsGranted => (
                "Tài khoản định danh điện tử đã cấp",
                "e-ID accounts granted",
            ),
            Figure::OrganizationsGuided => ("Tổ chức đã được hướng dẫn", "Organizations guided"),
            Figure::ResidentsWithoutCard => {
                ("Người chưa có thẻ căn cước", "Residents without a card")
            }
            Figure::AccountsNotActivated => (
                "Tài khoản đã duyệt, chưa kích hoạt",
                "Accounts approved but not activated",
            ),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for FigureNote {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            FigureNote::SummedDistrictRoundings => (
                "Kế hoạch cộng các số đã làm tròn của từng huyện, nên lệch 1 so với phép tính trên tổng của tỉnh (làm tròn gần nhất)",
                "The plan added up figures rounded per district, so it is 1 off the computation on the province total (rounded to the nearest)",
            ),
            FigureNote::BaseNotPublished => (
                "Văn bản không nêu cơ sở tính nên không tính lại được",
                "The document does not give the base, so it cannot be recomputed",
            ),
            FigureNote::FromIllustrativeRows => (
                "Tính từ số liệu minh hoạ của từng xã; văn bản chỉ nêu tổng số xã",
                "Computed from illustrative commune rows; the document gives only the count",
            ),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for ExampleNote {
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            ExampleNote::DatesAssumed => (
                "Văn bản không nêu ngày bắt đầu; ví dụ dùng một ngày giả định, có thể sửa",
                "The document does not give a start date; the example assumes one, which you can change",
            ),
            ExampleNote::TargetAssumed => (
                "Văn bản không nêu tỷ lệ chỉ tiêu; ví dụ dùng một tỷ lệ giả định, có thể sửa",
                "The document does not give the target share; the example assumes one, which you can change",
            ),
            ExampleNote::RowsIllustrative => (
                "Số liệu từng xã là minh hoạ, không phải số liệu công bố",
                "The commune figures are illustrative, not published figures",
            ),
            ExampleNote::OtherOrganizationsLeftOut => (
                "Chỉ tiêu cho “các tổ chức khác” không có trong ví dụ vì văn bản không nêu số lượng",
                "The target for “other organizations” is left out: the document gives no count",
            ),
            ExampleNote::TwoCampaigns => (
                "Hai chỉ tiêu với hai hạn chót nên tách thành hai chiến dịch: thu nhận hồ sơ (30/06/2026) và kích hoạt tài khoản (31/08/2026)",
                "Two indicators with two deadlines make two campaigns: card applications (30/06/2026) and account activation (31/08/2026)",
            ),
            ExampleNote::MonthlyRows => (
                "Mỗi tháng thêm một dòng: tài khoản nhận trong tháng và số đã kích hoạt; tháng nào dưới 90\u{a0}% sẽ được đánh dấu",
                "Add one row per month: accounts received that month and how many were activated; months under 90% are flagged",
            ),
        };
        lang.pick(vi, en).to_owned()
    }
}

impl Localized for ExampleId {
    /// The example's title with its source document.
    fn localize(&self, lang: Lang) -> String {
        let (vi, en) = match self {
            ExampleId::Hue2025 => (
                "Huế — Công văn 7218/UBND-TĐKT ngày 9/6/2025",
                "Huế — letter 7218/UBND-TĐKT of 9 June 2025",
            ),
            ExampleId::KienGiang2024 => (
                "Kiên Giang — Kế hoạch 374/KH-UBND ngày 25/12/2024",
                "Kiên Giang — plan 374/KH-UBND of 25 December 2024",
            ),
            ExampleId::HungYen2025 => (
                "Hưng Yên — số liệu tháng 10/2025",
                "Hưng Yên — figures of October 2025",
            ),
            ExampleId::HungYen2025Communes => (
                "Hưng Yên — 104 xã, phường (số liệu minh hoạ)",
                "Hưng Yên — 104 communes and wards (illustrative figures)",
            ),
            ExampleId::DongNai2026 => ("Đồng Nai — kế hoạch năm 2026", "Đồng Nai — 2026 plan"),
        };
        lang.pick(vi, en).to_owned()
    }
}
