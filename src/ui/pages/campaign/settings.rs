//! The campaign's settings and phases.

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, campaign_page as t, units as unit_text};
use crate::rules::campaign::edit::CampaignEdit;
use crate::rules::campaign::{
    BasisPoints, Campaign, DayKind, IndicatorKind, Phase, PhaseTarget, Rounding, TargetBase,
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
        .format(crate::rules::number::NumberStyle::for_lang(lang))
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

/// A function that changes one field of phase `index` and sends the whole phase.
fn phase_update<T: 'static>(
    dispatch: &Callback<CampaignEdit>,
    index: usize,
    phase: &Phase,
    change: fn(&mut Phase, T),
) -> impl Fn(T) + 'static {
    let dispatch = dispatch.clone();
    let phase = phase.clone();
    move |value| {
        let mut next = phase.clone();
        change(&mut next, value);
        dispatch.emit(CampaignEdit::SetPhase { index, phase: next });
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub campaign: std::rc::Rc<Campaign>,
    pub dispatch: Callback<CampaignEdit>,
}

#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let c = &props.campaign;
    let send = |make: fn(String) -> CampaignEdit| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: String| dispatch.emit(make(v)))
    };

    let province_options = province_options(shell.today);
    let on_area = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: Option<AttrValue>| {
            dispatch.emit(CampaignEdit::SetArea(v.and_then(|v| v.parse::<u8>().ok())));
        })
    };
    let indicator_options: Vec<ChoiceOption> = IndicatorKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| ChoiceOption::new(i.to_string(), k.localize(lang)))
        .collect();
    let on_indicator = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: Option<AttrValue>| {
            let kind = v
                .and_then(|v| v.parse::<usize>().ok())
                .and_then(|i| IndicatorKind::ALL.get(i).copied())
                .unwrap_or_default();
            dispatch.emit(CampaignEdit::SetIndicatorKind(kind));
        })
    };
    let indicator_index = IndicatorKind::ALL
        .iter()
        .position(|k| *k == c.indicator.kind)
        .unwrap_or(0);

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
    let on_rounding = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: AttrValue| {
            dispatch.emit(CampaignEdit::SetRounding(match v.as_str() {
                "up" => Rounding::Up,
                "down" => Rounding::Down,
                _ => Rounding::Nearest,
            }));
        })
    };
    let on_base = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |v: AttrValue| {
            dispatch.emit(CampaignEdit::SetTargetBase(if v == "total" {
                TargetBase::Total
            } else {
                TargetBase::AfterExclusions
            }));
        })
    };

    html! {
        <fieldset class="campaign-settings">
            <legend class="visually-hidden">{ t::SETTINGS_HEADING.get(lang) }</legend>
            <TextField id="campaign-name" label={t::NAME_LABEL.get(lang)} value={c.name.clone()} oninput={send(CampaignEdit::SetName)} />
            <Select id="campaign-area" label={t::AREA_LABEL.get(lang)} placeholder={t::AREA_NONE.get(lang)}
                options={province_options} selected={c.area.map(|a| AttrValue::from(format!("{a:02}")))} onchange={on_area} />
            <Select id="campaign-indicator" label={t::INDICATOR_LABEL.get(lang)} placeholder={IndicatorKind::ALL[0].localize(lang)}
                options={indicator_options.into_iter().skip(1).collect::<Vec<_>>()}
                selected={(indicator_index > 0).then(|| AttrValue::from(indicator_index.to_string()))} onchange={on_indicator} />
            <TextField id="campaign-indicator-label" label={t::INDICATOR_NAME_LABEL.get(lang)}
                value={c.indicator.label.clone().unwrap_or_default()} oninput={send(CampaignEdit::SetIndicatorLabel)} />
            <div class="field-row">
                <ParsedField id="campaign-start" label={t::START_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(c.start)} width="input--medium"
                    apply={applying(date_parser(lang), emit_with(&props.dispatch, CampaignEdit::SetStart))} />
                <ParsedField id="campaign-deadline" label={t::DEADLINE_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(c.deadline)} width="input--medium"
                    apply={applying(date_parser(lang), emit_with(&props.dispatch, CampaignEdit::SetDeadline))} />
            </div>
            <div class="field-row">
                <ParsedField id="campaign-target" label={t::TARGET_LABEL.get(lang)} hint={t::TARGET_HINT.get(lang)}
                    canonical={share_text(c.target, lang)} width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), emit_with(&props.dispatch, CampaignEdit::SetTarget))} />
                <ParsedField id="campaign-threshold" label={t::THRESHOLD_LABEL.get(lang)} hint={t::THRESHOLD_HINT.get(lang)}
                    canonical={share_text(c.flag_threshold, lang)} width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), emit_with(&props.dispatch, CampaignEdit::SetFlagThreshold))} />
            </div>
            <Radios id="campaign-days" legend={t::DAYS_LEGEND.get(lang)} inline=true
                options={vec![radio("calendar", t::DAYS_CALENDAR),
                    radio("working", t::DAYS_WORKING).with_hint(t::DAYS_WORKING_HINT.get(lang))]}
                selected={Some(AttrValue::from(if c.day_counting.kind == DayKind::Working { "working" } else { "calendar" }))}
                onchange={on_days} />
            <Checkbox id="campaign-today-counts" label={t::TODAY_COUNTS_LABEL.get(lang)} checked={c.day_counting.today_counts} onchange={on_today} />
            <Radios id="campaign-rounding" legend={t::ROUNDING_LEGEND.get(lang)} inline=true
                options={vec![radio("nearest", t::ROUNDING_NEAREST), radio("up", t::ROUNDING_UP), radio("down", t::ROUNDING_DOWN)]}
                selected={Some(AttrValue::from(match c.rounding { Rounding::Nearest => "nearest", Rounding::Up => "up", Rounding::Down => "down" }))}
                onchange={on_rounding} />
            <Radios id="campaign-base" legend={t::BASE_LEGEND.get(lang)}
                options={vec![radio("after", t::BASE_AFTER_EXCLUSIONS), radio("total", t::BASE_TOTAL)]}
                selected={Some(AttrValue::from(if c.target_base == TargetBase::Total { "total" } else { "after" }))}
                onchange={on_base} />
            <Phases campaign={props.campaign.clone()} dispatch={props.dispatch.clone()} />
            <p class="source">{ unit_text::data_date_label(lang) }</p>
        </fieldset>
    }
}

#[component]
fn Phases(props: &SettingsProps) -> Html {
    let lang = use_shell().lang;
    let add = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::AddPhase))
    };
    html! {
        <fieldset class="phases">
            <legend>{ t::PHASES_HEADING.get(lang) }</legend>
            <p class="hint">{ t::PHASES_HINT.get(lang) }</p>
            { for props.campaign.phases.iter().enumerate().map(|(index, phase)| {
                html! { <PhaseFields key={index} {index} phase={phase.clone()} dispatch={props.dispatch.clone()} /> }
            }) }
            <button type="button" class="button button--secondary" onclick={add}>{ t::ADD_PHASE.get(lang) }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PhaseProps {
    index: usize,
    phase: Phase,
    dispatch: Callback<CampaignEdit>,
}

#[component]
fn PhaseFields(props: &PhaseProps) -> Html {
    let lang = use_shell().lang;
    let index = props.index;
    let dispatch = &props.dispatch;
    let phase = &props.phase;
    let on_label = Callback::from(phase_update(dispatch, index, phase, |p, v: String| {
        let v = v.trim().to_owned();
        p.label = (!v.is_empty()).then_some(v);
    }));
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(CampaignEdit::RemovePhase(index)))
    };
    let (share, count) = match props.phase.target {
        PhaseTarget::ShareOfQuota(s) => (share_text(s, lang), AttrValue::default()),
        PhaseTarget::Count(n) => (
            AttrValue::default(),
            crate::catalogue::count(n, lang).into(),
        ),
    };
    let id = |field: &str| AttrValue::from(format!("phase-{index}-{field}"));
    html! {
        <fieldset class="phase">
            <legend>{ t::phase_name(index, lang) }</legend>
            <div class="field-row">
                <ParsedField id={id("end")} label={t::PHASE_END_LABEL.get(lang)} hint={t::DATE_HINT.get(lang)}
                    canonical={date_text(props.phase.end)} width="input--medium"
                    apply={applying(date_parser(lang), phase_update(dispatch, index, phase, |p, d| p.end = d))} />
                <ParsedField id={id("share")} label={t::PHASE_SHARE_LABEL.get(lang)} canonical={share}
                    width="input--short" inputmode="decimal"
                    apply={applying(share_parser(lang), phase_update(dispatch, index, phase, |p, s| p.target = PhaseTarget::ShareOfQuota(s)))} />
                <ParsedField id={id("count")} label={t::PHASE_COUNT_LABEL.get(lang)} hint={t::PHASE_COUNT_HINT.get(lang)}
                    canonical={count} width="input--medium" inputmode="numeric"
                    apply={applying(optional_count_parser(lang), phase_update(dispatch, index, phase, |p, n: Option<u64>| {
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
