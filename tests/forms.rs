//! Page state, natively: every page's reducer (`sansang::forms`) driven action by action, the
//! way the page dispatches them, without a browser.
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms/bulk.rs"]
mod bulk;
#[path = "forms/campaign.rs"]
mod campaign;
#[path = "support/campaign_workbooks.rs"]
mod campaign_workbooks;
#[path = "support/old_units.rs"]
mod old_units;
#[path = "forms/organization.rs"]
mod organization;
#[path = "forms/students.rs"]
mod students;
#[path = "forms/watchdog.rs"]
mod watchdog;
#[path = "support/wording.rs"]
mod wording;
#[path = "support/zip_parts.rs"]
mod zip_parts;

use std::rc::Rc;

use sansang::files::protocol::{Request, Response, TableInfo, WorkbookInfo};
use sansang::files::session::Session;
use sansang::forms::Reducer;

/// Applies `actions` in order, as the page would dispatch them.
pub fn after<S: Reducer>(state: S, actions: impl IntoIterator<Item = S::Action>) -> Rc<S> {
    actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.apply(action))
}

/// A workbook as the file worker reads it (its session, natively): what opening it answers, and
/// each sheet's table and CSV.
pub fn worker_reads(name: &str, bytes: Vec<u8>) -> (WorkbookInfo, Vec<(TableInfo, String)>) {
    let mut session = Session::default();
    let open = Request::OpenWorkbook {
        file_name: name.into(),
    };
    let Response::Workbook(book) = session.handle(open, Some(bytes), &mut |_| {}).body else {
        panic!("{name} opens");
    };
    let sheets = (0..book.sheets.len())
        .map(|sheet| {
            let reply = session.handle(Request::ReadSheet { sheet }, None, &mut |_| {});
            let Response::Table(info) = reply.body else {
                panic!("{name}: sheet {sheet} reads");
            };
            let csv = String::from_utf8(reply.bytes.expect("csv")).expect("utf-8");
            (info, csv)
        })
        .collect();
    (book, sheets)
}
