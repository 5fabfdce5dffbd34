//! The first tracker's model: one indicator per campaign. Files exported with it, drafts saved by
//! it and its share links (versions 1 and 2) still open: they are read into [`CampaignV2`] and
//! migrated to the current [`Campaign`] with one indicator — nothing is lost, every field has its
//! place in the new model.

use std::rc::Rc;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{
    BaseSource, BasisPoints, Campaign, DEFAULT_FLAG_THRESHOLD, DayCounting, DonePoint, Exclusions,
    IndicatorKind, Measure, Phase, Place, Rounding, Tally, TargetBase, Unit, serde_date,
};

/// The indicator of the one-indicator model: a kind and an optional label.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct IndicatorV2 {
    /// What was counted.
    pub kind: IndicatorKind,
    /// Its more specific name.
    #[serde(default)]
    pub label: Option<String>,
}

/// A unit of the one-indicator model.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct UnitV2 {
    /// Commune code or name.
    pub place: Place,
    /// Base before exclusions.
    pub base: u64,
    /// Exclusions.
    #[serde(default)]
    pub exclusions: Exclusions,
    /// Done.
    #[serde(default)]
    pub done: Option<u64>,
    /// Assigned quota.
    #[serde(default)]
    pub quota: Option<u64>,
    /// Dated figures.
    #[serde(default)]
    pub history: Vec<DonePoint>,
    /// Made-up figures.
    #[serde(default)]
    pub illustrative: bool,
}

/// A campaign of the one-indicator model, as its JSON files and share links held it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CampaignV2 {
    /// Title.
    pub name: String,
    /// Province code.
    #[serde(default)]
    pub area: Option<u8>,
    /// The one indicator.
    pub indicator: IndicatorV2,
    /// Start.
    #[serde(with = "serde_date")]
    pub start: NaiveDate,
    /// Deadline.
    #[serde(with = "serde_date")]
    pub deadline: NaiveDate,
    /// Phases.
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Target share.
    pub target: BasisPoints,
    /// Flag threshold.
    #[serde(default = "default_threshold")]
    pub flag_threshold: BasisPoints,
    /// Day counting.
    #[serde(default)]
    pub day_counting: DayCounting,
    /// Rounding.
    #[serde(default)]
    pub rounding: Rounding,
    /// With or without exclusions.
    #[serde(default)]
    pub target_base: TargetBase,
    /// Rows.
    pub units: Vec<UnitV2>,
}

fn default_threshold() -> BasisPoints {
    DEFAULT_FLAG_THRESHOLD
}

impl From<CampaignV2> for Campaign {
    /// One indicator with the old campaign's settings; each unit's figures become its tally.
    /// The figures' date was not part of the old model: `as_of` is `None` (today).
    fn from(old: CampaignV2) -> Campaign {
        let indicator = super::Indicator {
            kind: old.indicator.kind,
            label: old.indicator.label,
            base: BaseSource::Own,
            measure: Measure::Cumulative,
            target: old.target,
            deadline: old.deadline,
            phases: old.phases,
            rounding: old.rounding,
            target_base: old.target_base,
            flag_threshold: old.flag_threshold,
        };
        Campaign {
            name: old.name,
            area: old.area,
            start: old.start,
            as_of: None,
            day_counting: old.day_counting,
            indicators: vec![indicator],
            units: old
                .units
                .into_iter()
                .map(|u| {
                    Rc::new(Unit {
                        place: u.place,
                        tallies: vec![Tally {
                            base: u.base,
                            exclusions: u.exclusions,
                            done: u.done,
                            quota: u.quota,
                            history: u.history,
                            months: Vec::new(),
                        }],
                        illustrative: u.illustrative,
                    })
                })
                .collect(),
        }
    }
}
