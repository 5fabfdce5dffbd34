//! "Biết địa chỉ cũ?" under the head office's commune picker: the user types the address
//! registered before 1/7/2025 and the picker is set to today's commune (or, for a split old
//! commune, the user chooses among its new communes). The state and every decision are
//! `forms::organization` (`OldAddress`); the conversion data is fetched the first time the
//! disclosure opens (`ui::old_units`).

use yew::prelude::*;

use crate::catalogue::{Lang, old_address as words, organization as t};
use crate::forms::old_data::{DataStatus, LoadFailure};
use crate::forms::organization::{Action, Found, OldAction, OldPart, OrgState};
use crate::rules::old_address::Outcome;
use crate::rules::units::CommuneCode;
use crate::ui::browser;
use crate::ui::old_units;
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, FieldMessages, Radios, TextField};

/// The id of the disclosure's panel.
const PANEL_ID: &str = "org-old-address";
/// The id of its first field (focused when "Tìm" finds nothing typed).
const FIRST_FIELD_ID: &str = "org-old-commune";

#[derive(Properties, PartialEq)]
pub struct OldAddressProps {
    pub state: UseReducerHandle<OrgState>,
}

/// Fetches the conversion data, or takes it at once when another page already did.
fn start_loading(state: &UseReducerHandle<OrgState>) {
    let dispatch = state.dispatcher();
    if let Some(data) = old_units::loaded() {
        dispatch.dispatch(Action::Old(OldAction::DataReady(data)));
        return;
    }
    dispatch.dispatch(Action::Old(OldAction::DataLoading));
    old_units::load_then(move |loaded| {
        dispatch.dispatch(Action::Old(match loaded {
            Ok(data) => OldAction::DataReady(data),
            Err(failure) => OldAction::DataFailed(failure),
        }));
    });
}

#[component]
pub fn OldAddressLookup(props: &OldAddressProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let old = &state.old_address;

    // Opening the disclosure is needing the data: fetch it now (once per session).
    {
        let handle = state.clone();
        use_effect_with(state.needs_old_data(), move |needs| {
            if *needs {
                start_loading(&handle);
            }
        });
    }

    let dispatch = |action: Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(action.clone()))
    };
    let toggle = dispatch(Action::Old(OldAction::Toggle));
    let edit = |part: OldPart| {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::OldText(part, text)))
    };
    let find = {
        let dispatcher = state.dispatcher();
        let blank = old.typed().is_blank();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Old(OldAction::Find));
            if blank {
                browser::focus_id(FIRST_FIELD_ID);
            }
        })
    };
    // Enter in one of these fields looks the address up; it must not submit the whole form.
    let onkeydown = {
        let find = find.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_text_field = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.type_() == "text");
            if e.key() == "Enter" && in_text_field {
                e.prevent_default();
                find.emit(());
            }
        })
    };
    let retry = {
        let handle = state.clone();
        Callback::from(move |_: MouseEvent| start_loading(&handle))
    };

    let nothing_typed = FieldMessages {
        error: old
            .nothing_typed
            .then(|| AttrValue::from(words::NOTHING_TO_CONVERT.get(lang))),
        ..FieldMessages::default()
    };
    let field = |id: &'static str,
                 label: &'static str,
                 hint: Option<&'static str>,
                 value: &str,
                 part: OldPart| {
        html! {
            <TextField id={id} label={label} hint={hint.map(AttrValue::from)} value={value.to_owned()}
                oninput={edit(part)} spellcheck={false} autocomplete={Some(AttrValue::Static("off"))}
                messages={if part == OldPart::Commune { nothing_typed.clone() } else { FieldMessages::default() }} />
        }
    };

    html! {
        <div class="old-address no-print">
            <button type="button" class="disclosure" aria-expanded={if old.open { "true" } else { "false" }}
                aria-controls={PANEL_ID} onclick={toggle}>
                { t::OLD_ADDRESS_TOGGLE.get(lang) }
            </button>
            <div id={PANEL_ID} class="old-address__panel" hidden={!old.open}>
                <p class="hint">{ t::OLD_ADDRESS_INTRO.get(lang) }</p>
                { data_status(&old.data, lang, retry) }
                <div {onkeydown}>
                    { field(FIRST_FIELD_ID, words::FIELD_COMMUNE.get(lang), None, &old.commune, OldPart::Commune) }
                    { field("org-old-district", words::FIELD_DISTRICT.get(lang), None, &old.district, OldPart::District) }
                    { field("org-old-province", words::FIELD_PROVINCE.get(lang),
                        Some(words::FIELD_PROVINCE_HINT.get(lang)), &old.province, OldPart::Province) }
                    { field("org-old-line", words::FIELD_LINE.get(lang),
                        Some(words::FIELD_LINE_HINT.get(lang)), &old.line, OldPart::Line) }
                </div>
                <div class="button-group">
                    <button type="button" class="button button--secondary"
                        onclick={find.reform(|_: MouseEvent| ())}>{ t::OLD_ADDRESS_FIND.get(lang) }</button>
                </div>
                <div class="old-address__result" role="status">
                    if old.pending {
                        <p class="hint">{ words::LOADING.get(lang) }</p>
                    } else if let Some(found) = &old.found {
                        { found_sentences(found, old.data, lang) }
                    }
                </div>
                if let Some(found) = &old.found {
                    { split_choice(found, state, lang) }
                }
            </div>
        </div>
    }
}

/// The data's loading state and, on failure, what to do instead.
fn data_status(data: &DataStatus, lang: Lang, retry: Callback<MouseEvent>) -> Html {
    let message = match data {
        DataStatus::Loading => {
            return html! { <p class="hint" role="status">{ words::LOADING.get(lang) }</p> };
        }
        DataStatus::Failed(LoadFailure::Damaged(_)) => t::OLD_ADDRESS_LOAD_DAMAGED,
        DataStatus::Failed(_) => t::OLD_ADDRESS_LOAD_OFFLINE,
        DataStatus::NotLoaded | DataStatus::Ready(_) => return Html::default(),
    };
    html! {
        <div class="panel panel--warning" role="alert">
            <p>{ message.get(lang) }</p>
            <button type="button" class="button button--secondary" onclick={retry}>{ words::RETRY.get(lang) }</button>
        </div>
    }
}

/// How the commune was found (or why not), what changed in the form, and the data's source.
fn found_sentences(found: &Found, data: DataStatus, lang: Lang) -> Html {
    let data = data.data();
    let outcome = &found.outcome;
    let placed = found
        .placed
        .map(|code| t::old_address_placed(&words::new_place(code), lang));
    let street = found
        .street
        .as_deref()
        .filter(|_| found.street_filled)
        .map(|s| t::old_address_street_filled(s, lang));
    let way_out = (outcome.commune().is_none() && !matches!(outcome, Outcome::Split { .. }))
        .then(|| t::OLD_ADDRESS_OR_CHOOSE.get(lang));
    let via = match outcome {
        Outcome::Converted { via, .. }
        | Outcome::Split { via, .. }
        | Outcome::AmbiguousOld { via, .. } => via.any(),
        _ => false,
    };
    html! {
        <>
            <p class={classes!(outcome.commune().is_some().then_some("info-message"))}>
                { words::outcome_sentence(outcome, data, found.street.as_deref(), lang) }
            </p>
            if let Some(placed) = placed { <p>{ placed }</p> }
            if let Some(street) = street { <p>{ street }</p> }
            if let Some(way_out) = way_out { <p>{ way_out }</p> }
            if outcome.is_old_address() {
                <p class="hint">{ words::source_note(lang) }
                    if via { {" "}{ words::ALIASES_SOURCE.get(lang) } }
                </p>
            }
        </>
    }
}

/// A split old commune: its new communes as radios, each with what the table says about it.
fn split_choice(found: &Found, state: &UseReducerHandle<OrgState>, lang: Lang) -> Html {
    let Outcome::Split { candidates, .. } = found.outcome else {
        return Html::default();
    };
    let options = candidates
        .iter()
        .map(|(code, transfer)| {
            ChoiceOption::new(code.to_string(), words::new_place(code))
                .with_hint(words::transfer_text(transfer).get(lang))
        })
        .collect::<Vec<_>>();
    let onchange = {
        let dispatcher = state.dispatcher();
        Callback::from(move |value: AttrValue| {
            if let Ok(code) = CommuneCode::parse(&value) {
                dispatcher.dispatch(Action::Old(OldAction::Choose(code)));
            }
        })
    };
    html! {
        <Radios id="org-old-split" legend={t::OLD_ADDRESS_SPLIT_LEGEND.get(lang)} {options}
            selected={found.placed.map(|c| AttrValue::from(c.to_string()))} {onchange} />
    }
}
