#![no_main]
//! Fuzz the file worker's workbook path: any bytes opened as a workbook, every sheet read into a
//! table and its CSV — a typed error or a table, never a panic. Seeds: small .xlsx/.xls/.ods.

use sansang::files::protocol::{Request, Response};
use sansang::files::session::Session;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut session = Session::default();
    let reply = session.handle(
        Request::OpenWorkbook { file_name: String::new() },
        Some(data.to_vec()),
        &mut |_| {},
    );
    if let Response::Workbook(info) = reply.body {
        for sheet in 0..info.sheets.len().min(4) {
            let _ = session.handle(Request::ReadSheet { sheet }, None, &mut |_| {});
        }
    }
});
