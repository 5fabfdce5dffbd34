//! What the user answers, exactly as typed or chosen, and the names of the questions.

use serde::{Deserialize, Serialize};

use crate::personal_id::Sex;

/// Which kind of organization this is. The first four are the groups of the campaigns (Kiên Giang
/// Kế hoạch 374/KH-UBND, 25/12/2024; docs/rules.md §3.1); the last two are the cases people confuse
/// with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrgKind {
    /// Group 1: an enterprise (doanh nghiệp).
    Enterprise,
    /// Group 2: a cooperative or union of cooperatives (hợp tác xã, liên hiệp hợp tác xã).
    Cooperative,
    /// Group 3: an agency or organization with a tax code but no business registration (state
    /// agencies, public service units, mass organizations).
    AgencyWithTaxCode,
    /// Group 4: any other organization, without business or cooperative registration or tax code
    /// (e.g. religious organizations).
    OtherOrganization,
    /// A branch or representative office with its own seal and tax code: registers its own account
    /// (Hưng Yên 2025, item 4).
    DependentUnit,
    /// A household business: not an organization; its owner uses a personal account.
    HouseholdBusiness,
}

impl OrgKind {
    /// Every kind, in the order the form lists them.
    pub const ALL: [OrgKind; 6] = [
        OrgKind::Enterprise,
        OrgKind::Cooperative,
        OrgKind::AgencyWithTaxCode,
        OrgKind::OtherOrganization,
        OrgKind::DependentUnit,
        OrgKind::HouseholdBusiness,
    ];

    /// Whether this kind has a tax code to declare (groups 1–3 and dependent units; docs/rules.md §3.1).
    pub const fn has_tax_code(self) -> bool {
        !matches!(
            self,
            OrgKind::OtherOrganization | OrgKind::HouseholdBusiness
        )
    }

    /// Whether this kind gets an organization account at all (not a household business).
    pub const fn is_organization(self) -> bool {
        !matches!(self, OrgKind::HouseholdBusiness)
    }
}

/// Whether the organization is operating (docs/rules.md §3.1: an enterprise registered but not
/// operating is excluded from the campaigns' targets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OperatingStatus {
    /// Đang hoạt động.
    Operating,
    /// Tạm ngừng kinh doanh / hoạt động.
    Suspended,
    /// Đang làm thủ tục giải thể.
    Dissolving,
    /// Đã đăng ký nhưng không hoạt động.
    RegisteredNotOperating,
}

impl OperatingStatus {
    /// Every status, in the order the form lists them.
    pub const ALL: [OperatingStatus; 4] = [
        OperatingStatus::Operating,
        OperatingStatus::Suspended,
        OperatingStatus::Dissolving,
        OperatingStatus::RegisteredNotOperating,
    ];
}

/// Who registers the account (docs/rules.md §3.1: the legal representative or head, or a person they
/// authorise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegistrantRole {
    /// The legal representative or the head of the organization.
    LegalRepresentative,
    /// A person the legal representative authorised.
    AuthorisedPerson,
}

/// The registrant's own personal e-ID account (docs/rules.md §3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level2Status {
    /// A level-2 account, activated in the VNeID app.
    Activated,
    /// Approved at the police but not yet activated in the app.
    ApprovedNotActivated,
    /// No level-2 account (none, or only level 1).
    NoAccount,
    /// The person does not know.
    NotSure,
}

impl Level2Status {
    /// Every answer, in the order the form lists them.
    pub const ALL: [Level2Status; 4] = [
        Level2Status::Activated,
        Level2Status::ApprovedNotActivated,
        Level2Status::NoAccount,
        Level2Status::NotSure,
    ];
}

/// A yes/no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YesNo {
    Yes,
    No,
}

/// A yes/no answer where "I don't know" is honest and useful.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YesNoUnsure {
    Yes,
    No,
    NotSure,
}

/// The answers as the user left them: raw text exactly as typed, choices as chosen (`None` until
/// chosen). Answers to questions that are hidden (for example the tax code after switching to a
/// group without one) are kept, so switching back loses nothing, and ignored by [`super::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgAnswers {
    pub kind: Option<OrgKind>,
    pub status: Option<OperatingStatus>,
    pub name: String,
    pub short_name: String,
    pub foreign_name: String,
    pub tax_code: String,
    pub established: String,
    /// Province code as chosen ("01").
    pub province: String,
    /// Commune code as chosen ("00004").
    pub commune: String,
    pub street: String,
    pub role: Option<RegistrantRole>,
    pub has_authorisation: Option<YesNo>,
    pub person_name: String,
    pub person_id: String,
    pub person_birth: String,
    pub person_sex: Option<Sex>,
    pub level2: Option<Level2Status>,
    pub smartphone: Option<YesNo>,
    pub own_sim: Option<YesNoUnsure>,
    pub co_representatives: Option<YesNoUnsure>,
    pub co_representatives_consent: Option<YesNo>,
    pub phone: String,
    pub email: String,
    pub in_national_database: Option<YesNoUnsure>,
}

impl OrgAnswers {
    /// Whether the answers say "household business", so the rest of the form does not apply.
    pub fn is_household_business(&self) -> bool {
        self.kind == Some(OrgKind::HouseholdBusiness)
    }

    /// Whether `field` is asked, given the answers so far: the form shows exactly these questions
    /// and [`super::validate`] checks exactly these.
    pub fn asks(&self, field: Field) -> bool {
        if field == Field::Kind {
            return true;
        }
        if self.is_household_business() {
            return false;
        }
        match field {
            Field::TaxCode => self.kind.is_none_or(OrgKind::has_tax_code),
            Field::HasAuthorisation => self.role == Some(RegistrantRole::AuthorisedPerson),
            Field::CoRepresentativesConsent => self.co_representatives == Some(YesNoUnsure::Yes),
            _ => true,
        }
    }
}

/// One question of the form. [`Field::key`] is a stable name the UI builds element ids from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Kind,
    Status,
    Name,
    ShortName,
    ForeignName,
    TaxCode,
    Established,
    Province,
    Commune,
    Street,
    Role,
    HasAuthorisation,
    PersonName,
    PersonId,
    PersonBirth,
    PersonSex,
    Level2,
    Smartphone,
    OwnSim,
    CoRepresentatives,
    CoRepresentativesConsent,
    Phone,
    Email,
    InNationalDatabase,
}

impl Field {
    /// Every question, in the order of the form.
    pub const ALL: [Field; 24] = [
        Field::Kind,
        Field::Status,
        Field::Name,
        Field::ShortName,
        Field::ForeignName,
        Field::TaxCode,
        Field::Established,
        Field::Province,
        Field::Commune,
        Field::Street,
        Field::Role,
        Field::HasAuthorisation,
        Field::PersonName,
        Field::PersonId,
        Field::PersonBirth,
        Field::PersonSex,
        Field::Level2,
        Field::Smartphone,
        Field::OwnSim,
        Field::CoRepresentatives,
        Field::CoRepresentativesConsent,
        Field::Phone,
        Field::Email,
        Field::InNationalDatabase,
    ];

    /// A stable, readable name: `tax-code`, `person-id`, …
    pub const fn key(self) -> &'static str {
        match self {
            Field::Kind => "kind",
            Field::Status => "status",
            Field::Name => "name",
            Field::ShortName => "short-name",
            Field::ForeignName => "foreign-name",
            Field::TaxCode => "tax-code",
            Field::Established => "established",
            Field::Province => "province",
            Field::Commune => "commune",
            Field::Street => "street",
            Field::Role => "role",
            Field::HasAuthorisation => "authorisation",
            Field::PersonName => "person-name",
            Field::PersonId => "person-id",
            Field::PersonBirth => "person-birth",
            Field::PersonSex => "person-sex",
            Field::Level2 => "level2",
            Field::Smartphone => "smartphone",
            Field::OwnSim => "own-sim",
            Field::CoRepresentatives => "co-representatives",
            Field::CoRepresentativesConsent => "co-representatives-consent",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::InNationalDatabase => "national-database",
        }
    }
}
