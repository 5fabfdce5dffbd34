//! Import and export: the units as CSV (for Excel users) and the whole campaign as JSON. Files are
//! made and read on the device.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalogue::{Localized, campaign_page as t};
use crate::rules::campaign::Campaign;
use crate::rules::campaign::edit::CampaignEdit;
use crate::rules::campaign::table::{RowProblem, units_from_rows, units_to_rows};
use crate::rules::delimited::{CsvOptions, decode, write_csv};
use crate::ui::browser;
use crate::ui::pages::campaign::state::TrackerAction;
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, Radios};

/// Reads a campaign from JSON text; `None` when it is not one, or is beyond the limits a share
/// link or the tracker can hold (units, phases, history points).
fn campaign_from_json(text: &str) -> Option<Campaign> {
    use crate::rules::campaign::{MAX_HISTORY, MAX_PHASES, MAX_UNITS};
    let campaign: Campaign = browser::from_json(text)?;
    let within_limits = campaign.units.len() <= MAX_UNITS
        && campaign.phases.len() <= MAX_PHASES
        && campaign
            .units
            .iter()
            .all(|u| u.history.len() <= MAX_HISTORY);
    within_limits.then_some(campaign)
}

/// A file name from the campaign's name: letters and digits, folded, dashes.
fn file_stem(campaign: &Campaign) -> String {
    let folded = crate::rules::text::fold(&campaign.name);
    let stem: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "chien-dich".to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}

fn chosen_file(event: &Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Let the same file be chosen again after a fix.
    input.set_value("");
    file
}

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub campaign: Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
    pub open: Callback<TrackerAction>,
}

#[component]
pub fn Transfer(props: &TransferProps) -> Html {
    let lang = use_lang();
    let append = use_state(|| false);
    let outcome = use_state(|| None::<(AttrValue, Vec<RowProblem>)>);
    let json_failed = use_state(|| false);

    let export_csv = {
        let campaign = props.campaign.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = write_csv(units_to_rows(&campaign), CsvOptions::EXCEL);
            browser::download(
                &format!("{}.csv", file_stem(&campaign)),
                "text/csv;charset=utf-8",
                &csv,
            );
        })
    };
    let export_json = {
        let campaign = props.campaign.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = browser::to_json_pretty(&*campaign) {
                browser::download(
                    &format!("{}.json", file_stem(&campaign)),
                    "application/json",
                    &json,
                );
            }
        })
    };
    let import_csv = {
        let dispatch = props.dispatch.clone();
        let append = append.clone();
        let outcome = outcome.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else {
                return;
            };
            let dispatch = dispatch.clone();
            let append = *append;
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(bytes) = browser::read_file_bytes(&file).await else {
                    outcome.set(Some((
                        t::IMPORT_FILE_UNREADABLE.get(lang).into(),
                        Vec::new(),
                    )));
                    return;
                };
                let Ok(decoded) = decode(&bytes) else {
                    outcome.set(Some((
                        t::IMPORT_FILE_UNREADABLE.get(lang).into(),
                        Vec::new(),
                    )));
                    return;
                };
                let table = decoded.table();
                let header: Vec<String> = table.header.iter().map(|c| c.to_string()).collect();
                let rows: Vec<Vec<String>> = table
                    .rows
                    .iter()
                    .map(|r| r.fields.iter().map(|c| c.to_string()).collect())
                    .collect();
                let (units, problems) = units_from_rows(&header, &rows);
                let message = t::imported(units.len(), problems.len(), lang);
                dispatch.emit(if append {
                    CampaignEdit::AppendUnits(units)
                } else {
                    CampaignEdit::ReplaceUnits(units)
                });
                outcome.set(Some((message.into(), problems)));
            });
        })
    };
    let import_json = {
        let open = props.open.clone();
        let json_failed = json_failed.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else {
                return;
            };
            let open = open.clone();
            let json_failed = json_failed.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let campaign = browser::read_file_bytes(&file)
                    .await
                    .and_then(|bytes| String::from_utf8(bytes).ok())
                    .and_then(|text| campaign_from_json(text.trim_start_matches('\u{feff}')));
                match campaign {
                    Some(c) => {
                        json_failed.set(false);
                        open.emit(TrackerAction::Open(c));
                    }
                    None => json_failed.set(true),
                }
            });
        })
    };
    let on_mode = {
        let append = append.clone();
        Callback::from(move |v: AttrValue| append.set(v == "append"))
    };
    html! {
        <details class="section no-print">
            <summary>{ t::TRANSFER_HEADING.get(lang) }</summary>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={export_csv}>{ t::EXPORT_CSV.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={export_json}>{ t::EXPORT_JSON.get(lang) }</button>
            </div>
            <Radios id="import-mode" legend={t::IMPORT_CSV_LABEL.get(lang)} inline=true
                options={vec![ChoiceOption::new("replace", t::IMPORT_REPLACE.get(lang)), ChoiceOption::new("append", t::IMPORT_APPEND.get(lang))]}
                selected={Some(AttrValue::from(if *append { "append" } else { "replace" }))} onchange={on_mode} />
            <div class="field">
                <label for="import-csv">{ t::IMPORT_CSV_LABEL.get(lang) }</label>
                <p class="hint" id="import-csv-hint">{ t::IMPORT_CSV_HINT.get(lang) }</p>
                <input type="file" id="import-csv" accept=".csv,.tsv,.txt,text/csv" aria-describedby="import-csv-hint" onchange={import_csv} />
            </div>
            if let Some((message, problems)) = &*outcome {
                <div class="panel panel--info" role="status">
                    <p>{ message.clone() }</p>
                    if !problems.is_empty() {
                        <ul>{ for problems.iter().take(200).map(|p| html! { <li>{ p.localize(lang) }</li> }) }</ul>
                    }
                </div>
            }
            <div class="field">
                <label for="import-json">{ t::IMPORT_JSON_LABEL.get(lang) }</label>
                <input type="file" id="import-json" accept=".json,application/json" onchange={import_json} />
                if *json_failed {
                    <p class="error-message" role="alert">{ t::IMPORT_JSON_FAILED.get(lang) }</p>
                }
            </div>
        </details>
    }
}
