//! The tracker's results, shared by the editor and the read-only view of a shared link: summary,
//! phases, bars per unit, the units table (sort, filter, pages), and "Cách tính".

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, campaign as rules_text, campaign_page as t, count};
use crate::rules::campaign::Campaign;
use crate::rules::campaign::metrics::{
    CampaignReport, Figures, Projection, Ratio, SortKey, Status, UnitFilter, explain,
    filtered_units, sorted_units,
};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, Select};

/// Campaigns with at most this many units print every row; larger ones print the flagged units.
pub const PRINT_ALL_UNITS_UP_TO: usize = 20;

/// Rows the print-only list of flagged units shows at most.
const PRINT_FLAGGED_ROWS: usize = 20;

/// Rows per page of the units table and chart: enough for a province's communes at a glance,
/// few enough that one edit re-renders quickly even in a 3,321-unit campaign.
pub const PAGE_SIZE: usize = 100;

/// "63,1 %" with one decimal, or a dash without a base.
pub fn rate(ratio: Option<Ratio>, decimals: u8, lang: Lang) -> String {
    ratio
        .and_then(|r| r.percent_scaled(decimals))
        .map(|scaled| {
            let style = crate::rules::number::NumberStyle::for_lang(lang);
            let mut s = crate::rules::number::format_scaled(scaled, decimals, style);
            s.push_str(style.percent_suffix());
            s
        })
        .unwrap_or_else(|| "—".to_owned())
}

/// "266,4 (ít nhất 267)" per day, or a dash.
fn per_day_text(ratio: Option<Ratio>, lang: Lang) -> String {
    match ratio {
        Some(r) if r.numerator == 0 => count(0u64, lang),
        Some(r) => {
            let style = crate::rules::number::NumberStyle::for_lang(lang);
            let value = r
                .scaled(1)
                .map(|s| crate::rules::number::format_scaled(s, 1, style))
                .unwrap_or_default();
            let ceil = r.ceil().map(|c| t::at_least(c, lang)).unwrap_or_default();
            format!("{value} ({ceil})")
        }
        None => "—".to_owned(),
    }
}

fn status_tag(status: Status, lang: Lang) -> Html {
    let class = match status {
        Status::Done | Status::OnTrack => "tag tag--ok",
        Status::Behind => "tag tag--warning",
        Status::UnderThreshold => "tag tag--stop",
        Status::NoData => "tag",
    };
    html! { <span {class}>{ status.localize(lang) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    /// When set, each row offers "Nhập số liệu" and this is called with the unit's index.
    #[prop_or_default]
    pub on_edit_unit: Option<Callback<usize>>,
    /// The unit whose edit panel is open (rendered by the editor under its row).
    #[prop_or_default]
    pub editing: Option<usize>,
    /// The edit panel to show under the row being edited.
    #[prop_or_default]
    pub edit_panel: Option<Html>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let report = &props.report;
    let campaign = &props.campaign;

    // On paper the result must fit one A4 page: past this many units, the print shows the units
    // under the threshold (the ones to act on) instead of every row and bar.
    let many = campaign.units.len() > PRINT_ALL_UNITS_UP_TO;
    html! {
        <section class={classes!("campaign-results", many.then_some("results--many"))} aria-labelledby="results-title">
            <h2 id="results-title">{ t::RESULTS_HEADING.get(lang) }</h2>
            <Summary campaign={campaign.clone()} report={report.clone()} />
            if !report.phases.is_empty() {
                <PhasesTable campaign={campaign.clone()} report={report.clone()} />
            }
            if many {
                <PrintFlagged campaign={campaign.clone()} report={report.clone()} />
            }
            <UnitsTable campaign={campaign.clone()} report={report.clone()}
                on_edit_unit={props.on_edit_unit.clone()} editing={props.editing}
                edit_panel={props.edit_panel.clone()} />
            <details class="how-computed">
                <summary>{ rules_text::HOW_COMPUTED.get(lang) }</summary>
                <ul>
                    { for explain(campaign, report, None).iter().map(|step| html! { <li>{ step.localize(lang) }</li> }) }
                </ul>
                <ul class="source">
                    { for rules_text::DEFINITIONS.iter().map(|d| html! { <li>{ d.get(lang) }</li> }) }
                    <li>{ rules_text::ROUND_HALF_UP.get(lang) }</li>
                    <li>{ format!("{}: {}", t::DAYS_LEGEND.get(lang), campaign.day_counting.localize(lang)) }</li>
                </ul>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    campaign: Rc<Campaign>,
    report: Rc<CampaignReport>,
}

/// The whole campaign's figures, each with its base.
#[component]
fn Summary(props: &ReportProps) -> Html {
    let lang = use_lang();
    let report = &props.report;
    let totals = &report.totals;
    let f = &totals.figures;
    let done = f.done.unwrap_or(0);
    let panel = match f.status {
        Status::Done | Status::OnTrack => "panel panel--ok",
        Status::Behind => "panel panel--warning",
        Status::UnderThreshold => "panel panel--stop",
        Status::NoData => "panel panel--info",
    };
    let days = if report.days.left == 0 && report.days.ended {
        t::NO_DEADLINE_DAYS.get(lang).to_owned()
    } else {
        t::days_sentence(
            report.days.elapsed,
            report.days.left,
            &report.days.counting.localize(lang),
            lang,
        )
    };
    let run_rate = f
        .run_rate
        .and_then(|r| r.per_day_scaled(1))
        .map(|s| {
            t::per_day(
                &crate::rules::number::format_scaled(
                    s,
                    1,
                    crate::rules::number::NumberStyle::for_lang(lang),
                ),
                lang,
            )
        })
        .unwrap_or_else(|| "—".to_owned());
    let projection = match f.projection {
        Projection::NoRunRate => "—".to_owned(),
        other => other.localize(lang),
    };
    html! {
        <div class={panel}>
            <p class="verdict">
                { format!("{} {} ({} / {})", t::ACHIEVED_LABEL.get(lang), rate(f.achieved, 2, lang), count(done, lang), count(f.target_base, lang)) }
                {" · "}{ status_tag(f.status, lang) }
            </p>
            <dl class="figures">
                <div><dt>{ t::TARGET_COUNT_LABEL.get(lang) }</dt>
                    <dd class="num">{ format!("{} ({})", count(f.target, lang), t::share(props.campaign.target, lang)) }</dd></div>
                <div><dt>{ t::REMAINING_LABEL.get(lang) }</dt><dd class="num">{ count(f.remaining, lang) }</dd></div>
                <div><dt>{ t::PER_DAY_LABEL.get(lang) }</dt><dd class="num">{ per_day_text(f.required_per_day, lang) }</dd></div>
                <div><dt>{ t::DAYS_LABEL.get(lang) }</dt><dd>{ days }</dd></div>
                <div><dt>{ t::RUN_RATE_LABEL.get(lang) }</dt><dd class="num">{ run_rate }</dd></div>
                <div><dt>{ t::PROJECTION_LABEL.get(lang) }</dt><dd>{ projection }</dd></div>
                <div><dt>{ t::ACHIEVED_AFTER_LABEL.get(lang) }</dt>
                    <dd class="num">{ format!("{} ({} / {})", rate(f.achieved_after_exclusions, 2, lang), count(done, lang), count(f.base.saturating_sub(f.excluded), lang)) }</dd></div>
                <div><dt>{ t::ACHIEVED_OF_BASE_LABEL.get(lang) }</dt>
                    <dd class="num">{ format!("{} ({} / {})", rate(f.achieved_of_base, 2, lang), count(done, lang), count(f.base, lang)) }</dd></div>
                <div><dt>{ t::UNITS_UNDER_LABEL.get(lang) }</dt>
                    <dd class="num">{ format!("{} ({} {})", t::units_of(totals.units_under_threshold, totals.units, lang),
                        t::THRESHOLD_LABEL.get(lang).trim_end_matches(" (%)").to_lowercase(),
                        t::share(props.campaign.flag_threshold, lang)) }</dd></div>
            </dl>
        </div>
    }
}

/// Print only: the units under the threshold, lowest rate first (at most [`PRINT_FLAGGED_ROWS`]).
#[component]
fn PrintFlagged(props: &ReportProps) -> Html {
    let lang = use_lang();
    let order = sorted_units(&props.campaign, &props.report, SortKey::Achieved, false);
    let flagged: Vec<usize> = order
        .into_iter()
        .filter(|&i| {
            props
                .report
                .units
                .get(i)
                .is_some_and(|u| u.figures.under_threshold)
        })
        .collect();
    html! {
        <div class="print-only">
            <h3>{ format!("{} — {}", t::UNITS_UNDER_LABEL.get(lang), t::units_of(flagged.len(), props.campaign.units.len(), lang)) }</h3>
            <table class="print-flagged">
                <thead><tr>
                    <th scope="col">{ t::COL_UNIT.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_DONE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_BASE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for flagged.iter().take(PRINT_FLAGGED_ROWS).filter_map(|&i| {
                        let unit = props.campaign.units.get(i)?;
                        let f = &props.report.units.get(i)?.figures;
                        Some(html! {
                            <tr>
                                <th scope="row">{ t::place_name(&unit.place, lang) }</th>
                                <td class="num">{ f.done.map(|d| count(d, lang)).unwrap_or_else(|| "—".into()) }</td>
                                <td class="num">{ count(f.target_base, lang) }</td>
                                <td class="num">{ rate(f.achieved, 1, lang) }</td>
                                <td class="num">{ count(f.remaining, lang) }</td>
                            </tr>
                        })
                    }) }
                </tbody>
            </table>
            if flagged.len() > PRINT_FLAGGED_ROWS {
                <p class="hint">{ t::showing(1, PRINT_FLAGGED_ROWS, flagged.len(), lang) }</p>
            }
        </div>
    }
}

/// Phase targets and how the campaign stands on each.
#[component]
fn PhasesTable(props: &ReportProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="phases-caption">
            <table>
                <caption id="phases-caption">{ t::PHASES_TABLE_CAPTION.get(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ t::COL_PHASE.get(lang) }</th>
                    <th scope="col">{ t::COL_PHASE_END.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_PHASE_TARGET.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_CUMULATIVE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_DAYS_LEFT.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th>
                    <th scope="col">{ t::COL_STATUS.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for props.report.phases.iter().map(|p| {
                        let label = props.campaign.phases.get(p.index).and_then(|x| x.label.clone())
                            .unwrap_or_else(|| t::phase_name(p.index, lang));
                        html! {
                            <tr>
                                <th scope="row">{ label }</th>
                                <td>{ crate::rules::date::format_date(p.end, crate::rules::date::DateFormat::DayMonthYear) }</td>
                                <td class="num">{ count(p.target, lang) }</td>
                                <td class="num">{ count(p.cumulative, lang) }</td>
                                <td class="num">{ count(p.remaining, lang) }</td>
                                <td class="num">{ count(p.days_left, lang) }</td>
                                <td class="num">{ per_day_text(p.required_per_day, lang) }</td>
                                <td>{ p.status.localize(lang) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnitsTableProps {
    campaign: Rc<Campaign>,
    report: Rc<CampaignReport>,
    on_edit_unit: Option<Callback<usize>>,
    editing: Option<usize>,
    edit_panel: Option<Html>,
}

const SORT_KEYS: [SortKey; 8] = [
    SortKey::Order,
    SortKey::Status,
    SortKey::Achieved,
    SortKey::Remaining,
    SortKey::Done,
    SortKey::Base,
    SortKey::Target,
    SortKey::Code,
];
const FILTERS: [UnitFilter; 6] = [
    UnitFilter::All,
    UnitFilter::UnderThreshold,
    UnitFilter::Behind,
    UnitFilter::NotDone,
    UnitFilter::Done,
    UnitFilter::NoData,
];

/// Bars and table of the units, sorted and filtered, one page at a time.
#[component]
fn UnitsTable(props: &UnitsTableProps) -> Html {
    let lang = use_lang();
    let sort = use_state(|| SortKey::Order);
    let descending = use_state(|| false);
    let filter = use_state(|| UnitFilter::All);
    let page = use_state(|| 0usize);

    let order = {
        let campaign = props.campaign.clone();
        let report = props.report.clone();
        use_memo(
            (campaign, report, *sort, *descending, *filter),
            |(campaign, report, sort, descending, filter)| {
                let shown: std::collections::HashSet<usize> =
                    filtered_units(report, *filter).into_iter().collect();
                sorted_units(campaign, report, *sort, *descending)
                    .into_iter()
                    .filter(|i| shown.contains(i))
                    .collect::<Vec<usize>>()
            },
        )
    };
    let pages = order.len().div_ceil(PAGE_SIZE).max(1);
    let current = (*page).min(pages - 1);
    let first = current * PAGE_SIZE;
    let visible: Vec<usize> = order.iter().skip(first).take(PAGE_SIZE).copied().collect();

    let on_sort = {
        let sort = sort.clone();
        let page = page.clone();
        Callback::from(move |v: Option<AttrValue>| {
            let index = v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            sort.set(SORT_KEYS.get(index).copied().unwrap_or(SortKey::Order));
            page.set(0);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |v: Option<AttrValue>| {
            let index = v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            filter.set(FILTERS.get(index).copied().unwrap_or(UnitFilter::All));
            page.set(0);
        })
    };
    let on_descending = {
        let descending = descending.clone();
        Callback::from(move |e: Event| {
            descending.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let sort_options: Vec<ChoiceOption> = SORT_KEYS
        .iter()
        .enumerate()
        .map(|(i, k)| ChoiceOption::new(i.to_string(), t::sort_key(*k, lang)))
        .collect();
    let filter_options: Vec<ChoiceOption> = FILTERS
        .iter()
        .enumerate()
        .map(|(i, k)| ChoiceOption::new(i.to_string(), t::unit_filter(*k, lang)))
        .collect();
    let sort_index = SORT_KEYS.iter().position(|k| k == &*sort).unwrap_or(0);
    let filter_index = FILTERS.iter().position(|k| k == &*filter).unwrap_or(0);

    if props.campaign.units.is_empty() {
        return html! { <p class="hint">{ t::NO_UNITS.get(lang) }</p> };
    }
    html! {
        <>
            <div class="table-controls no-print">
                <Select id="units-filter" label={t::FILTER_LABEL.get(lang)} placeholder={t::unit_filter(UnitFilter::All, lang)}
                    options={filter_options.into_iter().skip(1).collect::<Vec<_>>()}
                    selected={(filter_index > 0).then(|| AttrValue::from(filter_index.to_string()))}
                    onchange={on_filter} />
                <Select id="units-sort" label={t::SORT_LABEL.get(lang)} placeholder={t::sort_key(SortKey::Order, lang)}
                    options={sort_options.into_iter().skip(1).collect::<Vec<_>>()}
                    selected={(sort_index > 0).then(|| AttrValue::from(sort_index.to_string()))}
                    onchange={on_sort} />
                <div class="choice field">
                    <input type="checkbox" id="units-descending" checked={*descending} onchange={on_descending} />
                    <label for="units-descending">{ t::DESCENDING_LABEL.get(lang) }</label>
                </div>
            </div>
            <div class="units-block">
            <Chart campaign={props.campaign.clone()} report={props.report.clone()} units={visible.clone()} />
            <p class="hint" role="status">
                { if order.is_empty() { t::unit_filter(*filter, lang).to_owned() + ": 0" }
                  else { t::showing(first + 1, first + visible.len(), order.len(), lang) } }
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="units-caption">
                <table class="units-table">
                    <caption id="units-caption" class="visually-hidden">{ t::UNITS_HEADING.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::COL_UNIT.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_BASE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_DONE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_TARGET.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th>
                        <th scope="col">{ t::COL_STATUS.get(lang) }</th>
                        if props.on_edit_unit.is_some() {
                            <th scope="col" class="no-print">{ t::COL_ACTIONS.get(lang) }</th>
                        }
                    </tr></thead>
                    <tbody>
                        { for visible.iter().map(|&index| {
                            let unit = &props.campaign.units[index.min(props.campaign.units.len() - 1)];
                            let figures = props.report.units.get(index).map(|r| r.figures.clone());
                            let editing = props.editing == Some(index);
                            html! {
                                <>
                                    <UnitRow key={index} {index} name={AttrValue::from(t::place_name(&unit.place, lang))}
                                        illustrative={unit.illustrative} {figures} {lang} {editing}
                                        on_edit={props.on_edit_unit.clone()} />
                                    if editing {
                                        <tr class="unit-edit-row"><td colspan="9">{ props.edit_panel.clone().unwrap_or_default() }</td></tr>
                                    }
                                </>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            </div>
            if pages > 1 {
                <nav class="pager no-print" aria-label={t::UNITS_HEADING.get(lang)}>
                    if current > 0 {
                        <button type="button" class="button button--secondary" onclick={go(current - 1)}>{ t::PREVIOUS_PAGE.get(lang) }</button>
                    }
                    <span>{ format!("{} / {}", current + 1, pages) }</span>
                    if current + 1 < pages {
                        <button type="button" class="button button--secondary" onclick={go(current + 1)}>{ t::NEXT_PAGE.get(lang) }</button>
                    }
                </nav>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct UnitRowProps {
    index: usize,
    name: AttrValue,
    illustrative: bool,
    figures: Option<Figures>,
    lang: Lang,
    editing: bool,
    on_edit: Option<Callback<usize>>,
}

/// One row; re-rendered only when its own figures change (props compare equal otherwise).
#[component]
fn UnitRow(props: &UnitRowProps) -> Html {
    let lang = props.lang;
    let Some(f) = &props.figures else {
        return html! {};
    };
    let onclick = props.on_edit.clone().map(|cb| {
        let index = props.index;
        Callback::from(move |_: MouseEvent| cb.emit(index))
    });
    let row_class = classes!(f.under_threshold.then_some("row--flagged"));
    html! {
        <tr class={row_class}>
            <th scope="row">
                { props.name.clone() }
                if props.illustrative {
                    <span class="tag">{ rules_text::ILLUSTRATIVE.get(lang) }</span>
                }
            </th>
            <td class="num">{ count(f.target_base, lang) }</td>
            <td class="num">{ f.done.map(|d| count(d, lang)).unwrap_or_else(|| "—".into()) }</td>
            <td class="num">{ rate(f.achieved, 1, lang) }</td>
            <td class="num">{ count(f.target, lang) }</td>
            <td class="num">{ count(f.remaining, lang) }</td>
            <td class="num">{ f.required_per_day.and_then(|r| r.ceil()).map(|c| count(c, lang)).unwrap_or_else(|| "—".into()) }</td>
            <td>{ status_tag(f.status, lang) }</td>
            if let Some(onclick) = onclick {
                <td class="no-print">
                    <button type="button" class="link-button" {onclick} aria-expanded={if props.editing { "true" } else { "false" }}>
                        { t::EDIT_UNIT.get(lang) }<span class="visually-hidden">{ format!(": {}", props.name) }</span>
                    </button>
                </td>
            }
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    campaign: Rc<Campaign>,
    report: Rc<CampaignReport>,
    units: Vec<usize>,
}

/// Bars per unit (plain SVG): done against the target, red under the threshold, a black pace tick
/// where the unit should be today. The table below carries the same figures as text.
#[component]
fn Chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    // Label on its own line above each bar, so names stay readable on a phone.
    const ROW: u32 = 34;
    const BAR: u32 = 300;
    const WIDTH: u32 = BAR + 56;
    let rows: Vec<Html> = props.units.iter().enumerate().filter_map(|(i, &index)| {
        let unit = props.campaign.units.get(index)?;
        let f = &props.report.units.get(index)?.figures;
        let y = u32::try_from(i).ok()? * ROW;
        let fraction = |n: u64| -> u32 {
            if f.target == 0 { return 0; }
            let scaled = u128::from(n) * u128::from(BAR) / u128::from(f.target);
            u32::try_from(scaled.min(u128::from(BAR))).unwrap_or(BAR)
        };
        let done = f.done.unwrap_or(0);
        let done_width = fraction(done);
        let pace_x = fraction(f.expected_by_now);
        let name = t::place_name(&unit.place, lang);
        let bar_class = if f.under_threshold { "bar bar--under" } else { "bar bar--done" };
        Some(html! {
            <g>
                <text x="0" y={(y + 11).to_string()} class="chart-label">{ name }</text>
                <rect x="0" y={(y + 15).to_string()} width={BAR.to_string()} height="12" class="bar bar--todo" />
                <rect x="0" y={(y + 15).to_string()} width={done_width.to_string()} height="12" class={bar_class} />
                <rect x={(BAR - 1).to_string()} y={(y + 12).to_string()} width="2" height="18" class="target-line" />
                if f.target > 0 && f.expected_by_now > 0 {
                    <rect x={pace_x.saturating_sub(1).to_string()} y={(y + 13).to_string()} width="3" height="16" class="pace-tick" />
                }
                <text x={(BAR + 6).to_string()} y={(y + 25).to_string()} class="chart-value">{ rate(f.progress_to_target, 0, lang) }</text>
            </g>
        })
    }).collect();
    if rows.is_empty() {
        return html! {};
    }
    let height = u32::try_from(rows.len()).unwrap_or(0) * ROW + 2;
    html! {
        <figure class="bar-chart">
            <figcaption>
                <strong>{ t::CHART_HEADING.get(lang) }</strong>
                <span class="hint">{ " " }{ t::CHART_HINT.get(lang) }</span>
            </figcaption>
            <ul class="legend">
                <li><span aria-hidden="true" class="swatch swatch--done"></span>{ t::LEGEND_DONE.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--todo"></span>{ t::LEGEND_TODO.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--under"></span>{ t::LEGEND_UNDER.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--pace"></span>{ t::LEGEND_PACE.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--target"></span>{ t::LEGEND_TARGET.get(lang) }</li>
            </ul>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={t::CHART_HEADING.get(lang)}
                preserveAspectRatio="xMinYMin meet">
                { for rows }
            </svg>
        </figure>
    }
}
