//! `#/danh-sach` — bulk check of organization lists (issue 7).
//!
//! Steps: choose the list (file input, drop zone, or paste) → check the column mapping (skipped
//! when every column is sure) → the check runs in slices with a progress bar → results:
//! summary, counts per commune (to the campaign tracker), problems, downloads. The list itself
//! is never stored: it is business and personal data. Only the column mapping is remembered.
//!
//! Workbooks (.xlsx, .xls, .xlsb, .ods) and text that is not UTF-8 go through the file worker
//! ([`files`]): progress and Cancel while it loads and reads, a sheet picker, the TCVN3/VNI
//! before/after preview; what the page showed stays until the new list is ready.
//!
//! The page's state and every decision about what it shows next are in [`crate::forms::bulk`];
//! this component dispatches, runs the file reads, worker tasks and the check the state asks
//! for, and renders.

mod files;
mod mapping;
mod results;
mod run;
mod source;
mod splits;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, bulk as t, old_address as old_text, shell as shell_text};
use crate::files::protocol::FileError;
use crate::first_paint::BULK_HEAD;
use crate::forms::Reducer;
use crate::forms::bulk::{
    Action, BulkState, Check, Done, Field, IntakeAction, Listed, LoadError, Loaded, Phase, Problem,
    Progress, Source,
};
use crate::forms::bulk::{DownloadAction, ExportFormat, ExportKind, ExportRequest};
use crate::forms::old_data::{DataStatus, LoadFailure};
use crate::rules::bulk::Column;
use crate::ui::files::intake::{IntakeActions, intake_focus, intake_panel, read_notes};
use crate::ui::old_units;
use crate::ui::pages::dispatching;
use crate::ui::shell::{use_lang, use_page_title};
use crate::ui::widgets::{ErrorSummary, SummaryError, page_heading};

use crate::ui::files::intake::open_file;
use run::RunToken;

/// Ids of the controls the error summary points to.
pub const FILE_ID: &str = "bulk-file";
pub const PASTE_ID: &str = "bulk-paste";
pub const PROGRESS_ID: &str = "bulk-progress";
pub const RESULTS_ID: &str = "bulk-results";

/// The id of a column's select in the mapping step.
pub fn column_select_id(column: Column) -> String {
    format!("bulk-column-{}", column.key())
}

impl Reducible for BulkState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Reducer::apply(self, action)
    }
}

/// The element id of the control an error belongs to.
fn field_id(field: Field) -> String {
    match field {
        Field::File => FILE_ID.to_owned(),
        Field::Paste => PASTE_ID.to_owned(),
        Field::Column(column) => column_select_id(column),
    }
}

/// What an error says.
fn error_message(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::EmptyPaste => t::ERROR_EMPTY_PASTE.get(lang).to_owned(),
        Problem::Load(LoadError::Read(read)) => read.localize(lang),
        Problem::Load(LoadError::Empty) => t::ERROR_EMPTY_FILE.get(lang).to_owned(),
        Problem::Load(LoadError::Failed) => t::ERROR_READ_FAILED.get(lang).to_owned(),
        Problem::File(error) => error.localize(lang),
        Problem::NoRows => t::ERROR_NO_ROWS.get(lang).to_owned(),
        Problem::NoTaxCodeColumn => t::ERROR_NO_TAX_CODE_COLUMN.get(lang).to_owned(),
        Problem::ColumnTwice => t::ERROR_COLUMN_TWICE.get(lang).to_owned(),
    }
}

/// "Tệp: danh-sach.csv (1.234 KB)", a workbook's sheet, or "Bảng đã dán".
fn source_line(list: &Loaded, lang: Lang) -> String {
    match &list.source {
        Source::File(name) => t::source_summary(name, list.bytes, lang),
        Source::Sheet { file, sheet } => t::sheet_summary(file, sheet, list.bytes, lang),
        Source::Paste => t::PASTED_SOURCE.get(lang).to_owned(),
    }
}

/// Runs the check the state asks for: a new run id stops the old run at its next yield, and a
/// run the state shows as running (and not yet started here) starts.
#[hook]
fn use_check_runs(state: &UseReducerHandle<BulkState>) {
    let token: RunToken = (*use_memo((), |_| RunToken::default())).clone();
    {
        let state = state.clone();
        let token = token.clone();
        use_effect_with(state.run, move |_| {
            token.set(state.run);
            let Some((run, listed)) = state.running() else {
                return;
            };
            let list = listed.list.clone();
            let setup = listed.setup.clone();
            let data = state.data.data();
            run::remember_mapping(&setup.mapping_key(), &setup.columns);
            let dispatcher = state.dispatcher();
            wasm_bindgen_futures::spawn_local(async move {
                let progress = dispatcher.clone();
                let on_progress = move |p| progress.dispatch(Action::Progress { run, progress: p });
                let result = run::check(
                    list,
                    setup.delimiter,
                    setup.prepared.header_row,
                    setup.columns,
                    setup.province,
                    data,
                    token,
                    on_progress,
                )
                .await;
                if let Some((report, damage, wants_old_data)) = result {
                    let done = Rc::new(Done {
                        report,
                        damage,
                        setup,
                        with_data: data.is_some(),
                        wants_old_data,
                    });
                    dispatcher.dispatch(Action::Finished { run, done });
                }
            });
        });
    }
    // The conversion data, when the list asks for it (once per session).
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.fetches_data(), move |fetch| {
            if *fetch {
                old_units::load_then(move |result| dispatcher.dispatch(Action::DataLoaded(result)));
            }
        });
    }
    // The choices for split old communes, kept on this device.
    use_effect_with(state.settlements.clone(), |settlements| {
        run::remember_settlements(settlements);
    });
    // Arriving at results: their section takes focus, as a new page would.
    use_effect_with(state.arrivals, |arrivals| {
        if *arrivals > 0 {
            crate::ui::widgets::focus_field(RESULTS_ID);
        }
    });
}

#[component]
pub fn BulkPage() -> Html {
    let lang = use_lang();
    let state = use_reducer(|| {
        BulkState::remembering(
            run::remembered_mappings(),
            run::remembered_settlements(),
            old_units::loaded(),
        )
    });
    use_check_runs(&state);
    let slot = files::use_file_work(&state);
    use_page_title(shell_text::TOOL_BULK, !state.errors.is_empty());

    let on_file = {
        let dispatcher = state.dispatcher();
        let slot = slot.clone();
        Callback::from(move |file: web_sys::File| {
            dispatcher.dispatch(Action::ReadingFile);
            let dispatcher = dispatcher.clone();
            let slot = slot.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let action = match open_file(file, &slot).await {
                    Ok(action) => Action::Intake(action),
                    Err(error) => Action::FileNotRead(error),
                };
                dispatcher.dispatch(action);
            });
        })
    };
    let on_cancel_file = {
        let dispatcher = state.dispatcher();
        let slot = slot.clone();
        Callback::from(move |()| {
            slot.cancel();
            dispatcher.dispatch(Action::Intake(IntakeAction::CancelFile));
            crate::ui::widgets::focus_field(FILE_ID);
        })
    };
    let on_cancel_export = {
        let dispatcher = state.dispatcher();
        let slot = slot.clone();
        Callback::from(move |()| {
            slot.cancel();
            dispatcher.dispatch(Action::Download(DownloadAction::Cancel));
        })
    };
    let intake_actions =
        IntakeActions::dispatching(&dispatching(&state, Action::Intake), on_cancel_file);
    // Each new question of the intake takes focus: the keyboard or screen reader user is there.
    use_effect_with(intake_focus(state.intake.intake.as_ref()), |target| {
        if let Some(id) = target {
            crate::ui::widgets::focus_field(id);
        }
    });
    let on_export = dispatching(&state, |(kind, format)| {
        Action::Download(DownloadAction::Start(ExportRequest { kind, format }))
    });
    let on_paste_input = dispatching(&state, Action::Paste);
    let on_setup = dispatching(&state, Action::Setup);
    let on_check_paste = dispatching(&state, |()| Action::CheckPaste);
    let on_start = dispatching(&state, |()| Action::Start);
    let on_cancel = dispatching(&state, |_: MouseEvent| Action::Cancel);
    let on_retry = dispatching(&state, |_: MouseEvent| Action::RetryData);
    let on_settle = dispatching(&state, |(old, new)| Action::Settle { old, new });

    let message_on = |field| {
        state
            .error_on(field)
            .map(|problem| AttrValue::from(error_message(problem, lang)))
    };
    let summary: Vec<SummaryError> = state
        .errors
        .iter()
        .map(|e| SummaryError {
            field_id: field_id(e.field).into(),
            message: error_message(&e.problem, lang).into(),
        })
        .collect();

    html! {
        <>
            { page_heading(BULK_HEAD, true, lang) }
            <ErrorSummary errors={summary.clone()} attempt={state.attempt} />
            <div class="panel panel--info bulk-privacy">
                <p>{ crate::ui::icons::lock() }{ t::PRIVACY.get(lang) }</p>
            </div>
            <source::SourceStep
                {on_file}
                paste={AttrValue::from(state.paste.clone())}
                {on_paste_input}
                {on_check_paste}
                file_error={message_on(Field::File)}
                paste_error={message_on(Field::Paste)}
                reading={state.reading}
            />
            if let Some(intake) = &state.intake.intake {
                { intake_panel(intake, &intake_actions, lang) }
            }
            if state.intake.stopped {
                <p class="panel panel--info" role="status">{ FileError::Cancelled.localize(lang) }</p>
            }
            { match &state.phase {
                Phase::Choosing => html! {},
                Phase::Listed(listed) => html! {
                    <>
                        <mapping::MappingStep
                            loaded={listed.list.clone()}
                            setup={listed.setup.clone()}
                            on_change={on_setup}
                            {on_start}
                            errors={summary.iter().map(|e| (e.field_id.to_string(), e.message.clone())).collect::<Vec<_>>()}
                            open={listed.setup.needs_review() || !matches!(listed.check, Check::Done(_) | Check::Running { .. })}
                            checked={matches!(listed.check, Check::Done(_))}
                        />
                        { data_panel(&state.data, on_retry, lang) }
                        { check_panel(listed, &state, on_cancel, on_export, on_cancel_export, on_settle, lang) }
                    </>
                },
            } }
        </>
    }
}

/// The conversion data on its way, or why it could not be had (the rest of the check stands).
fn data_panel(data: &DataStatus, on_retry: Callback<MouseEvent>, lang: Lang) -> Html {
    let message = match data {
        DataStatus::Loading => {
            return html! {
                <p class="panel panel--info bulk-data" role="status">{ t::DATA_LOADING.get(lang) }</p>
            };
        }
        DataStatus::Failed(LoadFailure::Damaged(_)) => t::DATA_DAMAGED,
        DataStatus::Failed(_) => t::DATA_OFFLINE,
        DataStatus::NotLoaded | DataStatus::Ready(_) => return Html::default(),
    };
    html! {
        <div class="panel panel--warning bulk-data" role="alert">
            <p>{ message.get(lang) }</p>
            <button type="button" class="button button--secondary" onclick={on_retry}>{ old_text::RETRY.get(lang) }</button>
        </div>
    }
}

/// What the check shows: the progress, a note that it stopped, or the results.
fn check_panel(
    listed: &Listed,
    state: &BulkState,
    on_cancel: Callback<MouseEvent>,
    on_export: Callback<(ExportKind, ExportFormat)>,
    on_cancel_export: Callback<()>,
    on_settle: Callback<(u32, Option<crate::rules::units::CommuneCode>)>,
    lang: Lang,
) -> Html {
    match &listed.check {
        Check::NotStarted => html! {},
        Check::Running { progress, .. } => html! {
            <ProgressPanel progress={*progress} total_bytes={listed.list.text.len()} {on_cancel} />
        },
        Check::Cancelled => html! {
            <p class="panel panel--info" role="status">{ t::CANCELLED.get(lang) }</p>
        },
        Check::Done(done) => match &listed.settled {
            Some(report) => html! {
                <results::Results
                    done={done.clone()}
                    report={report.clone()}
                    loaded={listed.list.clone()}
                    data={results::Data(state.data.data())}
                    settlements={state.settlements.clone()}
                    {on_settle}
                    export={state.export.current}
                    export_error={state.export.error.clone()}
                    {on_export}
                    {on_cancel_export}
                />
            },
            None => Html::default(),
        },
    }
}

#[derive(Properties, PartialEq)]
struct ProgressProps {
    progress: Progress,
    total_bytes: usize,
    on_cancel: Callback<MouseEvent>,
}

/// The progress bar and the cancel button.
#[component]
fn ProgressPanel(props: &ProgressProps) -> Html {
    let lang = use_lang();
    let percent_done = props.progress.permille / 10;
    html! {
        <section class="bulk-progress" aria-labelledby="bulk-progress-title">
            <h2 id="bulk-progress-title" class="visually-hidden">{ t::PROGRESS_LABEL.get(lang) }</h2>
            <label for={PROGRESS_ID}>{ t::PROGRESS_LABEL.get(lang) }</label>
            <progress id={PROGRESS_ID} max="1000" value={props.progress.permille.to_string()}>
                { format!("{percent_done}%") }
            </progress>
            <p class="hint" id="bulk-progress-text">{ t::progress(props.progress.rows, percent_done, lang) }</p>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={props.on_cancel.clone()}>
                    { t::CANCEL.get(lang) }
                </button>
            </div>
        </section>
    }
}
