//! Splitting a quota across the units in proportion to their bases (largest remainder, exact).

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{campaign_page as t, count};
use crate::rules::campaign::Campaign;
use crate::rules::campaign::apportion::{alabama_paradox, apportion_detailed};
use crate::rules::campaign::edit::CampaignEdit;
use crate::rules::number::{NumberStyle, format_scaled};
use crate::ui::pages::campaign::settings::{applying, count_parser};
use crate::ui::shell::use_lang;
use crate::ui::widgets::ParsedField;

#[derive(Properties, PartialEq)]
pub struct QuotaSplitProps {
    pub campaign: Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
}

#[component]
pub fn QuotaSplit(props: &QuotaSplitProps) -> Html {
    let lang = use_lang();
    let total = use_state(|| None::<u64>);
    // The previous total, to warn when raising it lowered someone's share (Alabama paradox).
    let previous = use_state(|| None::<u64>);
    let weights: Vec<u64> = props
        .campaign
        .units
        .iter()
        .map(|u| u.target_base(props.campaign.target_base))
        .collect();

    let apply = {
        let total = total.clone();
        let previous = previous.clone();
        applying(count_parser(lang), move |n| {
            previous.set(*total);
            total.set(Some(n));
        })
    };
    let Some(amount) = *total else {
        return html! {
            <details class="section no-print">
                <summary>{ t::QUOTA_HEADING.get(lang) }</summary>
                <p class="hint">{ t::QUOTA_HINT.get(lang) }</p>
                if weights.is_empty() {
                    <p>{ t::QUOTA_NEEDS_UNITS.get(lang) }</p>
                } else {
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
            .filter_map(|loss| props.campaign.units.get(loss.unit))
            .map(|u| t::place_name(&u.place, lang))
            .collect(),
        _ => Vec::new(),
    };
    let assign = {
        let dispatch = props.dispatch.clone();
        let quotas: Vec<Option<u64>> = parts.iter().map(|p| Some(p.part)).collect();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::SetQuotas(quotas.clone())))
    };
    let clear = {
        let dispatch = props.dispatch.clone();
        let n = weights.len();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::SetQuotas(vec![None; n])))
    };
    let style = NumberStyle::for_lang(lang);
    html! {
        <details class="section no-print" open=true>
            <summary>{ t::QUOTA_HEADING.get(lang) }</summary>
            <p class="hint">{ t::QUOTA_HINT.get(lang) }</p>
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
                    <caption id="quota-caption">{ format!("{} {}", t::QUOTA_TOTAL_LABEL.get(lang), count(amount, lang)) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::COL_UNIT.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_BASE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_EXACT_SHARE.get(lang) }</th>
                        <th scope="col" class="num">{ t::COL_ASSIGNED.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for parts.iter().zip(props.campaign.units.iter()).zip(weights.iter()).take(500).map(|((part, unit), weight)| html! {
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
