//! `#/danh-sach` — bulk check of organization lists (issue 7).
//!
//! Steps: choose the list (file input, drop zone, or paste) → check the column mapping (skipped
//! when every column is sure) → the check runs in slices with a progress bar → results:
//! summary, counts per commune (to the campaign tracker), problems, downloads. The list itself
//! is never stored: it is business and personal data. Only the column mapping is remembered.

mod mapping;
mod results;
mod run;
mod source;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, bulk as t, shell as shell_text};
use crate::rules::bulk::{self, BulkColumns, BulkReport, Column, Prepared};
use crate::rules::delimited::{self, Delimiter};
use crate::rules::units::ProvinceCode;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::shell::{use_lang, use_page_title};
use crate::ui::widgets::{ErrorSummary, SummaryError};

use run::{Damage, LoadError, Loaded, Progress, RunToken};

/// Ids of the controls the error summary points to.
pub const FILE_ID: &str = "bulk-file";
pub const PASTE_ID: &str = "bulk-paste";
pub const PROGRESS_ID: &str = "bulk-progress";
pub const RESULTS_ID: &str = "bulk-results";

/// The id of a column's select in the mapping step.
pub fn column_select_id(column: Column) -> String {
    format!("bulk-column-{}", column.key())
}

/// How the list is read: delimiter, header, mapping, province.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub delimiter: Delimiter,
    pub delimiter_confident: bool,
    pub prepared: Rc<Prepared>,
    pub columns: BulkColumns,
    pub province: Option<ProvinceCode>,
    /// The mapping came from local storage (a file with the same header was checked before).
    pub remembered: bool,
}

impl Setup {
    fn read(
        text: &str,
        delimiter: Option<Delimiter>,
        province: Option<ProvinceCode>,
    ) -> Option<Setup> {
        let detection = delimited::detect_delimiter(text);
        let delimiter_used = delimiter.unwrap_or(detection.delimiter);
        let prepared = bulk::prepare(text, delimiter_used)?;
        let key = bulk::mapping_key(&prepared.header);
        let remembered = run::remembered_mapping(&key).map(|c| c.within(prepared.header.len()));
        let columns = remembered.unwrap_or_else(|| BulkColumns::from_mapping(&prepared.mapping));
        Some(Setup {
            delimiter: delimiter_used,
            delimiter_confident: delimiter.is_some() || detection.confident,
            prepared: Rc::new(prepared),
            columns,
            province,
            remembered: remembered.is_some(),
        })
    }

    /// Whether the mapping step must be looked at before the check runs.
    fn needs_review(&self) -> bool {
        !self.remembered
            && (bulk::needs_review(&self.prepared.mapping) || !self.delimiter_confident)
    }

    /// Errors that stop the check: no tax code column, a file column used twice.
    fn errors(&self, lang: Lang) -> Vec<SummaryError> {
        let mut errors = Vec::new();
        if self.columns.tax_code.is_none() {
            errors.push(SummaryError {
                field_id: column_select_id(Column::TaxCode).into(),
                message: t::ERROR_NO_TAX_CODE_COLUMN.get(lang).into(),
            });
        }
        if let Some(&first) = self.columns.conflicts().first() {
            errors.push(SummaryError {
                field_id: column_select_id(first).into(),
                message: t::ERROR_COLUMN_TWICE.get(lang).into(),
            });
        }
        errors
    }
}

/// A finished check and what is needed to export it.
#[derive(Debug, PartialEq)]
pub struct Done {
    pub report: BulkReport,
    pub damage: Damage,
    pub setup: Setup,
}

/// Where the page is.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Nothing running.
    Idle,
    /// Checking.
    Running(Progress),
    /// The user stopped the check.
    Cancelled,
    /// Results ready.
    Done(Rc<Done>),
}

/// What an error in reading the list says.
fn load_error_message(error: LoadError, lang: Lang) -> Option<String> {
    match error {
        LoadError::Read(read) => Some(read.localize(lang)),
        LoadError::Empty => Some(t::ERROR_EMPTY_FILE.get(lang).to_owned()),
        LoadError::Failed => Some(t::ERROR_READ_FAILED.get(lang).to_owned()),
        // Explained by its own panel, with steps.
        LoadError::Workbook => None,
    }
}

#[component]
pub fn BulkPage() -> Html {
    let lang = use_lang();
    let paste = use_state(String::new);
    let loaded = use_state(|| None::<Rc<Loaded>>);
    let setup = use_state(|| None::<Setup>);
    let load_error = use_state(|| None::<LoadError>);
    let errors = use_state(Vec::<SummaryError>::new);
    let attempt = use_state(|| 0u32);
    let phase = use_state(|| Phase::Idle);
    let reading = use_state(|| false);
    let token: RunToken = (*use_memo((), |_| RunToken::default())).clone();
    use_page_title(shell_text::TOOL_BULK, !errors.is_empty());

    let show_errors = {
        let errors = errors.clone();
        let attempt = attempt.clone();
        Callback::from(move |list: Vec<SummaryError>| {
            errors.set(list);
            attempt.set(*attempt + 1);
        })
    };

    // Starts the check with this list and setup (after validating the mapping).
    let start = {
        let phase = phase.clone();
        let token = token.clone();
        let show_errors = show_errors.clone();
        let errors = errors.clone();
        Callback::from(move |(list, chosen): (Rc<Loaded>, Setup)| {
            let problems = chosen.errors(lang);
            if !problems.is_empty() {
                show_errors.emit(problems);
                return;
            }
            errors.set(Vec::new());
            run::remember_mapping(&bulk::mapping_key(&chosen.prepared.header), &chosen.columns);
            token.set(token.get().wrapping_add(1));
            phase.set(Phase::Running(Progress::default()));
            let phase = phase.clone();
            let token = token.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let progress_phase = phase.clone();
                let on_progress = move |p: Progress| progress_phase.set(Phase::Running(p));
                let result = run::check(
                    list,
                    chosen.delimiter,
                    chosen.prepared.header_row,
                    chosen.columns,
                    chosen.province,
                    token,
                    on_progress,
                )
                .await;
                if let Some((report, damage)) = result {
                    phase.set(Phase::Done(Rc::new(Done {
                        report,
                        damage,
                        setup: chosen,
                    })));
                    crate::ui::widgets::focus_field(RESULTS_ID);
                }
            });
        })
    };

    // A list was read: work out its setup, and start at once when every column is sure.
    let on_loaded = {
        let loaded = loaded.clone();
        let setup = setup.clone();
        let load_error = load_error.clone();
        let phase = phase.clone();
        let token = token.clone();
        let show_errors = show_errors.clone();
        let errors = errors.clone();
        let start = start.clone();
        Callback::from(
            move |(result, field): (Result<Loaded, LoadError>, &'static str)| {
                token.set(token.get().wrapping_add(1));
                phase.set(Phase::Idle);
                match result {
                    Ok(list) => {
                        let province = (*setup).as_ref().and_then(|s| s.province);
                        match Setup::read(&list.text, None, province) {
                            Some(chosen) => {
                                let has_rows = delimited::Reader::new(&list.text, chosen.delimiter)
                                    .filter(|r| !r.is_blank())
                                    .nth(1)
                                    .is_some();
                                if !has_rows {
                                    show_errors.emit(vec![SummaryError {
                                        field_id: field.into(),
                                        message: t::ERROR_NO_ROWS.get(lang).into(),
                                    }]);
                                    return;
                                }
                                let list = Rc::new(list);
                                load_error.set(None);
                                errors.set(Vec::new());
                                loaded.set(Some(list.clone()));
                                setup.set(Some(chosen.clone()));
                                if !chosen.needs_review() {
                                    start.emit((list, chosen));
                                }
                            }
                            None => show_errors.emit(vec![SummaryError {
                                field_id: field.into(),
                                message: t::ERROR_EMPTY_FILE.get(lang).into(),
                            }]),
                        }
                    }
                    Err(error) => {
                        loaded.set(None);
                        setup.set(None);
                        load_error.set(Some(error));
                        match load_error_message(error, lang) {
                            Some(message) => show_errors.emit(vec![SummaryError {
                                field_id: field.into(),
                                message: message.into(),
                            }]),
                            None => errors.set(Vec::new()),
                        }
                    }
                }
            },
        )
    };

    let on_file = {
        let on_loaded = on_loaded.clone();
        let reading = reading.clone();
        Callback::from(move |file: web_sys::File| {
            let on_loaded = on_loaded.clone();
            let reading = reading.clone();
            reading.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let result = run::read_file(file).await;
                reading.set(false);
                on_loaded.emit((result, FILE_ID));
            });
        })
    };

    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |text: String| paste.set(text))
    };

    let on_check_paste = {
        let paste = paste.clone();
        let on_loaded = on_loaded.clone();
        let show_errors = show_errors.clone();
        Callback::from(move |()| {
            if paste.trim().is_empty() {
                show_errors.emit(vec![SummaryError {
                    field_id: PASTE_ID.into(),
                    message: t::ERROR_EMPTY_PASTE.get(lang).into(),
                }]);
                return;
            }
            let result = run::load_bytes(None, paste.as_bytes().to_vec());
            on_loaded.emit((result, PASTE_ID));
        })
    };

    let on_setup = {
        let setup = setup.clone();
        let loaded = loaded.clone();
        Callback::from(move |change: mapping::Change| {
            let (Some(current), Some(list)) = ((*setup).clone(), (*loaded).clone()) else {
                return;
            };
            let next = match change {
                mapping::Change::Delimiter(delimiter) => {
                    Setup::read(&list.text, Some(delimiter), current.province).unwrap_or(current)
                }
                mapping::Change::Column(column, index) => {
                    let mut next = current;
                    next.columns.set(column, index);
                    next
                }
                mapping::Change::Province(province) => Setup {
                    province,
                    ..current
                },
            };
            setup.set(Some(next));
        })
    };

    let on_start = {
        let setup = setup.clone();
        let loaded = loaded.clone();
        let start = start.clone();
        Callback::from(move |()| {
            if let (Some(chosen), Some(list)) = ((*setup).clone(), (*loaded).clone()) {
                start.emit((list, chosen));
            }
        })
    };

    let on_cancel = {
        let token = token.clone();
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| {
            token.set(token.get().wrapping_add(1));
            phase.set(Phase::Cancelled);
        })
    };

    let file_error = errors
        .iter()
        .find(|e| e.field_id == FILE_ID)
        .map(|e| e.message.clone());
    let paste_error = errors
        .iter()
        .find(|e| e.field_id == PASTE_ID)
        .map(|e| e.message.clone());
    let field_errors: Vec<(String, AttrValue)> = errors
        .iter()
        .map(|e| (e.field_id.to_string(), e.message.clone()))
        .collect();

    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ shell_text::BULK_HEADING.title.get(lang) }</h1>
            <p class="lead">{ shell_text::BULK_HEADING.lead.get(lang) }</p>
            <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
            <div class="panel panel--info bulk-privacy">
                <p>{ crate::ui::icons::lock() }{ t::PRIVACY.get(lang) }</p>
            </div>
            <source::SourceStep
                {on_file}
                paste={AttrValue::from((*paste).clone())}
                {on_paste_input}
                {on_check_paste}
                {file_error}
                {paste_error}
                reading={*reading}
            />
            if *load_error == Some(LoadError::Workbook) {
                <WorkbookHelp />
            }
            if let (Some(list), Some(chosen)) = ((*loaded).clone(), (*setup).clone()) {
                <mapping::MappingStep
                    loaded={list}
                    setup={chosen.clone()}
                    on_change={on_setup}
                    {on_start}
                    errors={field_errors}
                    open={chosen.needs_review() || !matches!(*phase, Phase::Done(_) | Phase::Running(_))}
                    checked={matches!(*phase, Phase::Done(_))}
                />
            }
            { match &*phase {
                Phase::Idle => html! {},
                Phase::Running(progress) => html! {
                    <ProgressPanel progress={*progress} total_bytes={(*loaded).as_ref().map_or(0, |l| l.text.len())} on_cancel={on_cancel} />
                },
                Phase::Cancelled => html! {
                    <p class="panel panel--info" role="status">{ t::CANCELLED.get(lang) }</p>
                },
                Phase::Done(done) => match (*loaded).clone() {
                    Some(list) => html! { <results::Results done={done.clone()} loaded={list} token={token.clone()} /> },
                    None => html! {},
                },
            } }
        </>
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

/// How to save an Excel workbook as CSV (vi + en steps).
#[component]
fn WorkbookHelp() -> Html {
    let lang = use_lang();
    html! {
        <section class="panel panel--warning" aria-labelledby="bulk-xlsx-title" role="alert">
            <h2 id="bulk-xlsx-title">{ t::XLSX_TITLE.get(lang) }</h2>
            <p>{ t::XLSX_WHY.get(lang) }</p>
            <ol>
                { for t::XLSX_STEPS.iter().map(|step| html! { <li>{ step.get(lang) }</li> }) }
            </ol>
        </section>
    }
}
