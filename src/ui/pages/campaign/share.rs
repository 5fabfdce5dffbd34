//! The share link (state in the URL fragment, nothing sent anywhere), its copy button and QR code.

use yew::prelude::*;

use crate::catalogue::campaign_page as t;
use crate::qr::qr_svg;
use crate::rules::campaign::Campaign;
use crate::rules::campaign::share_link;
use crate::ui::browser;
use crate::ui::shell::use_lang;

/// The address of this page without its fragment, plus the campaign's fragment.
pub fn share_url(campaign: &Campaign) -> String {
    let href = browser::location_href();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", share_link::fragment(campaign))
}

#[derive(Properties, PartialEq)]
pub struct LinkPanelProps {
    /// The full link to show.
    pub link: AttrValue,
}

/// Read-only link field, copy button, character count and the QR code.
#[component]
pub fn LinkPanel(props: &LinkPanelProps) -> Html {
    let lang = use_lang();
    let copied = use_state(|| None::<bool>);
    let copy = {
        let link = props.link.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let link = link.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&link).await;
                if !ok {
                    browser::select_text_of("share-link");
                }
                copied.set(Some(ok));
            });
        })
    };
    let qr = qr_svg(&props.link);
    html! {
        <div class="link-panel">
            <div class="field">
                <label for="share-link">{ t::LINK_LABEL.get(lang) }</label>
                <p class="hint">{ t::characters(props.link.chars().count(), lang) }</p>
                <textarea id="share-link" readonly=true rows="3" value={props.link.clone()} spellcheck="false" />
            </div>
            <div class="button-group no-print">
                <button type="button" class="button" onclick={copy}>{ t::COPY_LINK.get(lang) }</button>
                <span role="status">
                    { match *copied {
                        Some(true) => t::COPIED.get(lang),
                        Some(false) => t::COPY_REFUSED.get(lang),
                        None => "",
                    } }
                </span>
            </div>
            <figure class="qr">
                <figcaption>{ t::QR_HEADING.get(lang) }</figcaption>
                { match qr {
                    Some(qr) => html! {
                        <svg class="qr-code" viewBox={format!("0 0 {0} {0}", qr.side)} role="img"
                            aria-label={t::QR_HEADING.get(lang)} shape-rendering="crispEdges">
                            <rect width={qr.side.to_string()} height={qr.side.to_string()} fill="#fff" />
                            <path d={qr.path} fill="#000" />
                        </svg>
                    },
                    None => html! { <p class="warning-message">{ t::QR_TOO_LONG.get(lang) }</p> },
                } }
            </figure>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub campaign: std::rc::Rc<Campaign>,
}

/// "Chia sẻ": makes the link on request (the campaign may still change while editing).
#[component]
pub fn Share(props: &ShareProps) -> Html {
    let lang = use_lang();
    let link = use_state(|| None::<AttrValue>);
    let make = {
        let link = link.clone();
        let campaign = props.campaign.clone();
        Callback::from(move |_: MouseEvent| link.set(Some(share_url(&campaign).into())))
    };
    // A link made earlier goes stale when the campaign changes: make it again on the next click.
    {
        let link = link.clone();
        use_effect_with(props.campaign.clone(), move |_| link.set(None));
    }
    html! {
        <section class={classes!("section", "share", link.is_none().then_some("no-print"))} aria-labelledby="share-title">
            <h2 id="share-title">{ t::SHARE_HEADING.get(lang) }</h2>
            <p class="hint no-print">{ t::SHARE_HINT.get(lang) }</p>
            <button type="button" class="button no-print" onclick={make}>{ t::MAKE_LINK.get(lang) }</button>
            if let Some(link) = &*link {
                <LinkPanel link={link.clone()} />
            }
        </section>
    }
}
