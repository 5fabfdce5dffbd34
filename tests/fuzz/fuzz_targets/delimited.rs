#![no_main]
//! Decoding and reading delimited text must never panic, on any bytes; rows stay ordered;
//! header matching and yes/no cells survive whatever the file holds; a written table reads back.

use libfuzzer_sys::fuzz_target;
use sansang::rules::delimited::{
    self, ColumnSpec, CsvOptions, Delimiter, Reader, parse_table, parse_yes_no, write_csv,
};

const SPECS: [ColumnSpec; 2] = [
    ColumnSpec {
        key: "tax_code",
        names: &["Mã số thuế", "MST", "Tax code"],
    },
    ColumnSpec {
        key: "full_name",
        names: &["Họ và tên", "Họ tên", "Full name"],
    },
];

fn check_text(text: &str) {
    let table = parse_table(text);
    assert!(table.warnings.len() <= delimited::MAX_WARNINGS);
    let mapping = delimited::match_headers(&table.header, &SPECS);
    assert_eq!(mapping.columns.len(), SPECS.len());
    let mut last_row = table.header_row;
    for row in &table.rows {
        assert!(row.row > last_row && row.line >= row.row);
        last_row = row.row;
        for field in &row.fields {
            let _ = parse_yes_no(field);
        }
    }
    // Round trip: what was read, written plainly, reads back the same.
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    let delimiter = table.delimiter.delimiter;
    let options = CsvOptions {
        delimiter,
        bom: false,
        crlf: true,
        guard_formulas: false,
    };
    let csv = write_csv(&rows, options);
    let again: Vec<Vec<String>> = Reader::new(&csv, delimiter)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(again, rows);
    let _ = write_csv(&rows, CsvOptions::EXCEL);
    for d in Delimiter::ALL {
        for record in Reader::new(text, d).take(1000) {
            assert!(!record.fields.is_empty());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = delimited::decode(data) {
        let table = decoded.table();
        assert!(table.warnings.len() <= delimited::MAX_WARNINGS);
    }
    // The lossy text equals the input when it is valid UTF-8: check each distinct text once.
    match std::str::from_utf8(data) {
        Ok(text) => check_text(text),
        Err(_) => check_text(&String::from_utf8_lossy(data)),
    }
});
