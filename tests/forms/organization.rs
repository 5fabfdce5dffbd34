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

// ---------------------------------------------------------------------------------------------
// "Biết địa chỉ cũ?": the head office's old address → today's commune in the picker
// ---------------------------------------------------------------------------------------------

mod old_address {
    use sansang::catalogue::{Lang, old_address as words, organization as t};
    use sansang::forms::old_data::{DataStatus, LoadFailure};
    use sansang::forms::organization::{Action, OldAction, OldPart, OrgState};
    use sansang::rules::old_address::{AssetError, Contradiction, NotFound, Outcome, Transfer};
    use sansang::rules::units::{self, CommuneCode};

    use super::after;
    use crate::{old_units, wording};

    fn code(text: &str) -> CommuneCode {
        CommuneCode::parse(text).unwrap()
    }

    /// The disclosure opened, the data loaded, and `fields` typed: (commune, district,
    /// province, line).
    fn typed(fields: [&str; 4]) -> Vec<Action> {
        let parts = [
            OldPart::Commune,
            OldPart::District,
            OldPart::Province,
            OldPart::Line,
        ];
        let mut actions = vec![
            Action::Old(OldAction::Toggle),
            Action::Old(OldAction::DataLoading),
            Action::Old(OldAction::DataReady(old_units::data())),
        ];
        actions.extend(
            parts
                .into_iter()
                .zip(fields)
                .filter(|(_, text)| !text.is_empty())
                .map(|(part, text)| Action::OldText(part, text.to_owned())),
        );
        actions
    }

    fn look_up(fields: [&str; 4]) -> OrgState {
        let mut actions = typed(fields);
        actions.push(Action::Old(OldAction::Find));
        (*after(OrgState::default(), actions)).clone()
    }

    /// The province code of today's commune `c`, as the picker stores it.
    fn province_of(c: &str) -> String {
        units::commune(code(c)).unwrap().province.to_string()
    }

    /// Every shape of answer, and what it does to the picker: set to today's commune (with its
    /// province), or left alone with a sentence.
    #[test]
    fn each_outcome_sets_the_picker_or_leaves_it_alone() {
        type Expect = fn(&Outcome) -> bool;
        let cases: [([&str; 4], Option<&str>, Expect); 9] = [
            // The issue's example, one line with the tax office's abbreviations.
            (
                [
                    "",
                    "",
                    "",
                    "Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang",
                ],
                Some("30898"),
                |o| matches!(o, Outcome::Converted { .. }),
            ),
            // Separate fields: never Xã Độc Lập of Cao Bằng.
            (
                ["Xã Độc Lập", "Huyện Hưng Hà", "Thái Bình", ""],
                Some("12676"),
                |o| matches!(o, Outcome::Converted { .. }),
            ),
            // Phường 7 of Quận 3 merged into Võ Thị Sáu in 2020: through the alias data.
            (
                ["", "", "", "12 Lê Lợi, P.7, Q.3, TP.HCM"],
                Some("27139"),
                |o| matches!(o, Outcome::Converted { via, .. } if via.commune_alias),
            ),
            // Already today's name.
            (
                ["Phường Ba Đình", "", "Hà Nội", ""],
                Some("00004"),
                |o| matches!(o, Outcome::Current(_)),
            ),
            // Split between two wards: the user chooses.
            (
                ["Phường Ngọc Hà", "Quận Ba Đình", "Hà Nội", ""],
                None,
                |o| matches!(o, Outcome::Split { candidates, .. } if candidates.len() == 2),
            ),
            // Today's Phường Ngọc Hà was not fed by old Gia Lâm: reported, never resolved.
            (
                ["Phường Ngọc Hà", "Huyện Gia Lâm", "Hà Nội", ""],
                None,
                |o| {
                    matches!(
                        o,
                        Outcome::Contradiction(Contradiction::CommuneNotInDistrict { .. })
                    )
                },
            ),
            (
                ["Xã Không Có", "Huyện Châu Thành", "Kiên Giang", ""],
                None,
                |o| matches!(o, Outcome::NotFound(NotFound::Commune)),
            ),
            (["", "Huyện Châu Thành", "Kiên Giang", ""], None, |o| {
                matches!(o, Outcome::DistrictOnly { .. })
            }),
            (["Xã A", "", "Tỉnh Không Có", ""], None, |o| {
                matches!(o, Outcome::NotFound(NotFound::Province))
            }),
        ];
        for (fields, commune, expect) in cases {
            let state = look_up(fields);
            let found = state.old_address.found.clone().expect("a lookup ran");
            assert!(expect(&found.outcome), "{fields:?}: {:?}", found.outcome);
            assert_eq!(found.placed, commune.map(code), "{fields:?}");
            match commune {
                Some(c) => {
                    assert_eq!(state.answers.commune, c, "{fields:?}");
                    assert_eq!(state.answers.province, province_of(c), "{fields:?}");
                }
                None => {
                    assert_eq!(state.answers.commune, "", "{fields:?}");
                    assert_eq!(state.answers.province, "", "{fields:?}");
                }
            }
            // Nothing typed is lost.
            let o = &state.old_address;
            assert_eq!(
                [&*o.commune, &*o.district, &*o.province, &*o.line],
                fields,
                "{fields:?}"
            );
            assert!(!o.pending && !o.nothing_typed);
        }
    }

    #[test]
    fn opening_asks_for_the_data_once_and_a_lookup_waits_for_it() {
        let closed = OrgState::default();
        assert!(!closed.needs_old_data(), "closed: nothing fetched");
        let open = after(closed, [Action::Old(OldAction::Toggle)]);
        assert!(open.old_address.open && open.needs_old_data());
        let loading = after((*open).clone(), [Action::Old(OldAction::DataLoading)]);
        assert!(!loading.needs_old_data(), "one fetch at a time");

        let waiting = after(
            (*loading).clone(),
            [
                Action::OldText(
                    OldPart::Line,
                    "X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang".into(),
                ),
                Action::Old(OldAction::Find),
            ],
        );
        assert!(waiting.old_address.pending && waiting.old_address.found.is_none());
        assert_eq!(waiting.answers.commune, "");
        let done = after(
            (*waiting).clone(),
            [Action::Old(OldAction::DataReady(old_units::data()))],
        );
        assert!(!done.old_address.pending);
        assert_eq!(done.answers.commune, "30898");
        assert!(!done.needs_old_data());

        // Closing keeps what was typed and what was found; opening again fetches nothing.
        let reopened = after(
            (*done).clone(),
            [
                Action::Old(OldAction::Toggle),
                Action::Old(OldAction::Toggle),
            ],
        );
        assert_eq!(reopened.old_address.line, done.old_address.line);
        assert_eq!(reopened.old_address.found, done.old_address.found);
        assert!(!reopened.needs_old_data());
    }

    #[test]
    fn the_street_part_fills_an_empty_street_field_only() {
        let line =
            "Số 12 đường Nguyễn Trung Trực, Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang";
        let state = look_up(["", "", "", line]);
        assert_eq!(state.answers.street, "Số 12 đường Nguyễn Trung Trực");
        assert!(state.old_address.found.as_ref().unwrap().street_filled);

        let mut actions = vec![Action::Text(
            sansang::rules::org_readiness::Field::Street,
            "Lô B2".into(),
        )];
        actions.extend(typed(["", "", "", line]));
        actions.push(Action::Old(OldAction::Find));
        let kept = after(OrgState::default(), actions);
        assert_eq!(kept.answers.street, "Lô B2", "what the user typed stays");
        assert!(!kept.old_address.found.as_ref().unwrap().street_filled);
        assert_eq!(kept.answers.commune, "30898");
    }

    #[test]
    fn a_split_waits_for_the_users_choice_among_its_candidates() {
        let split = look_up([
            "",
            "",
            "",
            "Số 5 Hoàng Hoa Thám, Phường Ngọc Hà, Quận Ba Đình, Hà Nội",
        ]);
        let found = split.old_address.found.clone().unwrap();
        let Outcome::Split { candidates, .. } = found.outcome else {
            panic!("{:?}", found.outcome);
        };
        assert_eq!(
            candidates.iter().collect::<Vec<_>>(),
            [
                (code("00004"), Transfer::Part),
                (code("00008"), Transfer::Part)
            ]
        );
        assert_eq!(found.street.as_deref(), Some("Số 5 Hoàng Hoa Thám"));
        assert_eq!(
            (
                split.answers.commune.as_str(),
                split.answers.street.as_str()
            ),
            ("", "")
        );

        // A commune that is not one of the candidates is ignored.
        let wrong = after(
            split.clone(),
            [Action::Old(OldAction::Choose(code("30898")))],
        );
        assert_eq!(wrong.answers.commune, "");
        assert_eq!(wrong.old_address.found.as_ref().unwrap().placed, None);

        let chosen = after(
            split.clone(),
            [Action::Old(OldAction::Choose(code("00008")))],
        );
        assert_eq!(chosen.answers.commune, "00008");
        assert_eq!(chosen.answers.province, "01");
        assert_eq!(chosen.answers.street, "Số 5 Hoàng Hoa Thám");
        // Changing one's mind: the other candidate, and the street filled before moves along.
        let changed = after(
            (*chosen).clone(),
            [Action::Old(OldAction::Choose(code("00004")))],
        );
        assert_eq!(changed.answers.commune, "00004");
        assert_eq!(changed.answers.street, "Số 5 Hoàng Hoa Thám");
        assert!(matches!(
            changed.old_address.found.as_ref().unwrap().outcome,
            Outcome::Split { .. }
        ));
    }

    #[test]
    fn choosing_another_commune_by_hand_drops_what_the_lookup_said() {
        let found = look_up(["Xã Độc Lập", "Huyện Hưng Hà", "Thái Bình", ""]);
        // The picker reports the same commune again (a re-render): the note stays.
        let same = after(found.clone(), [Action::Commune(Some(code("12676")))]);
        assert!(same.old_address.found.is_some());
        // Typing in the picker clears its choice; the note no longer describes it.
        let by_hand = after(
            found,
            [Action::Commune(None), Action::Commune(Some(code("00004")))],
        );
        assert!(by_hand.old_address.found.is_none());
        assert_eq!(by_hand.answers.commune, "00004");
        assert_eq!(by_hand.old_address.commune, "Xã Độc Lập", "typed text kept");
    }

    #[test]
    fn nothing_typed_says_what_to_enter_and_fetches_nothing_new() {
        let state = after(
            OrgState::default(),
            [
                Action::Old(OldAction::Toggle),
                Action::OldText(OldPart::Commune, "   ".into()),
                Action::Old(OldAction::Find),
            ],
        );
        let o = &state.old_address;
        assert!(o.nothing_typed && !o.pending && o.found.is_none());
        let typing = after(
            (*state).clone(),
            [
                Action::OldText(OldPart::Commune, "Xã Độc Lập".into()),
                Action::Old(OldAction::Find),
            ],
        );
        assert!(!typing.old_address.nothing_typed);
        assert!(typing.old_address.pending, "waits for the data");
    }

    #[test]
    fn without_the_data_todays_addresses_still_resolve_and_old_ones_say_so() {
        for failure in [
            LoadFailure::Offline,
            LoadFailure::Unavailable { status: 404 },
            LoadFailure::Damaged(AssetError::Damaged),
            LoadFailure::NotBuilt,
        ] {
            let failed = after(
                OrgState::default(),
                [
                    Action::Old(OldAction::Toggle),
                    Action::Old(OldAction::DataLoading),
                    Action::OldText(OldPart::Commune, "Xã Vĩnh Hòa Hiệp".into()),
                    Action::OldText(OldPart::District, "Huyện Châu Thành".into()),
                    Action::OldText(OldPart::Province, "Kiên Giang".into()),
                    Action::Old(OldAction::Find),
                    Action::Old(OldAction::DataFailed(failure)),
                ],
            );
            let o = &failed.old_address;
            assert_eq!(o.data, DataStatus::Failed(failure));
            assert_eq!(o.found.as_ref().unwrap().outcome, Outcome::NeedsOldData);
            assert_eq!(failed.answers.commune, "");
            assert_eq!(o.commune, "Xã Vĩnh Hòa Hiệp");
            assert!(
                !failed.needs_old_data(),
                "no fetch loop: Thử lại asks again"
            );

            let current = after(
                (*failed).clone(),
                [
                    Action::OldText(OldPart::Commune, "Xã Bình An".into()),
                    Action::OldText(OldPart::District, String::new()),
                    Action::OldText(OldPart::Province, "An Giang".into()),
                    Action::Old(OldAction::Find),
                ],
            );
            assert_eq!(current.answers.commune, "30898");
        }
    }

    #[test]
    fn start_again_keeps_the_loaded_data_and_the_draft_keeps_what_was_typed() {
        let found = look_up(["Xã Độc Lập", "Huyện Hưng Hà", "Thái Bình", ""]);
        let json = serde_json::to_string(&found).unwrap();
        let restored: OrgState = serde_json::from_str(&json).unwrap();
        assert_eq!(restored.old_address.commune, "Xã Độc Lập");
        assert_eq!(restored.old_address.province, "Thái Bình");
        assert!(restored.old_address.open, "the disclosure reopens");
        assert_eq!(restored.answers.commune, "12676");
        assert_eq!(
            (
                restored.old_address.data,
                restored.old_address.found.is_none()
            ),
            (DataStatus::NotLoaded, true)
        );
        assert!(restored.needs_old_data());
        // A draft saved before the disclosure existed still reads.
        let older: OrgState =
            serde_json::from_str(r#"{"answers":{"commune":"00004"},"showing_result":false}"#)
                .unwrap();
        assert_eq!(older.old_address, Default::default());

        let reset = after(found, [Action::Reset]);
        assert!(matches!(reset.old_address.data, DataStatus::Ready(_)));
        assert_eq!(reset.old_address.commune, "");
        assert!(!reset.old_address.open && reset.old_address.found.is_none());
    }

    /// Every sentence the disclosure can show follows `docs/writing.md`, in both languages, and
    /// cites the conversion table for a converted address.
    #[test]
    fn the_disclosure_reads_well() {
        for lang in [Lang::Vi, Lang::En] {
            for text in [
                t::OLD_ADDRESS_TOGGLE,
                t::OLD_ADDRESS_INTRO,
                t::OLD_ADDRESS_FIND,
                t::OLD_ADDRESS_SPLIT_LEGEND,
                t::OLD_ADDRESS_OR_CHOOSE,
                t::OLD_ADDRESS_LOAD_OFFLINE,
                t::OLD_ADDRESS_LOAD_DAMAGED,
            ] {
                wording::assert_follows_ux_md(text.get(lang));
            }
            for transfer in Transfer::ALL {
                wording::assert_follows_ux_md(words::transfer_text(transfer).get(lang));
            }
            wording::assert_follows_ux_md(&t::old_address_placed(
                &words::new_place(code("30898")),
                lang,
            ));
            wording::assert_follows_ux_md(&t::old_address_street_filled("Ấp 3", lang));
        }
        assert_eq!(
            t::old_address_placed(&words::new_place(code("30898")), Lang::Vi),
            "Đã chọn Xã Bình An, Tỉnh An Giang ở ô “Xã, phường, đặc khu” bên trên."
        );
        let source = words::source_note(Lang::Vi);
        assert!(source.contains("Bảng chuyển đổi ĐVHC mới – cũ") && source.contains("23/10/2025"));
    }
}
