//! The tracker's results, shared by the editor and the read-only view of a shared link: a
//! summary per indicator, phases and months, the units × indicators table (a table on wide
//! screens, one card per unit on a phone), the pace chart, "Cách tính", and the page printed.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::campaign::{self as words, DASH, rate};
use crate::catalogue::{Lang, Localized, campaign_page as t, count};
use crate::rules::campaign::metrics::{
    CampaignReport, Figures, SortKey, Status, UnitFilter, explain, filtered_units, flagged_first,
    sorted_units,
};
use crate::rules::campaign::{Campaign, Measure};
use crate::ui::pages::campaign::chart::{Chart, ProgressChart};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, Select, pager};

/// Rows per page of the units table and cards: enough for a province's communes at a glance,
/// few enough that one edit re-renders quickly even in a 3,321-unit campaign.
pub const PAGE_SIZE: usize = 100;

/// Rows the printed table holds at most (one A4 page, after the summaries).
pub const PRINT_ROWS: usize = 30;

fn tag(status: Status, lang: Lang) -> Html {
    let class = match status {
        Status::Done | Status::OnTrack => "tag tag--ok",
        Status::Behind => "tag tag--warning",
        Status::UnderThreshold => "tag tag--stop",
        Status::NoData => "tag",
    };
    html! { <span {class}>{ status.localize(lang) }</span> }
}

fn done_text(f: &Figures, lang: Lang) -> String {
    f.done.map_or_else(|| DASH.to_owned(), |d| count(d, lang))
}

fn per_day_short(f: &Figures, lang: Lang) -> String {
    f.required_per_day
        .and_then(|r| r.ceil())
        .map_or_else(|| DASH.to_owned(), |c| count(c, lang))
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    /// When set, each unit offers "Nhập số liệu" and this is called with its index.
    #[prop_or_default]
    pub on_edit_unit: Option<Callback<usize>>,
    /// The unit whose edit panel is open (rendered under its row).
    #[prop_or_default]
    pub editing: Option<usize>,
    /// The edit panel to show under the unit being edited.
    #[prop_or_default]
    pub edit_panel: Option<Html>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let campaign = &props.campaign;
    let report = &props.report;
    html! {
        <section class="campaign-results" aria-labelledby="results-title">
            <h2 id="results-title">{ t::RESULTS_HEADING.get(lang) }</h2>
            <div class="indicator-summaries">
                { for report.indicators.iter().map(|r| summary(campaign, report, r.index, lang)) }
            </div>
            <PrintTable campaign={campaign.clone()} report={report.clone()} index={0} />
            <UnitsTable campaign={campaign.clone()} report={report.clone()}
                on_edit_unit={props.on_edit_unit.clone()} editing={props.editing}
                edit_panel={props.edit_panel.clone()} />
            <details class="how-computed">
                <summary>{ words::HOW_COMPUTED.get(lang) }</summary>
                { for report.indicators.iter().map(|r| html! {
                    <>
                        <h3>{ words::indicator_name(campaign, r.index, lang) }</h3>
                        <ul>
                            { for explain(campaign, report, r.index, None).iter().map(|s| html! { <li>{ words::step(s, campaign, lang) }</li> }) }
                        </ul>
                    </>
                }) }
                <ul class="source">
                    { for words::DEFINITIONS.iter().map(|d| html! { <li>{ d.get(lang) }</li> }) }
                    <li>{ words::ROUND_HALF_UP.get(lang) }</li>
                    <li>{ t::days_counted(&campaign.day_counting.localize(lang), lang) }</li>
                </ul>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    campaign: Rc<Campaign>,
    report: Rc<CampaignReport>,
    index: usize,
}

/// One indicator's figures for the whole campaign, each with its base (rendered with the
/// results: a plain function, not a component).
fn summary(campaign: &Campaign, report: &CampaignReport, index: usize, lang: Lang) -> Html {
    let (Some(x), Some(r)) = (campaign.indicator(index), report.indicator(index)) else {
        return html! {};
    };
    let totals = &r.totals;
    let f = &totals.figures;
    let panel = match f.status {
        Status::Done | Status::OnTrack => "panel panel--ok indicator-summary",
        Status::Behind => "panel panel--warning indicator-summary",
        Status::UnderThreshold => "panel panel--stop indicator-summary",
        Status::NoData => "panel panel--info indicator-summary",
    };
    let name = words::indicator_name(campaign, index, lang);
    let heading_id = format!("indicator-{}-title", index);
    let days = if r.days.left == 0 && r.days.ended {
        t::NO_DEADLINE_DAYS.get(lang).to_owned()
    } else {
        t::days_sentence(
            r.days.elapsed,
            r.days.left,
            &r.days.counting.localize(lang),
            lang,
        )
    };
    let run_rate = f.run_rate.map_or_else(
        || DASH.to_owned(),
        |rate| t::per_day(&words::rate_per_day(rate, lang), lang),
    );
    let projection = match f.projection {
        crate::rules::campaign::metrics::Projection::NoRunRate => DASH.to_owned(),
        other => other.localize(lang),
    };
    let done = f.done.unwrap_or(0);
    let monthly = x.measure == Measure::Monthly;
    html! {
        <section class={panel} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ name }</h3>
            <p class="verdict">
                { t::achieved_line(&rate(f.achieved, 2, lang), done, f.target_base, lang) }
                {" · "}{ tag(f.status, lang) }
            </p>
            <dl class="figures">
                if let Some(month) = r.month {
                    <div><dt>{ t::MONTH_LABEL.get(lang) }</dt><dd>{ words::month(month) }</dd></div>
                }
                <div><dt>{ t::TARGET_COUNT_LABEL.get(lang) }</dt>
                    <dd class="num">{ t::target_with_share(f.target, x.target, lang) }</dd></div>
                <div><dt>{ t::REMAINING_LABEL.get(lang) }</dt><dd class="num">{ count(f.remaining, lang) }</dd></div>
                <div><dt>{ t::PER_DAY_LABEL.get(lang) }</dt><dd class="num">{ words::per_day(f.required_per_day, lang) }</dd></div>
                <div><dt>{ t::DEADLINE_LABEL.get(lang) }</dt><dd>{ crate::catalogue::date(x.deadline) }</dd></div>
                <div><dt>{ t::DAYS_LABEL.get(lang) }</dt><dd>{ days }</dd></div>
                if !monthly {
                    <div><dt>{ t::RUN_RATE_LABEL.get(lang) }</dt><dd class="num">{ run_rate }</dd></div>
                    <div><dt>{ t::PROJECTION_LABEL.get(lang) }</dt><dd>{ projection }</dd></div>
                }
                if f.excluded > 0 {
                    <div><dt>{ t::ACHIEVED_AFTER_LABEL.get(lang) }</dt>
                        <dd class="num">{ t::rate_of(&rate(f.achieved_after_exclusions, 2, lang), done, f.base.saturating_sub(f.excluded), lang) }</dd></div>
                    <div><dt>{ t::ACHIEVED_OF_BASE_LABEL.get(lang) }</dt>
                        <dd class="num">{ t::rate_of(&rate(f.achieved_of_base, 2, lang), done, f.base, lang) }</dd></div>
                }
                if x.base != crate::rules::campaign::BaseSource::Own {
                    <div><dt>{ t::BASE_SOURCE_LABEL.get(lang) }</dt>
                        <dd>{ words::base_source(campaign, x.base, lang) }</dd></div>
                }
                <div><dt>{ t::UNITS_UNDER_LABEL.get(lang) }</dt>
                    <dd class="num">{ t::units_under(totals.units_under_threshold, totals.units, x.flag_threshold, lang) }</dd></div>
            </dl>
            if !r.phases.is_empty() {
                { phases_table(campaign, report, index, lang) }
            }
            if monthly && !r.months.is_empty() {
                { months_table(campaign, report, index, lang) }
            }
        </section>
    }
}

/// Phase targets of one indicator and how it stands on each.
fn phases_table(campaign: &Campaign, report: &CampaignReport, index: usize, lang: Lang) -> Html {
    let (Some(x), Some(r)) = (campaign.indicator(index), report.indicator(index)) else {
        return html! {};
    };
    let caption = format!("phases-caption-{}", index);
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table>
                <caption id={caption}>{ t::phases_caption(&words::indicator_name(campaign, index, lang), lang) }</caption>
                <thead><tr>
                    <th scope="col">{ t::COL_PHASE.get(lang) }</th>
                    <th scope="col">{ t::COL_PHASE_END.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_PHASE_TARGET.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_CUMULATIVE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th>
                    <th scope="col">{ t::COL_STATUS.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for r.phases.iter().map(|p| {
                        let label = x.phases.get(p.index).and_then(|ph| ph.label.clone())
                            .unwrap_or_else(|| t::phase_name(p.index, lang));
                        html! {
                            <tr>
                                <th scope="row">{ label }</th>
                                <td>{ crate::catalogue::date(p.end) }</td>
                                <td class="num">{ count(p.target, lang) }</td>
                                <td class="num">{ count(p.cumulative, lang) }</td>
                                <td class="num">{ count(p.remaining, lang) }</td>
                                <td class="num">{ words::per_day(p.required_per_day, lang) }</td>
                                <td>{ p.status.localize(lang) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A monthly indicator's months, summed over the units, against its threshold.
fn months_table(campaign: &Campaign, report: &CampaignReport, index: usize, lang: Lang) -> Html {
    let (Some(x), Some(r)) = (campaign.indicator(index), report.indicator(index)) else {
        return html! {};
    };
    let caption = format!("months-caption-{}", index);
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table>
                <caption id={caption}>{ t::months_caption(&words::indicator_name(campaign, index, lang), x.flag_threshold, lang) }</caption>
                <thead><tr>
                    <th scope="col">{ t::MONTH_LABEL.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_MONTH_BASE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_DONE.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                    <th scope="col" class="num">{ t::UNITS_UNDER_LABEL.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for r.months.iter().map(|m| {
                        let under = m.achieved().is_below(x.flag_threshold).unwrap_or(false);
                        html! {
                            <tr class={classes!(under.then_some("row--flagged"))}>
                                <th scope="row">{ words::month(m.month) }</th>
                                <td class="num">{ count(m.base, lang) }</td>
                                <td class="num">{ count(m.done, lang) }</td>
                                <td class="num">{ rate(Some(m.achieved()), 1, lang) }</td>
                                <td class="num">{ t::units_of(m.units_under_threshold, m.units_reported, lang) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Print only: units × indicators, flagged units first, as many rows as fit one A4 page.
#[component]
fn PrintTable(props: &SummaryProps) -> Html {
    let lang = use_lang();
    let campaign = &props.campaign;
    let report = &props.report;
    let order = use_memo((campaign.clone(), report.clone()), |(c, r)| {
        flagged_first(c, r)
    });
    let wide = campaign.indicators.len() <= 3;
    let shown = order.len().min(PRINT_ROWS);
    html! {
        <div class="print-only print-units">
            <h3>{ t::print_heading(report.units_flagged, campaign.units.len(), lang) }</h3>
            <table class="print-table">
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{ t::COL_UNIT.get(lang) }</th>
                        { for campaign.indicators.iter().enumerate().map(|(i, _)| html! {
                            <th scope="colgroup" colspan={if wide { "5" } else { "3" }}>{ words::indicator_name(campaign, i, lang) }</th>
                        }) }
                    </tr>
                    <tr>
                        { for campaign.indicators.iter().map(|_| html! {
                            <>
                                <th scope="col" class="num">{ t::COL_DONE.get(lang) }</th>
                                if wide { <th scope="col" class="num">{ t::COL_TARGET.get(lang) }</th> }
                                <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                                <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                                if wide { <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th> }
                            </>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for order.iter().take(PRINT_ROWS).filter_map(|&u| {
                        let unit = campaign.units.get(u)?;
                        let flagged = report.flag_count(u) > 0;
                        Some(html! {
                            <tr class={classes!(flagged.then_some("row--flagged"))}>
                                <th scope="row">{ t::place_name(&unit.place, lang) }</th>
                                { for report.indicators.iter().map(|r| {
                                    let f = r.units.get(u).map(|x| &x.figures);
                                    let cell = |s: String, under: bool| html! {
                                        <td class={classes!("num", under.then_some("cell--flagged"))}>{ s }</td>
                                    };
                                    match f {
                                        Some(f) => html! {
                                            <>
                                                { cell(done_text(f, lang), false) }
                                                if wide { { cell(count(f.target, lang), false) } }
                                                { cell(rate(f.achieved, 1, lang), f.under_threshold) }
                                                { cell(count(f.remaining, lang), false) }
                                                if wide { { cell(per_day_short(f, lang), false) } }
                                            </>
                                        },
                                        None => html! {},
                                    }
                                }) }
                            </tr>
                        })
                    }) }
                </tbody>
            </table>
            if order.len() > shown {
                <p class="hint">{ t::print_more(order.len() - shown, lang) }</p>
            }
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

/// The choice "any indicator" in the filter's indicator menu.
const ANY: &str = "any";

/// Units × indicators, sorted by any indicator and filtered, one page at a time; with the pace
/// chart of the chosen indicator.
#[component]
fn UnitsTable(props: &UnitsTableProps) -> Html {
    let lang = use_lang();
    let indicator = use_state(|| 0usize);
    let sort = use_state(|| SortKey::Order);
    let descending = use_state(|| false);
    let filter = use_state(|| UnitFilter::All);
    let filter_on_any = use_state(|| true);
    let page = use_state(|| 0usize);
    let campaign = &props.campaign;
    let report = &props.report;
    let chosen = campaign.chosen_indicator(*indicator);

    let order = {
        let key = (
            campaign.clone(),
            report.clone(),
            chosen,
            *sort,
            *descending,
            *filter,
            *filter_on_any,
        );
        use_memo(
            key,
            |(campaign, report, chosen, sort, descending, filter, any)| {
                let on = if *any { None } else { Some(*chosen) };
                let shown: std::collections::HashSet<usize> =
                    filtered_units(report, on, *filter).into_iter().collect();
                sorted_units(campaign, report, *chosen, *sort, *descending)
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

    let on_indicator = {
        let indicator = indicator.clone();
        Callback::from(move |v: Option<AttrValue>| {
            indicator.set(v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0));
        })
    };
    let on_sort = {
        let sort = sort.clone();
        let page = page.clone();
        Callback::from(move |v: Option<AttrValue>| {
            let index = v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            sort.set(SortKey::ALL.get(index).copied().unwrap_or(SortKey::Order));
            page.set(0);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |v: Option<AttrValue>| {
            let index = v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            filter.set(
                UnitFilter::ALL
                    .get(index)
                    .copied()
                    .unwrap_or(UnitFilter::All),
            );
            page.set(0);
        })
    };
    let on_filter_scope = {
        let any = filter_on_any.clone();
        let page = page.clone();
        Callback::from(move |v: Option<AttrValue>| {
            any.set(v.is_none_or(|v| v == ANY));
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
    let on_page = {
        let page = page.clone();
        Callback::from(move |to: usize| page.set(to))
    };
    if campaign.units.is_empty() {
        return html! { <p class="hint">{ t::NO_UNITS.get(lang) }</p> };
    }
    let names: Rc<Vec<AttrValue>> = Rc::new(
        (0..campaign.indicators.len())
            .map(|i| AttrValue::from(words::indicator_name(campaign, i, lang)))
            .collect(),
    );
    let indicator_options: Vec<ChoiceOption> = names
        .iter()
        .enumerate()
        .map(|(i, n)| ChoiceOption::new(i.to_string(), n.to_string()))
        .collect();
    let sort_options: Vec<ChoiceOption> = SortKey::ALL
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, k)| ChoiceOption::new(i.to_string(), t::sort_key(*k).get(lang)))
        .collect();
    let filter_options: Vec<ChoiceOption> = UnitFilter::ALL
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, k)| ChoiceOption::new(i.to_string(), t::unit_filter(*k).get(lang)))
        .collect();
    let scope_options: Vec<ChoiceOption> = names
        .iter()
        .enumerate()
        .map(|(i, n)| ChoiceOption::new(i.to_string(), t::filter_on(n, lang)))
        .collect();
    let sort_index = SortKey::ALL.iter().position(|k| k == &*sort).unwrap_or(0);
    let filter_index = UnitFilter::ALL
        .iter()
        .position(|k| k == &*filter)
        .unwrap_or(0);
    let many = campaign.indicators.len() > 1;
    let rows: Vec<UnitRowData> = visible
        .iter()
        .filter_map(|&u| {
            let unit = campaign.units.get(u)?;
            Some(UnitRowData {
                index: u,
                name: AttrValue::from(t::place_name(&unit.place, lang)),
                illustrative: unit.illustrative,
                figures: report
                    .indicators
                    .iter()
                    .map(|r| r.units.get(u).map(|x| x.figures.clone()))
                    .collect(),
                months_under: report
                    .indicators
                    .iter()
                    .map(|r| r.units.get(u).map_or(0, |x| x.months_under_threshold))
                    .collect(),
            })
        })
        .collect();
    let summary = if order.is_empty() {
        t::none_shown(t::unit_filter(*filter).get(lang), lang)
    } else {
        t::showing(first + 1, first + visible.len(), order.len(), lang)
    };
    html! {
        <section class="units-block" aria-labelledby="units-title">
            <h3 id="units-title">{ t::UNITS_TABLE_HEADING.get(lang) }</h3>
            <div class="table-controls no-print">
                if many {
                    <Select id="units-indicator" label={t::INDICATOR_SHOWN_LABEL.get(lang)} placeholder={names.first().cloned().unwrap_or_default()}
                        options={indicator_options.into_iter().skip(1).collect::<Vec<_>>()}
                        selected={(chosen > 0).then(|| AttrValue::from(chosen.to_string()))}
                        onchange={on_indicator} />
                }
                <Select id="units-sort" label={t::SORT_LABEL.get(lang)} placeholder={t::sort_key(SortKey::Order).get(lang)}
                    options={sort_options}
                    selected={(sort_index > 0).then(|| AttrValue::from(sort_index.to_string()))}
                    onchange={on_sort} />
                <div class="choice field">
                    <input type="checkbox" id="units-descending" checked={*descending} onchange={on_descending} />
                    <label for="units-descending">{ t::DESCENDING_LABEL.get(lang) }</label>
                </div>
                <Select id="units-filter" label={t::FILTER_LABEL.get(lang)} placeholder={t::unit_filter(UnitFilter::All).get(lang)}
                    options={filter_options}
                    selected={(filter_index > 0).then(|| AttrValue::from(filter_index.to_string()))}
                    onchange={on_filter} />
                if many && *filter != UnitFilter::All {
                    <Select id="units-filter-scope" label={t::FILTER_SCOPE_LABEL.get(lang)} placeholder={t::FILTER_ANY.get(lang)}
                        options={scope_options}
                        selected={(!*filter_on_any).then(|| AttrValue::from(chosen.to_string()))}
                        onchange={on_filter_scope} />
                }
            </div>
            <p class="hint no-print" role="status">{ summary }</p>
            if let (Some(panel), Some(_)) = (&props.edit_panel, props.editing) {
                <div class="unit-edit-panel no-print">{ panel.clone() }</div>
            }
            <div class="no-print">
                <Chart campaign={campaign.clone()} report={report.clone()} index={chosen} units={visible.clone()} />
                <ProgressChart campaign={campaign.clone()} report={report.clone()} index={chosen} />
            </div>
            <div class="table-wrap units-matrix-wrap no-print" tabindex="0" role="region" aria-labelledby="units-caption">
                <table class="units-matrix units-table">
                    <caption id="units-caption" class="visually-hidden">{ t::UNITS_MATRIX_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ t::COL_UNIT.get(lang) }</th>
                            { for names.iter().map(|n| html! { <th scope="colgroup" colspan="5" class="group-start">{ n.clone() }</th> }) }
                            <th scope="col" rowspan="2">{ t::COL_FLAGGED.get(lang) }</th>
                            if props.on_edit_unit.is_some() {
                                <th scope="col" rowspan="2">{ t::COL_ACTIONS.get(lang) }</th>
                            }
                        </tr>
                        <tr>
                            { for names.iter().map(|_| html! {
                                <>
                                    <th scope="col" class="num group-start">{ t::COL_DONE.get(lang) }</th>
                                    <th scope="col" class="num">{ t::COL_TARGET.get(lang) }</th>
                                    <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                                    <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                                    <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th>
                                </>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            let editing = props.editing == Some(row.index);
                            html! {
                                <MatrixRow key={row.index} row={row.clone()} names={names.clone()} {lang} {editing}
                                    on_edit={props.on_edit_unit.clone()} />
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <ul class="unit-cards no-print">
                { for rows.iter().map(|row| {
                    let editing = props.editing == Some(row.index);
                    html! {
                        <UnitCard key={row.index} row={row.clone()} names={names.clone()} {lang} {editing}
                            on_edit={props.on_edit_unit.clone()} />
                    }
                }) }
            </ul>
            { pager(current, pages, t::UNITS_TABLE_HEADING.get(lang), &on_page, lang) }
        </section>
    }
}

/// One unit's figures for every indicator, as a row or a card shows them.
#[derive(Clone, PartialEq)]
struct UnitRowData {
    index: usize,
    name: AttrValue,
    illustrative: bool,
    figures: Vec<Option<Figures>>,
    months_under: Vec<usize>,
}

impl UnitRowData {
    fn flagged(&self) -> Vec<usize> {
        self.figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.as_ref().is_some_and(|f| f.under_threshold))
            .map(|(i, _)| i)
            .collect()
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    row: UnitRowData,
    names: Rc<Vec<AttrValue>>,
    lang: Lang,
    editing: bool,
    on_edit: Option<Callback<usize>>,
}

fn edit_button(props: &RowProps) -> Html {
    let Some(cb) = props.on_edit.clone() else {
        return html! {};
    };
    let index = props.row.index;
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(index));
    html! {
        <button type="button" class="link-button" {onclick} aria-expanded={if props.editing { "true" } else { "false" }}>
            { t::EDIT_UNIT.get(props.lang) }<span class="visually-hidden">{ format!(": {}", props.row.name) }</span>
        </button>
    }
}

fn flags_text(props: &RowProps) -> String {
    props
        .row
        .flagged()
        .iter()
        .filter_map(|&i| props.names.get(i).map(|n| n.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One unit as a table row; re-rendered only when its own figures change.
#[component]
fn MatrixRow(props: &RowProps) -> Html {
    let lang = props.lang;
    let row = &props.row;
    let flagged = !row.flagged().is_empty();
    html! {
        <tr class={classes!(flagged.then_some("row--flagged"))}>
            <th scope="row">
                { row.name.clone() }
                if row.illustrative {
                    <span class="tag">{ words::ILLUSTRATIVE.get(lang) }</span>
                }
            </th>
            { for row.figures.iter().map(|f| match f {
                Some(f) => html! {
                    <>
                        <td class="num group-start">{ done_text(f, lang) }</td>
                        <td class="num">{ count(f.target, lang) }</td>
                        <td class={classes!("num", f.under_threshold.then_some("cell--flagged"))}>{ rate(f.achieved, 1, lang) }</td>
                        <td class="num">{ count(f.remaining, lang) }</td>
                        <td class="num">{ per_day_short(f, lang) }</td>
                    </>
                },
                None => html! { <td colspan="5"></td> },
            }) }
            <td>{ flags_text(props) }</td>
            if props.on_edit.is_some() {
                <td class="no-print">{ edit_button(props) }</td>
            }
        </tr>
    }
}

/// One unit as a card (phones): its indicators as rows of a small table.
#[component]
fn UnitCard(props: &RowProps) -> Html {
    let lang = props.lang;
    let row = &props.row;
    let flags = flags_text(props);
    let caption = format!("unit-card-{}", row.index);
    html! {
        <li class={classes!("unit-card", (!flags.is_empty()).then_some("unit-card--flagged"))}>
            <table aria-labelledby={caption.clone()}>
                <caption id={caption}>
                    <strong>{ row.name.clone() }</strong>
                    if row.illustrative {
                        <span class="tag">{ words::ILLUSTRATIVE.get(lang) }</span>
                    }
                    if !flags.is_empty() {
                        <span class="unit-card__flags">{ t::flagged_on(&flags, lang) }</span>
                    }
                </caption>
                <thead><tr>
                    <th scope="col" class="num">{ t::COL_DONE_OF_TARGET.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_ACHIEVED.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_REMAINING.get(lang) }</th>
                    <th scope="col" class="num">{ t::COL_PER_DAY.get(lang) }</th>
                </tr></thead>
                { for row.figures.iter().enumerate().filter_map(|(i, f)| {
                    let f = f.as_ref()?;
                    let name = props.names.get(i).cloned().unwrap_or_default();
                    Some(html! {
                        <tbody class={classes!(f.under_threshold.then_some("row--flagged"))}>
                            <tr><th scope="rowgroup" colspan="4" class="unit-card__indicator">{ name }</th></tr>
                            <tr>
                                <td class="num">{ t::done_of_target(f.done, f.target, lang) }</td>
                                <td class={classes!("num", f.under_threshold.then_some("cell--flagged"))}>{ rate(f.achieved, 1, lang) }</td>
                                <td class="num">{ count(f.remaining, lang) }</td>
                                <td class="num">{ per_day_short(f, lang) }</td>
                            </tr>
                        </tbody>
                    })
                }) }
            </table>
            if props.on_edit.is_some() {
                <p class="unit-card__actions">{ edit_button(props) }</p>
            }
        </li>
    }
}
