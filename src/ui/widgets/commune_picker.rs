//! Province select plus a searchable commune combobox (ARIA 1.2 combobox with a list popup).
//! Search is diacritic- and case-insensitive ("ba dinh" finds "Phường Ba Đình") over the 3,321
//! units of 2025 (`rules::units::search_communes`). Keyboard: ↓/↑ move, Enter chooses, Esc closes.

use yew::prelude::*;

use crate::catalogue::units as t;
use crate::rules::units::{self, Commune, CommuneCode, ProvinceCode};
use crate::ui::shell::use_shell;
use crate::ui::widgets::{ChoiceOption, FieldMessages, Select};

/// How many matches the list shows at once.
const LIMIT: usize = 8;

#[derive(Properties, PartialEq)]
pub struct CommunePickerProps {
    /// Prefix for the two fields' ids: `<id>-province` and `<id>-commune`.
    pub id: AttrValue,
    pub province: Option<ProvinceCode>,
    pub commune: Option<CommuneCode>,
    pub on_province: Callback<Option<ProvinceCode>>,
    pub on_commune: Callback<Option<CommuneCode>>,
    #[prop_or_default]
    pub province_messages: FieldMessages,
    #[prop_or_default]
    pub commune_messages: FieldMessages,
}

/// The label shown for a chosen commune: "Phường Ba Đình, Thành phố Hà Nội".
pub fn commune_label(commune: &Commune, today: chrono::NaiveDate) -> String {
    match units::province(commune.province) {
        Some(p) => format!("{}, {}", commune.full_name, p.display_name_on(today)),
        None => commune.full_name.to_owned(),
    }
}

/// The 34 provinces and cities as select options, named as on `today` (Quảng Ninh and Bắc Ninh
/// became cities in 2026).
pub fn province_options(today: chrono::NaiveDate) -> Vec<ChoiceOption> {
    units::provinces()
        .iter()
        .map(|p| ChoiceOption::new(p.code.to_string(), p.display_name_on(today).into_owned()))
        .collect()
}

#[component]
pub fn CommunePicker(props: &CommunePickerProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let province_id = format!("{}-province", props.id);
    let commune_id = format!("{}-commune", props.id);
    let listbox_id = format!("{commune_id}-listbox");

    let chosen = props.commune.and_then(units::commune);
    // What the user is typing; `None` shows the chosen commune's name.
    let query = use_state(|| None::<String>);
    let open = use_state(|| false);
    let active = use_state(|| 0usize);

    let text = match (&*query, chosen) {
        (Some(q), _) => q.clone(),
        (None, Some(c)) => c.full_name.to_owned(),
        (None, None) => String::new(),
    };
    let matches: Vec<&'static Commune> = if *open {
        let q = query.as_deref().unwrap_or("");
        if q.trim().is_empty() {
            props
                .province
                .map(|p| units::communes_of(p).iter().take(LIMIT).collect())
                .unwrap_or_default()
        } else {
            units::search_communes(q, props.province, LIMIT)
        }
    } else {
        Vec::new()
    };

    let province_options = province_options(shell.today);
    let on_province_change = {
        let cb = props.on_province.clone();
        let on_commune = props.on_commune.clone();
        let chosen_province = chosen.map(|c| c.province);
        Callback::from(move |value: Option<AttrValue>| {
            let code = value.and_then(|v| ProvinceCode::parse(&v).ok());
            // A commune of another province no longer fits.
            if chosen_province.is_some() && chosen_province != code {
                on_commune.emit(None);
            }
            cb.emit(code);
        })
    };

    let choose = {
        let on_commune = props.on_commune.clone();
        let on_province = props.on_province.clone();
        let current_province = props.province;
        let query = query.clone();
        let open = open.clone();
        Callback::from(move |commune: &'static Commune| {
            if current_province != Some(commune.province) {
                on_province.emit(Some(commune.province));
            }
            on_commune.emit(Some(commune.code));
            query.set(None);
            open.set(false);
        })
    };

    let oninput = {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let on_commune = props.on_commune.clone();
        let had_choice = props.commune.is_some();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if had_choice {
                on_commune.emit(None);
            }
            query.set(Some(value));
            open.set(true);
            active.set(0);
        })
    };
    let onkeydown = {
        let open = open.clone();
        let active = active.clone();
        let matches = matches.clone();
        let choose = choose.clone();
        let province = props.province;
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" => {
                e.prevent_default();
                if !*open {
                    open.set(true);
                    active.set(0);
                } else if !matches.is_empty() {
                    active.set((*active + 1) % matches.len());
                }
            }
            "ArrowUp" => {
                e.prevent_default();
                if !matches.is_empty() {
                    active.set((*active + matches.len() - 1) % matches.len());
                }
            }
            "Enter" if *open => {
                // Typing and Enter can arrive before the list re-renders: match what is in the
                // box now, and keep the highlighted option only if the list is still the same.
                let typed = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                let current = if typed.trim().is_empty() {
                    matches.clone()
                } else {
                    units::search_communes(&typed, province, LIMIT)
                };
                let index = if current == matches { *active } else { 0 };
                if let Some(c) = current.get(index) {
                    e.prevent_default();
                    choose.emit(c);
                }
            }
            "Escape" if *open => {
                e.prevent_default();
                open.set(false);
            }
            _ => {}
        })
    };
    let onfocus = {
        let open = open.clone();
        let has_province = props.province.is_some();
        let has_choice = props.commune.is_some();
        Callback::from(move |_: FocusEvent| {
            if has_province && !has_choice {
                open.set(true);
            }
        })
    };
    let onblur = {
        let open = open.clone();
        // Delay so a click on an option lands before the list closes.
        Callback::from(move |_: FocusEvent| {
            let open = open.clone();
            gloo::timers::callback::Timeout::new(150, move || open.set(false)).forget();
        })
    };

    let expanded = *open && !matches.is_empty();
    let active_id = expanded.then(|| format!("{commune_id}-option-{}", *active));
    let messages = &props.commune_messages;
    let mut described = vec![format!("{commune_id}-hint")];
    if messages.error.is_some() {
        described.push(format!("{commune_id}-error"));
    }
    let field_class = classes!(
        "field",
        "combobox",
        messages.has_error().then_some("field--error")
    );
    let show_no_match =
        *open && matches.is_empty() && query.as_deref().is_some_and(|q| !q.trim().is_empty());

    html! {
        <div class="commune-picker">
            <Select
                id={AttrValue::from(province_id)}
                label={t::PROVINCE_LABEL.get(lang)}
                placeholder={t::PROVINCE_PLACEHOLDER.get(lang)}
                options={province_options}
                selected={props.province.map(|p| AttrValue::from(p.to_string()))}
                onchange={on_province_change}
                messages={props.province_messages.clone()}
            />
            <div class={field_class}>
                <label for={commune_id.clone()}>{ t::COMMUNE_LABEL.get(lang) }</label>
                <div id={format!("{commune_id}-hint")} class="hint">{ t::COMMUNE_HINT.get(lang) }</div>
                if let Some(error) = &messages.error {
                    <p id={format!("{commune_id}-error")} class="error-message">
                        <span class="visually-hidden">{ crate::catalogue::shell::ERROR_PREFIX.get(lang) }{" "}</span>
                        { error.clone() }
                    </p>
                }
                <input
                    id={commune_id.clone()}
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-expanded={if expanded { "true" } else { "false" }}
                    aria-controls={listbox_id.clone()}
                    aria-activedescendant={active_id}
                    aria-invalid={messages.has_error().then_some("true")}
                    aria-describedby={described.join(" ")}
                    value={text}
                    {oninput}
                    {onkeydown}
                    {onfocus}
                    {onblur}
                />
                <ul id={listbox_id} role="listbox" class="combobox__list" hidden={!expanded}
                    aria-label={t::COMMUNE_LABEL.get(lang)}>
                    { for matches.iter().enumerate().map(|(i, commune)| {
                        let commune: &'static Commune = commune;
                        let onmousedown = {
                            let choose = choose.clone();
                            Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                choose.emit(commune);
                            })
                        };
                        let selected = i == *active;
                        html! {
                            <li id={format!("{commune_id}-option-{i}")} role="option"
                                class={classes!("combobox__option", selected.then_some("combobox__option--active"))}
                                aria-selected={if selected { "true" } else { "false" }}
                                {onmousedown}>
                                { commune_label(commune, shell.today) }
                            </li>
                        }
                    }) }
                </ul>
                <p class="visually-hidden" role="status">
                    { if expanded { t::commune_results(matches.len(), lang) } else { String::new() } }
                </p>
                if show_no_match {
                    <p class="hint">{ t::COMMUNE_NO_MATCH.get(lang) }</p>
                }
                { for messages.warnings.iter().map(|w| html! { <p class="warning-message">{ w.clone() }</p> }) }
                { for messages.notes.iter().map(|n| html! { <p class="info-message">{ n.clone() }</p> }) }
            </div>
        </div>
    }
}
