//! Adding units (all communes of a province, one commune, or a free-text row) and the panel that
//! edits one unit's figures.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::campaign as words;
use crate::catalogue::date as day;
use crate::catalogue::{Lang, Localized, campaign_page as t, count};
use crate::rules::campaign::edit::{CampaignEdit, TallyEdit};
use crate::rules::campaign::metrics::{CampaignReport, explain};
use crate::rules::campaign::{
    BaseSource, Campaign, ExclusionReason, Measure, Month, MonthFigure, Tally, Unit,
};
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
    pub unit: Rc<Unit>,
    pub campaign: Rc<Campaign>,
    pub report: Rc<CampaignReport>,
    pub dispatch: Callback<CampaignEdit>,
    pub on_close: Callback<()>,
    /// The figures' date: today's figure is recorded under it, a monthly figure goes to its month.
    pub as_of: chrono::NaiveDate,
}

/// One unit's figures, indicator by indicator: base, done, assigned quota, exclusions, dated
/// figures (or, for a monthly indicator, the month's base and done), and its "Cách tính".
#[component]
pub fn UnitEditor(props: &UnitEditorProps) -> Html {
    let lang = use_lang();
    let index = props.index;
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
    let name = t::place_name(&props.unit.place, lang);
    html! {
        <div class="unit-editor" role="group" aria-labelledby="unit-editor-title" tabindex="-1" id="unit-editor">
            <h3 id="unit-editor-title">{ t::editing_unit(&name, lang) }</h3>
            { for props.campaign.indicators.iter().enumerate().map(|(i, x)| {
                let tally = props.unit.tally(i).cloned().unwrap_or_default();
                let section = TallySection {
                    unit: index,
                    indicator: i,
                    name: words::indicator_name(&props.campaign, i, lang),
                    own_base: x.base == BaseSource::Own,
                    monthly: x.measure == Measure::Monthly,
                };
                html! {
                    <TallyFields key={i} {section} {tally} campaign={props.campaign.clone()} report={props.report.clone()}
                        dispatch={props.dispatch.clone()} as_of={props.as_of} />
                }
            }) }
            <div class="button-group">
                <button type="button" class="button" onclick={close}>{ t::CLOSE_EDIT.get(lang) }</button>
                <button type="button" class="link-button" onclick={remove}>{ t::REMOVE_UNIT.get(lang) }</button>
            </div>
        </div>
    }
}

/// Which tally a section edits, and what the indicator reads of it.
#[derive(Clone, PartialEq)]
struct TallySection {
    unit: usize,
    indicator: usize,
    name: String,
    own_base: bool,
    monthly: bool,
}

#[derive(Properties, PartialEq)]
struct TallyProps {
    section: TallySection,
    tally: Tally,
    campaign: Rc<Campaign>,
    report: Rc<CampaignReport>,
    dispatch: Callback<CampaignEdit>,
    as_of: chrono::NaiveDate,
}

#[component]
fn TallyFields(props: &TallyProps) -> Html {
    let lang = use_lang();
    let s = &props.section;
    let (unit, indicator) = (s.unit, s.indicator);
    let t_ = &props.tally;
    let send = {
        let dispatch = props.dispatch.clone();
        move |edit: TallyEdit| {
            dispatch.emit(CampaignEdit::Tally {
                unit,
                indicator,
                edit,
            })
        }
    };
    let id = |field: &str| AttrValue::from(format!("unit-{unit}-{indicator}-{field}"));
    let optional_text =
        |n: Option<u64>| AttrValue::from(n.map(|n| count(n, lang)).unwrap_or_default());
    if s.monthly {
        let month = Month::of(props.as_of);
        let current = t_.month(month).copied().unwrap_or(MonthFigure {
            month,
            base: 0,
            done: 0,
        });
        let set_base = {
            let send = send.clone();
            applying(count_parser(lang), move |base| {
                send(TallyEdit::SetMonth(MonthFigure { base, ..current }))
            })
        };
        let set_done = {
            let send = send.clone();
            applying(count_parser(lang), move |done| {
                send(TallyEdit::SetMonth(MonthFigure { done, ..current }))
            })
        };
        return html! {
            <fieldset class="tally">
                <legend>{ s.name.clone() }</legend>
                <p class="hint">{ t::month_fields_hint(&words::month(month), lang) }</p>
                <div class="field-row">
                    <ParsedField id={id("month-base")} label={t::MONTH_BASE_LABEL.get(lang)} hint={t::COUNT_HINT.get(lang)}
                        canonical={AttrValue::from(count(current.base, lang))} width="input--medium" inputmode="numeric" apply={set_base} />
                    <ParsedField id={id("month-done")} label={t::MONTH_DONE_LABEL.get(lang)} hint={t::COUNT_HINT.get(lang)}
                        canonical={AttrValue::from(count(current.done, lang))} width="input--medium" inputmode="numeric" apply={set_done} />
                </div>
                if !t_.months.is_empty() {
                    <ul class="history">
                        { for t_.months.iter().map(|m| {
                            let send = send.clone();
                            let month = m.month;
                            let remove = Callback::from(move |_: MouseEvent| send(TallyEdit::RemoveMonth(month)));
                            let label = words::month(m.month);
                            removable_point(t::month_line(&label, m.base, m.done, lang), &label, remove, lang)
                        }) }
                    </ul>
                }
            </fieldset>
        };
    }
    let set_base = {
        let send = send.clone();
        applying(count_parser(lang), move |n| send(TallyEdit::SetBase(n)))
    };
    let set_done = {
        let send = send.clone();
        applying(optional_count_parser(lang), move |n| {
            send(TallyEdit::SetDone(n))
        })
    };
    let set_quota = {
        let send = send.clone();
        applying(optional_count_parser(lang), move |n| {
            send(TallyEdit::SetQuota(n))
        })
    };
    let record = {
        let send = send.clone();
        let date = props.as_of;
        Callback::from(move |_: MouseEvent| send(TallyEdit::RecordHistory(date)))
    };
    let steps = explain(&props.campaign, &props.report, indicator, Some(unit));
    html! {
        <fieldset class="tally">
            <legend>{ s.name.clone() }</legend>
            <div class="field-row">
                if s.own_base {
                    <ParsedField id={id("base")} label={t::BASE_LABEL.get(lang)} hint={t::COUNT_HINT.get(lang)}
                        canonical={AttrValue::from(count(t_.base, lang))} width="input--medium" inputmode="numeric" apply={set_base} />
                }
                <ParsedField id={id("done")} label={t::DONE_LABEL.get(lang)} hint={t::DONE_HINT.get(lang)}
                    canonical={optional_text(t_.done)} width="input--medium" inputmode="numeric" apply={set_done} />
                <ParsedField id={id("quota")} label={t::QUOTA_OVERRIDE_LABEL.get(lang)} hint={t::QUOTA_OVERRIDE_HINT.get(lang)}
                    canonical={optional_text(t_.quota)} width="input--medium" inputmode="numeric" apply={set_quota} />
            </div>
            if s.own_base {
                <details>
                    <summary>{ t::EXCLUSIONS_LEGEND.get(lang) }</summary>
                    <p class="hint">{ t::EXCLUSIONS_HINT.get(lang) }</p>
                    <div class="field-row">
                        { for ExclusionReason::ALL.iter().map(|&reason| {
                            let send = send.clone();
                            let apply = applying(count_parser(lang), move |count| {
                                send(TallyEdit::SetExclusion { reason, count });
                            });
                            html! {
                                <ParsedField id={id(&format!("exclusion-{reason:?}").to_lowercase())} label={reason.localize(lang)}
                                    canonical={AttrValue::from(count(t_.exclusions.get(reason), lang))}
                                    width="input--medium" inputmode="numeric" {apply} />
                            }
                        }) }
                    </div>
                </details>
            }
            <details>
                <summary>{ t::HISTORY_LEGEND.get(lang) }</summary>
                <p class="hint">{ t::HISTORY_HINT.get(lang) }</p>
                if t_.history.is_empty() {
                    <p>{ t::NO_HISTORY.get(lang) }</p>
                } else {
                    <ul class="history">
                        { for t_.history.iter().map(|point| {
                            let date = point.date;
                            let send = send.clone();
                            let remove = Callback::from(move |_: MouseEvent| send(TallyEdit::RemoveHistory(date)));
                            let label = day(date);
                            removable_point(t::dated_figure(&label, point.done, lang), &label, remove, lang)
                        }) }
                    </ul>
                }
                <button type="button" class="button button--secondary" onclick={record}>
                    { t::record_history(t_.done, &day(props.as_of), lang) }
                </button>
            </details>
            <details>
                <summary>{ words::HOW_COMPUTED.get(lang) }</summary>
                <ul>
                    { for steps.iter().map(|step| html! { <li>{ words::step(step, &props.campaign, lang) }</li> }) }
                </ul>
            </details>
        </fieldset>
    }
}

/// One recorded figure with its "remove" button, which says for screen readers which figure
/// (`label`: the month or the date) it removes.
fn removable_point(figure: String, label: &str, remove: Callback<MouseEvent>, lang: Lang) -> Html {
    html! {
        <li>
            <span class="num">{ figure }</span>
            {" "}
            <button type="button" class="link-button" onclick={remove}>
                { t::REMOVE_POINT.get(lang) }<span class="visually-hidden">{ format!(" {label}") }</span>
            </button>
        </li>
    }
}
