//! Organization readiness check: is an organization ready to register its electronic
//! identification account, by which route, and what to prepare — Nghị định 69/2024/NĐ-CP (amended
//! by Nghị định 169/2025/NĐ-CP and 320/2026/NĐ-CP), docs/rules.md §3.1.
//!
//! Three steps, each a pure function of its input (the UI passes "today" in):
//! 1. [`OrgAnswers`]: what the user typed and chose, exactly (serde: kept as a draft);
//! 2. [`validate`] → [`Validated`]: errors to fix, warnings (uncertain points never reject), notes
//!    with cleaned values, and [`ValidAnswers`] once nothing is left to fix;
//! 3. [`decide`] → [`Readiness`]: a [`Verdict`], the reasons with their rules ([`RuleSource`]), a
//!    checklist, the processing time with the day it would land, and reminders.
//!
//! [`assess`] runs both. Which questions are asked depends on the answers ([`OrgAnswers::asks`]):
//! a household business stops at the first question; group 4 has no tax code; the written
//! authorisation and the co-representatives' agreement are asked only when they apply.

mod answers;
mod decide;
mod validate;

use chrono::NaiveDate;

pub use answers::{
    Field, Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
};
pub use decide::{
    ADULT_AGE, ChecklistItem, Estimate, Finding, IN_DATABASE_WORKING_DAYS, Level2Step,
    MIN_AUTHORISED_AGE, Processing, ProcessingBasis, Readiness, Reason, Reminder, RuleSource,
    TimeLimit, Tone, VERIFICATION_DAYS, Verdict, decide, processing,
};
pub use validate::{
    FieldNote, FieldProblem, MAX_STREET_CHARS, Note, OrgDetails, Problem, Registrant, ValidAnswers,
    Validated, validate,
};

/// The answers checked and, when nothing is left to fix, the result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub validated: Validated,
    /// `Some` exactly when `validated.errors` is empty.
    pub readiness: Option<Readiness>,
}

/// Validates the answers and, if they have no errors, decides (docs/rules.md §3.1).
pub fn assess(answers: &OrgAnswers, today: NaiveDate) -> Assessment {
    let validated = validate(answers, today);
    let readiness = validated.answers.as_ref().map(|valid| decide(valid, today));
    Assessment {
        validated,
        readiness,
    }
}
