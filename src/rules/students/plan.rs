//! The collection plan: can the records still to collect be collected by the deadline?
//!
//! Exact integer arithmetic, shown to the user step by step ("Cách tính"):
//! - capacity per session = records per hour × hours per session × teams;
//! - sessions needed = ⌈records ÷ capacity per session⌉;
//! - days needed = ⌈sessions ÷ sessions per day⌉;
//! - days available = working days (Bộ luật Lao động 2019 Art. 111–112, with the announced
//!   schedule, [`crate::working_days`]) or every day when weekends count, from the reference
//!   date (counted or not, as the user says) to the deadline, inclusive (docs/rules.md §4);
//! - feasible when days needed ≤ days available.

use std::fmt;

use chrono::{Days, NaiveDate};

use crate::number::{NumberError, NumberWarning, parse_count_detailed};
use crate::working_days::{add_working_days, count_working_days};

/// A number of the capacity form, with its allowed range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CapacityField {
    /// Số tổ thu nhận (collection teams working at the same time).
    Teams,
    /// Hồ sơ mỗi giờ của một tổ.
    RecordsPerHour,
    /// Giờ mỗi buổi.
    HoursPerSession,
    /// Buổi mỗi ngày.
    SessionsPerDay,
}

impl CapacityField {
    /// The allowed range: a province runs hundreds of teams; a team records at most a few per
    /// minute; a session is at most a working day; at most morning, afternoon and evening.
    pub const fn range(self) -> (u32, u32) {
        match self {
            CapacityField::Teams => (1, 10_000),
            CapacityField::RecordsPerHour => (1, 500),
            CapacityField::HoursPerSession => (1, 12),
            CapacityField::SessionsPerDay => (1, 3),
        }
    }
}

/// Why a capacity number is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CapacityError {
    /// Not a whole number.
    Number {
        field: CapacityField,
        error: NumberError,
    },
    /// Outside [`CapacityField::range`].
    OutOfRange {
        field: CapacityField,
        min: u32,
        max: u32,
    },
}

impl CapacityError {
    /// The field to mark.
    pub const fn field(&self) -> CapacityField {
        match self {
            CapacityError::Number { field, .. } | CapacityError::OutOfRange { field, .. } => *field,
        }
    }
}

impl fmt::Display for CapacityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CapacityError::Number { field, error } => write!(f, "{field:?}: {error}"),
            CapacityError::OutOfRange { field, min, max } => {
                write!(f, "{field:?} must be {min}-{max}")
            }
        }
    }
}

impl std::error::Error for CapacityError {}

/// How much the school (with the police) can collect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Capacity {
    /// Teams working at the same time.
    pub teams: u32,
    /// Records one team takes per hour.
    pub records_per_hour: u32,
    /// Hours per session.
    pub hours_per_session: u32,
    /// Sessions per day.
    pub sessions_per_day: u32,
}

/// The capacity form as typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CapacityInput<'a> {
    /// Teams.
    pub teams: &'a str,
    /// Records per hour per team.
    pub records_per_hour: &'a str,
    /// Hours per session.
    pub hours_per_session: &'a str,
    /// Sessions per day.
    pub sessions_per_day: &'a str,
}

/// A capacity read, with any comma-as-thousands readings to show back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedCapacity {
    /// The capacity.
    pub capacity: Capacity,
    /// Readings to show back.
    pub warnings: Vec<(CapacityField, NumberWarning)>,
}

impl Capacity {
    /// Reads the capacity form.
    ///
    /// # Errors
    /// One per bad field: `teams: ""` → [`CapacityError::Number`] with
    /// [`NumberError::Empty`]; `teams: "0"` → [`CapacityError::OutOfRange`] `{ min: 1, max: 10000 }`;
    /// `sessions_per_day: "4"` → [`CapacityError::OutOfRange`] `{ min: 1, max: 3 }`.
    pub fn parse(input: CapacityInput<'_>) -> Result<ParsedCapacity, Vec<CapacityError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut read = |field: CapacityField, text: &str| -> u32 {
            let (min, max) = field.range();
            match parse_count_detailed(text) {
                Ok(parsed) => {
                    if let Some(w) = parsed.warning {
                        warnings.push((field, w));
                    }
                    match u32::try_from(parsed.value) {
                        Ok(v) if (min..=max).contains(&v) => v,
                        _ => {
                            errors.push(CapacityError::OutOfRange { field, min, max });
                            0
                        }
                    }
                }
                Err(error) => {
                    errors.push(CapacityError::Number { field, error });
                    0
                }
            }
        };
        let capacity = Capacity {
            teams: read(CapacityField::Teams, input.teams),
            records_per_hour: read(CapacityField::RecordsPerHour, input.records_per_hour),
            hours_per_session: read(CapacityField::HoursPerSession, input.hours_per_session),
            sessions_per_day: read(CapacityField::SessionsPerDay, input.sessions_per_day),
        };
        if errors.is_empty() {
            Ok(ParsedCapacity { capacity, warnings })
        } else {
            Err(errors)
        }
    }

    /// Records per session: records per hour × hours per session × teams.
    pub fn per_session(&self) -> u64 {
        u64::from(self.records_per_hour)
            .saturating_mul(u64::from(self.hours_per_session))
            .saturating_mul(u64::from(self.teams))
    }

    /// Records per day: per session × sessions per day.
    pub fn per_day(&self) -> u64 {
        self.per_session()
            .saturating_mul(u64::from(self.sessions_per_day))
    }
}

/// Which days count.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum DayCounting {
    /// Working days: Monday–Friday, less holidays, plus make-up Saturdays.
    #[default]
    WorkingDays,
    /// Every day, weekends and holidays included.
    AllDays,
}

/// Why a deadline cannot be planned for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeadlineError {
    /// The deadline is before the reference date.
    BeforeReference {
        deadline: NaiveDate,
        reference: NaiveDate,
    },
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlineError::BeforeReference {
                deadline,
                reference,
            } => write!(
                f,
                "deadline {deadline} is before the reference date {reference}"
            ),
        }
    }
}

impl std::error::Error for DeadlineError {}

/// The dates and day rules of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Calendar {
    /// The date the plan is made on.
    pub reference: NaiveDate,
    /// The last day collection may happen.
    pub deadline: NaiveDate,
    /// Working days or every day.
    pub counting: DayCounting,
    /// Whether the reference date itself can still be used.
    pub today_counts: bool,
}

impl Calendar {
    /// A calendar from `reference` to `deadline`.
    ///
    /// # Errors
    /// [`DeadlineError::BeforeReference`] when `deadline` < `reference` (15/05/2026 seen from
    /// 20/05/2026). The same day is accepted: the plan then has one day if today counts, else none.
    pub fn new(
        reference: NaiveDate,
        deadline: NaiveDate,
        counting: DayCounting,
        today_counts: bool,
    ) -> Result<Calendar, DeadlineError> {
        if deadline < reference {
            return Err(DeadlineError::BeforeReference {
                deadline,
                reference,
            });
        }
        Ok(Calendar {
            reference,
            deadline,
            counting,
            today_counts,
        })
    }

    /// Days available from the reference date (if it counts) to the deadline, inclusive.
    pub fn available_days(&self) -> u64 {
        match self.counting {
            DayCounting::WorkingDays => {
                count_working_days(self.reference, self.deadline, self.today_counts)
            }
            DayCounting::AllDays => {
                let span = u64::try_from((self.deadline - self.reference).num_days()).unwrap_or(0);
                span + u64::from(self.today_counts)
            }
        }
    }

    /// The `n`-th counted day (1-based); `None` for 0, past [`MAX_PLAN_DAYS`] or the calendar.
    pub fn nth_day(&self, n: u64) -> Option<NaiveDate> {
        if n == 0 || n > MAX_PLAN_DAYS {
            return None;
        }
        let before_first = if self.today_counts {
            self.reference.checked_sub_days(Days::new(1))?
        } else {
            self.reference
        };
        match self.counting {
            DayCounting::WorkingDays => add_working_days(before_first, u32::try_from(n).ok()?),
            DayCounting::AllDays => before_first.checked_add_days(Days::new(n)),
        }
    }

    /// The first `n` counted days (at most [`MAX_PLAN_DAYS`]), in one walk.
    pub fn first_days(&self, n: u64) -> Vec<NaiveDate> {
        let n = n.min(MAX_PLAN_DAYS);
        let mut days = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        let Some(mut day) = self.nth_day(1) else {
            return days;
        };
        while (days.len() as u64) < n {
            days.push(day);
            let next = match self.counting {
                DayCounting::WorkingDays => add_working_days(day, 1),
                DayCounting::AllDays => day.checked_add_days(Days::new(1)),
            };
            match next {
                Some(next) => day = next,
                None => break,
            }
        }
        days
    }
}

/// Most days a plan lists dates for (about 10 years of working days): beyond it the plan says
/// only how many days are needed.
pub const MAX_PLAN_DAYS: u64 = 2_600;

/// The plan's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Plan {
    /// Records still to collect.
    pub records: u64,
    /// The capacity used.
    pub capacity: Capacity,
    /// The calendar used.
    pub calendar: Calendar,
    /// Records per session.
    pub per_session: u64,
    /// Records per day.
    pub per_day: u64,
    /// ⌈records ÷ per session⌉.
    pub sessions_needed: u64,
    /// ⌈sessions ÷ sessions per day⌉.
    pub days_needed: u64,
    /// Counted days from the reference date to the deadline.
    pub days_available: u64,
    /// `days_needed ≤ days_available`.
    pub feasible: bool,
    /// The first counted day, when there is work to do.
    pub first_day: Option<NaiveDate>,
    /// The day the last record is collected, working without a break from the first day; `None`
    /// when nothing is left or beyond [`MAX_PLAN_DAYS`].
    pub finish_on: Option<NaiveDate>,
    /// Records per day needed to finish by the deadline: ⌈records ÷ days available⌉; `None`
    /// without any day available.
    pub required_per_day: Option<u64>,
    /// Teams needed to finish by the deadline at this pace: ⌈records ÷ (records per hour × hours
    /// × sessions per day × days available)⌉; `None` without any day available.
    pub teams_needed: Option<u64>,
}

impl Plan {
    /// Plans `records` with `capacity` on `calendar`.
    pub fn new(records: u64, capacity: Capacity, calendar: Calendar) -> Plan {
        let per_session = capacity.per_session();
        let per_day = capacity.per_day();
        let sessions_needed = ceil_div(records, per_session);
        let days_needed = ceil_div(sessions_needed, u64::from(capacity.sessions_per_day));
        let days_available = calendar.available_days();
        let per_team_by_deadline = u64::from(capacity.records_per_hour)
            .saturating_mul(u64::from(capacity.hours_per_session))
            .saturating_mul(u64::from(capacity.sessions_per_day))
            .saturating_mul(days_available);
        let has_days = days_available > 0;
        Plan {
            records,
            capacity,
            calendar,
            per_session,
            per_day,
            sessions_needed,
            days_needed,
            days_available,
            feasible: days_needed <= days_available,
            first_day: (records > 0).then(|| calendar.nth_day(1)).flatten(),
            finish_on: calendar.nth_day(days_needed),
            required_per_day: has_days.then(|| ceil_div(records, days_available)),
            teams_needed: has_days.then(|| ceil_div(records, per_team_by_deadline)),
        }
    }

    /// Counted days left over after the work (positive) or missing (negative).
    pub fn spare_days(&self) -> i128 {
        i128::from(self.days_available) - i128::from(self.days_needed)
    }
}

/// ⌈a ÷ b⌉ for b > 0; 0 ÷ anything is 0, and a ÷ 0 is `u64::MAX` (never enough).
pub fn ceil_div(a: u64, b: u64) -> u64 {
    if a == 0 {
        0
    } else if b == 0 {
        u64::MAX
    } else {
        a.div_ceil(b)
    }
}

/// A session: its day and its number in the day (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    /// The day; `None` past [`MAX_PLAN_DAYS`].
    pub day: Option<NaiveDate>,
    /// 1-based day number in the plan.
    pub day_number: u64,
    /// 1-based session of the day.
    pub session: u32,
}

/// When one class (or grade) is collected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSlots {
    /// The group's position in the input.
    pub index: usize,
    /// Records of the group.
    pub records: u64,
    /// First session it takes part in.
    pub first: Slot,
    /// Last session it takes part in.
    pub last: Slot,
    /// Whether its last session falls after the deadline.
    pub late: bool,
}

/// Schedules groups one after the other, filling sessions in order: a suggestion the school can
/// reorder. Groups with nothing to collect get no slot.
pub fn schedule(records: &[u64], plan: &Plan) -> Vec<GroupSlots> {
    let per_session = plan.per_session.max(1);
    let per_day = u64::from(plan.capacity.sessions_per_day.max(1));
    let total_sessions = ceil_div(
        records.iter().fold(0u64, |a, &r| a.saturating_add(r)),
        per_session,
    );
    let days = plan.calendar.first_days(ceil_div(total_sessions, per_day));
    let slot = |session_index: u64| {
        let day_index = session_index / per_day;
        Slot {
            day: usize::try_from(day_index)
                .ok()
                .and_then(|i| days.get(i))
                .copied(),
            day_number: day_index.saturating_add(1),
            session: u32::try_from(session_index % per_day + 1).unwrap_or(1),
        }
    };
    let mut done: u64 = 0;
    let mut out = Vec::new();
    for (index, &r) in records.iter().enumerate() {
        if r == 0 {
            continue;
        }
        let first = slot(done / per_session);
        let end = done.saturating_add(r);
        let last = slot((end - 1) / per_session);
        let late = last.day_number > plan.days_available;
        out.push(GroupSlots {
            index,
            records: r,
            first,
            last,
            late,
        });
        done = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32, month: u32, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn ceil_division() {
        assert_eq!(ceil_div(0, 5), 0);
        assert_eq!(ceil_div(10, 5), 2);
        assert_eq!(ceil_div(11, 5), 3);
        assert_eq!(ceil_div(1, 0), u64::MAX);
    }

    #[test]
    fn schedule_fills_sessions_in_order() {
        let capacity = Capacity {
            teams: 1,
            records_per_hour: 10,
            hours_per_session: 2,
            sessions_per_day: 2,
        };
        // Monday 4/5/2026, today not counted: days are Tue 5/5, Wed 6/5, …
        let calendar = Calendar::new(
            d(4, 5, 2026),
            d(8, 5, 2026),
            DayCounting::WorkingDays,
            false,
        )
        .unwrap();
        let plan = Plan::new(70, capacity, calendar);
        assert_eq!((plan.sessions_needed, plan.days_needed), (4, 2));
        let slots = schedule(&[35, 0, 35], &plan);
        assert_eq!(slots.len(), 2);
        assert_eq!(slots[0].first.day, Some(d(5, 5, 2026)));
        assert_eq!((slots[0].last.day_number, slots[0].last.session), (1, 2));
        assert_eq!((slots[1].first.day_number, slots[1].first.session), (1, 2));
        assert_eq!(slots[1].last.day, Some(d(6, 5, 2026)));
    }
}
