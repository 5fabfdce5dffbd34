//! The bulk page's file worker work: the intake's tasks (open a workbook, read a sheet, decode
//! a text, convert TCVN3 or VNI: [`use_intake_work`]) and the downloads (CSV on the page, .xlsx
//! by the same worker). Each result is dispatched with the id of the task it answers, so the
//! reducer drops answers to a task that was cancelled or replaced ([`crate::forms::bulk`]).

use std::rc::Rc;

use yew::prelude::*;

use super::run::{self, RunToken};
use crate::catalogue::{Lang, bulk as t};
use crate::files::protocol::{ColumnKind, ExportColumn, FileError, XlsxExport};
use crate::forms::bulk::{
    Action, BulkState, Done, DownloadAction, Export, ExportFormat, ExportKind, Listed,
};
use crate::forms::intake::IntakeAction;
use crate::rules::bulk::export::{CLEANED_COLUMNS, CleanedCsv, ProblemsCsv, communes_table};
use crate::rules::bulk::{BulkColumns, BulkReport, Column, ProblemKind};
use crate::rules::delimited::{CsvOptions, Record};
use crate::rules::old_address::{OldUnits, Settlements};
use crate::ui::browser;
use crate::ui::files::WorkerStatus;
use crate::ui::files::intake::{WorkerSlot, XLSX_MIME, use_intake_work};
use crate::ui::pages::dispatching;
use crate::ui::shell::use_lang;

/// The page's file worker, the file its first task reads, and the download under way.
pub type FileSlot = WorkerSlot;

/// Runs the file worker tasks and the downloads the state asks for; returns the slot the page
/// hands chosen files to and cancels through.
#[hook]
pub fn use_file_work(state: &UseReducerHandle<BulkState>) -> Rc<FileSlot> {
    let lang = use_lang();
    let slot = use_intake_work(&state.intake, dispatching(state, Action::Intake));
    {
        let state = state.clone();
        let slot = slot.clone();
        use_effect_with(state.export.run, move |_| {
            slot.download.set(state.export.run);
            let Some((export, listed, done)) = state.exporting() else {
                return;
            };
            let Some(report) = listed.settled.clone() else {
                return;
            };
            let job = ExportJob {
                export,
                listed: listed.clone(),
                done: done.clone(),
                report,
                data: state.data.data(),
                settlements: state.settlements.clone(),
                lang,
            };
            let dispatcher = state.dispatcher();
            wasm_bindgen_futures::spawn_local(async move {
                let result = job.run(&slot, &dispatcher, &slot.download).await;
                dispatcher.dispatch(Action::Download(DownloadAction::Done {
                    run: export.run,
                    result,
                }));
            });
        });
    }
    slot
}

fn status_callback(dispatcher: &UseReducerDispatcher<BulkState>) -> Callback<WorkerStatus> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |status| {
        dispatcher.dispatch(Action::Intake(IntakeAction::WorkerStatus(status)));
    })
}

/// A download to make from a finished check.
struct ExportJob {
    export: Export,
    listed: Listed,
    done: Rc<Done>,
    /// The report as shown: the user's settlements applied.
    report: Rc<BulkReport>,
    /// The conversion data the check ran with, to name old units.
    data: Option<&'static OldUnits>,
    /// The choices for split old communes, applied by the cleaned list's own check.
    settlements: Rc<Settlements>,
    lang: Lang,
}

impl ExportJob {
    /// Writes the table (CSV on the page, walking the list again in slices), then the .xlsx in
    /// the worker, and offers the file.
    async fn run(
        &self,
        slot: &FileSlot,
        dispatcher: &UseReducerDispatcher<BulkState>,
        token: &RunToken,
    ) -> Result<(), FileError> {
        let format = self.export.what.format;
        let options = match format {
            ExportFormat::Csv => CsvOptions::EXCEL,
            // The workbook holds text cells, never formulas: nothing to guard.
            ExportFormat::Xlsx => CsvOptions::PLAIN,
        };
        let table = self
            .table(options, token)
            .await
            .ok_or(FileError::Cancelled)?;
        let (name, sheet) = names(self.export.what.kind);
        match format {
            ExportFormat::Csv => {
                run::download(name, &table);
                Ok(())
            }
            ExportFormat::Xlsx => {
                let worker = slot.worker(&status_callback(dispatcher))?;
                let export = XlsxExport {
                    sheet_name: sheet.get(self.lang).to_owned(),
                    columns: self.columns(),
                };
                let bytes = worker.write_xlsx(export, &table).await?;
                if token.get() != self.export.run {
                    return Err(FileError::Cancelled);
                }
                let name = name.strip_suffix(".csv").unwrap_or(name);
                browser::download_bytes(&format!("{name}.xlsx"), XLSX_MIME, &bytes);
                Ok(())
            }
        }
    }

    /// The table as CSV text; `None` when the download was cancelled meanwhile.
    async fn table(&self, options: CsvOptions, token: &RunToken) -> Option<String> {
        let lang = self.lang;
        let setup = &self.done.setup;
        let data = self.data;
        let message = |k: &ProblemKind| t::problem_sentence(k, data, lang);
        match self.export.what.kind {
            ExportKind::Problems => {
                let mut writer = ProblemsCsv::with_options(
                    &self.report.problems,
                    setup.columns,
                    t::headers(t::PROBLEM_HEADERS, lang),
                    options,
                );
                let finished = self
                    .walk(token, |record| {
                        if !writer.is_done() {
                            writer.push(
                                record,
                                |c| t::category_label(c).get(lang).to_owned(),
                                message,
                            );
                        }
                    })
                    .await;
                finished.then(|| writer.finish())
            }
            ExportKind::Cleaned => {
                let mut writer = CleanedCsv::with_options(
                    &setup.prepared.header,
                    setup.columns,
                    setup.province,
                    data,
                    &self.settlements,
                    t::cleaned_labels(lang),
                    options,
                );
                let words = t::BulkWords { lang, data };
                let finished = self.walk(token, |record| writer.push(record, &words)).await;
                finished.then(|| writer.finish())
            }
            ExportKind::Communes => Some(communes_table(
                &self.report,
                t::headers(t::COMMUNE_HEADERS, lang),
                [t::SPLIT_ROW.get(lang), t::UNASSIGNED.get(lang)],
                options,
            )),
        }
    }

    /// Reads the list's data rows again, in slices (false when cancelled).
    async fn walk(&self, token: &RunToken, each: impl FnMut(&Record<'_>)) -> bool {
        let setup = &self.done.setup;
        let text = &self.listed.list.text;
        run::walk(
            text,
            setup.delimiter,
            setup.prepared.header_row,
            token,
            |_| {},
            each,
        )
        .await
    }

    /// How each column of the .xlsx is written: codes as text (a tax code keeps its leading
    /// zero), counts and row numbers as numbers (docs/rules.md §6.5).
    fn columns(&self) -> Vec<ExportColumn> {
        use ColumnKind::{Code, Integer, Text};
        let kinds: Vec<ColumnKind> = match self.export.what.kind {
            ExportKind::Problems => vec![Integer, Text, Text, Code, Text],
            ExportKind::Communes => vec![
                Code, Text, Text, Integer, Integer, Integer, Integer, Integer,
            ],
            ExportKind::Cleaned => {
                // Row, tax code, its check, repeats row, commune code, commune, province, how it
                // was found, old commune read, phone, email, operating, to look at.
                let added: [ColumnKind; CLEANED_COLUMNS] = [
                    Integer, Code, Text, Integer, Code, Text, Text, Text, Text, Code, Text, Text,
                    Text,
                ];
                let columns = self.done.setup.columns;
                let originals =
                    (0..self.done.setup.prepared.header.len()).map(|i| original_kind(columns, i));
                added.into_iter().chain(originals).collect()
            }
        };
        kinds
            .into_iter()
            .map(|kind| ExportColumn { kind, width: None })
            .collect()
    }
}

/// An original column of the list: the tax code and phone columns hold codes.
fn original_kind(columns: BulkColumns, index: usize) -> ColumnKind {
    let code = [Column::TaxCode, Column::Phone]
        .into_iter()
        .any(|column| columns.get(column) == Some(index));
    if code {
        ColumnKind::Code
    } else {
        ColumnKind::Text
    }
}

/// A download's file name (CSV; the .xlsx swaps the extension) and sheet name.
fn names(kind: ExportKind) -> (&'static str, crate::catalogue::Text) {
    match kind {
        ExportKind::Problems => (t::FILE_PROBLEMS, t::SHEET_PROBLEMS),
        ExportKind::Cleaned => (t::FILE_CLEANED, t::SHEET_CLEANED),
        ExportKind::Communes => (t::FILE_COMMUNES, t::SHEET_COMMUNES),
    }
}
