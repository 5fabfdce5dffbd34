//! The .xlsx download of the students who still need a step: the table the CSV holds, written by
//! the file worker with typed columns (docs/rules.md §6.5), offered when the worker answers. A
//! newer download or Cancel makes the answer stale ([`crate::forms::students::XlsxDownload`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, students as t};
use crate::files::protocol::{ExportColumn, FileError, XlsxExport};
use crate::forms::students::check::{Data, Outcome};
use crate::forms::students::{Action, Form};
use crate::rules::delimited::CsvOptions;
use crate::ui::files::intake::{WorkerSlot, save_xlsx};

/// Runs the .xlsx download the form asks for, from the roster results on screen.
#[hook]
pub fn use_xlsx_download(
    form: &UseReducerHandle<Form>,
    outcome: Option<&Outcome>,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) {
    let source = outcome.and_then(|outcome| match &outcome.data {
        Data::Roster { read, coverage } => Some((read.clone(), coverage.clone())),
        Data::Counts { .. } => None,
    });
    let form = form.clone();
    let slot = slot.clone();
    use_effect_with(form.xlsx_run, move |_| {
        slot.download.set(form.xlsx_run);
        let Some(download) = form.xlsx else {
            return;
        };
        let dispatcher = form.dispatcher();
        let done = move |result| {
            dispatcher.dispatch(Action::XlsxDone {
                run: download.run,
                result,
            })
        };
        let Some((read, coverage)) = source else {
            return done(Err(FileError::BadRequest));
        };
        let Some(roster) = read
            .as_ref()
            .as_ref()
            .ok()
            .and_then(|r| r.roster.as_ref().ok())
        else {
            return done(Err(FileError::BadRequest));
        };
        let rows: Vec<_> = coverage.needing(roster, download.step).collect();
        let table = t::export_table(&rows, &coverage, lang, CsvOptions::PLAIN);
        let csv_name = t::download_file_name(download.step, coverage.reference);
        let name = format!(
            "{}.xlsx",
            csv_name.strip_suffix(".csv").unwrap_or(&csv_name)
        );
        let export = XlsxExport {
            sheet_name: t::SHEET_NEEDING.get(lang).to_owned(),
            columns: t::EXPORT_KINDS
                .into_iter()
                .map(|kind| ExportColumn { kind, width: None })
                .collect(),
        };
        let on_status = {
            let dispatcher = form.dispatcher();
            Callback::from(move |status| dispatcher.dispatch(Action::XlsxStatus(status)))
        };
        wasm_bindgen_futures::spawn_local(async move {
            done(save_xlsx(&slot, download.run, &on_status, export, &table, &name).await);
        });
    });
}
