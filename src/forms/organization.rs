//! The organization readiness check's state (`#/to-chuc`): the answers exactly as typed (saved
//! as a draft), which view shows, and which fields showed an error at the last submit. Every
//! decision about the answers is in `rules::org_readiness`.

use std::rc::Rc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::forms::Reducer;
use crate::rules::org_readiness::{
    Field, Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
    validate,
};
use crate::rules::personal_id::Sex;
use crate::rules::units::{CommuneCode, ProvinceCode};

/// Draft name and schema version (the page saves the state as a draft).
pub const DRAFT_NAME: &str = "organization";
pub const DRAFT_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgState {
    pub answers: OrgAnswers,
    /// The result is showing (kept in the draft, so a reload returns to it).
    pub showing_result: bool,
    /// Fields that had an error at the last submit; only these show their (current) error.
    #[serde(skip)]
    pub flagged: Vec<Field>,
    /// Counts submits, so the error summary takes focus on each one.
    #[serde(skip)]
    pub attempt: u32,
    /// A field to focus once the form is back on screen ("Thay đổi").
    #[serde(skip)]
    pub focus: Option<Field>,
    /// Counts arrivals at the result, so its heading takes focus.
    #[serde(skip)]
    pub arrivals: u32,
}

/// What the user did on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Text(Field, String),
    Kind(OrgKind),
    Status(OperatingStatus),
    Role(RegistrantRole),
    Level2(Level2Status),
    Sex(Sex),
    YesNo(Field, YesNo),
    YesNoUnsure(Field, YesNoUnsure),
    Province(Option<ProvinceCode>),
    Commune(Option<CommuneCode>),
    /// "Xem kết quả": validate with today's date; show the result or the errors.
    Submit(NaiveDate),
    /// Back to the form, focusing a field ("Thay đổi") or the top.
    Change(Option<Field>),
    /// The requested focus happened.
    Focused,
    /// "Nhập lại từ đầu".
    Reset,
}

impl Reducer for OrgState {
    type Action = Action;

    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let a = &mut next.answers;
        match action {
            Action::Text(field, value) => {
                if let Some(slot) = text_slot(a, field) {
                    *slot = value;
                }
            }
            Action::Kind(kind) => a.kind = Some(kind),
            Action::Status(status) => a.status = Some(status),
            Action::Role(role) => a.role = Some(role),
            Action::Level2(level2) => a.level2 = Some(level2),
            Action::Sex(sex) => a.person_sex = Some(sex),
            Action::YesNo(field, answer) => match field {
                Field::HasAuthorisation => a.has_authorisation = Some(answer),
                Field::Smartphone => a.smartphone = Some(answer),
                Field::CoRepresentativesConsent => a.co_representatives_consent = Some(answer),
                _ => {}
            },
            Action::YesNoUnsure(field, answer) => match field {
                Field::OwnSim => a.own_sim = Some(answer),
                Field::CoRepresentatives => a.co_representatives = Some(answer),
                Field::InNationalDatabase => a.in_national_database = Some(answer),
                _ => {}
            },
            Action::Province(code) => {
                a.province = code.map(|c| c.to_string()).unwrap_or_default();
            }
            Action::Commune(code) => {
                a.commune = code.map(|c| c.to_string()).unwrap_or_default();
            }
            Action::Submit(today) => {
                let validated = validate(a, today);
                next.flagged = validated.errors.iter().map(|p| p.field).collect();
                next.attempt = next.attempt.wrapping_add(1);
                if validated.errors.is_empty() {
                    next.showing_result = true;
                    next.arrivals = next.arrivals.wrapping_add(1);
                }
            }
            Action::Change(field) => {
                next.showing_result = false;
                next.focus = field;
            }
            Action::Focused => next.focus = None,
            Action::Reset => {
                return Rc::new(OrgState {
                    attempt: self.attempt,
                    ..OrgState::default()
                });
            }
        }
        Rc::new(next)
    }
}

/// The text answer a field writes to.
fn text_slot(a: &mut OrgAnswers, field: Field) -> Option<&mut String> {
    Some(match field {
        Field::Name => &mut a.name,
        Field::ShortName => &mut a.short_name,
        Field::ForeignName => &mut a.foreign_name,
        Field::TaxCode => &mut a.tax_code,
        Field::Established => &mut a.established,
        Field::Street => &mut a.street,
        Field::PersonName => &mut a.person_name,
        Field::PersonId => &mut a.person_id,
        Field::PersonBirth => &mut a.person_birth,
        Field::Phone => &mut a.phone,
        Field::Email => &mut a.email,
        _ => return None,
    })
}
