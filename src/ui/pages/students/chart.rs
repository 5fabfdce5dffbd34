//! Stacked bars per class or grade: with a level-2 account, card only, neither. One small SVG per
//! bar (labels stay HTML text, readable at any width); colours come from CSS classes, never from
//! inline styles (strict CSP). The table under the chart carries the same figures for screen
//! readers, so the chart itself is hidden from them.

use yew::prelude::*;

use crate::catalogue::{Lang, count, students as t};
use crate::rules::students::Group;

/// Width of a bar in SVG units; the parts are computed in thousandths.
const SCALE: u32 = 1000;

const PART_CLASSES: [&str; 3] = [
    "students-chart__done",
    "students-chart__card",
    "students-chart__neither",
];

pub fn legend(lang: Lang) -> Html {
    let items = [
        (PART_CLASSES[0], t::CHART_LEGEND_DONE),
        (PART_CLASSES[1], t::CHART_LEGEND_CARD),
        (PART_CLASSES[2], t::CHART_LEGEND_NEITHER),
    ];
    html! {
        <ul class="legend students-chart__legend">
            { for items.iter().map(|(class, text)| html! {
                <li>
                    <svg class="students-chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                        <rect class={*class} x="0" y="0" width="10" height="10" />
                    </svg>
                    { text.get(lang) }
                </li>
            }) }
        </ul>
    }
}

pub fn bars(groups: &[Group], lang: Lang) -> Html {
    html! {
        <div class="students-chart" aria-hidden="true">
            { for groups.iter().map(|g| {
                let parts = g.counts.bar_parts(SCALE);
                let mut x = 0u32;
                let rects = parts.iter().zip(PART_CLASSES).map(|(&w, class)| {
                    let rect = html! {
                        <rect class={class} x={x.to_string()} y="0" width={w.to_string()} height="20" />
                    };
                    x = x.saturating_add(w);
                    rect
                }).collect::<Html>();
                html! {
                    <div class="students-chart__row">
                        <span class="students-chart__label">{ t::group_label(&g.label, lang) }</span>
                        <svg class="students-chart__bar" viewBox={format!("0 0 {SCALE} 20")}
                            preserveAspectRatio="none" focusable="false">
                            <rect class="students-chart__empty" x="0" y="0" width={SCALE.to_string()} height="20" />
                            { rects }
                        </svg>
                        <span class="students-chart__figure num">
                            { format!("{}/{}", count(g.counts.with_level2, lang), count(g.counts.total, lang)) }
                        </span>
                    </div>
                }
            }) }
        </div>
    }
}
