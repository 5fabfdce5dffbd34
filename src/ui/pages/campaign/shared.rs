//! A campaign opened from a shared link: read-only, with "Sửa một bản sao". A damaged link or one
//! from a newer version gives a clear message and a working page — never a blank screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Localized, campaign_page as t, shell};
use crate::route::Route;
use crate::rules::campaign::VietnamCalendar;
use crate::rules::campaign::metrics::report;
use crate::rules::campaign::share_link;
use crate::ui::browser;
use crate::ui::drafts;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::pages::campaign::results::Results;
use crate::ui::pages::campaign::share::{LinkPanel, share_url};
use crate::ui::pages::campaign::state::{DRAFT_NAME, DRAFT_VERSION, TrackerState};
use crate::ui::shell::{use_page_title, use_shell};

fn day(date: chrono::NaiveDate) -> String {
    crate::rules::date::format_date(date, crate::rules::date::DateFormat::DayMonthYear)
}

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub payload: AttrValue,
}

#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let decoded = use_memo(props.payload.clone(), |payload| {
        share_link::decode(payload).map(Rc::new)
    });
    use_page_title(crate::catalogue::campaign::TITLE, decoded.is_err());
    let campaign = match &*decoded {
        Ok(c) => c.clone(),
        Err(error) => {
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
    };
    let figures = {
        let campaign = campaign.clone();
        use_memo((campaign, shell.today), |(c, today)| {
            Rc::new(report(c, *today, &VietnamCalendar))
        })
    };
    let edit_copy = {
        let campaign = campaign.clone();
        Callback::from(move |_: MouseEvent| {
            let state = TrackerState {
                campaign: (*campaign).clone(),
                as_of: None,
                example: None,
            };
            drafts::write_draft(DRAFT_NAME, DRAFT_VERSION, &state);
            browser::set_location_hash(&Route::Campaign { shared: None }.to_hash());
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ campaign.name.clone() }</h1>
            <p class="lead">{ format!("{} · {} → {}", campaign.indicator.localize(lang),
                day(campaign.start), day(campaign.deadline)) }</p>
            <div class="panel panel--info no-print"><p>{ t::SHARED_NOTE.get(lang) }</p></div>
            <div class="button-group no-print">
                <button type="button" class="button" onclick={edit_copy}>{ t::EDIT_A_COPY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={print}>{ shell::PRINT.get(lang) }</button>
            </div>
            <p class="hint no-print">{ t::EDIT_A_COPY_HINT.get(lang) }</p>
            <Results campaign={campaign.clone()} report={(*figures).clone()} />
            <section class="section share no-print" aria-labelledby="shared-link-title">
                <h2 id="shared-link-title">{ t::SHARE_HEADING.get(lang) }</h2>
                <LinkPanel link={AttrValue::from(share_url(&campaign))} />
            </section>
        </>
    }
}
