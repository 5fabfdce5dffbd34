//! Results of a bulk check: the verdict, summary figures with their base, counts per commune
//! (with the hand-over to the campaign tracker), the problems table (filtered, paged: never
//! 50,000 rows in the DOM) and the downloads. Old addresses (`docs/rules.md §2.4`): rows by how
//! their commune was found, converted figures with the conversion table's source and date, the
//! split old communes to settle, each converted row "old address → new commune".

use std::rc::Rc;

use yew::prelude::*;

use super::run;
use super::{RESULTS_ID, read_notes, source_line};
use crate::catalogue::{
    Lang, Localized, bulk as t, count, data_files, old_address as old_text, units as units_text,
    with_count,
};
use crate::files::protocol::{FileError, WorkerStatus};
use crate::forms::bulk::{Done, Export, ExportFormat, ExportKind, ExportRequest, Loaded};
use crate::route::Route;
use crate::rules::bulk::export::{CommuneCounts, HANDOVER_KEY};
use crate::rules::bulk::{BulkReport, ProblemCategory, Summary, commune_names};
use crate::rules::delimited::ReadWarning;
use crate::rules::old_address::{OldUnits, Settlements};
use crate::rules::units::CommuneCode;
use crate::ui::browser;
use crate::ui::files::worker_progress;
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, Select, pager};

/// Problems per page of the table.
const PAGE_SIZE: usize = 50;
/// Communes listed before "show every commune".
const COMMUNES_SHOWN: usize = 50;

/// The conversion data, compared by address (it is loaded once per session).
#[derive(Clone, Copy, Debug)]
pub struct Data(pub Option<&'static OldUnits>);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The check as it ran.
    pub done: Rc<Done>,
    /// Its report with the settlements applied (what is shown, handed over and exported).
    pub report: Rc<BulkReport>,
    pub loaded: Rc<Loaded>,
    pub data: Data,
    pub settlements: Rc<Settlements>,
    /// A split old commune settled (or unsettled) for the whole list.
    pub on_settle: Callback<(u32, Option<CommuneCode>)>,
    /// A download being made.
    pub export: Option<Export>,
    /// Why the last download failed.
    pub export_error: Option<FileError>,
    pub on_export: Callback<(ExportKind, ExportFormat)>,
    pub on_cancel_export: Callback<()>,
}

/// A download button: `kind` in `format`.
fn export_button(
    label: &str,
    kind: ExportKind,
    format: ExportFormat,
    on_export: &Callback<(ExportKind, ExportFormat)>,
) -> Html {
    let onclick = on_export.reform(move |_: MouseEvent| (kind, format));
    html! {
        <button type="button" class="button button--secondary" {onclick}>{ label }</button>
    }
}

/// One line of the summary: label, figure, share of rows, and an optional breakdown.
fn summary_line(label: &str, figure: u32, base: u32, detail: Option<String>, lang: Lang) -> Html {
    html! {
        <div>
            <dt>{ label }</dt>
            <dd class="num">{ count(figure, lang) }</dd>
            <dd>
                { t::share(figure, base, lang) }
                if let Some(detail) = detail {
                    <span class="hint bulk-detail">{ detail }</span>
                }
            </dd>
        </div>
    }
}

fn summary_list(s: &Summary, lang: Lang) -> Html {
    let base = s.rows;
    html! {
        <dl class="summary-list bulk-summary">
            { summary_line(t::SUMMARY_TAX_VALID.get(lang), s.tax_valid, base, None, lang) }
            { summary_line(t::SUMMARY_TAX_INVALID.get(lang), s.tax_invalid, base, None, lang) }
            { summary_line(t::SUMMARY_TAX_CANNOT_VERIFY.get(lang), s.tax_cannot_verify, base, None, lang) }
            { summary_line(t::SUMMARY_TAX_MISSING.get(lang), s.tax_missing, base, None, lang) }
            { summary_line(t::SUMMARY_DUPLICATES.get(lang), s.duplicates, base, None, lang) }
            { summary_line(t::SUMMARY_COMMUNE_CURRENT.get(lang), s.commune_current, base, None, lang) }
            if s.commune_converted > 0 {
                { summary_line(
                    t::SUMMARY_COMMUNE_CONVERTED.get(lang),
                    s.commune_converted,
                    base,
                    Some(t::converted_detail(lang)),
                    lang,
                ) }
            }
            if s.commune_split > 0 {
                { summary_line(t::SUMMARY_COMMUNE_SPLIT.get(lang), s.commune_split, base, Some(t::converted_detail(lang)), lang) }
            }
            { summary_line(
                t::SUMMARY_COMMUNE_NOT_FOUND.get(lang),
                s.commune_not_found(),
                base,
                Some(t::commune_breakdown(s, lang)),
                lang,
            ) }
            { summary_line(
                t::SUMMARY_PHONE.get(lang),
                s.phone_invalid.saturating_add(s.phone_warnings).saturating_add(s.phone_missing),
                base,
                Some(t::contact_breakdown(s.phone_invalid, s.phone_warnings, s.phone_missing, lang)),
                lang,
            ) }
            { summary_line(
                t::SUMMARY_EMAIL.get(lang),
                s.email_invalid.saturating_add(s.email_warnings).saturating_add(s.email_missing),
                base,
                Some(t::contact_breakdown(s.email_invalid, s.email_warnings, s.email_missing, lang)),
                lang,
            ) }
            { summary_line(t::SUMMARY_INACTIVE.get(lang), s.inactive, base, None, lang) }
            { summary_line(t::SUMMARY_HOUSEHOLDS.get(lang), s.households, base, None, lang) }
            { summary_line(t::SUMMARY_DISTINCT.get(lang), s.distinct(), base, None, lang) }
            { summary_line(t::SUMMARY_TARGETS.get(lang), s.targets(), base, None, lang) }
        </dl>
    }
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let done = &props.done;
    let report = &props.report;
    let s = &report.summary;
    let to_fix = s
        .tax_invalid
        .saturating_add(s.tax_missing)
        .saturating_add(s.duplicates);
    let panel = if to_fix == 0 {
        "panel panel--ok"
    } else {
        "panel panel--warning"
    };

    let damage_warning = match (props.loaded.invalid, done.damage.first_row) {
        (Some(invalid), first_row) => Some(
            ReadWarning::NotUtf8 {
                replaced: invalid.replaced,
                rows: done.damage.rows as usize,
                first_row: first_row.map_or(invalid.first_line, |r| r as usize),
            }
            .localize(lang),
        ),
        (None, _) => None,
    };

    html! {
        <section id={RESULTS_ID} class="bulk-results" tabindex="-1" aria-labelledby="bulk-results-title">
            <h2 id="bulk-results-title">{ t::RESULTS_TITLE.get(lang) }</h2>
            <div class={panel}>
                <p class="verdict" role="status">{ t::verdict(s.rows, to_fix, lang) }</p>
                <p>{ source_line(&props.loaded, lang) }</p>
            </div>
            { read_notes(&props.loaded.notes, lang) }
            if let Some(warning) = damage_warning {
                <p class="warning-message">{ warning }</p>
            }
            { summary_list(s, lang) }
            <details>
                <summary>{ t::HOW_TITLE.get(lang) }</summary>
                <ul class="source">
                    { for t::HOW_ITEMS.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }
                    <li>{ units_text::data_date_label(lang) }{". "}{ units_text::LEGAL_BASIS.get(lang) }</li>
                </ul>
            </details>
            if !props.done.report.splits.is_empty() {
                <super::splits::Splits
                    splits={Rc::new(props.done.report.splits.clone())}
                    data={props.data}
                    settlements={props.settlements.clone()}
                    on_settle={props.on_settle.clone()}
                />
            }
            <Communes report={props.report.clone()} on_export={props.on_export.clone()} />
            <Problems report={props.report.clone()} data={props.data} />
            <section class="bulk-exports no-print" aria-labelledby="bulk-exports-title">
                <h2 id="bulk-exports-title">{ t::EXPORTS_TITLE.get(lang) }</h2>
                <p class="hint">{ t::DOWNLOAD_HINT.get(lang) }</p>
                <div class="button-group">
                    { export_button(t::DOWNLOAD_PROBLEMS_XLSX.get(lang), ExportKind::Problems, ExportFormat::Xlsx, &props.on_export) }
                    { export_button(t::DOWNLOAD_PROBLEMS.get(lang), ExportKind::Problems, ExportFormat::Csv, &props.on_export) }
                </div>
                <div class="button-group">
                    { export_button(t::DOWNLOAD_CLEANED_XLSX.get(lang), ExportKind::Cleaned, ExportFormat::Xlsx, &props.on_export) }
                    { export_button(t::DOWNLOAD_CLEANED.get(lang), ExportKind::Cleaned, ExportFormat::Csv, &props.on_export) }
                </div>
                { export_status(props.export, props.export_error.as_ref(), &props.on_cancel_export, lang) }
                <p class="hint">{ data_files::FORMULA_GUARD_NOTE.get(lang) }</p>
            </section>
        </section>
    }
}

/// While a download is made: the worker's progress with Cancel for an .xlsx, a short note for
/// a CSV; after a failure, why.
fn export_status(
    export: Option<Export>,
    error: Option<&FileError>,
    on_cancel: &Callback<()>,
    lang: Lang,
) -> Html {
    match (export, error) {
        (
            Some(Export {
                what:
                    ExportRequest {
                        format: ExportFormat::Xlsx,
                        ..
                    },
                status,
                ..
            }),
            _,
        ) => {
            let writing = WorkerStatus::Working(crate::files::protocol::Progress {
                stage: crate::files::protocol::Stage::Writing,
                done: 0,
                total: 0,
            });
            worker_progress(status.unwrap_or(writing), on_cancel, lang)
        }
        (Some(_), _) => html! { <p class="hint" role="status">{ t::EXPORTING.get(lang) }</p> },
        (None, Some(error)) => {
            html! { <p class="error-message" role="alert">{ error.localize(lang) }</p> }
        }
        (None, None) => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct CommunesProps {
    report: Rc<BulkReport>,
    on_export: Callback<(ExportKind, ExportFormat)>,
}

/// Counts per commune, sortable, with the hand-over and the downloads.
#[component]
fn Communes(props: &CommunesProps) -> Html {
    let lang = use_lang();
    let report = &props.report;
    let by_count = use_state(|| true);
    let show_all = use_state(|| false);
    let sorted = if *by_count {
        report.communes_by_count()
    } else {
        report.communes.clone()
    };
    let shown = if *show_all {
        sorted.len()
    } else {
        COMMUNES_SHOWN.min(sorted.len())
    };
    let on_sort = {
        let by_count = by_count.clone();
        Callback::from(move |value: Option<AttrValue>| {
            by_count.set(value.as_deref() != Some("code"))
        })
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    let on_send = {
        let report = props.report.clone();
        Callback::from(move |_: MouseEvent| {
            let counts = CommuneCounts::from_report(&report);
            if run::hand_over(&counts, HANDOVER_KEY) {
                browser::set_location_hash(&Route::Campaign { shared: None }.to_hash());
            }
        })
    };
    let headers = t::COMMUNE_HEADERS;
    let converted = report.converted_organizations() > 0 || !report.splits.is_empty();
    let figures =
        |organizations: u32, from_old: Option<u32>, inactive: u32, possibly: Option<u32>| {
            let optional = |n: Option<u32>| n.map(|n| count(n, lang)).unwrap_or_default();
            html! {
                <>
                    <td class="num">{ count(organizations, lang) }</td>
                    <td class="num">{ optional(from_old) }</td>
                    <td class="num">{ count(inactive, lang) }</td>
                    <td class="num">{ count(organizations.saturating_sub(inactive), lang) }</td>
                    <td class="num">{ optional(possibly) }</td>
                </>
            }
        };
    let aria_sort = |count_column: bool| {
        if count_column == *by_count {
            Some("descending")
        } else {
            None
        }
    };
    html! {
        <section class="bulk-communes" aria-labelledby="bulk-communes-title">
            <h2 id="bulk-communes-title">{ t::COMMUNES_TITLE.get(lang) }</h2>
            <p class="hint">{ t::COMMUNES_HINT.get(lang) }</p>
            if converted {
                <p class="hint bulk-source">{ old_text::source_note(lang) }</p>
            }
            if report.communes.is_empty() {
                <p class="warning-message">{ t::NO_COMMUNES.get(lang) }</p>
            } else {
                <div class="no-print">
                    <Select
                        id="bulk-commune-sort"
                        label={t::SORT_LABEL.get(lang)}
                        placeholder={t::SORT_BY_COUNT.get(lang)}
                        options={vec![ChoiceOption::new("code", t::SORT_BY_CODE.get(lang))]}
                        selected={(!*by_count).then(|| AttrValue::from("code"))}
                        onchange={on_sort}
                    />
                </div>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="bulk-communes-caption">
                    <table class="bulk-communes__table">
                        <caption id="bulk-communes-caption">{ t::COMMUNES_CAPTION.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col" aria-sort={aria_sort(false).map(|_| "ascending")}>{ headers[0].get(lang) }</th>
                                <th scope="col">{ headers[1].get(lang) }</th>
                                <th scope="col">{ headers[2].get(lang) }</th>
                                <th scope="col" class="num" aria-sort={aria_sort(true)}>{ headers[3].get(lang) }</th>
                                { for headers.iter().skip(4).map(|h| html! { <th scope="col" class="num">{ h.get(lang) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for sorted.iter().take(shown).map(|tally| {
                                let (name, province) = commune_names(tally.commune).unwrap_or(("", ""));
                                html! {
                                    <tr>
                                        <td>{ tally.commune.to_string() }</td>
                                        <td>{ name }</td>
                                        <td>{ province }</td>
                                        { figures(tally.organizations, Some(tally.from_old), tally.inactive, Some(tally.possibly)) }
                                    </tr>
                                }
                            }) }
                            if !report.splits.is_empty() {
                                <tr class="bulk-communes__unassigned">
                                    <td></td>
                                    <td>{ t::SPLIT_ROW.get(lang) }</td>
                                    <td></td>
                                    { figures(report.split_organizations(), None, report.split_inactive(), None) }
                                </tr>
                            }
                            if report.unassigned > 0 {
                                <tr class="bulk-communes__unassigned">
                                    <td></td>
                                    <td>{ t::UNASSIGNED.get(lang) }</td>
                                    <td></td>
                                    { figures(report.unassigned, None, report.unassigned_inactive, None) }
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                if shown < sorted.len() {
                    <p class="no-print">
                        <button type="button" class="link-button" onclick={on_show_all}>
                            { with_count(t::SHOW_ALL_COMMUNES.get(lang), sorted.len(), lang) }
                        </button>
                    </p>
                }
            }
            <div class="button-group no-print">
                if !report.communes.is_empty() {
                    <button type="button" class="button" onclick={on_send}>{ t::SEND_TO_TRACKER.get(lang) }</button>
                }
                { export_button(t::DOWNLOAD_COMMUNES_XLSX.get(lang), ExportKind::Communes, ExportFormat::Xlsx, &props.on_export) }
                { export_button(t::DOWNLOAD_COMMUNES.get(lang), ExportKind::Communes, ExportFormat::Csv, &props.on_export) }
            </div>
            <p class="hint no-print">{ t::SEND_TO_TRACKER_HINT.get(lang) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    report: Rc<BulkReport>,
    data: Data,
}

/// The problems table: filter by kind, 50 rows a page. A converted row reads "old address →
/// new commune" (the category "Địa chỉ cũ đã đổi").
#[component]
fn Problems(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    let report = &props.report;
    let data = props.data.0;
    let filter = use_state(|| None::<ProblemCategory>);
    let page = use_state(|| 0usize);
    let total = report.count_in(*filter);
    let listed = report.problems_in(*filter).count();
    let pages = listed.div_ceil(PAGE_SIZE).max(1);
    let current = (*page).min(pages - 1);
    let rows: Vec<_> = report
        .problems_in(*filter)
        .skip(current * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    let options: Vec<ChoiceOption> = ProblemCategory::ALL
        .iter()
        .filter(|c| report.count_in(Some(**c)) > 0)
        .map(|&c| {
            ChoiceOption::new(
                format!("{}", c.index()),
                with_count(
                    t::category_label(c).get(lang),
                    report.count_in(Some(c)),
                    lang,
                ),
            )
        })
        .collect();
    let on_filter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |value: Option<AttrValue>| {
            let chosen = value
                .and_then(|v| v.parse::<usize>().ok())
                .and_then(|i| ProblemCategory::ALL.get(i).copied());
            filter.set(chosen);
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to: usize| page.set(to))
    };
    let headers = t::PROBLEM_HEADERS;
    let first = if listed == 0 {
        0
    } else {
        current * PAGE_SIZE + 1
    };
    let last = (current * PAGE_SIZE + rows.len()).min(listed);
    html! {
        <section class="bulk-problems" aria-labelledby="bulk-problems-title">
            <h2 id="bulk-problems-title">{ t::PROBLEMS_TITLE.get(lang) }</h2>
            if report.count_in(None) == 0 {
                <p>{ t::NO_PROBLEMS.get(lang) }</p>
            } else {
                <div class="no-print">
                    <Select
                        id="bulk-problem-filter"
                        label={t::FILTER_LABEL.get(lang)}
                        placeholder={with_count(t::FILTER_ALL.get(lang), report.count_in(None), lang)}
                        {options}
                        selected={filter.map(|c| AttrValue::from(c.index().to_string()))}
                        onchange={on_filter}
                    />
                </div>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="bulk-problems-caption">
                    <table class="bulk-problems__table">
                        <caption id="bulk-problems-caption">
                            { t::page_position(current + 1, pages, first, last, total, lang) }
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col" class="num">{ headers[0].get(lang) }</th>
                                <th scope="col">{ headers[1].get(lang) }</th>
                                <th scope="col">{ headers[2].get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|p| html! {
                                <tr class={format!("bulk-problem bulk-problem--{:?}", p.kind.severity()).to_lowercase()}>
                                    <td class="num">{ count(p.row, lang) }</td>
                                    <td>{ t::category_label(p.kind.category()).get(lang) }</td>
                                    <td>{ t::problem_sentence(&p.kind, data, lang) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if report.problems_omitted > 0 {
                    <p class="hint">{ t::problems_omitted(report.problems_omitted, lang) }</p>
                }
                { pager(current, pages, t::PAGES_LABEL.get(lang), &on_page, lang) }
            }
        </section>
    }
}
