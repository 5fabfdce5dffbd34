//! The data part of the form: counts per class, or the roster (paste, file, template, opt-in
//! saving) and its column-mapping step.

use std::rc::Rc;

use yew::prelude::*;

use super::CSV_MIME;
use crate::catalogue::{Lang, Localized, bulk, data_files, students as t};
use crate::files::protocol::FileError;
use crate::forms::intake::{IntakeAction, IntakeError, LoadError, Loaded, Source, is_workbook};
use crate::forms::students::check::{
    COUNTS_FIELDS, Checked, FILE_ID, KEEP_ROSTER_ID, MAPPING_TITLE_ID, ROSTER_ID, column_id,
    row_field_id,
};
use crate::forms::students::{Action, FileOutcome, Form, OpenedFile};
use crate::rules::delimited::{Confidence, Encoding, ReadError};
use crate::rules::students::roster::MAX_ROSTER_BYTES;
use crate::rules::students::{Column, ConfirmedColumns, CountsField, RosterRead};
use crate::ui::browser;
use crate::ui::files::intake::{
    self, ACCEPT, DropZone, IntakeActions, WorkerSlot, intake_panel, on_file_chosen, read_notes,
};
use crate::ui::widgets::{Checkbox, ChoiceOption, Select, TextArea, TextField};

pub fn counts_rows(form: &UseReducerHandle<Form>, checked: &Checked, lang: Lang) -> Html {
    let add = {
        let form = form.clone();
        Callback::from(move |_| form.dispatch(Action::AddRow))
    };
    let example = {
        let form = form.clone();
        Callback::from(move |_| form.dispatch(Action::LoadExample(lang)))
    };
    let several = form.rows.len() > 1;
    html! {
        <fieldset class="section">
            <legend>{ t::COUNTS_LEGEND.get(lang) }</legend>
            <p class="hint">{ t::COUNTS_HINT.get(lang) }</p>
            { for form.rows.iter().enumerate().map(|(i, row)| {
                let remove = {
                    let form = form.clone();
                    Callback::from(move |_| form.dispatch(Action::RemoveRow(i)))
                };
                html! {
                    <fieldset class="students-row">
                        <legend>{ t::counts_row_legend(i + 1, lang) }</legend>
                        <div class="students-row__fields">
                            { for COUNTS_FIELDS.iter().map(|&field| {
                                let id = row_field_id(i, field);
                                let oninput = {
                                    let form = form.clone();
                                    Callback::from(move |v: String| form.dispatch(Action::RowField(i, field, v)))
                                };
                                let is_label = field == CountsField::Label;
                                html! {
                                    <TextField id={id.clone()} label={t::counts_field_label(field).get(lang)}
                                        value={row.get(field).to_owned()} {oninput} autocomplete="off"
                                        inputmode={(!is_label).then_some(AttrValue::from("numeric"))}
                                        messages={checked.field(&id)} />
                                }
                            }) }
                        </div>
                        if several {
                            <button type="button" class="link-button students-row__remove" onclick={remove}>
                                { t::remove_row(i + 1, lang) }
                            </button>
                        }
                    </fieldset>
                }
            }) }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ t::ADD_ROW.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={example}>{ t::EXAMPLE_BUTTON.get(lang) }</button>
            </div>
        </fieldset>
    }
}

/// The roster's box, its file input inside a drop zone (CSV on the page; workbooks and other
/// encodings through the file worker: progress and Cancel, sheet picker, TCVN3/VNI preview),
/// the template and the opt-in saving.
pub fn roster_input(
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) -> Html {
    let oninput = {
        let form = form.clone();
        Callback::from(move |v: String| form.dispatch(Action::RosterText(v)))
    };
    let on_file = {
        let form = form.clone();
        let slot = slot.clone();
        Callback::from(move |file: web_sys::File| open_file(file, form.dispatcher(), slot.clone()))
    };
    let on_intake = {
        let form = form.clone();
        Callback::from(move |action| form.dispatch(Action::Intake(action)))
    };
    let on_cancel = intake::cancel_file(slot, &on_intake, FILE_ID);
    let actions = IntakeActions::dispatching(&on_intake, on_cancel);
    let template = Callback::from(|_| {
        browser::download(t::TEMPLATE_FILE_NAME, CSV_MIME, &t::template_csv());
    });
    let keep = {
        let form = form.clone();
        Callback::from(move |b: bool| form.dispatch(Action::KeepRoster(b)))
    };
    let intake_error = form.intake.error.as_ref().map(|error| match error {
        IntakeError::File(error) => error.localize(lang),
        IntakeError::Empty => t::FILE_NOT_READ.get(lang).to_owned(),
    });
    let file_message = form.file.as_ref().map(|file| file_message(file, lang));
    html! {
        <fieldset class="section students-roster">
            <legend>{ t::MODE_ROSTER.get(lang) }</legend>
            <TextArea id={ROSTER_ID} label={t::ROSTER_LABEL.get(lang)} hint={t::ROSTER_HINT.get(lang)}
                value={AttrValue::Rc(form.roster_text.clone())} {oninput} rows={10}
                messages={checked.field(ROSTER_ID)} />
            <p class="hint">{ data_files::YES_NO_HELP.get(lang) }{" "}{ t::BLANK_IS_NO.get(lang) }</p>
            <DropZone on_drop={on_file.clone()} cue={bulk::DROP_HERE.get(lang)} invalid={intake_error.is_some()}>
                <label for={FILE_ID}>{ t::FILE_LABEL.get(lang) }</label>
                <div id={format!("{FILE_ID}-hint")} class="hint">{ t::FILE_HINT.get(lang) }</div>
                <input type="file" id={FILE_ID} name={FILE_ID} accept={ACCEPT}
                    aria-describedby={format!("{FILE_ID}-hint")}
                    aria-invalid={intake_error.is_some().then_some("true")}
                    onchange={on_file_chosen(on_file)} />
                if let Some(error) = intake_error {
                    <p class="error-message" role="alert">{ error }</p>
                }
                { file_message.unwrap_or_default() }
            </DropZone>
            if let Some(intake) = &form.intake.intake {
                { intake_panel(intake, &actions, lang) }
            }
            if form.intake.stopped {
                <p class="info-message" role="status">{ FileError::Cancelled.localize(lang) }</p>
            }
            <p>
                <button type="button" class="link-button" onclick={template}>{ t::TEMPLATE_DOWNLOAD.get(lang) }</button>
            </p>
            <Checkbox id={KEEP_ROSTER_ID} label={t::KEEP_ROSTER_LABEL.get(lang)}
                hint={t::KEEP_ROSTER_HINT.get(lang)} checked={form.keep_roster} onchange={keep} />
        </fieldset>
    }
}

fn file_message(file: &OpenedFile, lang: Lang) -> Html {
    match file.outcome {
        FileOutcome::Read { encoding, warning } => html! {
            <>
                <p class="info-message" role="status">
                    { match &file.sheet {
                        Some(sheet) => t::sheet_opened(&file.name, sheet, lang),
                        None => t::file_opened(&file.name, data_files::encoding_name(encoding), lang),
                    } }
                </p>
                if let Some(w) = warning {
                    <p class="warning-message">{ w.localize(lang) }</p>
                }
                { read_notes(&file.notes, lang) }
            </>
        },
        FileOutcome::TooLarge { bytes } => html! {
            <p class="error-message" role="alert">{ t::file_too_large(bytes, lang) }</p>
        },
        FileOutcome::Unreadable => html! {
            <p class="error-message" role="alert">{ t::FILE_NOT_READ.get(lang) }</p>
        },
    }
}

/// Opens a chosen or dropped file: a text file larger than a roster can be is refused at once;
/// the rest is read ([`intake::open_file`]) and goes its way in through the intake.
fn open_file(file: web_sys::File, dispatch: UseReducerDispatcher<Form>, slot: Rc<WorkerSlot>) {
    let name = file.name();
    let size = file.size();
    if !is_workbook(&name, &[]) && size > MAX_ROSTER_BYTES as f64 {
        dispatch.dispatch(Action::FileFailed(OpenedFile::failed(
            name,
            FileOutcome::TooLarge {
                bytes: size as usize,
            },
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let action = match intake::open_file(file, &slot).await {
            Ok(action) => Action::Intake(action),
            Err(LoadError::Read(ReadError::TooLarge { bytes, .. })) => {
                Action::FileFailed(OpenedFile::failed(name, FileOutcome::TooLarge { bytes }))
            }
            Err(LoadError::Empty) => Action::Intake(IntakeAction::TextRead(Loaded::text(
                Source::File(name),
                0,
                String::new(),
                Encoding::Utf8,
            ))),
            Err(_) => Action::FileFailed(OpenedFile::failed(name, FileOutcome::Unreadable)),
        };
        dispatch.dispatch(action);
    });
}

/// The column selects, prefilled with the guess (or the user's choice so far).
fn mapping_fields(
    read: &RosterRead,
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    lang: Lang,
) -> Html {
    let choice = form.pending_choice.unwrap_or(read.choice);
    let options: Vec<ChoiceOption> = read
        .header
        .iter()
        .enumerate()
        .map(|(i, h)| ChoiceOption::new(i.to_string(), t::header_option(i, h, lang)))
        .collect();
    let confirm = {
        let form = form.clone();
        let header = read.header.clone();
        Callback::from(move |_| {
            form.dispatch(Action::ConfirmColumns(ConfirmedColumns {
                header: header.clone(),
                choice,
            }))
        })
    };
    html! {
        <>
            <p class="hint">
                { data_files::DELIMITER_LABEL.get(lang) }{": "}
                { data_files::delimiter_name(read.delimiter.delimiter).get(lang) }
                if !read.delimiter.confident {
                    {" — "}{ data_files::DELIMITER_UNSURE.get(lang) }
                }
            </p>
            <div class="students-mapping__fields">
                { for Column::ALL.iter().map(|&column| {
                    let id = column_id(column);
                    let confidence = read
                        .guessed
                        .columns
                        .get(column.index())
                        .map_or(Confidence::Missing, |m| m.confidence);
                    let hint = if form.pending_choice.is_some() || read.confirmed {
                        None
                    } else if confidence == Confidence::Missing && !column.is_required() {
                        Some(AttrValue::from(t::MAPPING_OPTIONAL.get(lang)))
                    } else {
                        Some(AttrValue::from(data_files::confidence_label(confidence).get(lang)))
                    };
                    let label = t::mapping_label(column, lang);
                    let onchange = {
                        let form = form.clone();
                        Callback::from(move |v: Option<AttrValue>| {
                            form.dispatch(Action::ChooseColumn {
                                base: choice,
                                column,
                                header: v.and_then(|v| v.parse().ok()),
                            })
                        })
                    };
                    html! {
                        <Select id={id.clone()} label={label} {hint}
                            placeholder={t::MAPPING_NONE.get(lang)} options={options.clone()}
                            selected={choice.get(column).map(|i| AttrValue::from(i.to_string()))}
                            {onchange} messages={checked.field(&id)} />
                    }
                }) }
            </div>
            <button type="button" class="button" onclick={confirm}>{ t::MAPPING_CONFIRM.get(lang) }</button>
        </>
    }
}

/// The mapping step, shown instead of the results while the columns need a check.
pub fn mapping_panel(
    read: &RosterRead,
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    lang: Lang,
) -> Html {
    html! {
        <section class="panel panel--info students-mapping no-print" aria-labelledby={MAPPING_TITLE_ID}>
            <h2 id={MAPPING_TITLE_ID} tabindex="-1">{ t::MAPPING_TITLE.get(lang) }</h2>
            <p>{ t::MAPPING_INTRO.get(lang) }</p>
            { mapping_fields(read, form, checked, lang) }
        </section>
    }
}

/// The same selects, folded away under the results, to change a confident guess.
pub fn mapping_review(
    read: &RosterRead,
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    lang: Lang,
) -> Html {
    html! {
        <details class="students-mapping no-print">
            <summary>{ t::MAPPING_REVIEW_LATER.get(lang) }</summary>
            { mapping_fields(read, form, checked, lang) }
        </details>
    }
}
