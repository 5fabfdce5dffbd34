//! The campaign's settings and phases.

use yew::prelude::*;

use crate::catalogue::campaign as words;
use crate::catalogue::{Lang, Localized, campaign_page as t, units as unit_text};
use crate::rules::campaign::edit::{CampaignEdit, IndicatorEdit};
use crate::rules::campaign::{
    BaseSource, BasisPoints, Campaign, DayKind, Indicator, IndicatorKind, MAX_INDICATORS, Measure,
    Phase, PhaseTarget, Rounding, TargetBase,
};
use crate::rules::date::{DateFormat, format_date, parse_date};
use crate::rules::number::{Percent, parse_count, parse_percent};
use crate::ui::shell::use_shell;
use crate::ui::widgets::{
    Checkbox, ChoiceOption, ParsedField, Radios, Select, TextField, province_options,
};

/// Turns a parse-and-dispatch function into the callback [`ParsedField`] wants.
pub fn applying<T: 'static>(
    parse: impl Fn(&str) -> Result<T, String> + 'static,
    dispatch: impl Fn(T) + 'static,
) -> Callback<String, Option<AttrValue>> {
    Callback::from(move |text: String| match parse(&text) {
        Ok(value) => {
            dispatch(value);
            None
        }
        Err(message) => Some(AttrValue::from(message)),
    })
}

/// A date typed as dd/mm/yyyy (and the other forms docs/writing.md accepts).
pub fn date_parser(lang: Lang) -> impl Fn(&str) -> Result<chrono::NaiveDate, String> {
    move |text| parse_date(text).map_err(|e| e.localize(lang))
}

/// A percentage `80`, `81,5 %` as basis points (at most 100 %).
pub fn share_parser(lang: Lang) -> impl Fn(&str) -> Result<BasisPoints, String> {
    move |text| {
        parse_percent(text)
            .map(|p| BasisPoints(p.hundredths()))
            .map_err(|e| e.localize(lang))
    }
}

/// A whole count `2.129.289`.
pub fn count_parser(lang: Lang) -> impl Fn(&str) -> Result<u64, String> {
    move |text| parse_count(text).map_err(|e| e.localize(lang))
}

/// A count that may be left empty (`None`).
pub fn optional_count_parser(lang: Lang) -> impl Fn(&str) -> Result<Option<u64>, String> {
    move |text| {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            parse_count(text).map(Some).map_err(|e| e.localize(lang))
        }
    }
}

pub fn date_text(date: chrono::NaiveDate) -> AttrValue {
    format_date(date, DateFormat::DayMonthYear).into()
}

pub fn share_text(p: BasisPoints, lang: Lang) -> AttrValue {
    Percent::from_hundredths(p.0)
        .format(lang.number_style())
        .into()
}

/// A function that sends `make(value)` as an edit.
fn emit_with<T: 'static>(
    dispatch: &Callback<CampaignEdit>,
    make: fn(T) -> CampaignEdit,
) -> impl Fn(T) + 'static {
    let dispatch = dispatch.clone();
    move |value| dispatch.emit(make(value))
}

/// A function that sends `make(value)` as an edit of indicator `index`.
fn indicator_with<T: 'static>(
    dispatch: &Callback<CampaignEdit>,
    index: usize,
    make: fn(T) -> IndicatorEdit,
) -> impl Fn(T) + 'static {
    let dispatch = dispatch.clone();
    move |value| {
        dispatch.emit(CampaignEdit::Indicator {
            index,
            edit: make(value),
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub campaign: std::rc::Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
}

/// The campaign's frame (name, province, start, day counting) and its indicators.
#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let c = &props.campaign;
    let on_name = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: String| dispatch.emit(CampaignEdit::SetName(v)))
    };
    let province_options = province_options(shell.today);
    let on_area = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: Option<AttrValue>| {
            dispatch.emit(CampaignEdit::SetArea(v.and_then(|v| v.parse::<u8>().ok())));
        })
    };
    let radio = |value: &str, label: crate::catalogue::Text| {
        ChoiceOption::new(value.to_owned(), label.get(lang))
    };
    let on_days = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: AttrValue| {
            dispatch.emit(CampaignEdit::SetDayKind(if v == "working" {
                DayKind::Working
            } else {
                DayKind::Calendar
            }));
        })
    };
    let on_today = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |b: bool| dispatch.emit(CampaignEdit::SetTodayCounts(b)))
    };
    let add = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(CampaignEdit::AddIndicator(IndicatorKind::Other))
        })
    };
    html! {
        <div class="campaign-settings">
            <fieldset>
                <legend class="visually-hidden">{ t::SETTINGS_HEADING.get(lang) }</legend>
                <TextField id="campaign-name" label={t::NAME_LABEL.get(lang)} value={c.name.clone()} oninput={on_name} />
                <Select id="campaign-area" label={t::AREA_LABEL.get(lang)} placeholder={t::AREA_NONE.get(lang)}
                    options={province_options} selected={c.area.map(|a| AttrValue::from(format!("{a:02}")))} onchange={on_area} />
                <ParsedField id="campaign-start" label={t::START_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(c.start)} width="input--medium"
                    apply={applying(date_parser(lang), emit_with(&props.dispatch, CampaignEdit::SetStart))} />
                <Radios id="campaign-days" legend={t::DAYS_LEGEND.get(lang)} inline=true
                    options={vec![radio("calendar", t::DAYS_CALENDAR),
                        radio("working", t::DAYS_WORKING).with_hint(t::DAYS_WORKING_HINT.get(lang))]}
                    selected={Some(AttrValue::from(if c.day_counting.kind == DayKind::Working { "working" } else { "calendar" }))}
                    onchange={on_days} />
                <Checkbox id="campaign-today-counts" label={t::TODAY_COUNTS_LABEL.get(lang)} checked={c.day_counting.today_counts} onchange={on_today} />
            </fieldset>
            <h3>{ t::INDICATORS_HEADING.get(lang) }</h3>
            <p class="hint">{ t::INDICATORS_HINT.get(lang) }</p>
            { for c.indicators.iter().enumerate().map(|(index, x)| html! {
                <IndicatorFields key={index} {index} indicator={x.clone()} campaign={props.campaign.clone()} dispatch={props.dispatch.clone()} />
            }) }
            if c.indicators.len() < MAX_INDICATORS {
                <button type="button" class="button button--secondary" onclick={add}>{ t::ADD_INDICATOR.get(lang) }</button>
            }
            <p class="source">{ unit_text::data_date_label(lang) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct IndicatorProps {
    index: usize,
    indicator: Indicator,
    campaign: std::rc::Rc<Campaign>,
    dispatch: Callback<CampaignEdit>,
}

/// The choices of an indicator's base: its own, or the same base as / the count done of an
/// earlier cumulative indicator.
fn base_choices(campaign: &Campaign, index: usize) -> Vec<BaseSource> {
    let mut choices = vec![BaseSource::Own];
    for (j, x) in campaign.indicators.iter().enumerate().take(index) {
        if x.measure == Measure::Cumulative {
            choices.push(BaseSource::SameAs(j));
            choices.push(BaseSource::DoneOf(j));
        }
    }
    choices
}

/// One indicator's settings and phases.
#[component]
fn IndicatorFields(props: &IndicatorProps) -> Html {
    let lang = use_shell().lang;
    let index = props.index;
    let x = &props.indicator;
    let dispatch = &props.dispatch;
    let id = |field: &str| AttrValue::from(format!("indicator-{index}-{field}"));
    let kind_options: Vec<ChoiceOption> = IndicatorKind::ALL
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, k)| ChoiceOption::new(i.to_string(), k.localize(lang)))
        .collect();
    let kind_index = IndicatorKind::ALL
        .iter()
        .position(|k| *k == x.kind)
        .unwrap_or(0);
    let on_kind = {
        let send = indicator_with(dispatch, index, IndicatorEdit::SetKind);
        Callback::from(move |v: Option<AttrValue>| {
            let kind = v
                .and_then(|v| v.parse::<usize>().ok())
                .and_then(|i| IndicatorKind::ALL.get(i).copied())
                .unwrap_or_default();
            send(kind);
        })
    };
    let on_label = Callback::from(indicator_with(dispatch, index, IndicatorEdit::SetLabel));
    let choices = base_choices(&props.campaign, index);
    let base_options: Vec<ChoiceOption> = choices
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, b)| {
            ChoiceOption::new(i.to_string(), words::base_source(&props.campaign, *b, lang))
        })
        .collect();
    let base_index = choices.iter().position(|b| *b == x.base).unwrap_or(0);
    let on_base = {
        let send = indicator_with(dispatch, index, IndicatorEdit::SetBase);
        Callback::from(move |v: Option<AttrValue>| {
            let base = v
                .and_then(|v| v.parse::<usize>().ok())
                .and_then(|i| choices.get(i).copied())
                .unwrap_or_default();
            send(base);
        })
    };
    let radio = |value: &str, label: crate::catalogue::Text| {
        ChoiceOption::new(value.to_owned(), label.get(lang))
    };
    let on_measure = {
        let send = indicator_with(dispatch, index, IndicatorEdit::SetMeasure);
        Callback::from(move |v: AttrValue| {
            send(if v == "monthly" {
                Measure::Monthly
            } else {
                Measure::Cumulative
            })
        })
    };
    let on_rounding = {
        let send = indicator_with(dispatch, index, IndicatorEdit::SetRounding);
        Callback::from(move |v: AttrValue| {
            send(match v.as_str() {
                "up" => Rounding::Up,
                "down" => Rounding::Down,
                _ => Rounding::Nearest,
            })
        })
    };
    let on_target_base = {
        let send = indicator_with(dispatch, index, IndicatorEdit::SetTargetBase);
        Callback::from(move |v: AttrValue| {
            send(if v == "total" {
                TargetBase::Total
            } else {
                TargetBase::AfterExclusions
            })
        })
    };
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::RemoveIndicator(index)))
    };
    let add_phase = {
        let send = indicator_with(dispatch, index, |()| IndicatorEdit::AddPhase);
        Callback::from(move |_: MouseEvent| send(()))
    };
    let name = words::indicator_name(&props.campaign, index, lang);
    let monthly = x.measure == Measure::Monthly;
    html! {
        <fieldset class="indicator-settings">
            <legend>{ t::indicator_legend(index, &name, lang) }</legend>
            <Select id={id("kind")} label={t::INDICATOR_LABEL.get(lang)} placeholder={IndicatorKind::ALL[0].localize(lang)}
                options={kind_options}
                selected={(kind_index > 0).then(|| AttrValue::from(kind_index.to_string()))} onchange={on_kind} />
            <TextField id={id("label")} label={t::INDICATOR_NAME_LABEL.get(lang)}
                value={x.label.clone().unwrap_or_default()} oninput={on_label} />
            <Radios id={id("measure")} legend={t::MEASURE_LEGEND.get(lang)}
                options={vec![radio("cumulative", t::MEASURE_CUMULATIVE), radio("monthly", t::MEASURE_MONTHLY).with_hint(t::MEASURE_MONTHLY_HINT.get(lang))]}
                selected={Some(AttrValue::from(if monthly { "monthly" } else { "cumulative" }))} onchange={on_measure} />
            if index > 0 && !monthly {
                <Select id={id("base")} label={t::BASE_SOURCE_LABEL.get(lang)} hint={t::BASE_SOURCE_HINT.get(lang)}
                    placeholder={words::BASE_OWN.get(lang)} options={base_options}
                    selected={(base_index > 0).then(|| AttrValue::from(base_index.to_string()))} onchange={on_base} />
            }
            <div class="field-row">
                <ParsedField id={id("deadline")} label={t::DEADLINE_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(x.deadline)} width="input--medium"
                    apply={applying(date_parser(lang), indicator_with(dispatch, index, IndicatorEdit::SetDeadline))} />
                <ParsedField id={id("target")} label={t::TARGET_LABEL.get(lang)} hint={t::TARGET_HINT.get(lang)}
                    canonical={share_text(x.target, lang)} width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), indicator_with(dispatch, index, IndicatorEdit::SetTarget))} />
                <ParsedField id={id("threshold")} label={t::THRESHOLD_LABEL.get(lang)} hint={t::THRESHOLD_HINT.get(lang)}
                    canonical={share_text(x.flag_threshold, lang)} width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), indicator_with(dispatch, index, IndicatorEdit::SetFlagThreshold))} />
            </div>
            <Radios id={id("rounding")} legend={t::ROUNDING_LEGEND.get(lang)} inline=true
                options={vec![radio("nearest", t::ROUNDING_NEAREST), radio("up", t::ROUNDING_UP), radio("down", t::ROUNDING_DOWN)]}
                selected={Some(AttrValue::from(match x.rounding { Rounding::Nearest => "nearest", Rounding::Up => "up", Rounding::Down => "down" }))}
                onchange={on_rounding} />
            if x.base == BaseSource::Own && !monthly {
                <Radios id={id("target-base")} legend={t::BASE_LEGEND.get(lang)}
                    options={vec![radio("after", t::BASE_AFTER_EXCLUSIONS), radio("total", t::BASE_TOTAL)]}
                    selected={Some(AttrValue::from(if x.target_base == TargetBase::Total { "total" } else { "after" }))}
                    onchange={on_target_base} />
            }
            if !monthly {
                <fieldset class="phases">
                    <legend>{ t::PHASES_HEADING.get(lang) }</legend>
                    <p class="hint">{ t::PHASES_HINT.get(lang) }</p>
                    { for x.phases.iter().enumerate().map(|(phase_index, phase)| html! {
                        <PhaseFields key={phase_index} indicator={index} index={phase_index} phase={phase.clone()} dispatch={props.dispatch.clone()} />
                    }) }
                    <button type="button" class="button button--secondary" onclick={add_phase}>{ t::ADD_PHASE.get(lang) }</button>
                </fieldset>
            }
            if props.campaign.indicators.len() > 1 {
                <button type="button" class="link-button" onclick={remove}>
                    { t::REMOVE_INDICATOR.get(lang) }<span class="visually-hidden">{ format!(": {name}") }</span>
                </button>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PhaseProps {
    indicator: usize,
    index: usize,
    phase: Phase,
    dispatch: Callback<CampaignEdit>,
}

/// A function that changes one field of a phase and sends the whole phase.
fn phase_update<T: 'static>(props: &PhaseProps, change: fn(&mut Phase, T)) -> impl Fn(T) + 'static {
    let dispatch = props.dispatch.clone();
    let phase = props.phase.clone();
    let (indicator, index) = (props.indicator, props.index);
    move |value| {
        let mut next = phase.clone();
        change(&mut next, value);
        dispatch.emit(CampaignEdit::Indicator {
            index: indicator,
            edit: IndicatorEdit::SetPhase { index, phase: next },
        });
    }
}

#[component]
fn PhaseFields(props: &PhaseProps) -> Html {
    let lang = use_shell().lang;
    let (indicator, index) = (props.indicator, props.index);
    let on_label = Callback::from(phase_update(props, |p, v: String| {
        let v = v.trim().to_owned();
        p.label = (!v.is_empty()).then_some(v);
    }));
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(CampaignEdit::Indicator {
                index: indicator,
                edit: IndicatorEdit::RemovePhase(index),
            })
        })
    };
    let (share, count) = match props.phase.target {
        PhaseTarget::ShareOfQuota(s) => (share_text(s, lang), AttrValue::default()),
        PhaseTarget::Count(n) => (
            AttrValue::default(),
            crate::catalogue::count(n, lang).into(),
        ),
    };
    let id = |field: &str| AttrValue::from(format!("indicator-{indicator}-phase-{index}-{field}"));
    html! {
        <fieldset class="phase">
            <legend>{ t::phase_name(index, lang) }</legend>
            <div class="field-row">
                <ParsedField id={id("end")} label={t::PHASE_END_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(props.phase.end)} width="input--medium"
                    apply={applying(date_parser(lang), phase_update(props, |p, d| p.end = d))} />
                <ParsedField id={id("share")} label={t::PHASE_SHARE_LABEL.get(lang)} canonical={share}
                    width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), phase_update(props, |p, s| p.target = PhaseTarget::ShareOfQuota(s)))} />
                <ParsedField id={id("count")} label={t::PHASE_COUNT_LABEL.get(lang)} hint={t::PHASE_COUNT_HINT.get(lang)}
                    canonical={count} width="input--medium" inputmode="numeric"
                    apply={applying(optional_count_parser(lang), phase_update(props, |p, n: Option<u64>| {
                        if let Some(n) = n { p.target = PhaseTarget::Count(n); }
                        else if matches!(p.target, PhaseTarget::Count(_)) { p.target = PhaseTarget::ShareOfQuota(BasisPoints::ZERO); }
                    }))} />
            </div>
            <TextField id={id("name")} label={t::PHASE_NAME_LABEL.get(lang)}
                value={props.phase.label.clone().unwrap_or_default()} oninput={on_label} />
            <button type="button" class="link-button" onclick={remove}>
                { t::REMOVE_PHASE.get(lang) }<span class="visually-hidden">{ format!(" {}", index + 1) }</span>
            </button>
        </fieldset>
    }
}
