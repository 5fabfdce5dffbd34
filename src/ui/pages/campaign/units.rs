//! Adding units (all communes of a province, one commune, or a free-text row) and the panel that
//! edits one unit's figures.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Localized, campaign as rules_text, campaign_page as t, count};
use crate::rules::campaign::edit::CampaignEdit;
use crate::rules::campaign::metrics::{CampaignReport, explain};
use crate::rules::campaign::{Campaign, ExclusionReason, Unit};
use crate::rules::date::{DateFormat, format_date};
use crate::rules::units::{self, CommuneCode, ProvinceCode};
use crate::ui::pages::campaign::settings::{applying, count_parser, optional_count_parser};
use crate::ui::shell::use_lang;
use crate::ui::widgets::{CommunePicker, FieldMessages, ParsedField, TextField};

#[derive(Properties, PartialEq)]
pub struct AddUnitsProps {
    pub campaign: Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
}

/// "Thêm tất cả xã của tỉnh", "Thêm xã đã chọn", or a free-text row.
#[component]
pub fn AddUnits(props: &AddUnitsProps) -> Html {
    let lang = use_lang();
    let province = use_state(|| props.campaign.area.and_then(|a| ProvinceCode::new(a).ok()));
    let commune = use_state(|| None::<CommuneCode>);
    let named = use_state(String::new);
    let problem = use_state(|| None::<AttrValue>);

    let on_province = {
        let province = province.clone();
        Callback::from(move |p| province.set(p))
    };
    let on_commune = {
        let commune = commune.clone();
        Callback::from(move |c| commune.set(c))
    };
    let add_province = {
        let dispatch = props.dispatch.clone();
        let province = province.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| match *province {
            Some(p) => {
                let mut codes: Vec<u32> =
                    units::communes_of(p).iter().map(|c| c.code.get()).collect();
                codes.sort_unstable();
                dispatch.emit(CampaignEdit::AddCommunes(codes));
                problem.set(None);
            }
            None => problem.set(Some(
                crate::catalogue::units::PROVINCE_PLACEHOLDER
                    .get(lang)
                    .into(),
            )),
        })
    };
    let add_commune = {
        let dispatch = props.dispatch.clone();
        let commune = commune.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| match *commune {
            Some(c) => {
                dispatch.emit(CampaignEdit::AddCommunes(vec![c.get()]));
                problem.set(None);
            }
            None => problem.set(Some(t::ADD_COMMUNE.get(lang).into())),
        })
    };
    let on_named = {
        let named = named.clone();
        Callback::from(move |v: String| named.set(v))
    };
    let add_named = {
        let dispatch = props.dispatch.clone();
        let named = named.clone();
        Callback::from(move |_: MouseEvent| {
            if !named.trim().is_empty() {
                dispatch.emit(CampaignEdit::AddNamedUnit((*named).clone()));
                named.set(String::new());
            }
        })
    };
    let remove_all = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::RemoveAllUnits))
    };
    html! {
        <fieldset class="section no-print">
            <legend>{ t::UNITS_HEADING.get(lang) }</legend>
            <CommunePicker id="add-unit" province={*province} commune={*commune} {on_province} {on_commune}
                commune_messages={FieldMessages { error: (*problem).clone(), ..Default::default() }} />
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add_province}>{ t::ADD_PROVINCE_COMMUNES.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={add_commune}>{ t::ADD_COMMUNE.get(lang) }</button>
            </div>
            <TextField id="add-named-unit" label={t::ADD_NAMED_LABEL.get(lang)} hint={t::ADD_NAMED_HINT.get(lang)}
                value={(*named).clone()} oninput={on_named} />
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add_named}>{ t::ADD_NAMED.get(lang) }</button>
                if !props.campaign.units.is_empty() {
                    <button type="button" class="link-button" onclick={remove_all}>{ t::REMOVE_ALL_UNITS.get(lang) }</button>
                }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnitEditorProps {
    pub index: usize,
    pub unit: Unit,
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    pub dispatch: Callback<CampaignEdit>,
    pub on_close: Callback<()>,
    /// The "figures as of" date: today's figure is recorded under it.
    pub as_of: chrono::NaiveDate,
}

/// Figures of one unit: base, done, assigned quota, exclusions by reason; its "Cách tính".
#[component]
pub fn UnitEditor(props: &UnitEditorProps) -> Html {
    let lang = use_lang();
    let index = props.index;
    let unit = &props.unit;
    let dispatch = props.dispatch.clone();
    let send = move |make: fn(usize, u64) -> CampaignEdit| {
        let dispatch = dispatch.clone();
        move |n: u64| dispatch.emit(make(index, n))
    };
    let dispatch = props.dispatch.clone();
    let send_optional = move |make: fn(usize, Option<u64>) -> CampaignEdit| {
        let dispatch = dispatch.clone();
        move |n: Option<u64>| dispatch.emit(make(index, n))
    };
    let id = |field: &str| AttrValue::from(format!("unit-{index}-{field}"));
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            on_close.emit(());
            dispatch.emit(CampaignEdit::RemoveUnit(index));
        })
    };
    let record = {
        let dispatch = props.dispatch.clone();
        let date = props.as_of;
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(CampaignEdit::RecordHistory { index, date })
        })
    };
    let optional_text =
        |n: Option<u64>| AttrValue::from(n.map(|n| count(n, lang)).unwrap_or_default());
    html! {
        <div class="unit-editor" role="group" aria-label={t::place_name(&unit.place, lang)}>
            <div class="field-row">
                <ParsedField id={id("base")} label={t::BASE_LABEL.get(lang)} hint={t::COUNT_HINT.get(lang)}
                    canonical={AttrValue::from(count(unit.base, lang))} width="input--medium" inputmode="numeric"
                    apply={applying(count_parser(lang), send(|index, base| CampaignEdit::SetUnitBase { index, base }))} />
                <ParsedField id={id("done")} label={t::DONE_LABEL.get(lang)} hint={t::DONE_HINT.get(lang)}
                    canonical={optional_text(unit.done)} width="input--medium" inputmode="numeric"
                    apply={applying(optional_count_parser(lang), send_optional(|index, done| CampaignEdit::SetUnitDone { index, done }))} />
                <ParsedField id={id("quota")} label={t::QUOTA_OVERRIDE_LABEL.get(lang)} hint={t::QUOTA_OVERRIDE_HINT.get(lang)}
                    canonical={optional_text(unit.quota)} width="input--medium" inputmode="numeric"
                    apply={applying(optional_count_parser(lang), send_optional(|index, quota| CampaignEdit::SetUnitQuota { index, quota }))} />
            </div>
            <fieldset>
                <legend>{ t::EXCLUSIONS_LEGEND.get(lang) }</legend>
                <p class="hint">{ t::EXCLUSIONS_HINT.get(lang) }</p>
                <div class="field-row">
                    { for ExclusionReason::ALL.iter().map(|&reason| {
                        let dispatch = props.dispatch.clone();
                        let apply = applying(count_parser(lang), move |count| {
                            dispatch.emit(CampaignEdit::SetUnitExclusion { index, reason, count });
                        });
                        html! {
                            <ParsedField id={id(&format!("exclusion-{reason:?}").to_lowercase())} label={reason.localize(lang)}
                                canonical={AttrValue::from(count(unit.exclusions.get(reason), lang))}
                                width="input--medium" inputmode="numeric" {apply} />
                        }
                    }) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ t::HISTORY_LEGEND.get(lang) }</legend>
                <p class="hint">{ t::HISTORY_HINT.get(lang) }</p>
                if unit.history.is_empty() {
                    <p>{ t::NO_HISTORY.get(lang) }</p>
                } else {
                    <ul class="history">
                        { for unit.history.iter().map(|point| {
                            let date = point.date;
                            let dispatch = props.dispatch.clone();
                            let remove = Callback::from(move |_: MouseEvent| {
                                dispatch.emit(CampaignEdit::RemoveHistory { index, date });
                            });
                            let day = format_date(date, DateFormat::DayMonthYear);
                            html! {
                                <li>
                                    <span class="num">{ format!("{day}: {}", count(point.done, lang)) }</span>
                                    {" "}
                                    <button type="button" class="link-button" onclick={remove}>
                                        { t::REMOVE_POINT.get(lang) }<span class="visually-hidden">{ format!(" {day}") }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <button type="button" class="button button--secondary" onclick={record}>
                    { t::record_history(unit.done, &format_date(props.as_of, DateFormat::DayMonthYear), lang) }
                </button>
            </fieldset>
            <details>
                <summary>{ rules_text::HOW_COMPUTED.get(lang) }</summary>
                <ul>
                    { for explain(&props.campaign, &props.report, Some(index)).iter().map(|s| html! { <li>{ s.localize(lang) }</li> }) }
                </ul>
            </details>
            <div class="button-group">
                <button type="button" class="button" onclick={close}>{ t::CLOSE_EDIT.get(lang) }</button>
                <button type="button" class="link-button" onclick={remove}>{ t::REMOVE_UNIT.get(lang) }</button>
            </div>
        </div>
    }
}
