//! A text field for a typed value (a count, a date, a percentage): the user's text is kept exactly
//! as typed while they edit; each change is parsed, applied when valid, and explained when not.
//! When the field loses focus with a valid value it shows the canonical form ("2129289" →
//! "2.129.289") — the cleaned value read back, as docs/writing.md asks.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::widgets::{FieldMessages, TextField};

#[derive(Properties, PartialEq)]
pub struct ParsedFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The model's current value, written canonically.
    pub canonical: AttrValue,
    /// Parses the text and, when valid, applies it (dispatches an edit); returns the error
    /// sentence otherwise.
    pub apply: Callback<String, Option<AttrValue>>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub width: Option<AttrValue>,
    /// Warnings and notes to show under the field (errors come from `apply`).
    #[prop_or_default]
    pub extra: FieldMessages,
}

#[component]
pub fn ParsedField(props: &ParsedFieldProps) -> Html {
    // `Some` while the text on screen is the user's own (being edited, or not valid).
    let raw = use_state(|| None::<String>);
    let error = use_state(|| None::<AttrValue>);
    {
        // The model changed from elsewhere (an example, an import): show it unless the user is
        // typing here.
        let raw = raw.clone();
        let error = error.clone();
        let id = props.id.clone();
        use_effect_with(props.canonical.clone(), move |_| {
            let focused = browser::document()
                .and_then(|d| d.active_element())
                .is_some_and(|e| e.id() == id.as_str());
            if !focused {
                raw.set(None);
                error.set(None);
            }
        });
    }
    let oninput = {
        let raw = raw.clone();
        let error = error.clone();
        let apply = props.apply.clone();
        Callback::from(move |text: String| {
            error.set(apply.emit(text.clone()));
            raw.set(Some(text));
        })
    };
    let onblur = {
        let raw = raw.clone();
        let error = error.clone();
        Callback::from(move |_: FocusEvent| {
            if error.is_none() {
                raw.set(None);
            }
        })
    };
    let value: AttrValue = match &*raw {
        Some(text) => text.clone().into(),
        None => props.canonical.clone(),
    };
    let mut messages = props.extra.clone();
    messages.error = (*error).clone();
    html! {
        <div onfocusout={onblur}>
            <TextField
                id={props.id.clone()}
                label={props.label.clone()}
                hint={props.hint.clone()}
                {value}
                {oninput}
                {messages}
                inputmode={props.inputmode.clone()}
                width={props.width.clone()}
                spellcheck={false}
            />
        </div>
    }
}
