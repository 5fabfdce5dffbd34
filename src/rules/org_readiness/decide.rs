//! From checked answers to a result: the verdict, the reasons with their rules, what to prepare,
//! how long it takes and when it would land.

use chrono::{Datelike, Days, NaiveDate};

use super::answers::{
    Field, Level2Status, OperatingStatus, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
};
use super::validate::{OrgDetails, ValidAnswers};
use crate::date::age_on;
use crate::tax_code::{TaxCode, TaxCodeKind};
use crate::working_days::{
    Coverage, YearCoverage, add_working_days, is_working_day, year_coverage,
};

/// Processing time when the organization's data is in a national database (business
/// registration, tax): "≤ 3 ngày làm việc" — Nghị định 69/2024/NĐ-CP Art. 13 (docs/rules.md §3.1).
pub const IN_DATABASE_WORKING_DAYS: u32 = 3;

/// Processing time otherwise (field verification): "≤ 15 ngày" — Nghị định 69/2024/NĐ-CP Art. 13
/// (docs/rules.md §3.1). The text says days, not working days, so they are read as calendar days,
/// counted from the day after submission (Bộ luật Dân sự 2015 Art. 147 cl. 2) and ending on the
/// next working day when the last one is a day off (Art. 148 cl. 5). The result states this reading.
pub const VERIFICATION_DAYS: u32 = 15;

/// Age from which a person is an adult — Bộ luật Dân sự 2015 Art. 20 cl. 1.
pub const ADULT_AGE: u32 = 18;

/// Youngest age at which a person may act under an authorisation — Bộ luật Dân sự 2015 Art. 138
/// cl. 3 (15 to under 18, unless a law requires an adult).
pub const MIN_AUTHORISED_AGE: u32 = 15;

/// Where a rule comes from; the catalogue writes it out ("Nghị định 69/2024/NĐ-CP, Điều 13").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleSource {
    /// Nghị định 69/2024/NĐ-CP on electronic identification, as amended by Nghị định 169/2025/NĐ-CP
    /// and 320/2026/NĐ-CP.
    Decree69 { article: u8, clause: Option<u8> },
    /// Thông tư 105/2020/TT-BTC (tax registration; tax code structure).
    TaxCircular105 { article: u8 },
    /// Thông tư 90/2026/TT-BTC, which replaced Thông tư 86/2024/TT-BTC on 1/7/2026 (personal ID
    /// number as tax code since 1/7/2025; structure and check digit unchanged).
    TaxCircular90,
    /// Bộ luật Dân sự 2015.
    CivilCode2015 { article: u16, clause: Option<u8> },
    /// Luật Doanh nghiệp 2020.
    EnterpriseLaw2020 { article: u8, clause: Option<u8> },
    /// The Hưng Yên People's Committee's 2025 campaign guidance (`item` when it numbers one).
    HungYenPlan2025 { item: Option<u8> },
}

/// How a finding reads: good news, information, something to check, or something that stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    Ok,
    Info,
    Warning,
    Stop,
}

/// What the assessment found, one sentence each in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Finding {
    /// The campaign group the kind belongs to (groups 1–4), or for a dependent unit: with its own
    /// seal and tax code it registers its own account.
    Group { kind: OrgKind },
    /// One account per organization; no levels for organizations.
    OneAccountNoLevels,
    /// The tax code's check digit matches.
    TaxCodeChecked { code: TaxCode },
    /// Group 4 declares no tax code.
    NoTaxCodeNeeded,
    /// A household business is not an organization: the owner uses a personal account.
    HouseholdBusiness,
    /// The organization is not operating: excluded from the campaign's targets.
    Inactive { status: OperatingStatus },
    /// A 12-digit tax code is a personal ID number (household businesses, individuals), not an
    /// organization's code.
    TaxCodeIsPersonalId { code: TaxCode },
    /// A 13-digit (dependent-unit) code for an independent organization.
    BranchCodeForIndependentOrg { code: TaxCode, parent: TaxCode },
    /// A dependent unit with a 10-digit code: a dependent unit's code has 13 digits.
    DependentUnitWithoutBranchCode { code: TaxCode },
    /// The legal representative or head is under 18.
    RepresentativeUnder18 { age: u32, kind: OrgKind },
    /// An authorised person under 15 cannot act under an authorisation.
    AuthorisedPersonUnder15 { age: u32 },
    /// An authorised person aged 15–17: allowed by the Civil Code, but the police may ask for an
    /// adult (uncertain: a warning).
    AuthorisedPersonUnder18 { age: u32 },
    /// An authorised person without the legal representative's written authorisation.
    NoWrittenAuthorisation,
    /// An authorised person with a written authorisation.
    WrittenAuthorisation,
    /// Other legal representatives have not agreed.
    CoRepresentativesDisagree,
    /// Other legal representatives agreed.
    CoRepresentativesAgree,
    /// Not known whether there are other legal representatives.
    CoRepresentativesUnknown,
    /// The registrant's own level-2 account is activated.
    Level2Activated,
    /// Approved but not activated.
    Level2NotActivated,
    /// No level-2 account.
    Level2Missing,
    /// Not known whether there is one.
    Level2Unknown,
    /// How long a level-2 account takes: ≤ 3 working days with a valid card, ≤ 7 without.
    Level2ProcessingTime,
    /// A smartphone with internet for the VNeID app.
    SmartphoneReady,
    /// No smartphone: register in person.
    NoSmartphone,
    /// No smartphone and no level-2 account: a level-2 account is activated in the app.
    NoSmartphoneForLevel2,
    /// The SIM is not in the registrant's own name.
    SimNotOwn,
    /// Not known whether the SIM is in the registrant's own name.
    SimNotSure,
    /// The organization's data is in a national database: ≤ 3 working days.
    DataInNationalDatabase,
    /// It is not: field verification, ≤ 15 days.
    DataNotInNationalDatabase,
    /// Not known: either.
    DataMaybeInNationalDatabase { kind: OrgKind },
}

/// Where a finding sits in the list: what decides the verdict comes first, the organization's
/// group last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Stop,
    Data,
    Consent,
    Account,
    Route,
    Fact,
}

impl Finding {
    /// The rule the finding rests on.
    pub fn source(self) -> RuleSource {
        use RuleSource::*;
        let decree = |article, clause| Decree69 { article, clause };
        match self {
            Finding::Group {
                kind: OrgKind::DependentUnit,
            } => HungYenPlan2025 { item: Some(4) },
            // Who may have an organization account is national (NĐ 69/2024 Art. 7); the groups
            // 1–4 are how campaigns count them, named only as an example (SOURCES_NOTE).
            Finding::Group { .. } | Finding::OneAccountNoLevels | Finding::HouseholdBusiness => {
                decree(7, None)
            }
            // The data an organization declares, a tax code only if it has one (Art. 13).
            Finding::NoTaxCodeNeeded => decree(13, None),
            Finding::TaxCodeChecked { .. }
            | Finding::BranchCodeForIndependentOrg { .. }
            | Finding::DependentUnitWithoutBranchCode { .. } => TaxCircular105 { article: 5 },
            Finding::TaxCodeIsPersonalId { .. } => TaxCircular90,
            Finding::Inactive { .. } => HungYenPlan2025 { item: None },
            Finding::RepresentativeUnder18 {
                kind: OrgKind::Enterprise | OrgKind::DependentUnit,
                ..
            } => EnterpriseLaw2020 {
                article: 17,
                clause: Some(2),
            },
            Finding::RepresentativeUnder18 { .. } => CivilCode2015 {
                article: 20,
                clause: Some(1),
            },
            Finding::AuthorisedPersonUnder15 { .. } | Finding::AuthorisedPersonUnder18 { .. } => {
                CivilCode2015 {
                    article: 138,
                    clause: Some(3),
                }
            }
            Finding::Level2Missing
            | Finding::Level2ProcessingTime
            | Finding::NoSmartphoneForLevel2
            | Finding::SimNotOwn
            | Finding::SimNotSure => decree(10, None),
            Finding::NoWrittenAuthorisation
            | Finding::WrittenAuthorisation
            | Finding::CoRepresentativesDisagree
            | Finding::CoRepresentativesAgree
            | Finding::CoRepresentativesUnknown
            | Finding::Level2Activated
            | Finding::Level2NotActivated
            | Finding::Level2Unknown
            | Finding::SmartphoneReady
            | Finding::NoSmartphone
            | Finding::DataInNationalDatabase
            | Finding::DataNotInNationalDatabase
            | Finding::DataMaybeInNationalDatabase { .. } => decree(13, None),
        }
    }

    /// How the finding reads.
    pub fn tone(self) -> Tone {
        match self {
            Finding::TaxCodeChecked { .. }
            | Finding::WrittenAuthorisation
            | Finding::CoRepresentativesAgree
            | Finding::Level2Activated
            | Finding::SmartphoneReady
            | Finding::DataInNationalDatabase => Tone::Ok,
            Finding::Group { .. }
            | Finding::OneAccountNoLevels
            | Finding::NoTaxCodeNeeded
            | Finding::Level2ProcessingTime
            | Finding::DataNotInNationalDatabase
            | Finding::NoSmartphone
            | Finding::DataMaybeInNationalDatabase { .. } => Tone::Info,
            Finding::AuthorisedPersonUnder18 { .. }
            | Finding::CoRepresentativesUnknown
            | Finding::Level2Unknown
            | Finding::Level2NotActivated
            | Finding::SimNotOwn
            | Finding::SimNotSure => Tone::Warning,
            Finding::HouseholdBusiness
            | Finding::Inactive { .. }
            | Finding::TaxCodeIsPersonalId { .. }
            | Finding::BranchCodeForIndependentOrg { .. }
            | Finding::DependentUnitWithoutBranchCode { .. }
            | Finding::RepresentativeUnder18 { .. }
            | Finding::AuthorisedPersonUnder15 { .. }
            | Finding::NoWrittenAuthorisation
            | Finding::CoRepresentativesDisagree
            | Finding::Level2Missing
            | Finding::NoSmartphoneForLevel2 => Tone::Stop,
        }
    }

    /// The question to change to act on the finding, for a "Thay đổi" link.
    pub fn field(self) -> Option<Field> {
        match self {
            Finding::Group { .. } | Finding::HouseholdBusiness => Some(Field::Kind),
            Finding::Inactive { .. } => Some(Field::Status),
            Finding::TaxCodeChecked { .. }
            | Finding::TaxCodeIsPersonalId { .. }
            | Finding::BranchCodeForIndependentOrg { .. }
            | Finding::DependentUnitWithoutBranchCode { .. } => Some(Field::TaxCode),
            Finding::RepresentativeUnder18 { .. }
            | Finding::AuthorisedPersonUnder15 { .. }
            | Finding::AuthorisedPersonUnder18 { .. } => Some(Field::PersonBirth),
            Finding::NoWrittenAuthorisation | Finding::WrittenAuthorisation => {
                Some(Field::HasAuthorisation)
            }
            Finding::CoRepresentativesDisagree | Finding::CoRepresentativesAgree => {
                Some(Field::CoRepresentativesConsent)
            }
            Finding::CoRepresentativesUnknown => Some(Field::CoRepresentatives),
            Finding::Level2Activated
            | Finding::Level2NotActivated
            | Finding::Level2Missing
            | Finding::Level2Unknown => Some(Field::Level2),
            Finding::SmartphoneReady | Finding::NoSmartphone | Finding::NoSmartphoneForLevel2 => {
                Some(Field::Smartphone)
            }
            Finding::SimNotOwn | Finding::SimNotSure => Some(Field::OwnSim),
            Finding::DataInNationalDatabase
            | Finding::DataNotInNationalDatabase
            | Finding::DataMaybeInNationalDatabase { .. } => Some(Field::InNationalDatabase),
            Finding::OneAccountNoLevels
            | Finding::NoTaxCodeNeeded
            | Finding::Level2ProcessingTime => None,
        }
    }

    /// Background the verdict does not rest on (the campaign group, one account per
    /// organization): listed last, and left out of the printed page.
    pub fn is_context(self) -> bool {
        matches!(self, Finding::Group { .. } | Finding::OneAccountNoLevels)
    }

    /// A problem in the data itself (not a missing step): the verdict is "fix first".
    fn is_data_problem(self) -> bool {
        matches!(
            self,
            Finding::TaxCodeIsPersonalId { .. }
                | Finding::BranchCodeForIndependentOrg { .. }
                | Finding::DependentUnitWithoutBranchCode { .. }
                | Finding::RepresentativeUnder18 { .. }
                | Finding::AuthorisedPersonUnder15 { .. }
        )
    }

    fn rank(self) -> Rank {
        match self {
            Finding::HouseholdBusiness | Finding::Inactive { .. } => Rank::Stop,
            Finding::TaxCodeIsPersonalId { .. }
            | Finding::BranchCodeForIndependentOrg { .. }
            | Finding::DependentUnitWithoutBranchCode { .. }
            | Finding::RepresentativeUnder18 { .. }
            | Finding::AuthorisedPersonUnder15 { .. }
            | Finding::TaxCodeChecked { .. }
            | Finding::NoTaxCodeNeeded => Rank::Data,
            Finding::NoWrittenAuthorisation
            | Finding::WrittenAuthorisation
            | Finding::CoRepresentativesDisagree
            | Finding::CoRepresentativesAgree
            | Finding::CoRepresentativesUnknown
            | Finding::AuthorisedPersonUnder18 { .. } => Rank::Consent,
            Finding::Level2Activated
            | Finding::Level2NotActivated
            | Finding::Level2Missing
            | Finding::Level2Unknown
            | Finding::Level2ProcessingTime
            | Finding::NoSmartphoneForLevel2 => Rank::Account,
            Finding::SmartphoneReady
            | Finding::NoSmartphone
            | Finding::SimNotOwn
            | Finding::SimNotSure
            | Finding::DataInNationalDatabase
            | Finding::DataNotInNationalDatabase
            | Finding::DataMaybeInNationalDatabase { .. } => Rank::Route,
            Finding::Group { .. } | Finding::OneAccountNoLevels => Rank::Fact,
        }
    }
}

/// A finding with the rule it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reason {
    pub finding: Finding,
    pub source: RuleSource,
}

impl From<Finding> for Reason {
    fn from(finding: Finding) -> Reason {
        Reason {
            finding,
            source: finding.source(),
        }
    }
}

/// The step the registrant's level-2 account still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level2Step {
    /// Register at any commune police.
    Register,
    /// Activate it in the VNeID app.
    Activate,
    /// Find out: log in to the VNeID app.
    Check,
}

/// The one-sentence answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Ready to register online: VNeID app ("Định danh tổ chức") or the VNeID website.
    ReadyOnline,
    /// Ready to register in person with form TK02 at the police.
    ReadyInPerson,
    /// The registrant's level-2 account comes first.
    Level2First(Level2Step),
    /// A written authorisation and/or the other legal representatives' agreement comes first.
    ConsentFirst {
        authorisation: bool,
        co_representatives: bool,
    },
    /// A household business: the owner's personal account, not an organization account.
    PersonalAccountInstead,
    /// The organization is not operating: not now.
    NotNow { status: OperatingStatus },
    /// The answers show data problems to fix first.
    FixDataFirst,
}

impl Verdict {
    /// How the verdict reads (panel colour).
    pub fn tone(self) -> Tone {
        match self {
            Verdict::ReadyOnline | Verdict::ReadyInPerson => Tone::Ok,
            Verdict::NotNow { .. } => Tone::Stop,
            Verdict::Level2First(_)
            | Verdict::ConsentFirst { .. }
            | Verdict::PersonalAccountInstead
            | Verdict::FixDataFirst => Tone::Warning,
        }
    }
}

/// One thing to prepare or do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistItem {
    /// Household business: the owner registers (or uses) a personal level-2 account.
    OwnerPersonalAccount,
    /// Household business: its tax code is the owner's 12-digit personal ID.
    HouseholdTaxCodeIsOwnerId,
    /// Register when the organization operates again.
    RegisterWhenOperating,
    /// Change the answers the reasons point to, then check again.
    CorrectAnswers,
    /// Get the legal representative's written authorisation.
    GetWrittenAuthorisation,
    /// Get the other legal representatives' agreement (in writing is safest).
    GetCoRepresentativesConsent,
    /// Find out from the charter or registration certificate whether there are other legal
    /// representatives.
    CheckCoRepresentatives,
    /// Register a SIM in one's own name at the mobile network first (or check the SIM is).
    OwnNameSim { check_only: bool },
    /// A smartphone with internet is needed to activate and use a level-2 account.
    Smartphone,
    /// Level 2 at any commune police, with the căn cước card and form TK01; face and fingerprints.
    Level2AtCommunePolice,
    /// Activate the approved account in the VNeID app.
    ActivateInApp,
    /// Log in to the VNeID app to see the account's level.
    CheckLevelInApp,
    /// Or: the legal representative authorises a person who already has an activated level-2
    /// account.
    OrAuthoriseSomeoneReady,
    /// Online: VNeID app → "Định danh tổ chức", or the VNeID website, logged in with one's own
    /// level-2 account.
    RegisterOnline,
    /// In person: form TK02 at the police (căn cước management agency), with one's căn cước card.
    RegisterInPerson,
    /// Have the organization's data to hand: name, tax code (if any), date of establishment, head
    /// office.
    OrganizationData { tax_code: Option<TaxCode> },
    /// Have the papers of establishment to hand (registration certificate or decision), to check
    /// the data against, or for field verification.
    EstablishmentPapers { kind: OrgKind },
    /// An authorised person also declares the legal representative's full name and ID number.
    LegalRepresentativeIdentity,
    /// Keep the authorisation and the co-representatives' agreement to hand.
    KeepConsentPapers,
    /// The result arrives at this phone number and email.
    ContactForResult {
        phone: crate::phone::MobileNumber,
        email: crate::email::EmailAddress,
    },
}

/// A time limit as the decree writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeLimit {
    /// "ngày làm việc".
    WorkingDays(u32),
    /// "ngày", read as calendar days.
    Days(u32),
}

/// Which of the two processing times applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProcessingBasis {
    /// The data is in a national database (business registration, tax).
    InNationalDatabase,
    /// Field verification is needed.
    NeedsVerification,
}

/// One processing time and the day it would end for a submission today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Estimate {
    pub basis: ProcessingBasis,
    pub limit: TimeLimit,
    /// The last day of the limit; `None` only past the calendar's end.
    pub lands_on: Option<NaiveDate>,
    /// For a limit in days: the day it would have ended, when that was a day off and the limit
    /// moved to the next working day (Bộ luật Dân sự 2015 Art. 148 cl. 5).
    pub moved_from: Option<NaiveDate>,
}

/// How long processing takes, counted from a submission on `submitted_on`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Processing {
    pub submitted_on: NaiveDate,
    /// One estimate, or two (database first) when the user does not know which applies.
    pub estimates: Vec<Estimate>,
    /// The years the count crosses whose holidays are not the announced schedule, so the UI can
    /// say the date may move.
    pub uncertain_years: Vec<YearCoverage>,
}

/// A reminder shown with every organization result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reminder {
    /// Accounts of the national public-service portal stopped for organizations on 30/6/2025;
    /// from 1/7/2025 only the e-ID account logs in (Nghị định 69/2024/NĐ-CP Art. 40 cl. 4).
    PortalAccountsStopped,
    /// Enterprises and cooperatives in the listed sectors must link their user accounts to e-ID by
    /// 31/12/2026, banking by 30/6/2027 (Nghị định 69/2024/NĐ-CP Art. 40 cl. 9–10, added by Nghị
    /// định 320/2026/NĐ-CP, in force 28/9/2026; docs/rules.md §3.1). Said to those that may run
    /// such systems; the decree lists the sectors, Sẵn Sàng does not ask.
    SectorAccountsLinkToEid,
    /// Registration is free (docs/rules.md §3.1).
    NoFee,
    /// Sẵn Sàng checks formats on this device; it cannot look anything up in national databases.
    FormatChecksOnly,
}

impl Reminder {
    /// The rule behind the reminder, when one article carries it.
    pub fn source(self) -> Option<RuleSource> {
        match self {
            Reminder::PortalAccountsStopped => Some(RuleSource::Decree69 {
                article: 40,
                clause: Some(4),
            }),
            Reminder::SectorAccountsLinkToEid => Some(RuleSource::Decree69 {
                article: 40,
                clause: Some(9),
            }),
            Reminder::NoFee | Reminder::FormatChecksOnly => None,
        }
    }
}

/// The whole result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    pub verdict: Verdict,
    /// Deciding reasons first, then supporting facts.
    pub reasons: Vec<Reason>,
    pub checklist: Vec<ChecklistItem>,
    /// For a "ready" verdict only.
    pub processing: Option<Processing>,
    pub reminders: Vec<Reminder>,
}

/// Decides readiness from checked answers (Nghị định 69/2024/NĐ-CP, docs/rules.md §3.1). A pure
/// function of the answers and `today` (the day a submission would be made).
///
/// The verdict is the first that applies: household business → personal account; not operating
/// → not now; data problems (tax code of the wrong kind, registrant's age) → fix first; missing
/// authorisation or co-representatives' agreement → consent first; no activated level-2 account
/// → that first; no smartphone or SIM not in one's own name → in person with TK02; else online.
pub fn decide(answers: &ValidAnswers, today: NaiveDate) -> Readiness {
    match answers {
        ValidAnswers::HouseholdBusiness => Readiness {
            verdict: Verdict::PersonalAccountInstead,
            reasons: vec![Finding::HouseholdBusiness.into()],
            checklist: vec![
                ChecklistItem::OwnerPersonalAccount,
                ChecklistItem::HouseholdTaxCodeIsOwnerId,
            ],
            processing: None,
            reminders: vec![Reminder::FormatChecksOnly],
        },
        ValidAnswers::Organization(details) => organization(details, today),
    }
}

fn organization(d: &OrgDetails, today: NaiveDate) -> Readiness {
    let r = &d.registrant;
    let mut findings = vec![Finding::Group { kind: d.kind }, Finding::OneAccountNoLevels];
    let mut reminders = vec![Reminder::PortalAccountsStopped];
    if matches!(d.kind, OrgKind::Enterprise | OrgKind::Cooperative) {
        reminders.push(Reminder::SectorAccountsLinkToEid);
    }
    reminders.extend([Reminder::NoFee, Reminder::FormatChecksOnly]);

    if d.status != OperatingStatus::Operating {
        findings.push(Finding::Inactive { status: d.status });
        return Readiness {
            verdict: Verdict::NotNow { status: d.status },
            reasons: ranked(findings),
            checklist: vec![ChecklistItem::RegisterWhenOperating],
            processing: None,
            reminders,
        };
    }

    // Data: the tax code must be of the kind's sort (TT 105/2020 Art. 5; TT 90/2026).
    match d.tax_code {
        Some(code) => findings.push(tax_code_finding(d.kind, code)),
        None => findings.push(Finding::NoTaxCodeNeeded),
    }
    let age = age_on(r.birth, today);
    match r.role {
        RegistrantRole::LegalRepresentative if age < ADULT_AGE => {
            findings.push(Finding::RepresentativeUnder18 { age, kind: d.kind });
        }
        RegistrantRole::AuthorisedPerson if age < MIN_AUTHORISED_AGE => {
            findings.push(Finding::AuthorisedPersonUnder15 { age });
        }
        RegistrantRole::AuthorisedPerson if age < ADULT_AGE => {
            findings.push(Finding::AuthorisedPersonUnder18 { age });
        }
        _ => {}
    }

    // Consent: an authorised person acts on a written authorisation; co-representatives agree.
    let authorisation_missing =
        r.role == RegistrantRole::AuthorisedPerson && r.has_authorisation != Some(YesNo::Yes);
    if r.role == RegistrantRole::AuthorisedPerson {
        findings.push(if authorisation_missing {
            Finding::NoWrittenAuthorisation
        } else {
            Finding::WrittenAuthorisation
        });
    }
    let co_representatives_disagree = d.co_representatives == YesNoUnsure::Yes
        && d.co_representatives_consent != Some(YesNo::Yes);
    match d.co_representatives {
        YesNoUnsure::Yes if co_representatives_disagree => {
            findings.push(Finding::CoRepresentativesDisagree);
        }
        YesNoUnsure::Yes => findings.push(Finding::CoRepresentativesAgree),
        YesNoUnsure::NotSure => findings.push(Finding::CoRepresentativesUnknown),
        YesNoUnsure::No => {}
    }

    // The registrant's own level-2 account, and the phone it lives on.
    let level2_step = match r.level2 {
        Level2Status::Activated => None,
        Level2Status::ApprovedNotActivated => Some(Level2Step::Activate),
        Level2Status::NoAccount => Some(Level2Step::Register),
        Level2Status::NotSure => Some(Level2Step::Check),
    };
    findings.push(match r.level2 {
        Level2Status::Activated => Finding::Level2Activated,
        Level2Status::ApprovedNotActivated => Finding::Level2NotActivated,
        Level2Status::NoAccount => Finding::Level2Missing,
        Level2Status::NotSure => Finding::Level2Unknown,
    });
    if level2_step == Some(Level2Step::Register) {
        findings.push(Finding::Level2ProcessingTime);
    }
    let has_smartphone = r.smartphone == YesNo::Yes;
    findings.push(match (has_smartphone, level2_step) {
        (true, _) => Finding::SmartphoneReady,
        (false, None) => Finding::NoSmartphone,
        (false, Some(_)) => Finding::NoSmartphoneForLevel2,
    });
    match r.own_sim {
        YesNoUnsure::Yes => {}
        YesNoUnsure::No => findings.push(Finding::SimNotOwn),
        YesNoUnsure::NotSure => findings.push(Finding::SimNotSure),
    }

    let has_data_problem = findings.iter().any(|f| f.is_data_problem());
    let verdict = if has_data_problem {
        Verdict::FixDataFirst
    } else if authorisation_missing || co_representatives_disagree {
        Verdict::ConsentFirst {
            authorisation: authorisation_missing,
            co_representatives: co_representatives_disagree,
        }
    } else if let Some(step) = level2_step {
        Verdict::Level2First(step)
    } else if !has_smartphone || r.own_sim == YesNoUnsure::No {
        Verdict::ReadyInPerson
    } else {
        Verdict::ReadyOnline
    };

    let ready = matches!(verdict, Verdict::ReadyOnline | Verdict::ReadyInPerson);
    let processing = ready.then(|| {
        let basis = match d.in_national_database {
            YesNoUnsure::Yes => Finding::DataInNationalDatabase,
            YesNoUnsure::No => Finding::DataNotInNationalDatabase,
            YesNoUnsure::NotSure => Finding::DataMaybeInNationalDatabase { kind: d.kind },
        };
        findings.push(basis);
        processing(d.in_national_database, today)
    });

    Readiness {
        verdict,
        checklist: checklist(d, verdict, level2_step),
        reasons: ranked(findings),
        processing,
        reminders,
    }
}

/// Whether the tax code fits the kind: groups 1–3 have 10 digits, dependent units 13, and a
/// 12-digit code is a person's (TT 105/2020/TT-BTC Art. 5; TT 90/2026/TT-BTC). The same test as
/// [`super::validate::tax_code_fits`], which says it at the field.
fn tax_code_finding(kind: OrgKind, code: TaxCode) -> Finding {
    match (code.kind(), kind) {
        (TaxCodeKind::PersonalId, _) => Finding::TaxCodeIsPersonalId { code },
        (TaxCodeKind::DependentUnit, OrgKind::DependentUnit) => Finding::TaxCodeChecked { code },
        (TaxCodeKind::DependentUnit, _) => match code.parent() {
            Some(parent) => Finding::BranchCodeForIndependentOrg { code, parent },
            None => Finding::TaxCodeChecked { code },
        },
        (TaxCodeKind::Organization, OrgKind::DependentUnit) => {
            Finding::DependentUnitWithoutBranchCode { code }
        }
        (TaxCodeKind::Organization, _) => Finding::TaxCodeChecked { code },
    }
}

/// Deciding findings first; within a rank, the order they were found in.
fn ranked(mut findings: Vec<Finding>) -> Vec<Reason> {
    findings.sort_by_key(|f| f.rank());
    findings.into_iter().map(Reason::from).collect()
}

fn checklist(
    d: &OrgDetails,
    verdict: Verdict,
    level2_step: Option<Level2Step>,
) -> Vec<ChecklistItem> {
    use ChecklistItem as C;
    let r = &d.registrant;
    let mut items = Vec::new();
    let consent_items = |items: &mut Vec<ChecklistItem>| {
        if r.role == RegistrantRole::AuthorisedPerson && r.has_authorisation != Some(YesNo::Yes) {
            items.push(C::GetWrittenAuthorisation);
        }
        if d.co_representatives == YesNoUnsure::Yes
            && d.co_representatives_consent != Some(YesNo::Yes)
        {
            items.push(C::GetCoRepresentativesConsent);
        }
        if d.co_representatives == YesNoUnsure::NotSure {
            items.push(C::CheckCoRepresentatives);
        }
    };
    let level2_items = |items: &mut Vec<ChecklistItem>| {
        match level2_step {
            Some(Level2Step::Register | Level2Step::Check) => {
                if level2_step == Some(Level2Step::Check) {
                    items.push(C::CheckLevelInApp);
                }
                if r.own_sim != YesNoUnsure::Yes {
                    items.push(C::OwnNameSim {
                        check_only: r.own_sim == YesNoUnsure::NotSure,
                    });
                }
                if r.smartphone == YesNo::No {
                    items.push(C::Smartphone);
                }
                items.push(C::Level2AtCommunePolice);
                items.push(C::ActivateInApp);
            }
            Some(Level2Step::Activate) => {
                if r.smartphone == YesNo::No {
                    items.push(C::Smartphone);
                }
                items.push(C::ActivateInApp);
            }
            None => {}
        }
        if level2_step.is_some() && r.role == RegistrantRole::LegalRepresentative {
            items.push(C::OrAuthoriseSomeoneReady);
        }
    };
    match verdict {
        Verdict::PersonalAccountInstead | Verdict::NotNow { .. } => {
            // Built in `decide` / `organization`; not reached.
        }
        Verdict::FixDataFirst => {
            items.push(C::CorrectAnswers);
            consent_items(&mut items);
            level2_items(&mut items);
        }
        Verdict::ConsentFirst { .. } => {
            consent_items(&mut items);
            level2_items(&mut items);
        }
        Verdict::Level2First(_) => {
            level2_items(&mut items);
            consent_items(&mut items);
        }
        Verdict::ReadyOnline | Verdict::ReadyInPerson => {
            items.push(if verdict == Verdict::ReadyOnline {
                C::RegisterOnline
            } else {
                C::RegisterInPerson
            });
            items.push(C::OrganizationData {
                tax_code: d.tax_code,
            });
            if verdict == Verdict::ReadyInPerson || d.in_national_database != YesNoUnsure::Yes {
                items.push(C::EstablishmentPapers { kind: d.kind });
            }
            if r.role == RegistrantRole::AuthorisedPerson {
                items.push(C::LegalRepresentativeIdentity);
            }
            if r.role == RegistrantRole::AuthorisedPerson
                || d.co_representatives == YesNoUnsure::Yes
            {
                items.push(C::KeepConsentPapers);
            }
            consent_items(&mut items);
            items.push(C::ContactForResult {
                phone: d.phone,
                email: d.email.clone(),
            });
        }
    }
    items
}

/// Processing time for a submission on `today` (Nghị định 69/2024/NĐ-CP Art. 13): ≤ 3 working
/// days with the data in a national database, ≤ 15 days otherwise; both when not known.
pub fn processing(in_national_database: YesNoUnsure, today: NaiveDate) -> Processing {
    let in_database = || Estimate {
        basis: ProcessingBasis::InNationalDatabase,
        limit: TimeLimit::WorkingDays(IN_DATABASE_WORKING_DAYS),
        lands_on: add_working_days(today, IN_DATABASE_WORKING_DAYS),
        moved_from: None,
    };
    let verification = || {
        // Bộ luật Dân sự 2015 Art. 147 cl. 2: the first day is not counted.
        let last = today.checked_add_days(Days::new(u64::from(VERIFICATION_DAYS)));
        let lands_on = last.and_then(next_working_day);
        Estimate {
            basis: ProcessingBasis::NeedsVerification,
            limit: TimeLimit::Days(VERIFICATION_DAYS),
            lands_on,
            moved_from: last.filter(|&l| Some(l) != lands_on),
        }
    };
    let estimates = match in_national_database {
        YesNoUnsure::Yes => vec![in_database()],
        YesNoUnsure::No => vec![verification()],
        YesNoUnsure::NotSure => vec![in_database(), verification()],
    };
    let last_year = estimates
        .iter()
        .filter_map(|e| e.lands_on)
        .map(|d| d.year())
        .max()
        .unwrap_or(today.year());
    let uncertain_years = (today.year()..=last_year)
        .map(year_coverage)
        .filter(|c| c.coverage != Coverage::Announced)
        .collect();
    Processing {
        submitted_on: today,
        estimates,
        uncertain_years,
    }
}

/// `date` itself when it is a working day, else the next one (Bộ luật Dân sự 2015 Art. 148 cl. 5:
/// a limit ending on a weekend or holiday ends at the end of the next working day). Looks at most
/// a month ahead (the longest Tết break is 9 days).
fn next_working_day(date: NaiveDate) -> Option<NaiveDate> {
    (0..31)
        .filter_map(|n| date.checked_add_days(Days::new(n)))
        .find(|&d| is_working_day(d))
}
