#![cfg(not(target_arch = "wasm32"))]
//! The units × indicators table: the tracker's export read back (every example, and files
//! exported by the first tracker, kept as fixtures), officers' weekly report tables as they keep
//! them (titles, two-row headers, column numbers, totals, names written five ways), the mapping
//! step, and property tests (no table panics).

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::campaign::edit::{CampaignEdit, apply};
use sansang::rules::campaign::examples::{ExampleId, hung_yen_2025, kien_giang_2024};
use sansang::rules::campaign::report_table::{
    RowReason, TableRow, find_layout, read_rows, read_units_table, rows_from_text, units_of,
};
use sansang::rules::campaign::table::{Role, recognise, units_to_rows};
use sansang::rules::campaign::{
    Campaign, DonePoint, ExclusionReason, Indicator, IndicatorKind, Month, Place, Unit,
};
use sansang::rules::delimited::{Confidence, CsvOptions, write_csv};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn table(rows: &[&[&str]]) -> Vec<TableRow> {
    rows.iter()
        .enumerate()
        .map(|(i, cells)| TableRow {
            row: i + 1,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        })
        .collect()
}

fn without_history(units: &[std::rc::Rc<Unit>]) -> Vec<Unit> {
    let mut units: Vec<Unit> = units.iter().map(|u| Unit::clone(u)).collect();
    for u in &mut units {
        for t in &mut u.tallies {
            t.history.clear();
        }
    }
    units
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/campaign-formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn every_example_round_trips_through_its_csv_export() {
    for id in ExampleId::ALL {
        let c = id.load().campaign;
        let month = c.as_of.map(Month::of);
        let csv = write_csv(units_to_rows(&c, month), CsvOptions::EXCEL);
        let (units, problems) = read_units_table(&rows_from_text(&csv), &c);
        assert!(problems.is_empty(), "{id:?}: {problems:?}");
        let mut expected = without_history(&c.units);
        // A monthly indicator's table holds the figures' month.
        for (i, x) in c.indicators.iter().enumerate() {
            if x.measure == sansang::rules::campaign::Measure::Monthly {
                for u in &mut expected {
                    let t = &mut u.tallies[i];
                    t.months.clear();
                }
            }
        }
        let mut got = units.clone();
        for (i, x) in c.indicators.iter().enumerate() {
            if x.measure == sansang::rules::campaign::Measure::Monthly {
                for u in &mut got {
                    u.tallies[i].base = 0;
                    u.tallies[i].done = None;
                }
            }
        }
        assert_eq!(got, expected, "{id:?}");
    }
}

#[test]
fn the_multi_indicator_export_names_each_indicators_columns() {
    let c = hung_yen_2025().campaign;
    let rows = units_to_rows(&c, None);
    let header = &rows[0];
    assert_eq!(header[0], "Mã xã");
    assert_eq!(header[2], "Thu nhận hồ sơ (công dân từ 14 tuổi) — Tổng số");
    assert!(header.contains(&"Tài khoản định danh điện tử mức độ 2 — Đã đạt".to_owned()));
    // A chained base has no base column.
    assert!(!header.contains(&"Tài khoản định danh điện tử mức độ 2 — Tổng số".to_owned()));
    assert_eq!(rows.len(), 105);
    assert_eq!(rows[1][0], "11953");
}

#[test]
fn files_exported_by_the_first_tracker_still_import() {
    // Today's export format, one indicator, plain headers ("Tổng số", "Đã đạt", "Loại trừ: …").
    for (csv, json) in [
        (
            "hung-yen-2025-communes.csv",
            "v2-hung-yen-2025-communes.json",
        ),
        ("kien-giang-2024.csv", "v2-kien-giang-2024.json"),
        ("hand-built.csv", "v2-hand-built.json"),
    ] {
        let campaign: Campaign = serde_json::from_str(&fixture(json)).unwrap();
        let (units, problems) = read_units_table(&rows_from_text(&fixture(csv)), &campaign);
        // The hand-built campaign had a code that is no commune (00031): the first tracker
        // refused that row on import too.
        let expected: Vec<Unit> = without_history(&campaign.units)
            .into_iter()
            .filter(|u| u.place != Place::Commune(31))
            .collect();
        let refused: Vec<RowReason> = problems.into_iter().map(|p| p.reason).collect();
        if csv == "hand-built.csv" {
            assert_eq!(refused, vec![RowReason::UnknownCommune { code: 31 }]);
        } else {
            assert!(refused.is_empty(), "{csv}: {refused:?}");
        }
        assert_eq!(units, expected, "{csv}");
        // Into a fresh campaign too: same figures, the place read from code or name.
        let fresh = Campaign::new(
            "Mới",
            Indicator::new(IndicatorKind::OrganizationAccounts, date(2026, 12, 31)),
            date(2026, 12, 1),
        );
        let (units, _) = read_units_table(&rows_from_text(&fixture(csv)), &fresh);
        assert_eq!(units.len(), expected.len(), "{csv}");
    }
}

/// A weekly report as a commune police team keeps it for Hưng Yên: title rows, a header on two
/// rows (indicator names merged over their sub-columns), a row of column numbers, STT and rate
/// columns, communes by name written several ways, a total row, numbers with separators.
const WEEKLY: &str = "\
CÔNG AN TỈNH HƯNG YÊN\t\t\t\t\t\t\t\t
BÁO CÁO TIẾN ĐỘ THU NHẬN HỒ SƠ VÀ CẤP TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ\t\t\t\t\t\t\t\t
(Số liệu đến ngày 07/11/2025)\t\t\t\t\t\t\t\t
\t\t\t\t\t\t\t\t
STT\tĐơn vị\tTổng số công dân từ 14 tuổi\tThu nhận hồ sơ\t\tTài khoản định danh điện tử mức 2\t\tTổ chức đã được hướng dẫn\tGhi chú
\t\t\tĐã thu nhận\tTỷ lệ (%)\tĐã cấp\tTỷ lệ (%)\t\t
(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)
1\tPhường Phố Hiến\t21.211\t15.100\t71,2\t14.000\t92,7\t190\t
2\tXã Tân Hưng\t31,644\t24.000\t75,8\t21.900\t91,3\t-\t
3\tP. Sơn Nam\t\t19.500\t\t18.100\t\t150\tbáo cáo muộn
4\txa nhu quynh\t18.000\t13.000\t72,2\t12.500\t96,2\t1.5\t
5\tXã Không Có Thật\t1.000\t900\t90\t800\t88,9\t10\t
\tTổng cộng\t71.855\t72.500\t\t67.300\t\t350\t
";

#[test]
fn a_weekly_report_table_is_read_as_officers_keep_it() {
    let c = hung_yen_2025().campaign;
    let rows = rows_from_text(WEEKLY);
    let layout = find_layout(&rows, &c).expect("a header");
    assert_eq!(layout.header_row(&rows), 5);
    assert_eq!(layout.header_rows, 2);
    // Data start after the row of column numbers.
    assert_eq!(rows[layout.data_index].row, 8);
    let roles: Vec<Role> = layout.mapping.columns.iter().map(|g| g.role).collect();
    assert_eq!(
        roles,
        vec![
            Role::Ignore,
            Role::Name,
            Role::Base(0),
            Role::Done(0),
            Role::Ignore,
            Role::Done(1),
            Role::Ignore,
            Role::Done(2),
            Role::Ignore,
        ]
    );
    assert!(!layout.mapping.needs_review(), "{:?}", layout.mapping);
    let reading = read_rows(&rows, &layout, &c, date(2025, 11, 7), true);
    assert_eq!(reading.total_rows, vec![13]);
    assert_eq!(reading.matched, 4);
    assert_eq!(reading.added, 1);
    let places: Vec<&Place> = reading.update.rows.iter().map(|r| &r.place).collect();
    let code = |name: &str| match sansang::rules::units::match_commune_name(
        name,
        sansang::rules::units::ProvinceCode::new(33).ok(),
    ) {
        sansang::rules::units::CommuneMatch::Exact(c) => Place::Commune(c.code.get()),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(
        places,
        vec![
            &code("Phường Phố Hiến"),
            &code("Xã Tân Hưng"),
            &code("Phường Sơn Nam"),
            &code("Xã Như Quỳnh"),
            &Place::Named("Xã Không Có Thật".into()),
        ]
    );
    let first = &reading.update.rows[0].figures;
    assert_eq!(first[0].base, Some(21_211));
    assert_eq!(first[0].done, Some(15_100));
    assert_eq!(first[1].done, Some(14_000));
    assert_eq!(first[2].done, Some(190));
    // "31,644" is read as thousands (a count has no decimals); "-" is nothing.
    assert_eq!(reading.update.rows[1].figures[0].base, Some(31_644));
    assert!(
        reading.update.rows[1]
            .figures
            .iter()
            .all(|f| f.indicator != 2)
    );
    let problems: Vec<(usize, RowReason)> = reading
        .problems
        .iter()
        .map(|p| (p.row, p.reason.clone()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                11,
                RowReason::NotANumber {
                    column: "Tổ chức đã được hướng dẫn".into(),
                    text: "1.5".into()
                }
            ),
            (
                12,
                RowReason::NotACommune {
                    name: "Xã Không Có Thật".into()
                }
            ),
        ]
    );

    // Applying it: the week before goes into the history, the new figures on 07/11/2025.
    let mut updated = c.clone();
    apply(
        &mut updated,
        CampaignEdit::ApplyReport(reading.update.clone()),
    );
    assert_eq!(updated.as_of, Some(date(2025, 11, 7)));
    assert_eq!(updated.units.len(), 105);
    let phu_hien = updated
        .units
        .iter()
        .position(|u| u.place == code("Phường Phố Hiến"))
        .unwrap();
    let t = &updated.units[phu_hien].tallies[0];
    assert_eq!(t.done, Some(15_100));
    assert_eq!(
        t.history.last(),
        Some(&DonePoint {
            date: date(2025, 11, 7),
            done: 15_100
        })
    );
    assert_eq!(t.history.len(), 4);
    // Units the table did not mention keep their figures.
    let untouched = updated
        .units
        .iter()
        .zip(&c.units)
        .filter(|(a, b)| a == b)
        .count();
    assert_eq!(untouched, 100);
}

#[test]
fn a_first_report_into_a_campaign_without_history_keeps_the_previous_figure() {
    let mut c = Campaign::new(
        "Tuần",
        Indicator::new(IndicatorKind::CitizenRecords, date(2025, 12, 31)),
        date(2025, 10, 1),
    );
    c.as_of = Some(date(2025, 10, 31));
    c.set_units([Unit::single(
        Place::Named("Khối cơ quan".into()),
        1_000,
        Some(400),
    )]);
    let rows = table(&[&["Đơn vị", "Hồ sơ đã thu nhận"], &["Khối cơ quan", "520"]]);
    let layout = find_layout(&rows, &c).unwrap();
    let reading = read_rows(&rows, &layout, &c, date(2025, 11, 7), true);
    apply(&mut c, CampaignEdit::ApplyReport(reading.update));
    assert_eq!(
        c.units[0].tallies[0].history,
        vec![
            DonePoint {
                date: date(2025, 10, 31),
                done: 400
            },
            DonePoint {
                date: date(2025, 11, 7),
                done: 520
            },
        ]
    );
}

#[test]
fn headers_are_matched_by_the_tables_own_aliases() {
    let c = kien_giang_2024().campaign;
    let guess = |h: &str| recognise(h, &c);
    // The indicators' labels decide between four indicators of one kind.
    assert_eq!(
        guess("Số hợp tác xã đã được cấp tài khoản").role,
        Role::Done(1)
    );
    assert_eq!(guess("Doanh nghiệp — Đã đạt").role, Role::Done(0));
    assert_eq!(guess("Doanh nghiệp — Đã đạt").confidence, Confidence::Exact);
    assert_eq!(guess("Tổng số hợp tác xã").role, Role::Base(1));
    assert_eq!(guess("Chỉ tiêu giao doanh nghiệp").role, Role::Quota(0));
    assert_eq!(guess("Tỷ lệ đạt (%)").role, Role::Ignore);
    assert_eq!(guess("STT").role, Role::Ignore);
    assert_eq!(guess("Mã ĐVHC").role, Role::Code);
    assert_eq!(guess("Xã, phường, đặc khu").role, Role::Name);
    // A plain "Đã đạt" in a four-indicator campaign is a guess to confirm.
    assert_eq!(guess("Đã đạt").confidence, Confidence::Unsure);
    // Something the campaign does not count yet: a new indicator, to confirm.
    assert_eq!(
        guess("Số tài khoản đã kích hoạt").role,
        Role::NewIndicator(IndicatorKind::Activations)
    );
    assert_eq!(
        guess("Số tài khoản đã kích hoạt").confidence,
        Confidence::Unsure
    );
    // English headers and exclusions.
    let one = Campaign::new(
        "One",
        Indicator::new(IndicatorKind::CitizenRecords, date(2025, 12, 31)),
        date(2025, 10, 1),
    );
    assert_eq!(
        recognise("Excluded: abroad", &one).role,
        Role::Excluded(0, ExclusionReason::Abroad)
    );
    assert_eq!(recognise("Commune code", &one).role, Role::Code);
    assert_eq!(recognise("Records collected", &one).role, Role::Done(0));
}

#[test]
fn worked_out_columns_and_a_total_merged_over_stt_are_left_out() {
    let c = kien_giang_2024().campaign;
    // The tracker's progress table and some officers' reports: never a figure to read.
    for header in [
        "Còn lại",
        "Doanh nghiệp — Còn lại",
        "Doanh nghiệp — Cần/ngày",
        "Số còn thiếu",
        "Dưới ngưỡng ở",
        "Remaining",
        "Per day",
    ] {
        assert_eq!(recognise(header, &c).role, Role::Ignore, "{header}");
    }
    // "Tổng cộng" merged over the STT and name columns arrives in the row's first cell.
    let mut hung_yen = hung_yen_2025().campaign;
    hung_yen.units.truncate(3);
    let rows = table(&[
        &["STT", "Xã, phường", "Hồ sơ căn cước — Đã đạt"],
        &["1", "Phường Phố Hiến", "16500"],
        &["Tổng cộng", "", "60500"],
        &["", "Toàn tỉnh", "60500"],
    ]);
    let layout = find_layout(&rows, &hung_yen).expect("a header");
    let reading = read_rows(&rows, &layout, &hung_yen, date(2025, 11, 7), true);
    assert_eq!(reading.total_rows, [3, 4]);
    assert_eq!(reading.errors(), 0, "{:?}", reading.problems);
    assert_eq!(reading.matched, 1);
}

#[test]
fn an_unsure_mapping_is_confirmed_and_new_indicators_are_added() {
    let mut c = Campaign::new(
        "Mới",
        Indicator::new(IndicatorKind::CitizenRecords, date(2025, 12, 31)),
        date(2025, 10, 1),
    );
    let rows = table(&[
        &["Xã", "Hồ sơ đã thu nhận", "Số tài khoản đã kích hoạt"],
        &["00004", "100", "80"],
    ]);
    let mut layout = find_layout(&rows, &c).unwrap();
    assert!(layout.mapping.needs_review());
    // The officer says the first column holds codes.
    layout.mapping.set(0, Role::Code);
    let reading = read_rows(&rows, &layout, &c, date(2025, 10, 10), true);
    assert_eq!(
        reading.update.new_indicators,
        vec![(
            IndicatorKind::Activations,
            "Số tài khoản đã kích hoạt".to_owned()
        )]
    );
    apply(&mut c, CampaignEdit::ApplyReport(reading.update));
    assert_eq!(c.indicators.len(), 2);
    assert_eq!(c.units.len(), 1);
    assert_eq!(c.units[0].place, Place::Commune(4));
    assert_eq!(c.units[0].tallies[1].done, Some(80));
}

#[test]
fn bad_rows_are_reported_and_the_others_read() {
    let c = Campaign::new(
        "Thử",
        Indicator::new(IndicatorKind::CitizenRecords, date(2025, 12, 31)),
        date(2025, 10, 1),
    );
    let rows = table(&[
        &["Tên đơn vị", "TONG SO", "Đã đạt", "Ghi chú", "Abroad"],
        &["Phường A", "2.129.289", "1.933.164", "x", "1.000"],
        &["", "10", "5", "", ""],
        &["Xã C", "1,5", "", "", ""],
        &["", "", "", "", ""],
        &["Xã D", "100", "", "", "200"],
        &["Xã E", "1 000", "-3", "", ""],
        &["Xã F", "20"],
        &["Xã F", "30"],
    ]);
    let (units, problems) = read_units_table(&rows, &c);
    assert_eq!(units.len(), 3);
    assert_eq!(units[0].tallies[0].base, 2_129_289);
    assert_eq!(units[0].tallies[0].done, Some(1_933_164));
    assert_eq!(
        units[0].tallies[0].exclusions.get(ExclusionReason::Abroad),
        1_000
    );
    assert_eq!(units[1].place, Place::Named("Xã E".into()));
    assert_eq!(units[1].tallies[0].done, None);
    assert_eq!(units[2].place, Place::Named("Xã F".into()));
    let got: Vec<(usize, RowReason)> = problems.into_iter().map(|p| (p.row, p.reason)).collect();
    assert_eq!(
        got,
        vec![
            (3, RowReason::NoPlace),
            (
                4,
                RowReason::NotANumber {
                    column: "TONG SO".into(),
                    text: "1,5".into()
                }
            ),
            (
                6,
                RowReason::ExclusionsAboveBase {
                    excluded: 200,
                    base: 100
                }
            ),
            (
                7,
                RowReason::Negative {
                    column: "Đã đạt".into()
                }
            ),
            (9, RowReason::DuplicateUnit { first_row: 8 }),
        ]
    );
    // Codes that lost their leading zeros; a header without a place column.
    let (units, problems) = read_units_table(
        &table(&[&["Ma xa", "Base"], &["4", "10"], &["123456", "1"]]),
        &c,
    );
    assert_eq!(units, vec![Unit::single(Place::Commune(4), 10, None)]);
    assert_eq!(problems[0].row, 3);
    let (units, problems) = read_units_table(&table(&[&["Done"], &["1"]]), &c);
    assert!(units.is_empty());
    assert_eq!(problems[0].reason, RowReason::MissingPlaceColumn);
}

#[test]
fn units_of_a_reading_fit_the_campaigns_indicators() {
    let c = hung_yen_2025().campaign;
    let rows = rows_from_text(WEEKLY);
    let layout = find_layout(&rows, &c).unwrap();
    let reading = read_rows(&rows, &layout, &c, date(2025, 11, 7), false);
    let units = units_of(&reading, 4);
    assert!(units.iter().all(|u| u.tallies.len() == 4));
    assert!(
        units
            .iter()
            .all(|u| u.tallies.iter().all(|t| t.history.is_empty()))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_table_panics(cells in proptest::collection::vec(
        proptest::collection::vec(
            prop_oneof![
                Just(String::new()),
                Just("Tổng số".to_owned()),
                Just("Đã đạt".to_owned()),
                Just("Xã".to_owned()),
                Just("Mã xã".to_owned()),
                Just("Tổng cộng".to_owned()),
                Just("-".to_owned()),
                "[0-9.,]{0,12}",
                ".{0,20}",
            ],
            0..8,
        ),
        0..40,
    )) {
        let rows: Vec<TableRow> = cells
            .into_iter()
            .enumerate()
            .map(|(i, cells)| TableRow { row: i + 1, cells })
            .collect();
        for c in [hung_yen_2025().campaign, kien_giang_2024().campaign] {
            if let Some(layout) = find_layout(&rows, &c) {
                let reading = read_rows(&rows, &layout, &c, date(2025, 11, 7), true);
                let mut updated = c.clone();
                apply(&mut updated, CampaignEdit::ApplyReport(reading.update));
                prop_assert!(updated.units.iter().all(|u| u.tallies.len() == updated.indicators.len()));
            }
        }
    }

    #[test]
    fn any_text_reads_without_panic(text in ".{0,400}") {
        let rows = rows_from_text(&text);
        let c = kien_giang_2024().campaign;
        let _ = read_units_table(&rows, &c);
    }
}
