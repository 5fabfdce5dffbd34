#![cfg(not(target_arch = "wasm32"))]

//! Native tests of the organization readiness check (docs/rules.md §3.1, Nghị định 69/2024/NĐ-CP):
//! a table of scenarios → verdict and reasons, the validation of each answer, processing times
//! and landing dates, the catalogue's sentences, and properties (no input panics).
//!
//! "Today" is Tuesday 10/03/2026 unless a case says otherwise (2026 holidays are the announced
//! schedule; `rules::working_days`).

#[path = "support/wording.rs"]
mod wording;

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::catalogue::organization::{
    self as text, plain_text_summary, processing_lines, summary_rows,
};
use sansang::catalogue::{Lang, Localized};
use sansang::rules::date::DateError;
use sansang::rules::org_readiness::{
    ChecklistItem, Field, FieldProblem, Finding, Level2Status, Level2Step, Note, OperatingStatus,
    OrgAnswers, OrgKind, Problem, ProcessingBasis, Readiness, RegistrantRole, Reminder, RuleSource,
    TimeLimit, Tone, ValidAnswers, Verdict, YesNo, YesNoUnsure, assess, decide, processing,
    validate,
};
use sansang::rules::personal_id::{PersonalIdError, PersonalIdWarning, Sex};
use sansang::rules::working_days::Coverage;
use sansang::{TaxCode, TaxCodeError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Tuesday 10/03/2026.
fn today() -> NaiveDate {
    day(2026, 3, 10)
}

fn tax(s: &str) -> TaxCode {
    TaxCode::parse(s).unwrap()
}

/// An enterprise ready to register online: Viettel's real tax code (docs/rules.md §2.1), Phường Ba
/// Đình (00004, Hà Nội 01), the legal representative registering with the domain's worked-example
/// ID `001087123456` (Hà Nội, male, 1987), an activated level-2 account, own SIM, data in the
/// national database.
fn ready_online() -> OrgAnswers {
    OrgAnswers {
        kind: Some(OrgKind::Enterprise),
        status: Some(OperatingStatus::Operating),
        name: "Tập đoàn Công nghiệp - Viễn thông Quân đội".into(),
        short_name: "Viettel".into(),
        foreign_name: "Viettel Group".into(),
        tax_code: "0100109106".into(),
        established: "01/06/1989".into(),
        province: "01".into(),
        commune: "00004".into(),
        street: "Số 1 Giang Văn Minh".into(),
        role: Some(RegistrantRole::LegalRepresentative),
        has_authorisation: None,
        person_name: "Nguyễn Văn An".into(),
        person_id: "001087123456".into(),
        person_birth: "15/03/1987".into(),
        person_sex: Some(Sex::Male),
        level2: Some(Level2Status::Activated),
        smartphone: Some(YesNo::Yes),
        own_sim: Some(YesNoUnsure::Yes),
        co_representatives: Some(YesNoUnsure::No),
        co_representatives_consent: None,
        phone: "0912 345 678".into(),
        email: "an.nguyen@gmail.com".into(),
        in_national_database: Some(YesNoUnsure::Yes),
    }
}

fn readiness(answers: &OrgAnswers) -> Readiness {
    let assessment = assess(answers, today());
    assert_eq!(
        assessment.validated.errors,
        Vec::<FieldProblem>::new(),
        "answers should validate"
    );
    assessment.readiness.expect("a result without errors")
}

fn findings(r: &Readiness) -> Vec<Finding> {
    r.reasons.iter().map(|reason| reason.finding).collect()
}

use Finding as F;

struct Case {
    /// Where the scenario comes from.
    source: &'static str,
    edit: fn(&mut OrgAnswers),
    verdict: Verdict,
    /// The exact reasons, in order.
    reasons: Vec<Finding>,
}

fn enterprise_online_reasons() -> Vec<Finding> {
    vec![
        F::TaxCodeChecked {
            code: tax("0100109106"),
        },
        F::Level2Activated,
        F::SmartphoneReady,
        F::DataInNationalDatabase,
        F::Group {
            kind: OrgKind::Enterprise,
        },
        F::OneAccountNoLevels,
    ]
}

fn cases() -> Vec<Case> {
    let group = |kind| F::Group { kind };
    let viettel = || tax("0100109106");
    vec![
        Case {
            source: "docs/rules.md §3.1: enterprise (group 1), level-2 registrant, smartphone → VNeID app",
            edit: |_| {},
            verdict: Verdict::ReadyOnline,
            reasons: enterprise_online_reasons(),
        },
        Case {
            source: "docs/rules.md §3.1 group 2; TT 105/2020 Art. 5 example 0100047516",
            edit: |a| {
                a.kind = Some(OrgKind::Cooperative);
                a.name = "Hợp tác xã Nông nghiệp Thành Công".into();
                a.tax_code = "0100047516".into();
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked {
                    code: tax("0100047516"),
                },
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::Cooperative),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1 group 3; real code 0401931849 (a public service unit, tests/data)",
            edit: |a| {
                a.kind = Some(OrgKind::AgencyWithTaxCode);
                a.name = "Trung tâm Quản lý và Khai thác nhà Đà Nẵng".into();
                a.tax_code = "0401931849".into();
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked {
                    code: tax("0401931849"),
                },
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::AgencyWithTaxCode),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1 group 4 (no tax code) and Art. 13: not in a database → 15 days",
            edit: |a| {
                a.kind = Some(OrgKind::OtherOrganization);
                a.name = "Chùa Phúc Lâm".into();
                // A stale answer from another kind is ignored, not rejected.
                a.tax_code = "không có".into();
                a.in_national_database = Some(YesNoUnsure::No);
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::NoTaxCodeNeeded,
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataNotInNationalDatabase,
                group(OrgKind::OtherOrganization),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "Hưng Yên 2025 item 4: a branch with its own seal and tax code; real code \
                     0100109106-011 (Viettel Telecom, tests/data)",
            edit: |a| {
                a.kind = Some(OrgKind::DependentUnit);
                a.tax_code = "0100109106-011".into();
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked {
                    code: tax("0100109106-011"),
                },
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::DependentUnit),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "TT 105/2020 Art. 5: a dependent unit's code has 13 digits",
            edit: |a| a.kind = Some(OrgKind::DependentUnit),
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::DependentUnitWithoutBranchCode { code: viettel() },
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::DependentUnit),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "issue: a 13-digit code implies a dependent unit (0314409058-002, docs/rules.md §2.1)",
            edit: |a| a.tax_code = "0314409058-002".into(),
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::BranchCodeForIndependentOrg {
                    code: tax("0314409058-002"),
                    parent: tax("0314409058"),
                },
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "issue: a 12-digit code explains the household-business case (TT 90/2026, which replaced TT 86/2024)",
            edit: |a| a.tax_code = "001087123456".into(),
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::TaxCodeIsPersonalId {
                    code: tax("001087123456"),
                },
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1: a household business is not an organization",
            edit: |a| a.kind = Some(OrgKind::HouseholdBusiness),
            verdict: Verdict::PersonalAccountInstead,
            reasons: vec![F::HouseholdBusiness],
        },
        Case {
            source: "household business stops early: nothing else is asked, even if typed wrong",
            edit: |a| {
                *a = OrgAnswers {
                    kind: Some(OrgKind::HouseholdBusiness),
                    tax_code: "12345".into(),
                    person_id: "x".into(),
                    ..OrgAnswers::default()
                }
            },
            verdict: Verdict::PersonalAccountInstead,
            reasons: vec![F::HouseholdBusiness],
        },
        Case {
            source: "Hưng Yên 2025: inactive enterprises are excluded (suspended)",
            edit: |a| a.status = Some(OperatingStatus::Suspended),
            verdict: Verdict::NotNow {
                status: OperatingStatus::Suspended,
            },
            reasons: vec![
                F::Inactive {
                    status: OperatingStatus::Suspended,
                },
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "Hưng Yên 2025: inactive (dissolving); an inactive status wins over data problems",
            edit: |a| {
                a.status = Some(OperatingStatus::Dissolving);
                a.tax_code = "001087123456".into();
                a.level2 = Some(Level2Status::NoAccount);
            },
            verdict: Verdict::NotNow {
                status: OperatingStatus::Dissolving,
            },
            reasons: vec![
                F::Inactive {
                    status: OperatingStatus::Dissolving,
                },
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1: registered but not operating → excluded from targets",
            edit: |a| a.status = Some(OperatingStatus::RegisteredNotOperating),
            verdict: Verdict::NotNow {
                status: OperatingStatus::RegisteredNotOperating,
            },
            reasons: vec![
                F::Inactive {
                    status: OperatingStatus::RegisteredNotOperating,
                },
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1/§3.3: registrant without a level-2 account",
            edit: |a| a.level2 = Some(Level2Status::NoAccount),
            verdict: Verdict::Level2First(Level2Step::Register),
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Missing,
                F::Level2ProcessingTime,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.3: a granted account must still be activated (Đồng Nai 2026)",
            edit: |a| a.level2 = Some(Level2Status::ApprovedNotActivated),
            verdict: Verdict::Level2First(Level2Step::Activate),
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2NotActivated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "uncertain level-2 status: find out first",
            edit: |a| a.level2 = Some(Level2Status::NotSure),
            verdict: Verdict::Level2First(Level2Step::Check),
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Unknown,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1: an authorised person without the authorisation",
            edit: |a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::No);
            },
            verdict: Verdict::ConsentFirst {
                authorisation: true,
                co_representatives: false,
            },
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::NoWrittenAuthorisation,
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1: an authorised person with the authorisation",
            edit: |a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::Yes);
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::WrittenAuthorisation,
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.1: co-representatives must consent",
            edit: |a| {
                a.co_representatives = Some(YesNoUnsure::Yes);
                a.co_representatives_consent = Some(YesNo::No);
            },
            verdict: Verdict::ConsentFirst {
                authorisation: false,
                co_representatives: true,
            },
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::CoRepresentativesDisagree,
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "issue: authorised person without consent (no authorisation, co-representatives \
                     not agreed)",
            edit: |a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::No);
                a.co_representatives = Some(YesNoUnsure::Yes);
                a.co_representatives_consent = Some(YesNo::No);
            },
            verdict: Verdict::ConsentFirst {
                authorisation: true,
                co_representatives: true,
            },
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::NoWrittenAuthorisation,
                F::CoRepresentativesDisagree,
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "co-representatives agreed",
            edit: |a| {
                a.co_representatives = Some(YesNoUnsure::Yes);
                a.co_representatives_consent = Some(YesNo::Yes);
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::CoRepresentativesAgree,
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "uncertain co-representatives: a warning, never a rejection (docs/rules.md)",
            edit: |a| a.co_representatives = Some(YesNoUnsure::NotSure),
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::CoRepresentativesUnknown,
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "issue: representative under 18 (Luật Doanh nghiệp 2020 Art. 17 cl. 2); ID of \
                     the 2000s (G = 2)",
            edit: |a| {
                a.person_id = "001210123456".into();
                a.person_birth = "20/05/2010".into();
            },
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::RepresentativeUnder18 {
                    age: 15,
                    kind: OrgKind::Enterprise,
                },
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "Bộ luật Dân sự 2015 Art. 138 cl. 3: authorised person of 16 — allowed, warned",
            edit: |a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::Yes);
                a.person_id = "001209123456".into();
                a.person_birth = "01/01/2009".into();
                a.co_representatives = Some(YesNoUnsure::No);
            },
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::AuthorisedPersonUnder18 { age: 17 },
                F::WrittenAuthorisation,
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "Bộ luật Dân sự 2015 Art. 138 cl. 3: authorised person of 12",
            edit: |a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::Yes);
                a.person_id = "001213123456".into();
                a.person_birth = "11/03/2013".into();
            },
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::AuthorisedPersonUnder15 { age: 12 },
                F::WrittenAuthorisation,
                F::Level2Activated,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "issue: ID/birth-year mismatch is a warning; the result still comes",
            edit: |a| a.person_birth = "15/03/1988".into(),
            verdict: Verdict::ReadyOnline,
            reasons: enterprise_online_reasons(),
        },
        Case {
            source: "docs/rules.md §3.1 route (c): no smartphone, activated level 2 → in person, TK02",
            edit: |a| a.smartphone = Some(YesNo::No),
            verdict: Verdict::ReadyInPerson,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Activated,
                F::NoSmartphone,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §3.3: a level-2 account lives in the app — no smartphone, no level 2",
            edit: |a| {
                a.smartphone = Some(YesNo::No);
                a.level2 = Some(Level2Status::NoAccount);
            },
            verdict: Verdict::Level2First(Level2Step::Register),
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Missing,
                F::Level2ProcessingTime,
                F::NoSmartphoneForLevel2,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §2.3: level 2 needs a SIM in one's own name → in person",
            edit: |a| a.own_sim = Some(YesNoUnsure::No),
            verdict: Verdict::ReadyInPerson,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Activated,
                F::SmartphoneReady,
                F::SimNotOwn,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "docs/rules.md §2.3: the product can only ask about ownership — unsure is a warning",
            edit: |a| a.own_sim = Some(YesNoUnsure::NotSure),
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Activated,
                F::SmartphoneReady,
                F::SimNotSure,
                F::DataInNationalDatabase,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "NĐ 69/2024 Art. 13: not known whether the data is in a national database",
            edit: |a| a.in_national_database = Some(YesNoUnsure::NotSure),
            verdict: Verdict::ReadyOnline,
            reasons: vec![
                F::TaxCodeChecked { code: viettel() },
                F::Level2Activated,
                F::SmartphoneReady,
                F::DataMaybeInNationalDatabase {
                    kind: OrgKind::Enterprise,
                },
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
        Case {
            source: "data problems and missing steps together: data first, everything listed",
            edit: |a| {
                a.tax_code = "0314409058-002".into();
                a.level2 = Some(Level2Status::NoAccount);
                a.co_representatives = Some(YesNoUnsure::Yes);
                a.co_representatives_consent = Some(YesNo::No);
            },
            verdict: Verdict::FixDataFirst,
            reasons: vec![
                F::BranchCodeForIndependentOrg {
                    code: tax("0314409058-002"),
                    parent: tax("0314409058"),
                },
                F::CoRepresentativesDisagree,
                F::Level2Missing,
                F::Level2ProcessingTime,
                F::SmartphoneReady,
                group(OrgKind::Enterprise),
                F::OneAccountNoLevels,
            ],
        },
    ]
}

#[test]
fn scenario_table_gives_the_verdict_and_the_reasons() {
    let cases = cases();
    assert!(
        cases.len() >= 25,
        "the issue asks for at least 25 scenarios"
    );
    for case in cases {
        let mut answers = ready_online();
        (case.edit)(&mut answers);
        let result = readiness(&answers);
        assert_eq!(result.verdict, case.verdict, "{}", case.source);
        assert_eq!(findings(&result), case.reasons, "{}", case.source);
        for reason in &result.reasons {
            assert_eq!(reason.source, reason.finding.source(), "{}", case.source);
        }
        let ready = matches!(case.verdict, Verdict::ReadyOnline | Verdict::ReadyInPerson);
        assert_eq!(result.processing.is_some(), ready, "{}", case.source);
    }
}

#[test]
fn wrong_check_digit_is_an_error_to_fix_and_no_result() {
    // docs/rules.md §2.1: 0100109107 → expected check digit 6.
    let mut answers = ready_online();
    answers.tax_code = "0100109107".into();
    let assessment = assess(&answers, today());
    assert_eq!(
        assessment.validated.errors,
        vec![FieldProblem {
            field: Field::TaxCode,
            problem: Problem::TaxCode(TaxCodeError::WrongCheckDigit {
                expected: 6,
                found: 7
            }),
        }]
    );
    assert_eq!(assessment.readiness, None);
    let message = assessment.validated.errors[0].localize(Lang::Vi);
    assert_eq!(
        message,
        "Có một chữ số bị sai: với 9 chữ số đầu này, chữ số thứ 10 phải là 6 (chữ số kiểm tra). \
         Kiểm tra lại từng chữ số"
    );
}

#[test]
fn an_empty_form_lists_every_required_question_in_order() {
    let v = validate(&OrgAnswers::default(), today());
    let fields: Vec<Field> = v.errors.iter().map(|p| p.field).collect();
    // The tax code is not required until the kind says so; optional names never are.
    assert_eq!(
        fields,
        vec![
            Field::Kind,
            Field::Status,
            Field::Name,
            Field::Established,
            Field::Province,
            Field::Commune,
            Field::Street,
            Field::Role,
            Field::PersonName,
            Field::PersonId,
            Field::PersonBirth,
            Field::PersonSex,
            Field::Level2,
            Field::Smartphone,
            Field::OwnSim,
            Field::CoRepresentatives,
            Field::Phone,
            Field::Email,
            Field::InNationalDatabase,
        ]
    );
    assert!(v.errors.iter().all(|p| p.problem == Problem::Missing));
    assert_eq!(v.answers, None);
    let vi: Vec<String> = v.errors.iter().map(|p| p.localize(Lang::Vi)).collect();
    assert_eq!(vi[0], "Chọn loại tổ chức");
    assert_eq!(vi[2], "Nhập tên tổ chức");
    assert_eq!(vi[4], "Chọn tỉnh, thành phố nơi có trụ sở chính");
    let en = v.errors[12].localize(Lang::En);
    assert_eq!(en, "Say whether the registrant has a level-2 e-ID account");
}

#[test]
fn conditional_questions_are_required_only_when_they_apply() {
    let mut a = ready_online();
    a.kind = Some(OrgKind::Enterprise);
    a.tax_code = String::new();
    a.role = Some(RegistrantRole::AuthorisedPerson);
    a.has_authorisation = None;
    a.co_representatives = Some(YesNoUnsure::Yes);
    a.co_representatives_consent = None;
    let fields: Vec<Field> = validate(&a, today())
        .errors
        .iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        vec![
            Field::TaxCode,
            Field::HasAuthorisation,
            Field::CoRepresentativesConsent
        ]
    );
    assert!(a.asks(Field::HasAuthorisation) && a.asks(Field::CoRepresentativesConsent));

    // Group 4 has no tax code question; the legal representative is not asked for an
    // authorisation; "no co-representatives" asks no consent.
    let mut b = ready_online();
    b.kind = Some(OrgKind::OtherOrganization);
    b.tax_code = String::new();
    b.has_authorisation = Some(YesNo::No);
    b.co_representatives_consent = Some(YesNo::No);
    assert!(!b.asks(Field::TaxCode));
    assert!(!b.asks(Field::HasAuthorisation));
    assert!(!b.asks(Field::CoRepresentativesConsent));
    assert_eq!(validate(&b, today()).errors, vec![]);

    // A household business is asked nothing else.
    let c = OrgAnswers {
        kind: Some(OrgKind::HouseholdBusiness),
        ..OrgAnswers::default()
    };
    assert!(Field::ALL.iter().all(|&f| c.asks(f) == (f == Field::Kind)));
}

/// A change to the ready answers.
type Edit = fn(&mut OrgAnswers);

#[test]
fn each_answer_is_checked_with_its_own_rule() {
    // (edit, field, problem) — each from the rules' own worked examples.
    let cases: Vec<(Edit, Field, Problem)> = vec![
        (
            |a| a.person_id = "012345678".into(),
            Field::PersonId,
            // Luật Căn cước 2023 Art. 46: the 9-digit CMND expired on 31/12/2024.
            Problem::PersonalId(PersonalIdError::OldNineDigitCmnd),
        ),
        (
            |a| a.established = "11/03/2026".into(),
            Field::Established,
            Problem::DateInFuture {
                date: day(2026, 3, 11),
                today: today(),
            },
        ),
        (
            |a| a.person_birth = "29/02/2023".into(),
            Field::PersonBirth,
            Problem::Date(DateError::DayOutOfRange {
                day: 29,
                month: 2,
                year: 2023,
                max: 28,
            }),
        ),
        (
            |a| a.tax_code = "0314409058-000".into(),
            Field::TaxCode,
            Problem::TaxCode(TaxCodeError::ZeroBranch),
        ),
        (
            // 00004 is Phường Ba Đình in Hà Nội; 79 is TP.HCM.
            |a| a.province = "79".into(),
            Field::Commune,
            Problem::CommuneNotInProvince {
                commune: sansang::rules::units::commune(
                    sansang::rules::units::CommuneCode::parse("00004").unwrap(),
                )
                .unwrap(),
            },
        ),
        (
            |a| a.commune = "00001".into(),
            Field::Commune,
            Problem::UnknownCommune,
        ),
        (
            |a| a.province = "02".into(),
            Field::Province,
            Problem::UnknownProvince,
        ),
        (
            |a| a.street = "Số 1\u{0007} Giang Văn Minh".into(),
            Field::Street,
            Problem::StreetUnexpectedCharacter { ch: '\u{0007}' },
        ),
        (
            |a| a.street = "a".repeat(201),
            Field::Street,
            Problem::StreetTooLong {
                max: 200,
                found: 201,
            },
        ),
        (
            |a| a.short_name = "@Viettel".into(),
            Field::ShortName,
            Problem::OrgName(sansang::rules::name::OrgNameError::UnexpectedCharacter { ch: '@' }),
        ),
    ];
    for (edit, field, problem) in cases {
        let mut a = ready_online();
        edit(&mut a);
        let v = validate(&a, today());
        assert_eq!(v.errors, vec![FieldProblem { field, problem }]);
        assert_eq!(v.answers, None);
    }
}

#[test]
fn mismatches_with_the_id_are_warnings_and_the_result_still_comes() {
    // docs/rules.md §2.2: a birth year / sex contradicting the ID → warning, never a rejection.
    let mut a = ready_online();
    a.person_birth = "15/03/1988".into();
    a.person_sex = Some(Sex::Female);
    let assessment = assess(&a, today());
    assert_eq!(assessment.validated.errors, vec![]);
    assert_eq!(
        assessment.validated.warnings,
        vec![
            FieldProblem {
                field: Field::PersonId,
                problem: Problem::PersonalIdWarning(PersonalIdWarning::BirthYearMismatch {
                    id_year: 1987,
                    stated_year: 1988
                }),
            },
            FieldProblem {
                field: Field::PersonId,
                problem: Problem::PersonalIdWarning(PersonalIdWarning::SexMismatch {
                    id_sex: Sex::Male,
                    stated_sex: Sex::Female
                }),
            },
        ]
    );
    assert_eq!(
        assessment.readiness.map(|r| r.verdict),
        Some(Verdict::ReadyOnline)
    );
}

#[test]
fn cleaned_values_are_read_back() {
    let mut a = ready_online();
    a.tax_code = " 0100.109.106 ".into();
    a.established = "1/6/1989".into();
    a.phone = "+84 912.345.678".into();
    a.email = "An.Nguyen@GMAIL.com".into();
    let v = validate(&a, today());
    assert_eq!(v.errors, vec![]);
    let notes: Vec<(Field, String)> = v
        .notes
        .iter()
        .map(|n| (n.field, n.note.localize(Lang::Vi)))
        .collect();
    assert_eq!(
        notes,
        vec![
            (
                Field::TaxCode,
                "Đã đọc: 0100109106. Chữ số kiểm tra khớp. Sẵn Sàng không tra cứu được mã này có \
                 đang hoạt động hay không."
                    .to_owned()
            ),
            (Field::Established, "Đã hiểu là ngày 01/06/1989".to_owned()),
            (
                Field::PersonId,
                "Đã đọc: 001087123456. Theo cấu trúc số: nơi đăng ký khai sinh Hà Nội (mã cũ 001, \
                 mã tỉnh từ 1/7/2025: 01); năm sinh 1987; giới tính nam (chỉ để tham khảo)."
                    .to_owned()
            ),
            (
                Field::Phone,
                "Đã đọc: 0912345678 (đầu số của VinaPhone)".to_owned()
            ),
            (Field::Email, "Đã đọc: An.Nguyen@gmail.com".to_owned()),
        ]
    );
}

#[test]
fn a_twelve_digit_tax_code_cannot_be_verified_offline() {
    // docs/rules.md §2.1: legitimate but not verifiable → "cannot verify offline", not "invalid".
    // Before a group is chosen there is nothing to compare it with.
    let mut a = ready_online();
    a.kind = None;
    a.tax_code = "001087123456".into();
    let v = validate(&a, today());
    let note = v
        .notes_for(Field::TaxCode)
        .next()
        .expect("a note")
        .localize(Lang::En);
    assert_eq!(
        note,
        "Read as: 001087123456. The format is right. A 12-digit code is a personal ID number used \
         as tax code (since 1/7/2025); it has no check digit, so it cannot be verified offline."
    );
    assert_eq!(v.warnings_for(Field::TaxCode).count(), 0);
}

/// docs/rules.md §2.1, §3.1: a tax code of another sort than the chosen group is said at the field
/// (a warning: the user may go on, the result explains it again), never "the format is right".
#[test]
fn a_tax_code_of_another_sort_is_said_at_the_field_for_the_group() {
    // (group, tax code typed, Vietnamese at the field, English at the field)
    let cases = [
        (
            OrgKind::Enterprise,
            "001087123456",
            "Mã 12 chữ số 001087123456 là số định danh cá nhân, dùng làm mã số thuế của cá nhân, \
             hộ kinh doanh. Mã số thuế của doanh nghiệp gồm 10 chữ số: nhập mã đó, hoặc chọn \
             “Hộ kinh doanh” nếu bạn đăng ký cho hộ kinh doanh",
            "001087123456 has 12 digits: it is a personal ID number, the tax code of an individual \
             or a household business. The enterprise's tax code has 10 digits: enter it, or \
             choose “Household business” if you are registering one",
        ),
        (
            OrgKind::Cooperative,
            "001087123456",
            "Mã 12 chữ số 001087123456 là số định danh cá nhân, dùng làm mã số thuế của cá nhân, \
             hộ kinh doanh. Mã số thuế của hợp tác xã gồm 10 chữ số: nhập mã đó, hoặc chọn \
             “Hộ kinh doanh” nếu bạn đăng ký cho hộ kinh doanh",
            "001087123456 has 12 digits: it is a personal ID number, the tax code of an individual \
             or a household business. The cooperative's tax code has 10 digits: enter it, or \
             choose “Household business” if you are registering one",
        ),
        (
            OrgKind::DependentUnit,
            "001087123456",
            "Mã 12 chữ số 001087123456 là số định danh cá nhân, dùng làm mã số thuế của cá nhân, \
             hộ kinh doanh. Mã số thuế của đơn vị trực thuộc gồm 13 chữ số: 10 chữ số của đơn vị \
             chủ quản và 3 số của đơn vị (ví dụ 0314409058-002)",
            "001087123456 has 12 digits: it is a personal ID number, the tax code of an individual \
             or a household business. A dependent unit's tax code has 13 digits: the parent's 10 \
             digits and the unit's 3 (for example 0314409058-002)",
        ),
        (
            OrgKind::Enterprise,
            "0314409058-002",
            "Mã 13 chữ số 0314409058-002 là mã của một đơn vị trực thuộc (chi nhánh, văn phòng \
             đại diện) của 0314409058. Nếu bạn đăng ký cho đơn vị đó, chọn “Chi nhánh, văn phòng \
             đại diện có con dấu và mã số thuế riêng”; nếu cho chính doanh nghiệp, nhập mã 10 chữ \
             số 0314409058",
            "0314409058-002 has 13 digits: it is the code of a dependent unit (branch or \
             representative office) of 0314409058. If you are registering that unit, choose \
             “Branch or representative office with its own seal and tax code”; if the enterprise \
             itself, enter its 10-digit code 0314409058",
        ),
        (
            OrgKind::AgencyWithTaxCode,
            "0314409058002",
            "Mã 13 chữ số 0314409058-002 là mã của một đơn vị trực thuộc (chi nhánh, văn phòng \
             đại diện) của 0314409058. Nếu bạn đăng ký cho đơn vị đó, chọn “Chi nhánh, văn phòng \
             đại diện có con dấu và mã số thuế riêng”; nếu cho chính cơ quan, tổ chức, nhập mã 10 \
             chữ số 0314409058",
            "0314409058-002 has 13 digits: it is the code of a dependent unit (branch or \
             representative office) of 0314409058. If you are registering that unit, choose \
             “Branch or representative office with its own seal and tax code”; if the agency or \
             organization itself, enter its 10-digit code 0314409058",
        ),
        (
            OrgKind::DependentUnit,
            "0100109106",
            "Mã số thuế 10 chữ số 0100109106 không phải mã của đơn vị trực thuộc: mã của đơn vị \
             trực thuộc gồm 13 chữ số, là 10 chữ số của đơn vị chủ quản và 3 số của đơn vị (ví \
             dụ 0314409058-002). Nhập mã 13 chữ số của đơn vị, hoặc chọn nhóm khác nếu đây là mã \
             của chính tổ chức",
            "0100109106 is a 10-digit tax code, not a dependent unit's: a dependent unit's code \
             has 13 digits, the parent's 10 and the unit's 3 (for example 0314409058-002). Enter \
             the unit's 13-digit code, or choose another group if this is the organization's own \
             code",
        ),
    ];
    for (kind, typed, vi, en) in cases {
        let mut a = ready_online();
        a.kind = Some(kind);
        a.tax_code = typed.into();
        let v = validate(&a, today());
        let at_field: Vec<_> = v
            .warnings
            .iter()
            .filter(|p| p.field == Field::TaxCode)
            .collect();
        assert_eq!(at_field.len(), 1, "{kind:?} {typed}");
        assert_eq!(at_field[0].localize(Lang::Vi), vi, "{kind:?} {typed}");
        assert_eq!(at_field[0].localize(Lang::En), en, "{kind:?} {typed}");
        // Not an error, and no "the format is right" note beside it.
        assert!(v.errors.iter().all(|p| p.field != Field::TaxCode));
        assert_eq!(v.notes_for(Field::TaxCode).count(), 0, "{kind:?} {typed}");
        wording::assert_follows_ux_md(vi);
        wording::assert_follows_ux_md(en);
    }
    // The right sort for the group: the usual note, no warning.
    for (kind, typed) in [
        (OrgKind::Enterprise, "0100109106"),
        (OrgKind::Cooperative, "0100109106"),
        (OrgKind::DependentUnit, "0314409058-002"),
    ] {
        let mut a = ready_online();
        a.kind = Some(kind);
        a.tax_code = typed.into();
        let v = validate(&a, today());
        assert_eq!(
            v.warnings_for(Field::TaxCode).count(),
            0,
            "{kind:?} {typed}"
        );
        assert_eq!(v.notes_for(Field::TaxCode).count(), 1, "{kind:?} {typed}");
    }
}

#[test]
fn processing_time_and_landing_dates() {
    // NĐ 69/2024 Art. 13: ≤ 3 working days / ≤ 15 days. Submitted Tuesday 10/03/2026.
    let p = processing(YesNoUnsure::Yes, today());
    assert_eq!(p.estimates.len(), 1);
    assert_eq!(p.estimates[0].limit, TimeLimit::WorkingDays(3));
    assert_eq!(p.estimates[0].lands_on, Some(day(2026, 3, 13)));
    assert_eq!(p.uncertain_years, vec![]);

    let p = processing(YesNoUnsure::No, today());
    assert_eq!(p.estimates[0].basis, ProcessingBasis::NeedsVerification);
    assert_eq!(p.estimates[0].limit, TimeLimit::Days(15));
    assert_eq!(p.estimates[0].lands_on, Some(day(2026, 3, 25)));
    assert_eq!(p.estimates[0].moved_from, None);

    // rules::working_days worked example: Friday 24/01/2025 + 3 working days skips Tết Ất Tỵ.
    let p = processing(YesNoUnsure::NotSure, day(2025, 1, 24));
    assert_eq!(p.estimates[0].lands_on, Some(day(2025, 2, 5)));
    // +15 days = Saturday 08/02/2025 → Monday 10/02/2025 (Bộ luật Dân sự 2015 Art. 148 cl. 5).
    assert_eq!(p.estimates[1].moved_from, Some(day(2025, 2, 8)));
    assert_eq!(p.estimates[1].lands_on, Some(day(2025, 2, 10)));

    // 15 days from 30/01/2026 end on Saturday 14/02/2026, the first day of the Tết Bính Ngọ break
    // (14/02–22/02): the limit moves to Monday 23/02/2026.
    let p = processing(YesNoUnsure::No, day(2026, 1, 30));
    assert_eq!(p.estimates[0].moved_from, Some(day(2026, 2, 14)));
    assert_eq!(p.estimates[0].lands_on, Some(day(2026, 2, 23)));

    // Late December 2026: the count runs into 2027, whose schedule was announced on 2/10/2026
    // (Văn bản 10065/VPCP-KGVX): nothing to caveat.
    let p = processing(YesNoUnsure::No, day(2026, 12, 28));
    assert_eq!(p.uncertain_years, vec![]);
    // Late December 2027: the count runs into 2028, whose holidays are statutory only.
    let p = processing(YesNoUnsure::No, day(2027, 12, 28));
    assert_eq!(p.uncertain_years.len(), 1);
    assert_eq!(p.uncertain_years[0].year, 2028);
    assert_eq!(p.uncertain_years[0].coverage, Coverage::Statutory);
    let lines = processing_lines(&p, Lang::Vi);
    assert!(
        lines[1].contains("chưa theo lịch Chính phủ công bố"),
        "{lines:?}"
    );

    // 2030 is outside the table: said, not hidden.
    let p = processing(YesNoUnsure::Yes, day(2030, 5, 2));
    assert_eq!(p.uncertain_years[0].coverage, Coverage::NotCovered);
}

#[test]
fn processing_sentences_state_the_limit_the_reading_and_the_day() {
    let p = processing(YesNoUnsure::NotSure, day(2025, 1, 24));
    assert_eq!(
        processing_lines(&p, Lang::Vi),
        vec![
            "Tối đa 3 ngày làm việc khi dữ liệu đã có trong cơ sở dữ liệu quốc gia: nếu nộp hôm \
             nay, có kết quả chậm nhất thứ Tư 05/02/2025."
                .to_owned(),
            "Tối đa 15 ngày khi cần xác minh: nếu nộp hôm nay, có kết quả chậm nhất thứ Hai \
             10/02/2025. (Ngày thứ 15 là thứ Bảy 08/02/2025, ngày nghỉ, nên thời hạn kết thúc \
             vào ngày làm việc tiếp theo.)"
                .to_owned(),
        ]
    );
    assert_eq!(
        processing_lines(&p, Lang::En)[0],
        "At most 3 working days when the data is in a national database: if submitted today, the \
         result comes by Wednesday 05/02/2025."
    );
    assert!(
        text::PROCESSING_METHOD
            .vi
            .contains("không ghi “15 ngày làm việc”")
    );
    assert_eq!(
        text::PROCESSING_SOURCE.localize(Lang::Vi),
        "Nghị định 69/2024/NĐ-CP, Điều 13"
    );
}

#[test]
fn checklists_say_what_to_bring() {
    // Level 2 first: commune police, card, TK01, activation; or authorise someone ready.
    let mut a = ready_online();
    a.level2 = Some(Level2Status::NoAccount);
    a.own_sim = Some(YesNoUnsure::No);
    assert_eq!(
        readiness(&a).checklist,
        vec![
            ChecklistItem::OwnNameSim { check_only: false },
            ChecklistItem::Level2AtCommunePolice,
            ChecklistItem::ActivateInApp,
            ChecklistItem::OrAuthoriseSomeoneReady,
        ]
    );
    assert_eq!(
        ChecklistItem::Level2AtCommunePolice.localize(Lang::Vi),
        "Đến công an cấp xã bất kỳ (không phụ thuộc nơi cư trú) với thẻ căn cước còn giá trị và \
         điện thoại có SIM chính chủ; khai tờ khai TK01; công an đối chiếu khuôn mặt và vân tay."
    );

    // In person: TK02, the data, the papers, the contact.
    let mut b = ready_online();
    b.smartphone = Some(YesNo::No);
    let r = readiness(&b);
    assert_eq!(
        r.checklist,
        vec![
            ChecklistItem::RegisterInPerson,
            ChecklistItem::OrganizationData {
                tax_code: Some(tax("0100109106"))
            },
            ChecklistItem::EstablishmentPapers {
                kind: OrgKind::Enterprise
            },
            ChecklistItem::ContactForResult {
                phone: sansang::MobileNumber::parse("0912345678").unwrap(),
                email: sansang::EmailAddress::parse("an.nguyen@gmail.com").unwrap(),
            },
        ]
    );

    // Online, authorised person: also the representative's identity and the papers of consent.
    let mut c = ready_online();
    c.role = Some(RegistrantRole::AuthorisedPerson);
    c.has_authorisation = Some(YesNo::Yes);
    let items = readiness(&c).checklist;
    assert_eq!(items[0], ChecklistItem::RegisterOnline);
    assert!(items.contains(&ChecklistItem::LegalRepresentativeIdentity));
    assert!(items.contains(&ChecklistItem::KeepConsentPapers));
    assert!(!items.contains(&ChecklistItem::EstablishmentPapers {
        kind: OrgKind::Enterprise
    }));
}

#[test]
fn reminders_come_with_every_organization_result() {
    let r = readiness(&ready_online());
    assert_eq!(
        r.reminders,
        vec![
            Reminder::PortalAccountsStopped,
            Reminder::SectorAccountsLinkToEid,
            Reminder::NoFee,
            Reminder::FormatChecksOnly
        ]
    );
    // NĐ 320/2026 adds Art. 40 cl. 9–10: said to enterprises and cooperatives, which may run the
    // listed systems, not to agencies, other organizations or dependent units.
    for (kind, said) in [
        (OrgKind::Cooperative, true),
        (OrgKind::AgencyWithTaxCode, false),
        (OrgKind::DependentUnit, false),
    ] {
        let mut a = ready_online();
        a.kind = Some(kind);
        if kind == OrgKind::DependentUnit {
            a.tax_code = "0314409058-002".into();
        }
        let r = readiness(&a);
        assert_eq!(
            r.reminders.contains(&Reminder::SectorAccountsLinkToEid),
            said,
            "{kind:?}"
        );
    }
    assert_eq!(
        Reminder::SectorAccountsLinkToEid
            .source()
            .map(|s| s.localize(Lang::Vi)),
        Some("Nghị định 69/2024/NĐ-CP, khoản 9 Điều 40".to_owned())
    );
    let vi = Reminder::SectorAccountsLinkToEid.localize(Lang::Vi);
    assert!(
        vi.starts_with("Nghị định 320/2026/NĐ-CP (hiệu lực từ 28/09/2026)"),
        "{vi}"
    );
    assert!(
        vi.contains("31/12/2026") && vi.contains("30/06/2027"),
        "{vi}"
    );
    // NĐ 69/2024 Art. 40 cl. 4: portal accounts stopped on 30/6/2025.
    assert_eq!(
        Reminder::PortalAccountsStopped
            .source()
            .map(|s| s.localize(Lang::Vi)),
        Some("Nghị định 69/2024/NĐ-CP, khoản 4 Điều 40".to_owned())
    );
    assert!(
        Reminder::PortalAccountsStopped
            .localize(Lang::Vi)
            .contains("30/06/2025")
    );
}

#[test]
fn verdict_and_reason_sentences_cite_their_rules() {
    assert_eq!(
        Verdict::ReadyOnline.localize(Lang::Vi),
        "Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tuyến, trên ứng \
         dụng VNeID hoặc trang web định danh điện tử VNeID."
    );
    assert_eq!(
        Verdict::ReadyInPerson.localize(Lang::En),
        "Your organization is ready to register its e-ID account in person at the police, with \
         form TK02."
    );
    let sources = [
        (
            F::OneAccountNoLevels,
            "Nghị định 69/2024/NĐ-CP, Điều 7",
            "Decree 69/2024/NĐ-CP, Article 7",
        ),
        (
            F::DataInNationalDatabase,
            "Nghị định 69/2024/NĐ-CP, Điều 13",
            "Decree 69/2024/NĐ-CP, Article 13",
        ),
        (
            F::TaxCodeChecked {
                code: tax("0100109106"),
            },
            "Thông tư 105/2020/TT-BTC, Điều 5",
            "Circular 105/2020/TT-BTC, Article 5",
        ),
        (
            F::RepresentativeUnder18 {
                age: 15,
                kind: OrgKind::Enterprise,
            },
            "Luật Doanh nghiệp 2020, khoản 2 Điều 17",
            "Law on Enterprises 2020, Article 17(2)",
        ),
        (
            F::AuthorisedPersonUnder15 { age: 12 },
            "Bộ luật Dân sự 2015, khoản 3 Điều 138",
            "Civil Code 2015, Article 138(3)",
        ),
        (
            F::Group {
                kind: OrgKind::DependentUnit,
            },
            "Hướng dẫn năm 2025 của UBND tỉnh Hưng Yên, mục 4",
            "Hưng Yên People's Committee guidance of 2025, item 4",
        ),
        (
            F::Group {
                kind: OrgKind::Cooperative,
            },
            "Nghị định 69/2024/NĐ-CP, Điều 7",
            "Decree 69/2024/NĐ-CP, Article 7",
        ),
        (
            F::Group {
                kind: OrgKind::Enterprise,
            },
            "Nghị định 69/2024/NĐ-CP, Điều 7",
            "Decree 69/2024/NĐ-CP, Article 7",
        ),
        (
            F::NoTaxCodeNeeded,
            "Nghị định 69/2024/NĐ-CP, Điều 13",
            "Decree 69/2024/NĐ-CP, Article 13",
        ),
        (
            F::TaxCodeIsPersonalId {
                code: tax("001087123456"),
            },
            "Thông tư 90/2026/TT-BTC",
            "Circular 90/2026/TT-BTC",
        ),
    ];
    for (finding, vi, en) in sources {
        assert_eq!(finding.source().localize(Lang::Vi), vi);
        assert_eq!(finding.source().localize(Lang::En), en);
    }
    assert_eq!(
        F::BranchCodeForIndependentOrg {
            code: tax("0314409058-002"),
            parent: tax("0314409058"),
        }
        .localize(Lang::Vi),
        "Mã 0314409058-002 có 13 chữ số: đó là mã của một chi nhánh, văn phòng đại diện của đơn vị \
         có mã 0314409058. Nếu đăng ký cho chi nhánh, văn phòng đại diện, chọn loại “Chi nhánh, \
         văn phòng đại diện”; nếu đăng ký cho chính tổ chức, nhập mã 10 chữ số 0314409058."
    );
    assert_eq!(
        F::RepresentativeUnder18 {
            age: 15,
            kind: OrgKind::Enterprise
        }
        .localize(Lang::En),
        "By the date of birth entered, the legal representative is only 15. Minors (under 18) \
         cannot manage an enterprise: check the date of birth, or who registers."
    );
}

#[test]
fn tones_match_verdicts() {
    assert_eq!(Verdict::ReadyOnline.tone(), Tone::Ok);
    assert_eq!(
        Verdict::NotNow {
            status: OperatingStatus::Suspended
        }
        .tone(),
        Tone::Stop
    );
    assert_eq!(Verdict::FixDataFirst.tone(), Tone::Warning);
    for case in cases() {
        let mut a = ready_online();
        (case.edit)(&mut a);
        let r = readiness(&a);
        // A "ready" verdict never carries a stopping reason.
        if r.verdict.tone() == Tone::Ok {
            assert!(
                r.reasons.iter().all(|x| x.finding.tone() != Tone::Stop),
                "{}",
                case.source
            );
        }
    }
}

#[test]
fn check_answers_rows_link_back_to_each_question() {
    let v = validate(&ready_online(), today());
    let valid = v.answers.expect("valid");
    let rows = summary_rows(&valid, Lang::Vi, today());
    let pairs: Vec<(Field, &str, &str)> = rows
        .iter()
        .map(|r| (r.field, r.label, r.value.as_str()))
        .collect();
    assert_eq!(pairs[0], (Field::Kind, "Loại tổ chức", "Doanh nghiệp"));
    assert_eq!(pairs[5], (Field::TaxCode, "Mã số thuế", "0100109106"));
    assert_eq!(
        pairs[7],
        (
            Field::Province,
            "Trụ sở chính",
            "Số 1 Giang Văn Minh, Phường Ba Đình, Thành phố Hà Nội"
        )
    );
    assert_eq!(pairs.last().unwrap().0, Field::InNationalDatabase);
    // Every row returns to a question the form asks.
    let answers = ready_online();
    assert!(rows.iter().all(|r| answers.asks(r.field)));
    assert_eq!(
        summary_rows(&ValidAnswers::HouseholdBusiness, Lang::En, today())[0].value,
        "Household business"
    );
}

#[test]
fn the_plain_text_summary_leaves_out_personal_data() {
    let a = ready_online();
    let v = validate(&a, today());
    let valid = v.answers.unwrap();
    let r = decide(&valid, today());
    let summary = plain_text_summary(&r, &valid, today(), Lang::Vi);
    assert!(
        summary.starts_with(
            "Sẵn Sàng — Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức\nKiểm \
             tra ngày 10/03/2026\nTên tổ chức: Tập đoàn Công nghiệp - Viễn thông Quân đội — Mã \
             số thuế 0100109106\n"
        ),
        "{summary}"
    );
    assert!(summary.contains(&Verdict::ReadyOnline.localize(Lang::Vi)));
    assert!(summary.contains("(Nghị định 69/2024/NĐ-CP, Điều 13)"));
    assert!(summary.contains("thứ Sáu 13/03/2026"));
    for personal in [
        "001087123456",
        "15/03/1987",
        "0912345678",
        "0912 345 678",
        "an.nguyen@gmail.com",
        "Nguyễn Văn An",
    ] {
        assert!(!summary.contains(personal), "{personal} leaked");
    }
    let en = plain_text_summary(&r, &valid, today(), Lang::En);
    assert!(en.contains("Result: Your organization is ready"));
}

/// Every sentence the check can produce, in both languages, for the table's answers.
fn every_sentence() -> Vec<String> {
    let mut out = Vec::new();
    for case in cases() {
        let mut a = ready_online();
        (case.edit)(&mut a);
        let assessment = assess(&a, today());
        let r = assessment.readiness.unwrap();
        let valid = assessment.validated.answers.unwrap();
        for lang in Lang::ALL {
            out.push(r.verdict.localize(lang));
            out.extend(r.reasons.iter().map(|x| x.localize(lang)));
            out.extend(r.reasons.iter().map(|x| x.source.localize(lang)));
            out.extend(r.checklist.iter().map(|x| x.localize(lang)));
            out.extend(r.reminders.iter().map(|x| x.localize(lang)));
            out.extend(
                assessment
                    .validated
                    .warnings
                    .iter()
                    .map(|x| x.localize(lang)),
            );
            out.extend(
                assessment
                    .validated
                    .notes
                    .iter()
                    .map(|x| x.note.localize(lang)),
            );
            if let Some(p) = &r.processing {
                out.extend(processing_lines(p, lang));
            }
            out.extend(
                summary_rows(&valid, lang, today())
                    .into_iter()
                    .map(|x| x.value),
            );
        }
    }
    for field in Field::ALL {
        for lang in Lang::ALL {
            out.push(text::label(field).localize(lang));
            out.push(text::missing(field).localize(lang));
            out.extend(text::hint(field).map(|h| h.localize(lang)));
        }
    }
    for kind in OrgKind::ALL {
        for lang in Lang::ALL {
            out.push(text::kind_label(kind).localize(lang));
            out.push(text::kind_hint(kind).localize(lang));
            out.push(F::Group { kind }.localize(lang));
        }
    }
    out
}

#[test]
fn every_message_follows_ux_md() {
    // docs/writing.md: say what to do; no "invalid", "please", "sorry"; NFC; never empty.
    let sentences = every_sentence();
    assert!(sentences.len() > 500);
    for sentence in sentences {
        wording::assert_follows_ux_md(&sentence);
    }
}

#[test]
fn the_reading_of_fifteen_days_is_stated_and_cited() {
    // docs/rules.md §3.1 says "≤ 15 days" without "working": the result says which reading it uses.
    assert_eq!(
        text::PROCESSING_METHOD.en,
        "The day of submission is not counted. “3 working days” leaves out Saturdays, Sundays and \
         public holidays. The decree says “15 days”, not “15 working days”, so Sẵn Sàng counts 15 \
         calendar days; if the last one is a day off, the limit ends on the next working day \
         (Civil Code 2015, Articles 147 and 148)."
    );
    assert_eq!(
        RuleSource::Decree69 {
            article: 13,
            clause: None
        },
        text::PROCESSING_SOURCE
    );
}

// ---------------------------------------------------------------------------------- properties

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => ".{0,40}",
        2 => "[0-9 .\\-/+@a-zA-Zàáảãạăđêôơư]{0,30}",
        1 => prop::collection::vec(any::<char>(), 0..20).prop_map(|c| c.into_iter().collect()),
        1 => Just("9".repeat(5000)),
        1 => Just("\u{0000}\u{FEFF}\u{202E}".to_owned()),
    ]
}

fn choice<T: Clone + std::fmt::Debug + 'static>(all: Vec<T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all))
}

prop_compose! {
    fn any_answers()(
        kind in choice(OrgKind::ALL.to_vec()),
        status in choice(OperatingStatus::ALL.to_vec()),
        texts in prop::collection::vec(any_text(), 12),
        role in choice(vec![RegistrantRole::LegalRepresentative, RegistrantRole::AuthorisedPerson]),
        yes_no in prop::collection::vec(choice(vec![YesNo::Yes, YesNo::No]), 3),
        unsure in prop::collection::vec(
            choice(vec![YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure]), 3),
        level2 in choice(Level2Status::ALL.to_vec()),
        sex in choice(vec![Sex::Male, Sex::Female]),
        use_valid_base in any::<bool>(),
    ) -> OrgAnswers {
        let base = if use_valid_base { ready_online() } else { OrgAnswers::default() };
        let pick = |i: usize, fallback: &str| {
            let t: &String = &texts[i];
            if use_valid_base && t.len().is_multiple_of(3) { fallback.to_owned() } else { t.clone() }
        };
        OrgAnswers {
            kind: kind.or(base.kind),
            status: status.or(base.status),
            name: pick(0, &base.name),
            short_name: pick(1, &base.short_name),
            foreign_name: pick(2, &base.foreign_name),
            tax_code: pick(3, &base.tax_code),
            established: pick(4, &base.established),
            province: pick(5, &base.province),
            commune: pick(6, &base.commune),
            street: pick(7, &base.street),
            role: role.or(base.role),
            has_authorisation: yes_no[0],
            person_name: pick(8, &base.person_name),
            person_id: pick(9, &base.person_id),
            person_birth: pick(10, &base.person_birth),
            person_sex: sex.or(base.person_sex),
            level2: level2.or(base.level2),
            smartphone: yes_no[1].or(base.smartphone),
            own_sim: unsure[0].or(base.own_sim),
            co_representatives: unsure[1].or(base.co_representatives),
            co_representatives_consent: yes_no[2],
            phone: pick(11, &base.phone),
            email: base.email.clone(),
            in_national_database: unsure[2].or(base.in_national_database),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn no_answers_panic_and_the_result_is_consistent(a in any_answers(), offset in 0i64..4000) {
        let today = day(2025, 1, 1) + chrono::Duration::days(offset);
        let assessment = assess(&a, today);
        let v = &assessment.validated;
        // A result exactly when nothing is left to fix.
        prop_assert_eq!(v.errors.is_empty(), assessment.readiness.is_some());
        prop_assert_eq!(v.errors.is_empty(), v.answers.is_some());
        // Errors and warnings only for questions that are asked.
        for p in v.errors.iter().chain(&v.warnings) {
            prop_assert!(a.asks(p.field), "{:?} not asked", p.field);
        }
        if let Some(r) = &assessment.readiness {
            prop_assert!(!r.reasons.is_empty());
            for reason in &r.reasons {
                prop_assert_eq!(reason.source, reason.finding.source());
            }
            let stops = r.reasons.iter().any(|x| x.finding.tone() == Tone::Stop);
            if matches!(r.verdict, Verdict::ReadyOnline | Verdict::ReadyInPerson) {
                prop_assert!(!stops);
                let p = r.processing.as_ref().unwrap();
                for e in &p.estimates {
                    let lands = e.lands_on.unwrap();
                    prop_assert!(lands > today);
                    prop_assert!(sansang::rules::working_days::is_working_day(lands));
                }
            } else {
                prop_assert!(r.processing.is_none());
                prop_assert!(stops || r.verdict == Verdict::Level2First(Level2Step::Check)
                    || r.verdict == Verdict::Level2First(Level2Step::Activate));
            }
            let valid = v.answers.as_ref().unwrap();
            for lang in Lang::ALL {
                let summary = plain_text_summary(r, valid, today, lang);
                if let ValidAnswers::Organization(d) = valid {
                    let id = d.registrant.id.to_string();
                    prop_assert!(!summary.contains(&id));
                }
                let _ = summary_rows(valid, lang, today);
            }
        }
        for p in v.errors.iter().chain(&v.warnings) {
            for lang in Lang::ALL {
                prop_assert!(!p.localize(lang).is_empty());
            }
        }
    }

    #[test]
    fn drafts_round_trip_through_json(a in any_answers()) {
        let json = serde_json::to_string(&a).unwrap();
        let back: OrgAnswers = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
    }
}

#[test]
fn a_draft_from_an_older_form_still_reads() {
    // `#[serde(default)]`: a draft missing newer fields reads with them empty.
    let old: OrgAnswers = serde_json::from_str(r#"{"kind":"Enterprise","name":"A"}"#).unwrap();
    assert_eq!(old.kind, Some(OrgKind::Enterprise));
    assert_eq!(old.name, "A");
    assert_eq!(old.tax_code, "");
    let note = Note::DateRead {
        date: day(2025, 1, 5),
    };
    assert_eq!(note.localize(Lang::En), "Read as 05/01/2025");
}

/// docs/rules.md §3.1: what applies everywhere cites the national rule; a provincial plan appears
/// only as an example of a campaign (the "how this was worked out" note), never as the source of a
/// reason. An enterprise in Hà Nội was once told Kiên Giang's plan was its rule.
#[test]
fn an_enterprise_in_ha_noi_is_given_national_sources() {
    for kind in [
        OrgKind::Enterprise,
        OrgKind::Cooperative,
        OrgKind::AgencyWithTaxCode,
        OrgKind::OtherOrganization,
    ] {
        let mut a = ready_online();
        a.kind = Some(kind);
        if kind == OrgKind::OtherOrganization {
            a.tax_code.clear();
        }
        let r = assess(&a, today()).readiness.unwrap();
        for reason in &r.reasons {
            let source = reason.source.localize(Lang::Vi);
            assert!(
                !source.contains("Kế hoạch") && !source.contains("UBND"),
                "{kind:?}: {source}"
            );
        }
        let group = r
            .reasons
            .iter()
            .find(|x| matches!(x.finding, Finding::Group { .. }))
            .expect("the group reason");
        assert_eq!(
            group.source,
            RuleSource::Decree69 {
                article: 7,
                clause: None
            }
        );
    }
    let note = text::SOURCES_NOTE.vi;
    assert!(
        note.contains("320/2026/NĐ-CP (lần sửa đổi gần nhất)"),
        "{note}"
    );
    assert!(note.contains("ví dụ Kế hoạch 374/KH-UBND"), "{note}");
}

/// docs/rules.md §3.2: since 18/8/2026 issuing, renewing and reissuing a card is one procedure at
/// the commune police, ≤ 7 working days (Quyết định 5230/QĐ-BCA-C06); the sentences say the
/// constant's figure.
#[test]
fn card_processing_is_one_procedure_of_seven_working_days() {
    use sansang::rules::id_card::{CARD_PROCEDURE_SINCE, CARD_PROCESSING_WORKING_DAYS};
    use sansang::rules::working_days::add_working_days;
    assert_eq!(CARD_PROCESSING_WORKING_DAYS, 7);
    assert_eq!(CARD_PROCEDURE_SINCE, day(2026, 8, 18));
    // Records collected on Friday 20/11/2026: 24/11 is a holiday, the card is due Wednesday 2/12.
    assert_eq!(
        add_working_days(day(2026, 11, 20), CARD_PROCESSING_WORKING_DAYS),
        Some(day(2026, 12, 2))
    );
    let vi = F::Level2ProcessingTime.localize(Lang::Vi);
    let en = F::Level2ProcessingTime.localize(Lang::En);
    assert!(
        vi.contains("cấp, đổi và cấp lại thẻ căn cước là một thủ tục tại công an cấp xã, tối đa 7 ngày làm việc (Quyết định 5230/QĐ-BCA-C06)"),
        "{vi}"
    );
    assert!(en.contains("since 18/08/2026"), "{en}");
    for text in [
        sansang::catalogue::students::TO_COLLECT_ROSTER_NOTE,
        sansang::catalogue::students::TO_COLLECT_COUNTS_NOTE,
    ] {
        assert!(text.vi.contains("tối đa 7 ngày làm việc"), "{}", text.vi);
        assert!(text.vi.contains("5230/QĐ-BCA-C06"), "{}", text.vi);
        assert!(text.en.contains("7 working days"), "{}", text.en);
        wording::assert_follows_ux_md(text.vi);
        wording::assert_follows_ux_md(text.en);
    }
}
