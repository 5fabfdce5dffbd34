//! The share link (state in the URL fragment, nothing sent anywhere), its copy button and QR code.
//! A link too long for a QR code that a phone can still scan is offered alone, and the page says
//! why.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::catalogue::campaign_page as t;
use crate::qr::{QUIET_ZONE, qr_svg};
use crate::rules::campaign::Campaign;
use crate::rules::campaign::share_link::{ROUTE_PREFIX, encode_as_of};
use crate::ui::browser;
use crate::ui::shell::use_lang;

/// The densest QR code offered: version 25 (117 × 117 modules, about 1.000 characters of link at
/// medium error correction). Denser codes hold more, but a phone held over a screen or a printed
/// page (the code 45 mm wide: 0,4 mm per module) no longer reads them reliably.
pub const MAX_SCANNABLE_VERSION: u32 = 25;

/// The QR version of a code `side` modules wide (quiet zone included).
fn version_of(side: u32) -> u32 {
    side.saturating_sub(2 * QUIET_ZONE + 17) / 4
}

/// The address of this page without its fragment, plus the campaign's fragment as of `as_of`.
pub fn share_url(campaign: &Campaign, as_of: NaiveDate) -> String {
    let href = browser::location_href();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{ROUTE_PREFIX}{}", encode_as_of(campaign, as_of))
}

#[derive(Properties, PartialEq)]
pub struct LinkPanelProps {
    /// The full link to show.
    pub link: AttrValue,
}

/// Read-only link field, copy button, character count and the QR code (or why there is none).
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
    let characters = props.link.chars().count();
    let qr = qr_svg(&props.link).filter(|qr| version_of(qr.side) <= MAX_SCANNABLE_VERSION);
    html! {
        <div class="link-panel">
            <div class="field">
                <label for="share-link">{ t::LINK_LABEL.get(lang) }</label>
                <p class="hint">{ t::characters(characters, lang) }</p>
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
            { match qr {
                Some(qr) => html! {
                    <figure class="qr">
                        <figcaption>{ t::QR_HEADING.get(lang) }</figcaption>
                        <svg class="qr-code" viewBox={format!("0 0 {0} {0}", qr.side)} role="img"
                            aria-label={t::QR_HEADING.get(lang)} shape-rendering="crispEdges">
                            <rect width={qr.side.to_string()} height={qr.side.to_string()} fill="#fff" />
                            <path d={qr.path} fill="#000" />
                        </svg>
                    </figure>
                },
                None => html! { <p class="warning-message qr-too-long">{ t::qr_too_long(characters, lang) }</p> },
            } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub campaign: std::rc::Rc<Campaign>,
    /// The figures' date the link carries.
    pub as_of: NaiveDate,
}

/// "Chia sẻ": makes the link on request (the campaign may still change while editing).
#[component]
pub fn Share(props: &ShareProps) -> Html {
    let lang = use_lang();
    let link = use_state(|| None::<AttrValue>);
    let make = {
        let link = link.clone();
        let campaign = props.campaign.clone();
        let as_of = props.as_of;
        Callback::from(move |_: MouseEvent| link.set(Some(share_url(&campaign, as_of).into())))
    };
    // A link made earlier goes stale when the campaign changes: make it again on the next click.
    {
        let link = link.clone();
        use_effect_with((props.campaign.clone(), props.as_of), move |_| {
            link.set(None)
        });
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
