//! Edits to a campaign, as the tracker's form applies them: one enum of actions and one pure
//! function, so every change the UI can make is tested natively and components only dispatch.
//!
//! Every edit keeps the shape the model needs: each unit holds one [`Tally`] per indicator (adding
//! or removing an indicator adds or removes that tally in every unit), and bases only refer to
//! earlier indicators.

use std::collections::HashSet;
use std::rc::Rc;

use chrono::NaiveDate;

use super::report_table::ReportUpdate;
use super::{
    BaseSource, BasisPoints, Campaign, DayKind, DonePoint, ExclusionReason, Indicator,
    IndicatorKind, MAX_HISTORY, MAX_INDICATORS, MAX_MONTHS, MAX_PHASES, MAX_UNITS, Measure, Month,
    MonthFigure, Phase, PhaseTarget, Place, Rounding, Tally, TargetBase, Unit,
};

/// One change to one indicator's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndicatorEdit {
    SetKind(IndicatorKind),
    /// Free-text label; an empty one removes it.
    SetLabel(String),
    /// Own base, or an earlier indicator's (a reference to a later one is ignored).
    SetBase(BaseSource),
    SetMeasure(Measure),
    SetTarget(BasisPoints),
    SetDeadline(NaiveDate),
    SetFlagThreshold(BasisPoints),
    SetRounding(Rounding),
    SetTargetBase(TargetBase),
    /// Adds a phase ending on the deadline with the share of the quota not yet given to phases.
    AddPhase,
    SetPhase {
        index: usize,
        phase: Phase,
    },
    RemovePhase(usize),
}

/// One change to one unit's figures for one indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TallyEdit {
    SetBase(u64),
    SetDone(Option<u64>),
    SetExclusion {
        reason: ExclusionReason,
        count: u64,
    },
    SetQuota(Option<u64>),
    /// Records the current done figure as the figure of `date` in the history (replacing one
    /// already recorded for that date), for the run rate.
    RecordHistory(NaiveDate),
    /// Removes the history point of `date`.
    RemoveHistory(NaiveDate),
    /// Sets (or adds, in month order) a monthly figure.
    SetMonth(MonthFigure),
    /// Removes a month's figure.
    RemoveMonth(Month),
}

/// One change to a campaign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignEdit {
    /// Replace the whole campaign (an example, an import, a shared link's copy).
    Replace(Campaign),
    SetName(String),
    /// Province code, or none for a campaign not tied to one province.
    SetArea(Option<u8>),
    SetStart(NaiveDate),
    /// "Tính số liệu đến ngày": the figures' date; `None` for today.
    SetAsOf(Option<NaiveDate>),
    SetDayKind(DayKind),
    SetTodayCounts(bool),
    /// Adds an indicator (deadline: the latest one), with an empty tally in every unit.
    AddIndicator(IndicatorKind),
    /// Removes an indicator and its tallies; bases that referred to it become the units' own.
    RemoveIndicator(usize),
    Indicator {
        index: usize,
        edit: IndicatorEdit,
    },
    /// Adds communes by code, skipping those already in the campaign; no figures.
    AddCommunes(Vec<u32>),
    /// Adds a free-text row.
    AddNamedUnit(String),
    Tally {
        unit: usize,
        indicator: usize,
        edit: TallyEdit,
    },
    RemoveUnit(usize),
    RemoveAllUnits,
    /// Replaces the units (a spreadsheet import), keeping at most [`MAX_UNITS`].
    ReplaceUnits(Vec<Unit>),
    /// Appends units (a spreadsheet import in "add" mode), skipping communes already present.
    AppendUnits(Vec<Unit>),
    /// Assigns quotas of one indicator to units in order (an apportionment); `None` returns a
    /// unit to target × base.
    SetQuotas {
        indicator: usize,
        quotas: Vec<Option<u64>>,
    },
    /// A new week's report table: figures by unit and indicator as of its date, the previous
    /// figures kept in the history ([`apply_report`]).
    ApplyReport(ReportUpdate),
}

/// Applies one edit. Out-of-range indices are ignored (a stale click after a removal must not
/// panic); adding beyond [`MAX_UNITS`], [`MAX_INDICATORS`] or [`MAX_PHASES`] stops at the limit.
pub fn apply(campaign: &mut Campaign, edit: CampaignEdit) {
    match edit {
        CampaignEdit::Replace(next) => *campaign = next,
        CampaignEdit::SetName(name) => campaign.name = name,
        CampaignEdit::SetArea(area) => campaign.area = area,
        CampaignEdit::SetStart(date) => campaign.start = date,
        CampaignEdit::SetAsOf(date) => campaign.as_of = date,
        CampaignEdit::SetDayKind(kind) => campaign.day_counting.kind = kind,
        CampaignEdit::SetTodayCounts(counts) => campaign.day_counting.today_counts = counts,
        CampaignEdit::AddIndicator(kind) => {
            if campaign.indicators.len() < MAX_INDICATORS {
                let deadline = campaign.last_deadline();
                campaign.indicators.push(Indicator::new(kind, deadline));
                fit_tallies(campaign);
            }
        }
        CampaignEdit::RemoveIndicator(index) => remove_indicator(campaign, index),
        CampaignEdit::Indicator { index, edit } => {
            if let Some(indicator) = campaign.indicators.get_mut(index) {
                apply_to_indicator(indicator, index, edit);
            }
        }
        CampaignEdit::AddCommunes(codes) => {
            let mut present = commune_codes(campaign);
            let n = campaign.indicators.len();
            for code in codes {
                if campaign.units.len() >= MAX_UNITS {
                    break;
                }
                if present.insert(code) {
                    campaign.units.push(Rc::new(Unit::new(
                        Place::Commune(code),
                        vec![Tally::default(); n],
                    )));
                }
            }
        }
        CampaignEdit::AddNamedUnit(name) => {
            let name = name.trim();
            if !name.is_empty() && campaign.units.len() < MAX_UNITS {
                let n = campaign.indicators.len();
                campaign.units.push(Rc::new(Unit::new(
                    Place::Named(name.to_owned()),
                    vec![Tally::default(); n],
                )));
            }
        }
        CampaignEdit::Tally {
            unit,
            indicator,
            edit,
        } => {
            if let Some(t) = campaign.tally_mut(unit, indicator) {
                apply_to_tally(t, edit);
            }
        }
        CampaignEdit::RemoveUnit(index) => {
            if index < campaign.units.len() {
                campaign.units.remove(index);
            }
        }
        CampaignEdit::RemoveAllUnits => campaign.units.clear(),
        CampaignEdit::ReplaceUnits(units) => {
            campaign.set_units(units.into_iter().take(MAX_UNITS));
            fit_tallies(campaign);
        }
        CampaignEdit::AppendUnits(units) => {
            let mut present = commune_codes(campaign);
            for unit in units {
                if campaign.units.len() >= MAX_UNITS {
                    break;
                }
                let fresh = match unit.place {
                    Place::Commune(code) => present.insert(code),
                    Place::Named(_) => true,
                };
                if fresh {
                    campaign.units.push(Rc::new(unit));
                }
            }
            fit_tallies(campaign);
        }
        CampaignEdit::SetQuotas { indicator, quotas } => {
            for (unit, quota) in campaign.units.iter_mut().zip(quotas) {
                // Only the units whose quota changes are copied.
                if unit.tally(indicator).is_some_and(|t| t.quota != quota)
                    && let Some(t) = Rc::make_mut(unit).tallies.get_mut(indicator)
                {
                    t.quota = quota;
                }
            }
        }
        CampaignEdit::ApplyReport(update) => apply_report(campaign, update),
    }
}

fn apply_to_indicator(indicator: &mut Indicator, index: usize, edit: IndicatorEdit) {
    match edit {
        IndicatorEdit::SetKind(kind) => indicator.kind = kind,
        IndicatorEdit::SetLabel(label) => {
            let label = label.trim();
            indicator.label = (!label.is_empty()).then(|| label.to_owned());
        }
        IndicatorEdit::SetBase(base) => {
            if base.refers_to().is_none_or(|to| to < index) {
                indicator.base = base;
            }
        }
        IndicatorEdit::SetMeasure(measure) => indicator.measure = measure,
        IndicatorEdit::SetTarget(share) => indicator.target = share,
        IndicatorEdit::SetDeadline(date) => indicator.deadline = date,
        IndicatorEdit::SetFlagThreshold(share) => indicator.flag_threshold = share,
        IndicatorEdit::SetRounding(rounding) => indicator.rounding = rounding,
        IndicatorEdit::SetTargetBase(base) => indicator.target_base = base,
        IndicatorEdit::AddPhase => {
            if indicator.phases.len() < MAX_PHASES {
                let given: u32 = indicator
                    .phases
                    .iter()
                    .map(|p| match p.target {
                        PhaseTarget::ShareOfQuota(share) => share.0,
                        PhaseTarget::Count(_) => 0,
                    })
                    .fold(0u32, u32::saturating_add);
                let rest = BasisPoints::HUNDRED.0.saturating_sub(given);
                indicator.phases.push(Phase {
                    end: indicator.deadline,
                    target: PhaseTarget::ShareOfQuota(BasisPoints(rest)),
                    label: None,
                });
            }
        }
        IndicatorEdit::SetPhase { index, phase } => {
            if let Some(slot) = indicator.phases.get_mut(index) {
                *slot = phase;
            }
        }
        IndicatorEdit::RemovePhase(index) => {
            if index < indicator.phases.len() {
                indicator.phases.remove(index);
            }
        }
    }
}

fn apply_to_tally(t: &mut Tally, edit: TallyEdit) {
    match edit {
        TallyEdit::SetBase(base) => t.base = base,
        TallyEdit::SetDone(done) => t.done = done,
        TallyEdit::SetExclusion { reason, count } => t.exclusions.set(reason, count),
        TallyEdit::SetQuota(quota) => t.quota = quota,
        TallyEdit::RecordHistory(date) => {
            if let Some(done) = t.done {
                record(t, date, done);
            }
        }
        TallyEdit::RemoveHistory(date) => t.history.retain(|p| p.date != date),
        TallyEdit::SetMonth(figure) => {
            t.months.retain(|m| m.month != figure.month);
            if t.months.len() < MAX_MONTHS {
                let at = t.months.partition_point(|m| m.month < figure.month);
                t.months.insert(at, figure);
            }
        }
        TallyEdit::RemoveMonth(month) => t.months.retain(|m| m.month != month),
    }
}

/// Puts `done` in the history as the figure of `date`, replacing one of that date, in date order.
fn record(t: &mut Tally, date: NaiveDate, done: u64) {
    t.history.retain(|p| p.date != date);
    if t.history.len() < MAX_HISTORY {
        let at = t.history.partition_point(|p| p.date < date);
        t.history.insert(at, DonePoint { date, done });
    }
}

fn remove_indicator(campaign: &mut Campaign, index: usize) {
    if index >= campaign.indicators.len() || campaign.indicators.len() <= 1 {
        return;
    }
    campaign.indicators.remove(index);
    for x in &mut campaign.indicators {
        x.base = match x.base {
            BaseSource::SameAs(i) | BaseSource::DoneOf(i) if i == index => BaseSource::Own,
            BaseSource::SameAs(i) if i > index => BaseSource::SameAs(i - 1),
            BaseSource::DoneOf(i) if i > index => BaseSource::DoneOf(i - 1),
            other => other,
        };
    }
    for unit in &mut campaign.units {
        if index < unit.tallies.len() {
            Rc::make_mut(unit).tallies.remove(index);
        }
    }
}

/// One empty tally per indicator in every unit (extra ones dropped).
fn fit_tallies(campaign: &mut Campaign) {
    let n = campaign.indicators.len();
    for unit in &mut campaign.units {
        if unit.tallies.len() != n {
            Rc::make_mut(unit).tallies.resize_with(n, Tally::default);
        }
    }
}

fn commune_codes(campaign: &Campaign) -> HashSet<u32> {
    campaign
        .units
        .iter()
        .filter_map(|u| match u.place {
            Place::Commune(code) => Some(code),
            Place::Named(_) => None,
        })
        .collect()
}

/// Applies a table: for each row, the unit it names (added when new), and for each figure, the
/// indicator's count done, base, quota and exclusions when the table has them. A new week's
/// report (`record_history`) keeps the week before: a unit whose previous figure was not yet in
/// its history gets it recorded on the campaign's previous figures' date, then the new figure on
/// the report's date; the campaign's figures are then as of the report's date. A monthly
/// indicator's figures go to the report date's month. New indicators the mapping asked for are
/// added first.
pub fn apply_report(campaign: &mut Campaign, update: ReportUpdate) {
    for (kind, label) in update.new_indicators {
        if campaign.indicators.len() >= MAX_INDICATORS {
            break;
        }
        let deadline = campaign.last_deadline().max(update.date);
        let mut indicator = Indicator::new(kind, deadline);
        indicator.label = (!label.trim().is_empty()).then(|| label.trim().to_owned());
        campaign.indicators.push(indicator);
    }
    fit_tallies(campaign);
    let previous_date = campaign.as_of.filter(|d| *d < update.date);
    let n = campaign.indicators.len();
    let mut index_of: std::collections::HashMap<Place, usize> = campaign
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.place.clone(), i))
        .collect();
    for row in update.rows {
        let unit = match index_of.get(&row.place) {
            Some(&i) => i,
            None => {
                if campaign.units.len() >= MAX_UNITS {
                    continue;
                }
                let mut unit = Unit::new(row.place.clone(), vec![Tally::default(); n]);
                unit.illustrative = row.illustrative;
                campaign.units.push(Rc::new(unit));
                let i = campaign.units.len() - 1;
                index_of.insert(row.place.clone(), i);
                i
            }
        };
        for figure in row.figures {
            let monthly = campaign
                .indicators
                .get(figure.indicator)
                .is_some_and(|x| x.measure == Measure::Monthly);
            let Some(t) = campaign.tally_mut(unit, figure.indicator) else {
                continue;
            };
            if monthly {
                let month = Month::of(update.date);
                let old = t.month(month).copied();
                let base = figure.base.or(old.map(|m| m.base)).unwrap_or(0);
                let done = figure.done.or(old.map(|m| m.done)).unwrap_or(0);
                apply_to_tally(t, TallyEdit::SetMonth(MonthFigure { month, base, done }));
                continue;
            }
            if let Some(base) = figure.base {
                t.base = base;
            }
            if let Some(quota) = figure.quota {
                t.quota = Some(quota);
            }
            for (reason, count) in figure.exclusions {
                t.exclusions.set(reason, count);
            }
            if let Some(done) = figure.done {
                if update.record_history {
                    if let (Some(old), Some(before)) = (t.done, previous_date)
                        && !t.history.iter().any(|p| p.date >= before)
                    {
                        record(t, before, old);
                    }
                    record(t, update.date, done);
                }
                t.done = Some(done);
            }
        }
    }
    if update.record_history {
        campaign.as_of = Some(update.date);
    }
}

/// A new organization-account campaign from a bulk check's per-commune counts: one unit per
/// commune, the distinct organizations as the base and the inactive ones as exclusions
/// (registered but not operating enterprises are excluded from targets, docs/rules.md §3.1). No
/// figure is done yet; start today, deadline in 30 days, target 80 %, threshold 70 %.
pub fn campaign_from_counts(
    counts: &crate::bulk::export::CommuneCounts,
    name: &str,
    today: NaiveDate,
) -> Campaign {
    let deadline = today
        .checked_add_days(chrono::Days::new(30))
        .unwrap_or(today);
    let mut campaign = Campaign::new(
        name,
        Indicator::new(IndicatorKind::OrganizationAccounts, deadline),
        today,
    );
    campaign.area = counts.province.map(|p| p.get());
    let mut rows: Vec<_> = counts.rows.iter().take(MAX_UNITS).collect();
    rows.sort_by_key(|(code, _, _)| code.get());
    campaign.set_units(rows.into_iter().map(|&(code, total, inactive)| {
        let mut tally = Tally::new(u64::from(total), None);
        tally.exclusions.set(
            ExclusionReason::InactiveEnterprise,
            u64::from(inactive.min(total)),
        );
        Unit::new(Place::Commune(code.get()), vec![tally])
    }));
    campaign
}
