//! The organization readiness check's state (`#/to-chuc`): the answers exactly as typed (saved
//! as a draft), which view shows, and which fields showed an error at the last submit. Every
//! decision about the answers is in `rules::org_readiness`.
//!
//! The head office has a helper, "Biết địa chỉ cũ?" ([`OldAddress`]): the user types the
//! address registered before 1/7/2025 and the commune picker is set to today's commune, through
//! the statistics office's conversion table (`rules::old_address`, `docs/rules.md §2.4`).

use std::rc::Rc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::forms::Reducer;
use crate::forms::old_data::{DataStatus, LoadFailure, OneAddress, resolve_one};
use crate::rules::old_address::{OldUnits, Outcome};
use crate::rules::org_readiness::{
    Field, Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
    validate,
};
use crate::rules::personal_id::Sex;
use crate::rules::units::{self, CommuneCode, ProvinceCode};

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
    /// "Biết địa chỉ cũ?": the head office's old address (kept in the draft as typed).
    pub old_address: OldAddress,
}

/// "Biết địa chỉ cũ?" under the head office's commune picker: the old address as typed, the
/// conversion data's state, and what the last lookup found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OldAddress {
    /// The disclosure is open.
    pub open: bool,
    /// The old commune, as typed.
    pub commune: String,
    /// The old district, as typed.
    pub district: String,
    /// The province (old or new name), as typed.
    pub province: String,
    /// Or the whole old address on one line.
    pub line: String,
    /// The conversion data (fetched the first time the disclosure opens).
    #[serde(skip)]
    pub data: DataStatus,
    /// A lookup waits for the data.
    #[serde(skip)]
    pub pending: bool,
    /// "Tìm" was pressed with nothing typed.
    #[serde(skip)]
    pub nothing_typed: bool,
    /// What the last lookup found (until the next lookup, or until the picker is changed by
    /// hand to another commune).
    #[serde(skip)]
    pub found: Option<Found>,
}

/// What a lookup of the old address found, and what it did to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The resolver's outcome.
    pub outcome: Outcome,
    /// The street or hamlet part of the address line ("Ấp 3"), when it had one.
    pub street: Option<String>,
    /// The commune the lookup put in the picker: the one today's commune, or the candidate the
    /// user chose when the old commune was split. `None`: the picker was left as it was.
    pub placed: Option<CommuneCode>,
    /// The street part was copied into the empty street field.
    pub street_filled: bool,
}

impl OldAddress {
    /// The address as typed.
    pub fn typed(&self) -> OneAddress<'_> {
        OneAddress {
            commune: &self.commune,
            district: &self.district,
            province: &self.province,
            line: &self.line,
        }
    }
}

/// A field of "Biết địa chỉ cũ?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OldPart {
    Commune,
    District,
    Province,
    Line,
}

/// What the user (or the loader) did in "Biết địa chỉ cũ?".
#[derive(Clone, Copy, Debug)]
pub enum OldAction {
    /// Opens or closes the disclosure.
    Toggle,
    /// "Tìm xã, phường mới": looks up now if the data is here or cannot be had, else waits.
    Find,
    /// A split old commune: the user chose this candidate.
    Choose(CommuneCode),
    /// The loader started.
    DataLoading,
    /// The loader finished.
    DataReady(&'static OldUnits),
    /// The loader failed.
    DataFailed(LoadFailure),
}

impl OrgState {
    /// Whether the page should start fetching the conversion data: the disclosure is open (or
    /// a lookup waits) and no fetch has started.
    pub fn needs_old_data(&self) -> bool {
        let o = &self.old_address;
        (o.open || o.pending) && matches!(o.data, DataStatus::NotLoaded)
    }
}

/// What the user did on the page.
#[derive(Clone, Debug)]
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
    /// Typing in a field of "Biết địa chỉ cũ?".
    OldText(OldPart, String),
    /// Everything else in "Biết địa chỉ cũ?".
    Old(OldAction),
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
                // Chosen by hand: what the lookup said no longer describes the picker.
                let old = &mut next.old_address;
                if old.found.as_ref().is_some_and(|f| f.placed != code) {
                    old.found = None;
                }
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
                // The conversion data stays in memory for the session.
                let mut reset = OrgState {
                    attempt: self.attempt,
                    ..OrgState::default()
                };
                reset.old_address.data = self.old_address.data;
                return Rc::new(reset);
            }
            Action::OldText(part, text) => {
                let old = &mut next.old_address;
                *match part {
                    OldPart::Commune => &mut old.commune,
                    OldPart::District => &mut old.district,
                    OldPart::Province => &mut old.province,
                    OldPart::Line => &mut old.line,
                } = text;
            }
            Action::Old(action) => old_address(&mut next, action),
        }
        Rc::new(next)
    }
}

/// The reducer of "Biết địa chỉ cũ?".
fn old_address(next: &mut OrgState, action: OldAction) {
    let old = &mut next.old_address;
    match action {
        OldAction::Toggle => old.open = !old.open,
        OldAction::Find => {
            old.nothing_typed = old.typed().is_blank();
            if old.nothing_typed {
                old.pending = false;
                old.found = None;
                return;
            }
            match old.data {
                DataStatus::Ready(data) => look_up(next, Some(data)),
                DataStatus::Failed(_) => look_up(next, None),
                DataStatus::NotLoaded | DataStatus::Loading => old.pending = true,
            }
        }
        OldAction::Choose(code) => {
            let split = old.found.as_ref().and_then(|f| match f.outcome {
                Outcome::Split { candidates, .. } => Some(candidates),
                _ => None,
            });
            if split.is_some_and(|c| c.contains(code)) {
                place(next, code);
            }
        }
        OldAction::DataLoading => old.data = DataStatus::Loading,
        OldAction::DataReady(data) => {
            old.data = DataStatus::Ready(data);
            if old.pending {
                look_up(next, Some(data));
            }
        }
        OldAction::DataFailed(failure) => {
            old.data = DataStatus::Failed(failure);
            if old.pending {
                look_up(next, None);
            }
        }
    }
}

/// Resolves the typed old address; today's commune goes into the picker. A split waits for
/// the user's choice; anything else leaves the picker as it was.
fn look_up(next: &mut OrgState, data: Option<&OldUnits>) {
    let old = &mut next.old_address;
    old.pending = false;
    let (outcome, street) = resolve_one(old.typed(), data);
    old.found = Some(Found {
        outcome,
        street,
        placed: None,
        street_filled: false,
    });
    if let Some(code) = outcome.commune() {
        place(next, code);
    }
}

/// Sets the picker to `code` (and its province), and copies the address line's street part
/// into the street field when that is empty: nothing the user typed is replaced.
fn place(next: &mut OrgState, code: CommuneCode) {
    let Some(commune) = units::commune(code) else {
        return;
    };
    let a = &mut next.answers;
    a.province = commune.province.to_string();
    a.commune = code.to_string();
    if let Some(found) = &mut next.old_address.found {
        found.placed = Some(code);
        if let Some(street) = found.street.as_deref().filter(|s| !s.is_empty())
            && (a.street.trim().is_empty() || a.street == street)
        {
            a.street = street.to_owned();
            found.street_filled = true;
        }
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
