//! The bulk check page (`#/danh-sach`): choosing a list, the mapping step, runs and their
//! reports, what a list that cannot be read does to the page; workbooks and legacy encodings
//! through the file worker (the intake), and the downloads.

use std::rc::Rc;

use sansang::files::protocol::{
    FileError, LegacyOffer, Progress as WorkProgress, Request, Response, SheetInfo, Stage,
    TableInfo, TextEncoding, TextInfo, WorkbookFormat, WorkbookInfo, WorkerStatus,
};
use sansang::files::session::Session;
use sansang::forms::Reducer;
use sansang::forms::bulk::{
    Action, BulkState, Check, Converted, Done, DownloadAction, Export, ExportFormat, ExportKind,
    ExportRequest, Field, InputError, IntakeAction, LoadError, Loaded, Mappings, Phase, Problem,
    Progress, SetupChange, Source, Step, Task, WorkerInput, is_workbook, load_bytes, worker_input,
};
use sansang::forms::old_data::{DataStatus, LoadFailure};
use sansang::rules::bulk::{BulkChecker, BulkColumns, Column, data_records, mapping_key};
use sansang::rules::date::DateSystem;
use sansang::rules::delimited::{Delimiter, Encoding, MAX_INPUT_BYTES, ReadError};
use sansang::rules::legacy_text::{self, LegacyScheme};
use sansang::rules::old_address::{OldUnits, Settlements};
use sansang::rules::sheet::SheetWarning;
use sansang::rules::units::{CommuneCode, ProvinceCode};

use super::after;
use super::old_units::{a_split_commune, data};

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

/// The file the page read, or could not read.
fn read(result: Result<Loaded, LoadError>) -> Action {
    match result {
        Ok(list) => Action::Intake(IntakeAction::TextRead(list)),
        Err(error) => Action::FileNotRead(error),
    }
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
    let report = BulkChecker::new(setup.columns, setup.province, None).finish();
    Action::Finished {
        run,
        done: Rc::new(Done {
            report,
            damage: Default::default(),
            setup,
            with_data: false,
            wants_old_data: false,
        }),
    }
}

/// Run `run` of the page's list, really checked (with the conversion data when `data`), as the
/// page's check effect reports it.
fn checked(state: &BulkState, run: u32, data: Option<&'static OldUnits>) -> Action {
    let listed = state.listed().expect("a list");
    let setup = listed.setup.clone();
    let mut checker = BulkChecker::new(setup.columns, setup.province, data);
    for record in data_records(
        &listed.list.text,
        setup.delimiter,
        setup.prepared.header_row,
    ) {
        checker.check(&record);
    }
    let wants_old_data = checker.wants_old_data();
    Action::Finished {
        run,
        done: Rc::new(Done {
            report: checker.finish(),
            damage: Default::default(),
            setup,
            with_data: data.is_some(),
            wants_old_data,
        }),
    }
}

/// The tax office's layout: address, commune, district and province cells.
const TAX_OFFICE_HEADER: &str =
    "Mã số thuế,Tên người nộp thuế,Địa chỉ trụ sở,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố\n";

/// A list of the tax office with one new address and one old one in separate cells.
fn old_and_new_list() -> String {
    format!(
        "{TAX_OFFICE_HEADER}0100109106,Viettel,Số 1 Giang Văn Minh,Phường Ba Đình,,Hà Nội\n\
         0314409058,Công ty Độc Lập,Thôn 2,Xã Độc Lập,Huyện Hưng Hà,Tỉnh Thái Bình\n"
    )
}

/// A list with three rows in the first old commune split between new ones (address in one
/// cell), and the old commune's code and its candidates.
fn split_list() -> (String, u32, Vec<CommuneCode>) {
    let (commune, district, province) = a_split_commune(data()).expect("a split old commune");
    let mut text = TAX_OFFICE_HEADER.to_owned();
    for (i, code) in ["0100109106", "0314409058", "0101243150"]
        .iter()
        .enumerate()
    {
        text.push_str(&format!(
            "{code},Hợp tác xã {i},\"Thôn {i}, {commune}, {district}, {province}\",,,\n"
        ));
    }
    let state = after(
        BulkState::remembering(Mappings::default(), Settlements::new(), Some(data())),
        pasted(&text),
    );
    let Action::Finished { done, .. } = checked(&state, state.run, Some(data())) else {
        unreachable!()
    };
    let split = done.report.splits.first().expect("the rows are split");
    (text, split.old_code, split.candidates.clone())
}

fn province(code: u8) -> Option<ProvinceCode> {
    ProvinceCode::new(code).ok()
}

#[test]
fn a_list_with_sure_headers_starts_at_once_and_remembers_its_mapping() {
    for (how, actions) in [
        ("pasted", pasted(SURE)),
        ("file", vec![Action::ReadingFile, read(file(SURE))]),
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
            vec![read(file(header_only))],
            InputError {
                field: Field::File,
                problem: Problem::NoRows,
            },
        ),
        (
            "file too large",
            vec![read(too_large)],
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
            vec![read(file(" \r\n\t"))],
            InputError {
                field: Field::File,
                problem: Problem::Load(LoadError::Empty),
            },
        ),
        (
            "the browser failed",
            vec![Action::FileNotRead(LoadError::Failed)],
            InputError {
                field: Field::File,
                problem: Problem::Load(LoadError::Failed),
            },
        ),
    ];
    for (case, actions, error) in cases {
        let state = after(BulkState::default(), actions);
        assert_eq!(state.errors, std::slice::from_ref(&error), "{case}");
        assert_eq!(state.attempt, 1, "{case}: the summary takes focus");
        assert_eq!(state.error_on(error.field), Some(&error.problem), "{case}");
        assert!(state.listed().is_none(), "{case}");
    }
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
            read(file(SURE)),
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

    let second = after((*done).clone(), [Action::ReadingFile, read(file(UNSURE))]);
    let listed = second.listed().expect("a list");
    assert_eq!(listed.list.source, Source::File("danh-sach.tsv".to_owned()));
    assert_eq!(listed.check, Check::NotStarted);
    assert_ne!(second.run, first_run);
    // The first run's last word arrives late: ignored.
    let late = second.clone().apply(finished(&first, first_run));
    assert!(Rc::ptr_eq(&late, &second));
}

#[test]
fn a_list_that_cannot_be_used_keeps_the_last_list_and_its_results() {
    let done = {
        let running = after(BulkState::default(), pasted(SURE));
        let run = running.run;
        running.clone().apply(finished(&running, run))
    };
    for (case, action, problem) in [
        (
            "read but without data rows",
            read(file("Mã số thuế\n")),
            Problem::NoRows,
        ),
        (
            "not read at all",
            Action::FileNotRead(LoadError::Failed),
            Problem::Load(LoadError::Failed),
        ),
        (
            "a damaged workbook",
            Action::Intake(IntakeAction::FileFailed {
                run: done.intake.run,
                error: FileError::Damaged,
            }),
            Problem::File(FileError::Damaged),
        ),
    ] {
        let before = if matches!(action, Action::Intake(IntakeAction::FileFailed { .. })) {
            after((*done).clone(), [to_worker(WorkerInput::Workbook)])
        } else {
            done.clone()
        };
        let action = match action {
            Action::Intake(IntakeAction::FileFailed { error, .. }) => {
                Action::Intake(IntakeAction::FileFailed {
                    run: before.intake.run,
                    error,
                })
            }
            other => other,
        };
        let failed = before.apply(action);
        assert_eq!(failed.errors[0].problem, problem, "{case}");
        assert_eq!(failed.errors[0].field, Field::File, "{case}");
        assert_eq!(
            failed.phase, done.phase,
            "{case}: the list and its results stay"
        );
        assert_eq!(failed.run, done.run, "{case}: no run was stopped");
        assert_eq!(failed.intake.intake, None, "{case}");
        assert_eq!(
            &*failed.paste, SURE,
            "{case}: the paste box keeps what was typed"
        );
    }
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

#[test]
fn a_list_with_old_columns_fetches_the_data_and_is_checked_again_with_it() {
    let state = after(BulkState::default(), pasted(&old_and_new_list()));
    // District and province columns: the data is asked for while the check runs without it.
    assert_eq!(state.data, DataStatus::Loading);
    assert!(state.fetches_data());
    let first = state.running().expect("the check runs at once").0;
    assert!(!state.run_with_data);

    let without = state.clone().apply(checked(&state, first, None));
    let report = without.report().expect("results");
    assert_eq!(report.summary.commune_current, 1);
    assert_eq!(
        report.summary.commune_converted, 0,
        "never guessed without the data"
    );
    assert_eq!(without.data, DataStatus::Loading, "still on its way");

    let with = without.apply(Action::DataLoaded(Ok(data())));
    let (second, _) = with.running().expect("checked again with the data");
    assert!(second != first && with.run_with_data);
    assert!(
        with.report().is_none(),
        "the old results give way to the new run"
    );
    assert!(!with.fetches_data());

    let done = with.clone().apply(checked(&with, second, Some(data())));
    let report = done.report().expect("results");
    assert_eq!(report.summary.commune_current, 1);
    assert_eq!(
        report.summary.commune_converted, 1,
        "Xã Độc Lập, Huyện Hưng Hà → its new commune"
    );
    assert_eq!(report.converted_organizations(), 1);
    assert_eq!(done.arrivals, 2);
}

#[test]
fn data_arriving_during_a_run_without_it_restarts_the_run_and_not_a_finished_new_list() {
    let state = after(BulkState::default(), pasted(&old_and_new_list()));
    let first = state.running().expect("running").0;
    let restarted = state.apply(Action::DataLoaded(Ok(data())));
    let second = restarted.running().expect("running again").0;
    assert_ne!(first, second);
    // The first run's late report is ignored.
    let late = restarted.clone().apply(finished(&restarted, first));
    assert!(Rc::ptr_eq(&late, &restarted));

    // A list of today's addresses only: no fetch, and the data's arrival does not re-check it.
    let plain = after(BulkState::default(), pasted(SURE));
    let run = plain.running().expect("running").0;
    let plain = plain.clone().apply(checked(&plain, run, None));
    assert_eq!(plain.data, DataStatus::NotLoaded);
    let arrived = plain.apply(Action::DataLoaded(Ok(data())));
    assert!(matches!(check(&arrived), Check::Done(_)));
}

#[test]
fn without_the_data_the_rest_of_the_check_stands_and_the_page_can_try_again() {
    // An old address in the address cell only (no district column): found by the check.
    let text = format!(
        "{TAX_OFFICE_HEADER}0100109106,Công ty Độc Lập,\"Thôn 2, Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình\",,,\n"
    )
    .replace(",Phường/Xã,Quận/Huyện,Tỉnh/Thành phố", ",Ghi chú 1,Ghi chú 2,Ghi chú 3");
    let state = after(
        BulkState::default(),
        [Action::Paste(text), Action::CheckPaste],
    );
    let state = if state.running().is_none() {
        state.apply(Action::Start)
    } else {
        state
    };
    assert_eq!(state.data, DataStatus::NotLoaded, "no old-address column");
    let run = state.running().expect("running").0;
    let done = state.clone().apply(checked(&state, run, None));
    assert_eq!(
        done.data,
        DataStatus::Loading,
        "the check met an old address"
    );

    let failed = done.apply(Action::DataLoaded(Err(LoadFailure::Offline)));
    assert_eq!(failed.data, DataStatus::Failed(LoadFailure::Offline));
    let report = failed.report().expect("the results stay");
    assert_eq!(report.summary.rows, 1);
    assert_eq!(report.summary.tax_valid, 1);
    assert_eq!(
        report.summary.commune_needs_data, 1,
        "not converted: data not available"
    );
    assert!(!failed.fetches_data(), "no fetch loop after a failure");

    let retry = failed.apply(Action::RetryData);
    assert!(retry.fetches_data());
    let damaged = retry.apply(Action::DataLoaded(Err(LoadFailure::NotBuilt)));
    assert_eq!(damaged.data, DataStatus::Failed(LoadFailure::NotBuilt));
}

#[test]
fn a_split_old_commune_is_settled_for_the_whole_list_in_one_step_and_can_be_undone() {
    let (text, old, candidates) = split_list();
    assert!(candidates.len() >= 2);
    let state = after(
        BulkState::remembering(Mappings::default(), Settlements::new(), Some(data())),
        pasted(&text),
    );
    assert!(
        state.run_with_data,
        "the data of this session is used at once"
    );
    let run = state.running().expect("running").0;
    let done = state.clone().apply(checked(&state, run, Some(data())));
    let report = done.report().expect("results");
    assert_eq!(report.summary.commune_split, 3);
    assert_eq!(report.splits.len(), 1);
    for &candidate in &candidates {
        let tally = report
            .communes
            .iter()
            .find(|t| t.commune == candidate)
            .expect("possibly");
        assert_eq!((tally.organizations, tally.possibly), (0, 3));
    }

    let chosen = *candidates.get(1).expect("a second candidate");
    let settled = done.apply(Action::Settle {
        old,
        new: Some(chosen),
    });
    assert_eq!(settled.settlements.get(old), Some(chosen));
    let report = settled.report().expect("results");
    assert_eq!(report.summary.commune_split, 0);
    assert_eq!(report.summary.commune_converted, 3);
    assert!(report.splits.is_empty());
    let tally = report
        .communes
        .iter()
        .find(|t| t.commune == chosen)
        .expect("counted");
    assert_eq!(
        (tally.organizations, tally.from_old, tally.possibly),
        (3, 3, 0)
    );
    assert!(report.communes.iter().all(|t| t.possibly == 0));
    // The check as it ran keeps the split, so the step still offers it.
    let Check::Done(ran) = check(&settled) else {
        unreachable!()
    };
    assert_eq!(ran.report.splits.len(), 1);

    let undone = settled.apply(Action::Settle { old, new: None });
    assert!(undone.settlements.is_empty());
    assert_eq!(undone.report().expect("results").summary.commune_split, 3);
}

#[test]
fn a_remembered_settlement_applies_to_the_next_list_and_a_wrong_choice_is_ignored() {
    let (text, old, candidates) = split_list();
    let chosen = *candidates.first().expect("a candidate");
    let mut remembered = Settlements::new();
    remembered.settle(old, chosen);
    let state = after(
        BulkState::remembering(Mappings::default(), remembered, Some(data())),
        pasted(&text),
    );
    let run = state.running().expect("running").0;
    let done = state.clone().apply(checked(&state, run, Some(data())));
    let report = done.report().expect("results");
    assert_eq!(report.summary.commune_converted, 3);
    assert!(report.splits.is_empty());

    // A commune that is not one of the candidates settles nothing.
    let elsewhere = CommuneCode::parse("00004").expect("a commune");
    assert!(!candidates.contains(&elsewhere));
    let wrong = done.apply(Action::Settle {
        old,
        new: Some(elsewhere),
    });
    assert_eq!(wrong.report().expect("results").summary.commune_split, 3);
}

// ------------------------------------------------------------------ the file worker (intake)

/// A list as the tax office sends it in a workbook: a title row, then the header in row 3 (the
/// worker's CSV keeps sheet row numbers with blank lines).
const SHEET_CSV: &str = "\n\nMã số thuế,Tên doanh nghiệp,Phường/xã\n\
    0100109106,Viettel,Phường Ba Đình\n0314409058-002,Chi nhánh,Phường Sài Gòn\n";
/// The same list typed with a TCVN3 (.VnTime) font, as a UTF-8 CSV written from it.
const TCVN3_CSV: &str = "M· sè thuÕ,Tªn doanh nghiÖp,Ph\u{AD}êng/x·\n\
    0100109106,C«ng ty Hßa B×nh,X· VÜnh Hßa HiÖp\n0314409058-002,Chi nh¸nh,Ph\u{AD}êng Sµi Gßn\n";

fn to_worker(input: WorkerInput) -> Action {
    Action::Intake(IntakeAction::ToWorker {
        name: "danh-sach.xlsx".to_owned(),
        bytes: 20_480,
        input,
    })
}

fn book(sheets: &[&str]) -> WorkbookInfo {
    WorkbookInfo {
        format: WorkbookFormat::Xlsx,
        sheets: sheets
            .iter()
            .map(|name| SheetInfo {
                name: (*name).to_owned(),
                hidden: false,
            })
            .collect(),
    }
}

fn table(sheet: &str, legacy: Option<LegacyOffer>) -> TableInfo {
    TableInfo {
        sheet: sheet.to_owned(),
        header_row: 3,
        header: vec!["Mã số thuế".into(), "Tên doanh nghiệp".into()],
        rows: 2,
        date_system: DateSystem::Excel1900,
        warnings: vec![SheetWarning::TitleRowsSkipped {
            rows: 1,
            header_row: 3,
        }],
        warnings_omitted: 0,
        legacy,
    }
}

/// What the file worker's session answers for a text (its detector, its preview).
fn worker_text_info(text: &str) -> TextInfo {
    let reply = Session::default().handle(
        Request::DecodeText,
        Some(text.as_bytes().to_vec()),
        &mut |_| {},
    );
    match reply.body {
        Response::Text(info) => info,
        other => panic!("expected a decoded text, got {other:?}"),
    }
}

/// The offer the worker makes for [`TCVN3_CSV`].
fn tcvn3_offer() -> LegacyOffer {
    worker_text_info(TCVN3_CSV).legacy.expect("TCVN3 found")
}

/// The state after `actions`, each built from the state before it (a report names the task
/// it answers by the state's `file_run`).
/// An action built from the state it applies to.
type MakeAction = Box<dyn Fn(&BulkState) -> Action>;

fn steps(state: BulkState, actions: Vec<MakeAction>) -> Rc<BulkState> {
    actions.into_iter().fold(Rc::new(state), |state, make| {
        let action = make(&state);
        state.apply(action)
    })
}

fn step(state: &BulkState) -> &Step {
    &state.intake.intake.as_ref().expect("an intake").step
}

/// A page with a checked list and its results.
fn with_results() -> Rc<BulkState> {
    let running = after(BulkState::default(), pasted(SURE));
    let run = running.run;
    running.clone().apply(finished(&running, run))
}

#[test]
fn files_go_to_the_worker_by_name_or_bytes() {
    let utf16le: Vec<u8> = [0xFF, 0xFE, b'M', 0, b'a', 0].to_vec();
    let cut = "Mã số thuế".as_bytes();
    let cases: [(&str, &str, &[u8], Option<WorkerInput>); 8] = [
        ("UTF-8 CSV", "ds.csv", "Mã số thuế\n".as_bytes(), None),
        ("a letter cut at the slice's end", "ds.csv", &cut[..2], None),
        ("UTF-16 text", "ds.txt", &utf16le, None),
        (
            "Windows-1258 CSV",
            "ds.csv",
            b"T\xEAn,\xD0i\xF2a chi\xD2\n",
            Some(WorkerInput::Text),
        ),
        (
            "TCVN3 bytes",
            "ds.txt",
            b"X\xB7 V\xDCnh",
            Some(WorkerInput::Text),
        ),
        ("an .xlsx", "DS.XLSX", b"", Some(WorkerInput::Workbook)),
        (
            "an .xls named .csv",
            "ds.csv",
            b"\xD0\xCF\x11\xE0rest",
            Some(WorkerInput::Workbook),
        ),
        (
            "an .ods",
            "ds.ods",
            b"PK\x03\x04",
            Some(WorkerInput::Workbook),
        ),
    ];
    for (case, name, head, expected) in cases {
        assert_eq!(worker_input(name, head), expected, "{case}");
    }
}

#[test]
fn a_workbook_with_one_sheet_is_read_at_once() {
    let state = steps(
        BulkState::default(),
        vec![
            Box::new(|_| Action::ReadingFile),
            Box::new(|_| to_worker(WorkerInput::Workbook)),
        ],
    );
    assert!(!state.reading);
    let (run, task, intake) = state.intake.task().expect("a task for the worker");
    assert_eq!(
        (task, intake.name.as_str()),
        (Task::OpenWorkbook, "danh-sach.xlsx")
    );
    assert_eq!(state.phase, Phase::Choosing, "nothing listed yet");

    // The worker loads (first use), then reports progress.
    let loading = state
        .clone()
        .apply(Action::Intake(IntakeAction::WorkerStatus(
            WorkerStatus::Loading,
        )));
    assert_eq!(
        *step(&loading),
        Step::Working {
            task: Task::OpenWorkbook,
            status: Some(WorkerStatus::Loading)
        }
    );
    let opened = loading.apply(Action::Intake(IntakeAction::WorkbookOpened {
        run,
        book: book(&["DN 2026"]),
    }));
    let (read_run, task, _) = opened.intake.task().expect("reads the only sheet");
    assert_eq!(task, Task::ReadSheet(0));
    assert_ne!(read_run, run, "a new task, a new id");

    let listed = opened.apply(Action::Intake(IntakeAction::SheetRead {
        run: read_run,
        info: table("DN 2026", None),
        csv: SHEET_CSV.to_owned(),
    }));
    assert_eq!(listed.intake.intake, None);
    assert_eq!(listed.errors, []);
    let list = &listed.listed().expect("a list").list;
    assert_eq!(
        list.source,
        Source::Sheet {
            file: "danh-sach.xlsx".to_owned(),
            sheet: "DN 2026".to_owned()
        }
    );
    assert_eq!(list.bytes, 20_480);
    let notes = list.notes.sheet.as_ref().expect("sheet notes");
    assert_eq!(notes.format, WorkbookFormat::Xlsx);
    assert_eq!(notes.warnings.len(), 1);
    let setup = &listed.listed().expect("a list").setup;
    assert_eq!(setup.prepared.header_row, 3, "the sheet's own row numbers");
    assert!(
        matches!(check(&listed), Check::Running { .. }),
        "sure headers start at once"
    );
}

#[test]
fn several_sheets_ask_which_and_an_empty_one_asks_again() {
    let picking = steps(
        BulkState::default(),
        vec![
            Box::new(|_| to_worker(WorkerInput::Workbook)),
            Box::new(|s| {
                Action::Intake(IntakeAction::WorkbookOpened {
                    run: s.intake.run,
                    book: book(&["Hướng dẫn", "Trống", "DN 2026"]),
                })
            }),
        ],
    );
    assert_eq!(*step(&picking), Step::ChooseSheet);
    assert!(
        picking.intake.task().is_none(),
        "the worker waits for the choice"
    );
    // A sheet the workbook does not have changes nothing.
    let unknown = picking
        .clone()
        .apply(Action::Intake(IntakeAction::PickSheet(3)));
    assert!(Rc::ptr_eq(&unknown, &picking));

    let empty = steps(
        (*picking).clone(),
        vec![
            Box::new(|_| Action::Intake(IntakeAction::PickSheet(1))),
            Box::new(|s| {
                Action::Intake(IntakeAction::FileFailed {
                    run: s.intake.run,
                    error: FileError::EmptySheet {
                        sheet: "Trống".to_owned(),
                    },
                })
            }),
        ],
    );
    assert_eq!(
        *step(&empty),
        Step::ChooseSheet,
        "the picker stays for another sheet"
    );
    assert_eq!(
        empty.error_on(Field::File),
        Some(&Problem::File(FileError::EmptySheet {
            sheet: "Trống".to_owned()
        }))
    );
    let listed = steps(
        (*empty).clone(),
        vec![
            Box::new(|_| Action::Intake(IntakeAction::PickSheet(2))),
            Box::new(|s| {
                Action::Intake(IntakeAction::SheetRead {
                    run: s.intake.run,
                    info: table("DN 2026", None),
                    csv: SHEET_CSV.to_owned(),
                })
            }),
        ],
    );
    assert_eq!(listed.errors, [], "the error goes with the good sheet");
    assert_eq!(listed.intake.intake, None);
    assert!(listed.listed().is_some());
}

#[test]
fn a_sheet_the_page_cannot_use_goes_back_to_the_picker_and_an_only_sheet_ends_the_intake() {
    let header_only = "Mã số thuế,Tên doanh nghiệp\n";
    for (sheets, picker) in [
        (&["Hướng dẫn", "DN 2026"][..], true),
        (&["DN 2026"][..], false),
    ] {
        let opened = steps(
            (*with_results()).clone(),
            vec![
                Box::new(|_| to_worker(WorkerInput::Workbook)),
                Box::new(move |s| {
                    Action::Intake(IntakeAction::WorkbookOpened {
                        run: s.intake.run,
                        book: book(sheets),
                    })
                }),
            ],
        );
        let reading = if picker {
            opened.apply(Action::Intake(IntakeAction::PickSheet(1)))
        } else {
            opened
        };
        let refused = reading
            .clone()
            .apply(Action::Intake(IntakeAction::SheetRead {
                run: reading.intake.run,
                info: table("DN 2026", None),
                csv: header_only.to_owned(),
            }));
        assert_eq!(
            refused.error_on(Field::File),
            Some(&Problem::NoRows),
            "{sheets:?}"
        );
        assert!(
            matches!(check(&refused), Check::Done(_)),
            "{sheets:?}: results stay"
        );
        match &refused.intake.intake {
            Some(intake) => {
                assert!(picker, "{sheets:?}");
                assert_eq!(intake.step, Step::ChooseSheet);
                assert!(
                    intake.book.is_some(),
                    "the picker keeps the workbook's sheets"
                );
            }
            None => assert!(!picker, "{sheets:?}: nothing else to pick"),
        }
    }
}

#[test]
fn cancel_keeps_what_the_page_had_and_late_answers_are_dropped() {
    let done = with_results();
    let opening = done.clone().apply(to_worker(WorkerInput::Workbook));
    let old_run = opening.intake.run;
    let cancelled = opening.apply(Action::Intake(IntakeAction::CancelFile));
    assert_eq!(cancelled.intake.intake, None);
    assert!(
        cancelled.intake.stopped,
        "the page says it kept what it had"
    );
    assert_eq!(cancelled.phase, done.phase, "the list and results stay");
    assert_eq!(cancelled.errors, []);
    // The worker's answer to the cancelled task arrives anyway: ignored.
    let late = cancelled
        .clone()
        .apply(Action::Intake(IntakeAction::WorkbookOpened {
            run: old_run,
            book: book(&["A"]),
        }));
    assert!(Rc::ptr_eq(&late, &cancelled));
    let late = cancelled
        .clone()
        .apply(Action::Intake(IntakeAction::FileFailed {
            run: old_run,
            error: FileError::Cancelled,
        }));
    assert!(Rc::ptr_eq(&late, &cancelled));
    // A second Cancel has nothing to stop.
    let again = cancelled
        .clone()
        .apply(Action::Intake(IntakeAction::CancelFile));
    assert!(Rc::ptr_eq(&again, &cancelled));
    // The next file clears the note.
    let next = cancelled.apply(Action::ReadingFile);
    assert!(!next.intake.stopped);
}

#[test]
fn a_new_file_replaces_the_one_in_the_worker() {
    let opening = after(BulkState::default(), [to_worker(WorkerInput::Workbook)]);
    let first = opening.intake.run;
    // A CSV read by the page while the workbook opens: it wins, the workbook's answer is late.
    let listed = opening.apply(read(file(SURE)));
    assert_eq!(listed.intake.intake, None);
    assert!(listed.listed().is_some());
    let late = listed
        .clone()
        .apply(Action::Intake(IntakeAction::WorkbookOpened {
            run: first,
            book: book(&["A"]),
        }));
    assert!(Rc::ptr_eq(&late, &listed));
    // Another workbook: a new task.
    let second = listed.apply(to_worker(WorkerInput::Workbook));
    assert_ne!(second.intake.run, first);
}

#[test]
fn worker_errors_name_the_file_input() {
    for error in [
        FileError::Encrypted,
        FileError::Damaged,
        FileError::NotAWorkbook,
        FileError::TooLarge {
            bytes: 60 << 20,
            max: 32 << 20,
        },
        FileError::InflatesPastLimit { max: 200 << 20 },
        FileError::TooManyRows { max: 500_000 },
        FileError::WorkerUnavailable,
        FileError::WorkerStopped,
        FileError::ReaderCrashed,
        FileError::ReaderStopped { seconds: 30 },
    ] {
        let reported = error.clone();
        let state = steps(
            BulkState::default(),
            vec![
                Box::new(|_| to_worker(WorkerInput::Workbook)),
                Box::new(move |s| {
                    Action::Intake(IntakeAction::FileFailed {
                        run: s.intake.run,
                        error: reported.clone(),
                    })
                }),
            ],
        );
        assert_eq!(
            state.errors,
            [InputError {
                field: Field::File,
                problem: Problem::File(error.clone())
            }],
            "{error:?}"
        );
        assert_eq!(state.attempt, 1, "{error:?}: the summary takes focus");
        assert_eq!(state.intake.intake, None, "{error:?}");
        assert!(!state.intake.stopped, "{error:?}");
    }
}

#[test]
fn a_reader_crash_keeps_the_list_and_results_and_the_next_file_starts_afresh() {
    // A list checked, then a workbook of several sheets whose second sheet crashes the reader.
    let checked = after(BulkState::default(), pasted(SURE));
    let run = checked.run;
    let done = finished(&checked, run);
    let checked = checked.apply(done);
    let crashed = steps(
        (*checked).clone(),
        vec![
            Box::new(|_| to_worker(WorkerInput::Workbook)),
            Box::new(|s| {
                Action::Intake(IntakeAction::WorkbookOpened {
                    run: s.intake.run,
                    book: book(&["Hướng dẫn", "DN 2026"]),
                })
            }),
            Box::new(|_| Action::Intake(IntakeAction::PickSheet(1))),
            Box::new(|s| {
                Action::Intake(IntakeAction::FileFailed {
                    run: s.intake.run,
                    error: FileError::ReaderCrashed,
                })
            }),
        ],
    );
    assert_eq!(
        crashed.error_on(Field::File),
        Some(&Problem::File(FileError::ReaderCrashed))
    );
    assert_eq!(
        crashed.intake.intake, None,
        "no picker: the worker is gone with the workbook"
    );
    assert_eq!(
        crashed.phase, checked.phase,
        "the list and its results are kept"
    );
    assert!(matches!(check(&crashed), Check::Done(_)));
    // A late word from the dead worker's request changes nothing.
    let late = crashed
        .clone()
        .apply(Action::Intake(IntakeAction::SheetRead {
            run: crashed.intake.run,
            info: table("DN 2026", None),
            csv: SHEET_CSV.to_owned(),
        }));
    assert!(Rc::ptr_eq(&late, &crashed));
    // The next file asks the worker again (the page starts a fresh one).
    let next = crashed.apply(to_worker(WorkerInput::Workbook));
    assert_eq!(
        next.intake.task().map(|(_, task, _)| task),
        Some(Task::OpenWorkbook)
    );
    assert!(next.errors.is_empty(), "the crashed file's error is gone");
}

#[test]
fn legacy_cells_in_a_sheet_are_converted_by_the_worker_only_when_asked() {
    let offered = steps(
        BulkState::default(),
        vec![
            Box::new(|_| to_worker(WorkerInput::Workbook)),
            Box::new(|s| {
                Action::Intake(IntakeAction::WorkbookOpened {
                    run: s.intake.run,
                    book: book(&["DS"]),
                })
            }),
            Box::new(|s| {
                Action::Intake(IntakeAction::SheetRead {
                    run: s.intake.run,
                    info: table("DS", Some(tcvn3_offer())),
                    csv: TCVN3_CSV.to_owned(),
                })
            }),
        ],
    );
    match step(&offered) {
        Step::Offer { offer, lines } => {
            assert_eq!(offer.found.scheme, LegacyScheme::Tcvn3);
            assert!(!lines);
        }
        other => panic!("expected the offer, got {other:?}"),
    }
    assert_eq!(
        offered.phase,
        Phase::Choosing,
        "nothing listed before the user decides"
    );

    // "Chuyển sang Unicode": the worker converts what it read.
    let converting = offered
        .clone()
        .apply(Action::Intake(IntakeAction::ConvertLegacy));
    let (run, task, _) = converting.intake.task().expect("a conversion task");
    assert_eq!(task, Task::Convert(LegacyScheme::Tcvn3));
    let converted_text = legacy_text::convert(TCVN3_CSV, LegacyScheme::Tcvn3).into_owned();
    let converted = converting.apply(Action::Intake(IntakeAction::Converted {
        run,
        changed: 9,
        text: converted_text.clone(),
    }));
    let list = &converted.listed().expect("a list").list;
    assert_eq!(list.text, converted_text);
    assert!(list.text.contains("Xã Vĩnh Hòa Hiệp"));
    assert_eq!(
        list.notes.converted,
        Some(Converted {
            scheme: LegacyScheme::Tcvn3,
            changed: 9,
            lines: false
        })
    );
    assert!(list.notes.sheet.is_some(), "the sheet's notes stay");
    assert_eq!(
        converted.listed().expect("a list").setup.columns.tax_code,
        Some(0),
        "converted headers map"
    );

    // "Giữ nguyên": the text as it is.
    let kept = offered.apply(Action::Intake(IntakeAction::KeepLegacy));
    let list = &kept.listed().expect("a list").list;
    assert_eq!(list.text, TCVN3_CSV);
    assert_eq!(list.notes.converted, None);
    assert_eq!(kept.intake.intake, None);
}

#[test]
fn text_in_a_windows_code_page_says_which() {
    let decoded = |encoding, replaced, text: &str, legacy: Option<LegacyOffer>| {
        let text = text.to_owned();
        steps(
            BulkState::default(),
            vec![
                Box::new(|_| {
                    Action::Intake(IntakeAction::ToWorker {
                        name: "ds.csv".to_owned(),
                        bytes: 300,
                        input: WorkerInput::Text,
                    })
                }),
                Box::new(move |s| {
                    Action::Intake(IntakeAction::TextDecoded {
                        run: s.intake.run,
                        info: TextInfo {
                            encoding,
                            replaced,
                            legacy: legacy.clone(),
                        },
                        text: text.clone(),
                    })
                }),
            ],
        )
    };
    let state = decoded(TextEncoding::Windows1258, 0, SURE, None);
    let list = &state.listed().expect("a list").list;
    assert_eq!(list.source, Source::File("ds.csv".to_owned()));
    assert_eq!(list.notes.code_page, Some(TextEncoding::Windows1258));
    assert_eq!(list.invalid, None);

    // Bytes Windows-1258 does not define: replaced, and the first line that has one said.
    let damaged = "Mã số thuế\tTên\n0100109106\tA\n0314409058\tB\u{FFFD}\n";
    let state = decoded(TextEncoding::Windows1258, 1, damaged, None);
    let invalid = state
        .listed()
        .expect("a list")
        .list
        .invalid
        .expect("replaced");
    assert_eq!((invalid.replaced, invalid.first_line), (1, 3));

    // UTF-8 after all (a damaged byte): no code page to mention.
    let state = decoded(TextEncoding::Utf8, 1, damaged, None);
    assert_eq!(state.listed().expect("a list").list.notes.code_page, None);

    // A blank text is an empty file.
    let state = decoded(TextEncoding::Windows1258, 0, " \n", None);
    assert_eq!(
        state.error_on(Field::File),
        Some(&Problem::Load(LoadError::Empty))
    );
    assert_eq!(state.intake.intake, None);

    // TCVN3 bytes seen through Windows-1252: offered line by line, converted by the worker.
    let state = decoded(TextEncoding::Windows1252, 0, TCVN3_CSV, Some(tcvn3_offer()));
    assert!(matches!(step(&state), Step::Offer { lines: true, .. }));
    let converted = steps(
        (*state).clone(),
        vec![
            Box::new(|_| Action::Intake(IntakeAction::ConvertLegacy)),
            Box::new(|s| {
                Action::Intake(IntakeAction::Converted {
                    run: s.intake.run,
                    changed: 3,
                    text: legacy_text::convert(TCVN3_CSV, LegacyScheme::Tcvn3).into_owned(),
                })
            }),
        ],
    );
    let list = &converted.listed().expect("a list").list;
    assert_eq!(list.notes.code_page, Some(TextEncoding::Windows1252));
    assert_eq!(
        list.notes.converted.map(|c| (c.changed, c.lines)),
        Some((3, true))
    );
}

#[test]
fn utf8_text_with_legacy_letters_goes_to_the_worker_for_a_look_and_is_offered_a_conversion() {
    for (how, actions, source) in [
        (
            "file",
            vec![read(file(TCVN3_CSV))],
            Source::File("danh-sach.tsv".to_owned()),
        ),
        ("paste", pasted(TCVN3_CSV), Source::Paste),
    ] {
        let looking = after(BulkState::default(), actions);
        let (_, task, intake) = looking.intake.task().expect("a look by the worker");
        assert_eq!(task, Task::FindLegacy, "{how}");
        assert_eq!(
            intake.read.as_ref().map(|r| r.text.as_str()),
            Some(TCVN3_CSV),
            "{how}: the page keeps the text it read"
        );
        assert_eq!(looking.phase, Phase::Choosing, "{how}: nothing listed yet");

        let info = worker_text_info(TCVN3_CSV);
        let run = looking.intake.run;
        let offered = looking.apply(Action::Intake(IntakeAction::TextDecoded {
            run,
            info,
            text: TCVN3_CSV.to_owned(),
        }));
        match step(&offered) {
            Step::Offer { offer, lines } => {
                assert_eq!(offer.found.scheme, LegacyScheme::Tcvn3, "{how}");
                assert!(lines, "{how}: the worker counts lines of a text");
                let first = offer.preview.samples.first().expect("a sample");
                assert_eq!(
                    first.after, "Mã số thuế,Tên doanh nghiệp,Phường/xã",
                    "{how}"
                );
            }
            other => panic!("{how}: expected the offer, got {other:?}"),
        }

        // "Chuyển sang Unicode": the worker converts the text it looked at.
        let converting = offered
            .clone()
            .apply(Action::Intake(IntakeAction::ConvertLegacy));
        let (run, task, _) = converting.intake.task().expect("a conversion task");
        assert_eq!(task, Task::Convert(LegacyScheme::Tcvn3), "{how}");
        let converted = converting.apply(Action::Intake(IntakeAction::Converted {
            run,
            changed: 3,
            text: legacy_text::convert(TCVN3_CSV, LegacyScheme::Tcvn3).into_owned(),
        }));
        let listed = converted.listed().expect("a list");
        assert!(listed.list.text.contains("Công ty Hòa Bình"), "{how}");
        assert_eq!(listed.list.source, source, "{how}: the source stays");
        assert_eq!(
            listed.list.notes.converted,
            Some(Converted {
                scheme: LegacyScheme::Tcvn3,
                changed: 3,
                lines: true
            }),
            "{how}"
        );
        assert_eq!(converted.intake.intake, None, "{how}");
        let kept = offered.apply(Action::Intake(IntakeAction::KeepLegacy));
        assert_eq!(kept.listed().expect("a list").list.text, TCVN3_CSV, "{how}");
    }
}

#[test]
fn a_look_the_worker_cannot_give_takes_the_text_as_the_page_read_it() {
    for error in [FileError::WorkerUnavailable, FileError::WorkerStopped] {
        let looking = after(BulkState::default(), vec![read(file(TCVN3_CSV))]);
        let run = looking.intake.run;
        let state = looking.apply(Action::Intake(IntakeAction::FileFailed {
            run,
            error: error.clone(),
        }));
        let listed = state.listed().expect("a list");
        assert_eq!(listed.list.text, TCVN3_CSV, "{error:?}");
        assert_eq!(listed.list.notes.converted, None, "{error:?}");
        assert!(state.errors.is_empty(), "{error:?}: nothing to fix");
        assert_eq!(state.intake.intake, None, "{error:?}");
    }
}

#[test]
fn the_page_glances_and_the_worker_decides() {
    // The page's glance (legacy_text::may_hold_legacy), then the worker's detector.
    for (case, text, glance, offered) in [
        ("Unicode Vietnamese", SURE, false, false),
        (
            "English and codes",
            "Tax code,Name\n0100109106,Viettel\n",
            false,
            false,
        ),
        // ü and ñ are VNI letters: the glance sends it on; the detector sees no Vietnamese.
        (
            "Latin-1 names",
            "Name\nMüller\nPeña\nJosé Ñúñez\n",
            true,
            false,
        ),
        ("TCVN3", TCVN3_CSV, true, true),
        (
            "VNI",
            "Teân,Ñòa chæ\nCoâng ty Hoøa Bình,Xaõ Vónh Hoøa Hieäp\n",
            true,
            true,
        ),
    ] {
        assert_eq!(legacy_text::may_hold_legacy(text), glance, "{case}: glance");
        let found = worker_text_info(text).legacy.is_some();
        assert_eq!(found, offered, "{case}: worker");
        let state = after(BulkState::default(), vec![read(file(text))]);
        assert_eq!(
            state.intake.task().map(|(_, task, _)| task) == Some(Task::FindLegacy),
            glance,
            "{case}: the worker is asked only after the glance"
        );
    }
}

fn start(kind: ExportKind, format: ExportFormat) -> Action {
    Action::Download(DownloadAction::Start(ExportRequest { kind, format }))
}

#[test]
fn downloads_wait_for_results_and_one_runs_at_a_time() {
    let listed = after(BulkState::default(), pasted(UNSURE));
    let early = listed
        .clone()
        .apply(start(ExportKind::Problems, ExportFormat::Xlsx));
    assert!(
        Rc::ptr_eq(&early, &listed),
        "no results, nothing to download"
    );

    let done = with_results();
    let exporting = done
        .clone()
        .apply(start(ExportKind::Cleaned, ExportFormat::Xlsx));
    let (export, _, _) = exporting.exporting().expect("a download under way");
    assert_eq!(
        export,
        Export {
            run: exporting.export.run,
            what: ExportRequest {
                kind: ExportKind::Cleaned,
                format: ExportFormat::Xlsx,
            },
            status: None
        }
    );
    let second = exporting
        .clone()
        .apply(start(ExportKind::Communes, ExportFormat::Csv));
    assert!(Rc::ptr_eq(&second, &exporting), "one at a time");

    // The worker's progress goes to the download when no file is on its way in.
    let writing = WorkerStatus::Working(WorkProgress {
        stage: Stage::Writing,
        done: 10_000,
        total: 100_000,
    });
    let progressed = exporting
        .clone()
        .apply(Action::Intake(IntakeAction::WorkerStatus(writing)));
    assert_eq!(
        progressed.export.current.and_then(|e| e.status),
        Some(writing)
    );

    // A late answer of another download is ignored; its own ends it.
    let late = progressed
        .clone()
        .apply(Action::Download(DownloadAction::Done {
            run: progressed.export.run.wrapping_sub(1),
            result: Ok(()),
        }));
    assert!(Rc::ptr_eq(&late, &progressed));
    let failed = progressed
        .clone()
        .apply(Action::Download(DownloadAction::Done {
            run: progressed.export.run,
            result: Err(FileError::WorkerUnavailable),
        }));
    assert_eq!(failed.export.current, None);
    assert_eq!(failed.export.error, Some(FileError::WorkerUnavailable));
    assert_eq!(failed.phase, done.phase, "the results stay");
    let saved = progressed
        .clone()
        .apply(Action::Download(DownloadAction::Done {
            run: progressed.export.run,
            result: Ok(()),
        }));
    assert_eq!(
        (saved.export.current, saved.export.error.clone()),
        (None, None)
    );

    // Cancel: stopped quietly, its late "cancelled" ignored.
    let cancelled = progressed.apply(Action::Download(DownloadAction::Cancel));
    assert_eq!(cancelled.export.current, None);
    let late = cancelled
        .clone()
        .apply(Action::Download(DownloadAction::Done {
            run: cancelled.export.run.wrapping_sub(1),
            result: Err(FileError::Cancelled),
        }));
    assert!(Rc::ptr_eq(&late, &cancelled));
    assert_eq!(cancelled.export.error, None);

    // A new list clears the last download's error.
    let next = failed.apply(read(file(SURE)));
    assert_eq!(next.export.error, None);
}
