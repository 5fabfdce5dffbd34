//! The student coverage estimator's state (`#/hoc-sinh`): exactly what the user typed, and the
//! actions that change it; [`check`] turns it into rule calls.
//!
//! The page saves it as a draft once typing pauses (300 ms) and at once when the page is hidden,
//! except the roster text (personal data): it lives in memory only, unless the user ticks "Lưu
//! danh sách trên máy này" ([`ROSTER_STORAGE_KEY`]).

pub mod check;

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::forms::Reducer;

use crate::catalogue::{Lang, students as t};
use crate::forms::download::{Download, DownloadAction, Downloads};
use crate::forms::intake::{FileIntake, IntakeAction, IntakeOutcome, Loaded, ReadNotes, Source};
use crate::rules::date::{DateFormat, DateSystem, format_date};
use crate::rules::delimited::{Encoding, ReadWarning};
use crate::rules::students::coverage::Step;
use crate::rules::students::examples::hung_yen_2026;
use crate::rules::students::plan::CapacityField;
use crate::rules::students::{Column, ColumnChoice, ConfirmedColumns, CountsField, GroupBy};
use crate::rules::units::{CommuneCode, ProvinceCode};

/// Name of the draft (local storage key `sansang.draft.students`).
pub const DRAFT_NAME: &str = "students";
/// Bump when [`Form`] changes shape: older drafts are then dropped with a notice.
pub const DRAFT_VERSION: u32 = 1;
/// Where the roster is kept when the user opts in (under the app's prefix, so "Xoá dữ liệu trên
/// máy này" removes it).
pub const ROSTER_STORAGE_KEY: &str = "sansang.draft.students-roster";

/// How the figures are given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Counts per class or grade.
    #[default]
    Counts,
    /// A roster with dates of birth.
    Roster,
}

/// One row of the counts table, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountsRow {
    pub label: String,
    pub enrolled: String,
    pub with_card: String,
    pub with_level2: String,
    pub activated: String,
}

impl CountsRow {
    pub fn get(&self, field: CountsField) -> &str {
        match field {
            CountsField::Label => &self.label,
            CountsField::Enrolled => &self.enrolled,
            CountsField::WithCard => &self.with_card,
            CountsField::WithLevel2 => &self.with_level2,
            CountsField::Activated => &self.activated,
        }
    }

    fn set(&mut self, field: CountsField, value: String) {
        let slot = match field {
            CountsField::Label => &mut self.label,
            CountsField::Enrolled => &mut self.enrolled,
            CountsField::WithCard => &mut self.with_card,
            CountsField::WithLevel2 => &mut self.with_level2,
            CountsField::Activated => &mut self.activated,
        };
        *slot = value;
    }
}

/// A file the user opened (not saved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedFile {
    pub name: String,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    pub outcome: FileOutcome,
    /// The code page, the sheet's warnings (title rows skipped, merged cells filled) and a
    /// TCVN3/VNI conversion, for the page to say.
    pub notes: ReadNotes,
}

impl OpenedFile {
    /// A file that could not be opened.
    pub fn failed(name: String, outcome: FileOutcome) -> OpenedFile {
        OpenedFile {
            name,
            sheet: None,
            outcome,
            notes: ReadNotes::default(),
        }
    }

    /// What the page says about a list read on its way in.
    fn read(list: &Loaded) -> OpenedFile {
        let warning = list.invalid.map(|invalid| ReadWarning::NotUtf8 {
            replaced: invalid.replaced,
            rows: list
                .text
                .lines()
                .filter(|line| line.contains('\u{FFFD}'))
                .count(),
            first_row: invalid.first_line,
        });
        OpenedFile {
            name: list.file_name().unwrap_or_default().to_owned(),
            sheet: match &list.source {
                Source::Sheet { sheet, .. } => Some(sheet.clone()),
                Source::File(_) | Source::Paste => None,
            },
            outcome: FileOutcome::Read {
                encoding: list.encoding,
                warning,
            },
            notes: list.notes.clone(),
        }
    }
}

/// An .xlsx download of the students who still need a step, written by the file worker.
pub type XlsxDownload = Download<Step>;

/// What opening a file gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// Read into the roster box; a warning when bytes were not UTF-8.
    Read {
        encoding: Encoding,
        warning: Option<ReadWarning>,
    },
    /// Larger than a roster can be.
    TooLarge { bytes: usize },
    /// The browser could not read it.
    Unreadable,
}

/// Everything on the form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    pub school: String,
    pub province: Option<ProvinceCode>,
    pub commune: Option<CommuneCode>,
    pub reference: String,
    pub deadline: String,
    pub second_deadline: String,
    pub mode: Mode,
    pub rows: Vec<CountsRow>,
    pub teams: String,
    pub records_per_hour: String,
    pub hours_per_session: String,
    pub sessions_per_day: String,
    pub weekends_count: bool,
    pub today_counts: bool,
    pub group_by: GroupBy,
    pub keep_roster: bool,
    pub confirmed: Option<ConfirmedColumns>,
    /// Shown with the Hưng Yên example loaded.
    pub example: bool,
    /// The roster as pasted or opened: personal data, never in the draft.
    #[serde(skip)]
    pub roster_text: Rc<str>,
    /// How bare serial numbers in the roster's date column count days: the workbook's system
    /// for a sheet (a Mac workbook of before 2011 counts from 1904), the 1900 one for a CSV or a
    /// paste (docs/rules.md §6.3). Kept while the user edits the text; in the draft, so a roster
    /// kept on this device reads the same after a reload.
    pub roster_dates: DateSystem,
    #[serde(skip)]
    pub file: Option<OpenedFile>,
    /// A workbook or a legacy-encoded file on its way into the roster box (the file worker's
    /// detour); the box keeps what it had meanwhile.
    #[serde(skip)]
    pub intake: FileIntake,
    /// The .xlsx download under way, and why the last one failed.
    #[serde(skip)]
    pub xlsx: Downloads<Step>,
    /// Column choices being edited in the mapping step, before "Dùng các cột này".
    #[serde(skip)]
    pub pending_choice: Option<ColumnChoice>,
    /// Results are shown once the user asks for them; later changes re-check live.
    #[serde(skip)]
    pub submitted: bool,
    /// Bumped on every submit, so the error summary takes focus each time.
    #[serde(skip)]
    pub attempt: u32,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            school: String::new(),
            province: None,
            commune: None,
            reference: String::new(),
            deadline: String::new(),
            second_deadline: String::new(),
            mode: Mode::Counts,
            rows: vec![CountsRow::default()],
            teams: "1".to_owned(),
            records_per_hour: "10".to_owned(),
            hours_per_session: "4".to_owned(),
            sessions_per_day: "2".to_owned(),
            weekends_count: false,
            today_counts: false,
            group_by: GroupBy::Class,
            keep_roster: false,
            confirmed: None,
            example: false,
            roster_text: Rc::from(""),
            roster_dates: DateSystem::Excel1900,
            file: None,
            intake: FileIntake::default(),
            xlsx: Downloads::default(),
            pending_choice: None,
            submitted: false,
            attempt: 0,
        }
    }
}

impl Form {
    pub fn capacity(&self, field: CapacityField) -> &str {
        match field {
            CapacityField::Teams => &self.teams,
            CapacityField::RecordsPerHour => &self.records_per_hour,
            CapacityField::HoursPerSession => &self.hours_per_session,
            CapacityField::SessionsPerDay => &self.sessions_per_day,
        }
    }
}

/// Most counts rows the form offers.
pub const MAX_ROWS: usize = crate::rules::students::counts::MAX_COUNT_ROWS;

/// What the user did on the page.
#[derive(Debug)]
pub enum Action {
    School(String),
    Province(Option<ProvinceCode>),
    Commune(Option<CommuneCode>),
    Reference(String),
    Deadline(String),
    SecondDeadline(String),
    Mode(Mode),
    RowField(usize, CountsField, String),
    AddRow,
    RemoveRow(usize),
    Capacity(CapacityField, String),
    WeekendsCount(bool),
    TodayCounts(bool),
    GroupBy(GroupBy),
    RosterText(String),
    /// The saved roster, read back once when the page opens.
    RosterRestored(String),
    /// A file on its way in (read on the page or by the file worker): the roster box takes
    /// its text when it arrives.
    Intake(IntakeAction),
    /// A file that could not be opened at all (too large, unreadable).
    FileFailed(OpenedFile),
    /// The .xlsx download of the students who still need a step: "Excel (.xlsx)" beside a CSV
    /// download, what the file worker says, its end, "Dừng".
    Xlsx(DownloadAction<Step>),
    KeepRoster(bool),
    ChooseColumn {
        base: ColumnChoice,
        column: Column,
        header: Option<usize>,
    },
    ConfirmColumns(ConfirmedColumns),
    Submit,
    /// Loads the Hưng Yên 2026 example (counts mode), in the reader's language.
    LoadExample(Lang),
    StartAgain,
}

/// Whether the action brings a new file (the last file's message goes).
fn action_starts_file(action: &IntakeAction) -> bool {
    matches!(
        action,
        IntakeAction::ToWorker { .. } | IntakeAction::TextRead(_)
    )
}

impl Reducer for Form {
    type Action = Action;

    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut form = (*self).clone();
        let loading_example = matches!(action, Action::LoadExample(_));
        match action {
            Action::School(v) => form.school = v,
            Action::Province(p) => {
                if form.province != p {
                    form.commune = None;
                }
                form.province = p;
            }
            Action::Commune(c) => {
                form.commune = c;
                if let Some(commune) = c.and_then(crate::rules::units::commune) {
                    form.province = Some(commune.province);
                }
            }
            Action::Reference(v) => form.reference = v,
            Action::Deadline(v) => form.deadline = v,
            Action::SecondDeadline(v) => form.second_deadline = v,
            Action::Mode(m) => form.mode = m,
            Action::RowField(i, field, v) => {
                if let Some(row) = form.rows.get_mut(i) {
                    row.set(field, v);
                }
            }
            Action::AddRow => {
                if form.rows.len() < MAX_ROWS {
                    form.rows.push(CountsRow::default());
                }
            }
            Action::RemoveRow(i) => {
                if form.rows.len() > 1 && i < form.rows.len() {
                    form.rows.remove(i);
                }
            }
            Action::Capacity(field, v) => match field {
                CapacityField::Teams => form.teams = v,
                CapacityField::RecordsPerHour => form.records_per_hour = v,
                CapacityField::HoursPerSession => form.hours_per_session = v,
                CapacityField::SessionsPerDay => form.sessions_per_day = v,
            },
            Action::WeekendsCount(b) => form.weekends_count = b,
            Action::TodayCounts(b) => form.today_counts = b,
            Action::GroupBy(g) => form.group_by = g,
            Action::RosterText(text) => {
                form.roster_text = Rc::from(text);
                form.file = None;
                form.pending_choice = None;
            }
            Action::RosterRestored(text) => {
                if form.roster_text.is_empty() {
                    form.roster_text = Rc::from(text);
                }
            }
            Action::Intake(action) => {
                if action_starts_file(&action) {
                    form.file = None;
                }
                match form.intake.update(action) {
                    IntakeOutcome::Arrived(list) => {
                        form.file = Some(OpenedFile::read(&list));
                        form.roster_dates = list
                            .notes
                            .sheet
                            .as_ref()
                            .map_or(DateSystem::Excel1900, |sheet| sheet.date_system);
                        form.roster_text = Rc::from(list.text);
                        form.pending_choice = None;
                        form.mode = Mode::Roster;
                    }
                    IntakeOutcome::Changed => {}
                    IntakeOutcome::Unchanged => return self,
                }
            }
            Action::FileFailed(file) => form.file = Some(file),
            Action::Xlsx(step) => {
                if !form.xlsx.update(step) {
                    return self;
                }
            }
            Action::KeepRoster(b) => form.keep_roster = b,
            Action::ChooseColumn {
                base,
                column,
                header,
            } => {
                let mut choice = form.pending_choice.unwrap_or(base);
                choice.set(column, header);
                form.pending_choice = Some(choice);
            }
            Action::ConfirmColumns(confirmed) => {
                form.confirmed = Some(confirmed);
                form.pending_choice = None;
                form.submitted = true;
                form.attempt = form.attempt.wrapping_add(1);
            }
            Action::Submit => {
                form.submitted = true;
                form.attempt = form.attempt.wrapping_add(1);
            }
            Action::LoadExample(lang) => {
                let date = |d| format_date(d, DateFormat::DayMonthYear);
                form.mode = Mode::Counts;
                form.reference = date(hung_yen_2026::reference());
                form.deadline = date(hung_yen_2026::commune_deadline());
                form.second_deadline = date(hung_yen_2026::police_deadline());
                let n = |v: u64| crate::catalogue::count(v, lang);
                let total = hung_yen_2026::CARD_NO_LEVEL2 + hung_yen_2026::NEITHER;
                form.rows = vec![CountsRow {
                    label: t::EXAMPLE_LABEL.get(lang).to_owned(),
                    enrolled: n(total),
                    with_card: n(hung_yen_2026::CARD_NO_LEVEL2),
                    with_level2: "0".to_owned(),
                    activated: String::new(),
                }];
                form.example = true;
                form.submitted = true;
                form.attempt = form.attempt.wrapping_add(1);
            }
            Action::StartAgain => {
                // Ids go on counting: an answer to a file or download of before is dropped.
                let (run, xlsx_run) = (form.intake.run, form.xlsx.run);
                form = Form::default();
                form.intake.run = run.wrapping_add(1);
                form.xlsx.run = xlsx_run.wrapping_add(1);
            }
        }
        // The example's note stays only while its figures and dates are untouched.
        let edited = form.rows != self.rows
            || form.reference != self.reference
            || form.deadline != self.deadline
            || form.mode != self.mode;
        if edited && !loading_example {
            form.example = false;
        }
        Rc::new(form)
    }
}
