//! Every figure the campaign tracker shows, computed exactly (integers and ratios, no floats),
//! for each indicator on its own ([`IndicatorReport`]), and which units are flagged on which
//! indicators ([`CampaignReport`]).
//!
//! Definitions (docs/rules.md §4, from the five source documents; the UI states them next to the
//! figures, the catalogue's "Cách tính" sentences spell them out with the data):
//! - **achieved %** = done ÷ target base; the target base is the base minus exclusions or the whole
//!   base ([`TargetBase`]); both rates are reported (Hưng Yên 2025 shows them with and without
//!   exclusions). Huế 7218/UBND-TĐKT: 1.309 ÷ 8.630 = 15,17 %.
//! - **target** (quota) = target share × target base with the campaign's rounding ([`quota`]),
//!   unless the plan assigned the unit a quota. Huế: 80 % × 8.630 = 6.904.
//! - **remaining** = max(0, target − done). Huế: 6.904 − 1.309 = 5.595.
//! - **required per day** = remaining ÷ days left, days being calendar or working days, today
//!   counted or not ([`DayCounting`]); "today" is an input, the date in Asia/Ho_Chi_Minh.
//! - **run rate** = done since the campaign start ÷ days elapsed. The starting figure is the first
//!   dated figure at or after the start; failing that, the last one before the start (taken as the
//!   figure on the start day); failing that, 0 on the start day. Figures dated after today are
//!   ignored.
//! - **projected finish** = today + remaining ÷ run rate, counted in the same days; none when the
//!   run rate is 0, "already done" when nothing remains.
//! - **pace** = elapsed days ÷ campaign days (the "pace tick" on each bar).
//! - **status**, in this order: no data (no figure, or a zero target base) → done (nothing
//!   remains) → under threshold (achieved below the flag threshold, Hưng Yên's "under 70 %") →
//!   behind (done below target × pace) → on track.
//! - **totals** are sums over units, never averages of percentages; a unit without a figure counts
//!   as 0 done and is counted in [`Totals::units_without_data`].
//! - **chained bases** (docs/rules.md §4.1): an indicator whose base is another indicator's done
//!   count takes that count as its base, unit by unit (no figure there: base 0, "no data" here);
//!   one that shares another's base shares its exclusions too.
//! - **monthly indicators** (Đồng Nai 2026): the figures are those of one month — the latest month
//!   up to the figures' date that any unit reported, else the figures' date's month — its base
//!   that month's base, its target the target share of it, its days that month's days within the
//!   campaign; every month up to it is judged against the threshold ([`MonthSummary`]).
//!
//! Day positions: a figure dated *d* stands at the start of day *d* when today counts (today's
//! work is still to come) and at its end otherwise. Days elapsed are the counted days before that
//! point since the start; days left are the counted days after it up to the deadline (inclusive);
//! elapsed + left = the campaign's counted days.
//!
//! [`quota`]: super::quota::quota

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::number::div_half_up;

use super::apportion::apportion;
use super::quota::{quota, split_into_phases};
use super::{
    BaseSource, BasisPoints, Campaign, DayCalendar, DayCounting, DayKind, DonePoint,
    ExclusionReason, Exclusions, Indicator, MAX_CAMPAIGN_DAYS, Measure, Month, PhaseTarget, Place,
    Tally, TargetBase,
};

/// How far ahead a projected finish is looked for, in calendar days from today (ten years).
pub const PROJECTION_HORIZON_DAYS: u32 = 3_660;

/// An exact fraction of two counts, e.g. done ÷ base. A zero denominator means "no value" (no
/// base); the helpers return `None` for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ratio {
    /// Top.
    pub numerator: u64,
    /// Bottom.
    pub denominator: u64,
}

impl Ratio {
    /// `numerator ÷ denominator`.
    pub const fn new(numerator: u64, denominator: u64) -> Ratio {
        Ratio {
            numerator,
            denominator,
        }
    }

    /// As a percentage scaled by 10^`decimals` (≤ 6), rounded half up: 1.309 / 8.630 with 2
    /// decimals → 1517 (15,17 %). `None` without a denominator.
    pub fn percent_scaled(&self, decimals: u8) -> Option<u128> {
        scaled_half_up(
            u128::from(self.numerator) * 100,
            u128::from(self.denominator),
            decimals,
        )
    }

    /// The quotient scaled by 10^`decimals` (≤ 6), rounded half up: 5.595 / 21 with 1 decimal →
    /// 2664 (266,4). `None` without a denominator.
    pub fn scaled(&self, decimals: u8) -> Option<u128> {
        scaled_half_up(
            u128::from(self.numerator),
            u128::from(self.denominator),
            decimals,
        )
    }

    /// The quotient rounded up: "at least 267 a day". `None` without a denominator.
    pub fn ceil(&self) -> Option<u64> {
        (self.denominator != 0).then(|| self.numerator.div_ceil(self.denominator))
    }

    /// Is the ratio below `share`? Exact (`n × 10000 < share × d`). `None` without a denominator.
    pub fn is_below(&self, share: BasisPoints) -> Option<bool> {
        (self.denominator != 0).then(|| {
            u128::from(self.numerator) * 10_000 < u128::from(share.0) * u128::from(self.denominator)
        })
    }

    /// Compares two ratios exactly; a ratio without a denominator sorts after every value.
    pub fn cmp_exact(&self, other: &Ratio) -> Ordering {
        match (self.denominator, other.denominator) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Greater,
            (_, 0) => Ordering::Less,
            (a, b) => (u128::from(self.numerator) * u128::from(b))
                .cmp(&(u128::from(other.numerator) * u128::from(a))),
        }
    }
}

/// `numerator ÷ denominator` × 10^`decimals` (≤ 6), rounded half up; `None` without a
/// denominator or on an overflow.
fn scaled_half_up(numerator: u128, denominator: u128, decimals: u8) -> Option<u128> {
    let scale = 10u128.pow(u32::from(decimals.min(6)));
    div_half_up(numerator.checked_mul(scale)?, denominator)
}

/// Done per day since the starting figure: `numerator ÷ denominator` per counted day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RunRate {
    /// Done since the starting figure (for totals: scaled to the common denominator).
    pub numerator: u128,
    /// Counted days (for totals: a common denominator). At least 1.
    pub denominator: u128,
    /// `false` only for a total whose units' day counts had no common denominator small enough for
    /// exact arithmetic; each unit's rate was then rounded down to 1/`denominator` per day.
    pub exact: bool,
}

impl RunRate {
    /// Nothing done since the starting figure.
    pub const fn is_zero(&self) -> bool {
        self.numerator == 0
    }

    /// Per day, scaled by 10^`decimals` (≤ 6), rounded half up: 200 over 10 days with 1 decimal →
    /// 200 (20,0).
    pub fn per_day_scaled(&self, decimals: u8) -> Option<u128> {
        scaled_half_up(self.numerator, self.denominator, decimals)
    }

    /// Counted days needed for `remaining` at this rate, rounded up; `None` for a zero rate or an
    /// overflow (a rate so small the answer is beyond any horizon).
    pub fn days_for(&self, remaining: u64) -> Option<u128> {
        if self.numerator == 0 {
            return None;
        }
        let num = u128::from(remaining).checked_mul(self.denominator)?;
        Some(num.div_ceil(self.numerator))
    }
}

/// Where a unit's run rate starts counting from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BaselineSource {
    /// The first dated figure at or after the start.
    History,
    /// The last dated figure before the start, taken as the figure on the start day.
    HistoryBeforeStart,
    /// No dated figure: 0 assumed on the start day.
    AssumedZero,
}

/// The starting figure of a unit's run rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Baseline {
    /// Its date (the start day unless [`BaselineSource::History`]).
    #[serde(with = "super::serde_date")]
    pub date: NaiveDate,
    /// Done on that date.
    pub done: u64,
    /// Where it came from.
    pub source: BaselineSource,
}

/// When the remaining work would be finished at the current run rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Projection {
    /// Nothing remains.
    AlreadyDone,
    /// No figure, no elapsed day, or nothing done since the starting figure: no projection.
    NoRunRate,
    /// The day the remaining work would be done, and whether that is by the deadline.
    Finish {
        #[serde(with = "super::serde_date")]
        date: NaiveDate,
        by_deadline: bool,
    },
    /// Later than [`PROJECTION_HORIZON_DAYS`] from today.
    BeyondHorizon,
}

/// A unit's (or the campaign's) standing; see the module doc for the order of the checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Achieved below the flag threshold.
    UnderThreshold,
    /// Below the target × pace.
    Behind,
    /// At or above target × pace.
    OnTrack,
    /// Target reached.
    Done,
    /// No figure yet, or nothing to count.
    NoData,
}

/// The figures of one unit, or the sums for the whole campaign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Figures {
    /// Base before exclusions.
    pub base: u64,
    /// Exclusions by reason.
    pub exclusions: Exclusions,
    /// All exclusions.
    pub excluded: u64,
    /// Base the target and the achieved rate use ([`TargetBase`]).
    pub target_base: u64,
    /// Done; `None` when no figure was reported.
    pub done: Option<u64>,
    /// Target count (quota).
    pub target: u64,
    /// `true` when the plan assigned the quota ([`Unit::quota`]); for totals, when any unit's was.
    pub target_assigned: bool,
    /// max(0, target − done).
    pub remaining: u64,
    /// done ÷ target base.
    pub achieved: Option<Ratio>,
    /// done ÷ (base − exclusions).
    pub achieved_after_exclusions: Option<Ratio>,
    /// done ÷ base.
    pub achieved_of_base: Option<Ratio>,
    /// done ÷ target, for the length of a progress bar.
    pub progress_to_target: Option<Ratio>,
    /// target × pace rounded up: where the "pace tick" sits on the bar.
    pub expected_by_now: u64,
    /// remaining ÷ days left; `None` when no day is left (deadline passed or no campaign days).
    pub required_per_day: Option<Ratio>,
    /// Done per day since the starting figure.
    pub run_rate: Option<RunRate>,
    /// When the work would be done at that rate.
    pub projection: Projection,
    /// The unit's standing.
    pub status: Status,
    /// Achieved below the flag threshold (independent of the status order).
    pub under_threshold: bool,
    /// What each phase must achieve (not cumulative), one entry per phase.
    pub phase_targets: Vec<u64>,
    /// Cumulative target at the end of each phase.
    pub phase_cumulative: Vec<u64>,
}

/// One row's report for one indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UnitReport {
    /// Index into [`Campaign::units`].
    pub index: usize,
    /// The figures.
    pub figures: Figures,
    /// Where the run rate starts from (`None` when there is no figure or the campaign has not
    /// started).
    pub baseline: Option<Baseline>,
    /// Monthly indicators: the months up to the one shown that are under the threshold.
    pub months_under_threshold: usize,
}

/// The campaign's sums and counts of units.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Totals {
    /// Sums of the units' figures (remaining = max(0, Σ target − Σ done)).
    pub figures: Figures,
    /// Σ of each unit's own remaining: what the units still owe, if a unit's surplus does not
    /// cover another's shortfall.
    pub remaining_in_units: u64,
    /// Number of units.
    pub units: usize,
    /// Units without a figure (counted as 0 done in the sums).
    pub units_without_data: usize,
    /// Units below the flag threshold.
    pub units_under_threshold: usize,
    /// Units that reached their target.
    pub units_done: usize,
    /// Units whose status is [`Status::Behind`] or [`Status::UnderThreshold`].
    pub units_behind: usize,
}

/// The campaign's day counts on `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DayFigures {
    /// Counted days from start to deadline, both included.
    pub total: u32,
    /// Counted days elapsed.
    pub elapsed: u32,
    /// Counted days left (total − elapsed).
    pub left: u32,
    /// How days were counted.
    pub counting: DayCounting,
    /// `false` before the start day.
    pub started: bool,
    /// `true` after the deadline.
    pub ended: bool,
}

/// How a phase stands on `today`, judged on the campaign totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseStatus {
    /// The cumulative target is reached.
    Reached,
    /// The phase has ended short of its cumulative target.
    Missed,
    /// The first phase not yet ended and not reached.
    Current,
    /// A later phase.
    Upcoming,
}

/// One phase's figures for the whole campaign.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PhaseReport {
    /// Index into the indicator's phases.
    pub index: usize,
    /// Last day of the phase.
    #[serde(with = "super::serde_date")]
    pub end: NaiveDate,
    /// What the phase must achieve (Σ units).
    pub target: u64,
    /// Cumulative target at its end (Σ units).
    pub cumulative: u64,
    /// max(0, cumulative − done).
    pub remaining: u64,
    /// Counted days left to the phase's end.
    pub days_left: u32,
    /// remaining ÷ days left; `None` when no day is left.
    pub required_per_day: Option<Ratio>,
    /// Standing.
    pub status: PhaseStatus,
}

/// One month of a monthly indicator, summed over the units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MonthSummary {
    /// The month.
    pub month: Month,
    /// Σ that month's base.
    pub base: u64,
    /// Σ done of it.
    pub done: u64,
    /// Units that reported the month.
    pub units_reported: usize,
    /// Units under the threshold that month.
    pub units_under_threshold: usize,
}

impl MonthSummary {
    /// done ÷ base.
    pub const fn achieved(&self) -> Ratio {
        Ratio::new(self.done, self.base)
    }
}

/// Everything the tracker shows for one indicator on one day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IndicatorReport {
    /// Index into [`Campaign::indicators`].
    pub index: usize,
    /// Cumulative or monthly.
    pub measure: Measure,
    /// Monthly indicators: the month the figures are for.
    pub month: Option<Month>,
    /// Day counts (of the month, for a monthly indicator).
    pub days: DayFigures,
    /// elapsed ÷ total days (denominator 0 when there is no counted day).
    pub pace: Ratio,
    /// One report per unit, in campaign order.
    pub units: Vec<UnitReport>,
    /// Sums.
    pub totals: Totals,
    /// One report per phase.
    pub phases: Vec<PhaseReport>,
    /// Monthly indicators: every month from the start to [`IndicatorReport::month`].
    pub months: Vec<MonthSummary>,
}

/// Everything the tracker shows for a campaign on one day: one report per indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CampaignReport {
    /// The day the figures are for (Asia/Ho_Chi_Minh).
    #[serde(with = "super::serde_date")]
    pub today: NaiveDate,
    /// One per indicator, in the campaign's order.
    pub indicators: Vec<Rc<IndicatorReport>>,
    /// Units flagged (under the threshold) on at least one indicator.
    pub units_flagged: usize,
}

impl CampaignReport {
    /// The report of indicator `i`.
    pub fn indicator(&self, i: usize) -> Option<&IndicatorReport> {
        self.indicators.get(i).map(|r| &**r)
    }

    /// Unit `u`'s figures for indicator `i`.
    pub fn figures(&self, u: usize, i: usize) -> Option<&Figures> {
        self.indicators
            .get(i)
            .and_then(|r| r.units.get(u))
            .map(|r| &r.figures)
    }

    /// The indicators on which unit `u` is under the threshold, in order ("flagged on which").
    pub fn flagged_on(&self, u: usize) -> Vec<usize> {
        self.indicators
            .iter()
            .filter(|r| r.units.get(u).is_some_and(|x| x.figures.under_threshold))
            .map(|r| r.index)
            .collect()
    }

    /// How many indicators flag unit `u`.
    pub fn flag_count(&self, u: usize) -> usize {
        self.indicators
            .iter()
            .filter(|r| r.units.get(u).is_some_and(|x| x.figures.under_threshold))
            .count()
    }
}

/// Counted-day positions for one campaign and one "today", built once per report.
pub struct Schedule<'a> {
    start: NaiveDate,
    counting: DayCounting,
    calendar: &'a dyn DayCalendar,
    /// `before[i]` = counted days in `[start, start + i)`, for i in 0..=span.
    before: Vec<u32>,
    /// First day a projection can use (today, or tomorrow when today does not count).
    forward_from: NaiveDate,
    /// `forward[j]` = counted days in `[forward_from, forward_from + j]`.
    forward: Vec<u32>,
}

impl<'a> Schedule<'a> {
    /// Builds the day tables. A campaign longer than [`MAX_CAMPAIGN_DAYS`] is cut there (the
    /// campaign check reports it); a deadline before the start gives a campaign of no days.
    pub fn new(
        start: NaiveDate,
        deadline: NaiveDate,
        counting: DayCounting,
        calendar: &'a dyn DayCalendar,
        today: NaiveDate,
    ) -> Schedule<'a> {
        let span = if deadline < start {
            0
        } else {
            ((deadline - start).num_days() + 1).clamp(0, i64::from(MAX_CAMPAIGN_DAYS))
        };
        let span = usize::try_from(span).unwrap_or(0);
        let mut schedule = Schedule {
            start,
            counting,
            calendar,
            before: Vec::with_capacity(span + 1),
            forward_from: today,
            forward: Vec::new(),
        };
        let mut count = 0u32;
        schedule.before.push(0);
        let mut day = Some(start);
        for _ in 0..span {
            let Some(d) = day else { break };
            if schedule.is_counted(d) {
                count += 1;
            }
            schedule.before.push(count);
            day = d.succ_opt();
        }
        schedule.forward_from = if counting.today_counts {
            today
        } else {
            today.succ_opt().unwrap_or(today)
        };
        let mut count = 0u32;
        let mut day = Some(schedule.forward_from);
        for _ in 0..PROJECTION_HORIZON_DAYS {
            let Some(d) = day else { break };
            if schedule.is_counted(d) {
                count += 1;
            }
            schedule.forward.push(count);
            day = d.succ_opt();
        }
        schedule
    }

    /// Does `date` count as a day?
    pub fn is_counted(&self, date: NaiveDate) -> bool {
        match self.counting.kind {
            DayKind::Calendar => true,
            DayKind::Working => self.calendar.is_working_day(date),
        }
    }

    /// Counted days from start to deadline.
    pub fn total(&self) -> u32 {
        self.before.last().copied().unwrap_or(0)
    }

    /// Counted days in `[start, date]` (0 before the start, the total after the deadline).
    pub fn counted_through(&self, date: NaiveDate) -> u32 {
        if date < self.start {
            return 0;
        }
        let i = usize::try_from((date - self.start).num_days() + 1).unwrap_or(usize::MAX);
        self.before.get(i).copied().unwrap_or_else(|| self.total())
    }

    /// Counted days elapsed for a figure dated `date` (see the module doc on day positions).
    pub fn position(&self, date: NaiveDate) -> u32 {
        if self.counting.today_counts {
            match date.pred_opt() {
                Some(before) => self.counted_through(before),
                None => 0,
            }
        } else {
            self.counted_through(date)
        }
    }

    /// The day on which `k` (≥ 1) more counted days have been worked from today; `None` beyond
    /// [`PROJECTION_HORIZON_DAYS`].
    pub fn nth_counted_day(&self, k: u128) -> Option<NaiveDate> {
        let k = u32::try_from(k.max(1)).ok()?;
        let j = self.forward.partition_point(|&c| c < k);
        if j >= self.forward.len() {
            return None;
        }
        self.forward_from.checked_add_days(Days::new(j as u64))
    }
}

/// The counted days of one indicator (the start to its deadline) or of one month, read off the
/// campaign's one [`Schedule`] (built once per report, whatever the number of indicators).
#[derive(Clone, Copy)]
pub struct Window<'s, 'a> {
    schedule: &'s Schedule<'a>,
    first: NaiveDate,
    last: NaiveDate,
    /// Counted days before `first`.
    skip: u32,
    total: u32,
}

impl<'s, 'a> Window<'s, 'a> {
    /// The days from `first` to `last`, both included (none when `last` is before `first`).
    pub fn new(schedule: &'s Schedule<'a>, first: NaiveDate, last: NaiveDate) -> Self {
        let skip = first
            .pred_opt()
            .map_or(0, |day| schedule.counted_through(day));
        let total = if last < first {
            0
        } else {
            schedule.counted_through(last).saturating_sub(skip)
        };
        Window {
            schedule,
            first,
            last,
            skip,
            total,
        }
    }

    /// Counted days in the window.
    pub fn total(&self) -> u32 {
        self.total
    }

    /// Counted days in `[first, date]` (0 before the window, the total after it).
    pub fn counted_through(&self, date: NaiveDate) -> u32 {
        if date < self.first {
            return 0;
        }
        self.schedule
            .counted_through(date.min(self.last))
            .saturating_sub(self.skip)
            .min(self.total)
    }

    /// Counted days elapsed in the window for a figure dated `date` (see the module doc).
    pub fn position(&self, date: NaiveDate) -> u32 {
        if self.schedule.counting.today_counts {
            date.pred_opt()
                .map_or(0, |before| self.counted_through(before))
        } else {
            self.counted_through(date)
        }
    }

    /// [`Schedule::nth_counted_day`].
    pub fn nth_counted_day(&self, k: u128) -> Option<NaiveDate> {
        self.schedule.nth_counted_day(k)
    }
}

/// Builds the full report for `campaign` on `today` (the figures' date), counting working days
/// with `calendar` when the campaign counts working days (the calendar is not consulted for
/// calendar days).
pub fn report(campaign: &Campaign, today: NaiveDate, calendar: &dyn DayCalendar) -> CampaignReport {
    build(campaign, today, calendar, None, &[])
}

/// The report after an edit of unit figures of indicator `changed` only (the tracker's most
/// common edit): the indicators that cannot move — neither `changed` nor one whose base is chained
/// to it — are taken from `previous` as they are (shared, not copied); the others are computed
/// again. Anything else (another day, other indicators or units) gives the full [`report`].
pub fn report_after_edit(
    previous: &CampaignReport,
    campaign: &Campaign,
    today: NaiveDate,
    calendar: &dyn DayCalendar,
    changed: usize,
) -> CampaignReport {
    let same_shape = previous.today == today
        && previous.indicators.len() == campaign.indicators.len()
        && previous
            .indicators
            .iter()
            .all(|r| r.units.len() == campaign.units.len());
    if !same_shape {
        return report(campaign, today, calendar);
    }
    // An indicator moves when it changed or its base refers to one that moves (references go
    // backwards, so one pass in order finds them all).
    let mut moves = vec![false; campaign.indicators.len()];
    for (i, x) in campaign.indicators.iter().enumerate() {
        let refers = x
            .base
            .refers_to()
            .is_some_and(|to| to < i && moves.get(to).copied().unwrap_or(true));
        if let Some(slot) = moves.get_mut(i) {
            *slot = i == changed || refers;
        }
    }
    build(campaign, today, calendar, Some(previous), &moves)
}

fn build(
    campaign: &Campaign,
    today: NaiveDate,
    calendar: &dyn DayCalendar,
    previous: Option<&CampaignReport>,
    moves: &[bool],
) -> CampaignReport {
    let schedule = Schedule::new(
        campaign.start,
        campaign.last_deadline(),
        campaign.day_counting,
        calendar,
        today,
    );
    let indicators: Vec<Rc<IndicatorReport>> = campaign
        .indicators
        .iter()
        .enumerate()
        .map(|(index, indicator)| {
            let kept = previous
                .filter(|_| !moves.get(index).copied().unwrap_or(true))
                .and_then(|p| p.indicators.get(index));
            if let Some(kept) = kept {
                return kept.clone();
            }
            Rc::new(match indicator.measure {
                Measure::Cumulative => {
                    cumulative_report(campaign, index, indicator, today, &schedule)
                }
                Measure::Monthly => monthly_report(campaign, index, indicator, today, &schedule),
            })
        })
        .collect();
    let units_flagged = (0..campaign.units.len())
        .filter(|&u| {
            indicators
                .iter()
                .any(|r| r.units.get(u).is_some_and(|x| x.figures.under_threshold))
        })
        .count();
    CampaignReport {
        today,
        indicators,
        units_flagged,
    }
}

impl Campaign {
    /// [`report`] as a method.
    pub fn report(&self, today: NaiveDate, calendar: &dyn DayCalendar) -> CampaignReport {
        report(self, today, calendar)
    }
}

/// A tally for units that lack one (a damaged file; [`Campaign::validate`] reports it).
static EMPTY_TALLY: Tally = Tally {
    base: 0,
    exclusions: Exclusions {
        frail_or_elderly: 0,
        no_smartphone: 0,
        no_own_sim: 0,
        abroad: 0,
        inactive_enterprise: 0,
    },
    done: None,
    quota: None,
    history: Vec::new(),
    months: Vec::new(),
};

fn tally(campaign: &Campaign, u: usize, i: usize) -> &Tally {
    campaign
        .units
        .get(u)
        .and_then(|unit| unit.tally(i))
        .unwrap_or(&EMPTY_TALLY)
}

fn day_figures(window: &Window<'_, '_>, counting: DayCounting, today: NaiveDate) -> DayFigures {
    let total = window.total();
    let elapsed = window.position(today).min(total);
    DayFigures {
        total,
        elapsed,
        left: total - elapsed,
        counting,
        started: today >= window.first,
        ended: today > window.last,
    }
}

fn cumulative_report(
    campaign: &Campaign,
    index: usize,
    indicator: &Indicator,
    today: NaiveDate,
    schedule: &Schedule<'_>,
) -> IndicatorReport {
    let window = Window::new(schedule, campaign.start, indicator.deadline);
    let days = day_figures(&window, campaign.day_counting, today);
    let ctx = Context {
        indicator,
        start: campaign.start,
        deadline: indicator.deadline,
        window,
        today,
        days,
    };
    let quotas: Vec<u64> = (0..campaign.units.len())
        .map(|u| campaign.unit_quota(u, index))
        .collect();
    let increments = phase_increments(indicator, &quotas);
    let units: Vec<UnitReport> = (0..campaign.units.len())
        .map(|u| {
            let quota = quotas.get(u).copied().unwrap_or(0);
            let phases = increments.get(u).cloned().unwrap_or_default();
            // (An indicator without phases has no increments: nothing is allocated per unit.)
            let (base, exclusions) = campaign.unit_base(u, index);
            let t = tally(campaign, u, index);
            unit_report(&ctx, u, t, base, exclusions, quota, phases)
        })
        .collect();
    let totals = totals(&ctx, &units);
    let phases = phase_reports(&ctx, &totals.figures);
    IndicatorReport {
        index,
        measure: Measure::Cumulative,
        month: None,
        days,
        pace: Ratio::new(u64::from(days.elapsed), u64::from(days.total)),
        units,
        totals,
        phases,
        months: Vec::new(),
    }
}

/// The month a monthly indicator shows on `today`: the latest month, from the start's month up
/// to the month of `min(today, deadline)`, that some unit reported; else that last month.
pub fn shown_month(campaign: &Campaign, index: usize, today: NaiveDate) -> Option<Month> {
    let deadline = campaign.indicator(index)?.deadline;
    let first = Month::of(campaign.start);
    let last = Month::of(today.min(deadline).max(campaign.start));
    let reported = campaign
        .units
        .iter()
        .filter_map(|u| u.tally(index))
        .flat_map(|t| t.months.iter().map(|m| m.month))
        .filter(|m| *m >= first && *m <= last)
        .max();
    Some(reported.unwrap_or(last))
}

fn monthly_report(
    campaign: &Campaign,
    index: usize,
    indicator: &Indicator,
    today: NaiveDate,
    schedule: &Schedule<'_>,
) -> IndicatorReport {
    let month = shown_month(campaign, index, today).unwrap_or(Month::of(today));
    let period_start = month
        .first_day()
        .map_or(campaign.start, |d| d.max(campaign.start));
    let period_end = month
        .last_day()
        .map_or(indicator.deadline, |d| d.min(indicator.deadline));
    let window = Window::new(schedule, period_start, period_end);
    let days = day_figures(&window, campaign.day_counting, today);
    let ctx = Context {
        indicator,
        start: period_start,
        deadline: period_end,
        window,
        today,
        days,
    };
    let first = Month::of(campaign.start);
    let under = |m: &super::MonthFigure| {
        Ratio::new(m.done, m.base)
            .is_below(indicator.flag_threshold)
            .unwrap_or(false)
    };
    let units: Vec<UnitReport> = (0..campaign.units.len())
        .map(|u| {
            let t = tally(campaign, u, index);
            let figure = t.month(month);
            let base = figure.map_or(0, |m| m.base);
            let done = figure.map(|m| m.done);
            let target = quota(indicator.target, base, indicator.rounding);
            let figures = figures(
                &ctx,
                FigureInputs {
                    base,
                    exclusions: Exclusions::default(),
                    excluded: 0,
                    target_base: base,
                    after_exclusions: base,
                    done,
                    target,
                    target_assigned: false,
                    remaining: target.saturating_sub(done.unwrap_or(0)),
                    run_rate: None,
                    phase_targets: Vec::new(),
                },
            );
            let months_under_threshold = t
                .months
                .iter()
                .filter(|m| m.month >= first && m.month <= month && under(m))
                .count();
            UnitReport {
                index: u,
                figures,
                baseline: None,
                months_under_threshold,
            }
        })
        .collect();
    let totals = totals(&ctx, &units);
    let mut months = Vec::new();
    let mut m = Some(first);
    while let Some(current) = m.filter(|x| *x <= month) {
        let mut summary = MonthSummary {
            month: current,
            base: 0,
            done: 0,
            units_reported: 0,
            units_under_threshold: 0,
        };
        for u in 0..campaign.units.len() {
            if let Some(f) = tally(campaign, u, index).month(current) {
                summary.base = summary.base.saturating_add(f.base);
                summary.done = summary.done.saturating_add(f.done);
                summary.units_reported += 1;
                if under(f) {
                    summary.units_under_threshold += 1;
                }
            }
        }
        months.push(summary);
        m = current.next();
    }
    IndicatorReport {
        index,
        measure: Measure::Monthly,
        month: Some(month),
        days,
        pace: Ratio::new(u64::from(days.elapsed), u64::from(days.total)),
        units,
        totals,
        phases: Vec::new(),
        months,
    }
}

struct Context<'a> {
    indicator: &'a Indicator,
    /// First day of the period (the campaign's start; a monthly indicator's month).
    start: NaiveDate,
    /// Last day of the period.
    deadline: NaiveDate,
    window: Window<'a, 'a>,
    today: NaiveDate,
    days: DayFigures,
}

/// Per unit, what each phase must achieve: shares of the unit's quota split by largest remainder
/// ([`split_into_phases`]); counts for the whole indicator split over units in proportion to their
/// quotas ([`apportion`]).
fn phase_increments(indicator: &Indicator, quotas: &[u64]) -> Vec<Vec<u64>> {
    if indicator.phases.is_empty() {
        return Vec::new();
    }
    let shares = indicator.phase_shares();
    let count_parts: Vec<Vec<u64>> = indicator
        .phases
        .iter()
        .filter_map(|p| match p.target {
            PhaseTarget::Count(c) => Some(apportion(c, quotas)),
            PhaseTarget::ShareOfQuota(_) => None,
        })
        .collect();
    quotas
        .iter()
        .enumerate()
        .map(|(unit, &quota)| {
            let share_parts = split_into_phases(quota, &shares);
            let (mut s, mut c) = (0usize, 0usize);
            indicator
                .phases
                .iter()
                .map(|p| match p.target {
                    PhaseTarget::ShareOfQuota(_) => {
                        s += 1;
                        share_parts.get(s - 1).copied().unwrap_or(0)
                    }
                    PhaseTarget::Count(_) => {
                        c += 1;
                        count_parts
                            .get(c - 1)
                            .and_then(|parts| parts.get(unit))
                            .copied()
                            .unwrap_or(0)
                    }
                })
                .collect()
        })
        .collect()
}

fn cumulative(increments: &[u64]) -> Vec<u64> {
    increments
        .iter()
        .scan(0u64, |sum, &x| {
            *sum = sum.saturating_add(x);
            Some(*sum)
        })
        .collect()
}

/// The run rate's starting figure; see the module doc.
pub fn baseline(history: &[DonePoint], start: NaiveDate, today: NaiveDate) -> Baseline {
    let known = history.iter().filter(|p| p.date <= today);
    if let Some(p) = known
        .clone()
        .filter(|p| p.date >= start)
        .min_by_key(|p| p.date)
    {
        return Baseline {
            date: p.date,
            done: p.done,
            source: BaselineSource::History,
        };
    }
    if let Some(p) = known.filter(|p| p.date < start).max_by_key(|p| p.date) {
        return Baseline {
            date: start,
            done: p.done,
            source: BaselineSource::HistoryBeforeStart,
        };
    }
    Baseline {
        date: start,
        done: 0,
        source: BaselineSource::AssumedZero,
    }
}

fn unit_report(
    ctx: &Context<'_>,
    index: usize,
    t: &Tally,
    base: u64,
    exclusions: Exclusions,
    target: u64,
    phase_targets: Vec<u64>,
) -> UnitReport {
    let started = ctx.days.started;
    let base_line =
        (started && t.done.is_some()).then(|| baseline(&t.history, ctx.start, ctx.today));
    let run_rate = match (t.done, base_line) {
        (Some(done), Some(b)) => {
            let from = match b.source {
                BaselineSource::History => ctx.window.position(b.date),
                _ => 0,
            };
            let days = ctx.days.elapsed.saturating_sub(from);
            match done.checked_sub(b.done) {
                Some(gained) if days > 0 => Some(RunRate {
                    numerator: u128::from(gained),
                    denominator: u128::from(days),
                    exact: true,
                }),
                _ => None,
            }
        }
        _ => None,
    };
    let excluded = exclusions.total();
    let target_base = match ctx.indicator.target_base {
        TargetBase::AfterExclusions => base.saturating_sub(excluded),
        TargetBase::Total => base,
    };
    let figures = figures(
        ctx,
        FigureInputs {
            base,
            exclusions,
            excluded,
            target_base,
            after_exclusions: base.saturating_sub(excluded),
            done: t.done,
            target,
            target_assigned: t.quota.is_some(),
            remaining: target.saturating_sub(t.done.unwrap_or(0)),
            run_rate,
            phase_targets,
        },
    );
    UnitReport {
        index,
        figures,
        baseline: base_line,
        months_under_threshold: 0,
    }
}

struct FigureInputs {
    base: u64,
    exclusions: Exclusions,
    excluded: u64,
    target_base: u64,
    after_exclusions: u64,
    done: Option<u64>,
    target: u64,
    target_assigned: bool,
    remaining: u64,
    run_rate: Option<RunRate>,
    phase_targets: Vec<u64>,
}

fn figures(ctx: &Context<'_>, i: FigureInputs) -> Figures {
    let days = ctx.days;
    let ratio = |den: u64| i.done.map(|d| Ratio::new(d, den));
    let achieved = ratio(i.target_base);
    let under_threshold = achieved
        .and_then(|a| a.is_below(ctx.indicator.flag_threshold))
        .unwrap_or(false);
    let expected_by_now = if days.total == 0 {
        i.target
    } else {
        let e = (u128::from(i.target) * u128::from(days.elapsed)).div_ceil(u128::from(days.total));
        u64::try_from(e).unwrap_or(u64::MAX)
    };
    let status = match i.done {
        None => Status::NoData,
        Some(_) if i.target_base == 0 && i.target == 0 => Status::NoData,
        Some(_) if i.remaining == 0 => Status::Done,
        Some(_) if under_threshold => Status::UnderThreshold,
        Some(done) if done < expected_by_now => Status::Behind,
        Some(_) => Status::OnTrack,
    };
    let projection = match (i.done, i.run_rate) {
        (None, _) => Projection::NoRunRate,
        (Some(_), _) if i.remaining == 0 => Projection::AlreadyDone,
        (Some(_), None) => Projection::NoRunRate,
        (Some(_), Some(rate)) => match rate.days_for(i.remaining) {
            None => Projection::NoRunRate,
            Some(k) => match ctx.window.nth_counted_day(k) {
                Some(date) => Projection::Finish {
                    date,
                    by_deadline: date <= ctx.deadline,
                },
                None => Projection::BeyondHorizon,
            },
        },
    };
    let phase_cumulative = cumulative(&i.phase_targets);
    Figures {
        base: i.base,
        exclusions: i.exclusions,
        excluded: i.excluded,
        target_base: i.target_base,
        done: i.done,
        target: i.target,
        target_assigned: i.target_assigned,
        remaining: i.remaining,
        achieved,
        achieved_after_exclusions: ratio(i.after_exclusions),
        achieved_of_base: ratio(i.base),
        progress_to_target: ratio(i.target),
        expected_by_now,
        required_per_day: (days.left > 0).then(|| Ratio::new(i.remaining, u64::from(days.left))),
        run_rate: i.run_rate,
        projection,
        status,
        under_threshold,
        phase_targets: i.phase_targets,
        phase_cumulative,
    }
}

/// Sums unit rates exactly over a common denominator of their day counts; if that denominator
/// would overflow, each rate is rounded down to 1/(largest day count) per day and marked inexact.
fn sum_rates(rates: impl Iterator<Item = RunRate>) -> Option<RunRate> {
    let mut by_days: BTreeMap<u128, u128> = BTreeMap::new();
    for r in rates {
        let slot = by_days.entry(r.denominator).or_insert(0);
        *slot = slot.saturating_add(r.numerator);
    }
    if by_days.is_empty() {
        return None;
    }
    let exact = by_days.keys().try_fold(1u128, |l, &d| {
        let g = gcd(l, d);
        let l = (l / g).checked_mul(d)?;
        (l <= u128::from(u64::MAX)).then_some(l)
    });
    if let Some(l) = exact {
        let num = by_days
            .iter()
            .try_fold(0u128, |s, (&d, &g)| s.checked_add(g.checked_mul(l / d)?));
        if let Some(numerator) = num {
            return Some(RunRate {
                numerator,
                denominator: l,
                exact: true,
            });
        }
    }
    let d_max = by_days.keys().copied().max().unwrap_or(1);
    let numerator = by_days.iter().fold(0u128, |s, (&d, &g)| {
        s.saturating_add(g.saturating_mul(d_max) / d.max(1))
    });
    Some(RunRate {
        numerator,
        denominator: d_max,
        exact: false,
    })
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

fn totals(ctx: &Context<'_>, units: &[UnitReport]) -> Totals {
    let sum = |f: &dyn Fn(&Figures) -> u64| {
        units
            .iter()
            .fold(0u64, |s, u| s.saturating_add(f(&u.figures)))
    };
    let mut exclusions = Exclusions::default();
    for reason in ExclusionReason::ALL {
        exclusions.set(reason, sum(&|f| f.exclusions.get(reason)));
    }
    let any_data = units.iter().any(|u| u.figures.done.is_some());
    let done = any_data.then(|| sum(&|f| f.done.unwrap_or(0)));
    let target = sum(&|f| f.target);
    let base = sum(&|f| f.base);
    let excluded = sum(&|f| f.excluded);
    let after_exclusions = sum(&|f| f.base.saturating_sub(f.excluded));
    let phase_count = ctx.indicator.phases.len();
    let phase_targets: Vec<u64> = (0..phase_count)
        .map(|p| sum(&|f| f.phase_targets.get(p).copied().unwrap_or(0)))
        .collect();
    let run_rate = if any_data {
        sum_rates(units.iter().filter_map(|u| u.figures.run_rate))
    } else {
        None
    };
    let figures = figures(
        ctx,
        FigureInputs {
            base,
            exclusions,
            excluded,
            target_base: match ctx.indicator.target_base {
                TargetBase::AfterExclusions => after_exclusions,
                TargetBase::Total => base,
            },
            after_exclusions,
            done,
            target,
            target_assigned: units.iter().any(|u| u.figures.target_assigned),
            remaining: target.saturating_sub(done.unwrap_or(0)),
            run_rate,
            phase_targets,
        },
    );
    let count = |p: &dyn Fn(&Figures) -> bool| units.iter().filter(|u| p(&u.figures)).count();
    Totals {
        figures,
        remaining_in_units: sum(&|f| f.remaining),
        units: units.len(),
        units_without_data: count(&|f| f.done.is_none()),
        units_under_threshold: count(&|f| f.under_threshold),
        units_done: count(&|f| f.status == Status::Done),
        units_behind: count(&|f| matches!(f.status, Status::Behind | Status::UnderThreshold)),
    }
}

fn phase_reports(ctx: &Context<'_>, totals: &Figures) -> Vec<PhaseReport> {
    let done = totals.done.unwrap_or(0);
    let position = ctx.window.position(ctx.today);
    let mut current_taken = false;
    ctx.indicator
        .phases
        .iter()
        .enumerate()
        .map(|(index, phase)| {
            let target = totals.phase_targets.get(index).copied().unwrap_or(0);
            let cumulative = totals.phase_cumulative.get(index).copied().unwrap_or(0);
            let remaining = cumulative.saturating_sub(done);
            let days_left = ctx
                .window
                .counted_through(phase.end)
                .saturating_sub(position);
            let status = if remaining == 0 {
                PhaseStatus::Reached
            } else if ctx.today > phase.end {
                PhaseStatus::Missed
            } else if !current_taken {
                current_taken = true;
                PhaseStatus::Current
            } else {
                PhaseStatus::Upcoming
            };
            PhaseReport {
                index,
                end: phase.end,
                target,
                cumulative,
                remaining,
                days_left,
                required_per_day: (days_left > 0)
                    .then(|| Ratio::new(remaining, u64::from(days_left))),
                status,
            }
        })
        .collect()
}

/// What to sort units by (the figures of one indicator, or the flags over all of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SortKey {
    /// Campaign order.
    Order,
    /// Commune code (free-text rows after, in campaign order).
    Code,
    /// Achieved rate (exact); units without a figure last.
    Achieved,
    /// Remaining count.
    Remaining,
    /// Done count; units without a figure last.
    Done,
    /// Base.
    Base,
    /// Target.
    Target,
    /// Status, most urgent first (under threshold, behind, on track, done, no data).
    Status,
    /// Number of indicators the unit is flagged on, most first.
    Flags,
}

impl SortKey {
    /// Every key, in the order the sort picker offers them.
    pub const ALL: [SortKey; 9] = [
        SortKey::Order,
        SortKey::Flags,
        SortKey::Status,
        SortKey::Achieved,
        SortKey::Remaining,
        SortKey::Done,
        SortKey::Base,
        SortKey::Target,
        SortKey::Code,
    ];
}

/// Unit indices sorted by `key` on `indicator`, ascending or descending; ties keep campaign order
/// (stable), and units without a figure stay last in both directions.
pub fn sorted_units(
    campaign: &Campaign,
    report: &CampaignReport,
    indicator: usize,
    key: SortKey,
    descending: bool,
) -> Vec<usize> {
    let Some(r) = report.indicator(indicator) else {
        return (0..campaign.units.len()).collect();
    };
    let mut order: Vec<&UnitReport> = r.units.iter().collect();
    let code = |u: &UnitReport| match campaign.units.get(u.index).map(|x| &x.place) {
        Some(Place::Commune(c)) => Some(*c),
        _ => None,
    };
    let flags: Vec<usize> = if key == SortKey::Flags {
        (0..r.units.len()).map(|u| report.flag_count(u)).collect()
    } else {
        Vec::new()
    };
    order.sort_by(|a, b| {
        let (fa, fb) = (&a.figures, &b.figures);
        let last = |x: bool, y: bool| x.cmp(&y);
        let directed = |o: Ordering| if descending { o.reverse() } else { o };
        match key {
            SortKey::Order => directed(a.index.cmp(&b.index)),
            SortKey::Code => match (code(a), code(b)) {
                (Some(x), Some(y)) => directed(x.cmp(&y)),
                (x, y) => last(x.is_none(), y.is_none()),
            },
            SortKey::Achieved => match (fa.achieved, fb.achieved) {
                (Some(x), Some(y)) if x.denominator != 0 && y.denominator != 0 => {
                    directed(x.cmp_exact(&y))
                }
                (x, y) => last(
                    x.is_none_or(|r| r.denominator == 0),
                    y.is_none_or(|r| r.denominator == 0),
                ),
            },
            SortKey::Done => match (fa.done, fb.done) {
                (Some(x), Some(y)) => directed(x.cmp(&y)),
                (x, y) => last(x.is_none(), y.is_none()),
            },
            SortKey::Remaining => directed(fa.remaining.cmp(&fb.remaining)),
            SortKey::Base => directed(fa.base.cmp(&fb.base)),
            SortKey::Target => directed(fa.target.cmp(&fb.target)),
            SortKey::Status => match (fa.status, fb.status) {
                (Status::NoData, Status::NoData) => Ordering::Equal,
                (Status::NoData, _) => Ordering::Greater,
                (_, Status::NoData) => Ordering::Less,
                (x, y) => directed(x.cmp(&y)),
            },
            SortKey::Flags => {
                let count = |u: &UnitReport| flags.get(u.index).copied().unwrap_or(0);
                directed(count(b).cmp(&count(a)))
            }
        }
    });
    order.into_iter().map(|u| u.index).collect()
}

/// Which units to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnitFilter {
    /// Every unit.
    All,
    /// Achieved below the flag threshold.
    UnderThreshold,
    /// Behind or under threshold.
    Behind,
    /// Target not reached (including units without a figure).
    NotDone,
    /// Target reached.
    Done,
    /// No figure.
    NoData,
}

impl UnitFilter {
    /// Every filter, in the order the filter picker offers them.
    pub const ALL: [UnitFilter; 6] = [
        UnitFilter::All,
        UnitFilter::UnderThreshold,
        UnitFilter::Behind,
        UnitFilter::NotDone,
        UnitFilter::Done,
        UnitFilter::NoData,
    ];
}

fn passes(f: &Figures, filter: UnitFilter) -> bool {
    match filter {
        UnitFilter::All => true,
        UnitFilter::UnderThreshold => f.under_threshold,
        UnitFilter::Behind => matches!(f.status, Status::Behind | Status::UnderThreshold),
        UnitFilter::NotDone => f.status != Status::Done,
        UnitFilter::Done => f.status == Status::Done,
        UnitFilter::NoData => f.status == Status::NoData,
    }
}

/// Indices of the units passing `filter`, in campaign order: on one indicator (`Some(i)`), or on
/// any indicator (`None`: flagged on any, behind on any, not done on any, done on all, no figure
/// on any).
pub fn filtered_units(
    report: &CampaignReport,
    indicator: Option<usize>,
    filter: UnitFilter,
) -> Vec<usize> {
    let units = report.indicators.first().map_or(0, |r| r.units.len());
    (0..units)
        .filter(|&u| match indicator {
            Some(i) => report.figures(u, i).is_some_and(|f| passes(f, filter)),
            None if filter == UnitFilter::Done => report
                .indicators
                .iter()
                .all(|r| r.units.get(u).is_some_and(|x| passes(&x.figures, filter))),
            None => report
                .indicators
                .iter()
                .any(|r| r.units.get(u).is_some_and(|x| passes(&x.figures, filter))),
        })
        .collect()
}

/// Every unit, the flagged ones first: those flagged on most indicators first, each group by its
/// achieved rate on the first indicator that flags anyone (lowest first); then the others, in
/// campaign order. The printed page lists units in this order (the units to act on first).
pub fn flagged_first(campaign: &Campaign, report: &CampaignReport) -> Vec<usize> {
    let n = campaign.units.len();
    let by = report
        .indicators
        .iter()
        .position(|r| r.totals.units_under_threshold > 0)
        .unwrap_or(0);
    let order = sorted_units(campaign, report, by, SortKey::Achieved, false);
    let flags: Vec<usize> = (0..n).map(|u| report.flag_count(u)).collect();
    let count = |u: usize| flags.get(u).copied().unwrap_or(0);
    let mut out = Vec::with_capacity(n);
    for k in (1..=report.indicators.len()).rev() {
        out.extend(order.iter().copied().filter(|&u| count(u) == k));
    }
    out.extend((0..n).filter(|&u| count(u) == 0));
    out
}

/// Indices of the units achieving less than the indicator's flag threshold (Hưng Yên: "10
/// communes under 70 %"), in campaign order.
pub fn units_under_threshold(report: &IndicatorReport) -> Vec<usize> {
    report
        .units
        .iter()
        .filter(|u| u.figures.under_threshold)
        .map(|u| u.index)
        .collect()
}

/// One line of "Cách tính" (how it is computed), with its data; the catalogue words it
/// ("Chỉ tiêu = 80 % của 8.630 = 6.904 (làm tròn gần nhất)").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    /// The base is another indicator's: its done count, or the same base.
    ChainedBase { source: BaseSource, base: u64 },
    /// A monthly indicator's month: its base and done.
    Month {
        month: Month,
        base: u64,
        done: Option<u64>,
    },
    /// Base minus exclusions (or the whole base).
    TargetBase {
        base: u64,
        excluded: u64,
        target_base: u64,
        choice: TargetBase,
    },
    /// Target share × target base, rounded.
    Target {
        share: BasisPoints,
        target_base: u64,
        target: u64,
        rounding: super::Rounding,
    },
    /// A quota assigned by the plan.
    AssignedTarget { target: u64 },
    /// done ÷ target base.
    Achieved { done: u64, target_base: u64 },
    /// target − done.
    Remaining {
        target: u64,
        done: u64,
        remaining: u64,
    },
    /// remaining ÷ days left.
    RequiredPerDay {
        remaining: u64,
        days_left: u32,
        counting: DayCounting,
    },
    /// No day left before the deadline.
    DeadlinePassed,
    /// Done since the starting figure ÷ days elapsed (a unit).
    RunRate {
        gained: u64,
        days: u64,
        #[serde(with = "super::serde_date")]
        since: NaiveDate,
        source: BaselineSource,
    },
    /// The sum of the units' run rates (the totals), `numerator ÷ denominator` per day.
    RunRateSum { rate: RunRate },
    /// The projected finish.
    Projection { projection: Projection },
    /// Elapsed share of the campaign.
    Pace { elapsed: u32, total: u32 },
    /// No figure reported.
    NoFigure,
}

/// The "Cách tính" lines of indicator `indicator` for one unit (`Some(index)`) or for the totals
/// (`None`), in reading order. Empty for an index out of range.
pub fn explain(
    campaign: &Campaign,
    report: &CampaignReport,
    indicator: usize,
    unit: Option<usize>,
) -> Vec<Step> {
    let (Some(x), Some(r)) = (campaign.indicator(indicator), report.indicator(indicator)) else {
        return Vec::new();
    };
    let (figures, baseline, assigned) = match unit {
        Some(i) => match (r.units.get(i), campaign.units.get(i)) {
            (Some(ur), Some(u)) => (
                &ur.figures,
                ur.baseline,
                u.tally(indicator).is_some_and(|t| t.quota.is_some()),
            ),
            _ => return Vec::new(),
        },
        None => (&r.totals.figures, None, false),
    };
    let mut steps = Vec::new();
    if let Some(month) = r.month {
        steps.push(Step::Month {
            month,
            base: figures.base,
            done: figures.done,
        });
    } else if x.base != BaseSource::Own {
        steps.push(Step::ChainedBase {
            source: x.base,
            base: figures.base,
        });
    }
    steps.push(Step::TargetBase {
        base: figures.base,
        excluded: figures.excluded,
        target_base: figures.target_base,
        choice: x.target_base,
    });
    if assigned {
        steps.push(Step::AssignedTarget {
            target: figures.target,
        });
    } else if unit.is_some() {
        steps.push(Step::Target {
            share: x.target,
            target_base: figures.target_base,
            target: figures.target,
            rounding: x.rounding,
        });
    }
    let Some(done) = figures.done else {
        steps.push(Step::NoFigure);
        return steps;
    };
    steps.push(Step::Achieved {
        done,
        target_base: figures.target_base,
    });
    steps.push(Step::Remaining {
        target: figures.target,
        done,
        remaining: figures.remaining,
    });
    if figures.remaining > 0 {
        if r.days.left > 0 {
            steps.push(Step::RequiredPerDay {
                remaining: figures.remaining,
                days_left: r.days.left,
                counting: r.days.counting,
            });
        } else {
            steps.push(Step::DeadlinePassed);
        }
    }
    match (figures.run_rate, baseline) {
        (Some(rate), Some(b)) => steps.push(Step::RunRate {
            gained: u64::try_from(rate.numerator).unwrap_or(u64::MAX),
            days: u64::try_from(rate.denominator).unwrap_or(u64::MAX),
            since: b.date,
            source: b.source,
        }),
        (Some(rate), None) => steps.push(Step::RunRateSum { rate }),
        _ => {}
    }
    if r.month.is_none() {
        steps.push(Step::Projection {
            projection: figures.projection,
        });
    }
    steps.push(Step::Pace {
        elapsed: r.days.elapsed,
        total: r.days.total,
    });
    steps
}

/// What changed between the figures' date and today, for the read-only view of a link: the
/// figures are the sender's, but days have passed (docs/rules.md §4.1, "as of").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Change {
    /// Calendar days from the figures' date to today (negative: the figures are dated after
    /// today, as a link from a device with a wrong clock would be).
    DaysPassed { days: i64 },
    /// An indicator's deadline has passed since the figures' date.
    DeadlinePassed {
        indicator: usize,
        #[serde(with = "super::serde_date")]
        deadline: NaiveDate,
    },
    /// A phase ended since the figures' date; `reached` as of the figures.
    PhaseEnded {
        indicator: usize,
        phase: usize,
        #[serde(with = "super::serde_date")]
        end: NaiveDate,
        reached: bool,
    },
    /// If nothing was done since the figures' date, what is needed per day now (`None`: no day
    /// left) against what was needed then.
    RequiredPerDay {
        indicator: usize,
        then: Option<Ratio>,
        now: Option<Ratio>,
    },
}

/// What changed from `then` (the report on the figures' date) to `now` (the same figures on
/// today's date), indicator by indicator.
pub fn changes_since(
    campaign: &Campaign,
    then: &CampaignReport,
    now: &CampaignReport,
) -> Vec<Change> {
    let mut changes = vec![Change::DaysPassed {
        days: (now.today - then.today).num_days(),
    }];
    if now.today <= then.today {
        return changes;
    }
    for (x, (a, b)) in campaign
        .indicators
        .iter()
        .zip(then.indicators.iter().zip(&now.indicators))
    {
        if x.deadline >= then.today && x.deadline < now.today {
            changes.push(Change::DeadlinePassed {
                indicator: a.index,
                deadline: x.deadline,
            });
        }
        for p in &a.phases {
            if p.end >= then.today && p.end < now.today && p.end != x.deadline {
                changes.push(Change::PhaseEnded {
                    indicator: a.index,
                    phase: p.index,
                    end: p.end,
                    reached: p.status == PhaseStatus::Reached,
                });
            }
        }
        let (f, g) = (&a.totals.figures, &b.totals.figures);
        if f.remaining > 0 && f.required_per_day != g.required_per_day {
            changes.push(Change::RequiredPerDay {
                indicator: a.index,
                then: f.required_per_day,
                now: g.required_per_day,
            });
        }
    }
    changes
}

/// One point of an indicator's progress over time: the sum over units of each unit's latest
/// dated figure up to that date (a unit without one yet counts 0), and where the target × pace
/// line stands that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProgressPoint {
    /// The date.
    #[serde(with = "super::serde_date")]
    pub date: NaiveDate,
    /// Σ done.
    pub done: u64,
    /// target × counted days elapsed ÷ campaign days, rounded up.
    pub expected: u64,
}

/// Most points [`progress`] returns (the latest ones).
pub const MAX_PROGRESS_POINTS: usize = 60;

/// The progress of a cumulative indicator over its report dates (every date some unit has a dated
/// figure, up to `today`, and `today` itself with the current figures), for the pace chart.
/// Empty for a monthly indicator (its months are in [`IndicatorReport::months`]).
pub fn progress(
    campaign: &Campaign,
    report: &CampaignReport,
    indicator: usize,
    calendar: &dyn DayCalendar,
) -> Vec<ProgressPoint> {
    let (Some(x), Some(r)) = (campaign.indicator(indicator), report.indicator(indicator)) else {
        return Vec::new();
    };
    if x.measure == Measure::Monthly {
        return Vec::new();
    }
    let today = report.today;
    let mut dates: Vec<NaiveDate> = campaign
        .units
        .iter()
        .filter_map(|u| u.tally(indicator))
        .flat_map(|t| t.history.iter().map(|p| p.date))
        .filter(|d| *d < today)
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let skip = dates.len().saturating_sub(MAX_PROGRESS_POINTS - 1);
    let dates: Vec<NaiveDate> = dates.into_iter().skip(skip).collect();
    let schedule = Schedule::new(
        campaign.start,
        x.deadline,
        campaign.day_counting,
        calendar,
        today,
    );
    let target = r.totals.figures.target;
    let total_days = schedule.total();
    let expected = |date: NaiveDate| -> u64 {
        if total_days == 0 {
            return target;
        }
        let elapsed = schedule.position(date).min(total_days);
        let e = (u128::from(target) * u128::from(elapsed)).div_ceil(u128::from(total_days));
        u64::try_from(e).unwrap_or(u64::MAX)
    };
    let mut points: Vec<ProgressPoint> = dates
        .iter()
        .map(|&date| {
            let done = campaign
                .units
                .iter()
                .filter_map(|u| u.tally(indicator))
                .map(|t| {
                    let upto = t.history.partition_point(|p| p.date <= date);
                    upto.checked_sub(1)
                        .and_then(|i| t.history.get(i))
                        .map_or(0, |p| p.done)
                })
                .fold(0u64, u64::saturating_add);
            ProgressPoint {
                date,
                done,
                expected: expected(date),
            }
        })
        .collect();
    points.push(ProgressPoint {
        date: today,
        done: r.totals.figures.done.unwrap_or(0),
        expected: expected(today),
    });
    points
}
