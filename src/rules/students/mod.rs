//! Student coverage estimator: how many students still need a căn cước card, a level-2 e-ID
//! account or an activation, and can the school finish by the deadline?
//!
//! For school heads and teachers working with the police before a campaign deadline (Hưng Yên
//! 2026: more than 436.500 children from 6 to under 14, collection done by 15/5 and 20/5/2026;
//! Đồng Nai 2026: activation by 31/8/2026; docs/rules.md §1, §4).
//!
//! Two ways in:
//! - [`counts`]: counts per class or grade (enrolled, with a card, with a level-2 account,
//!   activated). No dates of birth, so ages come only from the grade's nominal year of birth;
//! - [`roster`]: a list of students pasted from a spreadsheet or opened from a CSV file, with
//!   dates of birth: exact-age [`cohorts`] on the reference date and on the deadline.
//!
//! Both lead to [`coverage`] (counts, the campaigns' groups, per class or grade, who needs what)
//! and to a collection [`plan`] (sessions, days, feasibility, a per-class schedule).

pub mod cohorts;
pub mod counts;
pub mod coverage;
pub mod examples;
pub mod plan;
pub mod roster;

pub use cohorts::{Cohort, CohortRules, Grade, GradeAges, Turns14, Turns14Card};
pub use counts::{ClassCounts, CountsCoverage, CountsError, CountsField, CountsInput};
pub use coverage::{Counts, Group, GroupBy, GroupLabel, RosterCoverage, Step, StudentStatus};
pub use plan::{Calendar, Capacity, CapacityError, CapacityField, DayCounting, Plan};
pub use roster::{Column, ColumnChoice, ConfirmedColumns, Roster, RosterError, RosterRead};
