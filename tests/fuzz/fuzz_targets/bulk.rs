#![no_main]
//! The bulk check must never panic on any file: decoding, header mapping, the check itself with
//! and without the old-address conversion data, the per-commune tally, the split old communes,
//! settlements and the exports. Invariants: every row gets exactly one tax-code verdict and one
//! commune reading; the tallies (definite, split, unassigned) add up to the distinct
//! organizations, before and after settling every split; problems stay in row order; the check
//! is deterministic; the cleaned export has one line per data row plus the header.
//!
//! The first byte chooses the shape: odd inputs are checked as they are; even ones get the tax
//! office's header of pre-merger lists above them ("Phường/Xã", "Quận/Huyện", "Tỉnh/Thành
//! phố", "Địa chỉ trụ sở", "Địa chỉ cũ"), so every row has district and province cells.

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sansang::rules::bulk::export::{
    CLEANED_COLUMNS, CleanedCsv, CleanedLabels, CommuneCounts, ProblemsCsv, RowWords,
};
use sansang::rules::bulk::{
    self, AddressReading, BulkColumns, ProblemKind, check_text, data_records,
};
use sansang::rules::old_address::{OldUnits, Settlements};

/// The committed asset (the fuzz target may embed it; the app never does).
const ASSET: &[u8] = include_bytes!("../../../www/data/old-units.bin");

fn data() -> &'static OldUnits {
    static DATA: OnceLock<OldUnits> = OnceLock::new();
    DATA.get_or_init(|| OldUnits::decode(ASSET).expect("the committed asset decodes"))
}

const LABELS: CleanedLabels = CleanedLabels {
    headers: [""; CLEANED_COLUMNS],
    valid: "valid",
    cannot_verify: "cannot verify",
    invalid: "invalid",
    missing: "missing",
    operating: "yes",
    not_operating: "no",
};

/// Words that are the debug form of what they describe.
struct DebugWords;

impl RowWords for DebugWords {
    fn problem(&self, kind: &ProblemKind) -> String {
        format!("{kind:?}")
    }
    fn how(&self, address: &AddressReading) -> String {
        format!("{address:?}")
    }
    fn old_place(&self, address: &AddressReading) -> String {
        format!("{:?}", address.outcome())
    }
}

const OLD_LIST_HEADER: &str =
    "Mã số thuế,Tên người nộp thuế,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Địa chỉ trụ sở,Địa chỉ cũ\n";

fn check(text: &str, old_data: Option<&OldUnits>) {
    let Some((prepared, report)) = check_text(text, None, old_data) else {
        return;
    };
    let s = report.summary;
    assert_eq!(
        s.tax_valid + s.tax_invalid + s.tax_cannot_verify + s.tax_missing,
        s.rows
    );
    assert_eq!(s.commune_matched() + s.commune_problems(), s.rows);
    let tallied = |r: &bulk::BulkReport| {
        r.communes.iter().map(|t| t.organizations).sum::<u32>()
            + r.split_organizations()
            + r.unassigned
    };
    assert_eq!(tallied(&report), s.distinct());
    assert!(report.problems.windows(2).all(|w| w[0].row <= w[1].row));
    assert_eq!(check_text(text, None, old_data).map(|c| c.1), Some(report.clone()));

    // Settle every split with its last candidate: the counts move, the totals stay.
    let mut settlements = Settlements::new();
    for split in &report.splits {
        assert!(split.candidates.len() >= 2);
        if let Some(&last) = split.candidates.last() {
            settlements.settle(split.old_code, last);
        }
    }
    let settled = report.with_settlements(&settlements);
    assert!(settled.splits.is_empty());
    assert_eq!(tallied(&settled), s.distinct());
    assert_eq!(settled.summary.commune_matched(), s.commune_matched() + s.commune_split);
    assert_eq!(report.with_settlements(&Settlements::new()), report);
    let counts = CommuneCounts::from_report(&settled);
    assert_eq!(counts.split, 0);

    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut cleaned = CleanedCsv::new(
        &prepared.header,
        columns,
        None,
        old_data,
        &settlements,
        LABELS,
    );
    let mut problems = ProblemsCsv::new(&report.problems, columns, [""; 5]);
    for record in data_records(text, prepared.delimiter, prepared.header_row) {
        cleaned.push(&record, &DebugWords);
        problems.push(&record, |c| format!("{c:?}"), |k| format!("{k:?}"));
    }
    let _ = cleaned.finish();
    // Every problem belongs to a data row of the same text, so the export writes them all.
    assert!(problems.is_done());
    let _ = problems.finish();
    let _ = bulk::read_status(text);
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&mode, rest)) = bytes.split_first() else {
        return;
    };
    let _ = bulk::check_bytes(rest, None, Some(data()));
    // The lossy text equals the input when it is valid UTF-8.
    let text = String::from_utf8_lossy(rest);
    let text = if mode % 2 == 0 {
        format!("{OLD_LIST_HEADER}{text}")
    } else {
        text.into_owned()
    };
    check(&text, Some(data()));
    if mode % 4 < 2 {
        check(&text, None);
    }
});
