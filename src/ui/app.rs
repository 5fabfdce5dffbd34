//! The root component: owns the language, follows the address, and renders the current page
//! inside the shell.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::catalogue::{Lang, shell as t};
use crate::route::Route;
use crate::ui::pages::{self, Pages};
use crate::ui::shell::use_lang;
use crate::ui::shell::{Footer, Header, LANG_STORAGE_KEY, ShellContext};
use crate::ui::{browser, offline};

/// Kept for this tab before the page reloads for an address of another binary: the new page
/// gets focus on its heading, as after any navigation, and does not reload again for the same
/// address (should the loader ever disagree with `Route::binary`).
const RELOADED_FOR: &str = "sansang-reloaded-for";

/// Loads the page again when `hash` is an address of another binary (the loader then picks
/// that binary; drafts are saved on `pagehide`, the language is stored), and says so. Not when
/// the page has just loaded for that very address: no loop, the page says "not found" instead.
pub(super) fn reload_if_other_binary(pages: Pages, hash: &str) -> bool {
    let other = pages(&Route::from_hash(hash)).is_none();
    let reload = other && browser::session_peek(RELOADED_FOR).as_deref() != Some(hash);
    if reload {
        browser::session_store(RELOADED_FOR, hash);
        browser::reload();
    }
    reload
}

/// What the binary mounting the app gives it.
#[derive(Properties)]
pub struct AppProps {
    /// The pages this binary carries (`ui::pages::main_app`, `students_app`, …).
    pub pages: Pages,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        // The root's properties never change; the same function is the same pages.
        std::ptr::fn_addr_eq(self.pages, other.pages)
    }
}

/// The app. Everything below reads [`ShellContext`].
#[component]
pub fn App(props: &AppProps) -> Html {
    let pages = props.pages;
    let lang =
        use_state(|| browser::load(LANG_STORAGE_KEY).map_or(Lang::Vi, |t| Lang::from_tag(&t)));
    let route = use_state(|| Route::from_hash(&browser::location_hash()));
    let today = use_memo((), |_| browser::today_in_vietnam());

    // Follow the address bar: links, back/forward, and links pasted into an open tab.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let rendered = (*route).clone();
            let follow = std::rc::Rc::new(move || {
                let hash = browser::location_hash();
                if !reload_if_other_binary(pages, &hash) {
                    route.set(Route::from_hash(&hash));
                }
            });
            let listener = web_sys::window().map(|window| {
                let follow = follow.clone();
                EventListener::new(&window, "hashchange", move |_| follow())
            });
            // A link followed while the app was starting, before this listener existed.
            if Route::from_hash(&browser::location_hash()) != rendered {
                follow();
            }
            move || drop(listener)
        });
    }

    use_effect_with(*lang, |lang| browser::set_document_lang(lang.tag()));

    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            offline::register(Callback::from(move |()| update_ready.set(true)))
        });
    }

    // After a navigation, put keyboard and screen-reader focus on the new page's heading, as a
    // full page load would. Skipped on first load so the browser's own focus order applies,
    // unless that load was a navigation to a page of another binary.
    {
        let first_render = use_mut_ref(|| true);
        use_effect_with((*route).clone(), move |_| {
            let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
            if !first || browser::session_take(RELOADED_FOR).is_some() {
                browser::focus_id(pages::PAGE_TITLE_ID);
            }
        });
    }

    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            browser::store(LANG_STORAGE_KEY, next.tag());
            lang.set(next);
        })
    };
    let context = ShellContext {
        lang: *lang,
        route: (*route).clone(),
        today: *today,
        set_lang,
    };

    html! {
        <ContextProvider<ShellContext> context={context}>
            if *update_ready {
                <UpdateBanner />
            }
            <Header route={(*route).clone()} />
            <main id="main" class="page" tabindex="-1">
                // `None` only if the loader chose against `Route::binary` (a test keeps them
                // equal) and the page already loaded again once for this address.
                { pages(&route).unwrap_or_else(pages::not_found) }
            </main>
            <Footer />
        </ContextProvider<ShellContext>>
    }
}

/// "Có phiên bản mới — tải lại": shown when a new service worker is waiting.
#[component]
fn UpdateBanner() -> Html {
    let lang = use_lang();
    let onclick = Callback::from(|_| offline::apply_update());
    html! {
        <div class="update-banner no-print" role="status">
            <span>{ t::UPDATE_READY.get(lang) }{" — "}</span>
            <button type="button" class="link-button" {onclick}>{ t::UPDATE_RELOAD.get(lang) }</button>
        </div>
    }
}
