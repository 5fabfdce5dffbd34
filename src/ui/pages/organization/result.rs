//! The result: verdict first, then the reasons with their rules, what to do, the processing time
//! with the day it would land, reminders, "check your answers", print and a plain-text summary.
//! Everything shown comes from `rules::org_readiness` and `catalogue::organization`.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::catalogue::common::WORKING_DAYS_DEFINITION;
use crate::catalogue::{Lang, Localized, organization as t, shell as shell_text};
use crate::rules::org_readiness::{Assessment, Field, FieldProblem, Tone};
use crate::ui::browser;
use crate::ui::shell::use_shell;

use super::{RESULT_TITLE_ID, StartAgain};
use crate::forms::organization::{Action, OrgState};

const SUMMARY_TEXT_ID: &str = "org-summary-text";

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub state: UseReducerHandle<OrgState>,
    pub assessment: Rc<Assessment>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Refused,
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Ok => "ok",
        Tone::Info => "info",
        Tone::Warning => "warning",
        Tone::Stop => "stop",
    }
}

/// A "Thay đổi" link: back to the form, focusing the field once it is there.
fn change_link(state: &UseReducerHandle<OrgState>, field: Field, lang: Lang) -> Html {
    let onclick = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            state.dispatch(Action::Change(Some(field)));
        })
    };
    let label = t::change_label(field, lang);
    let visible = t::CHANGE.get(lang);
    let hidden = label.strip_prefix(visible).unwrap_or(&label).to_owned();
    html! {
        <a class="change-link no-print" href={format!("#{}", super::field_id(field))} {onclick}>
            { visible }<span class="visually-hidden">{ hidden }</span>
        </a>
    }
}

/// Copies `text` with the asynchronous clipboard API; `false` where it is missing or refused
/// (insecure context, permissions, old browsers).
async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let today = shell.today;
    let copy = use_state(|| CopyStatus::Idle);
    // The fallback: once the summary box is open, select its text for a manual copy.
    use_effect_with(*copy, |copy| {
        if *copy == CopyStatus::Refused
            && let Some(area) = browser::document()
                .and_then(|d| d.get_element_by_id(SUMMARY_TEXT_ID))
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            let _ = area.focus();
            area.select();
        }
    });

    let (Some(readiness), Some(valid)) = (
        props.assessment.readiness.as_ref(),
        props.assessment.validated.answers.as_ref(),
    ) else {
        return html! {};
    };
    let state = &props.state;
    let plain = t::plain_text_summary(readiness, valid, today, lang);

    let on_print = Callback::from(|_| browser::print());
    let on_copy = {
        let copy = copy.clone();
        let plain = plain.clone();
        Callback::from(move |_| {
            let copy = copy.clone();
            let plain = plain.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(plain).await;
                copy.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Refused
                });
            });
        })
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Change(None)))
    };

    let verdict_tone = readiness.verdict.tone();
    let panel = classes!(
        "panel",
        "verdict-panel",
        format!("panel--{}", tone_class(verdict_tone))
    );
    let warnings = &props.assessment.validated.warnings;

    let reasons = readiness.reasons.iter().map(|reason| {
        let tone = reason.finding.tone();
        let tag = t::tone_tag(tone).map(|tag| {
            html! { <span class={classes!("tag", format!("tag--{}", tone_class(tone)))}>{ tag.get(lang) }</span> }
        });
        let link = reason
            .finding
            .field()
            .filter(|_| matches!(tone, Tone::Stop | Tone::Warning))
            .map(|field| change_link(state, field, lang));
        html! {
            <li class={classes!(
                "reason",
                format!("reason--{}", tone_class(tone)),
                reason.finding.is_context().then_some("reason--context")
            )}>
                { tag.unwrap_or_default() }{" "}
                { reason.localize(lang) }{" "}
                <span class="source">{ format!("({})", reason.source.localize(lang)) }</span>
                { link.unwrap_or_default() }
            </li>
        }
    });

    let warnings_html = (!warnings.is_empty()).then(|| {
        html! {
            <>
                <h3>{ t::WARNINGS_HEADING.get(lang) }</h3>
                <ul class="reasons">
                    { for warnings.iter().map(|w: &FieldProblem| html! {
                        <li class="reason reason--warning">
                            <span class="tag tag--warning">{ t::tone_tag(Tone::Warning).map(|x| x.get(lang)).unwrap_or_default() }</span>{" "}
                            { w.localize(lang) }{" "}
                            { change_link(state, w.field, lang) }
                        </li>
                    }) }
                </ul>
            </>
        }
    });

    let processing_html = readiness.processing.as_ref().map(|p| {
        html! {
            <>
                <h3>
                    { t::PROCESSING_HEADING.get(lang) }{" "}
                    <span class="source">{ format!("({})", t::PROCESSING_SOURCE.localize(lang)) }</span>
                </h3>
                <ul class="processing">
                    { for t::processing_lines(p, lang).into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
                <details class="no-print">
                    <summary>{ t::HOW_HEADING.get(lang) }</summary>
                    <p>{ t::PROCESSING_METHOD.get(lang) }</p>
                    <p>{ WORKING_DAYS_DEFINITION.get(lang) }</p>
                    <p class="source">{ t::SOURCES_NOTE.get(lang) }</p>
                </details>
            </>
        }
    });

    let rows = t::summary_rows(valid, lang, today);

    html! {
        <section class="org-result" aria-labelledby={RESULT_TITLE_ID}>
            <h2 id={RESULT_TITLE_ID} tabindex="-1">{ t::RESULT_HEADING.get(lang) }</h2>
            <div class={panel}>
                <p class="verdict">{ readiness.verdict.localize(lang) }</p>
                <p class="source">{ t::checked_on(today, lang) }{" · "}{ t::organization_line(valid, lang) }</p>
            </div>

            <h3>{ t::REASONS_HEADING.get(lang) }</h3>
            <ul class="reasons">{ for reasons }</ul>
            { warnings_html.unwrap_or_default() }

            <h3>{ t::CHECKLIST_HEADING.get(lang) }</h3>
            <ol class="checklist">
                { for readiness.checklist.iter().map(|item| html! { <li>{ item.localize(lang) }</li> }) }
            </ol>

            { processing_html.unwrap_or_default() }

            <h3>{ t::REMINDERS_HEADING.get(lang) }</h3>
            <ul class="reminders">
                { for readiness.reminders.iter().map(|r| html! {
                    <li>
                        { r.localize(lang) }
                        if let Some(source) = r.source() {
                            {" "}<span class="source">{ format!("({})", source.localize(lang)) }</span>
                        }
                    </li>
                }) }
            </ul>

            <div class="button-group no-print">
                <button type="button" class="button" onclick={on_print}>{ shell_text::PRINT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={on_copy}>{ t::COPY_SUMMARY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={on_back}>{ t::BACK_TO_FORM.get(lang) }</button>
            </div>
            <p class="copy-status no-print" role="status">
                { match *copy {
                    CopyStatus::Idle => "",
                    CopyStatus::Copied => t::COPIED.get(lang),
                    CopyStatus::Refused => t::COPY_REFUSED.get(lang),
                } }
            </p>
            <details class="summary-text no-print" open={*copy == CopyStatus::Refused}>
                <summary>{ t::SUMMARY_TEXT_LABEL.get(lang) }</summary>
                <label class="visually-hidden" for={SUMMARY_TEXT_ID}>{ t::SUMMARY_TEXT_LABEL.get(lang) }</label>
                <textarea id={SUMMARY_TEXT_ID} readonly=true rows="10" value={plain} />
                <p class="hint">{ t::SUMMARY_PRIVACY.get(lang) }</p>
            </details>
            <p class="hint no-print">{ t::NO_SHARE_LINK.get(lang) }</p>

            <section class="check-answers no-print" aria-labelledby="org-check-answers">
                <h2 id="org-check-answers">{ t::CHECK_ANSWERS_HEADING.get(lang) }</h2>
                <dl class="summary-list">
                    { for rows.into_iter().map(|row| html! {
                        <div>
                            <dt>{ row.label }</dt>
                            <dd>{ row.value }</dd>
                            <dd class="summary-list__actions">{ change_link(state, row.field, lang) }</dd>
                        </div>
                    }) }
                </dl>
            </section>
            <StartAgain state={state.clone()} />
        </section>
    }
}
