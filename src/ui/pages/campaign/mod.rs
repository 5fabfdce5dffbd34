//! Campaign progress tracker (`#/chien-dich`): the editor, and the read-only view of a shared
//! link (`#/chien-dich/<link>`). All figures come from `rules::campaign`.

mod results;
mod settings;
mod share;
mod shared;
pub mod state;
mod tools;
mod transfer;
mod units;

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::catalogue::{Localized, campaign as rules_text, campaign_page as t, shell};
use crate::rules::bulk::export::{CommuneCounts, HANDOVER_KEY};
use crate::rules::campaign::VietnamCalendar;
use crate::rules::campaign::edit::campaign_from_counts;
use crate::rules::campaign::examples::ExampleId;
use crate::rules::campaign::metrics::report;
use crate::ui::browser;
use crate::ui::drafts::{DraftNotice, use_draft_reducer};
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::shell::{use_page_title, use_shell};
use crate::ui::widgets::ParsedField;

use results::Results;
use settings::{Settings, applying, date_parser, date_text};
use share::Share;
use state::{DRAFT_NAME, DRAFT_VERSION, TrackerAction, TrackerState};
use tools::QuotaSplit;
use transfer::Transfer;
use units::{AddUnits, UnitEditor};

#[derive(Properties, PartialEq)]
pub struct CampaignPageProps {
    /// The shared state after `#/chien-dich/`, if the page was opened from a link.
    pub shared: Option<AttrValue>,
}

#[component]
pub fn CampaignPage(props: &CampaignPageProps) -> Html {
    match &props.shared {
        Some(payload) => html! { <shared::SharedView payload={payload.clone()} /> },
        None => html! { <Editor /> },
    }
}

#[component]
fn Editor() -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let (state, notice) = use_draft_reducer::<TrackerState>(DRAFT_NAME, DRAFT_VERSION);
    let editing = use_state(|| None::<usize>);
    use_page_title(rules_text::TITLE, false);

    let campaign = use_memo(state.campaign.clone(), |c| Rc::new(c.clone()));
    let campaign: Rc<_> = (*campaign).clone();
    let as_of = state.as_of_date(shell.today);
    let figures = {
        let campaign = campaign.clone();
        use_memo((campaign, as_of), |(c, as_of)| {
            Rc::new(report(c, *as_of, &VietnamCalendar))
        })
    };
    let figures: Rc<_> = (*figures).clone();
    let problems = use_memo(campaign.clone(), |c| c.validate());

    let dispatch = {
        let state = state.clone();
        Callback::from(move |edit| state.dispatch(TrackerAction::Edit(edit)))
    };
    let open = {
        let state = state.clone();
        let editing = editing.clone();
        Callback::from(move |action| {
            editing.set(None);
            state.dispatch(action);
        })
    };
    let load = |id: ExampleId| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.emit(TrackerAction::LoadExample(id)))
    };
    let new_campaign = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.emit(TrackerAction::New(lang)))
    };
    let on_edit_unit = {
        let editing = editing.clone();
        Callback::from(move |index: usize| {
            editing.set(if *editing == Some(index) {
                None
            } else {
                Some(index)
            });
        })
    };
    let edit_panel = editing.and_then(|index| {
        let unit = campaign.units.get(index)?.clone();
        let editing = editing.clone();
        let on_close = Callback::from(move |()| editing.set(None));
        Some(html! {
            <UnitEditor key={index} {index} {unit} campaign={campaign.clone()} report={figures.clone()}
                dispatch={dispatch.clone()} {on_close} {as_of} />
        })
    });
    let on_as_of = {
        let state = state.clone();
        applying(date_parser(lang), move |d: NaiveDate| {
            state.dispatch(TrackerAction::SetAsOf(Some(d)))
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());

    // Per-commune counts handed over by the bulk list check (this tab only).
    let handover = use_state(|| {
        browser::session_peek(HANDOVER_KEY)
            .and_then(|text| browser::from_json::<CommuneCounts>(&text))
            .filter(|c| c.version == CommuneCounts::VERSION && !c.rows.is_empty())
    });
    let take_handover = {
        let handover = handover.clone();
        let open = open.clone();
        let today = shell.today;
        Callback::from(move |_: MouseEvent| {
            if let Some(counts) = &*handover {
                let name = t::handover_name(counts.rows.len(), lang);
                open.emit(TrackerAction::Open(campaign_from_counts(
                    counts, &name, today,
                )));
            }
            browser::session_take(HANDOVER_KEY);
            handover.set(None);
        })
    };
    let dismiss_handover = {
        let handover = handover.clone();
        Callback::from(move |_: MouseEvent| {
            browser::session_take(HANDOVER_KEY);
            handover.set(None);
        })
    };

    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ shell::CAMPAIGN_HEADING.title.get(lang) }</h1>
            <p class="lead no-print">{ shell::CAMPAIGN_HEADING.lead.get(lang) }</p>
            if let Some(note) = shell::CAMPAIGN_HEADING.privacy {
                <p class="hint no-print">{ note.get(lang) }</p>
            }
            { match notice {
                Some(DraftNotice::Restored) => html! { <p class="info-message no-print">{ shell::DRAFT_RESTORED.get(lang) }</p> },
                Some(DraftNotice::Dropped) => html! { <p class="warning-message no-print">{ shell::DRAFT_DROPPED.get(lang) }</p> },
                None => html! {},
            } }

            if let Some(counts) = &*handover {
                <div class="panel panel--info no-print" role="status">
                    <p><strong>{ t::HANDOVER_NOTICE.get(lang) }</strong></p>
                    <p>{ t::handover_summary(counts, lang) }</p>
                    <div class="button-group">
                        <button type="button" class="button" onclick={take_handover}>{ t::HANDOVER_CREATE.get(lang) }</button>
                        <button type="button" class="button button--secondary" onclick={dismiss_handover}>{ t::HANDOVER_DISMISS.get(lang) }</button>
                    </div>
                </div>
            }

            <section class="section no-print" aria-labelledby="examples-title">
                <h2 id="examples-title">{ t::EXAMPLES_HEADING.get(lang) }</h2>
                <p class="hint">{ t::EXAMPLES_HINT.get(lang) }</p>
                <div class="button-group">
                    { for ExampleId::ALL.iter().map(|&id| html! {
                        <button type="button" class="button button--secondary" onclick={load(id)}>{ id.localize(lang) }</button>
                    }) }
                    <button type="button" class="link-button" onclick={new_campaign}>{ t::NEW_CAMPAIGN.get(lang) }</button>
                </div>
            </section>

            <div class="print-only">
                <p class="verdict">{ campaign.name.clone() }</p>
                <p>{ format!("{} {}", t::AS_OF_LABEL.get(lang), date_text(as_of)) }</p>
            </div>

            <div class="no-print">
                <ParsedField id="campaign-as-of" label={t::AS_OF_LABEL.get(lang)} hint={t::AS_OF_HINT.get(lang)}
                    canonical={date_text(as_of)} width="input--medium" apply={on_as_of} />
            </div>

            if !problems.is_empty() {
                <section class="panel panel--warning" aria-labelledby="problems-title">
                    <h2 id="problems-title">{ t::PROBLEMS_HEADING.get(lang) }</h2>
                    <ul>{ for problems.iter().take(50).map(|p| html! { <li>{ p.localize(lang) }</li> }) }</ul>
                </section>
            }

            <Results campaign={campaign.clone()} report={figures.clone()}
                on_edit_unit={Some(on_edit_unit)} editing={*editing} {edit_panel} />

            if let Some(id) = state.example {
                <PublishedFigures {id} />
            }

            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ shell::PRINT.get(lang) }</button>
            </div>

            <AddUnits campaign={campaign.clone()} dispatch={dispatch.clone()} />
            <details class="section no-print" open={campaign.units.is_empty()}>
                <summary>{ t::SETTINGS_HEADING.get(lang) }</summary>
                <Settings campaign={campaign.clone()} dispatch={dispatch.clone()} />
            </details>
            <QuotaSplit campaign={campaign.clone()} dispatch={dispatch.clone()} />
            <Share campaign={campaign.clone()} />
            <Transfer campaign={campaign.clone()} dispatch={dispatch.clone()} {open} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PublishedFiguresProps {
    id: ExampleId,
}

/// An example's figures as the document printed them next to the tool's own computation, with
/// the reason wherever they differ — the arithmetic is never adjusted to match.
#[component]
fn PublishedFigures(props: &PublishedFiguresProps) -> Html {
    let lang = use_shell().lang;
    let example = use_memo(props.id, |id| id.load());
    html! {
        <section class="section no-print" aria-labelledby="figures-title">
            <h2 id="figures-title">{ t::FIGURES_HEADING.get(lang) }</h2>
            if !example.notes.is_empty() {
                <ul class="hint">{ for example.notes.iter().map(|n| html! { <li>{ n.localize(lang) }</li> }) }</ul>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="figures-caption">
                <table>
                    <caption id="figures-caption" class="visually-hidden">{ example.id.localize(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::COL_FIGURE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_PUBLISHED.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_COMPUTED.get(lang) }</th>
                        <th scope="col">{ t::COL_NOTE.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for example.figures.iter().map(|f| {
                            let what = match f.unit.and_then(|u| example.campaign.units.get(u)) {
                                Some(unit) => format!("{} — {}", f.figure.localize(lang), t::place_name(&unit.place, lang)),
                                None => f.figure.localize(lang),
                            };
                            let what = match f.phase {
                                Some(p) => format!("{what} ({})", t::phase_name(p, lang)),
                                None => what,
                            };
                            let note = match (&f.note, f.agrees()) {
                                (Some(n), _) => n.localize(lang),
                                (None, true) => t::AGREES.get(lang).to_owned(),
                                (None, false) => String::new(),
                            };
                            html! {
                                <tr class={classes!((!f.agrees()).then_some("row--differs"))}>
                                    <th scope="row">{ what }</th>
                                    <td class="num">{ f.published.localize(lang) }</td>
                                    <td class="num">{ f.computed.map(|c| c.localize(lang)).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ note }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
