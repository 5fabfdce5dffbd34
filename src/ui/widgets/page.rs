//! The pieces every page repeats: its heading block, the notice about a restored draft, and a
//! pager for long tables. Functions rather than components: they hold no state, and each
//! component costs the shipped Wasm more than the markup it writes.

use yew::prelude::*;

use crate::catalogue::{Lang, count, shell as t};
use crate::first_paint::{PAGE_TITLE_ID, PageHead};
use crate::ui::drafts;

/// The page's `<h1>` (focused on navigation), its lead paragraph and its privacy note: the
/// markup the first paint drew before the app arrived ([`crate::first_paint::PageHead`]), so
/// the first render moves nothing. Without `intro`, the heading alone (the organization check's
/// result stands in for the rest).
///
pub fn page_heading(head: PageHead, intro: bool, lang: Lang) -> Html {
    let heading = head.heading;
    html! {
        <>
            <h1 id={PAGE_TITLE_ID} tabindex="-1">{ heading.title.get(lang) }</h1>
            if intro {
                <p class={head.lead_class()}>{ heading.lead.get(lang) }</p>
                if let Some(note) = heading.privacy {
                    <p class={head.note_class()}>{ note.get(lang) }</p>
                }
            }
        </>
    }
}

/// "Your answers from last time were restored" or "an earlier draft could not be read", as a
/// status message that screen readers announce once, with what the page offers next to it (the
/// estimator's "start again"); nothing without a notice.
pub fn draft_notice(notice: Option<drafts::DraftNotice>, offer: Html, lang: Lang) -> Html {
    let (text, tone) = match notice {
        Some(drafts::DraftNotice::Restored) => (t::DRAFT_RESTORED, "panel--info"),
        Some(drafts::DraftNotice::Dropped) => (t::DRAFT_DROPPED, "panel--warning"),
        None => return html! {},
    };
    html! {
        <div class={classes!("panel", tone, "draft-notice", "no-print")} role="status">
            <p>{ text.get(lang) }</p>
            { offer }
        </div>
    }
}

/// "Trang trước · 2 / 40 · Trang sau" for page `current` (from 0) of `pages`; nothing for one
/// page. Both buttons stay in place on the first and last page, marked unavailable, so the one
/// just pressed keeps the keyboard focus. `label` says what the pages are of, for screen readers.
pub fn pager(
    current: usize,
    pages: usize,
    label: &'static str,
    on_page: &Callback<usize>,
    lang: Lang,
) -> Html {
    if pages <= 1 {
        return html! {};
    }
    let current = current.min(pages - 1);
    let button = |target: Option<usize>, words: crate::catalogue::Text| {
        let onclick = target.map(|page| on_page.reform(move |_: MouseEvent| page));
        html! {
            <button type="button" class="button button--secondary"
                aria-disabled={target.is_none().then_some("true")} {onclick}>
                { words.get(lang) }
            </button>
        }
    };
    let previous = current.checked_sub(1);
    let next = Some(current + 1).filter(|&page| page < pages);
    html! {
        <nav class="pager no-print" aria-label={label}>
            { button(previous, t::PREVIOUS_PAGE) }
            <span>{ format!("{} / {}", count(current + 1, lang), count(pages, lang)) }</span>
            { button(next, t::NEXT_PAGE) }
        </nav>
    }
}
