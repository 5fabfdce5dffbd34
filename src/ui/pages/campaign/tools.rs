//! Splitting any indicator's quota across the units in proportion to their target bases (largest
//! remainder, exact).

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::campaign as words;
use crate::catalogue::{campaign_page as t, count};
use crate::rules::campaign::Campaign;
use crate::rules::campaign::apportion::{alabama_paradox, apportion_detailed};
use crate::rules::campaign::edit::CampaignEdit;
use crate::rules::number::format_scaled;
use crate::ui::pages::campaign::settings::{applying, count_parser};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, ParsedField, Select};

/// Rows of the split shown at most (the assignment covers every unit).
const ROWS_SHOWN: usize = 500;

#[derive(Properties, PartialEq)]
pub struct QuotaSplitProps {
    pub campaign: Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
}

#[component]
pub fn QuotaSplit(props: &QuotaSplitProps) -> Html {
    let lang = use_lang();
    let indicator = use_state(|| 0usize);
    let total = use_state(|| None::<u64>);
    // The previous total, to warn when raising it lowered someone's share (Alabama paradox).
    let previous = use_state(|| None::<u64>);
    let campaign = &props.campaign;
    let chosen = campaign.chosen_indicator(*indicator);
    let weights: Vec<u64> = (0..campaign.units.len())
        .map(|u| campaign.unit_target_base(u, chosen))
        .collect();
    let apply = {
        let total = total.clone();
        let previous = previous.clone();
        applying(count_parser(lang), move |n| {
            previous.set(*total);
            total.set(Some(n));
        })
    };
    let on_indicator = {
        let indicator = indicator.clone();
        let previous = previous.clone();
        Callback::from(move |v: Option<AttrValue>| {
            indicator.set(v.and_then(|v| v.parse::<usize>().ok()).unwrap_or(0));
            previous.set(None);
        })
    };
    let options: Vec<ChoiceOption> = (0..campaign.indicators.len())
        .skip(1)
        .map(|i| ChoiceOption::new(i.to_string(), words::indicator_name(campaign, i, lang)))
        .collect();
    let picker = html! {
        if campaign.indicators.len() > 1 {
            <Select id="quota-indicator" label={t::QUOTA_INDICATOR_LABEL.get(lang)}
                placeholder={words::indicator_name(campaign, 0, lang)} {options}
                selected={(chosen > 0).then(|| AttrValue::from(chosen.to_string()))} onchange={on_indicator} />
        }
    };
    let Some(amount) = *total else {
        return html! {
            <details class="section no-print">
                <summary>{ t::QUOTA_HEADING.get(lang) }</summary>
                <p class="hint">{ t::QUOTA_HINT.get(lang) }</p>
                if weights.is_empty() {
                    <p>{ t::QUOTA_NEEDS_UNITS.get(lang) }</p>
                } else {
                    { picker }
                    <ParsedField id="quota-total" label={t::QUOTA_TOTAL_LABEL.get(lang)} canonical=""
                        width="input--medium" inputmode="numeric" {apply} />
                }
            </details>
        };
    };
    let parts = apportion_detailed(amount, &weights);
    let losers: Vec<String> = match *previous {
        Some(before) if before < amount => alabama_paradox(before, amount, &weights)
            .iter()
            .filter_map(|loss| campaign.units.get(loss.unit))
            .map(|u| t::place_name(&u.place, lang))
            .collect(),
        _ => Vec::new(),
    };
    let assign = {
        let dispatch = props.dispatch.clone();
        let quotas: Vec<Option<u64>> = parts.iter().map(|p| Some(p.part)).collect();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(CampaignEdit::SetQuotas {
                indicator: chosen,
                quotas: quotas.clone(),
            })
        })
    };
    let clear = {
        let dispatch = props.dispatch.clone();
        let n = weights.len();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(CampaignEdit::SetQuotas {
                indicator: chosen,
                quotas: vec![None; n],
            })
        })
    };
    let style = lang.number_style();
    html! {
        <details class="section no-print" open=true>
            <summary>{ t::QUOTA_HEADING.get(lang) }</summary>
            <p class="hint">{ t::QUOTA_HINT.get(lang) }</p>
            { picker }
            <ParsedField id="quota-total" label={t::QUOTA_TOTAL_LABEL.get(lang)} canonical={AttrValue::from(count(amount, lang))}
                width="input--medium" inputmode="numeric" {apply} />
            if weights.iter().all(|w| *w == 0) {
                <p class="warning-message">{ t::QUOTA_ALL_ZERO.get(lang) }</p>
            }
            if !losers.is_empty() {
                <p class="warning-message" role="status">{ t::alabama(previous.unwrap_or(0), amount, &losers, lang) }</p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="quota-caption">
                <table>
                    <caption id="quota-caption">{ t::quota_caption(&words::indicator_name(campaign, chosen, lang), amount, lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::COL_UNIT.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_BASE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_EXACT_SHARE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_ASSIGNED.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for parts.iter().zip(campaign.units.iter()).zip(weights.iter()).take(ROWS_SHOWN).map(|((part, unit), weight)| html! {
                            <tr>
                                <th scope="row">{ t::place_name(&unit.place, lang) }</th>
                                <td class="num">{ count(*weight, lang) }</td>
                                <td class="num">{ format_scaled(part.exact.scaled(3), 3, style) }</td>
                                <td class="num">{ count(part.part, lang) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="button-group">
                <button type="button" class="button" onclick={assign}>{ t::QUOTA_APPLY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={clear}>{ t::QUOTA_CLEAR.get(lang) }</button>
            </div>
        </details>
    }
}
