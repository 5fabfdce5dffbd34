//! The results: verdict first, then the figures with their bases, the campaigns' groups, age
//! groups, per class or grade (chart and table), the plan with its arithmetic, and the lists to
//! download. Everything prints on one A4 page (the form and buttons do not print).

use std::rc::Rc;

use chrono::Datelike;
use yew::prelude::*;

use super::CSV_MIME;
use super::chart;
use super::inputs;
use crate::catalogue::common::{LEAP_DAY_CONVENTION, WORKING_DAYS_DEFINITION};
use crate::catalogue::{
    Lang, Localized, Text, count, shell as shell_text, students as t, with_count,
};
use crate::files::protocol::WorkerStatus;
use crate::forms::download::DownloadAction;
use crate::forms::students::check::{Checked, Data, GROUP_BY_ID, Outcome, RESULTS_TITLE_ID};
use crate::forms::students::{Action, Form};
use crate::rules::students::coverage::Turning14Counts;
use crate::rules::students::plan::schedule;
use crate::rules::students::{
    Cohort, Counts, CountsCoverage, DayCounting, Group, GroupBy, Plan, RosterCoverage, RosterError,
    RosterRead, Step,
};
use crate::rules::units;
use crate::rules::working_days::year_coverage;
use crate::ui::browser;
use crate::ui::files::intake::WorkerSlot;
use crate::ui::files::worker_progress;
use crate::ui::widgets::{ChoiceOption, Radios, commune_label};

/// Problems listed before "… và N lỗi khác".
const MAX_LISTED: usize = 100;

/// Classes a printed page has room for; more are printed by grade.
const MAX_PRINTED_GROUPS: usize = 16;

pub fn results(
    outcome: &Outcome,
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) -> Html {
    let plan = &outcome.plan;
    let groups_by = |by: GroupBy| match &outcome.data {
        Data::Counts { rows, .. } => CountsCoverage::groups(rows, by),
        Data::Roster { coverage, .. } => outcome
            .roster()
            .map(|r| coverage.groups(r, by))
            .unwrap_or_default(),
    };
    let total = match &outcome.data {
        Data::Counts { coverage, .. } => coverage.total,
        Data::Roster { coverage, .. } => coverage.total,
    };
    let groups = groups_by(form.group_by);
    // A long class table would push the plan onto a second sheet: print it by grade instead.
    let print_groups = (form.group_by == GroupBy::Class && groups.len() > MAX_PRINTED_GROUPS)
        .then(|| groups_by(GroupBy::Grade));
    let print = Callback::from(|_| browser::print());
    let verdict_class = if plan.feasible {
        "panel panel--ok"
    } else {
        "panel panel--stop"
    };
    html! {
        <section class="students-results" aria-labelledby={RESULTS_TITLE_ID}>
            <h2 id={RESULTS_TITLE_ID} tabindex="-1">{ t::RESULTS_TITLE.get(lang) }</h2>
            <p class="students-results__dates">
                { t::print_heading(&form.school, &place(form, outcome.reference), outcome.reference, plan.calendar.deadline, lang) }
            </p>
            <div class={verdict_class}>
                <p class="verdict">{ t::verdict(plan, lang) }</p>
                if let Some(more) = t::catch_up(plan, lang) {
                    <p>{ more }</p>
                }
                if let Some(second) = &outcome.second_plan {
                    <p>{ t::second_deadline_line(second, lang) }</p>
                }
            </div>
            if form.example {
                <p class="panel panel--info">{ t::EXAMPLE_NOTE.get(lang) }</p>
            }
            if let Data::Roster { coverage, .. } = &outcome.data {
                { roster_notes(outcome, coverage, form, checked, lang) }
            }
            { key_figures(&total, plan.records, matches!(outcome.data, Data::Roster { .. }), lang) }
            { match &outcome.data {
                Data::Roster { coverage, .. } => cohorts(coverage, lang),
                Data::Counts { coverage, .. } => grade_ages(coverage, lang),
            } }
            { plan_section(plan, lang) }
            { by_group(&groups, print_groups.as_deref(), plan, form, lang) }
            if let Data::Roster { read, coverage } = &outcome.data {
                { downloads(read, coverage, form, slot, lang) }
            }
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ shell_text::PRINT.get(lang) }</button>
            </div>
        </section>
    }
}

/// The commune chosen ("Phường Ba Đình, Thành phố Hà Nội"), or the province alone, or nothing.
fn place(form: &Form, today: chrono::NaiveDate) -> String {
    if let Some(commune) = form.commune.and_then(units::commune) {
        return commune_label(commune, today);
    }
    form.province
        .and_then(units::province)
        .map(|p| p.display_name_on(today).into_owned())
        .unwrap_or_default()
}

/// The roster's reading: rows counted, rows with problems, warnings, blanks, columns used.
fn roster_notes(
    outcome: &Outcome,
    coverage: &RosterCoverage,
    form: &UseReducerHandle<Form>,
    checked: &Checked,
    lang: Lang,
) -> Html {
    let (Some(read), Some(roster)) = (outcome.read(), outcome.roster()) else {
        return html! {};
    };
    let listed = roster.problems.iter().take(MAX_LISTED);
    let more = roster.problems.len().saturating_sub(MAX_LISTED);
    let blanks = roster.blanks_read_as_no.total();
    html! {
        <div class="students-roster-notes">
            <p>{ t::roster_summary(read.data_rows, roster.students.len(), roster.rows_with_problems, lang) }</p>
            if !roster.problems.is_empty() {
                <div class="panel panel--warning students-problems">
                    <h3>{ t::PROBLEMS_TITLE.get(lang) }</h3>
                    <p>{ t::PROBLEMS_FIX.get(lang) }</p>
                    <ul>
                        { for listed.map(|p| html! { <li>{ p.localize(lang) }</li> }) }
                    </ul>
                    if more > 0 {
                        <p>{ t::more_rows(more, lang) }</p>
                    }
                </div>
            }
            if !read.file_warnings.is_empty() {
                <ul class="students-file-warnings">
                    { for read.file_warnings.iter().map(|w| html! { <li class="warning-message">{ w.localize(lang) }</li> }) }
                </ul>
            }
            if !roster.warnings.is_empty() {
                <details class="students-warnings">
                    <summary>{ with_count(t::WARNINGS_TITLE.get(lang), roster.warnings.len(), lang) }</summary>
                    <ul>
                        { for roster.warnings.iter().take(MAX_LISTED).map(|w| html! { <li>{ w.localize(lang) }</li> }) }
                    </ul>
                    if roster.warnings.len() > MAX_LISTED {
                        <p>{ t::more_rows(roster.warnings.len() - MAX_LISTED, lang) }</p>
                    }
                </details>
            }
            if blanks > 0 {
                <p class="hint">{ t::blanks_note(blanks, lang) }</p>
            }
            if !roster.has_activation {
                <p class="hint">{ t::NO_ACTIVATION_COLUMN.get(lang) }</p>
            }
            if coverage.born_29_february > 0 {
                <p class="hint">{ t::leap_day_students(coverage.born_29_february, lang) }{" "}{ LEAP_DAY_CONVENTION.get(lang) }</p>
            }
            { inputs::mapping_review(read, form, checked, lang) }
        </div>
    }
}

fn key_figures(total: &Counts, to_collect: u64, roster: bool, lang: Lang) -> Html {
    let collect_note = if roster {
        t::TO_COLLECT_ROSTER_NOTE
    } else {
        t::TO_COLLECT_COUNTS_NOTE
    };
    html! {
        <div class="students-figures-wrap">
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::key_figures_caption(total.total, lang)}>
                <table class="students-key-figures">
                    <caption>{ t::key_figures_caption(total.total, lang) }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col" class="num">{ t::DONE_COLUMN.get(lang) }</th>
                            <th scope="col" class="num">{ t::NEEDING_COLUMN.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for Step::ALL.iter().map(|&step| {
                            let known = step != Step::Activation || total.activation_known();
                            html! {
                                <tr>
                                    <th scope="row">{ t::step_name(step).get(lang) }</th>
                                    if known {
                                        <td class="num">{ share_html(total.done(step), total.base(step), lang) }</td>
                                        <td class="num">{ count(total.needing(step), lang) }</td>
                                    } else {
                                        <td colspan="2">{ t::ACTIVATION_UNKNOWN.get(lang) }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <div>
                <h3 class="students-groups-title">{ t::GROUPS_TITLE.get(lang) }</h3>
                <dl class="summary-list students-figures">
                    { figure_row(t::GROUP_CARD_NO_LEVEL2, count(total.card_no_level2, lang), true, lang) }
                    { figure_row(t::GROUP_NEITHER, count(total.neither, lang), true, lang) }
                    if total.activation_known() {
                        { figure_row(t::GROUP_NOT_ACTIVATED, count(total.level2_not_activated, lang), true, lang) }
                    } else {
                        { figure_row(t::GROUP_NOT_ACTIVATED, t::ACTIVATION_UNKNOWN.get(lang).to_owned(), false, lang) }
                    }
                    if total.level2_no_card > 0 {
                        { figure_row(t::GROUP_LEVEL2_NO_CARD, count(total.level2_no_card, lang), true, lang) }
                    }
                    <div class="students-figures__total">
                        <dt>{ t::TO_COLLECT.get(lang) }</dt>
                        <dd class="num">{ count(to_collect, lang) }</dd>
                        <dd class="hint">{ collect_note.get(lang) }</dd>
                    </div>
                </dl>
            </div>
        </div>
    }
}

fn cohorts(coverage: &RosterCoverage, lang: Lang) -> Html {
    let at_deadline = coverage.by_cohort_at_deadline.map(|c| c.total);
    let Turning14Counts {
        needs_card,
        must_renew,
        check_issue_date,
    } = coverage.turning_14;
    html! {
        <>
            <h3>{ t::COHORTS_TITLE.get(lang) }</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::COHORTS_TITLE.get(lang)}>
                <table class="students-cohorts">
                    <caption>{ t::cohorts_caption(coverage.reference, lang) }</caption>
                    <thead>{ header_row(&[(t::COHORT_COLUMN, false), (t::STUDENTS_COLUMN, true), (t::step_done(Step::Card), true), (t::step_done(Step::Level2), true), (t::step_done(Step::Activation), true)], lang) }</thead>
                    <tbody>
                        { for Cohort::ALL.iter().zip(&coverage.by_cohort).map(|(&cohort, c)| html! {
                            <tr>
                                <th scope="row">{ t::cohort_name(cohort).get(lang) }</th>
                                <td class="num">{ count(c.total, lang) }</td>
                                <td class="num">{ t::share(c.with_card, c.total, lang) }</td>
                                <td class="num">{ t::share(c.with_level2, c.total, lang) }</td>
                                <td class="num">
                                    if c.activation_known() {
                                        { t::share(c.activated, c.base(Step::Activation), lang) }
                                    } else {
                                        {"—"}
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p>{ t::cohorts_at_deadline(coverage.deadline, at_deadline, lang) }</p>
            <h4 class="students-rules">{ t::RULES_COLUMN.get(lang) }</h4>
            <dl class="students-rules">
                { for Cohort::ALL.iter().map(|&cohort| html! {
                    <>
                        <dt>{ t::cohort_name(cohort).get(lang) }</dt>
                        <dd>{ t::cohort_rules(cohort, lang) }</dd>
                    </>
                }) }
            </dl>
            if coverage.turning_14.total() > 0 {
                {{
                    let (head, lines) = t::turning_14_lines(coverage.reference, coverage.deadline, needs_card, must_renew, check_issue_date, lang);
                    html! {
                        <div class="panel panel--warning">
                            <p><strong>{ head }</strong></p>
                            <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                            <p class="source">{ t::TURNING_14_SOURCE.get(lang) }</p>
                        </div>
                    }
                }}
            }
            <p class="source">{ t::AGE_DEFINITION.get(lang) }{" "}{ LEAP_DAY_CONVENTION.get(lang) }{" "}{ t::COHORT_SOURCES.get(lang) }</p>
        </>
    }
}

fn grade_ages(coverage: &CountsCoverage, lang: Lang) -> Html {
    html! {
        <>
            <h3>{ t::GRADES_TITLE.get(lang) }</h3>
            <p>{ t::GRADES_INTRO.get(lang) }</p>
            if !coverage.grades.is_empty() {
                <div class="table-wrap" tabindex="0" role="region" aria-label={t::GRADES_TITLE.get(lang)}>
                    <table class="students-grades">
                        <thead>{ header_row(&[(t::GRADE_COLUMN, false), (t::BIRTH_YEAR_COLUMN, true), (t::AGE_COLUMN, true), (t::COHORT_COLUMN, false)], lang) }</thead>
                        <tbody>
                            { for coverage.grades.iter().map(|g| html! {
                                <tr>
                                    <th scope="row">{ g.grade.to_string() }</th>
                                    <td class="num">{ g.birth_year.to_string() }</td>
                                    <td class="num">{ t::age_range(g, lang) }</td>
                                    <td>{ t::grade_cohorts(g, lang) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <p class="hint">{ t::GRADES_NEED_ROSTER.get(lang) }</p>
            if let Some((first, last)) = coverage.turning_14_born {
                <p class="panel panel--warning">{ t::turning_14_born(first, last, &coverage.turning_14_grades, lang) }</p>
            }
        </>
    }
}

fn by_group(
    groups: &[Group],
    print_groups: Option<&[Group]>,
    plan: &Plan,
    form: &UseReducerHandle<Form>,
    lang: Lang,
) -> Html {
    let onchange = {
        let form = form.clone();
        Callback::from(move |v: AttrValue| {
            form.dispatch(Action::GroupBy(if v == "grade" {
                GroupBy::Grade
            } else {
                GroupBy::Class
            }))
        })
    };
    let title = match form.group_by {
        GroupBy::Class => t::BY_CLASS_TITLE,
        GroupBy::Grade => t::BY_GRADE_TITLE,
    };
    html! {
        <>
            <h3>{ title.get(lang) }</h3>
            <div class="no-print">
                <Radios id={GROUP_BY_ID} legend={t::GROUP_BY_LEGEND.get(lang)} inline=true
                    options={vec![
                        ChoiceOption::new("class", t::GROUP_BY_CLASS.get(lang)),
                        ChoiceOption::new("grade", t::GROUP_BY_GRADE.get(lang)),
                    ]}
                    selected={Some(AttrValue::from(if form.group_by == GroupBy::Grade { "grade" } else { "class" }))}
                    {onchange} />
            </div>
            <div class="students-chart-wrap">
                <p class="visually-hidden">{ t::CHART_TEXT_ALTERNATIVE.get(lang) }</p>
                { chart::legend(lang) }
                { chart::bars(groups, lang) }
            </div>
            { group_table(groups, plan, title, print_groups.is_some(), lang) }
            if let Some(by_grade) = print_groups {
                <div class="print-only">
                    <p class="hint">{ t::PRINTED_BY_GRADE.get(lang) }</p>
                    { group_table(by_grade, plan, t::BY_GRADE_TITLE, false, lang) }
                </div>
            }
        </>
    }
}

/// A share as [`t::share`] writes it, in two unbreakable parts so a narrow cell wraps between
/// the percentage and its base, never inside the base.
fn share_html(n: u64, base: u64, lang: Lang) -> Html {
    if base == 0 {
        return html! { { t::share(n, base, lang) } };
    }
    html! {
        <>
            <span class="num">{ crate::catalogue::percent(n, base, 2, lang) }</span>
            {" "}
            <span class="num">{ format!("({} / {})", count(n, lang), count(base, lang)) }</span>
        </>
    }
}

/// A table's column headers: (text, numeric).
fn header_row(columns: &[(Text, bool)], lang: Lang) -> Html {
    html! {
        <tr>
            { for columns.iter().map(|(text, numeric)| html! {
                <th scope="col" class={numeric.then_some("num")}>{ text.get(lang) }</th>
            }) }
        </tr>
    }
}

/// One row of a summary list: what, and how many (or a short text).
fn figure_row(label: Text, value: String, numeric: bool, lang: Lang) -> Html {
    html! {
        <div>
            <dt>{ label.get(lang) }</dt>
            <dd class={numeric.then_some("num")}>{ value }</dd>
            <dd></dd>
        </div>
    }
}

/// The per-class (or per-grade) table with the suggested schedule.
fn group_table(groups: &[Group], plan: &Plan, title: Text, screen_only: bool, lang: Lang) -> Html {
    let records: Vec<u64> = groups.iter().map(|g| g.to_collect).collect();
    let slots = schedule(&records, plan);
    let slot_of = |i: usize| slots.iter().find(|s| s.index == i);
    // Dates without the year when the whole plan stays in the deadline's year.
    let year = plan.calendar.deadline.year();
    let with_year = slots
        .iter()
        .filter_map(|s| s.first.day.zip(s.last.day))
        .any(|(a, b)| a.year() != year || b.year() != year)
        || slots.iter().any(|s| s.last.day.is_none());
    let class = classes!("table-wrap", screen_only.then_some("no-print"));
    let first_column = if title == t::BY_GRADE_TITLE {
        t::GRADE_COLUMN
    } else {
        t::CLASS_COLUMN
    };
    html! {
            <div class={class} tabindex="0" role="region" aria-label={title.get(lang)}>
                <table class="students-groups">
                    <caption class="hint">{ t::SCHEDULE_HINT.get(lang) }</caption>
                    <thead>{ header_row(&[(first_column, false), (t::ENROLLED_COLUMN, true), (t::step_done(Step::Card), true), (t::step_done(Step::Level2), true), (t::TO_COLLECT_COLUMN, true), (t::SCHEDULE_COLUMN, false)], lang) }</thead>
                    <tbody>
                        { for groups.iter().enumerate().map(|(i, g)| html! {
                            <tr>
                                <th scope="row">{ t::group_label(&g.label, lang) }</th>
                                <td class="num">{ count(g.counts.total, lang) }</td>
                                <td class="num">{ t::share(g.counts.with_card, g.counts.total, lang) }</td>
                                <td class="num">{ t::share(g.counts.with_level2, g.counts.total, lang) }</td>
                                <td class="num">{ count(g.to_collect, lang) }</td>
                                <td>
                                    if let Some(s) = slot_of(i) {
                                        { t::slot_range(&s.first, &s.last, with_year, lang) }
                                        if s.late {
                                            {" "}<span class="tag tag--stop">{ t::LATE_TAG.get(lang) }</span>
                                        }
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
    }
}

fn plan_section(plan: &Plan, lang: Lang) -> Html {
    let days_note = match plan.calendar.counting {
        DayCounting::WorkingDays => WORKING_DAYS_DEFINITION.get(lang),
        DayCounting::AllDays => t::ALL_DAYS_DEFINITION.get(lang),
    };
    let years = plan.calendar.reference.year()..=plan.calendar.deadline.year();
    let year_notes: Vec<String> = if plan.calendar.counting == DayCounting::WorkingDays {
        years
            .take(5)
            .map(|y| year_coverage(y).localize(lang))
            .collect()
    } else {
        Vec::new()
    };
    html! {
        <>
            <h3>{ t::PLAN_TITLE.get(lang) }</h3>
            <dl class="summary-list students-figures">
                { figure_row(t::CAPACITY_PER_DAY, t::records(plan.per_day, lang), true, lang) }
                if let Some(required) = plan.required_per_day {
                    { figure_row(t::REQUIRED_PER_DAY, t::records(required, lang), true, lang) }
                }
                if let (Some(first), Some(finish)) = (plan.first_day, plan.finish_on) {
                    <div>
                        <dt>{ t::PLAN_DATES.get(lang) }</dt>
                        <dd class="students-figures__wide">{ t::plan_dates(first, finish, lang) }</dd>
                    </div>
                }
            </dl>
            <h4>{ t::HOW_COMPUTED.get(lang) }</h4>
            <ol class="students-arithmetic">
                { for t::plan_arithmetic(plan, lang).into_iter().map(|l| html! { <li>{ l }</li> }) }
            </ol>
            <p class="source">
                { days_note }
                { for year_notes.into_iter().map(|n| html! { <>{" "}{ n }</> }) }
            </p>
        </>
    }
}

fn downloads(
    read: &Rc<Result<RosterRead, RosterError>>,
    coverage: &Rc<RosterCoverage>,
    form: &UseReducerHandle<Form>,
    slot: &Rc<WorkerSlot>,
    lang: Lang,
) -> Html {
    let has_activation = read
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|r| r.roster.as_ref().ok())
        .is_some_and(|r| r.has_activation);
    let steps: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|&s| s != Step::Activation || has_activation)
        .collect();
    let on_cancel = {
        let form = form.clone();
        let slot = slot.clone();
        Callback::from(move |()| {
            slot.cancel();
            form.dispatch(Action::Xlsx(DownloadAction::Cancel));
        })
    };
    let busy = form.xlsx.is_busy();
    html! {
        <section class="no-print students-downloads">
            <h3>{ t::DOWNLOADS_TITLE.get(lang) }</h3>
            <p class="hint">{ t::DOWNLOADS_HINT.get(lang) }{" "}{ crate::catalogue::data_files::FORMULA_GUARD_NOTE.get(lang) }</p>
            <div class="button-group">
                { for steps.into_iter().map(|step| {
                    let n = coverage.statuses.iter().filter(|s| s.needs(step)).count() as u64;
                    let onclick = {
                        let read = read.clone();
                        let coverage = coverage.clone();
                        Callback::from(move |_| {
                            let Some(roster) = read.as_ref().as_ref().ok().and_then(|r| r.roster.as_ref().ok()) else {
                                return;
                            };
                            let rows: Vec<_> = coverage.needing(roster, step).collect();
                            let csv = t::export_csv(&rows, &coverage, lang);
                            browser::download(&t::download_file_name(step, coverage.reference), CSV_MIME, &csv);
                        })
                    };
                    let xlsx = {
                        let form = form.clone();
                        Callback::from(move |_| form.dispatch(Action::Xlsx(DownloadAction::Start(step))))
                    };
                    html! {
                        <>
                            <button type="button" class="button button--secondary" {onclick}>{ t::download_label(step, n, lang) }</button>
                            <button type="button" class="button button--secondary" onclick={xlsx} disabled={busy}>{ t::download_xlsx_label(step, n, lang) }</button>
                        </>
                    }
                }) }
            </div>
            if let Some(download) = form.xlsx.current {
                { worker_progress(download.status.unwrap_or(WorkerStatus::Loading), &on_cancel, lang) }
            }
            if let Some(error) = &form.xlsx.error {
                <p class="error-message" role="alert">{ error.localize(lang) }</p>
            }
        </section>
    }
}
