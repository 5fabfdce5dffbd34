//! The campaign tracker (`#/chien-dich`): a weekly table or a unit table opened from a file
//! through the shared intake (workbooks and legacy text through the file worker, here its
//! session natively), and the .xlsx of the progress table.

use std::rc::Rc;

use chrono::NaiveDate;
use sansang::catalogue::{Lang, campaign_page};
use sansang::files::protocol::{
    ColumnKind, ExportColumn, FileError, Request, Response, WorkerStatus, XlsxExport,
};
use sansang::files::session::Session;
use sansang::forms::Reducer;
use sansang::forms::campaign::{
    ImportAction, ImportMode, TableFileError, TableSource, TrackerAction, TrackerState,
};
use sansang::forms::download::DownloadAction;
use sansang::forms::intake::{
    IntakeAction, IntakeError, Loaded, Source, Step, Task, WorkerInput, load_bytes, worker_input,
};
use sansang::rules::campaign::metrics::report;
use sansang::rules::campaign::report_table::rows_from_text;
use sansang::rules::campaign::table::{Mapping, Role};
use sansang::rules::campaign::{Place, VietnamCalendar};
use sansang::rules::delimited::Encoding;
use sansang::rules::sheet::SheetWarning;

use super::campaign_workbooks::{COMMUNES, unit_table, weekly_report};
use super::{after, worker_reads};

/// Friday 13/03/2026.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 13).unwrap()
}

fn file(action: IntakeAction) -> TrackerAction {
    TrackerAction::File {
        action,
        today: today(),
    }
}

/// The state after `make` builds an action from it (an answer names the task by its id).
fn then(state: Rc<TrackerState>, make: impl Fn(&TrackerState) -> IntakeAction) -> Rc<TrackerState> {
    let action = make(&state);
    state.apply(file(action))
}

/// A text file the page read itself.
fn text_read(name: &str, text: String) -> TrackerAction {
    file(IntakeAction::TextRead(Loaded::text(
        Source::File(name.into()),
        text.len(),
        text,
        Encoding::Utf8,
    )))
}

fn task(state: &TrackerState) -> Option<Task> {
    state.intake.task().map(|(_, task, _)| task)
}

/// A workbook opened, its sheet `sheet` picked (when it has several) and read.
fn open_workbook(
    state: TrackerState,
    name: &str,
    bytes: Vec<u8>,
    sheet: usize,
) -> Rc<TrackerState> {
    let size = bytes.len();
    let (book, sheets) = worker_reads(name, bytes);
    let several = book.sheets.len() > 1;
    let opening = after(
        state,
        [file(IntakeAction::ToWorker {
            name: name.to_owned(),
            bytes: size,
            input: WorkerInput::Workbook,
        })],
    );
    assert_eq!(task(&opening), Some(Task::OpenWorkbook));
    let opened = then(opening, |s| IntakeAction::WorkbookOpened {
        run: s.intake.run,
        book: book.clone(),
    });
    let reading = if several {
        let step = opened.intake.intake.as_ref().map(|i| &i.step);
        assert_eq!(step, Some(&Step::ChooseSheet), "{name}: the picker asks");
        after((*opened).clone(), [file(IntakeAction::PickSheet(sheet))])
    } else {
        opened
    };
    assert_eq!(task(&reading), Some(Task::ReadSheet(sheet)));
    let (info, csv) = sheets.get(sheet).cloned().expect("the sheet");
    then(reading, |s| IntakeAction::SheetRead {
        run: s.intake.run,
        info: info.clone(),
        csv: csv.clone(),
    })
}

fn empty_state() -> TrackerState {
    let mut state = TrackerState::default();
    Rc::make_mut(&mut state.campaign).as_of = Some(today());
    state
}

#[test]
fn a_unit_table_workbook_is_picked_read_below_its_titles_and_keeps_its_codes() {
    let bytes = unit_table().expect("unit table");
    assert_eq!(
        worker_input("don-vi.xlsx", bytes.get(..8).unwrap()),
        Some(WorkerInput::Workbook)
    );
    let read = open_workbook(empty_state(), "don-vi.xlsx", bytes, 1);
    assert_eq!(read.intake.intake, None, "the intake is over");
    let import = read.import.as_ref().expect("the table is previewed");
    assert_eq!(
        import.source,
        TableSource::Sheet {
            file: "don-vi.xlsx".into(),
            sheet: "Đơn vị".into()
        }
    );
    assert_eq!(import.mode, ImportMode::Replace, "a campaign without units");
    let layout = import.layout.as_ref().expect("a header");
    assert_eq!(layout.header_row(&import.rows), 4, "below the titles");
    let warnings = &import.notes.sheet.as_ref().expect("sheet notes").warnings;
    assert!(
        warnings
            .iter()
            .any(|w| matches!(w, SheetWarning::TitleRowsSkipped { header_row: 4, .. })),
        "{warnings:?}"
    );
    let roles: Vec<Role> = layout.mapping.columns.iter().map(|g| g.role).collect();
    assert_eq!(
        roles,
        [Role::Code, Role::Name, Role::Base(0), Role::Done(0)]
    );

    let applied = after(
        (*read).clone(),
        [TrackerAction::Import(ImportAction::Apply)],
    );
    let units = &applied.campaign.units;
    let places: Vec<&Place> = units.iter().map(|u| &u.place).collect();
    // 4, 8, 25 and 70 stored as numbers are the communes 00004, 00008, 00025 and 00070.
    let expected: Vec<Place> = COMMUNES.iter().map(|c| Place::Commune(c.0)).collect();
    assert_eq!(places, expected.iter().collect::<Vec<_>>());
    let figures: Vec<(u64, Option<u64>)> = units
        .iter()
        .map(|u| u.tally(0).map(|t| (t.base, t.done)).unwrap())
        .collect();
    let wanted: Vec<(u64, Option<u64>)> = COMMUNES
        .iter()
        .map(|c| (u64::from(c.2), Some(u64::from(c.3))))
        .collect();
    assert_eq!(figures, wanted);
}

#[test]
fn a_weekly_report_workbook_updates_a_campaign_and_keeps_the_week_before() {
    let units = open_workbook(empty_state(), "don-vi.xlsx", unit_table().unwrap(), 1);
    let campaign = after(
        (*units).clone(),
        [TrackerAction::Import(ImportAction::Apply)],
    );
    let week = open_workbook(
        (*campaign).clone(),
        "tuan-2.xlsx",
        weekly_report().unwrap(),
        0,
    );
    let import = week.import.as_ref().expect("previewed");
    assert_eq!(import.mode, ImportMode::Update);
    let roles: Vec<Role> = import
        .layout
        .as_ref()
        .unwrap()
        .mapping
        .columns
        .iter()
        .map(|g| g.role)
        .collect();
    assert_eq!(roles, [Role::Ignore, Role::Code, Role::Name, Role::Done(0)]);
    let reading = import.reading.as_ref().expect("read");
    assert_eq!((reading.matched, reading.added), (4, 0));
    assert_eq!(
        reading.total_rows.len(),
        1,
        "the total row is left out: {:?} {:?}",
        reading.problems,
        import.rows
    );
    assert_eq!(reading.errors(), 0, "{:?}", reading.problems);

    let next_week = today().checked_add_days(chrono::Days::new(7)).unwrap();
    let updated = after(
        (*week).clone(),
        [
            TrackerAction::Import(ImportAction::SetDate(next_week)),
            TrackerAction::Import(ImportAction::Apply),
        ],
    );
    assert_eq!(updated.campaign.as_of, Some(next_week));
    for (unit, (code, _, _, before, now)) in updated.campaign.units.iter().zip(COMMUNES) {
        let tally = unit.tally(0).unwrap();
        assert_eq!(tally.done, Some(u64::from(now)), "{code}");
        let history: Vec<u64> = tally.history.iter().map(|p| p.done).collect();
        assert!(history.contains(&u64::from(before)), "{code}: {history:?}");
    }
}

#[test]
fn cancel_and_a_failed_read_keep_the_table_the_user_had() {
    let pasted = after(
        empty_state(),
        [TrackerAction::Import(ImportAction::Load {
            source: TableSource::Paste,
            rows: rows_from_text("Mã xã\tĐã đạt\n00004\t12\n"),
            today: today(),
        })],
    );
    let had = pasted.import.clone();
    assert!(had.is_some());
    let start = file(IntakeAction::ToWorker {
        name: "tuan-3.xlsx".into(),
        bytes: 9_000,
        input: WorkerInput::Workbook,
    });
    let working = after((*pasted).clone(), [start]);
    assert_eq!(
        working.import, had,
        "the table stays while the worker reads"
    );
    let loading = after(
        (*working).clone(),
        [file(IntakeAction::WorkerStatus(WorkerStatus::Loading))],
    );
    let stale_run = loading.intake.run;

    // Cancel: the worker's late answer is dropped, the table is as it was.
    let cancelled = after((*loading).clone(), [file(IntakeAction::CancelFile)]);
    assert!(cancelled.intake.stopped && cancelled.intake.intake.is_none());
    let (book, _) = worker_reads("don-vi.xlsx", unit_table().unwrap());
    let late = after(
        (*cancelled).clone(),
        [file(IntakeAction::WorkbookOpened {
            run: stale_run,
            book,
        })],
    );
    assert_eq!(late.intake.intake, None);
    assert_eq!(late.import, had);

    // A password-protected workbook: said, and the table kept.
    let refused = then(loading.clone(), |s| IntakeAction::FileFailed {
        run: s.intake.run,
        error: FileError::Encrypted,
    });
    assert_eq!(
        refused.intake.error,
        Some(IntakeError::File(FileError::Encrypted))
    );
    assert_eq!(refused.import, had);

    // Too large for the page to read: said, and the table kept; the next file clears it.
    let large = after(
        (*refused).clone(),
        [TrackerAction::FileNotRead(TableFileError::TooLarge {
            bytes: 300 << 20,
        })],
    );
    assert_eq!(
        large.intake.intake, None,
        "whatever was on its way is dropped"
    );
    assert!(!large.intake.stopped);
    assert_eq!(large.import, had);
    let csv = "Mã xã,Đã đạt\n00004,15\n";
    let next = after((*large).clone(), [text_read("tuan-4.csv", csv.into())]);
    assert_eq!(next.file_error, None);
    let rows = &next.import.as_ref().unwrap().rows;
    assert_eq!(
        rows.get(1).map(|r| r.cells.clone()),
        Some(vec!["00004".into(), "15".into()])
    );
}

#[test]
fn text_files_are_read_by_the_page_and_an_empty_one_is_said() {
    // UTF-16 with a byte-order mark, as Excel's "Unicode text" saves it.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Xã\tĐã đạt\nXã A\t5\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(
        worker_input("bao-cao.txt", &utf16),
        None,
        "the page reads it"
    );
    let list = load_bytes(Source::File("bao-cao.txt".into()), utf16).unwrap();
    let read = after(empty_state(), [file(IntakeAction::TextRead(list))]);
    let import = read.import.as_ref().expect("read");
    assert_eq!(import.source, TableSource::File("bao-cao.txt".into()));
    assert_eq!(
        import.rows.get(1).map(|r| r.cells.clone()),
        Some(vec!["Xã A".into(), "5".into()])
    );

    let blank = Loaded::text(
        Source::File("rong.csv".into()),
        5,
        " \n\n\t\n".into(),
        Encoding::Utf8,
    );
    let empty = after(empty_state(), [file(IntakeAction::TextRead(blank))]);
    assert_eq!(empty.intake.error, Some(IntakeError::Empty));
    assert_eq!(empty.import, None);

    // Windows-1258 bytes go to the worker, which decodes them.
    assert_eq!(
        worker_input("tuan.csv", b"X\xE3,\xD0\xE3 \xF0\xB5t\n"),
        Some(WorkerInput::Text)
    );
}

#[test]
fn the_progress_table_is_written_as_xlsx_with_typed_columns_and_reads_back() {
    let units = open_workbook(empty_state(), "don-vi.xlsx", unit_table().unwrap(), 1);
    let state = after(
        (*units).clone(),
        [TrackerAction::Import(ImportAction::Apply)],
    );
    let campaign = &state.campaign;
    let figures = report(campaign, today(), &VietnamCalendar);
    let table = campaign_page::progress_table(campaign, &figures, Lang::Vi);
    let kinds = campaign_page::progress_kinds(campaign);
    let header = campaign_page::progress_header(campaign, Lang::Vi);
    assert_eq!(kinds.len(), header.len());
    assert_eq!(kinds.first(), Some(&ColumnKind::Code));

    // The file worker writes it …
    let export = XlsxExport {
        sheet_name: campaign_page::PROGRESS_SHEET.get(Lang::Vi).to_owned(),
        columns: kinds
            .iter()
            .map(|&kind| ExportColumn { kind, width: None })
            .collect(),
    };
    let mut session = Session::default();
    let reply = session.handle(
        Request::WriteXlsx { export },
        Some(table.clone().into_bytes()),
        &mut |_| {},
    );
    assert_eq!(reply.body, Response::Xlsx { rows: 5 });
    let xlsx = reply.bytes.expect("the file");

    // … and it opens back: codes as text with their zeros, counts as numbers, rates as shares.
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(xlsx.clone())).expect("opens");
    use calamine::{Data, Reader};
    let sheet = book.worksheet_range("Tiến độ").expect("the sheet");
    assert_eq!(sheet.get_value((1, 0)), Some(&Data::String("00004".into())));
    assert_eq!(
        sheet.get_value((1, 1)),
        Some(&Data::String("Phường Ba Đình".into()))
    );
    assert_eq!(sheet.get_value((1, 2)), Some(&Data::Float(610.0)), "done");
    let first = figures.figures(0, 0).unwrap();
    assert_eq!(
        sheet.get_value((1, 3)),
        Some(&Data::Float(first.target as f64))
    );
    let Some(Data::Float(rate)) = sheet.get_value((1, 4)) else {
        panic!("the rate is a number: {:?}", sheet.get_value((1, 4)));
    };
    let share = first.achieved.unwrap().percent_scaled(2).unwrap() as f64 / 10_000.0;
    assert!((rate - share).abs() < 1e-9, "{rate} {share}");

    // Opened in the tracker again, its done column is read as the indicator's.
    let (_, sheets) = worker_reads("tien-do.xlsx", xlsx);
    let (_, csv) = sheets.first().cloned().unwrap();
    let back = after((*state).clone(), [text_read("tien-do.csv", csv)]);
    let import = back.import.as_ref().unwrap();
    let mapping: &Mapping = &import.layout.as_ref().unwrap().mapping;
    assert_eq!(mapping.column(Role::Code), Some(0));
    assert_eq!(mapping.column(Role::Done(0)), Some(2));
    let roles: Vec<Role> = mapping.columns.iter().map(|g| g.role).collect();
    // The target reads as the quota the units must reach; rate, remaining, per day and the
    // flags are worked out from the others and left aside.
    assert_eq!(
        roles,
        [
            Role::Code,
            Role::Name,
            Role::Done(0),
            Role::Quota(0),
            Role::Ignore,
            Role::Ignore,
            Role::Ignore,
            Role::Ignore
        ]
    );
    assert_eq!(import.reading.as_ref().map(|r| r.matched), Some(4));
}

#[test]
fn an_xlsx_download_runs_once_and_a_stale_answer_is_dropped() {
    let state = Rc::new(empty_state());
    let started = state.apply(TrackerAction::Xlsx(DownloadAction::Start(())));
    let run = started.xlsx.current.map(|d| d.run).expect("under way");
    let again = started
        .clone()
        .apply(TrackerAction::Xlsx(DownloadAction::Start(())));
    assert_eq!(again.xlsx, started.xlsx, "one at a time");
    let cancelled = again.apply(TrackerAction::Xlsx(DownloadAction::Cancel));
    assert!(!cancelled.xlsx.is_busy());
    let late = cancelled
        .clone()
        .apply(TrackerAction::Xlsx(DownloadAction::Done {
            run,
            result: Err(FileError::WriteFailed),
        }));
    assert_eq!(
        late.xlsx.error, None,
        "the cancelled download's answer is dropped"
    );
    let second = late.apply(TrackerAction::Xlsx(DownloadAction::Start(())));
    let run = second.xlsx.current.map(|d| d.run).unwrap();
    let failed = second.apply(TrackerAction::Xlsx(DownloadAction::Done {
        run,
        result: Err(FileError::WriteFailed),
    }));
    assert_eq!(failed.xlsx.error, Some(FileError::WriteFailed));
}
