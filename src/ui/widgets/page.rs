//! The pieces every page repeats: its heading block, the notice about a restored draft, and a
//! pager for long tables.

use yew::prelude::*;

use crate::catalogue::{count, shell as t};
use crate::first_paint::{PAGE_TITLE_ID, PageHead};
use crate::ui::drafts;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    /// The page's heading block (`first_paint::STUDENTS_HEAD`, …).
    pub head: PageHead,
    /// Show the lead and the privacy note (the organization check's result stands in for them).
    #[prop_or(true)]
    pub intro: bool,
}

/// The page's `<h1>` (focused on navigation), its lead paragraph and its privacy note: the
/// markup the first paint drew before the app arrived ([`crate::first_paint::PageHead`]), so
/// the first render moves nothing.
#[component]
pub fn PageHeading(props: &PageHeadingProps) -> Html {
    let lang = use_lang();
    let head = props.head;
    let heading = head.heading;
    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ heading.title.get(lang) }</h1>
            if props.intro {
                <p class={head.lead_class()}>{ heading.lead.get(lang) }</p>
                if let Some(note) = heading.privacy {
                    <p class={head.note_class()}>{ note.get(lang) }</p>
                }
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DraftNoticeProps {
    /// What happened to the draft saved on this device, if there was one.
    pub notice: Option<drafts::DraftNotice>,
    /// What the page offers with it (the estimator's "start again").
    #[prop_or_default]
    pub children: Html,
}

/// "Your answers from last time were restored" or "an earlier draft could not be read", as a
/// status message that screen readers announce once.
#[component]
pub fn DraftNotice(props: &DraftNoticeProps) -> Html {
    let lang = use_lang();
    let (text, tone) = match props.notice {
        Some(drafts::DraftNotice::Restored) => (t::DRAFT_RESTORED, "panel--info"),
        Some(drafts::DraftNotice::Dropped) => (t::DRAFT_DROPPED, "panel--warning"),
        None => return html! {},
    };
    html! {
        <div class={classes!("panel", tone, "draft-notice", "no-print")} role="status">
            <p>{ text.get(lang) }</p>
            { props.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The page shown, from 0.
    pub current: usize,
    /// How many pages there are; one or none shows no pager.
    pub pages: usize,
    /// What the pages are of, for screen readers.
    pub label: AttrValue,
    /// Called with the page to show.
    pub on_page: Callback<usize>,
}

/// "Trang trước · 2 / 40 · Trang sau". Both buttons stay in place on the first and last page,
/// marked unavailable, so the one just pressed keeps the keyboard focus.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let lang = use_lang();
    if props.pages <= 1 {
        return html! {};
    }
    let current = props.current.min(props.pages - 1);
    let button = |target: Option<usize>, label: crate::catalogue::Text| {
        let onclick = target.map(|page| {
            let on_page = props.on_page.clone();
            Callback::from(move |_: MouseEvent| on_page.emit(page))
        });
        html! {
            <button type="button" class="button button--secondary"
                aria-disabled={target.is_none().then_some("true")} {onclick}>
                { label.get(lang) }
            </button>
        }
    };
    let previous = current.checked_sub(1);
    let next = Some(current + 1).filter(|&page| page < props.pages);
    html! {
        <nav class="pager no-print" aria-label={props.label.clone()}>
            { button(previous, t::PREVIOUS_PAGE) }
            <span>{ format!("{} / {}", count(current + 1, lang), count(props.pages, lang)) }</span>
            { button(next, t::NEXT_PAGE) }
        </nav>
    }
}
