//! The campaign tracker's page state (`sansang::forms::campaign`), natively: every action the
//! page dispatches, table by table, and the weekly table's steps (load, map, date, apply).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use chrono::NaiveDate;
use sansang::forms::Reducer;
use sansang::forms::campaign::{
    ImportAction, ImportMode, Imported, TableSource, TrackerAction, TrackerState,
};
use sansang::rules::campaign::edit::{CampaignEdit, TallyEdit};
use sansang::rules::campaign::examples::ExampleId;
use sansang::rules::campaign::report_table::{TableRow, rows_from_text};
use sansang::rules::campaign::table::Role;
use sansang::rules::campaign::{Campaign, DonePoint, Place};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn after(
    state: TrackerState,
    actions: impl IntoIterator<Item = TrackerAction>,
) -> Rc<TrackerState> {
    actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.apply(action))
}

fn rows(text: &str) -> Vec<TableRow> {
    rows_from_text(text)
}

fn load(text: &str, today: NaiveDate) -> TrackerAction {
    TrackerAction::Import(ImportAction::Load {
        source: TableSource::Paste,
        rows: rows(text),
        today,
    })
}

#[test]
fn actions_table() {
    let hue = ExampleId::Hue2025.load().campaign;
    // (actions, name, units, example, editing)
    type Case = (
        Vec<TrackerAction>,
        &'static str,
        usize,
        Option<ExampleId>,
        Option<usize>,
    );
    let cases: Vec<Case> = vec![
        (vec![], "Chiến dịch mới", 0, None, None),
        (
            vec![TrackerAction::LoadExample(ExampleId::HungYen2025)],
            "Định danh điện tử — Hưng Yên (10/2025)",
            104,
            Some(ExampleId::HungYen2025),
            None,
        ),
        (
            vec![
                TrackerAction::LoadExample(ExampleId::Hue2025),
                TrackerAction::ToggleUnit(0),
            ],
            "Cao điểm định danh điện tử tổ chức — Huế",
            1,
            Some(ExampleId::Hue2025),
            Some(0),
        ),
        // Toggling twice closes; a unit that does not exist opens nothing.
        (
            vec![
                TrackerAction::LoadExample(ExampleId::Hue2025),
                TrackerAction::ToggleUnit(0),
                TrackerAction::ToggleUnit(0),
                TrackerAction::ToggleUnit(7),
            ],
            "Cao điểm định danh điện tử tổ chức — Huế",
            1,
            Some(ExampleId::Hue2025),
            None,
        ),
        // An edit forgets the example (its published figures no longer apply).
        (
            vec![
                TrackerAction::LoadExample(ExampleId::Hue2025),
                TrackerAction::Edit(CampaignEdit::SetName("Sửa".into())),
            ],
            "Sửa",
            1,
            None,
            None,
        ),
        // Removing the unit being edited closes it.
        (
            vec![
                TrackerAction::LoadExample(ExampleId::Hue2025),
                TrackerAction::ToggleUnit(0),
                TrackerAction::Edit(CampaignEdit::RemoveUnit(0)),
            ],
            "Cao điểm định danh điện tử tổ chức — Huế",
            0,
            None,
            None,
        ),
        (
            vec![
                TrackerAction::LoadExample(ExampleId::Hue2025),
                TrackerAction::New {
                    name: "New campaign".into(),
                    today: date(2026, 12, 5),
                },
            ],
            "New campaign",
            0,
            None,
            None,
        ),
        (
            vec![TrackerAction::Open(hue.clone())],
            "Cao điểm định danh điện tử tổ chức — Huế",
            1,
            None,
            None,
        ),
    ];
    for (actions, name, units, example, editing) in cases {
        let label = format!("{actions:?}");
        let s = after(TrackerState::default(), actions);
        assert_eq!(
            (
                s.campaign.name.as_str(),
                s.campaign.units.len(),
                s.example,
                s.editing
            ),
            (name, units, example, editing),
            "{label:.120}"
        );
    }
    // "Today" is the action's: a new campaign starts on it, 30 days long.
    let s = after(
        TrackerState::default(),
        [TrackerAction::New {
            name: "Mới".into(),
            today: date(2026, 12, 5),
        }],
    );
    assert_eq!(s.campaign.start, date(2026, 12, 5));
    assert_eq!(s.campaign.indicators[0].deadline, date(2027, 1, 4));
}

#[test]
fn an_edit_copies_the_campaign_once_and_nothing_else() {
    let s = after(
        TrackerState::default(),
        [TrackerAction::LoadExample(ExampleId::HungYen2025)],
    );
    let before = s.campaign.clone();
    // The page holds the same Rc: opening a unit's figures shares the campaign.
    let opened = s.clone().apply(TrackerAction::ToggleUnit(3));
    assert!(Rc::ptr_eq(&opened.campaign, &before));
    // An edit changes one copy; the old campaign (an earlier render's) is unchanged.
    let edited = opened.apply(TrackerAction::Edit(CampaignEdit::Tally {
        unit: 3,
        indicator: 0,
        edit: TallyEdit::SetDone(Some(1)),
    }));
    assert!(!Rc::ptr_eq(&edited.campaign, &before));
    assert_eq!(edited.campaign.units[3].tallies[0].done, Some(1));
    // Only the edited unit was copied: the other 103 are shared with the campaign before.
    let shared = edited
        .campaign
        .units
        .iter()
        .zip(&before.units)
        .filter(|(a, b)| Rc::ptr_eq(a, b))
        .count();
    assert_eq!(shared, 103);
    // The page is told which indicator's figures moved.
    assert_eq!(edited.figures_edited, Some(0));
    assert_eq!(
        edited
            .clone()
            .apply(TrackerAction::ToggleUnit(3))
            .figures_edited,
        None
    );
    assert_ne!(before.units[3].tallies[0].done, Some(1));
    assert_eq!(edited.editing, Some(3));
}

const WEEK: &str = "Xã, phường\tHồ sơ đã thu nhận\tTài khoản mức 2 đã cấp\tTổ chức đã được hướng dẫn\tTổ chức đã được cấp tài khoản\n\
Phường Phố Hiến\t16.000\t14.500\t200\t160\n\
Xã Tân Hưng\t25.000\t22.000\t-\t-\n";

#[test]
fn a_weekly_table_updates_the_figures_and_keeps_the_week_before() {
    let s = after(
        TrackerState::default(),
        [
            TrackerAction::LoadExample(ExampleId::HungYen2025),
            load(WEEK, date(2025, 11, 3)),
        ],
    );
    let import = s.import.as_ref().expect("a table");
    assert_eq!(import.mode, ImportMode::Update);
    // The table's date: today, after the campaign's figures' date.
    assert_eq!(import.date, date(2025, 11, 3));
    let reading = import.reading.as_ref().unwrap();
    assert_eq!(
        (reading.matched, reading.added, reading.errors()),
        (2, 0, 0)
    );
    let s = after(
        Rc::unwrap_or_clone(s),
        [
            TrackerAction::Import(ImportAction::SetDate(date(2025, 11, 7))),
            TrackerAction::Import(ImportAction::Apply),
        ],
    );
    assert!(s.import.is_none());
    assert_eq!(
        s.imported,
        Some(Imported {
            matched: 2,
            added: 0,
            indicators_added: 0,
            errors: 0,
            date: Some(date(2025, 11, 7)),
        })
    );
    assert_eq!(s.example, None);
    assert_eq!(s.campaign.as_of, Some(date(2025, 11, 7)));
    let phu_hien = s
        .campaign
        .units
        .iter()
        .find(|u| matches!(u.place, Place::Commune(_)) && u.tallies[0].done == Some(16_000))
        .expect("Phố Hiến updated");
    assert_eq!(
        phu_hien.tallies[3].history.last(),
        Some(&DonePoint {
            date: date(2025, 11, 7),
            done: 160
        })
    );
    assert_eq!(phu_hien.tallies[0].history.len(), 4);
}

#[test]
fn an_unsure_column_is_confirmed_before_the_table_is_applied() {
    let table = "Đơn vị\tSố liệu tuần này\n00004\t120\n";
    let mut c = Campaign::clone(&ExampleId::Hue2025.load().campaign);
    c.units.clear();
    let s = after(
        TrackerState::default(),
        [TrackerAction::Open(c), load(table, date(2025, 6, 12))],
    );
    let import = s.import.as_ref().unwrap();
    // An empty campaign takes the table as its units.
    assert_eq!(import.mode, ImportMode::Replace);
    let layout = import.layout.as_ref().unwrap();
    assert!(layout.mapping.needs_review());
    let s = after(
        Rc::unwrap_or_clone(s),
        [TrackerAction::Import(ImportAction::SetRole {
            column: 1,
            role: Role::Done(0),
        })],
    );
    let reading = s.import.as_ref().unwrap().reading.as_ref().unwrap();
    assert_eq!(reading.update.rows.len(), 1);
    let s = s.apply(TrackerAction::Import(ImportAction::Apply));
    assert_eq!(s.campaign.units.len(), 1);
    assert_eq!(s.campaign.units[0].place, Place::Commune(4));
    assert_eq!(s.campaign.units[0].tallies[0].done, Some(120));
    // Replacing records no history and keeps the figures' date.
    assert!(s.campaign.units[0].tallies[0].history.is_empty());
    assert_eq!(s.imported.as_ref().unwrap().date, None);
}

#[test]
fn a_table_with_no_header_is_dropped_without_changing_anything_and_cancel_drops_it() {
    let s = after(
        TrackerState::default(),
        [
            TrackerAction::LoadExample(ExampleId::Hue2025),
            load("1\t2\n3\t4\n", date(2025, 6, 12)),
        ],
    );
    assert!(s.import.as_ref().unwrap().layout.is_none());
    let before = s.campaign.clone();
    let s = s.apply(TrackerAction::Import(ImportAction::Apply));
    assert!(s.import.is_none());
    assert!(Rc::ptr_eq(&s.campaign, &before));
    let s = after(
        Rc::unwrap_or_clone(s),
        [
            load(WEEK, date(2025, 6, 12)),
            TrackerAction::Import(ImportAction::Cancel),
        ],
    );
    assert!(s.import.is_none());
    assert!(Rc::ptr_eq(&s.campaign, &before));
}

#[test]
fn drafts_of_the_first_tracker_still_read() {
    // A draft saved by the first tracker: the one-indicator campaign and "as of" beside it.
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/campaign-formats/v2-hue-2025.json"
    ))
    .unwrap();
    let draft = format!(r#"{{"campaign": {old}, "as_of": "2025-06-09", "example": "Hue2025"}}"#);
    let state: TrackerState = serde_json::from_str(&draft).unwrap();
    assert_eq!(state.campaign.as_of, Some(date(2025, 6, 9)));
    assert_eq!(state.example, Some(ExampleId::Hue2025));
    assert_eq!(state.campaign.units[0].tallies[0].done, Some(1_309));
    // The commune example of the first tracker is now part of Hưng Yên's.
    let draft = format!(r#"{{"campaign": {old}, "example": "HungYen2025Communes"}}"#);
    let state: TrackerState = serde_json::from_str(&draft).unwrap();
    assert_eq!(state.example, Some(ExampleId::HungYen2025));
    // A draft of this tracker round-trips (the page's passing state is not saved).
    let s = after(
        TrackerState::default(),
        [
            TrackerAction::LoadExample(ExampleId::DongNai2026),
            TrackerAction::ToggleUnit(2),
        ],
    );
    let json = serde_json::to_string(&*s).unwrap();
    let back: TrackerState = serde_json::from_str(&json).unwrap();
    assert_eq!(back.campaign, s.campaign);
    assert_eq!(back.example, Some(ExampleId::DongNai2026));
    assert_eq!(back.editing, None);
}
