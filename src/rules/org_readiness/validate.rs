//! From raw answers to checked values: errors (must fix), warnings (probably wrong, may continue)
//! and notes (the cleaned value read back, "cannot verify offline"). Which questions are required
//! depends on the answers ([`OrgAnswers::asks`]).

use chrono::NaiveDate;

use super::answers::{
    Field, Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
};
use crate::date::{DateError, parse_date};
use crate::email::{EmailAddress, EmailError, EmailWarning};
use crate::name::{NameError, OrgName, OrgNameError, PersonName};
use crate::personal_id::{PersonalId, PersonalIdError, PersonalIdWarning, Sex};
use crate::phone::{MobileNumber, PhoneError, PhoneWarning};
use crate::tax_code::{TaxCode, TaxCodeError, TaxCodeKind, TaxCodeWarning};
use crate::text::{collapse_spaces, nfc};
use crate::units::{self, Commune, CommuneCode, ProvinceCode};

/// Longest accepted street address (house number, street, hamlet), in characters after
/// normalization; registered addresses stay far below.
pub const MAX_STREET_CHARS: usize = 200;

/// Raw street inputs longer than this many bytes are rejected before any normalization work.
const MAX_STREET_INPUT_BYTES: usize = 4 * 1024;

/// What is wrong, or probably wrong, with one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required question was left unanswered; the catalogue words it per field ("Nhập …",
    /// "Chọn …").
    Missing,
    OrgName(OrgNameError),
    PersonName(NameError),
    TaxCode(TaxCodeError),
    PersonalId(PersonalIdError),
    Date(DateError),
    /// A date of establishment or of birth after today.
    DateInFuture {
        date: NaiveDate,
        today: NaiveDate,
    },
    /// A province code that is not one of the 34 (a draft from an older list).
    UnknownProvince,
    /// A commune code that is not in the 2025 list (a draft from an older list).
    UnknownCommune,
    /// The commune belongs to another province than the one chosen.
    CommuneNotInProvince {
        commune: &'static Commune,
    },
    StreetTooLong {
        max: usize,
        found: usize,
    },
    /// A control character (pasted from a spreadsheet or a PDF) in the street address.
    StreetUnexpectedCharacter {
        ch: char,
    },
    Phone(PhoneError),
    Email(EmailError),
    // Warnings: the value is usable, something looks off.
    TaxCodeWarning(TaxCodeWarning),
    /// A well-formed tax code of another sort than the chosen group has (docs/rules.md §2.1,
    /// §3.1): a 12-digit personal ID for groups 1–3 or a dependent unit, a 13-digit branch code for
    /// a group that is not a dependent unit, a 10-digit code for a dependent unit. Said at the
    /// field, where "the format is right" alone would mislead; the result explains it again.
    TaxCodeNotForGroup {
        kind: OrgKind,
        code: TaxCode,
    },
    PersonalIdWarning(PersonalIdWarning),
    PhoneWarning(PhoneWarning),
    EmailWarning(EmailWarning),
}

/// A problem with the question it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

/// Something to read back to the user under a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The tax code as read, in canonical form; the catalogue says "check digit matches" or, for 12
    /// digits, "cannot verify offline" (docs/rules.md §2.1).
    TaxCodeRead { code: TaxCode },
    /// The personal ID as read, with what its structure says (birth place, year, sex), for
    /// reference only (docs/rules.md §2.2).
    PersonalIdRead { id: PersonalId },
    /// A date typed in another accepted form, read back as dd/mm/yyyy.
    DateRead { date: NaiveDate },
    /// The mobile number as read, with the network its prefix was allocated to.
    PhoneRead { number: MobileNumber },
    /// The email address as read, when it differs from what was typed (domain lower-cased).
    EmailRead { address: EmailAddress },
}

/// A note with the question it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldNote {
    pub field: Field,
    pub note: Note,
}

/// The registrant, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registrant {
    pub role: RegistrantRole,
    /// Asked only of an authorised person.
    pub has_authorisation: Option<YesNo>,
    pub name: PersonName,
    pub id: PersonalId,
    pub birth: NaiveDate,
    pub sex: Sex,
    pub level2: Level2Status,
    pub smartphone: YesNo,
    pub own_sim: YesNoUnsure,
}

/// An organization's answers, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgDetails {
    /// Never [`OrgKind::HouseholdBusiness`].
    pub kind: OrgKind,
    pub status: OperatingStatus,
    pub name: OrgName,
    pub short_name: Option<OrgName>,
    pub foreign_name: Option<OrgName>,
    /// `Some` exactly for the kinds that have one ([`OrgKind::has_tax_code`]).
    pub tax_code: Option<TaxCode>,
    pub established: NaiveDate,
    pub commune: &'static Commune,
    /// Trimmed, single spaces, NFC.
    pub street: String,
    pub registrant: Registrant,
    pub co_representatives: YesNoUnsure,
    /// Asked only when there are other legal representatives.
    pub co_representatives_consent: Option<YesNo>,
    pub phone: MobileNumber,
    pub email: EmailAddress,
    pub in_national_database: YesNoUnsure,
}

/// Answers with no errors left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValidAnswers {
    /// A household business: nothing else is asked.
    HouseholdBusiness,
    /// An organization (any kind but household business).
    Organization(Box<OrgDetails>),
}

/// The outcome of checking the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Validated {
    /// Must be fixed before a result, in the order of the form.
    pub errors: Vec<FieldProblem>,
    /// Probably wrong; the result still comes (docs/rules.md: uncertain points warn, never reject).
    pub warnings: Vec<FieldProblem>,
    /// Cleaned values read back.
    pub notes: Vec<FieldNote>,
    /// `Some` exactly when `errors` is empty.
    pub answers: Option<ValidAnswers>,
}

impl Validated {
    /// The first error of `field`, if any.
    pub fn error_for(&self, field: Field) -> Option<&Problem> {
        self.errors
            .iter()
            .find(|p| p.field == field)
            .map(|p| &p.problem)
    }

    /// The warnings of `field`.
    pub fn warnings_for(&self, field: Field) -> impl Iterator<Item = &Problem> {
        self.warnings
            .iter()
            .filter(move |p| p.field == field)
            .map(|p| &p.problem)
    }

    /// The notes of `field`.
    pub fn notes_for(&self, field: Field) -> impl Iterator<Item = &Note> {
        self.notes
            .iter()
            .filter(move |n| n.field == field)
            .map(|n| &n.note)
    }
}

/// Collects problems and notes while fields are read.
#[derive(Default)]
struct Checker {
    errors: Vec<FieldProblem>,
    warnings: Vec<FieldProblem>,
    notes: Vec<FieldNote>,
}

impl Checker {
    fn error(&mut self, field: Field, problem: Problem) {
        self.errors.push(FieldProblem { field, problem });
    }

    fn warn(&mut self, field: Field, problem: Problem) {
        self.warnings.push(FieldProblem { field, problem });
    }

    fn note(&mut self, field: Field, note: Note) {
        self.notes.push(FieldNote { field, note });
    }

    /// A choice that must be made.
    fn choice<T: Copy>(&mut self, field: Field, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.error(field, Problem::Missing);
        }
        value
    }

    /// Runs `parse` on a required text; an empty text is [`Problem::Missing`].
    fn text<T, E>(
        &mut self,
        field: Field,
        raw: &str,
        parse: impl FnOnce(&str) -> Result<T, E>,
        wrap: impl FnOnce(E) -> Problem,
    ) -> Option<T> {
        if raw.trim().is_empty() {
            self.error(field, Problem::Missing);
            return None;
        }
        match parse(raw) {
            Ok(value) => Some(value),
            Err(e) => {
                self.error(field, wrap(e));
                None
            }
        }
    }

    /// An optional organization name: empty is fine.
    fn optional_org_name(&mut self, field: Field, raw: &str) -> Option<OrgName> {
        if raw.trim().is_empty() {
            return None;
        }
        match OrgName::parse(raw) {
            Ok(name) => Some(name),
            Err(e) => {
                self.error(field, Problem::OrgName(e));
                None
            }
        }
    }

    /// A past or present date; reads back a date typed in another form than dd/mm/yyyy.
    fn past_date(&mut self, field: Field, raw: &str, today: NaiveDate) -> Option<NaiveDate> {
        let date = self.text(field, raw, parse_date, Problem::Date)?;
        if date > today {
            self.error(field, Problem::DateInFuture { date, today });
            return None;
        }
        if raw.trim() != crate::date::format_date(date, crate::date::DateFormat::DayMonthYear) {
            self.note(field, Note::DateRead { date });
        }
        Some(date)
    }
}

/// Normalizes a street address: single spaces, NFC, no control characters, bounded length.
fn street_address(raw: &str) -> Result<String, Problem> {
    if raw.len() > MAX_STREET_INPUT_BYTES {
        return Err(Problem::StreetTooLong {
            max: MAX_STREET_CHARS,
            found: raw.chars().count(),
        });
    }
    let street = nfc(&collapse_spaces(raw));
    if let Some(ch) = street.chars().find(|c| c.is_control()) {
        return Err(Problem::StreetUnexpectedCharacter { ch });
    }
    let found = street.chars().count();
    if found > MAX_STREET_CHARS {
        return Err(Problem::StreetTooLong {
            max: MAX_STREET_CHARS,
            found,
        });
    }
    Ok(street)
}

/// Checks every question the answers ask ([`OrgAnswers::asks`]) against its rule: names
/// (`rules::name`), tax code (TT 105/2020/TT-BTC Art. 5, TT 90/2026/TT-BTC), personal ID (Luật Căn
/// cước 2023 Art. 12; decoded per TT 07/2016/TT-BCA as warnings only), dates (not after `today`),
/// the 2025 administrative units (Nghị quyết 202/2025/QH15), mobile number and email.
///
/// Never panics, whatever the strings hold; each parser bounds its own work.
pub fn validate(answers: &OrgAnswers, today: NaiveDate) -> Validated {
    let mut check = Checker::default();
    let kind = check.choice(Field::Kind, answers.kind);
    if kind == Some(OrgKind::HouseholdBusiness) {
        return Validated {
            errors: check.errors,
            warnings: check.warnings,
            notes: check.notes,
            answers: Some(ValidAnswers::HouseholdBusiness),
        };
    }

    let status = check.choice(Field::Status, answers.status);
    let name = check.text(Field::Name, &answers.name, OrgName::parse, Problem::OrgName);
    let short_name = check.optional_org_name(Field::ShortName, &answers.short_name);
    let foreign_name = check.optional_org_name(Field::ForeignName, &answers.foreign_name);

    // Until the kind is chosen, a tax code is checked only if one was typed.
    let tax_code_required = kind.is_some_and(OrgKind::has_tax_code);
    let tax_code = if tax_code_required || (kind.is_none() && !answers.tax_code.trim().is_empty()) {
        check.text(
            Field::TaxCode,
            &answers.tax_code,
            TaxCode::parse,
            Problem::TaxCode,
        )
    } else {
        None
    };
    if let Some(code) = tax_code {
        for warning in code.warnings() {
            check.warn(Field::TaxCode, Problem::TaxCodeWarning(warning));
        }
        match kind.filter(|&kind| !tax_code_fits(kind, code)) {
            Some(kind) => check.warn(Field::TaxCode, Problem::TaxCodeNotForGroup { kind, code }),
            None => check.note(Field::TaxCode, Note::TaxCodeRead { code }),
        }
    }

    let established = check.past_date(Field::Established, &answers.established, today);
    let commune = head_office(&mut check, answers);
    let street = check.text(Field::Street, &answers.street, street_address, |p| p);

    let role = check.choice(Field::Role, answers.role);
    let has_authorisation = if role == Some(RegistrantRole::AuthorisedPerson) {
        check.choice(Field::HasAuthorisation, answers.has_authorisation)
    } else {
        None
    };
    let person_name = check.text(
        Field::PersonName,
        &answers.person_name,
        PersonName::parse,
        Problem::PersonName,
    );
    let person_id = check.text(
        Field::PersonId,
        &answers.person_id,
        PersonalId::parse,
        Problem::PersonalId,
    );
    let birth = check.past_date(Field::PersonBirth, &answers.person_birth, today);
    let sex = check.choice(Field::PersonSex, answers.person_sex);
    if let Some(id) = person_id {
        check.note(Field::PersonId, Note::PersonalIdRead { id });
        for warning in id.warnings(today, birth, sex) {
            check.warn(Field::PersonId, Problem::PersonalIdWarning(warning));
        }
    }
    let level2 = check.choice(Field::Level2, answers.level2);
    let smartphone = check.choice(Field::Smartphone, answers.smartphone);
    let own_sim = check.choice(Field::OwnSim, answers.own_sim);
    let co_representatives = check.choice(Field::CoRepresentatives, answers.co_representatives);
    let co_representatives_consent = if co_representatives == Some(YesNoUnsure::Yes) {
        check.choice(
            Field::CoRepresentativesConsent,
            answers.co_representatives_consent,
        )
    } else {
        None
    };

    let phone = check.text(
        Field::Phone,
        &answers.phone,
        MobileNumber::parse,
        Problem::Phone,
    );
    if let Some(number) = phone {
        for warning in number.warnings() {
            check.warn(Field::Phone, Problem::PhoneWarning(warning));
        }
        check.note(Field::Phone, Note::PhoneRead { number });
    }
    let email = check.text(
        Field::Email,
        &answers.email,
        EmailAddress::parse,
        Problem::Email,
    );
    if let Some(address) = &email {
        for warning in address.warnings() {
            check.warn(Field::Email, Problem::EmailWarning(warning));
        }
        if address.as_str() != answers.email.trim() {
            check.note(
                Field::Email,
                Note::EmailRead {
                    address: address.clone(),
                },
            );
        }
    }
    let in_national_database =
        check.choice(Field::InNationalDatabase, answers.in_national_database);

    // Every `Option` below is `Some` when no error was recorded: each `None` above came with one.
    let details = (|| {
        let kind = kind?;
        Some(OrgDetails {
            kind,
            status: status?,
            name: name?,
            short_name,
            foreign_name,
            tax_code: if kind.has_tax_code() {
                Some(tax_code?)
            } else {
                None
            },
            established: established?,
            commune: commune?,
            street: street?,
            registrant: Registrant {
                role: role?,
                has_authorisation,
                name: person_name?,
                id: person_id?,
                birth: birth?,
                sex: sex?,
                level2: level2?,
                smartphone: smartphone?,
                own_sim: own_sim?,
            },
            co_representatives: co_representatives?,
            co_representatives_consent,
            phone: phone?,
            email: email?,
            in_national_database: in_national_database?,
        })
    })();
    let answers = if check.errors.is_empty() {
        details.map(|d| ValidAnswers::Organization(Box::new(d)))
    } else {
        None
    };
    Validated {
        errors: check.errors,
        warnings: check.warnings,
        notes: check.notes,
        answers,
    }
}

/// The head office's commune, in the chosen province (Nghị quyết 202/2025/QH15 list).
fn head_office(check: &mut Checker, answers: &OrgAnswers) -> Option<&'static Commune> {
    let province = if answers.province.trim().is_empty() {
        check.error(Field::Province, Problem::Missing);
        None
    } else if let Ok(code) = ProvinceCode::parse(&answers.province) {
        Some(code)
    } else {
        check.error(Field::Province, Problem::UnknownProvince);
        None
    };
    if answers.commune.trim().is_empty() {
        check.error(Field::Commune, Problem::Missing);
        return None;
    }
    let Some(commune) = CommuneCode::parse(&answers.commune)
        .ok()
        .and_then(units::commune)
    else {
        check.error(Field::Commune, Problem::UnknownCommune);
        return None;
    };
    match province {
        Some(code) if code != commune.province => {
            check.error(Field::Commune, Problem::CommuneNotInProvince { commune });
            None
        }
        Some(_) => Some(commune),
        None => None,
    }
}

/// Whether a tax code is of the sort the group has (Thông tư 105/2020/TT-BTC Art. 5, Thông tư
/// 90/2026/TT-BTC; docs/rules.md §2.1): 10 digits for groups 1–3, 13 for a dependent unit; a
/// 12-digit personal ID is an individual's or a household business's.
pub fn tax_code_fits(kind: OrgKind, code: TaxCode) -> bool {
    match code.kind() {
        TaxCodeKind::PersonalId => kind == OrgKind::HouseholdBusiness,
        TaxCodeKind::DependentUnit => kind == OrgKind::DependentUnit,
        TaxCodeKind::Organization => kind != OrgKind::DependentUnit,
    }
}
