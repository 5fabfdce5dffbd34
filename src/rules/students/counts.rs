//! Counts per class or grade, for a school head who has totals rather than a list of students.
//!
//! Counts carry no dates of birth, so exact-age cohorts cannot come from them: a grade gives
//! only a nominal year of birth ([`GradeAges`], Luật Giáo dục 2019 Art. 28), and the product says
//! so. A level-2 account is granted on a căn cước card (Nghị định 69/2024/NĐ-CP Art. 10, 11), so
//! those with an account are counted among those with a card.

use std::fmt;

use chrono::NaiveDate;

use super::cohorts::{Grade, GradeAges, born_to_reach_age_between};
use super::coverage::{Counts, Group, GroupBy, group_rows};
use crate::number::{NumberError, NumberWarning, parse_count_detailed};
use crate::text::{collapse_spaces, nfc};

/// Largest count accepted for one row: a province's whole 6–14 cohort (Hưng Yên: > 436.500)
/// fits many times over; more is a typo.
pub const MAX_ROW_COUNT: u64 = 10_000_000;

/// Most rows in the counts table.
pub const MAX_COUNT_ROWS: usize = 200;

/// Longest class or grade label, in characters.
pub const MAX_LABEL_CHARS: usize = 60;

/// A field of one counts row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountsField {
    /// Lớp / khối.
    Label,
    /// Sĩ số (enrolled).
    Enrolled,
    /// Có căn cước.
    WithCard,
    /// Có tài khoản mức 2.
    WithLevel2,
    /// Đã kích hoạt (optional).
    Activated,
}

/// Why a counts row is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountsError {
    /// No label.
    LabelMissing,
    /// The label is longer than `max` characters.
    LabelTooLong { max: usize },
    /// A count does not read.
    Number {
        field: CountsField,
        error: NumberError,
    },
    /// A count above [`MAX_ROW_COUNT`].
    AboveMaximum { field: CountsField, max: u64 },
    /// More students with a card than enrolled.
    CardAboveEnrolled { with_card: u64, enrolled: u64 },
    /// More level-2 accounts than cards (an account needs a card).
    Level2AboveCard { with_level2: u64, with_card: u64 },
    /// More activated accounts than level-2 accounts.
    ActivatedAboveLevel2 { activated: u64, with_level2: u64 },
}

impl CountsError {
    /// The field to mark.
    pub const fn field(&self) -> CountsField {
        match self {
            CountsError::LabelMissing | CountsError::LabelTooLong { .. } => CountsField::Label,
            CountsError::Number { field, .. } | CountsError::AboveMaximum { field, .. } => *field,
            CountsError::CardAboveEnrolled { .. } => CountsField::WithCard,
            CountsError::Level2AboveCard { .. } => CountsField::WithLevel2,
            CountsError::ActivatedAboveLevel2 { .. } => CountsField::Activated,
        }
    }
}

impl fmt::Display for CountsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountsError::LabelMissing => f.write_str("label is empty"),
            CountsError::LabelTooLong { max } => write!(f, "label longer than {max} characters"),
            CountsError::Number { field, error } => write!(f, "{field:?}: {error}"),
            CountsError::AboveMaximum { field, max } => write!(f, "{field:?} above {max}"),
            CountsError::CardAboveEnrolled {
                with_card,
                enrolled,
            } => write!(f, "{with_card} with a card but {enrolled} enrolled"),
            CountsError::Level2AboveCard {
                with_level2,
                with_card,
            } => write!(f, "{with_level2} level-2 accounts but {with_card} cards"),
            CountsError::ActivatedAboveLevel2 {
                activated,
                with_level2,
            } => write!(
                f,
                "{activated} activated but {with_level2} level-2 accounts"
            ),
        }
    }
}

impl std::error::Error for CountsError {}

/// One row as typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountsInput<'a> {
    /// Class or grade ("6A", "Khối 6", "Toàn trường").
    pub label: &'a str,
    /// Enrolled.
    pub enrolled: &'a str,
    /// With a card.
    pub with_card: &'a str,
    /// With a level-2 account.
    pub with_level2: &'a str,
    /// Activated; blank when not known.
    pub activated: &'a str,
}

/// One row, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassCounts {
    /// The label, NFC, single spaces.
    pub label: String,
    /// The grade the label names, if any.
    pub grade: Option<Grade>,
    /// Enrolled.
    pub enrolled: u64,
    /// With a card.
    pub with_card: u64,
    /// With a level-2 account (all among those with a card).
    pub with_level2: u64,
    /// Activated; `None` when left blank.
    pub activated: Option<u64>,
    /// Counts read with a comma as thousands separator, to show back.
    pub warnings: Vec<(CountsField, NumberWarning)>,
}

impl ClassCounts {
    /// Reads one row.
    ///
    /// # Errors
    /// Every problem of the row: `label: ""` → [`CountsError::LabelMissing`]; `enrolled: "3a"` →
    /// [`CountsError::Number`]; `"20.000.000"` → [`CountsError::AboveMaximum`]; with a card 40 of
    /// 35 enrolled → [`CountsError::CardAboveEnrolled`]; 30 level-2 accounts but 20 cards →
    /// [`CountsError::Level2AboveCard`]; 25 activated of 20 accounts →
    /// [`CountsError::ActivatedAboveLevel2`]. The comparisons are made only between counts that
    /// read.
    pub fn parse(input: CountsInput<'_>) -> Result<ClassCounts, Vec<CountsError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let label = collapse_spaces(&nfc(input.label));
        if label.is_empty() {
            errors.push(CountsError::LabelMissing);
        } else if label.chars().nth(MAX_LABEL_CHARS).is_some() {
            errors.push(CountsError::LabelTooLong {
                max: MAX_LABEL_CHARS,
            });
        }
        let mut count = |field: CountsField, text: &str| -> Option<u64> {
            match parse_count_detailed(text) {
                Ok(parsed) if parsed.value > MAX_ROW_COUNT => {
                    errors.push(CountsError::AboveMaximum {
                        field,
                        max: MAX_ROW_COUNT,
                    });
                    None
                }
                Ok(parsed) => {
                    if let Some(w) = parsed.warning {
                        warnings.push((field, w));
                    }
                    Some(parsed.value)
                }
                Err(NumberError::Empty) if field == CountsField::Activated => None,
                Err(error) => {
                    errors.push(CountsError::Number { field, error });
                    None
                }
            }
        };
        let enrolled = count(CountsField::Enrolled, input.enrolled);
        let with_card = count(CountsField::WithCard, input.with_card);
        let with_level2 = count(CountsField::WithLevel2, input.with_level2);
        let activated = count(CountsField::Activated, input.activated);
        if let (Some(enrolled), Some(with_card)) = (enrolled, with_card)
            && with_card > enrolled
        {
            errors.push(CountsError::CardAboveEnrolled {
                with_card,
                enrolled,
            });
        }
        if let (Some(with_card), Some(with_level2)) = (with_card, with_level2)
            && with_level2 > with_card
        {
            errors.push(CountsError::Level2AboveCard {
                with_level2,
                with_card,
            });
        }
        if let (Some(with_level2), Some(activated)) = (with_level2, activated)
            && activated > with_level2
        {
            errors.push(CountsError::ActivatedAboveLevel2 {
                activated,
                with_level2,
            });
        }
        match (enrolled, with_card, with_level2, errors.is_empty()) {
            (Some(enrolled), Some(with_card), Some(with_level2), true) => Ok(ClassCounts {
                grade: Grade::from_class_label(&label),
                label,
                enrolled,
                with_card,
                with_level2,
                activated,
                warnings,
            }),
            _ => Err(errors),
        }
    }

    /// The row as [`Counts`]: card but no account = card − account; neither = enrolled − card.
    pub fn counts(&self) -> Counts {
        let (activated, level2_not_activated, activation_unknown) = match self.activated {
            Some(a) => (a, self.with_level2.saturating_sub(a), 0),
            None => (0, 0, self.with_level2),
        };
        Counts {
            total: self.enrolled,
            with_card: self.with_card,
            with_level2: self.with_level2,
            card_no_level2: self.with_card.saturating_sub(self.with_level2),
            neither: self.enrolled.saturating_sub(self.with_card),
            level2_no_card: 0,
            activated,
            level2_not_activated,
            activation_unknown,
        }
    }
}

/// Coverage from counts per class or grade.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountsCoverage {
    /// All rows together.
    pub total: Counts,
    /// Records to collect in person: everyone without a level-2 account (no ages are known, so
    /// children under 6, whose parents apply online, cannot be left out).
    pub to_collect: u64,
    /// Nominal ages of each grade named in the labels, on the reference date, lowest grade first.
    pub grades: Vec<GradeAges>,
    /// Dates of birth of those who turn 14 after the reference date and by the deadline.
    pub turning_14_born: Option<(NaiveDate, NaiveDate)>,
    /// Grades whose nominal year of birth overlaps `turning_14_born`.
    pub turning_14_grades: Vec<Grade>,
}

impl CountsCoverage {
    /// Adds the rows up and works out what the grades say about ages.
    pub fn new(rows: &[ClassCounts], reference: NaiveDate, deadline: NaiveDate) -> CountsCoverage {
        let mut total = Counts::default();
        let mut grades: Vec<Grade> = Vec::new();
        for row in rows {
            total.merge(&row.counts());
            if let Some(g) = row.grade
                && !grades.contains(&g)
            {
                grades.push(g);
            }
        }
        grades.sort_unstable();
        let grade_ages: Vec<GradeAges> = grades
            .iter()
            .filter_map(|&g| GradeAges::on(g, reference))
            .collect();
        let turning_14_born = born_to_reach_age_between(14, reference, deadline);
        let turning_14_grades = match turning_14_born {
            Some((first, last)) => {
                use chrono::Datelike;
                grade_ages
                    .iter()
                    .filter(|g| (first.year()..=last.year()).contains(&g.birth_year))
                    .map(|g| g.grade)
                    .collect()
            }
            None => Vec::new(),
        };
        CountsCoverage {
            to_collect: total.needing(super::coverage::Step::Level2),
            total,
            grades: grade_ages,
            turning_14_born,
            turning_14_grades,
        }
    }

    /// The per-class (or per-grade) table.
    pub fn groups(rows: &[ClassCounts], by: GroupBy) -> Vec<Group> {
        group_rows(
            rows.iter().map(|r| {
                let counts = r.counts();
                (
                    r.label.as_str(),
                    counts,
                    counts.needing(super::coverage::Step::Level2),
                )
            }),
            by,
        )
    }
}
