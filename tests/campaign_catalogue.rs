#![cfg(not(target_arch = "wasm32"))]
//! Exact sentences of the campaign tracker (a sample), Vietnamese in NFC, and "Cách tính" lines
//! built from the document figures (docs/rules.md §4).

use chrono::NaiveDate;
use sansang::catalogue::campaign::{change, problem, role, step};
use sansang::catalogue::{Lang, Localized};
use sansang::rules::campaign::examples::{ExampleId, hue_2025, hung_yen_2025, kien_giang_2024};
use sansang::rules::campaign::metrics::{Change, Projection, Ratio, Status, Step, explain, report};
use sansang::rules::campaign::report_table::{RowProblem, RowReason};
use sansang::rules::campaign::share_link::{Damage, ShareLinkError};
use sansang::rules::campaign::table::Role;
use sansang::rules::campaign::{
    BasisPoints, CampaignProblem, DayCounting, DayKind, ExclusionReason, IndicatorKind, Rounding,
    TallyAt, TextField,
};
use unicode_normalization::UnicodeNormalization;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn both(x: &dyn Localized) -> (String, String) {
    (x.localize(Lang::Vi), x.localize(Lang::En))
}

#[test]
fn hue_how_it_is_computed() {
    // Huế 7218/UBND-TĐKT: 80 % of 8.630 = 6.904; 1.309 / 8.630 = 15,17 %; 5.595 left; 21 days.
    let ex = hue_2025();
    let r = ex.report();
    let steps = explain(&ex.campaign, &r, 0, Some(0));
    let vi: Vec<String> = steps.iter().map(|s| s.localize(Lang::Vi)).collect();
    let en: Vec<String> = steps.iter().map(|s| s.localize(Lang::En)).collect();
    assert_eq!(
        vi,
        vec![
            "Cơ sở tính = 8.630 (không có trường hợp loại trừ)",
            "Chỉ tiêu = 80\u{a0}% của 8.630 = 6.904 (làm tròn gần nhất)",
            "Tỷ lệ đạt = 1.309 ÷ 8.630 = 15,17\u{a0}%",
            "Còn lại = 6.904 − 1.309 = 5.595",
            "Cần mỗi ngày = 5.595 ÷ 21 ngày = 266,4, tức ít nhất 267 mỗi ngày (ngày theo lịch, không tính hôm nay)",
            "Chưa dự kiến được ngày xong: chưa có tiến độ nào kể từ ngày bắt đầu",
            "Đã qua 1 / 22 ngày của chiến dịch (4,5\u{a0}%)",
        ]
    );
    assert_eq!(
        en[1],
        "Target = 80% of 8,630 = 6,904 (rounded to the nearest)"
    );
    assert_eq!(en[2], "Achieved = 1,309 ÷ 8,630 = 15.17%");
    assert_eq!(
        en[4],
        "Needed per day = 5,595 ÷ 21 days = 266.4, so at least 267 a day (calendar days, not counting today)"
    );
}

#[test]
fn run_rate_and_projection_sentences() {
    let step = Step::RunRate {
        gained: 2_000,
        days: 10,
        since: date(2025, 6, 1),
        source: sansang::rules::campaign::metrics::BaselineSource::AssumedZero,
    };
    assert_eq!(
        both(&step),
        (
            "Tốc độ = 2.000 ÷ 10 ngày = 200,0 mỗi ngày (tính từ 0 vào ngày bắt đầu 01/06/2025)".into(),
            "Run rate = 2,000 ÷ 10 days = 200.0 a day (counting from 0 on the start date 01/06/2025)".into()
        )
    );
    let p = Projection::Finish {
        date: date(2025, 7, 10),
        by_deadline: false,
    };
    assert_eq!(
        both(&p),
        (
            "Với tốc độ này, dự kiến xong ngày 10/07/2025, sau hạn chót".into(),
            "At this rate, the work would be done on 10/07/2025, after the deadline".into()
        )
    );
}

#[test]
fn problem_sentences() {
    let cases: Vec<(CampaignProblem, &str, &str)> = vec![
        (
            CampaignProblem::EmptyText {
                field: TextField::CampaignName,
            },
            "Nhập tên chiến dịch",
            "Enter the campaign's name",
        ),
        (
            CampaignProblem::DeadlineBeforeStart {
                indicator: 0,
                start: date(2025, 6, 1),
                deadline: date(2025, 5, 1),
            },
            "Hạn chót của chỉ tiêu 1 phải từ ngày bắt đầu (01/06/2025) trở đi",
            "The deadline of indicator 1 must be on or after the start date (01/06/2025)",
        ),
        (
            CampaignProblem::ExclusionsAboveBase {
                at: TallyAt {
                    unit: 0,
                    indicator: 0,
                    index: 0,
                },
                excluded: 1_200,
                base: 1_000,
            },
            "Dòng 1, chỉ tiêu 1: số loại trừ (1.200) lớn hơn tổng số (1.000); sửa một trong hai số",
            "Row 1, indicator 1: the exclusions (1,200) are more than the total (1,000); correct one of them",
        ),
        (
            CampaignProblem::PhaseSharesDoNotAddUp {
                indicator: 1,
                total: BasisPoints(8_000),
            },
            "Các giai đoạn của chỉ tiêu 2 cộng lại là 80\u{a0}% chỉ tiêu, không phải 100\u{a0}%",
            "The phases of indicator 2 add up to 80% of the quota, not 100%",
        ),
        (
            CampaignProblem::DuplicateUnit {
                first: 1,
                second: 4,
            },
            "Dòng 5 trùng với dòng 2: xoá một trong hai dòng",
            "Row 5 repeats row 2: delete one of them",
        ),
        (
            CampaignProblem::PhasesOutOfOrder {
                indicator: 0,
                phase: 1,
                end: date(2025, 1, 1),
                previous_end: date(2025, 1, 31),
            },
            "Giai đoạn 2 của chỉ tiêu 1 phải kết thúc sau giai đoạn 1 (31/01/2025)",
            "Phase 2 of indicator 1 must end after phase 1 (31/01/2025)",
        ),
    ];
    for (p, vi, en) in cases {
        assert_eq!(both(&p), (vi.to_owned(), en.to_owned()));
    }
    // With the campaign, indicators are named as the user named them.
    let kg = kien_giang_2024().campaign;
    let p = CampaignProblem::MixedPhaseTargets { indicator: 1 };
    assert_eq!(
        problem(&p, &kg, Lang::Vi),
        "Giai đoạn của “Hợp tác xã” có cái tính theo phần trăm, có cái tính theo số lượng, nên không kiểm tra được tổng"
    );
}

#[test]
fn link_and_row_sentences() {
    assert_eq!(
        both(&ShareLinkError::NewerVersion { found: 3 }),
        (
            "Đường liên kết này được tạo bằng phiên bản Sẵn Sàng mới hơn. Tải lại trang để cập nhật".into(),
            "This link was made by a newer version of Sẵn Sàng. Reload the page to update".into()
        )
    );
    assert_eq!(
        ShareLinkError::Damaged(Damage::BadChecksum).localize(Lang::Vi),
        "Đường liên kết bị hỏng hoặc bị cắt mất một phần. Nhờ người gửi sao chép lại toàn bộ đường liên kết"
    );
    let p = RowProblem {
        row: 4,
        reason: RowReason::NotANumber {
            column: "Tổng số".into(),
            text: "1,5".into(),
        },
    };
    assert_eq!(
        both(&p),
        (
            "Dòng 4, cột “Tổng số”: cần một số nguyên, như 2.129.289 (đang là “1,5”); ô này không được đọc".into(),
            "Row 4, column “Tổng số”: a whole number is needed, like 2,129,289 (found “1,5”); this cell was not read".into()
        )
    );
    let hy = hung_yen_2025().campaign;
    assert_eq!(
        role(Role::Done(1), &hy, Lang::Vi),
        "Tài khoản định danh điện tử mức độ 2: số đã đạt"
    );
    assert_eq!(
        role(Role::Base(0), &hy, Lang::En),
        "Thu nhận hồ sơ (công dân từ 14 tuổi): total (base)"
    );
}

#[test]
fn labels() {
    let counting = DayCounting {
        kind: DayKind::Working,
        today_counts: false,
    };
    assert_eq!(
        both(&counting),
        (
            "ngày làm việc, không tính hôm nay".into(),
            "working days, not counting today".into()
        )
    );
    assert_eq!(
        both(&Rounding::Up),
        ("làm tròn lên".into(), "rounded up".into())
    );
    assert_eq!(both(&Status::UnderThreshold).0, "Dưới ngưỡng cảnh báo");
    assert_eq!(both(&ExclusionReason::NoOwnSim).0, "Không có SIM chính chủ");
    assert_eq!(
        both(&IndicatorKind::Level2Accounts),
        (
            "Tài khoản định danh điện tử mức độ 2".into(),
            "Level-2 e-ID accounts".into()
        )
    );
}

#[test]
fn kien_giang_notes_and_totals_explain() {
    let ex = kien_giang_2024();
    let note = ex.figures.iter().find_map(|f| f.note).unwrap();
    assert_eq!(
        note.localize(Lang::Vi),
        "Kế hoạch cộng các số đã làm tròn của từng huyện, nên lệch 1 so với phép tính trên tổng của tỉnh (làm tròn gần nhất)"
    );
    let r = report(&ex.campaign, ex.as_of, &|_: NaiveDate| true);
    let totals = explain(&ex.campaign, &r, 0, None);
    assert_eq!(
        totals.last().map(|s| s.localize(Lang::Vi)).unwrap(),
        "Chưa có số đã đạt: nhập số liệu để tính tỷ lệ và tiến độ"
    );
    assert!(explain(&ex.campaign, &r, 0, Some(99)).is_empty());
    assert!(explain(&ex.campaign, &r, 9, None).is_empty());
}

#[test]
fn chained_bases_and_what_changed_since_are_said_with_their_figures() {
    let ex = hung_yen_2025();
    let r = ex.report();
    let steps = explain(&ex.campaign, &r, 1, Some(0));
    assert_eq!(
        step(&steps[0], &ex.campaign, Lang::Vi),
        format!(
            "Cơ sở tính = số đã đạt của “Thu nhận hồ sơ (công dân từ 14 tuổi)” = {}",
            sansang::catalogue::count(ex.campaign.units[0].tallies[0].done.unwrap(), Lang::Vi)
        )
    );
    let hue = hue_2025().campaign;
    let changes = [
        Change::DaysPassed { days: 544 },
        Change::DeadlinePassed {
            indicator: 0,
            deadline: date(2025, 6, 30),
        },
        Change::RequiredPerDay {
            indicator: 0,
            then: Some(Ratio::new(5_595, 21)),
            now: None,
        },
    ];
    let vi: Vec<String> = changes.iter().map(|c| change(c, &hue, Lang::Vi)).collect();
    assert_eq!(
        vi,
        vec![
            "Đã 544 ngày kể từ ngày của số liệu; nếu từ đó chưa làm thêm được gì:",
            "“Doanh nghiệp và hợp tác xã”: đã qua hạn chót 30/06/2025",
            "“Doanh nghiệp và hợp tác xã”: cần mỗi ngày — (ngày của số liệu: 266,4 (ít nhất 267))",
        ]
    );
}

/// Every sentence the catalogue produces for the examples and a spread of problems is NFC and
/// free of the words docs/writing.md rules out.
#[test]
fn vietnamese_is_nfc_and_plain() {
    let mut sentences = Vec::new();
    for id in ExampleId::ALL {
        let ex = id.load();
        sentences.push(id.localize(Lang::Vi));
        for n in &ex.notes {
            sentences.push(n.localize(Lang::Vi));
        }
        for f in &ex.figures {
            sentences.push(f.figure.localize(Lang::Vi));
            if let Some(n) = f.note {
                sentences.push(n.localize(Lang::Vi));
            }
        }
        let r = ex.report();
        for x in 0..ex.campaign.indicators.len() {
            for i in 0..ex.campaign.units.len().min(3) {
                for s in explain(&ex.campaign, &r, x, Some(i)) {
                    sentences.push(step(&s, &ex.campaign, Lang::Vi));
                }
            }
            sentences.push(role(Role::Done(x), &ex.campaign, Lang::Vi));
            sentences.push(role(Role::Base(x), &ex.campaign, Lang::Vi));
        }
        for p in ex.campaign.validate() {
            sentences.push(problem(&p, &ex.campaign, Lang::Vi));
        }
    }
    for s in &sentences {
        assert_eq!(s.nfc().collect::<String>(), *s);
        let lower = s.to_lowercase();
        for banned in [
            "không hợp lệ",
            "vui lòng",
            "xin lỗi",
            "invalid",
            "please",
            "sorry",
        ] {
            assert!(!lower.contains(banned), "{s}");
        }
    }
    assert!(sentences.len() > 40);
}
