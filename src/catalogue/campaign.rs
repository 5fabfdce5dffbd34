//! Texts of the campaign tracker's rules: problems, link and table messages, statuses, labels of
//! indicators and exclusion reasons, day-counting phrases, and the "Cách tính" (how it is computed)
//! sentences with their figures.
//!
//! Fixed words are [`Text`] constants; sentences with data are `match lang` arms. Numbers follow
//! the reader's language: `2.129.289` and `76,93 %` (no-break space before `%`) in Vietnamese,
//! `2,129,289` and `76.93%` in English; dates dd/mm/yyyy. Rows, phases and indicators are counted
//! from 1 in sentences (the rules count from 0).

use super::{Lang, Localized, Registry, Text, count, texts};
use crate::rules::campaign::examples::{Amount, ExampleId, ExampleNote, Figure, FigureNote};
use crate::rules::campaign::metrics::{
    BaselineSource, Change, PhaseStatus, Projection, Ratio, Status, Step,
};
use crate::rules::campaign::report_table::{RowProblem, RowReason};
use crate::rules::campaign::share_link::ShareLinkError;
use crate::rules::campaign::table::Role;
use crate::rules::campaign::{
    BaseSource, BasisPoints, Campaign, CampaignProblem, DayCounting, DayKind, ExclusionReason,
    Indicator, IndicatorKind, Measure, Month, Rounding, TargetBase, TextField,
};
use crate::rules::number::{Percent, format_scaled};

fn pct(p: BasisPoints, lang: Lang) -> String {
    Percent::from_hundredths(p.0).format(lang.number_style())
}

/// A month: 04/2026.
pub fn month(m: Month) -> String {
    format!("{:02}/{:04}", m.month, m.year)
}

/// A percentage already scaled to `decimals` places, with the language's sign.
fn percent_scaled(units: u128, decimals: u8, lang: Lang) -> String {
    let style = lang.number_style();
    let mut s = format_scaled(units, decimals, style);
    s.push_str(style.percent_suffix());
    s
}

/// `ratio` as a percentage with `decimals` places, half up (`15,17 %`), or a dash.
pub fn rate(ratio: Option<Ratio>, decimals: u8, lang: Lang) -> String {
    ratio.and_then(|r| r.percent_scaled(decimals)).map_or_else(
        || DASH.to_owned(),
        |units| percent_scaled(units, decimals, lang),
    )
}

fn ratio_pct(numerator: u64, denominator: u64, decimals: u8, lang: Lang) -> String {
    rate(Some(Ratio::new(numerator, denominator)), decimals, lang)
}

/// A quotient with `decimals` places, half up (`266,4`).
fn quotient(numerator: u128, denominator: u128, decimals: u8, lang: Lang) -> String {
    if denominator == 0 {
        return DASH.to_owned();
    }
    let scale = 10u128.pow(u32::from(decimals));
    let units = numerator
        .checked_mul(scale * 2)
        .and_then(|n| n.checked_add(denominator))
        .zip(denominator.checked_mul(2))
        .map_or(u128::MAX / scale, |(n, d)| n / d);
    format_scaled(units, decimals, lang.number_style())
}

/// "266,4 (ít nhất 267)" per day, "0" when nothing remains, or a dash without a day left.
pub fn per_day(ratio: Option<Ratio>, lang: Lang) -> String {
    match ratio {
        Some(r) if r.numerator == 0 => count(0, lang),
        Some(r) => {
            let value = quotient(u128::from(r.numerator), u128::from(r.denominator), 1, lang);
            let at_least = count(r.ceil().unwrap_or(0), lang);
            match lang {
                Lang::Vi => format!("{value} (ít nhất {at_least})"),
                Lang::En => format!("{value} (at least {at_least})"),
            }
        }
        None => DASH.to_owned(),
    }
}

fn row(unit: usize) -> usize {
    unit.saturating_add(1)
}

/// Shown where a figure cannot be computed.
pub const DASH: &str = "—";

texts! { labels_texts:
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

    /// The definitions the UI states next to the figures (docs/rules.md §4, §4.1).
    pub const DEFINITIONS: [Text; 7] = [
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
        Text {
            vi: "Chỉ tiêu tính trên kết quả của chỉ tiêu khác (ví dụ tài khoản đã cấp trên số hồ sơ đã thu nhận) lấy số đã đạt của chỉ tiêu đó ở từng đơn vị làm cơ sở tính.",
            en: "An indicator counted over another's result (accounts granted over records collected) takes that indicator's count done, unit by unit, as its base.",
        },
        Text {
            vi: "Chỉ tiêu theo tháng: mỗi tháng, số đã đạt ÷ số phát sinh trong tháng phải không thấp hơn ngưỡng; tháng nào thấp hơn thì đơn vị bị đánh dấu.",
            en: "Monthly indicators: each month, done ÷ that month's base must not fall below the threshold; a month below it flags the unit.",
        },
    ];

    const KIND_ORGANIZATION_ACCOUNTS: Text = Text {
        vi: "Tài khoản định danh điện tử của tổ chức",
        en: "Organization e-ID accounts",
    };
    const KIND_ORGANIZATIONS_GUIDED: Text = Text {
        vi: "Tổ chức đã được hướng dẫn",
        en: "Organizations guided",
    };
    const KIND_CITIZEN_RECORDS: Text = Text {
        vi: "Hồ sơ cấp thẻ căn cước",
        en: "Căn cước card applications",
    };
    const KIND_LEVEL2: Text = Text {
        vi: "Tài khoản định danh điện tử mức độ 2",
        en: "Level-2 e-ID accounts",
    };
    const KIND_ACTIVATIONS: Text = Text {
        vi: "Tài khoản đã kích hoạt",
        en: "Activated accounts",
    };
    const KIND_OTHER: Text = Text {
        vi: "Chỉ tiêu khác",
        en: "Other indicator",
    };
}

impl Localized for IndicatorKind {
    fn localize(&self, lang: Lang) -> String {
        match self {
            IndicatorKind::OrganizationAccounts => KIND_ORGANIZATION_ACCOUNTS,
            IndicatorKind::OrganizationsGuided => KIND_ORGANIZATIONS_GUIDED,
            IndicatorKind::CitizenRecords => KIND_CITIZEN_RECORDS,
            IndicatorKind::Level2Accounts => KIND_LEVEL2,
            IndicatorKind::Activations => KIND_ACTIVATIONS,
            IndicatorKind::Other => KIND_OTHER,
        }
        .localize(lang)
    }
}

impl Localized for Indicator {
    /// Its short name: the label when it has one (as typed), else the kind's name.
    fn localize(&self, lang: Lang) -> String {
        match &self.label {
            Some(label) if !label.trim().is_empty() => label.trim().to_owned(),
            _ => self.kind.localize(lang),
        }
    }
}

/// Indicator `i`'s name in `campaign`, or "Chỉ tiêu 3" when it has none.
pub fn indicator_name(campaign: &Campaign, i: usize, lang: Lang) -> String {
    match campaign.indicator(i) {
        Some(x) => x.localize(lang),
        None => numbered_indicator(i, lang),
    }
}

/// "Chỉ tiêu 3".
pub fn numbered_indicator(i: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chỉ tiêu {}", row(i)),
        Lang::En => format!("Indicator {}", row(i)),
    }
}

/// Where an indicator's base comes from, with the other indicator's name.
pub fn base_source(campaign: &Campaign, source: BaseSource, lang: Lang) -> String {
    match source {
        BaseSource::Own => BASE_OWN.localize(lang),
        BaseSource::SameAs(i) => {
            let name = indicator_name(campaign, i, lang);
            match lang {
                Lang::Vi => format!("Cùng cơ sở tính với “{name}”"),
                Lang::En => format!("The same base as “{name}”"),
            }
        }
        BaseSource::DoneOf(i) => {
            let name = indicator_name(campaign, i, lang);
            match lang {
                Lang::Vi => format!("Số đã đạt của “{name}”"),
                Lang::En => format!("What “{name}” has done"),
            }
        }
    }
}

texts! { base_texts:
    /// An indicator's own base.
    pub const BASE_OWN: Text = Text {
        vi: "Số liệu riêng của từng đơn vị",
        en: "Each unit's own figure",
    };

    const MEASURE_CUMULATIVE: Text = Text {
        vi: "Luỹ kế đến hạn chót",
        en: "Cumulative to the deadline",
    };
    const MEASURE_MONTHLY: Text = Text {
        vi: "Theo từng tháng (tỷ lệ trong tháng so với ngưỡng)",
        en: "Month by month (each month's rate against the threshold)",
    };
}

impl Localized for Measure {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Measure::Cumulative => MEASURE_CUMULATIVE,
            Measure::Monthly => MEASURE_MONTHLY,
        }
        .localize(lang)
    }
}

texts! { exclusion_texts:
    const FRAIL: Text = Text {
        vi: "Già yếu",
        en: "Too old or frail",
    };
    const NO_SMARTPHONE: Text = Text {
        vi: "Không có điện thoại thông minh",
        en: "No smartphone",
    };
    const NO_OWN_SIM: Text = Text {
        vi: "Không có SIM chính chủ",
        en: "No SIM in their own name",
    };
    const ABROAD: Text = Text {
        vi: "Đang ở nước ngoài",
        en: "Abroad",
    };
    const INACTIVE: Text = Text {
        vi: "Doanh nghiệp đăng ký nhưng không hoạt động",
        en: "Registered but inactive enterprise",
    };
}

impl Localized for ExclusionReason {
    fn localize(&self, lang: Lang) -> String {
        match self {
            ExclusionReason::FrailOrElderly => FRAIL,
            ExclusionReason::NoSmartphone => NO_SMARTPHONE,
            ExclusionReason::NoOwnSim => NO_OWN_SIM,
            ExclusionReason::Abroad => ABROAD,
            ExclusionReason::InactiveEnterprise => INACTIVE,
        }
        .localize(lang)
    }
}

texts! { day_counting_texts:
    const CALENDAR_TODAY: Text = Text {
        vi: "ngày theo lịch, tính cả hôm nay",
        en: "calendar days, counting today",
    };
    const CALENDAR: Text = Text {
        vi: "ngày theo lịch, không tính hôm nay",
        en: "calendar days, not counting today",
    };
    const WORKING_TODAY: Text = Text {
        vi: "ngày làm việc, tính cả hôm nay",
        en: "working days, counting today",
    };
    const WORKING: Text = Text {
        vi: "ngày làm việc, không tính hôm nay",
        en: "working days, not counting today",
    };
}

impl Localized for DayCounting {
    fn localize(&self, lang: Lang) -> String {
        let text = match self.kind {
            DayKind::Calendar if self.today_counts => CALENDAR_TODAY,
            DayKind::Calendar => CALENDAR,
            DayKind::Working if self.today_counts => WORKING_TODAY,
            DayKind::Working => WORKING,
        };
        text.localize(lang)
    }
}

texts! { rounding_texts:
    const NEAREST: Text = Text {
        vi: "làm tròn gần nhất",
        en: "rounded to the nearest",
    };
    const UP: Text = Text {
        vi: "làm tròn lên",
        en: "rounded up",
    };
    const DOWN: Text = Text {
        vi: "làm tròn xuống",
        en: "rounded down",
    };
}

impl Localized for Rounding {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Rounding::Nearest => NEAREST,
            Rounding::Up => UP,
            Rounding::Down => DOWN,
        }
        .localize(lang)
    }
}

texts! { status_texts:
    const STATUS_DONE: Text = Text {
        vi: "Đã đạt chỉ tiêu",
        en: "Target reached",
    };
    const STATUS_ON_TRACK: Text = Text {
        vi: "Đúng tiến độ",
        en: "On track",
    };
    const STATUS_BEHIND: Text = Text {
        vi: "Chậm tiến độ",
        en: "Behind",
    };
    const STATUS_UNDER: Text = Text {
        vi: "Dưới ngưỡng cảnh báo",
        en: "Under the warning threshold",
    };
    const STATUS_NO_DATA: Text = Text {
        vi: "Chưa có số liệu",
        en: "No figures yet",
    };
}

impl Localized for Status {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Status::Done => STATUS_DONE,
            Status::OnTrack => STATUS_ON_TRACK,
            Status::Behind => STATUS_BEHIND,
            Status::UnderThreshold => STATUS_UNDER,
            Status::NoData => STATUS_NO_DATA,
        }
        .localize(lang)
    }
}

texts! { phase_texts:
    const PHASE_REACHED: Text = Text {
        vi: "Đã đạt",
        en: "Reached",
    };
    const PHASE_MISSED: Text = Text {
        vi: "Không đạt đúng hạn",
        en: "Missed",
    };
    const PHASE_CURRENT: Text = Text {
        vi: "Đang thực hiện",
        en: "In progress",
    };
    const PHASE_UPCOMING: Text = Text {
        vi: "Sắp tới",
        en: "Upcoming",
    };
}

impl Localized for PhaseStatus {
    fn localize(&self, lang: Lang) -> String {
        match self {
            PhaseStatus::Reached => PHASE_REACHED,
            PhaseStatus::Missed => PHASE_MISSED,
            PhaseStatus::Current => PHASE_CURRENT,
            PhaseStatus::Upcoming => PHASE_UPCOMING,
        }
        .localize(lang)
    }
}

texts! { field_texts:
    const CAMPAIGN_NAME_FIELD: Text = Text {
        vi: "Tên chiến dịch",
        en: "The campaign's name",
    };
}

fn field_name(field: TextField, names: &dyn Fn(usize) -> String, lang: Lang) -> String {
    match field {
        TextField::CampaignName => CAMPAIGN_NAME_FIELD.localize(lang),
        TextField::IndicatorLabel { indicator } => match lang {
            Lang::Vi => format!("Tên của {}", names(indicator)),
            Lang::En => format!("The name of {}", names(indicator)),
        },
        TextField::PhaseLabel { indicator, phase } => match lang {
            Lang::Vi => format!("Tên giai đoạn {} của {}", row(phase), names(indicator)),
            Lang::En => format!("The name of phase {} of {}", row(phase), names(indicator)),
        },
        TextField::UnitName { unit } => match lang {
            Lang::Vi => format!("Tên đơn vị ở dòng {}", row(unit)),
            Lang::En => format!("The unit's name in row {}", row(unit)),
        },
    }
}

impl Localized for CampaignProblem {
    /// The sentence with indicators named by position ("chỉ tiêu 2"); [`problem`] names them.
    fn localize(&self, lang: Lang) -> String {
        let names = |i: usize| match lang {
            Lang::Vi => format!("chỉ tiêu {}", row(i)),
            Lang::En => format!("indicator {}", row(i)),
        };
        problem_sentence(self, &names, lang)
    }
}

/// A problem of `campaign`, its indicators named as the user named them ("“Hợp tác xã”").
pub fn problem(p: &CampaignProblem, campaign: &Campaign, lang: Lang) -> String {
    let names = |i: usize| format!("“{}”", indicator_name(campaign, i, lang));
    problem_sentence(p, &names, lang)
}

fn problem_sentence(p: &CampaignProblem, names: &dyn Fn(usize) -> String, lang: Lang) -> String {
    use CampaignProblem as P;
    let n = |x: u64| count(x, lang);
    let cap = |s: String| capitalized(&s);
    match p {
        P::EmptyText { field } => match field {
            TextField::CampaignName => match lang {
                Lang::Vi => "Nhập tên chiến dịch".to_owned(),
                Lang::En => "Enter the campaign's name".to_owned(),
            },
            TextField::IndicatorLabel { indicator } => match lang {
                Lang::Vi => format!("Nhập tên của {}, hoặc xoá ô tên", names(*indicator)),
                Lang::En => format!(
                    "Enter a name for {}, or clear the name box",
                    names(*indicator)
                ),
            },
            TextField::PhaseLabel { indicator, phase } => match lang {
                Lang::Vi => format!(
                    "Nhập tên giai đoạn {} của {}, hoặc xoá ô tên",
                    row(*phase),
                    names(*indicator)
                ),
                Lang::En => format!(
                    "Enter a name for phase {} of {}, or clear the name box",
                    row(*phase),
                    names(*indicator)
                ),
            },
            TextField::UnitName { unit } => match lang {
                Lang::Vi => format!("Nhập tên đơn vị ở dòng {}", row(*unit)),
                Lang::En => format!("Enter the unit's name in row {}", row(*unit)),
            },
        },
        P::TextTooLong { field, max } => match lang {
            Lang::Vi => format!("{} dài tối đa {max} ký tự", field_name(*field, names, lang)),
            Lang::En => format!(
                "{} can be at most {max} characters",
                field_name(*field, names, lang)
            ),
        },
        P::ProvinceCodeOutOfRange { .. } => match lang {
            Lang::Vi => "Mã tỉnh gồm 2 chữ số, từ 01 đến 99".to_owned(),
            Lang::En => "A province code has 2 digits, from 01 to 99".to_owned(),
        },
        P::NoIndicators => match lang {
            Lang::Vi => "Thêm ít nhất một chỉ tiêu để theo dõi".to_owned(),
            Lang::En => "Add at least one indicator to track".to_owned(),
        },
        P::TooManyIndicators { count, max } => match lang {
            Lang::Vi => {
                format!("Một chiến dịch có tối đa {max} chỉ tiêu; chiến dịch này có {count}")
            }
            Lang::En => {
                format!("A campaign can have at most {max} indicators; this one has {count}")
            }
        },
        P::MissingIndicatorLabel { indicator } => match lang {
            Lang::Vi => format!(
                "Nhập tên cho {}: chỉ tiêu khác cần nói rõ đếm gì",
                names(*indicator)
            ),
            Lang::En => format!(
                "Enter a name for {}: an “other” indicator needs to say what it counts",
                names(*indicator)
            ),
        },
        P::BaseNotEarlier { indicator, to } => match lang {
            Lang::Vi => format!(
                "{} lấy cơ sở tính từ {}: chỉ lấy được từ một chỉ tiêu đứng trước; chọn lại cơ sở tính",
                cap(names(*indicator)),
                names(*to)
            ),
            Lang::En => format!(
                "{} takes its base from {}: a base can only come from an indicator listed before it; choose the base again",
                cap(names(*indicator)),
                names(*to)
            ),
        },
        P::BaseIsMonthly { indicator, to } => match lang {
            Lang::Vi => format!(
                "{} lấy cơ sở tính từ {}, là chỉ tiêu theo tháng: chọn cơ sở tính khác",
                cap(names(*indicator)),
                names(*to)
            ),
            Lang::En => format!(
                "{} takes its base from {}, a monthly indicator: choose another base",
                cap(names(*indicator)),
                names(*to)
            ),
        },
        P::MonthlyNeedsOwnBase { indicator } => match lang {
            Lang::Vi => format!(
                "{} tính theo tháng nên cần số liệu riêng của từng tháng: chọn cơ sở tính là số liệu riêng",
                cap(names(*indicator))
            ),
            Lang::En => format!(
                "{} is monthly, so it needs each month's own figures: choose its own base",
                cap(names(*indicator))
            ),
        },
        P::MonthlyWithPhases { indicator } => match lang {
            Lang::Vi => format!(
                "{} tính theo tháng, mỗi tháng là một kỳ: xoá các giai đoạn",
                cap(names(*indicator))
            ),
            Lang::En => format!(
                "{} is monthly, each month is its own period: remove the phases",
                cap(names(*indicator))
            ),
        },
        P::DeadlineBeforeStart {
            indicator, start, ..
        } => match lang {
            Lang::Vi => format!(
                "Hạn chót của {} phải từ ngày bắt đầu ({}) trở đi",
                names(*indicator),
                super::date(*start)
            ),
            Lang::En => format!(
                "The deadline of {} must be on or after the start date ({})",
                names(*indicator),
                super::date(*start)
            ),
        },
        P::CampaignTooLong {
            indicator,
            days,
            max,
        } => match lang {
            Lang::Vi => format!(
                "Một chỉ tiêu kéo dài tối đa {} ngày; {} kéo dài {} ngày",
                n(u64::from(*max)),
                names(*indicator),
                n(*days)
            ),
            Lang::En => format!(
                "An indicator can last at most {} days; {} lasts {}",
                n(u64::from(*max)),
                names(*indicator),
                n(*days)
            ),
        },
        P::TargetOutOfRange { indicator, .. } => match lang {
            Lang::Vi => format!(
                "Nhập chỉ tiêu của {} lớn hơn 0\u{a0}% và không quá 100\u{a0}%",
                names(*indicator)
            ),
            Lang::En => format!(
                "Enter a target for {} above 0% and at most 100%",
                names(*indicator)
            ),
        },
        P::ThresholdOutOfRange { indicator, .. } => match lang {
            Lang::Vi => format!(
                "Ngưỡng cảnh báo của {} không được quá 100\u{a0}%",
                names(*indicator)
            ),
            Lang::En => format!(
                "The warning threshold of {} can be at most 100%",
                names(*indicator)
            ),
        },
        P::ThresholdAboveTarget {
            indicator,
            threshold,
            target,
        } => match lang {
            Lang::Vi => format!(
                "Ngưỡng cảnh báo của {} ({}) cao hơn chỉ tiêu ({}): đơn vị đã đạt chỉ tiêu vẫn bị đánh dấu",
                names(*indicator),
                pct(*threshold, lang),
                pct(*target, lang)
            ),
            Lang::En => format!(
                "The warning threshold of {} ({}) is above its target ({}): units that reached the target would still be flagged",
                names(*indicator),
                pct(*threshold, lang),
                pct(*target, lang)
            ),
        },
        P::TooManyPhases { indicator, max, .. } => match lang {
            Lang::Vi => format!("{} có tối đa {max} giai đoạn", cap(names(*indicator))),
            Lang::En => format!("{} can have at most {max} phases", cap(names(*indicator))),
        },
        P::PhaseEndsBeforeStart {
            indicator,
            phase,
            end,
        } => match lang {
            Lang::Vi => format!(
                "Giai đoạn {} của {} kết thúc ({}) trước ngày bắt đầu chiến dịch: chọn ngày từ ngày bắt đầu trở đi",
                row(*phase),
                names(*indicator),
                super::date(*end)
            ),
            Lang::En => format!(
                "Phase {} of {} ends ({}) before the campaign starts: choose a date on or after the start",
                row(*phase),
                names(*indicator),
                super::date(*end)
            ),
        },
        P::PhaseAfterDeadline {
            indicator,
            phase,
            end,
            deadline,
        } => match lang {
            Lang::Vi => format!(
                "Giai đoạn {} của {} kết thúc ({}) sau hạn chót ({}): chọn ngày không muộn hơn hạn chót",
                row(*phase),
                names(*indicator),
                super::date(*end),
                super::date(*deadline)
            ),
            Lang::En => format!(
                "Phase {} of {} ends ({}) after the deadline ({}): choose a date no later than the deadline",
                row(*phase),
                names(*indicator),
                super::date(*end),
                super::date(*deadline)
            ),
        },
        P::PhasesOutOfOrder {
            indicator,
            phase,
            previous_end,
            ..
        } => match lang {
            Lang::Vi => format!(
                "Giai đoạn {} của {} phải kết thúc sau giai đoạn {} ({})",
                row(*phase),
                names(*indicator),
                *phase,
                super::date(*previous_end)
            ),
            Lang::En => format!(
                "Phase {} of {} must end after phase {} ({})",
                row(*phase),
                names(*indicator),
                *phase,
                super::date(*previous_end)
            ),
        },
        P::PhaseShareOutOfRange {
            indicator, phase, ..
        } => match lang {
            Lang::Vi => format!(
                "Phần của giai đoạn {} ({}) phải lớn hơn 0\u{a0}% và không quá 100\u{a0}%",
                row(*phase),
                names(*indicator)
            ),
            Lang::En => format!(
                "The share of phase {} ({}) must be above 0% and at most 100%",
                row(*phase),
                names(*indicator)
            ),
        },
        P::PhaseSharesDoNotAddUp { indicator, total } => match lang {
            Lang::Vi => format!(
                "Các giai đoạn của {} cộng lại là {} chỉ tiêu, không phải 100\u{a0}%",
                names(*indicator),
                pct(*total, lang)
            ),
            Lang::En => format!(
                "The phases of {} add up to {} of the quota, not 100%",
                names(*indicator),
                pct(*total, lang)
            ),
        },
        P::PhaseCountsDoNotAddUp {
            indicator,
            total,
            quota,
        } => match lang {
            Lang::Vi => format!(
                "Các giai đoạn của {} cộng lại là {}, khác chỉ tiêu {}",
                names(*indicator),
                n(*total),
                n(*quota)
            ),
            Lang::En => format!(
                "The phases of {} add up to {}, not the quota of {}",
                names(*indicator),
                n(*total),
                n(*quota)
            ),
        },
        P::MixedPhaseTargets { indicator } => match lang {
            Lang::Vi => format!(
                "Giai đoạn của {} có cái tính theo phần trăm, có cái tính theo số lượng, nên không kiểm tra được tổng",
                names(*indicator)
            ),
            Lang::En => format!(
                "Some phases of {} are percentages and others counts, so their total cannot be checked",
                names(*indicator)
            ),
        },
        P::NoUnits => match lang {
            Lang::Vi => {
                "Thêm ít nhất một đơn vị: một xã, phường, hoặc một dòng tự đặt tên".to_owned()
            }
            Lang::En => {
                "Add at least one unit: a commune, a ward, or a row with its own name".to_owned()
            }
        },
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
        P::TalliesDoNotMatch { unit, .. } => match lang {
            Lang::Vi => format!(
                "Dòng {} thiếu số liệu của một số chỉ tiêu (tệp có thể bị hỏng): nhập lại số liệu của dòng này",
                row(*unit)
            ),
            Lang::En => format!(
                "Row {} lacks figures for some indicators (the file may be damaged): enter this row's figures again",
                row(*unit)
            ),
        },
        P::ExclusionsAboveBase { at, excluded, base } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: số loại trừ ({}) lớn hơn tổng số ({}); sửa một trong hai số",
                row(at.unit),
                names(at.indicator),
                n(*excluded),
                n(*base)
            ),
            Lang::En => format!(
                "Row {}, {}: the exclusions ({}) are more than the total ({}); correct one of them",
                row(at.unit),
                names(at.indicator),
                n(*excluded),
                n(*base)
            ),
        },
        P::DoneAboveBase { at, done, base } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: số đã đạt ({}) lớn hơn cơ sở tính ({}); kiểm tra lại",
                row(at.unit),
                names(at.indicator),
                n(*done),
                n(*base)
            ),
            Lang::En => format!(
                "Row {}, {}: done ({}) is more than the base ({}); check it",
                row(at.unit),
                names(at.indicator),
                n(*done),
                n(*base)
            ),
        },
        P::QuotaAboveBase { at, quota, base } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: chỉ tiêu giao ({}) lớn hơn cơ sở tính ({}); sửa một trong hai số",
                row(at.unit),
                names(at.indicator),
                n(*quota),
                n(*base)
            ),
            Lang::En => format!(
                "Row {}, {}: the assigned quota ({}) is more than the base ({}); correct one of them",
                row(at.unit),
                names(at.indicator),
                n(*quota),
                n(*base)
            ),
        },
        P::HistoryTooLong { at, count, max } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: có {} số liệu theo ngày; chỉ giữ tối đa {}",
                row(at.unit),
                names(at.indicator),
                n(*count as u64),
                n(*max as u64)
            ),
            Lang::En => format!(
                "Row {}, {}: {} dated figures; keep at most {}",
                row(at.unit),
                names(at.indicator),
                n(*count as u64),
                n(*max as u64)
            ),
        },
        P::HistoryOutOfOrder { at } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: xếp số liệu theo ngày tăng dần, mỗi ngày một số (số liệu thứ {} bị lệch)",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
            Lang::En => format!(
                "Row {}, {}: put the dated figures in date order, one per day (figure {} is out of place)",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
        },
        P::HistoryFalls { at } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: số liệu thứ {} thấp hơn số liệu trước đó; kiểm tra lại",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
            Lang::En => format!(
                "Row {}, {}: dated figure {} is lower than the one before; check it",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
        },
        P::MonthsOutOfOrder { at } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: xếp số liệu theo tháng tăng dần, mỗi tháng một số (tháng thứ {} bị lệch)",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
            Lang::En => format!(
                "Row {}, {}: put the monthly figures in month order, one per month (month {} is out of place)",
                row(at.unit),
                names(at.indicator),
                row(at.index)
            ),
        },
        P::TooManyMonths { at, count, max } => match lang {
            Lang::Vi => format!(
                "Dòng {}, {}: có {} tháng; chỉ giữ tối đa {}",
                row(at.unit),
                names(at.indicator),
                n(*count as u64),
                n(*max as u64)
            ),
            Lang::En => format!(
                "Row {}, {}: {} months; keep at most {}",
                row(at.unit),
                names(at.indicator),
                n(*count as u64),
                n(*max as u64)
            ),
        },
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

texts! { link_texts:
    const LINK_EMPTY: Text = Text {
        vi: "Đường liên kết không có dữ liệu chiến dịch. Kiểm tra đã sao chép đủ cả đường liên kết",
        en: "The link has no campaign data. Check that the whole link was copied",
    };
    const LINK_NEWER: Text = Text {
        vi: "Đường liên kết này được tạo bằng phiên bản Sẵn Sàng mới hơn. Tải lại trang để cập nhật",
        en: "This link was made by a newer version of Sẵn Sàng. Reload the page to update",
    };
    const LINK_DAMAGED: Text = Text {
        vi: "Đường liên kết bị hỏng hoặc bị cắt mất một phần. Nhờ người gửi sao chép lại toàn bộ đường liên kết",
        en: "The link is damaged or cut short. Ask the sender to copy the whole link again",
    };
}

impl Localized for ShareLinkError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            ShareLinkError::Empty => LINK_EMPTY.localize(lang),
            ShareLinkError::TooLong { max } => match lang {
                Lang::Vi => format!(
                    "Đường liên kết dài hơn {} ký tự nên không mở được. Nhờ người gửi chia sẻ tệp JSON của chiến dịch",
                    count(*max as u64, lang)
                ),
                Lang::En => format!(
                    "The link is longer than {} characters and cannot be opened. Ask the sender for the campaign's JSON file",
                    count(*max as u64, lang)
                ),
            },
            ShareLinkError::NewerVersion { .. } => LINK_NEWER.localize(lang),
            ShareLinkError::Damaged(_) => LINK_DAMAGED.localize(lang),
        }
    }
}

texts! { role_texts:
    const ROLE_IGNORE: Text = Text {
        vi: "Bỏ qua cột này",
        en: "Ignore this column",
    };
    const ROLE_CODE: Text = Text {
        vi: "Mã xã",
        en: "Commune code",
    };
    const ROLE_NAME: Text = Text {
        vi: "Tên xã, phường hoặc đơn vị",
        en: "Commune or unit name",
    };
    const ROLE_ILLUSTRATIVE: Text = Text {
        vi: "Đánh dấu số liệu minh hoạ",
        en: "Marks illustrative figures",
    };
}

/// What a column holds, as the mapping step offers it ("Đã đạt — Hợp tác xã").
pub fn role(role: Role, campaign: &Campaign, lang: Lang) -> String {
    let name = |i: usize| indicator_name(campaign, i, lang);
    match role {
        Role::Ignore => ROLE_IGNORE.localize(lang),
        Role::Code => ROLE_CODE.localize(lang),
        Role::Name => ROLE_NAME.localize(lang),
        Role::Illustrative => ROLE_ILLUSTRATIVE.localize(lang),
        Role::Base(i) => match lang {
            Lang::Vi => format!("{}: tổng số (cơ sở tính)", name(i)),
            Lang::En => format!("{}: total (base)", name(i)),
        },
        Role::Done(i) => match lang {
            Lang::Vi => format!("{}: số đã đạt", name(i)),
            Lang::En => format!("{}: done", name(i)),
        },
        Role::Quota(i) => match lang {
            Lang::Vi => format!("{}: chỉ tiêu được giao", name(i)),
            Lang::En => format!("{}: assigned quota", name(i)),
        },
        Role::Excluded(i, reason) => match lang {
            Lang::Vi => format!(
                "{}: loại trừ — {}",
                name(i),
                reason.localize(lang).to_lowercase()
            ),
            Lang::En => format!(
                "{}: excluded — {}",
                name(i),
                reason.localize(lang).to_lowercase()
            ),
        },
        Role::NewIndicator(kind) => match lang {
            Lang::Vi => format!(
                "Chỉ tiêu mới ({}): số đã đạt",
                kind.localize(lang).to_lowercase()
            ),
            Lang::En => format!(
                "New indicator ({}): done",
                kind.localize(lang).to_lowercase()
            ),
        },
    }
}

impl Localized for RowProblem {
    fn localize(&self, lang: Lang) -> String {
        use RowReason as R;
        let n = |x: u64| count(x, lang);
        let r = self.row;
        match &self.reason {
            R::MissingPlaceColumn => match lang {
                Lang::Vi => "Không thấy cột mã xã hoặc tên xã, phường: chọn cột đó ở bước ghép cột".to_owned(),
                Lang::En => "No column of commune codes or names was found: choose it in the column step".to_owned(),
            },
            R::MissingFigureColumns => match lang {
                Lang::Vi => "Không thấy cột số liệu nào: chọn các cột số đã đạt ở bước ghép cột".to_owned(),
                Lang::En => "No column of figures was found: choose the columns of counts done in the column step".to_owned(),
            },
            R::NoPlace => match lang {
                Lang::Vi => format!("Dòng {r}: nhập mã xã hoặc tên đơn vị"),
                Lang::En => format!("Row {r}: enter a commune code or a unit name"),
            },
            R::BadCode { text } => match lang {
                Lang::Vi => format!("Dòng {r}: mã xã gồm 5 chữ số, như 00004 (đang là “{text}”)"),
                Lang::En => format!("Row {r}: a commune code has 5 digits, like 00004 (found “{text}”)"),
            },
            R::UnknownCommune { code } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: mã {code:05} không có trong danh sách xã, phường từ 01/07/2025; kiểm tra lại mã, hoặc ghi tên đơn vị thay cho mã"
                ),
                Lang::En => format!(
                    "Row {r}: code {code:05} is not in the list of communes from 01/07/2025; check the code, or write the unit's name instead"
                ),
            },
            R::AmbiguousName { name, communes } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: có {communes} xã, phường tên “{name}” ở các tỉnh khác nhau; chọn tỉnh của chiến dịch hoặc ghi mã xã. Dòng được giữ với tên như đã ghi"
                ),
                Lang::En => format!(
                    "Row {r}: {communes} communes in different provinces are called “{name}”; choose the campaign's province or write the code. The row is kept under the name as written"
                ),
            },
            R::KindDiffers { name, code } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: “{name}” được hiểu là {} (mã {code:05}); kiểm tra lại nếu không đúng",
                    commune_name(*code)
                ),
                Lang::En => format!(
                    "Row {r}: “{name}” was read as {} (code {code:05}); check it if that is wrong",
                    commune_name(*code)
                ),
            },
            R::NotACommune { name } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}: không thấy xã, phường tên “{name}” trong tỉnh; dòng được giữ như một đơn vị tự đặt tên"
                ),
                Lang::En => format!(
                    "Row {r}: no commune of the province is called “{name}”; the row is kept as a unit with its own name"
                ),
            },
            R::DuplicateUnit { first_row } => match lang {
                Lang::Vi => format!("Dòng {r}: đơn vị này đã có ở dòng {first_row}; chỉ đọc dòng {first_row}"),
                Lang::En => format!("Row {r}: this unit is already in row {first_row}; only row {first_row} is read"),
            },
            R::NotANumber { column, text } => match lang {
                Lang::Vi => format!(
                    "Dòng {r}, cột “{column}”: cần một số nguyên, như 2.129.289 (đang là “{text}”); ô này không được đọc"
                ),
                Lang::En => format!(
                    "Row {r}, column “{column}”: a whole number is needed, like 2,129,289 (found “{text}”); this cell was not read"
                ),
            },
            R::Negative { column } => match lang {
                Lang::Vi => format!("Dòng {r}, cột “{column}”: số không được âm; ô này không được đọc"),
                Lang::En => format!("Row {r}, column “{column}”: the number cannot be negative; this cell was not read"),
            },
            R::TooLarge { column } => match lang {
                Lang::Vi => format!("Dòng {r}, cột “{column}”: số quá lớn để là một số đếm; ô này không được đọc"),
                Lang::En => format!("Row {r}, column “{column}”: the number is too large to be a count; this cell was not read"),
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

fn commune_name(code: u32) -> String {
    crate::rules::units::CommuneCode::new(code)
        .ok()
        .and_then(crate::rules::units::commune)
        .map_or_else(|| format!("{code:05}"), |c| c.full_name.to_owned())
}

impl Localized for Step {
    /// The line with other indicators named by position; [`step`] names them.
    fn localize(&self, lang: Lang) -> String {
        step_sentence(self, &|i| numbered_indicator(i, lang), lang)
    }
}

/// A "Cách tính" line of `campaign`, other indicators named as the user named them.
pub fn step(s: &Step, campaign: &Campaign, lang: Lang) -> String {
    step_sentence(s, &|i| indicator_name(campaign, i, lang), lang)
}

fn step_sentence(s: &Step, names: &dyn Fn(usize) -> String, lang: Lang) -> String {
    let n = |x: u64| count(x, lang);
    match s {
        Step::ChainedBase { source, base } => match source {
            BaseSource::DoneOf(i) => match lang {
                Lang::Vi => format!("Cơ sở tính = số đã đạt của “{}” = {}", names(*i), n(*base)),
                Lang::En => format!("Base = what “{}” has done = {}", names(*i), n(*base)),
            },
            BaseSource::SameAs(i) => match lang {
                Lang::Vi => format!("Cơ sở tính = cơ sở tính của “{}” = {}", names(*i), n(*base)),
                Lang::En => format!("Base = the base of “{}” = {}", names(*i), n(*base)),
            },
            BaseSource::Own => match lang {
                Lang::Vi => format!("Cơ sở tính = {}", n(*base)),
                Lang::En => format!("Base = {}", n(*base)),
            },
        },
        Step::Month {
            month: m,
            base,
            done,
        } => {
            let done = done.map_or_else(|| DASH.to_owned(), n);
            match lang {
                Lang::Vi => format!(
                    "Tháng {}: phát sinh {}, đã đạt {}",
                    month(*m),
                    n(*base),
                    done
                ),
                Lang::En => format!("Month {}: {} new, {} done", month(*m), n(*base), done),
            }
        }
        Step::TargetBase {
            base,
            excluded,
            target_base,
            choice,
        } => {
            if *excluded == 0 {
                return match lang {
                    Lang::Vi => format!("Cơ sở tính = {} (không có trường hợp loại trừ)", n(*base)),
                    Lang::En => format!("Base = {} (no exclusions)", n(*base)),
                };
            }
            match choice {
                TargetBase::AfterExclusions => match lang {
                    Lang::Vi => format!(
                        "Cơ sở tính = {} − {} loại trừ = {}",
                        n(*base),
                        n(*excluded),
                        n(*target_base)
                    ),
                    Lang::En => format!(
                        "Base = {} − {} excluded = {}",
                        n(*base),
                        n(*excluded),
                        n(*target_base)
                    ),
                },
                TargetBase::Total => match lang {
                    Lang::Vi => format!(
                        "Cơ sở tính = {} (không trừ {} trường hợp loại trừ)",
                        n(*base),
                        n(*excluded)
                    ),
                    Lang::En => format!(
                        "Base = {} ({} exclusions not deducted)",
                        n(*base),
                        n(*excluded)
                    ),
                },
            }
        }
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
        } => {
            if *remaining == 0 {
                return match lang {
                    Lang::Vi => format!(
                        "Còn lại = 0 (đã đạt {} trên chỉ tiêu {})",
                        n(*done),
                        n(*target)
                    ),
                    Lang::En => format!(
                        "Remaining = 0 ({} done of a {} target)",
                        n(*done),
                        n(*target)
                    ),
                };
            }
            match lang {
                Lang::Vi => format!(
                    "Còn lại = {} − {} = {}",
                    n(*target),
                    n(*done),
                    n(*remaining)
                ),
                Lang::En => format!(
                    "Remaining = {} − {} = {}",
                    n(*target),
                    n(*done),
                    n(*remaining)
                ),
            }
        }
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
        Step::DeadlinePassed => DEADLINE_PASSED_STEP.localize(lang),
        Step::RunRate {
            gained,
            days,
            since,
            source,
        } => {
            let rate = quotient(u128::from(*gained), u128::from(*days), 1, lang);
            let from = match source {
                BaselineSource::History => match lang {
                    Lang::Vi => format!("từ số liệu ngày {}", super::date(*since)),
                    Lang::En => format!("since the figure of {}", super::date(*since)),
                },
                BaselineSource::HistoryBeforeStart => match lang {
                    Lang::Vi => format!(
                        "từ ngày bắt đầu {}, lấy số liệu gần nhất trước đó",
                        super::date(*since)
                    ),
                    Lang::En => format!(
                        "since the start on {}, from the last figure before it",
                        super::date(*since)
                    ),
                },
                BaselineSource::AssumedZero => match lang {
                    Lang::Vi => format!("tính từ 0 vào ngày bắt đầu {}", super::date(*since)),
                    Lang::En => {
                        format!("counting from 0 on the start date {}", super::date(*since))
                    }
                },
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
                Lang::Vi => format!("Tốc độ chung = tổng tốc độ các đơn vị = {per_day} mỗi ngày"),
                Lang::En => format!("Overall run rate = sum of the units' rates = {per_day} a day"),
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
        Step::NoFigure => NO_FIGURE_STEP.localize(lang),
    }
}

texts! { step_texts:
    const DEADLINE_PASSED_STEP: Text = Text {
        vi: "Đã qua hạn chót: không còn ngày nào để chia số còn lại",
        en: "The deadline has passed: no day is left to share out the remaining work",
    };
    const NO_FIGURE_STEP: Text = Text {
        vi: "Chưa có số đã đạt: nhập số liệu để tính tỷ lệ và tiến độ",
        en: "No figure yet: enter the count done to compute the rate and progress",
    };
    const PROJECTION_DONE: Text = Text {
        vi: "Đã đạt chỉ tiêu",
        en: "The target is reached",
    };
    const PROJECTION_NONE: Text = Text {
        vi: "Chưa dự kiến được ngày xong: chưa có tiến độ nào kể từ ngày bắt đầu",
        en: "No projected finish yet: no progress since the start",
    };
    const PROJECTION_BEYOND: Text = Text {
        vi: "Với tốc độ này, phải hơn 10 năm nữa mới xong",
        en: "At this rate, the work would take more than 10 years",
    };
}

impl Localized for Projection {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Projection::AlreadyDone => PROJECTION_DONE.localize(lang),
            Projection::NoRunRate => PROJECTION_NONE.localize(lang),
            Projection::Finish { date, by_deadline } if *by_deadline => match lang {
                Lang::Vi => format!(
                    "Với tốc độ này, dự kiến xong ngày {}, kịp hạn chót",
                    super::date(*date)
                ),
                Lang::En => format!(
                    "At this rate, the work would be done on {}, by the deadline",
                    super::date(*date)
                ),
            },
            Projection::Finish { date, .. } => match lang {
                Lang::Vi => format!(
                    "Với tốc độ này, dự kiến xong ngày {}, sau hạn chót",
                    super::date(*date)
                ),
                Lang::En => format!(
                    "At this rate, the work would be done on {}, after the deadline",
                    super::date(*date)
                ),
            },
            Projection::BeyondHorizon => PROJECTION_BEYOND.localize(lang),
        }
    }
}

impl Localized for Amount {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Amount::Count(n) => count(*n, lang),
            Amount::Percent { scaled, decimals } => {
                percent_scaled(u128::from(*scaled), *decimals, lang)
            }
            Amount::Date(d) => super::date(*d),
        }
    }
}

texts! { figure_texts:
    const FIGURE_DONE: Text = Text {
        vi: "Đã đạt",
        en: "Done",
    };
    const FIGURE_BASE: Text = Text {
        vi: "Tổng số",
        en: "Total",
    };
    const FIGURE_ACHIEVED: Text = Text {
        vi: "Tỷ lệ đạt",
        en: "Achieved",
    };
    const FIGURE_TARGET_SHARE: Text = Text {
        vi: "Chỉ tiêu (tỷ lệ)",
        en: "Target share",
    };
    const FIGURE_QUOTA: Text = Text {
        vi: "Chỉ tiêu",
        en: "Quota",
    };
    const FIGURE_PHASE_TARGET: Text = Text {
        vi: "Chỉ tiêu giai đoạn",
        en: "Phase target",
    };
    const FIGURE_THRESHOLD: Text = Text {
        vi: "Ngưỡng",
        en: "Threshold",
    };
    const FIGURE_DEADLINE: Text = Text {
        vi: "Hạn chót",
        en: "Deadline",
    };
    const FIGURE_UNDER: Text = Text {
        vi: "Số xã dưới 70\u{a0}%",
        en: "Communes under 70%",
    };
    const FIGURE_RECORDS: Text = Text {
        vi: "Hồ sơ căn cước đã thu nhận",
        en: "Card applications collected",
    };
    const FIGURE_RECORDS_SHARE: Text = Text {
        vi: "Tỷ lệ công dân từ 14 tuổi đã thu nhận hồ sơ",
        en: "Share of citizens aged 14 and over with an application",
    };
    const FIGURE_ACCOUNTS: Text = Text {
        vi: "Tài khoản định danh điện tử đã cấp",
        en: "e-ID accounts granted",
    };
    const FIGURE_GUIDED: Text = Text {
        vi: "Tổ chức đã được hướng dẫn",
        en: "Organizations guided",
    };
    const FIGURE_WITHOUT_CARD: Text = Text {
        vi: "Người chưa có thẻ căn cước",
        en: "Residents without a card",
    };
    const FIGURE_NOT_ACTIVATED: Text = Text {
        vi: "Tài khoản đã duyệt, chưa kích hoạt",
        en: "Accounts approved but not activated",
    };
}

impl Localized for Figure {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Figure::Done => FIGURE_DONE,
            Figure::Base => FIGURE_BASE,
            Figure::Achieved => FIGURE_ACHIEVED,
            Figure::TargetShare => FIGURE_TARGET_SHARE,
            Figure::Quota => FIGURE_QUOTA,
            Figure::PhaseTarget => FIGURE_PHASE_TARGET,
            Figure::Threshold => FIGURE_THRESHOLD,
            Figure::Deadline => FIGURE_DEADLINE,
            Figure::UnitsUnderThreshold => FIGURE_UNDER,
            Figure::CitizenRecords => FIGURE_RECORDS,
            Figure::CitizenRecordsShare => FIGURE_RECORDS_SHARE,
            Figure::AccountsGranted => FIGURE_ACCOUNTS,
            Figure::OrganizationsGuided => FIGURE_GUIDED,
            Figure::ResidentsWithoutCard => FIGURE_WITHOUT_CARD,
            Figure::AccountsNotActivated => FIGURE_NOT_ACTIVATED,
        }
        .localize(lang)
    }
}

texts! { note_texts:
    const NOTE_DISTRICTS: Text = Text {
        vi: "Kế hoạch cộng các số đã làm tròn của từng huyện, nên lệch 1 so với phép tính trên tổng của tỉnh (làm tròn gần nhất)",
        en: "The plan added up figures rounded per district, so it is 1 off the computation on the province total (rounded to the nearest)",
    };
    const NOTE_BASE_NOT_PUBLISHED: Text = Text {
        vi: "Văn bản không nêu cơ sở tính nên không tính lại được",
        en: "The document does not give the base, so it cannot be recomputed",
    };
    const NOTE_FROM_ILLUSTRATIVE: Text = Text {
        vi: "Tính từ số liệu minh hoạ của từng xã; văn bản chỉ nêu tổng số xã",
        en: "Computed from illustrative commune rows; the document gives only the count",
    };
    const NOTE_BASE_DERIVED: Text = Text {
        vi: "Văn bản không nêu số công dân từ 14 tuổi; số liệu minh hoạ dùng số suy ra từ tỷ lệ này (2.129.289 ÷ 76,93 %)",
        en: "The document does not give the number of citizens aged 14 and over; the illustrative rows use the one implied by this share (2,129,289 ÷ 76.93%)",
    };
    const NOTE_SUM_OF_ROWS: Text = Text {
        vi: "Tổng của các dòng minh hoạ, được chia từ số công bố nên cộng lại đúng bằng số đó",
        en: "The sum of the illustrative rows, which were split from the published figure so they add up to it exactly",
    };
}

impl Localized for FigureNote {
    fn localize(&self, lang: Lang) -> String {
        match self {
            FigureNote::SummedDistrictRoundings => NOTE_DISTRICTS,
            FigureNote::BaseNotPublished => NOTE_BASE_NOT_PUBLISHED,
            FigureNote::FromIllustrativeRows => NOTE_FROM_ILLUSTRATIVE,
            FigureNote::BaseDerivedFromShare => NOTE_BASE_DERIVED,
            FigureNote::SumOfIllustrativeRows => NOTE_SUM_OF_ROWS,
        }
        .localize(lang)
    }
}

texts! { example_note_texts:
    const EX_DATES: Text = Text {
        vi: "Văn bản không nêu ngày bắt đầu; ví dụ dùng một ngày giả định, có thể sửa",
        en: "The document does not give a start date; the example assumes one, which you can change",
    };
    const EX_TARGET: Text = Text {
        vi: "Văn bản không nêu tỷ lệ chỉ tiêu; ví dụ dùng một tỷ lệ giả định, có thể sửa",
        en: "The document does not give the target share; the example assumes one, which you can change",
    };
    const EX_ROWS: Text = Text {
        vi: "Số liệu từng xã là minh hoạ, không phải số liệu công bố; các dòng được chia từ số công bố của tỉnh nên cộng lại đúng bằng số đó",
        en: "The commune figures are illustrative, not published figures; they were split from the province's published totals, so they add up to them exactly",
    };
    const EX_OTHER_LEFT_OUT: Text = Text {
        vi: "Chỉ tiêu cho “các tổ chức khác” (từ 50\u{a0}%) không có trong ví dụ vì văn bản không nêu số lượng",
        en: "The target for “other organizations” (at least 50%) is left out: the document gives no count",
    };
    const EX_OTHER_NO_COUNT: Text = Text {
        vi: "“Tổ chức khác”: 20\u{a0}% trong giai đoạn 1 và thêm 30\u{a0}% trong giai đoạn 2 (tổng 50\u{a0}% đến 30/06/2025); văn bản không nêu số lượng, nhập số của địa phương để tính",
        en: "“Other organizations”: 20% in phase 1 and 30% more in phase 2 (50% by 30/06/2025); the document gives no count, enter yours to compute",
    };
    const EX_DISTRICTS: Text = Text {
        vi: "Kế hoạch còn chia chỉ tiêu cho từng huyện: phần “Chia chỉ tiêu” chia bất kỳ chỉ tiêu nào cho các đơn vị (phương pháp số dư lớn nhất)",
        en: "The plan also split each quota per district: “Split a quota” does that for any indicator (largest remainder)",
    };
    const EX_TWO_DEADLINES: Text = Text {
        vi: "Một chiến dịch, hai hạn chót: thu nhận hồ sơ đến 30/06/2026, kích hoạt tài khoản đến 31/08/2026",
        en: "One campaign, two deadlines: applications by 30/06/2026, account activation by 31/08/2026",
    };
    const EX_MONTHLY: Text = Text {
        vi: "Chỉ tiêu theo tháng: tài khoản nhận trong mỗi tháng phải kích hoạt từ 90\u{a0}% trở lên; xã nào có tháng dưới 90\u{a0}% được đánh dấu",
        en: "Monthly indicator: at least 90% of the accounts received each month must be activated; communes with a month under 90% are flagged",
    };
    const EX_CHAINED: Text = Text {
        vi: "Tài khoản đã cấp tính trên số hồ sơ đã thu nhận; tổ chức đã được cấp tài khoản tính trên cùng số tổ chức với tổ chức đã được hướng dẫn",
        en: "Accounts granted are counted over the records collected; organizations granted over the same organizations as those guided",
    };
}

impl Localized for ExampleNote {
    fn localize(&self, lang: Lang) -> String {
        match self {
            ExampleNote::DatesAssumed => EX_DATES,
            ExampleNote::TargetAssumed => EX_TARGET,
            ExampleNote::RowsIllustrative => EX_ROWS,
            ExampleNote::OtherOrganizationsLeftOut => EX_OTHER_LEFT_OUT,
            ExampleNote::OtherOrganizationsNoCount => EX_OTHER_NO_COUNT,
            ExampleNote::SplitPerDistrict => EX_DISTRICTS,
            ExampleNote::TwoDeadlines => EX_TWO_DEADLINES,
            ExampleNote::MonthlyThreshold => EX_MONTHLY,
            ExampleNote::ChainedBases => EX_CHAINED,
        }
        .localize(lang)
    }
}

texts! { example_texts:
    const EXAMPLE_HUE: Text = Text {
        vi: "Huế — Công văn 7218/UBND-TĐKT ngày 9/6/2025",
        en: "Huế — letter 7218/UBND-TĐKT of 9 June 2025",
    };
    const EXAMPLE_KIEN_GIANG: Text = Text {
        vi: "Kiên Giang — Kế hoạch 374/KH-UBND ngày 25/12/2024 (4 nhóm tổ chức, 2 giai đoạn)",
        en: "Kiên Giang — plan 374/KH-UBND of 25 December 2024 (4 groups, 2 phases)",
    };
    const EXAMPLE_HUNG_YEN: Text = Text {
        vi: "Hưng Yên — tháng 10/2025: 104 xã, phường, 4 chỉ tiêu",
        en: "Hưng Yên — October 2025: 104 communes, 4 indicators",
    };
    const EXAMPLE_DONG_NAI: Text = Text {
        vi: "Đồng Nai — kế hoạch năm 2026: 2 hạn chót, ngưỡng theo tháng",
        en: "Đồng Nai — 2026 plan: 2 deadlines, a monthly threshold",
    };
}

/// An example's title with its source document (its button on the page).
pub const fn example_name(id: ExampleId) -> Text {
    match id {
        ExampleId::Hue2025 => EXAMPLE_HUE,
        ExampleId::KienGiang2024 => EXAMPLE_KIEN_GIANG,
        ExampleId::HungYen2025 => EXAMPLE_HUNG_YEN,
        ExampleId::DongNai2026 => EXAMPLE_DONG_NAI,
    }
}

impl Localized for ExampleId {
    fn localize(&self, lang: Lang) -> String {
        example_name(*self).localize(lang)
    }
}

/// What changed since the figures' date, for the reader of a link.
pub fn change(c: &Change, campaign: &Campaign, lang: Lang) -> String {
    let name = |i: usize| indicator_name(campaign, i, lang);
    match c {
        Change::DaysPassed { days } if *days < 0 => match lang {
            Lang::Vi => format!(
                "Số liệu ghi ngày sau hôm nay {} ngày: kiểm tra lại ngày trên máy người gửi",
                count(days.unsigned_abs(), lang)
            ),
            Lang::En => format!(
                "The figures are dated {} days after today: check the date on the sender's device",
                count(days.unsigned_abs(), lang)
            ),
        },
        Change::DaysPassed { days: 0 } => match lang {
            Lang::Vi => "Số liệu là của hôm nay.".to_owned(),
            Lang::En => "The figures are today's.".to_owned(),
        },
        Change::DaysPassed { days } => match lang {
            Lang::Vi => format!(
                "Đã {} ngày kể từ ngày của số liệu; nếu từ đó chưa làm thêm được gì:",
                count(days.unsigned_abs(), lang)
            ),
            Lang::En => format!(
                "{} days have passed since the figures' date; if nothing more was done since:",
                count(days.unsigned_abs(), lang)
            ),
        },
        Change::DeadlinePassed {
            indicator,
            deadline,
        } => match lang {
            Lang::Vi => format!(
                "“{}”: đã qua hạn chót {}",
                name(*indicator),
                super::date(*deadline)
            ),
            Lang::En => format!(
                "“{}”: the deadline {} has passed",
                name(*indicator),
                super::date(*deadline)
            ),
        },
        Change::PhaseEnded {
            indicator,
            phase,
            end,
            reached,
        } => {
            let how = if *reached {
                PHASE_REACHED_BY_FIGURES
            } else {
                PHASE_NOT_REACHED_BY_FIGURES
            };
            match lang {
                Lang::Vi => format!(
                    "“{}”: giai đoạn {} đã kết thúc ngày {} ({})",
                    name(*indicator),
                    row(*phase),
                    super::date(*end),
                    how.localize(lang)
                ),
                Lang::En => format!(
                    "“{}”: phase {} ended on {} ({})",
                    name(*indicator),
                    row(*phase),
                    super::date(*end),
                    how.localize(lang)
                ),
            }
        }
        Change::RequiredPerDay {
            indicator,
            then,
            now,
        } => match lang {
            Lang::Vi => format!(
                "“{}”: cần mỗi ngày {} (ngày của số liệu: {})",
                name(*indicator),
                per_day(*now, lang),
                per_day(*then, lang)
            ),
            Lang::En => format!(
                "“{}”: needed per day {} (on the figures' date: {})",
                name(*indicator),
                per_day(*now, lang),
                per_day(*then, lang)
            ),
        },
    }
}

texts! { change_texts:
    const PHASE_REACHED_BY_FIGURES: Text = Text {
        vi: "đã đạt theo số liệu",
        en: "reached, by the figures",
    };
    const PHASE_NOT_REACHED_BY_FIGURES: Text = Text {
        vi: "chưa đạt theo số liệu",
        en: "not reached, by the figures",
    };
}

/// A run rate per day with one decimal: "200,0".
pub fn rate_per_day(rate: crate::rules::campaign::metrics::RunRate, lang: Lang) -> String {
    rate.per_day_scaled(1).map_or_else(
        || DASH.to_owned(),
        |scaled| format_scaled(scaled, 1, lang.number_style()),
    )
}

/// This module's texts, for [`super::registry`]: the fixed words, the words of every value of the
/// rules' enums, and every sentence the four examples produce (their notes, published figures,
/// problems, "Cách tính" lines and column roles) with a spread of problems and link errors.
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "campaign";
    for list in [
        labels_texts(),
        base_texts(),
        exclusion_texts(),
        day_counting_texts(),
        rounding_texts(),
        status_texts(),
        phase_texts(),
        field_texts(),
        link_texts(),
        role_texts(),
        step_texts(),
        figure_texts(),
        note_texts(),
        example_note_texts(),
        example_texts(),
        change_texts(),
    ] {
        r.fixed(M, list);
    }
    register_words(r);
    register_sentences(r);
    register_row_problems(r);
    register_examples(r);
}

/// A date of the samples (every one of them exists).
fn sample_day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The words of every value of the rules' enums.
fn register_words(r: &mut Registry) {
    use crate::rules::campaign::share_link::Damage;
    const M: &str = "campaign";
    r.samples(M, IndicatorKind::ALL);
    r.samples(M, ExclusionReason::ALL);
    r.samples(M, [Measure::Cumulative, Measure::Monthly]);
    r.samples(M, [Rounding::Nearest, Rounding::Up, Rounding::Down]);
    r.samples(
        M,
        [
            Status::UnderThreshold,
            Status::Behind,
            Status::OnTrack,
            Status::Done,
            Status::NoData,
        ],
    );
    r.samples(
        M,
        [
            PhaseStatus::Reached,
            PhaseStatus::Missed,
            PhaseStatus::Current,
            PhaseStatus::Upcoming,
        ],
    );
    r.samples(
        M,
        [DayKind::Calendar, DayKind::Working]
            .into_iter()
            .flat_map(|kind| [false, true].map(|today_counts| DayCounting { kind, today_counts })),
    );
    r.samples(
        M,
        [
            ShareLinkError::Empty,
            ShareLinkError::TooLong { max: 1_000_000 },
            ShareLinkError::NewerVersion { found: 4 },
            ShareLinkError::Damaged(Damage::BadChecksum),
        ],
    );
    r.samples(
        M,
        [
            Projection::AlreadyDone,
            Projection::NoRunRate,
            Projection::Finish {
                date: sample_day(2025, 7, 10),
                by_deadline: true,
            },
            Projection::Finish {
                date: sample_day(2025, 7, 10),
                by_deadline: false,
            },
            Projection::BeyondHorizon,
        ],
    );
}

/// Sentences with data: rates, needs per day, months, names of examples and indicators.
fn register_sentences(r: &mut Registry) {
    use crate::rules::campaign::metrics::RunRate;
    r.words("campaign::example_name", ExampleId::ALL, example_name);
    if let Some(april) = Month::new(2026, 4) {
        r.sentence("campaign::month", |_| month(april));
    }
    r.sentence("campaign::rate", |lang| {
        rate(Some(Ratio::new(1_309, 8_630)), 2, lang)
    });
    r.sentence("campaign::per_day", |lang| {
        per_day(Some(Ratio::new(5_595, 21)), lang)
    });
    r.sentence("campaign::rate_per_day", |lang| {
        rate_per_day(
            RunRate {
                numerator: 2_000,
                denominator: 10,
                exact: true,
            },
            lang,
        )
    });
    r.sentence("campaign::numbered_indicator", |lang| {
        numbered_indicator(2, lang)
    });
}

/// A spread of the campaign's problems, worded against each example (names of its indicators).
fn sample_problems() -> Vec<CampaignProblem> {
    use crate::rules::campaign::TallyAt;
    let at = TallyAt {
        unit: 3,
        indicator: 1,
        index: 0,
    };
    vec![
        CampaignProblem::EmptyText {
            field: TextField::CampaignName,
        },
        CampaignProblem::NoIndicators,
        CampaignProblem::MissingIndicatorLabel { indicator: 3 },
        CampaignProblem::BaseNotEarlier {
            indicator: 0,
            to: 1,
        },
        CampaignProblem::MonthlyWithPhases { indicator: 3 },
        CampaignProblem::DeadlineBeforeStart {
            indicator: 0,
            start: sample_day(2025, 6, 1),
            deadline: sample_day(2025, 5, 1),
        },
        CampaignProblem::ThresholdAboveTarget {
            indicator: 1,
            threshold: BasisPoints(9_000),
            target: BasisPoints(8_000),
        },
        CampaignProblem::PhasesOutOfOrder {
            indicator: 0,
            phase: 1,
            end: sample_day(2025, 1, 1),
            previous_end: sample_day(2025, 1, 31),
        },
        CampaignProblem::PhaseSharesDoNotAddUp {
            indicator: 1,
            total: BasisPoints(8_000),
        },
        CampaignProblem::MixedPhaseTargets { indicator: 1 },
        CampaignProblem::NoUnits,
        CampaignProblem::DuplicateUnit {
            first: 1,
            second: 4,
        },
        CampaignProblem::ExclusionsAboveBase {
            at,
            excluded: 1_200,
            base: 1_000,
        },
        CampaignProblem::DoneAboveBase {
            at,
            done: 1_001,
            base: 1_000,
        },
        CampaignProblem::HistoryFalls { at },
    ]
}

/// A spread of a weekly table's row problems.
fn register_row_problems(r: &mut Registry) {
    const M: &str = "campaign";
    let rows = [
        RowReason::MissingPlaceColumn,
        RowReason::NoPlace,
        RowReason::UnknownCommune { code: 99_999 },
        RowReason::AmbiguousName {
            name: "Tân Phú".to_owned(),
            communes: 3,
        },
        RowReason::NotACommune {
            name: "Tổ công tác số 2".to_owned(),
        },
        RowReason::DuplicateUnit { first_row: 5 },
        RowReason::NotANumber {
            column: "Tổng số".to_owned(),
            text: "1,5".to_owned(),
        },
        RowReason::TooManyRows { max: 10_000 },
    ];
    r.samples(M, rows.map(|reason| RowProblem { row: 12, reason }));
}

/// Every sentence the four examples produce: notes, published figures, problems, the steps of
/// "Cách tính", column roles, the base of each indicator and what changed since a link's date.
fn register_examples(r: &mut Registry) {
    use crate::rules::campaign::metrics::explain;
    let problems = sample_problems();
    for id in ExampleId::ALL {
        let ex = id.load();
        let c = &ex.campaign;
        for (k, note) in ex.notes.iter().enumerate() {
            r.sentence(format!("campaign::{id:?}.notes[{k}]"), |lang| {
                note.localize(lang)
            });
        }
        for (k, f) in ex.figures.iter().enumerate() {
            r.sentence(format!("campaign::{id:?}.figures[{k}]"), |lang| {
                f.figure.localize(lang)
            });
            if let Some(note) = f.note {
                r.sentence(format!("campaign::{id:?}.figures[{k}].note"), |lang| {
                    note.localize(lang)
                });
            }
        }
        for p in problems.iter().chain(&c.validate()) {
            r.sentence(format!("campaign::problem({id:?}, {p:?})"), |lang| {
                problem(p, c, lang)
            });
        }
        let report = ex.report();
        for x in 0..c.indicators.len() {
            for unit in [None, Some(0)] {
                for (k, s) in explain(c, &report, x, unit).iter().enumerate() {
                    r.sentence(
                        format!("campaign::step({id:?}, indicator {x}, unit {unit:?})[{k}]"),
                        |lang| step(s, c, lang),
                    );
                }
            }
            for role_of in [Role::Base(x), Role::Done(x), Role::Quota(x)] {
                r.sentence(format!("campaign::role({id:?}, {role_of:?})"), |lang| {
                    role(role_of, c, lang)
                });
            }
            r.sentence(format!("campaign::base_source({id:?}, {x})"), |lang| {
                base_source(
                    c,
                    c.indicators.get(x).map_or(BaseSource::Own, |i| i.base),
                    lang,
                )
            });
        }
        let changes = [
            Change::DaysPassed { days: -2 },
            Change::DaysPassed { days: 0 },
            Change::DaysPassed { days: 544 },
            Change::DeadlinePassed {
                indicator: 0,
                deadline: sample_day(2025, 6, 30),
            },
            Change::PhaseEnded {
                indicator: 0,
                phase: 0,
                end: sample_day(2024, 5, 31),
                reached: false,
            },
            Change::RequiredPerDay {
                indicator: 0,
                then: Some(Ratio::new(5_595, 21)),
                now: None,
            },
        ];
        if id == ExampleId::KienGiang2024 {
            for ch in &changes {
                r.sentence(format!("campaign::change({ch:?})"), |lang| {
                    change(ch, c, lang)
                });
            }
        }
    }
    let hue = ExampleId::Hue2025.load().campaign;
    for role_of in [Role::Ignore, Role::Code, Role::Name, Role::Illustrative] {
        r.sentence(format!("campaign::role({role_of:?})"), |lang| {
            role(role_of, &hue, lang)
        });
    }
}
