//! Coverage: who has a card, a level-2 account, an activated account — counted per cohort, per
//! class or grade, and overall — and who still needs each step.
//!
//! The campaigns count two groups of children without a level-2 account: those with a card and
//! those with neither (Hưng Yên 2026: 237.176 and 199.393), and a third group of accounts
//! approved but not activated (Đồng Nai 2026: 161.425) (docs/rules.md §4). Every percentage is shown
//! with its base (docs/writing.md, "Results").

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::cohorts::{Cohort, Grade, Turns14, Turns14Card, turns_14};
use super::roster::{Roster, Student};
use crate::date::{age_on, is_at_least};

/// A step a student may still need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// A căn cước card (Luật Căn cước 2023).
    Card,
    /// A level-2 e-ID account (Nghị định 69/2024/NĐ-CP Art. 7, 10).
    Level2,
    /// Activating the granted account (Đồng Nai 2026: "đã duyệt nhưng chưa kích hoạt").
    Activation,
}

impl Step {
    /// In the order a student goes through them.
    pub const ALL: [Step; 3] = [Step::Card, Step::Level2, Step::Activation];
}

/// Counts of students by what they have. All sums are saturating: no input can overflow them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Counts {
    /// Students counted.
    pub total: u64,
    /// With a căn cước card.
    pub with_card: u64,
    /// With a level-2 account.
    pub with_level2: u64,
    /// Card but no level-2 account (the campaigns' first group).
    pub card_no_level2: u64,
    /// Neither card nor level-2 account (the campaigns' second group).
    pub neither: u64,
    /// A level-2 account but no card: contradictory data, warned about row by row.
    pub level2_no_card: u64,
    /// Level-2 account activated.
    pub activated: u64,
    /// Level-2 account approved but not activated.
    pub level2_not_activated: u64,
    /// Level-2 accounts whose activation is not known (no activation column or figure).
    pub activation_unknown: u64,
}

impl Counts {
    /// Adds one student.
    pub fn add_student(&mut self, has_card: bool, has_level2: bool, activated: Option<bool>) {
        let one = |b: bool| u64::from(b);
        self.total = self.total.saturating_add(1);
        self.with_card = self.with_card.saturating_add(one(has_card));
        self.with_level2 = self.with_level2.saturating_add(one(has_level2));
        self.card_no_level2 = self
            .card_no_level2
            .saturating_add(one(has_card && !has_level2));
        self.neither = self.neither.saturating_add(one(!has_card && !has_level2));
        self.level2_no_card = self
            .level2_no_card
            .saturating_add(one(has_level2 && !has_card));
        if has_level2 {
            match activated {
                Some(true) => self.activated = self.activated.saturating_add(1),
                Some(false) => {
                    self.level2_not_activated = self.level2_not_activated.saturating_add(1);
                }
                None => self.activation_unknown = self.activation_unknown.saturating_add(1),
            }
        }
    }

    /// Adds another set of counts.
    pub fn merge(&mut self, other: &Counts) {
        self.total = self.total.saturating_add(other.total);
        self.with_card = self.with_card.saturating_add(other.with_card);
        self.with_level2 = self.with_level2.saturating_add(other.with_level2);
        self.card_no_level2 = self.card_no_level2.saturating_add(other.card_no_level2);
        self.neither = self.neither.saturating_add(other.neither);
        self.level2_no_card = self.level2_no_card.saturating_add(other.level2_no_card);
        self.activated = self.activated.saturating_add(other.activated);
        self.level2_not_activated = self
            .level2_not_activated
            .saturating_add(other.level2_not_activated);
        self.activation_unknown = self
            .activation_unknown
            .saturating_add(other.activation_unknown);
    }

    /// Students still needing `step`.
    pub fn needing(&self, step: Step) -> u64 {
        match step {
            Step::Card => self.total.saturating_sub(self.with_card),
            Step::Level2 => self.total.saturating_sub(self.with_level2),
            Step::Activation => self.level2_not_activated,
        }
    }

    /// Students who have done `step`.
    pub fn done(&self, step: Step) -> u64 {
        match step {
            Step::Card => self.with_card,
            Step::Level2 => self.with_level2,
            Step::Activation => self.activated,
        }
    }

    /// The base a coverage percentage of `step` is taken on: all students for the card and the
    /// level-2 account; accounts with a known activation for activation.
    pub fn base(&self, step: Step) -> u64 {
        match step {
            Step::Card | Step::Level2 => self.total,
            Step::Activation => self.activated.saturating_add(self.level2_not_activated),
        }
    }

    /// Whether activation is known for every level-2 account.
    pub fn activation_known(&self) -> bool {
        self.activation_unknown == 0
    }

    /// The three parts of a bar — with a level-2 account (done), card only, neither — in
    /// `scale`ths, summing to `scale` exactly when there is anyone (largest remainder; ties to
    /// the earlier part). All zero for an empty group.
    pub fn bar_parts(&self, scale: u32) -> [u32; 3] {
        let parts = [self.with_level2, self.card_no_level2, self.neither];
        let total: u128 = parts.iter().map(|&p| u128::from(p)).sum();
        if total == 0 {
            return [0; 3];
        }
        let scale_wide = u128::from(scale);
        let mut out = [0u32; 3];
        let mut remainders = [(0u128, 0usize); 3];
        let mut given: u128 = 0;
        for (i, &part) in parts.iter().enumerate() {
            let exact = u128::from(part) * scale_wide;
            let floor = exact / total;
            given += floor;
            if let Some(slot) = out.get_mut(i) {
                *slot = u32::try_from(floor).unwrap_or(u32::MAX);
            }
            if let Some(slot) = remainders.get_mut(i) {
                *slot = (exact % total, i);
            }
        }
        // Larger remainder first; on a tie, the earlier part.
        remainders.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let left = scale_wide.saturating_sub(given);
        for &(_, i) in remainders.iter().take(usize::try_from(left).unwrap_or(0)) {
            if let Some(slot) = out.get_mut(i) {
                *slot = slot.saturating_add(1);
            }
        }
        out
    }
}

/// How to group the per-class table and chart.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum GroupBy {
    /// One row per class as written ("6A1").
    #[default]
    Class,
    /// One row per grade read from the class label ("6A1" → grade 6).
    Grade,
}

/// A group's label.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GroupLabel {
    /// A class as written.
    Class(String),
    /// A grade.
    Grade(Grade),
    /// Students without a class.
    NoClass,
    /// Classes whose label names no grade.
    NoGrade,
}

/// One row of the per-class (or per-grade) table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Class or grade.
    pub label: GroupLabel,
    /// The grade (for a class: read from its label).
    pub grade: Option<Grade>,
    /// Its counts.
    pub counts: Counts,
    /// Records to collect in person ([`RosterCoverage::to_collect`]).
    pub to_collect: u64,
}

/// Compares class labels the way people read them: by grade, then "6A2" before "6A10" (a
/// leading word such as "Lớp" is skipped), then by text; labels without a grade come last.
pub fn compare_class_labels(a: &str, b: &str) -> Ordering {
    let grade = |s: &str| Grade::from_class_label(s).map_or(u8::MAX, Grade::number);
    grade(a)
        .cmp(&grade(b))
        .then_with(|| natural_cmp(class_key(a), class_key(b)))
        .then_with(|| a.cmp(b))
}

/// The label from its first word that starts with a digit ("Lớp 6A1" → "6A1").
fn class_key(label: &str) -> &str {
    label
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                && label
                    .get(..i)
                    .is_none_or(|before| before.is_empty() || before.ends_with(' '))
        })
        .and_then(|(i, _)| label.get(i..))
        .unwrap_or(label)
}

/// Digit runs compared as numbers, other characters case-insensitively.
fn natural_cmp(a: &str, b: &str) -> Ordering {
    let mut a = a.chars().peekable();
    let mut b = b.chars().peekable();
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars<'_>>| {
                    let mut digits = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        digits.push(c);
                        it.next();
                    }
                    digits
                };
                let (da, db) = (take(&mut a), take(&mut b));
                let (ta, tb) = (da.trim_start_matches('0'), db.trim_start_matches('0'));
                let order = ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb));
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(x), Some(y)) => {
                let order = x.to_lowercase().cmp(y.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                a.next();
                b.next();
            }
        }
    }
}

/// Groups rows `(class label, counts, to collect)` by class or by grade, in reading order; rows
/// with no class (or, by grade, no grade) come last.
pub fn group_rows<'a>(
    rows: impl IntoIterator<Item = (&'a str, Counts, u64)>,
    by: GroupBy,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<GroupLabel, usize> = Default::default();
    for (class, counts, to_collect) in rows {
        let grade = Grade::from_class_label(class);
        let label = match by {
            GroupBy::Class if class.is_empty() => GroupLabel::NoClass,
            GroupBy::Class => GroupLabel::Class(class.to_owned()),
            GroupBy::Grade => grade.map_or(GroupLabel::NoGrade, GroupLabel::Grade),
        };
        let at = *index.entry(label.clone()).or_insert_with(|| {
            groups.push(Group {
                label,
                grade,
                counts: Counts::default(),
                to_collect: 0,
            });
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(at) {
            group.counts.merge(&counts);
            group.to_collect = group.to_collect.saturating_add(to_collect);
        }
    }
    groups.sort_by(|a, b| match (&a.label, &b.label) {
        (GroupLabel::Class(x), GroupLabel::Class(y)) => compare_class_labels(x, y),
        (GroupLabel::Grade(x), GroupLabel::Grade(y)) => x.cmp(y),
        (GroupLabel::NoClass | GroupLabel::NoGrade, _) => Ordering::Greater,
        (_, GroupLabel::NoClass | GroupLabel::NoGrade) => Ordering::Less,
        _ => Ordering::Equal,
    });
    groups
}

/// What one student still needs, and their ages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StudentStatus {
    /// Age in completed years on the reference date.
    pub age: u32,
    /// Cohort on the reference date.
    pub cohort: Cohort,
    /// Cohort on the deadline.
    pub cohort_at_deadline: Cohort,
    /// Set when the student turns 14 after the reference date and by the deadline.
    pub turns_14: Option<Turns14>,
    /// Needs a card.
    pub needs_card: bool,
    /// Needs a level-2 account.
    pub needs_level2: bool,
    /// Has an account to activate.
    pub needs_activation: bool,
    /// Counted in the collection plan ([`RosterCoverage::to_collect`]).
    pub to_collect: bool,
}

impl StudentStatus {
    /// Whether the student still needs `step`.
    pub fn needs(&self, step: Step) -> bool {
        match step {
            Step::Card => self.needs_card,
            Step::Level2 => self.needs_level2,
            Step::Activation => self.needs_activation,
        }
    }
}

/// Turning 14 before the deadline, by what it means for the card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Turning14Counts {
    /// No card: it becomes mandatory.
    pub needs_card: u64,
    /// Card issued before 12: must be renewed from the 14th birthday.
    pub must_renew: u64,
    /// Card held at 12–13: check the issue date.
    pub check_issue_date: u64,
}

impl Turning14Counts {
    /// Everyone turning 14 in the window.
    pub fn total(&self) -> u64 {
        self.needs_card
            .saturating_add(self.must_renew)
            .saturating_add(self.check_issue_date)
    }
}

/// A roster's coverage on a reference date, with cohorts on the deadline too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterCoverage {
    /// The date ages are counted on.
    pub reference: NaiveDate,
    /// The deadline.
    pub deadline: NaiveDate,
    /// One per student, in the roster's order.
    pub statuses: Vec<StudentStatus>,
    /// Counts per cohort on the reference date, in [`Cohort::ALL`] order.
    pub by_cohort: [Counts; 4],
    /// Counts per cohort on the deadline.
    pub by_cohort_at_deadline: [Counts; 4],
    /// Everyone counted.
    pub total: Counts,
    /// The campaign's target, 6 to under 14 on the reference date.
    pub target: Counts,
    /// Students turning 14 after the reference date and by the deadline.
    pub turning_14: Turning14Counts,
    /// Records to collect in person before the deadline: students without a level-2 account who
    /// are 6 or older on the deadline (in person with a parent; a child under 6 is applied for
    /// online by the parent, Luật Căn cước 2023 Art. 23). The card and the level-2 account are
    /// collected in the same visit.
    pub to_collect: u64,
    /// Students born on 29 February (the 1 March convention applies to them).
    pub born_29_february: u64,
}

impl RosterCoverage {
    /// Classifies every student of `roster` on `reference`, with cohorts on `deadline`.
    pub fn new(roster: &Roster, reference: NaiveDate, deadline: NaiveDate) -> RosterCoverage {
        let mut coverage = RosterCoverage {
            reference,
            deadline,
            statuses: Vec::with_capacity(roster.students.len()),
            by_cohort: [Counts::default(); 4],
            by_cohort_at_deadline: [Counts::default(); 4],
            total: Counts::default(),
            target: Counts::default(),
            turning_14: Turning14Counts::default(),
            to_collect: 0,
            born_29_february: 0,
        };
        for student in &roster.students {
            let status = student_status(student, reference, deadline);
            let add = |counts: &mut Counts| {
                counts.add_student(student.has_card, student.has_level2, student.activated);
            };
            add(&mut coverage.total);
            if let Some(c) = coverage.by_cohort.get_mut(status.cohort.index()) {
                add(c);
            }
            if let Some(c) = coverage
                .by_cohort_at_deadline
                .get_mut(status.cohort_at_deadline.index())
            {
                add(c);
            }
            if status.cohort.is_campaign_target() {
                add(&mut coverage.target);
            }
            match status.turns_14.map(|t| t.card) {
                Some(Turns14Card::NeedsCard) => coverage.turning_14.needs_card += 1,
                Some(Turns14Card::MustRenew) => coverage.turning_14.must_renew += 1,
                Some(Turns14Card::CheckIssueDate) => coverage.turning_14.check_issue_date += 1,
                None => {}
            }
            coverage.to_collect += u64::from(status.to_collect);
            coverage.born_29_february += u64::from(is_29_february(student.birth));
            coverage.statuses.push(status);
        }
        coverage
    }

    /// The per-class (or per-grade) table.
    pub fn groups(&self, roster: &Roster, by: GroupBy) -> Vec<Group> {
        let rows = roster
            .students
            .iter()
            .zip(&self.statuses)
            .map(|(student, status)| {
                let mut counts = Counts::default();
                counts.add_student(student.has_card, student.has_level2, student.activated);
                (student.class.as_str(), counts, u64::from(status.to_collect))
            });
        group_rows(rows, by)
    }

    /// Students still needing `step`, with their status, in row order.
    pub fn needing<'a>(
        &'a self,
        roster: &'a Roster,
        step: Step,
    ) -> impl Iterator<Item = (&'a Student, &'a StudentStatus)> + 'a {
        roster
            .students
            .iter()
            .zip(&self.statuses)
            .filter(move |(_, status)| status.needs(step))
    }
}

fn is_29_february(date: NaiveDate) -> bool {
    use chrono::Datelike;
    date.month() == 2 && date.day() == 29
}

/// One student's status on `reference`, with the deadline for cohorts, turning 14 and the plan.
pub fn student_status(
    student: &Student,
    reference: NaiveDate,
    deadline: NaiveDate,
) -> StudentStatus {
    let needs_level2 = !student.has_level2;
    StudentStatus {
        age: age_on(student.birth, reference),
        cohort: Cohort::on(student.birth, reference),
        cohort_at_deadline: Cohort::on(student.birth, deadline),
        turns_14: turns_14(student.birth, student.has_card, reference, deadline),
        needs_card: !student.has_card,
        needs_level2,
        needs_activation: student.has_level2 && student.activated == Some(false),
        to_collect: needs_level2 && is_at_least(student.birth, 6, deadline),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_parts_sum_to_scale() {
        let mut c = Counts::default();
        for (card, l2) in [(true, true), (true, false), (false, false)] {
            c.add_student(card, l2, None);
        }
        assert_eq!(c.bar_parts(1000), [334, 333, 333]);
        assert_eq!(Counts::default().bar_parts(1000), [0, 0, 0]);
    }

    #[test]
    fn natural_order_of_classes() {
        let mut labels = vec!["6A10", "10A1", "6A2", "Lớp 7", "A", "6a1"];
        labels.sort_by(|a, b| compare_class_labels(a, b));
        assert_eq!(labels, vec!["6a1", "6A2", "6A10", "Lớp 7", "10A1", "A"]);
    }
}
