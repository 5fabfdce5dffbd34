//! The organization readiness check (`#/to-chuc`): answers kept exactly as typed, submit,
//! "Thay đổi", start again, and what the draft keeps.

use std::rc::Rc;

use chrono::NaiveDate;
use sansang::forms::Reducer;
use sansang::forms::organization::{Action, OrgState};
use sansang::rules::org_readiness::{
    Field, Level2Status, OperatingStatus, OrgAnswers, OrgKind, RegistrantRole, YesNo, YesNoUnsure,
};
use sansang::rules::personal_id::Sex;
use sansang::rules::units::{CommuneCode, ProvinceCode};

use super::after;

/// Tuesday 10/03/2026.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

/// What a user does to answer like an enterprise ready to register online (Viettel's real tax
/// code, Phường Ba Đình, the legal representative with an activated level-2 account).
fn answering_ready_online() -> Vec<Action> {
    vec![
        Action::Kind(OrgKind::Enterprise),
        Action::Status(OperatingStatus::Operating),
        Action::Text(
            Field::Name,
            "Tập đoàn Công nghiệp - Viễn thông Quân đội".into(),
        ),
        Action::Text(Field::TaxCode, "0100109106".into()),
        Action::Text(Field::Established, "01/06/1989".into()),
        Action::Province(ProvinceCode::parse("01").ok()),
        Action::Commune(CommuneCode::parse("00004").ok()),
        Action::Text(Field::Street, "Số 1 Giang Văn Minh".into()),
        Action::Role(RegistrantRole::LegalRepresentative),
        Action::Text(Field::PersonName, "Nguyễn Văn An".into()),
        Action::Text(Field::PersonId, "001087123456".into()),
        Action::Text(Field::PersonBirth, "15/03/1987".into()),
        Action::Sex(Sex::Male),
        Action::Level2(Level2Status::Activated),
        Action::YesNo(Field::Smartphone, YesNo::Yes),
        Action::YesNoUnsure(Field::OwnSim, YesNoUnsure::Yes),
        Action::YesNoUnsure(Field::CoRepresentatives, YesNoUnsure::No),
        Action::Text(Field::Phone, "0912 345 678".into()),
        Action::Text(Field::Email, "an.nguyen@gmail.com".into()),
        Action::YesNoUnsure(Field::InNationalDatabase, YesNoUnsure::Yes),
    ]
}

#[test]
fn each_answer_lands_in_its_own_slot_exactly_as_typed() {
    type Read = fn(&OrgAnswers) -> String;
    let cases: [(Action, Read, &str); 18] = [
        (
            Action::Text(Field::Name, " Công ty  A ".into()),
            |a| a.name.clone(),
            " Công ty  A ",
        ),
        (
            Action::Text(Field::ShortName, "A".into()),
            |a| a.short_name.clone(),
            "A",
        ),
        (
            Action::Text(Field::ForeignName, "A Co".into()),
            |a| a.foreign_name.clone(),
            "A Co",
        ),
        (
            Action::Text(Field::TaxCode, "0100 109 106".into()),
            |a| a.tax_code.clone(),
            "0100 109 106",
        ),
        (
            Action::Text(Field::Established, "1/6/89".into()),
            |a| a.established.clone(),
            "1/6/89",
        ),
        (
            Action::Text(Field::Street, "Số 1".into()),
            |a| a.street.clone(),
            "Số 1",
        ),
        (
            Action::Text(Field::PersonName, "an".into()),
            |a| a.person_name.clone(),
            "an",
        ),
        (
            Action::Text(Field::PersonId, "0010".into()),
            |a| a.person_id.clone(),
            "0010",
        ),
        (
            Action::Text(Field::PersonBirth, "15/3".into()),
            |a| a.person_birth.clone(),
            "15/3",
        ),
        (
            Action::Text(Field::Phone, "+84 912".into()),
            |a| a.phone.clone(),
            "+84 912",
        ),
        (
            Action::Text(Field::Email, "a@b".into()),
            |a| a.email.clone(),
            "a@b",
        ),
        (
            Action::Province(ProvinceCode::parse("91").ok()),
            |a| a.province.clone(),
            "91",
        ),
        (
            Action::Commune(CommuneCode::parse("00004").ok()),
            |a| a.commune.clone(),
            "00004",
        ),
        (
            Action::YesNo(Field::HasAuthorisation, YesNo::No),
            |a| format!("{:?}", a.has_authorisation),
            "Some(No)",
        ),
        (
            Action::YesNo(Field::Smartphone, YesNo::Yes),
            |a| format!("{:?}", a.smartphone),
            "Some(Yes)",
        ),
        (
            Action::YesNo(Field::CoRepresentativesConsent, YesNo::Yes),
            |a| format!("{:?}", a.co_representatives_consent),
            "Some(Yes)",
        ),
        (
            Action::YesNoUnsure(Field::OwnSim, YesNoUnsure::NotSure),
            |a| format!("{:?}", a.own_sim),
            "Some(NotSure)",
        ),
        (
            Action::YesNoUnsure(Field::InNationalDatabase, YesNoUnsure::No),
            |a| format!("{:?}", a.in_national_database),
            "Some(No)",
        ),
    ];
    for (action, read, expected) in cases {
        let described = format!("{action:?}");
        let state = after(OrgState::default(), [action]);
        assert_eq!(read(&state.answers), expected, "{described}");
        assert_eq!(state.attempt, 0, "{described}");
        assert!(!state.showing_result, "{described}");
    }
}

#[test]
fn an_answer_sent_to_a_field_of_another_kind_changes_nothing() {
    for action in [
        Action::Text(Field::Kind, "x".into()),
        Action::Text(Field::Smartphone, "x".into()),
        Action::YesNo(Field::OwnSim, YesNo::Yes),
        Action::YesNoUnsure(Field::Smartphone, YesNoUnsure::Yes),
    ] {
        let described = format!("{action:?}");
        let state = after(OrgState::default(), [action]);
        assert_eq!(*state, OrgState::default(), "{described}");
    }
}

#[test]
fn clearing_the_office_picker_clears_the_answers() {
    let state = after(
        OrgState::default(),
        [
            Action::Province(ProvinceCode::parse("01").ok()),
            Action::Commune(CommuneCode::parse("00004").ok()),
            Action::Commune(None),
            Action::Province(None),
        ],
    );
    assert_eq!(state.answers.province, "");
    assert_eq!(state.answers.commune, "");
}

#[test]
fn a_submit_with_errors_flags_those_fields_and_stays_on_the_form() {
    let state = after(
        OrgState::default(),
        [
            Action::Kind(OrgKind::Enterprise),
            Action::Text(Field::TaxCode, "0100109107".into()),
            Action::Submit(today()),
        ],
    );
    assert!(!state.showing_result);
    assert_eq!(state.attempt, 1);
    assert_eq!(state.arrivals, 0);
    assert!(
        state.flagged.contains(&Field::TaxCode),
        "{:?}",
        state.flagged
    );
    assert!(state.flagged.contains(&Field::Name), "{:?}", state.flagged);
    assert!(
        !state.flagged.contains(&Field::Kind),
        "answered: {:?}",
        state.flagged
    );

    // Fixing the tax code and submitting again flags only what is still wrong.
    let state = after(
        (*state).clone(),
        [
            Action::Text(Field::TaxCode, "0100109106".into()),
            Action::Submit(today()),
        ],
    );
    assert_eq!(state.attempt, 2);
    assert!(
        !state.flagged.contains(&Field::TaxCode),
        "{:?}",
        state.flagged
    );
}

#[test]
fn a_clean_submit_shows_the_result_and_change_goes_back_to_a_field() {
    let mut actions = answering_ready_online();
    actions.push(Action::Submit(today()));
    let result = after(OrgState::default(), actions);
    assert_eq!(result.flagged, []);
    assert!(result.showing_result);
    assert_eq!((result.attempt, result.arrivals), (1, 1));

    let change = result.clone().apply(Action::Change(Some(Field::Phone)));
    assert!(!change.showing_result);
    assert_eq!(change.focus, Some(Field::Phone));
    assert_eq!(change.answers, result.answers, "nothing typed is lost");
    let focused = change.apply(Action::Focused);
    assert_eq!(focused.focus, None);

    let to_top = result.apply(Action::Change(None));
    assert_eq!((to_top.showing_result, to_top.focus), (false, None));
}

#[test]
fn the_date_of_the_submit_decides() {
    // Born 15/03/1987: the ID's birth century is checked against the submit day; a submit before
    // the person exists cannot pass.
    let mut actions = answering_ready_online();
    actions.push(Action::Submit(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap()));
    let state = after(OrgState::default(), actions);
    assert!(!state.showing_result);
    assert!(!state.flagged.is_empty());
}

#[test]
fn start_again_clears_every_answer_but_keeps_counting_attempts() {
    let mut actions = answering_ready_online();
    actions.extend([Action::Submit(today()), Action::Reset]);
    let state = after(OrgState::default(), actions);
    assert_eq!(
        *state,
        OrgState {
            attempt: 1,
            ..OrgState::default()
        }
    );
}

#[test]
fn the_draft_keeps_the_answers_and_the_view_only() {
    let mut actions = answering_ready_online();
    actions.extend([Action::Submit(today()), Action::Change(Some(Field::Email))]);
    let state: Rc<OrgState> = after(OrgState::default(), actions);
    let json = serde_json::to_string(&*state).unwrap();
    let restored: OrgState = serde_json::from_str(&json).unwrap();
    assert_eq!(restored.answers, state.answers);
    assert_eq!(restored.showing_result, state.showing_result);
    assert_eq!(
        (restored.attempt, restored.arrivals, restored.focus),
        (0, 0, None)
    );
    assert_eq!(restored.flagged, []);
}
