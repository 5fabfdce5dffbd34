//! Organization readiness check (`#/to-chuc`): one form, then the result as a page section.
//!
//! The component keeps the answers exactly as typed in a reducer saved as a draft on this device
//! ([`crate::forms::organization`]); every check and the decision itself are
//! `rules::org_readiness::assess`, and every word is `catalogue::organization`.

mod form;
mod old_address;
mod result;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Localized, organization as t, shell as shell_text};
use crate::first_paint::ORGANIZATION_HEAD;
use crate::forms::Reducer;
use crate::forms::organization::{Action, DRAFT_NAME, DRAFT_VERSION, OrgState};
use crate::rules::org_readiness::{Assessment, Field, FieldProblem, assess};
use crate::ui::browser;
use crate::ui::drafts::use_draft_reducer;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::shell::{use_page_title, use_shell};
use crate::ui::widgets::{
    ConfirmAction, ErrorSummary, SummaryError, draft_notice, focus_field, page_heading,
};

/// Id of the result's heading, focused when the result appears.
const RESULT_TITLE_ID: &str = "org-result-title";

/// The id prefix of the head office's province/commune picker.
pub const OFFICE_PICKER_ID: &str = "org-office";

/// The element id of a field's input (a radio group's first radio; the picker's two inputs).
pub fn field_id(field: Field) -> String {
    match field {
        Field::Province => format!("{OFFICE_PICKER_ID}-province"),
        Field::Commune => format!("{OFFICE_PICKER_ID}-commune"),
        _ => format!("org-{}", field.key()),
    }
}

impl Reducible for OrgState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Reducer::apply(self, action)
    }
}

#[component]
pub fn OrganizationPage() -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let (state, notice) = use_draft_reducer::<OrgState>(DRAFT_NAME, DRAFT_VERSION);
    let assessment: Rc<Assessment> =
        use_memo((state.answers.clone(), shell.today), |(answers, today)| {
            assess(answers, *today)
        });
    // A restored "result" whose answers no longer pass (another day, another version) shows the
    // form instead.
    let showing_result = state.showing_result && assessment.readiness.is_some();

    let summary: Vec<SummaryError> = if showing_result {
        Vec::new()
    } else {
        assessment
            .validated
            .errors
            .iter()
            .filter(|p| state.flagged.contains(&p.field))
            .map(|p: &FieldProblem| SummaryError {
                field_id: field_id(p.field).into(),
                message: p.localize(lang).into(),
            })
            .collect()
    };
    use_page_title(shell_text::TOOL_ORGANIZATION, !summary.is_empty());

    // "Thay đổi": once the form is back, focus the field.
    {
        let state = state.clone();
        use_effect_with(state.focus, move |focus| {
            if let Some(field) = focus {
                focus_field(&field_id(*field));
                state.dispatch(Action::Focused);
            }
        });
    }
    // Arriving at the result: its heading takes focus, as a new page would.
    use_effect_with(state.arrivals, |arrivals| {
        if *arrivals > 0 {
            focus_field(RESULT_TITLE_ID);
        }
    });

    html! {
        <div class="org">
            { page_heading(ORGANIZATION_HEAD, !showing_result, lang) }
            { draft_notice(notice, html! {}, lang) }
            if showing_result {
                <result::ResultView state={state.clone()} assessment={assessment.clone()} />
            } else {
                <ErrorSummary errors={summary} attempt={state.attempt} />
                <form::FormView state={state.clone()} assessment={assessment.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StartAgainProps {
    state: UseReducerHandle<OrgState>,
}

/// "Nhập lại từ đầu", asking once before it clears every answer.
#[component]
fn StartAgain(props: &StartAgainProps) -> Html {
    let lang = use_shell().lang;
    let on_confirm = {
        let state = props.state.clone();
        Callback::from(move |()| {
            state.dispatch(Action::Reset);
            browser::focus_id(PAGE_TITLE_ID);
        })
    };
    html! {
        <ConfirmAction class="start-again" label={shell_text::START_AGAIN.get(lang)}
            question={t::START_AGAIN_CONFIRM.get(lang)} yes={t::START_AGAIN_YES.get(lang)}
            no={t::START_AGAIN_NO.get(lang)} {on_confirm} />
    }
}
