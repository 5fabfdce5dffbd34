//! Campaign progress tracker (`#/chien-dich`): the editor, and the read-only view of a shared
//! link (`#/chien-dich/<link>`). The page's state is `forms::campaign` (native, tested without a
//! browser); all figures come from `rules::campaign`.

mod chart;
mod import;
mod results;
mod settings;
mod share;
mod shared;
mod tools;
mod transfer;
mod units;

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::catalogue::campaign::{self as words, problem};
use crate::catalogue::{Localized, campaign_page as t, shell};
use crate::first_paint::CAMPAIGN_HEAD;
use crate::forms::Reducer;
use crate::forms::campaign::{
    DRAFT_NAME, DRAFT_VERSION, TableFileError, TrackerAction, TrackerState,
};
use crate::forms::intake::LoadError;
use crate::rules::bulk::export::{CommuneCounts, HANDOVER_KEY};
use crate::rules::campaign::VietnamCalendar;
use crate::rules::campaign::edit::{CampaignEdit, campaign_from_counts};
use crate::rules::campaign::examples::ExampleId;
use crate::rules::campaign::metrics::{CampaignReport, report, report_after_edit};
use crate::ui::browser;
use crate::ui::drafts::use_draft_reducer;
use crate::ui::files::intake::{self, WorkerSlot, use_intake_focus, use_intake_work};
use crate::ui::shell::{use_page_title, use_shell};
use crate::ui::widgets::{ParsedField, draft_notice, page_heading};

use import::WeeklyImport;
use results::Results;
use settings::{Settings, applying, date_parser, date_text};
use share::Share;
use tools::QuotaSplit;
use transfer::Transfer;
use units::{AddUnits, UnitEditor};

impl Reducible for TrackerState {
    type Action = TrackerAction;
    fn reduce(self: Rc<Self>, action: TrackerAction) -> Rc<Self> {
        Reducer::apply(self, action)
    }
}

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
    let today = shell.today;
    let (state, notice) = use_draft_reducer::<TrackerState>(DRAFT_NAME, DRAFT_VERSION);
    use_page_title(words::TITLE, false);

    let campaign = state.campaign.clone();
    let as_of = campaign.figures_date(today);
    // The report of the figures shown, kept between renders: after an edit of one indicator's
    // unit figures only the indicators that can move are computed again.
    let last = use_mut_ref(|| None::<Rc<CampaignReport>>);
    let figures = {
        let campaign = campaign.clone();
        let edited = state.figures_edited;
        let last = last.clone();
        use_memo((campaign, as_of), move |(c, as_of)| {
            let previous = last.borrow().clone();
            let next = match (previous, edited) {
                (Some(previous), Some(i)) => {
                    report_after_edit(&previous, c, *as_of, &VietnamCalendar, i)
                }
                _ => report(c, *as_of, &VietnamCalendar),
            };
            let next = Rc::new(next);
            *last.borrow_mut() = Some(next.clone());
            next
        })
    };
    let figures: Rc<_> = (*figures).clone();
    let problems = use_memo(campaign.clone(), |c| c.validate());

    let act = {
        let state = state.clone();
        Callback::from(move |action: TrackerAction| state.dispatch(action))
    };
    // A weekly table's file on its way in: the worker's tasks, and focus on each new question
    // (the sheet picker, the TCVN3/VNI preview).
    let on_intake = {
        let act = act.clone();
        Callback::from(move |action| act.emit(TrackerAction::File { action, today }))
    };
    let slot = use_intake_work(&state.intake, on_intake.clone());
    use_intake_focus(state.intake.intake.as_ref());
    let on_file = {
        let act = act.clone();
        let slot = slot.clone();
        Callback::from(move |file: web_sys::File| open_file(file, act.clone(), slot.clone(), today))
    };
    let on_cancel_file = intake::cancel_file(&slot, &on_intake, import::FILE_ID);
    transfer::use_progress_xlsx(&state, &figures, &slot, lang);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |edit| state.dispatch(TrackerAction::Edit(edit)))
    };
    let load = |id: ExampleId| {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit(TrackerAction::LoadExample(id)))
    };
    let new_campaign = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| {
            act.emit(TrackerAction::New {
                name: t::DEFAULT_NAME.get(lang).to_owned(),
                today,
            })
        })
    };
    let on_edit_unit = {
        let act = act.clone();
        Callback::from(move |index: usize| act.emit(TrackerAction::ToggleUnit(index)))
    };
    // The panel opens above the table: move the focus to it, so keyboard and screen-reader
    // users land where the figures are.
    use_effect_with(state.editing, |editing| {
        if editing.is_some() {
            browser::focus_id("unit-editor");
        }
    });
    let edit_panel = state.editing.and_then(|index| {
        let unit = campaign.units.get(index)?.clone();
        let act = act.clone();
        let on_close = Callback::from(move |()| act.emit(TrackerAction::CloseUnit));
        Some(html! {
            <UnitEditor key={index} {index} {unit} campaign={campaign.clone()} report={figures.clone()}
                dispatch={dispatch.clone()} {on_close} {as_of} />
        })
    });
    let on_as_of = {
        let dispatch = dispatch.clone();
        applying(date_parser(lang), move |d: NaiveDate| {
            dispatch.emit(CampaignEdit::SetAsOf(Some(d)))
        })
    };
    let as_of_today = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::SetAsOf(None)))
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
        let act = act.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(counts) = &*handover {
                let name = t::handover_name(counts.rows.len(), lang);
                act.emit(TrackerAction::Open(campaign_from_counts(
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
        <div class="campaign-page">
            { page_heading(CAMPAIGN_HEAD, true, lang) }
            { draft_notice(notice, html! {}, lang) }

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
                <p>{ t::as_of_line(&crate::catalogue::date(as_of), lang) }</p>
            </div>

            <div class="no-print as-of">
                <ParsedField id="campaign-as-of" label={t::AS_OF_LABEL.get(lang)} hint={t::AS_OF_HINT.get(lang)}
                    canonical={date_text(as_of)} width="input--medium" apply={on_as_of} />
                if campaign.as_of.is_some_and(|d| d != today) {
                    <button type="button" class="link-button" onclick={as_of_today}>{ t::as_of_today(&crate::catalogue::date(today), lang) }</button>
                }
            </div>

            if !problems.is_empty() {
                <section class="panel panel--warning no-print" aria-labelledby="problems-title">
                    <h2 id="problems-title">{ t::PROBLEMS_HEADING.get(lang) }</h2>
                    <ul>{ for problems.iter().take(50).map(|p| html! { <li>{ problem(p, &campaign, lang) }</li> }) }</ul>
                </section>
            }

            <Results campaign={campaign.clone()} report={figures.clone()}
                on_edit_unit={Some(on_edit_unit)} editing={state.editing} {edit_panel} />

            if let Some(id) = state.example {
                <PublishedFigures {id} />
            }

            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ shell::PRINT.get(lang) }</button>
            </div>

            <WeeklyImport campaign={campaign.clone()} import={state.import.clone()} imported={state.imported.clone()}
                dispatch={act.clone()} {today} intake={state.intake.clone()} file_error={state.file_error}
                {on_file} {on_intake} {on_cancel_file} />
            <AddUnits campaign={campaign.clone()} dispatch={dispatch.clone()} />
            <details class="section no-print" open={campaign.units.is_empty()}>
                <summary>{ t::SETTINGS_HEADING.get(lang) }</summary>
                <Settings campaign={campaign.clone()} dispatch={dispatch.clone()} />
            </details>
            <QuotaSplit campaign={campaign.clone()} dispatch={dispatch.clone()} />
            <Share campaign={campaign.clone()} {as_of} />
            <Transfer campaign={campaign.clone()} open={act.clone()} {as_of} xlsx={state.xlsx.clone()}
                on_cancel_xlsx={cancel_xlsx(&act, &slot)} />
        </div>
    }
}

/// Opens a chosen or dropped file: read on the page, or handed to the file worker through the
/// intake ([`intake::open_file`]); a file the browser cannot read at all changes nothing else.
fn open_file(
    file: web_sys::File,
    act: Callback<TrackerAction>,
    slot: Rc<WorkerSlot>,
    today: NaiveDate,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let action = match intake::open_file(file, &slot).await {
            Ok(action) => TrackerAction::File { action, today },
            Err(LoadError::Read(crate::rules::delimited::ReadError::TooLarge {
                bytes, ..
            })) => TrackerAction::FileNotRead(TableFileError::TooLarge { bytes }),
            Err(LoadError::Empty) => TrackerAction::FileNotRead(TableFileError::Empty),
            Err(_) => TrackerAction::FileNotRead(TableFileError::Unreadable),
        };
        act.emit(action);
    });
}

/// "Dừng" while the .xlsx is written: the worker stops, the download is dropped.
fn cancel_xlsx(act: &Callback<TrackerAction>, slot: &Rc<WorkerSlot>) -> Callback<()> {
    let act = act.clone();
    let slot = slot.clone();
    Callback::from(move |()| {
        slot.cancel();
        act.emit(TrackerAction::Xlsx(
            crate::forms::download::DownloadAction::Cancel,
        ));
    })
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
        <section class="section no-print published-figures" aria-labelledby="figures-title">
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
                            let what = t::figure_name(
                                &f.figure.localize(lang),
                                f.indicator.map(|i| words::indicator_name(&example.campaign, i, lang)).as_deref(),
                                f.phase,
                                lang,
                            );
                            let note = match f.note {
                                Some(n) => n.localize(lang),
                                None if f.agrees() => t::AGREES.get(lang).to_owned(),
                                None => String::new(),
                            };
                            html! {
                                <tr class={classes!((!f.agrees()).then_some("row--differs"))}>
                                    <th scope="row">{ what }</th>
                                    <td class="num">{ f.published.localize(lang) }</td>
                                    <td class="num">{ f.computed.map_or_else(|| words::DASH.to_owned(), |c| c.localize(lang)) }</td>
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
