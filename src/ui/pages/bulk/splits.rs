//! The split step: each old commune of the list that went into several new ones, with example
//! rows, and one choice that settles it for the whole list (`docs/rules.md §2.4`: the table does
//! not say which part an address is in; the person who knows the place does). The choice is
//! an [`Action::Settle`](crate::forms::bulk::Action::Settle); the state applies it and the page
//! remembers it on this device.

use std::rc::Rc;

use yew::prelude::*;

use super::results::Data;
use crate::catalogue::{bulk as t, old_address as old_text};
use crate::rules::bulk::SplitTally;
use crate::rules::old_address::Settlements;
use crate::rules::units::CommuneCode;
use crate::ui::shell::use_lang;
use crate::ui::widgets::{ChoiceOption, Select};

#[derive(Properties, PartialEq)]
pub struct SplitsProps {
    /// The split old communes as the check found them (settled ones included, so a choice can
    /// be changed or undone).
    pub splits: Rc<Vec<SplitTally>>,
    pub data: Data,
    pub settlements: Rc<Settlements>,
    pub on_settle: Callback<(u32, Option<CommuneCode>)>,
}

#[component]
pub fn Splits(props: &SplitsProps) -> Html {
    let lang = use_lang();
    let data = props.data.0;
    html! {
        <section class="bulk-splits" aria-labelledby="bulk-splits-title">
            <h2 id="bulk-splits-title">{ t::SPLITS_TITLE.get(lang) }</h2>
            <p class="hint">{ t::SPLITS_HINT.get(lang) }</p>
            <p class="hint bulk-source">{ old_text::source_note(lang) }</p>
            { for props.splits.iter().map(|split| {
                let old = split.old_code;
                let place = old_text::old_place(data, split.old);
                let examples: Vec<String> = split
                    .examples
                    .iter()
                    .map(|e| t::split_example(e.row, e.street.as_deref(), e.name.as_deref(), lang))
                    .collect();
                let hint = (!examples.is_empty()).then(|| {
                    AttrValue::from(format!("{}: {}", t::SPLIT_EXAMPLES_LABEL.get(lang), examples.join("; ")))
                });
                let options = split
                    .candidates
                    .iter()
                    .map(|&code| ChoiceOption::new(code.to_string(), old_text::new_place(code)))
                    .collect::<Vec<_>>();
                let onchange = props.on_settle.reform(move |value: Option<AttrValue>| {
                    (old, value.and_then(|v| CommuneCode::parse(&v).ok()))
                });
                html! {
                    <Select
                        id={format!("bulk-split-{old:05}")}
                        label={t::split_choice_label(&place, split.rows, lang)}
                        {hint}
                        placeholder={t::SPLIT_NOT_CHOSEN.get(lang)}
                        {options}
                        selected={props.settlements.get(old).map(|c| AttrValue::from(c.to_string()))}
                        {onchange}
                    />
                }
            }) }
        </section>
    }
}
