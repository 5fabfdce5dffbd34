//! Campaign progress tracker: the model of a peak campaign (cao điểm) and its checks.
//!
//! A campaign counts one indicator (organization accounts, citizen records, level-2 accounts,
//! activations, or a custom one) over a set of units (communes from the 2025 list, or free-text
//! rows), from a start date to a deadline, against a target share of each unit's base. The figures
//! and definitions come from the five source documents summarised in `docs/rules.md` §4 (Huế
//! 7218/UBND-TĐKT, Kiên Giang 374/KH-UBND, Hưng Yên 2025 and 2026, Đồng Nai 2026); the exclusion
//! reasons from `docs/rules.md` §3.1 and §3.3 (Hưng Yên 2025).
//!
//! - [`Campaign`] is plain data (serde for JSON export/import, [`share_link`] for links);
//! - [`Campaign::validate`] lists what is wrong or suspicious ([`CampaignProblem`]);
//! - [`metrics`] computes every figure the tracker shows, in exact integer arithmetic;
//! - [`apportion`] and [`quota`] split quotas so the parts add up exactly;
//! - [`examples`] rebuilds the source documents' campaigns with their published figures;
//! - [`table`] reads and writes spreadsheet rows.
//!
//! Two indicators with their own deadlines (Đồng Nai 2026: card collection by 30/6, activation by
//! 31/8) are two campaigns; several deadlines for one indicator are [`Phase`]s.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub mod apportion;
pub mod edit;
pub mod examples;
pub mod metrics;
pub mod quota;
pub mod share_link;
pub mod table;

/// Longest campaign name, unit name, phase label or indicator label, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Most units in one campaign: the 3,321 communes of the 2025 list with room for free-text rows.
pub const MAX_UNITS: usize = 10_000;
/// Most phases in one campaign (one a month for two years).
pub const MAX_PHASES: usize = 24;
/// Most dated figures kept per unit (one a day for a year, with room).
pub const MAX_HISTORY: usize = 1_000;
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
/// (Bộ luật Lao động 2019 Art. 111–112; the dated table in [`crate::rules::working_days`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct VietnamCalendar;

impl DayCalendar for VietnamCalendar {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        crate::rules::working_days::is_working_day(date)
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
}

impl IndicatorKind {
    /// All kinds, in the order a picker shows them.
    pub const ALL: [IndicatorKind; 5] = [
        IndicatorKind::OrganizationAccounts,
        IndicatorKind::CitizenRecords,
        IndicatorKind::Level2Accounts,
        IndicatorKind::Activations,
        IndicatorKind::Other,
    ];
}

/// The indicator with an optional free-text label ("hồ sơ trẻ 6–14 tuổi"); the label is required
/// for [`IndicatorKind::Other`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Indicator {
    /// What is counted.
    pub kind: IndicatorKind,
    /// A more specific name, shown after (or, for `Other`, instead of) the kind's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Indicator {
    /// An indicator without a label.
    pub const fn of(kind: IndicatorKind) -> Indicator {
        Indicator { kind, label: None }
    }
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

/// One of several deadlines for the same indicator.
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

/// Where a unit is: a commune of the 2025 list by its 5-digit code (Nghị quyết 202/2025/QH15;
/// its name comes from `rules::units`), or a free-text row ("Hợp tác xã", "Tháng 3/2026").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Place {
    /// A commune, ward or special zone by code (`4` is 00004, Phường Ba Đình).
    Commune(u32),
    /// Anything else, by name. The only free text a share link carries.
    Named(String),
}

/// The done count on a date, for the run rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DonePoint {
    /// The day of the figure.
    #[serde(with = "serde_date")]
    pub date: NaiveDate,
    /// Cumulative count done on that day.
    pub done: u64,
}

/// One row of the tracker.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Unit {
    /// Commune code or free-text name.
    pub place: Place,
    /// Everyone (or every organization) the indicator applies to, before exclusions.
    pub base: u64,
    /// Left out for objective reasons.
    #[serde(default, skip_serializing_if = "Exclusions::is_empty")]
    pub exclusions: Exclusions,
    /// Count achieved so far; `None` when the unit has not reported.
    #[serde(default)]
    pub done: Option<u64>,
    /// A quota the plan assigned (e.g. apportioned from a province total); when absent the quota is
    /// the campaign's target share of the target base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<u64>,
    /// Earlier figures, oldest first, for the run rate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<DonePoint>,
    /// Figures made up to show how the tool works, not published ones (the UI says "minh hoạ").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

impl Unit {
    /// A unit with a base and a done count, nothing else.
    pub fn new(place: Place, base: u64, done: Option<u64>) -> Unit {
        Unit {
            place,
            base,
            exclusions: Exclusions::default(),
            done,
            quota: None,
            history: Vec::new(),
            illustrative: false,
        }
    }

    /// The base the target is computed on: the base minus exclusions (saturating at 0), or the
    /// whole base.
    pub fn target_base(&self, choice: TargetBase) -> u64 {
        match choice {
            TargetBase::AfterExclusions => self.base.saturating_sub(self.exclusions.total()),
            TargetBase::Total => self.base,
        }
    }
}

/// A peak campaign: what is counted, where, by when, against which target.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Campaign {
    /// Shown as the title ("Cao điểm định danh tổ chức — Huế").
    pub name: String,
    /// Province code (2 digits, Nghị quyết 202/2025/QH15), if the campaign is province-wide.
    #[serde(default)]
    pub area: Option<u8>,
    /// What is counted.
    pub indicator: Indicator,
    /// First day of the campaign.
    #[serde(with = "serde_date")]
    pub start: NaiveDate,
    /// Last day (inclusive).
    #[serde(with = "serde_date")]
    pub deadline: NaiveDate,
    /// Intermediate deadlines, in order; the last usually ends on the deadline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Target share of each unit's target base (Huế: 80 %).
    pub target: BasisPoints,
    /// Units achieving less than this share are flagged (Hưng Yên: 70 %).
    #[serde(default = "default_threshold")]
    pub flag_threshold: BasisPoints,
    /// Calendar or working days; whether today counts.
    #[serde(default)]
    pub day_counting: DayCounting,
    /// How a target share becomes a whole count.
    #[serde(default)]
    pub rounding: Rounding,
    /// With or without exclusions.
    #[serde(default)]
    pub target_base: TargetBase,
    /// The rows.
    pub units: Vec<Unit>,
}

/// The flag threshold most plans use: 70 % (Hưng Yên 2025: "communes under 70 %").
pub const DEFAULT_FLAG_THRESHOLD: BasisPoints = BasisPoints(7_000);

fn default_threshold() -> BasisPoints {
    DEFAULT_FLAG_THRESHOLD
}

impl Campaign {
    /// An empty campaign: no units, target 80 %, threshold 70 %, calendar days, nearest rounding.
    pub fn new(name: &str, indicator: Indicator, start: NaiveDate, deadline: NaiveDate) -> Self {
        Campaign {
            name: name.to_owned(),
            area: None,
            indicator,
            start,
            deadline,
            phases: Vec::new(),
            target: BasisPoints::percent(80),
            flag_threshold: DEFAULT_FLAG_THRESHOLD,
            day_counting: DayCounting::default(),
            rounding: Rounding::Nearest,
            target_base: TargetBase::AfterExclusions,
            units: Vec::new(),
        }
    }

    /// The quota of one unit: the assigned quota if any, else `target` × target base with the
    /// campaign's rounding (Huế: 80 % of 8.630 = 6.904).
    pub fn unit_quota(&self, unit: &Unit) -> u64 {
        unit.quota.unwrap_or_else(|| {
            quota::quota(
                self.target,
                unit.target_base(self.target_base),
                self.rounding,
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
        match &self.indicator.label {
            Some(label) => check_text(label, TextField::IndicatorLabel, &mut problems),
            None if self.indicator.kind == IndicatorKind::Other => {
                problems.push(CampaignProblem::MissingIndicatorLabel);
            }
            None => {}
        }
        if self.deadline < self.start {
            problems.push(CampaignProblem::DeadlineBeforeStart {
                start: self.start,
                deadline: self.deadline,
            });
        } else {
            let days = (self.deadline - self.start).num_days().unsigned_abs() + 1;
            if days > u64::from(MAX_CAMPAIGN_DAYS) {
                problems.push(CampaignProblem::CampaignTooLong {
                    days,
                    max: MAX_CAMPAIGN_DAYS,
                });
            }
        }
        if self.target == BasisPoints::ZERO || self.target > BasisPoints::HUNDRED {
            problems.push(CampaignProblem::TargetOutOfRange {
                target: self.target,
            });
        }
        if self.flag_threshold > BasisPoints::HUNDRED {
            problems.push(CampaignProblem::ThresholdOutOfRange {
                threshold: self.flag_threshold,
            });
        } else if self.flag_threshold > self.target && self.target <= BasisPoints::HUNDRED {
            problems.push(CampaignProblem::ThresholdAboveTarget {
                threshold: self.flag_threshold,
                target: self.target,
            });
        }
        self.validate_phases(&mut problems);
        self.validate_units(&mut problems);
        problems
    }

    fn validate_phases(&self, problems: &mut Vec<CampaignProblem>) {
        if self.phases.len() > MAX_PHASES {
            problems.push(CampaignProblem::TooManyPhases {
                count: self.phases.len(),
                max: MAX_PHASES,
            });
        }
        let mut previous: Option<NaiveDate> = None;
        for (phase, p) in self.phases.iter().enumerate() {
            if let Some(label) = &p.label {
                check_text(label, TextField::PhaseLabel { phase }, problems);
            }
            if p.end < self.start {
                problems.push(CampaignProblem::PhaseEndsBeforeStart { phase, end: p.end });
            } else if p.end > self.deadline {
                problems.push(CampaignProblem::PhaseAfterDeadline {
                    phase,
                    end: p.end,
                    deadline: self.deadline,
                });
            }
            if let Some(prev) = previous.filter(|&prev| p.end <= prev) {
                problems.push(CampaignProblem::PhasesOutOfOrder {
                    phase,
                    end: p.end,
                    previous_end: prev,
                });
            }
            if let PhaseTarget::ShareOfQuota(share) = p.target
                && (share == BasisPoints::ZERO || share > BasisPoints::HUNDRED)
            {
                problems.push(CampaignProblem::PhaseShareOutOfRange { phase, share });
            }
            previous = Some(p.end);
        }
        let shares: Vec<BasisPoints> = self
            .phases
            .iter()
            .filter_map(|p| match p.target {
                PhaseTarget::ShareOfQuota(s) => Some(s),
                PhaseTarget::Count(_) => None,
            })
            .collect();
        let counts: Vec<u64> = self
            .phases
            .iter()
            .filter_map(|p| match p.target {
                PhaseTarget::Count(c) => Some(c),
                PhaseTarget::ShareOfQuota(_) => None,
            })
            .collect();
        if !shares.is_empty() && !counts.is_empty() {
            problems.push(CampaignProblem::MixedPhaseTargets);
        } else if !shares.is_empty() {
            let total = shares.iter().fold(0u32, |s, b| s.saturating_add(b.0));
            if total != BasisPoints::HUNDRED.0 {
                problems.push(CampaignProblem::PhaseSharesDoNotAddUp {
                    total: BasisPoints(total),
                });
            }
        } else if !counts.is_empty() {
            let total = counts.iter().fold(0u64, |s, &c| s.saturating_add(c));
            let quota = self
                .units
                .iter()
                .fold(0u64, |s, u| s.saturating_add(self.unit_quota(u)));
            if total != quota {
                problems.push(CampaignProblem::PhaseCountsDoNotAddUp { total, quota });
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
            let excluded = u.exclusions.total();
            if excluded > u.base {
                problems.push(CampaignProblem::ExclusionsAboveBase {
                    unit,
                    excluded,
                    base: u.base,
                });
            }
            if let Some(done) = u.done.filter(|&d| d > u.base) {
                problems.push(CampaignProblem::DoneAboveBase {
                    unit,
                    done,
                    base: u.base,
                });
            }
            if let Some(quota) = u.quota.filter(|&q| q > u.base) {
                problems.push(CampaignProblem::QuotaAboveBase {
                    unit,
                    quota,
                    base: u.base,
                });
            }
            if u.history.len() > MAX_HISTORY {
                problems.push(CampaignProblem::HistoryTooLong {
                    unit,
                    count: u.history.len(),
                    max: MAX_HISTORY,
                });
            }
            let out_of_order = u.history.windows(2).position(|w| match w {
                [a, b] => b.date <= a.date,
                _ => false,
            });
            if let Some(i) = out_of_order {
                problems.push(CampaignProblem::HistoryOutOfOrder { unit, index: i + 1 });
            }
            let falling = u.history.windows(2).position(|w| match w {
                [a, b] => b.done < a.done,
                _ => false,
            });
            if let Some(i) = falling {
                problems.push(CampaignProblem::HistoryFalls { unit, index: i + 1 });
            }
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
            Place::Named(n) => PlaceKey::Name(crate::rules::text::fold(n)),
        }
    }
}

/// Which free-text field a text problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// [`Campaign::name`].
    CampaignName,
    /// [`Indicator::label`].
    IndicatorLabel,
    /// A phase's label (index into [`Campaign::phases`]).
    PhaseLabel {
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

/// What [`Campaign::validate`] found. Indices point into [`Campaign::phases`] and
/// [`Campaign::units`] (0-based; the catalogue shows them 1-based).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CampaignProblem {
    /// A name or label is empty (or only spaces).
    EmptyText { field: TextField },
    /// A name or label is longer than `max` characters.
    TextTooLong { field: TextField, max: usize },
    /// Province code 0 or above 99.
    ProvinceCodeOutOfRange { code: u8 },
    /// An "other" indicator needs a label saying what is counted.
    MissingIndicatorLabel,
    /// The deadline comes before the start.
    DeadlineBeforeStart {
        start: NaiveDate,
        deadline: NaiveDate,
    },
    /// Longer than [`MAX_CAMPAIGN_DAYS`].
    CampaignTooLong { days: u64, max: u32 },
    /// The target share is 0 % or above 100 %.
    TargetOutOfRange { target: BasisPoints },
    /// The flag threshold is above 100 %.
    ThresholdOutOfRange { threshold: BasisPoints },
    /// Warning: the flag threshold is above the target, so units that reached the target would be
    /// flagged.
    ThresholdAboveTarget {
        threshold: BasisPoints,
        target: BasisPoints,
    },
    /// More than [`MAX_PHASES`] phases.
    TooManyPhases { count: usize, max: usize },
    /// A phase ends before the campaign starts.
    PhaseEndsBeforeStart { phase: usize, end: NaiveDate },
    /// A phase ends after the deadline.
    PhaseAfterDeadline {
        phase: usize,
        end: NaiveDate,
        deadline: NaiveDate,
    },
    /// A phase does not end after the one before it.
    PhasesOutOfOrder {
        phase: usize,
        end: NaiveDate,
        previous_end: NaiveDate,
    },
    /// A phase share of 0 % or above 100 %.
    PhaseShareOutOfRange { phase: usize, share: BasisPoints },
    /// Warning: phase shares add up to `total`, not 100 %.
    PhaseSharesDoNotAddUp { total: BasisPoints },
    /// Warning: phase counts add up to `total`, not the campaign quota.
    PhaseCountsDoNotAddUp { total: u64, quota: u64 },
    /// Warning: some phases are shares and others counts, so they cannot be checked to add up.
    MixedPhaseTargets,
    /// No unit yet.
    NoUnits,
    /// More than [`MAX_UNITS`] units.
    TooManyUnits { count: usize, max: usize },
    /// The same commune (or the same name) twice.
    DuplicateUnit { first: usize, second: usize },
    /// A commune code 0 or above 99999.
    CommuneCodeOutOfRange { unit: usize, code: u32 },
    /// Exclusions add up to more than the base.
    ExclusionsAboveBase {
        unit: usize,
        excluded: u64,
        base: u64,
    },
    /// Warning: more done than the base (an outdated base, or a typing slip).
    DoneAboveBase { unit: usize, done: u64, base: u64 },
    /// An assigned quota above the base.
    QuotaAboveBase { unit: usize, quota: u64, base: u64 },
    /// More than [`MAX_HISTORY`] dated figures.
    HistoryTooLong {
        unit: usize,
        count: usize,
        max: usize,
    },
    /// Dated figures not in increasing date order (`index` is the first out of place).
    HistoryOutOfOrder { unit: usize, index: usize },
    /// Warning: a dated figure lower than the one before it.
    HistoryFalls { unit: usize, index: usize },
}

impl CampaignProblem {
    /// `true` for a warning (the figures can still be computed), `false` for an error to fix.
    pub const fn is_warning(&self) -> bool {
        matches!(
            self,
            CampaignProblem::ThresholdAboveTarget { .. }
                | CampaignProblem::PhaseSharesDoNotAddUp { .. }
                | CampaignProblem::PhaseCountsDoNotAddUp { .. }
                | CampaignProblem::MixedPhaseTargets
                | CampaignProblem::DoneAboveBase { .. }
                | CampaignProblem::HistoryFalls { .. }
        )
    }

    /// The unit a problem is about, for linking the message to its row.
    pub const fn unit(&self) -> Option<usize> {
        match self {
            CampaignProblem::DuplicateUnit { second: unit, .. }
            | CampaignProblem::CommuneCodeOutOfRange { unit, .. }
            | CampaignProblem::ExclusionsAboveBase { unit, .. }
            | CampaignProblem::DoneAboveBase { unit, .. }
            | CampaignProblem::QuotaAboveBase { unit, .. }
            | CampaignProblem::HistoryTooLong { unit, .. }
            | CampaignProblem::HistoryOutOfOrder { unit, .. }
            | CampaignProblem::HistoryFalls { unit, .. }
            | CampaignProblem::EmptyText {
                field: TextField::UnitName { unit },
            }
            | CampaignProblem::TextTooLong {
                field: TextField::UnitName { unit },
                ..
            } => Some(*unit),
            _ => None,
        }
    }
}

impl fmt::Display for CampaignProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CampaignProblem as P;
        match self {
            P::EmptyText { field } => write!(f, "{field:?} is empty"),
            P::TextTooLong { field, max } => write!(f, "{field:?} longer than {max} characters"),
            P::ProvinceCodeOutOfRange { code } => write!(f, "province code {code} out of range"),
            P::MissingIndicatorLabel => f.write_str("other indicator without a label"),
            P::DeadlineBeforeStart { start, deadline } => {
                write!(f, "deadline {deadline} before start {start}")
            }
            P::CampaignTooLong { days, max } => write!(f, "campaign of {days} days (max {max})"),
            P::TargetOutOfRange { target } => write!(f, "target {} bp out of range", target.0),
            P::ThresholdOutOfRange { threshold } => {
                write!(f, "threshold {} bp out of range", threshold.0)
            }
            P::ThresholdAboveTarget { threshold, target } => {
                write!(
                    f,
                    "threshold {} bp above target {} bp",
                    threshold.0, target.0
                )
            }
            P::TooManyPhases { count, max } => write!(f, "{count} phases (max {max})"),
            P::PhaseEndsBeforeStart { phase, end } => {
                write!(f, "phase {phase} ends {end}, before the start")
            }
            P::PhaseAfterDeadline { phase, end, .. } => {
                write!(f, "phase {phase} ends {end}, after the deadline")
            }
            P::PhasesOutOfOrder { phase, .. } => write!(f, "phase {phase} out of order"),
            P::PhaseShareOutOfRange { phase, share } => {
                write!(f, "phase {phase} share {} bp out of range", share.0)
            }
            P::PhaseSharesDoNotAddUp { total } => {
                write!(f, "phase shares add up to {} bp", total.0)
            }
            P::PhaseCountsDoNotAddUp { total, quota } => {
                write!(f, "phase counts add up to {total}, quota {quota}")
            }
            P::MixedPhaseTargets => f.write_str("phases mix shares and counts"),
            P::NoUnits => f.write_str("no units"),
            P::TooManyUnits { count, max } => write!(f, "{count} units (max {max})"),
            P::DuplicateUnit { first, second } => {
                write!(f, "unit {second} duplicates unit {first}")
            }
            P::CommuneCodeOutOfRange { unit, code } => {
                write!(f, "unit {unit}: commune code {code} out of range")
            }
            P::ExclusionsAboveBase {
                unit,
                excluded,
                base,
            } => write!(f, "unit {unit}: exclusions {excluded} above base {base}"),
            P::DoneAboveBase { unit, done, base } => {
                write!(f, "unit {unit}: done {done} above base {base}")
            }
            P::QuotaAboveBase { unit, quota, base } => {
                write!(f, "unit {unit}: quota {quota} above base {base}")
            }
            P::HistoryTooLong { unit, count, max } => {
                write!(f, "unit {unit}: {count} dated figures (max {max})")
            }
            P::HistoryOutOfOrder { unit, index } => {
                write!(f, "unit {unit}: dated figure {index} out of order")
            }
            P::HistoryFalls { unit, index } => {
                write!(
                    f,
                    "unit {unit}: dated figure {index} lower than the previous"
                )
            }
        }
    }
}

impl std::error::Error for CampaignProblem {}

/// Dates in JSON as ISO `YYYY-MM-DD` (chrono's own serde support is not enabled, to keep the
/// dependency small).
pub(crate) mod serde_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::rules::date::format_date(
            *date,
            crate::rules::date::DateFormat::Iso,
        ))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        crate::rules::date::parse_iso_date(&text)
            .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}
