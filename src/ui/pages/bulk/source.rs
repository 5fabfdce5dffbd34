//! Step 1: choose the list — the file input (the primary, keyboard-accessible control), a drop
//! zone around it ([`DropZone`]), or a pasted table.

use yew::prelude::*;

use super::{FILE_ID, PASTE_ID};
use crate::catalogue::{bulk as t, shell as shell_text};
use crate::ui::files::intake::{ACCEPT, DropZone, on_file_chosen};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{FieldMessages, TextArea};

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub on_file: Callback<web_sys::File>,
    pub paste: AttrValue,
    pub on_paste_input: Callback<String>,
    pub on_check_paste: Callback<()>,
    pub file_error: Option<AttrValue>,
    pub paste_error: Option<AttrValue>,
    pub reading: bool,
}

#[component]
pub fn SourceStep(props: &SourceProps) -> Html {
    let lang = use_lang();

    let onchange = on_file_chosen(props.on_file.clone());
    let onsubmit = {
        let on_check = props.on_check_paste.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_check.emit(());
        })
    };
    let described_by = if props.file_error.is_some() {
        format!("{FILE_ID}-hint {FILE_ID}-error")
    } else {
        format!("{FILE_ID}-hint")
    };
    let paste_messages = FieldMessages {
        error: props.paste_error.clone(),
        ..FieldMessages::default()
    };
    html! {
        <section class="bulk-step" aria-labelledby="bulk-source-title">
            <h2 id="bulk-source-title">{ t::STEP_SOURCE.get(lang) }</h2>
            <DropZone on_drop={props.on_file.clone()} cue={t::DROP_HERE.get(lang)} invalid={props.file_error.is_some()}>
                <label for={FILE_ID}>{ t::FILE_LABEL.get(lang) }</label>
                <div id={format!("{FILE_ID}-hint")} class="hint">{ t::FILE_HINT.get(lang) }</div>
                if let Some(error) = &props.file_error {
                    <p id={format!("{FILE_ID}-error")} class="error-message">
                        <span class="visually-hidden">{ shell_text::ERROR_PREFIX.get(lang) }{" "}</span>{ error.clone() }
                    </p>
                }
                <input
                    type="file"
                    id={FILE_ID}
                    name={FILE_ID}
                    accept={ACCEPT}
                    aria-describedby={described_by}
                    aria-invalid={props.file_error.is_some().then_some("true")}
                    {onchange}
                />
                if props.reading {
                    <p class="hint" role="status">{ t::READING.get(lang) }</p>
                }
            </DropZone>
            <form class="bulk-paste" {onsubmit} novalidate=true>
                <TextArea
                    id={PASTE_ID}
                    label={t::PASTE_LABEL.get(lang)}
                    hint={Some(AttrValue::from(t::PASTE_HINT.get(lang)))}
                    value={props.paste.clone()}
                    oninput={props.on_paste_input.clone()}
                    messages={paste_messages}
                    rows={6}
                />
                <button type="submit" class="button button--secondary">{ t::CHECK_PASTED.get(lang) }</button>
            </form>
        </section>
    }
}
