//! Turns the form into rule calls: every error with the field it belongs to, and the outcome
//! when nothing blocks it. No decisions here beyond "which message goes on which field".

use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDate;

use super::{Form, Mode};
use crate::catalogue::{Lang, Localized, students as t};
use crate::forms::{FieldMessages, IString, SummaryError};
use crate::rules::date::{DateError, parse_date};
use crate::rules::students::counts::CountsInput;
use crate::rules::students::plan::{CapacityInput, DeadlineError};
use crate::rules::students::{
    Calendar, Capacity, CapacityField, ClassCounts, Column, CountsCoverage, CountsField,
    DayCounting, Plan, Roster, RosterCoverage, RosterError, RosterRead,
};

pub const SCHOOL_ID: &str = "students-school";
pub const COMMUNE_ID: &str = "students-commune";
pub const REFERENCE_ID: &str = "students-reference";
pub const DEADLINE_ID: &str = "students-deadline";
pub const SECOND_DEADLINE_ID: &str = "students-deadline-2";
pub const MODE_ID: &str = "students-mode";
pub const ROSTER_ID: &str = "students-roster";
pub const FILE_ID: &str = "students-file";
pub const KEEP_ROSTER_ID: &str = "students-keep-roster";
pub const WEEKENDS_ID: &str = "students-weekends";
pub const TODAY_COUNTS_ID: &str = "students-today-counts";
pub const GROUP_BY_ID: &str = "students-group-by";
pub const MAPPING_TITLE_ID: &str = "students-mapping-title";
pub const RESULTS_TITLE_ID: &str = "students-results-title";

pub fn row_field_id(row: usize, field: CountsField) -> String {
    let name = match field {
        CountsField::Label => "label",
        CountsField::Enrolled => "enrolled",
        CountsField::WithCard => "card",
        CountsField::WithLevel2 => "level2",
        CountsField::Activated => "activated",
    };
    format!("students-row-{row}-{name}")
}

pub fn capacity_id(field: CapacityField) -> &'static str {
    match field {
        CapacityField::Teams => "students-teams",
        CapacityField::RecordsPerHour => "students-records-per-hour",
        CapacityField::HoursPerSession => "students-hours",
        CapacityField::SessionsPerDay => "students-sessions",
    }
}

pub fn column_id(column: Column) -> String {
    format!("students-column-{}", column.spec().key)
}

pub const CAPACITY_FIELDS: [CapacityField; 4] = [
    CapacityField::Teams,
    CapacityField::RecordsPerHour,
    CapacityField::HoursPerSession,
    CapacityField::SessionsPerDay,
];

pub const COUNTS_FIELDS: [CountsField; 5] = [
    CountsField::Label,
    CountsField::Enrolled,
    CountsField::WithCard,
    CountsField::WithLevel2,
    CountsField::Activated,
];

/// What the data gave.
pub enum Data {
    Counts {
        rows: Vec<ClassCounts>,
        coverage: CountsCoverage,
    },
    Roster {
        read: Rc<Result<RosterRead, RosterError>>,
        coverage: Rc<RosterCoverage>,
    },
}

/// Everything the results need.
pub struct Outcome {
    pub reference: NaiveDate,
    pub plan: Plan,
    pub second_plan: Option<Plan>,
    pub data: Data,
}

impl Outcome {
    /// The roster read, in roster mode.
    pub fn read(&self) -> Option<&RosterRead> {
        match &self.data {
            Data::Roster { read, .. } => read.as_ref().as_ref().ok(),
            Data::Counts { .. } => None,
        }
    }

    /// The roster's rows, in roster mode.
    pub fn roster(&self) -> Option<&Roster> {
        self.read().and_then(|r| r.roster.as_ref().ok())
    }
}

/// The form, checked.
#[derive(Default)]
pub struct Checked {
    /// For the error summary, in page order.
    pub errors: Vec<SummaryError>,
    /// Messages per field id.
    pub messages: HashMap<String, FieldMessages>,
    /// The roster's columns need the user's check before results are shown.
    pub mapping_step: bool,
    pub outcome: Option<Outcome>,
}

impl Checked {
    pub fn field(&self, id: &str) -> FieldMessages {
        self.messages.get(id).cloned().unwrap_or_default()
    }

    fn error(&mut self, id: &str, summary: String, inline: String) {
        self.errors.push(SummaryError {
            field_id: IString::from(id.to_owned()),
            message: summary.into(),
        });
        let entry = self.messages.entry(id.to_owned()).or_default();
        if entry.error.is_none() {
            entry.error = Some(inline.into());
        }
    }

    fn warn(&mut self, id: &str, message: String) {
        self.messages
            .entry(id.to_owned())
            .or_default()
            .warnings
            .push(message.into());
    }

    fn note(&mut self, id: &str, message: String) {
        self.messages
            .entry(id.to_owned())
            .or_default()
            .notes
            .push(message.into());
    }
}

/// "Ngày tính: Tháng 2 năm 2026 chỉ có 28 ngày": the error summary names which of the three
/// dates a date message is about.
fn labelled(label: crate::catalogue::Text, message: &str, lang: Lang) -> String {
    format!("{}: {message}", label.get(lang))
}

/// Shows a date back as read ("thứ Tư 15/04/2026") when it was typed in another form (docs/writing.md:
/// show the cleaned value back).
fn echo(checked: &mut Checked, id: &str, typed: &str, date: NaiveDate, lang: Lang) {
    if typed.trim() != crate::catalogue::date(date) {
        checked.note(id, crate::catalogue::day(date, lang));
    }
}

/// The reference date typed, or today when blank.
pub fn reference_date(form: &Form, today: NaiveDate) -> Result<NaiveDate, DateError> {
    if form.reference.trim().is_empty() {
        Ok(today)
    } else {
        parse_date(&form.reference)
    }
}

/// Checks the whole form. `roster` is the roster read (memoized by the page) in roster mode.
pub fn check(
    form: &Form,
    today: NaiveDate,
    roster: Option<Rc<Result<RosterRead, RosterError>>>,
    lang: Lang,
) -> Checked {
    let mut checked = Checked::default();

    // Dates.
    let reference = match reference_date(form, today) {
        Ok(d) => {
            echo(&mut checked, REFERENCE_ID, &form.reference, d, lang);
            Some(d)
        }
        Err(e) => {
            let m = e.localize(lang);
            checked.error(REFERENCE_ID, labelled(t::REFERENCE_LABEL, &m, lang), m);
            None
        }
    };
    let deadline = match parse_date(&form.deadline) {
        Ok(d) => {
            echo(&mut checked, DEADLINE_ID, &form.deadline, d, lang);
            Some(d)
        }
        Err(DateError::Empty) => {
            let m = t::DEADLINE_EMPTY.get(lang).to_owned();
            checked.error(DEADLINE_ID, m.clone(), m);
            None
        }
        Err(e) => {
            let m = e.localize(lang);
            checked.error(DEADLINE_ID, labelled(t::DEADLINE_LABEL, &m, lang), m);
            None
        }
    };
    let second = if form.second_deadline.trim().is_empty() {
        None
    } else {
        match parse_date(&form.second_deadline) {
            Ok(d) => {
                echo(
                    &mut checked,
                    SECOND_DEADLINE_ID,
                    &form.second_deadline,
                    d,
                    lang,
                );
                Some(d)
            }
            Err(e) => {
                let m = e.localize(lang);
                checked.error(
                    SECOND_DEADLINE_ID,
                    labelled(t::SECOND_DEADLINE_LABEL, &m, lang),
                    m,
                );
                None
            }
        }
    };
    let counting = if form.weekends_count {
        DayCounting::AllDays
    } else {
        DayCounting::WorkingDays
    };
    let calendar = |id: &str, deadline: NaiveDate, checked: &mut Checked| {
        let reference = reference?;
        Calendar::new(reference, deadline, counting, form.today_counts)
            .map_err(|e: DeadlineError| {
                let m = e.localize(lang);
                checked.error(id, m.clone(), m);
            })
            .ok()
    };
    let calendar_1 = deadline.and_then(|d| calendar(DEADLINE_ID, d, &mut checked));
    let calendar_2 = second.and_then(|d| calendar(SECOND_DEADLINE_ID, d, &mut checked));

    // Data.
    let data = match form.mode {
        Mode::Counts => check_counts(form, &mut checked, lang, reference, deadline),
        Mode::Roster => check_roster(roster, &mut checked, lang, reference, deadline),
    };

    // Capacity.
    let input = CapacityInput {
        teams: &form.teams,
        records_per_hour: &form.records_per_hour,
        hours_per_session: &form.hours_per_session,
        sessions_per_day: &form.sessions_per_day,
    };
    let capacity = match Capacity::parse(input) {
        Ok(parsed) => {
            for (field, w) in parsed.warnings {
                checked.warn(capacity_id(field), w.localize(lang));
            }
            Some(parsed.capacity)
        }
        Err(errors) => {
            for e in errors {
                let m = e.localize(lang);
                checked.error(capacity_id(e.field()), m.clone(), m);
            }
            None
        }
    };

    if let (Some(reference), Some(calendar), Some(capacity), Some(data)) =
        (reference, calendar_1, capacity, data)
        && checked.errors.is_empty()
        && !checked.mapping_step
    {
        let records = match &data {
            Data::Counts { coverage, .. } => coverage.to_collect,
            Data::Roster { coverage, .. } => coverage.to_collect,
        };
        checked.outcome = Some(Outcome {
            reference,
            plan: Plan::new(records, capacity, calendar),
            second_plan: calendar_2.map(|c| Plan::new(records, capacity, c)),
            data,
        });
    }
    checked
}

fn check_counts(
    form: &Form,
    checked: &mut Checked,
    lang: Lang,
    reference: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
) -> Option<Data> {
    let mut rows = Vec::with_capacity(form.rows.len());
    for (i, row) in form.rows.iter().enumerate() {
        let input = CountsInput {
            label: &row.label,
            enrolled: &row.enrolled,
            with_card: &row.with_card,
            with_level2: &row.with_level2,
            activated: &row.activated,
        };
        match ClassCounts::parse(input) {
            Ok(counts) => {
                for (field, w) in &counts.warnings {
                    checked.warn(&row_field_id(i, *field), w.localize(lang));
                }
                rows.push(counts);
            }
            Err(errors) => {
                for e in errors {
                    checked.error(
                        &row_field_id(i, e.field()),
                        t::counts_error_in_row(i + 1, &row.label, &e, lang),
                        e.localize(lang),
                    );
                }
            }
        }
    }
    let (reference, deadline) = (reference?, deadline?);
    (rows.len() == form.rows.len()).then(|| {
        let coverage = CountsCoverage::new(&rows, reference, deadline.max(reference));
        Data::Counts { rows, coverage }
    })
}

fn check_roster(
    roster: Option<Rc<Result<RosterRead, RosterError>>>,
    checked: &mut Checked,
    lang: Lang,
    reference: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
) -> Option<Data> {
    let read = roster?;
    match read.as_ref() {
        Err(e) => {
            let m = e.localize(lang);
            checked.error(ROSTER_ID, m.clone(), m);
            None
        }
        Ok(r) => {
            if r.needs_review {
                checked.mapping_step = true;
            }
            match &r.roster {
                Err(errors) => {
                    checked.mapping_step = true;
                    for e in errors {
                        let column = match *e {
                            crate::rules::students::roster::ColumnChoiceError::Missing {
                                column,
                            }
                            | crate::rules::students::roster::ColumnChoiceError::Repeated {
                                column,
                                ..
                            }
                            | crate::rules::students::roster::ColumnChoiceError::OutOfRange {
                                column,
                            } => column,
                        };
                        let header_name = |c: Column| {
                            r.choice
                                .get(c)
                                .and_then(|i| r.header.get(i))
                                .cloned()
                                .unwrap_or_default()
                        };
                        let m = t::column_choice_error(e, header_name, lang);
                        checked.error(&column_id(column), m.clone(), m);
                    }
                    None
                }
                Ok(roster) => {
                    let (reference, deadline) = (reference?, deadline?);
                    let coverage = RosterCoverage::new(roster, reference, deadline.max(reference));
                    Some(Data::Roster {
                        read: read.clone(),
                        coverage: Rc::new(coverage),
                    })
                }
            }
        }
    }
}
