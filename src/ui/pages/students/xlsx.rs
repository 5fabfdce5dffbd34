//! The .xlsx download of the students who still need a step: the table the CSV holds, written by
//! the file worker with typed columns (docs/rules.md §6.5), offered when the worker answers. A
//! newer download or Cancel makes the answer stale ([`crate::forms::students::XlsxDownload`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, students as t};
use crate::files::protocol::{ExportColumn, XlsxExport};
use crate::forms::students::check::{Data, Outcome};
use crate::forms::students::{Action, Form};
use crate::rules::delimited::CsvOptions;
use crate::ui::files::intake::{WorkerSlot, XlsxFile, use_xlsx_download};
use crate::ui::pages::dispatching;

/// Runs the .xlsx download the form asks for, from the roster results on screen.
#[hook]
pub fn use_students_xlsx(
    form: &UseReducerHandle<Form>,
    outcome: Option<&Outcome>,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) {
    let source = outcome.and_then(|outcome| match &outcome.data {
        Data::Roster { read, coverage } => Some((read.clone(), coverage.clone())),
        Data::Counts { .. } => None,
    });
    let make = move |step| {
        let (read, coverage) = source?;
        let roster = read
            .as_ref()
            .as_ref()
            .ok()
            .and_then(|r| r.roster.as_ref().ok())?;
        let rows: Vec<_> = coverage.needing(roster, step).collect();
        let csv_name = t::download_file_name(step, coverage.reference);
        Some(XlsxFile {
            export: XlsxExport {
                sheet_name: t::SHEET_NEEDING.get(lang).to_owned(),
                columns: t::EXPORT_KINDS
                    .into_iter()
                    .map(|kind| ExportColumn { kind, width: None })
                    .collect(),
            },
            table: t::export_table(&rows, &coverage, lang, CsvOptions::PLAIN),
            name: format!(
                "{}.xlsx",
                csv_name.strip_suffix(".csv").unwrap_or(&csv_name)
            ),
        })
    };
    use_xlsx_download(&form.xlsx, slot, dispatching(form, Action::Xlsx), make);
}
