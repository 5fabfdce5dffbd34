//! Age cohorts and what applies to each: card, biometrics, account levels, whose SIM.
//!
//! Ages are exact, from the date of birth (Luật Căn cước 2023 Art. 19, 21; docs/rules.md §3.2): "đủ 6
//! tuổi" is on or after the 6th birthday, "dưới 14 tuổi" before the 14th, and a 29 February
//! birthday falls on 1 March in common years ([`crate::date::birthday`]). Exact cohorts need
//! dates of birth, so they come from a roster; from counts per class, only the grade's nominal
//! birth year is known ([`GradeAges`]), and the product says so.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::date::{age_on, birthday, is_at_least, is_under};
use crate::digits::digit_value;

/// An age group with its own rules, by exact age on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cohort {
    /// Dưới 6 tuổi: the parent applies online; no biometrics (Luật Căn cước 2023 Art. 19, 23).
    Under6,
    /// Đủ 6 đến dưới 12 tuổi: card on request, in person, biometrics; a card issued now lasts to
    /// 14 (Art. 21 cl. 2).
    From6To12,
    /// Đủ 12 đến dưới 14 tuổi: as 6–12, but a card issued now lasts to 25 (Art. 21 cl. 2).
    From12To14,
    /// Đủ 14 tuổi trở lên: the card is mandatory (Art. 19 cl. 1).
    From14,
}

impl Cohort {
    /// Youngest first, the order of every table.
    pub const ALL: [Cohort; 4] = [
        Cohort::Under6,
        Cohort::From6To12,
        Cohort::From12To14,
        Cohort::From14,
    ];

    /// The cohort of someone born on `birth`, on `date` (exact age; 0 before birth).
    pub fn on(birth: NaiveDate, date: NaiveDate) -> Cohort {
        if is_under(birth, 6, date) {
            Cohort::Under6
        } else if is_under(birth, 12, date) {
            Cohort::From6To12
        } else if is_under(birth, 14, date) {
            Cohort::From12To14
        } else {
            Cohort::From14
        }
    }

    /// The children the 2026 campaigns count: from 6 to under 14 (Hưng Yên 2026: "trẻ em từ đủ 6
    /// tuổi đến dưới 14 tuổi"; Đồng Nai 2026: collection for ages 6–14; docs/rules.md §4).
    pub const fn is_campaign_target(self) -> bool {
        matches!(self, Cohort::From6To12 | Cohort::From12To14)
    }

    /// Position in [`Cohort::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Cohort::Under6 => 0,
            Cohort::From6To12 => 1,
            Cohort::From12To14 => 2,
            Cohort::From14 => 3,
        }
    }

    /// What applies to this cohort (docs/rules.md §3.2–3.3).
    pub const fn rules(self) -> CohortRules {
        match self {
            Cohort::Under6 => CohortRules {
                card: CardRule::OnRequestOnline,
                biometrics: false,
                accounts: AccountRule::Level1Only,
                sim: SimRule::Parent,
                card_issued_now_lasts_to: 14,
            },
            Cohort::From6To12 => CohortRules {
                card: CardRule::OnRequestInPerson,
                biometrics: true,
                accounts: AccountRule::Level1And2OnRequest,
                sim: SimRule::Parent,
                card_issued_now_lasts_to: 14,
            },
            Cohort::From12To14 => CohortRules {
                card: CardRule::OnRequestInPerson,
                biometrics: true,
                accounts: AccountRule::Level1And2OnRequest,
                sim: SimRule::Parent,
                card_issued_now_lasts_to: 25,
            },
            Cohort::From14 => CohortRules {
                card: CardRule::Mandatory,
                biometrics: true,
                accounts: AccountRule::Level1And2,
                sim: SimRule::Own,
                card_issued_now_lasts_to: 25,
            },
        }
    }
}

impl fmt::Display for Cohort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Cohort::Under6 => "under 6",
            Cohort::From6To12 => "6 to under 12",
            Cohort::From12To14 => "12 to under 14",
            Cohort::From14 => "14 and over",
        })
    }
}

/// Whether a card is required, and how it is applied for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardRule {
    /// On request; the parent applies online (VNeID or the public-service portal), no photo, no
    /// biometrics (Luật Căn cước 2023 Art. 19 cl. 2, Art. 23 cl. 2).
    OnRequestOnline,
    /// On request; in person with a parent; face, fingerprints and iris collected (Art. 19, 23).
    OnRequestInPerson,
    /// Mandatory from 14 (Art. 19 cl. 1).
    Mandatory,
}

/// Which e-ID account levels a card holder of this age can have (Nghị định 69/2024/NĐ-CP Art. 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccountRule {
    /// Under 6: level 1 only, registered by the parent from the parent's own level-2 account.
    Level1Only,
    /// 6 to under 14: level 1 and level 2 on request; level 2 in person with the parent.
    Level1And2OnRequest,
    /// 14 and over: level 1 and level 2.
    Level1And2,
}

/// Whose SIM the account is registered with (Nghị định 69/2024/NĐ-CP Art. 10; docs/rules.md §2.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SimRule {
    /// Under 14: the parent's own-name SIM.
    Parent,
    /// 14 and over: a SIM in the student's own name (and a smartphone for self-registration).
    Own,
}

/// Everything that applies to one cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CohortRules {
    /// Card required or on request, and how.
    pub card: CardRule,
    /// Face, fingerprints and iris collected in person.
    pub biometrics: bool,
    /// Account levels.
    pub accounts: AccountRule,
    /// Whose own-name SIM.
    pub sim: SimRule,
    /// A card issued at this age is valid to this birthday (Art. 21 cl. 2: issued before 12 → 14;
    /// at 12–22 → 25). For the 14-and-over cohort this holds up to 22, which covers every school.
    pub card_issued_now_lasts_to: u32,
}

/// What turning 14 before the deadline means for a student's card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Turns14Card {
    /// No card yet: from the 14th birthday it is mandatory (Luật Căn cước 2023 Art. 19 cl. 1).
    NeedsCard,
    /// The student has a card and was under 12 on the reference date, so it was issued before 12
    /// and is valid only to the 14th birthday: it must be renewed (Art. 21 cl. 1–2).
    MustRenew,
    /// The student has a card and was 12 or 13 on the reference date: it must be renewed at 14
    /// only if it was issued before the 12th birthday; the date on the card tells.
    CheckIssueDate,
}

/// A student under 14 on the reference date who is 14 on the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Turns14 {
    /// The 14th birthday (1 March for a 29 February birth in a common year).
    pub on: NaiveDate,
    /// What it means for the card.
    pub card: Turns14Card,
}

/// Whether someone born on `birth` turns 14 after `reference` and on or before `deadline`, and what
/// that means for their card (Luật Căn cước 2023 Art. 19 cl. 1, Art. 21).
pub fn turns_14(
    birth: NaiveDate,
    has_card: bool,
    reference: NaiveDate,
    deadline: NaiveDate,
) -> Option<Turns14> {
    if !(is_under(birth, 14, reference) && is_at_least(birth, 14, deadline)) {
        return None;
    }
    let on = birthday(birth, 14)?;
    let card = if !has_card {
        Turns14Card::NeedsCard
    } else if is_under(birth, 12, reference) {
        Turns14Card::MustRenew
    } else {
        Turns14Card::CheckIssueDate
    };
    Some(Turns14 { on, card })
}

/// The dates of birth of everyone who reaches `age` after `from` and on or before `to`, as an
/// inclusive range; `None` when nobody does (`to` ≤ `from`) or the dates leave the calendar.
/// Exact under the 29 February convention: the range is the set `{b : is_under(b, age, from) &&
/// is_at_least(b, age, to)}` (checked against brute force by a property test). Both predicates
/// are monotonic in `b` (an earlier birth is never younger), so each bound is found by a short
/// walk from the same date `age` years earlier.
pub fn born_to_reach_age_between(
    age: u32,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    if to <= from {
        return None;
    }
    let months = Months::new(age.checked_mul(12)?);
    // Month arithmetic clamps 29 February to the 28th; the 1 March convention moves the true
    // bounds by at most a day, so a walk of a few days from there settles them.
    const WALK: u64 = 4;
    let mut first = from
        .checked_sub_months(months)?
        .checked_sub_days(Days::new(WALK))?;
    for _ in 0..=2 * WALK {
        if is_under(first, age, from) {
            break;
        }
        first = first.checked_add_days(Days::new(1))?;
    }
    let mut last = to
        .checked_sub_months(months)?
        .checked_add_days(Days::new(WALK))?;
    for _ in 0..=2 * WALK {
        if is_at_least(last, age, to) {
            break;
        }
        last = last.checked_sub_days(Days::new(1))?;
    }
    let exact = is_under(first, age, from) && is_at_least(last, age, to);
    (exact && first <= last).then_some((first, last))
}

/// A school grade, 1 to 12 (lớp 1–12: tiểu học 1–5, THCS 6–9, THPT 10–12).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grade(u8);

impl Grade {
    /// Grade `n` when 1 ≤ n ≤ 12.
    pub const fn new(n: u8) -> Option<Grade> {
        if n >= 1 && n <= 12 {
            Some(Grade(n))
        } else {
            None
        }
    }

    /// The grade number.
    pub const fn number(self) -> u8 {
        self.0
    }

    /// The grade a class label names: the number at the start of its first word that starts with
    /// a digit ("6A1", "Lớp 6A1", "Khối 7", "10/2", full-width digits too); `None` for labels such
    /// as "A1" or "Toàn trường", or a number outside 1–12.
    pub fn from_class_label(label: &str) -> Option<Grade> {
        let word = label
            .split(crate::text::is_space)
            .find(|w| w.starts_with(|c: char| digit_value(c).is_some()))?;
        let mut n: u32 = 0;
        for c in word.chars() {
            let Some(digit) = digit_value(c).map(u32::from) else {
                break;
            };
            n = n.checked_mul(10)?.checked_add(digit)?;
            if n > 12 {
                return None;
            }
        }
        Grade::new(u8::try_from(n).ok()?)
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The calendar year in which the school year containing `date` began: the school year opens in
/// early September (Bộ GD&ĐT's yearly school-year framework), so January–August belong to the
/// year that began the previous September.
pub fn school_year_start(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// What a grade says about its students' ages, assuming they started grade 1 on time and never
/// repeated or skipped a year: children enter grade 1 in the calendar year they turn 6 (Luật Giáo
/// dục 2019 Art. 28 cl. 1: "tuổi của học sinh vào học lớp một là 06 tuổi và được tính theo năm").
/// An estimate: repeaters, early or late starters differ, and only dates of birth give exact ages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GradeAges {
    /// The grade.
    pub grade: Grade,
    /// The nominal year of birth.
    pub birth_year: i32,
    /// Age on the date of the youngest (born 31 December).
    pub youngest: u32,
    /// Age on the date of the oldest (born 1 January).
    pub oldest: u32,
    /// Cohort of the youngest.
    pub youngest_cohort: Cohort,
    /// Cohort of the oldest; differs from `youngest_cohort` when the grade straddles an age limit.
    pub oldest_cohort: Cohort,
}

impl GradeAges {
    /// The grade's nominal ages on `date`; `None` only outside the calendar.
    pub fn on(grade: Grade, date: NaiveDate) -> Option<GradeAges> {
        let birth_year = school_year_start(date) - 5 - i32::from(grade.0);
        let oldest_birth = NaiveDate::from_ymd_opt(birth_year, 1, 1)?;
        let youngest_birth = NaiveDate::from_ymd_opt(birth_year, 12, 31)?;
        Some(GradeAges {
            grade,
            birth_year,
            youngest: age_on(youngest_birth, date),
            oldest: age_on(oldest_birth, date),
            youngest_cohort: Cohort::on(youngest_birth, date),
            oldest_cohort: Cohort::on(oldest_birth, date),
        })
    }

    /// Whether the grade holds students of two cohorts on the date.
    pub fn straddles(&self) -> bool {
        self.youngest_cohort != self.oldest_cohort
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32, month: u32, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn grade_from_label() {
        assert_eq!(Grade::from_class_label("6A1"), Grade::new(6));
        assert_eq!(Grade::from_class_label("Lớp 10A2"), Grade::new(10));
        assert_eq!(Grade::from_class_label("A1"), None);
        assert_eq!(Grade::from_class_label("13A"), None);
        assert_eq!(Grade::from_class_label("１２Ａ"), Grade::new(12));
    }

    #[test]
    fn window_to_turn_14() {
        // Hưng Yên 2026: preparation done 15/4, collection by 15/5.
        assert_eq!(
            born_to_reach_age_between(14, d(15, 4, 2026), d(15, 5, 2026)),
            Some((d(16, 4, 2012), d(15, 5, 2012)))
        );
    }
}
