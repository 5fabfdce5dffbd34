//! The first paint: what the page shows while the WebAssembly downloads.
//!
//! On a slow mobile connection the app's Wasm takes seconds to arrive. Until it does,
//! `index.html` shows the header and the page's heading and lead paragraph, in the language the
//! user chose, so people already read where they are and what the tool does; the app then
//! replaces it with the same markup (it clears `#app` when it mounts).
//!
//! [`boot_script`] writes the small script that builds it: `www/boot.js`, inlined into
//! `index.html` by Trunk. `tests/first_paint.rs` keeps that file equal to what this module
//! writes (the words come from the catalogue, never typed twice), and the end-to-end test
//! `first-paint.spec.mjs` checks that the markup and its layout match what the app renders.
//!
//! [`app_picker_script`] writes `www/pick-app.js` the same way, from `Route::binary`: the choice
//! of the app's Wasm binary by address (README, "One binary per tool").

use std::fmt::Write as _;

use crate::catalogue::shell::{
    self as t, BULK_HEADING, CAMPAIGN_HEADING, CONVERTER_HEADING, HOME_HEADING, Heading, NAV_ITEMS,
    NOT_FOUND_HEADING, ORGANIZATION_HEADING, STUDENTS_HEADING,
};
use crate::catalogue::{LANG_STORAGE_KEY, Lang, Text};
use crate::route::{Route, SLUGS};

/// Every page's `<h1>` carries this id, so navigation can move focus to it.
pub const PAGE_TITLE_ID: &str = "page-title";

/// The global the first paint sets: a promise that settles once the browser has shown it.
pub const SHOWN_PROMISE: &str = "sansangFirstPaint";

/// The longest the app waits for the first paint to be shown before it mounts anyway.
const MAX_MOUNT_WAIT_MS: u32 = 300;

/// A page's heading block: the `<h1>`, the lead paragraph and the privacy note. The app's
/// `PageHeading` widget renders it and the first paint draws it from this one description, so
/// the two write the same markup in the same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageHead {
    pub heading: Heading,
    /// The lead and the note print too. The estimator and the tracker leave them off the
    /// printed page to keep their results on one A4 sheet.
    pub prints: bool,
}

impl PageHead {
    /// The class of the lead paragraph.
    pub const fn lead_class(&self) -> &'static str {
        if self.prints { "lead" } else { "lead no-print" }
    }

    /// The class of the privacy note.
    pub const fn note_class(&self) -> &'static str {
        if self.prints { "hint" } else { "hint no-print" }
    }
}

pub const HOME_HEAD: PageHead = PageHead {
    heading: HOME_HEADING,
    prints: true,
};
pub const ORGANIZATION_HEAD: PageHead = PageHead {
    heading: ORGANIZATION_HEADING,
    prints: true,
};
pub const STUDENTS_HEAD: PageHead = PageHead {
    heading: STUDENTS_HEADING,
    prints: false,
};
pub const CAMPAIGN_HEAD: PageHead = PageHead {
    heading: CAMPAIGN_HEADING,
    prints: false,
};
pub const BULK_HEAD: PageHead = PageHead {
    heading: BULK_HEADING,
    prints: true,
};
pub const CONVERTER_HEAD: PageHead = PageHead {
    heading: CONVERTER_HEADING,
    prints: true,
};
/// Rendered by the app only: the first paint draws no heading for an address it does not know.
pub const NOT_FOUND_HEAD: PageHead = PageHead {
    heading: NOT_FOUND_HEADING,
    prints: true,
};

/// The pages whose heading block the first paint draws. A shared campaign link or an unknown
/// address shows the header only: their headings depend on what the app decodes.
const PAGES: [(Route, PageHead); 6] = [
    (Route::Home, HOME_HEAD),
    (Route::Organization, ORGANIZATION_HEAD),
    (Route::Students, STUDENTS_HEAD),
    (Route::Campaign { shared: None }, CAMPAIGN_HEAD),
    (Route::Bulk, BULK_HEAD),
    (Route::Converter, CONVERTER_HEAD),
];

/// `text` with the characters that mean something in HTML escaped (also for the crash panel,
/// whose message may hold what the user typed).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{A0}' => out.push_str("&nbsp;"),
            _ => out.push(ch),
        }
    }
    out
}

/// `text` as a single-quoted JavaScript string that is safe inside an inline `<script>`.
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out.push('\'');
    // `</script>` inside a string would end the inline script; `<\/` is the same string.
    out.replace("</", "<\\/")
}

/// The slug of a route in the address (`to-chuc`; empty for the home page).
fn slug(route: &Route) -> String {
    route
        .to_hash()
        .trim_start_matches('#')
        .trim_start_matches('/')
        .to_owned()
}

/// The header as the app's `Header` component renders it, with no navigation entry marked
/// as the current one (the script marks it).
fn header_html(lang: Lang) -> String {
    let text = |t: Text| escape_html(t.get(lang));
    let mut html = format!(
        concat!(
            r##"<header class="site-header"><a href="#main" class="skip-link">{skip}</a>"##,
            r##"<div class="site-header__bar"><a href="#/" class="site-header__brand">"##,
            r#"<span aria-hidden="true" class="site-header__mark">✓</span><span>"#,
            r#"<span class="site-header__name">{name}</span>"#,
            r#"<span class="site-header__tagline">{tagline}</span></span></a>"#,
            r#"<button type="button" lang="{other}" aria-label="{switch_label}" class="lang-switch">{switch}</button></div>"#,
            r#"<nav aria-label="{nav_label}" class="site-nav"><ul>"#,
        ),
        skip = text(t::SKIP_TO_CONTENT),
        name = text(t::APP_NAME),
        tagline = text(t::TAGLINE),
        other = lang.other().tag(),
        switch_label = text(t::SWITCH_LANGUAGE_LABEL),
        switch = text(t::SWITCH_TO_OTHER_LANGUAGE),
        nav_label = text(t::NAV_LABEL),
    );
    for (route, label) in NAV_ITEMS {
        let _ = write!(
            html,
            r#"<li><a href="{}">{}</a></li>"#,
            route.to_hash(),
            text(label)
        );
    }
    html.push_str("</ul></nav></header>");
    html
}

/// The heading, lead and privacy note of a page, as `PageHeading` renders them.
fn heading_html(head: PageHead, lang: Lang) -> String {
    let heading = head.heading;
    let mut html = format!(
        r#"<h1 id="{PAGE_TITLE_ID}" tabindex="-1">{}</h1><p class="{}">{}</p>"#,
        escape_html(heading.title.get(lang)),
        head.lead_class(),
        escape_html(heading.lead.get(lang)),
    );
    if let Some(note) = heading.privacy {
        let _ = write!(
            html,
            r#"<p class="{}">{}</p>"#,
            head.note_class(),
            escape_html(note.get(lang))
        );
    }
    html
}

/// The script that draws the first paint (`www/boot.js`). It reads the language the user
/// chose and the page from the address, writes the header and the page's heading into
/// `#app`, and keeps the loading indicator under them. Any failure leaves the plain loading
/// indicator: the page must never be worse than without it.
pub fn boot_script() -> String {
    let mut texts = String::new();
    for lang in Lang::ALL {
        let _ = write!(
            texts,
            "\n    {}: {{\n      header: {},\n      notKeptOffline: {},\n      pages: {{",
            lang.tag(),
            js_string(&header_html(lang)),
            js_string(t::TOOL_NOT_KEPT_OFFLINE.get(lang))
        );
        for (route, head) in &PAGES {
            let _ = write!(
                texts,
                "\n        {}: {},",
                js_string(&slug(route)),
                js_string(&heading_html(*head, lang))
            );
        }
        texts.push_str("\n      },\n    },");
    }
    let nav_slugs: Vec<String> = NAV_ITEMS
        .iter()
        .map(|(route, _)| js_string(&slug(route)))
        .collect();
    format!(
        r#"// The first paint, drawn before the app's WebAssembly has arrived: header, heading and lead
// of the page in the chosen language, above the loading indicator. The app replaces it all
// when it mounts. GENERATED from the message catalogue by src/first_paint.rs: do not edit;
// `SANSANG_WRITE_BOOT=1 cargo test --test first_paint` rewrites it.
(function () {{
  var texts = {{{texts}
  }};
  var navSlugs = [{nav}];
  var campaignSlug = {campaign};
  try {{
    var app = document.getElementById('app');
    var boot = app && app.querySelector('.boot');
    if (!boot) return;
    var lang = 'vi';
    try {{
      if (/^\s*en\s*$/i.test(localStorage.getItem({lang_key}) || '')) lang = 'en';
    }} catch (storageBlocked) {{}}
    // The same reading of the address as src/route.rs: '#/slug' or '#/slug/rest'.
    var path = location.hash.replace(/^#/, '').replace(/^\//, '');
    var cut = path.indexOf('/');
    var slug = (cut < 0 ? path : path.slice(0, cut)).split(/[?&]/)[0];
    var rest = cut < 0 ? '' : path.slice(cut + 1);
    var known = texts[lang].pages.hasOwnProperty(slug);
    var current = (known && !rest) || slug === campaignSlug ? navSlugs.indexOf(slug) : -1;
    var heading = known && !rest ? texts[lang].pages[slug] : '';
    app.innerHTML = texts[lang].header + '<main id="main" tabindex="-1" class="page">' + heading + '<\/main>';
    var link = app.querySelectorAll('.site-nav a')[current];
    if (link) link.setAttribute('aria-current', 'page');
    app.querySelector('main').appendChild(boot);
    // Shown by the loader (www/postbuild.mjs) if, offline, this page's binary is not kept yet.
    var notKept = document.createElement('p');
    notKept.className = 'boot__not-kept';
    notKept.hidden = true;
    notKept.textContent = texts[lang].notKeptOffline;
    boot.appendChild(notKept);
    document.documentElement.lang = lang;
    // The app mounts once this has been shown (src/ui/mod.rs): torn down in the same moment,
    // the browser would not count it as shown. Never more than {max_wait_ms} ms.
    window[{shown_key}] = new Promise(function (shown) {{
      setTimeout(shown, {max_wait_ms});
      new PerformanceObserver(function (list) {{
        if (list.getEntries().some(function (e) {{ return e.element && e.element.closest('main'); }})) shown();
      }}).observe({{ type: 'largest-contentful-paint', buffered: true }});
    }});
  }} catch (unexpected) {{}}
}})();
"#,
        nav = nav_slugs.join(", "),
        campaign = js_string(&slug(&Route::Campaign { shared: None })),
        lang_key = js_string(LANG_STORAGE_KEY),
        shown_key = js_string(SHOWN_PROMISE),
        max_wait_ms = MAX_MOUNT_WAIT_MS,
    )
}

/// Where www/postbuild.mjs writes each binary's file names, once Trunk has built them.
pub const APP_FILES_PLACEHOLDER: &str = "/*__SANSANG_APP_FILES__*/ {}";

/// The global the picker sets for the loader: the chosen binary's files.
pub const CHOSEN_APP: &str = "sansangApp";

/// The script that picks the app's Wasm binary from the address (`www/pick-app.js`, inlined in
/// `<head>` before anything big is fetched) and preloads only that one. Its table is written
/// from [`Route::binary`] for every slug, with and without more address after it, so the
/// loader cannot disagree with the app; www/postbuild.mjs fills in the hashed file names and
/// writes the loader that imports the chosen binary.
pub fn app_picker_script() -> String {
    let binary = |hash: String| js_string(Route::from_hash(&hash).binary().name());
    let owners: Vec<String> = std::iter::once("")
        .chain(SLUGS)
        .map(|slug| {
            format!(
                "{}: [{}, {}]",
                js_string(slug),
                binary(format!("#/{slug}")),
                binary(format!("#/{slug}/x"))
            )
        })
        .collect();
    let unknown = js_string(Route::NotFound(String::new()).binary().name());
    format!(
        r#"// Picks the app's WebAssembly binary for the address before anything big is fetched:
// `sansang` (home, organization, converter) or one tool's (`sansang_students`,
// `sansang_campaign`, `sansang_bulk`), and preloads only that one. GENERATED from src/route.rs
// by src/first_paint.rs: do not edit; `SANSANG_WRITE_BOOT=1 cargo test --test first_paint`
// rewrites it.
// www/postbuild.mjs writes the binaries' file names in and the loader that imports the choice.
(function () {{
  // slug → [binary for '#/slug', binary for '#/slug/more']
  var owners = {{ {owners} }};
  var files = {placeholder};
  // The same reading of the address as src/route.rs (and www/boot.js).
  var path = location.hash.replace(/^#/, '').replace(/^\//, '');
  var cut = path.indexOf('/');
  var slug = (cut < 0 ? path : path.slice(0, cut)).split(/[?&]/)[0];
  var rest = cut < 0 ? '' : path.slice(cut + 1);
  var owner = owners.hasOwnProperty(slug) ? owners[slug][rest ? 1 : 0] : {unknown};
  var app = files[owner];
  window[{chosen}] = app;
  if (!app) return;
  var preload = function (href, integrity, type) {{
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = type;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (integrity) link.integrity = integrity;
    document.head.appendChild(link);
  }};
  // Both as plain fetches: the loader imports the script from the bytes it fetched and keeps a
  // copy of both for the service worker, so no host's headers make either come twice.
  preload(app.js, app.jsIntegrity, 'text/javascript');
  preload(app.wasm, app.wasmIntegrity, 'application/wasm');
}})();
"#,
        owners = owners.join(", "),
        placeholder = APP_FILES_PLACEHOLDER,
        chosen = js_string(CHOSEN_APP),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_sends_each_route_to_its_binary() {
        let script = app_picker_script();
        assert!(script.contains("'': ['sansang', 'sansang']"));
        assert!(script.contains("'to-chuc': ['sansang', 'sansang']"));
        assert!(script.contains("'hoc-sinh': ['sansang_students', 'sansang']"));
        assert!(script.contains("'danh-sach': ['sansang_bulk', 'sansang']"));
        // A shared campaign link is the tracker: its binary, never the main one.
        assert!(script.contains("'chien-dich': ['sansang_campaign', 'sansang_campaign']"));
        assert!(
            script.contains(": 'sansang';\n  var app"),
            "unknown slugs: not found, main"
        );
        assert!(script.contains(APP_FILES_PLACEHOLDER));
        assert!(!script.contains("</"));
    }

    #[test]
    fn escapes_html_and_script_endings() {
        assert_eq!(
            escape_html("a < b & \"c\"\u{A0}'%"),
            "a &lt; b &amp; &quot;c&quot;&nbsp;&#39;%"
        );
        assert_eq!(js_string("it's </script>\\"), r"'it\'s <\/script>\\'");
    }

    #[test]
    fn every_page_has_its_heading_in_both_languages() {
        let script = boot_script();
        let written = |text: Text, lang: Lang| {
            let quoted = js_string(&escape_html(text.get(lang)));
            quoted.trim_matches('\'').to_owned()
        };
        for (_, PageHead { heading, .. }) in &PAGES {
            for lang in Lang::ALL {
                assert!(script.contains(&written(heading.title, lang)));
                assert!(script.contains(&written(heading.lead, lang)));
                if let Some(note) = heading.privacy {
                    assert!(script.contains(&written(note, lang)));
                }
            }
        }
        assert!(
            !script.contains("</"),
            "no closing tag may end the inline script"
        );
    }
}
