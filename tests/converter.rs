#![cfg(not(target_arch = "wasm32"))]
//! The address converter's page state (`forms::converter`), its export, and the wording of every
//! outcome in both languages.

#[path = "support/old_units.rs"]
mod old_units;
#[path = "support/wording.rs"]
mod wording;

use sansang::catalogue::{Lang, old_address as t};
use sansang::forms::converter::{
    Action, ConverterState, DataStatus, InputProblem, LoadFailure, MAX_LINES, Mode, export,
};
use sansang::rules::old_address::{AddressCells, AssetError, Outcome, Resolver};
use sansang::rules::units::CommuneCode;

fn state() -> ConverterState {
    ConverterState::default()
}

#[test]
fn a_conversion_waits_for_the_data_then_runs() {
    let data = old_units::data();
    let s = state()
        .reduce(Action::EditLine(
            "Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang".into(),
        ))
        .reduce(Action::Convert);
    assert!(s.pending && s.rows.is_empty());
    assert!(s.needs_data());
    let s = s.reduce(Action::DataLoading);
    assert!(!s.needs_data());
    let s = s.reduce(Action::DataReady(data));
    assert!(!s.pending);
    assert_eq!(s.rows.len(), 1);
    assert_eq!(
        s.rows[0].outcome.commune(),
        CommuneCode::parse("30898").ok()
    );
    assert_eq!(s.rows[0].street.as_deref(), Some("Ấp 3"));
    assert_eq!(
        s.rows[0].input,
        "Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang"
    );
    // Once loaded, Convert runs at once; Clear keeps the data and the mode.
    let s = s
        .reduce(Action::EditLine(String::new()))
        .reduce(Action::EditCommune("Xã Độc Lập".into()))
        .reduce(Action::EditDistrict("Huyện Hưng Hà".into()))
        .reduce(Action::EditProvince("Thái Bình".into()))
        .reduce(Action::Convert);
    assert_eq!(
        s.rows[0].outcome.commune(),
        CommuneCode::parse("12676").ok()
    );
    assert_eq!(s.rows[0].input, "Xã Độc Lập, Huyện Hưng Hà, Thái Bình");
    let cleared = s.reduce(Action::Clear);
    assert!(matches!(cleared.data, DataStatus::Ready(_)));
    assert!(cleared.rows.is_empty() && cleared.commune.is_empty());
}

#[test]
fn without_the_data_new_addresses_still_convert_and_nothing_typed_is_lost() {
    let s = state()
        .reduce(Action::SetMode(Mode::Many))
        .reduce(Action::EditPasted(
            "Số 1, Xã Bình An, Tỉnh An Giang\nXã Vĩnh Hòa Hiệp, Huyện Châu Thành, Kiên Giang"
                .into(),
        ))
        .reduce(Action::Convert)
        .reduce(Action::DataLoading)
        .reduce(Action::DataFailed(LoadFailure::Offline));
    assert_eq!(s.rows.len(), 2);
    assert_eq!(
        s.rows[0].outcome.commune(),
        CommuneCode::parse("30898").ok()
    );
    assert_eq!(s.rows[1].outcome, Outcome::NeedsOldData);
    assert!(s.pasted.contains("Vĩnh Hòa Hiệp"));
    let damaged = state().reduce(Action::DataFailed(LoadFailure::Damaged(
        AssetError::Damaged,
    )));
    assert!(matches!(
        damaged.data,
        DataStatus::Failed(LoadFailure::Damaged(_))
    ));
}

#[test]
fn input_problems() {
    let s = state().reduce(Action::Convert);
    assert_eq!(s.problem, Some(InputProblem::Empty));
    assert!(!s.pending);
    let many = "Xã A\n".repeat(MAX_LINES + 1);
    let s = state()
        .reduce(Action::SetMode(Mode::Many))
        .reduce(Action::EditPasted(many))
        .reduce(Action::Convert);
    assert_eq!(
        s.problem,
        Some(InputProblem::TooManyLines {
            found: MAX_LINES + 1
        })
    );
    // A header row and blank lines are not addresses.
    let s = state()
        .reduce(Action::SetMode(Mode::Many))
        .reduce(Action::EditPasted("Địa chỉ\n\n  \n".into()))
        .reduce(Action::Convert);
    assert_eq!(s.problem, Some(InputProblem::Empty));
}

#[test]
fn a_pasted_spreadsheet_with_three_columns() {
    let data = old_units::data();
    let s = state()
        .reduce(Action::DataReady(data))
        .reduce(Action::SetMode(Mode::Many))
        .reduce(Action::EditPasted(
            "Xã/Phường\tQuận/Huyện\tTỉnh\nXã Độc Lập\tHuyện Hưng Hà\tTỉnh Thái Bình\nPhường Ngọc Hà\tQuận Ba Đình\tHà Nội\n".into(),
        ))
        .reduce(Action::Convert);
    assert_eq!(s.rows.len(), 2);
    assert_eq!(
        s.rows[0].outcome.commune(),
        CommuneCode::parse("12676").ok()
    );
    assert!(matches!(s.rows[1].outcome, Outcome::Split { .. }));
    assert_eq!(s.counts(), (1, 1));
    let csv = export(&s.rows, Some(data), Lang::Vi, false);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}Địa chỉ đã nhập,\"Thôn, ấp, đường\",Mã xã mới,\"Xã, phường mới\",\"Tỉnh, thành phố mới\",Cách tìm,Ghi chú,Nguồn"
        )
    );
    let first = lines.next().unwrap_or("");
    assert!(first.starts_with("\"Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình\",,12676,Xã Lê Quý Đôn,Tỉnh Hưng Yên,đổi từ địa chỉ cũ (nhập nguyên vẹn),"), "{first}");
    assert!(first.contains("23/10/2025"));
    let tsv = export(&s.rows, Some(data), Lang::En, true);
    assert_eq!(tsv.lines().count(), 3);
    assert!(tsv.lines().all(|l| l.split('\t').count() == 8));
}

/// Every outcome's sentence, in both languages, follows the wording rules (`docs/writing.md`).
#[test]
fn every_outcome_reads_well() {
    let data = old_units::data();
    let mut resolver = Resolver::new(Some(data), None);
    let samples = [
        "Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang",
        "12 Lê Lợi, P.7, Q.3, TP.HCM",
        "Số 5, Phường Ngọc Hà, Quận Ba Đình, Hà Nội",
        "Phường Thụy Khuê, Quận Tây Hồ, Hà Nội",
        "Xã Bình An, An Giang",
        "Xa Van Lang, Tinh Thai Nguyen",
        "Vĩnh Thuận, Vĩnh Thuận, Kiên Giang",
        "Phường Ngọc Hà, Huyện Gia Lâm, Hà Nội",
        "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Thái Bình",
        "Huyện Châu Thành, Tỉnh Kiên Giang",
        "Xã Không Có, Huyện Châu Thành, Kiên Giang",
        "Xã A, Huyện Không Có, Kiên Giang",
        "Xã A, Tỉnh Không Có",
        "Phường Thuận Hòa, Thừa Thiên Huế",
        "Xã Ba Đình, Hà Nội",
    ];
    let mut outcomes: Vec<(Outcome, Option<String>)> = samples
        .iter()
        .map(|a| {
            let r = resolver.resolve(AddressCells::address(a));
            (r.outcome, r.street.map(str::to_owned))
        })
        .collect();
    outcomes.push((Outcome::Missing, None));
    outcomes.push((Outcome::NeedsOldData, None));
    let mut in_list = Resolver::new(
        Some(data),
        CommuneCode::parse("30898")
            .ok()
            .and_then(|c| sansang::rules::units::commune(c))
            .map(|c| c.province),
    );
    outcomes.push((
        in_list
            .resolve(AddressCells::address(
                "Xã Tân Lân, Huyện Cần Đước, Tỉnh Long An",
            ))
            .outcome,
        None,
    ));
    let kinds: std::collections::BTreeSet<&str> = outcomes
        .iter()
        .map(|(o, _)| t::how_label(o, Lang::En))
        .collect();
    assert!(kinds.len() >= 10, "{kinds:?}");
    for (outcome, street) in &outcomes {
        for lang in [Lang::Vi, Lang::En] {
            let sentence = t::outcome_sentence(outcome, Some(data), street.as_deref(), lang);
            wording::assert_follows_ux_md(&sentence);
            wording::assert_follows_ux_md(t::how_label(outcome, lang));
        }
    }
    for lang in [Lang::Vi, Lang::En] {
        for text in [
            t::TITLE,
            t::LEAD,
            t::PRIVACY_NOTE,
            t::LOADING,
            t::LOAD_OFFLINE,
            t::LOAD_DAMAGED,
            t::NOTHING_TO_CONVERT,
            t::NOTHING_PASTED,
            t::COPIED,
            t::COPY_REFUSED,
            t::FIELD_MANY_HINT,
        ] {
            wording::assert_follows_ux_md(text.get(lang));
        }
        wording::assert_follows_ux_md(&t::source_note(lang));
        wording::assert_follows_ux_md(&t::summary(6, 4, 1, lang));
        wording::assert_follows_ux_md(&t::too_many_lines(6_000, MAX_LINES, lang));
    }
    assert_eq!(
        t::summary(6, 4, 1, Lang::Vi),
        "6 địa chỉ: 4 có xã, phường hiện nay, 1 cần chọn vì xã cũ được chia, 1 cần xem lại."
    );
    assert_eq!(
        t::too_many_lines(6_000, MAX_LINES, Lang::Vi),
        "Có 6.000 dòng, nhiều hơn 5.000 dòng đổi được một lần; chia danh sách thành nhiều phần, hoặc dùng Kiểm tra danh sách"
    );
}
