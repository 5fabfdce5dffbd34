//! A destructive action that asks once: a link-style button, then the question with "yes" and "no"
//! buttons in its place (no modal dialog to trap focus or get lost on a phone).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmActionProps {
    /// The action as offered: "Nhập lại từ đầu".
    pub label: AttrValue,
    /// Shown after the label, in the hint style.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The question: "Xoá hết … ? Không thể khôi phục lại."
    pub question: AttrValue,
    pub yes: AttrValue,
    pub no: AttrValue,
    pub on_confirm: Callback<()>,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn ConfirmAction(props: &ConfirmActionProps) -> Html {
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let confirming = confirming.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_confirm.emit(());
        })
    };
    html! {
        <div class={classes!("confirm-action", "no-print", props.class.clone())}>
            if *confirming {
                <p role="alert"><strong>{ props.question.clone() }</strong></p>
                <div class="button-group">
                    <button type="button" class="button button--warning" onclick={confirm}>{ props.yes.clone() }</button>
                    <button type="button" class="button button--secondary" onclick={keep}>{ props.no.clone() }</button>
                </div>
            } else {
                <p>
                    <button type="button" class="link-button" onclick={ask}>{ props.label.clone() }</button>
                    if let Some(hint) = &props.hint {
                        <span class="hint">{" — "}{ hint.clone() }</span>
                    }
                </p>
            }
        </div>
    }
}
