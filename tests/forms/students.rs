//! The student coverage estimator (`#/hoc-sinh`): the form's reducer, and the check that turns
//! the form into rule calls (every message on its field, the outcome when nothing blocks it).

use std::rc::Rc;

use chrono::NaiveDate;
use sansang::catalogue::Lang;
use sansang::forms::students::check::{
    self, CAPACITY_FIELDS, DEADLINE_ID, REFERENCE_ID, ROSTER_ID, SECOND_DEADLINE_ID, capacity_id,
    row_field_id,
};
use sansang::forms::students::{Action, CountsRow, FileOutcome, Form, MAX_ROWS, Mode, OpenedFile};
use sansang::rules::delimited::Encoding;
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
    OpenedFile {
        name: "lop-6a1.csv".to_owned(),
        outcome,
    }
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
    let state = after(
        Form::default(),
        [Action::FileOpened(opened(read), ROSTER_40.into())],
    );
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
    assert_eq!(*again, Form::default());
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
    let read = Rc::new(read_roster(&form.roster_text, None, today()));
    let checked = check::check(&form, today(), Some(read), Lang::Vi);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let outcome = checked.outcome.expect("an outcome");
    assert_eq!(outcome.roster().map(|r| r.students.len()), Some(37));

    // An empty roster is an error on the roster box.
    let empty = Rc::new(read_roster("", None, today()));
    let checked = check::check(&form, today(), Some(empty), Lang::Vi);
    assert_eq!(checked.errors.len(), 1);
    assert_eq!(checked.errors[0].field_id.as_str(), ROSTER_ID);
}
