//! Student coverage estimator (`#/hoc-sinh`): counts per class or a roster in, coverage by age
//! group and class, the campaigns' two groups, a collection plan and CSV lists out.
//!
//! The page holds raw input in a draft-backed reducer ([`crate::forms::students`]), checks it on
//! submit with the rules ([`check`]), and renders catalogue text. The roster itself is never saved
//! unless the user opts in.

mod chart;
mod inputs;
mod results;
mod xlsx;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, shell as shell_text, students as t};
use crate::first_paint::STUDENTS_HEAD;
use crate::rules::students::roster::read_roster;
use crate::ui::browser;
use crate::ui::drafts::{forget_draft, use_draft_reducer};
use crate::ui::files::intake::{use_intake_focus, use_intake_work};
use crate::ui::pages::dispatching;
use crate::ui::shell::{use_page_title, use_shell};
use crate::ui::widgets::{
    Checkbox, ChoiceOption, CommunePicker, ErrorSummary, Radios, TextField, draft_notice,
    focus_field, page_heading,
};

use crate::forms::Reducer;
use crate::forms::students::check::{
    self, COMMUNE_ID, DEADLINE_ID, MAPPING_TITLE_ID, MODE_ID, REFERENCE_ID, RESULTS_TITLE_ID,
    SCHOOL_ID, SECOND_DEADLINE_ID, TODAY_COUNTS_ID, WEEKENDS_ID, capacity_id,
};
/// The MIME type of the CSV files the page offers.
const CSV_MIME: &str = "text/csv;charset=utf-8";

use crate::forms::students::{Action, DRAFT_NAME, DRAFT_VERSION, Form, Mode, ROSTER_STORAGE_KEY};

impl Reducible for Form {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Reducer::apply(self, action)
    }
}

#[component]
pub fn StudentsPage() -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let today = shell.today;
    let (form, notice) = use_draft_reducer::<Form>(DRAFT_NAME, DRAFT_VERSION);

    use_saved_roster(&form);
    let slot = use_intake_work(
        &form.intake,
        dispatching(&form, crate::forms::students::Action::Intake),
    );
    // Each new question of the file on its way in takes focus: the keyboard or screen reader
    // user is there.
    use_intake_focus(form.intake.intake.as_ref());

    // The roster is read once per change of text, columns or date (a 2.000-row list is the
    // heaviest thing on the page), and only once results are asked for.
    let reference = check::reference_date(&form, today).ok();
    let active = form.mode == Mode::Roster && form.submitted;
    let roster_read = use_memo(
        (
            form.roster_text.clone(),
            form.confirmed.clone(),
            reference,
            form.roster_dates,
            active,
        ),
        |(text, confirmed, reference, dates, active)| match (active, reference) {
            (true, Some(reference)) => Some(Rc::new(read_roster(
                text,
                confirmed.as_ref(),
                *reference,
                *dates,
            ))),
            _ => None,
        },
    );
    let checked = if form.submitted {
        check::check(&form, today, (*roster_read).clone(), lang)
    } else {
        check::Checked::default()
    };
    use_page_title(shell_text::TOOL_STUDENTS, !checked.errors.is_empty());
    xlsx::use_students_xlsx(&form, checked.outcome.as_ref(), &slot, lang);

    // After each submit: the error summary takes focus by itself; otherwise move focus to what
    // appeared (the column check or the results), as a new page would.
    {
        let target = if !checked.errors.is_empty() {
            None
        } else if checked.mapping_step {
            Some(MAPPING_TITLE_ID)
        } else if checked.outcome.is_some() {
            Some(RESULTS_TITLE_ID)
        } else {
            None
        };
        use_effect_with(form.attempt, move |attempt| {
            if *attempt > 0
                && let Some(id) = target
            {
                focus_field(id);
            }
        });
    }

    let dispatch = |make: fn(String) -> Action| {
        let form = form.clone();
        Callback::from(move |v: String| form.dispatch(make(v)))
    };
    let on_province = {
        let form = form.clone();
        Callback::from(move |p| form.dispatch(Action::Province(p)))
    };
    let on_commune = {
        let form = form.clone();
        Callback::from(move |c| form.dispatch(Action::Commune(c)))
    };
    let onsubmit = {
        let form = form.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            form.dispatch(Action::Submit);
        })
    };
    let start_again = {
        let form = form.clone();
        Callback::from(move |_| {
            forget_draft(DRAFT_NAME);
            browser::forget(ROSTER_STORAGE_KEY);
            form.dispatch(Action::StartAgain);
        })
    };
    let onmode = {
        let form = form.clone();
        Callback::from(move |v: AttrValue| {
            form.dispatch(Action::Mode(if v == "roster" {
                Mode::Roster
            } else {
                Mode::Counts
            }))
        })
    };

    html! {
        <div class="students-page">
            { page_heading(STUDENTS_HEAD, true, lang) }
            { draft_notice(notice, html! {
                <button type="button" class="button button--secondary" onclick={start_again}>
                    { shell_text::START_AGAIN.get(lang) }
                </button>
            }, lang) }
            <ErrorSummary errors={checked.errors.clone()} attempt={form.attempt} />

            <form class="students-form no-print" novalidate=true {onsubmit}>
                <fieldset class="section">
                    <legend>{ t::GENERAL_LEGEND.get(lang) }</legend>
                    <TextField id={SCHOOL_ID} label={t::SCHOOL_LABEL.get(lang)}
                        hint={t::SCHOOL_HINT.get(lang)} value={form.school.clone()}
                        oninput={dispatch(Action::School)} autocomplete="organization"
                        messages={checked.field(SCHOOL_ID)} />
                    <fieldset class="students-commune">
                        <legend>{ t::COMMUNE_LABEL.get(lang) }</legend>
                        <CommunePicker id={COMMUNE_ID} province={form.province}
                            commune={form.commune} {on_province} {on_commune} />
                    </fieldset>
                    <TextField id={REFERENCE_ID} label={t::REFERENCE_LABEL.get(lang)}
                        hint={t::REFERENCE_HINT.get(lang)} value={form.reference.clone()}
                        oninput={dispatch(Action::Reference)} autocomplete="off" inputmode="numeric"
                        width="input--medium" messages={checked.field(REFERENCE_ID)} />
                    <TextField id={DEADLINE_ID} label={t::DEADLINE_LABEL.get(lang)}
                        hint={t::DEADLINE_HINT.get(lang)} value={form.deadline.clone()}
                        oninput={dispatch(Action::Deadline)} autocomplete="off" inputmode="numeric"
                        width="input--medium" messages={checked.field(DEADLINE_ID)} />
                    <TextField id={SECOND_DEADLINE_ID} label={t::SECOND_DEADLINE_LABEL.get(lang)}
                        hint={t::SECOND_DEADLINE_HINT.get(lang)} value={form.second_deadline.clone()}
                        oninput={dispatch(Action::SecondDeadline)} autocomplete="off"
                        inputmode="numeric" width="input--medium"
                        messages={checked.field(SECOND_DEADLINE_ID)} />
                </fieldset>

                <Radios id={MODE_ID} legend={t::MODE_LEGEND.get(lang)}
                    options={vec![
                        ChoiceOption::new("counts", t::MODE_COUNTS.get(lang)).with_hint(t::MODE_COUNTS_HINT.get(lang)),
                        ChoiceOption::new("roster", t::MODE_ROSTER.get(lang)).with_hint(t::MODE_ROSTER_HINT.get(lang)),
                    ]}
                    selected={Some(AttrValue::from(if form.mode == Mode::Roster { "roster" } else { "counts" }))}
                    onchange={onmode} />

                if form.mode == Mode::Counts {
                    { inputs::counts_rows(&form, &checked, lang) }
                } else {
                    { inputs::roster_input(&form, &checked, &slot, lang) }
                }

                { capacity_fields(&form, &checked, lang) }

                <div class="button-group">
                    <button type="submit" class="button">{ t::SUBMIT.get(lang) }</button>
                </div>
            </form>

            if form.submitted && form.mode == Mode::Roster && checked.mapping_step {
                if let Some(read) = roster_read.as_ref().as_ref().and_then(|r| r.as_ref().as_ref().ok()) {
                    { inputs::mapping_panel(read, &form, &checked, lang) }
                }
            }
            if let Some(outcome) = &checked.outcome {
                { results::results(outcome, &form, &checked, &slot, lang) }
            }
        </div>
    }
}

/// Restores an opted-in roster once, and keeps (or forgets) it as the user chooses.
#[hook]
fn use_saved_roster(form: &UseReducerHandle<Form>) {
    {
        let form = form.clone();
        use_effect_with((), move |_| {
            if form.keep_roster
                && let Some(text) = browser::load(ROSTER_STORAGE_KEY)
            {
                form.dispatch(Action::RosterRestored(text));
            }
        });
    }
    let first = use_mut_ref(|| true);
    use_effect_with(
        (form.keep_roster, form.roster_text.clone()),
        move |(keep, text)| {
            // The first run sees the text before it is restored: leave the saved copy alone.
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if *keep && !text.is_empty() {
                browser::store(ROSTER_STORAGE_KEY, text);
            } else {
                browser::forget(ROSTER_STORAGE_KEY);
            }
        },
    );
}

fn capacity_fields(form: &UseReducerHandle<Form>, checked: &check::Checked, lang: Lang) -> Html {
    let weekends = {
        let form = form.clone();
        Callback::from(move |b: bool| form.dispatch(Action::WeekendsCount(b)))
    };
    let today_counts = {
        let form = form.clone();
        Callback::from(move |b: bool| form.dispatch(Action::TodayCounts(b)))
    };
    html! {
        <fieldset class="section">
            <legend>{ t::CAPACITY_LEGEND.get(lang) }</legend>
            <p class="hint">{ t::CAPACITY_HINT.get(lang) }</p>
            <div class="students-capacity">
                { for check::CAPACITY_FIELDS.iter().map(|&field| {
                    let oninput = {
                        let form = form.clone();
                        Callback::from(move |v: String| form.dispatch(Action::Capacity(field, v)))
                    };
                    let id = capacity_id(field);
                    html! {
                        <TextField id={id} label={t::capacity_label(field).get(lang)}
                            hint={t::capacity_hint(field).map(|h| AttrValue::from(h.get(lang)))}
                            value={form.capacity(field).to_owned()} {oninput} inputmode="numeric"
                            autocomplete="off" width="input--short" messages={checked.field(id)} />
                    }
                }) }
            </div>
            <Checkbox id={WEEKENDS_ID} label={t::WEEKENDS_LABEL.get(lang)}
                hint={t::WEEKENDS_HINT.get(lang)} checked={form.weekends_count} onchange={weekends} />
            <Checkbox id={TODAY_COUNTS_ID} label={t::TODAY_COUNTS_LABEL.get(lang)}
                checked={form.today_counts} onchange={today_counts} />
        </fieldset>
    }
}
