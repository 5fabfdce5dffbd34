//! Step 1: choose the list — the file input (the primary, keyboard-accessible control), a drop
//! zone around it (an enhancement for mouse users), or a pasted table.

use yew::prelude::*;

use super::{FILE_ID, PASTE_ID};
use crate::catalogue::{bulk as t, shell as shell_text};
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

/// What the file picker offers: text lists and the workbooks the file worker reads (by
/// extension and by MIME type, as phones' pickers filter by the latter).
const ACCEPT: &str = ".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values,\
    .xlsx,.xlsm,.xls,.xlsb,.ods,\
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,\
    application/vnd.ms-excel,application/vnd.ms-excel.sheet.binary.macroEnabled.12,\
    application/vnd.ms-excel.sheet.macroEnabled.12,\
    application/vnd.oasis.opendocument.spreadsheet";

fn first_file(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list.and_then(|files| files.get(0))
}

#[component]
pub fn SourceStep(props: &SourceProps) -> Html {
    let lang = use_lang();
    let dragging = use_state(|| false);

    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = first_file(input.files()) {
                on_file.emit(file);
            }
            // Choosing the same file again must read it again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = first_file(event.data_transfer().and_then(|d| d.files())) {
                on_file.emit(file);
            }
        })
    };
    let onsubmit = {
        let on_check = props.on_check_paste.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_check.emit(());
        })
    };
    let zone_class = classes!(
        "dropzone",
        "field",
        dragging.then_some("dropzone--over"),
        props.file_error.is_some().then_some("field--error")
    );
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
            <div class={zone_class} {ondragover} {ondragleave} {ondrop}>
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
                if *dragging {
                    <p class="dropzone__cue" aria-hidden="true">{ t::DROP_HERE.get(lang) }</p>
                }
                if props.reading {
                    <p class="hint" role="status">{ t::READING.get(lang) }</p>
                }
            </div>
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
