//! The address converter (`#/doi-dia-chi`): old address → today's commune, one at a time or a
//! pasted list. State, actions and reducer live in [`crate::forms::converter`]; this component
//! dispatches and renders catalogue words.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, old_address as t};
use crate::first_paint::CONVERTER_HEAD;
use crate::forms::converter::{
    Action, ConverterState, DataStatus, InputProblem, LoadFailure, MAX_LINES, Mode, export,
};
use crate::ui::browser;
use crate::ui::old_units;
use crate::ui::shell::{use_lang, use_page_title};
use crate::ui::widgets::{ChoiceOption, FieldMessages, Radios, TextArea, TextField, page_heading};

/// The Yew adapter of the native reducer.
#[derive(Default, PartialEq)]
struct PageState(ConverterState);

impl Reducible for PageState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(PageState(Rc::unwrap_or_clone(self).0.reduce(action)))
    }
}

impl Clone for PageState {
    fn clone(&self) -> Self {
        PageState(self.0.clone())
    }
}

const RESULTS_ID: &str = "converter-results";
const COPY_TEXT_ID: &str = "converter-copy-text";

fn start_loading(dispatch: UseReducerDispatcher<PageState>) {
    dispatch.dispatch(Action::DataLoading);
    old_units::load_then(move |loaded| {
        dispatch.dispatch(match loaded {
            Ok(data) => Action::DataReady(data),
            Err(failure) => Action::DataFailed(failure),
        });
    });
}

#[component]
pub fn ConverterPage() -> Html {
    let lang = use_lang();
    use_page_title(t::TITLE, false);
    let state = use_reducer(|| {
        let mut state = ConverterState::default();
        if let Some(data) = old_units::loaded() {
            state = state.reduce(Action::DataReady(data));
        }
        PageState(state)
    });
    // Opening the converter is needing the data: fetch it now (once per session).
    {
        let dispatch = state.dispatcher();
        let not_loaded = matches!(state.0.data, DataStatus::NotLoaded);
        use_effect_with((), move |_| {
            if not_loaded {
                start_loading(dispatch);
            }
        });
    }
    let copied = use_state(|| None::<bool>);
    let s = &state.0;

    let on_mode = {
        let dispatch = state.dispatcher();
        Callback::from(move |value: AttrValue| {
            let mode = if value == "many" {
                Mode::Many
            } else {
                Mode::One
            };
            dispatch.dispatch(Action::SetMode(mode));
        })
    };
    let edit = |make: fn(String) -> Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(make(text)))
    };
    let onsubmit = {
        let dispatch = state.dispatcher();
        let copied = copied.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            copied.set(None);
            dispatch.dispatch(Action::Convert);
            browser::focus_id(RESULTS_ID);
        })
    };
    let clear = {
        let dispatch = state.dispatcher();
        let copied = copied.clone();
        Callback::from(move |_| {
            copied.set(None);
            dispatch.dispatch(Action::Clear);
        })
    };
    let retry = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| start_loading(dispatch.clone()))
    };
    let data = s.data.data();
    let copy = {
        let rows = s.rows.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let text = export(&rows, data, lang, true);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                copied.set(Some(ok));
                if !ok {
                    browser::select_text_of(COPY_TEXT_ID);
                }
            });
        })
    };
    let download = {
        let rows = s.rows.clone();
        Callback::from(move |_| {
            let csv = export(&rows, data, lang, false);
            browser::download(t::CSV_FILE_NAME.get(lang), "text/csv;charset=utf-8", &csv);
        })
    };

    let problem = s.problem.map(|p| match p {
        InputProblem::Empty => match s.mode {
            Mode::One => t::NOTHING_TO_CONVERT.get(lang).to_owned(),
            Mode::Many => t::NOTHING_PASTED.get(lang).to_owned(),
        },
        InputProblem::TooManyLines { found } => t::too_many_lines(found, MAX_LINES, lang),
    });
    let first_field_messages = |id: &str| {
        let focus = match s.mode {
            Mode::One => "converter-line",
            Mode::Many => "converter-list",
        };
        FieldMessages {
            error: problem.clone().filter(|_| id == focus).map(AttrValue::from),
            ..FieldMessages::default()
        }
    };
    let mode_value: AttrValue = match s.mode {
        Mode::One => "one".into(),
        Mode::Many => "many".into(),
    };

    html! {
        <>
            { page_heading(CONVERTER_HEAD, true, lang) }
            { data_status(&s.data, lang, retry) }
            <form class="form" novalidate=true {onsubmit}>
                <Radios id="converter-mode" legend={t::MODE_LEGEND.get(lang)} inline=true
                    options={vec![
                        ChoiceOption::new("one", t::MODE_ONE.get(lang)),
                        ChoiceOption::new("many", t::MODE_MANY.get(lang)),
                    ]}
                    selected={Some(mode_value)} onchange={on_mode} />
                if s.mode == Mode::One {
                    <TextField id="converter-commune" label={t::FIELD_COMMUNE.get(lang)}
                        value={s.commune.clone()} oninput={edit(Action::EditCommune)} spellcheck={false} />
                    <TextField id="converter-district" label={t::FIELD_DISTRICT.get(lang)}
                        value={s.district.clone()} oninput={edit(Action::EditDistrict)} spellcheck={false} />
                    <TextField id="converter-province" label={t::FIELD_PROVINCE.get(lang)}
                        hint={AttrValue::from(t::FIELD_PROVINCE_HINT.get(lang))}
                        value={s.province.clone()} oninput={edit(Action::EditProvince)} spellcheck={false} />
                    <TextField id="converter-line" label={t::FIELD_LINE.get(lang)}
                        hint={AttrValue::from(t::FIELD_LINE_HINT.get(lang))}
                        value={s.line.clone()} oninput={edit(Action::EditLine)} spellcheck={false}
                        messages={first_field_messages("converter-line")} />
                } else {
                    <TextArea id="converter-list" label={t::FIELD_MANY.get(lang)}
                        hint={AttrValue::from(t::FIELD_MANY_HINT.get(lang))}
                        value={s.pasted.clone()} oninput={edit(Action::EditPasted)} rows={10}
                        messages={first_field_messages("converter-list")} />
                }
                <div class="button-group">
                    <button type="submit" class="button">{ t::CONVERT.get(lang) }</button>
                    <button type="button" class="button button--secondary" onclick={clear}>{ t::CLEAR.get(lang) }</button>
                </div>
            </form>
            <section id={RESULTS_ID} tabindex="-1" aria-labelledby="converter-results-title" aria-live="polite">
                if s.pending {
                    <p class="hint" role="status">{ t::LOADING.get(lang) }</p>
                } else if !s.rows.is_empty() {
                    <h2 id="converter-results-title">{ t::RESULTS.get(lang) }</h2>
                    { results(s, lang) }
                    <div class="button-group no-print">
                        <button type="button" class="button button--secondary" onclick={copy}>{ t::COPY.get(lang) }</button>
                        <button type="button" class="button button--secondary" onclick={download}>{ t::DOWNLOAD_CSV.get(lang) }</button>
                    </div>
                    if let Some(ok) = *copied {
                        <p class="info-message" role="status">{ if ok { t::COPIED.get(lang) } else { t::COPY_REFUSED.get(lang) } }</p>
                        if !ok {
                            <label for={COPY_TEXT_ID}>{ t::RESULTS_TEXT_LABEL.get(lang) }</label>
                            <textarea id={COPY_TEXT_ID} readonly=true rows="6"
                                value={export(&s.rows, data, lang, true)} />
                        }
                    }
                }
            </section>
        </>
    }
}

/// The data's loading state and, on failure, what to do.
fn data_status(data: &DataStatus, lang: Lang, retry: Callback<MouseEvent>) -> Html {
    match data {
        DataStatus::Loading => html! {
            <p class="hint" role="status">{ t::LOADING.get(lang) }</p>
        },
        DataStatus::Failed(failure) => {
            let message = match failure {
                LoadFailure::Offline | LoadFailure::Unavailable { .. } | LoadFailure::NotBuilt => {
                    t::LOAD_OFFLINE
                }
                LoadFailure::Damaged(_) => t::LOAD_DAMAGED,
            };
            html! {
                <div class="panel panel--warning" role="alert">
                    <p>{ message.get(lang) }</p>
                    <button type="button" class="button button--secondary" onclick={retry}>{ t::RETRY.get(lang) }</button>
                </div>
            }
        }
        DataStatus::NotLoaded | DataStatus::Ready(_) => Html::default(),
    }
}

fn results(s: &ConverterState, lang: Lang) -> Html {
    let data = s.data.data();
    let (resolved, splits) = s.counts();
    let any_old = s.rows.iter().any(|r| r.outcome.is_old_address());
    html! {
        <>
            if s.rows.len() > 1 {
                <p>{ t::summary(s.rows.len(), resolved, splits, lang) }</p>
            }
            <ol class="converter-results">
                { for s.rows.iter().map(|row| {
                    let found = row.outcome.commune().is_some();
                    html! {
                        <li class={classes!("converter-result", found.then_some("converter-result--found"))}>
                            <p class="converter-result__input">{ &row.input }</p>
                            <p class="converter-result__how"><strong>{ t::how_label(&row.outcome, lang) }</strong></p>
                            <p>{ t::outcome_sentence(&row.outcome, data, row.street.as_deref(), lang) }</p>
                        </li>
                    }
                }) }
            </ol>
            if any_old {
                <p class="hint">{ t::source_note(lang) }{" "}{ t::ALIASES_SOURCE.get(lang) }</p>
            }
        </>
    }
}
