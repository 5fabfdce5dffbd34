//! Small inline SVG icons (decorative: hidden from screen readers). Inline so the app needs no
//! icon font, no emoji font, and no extra request.

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="2"
                stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// An office building: organizations.
pub fn building() -> Html {
    icon("M4 21V5l8-3v19M12 8h8v13M2 21h20M7 8h2M7 12h2M7 16h2M15 12h2M15 16h2")
}

/// A graduation cap: schools and students.
pub fn school() -> Html {
    icon("M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6")
}

/// Bars: campaign progress.
pub fn chart() -> Html {
    icon("M4 20V10M10 20V4M16 20v-7M22 20H2")
}

/// A checked list: bulk checks.
pub fn list() -> Html {
    icon("M9 6h12M9 12h12M9 18h12M3 6l1.5 1.5L7 5M3 12l1.5 1.5L7 11M3 18l1.5 1.5L7 17")
}

/// A map pin with an arrow: an old address to a new one.
pub fn relocate() -> Html {
    icon(
        "M12 21s-6-5.5-6-10a6 6 0 0112 0c0 4.5-6 10-6 10zM12 13a2 2 0 100-4 2 2 0 000 4M17 3h4v4M21 3l-4 4",
    )
}

/// A padlock: privacy.
pub fn lock() -> Html {
    icon("M6 11h12v10H6zM8 11V7a4 4 0 018 0v4")
}
