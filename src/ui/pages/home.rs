//! The home page: tells each audience which tool is theirs.

use yew::prelude::*;

use crate::catalogue::{Text, old_address, shell as t};
use crate::first_paint::HOME_HEAD;
use crate::route::Route;
use crate::ui::icons;
use crate::ui::shell::{use_lang, use_page_title};
use crate::ui::widgets::page_heading;

struct ToolCard {
    route: Route,
    name: Text,
    audience: Text,
    question: Text,
    icon: fn() -> Html,
}

fn tool_cards() -> [ToolCard; 5] {
    [
        ToolCard {
            route: Route::Organization,
            name: t::TOOL_ORGANIZATION,
            audience: t::HOME_ORGANIZATION_AUDIENCE,
            question: t::HOME_ORGANIZATION_QUESTION,
            icon: icons::building,
        },
        ToolCard {
            route: Route::Students,
            name: t::TOOL_STUDENTS,
            audience: t::HOME_STUDENTS_AUDIENCE,
            question: t::HOME_STUDENTS_QUESTION,
            icon: icons::school,
        },
        ToolCard {
            route: Route::Campaign { shared: None },
            name: t::TOOL_CAMPAIGN,
            audience: t::HOME_CAMPAIGN_AUDIENCE,
            question: t::HOME_CAMPAIGN_QUESTION,
            icon: icons::chart,
        },
        ToolCard {
            route: Route::Bulk,
            name: t::TOOL_BULK,
            audience: t::HOME_BULK_AUDIENCE,
            question: t::HOME_BULK_QUESTION,
            icon: icons::list,
        },
        ToolCard {
            route: Route::Converter,
            name: old_address::TITLE,
            audience: old_address::HOME_AUDIENCE,
            question: old_address::HOME_QUESTION,
            icon: icons::relocate,
        },
    ]
}

#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    use_page_title(t::NAV_HOME, false);
    html! {
        <>
            { page_heading(HOME_HEAD, true, lang) }
            <ul class="tool-cards">
                { for tool_cards().into_iter().map(|card| html! {
                    <li class="tool-card">
                        <p class="tool-card__audience">
                            { (card.icon)() }
                            { card.audience.get(lang) }
                        </p>
                        <h2 class="tool-card__title">
                            <a href={card.route.to_hash()}>{ card.name.get(lang) }</a>
                        </h2>
                        <p>{ card.question.get(lang) }</p>
                    </li>
                }) }
            </ul>
        </>
    }
}
