//! The frame around every page: shared state (language, route, today), header, navigation,
//! footer, and the hooks pages use to read them.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::catalogue::{Lang, Text, shell as t};
use crate::route::Route;
use crate::rules::changes::RULE_CHANGES;
use crate::ui::widgets::ConfirmAction;
use crate::ui::{browser, drafts, icons};

pub use crate::catalogue::LANG_STORAGE_KEY;

/// What every page may read: the language, the route and today's date in Vietnam.
#[derive(Clone, Debug, PartialEq)]
pub struct ShellContext {
    pub lang: Lang,
    pub route: Route,
    pub today: NaiveDate,
    pub set_lang: Callback<Lang>,
}

/// The shared shell state. Panics only inside a component tree without [`crate::ui::App`],
/// which is a programming error caught by the browser tests.
#[hook]
pub fn use_shell() -> ShellContext {
    use_context::<ShellContext>().expect("ShellContext is provided by App")
}

/// The current language.
#[hook]
pub fn use_lang() -> Lang {
    use_shell().lang
}

/// Sets the document title to "<page> — Sẵn Sàng", with the "Lỗi: " prefix while the page shows
/// errors (GOV.UK pattern: screen-reader users hear it first).
#[hook]
pub fn use_page_title(title: Text, has_errors: bool) {
    let lang = use_lang();
    use_effect_with(
        (title, lang, has_errors),
        move |(title, lang, has_errors)| {
            browser::set_title(&t::page_title(*title, *has_errors, *lang));
        },
    );
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
}

/// Skip link, product name, language switch and navigation.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let switch_language = {
        let set_lang = shell.set_lang.clone();
        Callback::from(move |_| set_lang.emit(lang.other()))
    };
    // A plain `#main` link would change the hash route; move focus instead.
    let skip_to_main = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        browser::focus_id("main");
    });
    let nav_item = |route: Route, label: Text| {
        let current = same_tool(&props.route, &route);
        html! {
            <li>
                <a href={route.to_hash()} aria-current={current.then_some("page")}>
                    { label.get(lang) }
                </a>
            </li>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip_to_main}>{ t::SKIP_TO_CONTENT.get(lang) }</a>
            <div class="site-header__bar">
                <a class="site-header__brand" href="#/">
                    <span class="site-header__mark" aria-hidden="true">{"✓"}</span>
                    <span>
                        <span class="site-header__name">{ t::APP_NAME.get(lang) }</span>
                        <span class="site-header__tagline">{ t::TAGLINE.get(lang) }</span>
                    </span>
                </a>
                <button
                    type="button"
                    class="lang-switch"
                    lang={lang.other().tag()}
                    aria-label={t::SWITCH_LANGUAGE_LABEL.get(lang)}
                    onclick={switch_language}
                >
                    { t::SWITCH_TO_OTHER_LANGUAGE.get(lang) }
                </button>
            </div>
            <nav class="site-nav" aria-label={t::NAV_LABEL.get(lang)}>
                <ul>
                    { for t::NAV_ITEMS.into_iter().map(|(route, label)| nav_item(route, label)) }
                </ul>
            </nav>
        </header>
    }
}

/// A shared campaign link belongs to the campaign tool in the navigation.
fn same_tool(current: &Route, item: &Route) -> bool {
    matches!(
        (current, item),
        (Route::Campaign { .. }, Route::Campaign { .. })
    ) || current == item
}

/// Privacy promise, data sources with their dates, and the print footer.
#[component]
pub fn Footer() -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    html! {
        <footer class="site-footer">
            <p class="site-footer__privacy">
                { icons::lock() }
                <strong>{ t::PRIVACY_PROMISE.get(lang) }</strong>
                {" "}{ t::PRIVACY_DETAIL.get(lang) }
            </p>
            <h2 class="site-footer__heading">{ t::DATA_SOURCES.get(lang) }</h2>
            <ul class="site-footer__sources">
                <li>{ t::SOURCE_UNITS.get(lang) }</li>
                <li>{ t::source_old_units(lang) }</li>
                <li>{ t::SOURCE_OLD_ALIASES.get(lang) }</li>
                <li>{ t::SOURCE_ID_CODES.get(lang) }</li>
                <li>{ t::SOURCE_PHONES.get(lang) }</li>
                <li>{ t::SOURCE_RULES.get(lang) }</li>
            </ul>
            <p class="site-footer__rules-as-of"><strong>{ t::rules_as_of(lang) }</strong></p>
            <details class="site-footer__changes">
                <summary>{ t::RULE_CHANGES_HEADING.get(lang) }</summary>
                <ul>
                    { for RULE_CHANGES.iter().map(|&(date, change)| html! {
                        <li>{ t::rule_change_line(date, change, lang) }</li>
                    }) }
                </ul>
            </details>
            <p class="site-footer__note">{ t::NOT_OFFICIAL.get(lang) }</p>
            <ClearData />
            <p class="print-only print-footer">
                { t::print_footer(shell.today, lang) }
            </p>
        </footer>
    }
}

/// Where a successful "clear data" is remembered across the reload that follows it (session
/// storage: it is not user data and disappears with the tab).
const CLEARED_FLAG: &str = "sansang-cleared";

/// "Xoá dữ liệu trên máy này": removes drafts, the language choice and remembered mappings, then
/// reloads so no state survives in memory either. Asks once before doing it.
#[component]
fn ClearData() -> Html {
    let lang = use_lang();
    let just_cleared = use_memo((), |_| browser::take_session_flag(CLEARED_FLAG));
    let on_confirm = Callback::from(|()| {
        drafts::clear_everything();
        browser::set_session_flag(CLEARED_FLAG);
        browser::reload();
    });
    html! {
        <div class="clear-data no-print">
            if *just_cleared {
                <p class="info-message" role="status">{ t::CLEAR_DATA_DONE.get(lang) }</p>
            }
            <ConfirmAction label={t::CLEAR_DATA.get(lang)} hint={t::CLEAR_DATA_HINT.get(lang)}
                question={t::CLEAR_DATA_CONFIRM.get(lang)} yes={t::CLEAR_DATA_YES.get(lang)}
                no={t::CLEAR_DATA_NO.get(lang)} {on_confirm} />
        </div>
    }
}
