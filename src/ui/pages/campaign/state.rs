//! The tracker's editor state: the campaign plus the "figures as of" date and which example is
//! open. Saved as a draft on every change; all changes to the campaign go through
//! [`crate::rules::campaign::edit::apply`].

use std::rc::Rc;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::catalogue::{Lang, campaign_page as t};
use crate::rules::campaign::edit::{CampaignEdit, apply};
use crate::rules::campaign::examples::ExampleId;
use crate::rules::campaign::{Campaign, Indicator, IndicatorKind};
use crate::rules::date::{DateFormat, format_date};
use crate::ui::browser;

/// Draft name and schema version in local storage.
pub const DRAFT_NAME: &str = "campaign";
pub const DRAFT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackerState {
    pub campaign: Campaign,
    /// "Figures as of" (ISO date); `None` = today.
    #[serde(default)]
    pub as_of: Option<String>,
    /// The example last opened, for its published-figures table; cleared by any edit.
    #[serde(default)]
    pub example: Option<ExampleId>,
}

impl TrackerState {
    /// The date the figures are computed for.
    pub fn as_of_date(&self, today: NaiveDate) -> NaiveDate {
        self.as_of
            .as_deref()
            .and_then(|d| crate::rules::date::parse_date(d).ok())
            .unwrap_or(today)
    }
}

/// A fresh campaign: starts today, 30 days long, 80 % target, Vietnamese default name.
pub fn empty_campaign(lang: Lang) -> Campaign {
    let today = browser::today_in_vietnam();
    let deadline = today.checked_add_days(Days::new(30)).unwrap_or(today);
    Campaign::new(
        t::DEFAULT_NAME.get(lang),
        Indicator::of(IndicatorKind::OrganizationAccounts),
        today,
        deadline,
    )
}

impl Default for TrackerState {
    fn default() -> Self {
        TrackerState {
            campaign: empty_campaign(Lang::Vi),
            as_of: None,
            example: None,
        }
    }
}

pub enum TrackerAction {
    Edit(CampaignEdit),
    LoadExample(ExampleId),
    SetAsOf(Option<NaiveDate>),
    /// An empty campaign named in the reader's language.
    New(Lang),
    /// A whole campaign from a file or a shared link.
    Open(Campaign),
}

impl Reducible for TrackerState {
    type Action = TrackerAction;

    fn reduce(self: Rc<Self>, action: TrackerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TrackerAction::Edit(edit) => {
                apply(&mut next.campaign, edit);
                next.example = None;
            }
            TrackerAction::LoadExample(id) => {
                let example = id.load();
                next.campaign = example.campaign;
                next.as_of = Some(format_date(example.as_of, DateFormat::Iso));
                next.example = Some(id);
            }
            TrackerAction::SetAsOf(date) => {
                next.as_of = date.map(|d| format_date(d, DateFormat::Iso));
            }
            TrackerAction::New(lang) => {
                next = TrackerState {
                    campaign: empty_campaign(lang),
                    as_of: None,
                    example: None,
                };
            }
            TrackerAction::Open(campaign) => {
                next = TrackerState {
                    campaign,
                    as_of: None,
                    example: None,
                };
            }
        }
        Rc::new(next)
    }
}
