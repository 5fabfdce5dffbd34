//! Form fields: text, long text, radios, checkbox, select. Each keeps exactly what the user typed
//! (the value is owned by the page's state), and shows up to three kinds of message under the
//! label — an error (must fix), warnings (probably wrong, may continue), and notes (for example
//! "cannot verify offline", or the cleaned value read back).

use yew::prelude::*;

use crate::catalogue::shell as t;
pub use crate::forms::FieldMessages;
use crate::ui::shell::use_lang;

/// Ids of the hint and messages, for `aria-describedby`.
fn described_by(id: &str, has_hint: bool, messages: &FieldMessages) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if messages.error.is_some() {
        ids.push(format!("{id}-error"));
    }
    ids.extend((0..messages.warnings.len()).map(|i| format!("{id}-warning-{i}")));
    ids.extend((0..messages.notes.len()).map(|i| format!("{id}-note-{i}")));
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

#[hook]
fn use_message_parts(
    id: &AttrValue,
    hint: &Option<AttrValue>,
    messages: &FieldMessages,
) -> (Html, Html, Html) {
    let lang = use_lang();
    let hint_html = match hint {
        Some(hint) => html! { <div id={format!("{id}-hint")} class="hint">{ hint.clone() }</div> },
        None => html! {},
    };
    let error_html = match &messages.error {
        Some(error) => html! {
            <p id={format!("{id}-error")} class="error-message">
                <span class="visually-hidden">{ t::ERROR_PREFIX.get(lang) }{" "}</span>{ error.clone() }
            </p>
        },
        None => html! {},
    };
    let after_html = html! {
        <>
            { for messages.warnings.iter().enumerate().map(|(i, w)| html! {
                <p id={format!("{id}-warning-{i}")} class="warning-message">
                    <span class="visually-hidden">{ t::WARNING_PREFIX.get(lang) }{" "}</span>{ w.clone() }
                </p>
            }) }
            { for messages.notes.iter().enumerate().map(|(i, n)| html! {
                <p id={format!("{id}-note-{i}")} class="info-message">{ n.clone() }</p>
            }) }
        </>
    };
    (hint_html, error_html, after_html)
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub messages: FieldMessages,
    /// `text`, `email`, `tel`, `date`, …
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// Width class: `input--short`, `input--medium`, or none for full width.
    #[prop_or_default]
    pub width: Option<AttrValue>,
    #[prop_or_default]
    pub spellcheck: Option<bool>,
}

/// A labelled single-line input.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let (hint, error, after) = use_message_parts(&props.id, &props.hint, &props.messages);
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let class = classes!(
        "field",
        props.messages.has_error().then_some("field--error")
    );
    html! {
        <div {class}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { hint }
            { error }
            <input
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone()}
                class={props.width.clone()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                inputmode={props.inputmode.clone()}
                spellcheck={props.spellcheck.map(|s| if s { "true" } else { "false" })}
                aria-invalid={props.messages.has_error().then_some("true")}
                aria-describedby={described_by(&props.id, props.hint.is_some(), &props.messages)}
                {oninput}
            />
            { after }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub messages: FieldMessages,
    #[prop_or(8)]
    pub rows: u32,
}

/// A labelled multi-line input (pasted rosters and lists).
#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let (hint, error, after) = use_message_parts(&props.id, &props.hint, &props.messages);
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let class = classes!(
        "field",
        props.messages.has_error().then_some("field--error")
    );
    html! {
        <div {class}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { hint }
            { error }
            <textarea
                id={props.id.clone()}
                name={props.id.clone()}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                spellcheck="false"
                aria-invalid={props.messages.has_error().then_some("true")}
                aria-describedby={described_by(&props.id, props.hint.is_some(), &props.messages)}
                {oninput}
            />
            { after }
        </div>
    }
}

/// One choice of a radio group or select.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

impl ChoiceOption {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        ChoiceOption {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<AttrValue>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// Id of the group; each radio is `<id>-<index>`, the first one is `<id>` itself so the error
    /// summary can focus it.
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub options: Vec<ChoiceOption>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<AttrValue>,
    #[prop_or_default]
    pub messages: FieldMessages,
    #[prop_or_default]
    pub inline: bool,
}

/// A group of radios in a fieldset with a legend.
#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let (hint, error, after) = use_message_parts(&props.id, &props.hint, &props.messages);
    let class = classes!(
        "field",
        props.messages.has_error().then_some("field--error")
    );
    let choices_class = classes!("choices", props.inline.then_some("choices--inline"));
    html! {
        <div {class}>
            <fieldset aria-describedby={described_by(&props.id, props.hint.is_some(), &props.messages)}>
                <legend>{ props.legend.clone() }</legend>
                { hint }
                { error }
                <div class={choices_class}>
                    { for props.options.iter().enumerate().map(|(i, option)| {
                        let input_id: AttrValue = if i == 0 { props.id.clone() } else { format!("{}-{i}", props.id).into() };
                        let onchange = {
                            let cb = props.onchange.clone();
                            let value = option.value.clone();
                            Callback::from(move |_: Event| cb.emit(value.clone()))
                        };
                        let checked = props.selected.as_ref() == Some(&option.value);
                        let hint_id = format!("{input_id}-item-hint");
                        html! {
                            <div class="choice">
                                <input type="radio" id={input_id.clone()} name={props.id.clone()}
                                    value={option.value.clone()} {checked} {onchange}
                                    aria-describedby={option.hint.as_ref().map(|_| hint_id.clone())} />
                                <div>
                                    <label for={input_id}>{ option.label.clone() }</label>
                                    if let Some(h) = &option.hint {
                                        <p id={hint_id} class="hint">{ h.clone() }</p>
                                    }
                                </div>
                            </div>
                        }
                    }) }
                </div>
                { after }
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

/// A single checkbox with its label.
#[component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="choice field">
            <input type="checkbox" id={props.id.clone()} checked={props.checked} {onchange}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} />
            <div>
                <label for={props.id.clone()}>{ props.label.clone() }</label>
                if let Some(h) = &props.hint {
                    <p id={hint_id} class="hint">{ h.clone() }</p>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown first with an empty value ("Chọn tỉnh, thành phố").
    pub placeholder: AttrValue,
    pub options: Vec<ChoiceOption>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<Option<AttrValue>>,
    #[prop_or_default]
    pub messages: FieldMessages,
}

/// A labelled native select (good on phones: the system picker).
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let (hint, error, after) = use_message_parts(&props.id, &props.hint, &props.messages);
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            cb.emit((!value.is_empty()).then(|| value.into()));
        })
    };
    let class = classes!(
        "field",
        props.messages.has_error().then_some("field--error")
    );
    html! {
        <div {class}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { hint }
            { error }
            <select id={props.id.clone()} name={props.id.clone()} {onchange}
                aria-invalid={props.messages.has_error().then_some("true")}
                aria-describedby={described_by(&props.id, props.hint.is_some(), &props.messages)}>
                <option value="" selected={props.selected.is_none()}>{ props.placeholder.clone() }</option>
                { for props.options.iter().map(|o| html! {
                    <option value={o.value.clone()} selected={props.selected.as_ref() == Some(&o.value)}>{ o.label.clone() }</option>
                }) }
            </select>
            { after }
        </div>
    }
}
