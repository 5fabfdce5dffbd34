//! The pace charts of one indicator (plain SVG, the table carries the same figures as text):
//! bars per unit — done against the target, red under the threshold, a black tick where the unit
//! should be today —, and the indicator's progress over its report dates against the pace line
//! (for a monthly indicator: each month's rate against the threshold).

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::campaign::{self as words, rate};
use crate::catalogue::{campaign_page as t, count};
use crate::rules::campaign::metrics::{CampaignReport, progress};
use crate::rules::campaign::{Campaign, Measure, VietnamCalendar};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    /// The indicator.
    pub index: usize,
    /// The units shown (one page of the table).
    pub units: Vec<usize>,
}

/// Bars per unit for one indicator.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    let Some(r) = props.report.indicator(props.index) else {
        return html! {};
    };
    // Label on its own line above each bar, so names stay readable on a phone.
    const ROW: u32 = 34;
    const BAR: u32 = 300;
    const WIDTH: u32 = BAR + 56;
    let rows: Vec<Html> = props
        .units
        .iter()
        .enumerate()
        .filter_map(|(i, &index)| {
            let unit = props.campaign.units.get(index)?;
            let f = &r.units.get(index)?.figures;
            let y = u32::try_from(i).ok()? * ROW;
            let fraction = |n: u64| -> u32 {
                if f.target == 0 {
                    return 0;
                }
                let scaled = u128::from(n) * u128::from(BAR) / u128::from(f.target);
                u32::try_from(scaled.min(u128::from(BAR))).unwrap_or(BAR)
            };
            let done_width = fraction(f.done.unwrap_or(0));
            let pace_x = fraction(f.expected_by_now);
            let name = t::place_name(&unit.place, lang);
            let bar_class = if f.under_threshold {
                "bar bar--under"
            } else {
                "bar bar--done"
            };
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
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let height = u32::try_from(rows.len()).unwrap_or(0) * ROW + 2;
    let name = words::indicator_name(&props.campaign, props.index, lang);
    html! {
        <details class="bar-chart">
            <summary>{ t::chart_heading(&name, lang) }</summary>
            <p class="hint">{ t::CHART_HINT.get(lang) }</p>
            <ul class="legend">
                <li><span aria-hidden="true" class="swatch swatch--done"></span>{ t::LEGEND_DONE.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--todo"></span>{ t::LEGEND_TODO.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--under"></span>{ t::LEGEND_UNDER.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--pace"></span>{ t::LEGEND_PACE.get(lang) }</li>
                <li><span aria-hidden="true" class="swatch swatch--target"></span>{ t::LEGEND_TARGET.get(lang) }</li>
            </ul>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={t::chart_heading(&name, lang)}
                preserveAspectRatio="xMinYMin meet">
                { for rows }
            </svg>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    pub index: usize,
}

/// The indicator's total over its report dates against the pace line, or its months' rates.
#[component]
pub fn ProgressChart(props: &ProgressProps) -> Html {
    let lang = use_lang();
    // Every hook before any early return.
    let computed = use_memo(
        (props.campaign.clone(), props.report.clone(), props.index),
        |(campaign, report, index)| progress(campaign, report, *index, &VietnamCalendar),
    );
    let (Some(x), Some(r)) = (
        props.campaign.indicator(props.index),
        props.report.indicator(props.index),
    ) else {
        return html! {};
    };
    let name = words::indicator_name(&props.campaign, props.index, lang);
    // (label, value, reference, flagged) per point: done and pace, or a month's rate (‱) and
    // the threshold.
    let points: Vec<(String, u64, u64, bool)> = if x.measure == Measure::Monthly {
        r.months
            .iter()
            .map(|m| {
                let rate_bp = m
                    .achieved()
                    .percent_scaled(2)
                    .and_then(|v| u64::try_from(v).ok())
                    .unwrap_or(0);
                let under = m.achieved().is_below(x.flag_threshold).unwrap_or(false);
                (
                    words::month(m.month),
                    rate_bp,
                    u64::from(x.flag_threshold.0),
                    under,
                )
            })
            .collect()
    } else {
        computed
            .iter()
            .map(|p| {
                (
                    crate::catalogue::date(p.date),
                    p.done,
                    p.expected,
                    p.done < p.expected,
                )
            })
            .collect()
    };
    if points.len() < 2 && x.measure != Measure::Monthly {
        return html! {};
    }
    if points.is_empty() {
        return html! {};
    }
    const ROW: u32 = 22;
    const BAR: u32 = 220;
    const LABEL: u32 = 78;
    let max = points
        .iter()
        .map(|p| p.1.max(p.2))
        .max()
        .unwrap_or(1)
        .max(1);
    let scale = |v: u64| -> u32 {
        u32::try_from(u128::from(v) * u128::from(BAR) / u128::from(max)).unwrap_or(BAR)
    };
    let monthly = x.measure == Measure::Monthly;
    let rows: Vec<Html> = points
        .iter()
        .enumerate()
        .map(|(i, (label, value, reference, under))| {
            let y = u32::try_from(i).unwrap_or(0) * ROW;
            let shown = if monthly {
                rate(
                    Some(crate::rules::campaign::metrics::Ratio::new(*value, 10_000)),
                    1,
                    lang,
                )
            } else {
                count(*value, lang)
            };
            let class = if *under {
                "bar bar--under"
            } else {
                "bar bar--done"
            };
            html! {
                <g>
                    <text x="0" y={(y + 14).to_string()} class="chart-label">{ label.clone() }</text>
                    <rect x={LABEL.to_string()} y={(y + 4).to_string()} width={scale(*value).to_string()} height="12" {class} />
                    <rect x={(LABEL + scale(*reference)).saturating_sub(1).to_string()} y={(y + 1).to_string()} width="3" height="18" class="pace-tick" />
                    <text x={(LABEL + BAR + 6).to_string()} y={(y + 14).to_string()} class="chart-value">{ shown }</text>
                </g>
            }
        })
        .collect();
    let height = u32::try_from(rows.len()).unwrap_or(0) * ROW + 2;
    let heading = if monthly {
        t::months_chart_heading(&name, lang)
    } else {
        t::progress_heading(&name, lang)
    };
    html! {
        <details class="bar-chart progress-chart">
            <summary>{ heading.clone() }</summary>
            <p class="hint">{ if monthly { t::MONTHS_CHART_HINT.get(lang) } else { t::PROGRESS_HINT.get(lang) } }</p>
            <svg viewBox={format!("0 0 {} {height}", LABEL + BAR + 80)} role="img" aria-label={heading}
                preserveAspectRatio="xMinYMin meet">
                { for rows }
            </svg>
        </details>
    }
}
