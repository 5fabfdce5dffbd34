//! The pure part of the student estimator on a generated 2,000-student roster (50 classes,
//! grades 1–9, 1 % bad rows): read (delimiter, headers, every cell), classify (ages, cohorts on
//! two dates, turning 14), group, plan and export. The browser figure (parse + classify + render)
//! comes from `tests/e2e/specs/bench-students.spec.mjs`, which builds the same roster.
//!
//! Run with `cargo bench --bench students` (harness = false: plain `main`, figures printed).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use chrono::NaiveDate;
    use sansang::catalogue::{Lang, students};
    use sansang::rules::date::DateSystem;
    use sansang::rules::students::plan::schedule;
    use sansang::rules::students::roster::read_roster;
    use sansang::rules::students::{
        Calendar, Capacity, DayCounting, GroupBy, Plan, RosterCoverage, Step,
    };

    let text = generated_roster(2_000);
    let reference = NaiveDate::from_ymd_opt(2026, 4, 15).unwrap();
    let deadline = NaiveDate::from_ymd_opt(2026, 5, 15).unwrap();
    println!(
        "roster: 2,000 students, {:.0} KB, tab-separated",
        text.len() as f64 / 1000.0
    );

    let best_of = |runs: usize, mut work: Box<dyn FnMut() -> usize + '_>| {
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(work());
                start.elapsed().as_secs_f64() * 1000.0
            })
            .fold(f64::INFINITY, f64::min)
    };

    let ms = best_of(
        20,
        Box::new(|| {
            read_roster(&text, None, reference, DateSystem::Excel1900)
                .map_or(0, |r| r.roster.map_or(0, |r| r.students.len()))
        }),
    );
    println!("read_roster (detect, headers, 2,000 rows): {ms:.2} ms");
    let ms = best_of(
        20,
        Box::new(|| sansang::rules::delimited::parse_table(&text).rows.len()),
    );
    println!("  of which parse_table (delimiter detection and cells): {ms:.2} ms");
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    let ms = best_of(
        20,
        Box::new(|| {
            names
                .iter()
                .filter(|n| sansang::rules::name::PersonName::parse(n).is_ok())
                .count()
        }),
    );
    println!("  of which names (PersonName::parse): {ms:.2} ms");
    let dates: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    let ms = best_of(
        20,
        Box::new(|| {
            dates
                .iter()
                .filter(|d| sansang::rules::date::parse_date(d).is_ok())
                .count()
        }),
    );
    println!("  of which dates (parse_date): {ms:.2} ms");

    let read = read_roster(&text, None, reference, DateSystem::Excel1900).unwrap();
    let roster = read.roster.as_ref().unwrap();
    println!(
        "  {} counted, {} rows with problems",
        roster.students.len(),
        roster.rows_with_problems
    );
    let ms = best_of(
        20,
        Box::new(|| {
            RosterCoverage::new(roster, reference, deadline)
                .statuses
                .len()
        }),
    );
    println!("classify (ages, cohorts on two dates, turning 14): {ms:.2} ms");

    let coverage = RosterCoverage::new(roster, reference, deadline);
    let ms = best_of(
        20,
        Box::new(|| coverage.groups(roster, GroupBy::Class).len()),
    );
    println!("group by class (50 classes, natural order): {ms:.2} ms");

    let capacity = Capacity {
        teams: 2,
        records_per_hour: 10,
        hours_per_session: 4,
        sessions_per_day: 2,
    };
    let calendar = Calendar::new(reference, deadline, DayCounting::WorkingDays, false).unwrap();
    let groups = coverage.groups(roster, GroupBy::Class);
    let records: Vec<u64> = groups.iter().map(|g| g.to_collect).collect();
    let ms = best_of(
        20,
        Box::new(|| {
            let plan = Plan::new(coverage.to_collect, capacity, calendar);
            schedule(&records, &plan).len()
        }),
    );
    println!("plan and per-class schedule: {ms:.3} ms");

    let ms = best_of(
        10,
        Box::new(|| {
            let rows: Vec<_> = coverage.needing(roster, Step::Level2).collect();
            students::export_csv(&rows, &coverage, Lang::Vi).len()
        }),
    );
    println!("export CSV of students without a level-2 account: {ms:.2} ms");

    let ms = best_of(
        10,
        Box::new(|| {
            let read = read_roster(&text, None, reference, DateSystem::Excel1900).unwrap();
            let roster = read.roster.unwrap();
            let coverage = RosterCoverage::new(&roster, reference, deadline);
            coverage.groups(&roster, GroupBy::Class).len()
        }),
    );
    println!("total, read + classify + group (native, no rendering): {ms:.2} ms");
}

/// A deterministic roster: 9 grades of 5–6 classes of 40 (2,000 students), ages from the grade
/// (grade 1 in the year of turning 6), flags from a linear congruential generator, and one row
/// in a hundred with a problem. Mirrors `roster()` in `tests/e2e/specs/bench-students.spec.mjs`.
#[cfg(not(target_arch = "wasm32"))]
fn generated_roster(students: usize) -> String {
    const FAMILY: [&str; 10] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
    ];
    const MIDDLE: [&str; 4] = ["Văn", "Thị", "Minh", "Gia"];
    const GIVEN: [&str; 10] = [
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Minh", "Ngọc",
    ];
    let mut seed: u32 = 20_260_415;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) & 0x7fff
    };
    let mut text =
        String::from("Họ và tên\tNgày sinh\tLớp\tCó căn cước\tCó tài khoản mức 2\tĐã kích hoạt\n");
    for i in 0..students {
        let class_index = i / 40;
        let grade = class_index % 9 + 1;
        let class = format!(
            "{grade}{}",
            ['A', 'B', 'C', 'D', 'E', 'G'][class_index / 9 % 6]
        );
        let year = 2025 - 5 - grade;
        let day = next() % 28 + 1;
        let month = next() % 12 + 1;
        let card = next() % 3 != 0;
        let level2 = card && next() % 2 == 0;
        let activated = level2 && next() % 4 != 0;
        let name = format!(
            "{} {} {}",
            FAMILY[(next() % 10) as usize],
            MIDDLE[(next() % 4) as usize],
            GIVEN[(next() % 10) as usize]
        );
        let (name, birth) = match i % 100 {
            37 => (String::new(), format!("{day:02}/{month:02}/{year}")),
            73 => (name, format!("31/02/{year}")),
            _ => (name, format!("{day:02}/{month:02}/{year}")),
        };
        let yes = |b: bool| if b { "có" } else { "không" };
        text.push_str(&format!(
            "{name}\t{birth}\t{class}\t{}\t{}\t{}\n",
            yes(card),
            yes(level2),
            if activated { "x" } else { "" }
        ));
    }
    text
}

#[cfg(target_arch = "wasm32")]
fn main() {}
