//! A campaign opened from a shared link: read-only, computed as of the figures' date the sender
//! shared (so the recipient sees what the sender saw), with that date and today side by side and
//! what changed since; "Sửa một bản sao". A damaged link or one from a newer version gives a
//! clear message and a working page — never a blank screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::campaign::{self as words, change};
use crate::catalogue::date as day;
use crate::catalogue::{Localized, campaign_page as t, shell};
use crate::forms::campaign::{DRAFT_NAME, DRAFT_VERSION, TrackerState};
use crate::route::Route;
use crate::rules::campaign::VietnamCalendar;
use crate::rules::campaign::metrics::{Change, changes_since, report};
use crate::rules::campaign::share_link;
use crate::ui::browser;
use crate::ui::drafts;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::pages::campaign::results::Results;
use crate::ui::pages::campaign::share::{LinkPanel, share_url};
use crate::ui::shell::{use_page_title, use_shell};

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub payload: AttrValue,
}

#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let today = shell.today;
    let decoded = use_memo(props.payload.clone(), |payload| {
        share_link::decode(payload).map(Rc::new)
    });
    use_page_title(words::TITLE, decoded.is_err());
    // Every hook runs on every render, whatever the link holds (the same view may be given
    // another link when the address changes).
    let reports = use_memo((decoded.clone(), today), |(decoded, today)| {
        let Ok(campaign) = &**decoded else {
            return None;
        };
        let campaign: &crate::rules::campaign::Campaign = campaign;
        // The sender's figures' date; a link of the first tracker has none: today.
        let then = campaign.figures_date(*today);
        let at_then = report(campaign, then, &VietnamCalendar);
        let at_now = report(campaign, *today, &VietnamCalendar);
        let changes = changes_since(campaign, &at_then, &at_now);
        Some((Rc::new(at_then), changes))
    });
    let (campaign, (figures, changes)) = match (&*decoded, &*reports) {
        (Ok(c), Some(r)) => (c.clone(), r),
        (Err(error), _) => {
            return html! {
                <>
                    <h1 id={PAGE_TITLE_ID} tabindex="-1">{ t::LINK_ERROR_HEADING.get(lang) }</h1>
                    <div class="panel panel--stop" role="alert">
                        <p>{ error.localize(lang) }</p>
                    </div>
                    <p><a class="button" href={Route::Campaign { shared: None }.to_hash()}>{ t::OPEN_EMPTY_TRACKER.get(lang) }</a></p>
                </>
            };
        }
        (Ok(_), None) => return html! {},
    };
    let figures_date = campaign.figures_date(today);
    let edit_copy = {
        let campaign = campaign.clone();
        Callback::from(move |_: MouseEvent| {
            let state = TrackerState::of((*campaign).clone());
            drafts::write_draft(DRAFT_NAME, DRAFT_VERSION, &state);
            browser::set_location_hash(&Route::Campaign { shared: None }.to_hash());
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let (first, rest) = match changes.split_first() {
        Some((first, rest)) => (Some(first), rest),
        None => (None, &[][..]),
    };
    let lead = t::shared_lead(
        campaign.indicators.len(),
        &day(campaign.start),
        &day(campaign.last_deadline()),
        lang,
    );
    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ campaign.name.clone() }</h1>
            <p class="lead">{ lead }</p>
            <div class="panel panel--info shared-dates">
                <p class="verdict">{ t::figures_date_line(&day(figures_date), campaign.as_of.is_some(), lang) }</p>
                <p>{ t::today_line(&day(today), lang) }</p>
                if let Some(first) = first {
                    if !matches!(first, Change::DaysPassed { days: 0 }) || !rest.is_empty() {
                        <p>{ change(first, &campaign, lang) }</p>
                    }
                }
                if !rest.is_empty() {
                    <ul class="changes">
                        { for rest.iter().map(|c| html! { <li>{ change(c, &campaign, lang) }</li> }) }
                    </ul>
                }
                <p class="hint no-print">{ t::SHARED_NOTE.get(lang) }</p>
            </div>
            <div class="button-group no-print">
                <button type="button" class="button" onclick={edit_copy}>{ t::EDIT_A_COPY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={print}>{ shell::PRINT.get(lang) }</button>
            </div>
            <p class="hint no-print">{ t::EDIT_A_COPY_HINT.get(lang) }</p>
            <Results campaign={campaign.clone()} report={figures.clone()} />
            <section class="section share no-print" aria-labelledby="shared-link-title">
                <h2 id="shared-link-title">{ t::SHARE_HEADING.get(lang) }</h2>
                <LinkPanel link={AttrValue::from(share_url(&campaign, figures_date))} />
            </section>
        </>
    }
}
