#![cfg(not(target_arch = "wasm32"))]

//! Student coverage estimator: age cohorts and their rules, turning 14, grades, the roster
//! reader, counts per class, coverage, the collection plan and the Hưng Yên 2026 figures.
//!
//! Sources: Luật Căn cước 2023 Art. 19, 21, 23 and Nghị định 69/2024/NĐ-CP Art. 7, 10 as
//! summarised in docs/rules.md §3.2–3.3; Luật Giáo dục 2019 Art. 28 (grade 1 in the year a child
//! turns 6); Bộ luật Lao động 2019 Art. 111–112 with the 2026 announced schedule (working days);
//! the Hưng Yên plan of April 2026 (docs/rules.md §4).

#[path = "support/wording.rs"]
mod wording;

use chrono::NaiveDate;
use sansang::catalogue::{Lang, Localized, students as t};
use sansang::rules::date::{DateError, DateSystem};
use sansang::rules::delimited::Delimiter;
use sansang::rules::name::NameError;
use sansang::rules::number::NumberError;
use sansang::rules::students::cohorts::{
    AccountRule, CardRule, SimRule, born_to_reach_age_between, school_year_start, turns_14,
};
use sansang::rules::students::counts::CountsInput;
use sansang::rules::students::coverage::{GroupLabel, compare_class_labels};
use sansang::rules::students::examples::hung_yen_2026;
use sansang::rules::students::plan::{CapacityInput, DeadlineError, ceil_div, schedule};
use sansang::rules::students::roster::{
    ColumnChoiceError, RowIssue, RowProblem, RowWarning, RowWarningKind, read_roster,
};
use sansang::rules::students::{
    Calendar, Capacity, CapacityError, CapacityField, ClassCounts, Cohort, Column,
    ConfirmedColumns, CountsCoverage, CountsError, CountsField, DayCounting, Grade, GradeAges,
    GroupBy, Plan, RosterCoverage, RosterError, Step, Turns14, Turns14Card,
};

fn d(day: u32, month: u32, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// The 40-row roster shared with the browser and end-to-end tests: four classes of ten, three
/// rows with problems (row 15 has no name, row 24 is born on 31/02/2013, row 35 says "đang làm"
/// in the card column).
const ROSTER_40: &str = include_str!("data/students-40.tsv");

// --- cohorts ---------------------------------------------------------------------------------

#[test]
fn cohorts_by_exact_age_at_the_boundaries() {
    let on = d(15, 4, 2026);
    // (date of birth, cohort on 15/04/2026, why)
    let cases = [
        (
            d(15, 4, 2020),
            Cohort::From6To12,
            "6th birthday on the reference date: đủ 6 tuổi (docs/rules.md §3.2)",
        ),
        (
            d(16, 4, 2020),
            Cohort::Under6,
            "the day before the 6th birthday",
        ),
        (
            d(15, 4, 2014),
            Cohort::From12To14,
            "12th birthday on the reference date",
        ),
        (d(16, 4, 2014), Cohort::From6To12, "the day before the 12th"),
        (
            d(15, 4, 2012),
            Cohort::From14,
            "14th birthday on the reference date: no longer dưới 14 tuổi",
        ),
        (
            d(16, 4, 2012),
            Cohort::From12To14,
            "the day before the 14th birthday: still dưới 14 tuổi",
        ),
        (d(1, 1, 2026), Cohort::Under6, "a baby"),
        (d(1, 1, 2000), Cohort::From14, "an adult"),
        (on, Cohort::Under6, "born on the day"),
    ];
    for (birth, cohort, why) in cases {
        assert_eq!(Cohort::on(birth, on), cohort, "{birth}: {why}");
    }
}

#[test]
fn born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
    // docs/rules.md §3.2: the product's convention, stated in the UI (LEAP_DAY_CONVENTION).
    let cases = [
        (d(29, 2, 2012), d(28, 2, 2026), Cohort::From12To14),
        (d(29, 2, 2012), d(1, 3, 2026), Cohort::From14),
        (d(29, 2, 2020), d(28, 2, 2026), Cohort::Under6),
        (d(29, 2, 2020), d(1, 3, 2026), Cohort::From6To12),
        // In a leap year the birthday is 29 February itself.
        (d(29, 2, 2016), d(28, 2, 2028), Cohort::From6To12),
        (d(29, 2, 2016), d(29, 2, 2028), Cohort::From12To14),
    ];
    for (birth, on, cohort) in cases {
        assert_eq!(Cohort::on(birth, on), cohort, "{birth} on {on}");
    }
}

#[test]
fn what_applies_to_each_cohort() {
    // Luật Căn cước 2023 Art. 19 (mandatory from 14), Art. 23 (under 6 online via the parent,
    // no biometrics), Art. 21 (issued before 12 → valid to 14; 12–22 → 25); Nghị định 69/2024
    // Art. 7 (levels), the parent's own-name SIM under 14 (docs/rules.md §2.3, §3.3).
    let cases = [
        (
            Cohort::Under6,
            CardRule::OnRequestOnline,
            false,
            AccountRule::Level1Only,
            SimRule::Parent,
            14,
        ),
        (
            Cohort::From6To12,
            CardRule::OnRequestInPerson,
            true,
            AccountRule::Level1And2OnRequest,
            SimRule::Parent,
            14,
        ),
        (
            Cohort::From12To14,
            CardRule::OnRequestInPerson,
            true,
            AccountRule::Level1And2OnRequest,
            SimRule::Parent,
            25,
        ),
        (
            Cohort::From14,
            CardRule::Mandatory,
            true,
            AccountRule::Level1And2,
            SimRule::Own,
            25,
        ),
    ];
    for (cohort, card, biometrics, accounts, sim, lasts_to) in cases {
        let rules = cohort.rules();
        assert_eq!(rules.card, card, "{cohort}");
        assert_eq!(rules.biometrics, biometrics, "{cohort}");
        assert_eq!(rules.accounts, accounts, "{cohort}");
        assert_eq!(rules.sim, sim, "{cohort}");
        assert_eq!(rules.card_issued_now_lasts_to, lasts_to, "{cohort}");
    }
    assert!(!Cohort::Under6.is_campaign_target());
    assert!(Cohort::From6To12.is_campaign_target());
    assert!(Cohort::From12To14.is_campaign_target());
    assert!(!Cohort::From14.is_campaign_target());
}

#[test]
fn cohort_rules_in_both_languages() {
    assert_eq!(
        t::cohort_rules(Cohort::From12To14, Lang::Vi),
        "Thẻ căn cước không bắt buộc; làm trực tiếp cùng cha mẹ, thu ảnh khuôn mặt, vân tay, \
         mống mắt. Tài khoản mức 1 và mức 2 nếu có yêu cầu; mức 2 làm trực tiếp cùng cha mẹ. \
         Dùng SIM chính chủ của cha hoặc mẹ. Thẻ cấp ở tuổi này có giá trị đến khi đủ 25 tuổi."
    );
    assert_eq!(
        t::cohort_rules(Cohort::From14, Lang::En),
        "Card mandatory; face, fingerprints and iris collected. Level 1 and level 2. Uses a SIM \
         in the student's own name. A card issued at this age is valid until the 25th birthday."
    );
}

// --- turning 14 ------------------------------------------------------------------------------

#[test]
fn turning_14_before_the_deadline() {
    let (reference, deadline) = (
        hung_yen_2026::reference(),
        hung_yen_2026::commune_deadline(),
    );
    // (birth, has card, expected)
    let cases = [
        (
            d(15, 4, 2012),
            false,
            None,
            "14 on the reference date: already 14",
        ),
        (
            d(16, 4, 2012),
            false,
            Some(Turns14 {
                on: d(16, 4, 2026),
                card: Turns14Card::NeedsCard,
            }),
            "turns 14 the day after the reference date, no card: mandatory from then",
        ),
        (
            d(15, 5, 2012),
            true,
            Some(Turns14 {
                on: d(15, 5, 2026),
                card: Turns14Card::CheckIssueDate,
            }),
            "turns 14 on the deadline with a card held at 13: check the issue date",
        ),
        (
            d(16, 5, 2012),
            false,
            None,
            "turns 14 the day after the deadline",
        ),
    ];
    for (birth, card, expected, why) in cases {
        assert_eq!(
            turns_14(birth, card, reference, deadline),
            expected,
            "{why}"
        );
    }
    // A card held by an 11-year-old was issued before 12: it lasts only to 14 (Art. 21 cl. 2).
    assert_eq!(
        turns_14(d(1, 6, 2012), true, d(1, 1, 2024), d(31, 12, 2026)),
        Some(Turns14 {
            on: d(1, 6, 2026),
            card: Turns14Card::MustRenew,
        })
    );
}

#[test]
fn who_turns_14_in_a_window() {
    let cases = [
        (
            d(15, 4, 2026),
            d(15, 5, 2026),
            Some((d(16, 4, 2012), d(15, 5, 2012))),
            "Hưng Yên 2026 collection window",
        ),
        (
            d(28, 2, 2026),
            d(1, 3, 2026),
            Some((d(29, 2, 2012), d(1, 3, 2012))),
            "29/02/2012 turns 14 on 01/03/2026 (1 March convention)",
        ),
        (
            d(27, 2, 2026),
            d(28, 2, 2026),
            Some((d(28, 2, 2012), d(28, 2, 2012))),
            "only 28/02/2012; 29/02/2012 waits for 1 March",
        ),
        (d(15, 5, 2026), d(15, 5, 2026), None, "empty window"),
    ];
    for (from, to, expected, why) in cases {
        assert_eq!(born_to_reach_age_between(14, from, to), expected, "{why}");
    }
}

// --- grades ----------------------------------------------------------------------------------

#[test]
fn grade_read_from_class_labels() {
    let cases = [
        ("6A1", Some(6)),
        ("Lớp 6A1", Some(6)),
        ("Khối 7", Some(7)),
        ("10/2", Some(10)),
        ("12A3", Some(12)),
        ("１Ａ", Some(1)),
        ("A1", None),
        ("Toàn trường", None),
        ("13A", None),
        ("0A", None),
        ("", None),
    ];
    for (label, grade) in cases {
        assert_eq!(
            Grade::from_class_label(label).map(Grade::number),
            grade,
            "{label:?}"
        );
    }
}

#[test]
fn grade_ages_assume_grade_1_in_the_year_of_turning_6() {
    // Luật Giáo dục 2019 Art. 28 cl. 1; school year from September.
    assert_eq!(school_year_start(d(15, 4, 2026)), 2025);
    assert_eq!(school_year_start(d(5, 9, 2026)), 2026);
    // (grade, reference date, birth year, youngest, oldest, straddles)
    let cases = [
        (1, d(15, 4, 2026), 2019, 6, 7, false),
        (6, d(15, 4, 2026), 2014, 11, 12, true),
        (8, d(15, 4, 2026), 2012, 13, 14, true),
        (9, d(15, 4, 2026), 2011, 14, 15, false),
        // In September grade 1 holds 5-year-olds who turn 6 later in the year.
        (1, d(15, 9, 2025), 2019, 5, 6, true),
    ];
    for (grade, on, birth_year, youngest, oldest, straddles) in cases {
        let ages = GradeAges::on(Grade::new(grade).unwrap(), on).unwrap();
        assert_eq!(
            (
                ages.birth_year,
                ages.youngest,
                ages.oldest,
                ages.straddles()
            ),
            (birth_year, youngest, oldest, straddles),
            "grade {grade} on {on}"
        );
    }
}

#[test]
fn classes_sort_as_people_read_them() {
    let mut labels = vec!["10A1", "6A10", "Toàn trường", "6A2", "1B", "Lớp 6A1", "1A"];
    labels.sort_by(|a, b| compare_class_labels(a, b));
    assert_eq!(
        labels,
        vec!["1A", "1B", "Lớp 6A1", "6A2", "6A10", "10A1", "Toàn trường"]
    );
}

// --- the roster ------------------------------------------------------------------------------

#[test]
fn the_40_row_roster_counts_37_and_lists_3_rows() {
    let reference = d(15, 4, 2026);
    let read = read_roster(ROSTER_40, None, reference, DateSystem::Excel1900).unwrap();
    assert_eq!(read.delimiter.delimiter, Delimiter::Tab);
    assert!(!read.needs_review);
    assert_eq!(read.data_rows, 40);
    let roster = read.roster.unwrap();
    assert_eq!(roster.students.len(), 37);
    assert_eq!(roster.rows_with_problems, 3);
    assert_eq!(
        roster.problems,
        vec![
            RowProblem {
                row: 15,
                issue: RowIssue::MissingName
            },
            RowProblem {
                row: 24,
                issue: RowIssue::BirthDate {
                    error: DateError::DayOutOfRange {
                        day: 31,
                        month: 2,
                        year: 2013,
                        max: 28
                    },
                    cell: "31/02/2013".into()
                }
            },
            RowProblem {
                row: 35,
                issue: RowIssue::NotYesNo {
                    column: Column::HasCard,
                    cell: "đang làm".into()
                }
            },
        ]
    );
    let messages: Vec<String> = roster
        .problems
        .iter()
        .map(|p| p.localize(Lang::Vi))
        .collect();
    assert_eq!(
        messages,
        [
            "Dòng 15: nhập họ và tên",
            "Dòng 24: ngày sinh “31/02/2013”: Tháng 2 năm 2013 chỉ có 28 ngày",
            "Dòng 35: cột “Có căn cước” ghi “đang làm”: ghi “có”, “không”, “x” hoặc để trống",
        ]
    );
    assert_eq!(
        roster.problems[1].localize(Lang::En),
        "Row 24: date of birth “31/02/2013”: February 2013 has only 28 days"
    );
    assert!(roster.warnings.is_empty(), "{:?}", roster.warnings);
    assert!(roster.has_class && roster.has_activation);
    // Blank activation cells (ticked with "x" elsewhere) read as "no".
    assert_eq!(roster.blanks_read_as_no.total(), 31);
}

#[test]
fn the_40_row_roster_coverage() {
    // Expected values counted by hand from tests/data/students-40.tsv, ages on 15/04/2026.
    let read = read_roster(ROSTER_40, None, d(15, 4, 2026), DateSystem::Excel1900).unwrap();
    let roster = read.roster.unwrap();
    let coverage = RosterCoverage::new(&roster, d(15, 4, 2026), d(15, 5, 2026));
    let total = coverage.total;
    assert_eq!(
        (total.total, total.with_card, total.with_level2),
        (37, 24, 12)
    );
    assert_eq!((total.card_no_level2, total.neither), (12, 13));
    assert_eq!((total.activated, total.level2_not_activated), (6, 6));
    assert_eq!(total.needing(Step::Card), 13);
    assert_eq!(total.needing(Step::Level2), 25);
    assert_eq!(total.needing(Step::Activation), 6);
    let by_cohort: Vec<_> = coverage
        .by_cohort
        .iter()
        .map(|c| (c.total, c.with_card, c.with_level2, c.activated))
        .collect();
    assert_eq!(
        by_cohort,
        [(2, 2, 1, 1), (17, 10, 5, 2), (14, 10, 6, 3), (4, 2, 0, 0)]
    );
    let at_deadline: Vec<u64> = coverage
        .by_cohort_at_deadline
        .iter()
        .map(|c| c.total)
        .collect();
    assert_eq!(at_deadline, [1, 18, 12, 6]);
    assert_eq!(coverage.target.total, 31);
    // Row 34 (16/04/2012, card held at 13) and row 41 (30/04/2012, no card).
    assert_eq!(coverage.turning_14.check_issue_date, 1);
    assert_eq!(coverage.turning_14.needs_card, 1);
    assert_eq!(coverage.turning_14.must_renew, 0);
    // 25 without a level-2 account, all 6 or older on 15/05/2026 (the 20/05/2020 child has an
    // account; the 01/05/2020 child turns 6 before the deadline).
    assert_eq!(coverage.to_collect, 25);
    assert_eq!(coverage.born_29_february, 2);

    let groups = coverage.groups(&roster, GroupBy::Class);
    let summary: Vec<_> = groups
        .iter()
        .map(|g| {
            (
                t::group_label(&g.label, Lang::Vi),
                g.counts.total,
                g.counts.with_card,
                g.counts.with_level2,
                g.to_collect,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("1A".to_owned(), 10, 6, 3, 7),
            ("5A".to_owned(), 9, 6, 3, 6),
            ("7A".to_owned(), 9, 6, 3, 6),
            ("8A".to_owned(), 9, 6, 3, 6),
        ]
    );
    let by_grade = coverage.groups(&roster, GroupBy::Grade);
    assert_eq!(
        by_grade.first().map(|g| g.label.clone()),
        Some(GroupLabel::Grade(Grade::new(1).unwrap()))
    );

    let needing_card: Vec<usize> = coverage
        .needing(&roster, Step::Card)
        .map(|(s, _)| s.row)
        .collect();
    assert_eq!(
        needing_card,
        [2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 38, 41]
    );
}

#[test]
fn headers_in_vietnamese_or_english_and_any_delimiter() {
    let on = d(15, 4, 2026);
    // (text, needs review, what it shows)
    let cases = [
        (
            "Họ và tên,Ngày sinh,Lớp,Có căn cước,Có tài khoản mức 2,Đã kích hoạt\n\
             Lê Thị Hoa,01/02/2015,5A,có,không,không\n",
            false,
            "the product's template, comma",
        ),
        (
            "\u{feff}Full name;Date of birth;Class;Has card;Level 2 account;Activated\r\n\
             Lê Thị Hoa;2015-02-01;5A;yes;no;no\r\n",
            false,
            "English synonyms, BOM, semicolon, CRLF, ISO date",
        ),
        (
            "HỌ VÀ TÊN\tNGÀY SINH\tCCCD\tMỨC 2\nLê Thị Hoa\t1/2/2015\tx\t\n",
            false,
            "capitals, abbreviations, tab, no class or activation column",
        ),
        (
            "Họ tên học sinh,Ngày sinh,Có căn cước,Có tài khoản mức 2\nLê Thị Hoa,01/02/2015,1,0\n",
            true,
            "a longer header holding a known name: unsure",
        ),
    ];
    for (text, review, why) in cases {
        let read = read_roster(text, None, on, DateSystem::Excel1900).unwrap();
        assert_eq!(read.needs_review, review, "{why}");
        let roster = read.roster.unwrap();
        let student = roster.students.first().unwrap();
        assert_eq!(student.name.as_str(), "Lê Thị Hoa", "{why}");
        assert_eq!(student.birth, d(1, 2, 2015), "{why}");
        assert!(student.has_card, "{why}");
        assert!(!student.has_level2, "{why}");
    }
}

#[test]
fn a_confirmed_choice_applies_to_the_same_header_only() {
    let on = d(15, 4, 2026);
    let text = "Tên,Sinh,Thẻ,TK\nLê Thị Hoa,01/02/2015,có,không\n";
    let read = read_roster(text, None, on, DateSystem::Excel1900).unwrap();
    assert!(read.needs_review);
    assert_eq!(
        read.roster.as_ref().unwrap_err(),
        &vec![
            ColumnChoiceError::Missing {
                column: Column::FullName
            },
            ColumnChoiceError::Missing {
                column: Column::BirthDate
            },
            ColumnChoiceError::Missing {
                column: Column::HasCard
            },
            ColumnChoiceError::Missing {
                column: Column::HasLevel2
            },
        ]
    );
    let mut choice = read.choice;
    for (column, header) in [
        (Column::FullName, 0),
        (Column::BirthDate, 1),
        (Column::HasCard, 2),
        (Column::HasLevel2, 3),
    ] {
        choice.set(column, Some(header));
    }
    let confirmed = ConfirmedColumns {
        header: read.header.clone(),
        choice,
    };
    let again = read_roster(text, Some(&confirmed), on, DateSystem::Excel1900).unwrap();
    assert!(!again.needs_review && again.confirmed);
    assert_eq!(again.roster.unwrap().students.len(), 1);
    // Another header: the choice is not applied.
    let other = read_roster(
        "A,B,C,D\nx,y,z,w\n",
        Some(&confirmed),
        on,
        DateSystem::Excel1900,
    )
    .unwrap();
    assert!(!other.confirmed && other.needs_review);

    let mut twice = choice;
    twice.set(Column::HasLevel2, Some(2));
    assert_eq!(
        twice.check(4),
        Err(vec![ColumnChoiceError::Repeated {
            column: Column::HasLevel2,
            also: Column::HasCard
        }])
    );
    let message = t::column_choice_error(
        &ColumnChoiceError::Repeated {
            column: Column::HasLevel2,
            also: Column::HasCard,
        },
        |_| "Thẻ".to_owned(),
        Lang::Vi,
    );
    assert_eq!(
        message,
        "Cột “Thẻ” đã được chọn cho “Có căn cước”: chọn cột khác cho “Có tài khoản mức 2”"
    );
}

#[test]
fn yes_no_cells_as_schools_write_them() {
    let on = d(15, 4, 2026);
    // (card cell, level-2 cell, card, level 2)
    let cases = [
        ("có", "không", true, false),
        ("Có", "KHÔNG", true, false),
        ("x", "", true, false),
        ("X", "x", true, true),
        ("1", "0", true, false),
        ("true", "false", true, false),
        ("đã", "chưa", true, false),
        ("rồi", "chưa có", true, false),
        ("", "", false, false),
    ];
    for (card, level2, has_card, has_level2) in cases {
        let text = format!(
            "Họ và tên,Ngày sinh,Có căn cước,Có tài khoản mức 2\nAn,01/02/2015,{card},{level2}\n"
        );
        let roster = read_roster(&text, None, on, DateSystem::Excel1900)
            .unwrap()
            .roster
            .unwrap();
        let s = roster.students.first().unwrap();
        assert_eq!(
            (s.has_card, s.has_level2),
            (has_card, has_level2),
            "{card:?} {level2:?}"
        );
        assert_eq!(s.activated, None, "no activation column");
    }
}

#[test]
fn row_problems_and_warnings() {
    let on = d(15, 4, 2026);
    let text = "Họ và tên,Ngày sinh,Có căn cước,Có tài khoản mức 2,Đã kích hoạt\n\
                Nguyễn Văn 2,01/02/2015,có,có,có\n\
                Lê An,,có,có,có\n\
                Lê Bình,01/02/26,có,có,có\n\
                Lê Chi,01/05/2026,có,có,có\n\
                Lê Dung,01/02/2015,không,có,không\n\
                Lê Em,01/02/2015,có,không,có\n\
                Lê Giang,01/02/2000,có,có,có\n\
                Lê Dung,01/02/2015,không,có,không\n";
    let roster = read_roster(text, None, on, DateSystem::Excel1900)
        .unwrap()
        .roster
        .unwrap();
    assert_eq!(
        roster.problems,
        vec![
            RowProblem {
                row: 2,
                issue: RowIssue::Name(NameError::UnexpectedCharacter { ch: '2' })
            },
            RowProblem {
                row: 3,
                issue: RowIssue::MissingBirthDate
            },
            RowProblem {
                row: 4,
                issue: RowIssue::BirthDate {
                    error: DateError::TwoDigitYear { year: 26 },
                    cell: "01/02/26".into()
                }
            },
            RowProblem {
                row: 5,
                issue: RowIssue::BornAfterReference {
                    birth: d(1, 5, 2026),
                    reference: on
                }
            },
        ]
    );
    assert_eq!(
        roster.warnings,
        vec![
            RowWarning {
                row: 6,
                kind: RowWarningKind::Level2WithoutCard
            },
            RowWarning {
                row: 7,
                kind: RowWarningKind::ActivatedWithoutLevel2
            },
            RowWarning {
                row: 8,
                kind: RowWarningKind::UnlikelyAge { age: 26 }
            },
            RowWarning {
                row: 9,
                kind: RowWarningKind::Level2WithoutCard
            },
            RowWarning {
                row: 9,
                kind: RowWarningKind::PossibleDuplicate { of_row: 6 }
            },
        ]
    );
    let sentences: Vec<String> = roster
        .warnings
        .iter()
        .map(|w| w.localize(Lang::Vi))
        .collect();
    assert_eq!(
        sentences[0],
        "Dòng 6: ghi có tài khoản mức 2 nhưng chưa có thẻ căn cước; tài khoản mức 2 cần thẻ \
         căn cước, kiểm tra lại hai ô này"
    );
    assert_eq!(
        sentences[4],
        "Dòng 9: trùng họ tên và ngày sinh với dòng 6; nếu là một em, xoá một dòng"
    );
    assert_eq!(
        roster.problems[3].localize(Lang::Vi),
        "Dòng 5: ngày sinh 01/05/2026 sau ngày tính 15/04/2026: kiểm tra năm sinh"
    );
    // Contradictory rows are counted as written, and stand apart in the groups.
    let coverage = RosterCoverage::new(&roster, on, d(15, 5, 2026));
    assert_eq!(coverage.total.level2_no_card, 2);
}

#[test]
fn whole_roster_errors() {
    let on = d(15, 4, 2026);
    assert_eq!(
        read_roster("", None, on, DateSystem::Excel1900).unwrap_err(),
        RosterError::Empty
    );
    assert_eq!(
        read_roster(" \n\n\t", None, on, DateSystem::Excel1900).unwrap_err(),
        RosterError::Empty
    );
    assert_eq!(
        read_roster("Họ và tên,Ngày sinh\n", None, on, DateSystem::Excel1900).unwrap_err(),
        RosterError::HeaderOnly
    );
    let many = format!("Họ và tên,Ngày sinh\n{}", "An,01/01/2015\n".repeat(20_001));
    assert_eq!(
        read_roster(&many, None, on, DateSystem::Excel1900).unwrap_err(),
        RosterError::TooManyRows {
            rows: 20_001,
            max: 20_000
        }
    );
    let huge = "x".repeat(8 * 1024 * 1024 + 1);
    assert_eq!(
        read_roster(&huge, None, on, DateSystem::Excel1900).unwrap_err(),
        RosterError::TooLarge {
            bytes: 8 * 1024 * 1024 + 1,
            max: 8 * 1024 * 1024
        }
    );
    assert_eq!(
        RosterError::HeaderOnly.localize(Lang::Vi),
        "Danh sách mới có dòng tên cột: dán cả các dòng học sinh bên dưới"
    );
    assert_eq!(
        RosterError::TooManyRows {
            rows: 20_001,
            max: 20_000
        }
        .localize(Lang::En),
        "The list has 20,001 rows, more than 20,000: split it by grade and check each part"
    );
}

#[test]
fn the_template_reads_back_without_review() {
    let template = t::template_csv();
    assert!(template.starts_with(
        "\u{feff}Họ và tên,Ngày sinh,Lớp,Có căn cước,Có tài khoản mức 2,Đã kích hoạt\r\n"
    ));
    let read = read_roster(&template, None, d(15, 4, 2026), DateSystem::Excel1900).unwrap();
    assert!(!read.needs_review);
    let roster = read.roster.unwrap();
    assert_eq!(roster.students.len(), 1);
    assert_eq!(roster.students[0].class, "5A");
}

#[test]
fn export_lists_the_students_who_need_a_step() {
    let read = read_roster(ROSTER_40, None, d(15, 4, 2026), DateSystem::Excel1900).unwrap();
    let roster = read.roster.unwrap();
    let coverage = RosterCoverage::new(&roster, d(15, 4, 2026), d(15, 5, 2026));
    let rows: Vec<_> = coverage.needing(&roster, Step::Activation).collect();
    let csv = t::export_csv(&rows, &coverage, Lang::Vi);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(
        lines[0],
        "\u{feff}Dòng,Họ và tên,Ngày sinh,Lớp,Tuổi ngày 15/04/2026,Nhóm tuổi,Có căn cước,\
         Có tài khoản mức 2,Đã kích hoạt,Đủ 14 tuổi trước hạn 15/05/2026"
    );
    assert_eq!(
        lines[1],
        "4,Lê Minh Giang,15/04/2019,1A,7,6–<12,có,có,không,"
    );
    assert_eq!(
        t::download_file_name(Step::Activation, d(15, 4, 2026)),
        "hoc-sinh-can-kich-hoat-2026-04-15.csv"
    );
}

// --- counts per class ------------------------------------------------------------------------

fn counts(label: &str, enrolled: &str, card: &str, level2: &str, activated: &str) -> ClassCounts {
    ClassCounts::parse(CountsInput {
        label,
        enrolled,
        with_card: card,
        with_level2: level2,
        activated,
    })
    .unwrap()
}

#[test]
fn hung_yen_2026_reproduced() {
    // docs/rules.md §4: more than 436.500 children 6–<14; 237.176 with a card but no level-2
    // account, 199.393 with neither.
    let total = hung_yen_2026::CARD_NO_LEVEL2 + hung_yen_2026::NEITHER;
    let row = counts(
        t::EXAMPLE_LABEL.vi,
        &sansang::catalogue::count(total, Lang::Vi),
        "237.176",
        "0",
        "",
    );
    let coverage = CountsCoverage::new(
        std::slice::from_ref(&row),
        hung_yen_2026::reference(),
        hung_yen_2026::commune_deadline(),
    );
    assert_eq!(coverage.total.card_no_level2, 237_176);
    assert_eq!(coverage.total.neither, 199_393);
    assert_eq!(coverage.to_collect, 436_569);
    assert!(coverage.to_collect >= hung_yen_2026::MORE_THAN);
    assert_eq!(
        sansang::catalogue::count(coverage.to_collect, Lang::Vi),
        "436.569"
    );
    assert_eq!(
        sansang::catalogue::count(coverage.to_collect, Lang::En),
        "436,569"
    );
    // No level-2 accounts in the group, so none to activate.
    assert_eq!(coverage.total.needing(Step::Activation), 0);

    // 250 teams of 10 records an hour, 4 hours, 2 sessions a day (a hypothetical capacity).
    let capacity = Capacity {
        teams: 250,
        records_per_hour: 10,
        hours_per_session: 4,
        sessions_per_day: 2,
    };
    let communes = Calendar::new(
        hung_yen_2026::reference(),
        hung_yen_2026::commune_deadline(),
        DayCounting::WorkingDays,
        false,
    )
    .unwrap();
    let plan = Plan::new(coverage.to_collect, capacity, communes);
    assert_eq!(plan.per_session, 10_000);
    assert_eq!(plan.per_day, 20_000);
    assert_eq!(plan.sessions_needed, 44); // ⌈436.569 ÷ 10.000⌉
    assert_eq!(plan.days_needed, 22); // ⌈44 ÷ 2⌉
    // 16/04–15/05/2026: 27/04 (Giỗ Tổ in lieu), 30/04 and 01/05 are off: 19 working days.
    assert_eq!(plan.days_available, 19);
    assert!(!plan.feasible);
    assert_eq!(plan.required_per_day, Some(22_978)); // ⌈436.569 ÷ 19⌉
    assert_eq!(plan.teams_needed, Some(288)); // ⌈436.569 ÷ (10 × 4 × 2 × 19)⌉
    assert_eq!(plan.first_day, Some(d(16, 4, 2026)));
    assert_eq!(plan.finish_on, Some(d(20, 5, 2026)));

    let police = Calendar::new(
        hung_yen_2026::reference(),
        hung_yen_2026::police_deadline(),
        DayCounting::WorkingDays,
        false,
    )
    .unwrap();
    let plan_police = Plan::new(coverage.to_collect, capacity, police);
    assert_eq!(plan_police.days_available, 22);
    assert!(plan_police.feasible);
    assert_eq!(plan_police.spare_days(), 0);

    assert_eq!(
        t::verdict(&plan, Lang::Vi),
        "Không kịp hạn 15/05/2026 với năng lực hiện tại: còn 436.569 hồ sơ, cần 22 ngày làm việc \
         nhưng chỉ còn 19 ngày làm việc."
    );
    assert_eq!(
        t::verdict(&plan_police, Lang::En),
        "On time for 20/05/2026: 436,569 records left to collect take 22 of the 22 working days \
         left."
    );
    assert_eq!(
        t::catch_up(&plan, Lang::Vi).unwrap(),
        "Để kịp hạn với cùng số giờ và số buổi, cần 288 tổ thu nhận (đang có 250); hoặc thêm \
         buổi, thêm giờ, hay thu nhận cả cuối tuần."
    );
    assert_eq!(
        t::plan_arithmetic(&plan, Lang::Vi),
        [
            "Năng lực mỗi buổi = 10 hồ sơ/giờ × 4 giờ × 250 tổ = 10.000 hồ sơ.",
            "Số buổi cần = 436.569 ÷ 10.000, làm tròn lên = 44 buổi.",
            "Số ngày cần = 44 buổi ÷ 2 buổi/ngày, làm tròn lên = 22 ngày làm việc.",
            "Số ngày còn lại = 19 ngày làm việc đến hết ngày 15/05/2026 (không tính ngày \
             15/04/2026).",
            "Mỗi ngày cần = 436.569 ÷ 19, làm tròn lên = 22.978 hồ sơ.",
            "Không kịp hạn vì số ngày cần > số ngày còn lại: 22 > 19.",
        ]
    );
}

#[test]
fn counts_rows_are_checked() {
    let parse = |enrolled: &str, card: &str, level2: &str, activated: &str| {
        ClassCounts::parse(CountsInput {
            label: "6A",
            enrolled,
            with_card: card,
            with_level2: level2,
            activated,
        })
    };
    let cases = [
        (
            ("35", "40", "0", ""),
            vec![CountsError::CardAboveEnrolled {
                with_card: 40,
                enrolled: 35,
            }],
        ),
        (
            ("35", "20", "30", ""),
            vec![CountsError::Level2AboveCard {
                with_level2: 30,
                with_card: 20,
            }],
        ),
        (
            ("35", "30", "20", "25"),
            vec![CountsError::ActivatedAboveLevel2 {
                activated: 25,
                with_level2: 20,
            }],
        ),
        (
            ("", "3a", "20.000.000", ""),
            vec![
                CountsError::Number {
                    field: CountsField::Enrolled,
                    error: NumberError::Empty,
                },
                CountsError::Number {
                    field: CountsField::WithCard,
                    error: NumberError::UnexpectedCharacter { ch: 'a' },
                },
                CountsError::AboveMaximum {
                    field: CountsField::WithLevel2,
                    max: 10_000_000,
                },
            ],
        ),
    ];
    for ((enrolled, card, level2, activated), errors) in cases {
        assert_eq!(
            parse(enrolled, card, level2, activated),
            Err(errors),
            "{enrolled} {card} {level2} {activated}"
        );
    }
    assert_eq!(
        ClassCounts::parse(CountsInput::default()).unwrap_err()[0],
        CountsError::LabelMissing
    );
    // Vietnamese grouping and an English comma are both read; the comma is shown back.
    let row = counts("Khối 6", "1.234", "1,000", "500", "");
    assert_eq!((row.enrolled, row.with_card), (1234, 1000));
    assert_eq!(row.warnings.len(), 1);
    assert_eq!(row.grade, Grade::new(6));
    let c = row.counts();
    assert_eq!(
        (c.card_no_level2, c.neither, c.activation_unknown),
        (500, 234, 500)
    );

    assert_eq!(
        CountsError::Level2AboveCard {
            with_level2: 30,
            with_card: 20
        }
        .localize(Lang::Vi),
        "Số có tài khoản mức 2 (30) không thể lớn hơn số có thẻ căn cước (20): tài khoản mức 2 \
         chỉ cấp cho người có thẻ"
    );
    assert_eq!(
        t::counts_error_in_row(
            2,
            "6A",
            &CountsError::Number {
                field: CountsField::Enrolled,
                error: NumberError::Empty
            },
            Lang::Vi
        ),
        "Dòng 2 (6A): Nhập số sĩ số"
    );
}

#[test]
fn counts_mode_ages_come_from_grades_only() {
    let rows = [
        counts("6A", "40", "25", "10", "4"),
        counts("7A", "38", "30", "20", "18"),
        counts("8A", "36", "30", "25", "20"),
        counts("Lớp ghép", "5", "1", "0", "0"),
    ];
    let coverage = CountsCoverage::new(&rows, d(15, 4, 2026), d(15, 5, 2026));
    let grades: Vec<u8> = coverage.grades.iter().map(|g| g.grade.number()).collect();
    assert_eq!(grades, [6, 7, 8]);
    assert_eq!(
        coverage.turning_14_born,
        Some((d(16, 4, 2012), d(15, 5, 2012)))
    );
    assert_eq!(coverage.turning_14_grades, [Grade::new(8).unwrap()]);
    assert_eq!(coverage.to_collect, 30 + 18 + 11 + 5);
    assert_eq!(
        t::turning_14_born(
            d(16, 4, 2012),
            d(15, 5, 2012),
            &coverage.turning_14_grades,
            Lang::Vi
        ),
        "Học sinh sinh từ 16/04/2012 đến 15/05/2012 (học đúng tuổi thì ở khối 8) đủ 14 tuổi \
         trước hạn: thẻ căn cước trở thành bắt buộc, và thẻ cấp trước 12 tuổi phải đổi."
    );
    let groups = CountsCoverage::groups(&rows, GroupBy::Grade);
    let labels: Vec<String> = groups
        .iter()
        .map(|g| t::group_label(&g.label, Lang::Vi))
        .collect();
    assert_eq!(labels, ["Khối 6", "Khối 7", "Khối 8", "Không rõ khối"]);
}

// --- the plan --------------------------------------------------------------------------------

#[test]
fn plan_arithmetic_with_exact_integers() {
    let capacity = Capacity {
        teams: 2,
        records_per_hour: 12,
        hours_per_session: 3,
        sessions_per_day: 2,
    };
    // Monday 04/05/2026 to Friday 08/05/2026.
    let week = |counting, today_counts| {
        Calendar::new(d(4, 5, 2026), d(8, 5, 2026), counting, today_counts).unwrap()
    };
    // (records, calendar, sessions, days, available, feasible)
    let cases = [
        (0, week(DayCounting::WorkingDays, false), 0, 0, 4, true),
        (1, week(DayCounting::WorkingDays, false), 1, 1, 4, true),
        (72, week(DayCounting::WorkingDays, false), 1, 1, 4, true),
        (73, week(DayCounting::WorkingDays, false), 2, 1, 4, true),
        (577, week(DayCounting::WorkingDays, false), 9, 5, 4, false),
        (577, week(DayCounting::WorkingDays, true), 9, 5, 5, true),
        (577, week(DayCounting::AllDays, false), 9, 5, 4, false),
    ];
    for (records, calendar, sessions, days, available, feasible) in cases {
        let plan = Plan::new(records, capacity, calendar);
        assert_eq!(plan.per_session, 72, "12 × 3 × 2");
        assert_eq!(
            (
                plan.sessions_needed,
                plan.days_needed,
                plan.days_available,
                plan.feasible
            ),
            (sessions, days, available, feasible),
            "{records} records, {calendar:?}"
        );
    }
    // Weekends count: Saturday 09/05 and Sunday 10/05 join the plan.
    let all_days =
        Calendar::new(d(4, 5, 2026), d(10, 5, 2026), DayCounting::AllDays, false).unwrap();
    let working = Calendar::new(
        d(4, 5, 2026),
        d(10, 5, 2026),
        DayCounting::WorkingDays,
        false,
    )
    .unwrap();
    assert_eq!(all_days.available_days(), 6);
    assert_eq!(working.available_days(), 4);
    assert_eq!(
        Plan::new(577, capacity, all_days).finish_on,
        Some(d(9, 5, 2026))
    );
    assert_eq!(
        Plan::new(577, capacity, working).finish_on,
        Some(d(11, 5, 2026))
    );
    assert_eq!(ceil_div(436_569, 10_000), 44);
}

#[test]
fn deadlines_and_capacity_are_checked() {
    assert_eq!(
        Calendar::new(
            d(20, 5, 2026),
            d(15, 5, 2026),
            DayCounting::WorkingDays,
            false
        ),
        Err(DeadlineError::BeforeReference {
            deadline: d(15, 5, 2026),
            reference: d(20, 5, 2026)
        })
    );
    // The deadline itself: one day if today counts (a working Friday), else none.
    let same = |today_counts| {
        Calendar::new(
            d(15, 5, 2026),
            d(15, 5, 2026),
            DayCounting::WorkingDays,
            today_counts,
        )
        .unwrap()
        .available_days()
    };
    assert_eq!((same(true), same(false)), (1, 0));
    let capacity = Capacity {
        teams: 1,
        records_per_hour: 10,
        hours_per_session: 4,
        sessions_per_day: 2,
    };
    let none_left = Plan::new(
        10,
        capacity,
        Calendar::new(
            d(15, 5, 2026),
            d(15, 5, 2026),
            DayCounting::WorkingDays,
            false,
        )
        .unwrap(),
    );
    assert_eq!(
        (none_left.required_per_day, none_left.teams_needed),
        (None, None)
    );
    assert_eq!(
        t::catch_up(&none_left, Lang::Vi).unwrap(),
        "Không còn ngày nào trước hạn: đề nghị lùi hạn hoặc thu nhận ngay hôm nay."
    );

    let errors = Capacity::parse(CapacityInput {
        teams: "0",
        records_per_hour: "",
        hours_per_session: "4,5",
        sessions_per_day: "4",
    })
    .unwrap_err();
    assert_eq!(
        errors,
        vec![
            CapacityError::OutOfRange {
                field: CapacityField::Teams,
                min: 1,
                max: 10_000
            },
            CapacityError::Number {
                field: CapacityField::RecordsPerHour,
                error: NumberError::Empty
            },
            CapacityError::Number {
                field: CapacityField::HoursPerSession,
                error: NumberError::NotWholeNumber
            },
            CapacityError::OutOfRange {
                field: CapacityField::SessionsPerDay,
                min: 1,
                max: 3
            },
        ]
    );
    let messages: Vec<String> = errors.iter().map(|e| e.localize(Lang::Vi)).collect();
    assert_eq!(
        messages,
        [
            "Số tổ thu nhận cùng lúc phải từ 1 đến 10.000",
            "Nhập số hồ sơ một tổ thu nhận mỗi giờ",
            "Nhập số nguyên, không có phần thập phân sau dấu phẩy",
            "Số buổi mỗi ngày phải từ 1 đến 3",
        ]
    );
    assert_eq!(
        DeadlineError::BeforeReference {
            deadline: d(15, 5, 2026),
            reference: d(20, 5, 2026)
        }
        .localize(Lang::En),
        "The deadline must be on or after the reference date 20/05/2026; check the day and year"
    );
}

#[test]
fn schedule_by_class_fills_sessions_in_order() {
    let capacity = Capacity {
        teams: 1,
        records_per_hour: 10,
        hours_per_session: 3,
        sessions_per_day: 2,
    };
    // From Wednesday 29/04/2026: 30/04 and 01/05 are holidays, so Monday 04/05 is day 1.
    let calendar = Calendar::new(
        d(29, 4, 2026),
        d(5, 5, 2026),
        DayCounting::WorkingDays,
        false,
    )
    .unwrap();
    let plan = Plan::new(100, capacity, calendar);
    assert_eq!(
        (plan.sessions_needed, plan.days_needed, plan.days_available),
        (4, 2, 2)
    );
    let slots = schedule(&[45, 0, 40, 15], &plan);
    let view: Vec<_> = slots
        .iter()
        .map(|s| {
            (
                s.index,
                s.first.day,
                s.first.session,
                s.last.day,
                s.last.session,
                s.late,
            )
        })
        .collect();
    assert_eq!(
        view,
        [
            (0, Some(d(4, 5, 2026)), 1, Some(d(4, 5, 2026)), 2, false),
            (2, Some(d(4, 5, 2026)), 2, Some(d(5, 5, 2026)), 1, false),
            (3, Some(d(5, 5, 2026)), 1, Some(d(5, 5, 2026)), 2, false),
        ]
    );
    assert_eq!(
        t::slot_range(&slots[1].first, &slots[1].last, true, Lang::Vi),
        "thứ Hai 04/05/2026, buổi 2 → thứ Ba 05/05/2026, buổi 1"
    );
    assert_eq!(
        t::slot_range(&slots[2].first, &slots[2].last, false, Lang::En),
        "Tue 05/05, session 1 → Tue 05/05, session 2"
    );
    // Past the deadline a group is marked late.
    let short = Calendar::new(
        d(29, 4, 2026),
        d(4, 5, 2026),
        DayCounting::WorkingDays,
        false,
    )
    .unwrap();
    let late = schedule(&[45, 40, 15], &Plan::new(100, capacity, short));
    assert_eq!(
        late.iter().map(|s| s.late).collect::<Vec<_>>(),
        [false, true, true]
    );
}

// --- coverage arithmetic ---------------------------------------------------------------------

#[test]
fn shares_show_their_base() {
    assert_eq!(t::share(24, 37, Lang::Vi), "64,86\u{a0}% (24 / 37)");
    assert_eq!(t::share(24, 37, Lang::En), "64.86% (24 / 37)");
    assert_eq!(t::share(0, 0, Lang::Vi), "—");
    assert_eq!(
        t::share(237_176, 436_569, Lang::Vi),
        "54,33\u{a0}% (237.176 / 436.569)"
    );
}

#[test]
fn bar_parts_split_by_largest_remainder() {
    let row = counts("6A", "7", "4", "1", "");
    // 1 with an account, 3 card only, 3 neither, in thousandths.
    assert_eq!(row.counts().bar_parts(1000), [143, 429, 428]);
    let empty = counts("6B", "0", "0", "0", "");
    assert_eq!(empty.counts().bar_parts(1000), [0, 0, 0]);
}

// --- wording ---------------------------------------------------------------------------------

#[test]
fn every_message_follows_ux_md() {
    // docs/writing.md: no "invalid", "please", "sorry"; NFC; never empty; no double spaces.
    let on = d(15, 4, 2026);
    let values: Vec<Box<dyn Localized>> = vec![
        Box::new(RosterError::Empty),
        Box::new(RosterError::TooLarge {
            bytes: 9,
            max: 8 * 1024 * 1024,
        }),
        Box::new(RosterError::TooManyRows {
            rows: 20_001,
            max: 20_000,
        }),
        Box::new(RosterError::HeaderOnly),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::MissingName,
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::Name(NameError::Empty),
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::MissingBirthDate,
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::BirthDate {
                error: DateError::WrongFormat,
                cell: "hôm qua".into(),
            },
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::BornAfterReference {
                birth: d(1, 5, 2026),
                reference: on,
            },
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::ClassTooLong { max: 40 },
        }),
        Box::new(RowProblem {
            row: 3,
            issue: RowIssue::NotYesNo {
                column: Column::Activated,
                cell: "?".into(),
            },
        }),
        Box::new(RowWarning {
            row: 3,
            kind: RowWarningKind::Level2WithoutCard,
        }),
        Box::new(RowWarning {
            row: 3,
            kind: RowWarningKind::ActivatedWithoutLevel2,
        }),
        Box::new(RowWarning {
            row: 3,
            kind: RowWarningKind::UnlikelyAge { age: 30 },
        }),
        Box::new(RowWarning {
            row: 3,
            kind: RowWarningKind::PossibleDuplicate { of_row: 2 },
        }),
        Box::new(CountsError::LabelMissing),
        Box::new(CountsError::LabelTooLong { max: 60 }),
        Box::new(CountsError::Number {
            field: CountsField::WithCard,
            error: NumberError::Empty,
        }),
        Box::new(CountsError::Number {
            field: CountsField::WithCard,
            error: NumberError::Negative,
        }),
        Box::new(CountsError::AboveMaximum {
            field: CountsField::Enrolled,
            max: 10_000_000,
        }),
        Box::new(CountsError::CardAboveEnrolled {
            with_card: 2,
            enrolled: 1,
        }),
        Box::new(CountsError::Level2AboveCard {
            with_level2: 2,
            with_card: 1,
        }),
        Box::new(CountsError::ActivatedAboveLevel2 {
            activated: 2,
            with_level2: 1,
        }),
        Box::new(CapacityError::Number {
            field: CapacityField::Teams,
            error: NumberError::Empty,
        }),
        Box::new(CapacityError::OutOfRange {
            field: CapacityField::HoursPerSession,
            min: 1,
            max: 12,
        }),
        Box::new(DeadlineError::BeforeReference {
            deadline: on,
            reference: d(16, 4, 2026),
        }),
    ];
    let fixed = [
        t::LEAD,
        t::PRIVACY_NOTE,
        t::GENERAL_LEGEND,
        t::SCHOOL_LABEL,
        t::SCHOOL_HINT,
        t::COMMUNE_LABEL,
        t::REFERENCE_LABEL,
        t::REFERENCE_HINT,
        t::DEADLINE_LABEL,
        t::DEADLINE_HINT,
        t::DEADLINE_EMPTY,
        t::SECOND_DEADLINE_LABEL,
        t::SECOND_DEADLINE_HINT,
        t::MODE_LEGEND,
        t::MODE_COUNTS,
        t::MODE_COUNTS_HINT,
        t::MODE_ROSTER,
        t::MODE_ROSTER_HINT,
        t::COUNTS_LEGEND,
        t::COUNTS_HINT,
        t::ADD_ROW,
        t::EXAMPLE_BUTTON,
        t::EXAMPLE_LABEL,
        t::EXAMPLE_NOTE,
        t::ROSTER_LABEL,
        t::ROSTER_HINT,
        t::FILE_LABEL,
        t::FILE_HINT,
        t::TEMPLATE_DOWNLOAD,
        t::BLANK_IS_NO,
        t::KEEP_ROSTER_LABEL,
        t::KEEP_ROSTER_HINT,
        t::FILE_NOT_READ,
        t::MAPPING_TITLE,
        t::MAPPING_INTRO,
        t::MAPPING_REVIEW_LATER,
        t::MAPPING_NONE,
        t::MAPPING_CONFIRM,
        t::MAPPING_OPTIONAL,
        t::SUBMIT,
        t::CAPACITY_LEGEND,
        t::CAPACITY_HINT,
        t::WEEKENDS_LABEL,
        t::WEEKENDS_HINT,
        t::TODAY_COUNTS_LABEL,
        t::RESULTS_TITLE,
        t::DONE_COLUMN,
        t::NEEDING_COLUMN,
        t::ACTIVATION_UNKNOWN,
        t::GROUPS_TITLE,
        t::GROUP_CARD_NO_LEVEL2,
        t::GROUP_NEITHER,
        t::GROUP_NOT_ACTIVATED,
        t::GROUP_LEVEL2_NO_CARD,
        t::TO_COLLECT,
        t::TO_COLLECT_ROSTER_NOTE,
        t::TO_COLLECT_COUNTS_NOTE,
        t::COHORTS_TITLE,
        t::COHORT_COLUMN,
        t::RULES_COLUMN,
        t::STUDENTS_COLUMN,
        t::COHORT_SOURCES,
        t::AGE_DEFINITION,
        t::TURNING_14_SOURCE,
        t::GRADES_TITLE,
        t::GRADES_INTRO,
        t::GRADES_NEED_ROSTER,
        t::GRADE_COLUMN,
        t::BIRTH_YEAR_COLUMN,
        t::AGE_COLUMN,
        t::BY_CLASS_TITLE,
        t::BY_GRADE_TITLE,
        t::GROUP_BY_LEGEND,
        t::GROUP_BY_CLASS,
        t::GROUP_BY_GRADE,
        t::CLASS_COLUMN,
        t::ENROLLED_COLUMN,
        t::CHART_LEGEND_DONE,
        t::CHART_LEGEND_CARD,
        t::CHART_LEGEND_NEITHER,
        t::CHART_TEXT_ALTERNATIVE,
        t::PLAN_TITLE,
        t::REQUIRED_PER_DAY,
        t::CAPACITY_PER_DAY,
        t::PLAN_DATES,
        t::HOW_COMPUTED,
        t::ALL_DAYS_DEFINITION,
        t::SCHEDULE_HINT,
        t::SCHEDULE_COLUMN,
        t::TO_COLLECT_COLUMN,
        t::LATE_TAG,
        t::DOWNLOADS_TITLE,
        t::DOWNLOADS_HINT,
        t::PROBLEMS_TITLE,
        t::PROBLEMS_FIX,
        t::WARNINGS_TITLE,
        t::NO_ACTIVATION_COLUMN,
    ];
    let generated: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|&lang| {
            let mut v: Vec<String> = Cohort::ALL
                .iter()
                .flat_map(|&c| {
                    [
                        t::cohort_rules(c, lang),
                        t::cohort_name(c).get(lang).to_owned(),
                    ]
                })
                .collect();
            v.extend(Step::ALL.iter().flat_map(|&s| {
                [
                    t::step_name(s).get(lang).to_owned(),
                    t::step_needing(s).get(lang).to_owned(),
                    t::download_label(s, 12, lang),
                ]
            }));
            v.extend(
                Column::ALL
                    .iter()
                    .map(|&c| t::column_name(c).get(lang).to_owned()),
            );
            v.extend(
                [
                    Turns14Card::NeedsCard,
                    Turns14Card::MustRenew,
                    Turns14Card::CheckIssueDate,
                ]
                .iter()
                .map(|&k| t::turns_14_text(k).get(lang).to_owned()),
            );
            v.push(t::roster_summary(40, 37, 3, lang));
            v.push(t::blanks_note(31, lang));
            v.push(t::file_too_large(9 * 1024 * 1024, lang));
            v
        })
        .collect();
    let sentences = values
        .iter()
        .flat_map(|value| Lang::ALL.map(|lang| value.localize(lang)))
        .chain(
            fixed
                .iter()
                .flat_map(|text| Lang::ALL.map(|lang| text.get(lang).to_owned())),
        )
        .chain(generated);
    for sentence in sentences {
        wording::assert_follows_ux_md(&sentence);
    }
}
