//! The bulk check page (`#/danh-sach`): choosing a list, the mapping step, runs and their
//! reports, and what a list that cannot be read does to the page.

use std::rc::Rc;

use sansang::forms::Reducer;
use sansang::forms::bulk::{
    Action, BulkState, Check, Done, Field, InputError, LoadError, Loaded, Mappings, Phase, Problem,
    Progress, SetupChange, Source, is_workbook, load_bytes,
};
use sansang::rules::bulk::{BulkChecker, BulkColumns, Column, mapping_key};
use sansang::rules::delimited::{Delimiter, Encoding, MAX_INPUT_BYTES, ReadError};
use sansang::rules::units::ProvinceCode;

use super::after;

/// Headers the check knows for sure: it starts at once.
const SURE: &str = "Mã số thuế\tTên doanh nghiệp\tPhường/xã\n\
    0100109106\tViettel\tPhường Ba Đình\n\
    0314409058-002\tChi nhánh\tPhường Sài Gòn\n";
/// A tax code header matched only by a near miss: the mapping step asks first.
const UNSURE: &str = "Mã số thuế của đơn vị\tTên\n0100109106\tViettel\n0314409058-002\tChi nhánh\n";

fn file(text: &str) -> Result<Loaded, LoadError> {
    load_bytes(
        Source::File("danh-sach.tsv".to_owned()),
        text.as_bytes().to_vec(),
    )
}

fn pasted(text: &str) -> Vec<Action> {
    vec![Action::Paste(text.to_owned()), Action::CheckPaste]
}

fn check(state: &BulkState) -> &Check {
    &state.listed().expect("a list").check
}

/// The results of run `run` of the page's current list and setup.
fn finished(state: &BulkState, run: u32) -> Action {
    let listed = state.listed().expect("a list");
    let setup = listed.setup.clone();
    let report = BulkChecker::new(setup.columns, setup.province).finish();
    Action::Finished {
        run,
        done: Rc::new(Done {
            report,
            damage: Default::default(),
            setup,
        }),
    }
}

fn province(code: u8) -> Option<ProvinceCode> {
    ProvinceCode::new(code).ok()
}

#[test]
fn a_list_with_sure_headers_starts_at_once_and_remembers_its_mapping() {
    for (how, actions) in [
        ("pasted", pasted(SURE)),
        (
            "file",
            vec![Action::ReadingFile, Action::FileRead(file(SURE))],
        ),
    ] {
        let state = after(BulkState::default(), actions);
        assert_eq!(state.errors, [], "{how}");
        assert!(!state.reading, "{how}");
        let listed = state.listed().expect(how);
        assert_eq!(listed.setup.delimiter, Delimiter::Tab, "{how}");
        assert_eq!(listed.setup.columns.tax_code, Some(0), "{how}");
        assert!(!listed.setup.needs_review(), "{how}");
        assert_eq!(
            listed.check,
            Check::Running {
                run: state.run,
                progress: Progress::default()
            },
            "{how}"
        );
        assert_eq!(
            state.running().map(|(run, _)| run),
            Some(state.run),
            "{how}"
        );
        assert_eq!(
            state.remembered.get(&listed.setup.mapping_key()),
            Some(&listed.setup.columns),
            "{how}: the started mapping is remembered"
        );
    }
}

#[test]
fn unsure_headers_wait_in_the_mapping_step_until_start() {
    let state = after(BulkState::default(), pasted(UNSURE));
    let listed = state.listed().expect("a list");
    assert!(listed.setup.needs_review());
    assert_eq!(
        listed.setup.columns.tax_code,
        Some(0),
        "pre-filled with the near match"
    );
    assert_eq!(listed.check, Check::NotStarted);
    assert!(state.running().is_none());
    assert!(
        state.remembered.is_empty(),
        "nothing remembered before a start"
    );

    let started = after((*state).clone(), [Action::Start]);
    assert!(matches!(check(&started), Check::Running { run, .. } if *run == started.run));
    assert_ne!(started.run, state.run);
}

#[test]
fn a_remembered_mapping_is_used_and_skips_the_mapping_step() {
    let header = ["Mã số thuế của đơn vị", "Tên"];
    let chosen = BulkColumns {
        tax_code: Some(0),
        name: Some(1),
        ..BulkColumns::default()
    };
    let remembered: Mappings = [(mapping_key(&header), chosen)].into_iter().collect();
    let state = after(BulkState::new(remembered), pasted(UNSURE));
    let listed = state.listed().expect("a list");
    assert!(listed.setup.remembered);
    assert_eq!(listed.setup.columns, chosen);
    assert!(matches!(listed.check, Check::Running { .. }));
}

#[test]
fn a_remembered_mapping_past_the_header_is_cut_to_it() {
    let header = ["Mã số thuế của đơn vị", "Tên"];
    let longer = BulkColumns {
        tax_code: Some(0),
        email: Some(7),
        ..BulkColumns::default()
    };
    let remembered: Mappings = [(mapping_key(&header), longer)].into_iter().collect();
    let state = after(BulkState::new(remembered), pasted(UNSURE));
    let columns = state.listed().expect("a list").setup.columns;
    assert_eq!(columns.email, None);
    assert_eq!(columns.tax_code, Some(0));
}

#[test]
fn errors_that_stop_the_page_name_their_control() {
    let header_only = "Mã số thuế\tTên\n";
    let too_large = Err(LoadError::Read(ReadError::TooLarge {
        bytes: MAX_INPUT_BYTES + 1,
        max: MAX_INPUT_BYTES,
    }));
    let cases: Vec<(&str, Vec<Action>, InputError)> = vec![
        (
            "empty paste",
            vec![Action::Paste("  \n ".to_owned()), Action::CheckPaste],
            InputError {
                field: Field::Paste,
                problem: Problem::EmptyPaste,
            },
        ),
        (
            "pasted header only",
            pasted(header_only),
            InputError {
                field: Field::Paste,
                problem: Problem::NoRows,
            },
        ),
        (
            "file with a header only",
            vec![Action::FileRead(file(header_only))],
            InputError {
                field: Field::File,
                problem: Problem::NoRows,
            },
        ),
        (
            "file too large",
            vec![Action::FileRead(too_large)],
            InputError {
                field: Field::File,
                problem: Problem::Load(LoadError::Read(ReadError::TooLarge {
                    bytes: MAX_INPUT_BYTES + 1,
                    max: MAX_INPUT_BYTES,
                })),
            },
        ),
        (
            "blank file",
            vec![Action::FileRead(file(" \r\n\t"))],
            InputError {
                field: Field::File,
                problem: Problem::Load(LoadError::Empty),
            },
        ),
        (
            "the browser failed",
            vec![Action::FileRead(Err(LoadError::Failed))],
            InputError {
                field: Field::File,
                problem: Problem::Load(LoadError::Failed),
            },
        ),
    ];
    for (case, actions, error) in cases {
        let state = after(BulkState::default(), actions);
        assert_eq!(state.errors, [error], "{case}");
        assert_eq!(state.attempt, 1, "{case}: the summary takes focus");
        assert_eq!(state.error_on(error.field), Some(error.problem), "{case}");
        assert!(state.listed().is_none(), "{case}");
    }
}

#[test]
fn a_workbook_gets_its_panel_not_an_error() {
    let state = after(
        BulkState::default(),
        [
            Action::ReadingFile,
            Action::FileRead(Err(LoadError::Workbook)),
        ],
    );
    assert_eq!(
        state.phase,
        Phase::Choosing {
            failed: Some(LoadError::Workbook)
        }
    );
    assert_eq!(state.errors, []);
    assert_eq!(state.attempt, 0);
    assert!(!state.reading);
}

#[test]
fn the_start_is_refused_while_the_mapping_has_a_problem() {
    let listed = after(BulkState::default(), pasted(UNSURE));
    let cases = [
        (
            "no tax code column",
            SetupChange::Column(Column::TaxCode, None),
            InputError {
                field: Field::Column(Column::TaxCode),
                problem: Problem::NoTaxCodeColumn,
            },
        ),
        (
            "one file column twice",
            SetupChange::Column(Column::Address, Some(1)),
            InputError {
                field: Field::Column(Column::Name),
                problem: Problem::ColumnTwice,
            },
        ),
    ];
    for (case, change, error) in cases {
        let state = after((*listed).clone(), [Action::Setup(change), Action::Start]);
        assert_eq!(state.errors, [error], "{case}");
        assert_eq!(*check(&state), Check::NotStarted, "{case}");
        assert_eq!(state.run, listed.run, "{case}: no run");
        assert!(state.remembered.is_empty(), "{case}: nothing remembered");
    }
}

#[test]
fn mapping_changes_apply_to_the_setup_only() {
    let listed = after(BulkState::default(), pasted(UNSURE));
    let state = after(
        (*listed).clone(),
        [
            Action::Setup(SetupChange::Province(province(1))),
            Action::Setup(SetupChange::Column(Column::Name, None)),
        ],
    );
    let setup = &state.listed().expect("a list").setup;
    assert_eq!(setup.province, province(1));
    assert_eq!(setup.columns.name, None);
    assert_eq!(*check(&state), Check::NotStarted);

    // Another delimiter reads the header again (one column, then); the province stays.
    let state = after(
        (*state).clone(),
        [Action::Setup(SetupChange::Delimiter(Delimiter::Comma))],
    );
    let setup = &state.listed().expect("a list").setup;
    assert_eq!(setup.delimiter, Delimiter::Comma);
    assert!(setup.delimiter_confident, "chosen by the user");
    assert_eq!(setup.prepared.header.len(), 1);
    assert_eq!(setup.province, province(1));
}

#[test]
fn mapping_changes_without_a_list_change_nothing() {
    let state = Rc::new(BulkState::default());
    let next = state
        .clone()
        .apply(Action::Setup(SetupChange::Province(province(1))));
    assert_eq!(*next, *state);
    let next = state.clone().apply(Action::Start);
    assert_eq!(*next, *state);
}

#[test]
fn the_next_list_keeps_the_chosen_province() {
    let state = after(
        BulkState::default(),
        [
            Action::Paste(UNSURE.to_owned()),
            Action::CheckPaste,
            Action::Setup(SetupChange::Province(province(91))),
            Action::FileRead(file(SURE)),
        ],
    );
    assert_eq!(state.listed().expect("a list").setup.province, province(91));
}

#[test]
fn a_run_moves_on_by_its_own_reports_only() {
    let running = after(BulkState::default(), pasted(SURE));
    let run = running.run;
    let progress = Progress {
        rows: 1,
        permille: 500,
    };

    let moved = running.clone().apply(Action::Progress { run, progress });
    assert_eq!(*check(&moved), Check::Running { run, progress });

    let stale = running.clone().apply(Action::Progress {
        run: run.wrapping_sub(1),
        progress,
    });
    assert!(
        Rc::ptr_eq(&stale, &running),
        "a stale report changes nothing"
    );

    let done = moved.clone().apply(finished(&moved, run));
    assert!(matches!(check(&done), Check::Done(_)));
    assert_eq!(done.arrivals, 1, "the results take focus");
    assert!(done.running().is_none());

    // A late progress report of the finished run does not bring the bar back.
    let late = done.clone().apply(Action::Progress { run, progress });
    assert!(Rc::ptr_eq(&late, &done));
}

#[test]
fn a_cancelled_run_stays_cancelled() {
    let running = after(BulkState::default(), pasted(SURE));
    let run = running.run;
    let cancelled = running.clone().apply(Action::Cancel);
    assert_eq!(*check(&cancelled), Check::Cancelled);
    assert_ne!(
        cancelled.run, run,
        "the running work sees a new id and stops"
    );
    let ignored = cancelled.clone().apply(finished(&running, run));
    assert!(Rc::ptr_eq(&ignored, &cancelled));
    // Nothing to cancel any more.
    let again = cancelled.clone().apply(Action::Cancel);
    assert!(Rc::ptr_eq(&again, &cancelled));
    // "Kiểm tra lại" starts a new run.
    let restarted = cancelled.clone().apply(Action::Start);
    assert!(matches!(check(&restarted), Check::Running { run: r, .. } if *r == restarted.run));
}

#[test]
fn a_new_list_replaces_the_last_one_and_its_run() {
    let first = after(BulkState::default(), pasted(SURE));
    let first_run = first.run;
    let done = first.clone().apply(finished(&first, first_run));

    let second = after(
        (*done).clone(),
        [Action::ReadingFile, Action::FileRead(file(UNSURE))],
    );
    let listed = second.listed().expect("a list");
    assert_eq!(listed.list.source, Source::File("danh-sach.tsv".to_owned()));
    assert_eq!(listed.check, Check::NotStarted);
    assert_ne!(second.run, first_run);
    // The first run's last word arrives late: ignored.
    let late = second.clone().apply(finished(&first, first_run));
    assert!(Rc::ptr_eq(&late, &second));
}

#[test]
fn a_list_that_cannot_be_used_stops_the_check_and_keeps_the_last_list() {
    let done = {
        let running = after(BulkState::default(), pasted(SURE));
        let run = running.run;
        running.clone().apply(finished(&running, run))
    };
    // Read but without data rows: the last list stays, its results put away.
    let no_rows = after((*done).clone(), pasted("Mã số thuế\n"));
    assert_eq!(no_rows.errors[0].problem, Problem::NoRows);
    assert_eq!(no_rows.listed().expect("the last list").list.text, SURE);
    assert_eq!(*check(&no_rows), Check::NotStarted);
    // Not read at all: back to choosing.
    let failed = after((*done).clone(), [Action::FileRead(Err(LoadError::Failed))]);
    assert_eq!(
        failed.phase,
        Phase::Choosing {
            failed: Some(LoadError::Failed)
        }
    );
    assert_eq!(&*failed.paste, SURE, "the paste box keeps what was typed");
}

#[test]
fn the_paste_box_keeps_what_is_typed() {
    let state = after(
        BulkState::default(),
        [Action::Paste("Mã số thuế\n01".to_owned())],
    );
    assert_eq!(&*state.paste, "Mã số thuế\n01");
    assert!(state.listed().is_none());
    assert_eq!(state.attempt, 0);
}

/// The encoding and text a load gives, or why it fails.
type Expected = Result<(Encoding, &'static str), LoadError>;

#[test]
fn bytes_load_by_their_encoding() {
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Mã\tTên\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let cases: Vec<(&str, Source, Vec<u8>, Expected)> = vec![
        (
            "UTF-8",
            Source::Paste,
            "Mã\n".into(),
            Ok((Encoding::Utf8, "Mã\n")),
        ),
        (
            "UTF-8 with a byte-order mark",
            Source::Paste,
            b"\xEF\xBB\xBFM\xC3\xA3\n".to_vec(),
            Ok((Encoding::Utf8Bom, "Mã\n")),
        ),
        (
            "UTF-16",
            Source::Paste,
            utf16le,
            Ok((Encoding::Utf16Le, "Mã\tTên\n")),
        ),
        (
            "blank",
            Source::Paste,
            b" \n\t".to_vec(),
            Err(LoadError::Empty),
        ),
        (
            "a workbook by name",
            Source::File("Danh sach.XLSX".to_owned()),
            b"a,b\n".to_vec(),
            Err(LoadError::Workbook),
        ),
        (
            "a workbook by its bytes",
            Source::File("danh-sach.csv".to_owned()),
            b"PK\x03\x04rest".to_vec(),
            Err(LoadError::Workbook),
        ),
        (
            "zip bytes pasted are text",
            Source::Paste,
            b"PK\x03\x04rest".to_vec(),
            Ok((Encoding::Utf8, "PK\x03\x04rest")),
        ),
    ];
    for (case, source, bytes, expected) in cases {
        let size = bytes.len();
        let loaded = load_bytes(source.clone(), bytes);
        match expected {
            Ok((encoding, text)) => {
                let loaded = loaded.unwrap_or_else(|e| panic!("{case}: {e:?}"));
                assert_eq!(loaded.encoding, encoding, "{case}");
                assert_eq!(loaded.text, text, "{case}");
                assert_eq!(loaded.bytes, size, "{case}");
                assert_eq!(loaded.source, source, "{case}");
            }
            Err(error) => assert_eq!(loaded.err(), Some(error), "{case}"),
        }
    }
}

#[test]
fn workbooks_are_known_by_name_or_first_bytes() {
    for (name, head, expected) in [
        ("a.xlsx", &b""[..], true),
        ("a.ODS", b"", true),
        ("a.xls", b"", true),
        ("a.csv", b"\xD0\xCF\x11\xE0", true),
        ("a.csv", b"PK\x03\x04", true),
        ("a.csv", b"PK,", false),
        ("xlsx.csv", b"", false),
    ] {
        assert_eq!(is_workbook(name, head), expected, "{name} {head:?}");
    }
}
