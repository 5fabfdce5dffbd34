#![no_main]
//! Fuzzes the organization readiness check: answers built from arbitrary bytes (choices from the
//! first bytes, texts split at U+001F) never panic in `assess`, the catalogue or the summaries, and
//! the result exists exactly when nothing is left to fix.

use libfuzzer_sys::fuzz_target;
use sansang::catalogue::organization::{plain_text_summary, summary_rows};
use sansang::catalogue::{Lang, Localized};
use sansang::rules::org_readiness::{
    Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
    assess,
};
use sansang::rules::personal_id::Sex;

/// `None`, or one of `all`, chosen by `byte`.
fn pick<T: Copy>(all: &[T], byte: u8) -> Option<T> {
    all.get(usize::from(byte) % (all.len() + 1)).copied()
}

fn answers(choices: &[u8], text: &str) -> OrgAnswers {
    let byte = |i: usize| choices.get(i).copied().unwrap_or(0);
    let yes_no = [YesNo::Yes, YesNo::No];
    let unsure = [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure];
    let mut texts = text.split('\u{1F}').map(str::to_owned);
    let mut next = || texts.next().unwrap_or_default();
    OrgAnswers {
        kind: pick(&OrgKind::ALL, byte(0)),
        status: pick(&OperatingStatus::ALL, byte(1)),
        role: pick(
            &[RegistrantRole::LegalRepresentative, RegistrantRole::AuthorisedPerson],
            byte(2),
        ),
        has_authorisation: pick(&yes_no, byte(3)),
        person_sex: pick(&[Sex::Male, Sex::Female], byte(4)),
        level2: pick(&Level2Status::ALL, byte(5)),
        smartphone: pick(&yes_no, byte(6)),
        own_sim: pick(&unsure, byte(7)),
        co_representatives: pick(&unsure, byte(8)),
        co_representatives_consent: pick(&yes_no, byte(9)),
        in_national_database: pick(&unsure, byte(10)),
        name: next(),
        short_name: next(),
        foreign_name: next(),
        tax_code: next(),
        established: next(),
        province: next(),
        commune: next(),
        street: next(),
        person_name: next(),
        person_id: next(),
        person_birth: next(),
        phone: next(),
        email: next(),
    }
}

fn check(choices: &[u8], text: &str) {
    let Ok(today) = sansang::rules::date::parse_date("10/03/2026") else {
        return;
    };
    let answers = answers(choices, text);
    let assessment = assess(&answers, today);
    let validated = &assessment.validated;
    assert_eq!(validated.errors.is_empty(), assessment.readiness.is_some());
    for lang in Lang::ALL {
        for problem in validated.errors.iter().chain(&validated.warnings) {
            assert!(answers.asks(problem.field));
            let _ = problem.localize(lang);
        }
        for note in &validated.notes {
            let _ = note.note.localize(lang);
        }
        if let (Some(readiness), Some(valid)) = (&assessment.readiness, &validated.answers) {
            let _ = plain_text_summary(readiness, valid, today, lang);
            let _ = summary_rows(valid, lang, today);
            for reason in &readiness.reasons {
                assert_eq!(reason.source, reason.finding.source());
                let _ = reason.localize(lang);
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (choices, rest) = data.split_at(data.len().min(11));
    if let Ok(text) = std::str::from_utf8(rest) {
        check(choices, text);
    }
    check(choices, &String::from_utf8_lossy(rest));
});
