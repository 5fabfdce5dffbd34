//! Edits to a campaign, as the tracker's form applies them: one enum of actions and one pure
//! function, so every change the UI can make is tested natively and components only dispatch.

use std::collections::HashSet;

use super::{
    BasisPoints, Campaign, DayKind, ExclusionReason, IndicatorKind, MAX_PHASES, MAX_UNITS, Phase,
    Place, Rounding, TargetBase, Unit,
};
use chrono::NaiveDate;

/// One change to a campaign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignEdit {
    /// Replace the whole campaign (an example, an import, a shared link's copy).
    Replace(Campaign),
    SetName(String),
    /// Province code, or none for a campaign not tied to one province.
    SetArea(Option<u8>),
    SetIndicatorKind(IndicatorKind),
    /// Free-text label; an empty one removes it.
    SetIndicatorLabel(String),
    SetStart(NaiveDate),
    SetDeadline(NaiveDate),
    SetTarget(BasisPoints),
    SetFlagThreshold(BasisPoints),
    SetDayKind(DayKind),
    SetTodayCounts(bool),
    SetRounding(Rounding),
    SetTargetBase(TargetBase),
    /// Adds a phase ending on the deadline with the share of the quota not yet given to phases.
    AddPhase,
    SetPhase {
        index: usize,
        phase: Phase,
    },
    RemovePhase(usize),
    /// Adds communes by code, skipping those already in the campaign; base 0, no figure.
    AddCommunes(Vec<u32>),
    /// Adds a free-text row.
    AddNamedUnit(String),
    SetUnitBase {
        index: usize,
        base: u64,
    },
    SetUnitDone {
        index: usize,
        done: Option<u64>,
    },
    SetUnitExclusion {
        index: usize,
        reason: ExclusionReason,
        count: u64,
    },
    SetUnitQuota {
        index: usize,
        quota: Option<u64>,
    },
    /// Records the unit's current done figure as the figure of `date` in its history (replacing
    /// one already recorded for that date), for the run rate.
    RecordHistory {
        index: usize,
        date: NaiveDate,
    },
    /// Removes the history point of `date`.
    RemoveHistory {
        index: usize,
        date: NaiveDate,
    },
    RemoveUnit(usize),
    RemoveAllUnits,
    /// Replaces the units (a spreadsheet import), keeping at most [`MAX_UNITS`].
    ReplaceUnits(Vec<Unit>),
    /// Appends units (a spreadsheet import in "add" mode), skipping communes already present.
    AppendUnits(Vec<Unit>),
    /// Assigns quotas to units in order (an apportionment); `None` returns a unit to
    /// target × base.
    SetQuotas(Vec<Option<u64>>),
}

/// Applies one edit. Out-of-range indices are ignored (a stale click after a removal must not
/// panic); adding beyond [`MAX_UNITS`] or [`MAX_PHASES`] stops at the limit.
pub fn apply(campaign: &mut Campaign, edit: CampaignEdit) {
    match edit {
        CampaignEdit::Replace(next) => *campaign = next,
        CampaignEdit::SetName(name) => campaign.name = name,
        CampaignEdit::SetArea(area) => campaign.area = area,
        CampaignEdit::SetIndicatorKind(kind) => campaign.indicator.kind = kind,
        CampaignEdit::SetIndicatorLabel(label) => {
            let label = label.trim();
            campaign.indicator.label = (!label.is_empty()).then(|| label.to_owned());
        }
        CampaignEdit::SetStart(date) => campaign.start = date,
        CampaignEdit::SetDeadline(date) => campaign.deadline = date,
        CampaignEdit::SetTarget(share) => campaign.target = share,
        CampaignEdit::SetFlagThreshold(share) => campaign.flag_threshold = share,
        CampaignEdit::SetDayKind(kind) => campaign.day_counting.kind = kind,
        CampaignEdit::SetTodayCounts(counts) => campaign.day_counting.today_counts = counts,
        CampaignEdit::SetRounding(rounding) => campaign.rounding = rounding,
        CampaignEdit::SetTargetBase(base) => campaign.target_base = base,
        CampaignEdit::AddPhase => {
            if campaign.phases.len() < MAX_PHASES {
                let given: u32 = campaign
                    .phases
                    .iter()
                    .map(|p| match p.target {
                        super::PhaseTarget::ShareOfQuota(share) => share.0,
                        super::PhaseTarget::Count(_) => 0,
                    })
                    .sum();
                let rest = BasisPoints::HUNDRED.0.saturating_sub(given);
                campaign.phases.push(Phase {
                    end: campaign.deadline,
                    target: super::PhaseTarget::ShareOfQuota(BasisPoints(rest)),
                    label: None,
                });
            }
        }
        CampaignEdit::SetPhase { index, phase } => {
            if let Some(slot) = campaign.phases.get_mut(index) {
                *slot = phase;
            }
        }
        CampaignEdit::RemovePhase(index) => {
            if index < campaign.phases.len() {
                campaign.phases.remove(index);
            }
        }
        CampaignEdit::AddCommunes(codes) => {
            let mut present = commune_codes(campaign);
            for code in codes {
                if campaign.units.len() >= MAX_UNITS {
                    break;
                }
                if present.insert(code) {
                    campaign
                        .units
                        .push(Unit::new(Place::Commune(code), 0, None));
                }
            }
        }
        CampaignEdit::AddNamedUnit(name) => {
            let name = name.trim();
            if !name.is_empty() && campaign.units.len() < MAX_UNITS {
                campaign
                    .units
                    .push(Unit::new(Place::Named(name.to_owned()), 0, None));
            }
        }
        CampaignEdit::SetUnitBase { index, base } => {
            if let Some(unit) = campaign.units.get_mut(index) {
                unit.base = base;
            }
        }
        CampaignEdit::SetUnitDone { index, done } => {
            if let Some(unit) = campaign.units.get_mut(index) {
                unit.done = done;
            }
        }
        CampaignEdit::SetUnitExclusion {
            index,
            reason,
            count,
        } => {
            if let Some(unit) = campaign.units.get_mut(index) {
                unit.exclusions.set(reason, count);
            }
        }
        CampaignEdit::SetUnitQuota { index, quota } => {
            if let Some(unit) = campaign.units.get_mut(index) {
                unit.quota = quota;
            }
        }
        CampaignEdit::RecordHistory { index, date } => {
            if let Some(unit) = campaign.units.get_mut(index)
                && let Some(done) = unit.done
            {
                unit.history.retain(|p| p.date != date);
                if unit.history.len() < super::MAX_HISTORY {
                    unit.history.push(super::DonePoint { date, done });
                    unit.history.sort_by_key(|p| p.date);
                }
            }
        }
        CampaignEdit::RemoveHistory { index, date } => {
            if let Some(unit) = campaign.units.get_mut(index) {
                unit.history.retain(|p| p.date != date);
            }
        }
        CampaignEdit::RemoveUnit(index) => {
            if index < campaign.units.len() {
                campaign.units.remove(index);
            }
        }
        CampaignEdit::RemoveAllUnits => campaign.units.clear(),
        CampaignEdit::ReplaceUnits(mut units) => {
            units.truncate(MAX_UNITS);
            campaign.units = units;
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
                    campaign.units.push(unit);
                }
            }
        }
        CampaignEdit::SetQuotas(quotas) => {
            for (unit, quota) in campaign.units.iter_mut().zip(quotas) {
                unit.quota = quota;
            }
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

/// A new organization-account campaign from a bulk check's per-commune counts: one unit per
/// commune, the distinct organizations as the base and the inactive ones as exclusions
/// (registered but not operating enterprises are excluded from targets, docs/rules.md §3.1). No
/// figure is done yet; start today, deadline in 30 days, target 80 %, threshold 70 %.
pub fn campaign_from_counts(
    counts: &crate::rules::bulk::export::CommuneCounts,
    name: &str,
    today: NaiveDate,
) -> Campaign {
    let deadline = today
        .checked_add_days(chrono::Days::new(30))
        .unwrap_or(today);
    let mut campaign = Campaign::new(
        name,
        super::Indicator::of(IndicatorKind::OrganizationAccounts),
        today,
        deadline,
    );
    campaign.area = counts.province.map(|p| p.get());
    let mut rows: Vec<_> = counts.rows.iter().take(MAX_UNITS).collect();
    rows.sort_by_key(|(code, _, _)| code.get());
    campaign.units = rows
        .into_iter()
        .map(|&(code, total, inactive)| {
            let mut unit = Unit::new(Place::Commune(code.get()), u64::from(total), None);
            unit.exclusions.set(
                ExclusionReason::InactiveEnterprise,
                u64::from(inactive.min(total)),
            );
            unit
        })
        .collect();
    campaign
}
