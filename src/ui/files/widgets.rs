//! Reusable pieces for pages that open files through the worker: the sheet picker (a component:
//! it holds the choice), the TCVN3/VNI before/after preview with "convert / keep as is", and the
//! progress line with Cancel (plain functions).
//! Words come from [`crate::catalogue::files`].

use yew::prelude::*;

use super::WorkerStatus;
use crate::catalogue::Lang;
use crate::catalogue::files::{
    AFTER, BEFORE, CANCEL, CONVERT, HIDDEN_SHEET, KEEP, LEGACY_HEADING, READ_SHEET,
    SHEET_PICKER_LABEL, WHERE, cell_place, legacy_summary, progress,
};
use crate::files::protocol::{LegacyOffer, SheetInfo};

/// Props of [`SheetPicker`].
#[derive(Properties, PartialEq)]
pub struct SheetPickerProps {
    /// The workbook's sheets.
    pub sheets: Vec<SheetInfo>,
    /// Called with the chosen sheet's index.
    pub on_pick: Callback<usize>,
    /// The language.
    pub lang: Lang,
}

/// A labelled `<select>` of the workbook's sheets (the first visible one chosen) and a button.
#[component]
pub fn SheetPicker(props: &SheetPickerProps) -> Html {
    let first_visible = props.sheets.iter().position(|s| !s.hidden).unwrap_or(0);
    let chosen = use_state(|| first_visible);
    let lang = props.lang;
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .and_then(|s| s.value().parse::<usize>().ok());
            if let Some(value) = value {
                chosen.set(value);
            }
        })
    };
    let onclick = {
        let chosen = chosen.clone();
        let on_pick = props.on_pick.clone();
        Callback::from(move |_: MouseEvent| on_pick.emit(*chosen))
    };
    // Not a <form>: the picker may sit inside a page's form (the student roster), and forms
    // do not nest.
    html! {
        <div class="sheet-picker">
            <label for="sheet-picker-select">{ SHEET_PICKER_LABEL.get(lang) }</label>
            <select id="sheet-picker-select" {onchange}>
                { for props.sheets.iter().enumerate().map(|(i, sheet)| html! {
                    <option value={i.to_string()} selected={i == *chosen}>
                        { &sheet.name }
                        { if sheet.hidden { format!(" {}", HIDDEN_SHEET.get(lang)) } else { String::new() } }
                    </option>
                }) }
            </select>
            <button type="button" class="button" {onclick}>{ READ_SHEET.get(lang) }</button>
        </div>
    }
}

/// The before/after table of a few changed cells and the two choices. Nothing is converted until
/// the user chooses "Chuyển sang Unicode". `lines`: the samples are lines of a text file.
///
/// A plain function rather than a component (it holds no state): each Yew component costs the
/// first-load Wasm its own lifecycle code.
pub fn legacy_preview(
    offer: &LegacyOffer,
    lines: bool,
    on_convert: &Callback<()>,
    on_keep: &Callback<()>,
    lang: Lang,
) -> Html {
    let preview = &offer.preview;
    let on_convert = on_convert.reform(|_: MouseEvent| ());
    let on_keep = on_keep.reform(|_: MouseEvent| ());
    html! {
        <section class="legacy-preview" aria-labelledby="legacy-preview-heading">
            <h3 id="legacy-preview-heading" tabindex="-1">{ LEGACY_HEADING.get(lang) }</h3>
            <p>{ legacy_summary(preview.scheme, preview.cells, preview.rows, lang) }</p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{ WHERE.get(lang) }</th>
                        <th scope="col">{ BEFORE.get(lang) }</th>
                        <th scope="col">{ AFTER.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for preview.samples.iter().map(|change| html! {
                            <tr>
                                <th scope="row">{ cell_place(change.row, (!lines).then_some(change.column), lang) }</th>
                                <td>{ &change.before }</td>
                                <td>{ &change.after }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="button-group">
                <button type="button" class="button" onclick={on_convert}>{ CONVERT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={on_keep}>{ KEEP.get(lang) }</button>
            </div>
        </section>
    }
}

/// "Đang đọc các dòng… 40 %" with a progress bar and Cancel (which terminates the worker; the
/// page keeps what it had), announced politely. A plain function, as [`legacy_preview`].
pub fn worker_progress(status: WorkerStatus, on_cancel: &Callback<()>, lang: Lang) -> Html {
    let (stage, done, total) = match status {
        WorkerStatus::Loading => (None, 0, 0),
        WorkerStatus::Working(p) => (Some(p.stage), p.done, p.total),
    };
    let on_cancel = on_cancel.reform(|_: MouseEvent| ());
    let value = (total > 0).then(|| (done.min(total) * 100 / total).to_string());
    html! {
        <div class="worker-progress" role="status" aria-live="polite">
            <span>{ progress(stage, done, total, lang) }</span>
            <progress max="100" value={value}></progress>
            <button type="button" class="button button--secondary" onclick={on_cancel}>{ CANCEL.get(lang) }</button>
        </div>
    }
}
