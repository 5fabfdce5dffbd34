//! A week's report table into the campaign: paste it from a spreadsheet, or open or drop a file
//! (CSV, or a workbook and legacy-encoded text through the shared intake: progress with Cancel,
//! sheet picker, TCVN3/VNI preview, what reading found); the page shows which column it read as what (and asks when unsure), the table's date, whether it
//! updates the figures or replaces the units, and what it will change, before anything changes.
//! All of it is `forms::campaign`'s state; this component dispatches and renders words.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::catalogue::campaign::role;
use crate::catalogue::{Localized, bulk as bulk_text, campaign_page as t};
use crate::files::protocol::FileError;
use crate::forms::campaign::{
    Import, ImportAction, ImportMode, Imported, TableFileError, TableSource, TrackerAction,
};
use crate::forms::intake::{FileIntake, IntakeAction, IntakeError};
use crate::rules::campaign::report_table::rows_from_text;
use crate::rules::campaign::table::Role;
use crate::rules::campaign::{BaseSource, Campaign, IndicatorKind, Measure};
use crate::rules::delimited::Confidence;
use crate::ui::files::intake::{
    ACCEPT, DropZone, IntakeActions, intake_panel, on_file_chosen, read_notes,
};
use crate::ui::pages::campaign::settings::{applying, date_parser, date_text};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, ParsedField, Radios, TextArea};

/// Problems listed at most under the preview.
const PROBLEMS_SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct WeeklyImportProps {
    pub campaign: Rc<Campaign>,
    pub import: Option<Import>,
    pub imported: Option<Imported>,
    pub dispatch: Callback<TrackerAction>,
    pub today: NaiveDate,
    /// A file on its way in (the file worker's detour).
    pub intake: FileIntake,
    /// Why the last file could not be read at all.
    pub file_error: Option<TableFileError>,
    /// A file chosen or dropped.
    pub on_file: Callback<web_sys::File>,
    /// The intake's own steps (sheet picked, conversion accepted or refused).
    pub on_intake: Callback<IntakeAction>,
    /// "Dừng" while the file worker loads or reads.
    pub on_cancel_file: Callback<()>,
}

/// The weekly table's file input.
pub const FILE_ID: &str = "weekly-file";

/// The roles a column can be given, in the menu's order.
fn roles(campaign: &Campaign, current: Role) -> Vec<Role> {
    let mut list = vec![Role::Ignore, Role::Name, Role::Code];
    for (i, x) in campaign.indicators.iter().enumerate() {
        list.push(Role::Done(i));
        if x.base == BaseSource::Own {
            list.push(Role::Base(i));
        }
        if x.measure == Measure::Cumulative {
            list.push(Role::Quota(i));
        }
    }
    list.push(Role::NewIndicator(IndicatorKind::Other));
    if !list.contains(&current) {
        list.push(current);
    }
    list
}

#[component]
pub fn WeeklyImport(props: &WeeklyImportProps) -> Html {
    let lang = use_lang();
    let pasted = use_state(String::new);
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |v: String| pasted.set(v))
    };
    let read_paste = {
        let pasted = pasted.clone();
        let dispatch = props.dispatch.clone();
        let today = props.today;
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(TrackerAction::Import(ImportAction::Load {
                source: TableSource::Paste,
                rows: rows_from_text(&pasted),
                today,
            }));
        })
    };
    let actions = IntakeActions::dispatching(&props.on_intake, props.on_cancel_file.clone());
    let file_error = match (&props.intake.error, props.file_error) {
        (Some(IntakeError::File(error)), _) => Some(error.localize(lang)),
        (Some(IntakeError::Empty), _) => Some(t::table_file_error(TableFileError::Empty, lang)),
        (None, Some(error)) => Some(t::table_file_error(error, lang)),
        (None, None) => None,
    };
    let open = props.import.is_some()
        || props.imported.is_some()
        || props.intake.is_busy()
        || file_error.is_some();
    html! {
        <details class="section no-print weekly-import" open={open}>
            <summary>{ t::WEEKLY_HEADING.get(lang) }</summary>
            <p class="hint">{ t::WEEKLY_HINT.get(lang) }</p>
            if let Some(done) = &props.imported {
                <p class="info-message" role="status">{ t::imported_summary(done, lang) }</p>
            }
            <TextArea id="weekly-paste" label={t::WEEKLY_PASTE_LABEL.get(lang)} hint={t::WEEKLY_PASTE_HINT.get(lang)}
                value={(*pasted).clone()} oninput={on_paste_input} rows={5} />
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={read_paste}
                    disabled={pasted.trim().is_empty()}>{ t::WEEKLY_READ_PASTE.get(lang) }</button>
            </div>
            <DropZone on_drop={props.on_file.clone()} cue={bulk_text::DROP_HERE.get(lang)} invalid={file_error.is_some()}>
                <label for={FILE_ID}>{ t::WEEKLY_FILE_LABEL.get(lang) }</label>
                <p class="hint" id="weekly-file-hint">{ t::WEEKLY_FILE_HINT.get(lang) }</p>
                <input type="file" id={FILE_ID} accept={ACCEPT}
                    aria-describedby="weekly-file-hint"
                    aria-invalid={file_error.is_some().then_some("true")}
                    onchange={on_file_chosen(props.on_file.clone())} />
                if let Some(error) = file_error {
                    <p class="error-message" role="alert">{ error }</p>
                }
            </DropZone>
            if let Some(intake) = &props.intake.intake {
                { intake_panel(intake, &actions, lang) }
            }
            if props.intake.stopped {
                <p class="info-message" role="status">{ FileError::Cancelled.localize(lang) }</p>
            }
            if let Some(import) = &props.import {
                <Preview campaign={props.campaign.clone()} import={import.clone()} dispatch={props.dispatch.clone()} />
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    campaign: Rc<Campaign>,
    import: Import,
    dispatch: Callback<TrackerAction>,
}

/// The columns as read, the table's date and mode, and what applying will do.
#[component]
fn Preview(props: &PreviewProps) -> Html {
    let lang = use_lang();
    let import = &props.import;
    let step = |action: ImportAction| {
        let dispatch = props.dispatch.clone();
        move |_| dispatch.emit(TrackerAction::Import(action.clone()))
    };
    let cancel = Callback::from(step(ImportAction::Cancel));
    let Some(layout) = &import.layout else {
        return html! {
            <div class="panel panel--warning" role="alert">
                <p>{ t::WEEKLY_NO_HEADER.get(lang) }</p>
                <button type="button" class="button button--secondary" onclick={cancel}>{ t::WEEKLY_CANCEL.get(lang) }</button>
            </div>
        };
    };
    let on_date = {
        let dispatch = props.dispatch.clone();
        applying(date_parser(lang), move |d| {
            dispatch.emit(TrackerAction::Import(ImportAction::SetDate(d)))
        })
    };
    let on_mode = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: AttrValue| {
            let mode = if v == "replace" {
                ImportMode::Replace
            } else {
                ImportMode::Update
            };
            dispatch.emit(TrackerAction::Import(ImportAction::SetMode(mode)));
        })
    };
    let apply = Callback::from(step(ImportAction::Apply));
    let header_row = layout.header_row(&import.rows);
    let unsure = layout.mapping.needs_review();
    html! {
        <div class="weekly-preview" role="region" aria-labelledby="weekly-preview-title">
            <h3 id="weekly-preview-title">{ t::weekly_found(header_row, layout.header.len(), lang) }</h3>
            if let Some(source) = t::table_source(&import.source, lang) {
                <p class="hint">{ source }</p>
            }
            { read_notes(&import.notes, lang) }
            if unsure {
                <p class="warning-message">{ t::WEEKLY_CHECK_COLUMNS.get(lang) }</p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="weekly-columns-caption">
                <table class="weekly-columns">
                    <caption id="weekly-columns-caption">{ t::WEEKLY_COLUMNS_CAPTION.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::WEEKLY_COL_HEADER.get(lang) }</th>
                        <th scope="col">{ t::WEEKLY_COL_ROLE.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for layout.header.iter().zip(&layout.mapping.columns).enumerate().filter(|(_, (h, _))| !h.trim().is_empty()).map(|(column, (header, guess))| {
                            let options = roles(&props.campaign, guess.role);
                            let selected = options.iter().position(|r| *r == guess.role).unwrap_or(0);
                            let dispatch = props.dispatch.clone();
                            let choices = options.clone();
                            let onchange = Callback::from(move |e: Event| {
                                let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                                if let Some(role) = value.parse::<usize>().ok().and_then(|i| choices.get(i).copied()) {
                                    dispatch.emit(TrackerAction::Import(ImportAction::SetRole { column, role }));
                                }
                            });
                            let id = format!("weekly-column-{column}");
                            let flag = guess.confidence == Confidence::Unsure;
                            html! {
                                <tr class={classes!(flag.then_some("row--differs"))}>
                                    <th scope="row"><label for={id.clone()}>{ header.clone() }</label></th>
                                    <td>
                                        <select id={id} {onchange}>
                                            { for options.iter().enumerate().map(|(i, r)| html! {
                                                <option value={i.to_string()} selected={i == selected}>{ role(*r, &props.campaign, lang) }</option>
                                            }) }
                                        </select>
                                        if flag {
                                            <span class="tag tag--warning">{ t::WEEKLY_UNSURE.get(lang) }</span>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <ParsedField id="weekly-date" label={t::WEEKLY_DATE_LABEL.get(lang)} hint={t::WEEKLY_DATE_HINT.get(lang)}
                canonical={date_text(import.date)} width="input--medium" apply={on_date} />
            <Radios id="weekly-mode" legend={t::WEEKLY_MODE_LEGEND.get(lang)}
                options={vec![
                    ChoiceOption::new("update", t::WEEKLY_MODE_UPDATE.get(lang)),
                    ChoiceOption::new("replace", t::WEEKLY_MODE_REPLACE.get(lang)),
                ]}
                selected={Some(AttrValue::from(if import.mode == ImportMode::Replace { "replace" } else { "update" }))}
                onchange={on_mode} />
            if let Some(reading) = &import.reading {
                <div class="panel panel--info" role="status">
                    <p>{ t::weekly_preview(reading, import.mode == ImportMode::Update, lang) }</p>
                    if !reading.update.new_indicators.is_empty() {
                        <p>{ t::weekly_new_indicators(&reading.update.new_indicators.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>(), lang) }</p>
                    }
                    if !reading.problems.is_empty() {
                        <ul>
                            { for reading.problems.iter().take(PROBLEMS_SHOWN).map(|p| html! { <li>{ p.localize(lang) }</li> }) }
                        </ul>
                        if reading.problems.len() + reading.problems_omitted > PROBLEMS_SHOWN {
                            <p class="hint">{ t::more_problems(reading.problems.len() + reading.problems_omitted - PROBLEMS_SHOWN, lang) }</p>
                        }
                    }
                </div>
            }
            <div class="button-group">
                <button type="button" class="button" onclick={apply}
                    disabled={import.reading.as_ref().is_none_or(|r| r.update.rows.is_empty())}>
                    { if import.mode == ImportMode::Update { t::WEEKLY_APPLY_UPDATE.get(lang) } else { t::WEEKLY_APPLY_REPLACE.get(lang) } }
                </button>
                <button type="button" class="button button--secondary" onclick={cancel}>{ t::WEEKLY_CANCEL.get(lang) }</button>
            </div>
        </div>
    }
}
