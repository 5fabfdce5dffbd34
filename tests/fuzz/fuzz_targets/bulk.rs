#![no_main]
//! The bulk check must never panic on any file: decoding, header mapping, the check itself,
//! the per-commune tally and the exports. Invariants: every row gets exactly one tax-code
//! verdict and one commune reading; the tallies add up to the distinct organizations; problems
//! stay in row order; the cleaned export has one line per data row plus the header.

use libfuzzer_sys::fuzz_target;
use sansang::rules::bulk::export::{CleanedCsv, CleanedLabels, CLEANED_COLUMNS, ProblemsCsv};
use sansang::rules::bulk::{self, BulkColumns, check_text, data_records};

const LABELS: CleanedLabels = CleanedLabels {
    headers: [""; CLEANED_COLUMNS],
    valid: "valid",
    cannot_verify: "cannot verify",
    invalid: "invalid",
    missing: "missing",
    operating: "yes",
    not_operating: "no",
};

fn check(text: &str) {
    let Some((prepared, report)) = check_text(text, None) else {
        return;
    };
    let s = report.summary;
    assert_eq!(
        s.tax_valid + s.tax_invalid + s.tax_cannot_verify + s.tax_missing,
        s.rows
    );
    assert_eq!(s.commune_matched + s.commune_problems(), s.rows);
    let tallied: u32 =
        report.communes.iter().map(|t| t.organizations).sum::<u32>() + report.unassigned;
    assert_eq!(tallied, s.distinct());
    assert!(report.problems.windows(2).all(|w| w[0].row <= w[1].row));

    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut cleaned = CleanedCsv::new(&prepared.header, columns, None, LABELS);
    let mut problems = ProblemsCsv::new(&report.problems, columns, [""; 5]);
    for record in data_records(text, prepared.delimiter, prepared.header_row) {
        cleaned.push(&record, |k| format!("{k:?}"));
        problems.push(&record, |c| format!("{c:?}"), |k| format!("{k:?}"));
    }
    let _ = cleaned.finish();
    // Every problem belongs to a data row of the same text, so the export writes them all.
    assert!(problems.is_done());
    let _ = problems.finish();
    let _ = bulk::read_status(text);
}

fuzz_target!(|data: &[u8]| {
    let _ = bulk::check_bytes(data, None);
    // The lossy text equals the input when it is valid UTF-8: check it once.
    match std::str::from_utf8(data) {
        Ok(text) => check(text),
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
});
