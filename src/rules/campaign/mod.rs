//! Campaign progress tracker: the model of a peak campaign (cao điểm) as officers report it, and
//! its checks.
//!
//! # The model
//!
//! The source documents never count one thing (docs/rules.md §4, §4.1): Hưng Yên (10/2025) reports
//! per commune citizen records over citizens aged 14+, accounts granted, organizations guided and
//! organizations granted; Kiên Giang 374/KH-UBND sets four groups of organizations, each with its
//! own base and phases; Đồng Nai (2026) has two deadlines and a monthly threshold. An officer keeps
//! them in one weekly table: communes as rows, one column per indicator. So a [`Campaign`] is
//!
//! - the shared frame: a name, a province, a start date, how days are counted, and the date its
//!   figures are as of ([`Campaign::as_of`], "Tính số liệu đến ngày"; it travels in share links so
//!   that a recipient computes what the sender saw);
//! - up to [`MAX_INDICATORS`] [`Indicator`]s, each with its kind and label, its **base**
//!   ([`BaseSource`]: the unit's own count, the same base as an earlier indicator — "accounts
//!   granted" over "citizens 14+" —, or an earlier indicator's done count — "accounts granted"
//!   over "records collected"; references only go backwards, so chains have no cycles), its
//!   target share, deadline and [`Phase`]s, rounding, whether exclusions are deducted, its flag
//!   threshold, and its [`Measure`]: cumulative to the deadline, or **monthly** (Đồng Nai: the
//!   accounts activated ÷ the accounts received *that month* must be ≥ 90 %);
//! - the units (communes by code, or free-text rows), each holding one [`Tally`] per indicator:
//!   the own base and its exclusions, the count done, an assigned quota, the dated history of the
//!   count done, and, for a monthly indicator, the figures of each month.
//!
//! A unit's figures are `units[u].tallies[i]` (units × indicators, the weekly table's shape);
//! [`Campaign::validate`] reports a unit whose tallies do not match the indicators, and every
//! computation reads them with `.get()` (a missing tally is an empty one).
//!
//! # Computing
//!
//! [`metrics::report`] computes each indicator on its own ([`metrics::IndicatorReport`]: per unit
//! done / target / % / remaining / required per day / run rate / projection / status, totals,
//! phases), resolving chained bases first; a unit is flagged on every indicator whose achieved
//! share is under that indicator's threshold, and the report says on which. All arithmetic is
//! exact (integers and ratios). A monthly indicator is computed on the month of the "as of" date:
//! its target is the threshold share of that month's base, its days are that month's days up to
//! the deadline, and every earlier month is judged against the threshold too.
//!
//! # Where things live
//!
//! - [`Campaign`] is plain data (serde for JSON files and drafts — JSON of the earlier,
//!   one-indicator model still reads, migrated by [`legacy`]; [`share_link`] for links, whose
//!   every earlier version still opens);
//! - [`Campaign::validate`] lists what is wrong or suspicious ([`CampaignProblem`]);
//! - [`metrics`] computes every figure the tracker shows;
//! - [`apportion`] and [`quota`] split quotas so the parts add up exactly;
//! - [`examples`] rebuilds the source documents' campaigns with their published figures;
//! - [`table`] writes and reads the units × indicators table (CSV, a pasted spreadsheet range,
//!   later a workbook sheet: all arrive as rows of text cells) and reads officers' weekly reports
//!   with a column mapping ([`report_table`]);
//! - [`edit`] is every change the tracker's form makes, as one enum and one pure function.
//!
//! The figures and definitions come from the five source documents summarised in
//! `docs/rules.md` §4 (Huế 7218/UBND-TĐKT, Kiên Giang 374/KH-UBND, Hưng Yên 2025 and 2026, Đồng Nai
//! 2026); the exclusion reasons from `docs/rules.md` §3.1 and §3.3 (Hưng Yên 2025).

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub mod apportion;
pub mod edit;
pub mod examples;
pub mod legacy;
pub mod metrics;
pub mod quota;
pub mod report_table;
pub mod share_link;
pub mod table;

/// Longest campaign name, unit name, phase label or indicator label, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Most units in one campaign: the 3,321 communes of the 2025 list with room for free-text rows.
pub const MAX_UNITS: usize = 10_000;
/// Most indicators in one campaign (Hưng Yên reports four, Kiên Giang four groups).
pub const MAX_INDICATORS: usize = 8;
/// Most phases of one indicator (one a month for two years).
pub const MAX_PHASES: usize = 24;
/// Most dated figures kept per unit and indicator (one a day for a year, with room).
pub const MAX_HISTORY: usize = 1_000;
/// Most months kept per unit of a monthly indicator (ten years).
pub const MAX_MONTHS: usize = 120;
/// Longest campaign, start to deadline, in calendar days (ten years). Bounds the day tables.
pub const MAX_CAMPAIGN_DAYS: u32 = 3_660;
/// Largest 5-digit commune code.
pub const MAX_COMMUNE_CODE: u32 = 99_999;
/// Largest 2-digit province code.
pub const MAX_PROVINCE_CODE: u8 = 99;

/// Which days count when the tracker counts "days left" and "days elapsed".
///
/// The caller supplies the calendar: the working-day calendar (Mon–Fri minus Vietnamese public
/// holidays) lives in `rules::working_days`; this module never carries its own holiday table.
pub trait DayCalendar {
    /// Is `date` a working day?
    fn is_working_day(&self, date: NaiveDate) -> bool;
}

impl<F: Fn(NaiveDate) -> bool> DayCalendar for F {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        self(date)
    }
}

/// Vietnam's working days: Monday to Friday minus public holidays and compensatory days off
/// (Bộ luật Lao động 2019 Art. 111–112; the dated table in [`crate::working_days`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct VietnamCalendar;

impl DayCalendar for VietnamCalendar {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        crate::working_days::is_working_day(date)
    }
}

/// The calendar where every day counts: what a campaign counting calendar days needs (the
/// calendar is not consulted then, so any calendar would do; this one says so).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AllDays;

impl DayCalendar for AllDays {
    fn is_working_day(&self, _date: NaiveDate) -> bool {
        true
    }
}

/// A share held exactly, in hundredths of a percent: `BasisPoints(8000)` is 80 %, `7693` is
/// 76,93 %. The source documents state targets and rates to at most two decimals (docs/rules.md §4).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct BasisPoints(pub u32);

impl BasisPoints {
    /// 0 %.
    pub const ZERO: BasisPoints = BasisPoints(0);
    /// 100 %.
    pub const HUNDRED: BasisPoints = BasisPoints(10_000);

    /// A whole percentage: `percent(80)` is 80 %. Saturates.
    pub const fn percent(whole: u32) -> BasisPoints {
        BasisPoints(whole.saturating_mul(100))
    }

    /// Hundredths of a percent.
    pub const fn get(self) -> u32 {
        self.0
    }

    /// This share of `total`, rounded as asked ([`quota::quota`]).
    pub fn of(self, total: u64, rounding: Rounding) -> u64 {
        quota::quota(self, total, rounding)
    }
}

/// How a target share of a base becomes a whole count.
///
/// The default is to the nearest, a half rounded up (round half up: 0,5 → 1): Kiên Giang
/// 374/KH-UBND's 81 % of 530 cooperatives = 429,3 → 429. Plans that must not fall short round up
/// (430); plans that must not overshoot round down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rounding {
    /// To the nearest whole count, a half rounded up.
    #[default]
    Nearest,
    /// Up to the next whole count.
    Up,
    /// Down to the whole count below.
    Down,
}

/// Whether "days" are calendar days or working days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DayKind {
    /// Every day counts.
    #[default]
    Calendar,
    /// Only days the caller's [`DayCalendar`] says are working days.
    Working,
}

/// How days are counted for "days left", "required per day", the run rate and the pace.
///
/// docs/rules.md §4: "say whether days are calendar or working days, and whether today counts; the day
/// boundary is Asia/Ho_Chi_Minh" — "today" is an input, computed by the caller in that time zone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DayCounting {
    /// Calendar or working days.
    pub kind: DayKind,
    /// `true`: today is still to be worked (figures are as of this morning), so it counts among the
    /// days left. `false` (the default): today's work is already in the figures, so the days left
    /// start tomorrow — the stricter reading, giving the higher required rate.
    pub today_counts: bool,
}

impl DayCounting {
    /// Working days or calendar days, and whether today counts (the two flags a share link
    /// stores).
    pub const fn from_flags(working: bool, today_counts: bool) -> DayCounting {
        DayCounting {
            kind: if working {
                DayKind::Working
            } else {
                DayKind::Calendar
            },
            today_counts,
        }
    }
}

/// Which base the target and the achieved rate are computed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TargetBase {
    /// Base minus the people or enterprises excluded for objective reasons (Hưng Yên 2025: frail,
    /// no smartphone, no own-name SIM, abroad; inactive enterprises, docs/rules.md §3.1, §3.3).
    #[default]
    AfterExclusions,
    /// The whole base; exclusions are shown but not deducted.
    Total,
}

/// What the campaign counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IndicatorKind {
    /// Organization e-ID accounts (NĐ 69/2024/NĐ-CP Art. 7; Huế, Kiên Giang, Hưng Yên 2025).
    #[default]
    OrganizationAccounts,
    /// Citizen records collected for a căn cước card (Luật Căn cước 2023; Hưng Yên, Đồng Nai).
    CitizenRecords,
    /// Level-2 personal e-ID accounts granted (NĐ 69/2024 Art. 7, 10).
    Level2Accounts,
    /// Granted accounts activated by their holders (Đồng Nai 2026).
    Activations,
    /// Something else, named by the label.
    Other,
    /// Organizations guided through registering their account (Hưng Yên 2025: 15.362 of 19.671).
    OrganizationsGuided,
}

impl IndicatorKind {
    /// All kinds, in the order a picker shows them.
    pub const ALL: [IndicatorKind; 6] = [
        IndicatorKind::OrganizationAccounts,
        IndicatorKind::OrganizationsGuided,
        IndicatorKind::CitizenRecords,
        IndicatorKind::Level2Accounts,
        IndicatorKind::Activations,
        IndicatorKind::Other,
    ];
}

/// A phase's target: what must be achieved *during* the phase (not cumulative). Kiên Giang
/// 374/KH-UBND: phase 1 to 31/01/2025 = 2.816 enterprises, phase 2 to 30/6/2025 = 6.571; together
/// the quota 9.387. The cumulative target at a phase's end is the sum up to it ([`metrics`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseTarget {
    /// A share of each unit's quota (30 % for phase 1). Shares are split per unit by largest
    /// remainder so that, when they add up to 100 %, the phases add up to the quota exactly.
    ShareOfQuota(BasisPoints),
    /// A count for the whole campaign, split across units in proportion to their quotas.
    Count(u64),
}

/// One of several deadlines for the same indicator (Kiên Giang: 31/01/2025, then 30/6/2025).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Phase {
    /// Last day of the phase (inclusive).
    #[serde(with = "serde_date")]
    pub end: NaiveDate,
    /// What the phase must achieve.
    pub target: PhaseTarget,
    /// Optional name ("Giai đoạn 1").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Why people or enterprises are left out of a target (Hưng Yên 2025 plan; docs/rules.md §3.1, §3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExclusionReason {
    /// Too old or too frail to come in.
    FrailOrElderly,
    /// No smartphone for the VNeID app.
    NoSmartphone,
    /// No SIM registered in their own name (sim chính chủ).
    NoOwnSim,
    /// Living abroad.
    Abroad,
    /// An enterprise registered but not operating (docs/rules.md §3.1).
    InactiveEnterprise,
}

impl ExclusionReason {
    /// All reasons, in the order columns show them.
    pub const ALL: [ExclusionReason; 5] = [
        ExclusionReason::FrailOrElderly,
        ExclusionReason::NoSmartphone,
        ExclusionReason::NoOwnSim,
        ExclusionReason::Abroad,
        ExclusionReason::InactiveEnterprise,
    ];
}

/// Counts excluded from a unit's base, by reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Exclusions {
    /// Too old or frail.
    #[serde(default)]
    pub frail_or_elderly: u64,
    /// No smartphone.
    #[serde(default)]
    pub no_smartphone: u64,
    /// No own-name SIM.
    #[serde(default)]
    pub no_own_sim: u64,
    /// Abroad.
    #[serde(default)]
    pub abroad: u64,
    /// Registered but inactive enterprises.
    #[serde(default)]
    pub inactive_enterprise: u64,
}

impl Exclusions {
    /// The count for one reason.
    pub const fn get(&self, reason: ExclusionReason) -> u64 {
        match reason {
            ExclusionReason::FrailOrElderly => self.frail_or_elderly,
            ExclusionReason::NoSmartphone => self.no_smartphone,
            ExclusionReason::NoOwnSim => self.no_own_sim,
            ExclusionReason::Abroad => self.abroad,
            ExclusionReason::InactiveEnterprise => self.inactive_enterprise,
        }
    }

    /// Sets the count for one reason.
    pub fn set(&mut self, reason: ExclusionReason, count: u64) {
        let slot = match reason {
            ExclusionReason::FrailOrElderly => &mut self.frail_or_elderly,
            ExclusionReason::NoSmartphone => &mut self.no_smartphone,
            ExclusionReason::NoOwnSim => &mut self.no_own_sim,
            ExclusionReason::Abroad => &mut self.abroad,
            ExclusionReason::InactiveEnterprise => &mut self.inactive_enterprise,
        };
        *slot = count;
    }

    /// All reasons together, saturating at `u64::MAX` (only absurd inputs get there, and
    /// [`Campaign::validate`] reports them as exceeding the base).
    pub fn total(&self) -> u64 {
        ExclusionReason::ALL
            .iter()
            .fold(0u64, |sum, &r| sum.saturating_add(self.get(r)))
    }

    /// No exclusion recorded.
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
}

/// Where an indicator's base comes from (docs/rules.md §4.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BaseSource {
    /// Each unit's own count, with its exclusions (citizens aged 14+, organizations).
    #[default]
    Own,
    /// The same base (and exclusions) as an earlier indicator: Hưng Yên's "organizations granted"
    /// over the organizations that "organizations guided" counts.
    SameAs(usize),
    /// An earlier indicator's count done: "accounts granted" over "records collected".
    DoneOf(usize),
}

impl BaseSource {
    /// The indicator this base refers to, if any.
    pub const fn refers_to(self) -> Option<usize> {
        match self {
            BaseSource::Own => None,
            BaseSource::SameAs(i) | BaseSource::DoneOf(i) => Some(i),
        }
    }
}

/// How an indicator is measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Measure {
    /// A cumulative count against the target share of the base, by the deadline.
    #[default]
    Cumulative,
    /// Each calendar month on its own: done that month ÷ that month's base against the threshold
    /// (Đồng Nai 2026: "≥ 90 % of the accounts received each month activated").
    Monthly,
}

/// One thing the campaign counts, with its own base, target, deadline and threshold.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Indicator {
    /// What is counted.
    pub kind: IndicatorKind,
    /// A more specific name ("hồ sơ trẻ 6–14 tuổi", "Hợp tác xã"), shown after (or, for
    /// [`IndicatorKind::Other`], instead of) the kind's label; required for `Other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Where the base comes from.
    #[serde(default)]
    pub base: BaseSource,
    /// Cumulative or monthly.
    #[serde(default)]
    pub measure: Measure,
    /// Target share of each unit's target base (Huế: 80 %; Kiên Giang: 81 %).
    pub target: BasisPoints,
    /// Last day (inclusive).
    #[serde(with = "serde_date")]
    pub deadline: NaiveDate,
    /// Intermediate deadlines, in order; the last usually ends on the deadline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// How a target share becomes a whole count.
    #[serde(default)]
    pub rounding: Rounding,
    /// With or without exclusions (only meaningful for a base with exclusions).
    #[serde(default)]
    pub target_base: TargetBase,
    /// Units achieving less than this share are flagged (Hưng Yên: 70 %).
    #[serde(default = "default_threshold")]
    pub flag_threshold: BasisPoints,
}

impl Indicator {
    /// A cumulative indicator of its own base: target 80 %, threshold 70 %, nearest rounding,
    /// exclusions deducted, no phases.
    pub fn new(kind: IndicatorKind, deadline: NaiveDate) -> Indicator {
        Indicator {
            kind,
            label: None,
            base: BaseSource::Own,
            measure: Measure::Cumulative,
            target: BasisPoints::percent(80),
            deadline,
            phases: Vec::new(),
            rounding: Rounding::Nearest,
            target_base: TargetBase::AfterExclusions,
            flag_threshold: DEFAULT_FLAG_THRESHOLD,
        }
    }

    /// The same with a label.
    pub fn labelled(kind: IndicatorKind, label: &str, deadline: NaiveDate) -> Indicator {
        Indicator {
            label: Some(label.to_owned()),
            ..Indicator::new(kind, deadline)
        }
    }

    /// The phases given as shares of the quota, in order (Kiên Giang: 30 %, 70 %); phases given
    /// as counts are left out.
    pub fn phase_shares(&self) -> Vec<BasisPoints> {
        self.phases
            .iter()
            .filter_map(|p| match p.target {
                PhaseTarget::ShareOfQuota(s) => Some(s),
                PhaseTarget::Count(_) => None,
            })
            .collect()
    }
}

/// A calendar month, for monthly indicators; written `2026-04` in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    /// Year.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// The month of `date`.
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// `None` for a month outside 1–12 or a year chrono cannot hold.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        NaiveDate::from_ymd_opt(year, month, 1).map(Month::of)
    }

    /// Its first day.
    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    /// Its last day.
    pub fn last_day(self) -> Option<NaiveDate> {
        self.next()
            .and_then(Month::first_day)
            .and_then(|d| d.pred_opt())
    }

    /// The month after.
    pub fn next(self) -> Option<Month> {
        if self.month >= 12 {
            Month::new(self.year.checked_add(1)?, 1)
        } else {
            Month::new(self.year, self.month + 1)
        }
    }

    /// Months since January of year 0 (for day-free offsets in links).
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// The month of an [`Month::index`].
    pub fn from_index(index: i64) -> Option<Month> {
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
        Month::new(year, month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{:04}-{:02}", self.year, self.month))
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let text = String::deserialize(d)?;
        let (y, m) = text
            .split_once('-')
            .ok_or_else(|| serde::de::Error::custom("expected a month as YYYY-MM"))?;
        y.parse::<i32>()
            .ok()
            .zip(m.parse::<u32>().ok())
            .and_then(|(y, m)| Month::new(y, m))
            .ok_or_else(|| serde::de::Error::custom("expected a month as YYYY-MM"))
    }
}

/// One month of a monthly indicator: that month's base and what was done of it (Đồng Nai:
/// accounts received in April, and how many of them are activated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MonthFigure {
    /// The month.
    pub month: Month,
    /// Its base (accounts received that month).
    pub base: u64,
    /// Done of that base.
    pub done: u64,
}

/// Where a unit is: a commune of the 2025 list by its 5-digit code (Nghị quyết 202/2025/QH15;
/// its name comes from `rules::units`), or a free-text row ("Hợp tác xã", "Tháng 3/2026").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Place {
    /// A commune, ward or special zone by code (`4` is 00004, Phường Ba Đình).
    Commune(u32),
    /// Anything else, by name. The only free text a share link carries besides the names.
    Named(String),
}

/// The done count on a date, for the run rate and the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DonePoint {
    /// The day of the figure.
    #[serde(with = "serde_date")]
    pub date: NaiveDate,
    /// Cumulative count done on that day.
    pub done: u64,
}

/// One unit's figures for one indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tally {
    /// The unit's own base, before exclusions (read only when the indicator's base is
    /// [`BaseSource::Own`]).
    #[serde(default)]
    pub base: u64,
    /// Left out of the own base for objective reasons.
    #[serde(default, skip_serializing_if = "Exclusions::is_empty")]
    pub exclusions: Exclusions,
    /// Count achieved so far; `None` when the unit has not reported.
    #[serde(default)]
    pub done: Option<u64>,
    /// A quota the plan assigned (an apportioned province total); when absent the quota is the
    /// target share of the target base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<u64>,
    /// Earlier figures of `done`, oldest first, one per date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<DonePoint>,
    /// Monthly figures, oldest first (monthly indicators only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub months: Vec<MonthFigure>,
}

impl Tally {
    /// A base and a done count, nothing else.
    pub fn new(base: u64, done: Option<u64>) -> Tally {
        Tally {
            base,
            done,
            ..Tally::default()
        }
    }

    /// The own base the target is computed on: minus exclusions (saturating at 0), or whole.
    pub fn target_base(&self, choice: TargetBase) -> u64 {
        match choice {
            TargetBase::AfterExclusions => self.base.saturating_sub(self.exclusions.total()),
            TargetBase::Total => self.base,
        }
    }

    /// The figure of `month`, if reported.
    pub fn month(&self, month: Month) -> Option<&MonthFigure> {
        self.months.iter().find(|m| m.month == month)
    }
}

/// One row of the tracker: a place and its figures for each indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Unit {
    /// Commune code or free-text name.
    pub place: Place,
    /// One per indicator, in the campaign's indicator order.
    pub tallies: Vec<Tally>,
    /// Figures made up to show how the tool works, not published ones (the UI says "minh hoạ").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

impl Unit {
    /// A unit with one tally per given figure.
    pub fn new(place: Place, tallies: Vec<Tally>) -> Unit {
        Unit {
            place,
            tallies,
            illustrative: false,
        }
    }

    /// A unit of a one-indicator campaign: a base and a done count.
    pub fn single(place: Place, base: u64, done: Option<u64>) -> Unit {
        Unit::new(place, vec![Tally::new(base, done)])
    }

    /// The tally of indicator `i`, if any.
    pub fn tally(&self, i: usize) -> Option<&Tally> {
        self.tallies.get(i)
    }
}

impl Campaign {
    /// Replaces the units (each is put behind its own `Rc`).
    pub fn set_units(&mut self, units: impl IntoIterator<Item = Unit>) {
        self.units = units.into_iter().map(Rc::new).collect();
    }

    /// Unit `u`'s tally of indicator `i`, to change: the unit is copied first only if another
    /// copy of the campaign still shares it.
    pub fn tally_mut(&mut self, u: usize, i: usize) -> Option<&mut Tally> {
        self.units
            .get_mut(u)
            .map(Rc::make_mut)
            .and_then(|unit| unit.tallies.get_mut(i))
    }
}

/// A peak campaign: what is counted, where, from when, as of which date.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Campaign {
    /// Shown as the title ("Cao điểm định danh tổ chức — Huế").
    pub name: String,
    /// Province code (2 digits, Nghị quyết 202/2025/QH15), if the campaign is province-wide.
    pub area: Option<u8>,
    /// First day of the campaign (shared by every indicator).
    #[serde(with = "serde_date")]
    pub start: NaiveDate,
    /// The date the figures are as of ("Tính số liệu đến ngày"); `None`: today.
    #[serde(with = "serde_date::option")]
    pub as_of: Option<NaiveDate>,
    /// Calendar or working days; whether today counts.
    pub day_counting: DayCounting,
    /// What is counted, one or more.
    pub indicators: Vec<Indicator>,
    /// The rows, each behind an `Rc`: a copy of the campaign (the page keeps the one before an
    /// edit) shares every unit the edit did not touch ([`Rc::make_mut`] copies only the one it
    /// changes), so an edit never copies thousands of units.
    pub units: Vec<Rc<Unit>>,
}

/// The flag threshold most plans use: 70 % (Hưng Yên 2025: "communes under 70 %").
pub const DEFAULT_FLAG_THRESHOLD: BasisPoints = BasisPoints(7_000);

fn default_threshold() -> BasisPoints {
    DEFAULT_FLAG_THRESHOLD
}

impl Campaign {
    /// A campaign with one indicator and no units: calendar days, figures as of today.
    pub fn new(name: &str, indicator: Indicator, start: NaiveDate) -> Self {
        Campaign {
            name: name.to_owned(),
            area: None,
            start,
            as_of: None,
            day_counting: DayCounting::default(),
            indicators: vec![indicator],
            units: Vec::new(),
        }
    }

    /// The date the figures are computed for: [`Campaign::as_of`], or `today`.
    pub fn figures_date(&self, today: NaiveDate) -> NaiveDate {
        self.as_of.unwrap_or(today)
    }

    /// The latest deadline of the indicators (the start when there is none).
    pub fn last_deadline(&self) -> NaiveDate {
        self.indicators
            .iter()
            .map(|i| i.deadline)
            .max()
            .unwrap_or(self.start)
    }

    /// The indicator a unit's tally `i` belongs to.
    pub fn indicator(&self, i: usize) -> Option<&Indicator> {
        self.indicators.get(i)
    }

    /// Unit `u`'s base for indicator `i` before exclusions, with the exclusions that apply,
    /// following chained bases ([`BaseSource`]); 0 for a missing unit, tally or a reference that
    /// does not go backwards (the check reports it).
    pub fn unit_base(&self, u: usize, i: usize) -> (u64, Exclusions) {
        let Some(unit) = self.units.get(u) else {
            return (0, Exclusions::default());
        };
        let mut at = i;
        // Each step goes to an earlier indicator, so this ends within `MAX_INDICATORS` steps.
        for _ in 0..=self.indicators.len() {
            let Some(indicator) = self.indicators.get(at) else {
                break;
            };
            match indicator.base {
                BaseSource::Own => {
                    return unit
                        .tally(at)
                        .map_or((0, Exclusions::default()), |t| (t.base, t.exclusions));
                }
                BaseSource::SameAs(j) if j < at => at = j,
                BaseSource::DoneOf(j) if j < at => {
                    let done = unit.tally(j).and_then(|t| t.done).unwrap_or(0);
                    return (done, Exclusions::default());
                }
                _ => break,
            }
        }
        (0, Exclusions::default())
    }

    /// The indicator a view chose, if the campaign still has it, else the first: a view whose
    /// indicator was removed shows the first one and says so by its heading, never a neighbour
    /// under the removed one's choice.
    pub fn chosen_indicator(&self, chosen: usize) -> usize {
        if self.indicators.get(chosen).is_some() {
            chosen
        } else {
            0
        }
    }

    /// Unit `u`'s target base for indicator `i`: its base minus exclusions, or the whole base.
    pub fn unit_target_base(&self, u: usize, i: usize) -> u64 {
        let (base, exclusions) = self.unit_base(u, i);
        match self.indicators.get(i).map(|x| x.target_base) {
            Some(TargetBase::Total) => base,
            _ => base.saturating_sub(exclusions.total()),
        }
    }

    /// Unit `u`'s quota for indicator `i`: the assigned quota if any, else the target share of
    /// the target base with the indicator's rounding (Huế: 80 % of 8.630 = 6.904).
    pub fn unit_quota(&self, u: usize, i: usize) -> u64 {
        let Some(indicator) = self.indicators.get(i) else {
            return 0;
        };
        let assigned = self
            .units
            .get(u)
            .and_then(|unit| unit.tally(i))
            .and_then(|t| t.quota);
        assigned.unwrap_or_else(|| {
            quota::quota(
                indicator.target,
                self.unit_target_base(u, i),
                indicator.rounding,
            )
        })
    }

    /// Everything wrong (errors) or suspicious (warnings) in the campaign, in field order. An
    /// empty list means every figure can be computed as the documents define it.
    pub fn validate(&self) -> Vec<CampaignProblem> {
        let mut problems = Vec::new();
        check_text(&self.name, TextField::CampaignName, &mut problems);
        if let Some(code) = self.area.filter(|&c| c == 0 || c > MAX_PROVINCE_CODE) {
            problems.push(CampaignProblem::ProvinceCodeOutOfRange { code });
        }
        if self.indicators.is_empty() {
            problems.push(CampaignProblem::NoIndicators);
        }
        if self.indicators.len() > MAX_INDICATORS {
            problems.push(CampaignProblem::TooManyIndicators {
                count: self.indicators.len(),
                max: MAX_INDICATORS,
            });
        }
        for (index, indicator) in self.indicators.iter().enumerate() {
            self.validate_indicator(index, indicator, &mut problems);
        }
        self.validate_units(&mut problems);
        problems
    }

    fn validate_indicator(&self, i: usize, x: &Indicator, problems: &mut Vec<CampaignProblem>) {
        match &x.label {
            Some(label) => check_text(label, TextField::IndicatorLabel { indicator: i }, problems),
            None if x.kind == IndicatorKind::Other => {
                problems.push(CampaignProblem::MissingIndicatorLabel { indicator: i });
            }
            None => {}
        }
        if let Some(to) = x.base.refers_to() {
            if to >= i {
                problems.push(CampaignProblem::BaseNotEarlier { indicator: i, to });
            } else if self
                .indicators
                .get(to)
                .is_some_and(|t| t.measure == Measure::Monthly)
            {
                problems.push(CampaignProblem::BaseIsMonthly { indicator: i, to });
            }
        }
        if x.measure == Measure::Monthly {
            if x.base != BaseSource::Own {
                problems.push(CampaignProblem::MonthlyNeedsOwnBase { indicator: i });
            }
            if !x.phases.is_empty() {
                problems.push(CampaignProblem::MonthlyWithPhases { indicator: i });
            }
        }
        if x.deadline < self.start {
            problems.push(CampaignProblem::DeadlineBeforeStart {
                indicator: i,
                start: self.start,
                deadline: x.deadline,
            });
        } else {
            let days = (x.deadline - self.start).num_days().unsigned_abs() + 1;
            if days > u64::from(MAX_CAMPAIGN_DAYS) {
                problems.push(CampaignProblem::CampaignTooLong {
                    indicator: i,
                    days,
                    max: MAX_CAMPAIGN_DAYS,
                });
            }
        }
        if x.target == BasisPoints::ZERO || x.target > BasisPoints::HUNDRED {
            problems.push(CampaignProblem::TargetOutOfRange {
                indicator: i,
                target: x.target,
            });
        }
        if x.flag_threshold > BasisPoints::HUNDRED {
            problems.push(CampaignProblem::ThresholdOutOfRange {
                indicator: i,
                threshold: x.flag_threshold,
            });
        } else if x.flag_threshold > x.target && x.target <= BasisPoints::HUNDRED {
            problems.push(CampaignProblem::ThresholdAboveTarget {
                indicator: i,
                threshold: x.flag_threshold,
                target: x.target,
            });
        }
        self.validate_phases(i, x, problems);
    }

    fn validate_phases(&self, i: usize, x: &Indicator, problems: &mut Vec<CampaignProblem>) {
        if x.phases.len() > MAX_PHASES {
            problems.push(CampaignProblem::TooManyPhases {
                indicator: i,
                count: x.phases.len(),
                max: MAX_PHASES,
            });
        }
        let mut previous: Option<NaiveDate> = None;
        for (phase, p) in x.phases.iter().enumerate() {
            if let Some(label) = &p.label {
                check_text(
                    label,
                    TextField::PhaseLabel {
                        indicator: i,
                        phase,
                    },
                    problems,
                );
            }
            if p.end < self.start {
                problems.push(CampaignProblem::PhaseEndsBeforeStart {
                    indicator: i,
                    phase,
                    end: p.end,
                });
            } else if p.end > x.deadline {
                problems.push(CampaignProblem::PhaseAfterDeadline {
                    indicator: i,
                    phase,
                    end: p.end,
                    deadline: x.deadline,
                });
            }
            if let Some(prev) = previous.filter(|&prev| p.end <= prev) {
                problems.push(CampaignProblem::PhasesOutOfOrder {
                    indicator: i,
                    phase,
                    end: p.end,
                    previous_end: prev,
                });
            }
            if let PhaseTarget::ShareOfQuota(share) = p.target
                && (share == BasisPoints::ZERO || share > BasisPoints::HUNDRED)
            {
                problems.push(CampaignProblem::PhaseShareOutOfRange {
                    indicator: i,
                    phase,
                    share,
                });
            }
            previous = Some(p.end);
        }
        let shares = x.phase_shares();
        let counts: Vec<u64> = x
            .phases
            .iter()
            .filter_map(|p| match p.target {
                PhaseTarget::Count(c) => Some(c),
                PhaseTarget::ShareOfQuota(_) => None,
            })
            .collect();
        if !shares.is_empty() && !counts.is_empty() {
            problems.push(CampaignProblem::MixedPhaseTargets { indicator: i });
        } else if !shares.is_empty() {
            let total = shares.iter().fold(0u32, |s, b| s.saturating_add(b.0));
            if total != BasisPoints::HUNDRED.0 {
                problems.push(CampaignProblem::PhaseSharesDoNotAddUp {
                    indicator: i,
                    total: BasisPoints(total),
                });
            }
        } else if !counts.is_empty() {
            let total = counts.iter().fold(0u64, |s, &c| s.saturating_add(c));
            let quota =
                (0..self.units.len()).fold(0u64, |s, u| s.saturating_add(self.unit_quota(u, i)));
            if total != quota {
                problems.push(CampaignProblem::PhaseCountsDoNotAddUp {
                    indicator: i,
                    total,
                    quota,
                });
            }
        }
    }

    fn validate_units(&self, problems: &mut Vec<CampaignProblem>) {
        if self.units.is_empty() {
            problems.push(CampaignProblem::NoUnits);
        }
        if self.units.len() > MAX_UNITS {
            problems.push(CampaignProblem::TooManyUnits {
                count: self.units.len(),
                max: MAX_UNITS,
            });
        }
        let mut seen: HashMap<PlaceKey, usize> = HashMap::new();
        for (unit, u) in self.units.iter().enumerate() {
            match &u.place {
                Place::Commune(code) if *code == 0 || *code > MAX_COMMUNE_CODE => {
                    problems.push(CampaignProblem::CommuneCodeOutOfRange { unit, code: *code });
                }
                Place::Commune(_) => {}
                Place::Named(name) => check_text(name, TextField::UnitName { unit }, problems),
            }
            if let Some(first) = seen.insert(PlaceKey::of(&u.place), unit) {
                problems.push(CampaignProblem::DuplicateUnit {
                    first,
                    second: unit,
                });
                // Keep pointing at the first occurrence for later duplicates.
                seen.insert(PlaceKey::of(&u.place), first);
            }
            if u.tallies.len() != self.indicators.len() {
                problems.push(CampaignProblem::TalliesDoNotMatch {
                    unit,
                    tallies: u.tallies.len(),
                    indicators: self.indicators.len(),
                });
            }
            for (indicator, t) in u.tallies.iter().enumerate() {
                self.validate_tally(unit, indicator, t, problems);
            }
        }
    }

    fn validate_tally(
        &self,
        unit: usize,
        indicator: usize,
        t: &Tally,
        problems: &mut Vec<CampaignProblem>,
    ) {
        let Some(x) = self.indicators.get(indicator) else {
            return;
        };
        let at = |index| TallyAt {
            unit,
            indicator,
            index,
        };
        if x.base == BaseSource::Own {
            let excluded = t.exclusions.total();
            if excluded > t.base {
                problems.push(CampaignProblem::ExclusionsAboveBase {
                    at: at(0),
                    excluded,
                    base: t.base,
                });
            }
        }
        if x.measure == Measure::Monthly {
            let out_of_order = t.months.windows(2).position(|w| match w {
                [a, b] => b.month <= a.month,
                _ => false,
            });
            if let Some(i) = out_of_order {
                problems.push(CampaignProblem::MonthsOutOfOrder { at: at(i + 1) });
            }
            if t.months.len() > MAX_MONTHS {
                problems.push(CampaignProblem::TooManyMonths {
                    at: at(0),
                    count: t.months.len(),
                    max: MAX_MONTHS,
                });
            }
            for (i, m) in t.months.iter().enumerate() {
                if m.done > m.base {
                    problems.push(CampaignProblem::DoneAboveBase {
                        at: at(i),
                        done: m.done,
                        base: m.base,
                    });
                }
            }
            return;
        }
        let (base, _) = self.unit_base(unit, indicator);
        if let Some(done) = t.done.filter(|&d| d > base) {
            problems.push(CampaignProblem::DoneAboveBase {
                at: at(0),
                done,
                base,
            });
        }
        if let Some(quota) = t.quota.filter(|&q| q > base) {
            problems.push(CampaignProblem::QuotaAboveBase {
                at: at(0),
                quota,
                base,
            });
        }
        if t.history.len() > MAX_HISTORY {
            problems.push(CampaignProblem::HistoryTooLong {
                at: at(0),
                count: t.history.len(),
                max: MAX_HISTORY,
            });
        }
        let out_of_order = t.history.windows(2).position(|w| match w {
            [a, b] => b.date <= a.date,
            _ => false,
        });
        if let Some(i) = out_of_order {
            problems.push(CampaignProblem::HistoryOutOfOrder { at: at(i + 1) });
        }
        let falling = t.history.windows(2).position(|w| match w {
            [a, b] => b.done < a.done,
            _ => false,
        });
        if let Some(i) = falling {
            problems.push(CampaignProblem::HistoryFalls { at: at(i + 1) });
        }
    }
}

/// Duplicate detection key: codes exactly, names trimmed and case-folded.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum PlaceKey {
    Code(u32),
    Name(String),
}

impl PlaceKey {
    fn of(place: &Place) -> PlaceKey {
        match place {
            Place::Commune(c) => PlaceKey::Code(*c),
            Place::Named(n) => PlaceKey::Name(crate::text::fold(n)),
        }
    }
}

/// Which free-text field a text problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// [`Campaign::name`].
    CampaignName,
    /// An indicator's [`Indicator::label`].
    IndicatorLabel {
        /// Index of the indicator.
        indicator: usize,
    },
    /// A phase's label.
    PhaseLabel {
        /// Index of the indicator.
        indicator: usize,
        /// Index of the phase.
        phase: usize,
    },
    /// A free-text unit name (index into [`Campaign::units`]).
    UnitName {
        /// Index of the unit.
        unit: usize,
    },
}

fn check_text(text: &str, field: TextField, problems: &mut Vec<CampaignProblem>) {
    if text.trim().is_empty() {
        problems.push(CampaignProblem::EmptyText { field });
    } else if text.chars().nth(MAX_TEXT_CHARS).is_some() {
        problems.push(CampaignProblem::TextTooLong {
            field,
            max: MAX_TEXT_CHARS,
        });
    }
}

/// Which figure of which unit a problem is about: unit, indicator, and the position in the
/// history or months list (0 when the problem is about the tally as a whole).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TallyAt {
    /// Index into [`Campaign::units`].
    pub unit: usize,
    /// Index into [`Campaign::indicators`].
    pub indicator: usize,
    /// Position in [`Tally::history`] or [`Tally::months`].
    pub index: usize,
}

/// What [`Campaign::validate`] found. Indices are 0-based; the catalogue shows them 1-based.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CampaignProblem {
    /// A name or label is empty (or only spaces).
    EmptyText { field: TextField },
    /// A name or label is longer than `max` characters.
    TextTooLong { field: TextField, max: usize },
    /// Province code 0 or above 99.
    ProvinceCodeOutOfRange { code: u8 },
    /// No indicator.
    NoIndicators,
    /// More than [`MAX_INDICATORS`].
    TooManyIndicators { count: usize, max: usize },
    /// An "other" indicator needs a label saying what is counted.
    MissingIndicatorLabel { indicator: usize },
    /// A base taken from an indicator that is not an earlier one.
    BaseNotEarlier { indicator: usize, to: usize },
    /// A base taken from a monthly indicator (whose figures are per month).
    BaseIsMonthly { indicator: usize, to: usize },
    /// A monthly indicator needs its own base (each month's base).
    MonthlyNeedsOwnBase { indicator: usize },
    /// A monthly indicator has no phases (each month is its own period).
    MonthlyWithPhases { indicator: usize },
    /// The deadline comes before the start.
    DeadlineBeforeStart {
        indicator: usize,
        start: NaiveDate,
        deadline: NaiveDate,
    },
    /// Longer than [`MAX_CAMPAIGN_DAYS`].
    CampaignTooLong {
        indicator: usize,
        days: u64,
        max: u32,
    },
    /// The target share is 0 % or above 100 %.
    TargetOutOfRange {
        indicator: usize,
        target: BasisPoints,
    },
    /// The flag threshold is above 100 %.
    ThresholdOutOfRange {
        indicator: usize,
        threshold: BasisPoints,
    },
    /// Warning: the flag threshold is above the target, so units that reached the target would be
    /// flagged.
    ThresholdAboveTarget {
        indicator: usize,
        threshold: BasisPoints,
        target: BasisPoints,
    },
    /// More than [`MAX_PHASES`] phases.
    TooManyPhases {
        indicator: usize,
        count: usize,
        max: usize,
    },
    /// A phase ends before the campaign starts.
    PhaseEndsBeforeStart {
        indicator: usize,
        phase: usize,
        end: NaiveDate,
    },
    /// A phase ends after the deadline.
    PhaseAfterDeadline {
        indicator: usize,
        phase: usize,
        end: NaiveDate,
        deadline: NaiveDate,
    },
    /// A phase does not end after the one before it.
    PhasesOutOfOrder {
        indicator: usize,
        phase: usize,
        end: NaiveDate,
        previous_end: NaiveDate,
    },
    /// A phase share of 0 % or above 100 %.
    PhaseShareOutOfRange {
        indicator: usize,
        phase: usize,
        share: BasisPoints,
    },
    /// Warning: phase shares add up to `total`, not 100 %.
    PhaseSharesDoNotAddUp {
        indicator: usize,
        total: BasisPoints,
    },
    /// Warning: phase counts add up to `total`, not the indicator's quota.
    PhaseCountsDoNotAddUp {
        indicator: usize,
        total: u64,
        quota: u64,
    },
    /// Warning: some phases are shares and others counts, so they cannot be checked to add up.
    MixedPhaseTargets { indicator: usize },
    /// No unit yet.
    NoUnits,
    /// More than [`MAX_UNITS`] units.
    TooManyUnits { count: usize, max: usize },
    /// The same commune (or the same name) twice.
    DuplicateUnit { first: usize, second: usize },
    /// A commune code 0 or above 99999.
    CommuneCodeOutOfRange { unit: usize, code: u32 },
    /// A unit without one tally per indicator (a damaged file).
    TalliesDoNotMatch {
        unit: usize,
        tallies: usize,
        indicators: usize,
    },
    /// Exclusions add up to more than the base.
    ExclusionsAboveBase {
        at: TallyAt,
        excluded: u64,
        base: u64,
    },
    /// Warning: more done than the base (an outdated base, a typing slip, or — for a chained
    /// base — more accounts granted than records collected).
    DoneAboveBase { at: TallyAt, done: u64, base: u64 },
    /// An assigned quota above the base.
    QuotaAboveBase { at: TallyAt, quota: u64, base: u64 },
    /// More than [`MAX_HISTORY`] dated figures.
    HistoryTooLong {
        at: TallyAt,
        count: usize,
        max: usize,
    },
    /// Dated figures not in increasing date order (`at.index` is the first out of place).
    HistoryOutOfOrder { at: TallyAt },
    /// Warning: a dated figure lower than the one before it.
    HistoryFalls { at: TallyAt },
    /// Monthly figures not in increasing month order.
    MonthsOutOfOrder { at: TallyAt },
    /// More than [`MAX_MONTHS`] monthly figures.
    TooManyMonths {
        at: TallyAt,
        count: usize,
        max: usize,
    },
}

impl CampaignProblem {
    /// `true` for a warning (the figures can still be computed), `false` for an error to fix.
    pub const fn is_warning(&self) -> bool {
        matches!(
            self,
            CampaignProblem::ThresholdAboveTarget { .. }
                | CampaignProblem::PhaseSharesDoNotAddUp { .. }
                | CampaignProblem::PhaseCountsDoNotAddUp { .. }
                | CampaignProblem::MixedPhaseTargets { .. }
                | CampaignProblem::DoneAboveBase { .. }
                | CampaignProblem::HistoryFalls { .. }
        )
    }

    /// The unit a problem is about, for linking the message to its row.
    pub const fn unit(&self) -> Option<usize> {
        match self {
            CampaignProblem::DuplicateUnit { second: unit, .. }
            | CampaignProblem::CommuneCodeOutOfRange { unit, .. }
            | CampaignProblem::TalliesDoNotMatch { unit, .. }
            | CampaignProblem::EmptyText {
                field: TextField::UnitName { unit },
            }
            | CampaignProblem::TextTooLong {
                field: TextField::UnitName { unit },
                ..
            } => Some(*unit),
            CampaignProblem::ExclusionsAboveBase { at, .. }
            | CampaignProblem::DoneAboveBase { at, .. }
            | CampaignProblem::QuotaAboveBase { at, .. }
            | CampaignProblem::HistoryTooLong { at, .. }
            | CampaignProblem::HistoryOutOfOrder { at }
            | CampaignProblem::HistoryFalls { at }
            | CampaignProblem::MonthsOutOfOrder { at }
            | CampaignProblem::TooManyMonths { at, .. } => Some(at.unit),
            _ => None,
        }
    }
}

impl fmt::Display for CampaignProblem {
    /// For developers and logs; users read the catalogue's sentences.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for CampaignProblem {}

/// Reads a campaign from JSON of any model this app has written: the current one, or the
/// one-indicator model of the first tracker (exported files and drafts), migrated by [`legacy`].
/// One flat reader for both (no trial-and-error over two shapes, which would buffer the whole
/// document first): the current model has `indicators` and units with `tallies`; the first one
/// an `indicator`, a `deadline`, a `target` and units with their figures inline.
impl<'de> Deserialize<'de> for Campaign {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Campaign, D::Error> {
        #[derive(Deserialize)]
        struct AnyUnit {
            place: Place,
            #[serde(default)]
            tallies: Option<Vec<Tally>>,
            #[serde(default)]
            illustrative: bool,
            #[serde(default)]
            base: u64,
            #[serde(default)]
            exclusions: Exclusions,
            #[serde(default)]
            done: Option<u64>,
            #[serde(default)]
            quota: Option<u64>,
            #[serde(default)]
            history: Vec<DonePoint>,
        }
        #[derive(Deserialize)]
        struct AnyModel {
            name: String,
            #[serde(default)]
            area: Option<u8>,
            #[serde(with = "serde_date")]
            start: NaiveDate,
            #[serde(default, with = "serde_date::option")]
            as_of: Option<NaiveDate>,
            #[serde(default)]
            day_counting: DayCounting,
            #[serde(default)]
            indicators: Option<Vec<Indicator>>,
            units: Vec<AnyUnit>,
            #[serde(default)]
            indicator: Option<legacy::IndicatorV2>,
            #[serde(default, with = "serde_date::option")]
            deadline: Option<NaiveDate>,
            #[serde(default)]
            target: Option<BasisPoints>,
            #[serde(default)]
            phases: Vec<Phase>,
            #[serde(default = "default_threshold")]
            flag_threshold: BasisPoints,
            #[serde(default)]
            rounding: Rounding,
            #[serde(default)]
            target_base: TargetBase,
        }
        let any = AnyModel::deserialize(d)?;
        if let Some(indicators) = any.indicators {
            return Ok(Campaign {
                name: any.name,
                area: any.area,
                start: any.start,
                as_of: any.as_of,
                day_counting: any.day_counting,
                indicators,
                units: any
                    .units
                    .into_iter()
                    .map(|u| {
                        Rc::new(Unit {
                            place: u.place,
                            tallies: u.tallies.unwrap_or_default(),
                            illustrative: u.illustrative,
                        })
                    })
                    .collect(),
            });
        }
        let (Some(indicator), Some(deadline), Some(target)) =
            (any.indicator, any.deadline, any.target)
        else {
            return Err(serde::de::Error::custom(
                "expected a campaign: `indicators`, or `indicator`, `deadline` and `target`",
            ));
        };
        let old = legacy::CampaignV2 {
            name: any.name,
            area: any.area,
            indicator,
            start: any.start,
            deadline,
            phases: any.phases,
            target,
            flag_threshold: any.flag_threshold,
            day_counting: any.day_counting,
            rounding: any.rounding,
            target_base: any.target_base,
            units: any
                .units
                .into_iter()
                .map(|u| legacy::UnitV2 {
                    place: u.place,
                    base: u.base,
                    exclusions: u.exclusions,
                    done: u.done,
                    quota: u.quota,
                    history: u.history,
                    illustrative: u.illustrative,
                })
                .collect(),
        };
        Ok(old.into())
    }
}

/// Dates in JSON as ISO `YYYY-MM-DD` (chrono's own serde support is not enabled, to keep the
/// dependency small).
pub(crate) mod serde_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::date::format_date(
            *date,
            crate::date::DateFormat::Iso,
        ))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        crate::date::parse_iso_date(&text)
            .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }

    /// An optional date: `null` or `YYYY-MM-DD`.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match date {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => crate::date::parse_iso_date(&text)
                    .map(Some)
                    .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD")),
            }
        }
    }
}
