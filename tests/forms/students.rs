//! The student coverage estimator (`#/hoc-sinh`): the form's reducer, and the check that turns
//! the form into rule calls (every message on its field, the outcome when nothing blocks it).

use std::rc::Rc;

use chrono::NaiveDate;
use sansang::catalogue::Lang;
use sansang::files::protocol::{
    FileError, Request, Response, TableInfo, WorkbookInfo, WorkerStatus,
};
use sansang::files::session::Session;
use sansang::forms::Reducer;
use sansang::forms::download::DownloadAction;
use sansang::forms::intake::{
    IntakeAction, IntakeError, Loaded, Source, Step as IntakeStep, Task, WorkerInput,
};
use sansang::forms::students::check::{
    self, CAPACITY_FIELDS, DEADLINE_ID, REFERENCE_ID, ROSTER_ID, SECOND_DEADLINE_ID, capacity_id,
    row_field_id,
};
use sansang::forms::students::{
    Action, CountsRow, FileOutcome, Form, MAX_ROWS, Mode, OpenedFile, XlsxDownload,
};
use sansang::rules::date::DateSystem;
use sansang::rules::delimited::Encoding;
use sansang::rules::legacy_text::LegacyScheme;
use sansang::rules::sheet::SheetWarning;
use sansang::rules::students::coverage::Step;
use sansang::rules::students::roster::read_roster;
use sansang::rules::students::{CapacityField, Column, ColumnChoice, CountsField, GroupBy};
use sansang::rules::units::{CommuneCode, ProvinceCode};

use super::after;

const ROSTER_40: &str = include_str!("../data/students-40.tsv");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Wednesday 15/04/2026.
fn today() -> NaiveDate {
    day(2026, 4, 15)
}

fn opened(outcome: FileOutcome) -> OpenedFile {
    OpenedFile::failed("lop-6a1.csv".to_owned(), outcome)
}

/// A text file the page read itself.
fn text_read(text: &str, encoding: Encoding) -> Action {
    Action::Intake(IntakeAction::TextRead(Loaded::text(
        Source::File("lop-6a1.csv".to_owned()),
        text.len(),
        text.to_owned(),
        encoding,
    )))
}

#[test]
fn a_new_province_clears_the_commune_and_a_commune_sets_its_province() {
    let ba_dinh = CommuneCode::parse("00004").ok();
    let ha_noi = ProvinceCode::parse("01").ok();
    let an_giang = ProvinceCode::parse("91").ok();

    let state = after(Form::default(), [Action::Commune(ba_dinh)]);
    assert_eq!((state.province, state.commune), (ha_noi, ba_dinh));
    let same = after((*state).clone(), [Action::Province(ha_noi)]);
    assert_eq!(same.commune, ba_dinh, "the same province keeps the commune");
    let other = after((*state).clone(), [Action::Province(an_giang)]);
    assert_eq!((other.province, other.commune), (an_giang, None));
}

#[test]
fn counts_rows_are_edited_added_and_removed_within_bounds() {
    let state = after(
        Form::default(),
        [
            Action::RowField(0, CountsField::Label, "6A1".into()),
            Action::RowField(0, CountsField::Enrolled, "40".into()),
            Action::RowField(5, CountsField::Enrolled, "99".into()),
            Action::AddRow,
            Action::RowField(1, CountsField::WithCard, "3".into()),
        ],
    );
    assert_eq!(
        state.rows,
        [
            CountsRow {
                label: "6A1".into(),
                enrolled: "40".into(),
                ..CountsRow::default()
            },
            CountsRow {
                with_card: "3".into(),
                ..CountsRow::default()
            },
        ]
    );
    let removed = after(
        (*state).clone(),
        [Action::RemoveRow(7), Action::RemoveRow(0)],
    );
    assert_eq!(removed.rows, state.rows[1..]);
    let last = after((*removed).clone(), [Action::RemoveRow(0)]);
    assert_eq!(last.rows.len(), 1, "the last row stays");

    let full = after(Form::default(), (0..MAX_ROWS + 3).map(|_| Action::AddRow));
    assert_eq!(full.rows.len(), MAX_ROWS);
}

#[test]
fn capacity_and_switches_keep_what_is_typed() {
    let state = after(
        Form::default(),
        [
            Action::Capacity(CapacityField::Teams, "3".into()),
            Action::Capacity(CapacityField::RecordsPerHour, "12,5".into()),
            Action::Capacity(CapacityField::HoursPerSession, "".into()),
            Action::Capacity(CapacityField::SessionsPerDay, "x".into()),
            Action::WeekendsCount(true),
            Action::TodayCounts(true),
            Action::GroupBy(GroupBy::Grade),
        ],
    );
    let typed: Vec<&str> = CAPACITY_FIELDS.iter().map(|&f| state.capacity(f)).collect();
    assert_eq!(typed, ["3", "12,5", "", "x"]);
    assert!(state.weekends_count && state.today_counts);
    assert_eq!(state.group_by, GroupBy::Grade);
}

#[test]
fn the_roster_text_files_and_the_saved_copy() {
    let read = FileOutcome::Read {
        encoding: Encoding::Utf16Le,
        warning: None,
    };
    let state = after(Form::default(), [text_read(ROSTER_40, Encoding::Utf16Le)]);
    assert_eq!(
        state.mode,
        Mode::Roster,
        "opening a file switches to the roster"
    );
    assert_eq!(&*state.roster_text, ROSTER_40);
    assert_eq!(state.file, Some(opened(read)));

    // Typing replaces the file's text and forgets the file.
    let typed = after((*state).clone(), [Action::RosterText("Họ và tên".into())]);
    assert_eq!((&*typed.roster_text, &typed.file), ("Họ và tên", &None));

    // The saved copy comes back only into an empty box.
    let restored = after((*typed).clone(), [Action::RosterRestored("saved".into())]);
    assert_eq!(&*restored.roster_text, "Họ và tên");
    let restored = after(Form::default(), [Action::RosterRestored("saved".into())]);
    assert_eq!(&*restored.roster_text, "saved");

    // A file that cannot be read is named, and the text stays.
    let failed = after(
        (*typed).clone(),
        [Action::FileFailed(opened(FileOutcome::Unreadable))],
    );
    assert_eq!(&*failed.roster_text, "Họ và tên");
    assert_eq!(failed.file, Some(opened(FileOutcome::Unreadable)));
}

#[test]
fn column_choices_wait_until_confirmed() {
    let base = ColumnChoice::default();
    let state = after(
        Form::default(),
        [
            Action::ChooseColumn {
                base,
                column: Column::FullName,
                header: Some(2),
            },
            Action::ChooseColumn {
                base,
                column: Column::BirthDate,
                header: Some(0),
            },
        ],
    );
    let pending = state.pending_choice.expect("being edited");
    assert_eq!(
        (
            pending.get(Column::FullName),
            pending.get(Column::BirthDate)
        ),
        (Some(2), Some(0)),
        "the second choice builds on the first"
    );
    assert_eq!((state.submitted, state.attempt), (false, 0));

    let confirmed = sansang::rules::students::ConfirmedColumns {
        header: vec!["Ngày sinh".into(), "Lớp".into(), "Họ tên".into()],
        choice: pending,
    };
    let state = after(
        (*state).clone(),
        [Action::ConfirmColumns(confirmed.clone())],
    );
    assert_eq!(state.confirmed, Some(confirmed));
    assert_eq!(state.pending_choice, None);
    assert_eq!((state.submitted, state.attempt), (true, 1));
}

#[test]
fn the_example_is_written_in_the_readers_number_style_and_noted_until_edited() {
    for (lang, enrolled, with_card) in [
        (Lang::Vi, "436.569", "237.176"),
        (Lang::En, "436,569", "237,176"),
    ] {
        let state = after(Form::default(), [Action::LoadExample(lang)]);
        assert!(state.example, "{lang:?}");
        assert_eq!((state.submitted, state.attempt), (true, 1), "{lang:?}");
        assert_eq!(state.mode, Mode::Counts);
        assert_eq!(
            (
                state.reference.as_str(),
                state.deadline.as_str(),
                state.second_deadline.as_str()
            ),
            ("15/04/2026", "15/05/2026", "20/05/2026")
        );
        let row = &state.rows[0];
        assert_eq!(
            (row.enrolled.as_str(), row.with_card.as_str()),
            (enrolled, with_card)
        );

        let school = after((*state).clone(), [Action::School("THCS A".into())]);
        assert!(school.example, "naming the school keeps the example's note");
        for edit in [
            Action::RowField(0, CountsField::Enrolled, "1".into()),
            Action::Deadline("16/05/2026".into()),
            Action::Reference("".into()),
            Action::Mode(Mode::Roster),
        ] {
            let described = format!("{edit:?}");
            let edited = after((*state).clone(), [edit]);
            assert!(!edited.example, "{described} drops the example's note");
        }
    }
}

#[test]
fn start_again_and_the_draft() {
    let state = after(
        Form::default(),
        [
            Action::School("THCS Nguyễn Du".into()),
            Action::KeepRoster(true),
            Action::RosterText(ROSTER_40.into()),
            Action::Submit,
        ],
    );
    let json = serde_json::to_string(&*state).unwrap();
    assert!(
        !json.contains("Nguyễn Văn"),
        "the roster is personal data: never in the draft"
    );
    let restored: Form = serde_json::from_str(&json).unwrap();
    assert_eq!(restored.school, "THCS Nguyễn Du");
    assert!(restored.keep_roster);
    assert_eq!(
        (&*restored.roster_text, restored.submitted, restored.attempt),
        ("", false, 0)
    );

    let again = after((*state).clone(), [Action::StartAgain]);
    let fresh = Form {
        intake: again.intake.clone(),
        xlsx: sansang::forms::download::Downloads {
            run: again.xlsx.run,
            ..Default::default()
        },
        ..Form::default()
    };
    assert_eq!(
        *again, fresh,
        "all typed data gone; only the task ids go on counting"
    );
}

/// The messages `check` puts on a field, for assertions.
fn said(checked: &check::Checked, id: &str) -> (Option<String>, Vec<String>, Vec<String>) {
    let m = checked.field(id);
    (
        m.error.map(|e| e.to_string()),
        m.warnings.iter().map(|w| w.to_string()).collect(),
        m.notes.iter().map(|n| n.to_string()).collect(),
    )
}

fn counts_form(rows: &[(&str, &str, &str, &str)]) -> Form {
    Form {
        deadline: "15/05/2026".into(),
        rows: rows
            .iter()
            .map(|&(label, enrolled, with_card, with_level2)| CountsRow {
                label: label.into(),
                enrolled: enrolled.into(),
                with_card: with_card.into(),
                with_level2: with_level2.into(),
                activated: String::new(),
            })
            .collect(),
        ..Form::default()
    }
}

#[test]
fn a_clean_counts_form_gives_an_outcome_dated_today_when_no_reference_is_typed() {
    let form = counts_form(&[("6A1", "40", "30", "20")]);
    let checked = check::check(&form, today(), None, Lang::Vi);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    assert!(!checked.mapping_step);
    let outcome = checked.outcome.expect("an outcome");
    assert_eq!(outcome.reference, today());
    assert!(outcome.second_plan.is_none());
    assert!(matches!(outcome.data, check::Data::Counts { .. }));
}

#[test]
fn each_error_goes_on_its_field_and_into_the_summary_in_page_order() {
    let mut form = counts_form(&[("6A1", "40", "50", "0")]);
    form.reference = "31/02/2026".into();
    form.deadline = String::new();
    form.second_deadline = "1/13/2026".into();
    form.teams = "0".into();
    let checked = check::check(&form, today(), None, Lang::Vi);
    let summary: Vec<(String, String)> = checked
        .errors
        .iter()
        .map(|e| (e.field_id.to_string(), e.message.to_string()))
        .collect();
    let fields: Vec<&str> = summary.iter().map(|(id, _)| id.as_str()).collect();
    let teams = capacity_id(CapacityField::Teams);
    let with_card = row_field_id(0, CountsField::WithCard);
    assert_eq!(
        fields,
        [
            REFERENCE_ID,
            DEADLINE_ID,
            SECOND_DEADLINE_ID,
            with_card.as_str(),
            teams
        ],
        "{summary:?}"
    );
    // The summary names which date a date message is about; the field itself does not need to.
    assert_eq!(summary[0].1, "Ngày tính: Tháng 2 năm 2026 chỉ có 28 ngày");
    assert_eq!(
        said(&checked, REFERENCE_ID).0.as_deref(),
        Some("Tháng 2 năm 2026 chỉ có 28 ngày")
    );
    assert_eq!(
        said(&checked, DEADLINE_ID).0.as_deref(),
        Some("Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026")
    );
    assert!(
        summary[3].1.starts_with("Dòng 1 (6A1): "),
        "{}",
        summary[3].1
    );
    assert!(checked.outcome.is_none());
}

#[test]
fn dates_typed_in_another_form_are_read_back_with_their_weekday() {
    let mut form = counts_form(&[("6A1", "40", "30", "20")]);
    form.deadline = "15/5/2026".into();
    form.second_deadline = "20/05/2026".into();
    let checked = check::check(&form, today(), None, Lang::Vi);
    assert_eq!(said(&checked, DEADLINE_ID).2, ["thứ Sáu 15/05/2026"]);
    assert_eq!(
        said(&checked, SECOND_DEADLINE_ID).2,
        Vec::<String>::new(),
        "typed as shown"
    );
    let checked = check::check(&form, today(), None, Lang::En);
    assert_eq!(said(&checked, DEADLINE_ID).2, ["Friday 15/05/2026"]);
}

#[test]
fn a_deadline_before_the_reference_is_an_error_on_that_deadline() {
    let mut form = counts_form(&[("6A1", "40", "30", "20")]);
    form.reference = "15/04/2026".into();
    form.deadline = "10/04/2026".into();
    let checked = check::check(&form, today(), None, Lang::Vi);
    assert_eq!(checked.errors.len(), 1, "{:?}", checked.errors);
    assert_eq!(checked.errors[0].field_id.as_str(), DEADLINE_ID);
    assert!(checked.outcome.is_none());
}

#[test]
fn a_roster_is_checked_from_what_the_page_read() {
    let mut form = counts_form(&[]);
    form.mode = Mode::Roster;
    form.roster_text = Rc::from(ROSTER_40);
    form.reference = "15/04/2026".into();
    let read = Rc::new(read_roster(
        &form.roster_text,
        None,
        today(),
        DateSystem::Excel1900,
    ));
    let checked = check::check(&form, today(), Some(read), Lang::Vi);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let outcome = checked.outcome.expect("an outcome");
    assert_eq!(outcome.roster().map(|r| r.students.len()), Some(37));

    // An empty roster is an error on the roster box.
    let empty = Rc::new(read_roster("", None, today(), DateSystem::Excel1900));
    let checked = check::check(&form, today(), Some(empty), Lang::Vi);
    assert_eq!(checked.errors.len(), 1);
    assert_eq!(checked.errors[0].field_id.as_str(), ROSTER_ID);
}

// ------------------------------------------------------------ workbooks through the intake

/// A workbook fixture of `tests/data/workbooks/` as the file worker reads it.
fn fixture_reads(file: &str) -> (WorkbookInfo, Vec<(TableInfo, String)>) {
    let path = format!("{}/tests/data/workbooks/{file}", env!("CARGO_MANIFEST_DIR"));
    super::worker_reads(file, std::fs::read(&path).expect("fixture"))
}

/// The state after `make` builds an action from it (an answer names the task by its id).
fn then(state: Rc<Form>, make: impl Fn(&Form) -> Action) -> Rc<Form> {
    let action = make(&state);
    state.apply(action)
}

fn to_worker(name: &str) -> Action {
    Action::Intake(IntakeAction::ToWorker {
        name: name.to_owned(),
        bytes: 7_168,
        input: WorkerInput::Workbook,
    })
}

fn task(form: &Form) -> Option<Task> {
    form.intake.task().map(|(_, task, _)| task)
}

#[test]
fn a_workbook_roster_is_picked_read_and_its_serial_dates_counted_in_every_format() {
    for file in ["class-roster.xlsx", "class-roster.xls", "class-roster.ods"] {
        let (book, sheets) = fixture_reads(file);
        let typed = after(Form::default(), [Action::RosterText("typed".into())]);
        let opening = after((*typed).clone(), [to_worker(file)]);
        assert_eq!(task(&opening), Some(Task::OpenWorkbook), "{file}");
        assert_eq!(&*opening.roster_text, "typed", "{file}: the box waits");

        let picking = then(opening, |f| {
            Action::Intake(IntakeAction::WorkbookOpened {
                run: f.intake.run,
                book: book.clone(),
            })
        });
        let step = picking.intake.intake.as_ref().map(|i| &i.step);
        assert_eq!(step, Some(&IntakeStep::ChooseSheet), "{file}: two sheets");
        let reading = after(
            (*picking).clone(),
            [Action::Intake(IntakeAction::PickSheet(1))],
        );
        assert_eq!(task(&reading), Some(Task::ReadSheet(1)), "{file}");

        let (info, csv) = sheets.get(1).cloned().expect("the class sheet");
        let read = then(reading, |f| {
            Action::Intake(IntakeAction::SheetRead {
                run: f.intake.run,
                info: info.clone(),
                csv: csv.clone(),
            })
        });
        assert_eq!(read.intake.intake, None, "{file}: the intake is over");
        assert_eq!(read.mode, Mode::Roster);
        assert_eq!(&*read.roster_text, csv.as_str());
        let opened = read.file.as_ref().expect("the file is named");
        assert_eq!(opened.sheet.as_deref(), Some("Khối 6"), "{file}");
        let warnings = &opened.notes.sheet.as_ref().expect("sheet notes").warnings;
        assert!(
            warnings.contains(&SheetWarning::TitleRowsSkipped {
                rows: 2,
                header_row: 4
            }),
            "{file}: {warnings:?}"
        );

        assert_eq!(read.roster_dates, DateSystem::Excel1900, "{file}");
        let roster =
            read_roster(&read.roster_text, None, today(), read.roster_dates).expect("reads");
        assert!(!roster.needs_review, "{file}: every column is sure");
        let students = roster.roster.expect("a roster").students;
        let births: Vec<String> = students.iter().map(|s| s.birth.to_string()).collect();
        assert_eq!(
            births,
            [
                "2014-01-01",
                "2014-03-03",
                "2014-06-10",
                "2014-11-07",
                "2013-02-01",
                "2014-12-30"
            ],
            "{file}: serials, a date cell and text dates"
        );
        let classes: Vec<&str> = students.iter().map(|s| s.class.as_str()).collect();
        assert_eq!(
            classes,
            ["6A1", "6A1", "6A1", "6A2", "6A2", "6A2"],
            "{file}"
        );
        assert_eq!(students.iter().filter(|s| s.has_card).count(), 4, "{file}");
    }
}

#[test]
fn a_file_that_fails_or_is_cancelled_leaves_the_roster_as_it_was() {
    let typed = after(Form::default(), [Action::RosterText("typed".into())]);
    let opening = after((*typed).clone(), [to_worker("lop.xlsx")]);

    let failed = then(opening.clone(), |f| {
        Action::Intake(IntakeAction::FileFailed {
            run: f.intake.run,
            error: FileError::Encrypted,
        })
    });
    assert_eq!(
        failed.intake.error,
        Some(IntakeError::File(FileError::Encrypted))
    );
    assert_eq!(
        (&*failed.roster_text, failed.intake.intake.is_none()),
        ("typed", true)
    );

    let old_run = opening.intake.run;
    let cancelled = after(
        (*opening).clone(),
        [Action::Intake(IntakeAction::CancelFile)],
    );
    assert!(cancelled.intake.stopped && cancelled.intake.intake.is_none());
    // The worker's answer to the cancelled task comes late and changes nothing.
    let late = cancelled
        .clone()
        .apply(Action::Intake(IntakeAction::SheetRead {
            run: old_run,
            info: fixture_reads("class-roster.xlsx").1.swap_remove(1).0,
            csv: "Họ và tên\nAn".into(),
        }));
    assert!(Rc::ptr_eq(&late, &cancelled));
    assert_eq!(&*late.roster_text, "typed");

    // Progress reaches the step under way only.
    let loading = after(
        (*opening).clone(),
        [Action::Intake(IntakeAction::WorkerStatus(
            WorkerStatus::Loading,
        ))],
    );
    let status = match loading.intake.intake.as_ref().map(|i| &i.step) {
        Some(IntakeStep::Working { status, .. }) => *status,
        other => panic!("{other:?}"),
    };
    assert_eq!(status, Some(WorkerStatus::Loading));

    // A new page (Start again) keeps counting: the old task's answer is still stale.
    let again = after((*opening).clone(), [Action::StartAgain]);
    assert_ne!(again.intake.run, opening.intake.run);
}

#[test]
fn tcvn3_cells_are_converted_only_when_the_teacher_agrees() {
    let (book, sheets) = fixture_reads("tcvn3-cells.xlsx");
    let (info, csv) = sheets.into_iter().next().expect("a sheet");
    let offer = info.legacy.clone().expect("TCVN3 found by the worker");
    let read = |state: Rc<Form>| {
        let opened = then(state, |f| {
            Action::Intake(IntakeAction::WorkbookOpened {
                run: f.intake.run,
                book: book.clone(),
            })
        });
        then(opened, |f| {
            Action::Intake(IntakeAction::SheetRead {
                run: f.intake.run,
                info: info.clone(),
                csv: csv.clone(),
            })
        })
    };
    let offered = read(after(Form::default(), [to_worker("tcvn3-cells.xlsx")]));
    assert!(matches!(
        offered.intake.intake.as_ref().map(|i| &i.step),
        Some(IntakeStep::Offer { lines: false, .. })
    ));
    assert_eq!(
        &*offered.roster_text, "",
        "nothing in the box before the answer"
    );

    let kept = after(
        (*offered).clone(),
        [Action::Intake(IntakeAction::KeepLegacy)],
    );
    assert_eq!(&*kept.roster_text, csv.as_str());
    assert_eq!(kept.file.as_ref().and_then(|f| f.notes.converted), None);

    let converting = after(
        (*offered).clone(),
        [Action::Intake(IntakeAction::ConvertLegacy)],
    );
    assert_eq!(task(&converting), Some(Task::Convert(offer.found.scheme)));
    let converted = then(converting, |f| {
        Action::Intake(IntakeAction::Converted {
            run: f.intake.run,
            changed: 3,
            text: "Xã Vĩnh Hòa Hiệp".into(),
        })
    });
    assert_eq!(&*converted.roster_text, "Xã Vĩnh Hòa Hiệp");
    let note = converted.file.as_ref().and_then(|f| f.notes.converted);
    assert_eq!(note.map(|c| (c.changed, c.lines)), Some((3, false)));
}

#[test]
fn a_csv_the_page_read_that_may_hold_tcvn3_is_looked_at_and_converted_by_the_worker() {
    let tcvn3 = "Hä vµ tªn,Ngµy sinh\nNguyÔn V¨n An,01/01/2014\nTrÇn ThÞ B×nh,03/03/2014\n";
    // The page only glances: the worker's detector decides (no detector in the first load).
    let looking = after(Form::default(), [text_read(tcvn3, Encoding::Utf8)]);
    assert_eq!(task(&looking), Some(Task::FindLegacy));
    assert_eq!(
        &*looking.roster_text, "",
        "nothing in the box before the look"
    );

    let reply = Session::default().handle(
        Request::DecodeText,
        Some(tcvn3.as_bytes().to_vec()),
        &mut |_| {},
    );
    let Response::Text(info) = reply.body else {
        panic!("the worker decodes the text");
    };
    let offered = then(looking, |f| {
        Action::Intake(IntakeAction::TextDecoded {
            run: f.intake.run,
            info: info.clone(),
            text: tcvn3.to_owned(),
        })
    });
    let Some(IntakeStep::Offer { offer, lines }) = offered.intake.intake.as_ref().map(|i| &i.step)
    else {
        panic!("an offer: {:?}", offered.intake);
    };
    assert_eq!((offer.found.scheme, *lines), (LegacyScheme::Tcvn3, true));

    let kept = after(
        (*offered).clone(),
        [Action::Intake(IntakeAction::KeepLegacy)],
    );
    assert_eq!(&*kept.roster_text, tcvn3, "kept as the page read it");

    let converting = after(
        (*offered).clone(),
        [Action::Intake(IntakeAction::ConvertLegacy)],
    );
    assert_eq!(task(&converting), Some(Task::Convert(LegacyScheme::Tcvn3)));
    let text = sansang::rules::legacy_text::convert(tcvn3, LegacyScheme::Tcvn3).into_owned();
    let converted = then(converting, |f| {
        Action::Intake(IntakeAction::Converted {
            run: f.intake.run,
            changed: 3,
            text: text.clone(),
        })
    });
    assert!(
        converted
            .roster_text
            .starts_with("Họ và tên,Ngày sinh\nNguyễn Văn An"),
        "{}",
        converted.roster_text
    );
    let note = converted.file.as_ref().and_then(|f| f.notes.converted);
    assert_eq!(note.map(|c| (c.changed, c.lines)), Some((3, true)));

    // Plain text needs no look; the worker out of reach takes the text as it was read.
    let plain = after(
        Form::default(),
        [text_read("Họ và tên\nAn\n", Encoding::Utf8)],
    );
    assert_eq!(
        (task(&plain), &*plain.roster_text),
        (None, "Họ và tên\nAn\n")
    );
    let looking = after(Form::default(), [text_read(tcvn3, Encoding::Utf8)]);
    let offline = then(looking, |f| {
        Action::Intake(IntakeAction::FileFailed {
            run: f.intake.run,
            error: FileError::WorkerUnavailable,
        })
    });
    assert_eq!(&*offline.roster_text, tcvn3);
    assert_eq!(offline.intake.error, None);

    // An empty file says so and keeps the box.
    let typed = after(Form::default(), [Action::RosterText("typed".into())]);
    let empty = after((*typed).clone(), [text_read("  \n", Encoding::Utf8)]);
    assert_eq!(empty.intake.error, Some(IntakeError::Empty));
    assert_eq!(&*empty.roster_text, "typed");
}

#[test]
fn a_crashed_worker_clears_the_intake_and_keeps_the_box() {
    let book = WorkbookInfo {
        format: sansang::files::protocol::WorkbookFormat::Xlsx,
        sheets: ["Lớp 6A1", "Lớp 6A2"]
            .into_iter()
            .map(|name| sansang::files::protocol::SheetInfo {
                name: name.into(),
                hidden: false,
            })
            .collect(),
    };
    let typed = after(Form::default(), [Action::RosterText("typed".into())]);
    let opened = then(after((*typed).clone(), [to_worker("lop.xlsx")]), |f| {
        Action::Intake(IntakeAction::WorkbookOpened {
            run: f.intake.run,
            book: book.clone(),
        })
    });
    let reading = after(
        (*opened).clone(),
        [Action::Intake(IntakeAction::PickSheet(1))],
    );
    assert_eq!(task(&reading), Some(Task::ReadSheet(1)));

    // A damaged sheet: back to the picker, another sheet may hold the list.
    let damaged = then(reading.clone(), |f| {
        Action::Intake(IntakeAction::FileFailed {
            run: f.intake.run,
            error: FileError::Damaged,
        })
    });
    assert!(matches!(
        damaged.intake.intake.as_ref().map(|i| &i.step),
        Some(IntakeStep::ChooseSheet)
    ));

    // The worker is gone with the workbook it had open: no picker to go back to.
    for error in [
        FileError::ReaderCrashed,
        FileError::WorkerStopped,
        FileError::ReaderStopped { seconds: 30 },
    ] {
        let lost = then(reading.clone(), |f| {
            Action::Intake(IntakeAction::FileFailed {
                run: f.intake.run,
                error: error.clone(),
            })
        });
        assert_eq!(lost.intake.intake, None, "{error:?}");
        assert_eq!(
            lost.intake.error,
            Some(IntakeError::File(error.clone())),
            "{error:?}"
        );
        assert_eq!(&*lost.roster_text, "typed", "{error:?}");
    }
}

#[test]
fn one_xlsx_download_at_a_time_and_stale_answers_dropped() {
    let asked = after(
        Form::default(),
        [Action::Xlsx(DownloadAction::Start(Step::Card))],
    );
    let download = asked.xlsx.current.expect("a download under way");
    assert_eq!(download.what, Step::Card);
    let second = asked
        .clone()
        .apply(Action::Xlsx(DownloadAction::Start(Step::Level2)));
    assert!(Rc::ptr_eq(&second, &asked), "one at a time");

    let writing = after(
        (*asked).clone(),
        [Action::Xlsx(DownloadAction::Status(WorkerStatus::Loading))],
    );
    assert_eq!(
        writing.xlsx.current,
        Some(XlsxDownload {
            status: Some(WorkerStatus::Loading),
            ..download
        })
    );

    let failed = after(
        (*asked).clone(),
        [Action::Xlsx(DownloadAction::Done {
            run: download.run,
            result: Err(FileError::WriteFailed),
        })],
    );
    assert_eq!(
        (failed.xlsx.current, failed.xlsx.error.clone()),
        (None, Some(FileError::WriteFailed))
    );

    let cancelled = after((*asked).clone(), [Action::Xlsx(DownloadAction::Cancel)]);
    assert_eq!(cancelled.xlsx.current, None);
    let late = cancelled.clone().apply(Action::Xlsx(DownloadAction::Done {
        run: download.run,
        result: Ok(()),
    }));
    assert!(
        Rc::ptr_eq(&late, &cancelled),
        "the cancelled download's answer is dropped"
    );
    let done = after(
        (*asked).clone(),
        [Action::Xlsx(DownloadAction::Done {
            run: download.run,
            result: Ok(()),
        })],
    );
    assert_eq!((done.xlsx.current, done.xlsx.error.clone()), (None, None));
}

/// One intake action, from a small alphabet, answering task `run` (the current one when 0,
/// an older one otherwise).
fn arbitrary_intake(kind: u8, run_back: u32, sheet: usize, form: &Form) -> IntakeAction {
    let run = form.intake.run.wrapping_sub(run_back);
    let book = || WorkbookInfo {
        format: sansang::files::protocol::WorkbookFormat::Xlsx,
        sheets: (0..=sheet % 3)
            .map(|i| sansang::files::protocol::SheetInfo {
                name: format!("S{i}"),
                hidden: false,
            })
            .collect(),
    };
    let info = || TableInfo {
        sheet: "S".into(),
        header_row: 1,
        header: vec!["Họ và tên".into()],
        rows: 1,
        date_system: sansang::rules::date::DateSystem::Excel1900,
        warnings: Vec::new(),
        warnings_omitted: 0,
        legacy: None,
    };
    match kind % 10 {
        0 => IntakeAction::ToWorker {
            name: "a.xlsx".into(),
            bytes: 1,
            input: WorkerInput::Workbook,
        },
        1 => IntakeAction::WorkbookOpened { run, book: book() },
        2 => IntakeAction::PickSheet(sheet),
        3 => IntakeAction::SheetRead {
            run,
            info: info(),
            csv: "Họ và tên\nAn\n".into(),
        },
        4 => IntakeAction::ConvertLegacy,
        5 => IntakeAction::KeepLegacy,
        6 => IntakeAction::Converted {
            run,
            changed: 1,
            text: "x".into(),
        },
        7 => IntakeAction::FileFailed {
            run,
            error: FileError::Damaged,
        },
        8 => IntakeAction::CancelFile,
        _ => IntakeAction::WorkerStatus(WorkerStatus::Loading),
    }
}

proptest::proptest! {
    /// Any order of answers, stale or current, leaves a state the page can draw: a task only
    /// while working, the box changed only by a sheet that arrived, and an answer to an older
    /// task never changes anything.
    #[test]
    fn the_intake_takes_any_order_of_answers(
        steps in proptest::collection::vec((0u8..10, 0u32..3, 0usize..4), 0..40)
    ) {
        let mut form = after(Form::default(), [Action::RosterText("typed".into())]);
        for (kind, run_back, sheet) in steps {
            let action = arbitrary_intake(kind, run_back, sheet, &form);
            let stale = run_back > 0
                && matches!(
                    action,
                    IntakeAction::WorkbookOpened { .. }
                        | IntakeAction::SheetRead { .. }
                        | IntakeAction::Converted { .. }
                        | IntakeAction::FileFailed { .. }
                );
            let next = form.clone().apply(Action::Intake(action));
            if stale {
                proptest::prop_assert!(Rc::ptr_eq(&next, &form));
            }
            let working = matches!(
                next.intake.intake.as_ref().map(|i| &i.step),
                Some(IntakeStep::Working { .. })
            );
            proptest::prop_assert_eq!(next.intake.task().is_some(), working);
            proptest::prop_assert!(
                &*next.roster_text == "typed" || next.roster_text.starts_with("Họ và tên")
                    || &*next.roster_text == "x"
            );
            form = next;
        }
    }
}

/// A class list whose birth dates lost their format (bare serial numbers in General cells),
/// saved by Excel for Windows (days from 1900) or by Excel for Mac before 2011 (from 1904).
fn serial_roster(system: DateSystem) -> Vec<u8> {
    let births = [(2014, 1, 1), (2013, 9, 5), (2014, 12, 31)];
    let epoch = match system {
        DateSystem::Excel1900 => NaiveDate::from_ymd_opt(1899, 12, 30),
        DateSystem::Excel1904 => NaiveDate::from_ymd_opt(1904, 1, 1),
    }
    .expect("epoch");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Lớp 5A").expect("name");
    let header = [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Lớp",
        "Có thẻ căn cước",
        "Mức 2",
    ];
    for (column, header) in header.iter().enumerate() {
        sheet.write(0, column as u16, *header).expect("header");
    }
    let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Chi"];
    for (row, (name, (y, m, d))) in names.iter().zip(births).enumerate() {
        let row = row as u32 + 1;
        let birth = NaiveDate::from_ymd_opt(y, m, d).expect("birth");
        let serial = (birth - epoch).num_days() as f64;
        sheet.write(row, 0, row).expect("number");
        sheet.write(row, 1, *name).expect("name");
        sheet.write(row, 2, serial).expect("serial, no date format");
        sheet.write(row, 3, "5A").expect("class");
        sheet.write(row, 4, "x").expect("card");
        sheet.write(row, 5, "").expect("no level 2");
    }
    let bytes = book.save_to_buffer().expect("xlsx");
    match system {
        DateSystem::Excel1900 => bytes,
        DateSystem::Excel1904 => super::zip_parts::to_1904(&bytes),
    }
}

#[test]
fn bare_serial_dates_are_counted_in_the_workbooks_own_date_system() {
    for system in [DateSystem::Excel1900, DateSystem::Excel1904] {
        let mut session = Session::default();
        let open = Request::OpenWorkbook {
            file_name: "lop-5a.xlsx".into(),
        };
        let Response::Workbook(book) = session
            .handle(open, Some(serial_roster(system)), &mut |_| {})
            .body
        else {
            panic!("{system:?}: opens");
        };
        let reply = session.handle(Request::ReadSheet { sheet: 0 }, None, &mut |_| {});
        let Response::Table(info) = reply.body else {
            panic!("{system:?}: reads");
        };
        assert_eq!(info.date_system, system, "the worker knows the system");
        let csv = String::from_utf8(reply.bytes.expect("csv")).expect("utf-8");
        assert!(
            csv.contains(",Nguyễn Văn An,4"),
            "{system:?}: bare serials in {csv}"
        );

        // The file takes the intake's way in (one sheet: read at once).
        let opened = then(Rc::new(Form::default()), |_| to_worker("lop-5a.xlsx"));
        let opened = then(opened, |f| {
            Action::Intake(IntakeAction::WorkbookOpened {
                run: f.intake.run,
                book: book.clone(),
            })
        });
        let read = then(opened, |f| {
            Action::Intake(IntakeAction::SheetRead {
                run: f.intake.run,
                info: info.clone(),
                csv: csv.clone(),
            })
        });
        assert_eq!(read.roster_dates, system, "carried to the roster");
        let births = |form: &Form, dates| -> Vec<String> {
            read_roster(&form.roster_text, None, today(), dates)
                .expect("reads")
                .roster
                .expect("a roster")
                .students
                .iter()
                .map(|s| s.birth.to_string())
                .collect()
        };
        assert_eq!(
            births(&read, read.roster_dates),
            ["2014-01-01", "2013-09-05", "2014-12-31"],
            "{system:?}"
        );
        if system == DateSystem::Excel1904 {
            // Read as a CSV's 1900 system, every date would be 1,462 days early.
            assert_eq!(
                births(&read, DateSystem::Excel1900),
                ["2009-12-31", "2009-09-04", "2010-12-30"]
            );
        }

        // An edit keeps the workbook's system; the next file brings its own.
        let edited = after(
            (*read).clone(),
            [Action::RosterText(format!("{}\n", read.roster_text))],
        );
        assert_eq!(edited.roster_dates, system, "{system:?}: edited");
        let csv_file = Loaded::text(
            Source::File("lop-5b.csv".into()),
            40,
            "Họ và tên,Ngày sinh,Lớp,Có thẻ căn cước,Mức 2\nAn,41640,5B,x,\n".into(),
            Encoding::Utf8,
        );
        let next = after(
            (*edited).clone(),
            [Action::Intake(IntakeAction::TextRead(csv_file))],
        );
        assert_eq!(
            next.roster_dates,
            DateSystem::Excel1900,
            "{system:?}: a CSV"
        );
    }
}
