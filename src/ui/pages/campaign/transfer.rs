//! Export and import: the units × indicators table as CSV (for Excel users; a week's table comes
//! back in through "Cập nhật từ bảng báo cáo tuần"), the progress table as the page shows it as
//! .xlsx (written by the file worker with typed columns, docs/rules.md §6.5), and the whole
//! campaign as JSON. Files are made and read on the device.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, campaign_page as t};
use crate::files::protocol::{ExportColumn, WorkerStatus, XlsxExport};
use crate::forms::campaign::{TrackerAction, TrackerState};
use crate::forms::download::{DownloadAction, Downloads};
use crate::rules::campaign::metrics::CampaignReport;
use crate::rules::campaign::table::units_to_rows;
use crate::rules::campaign::{Campaign, MAX_HISTORY, MAX_INDICATORS, MAX_PHASES, MAX_UNITS, Month};
use crate::rules::delimited::{CsvOptions, write_csv};
use crate::ui::browser;
use crate::ui::files::intake::{WorkerSlot, XlsxFile, use_xlsx_download};
use crate::ui::files::worker_progress;
use crate::ui::pages::dispatching;
use crate::ui::shell::use_lang;

/// Reads a campaign from JSON text (this tracker's, or the first tracker's one-indicator files);
/// `None` when it is not one, or is beyond the limits a share link or the tracker can hold.
fn campaign_from_json(text: &str) -> Option<Campaign> {
    let campaign: Campaign = browser::from_json(text)?;
    let within_limits = campaign.units.len() <= MAX_UNITS
        && campaign.indicators.len() <= MAX_INDICATORS
        && campaign
            .indicators
            .iter()
            .all(|x| x.phases.len() <= MAX_PHASES)
        && campaign
            .units
            .iter()
            .all(|u| u.tallies.iter().all(|t| t.history.len() <= MAX_HISTORY));
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

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub campaign: Rc<Campaign>,
    pub open: Callback<TrackerAction>,
    /// The figures' date (a monthly indicator's table holds that month).
    pub as_of: chrono::NaiveDate,
    /// The .xlsx download under way, and why the last one failed.
    pub xlsx: Downloads<()>,
    /// "Dừng" while the .xlsx is written.
    pub on_cancel_xlsx: Callback<()>,
}

/// Runs the .xlsx download of the progress table the state asks for, from the figures on
/// screen.
#[hook]
pub fn use_progress_xlsx(
    state: &UseReducerHandle<TrackerState>,
    report: &Rc<CampaignReport>,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) {
    let campaign = state.campaign.clone();
    let report = report.clone();
    let make = move |()| {
        Some(XlsxFile {
            export: XlsxExport {
                sheet_name: t::PROGRESS_SHEET.get(lang).to_owned(),
                columns: t::progress_kinds(&campaign)
                    .into_iter()
                    .map(|kind| ExportColumn { kind, width: None })
                    .collect(),
            },
            table: t::progress_table(&campaign, &report, lang),
            name: format!("{}.xlsx", file_stem(&campaign)),
        })
    };
    use_xlsx_download(
        &state.xlsx,
        slot,
        dispatching(state, TrackerAction::Xlsx),
        make,
    );
}

#[component]
pub fn Transfer(props: &TransferProps) -> Html {
    let lang = use_lang();
    let json_failed = use_state(|| false);
    let export_csv = {
        let campaign = props.campaign.clone();
        let month = Month::of(props.as_of);
        Callback::from(move |_: MouseEvent| {
            let csv = write_csv(units_to_rows(&campaign, Some(month)), CsvOptions::EXCEL);
            browser::download(
                &format!("{}.csv", file_stem(&campaign)),
                "text/csv;charset=utf-8",
                &csv,
            );
        })
    };
    let export_xlsx = {
        let open = props.open.clone();
        Callback::from(move |_: MouseEvent| {
            open.emit(TrackerAction::Xlsx(DownloadAction::Start(())))
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
    let import_json = {
        let open = props.open.clone();
        let json_failed = json_failed.clone();
        Callback::from(move |event: Event| {
            let Some(file) = browser::take_chosen_file(&event) else {
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
    html! {
        <details class="section no-print">
            <summary>{ t::TRANSFER_HEADING.get(lang) }</summary>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={export_csv}>{ t::EXPORT_CSV.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={export_xlsx}
                    disabled={props.xlsx.is_busy()}>{ t::EXPORT_XLSX.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={export_json}>{ t::EXPORT_JSON.get(lang) }</button>
            </div>
            if let Some(download) = props.xlsx.current {
                { worker_progress(download.status.unwrap_or(WorkerStatus::Loading), &props.on_cancel_xlsx, lang) }
            }
            if let Some(error) = &props.xlsx.error {
                <p class="error-message" role="alert">{ error.localize(lang) }</p>
            }
            <p class="hint">{ t::EXPORT_CSV_HINT.get(lang) }</p>
            <p class="hint">{ t::EXPORT_XLSX_HINT.get(lang) }</p>
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
