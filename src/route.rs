//! The app's addresses. Hash routes (`#/to-chuc`) work on any static host and give every tool a
//! link that can be pasted in a chat group. Slugs are Vietnamese without diacritics, readable in
//! both languages.

use std::fmt;

/// One page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — tells each audience which tool is theirs.
    Home,
    /// `#/to-chuc` — organization readiness check.
    Organization,
    /// `#/hoc-sinh` — student coverage estimator.
    Students,
    /// `#/chien-dich` — campaign progress tracker; `#/chien-dich/<link>` opens a shared campaign.
    Campaign {
        /// The shared state carried after the slug, exactly as it appeared in the address.
        shared: Option<String>,
    },
    /// `#/danh-sach` — bulk check of organization lists.
    Bulk,
    /// `#/doi-dia-chi` — old address → today's commune, one or a pasted list.
    Converter,
    /// Anything else; keeps what was asked for so the page can show it.
    NotFound(String),
}

/// The app ships as one Wasm binary per tool, built from this library, so that a visitor
/// downloads only the tool of the page they open (issue 15: no first load may grow by more than
/// 1 % with the file intake, the old addresses and the tracker's indicators; README, "One
/// binary per tool": the measures that chose this split). Which binary carries which page is
/// decided here, and only here: each binary renders the routes [`Route::binary`] gives it
/// (`ui::pages`), and the page's loader picks the binary from the address with a table written
/// from this function (`first_paint::app_picker_script`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppBinary {
    /// `sansang`: home, the organization form, the address converter and "not found": the pages
    /// a business owner or a citizen on a phone opens; they never open a file.
    Main,
    /// `sansang_students`: the student coverage estimator (schools).
    Students,
    /// `sansang_campaign`: the campaign tracker and shared campaign links.
    Campaign,
    /// `sansang_bulk`: the bulk check, which hands its counts to the tracker through this tab's
    /// session storage, so the page reloading for the tracker's binary loses nothing.
    Bulk,
}

impl AppBinary {
    /// Every binary, the main one first.
    pub const ALL: [AppBinary; 4] = [
        AppBinary::Main,
        AppBinary::Students,
        AppBinary::Campaign,
        AppBinary::Bulk,
    ];

    /// The name the page's loader and the build use for this binary (its Cargo `[[bin]]`).
    pub const fn name(self) -> &'static str {
        match self {
            AppBinary::Main => "sansang",
            AppBinary::Students => "sansang_students",
            AppBinary::Campaign => "sansang_campaign",
            AppBinary::Bulk => "sansang_bulk",
        }
    }
}

/// Every slug the app knows, for tables written from [`Route`] (the loader's, the first paint's).
pub const SLUGS: [&str; 5] = [ORGANIZATION, STUDENTS, CAMPAIGN, BULK, CONVERTER];

const ORGANIZATION: &str = "to-chuc";
const STUDENTS: &str = "hoc-sinh";
const CAMPAIGN: &str = "chien-dich";
const BULK: &str = "danh-sach";
const CONVERTER: &str = "doi-dia-chi";

impl Route {
    /// Reads a location hash (`#/to-chuc`, `#to-chuc`, `` or `#/`). Never fails: an unknown
    /// address becomes [`Route::NotFound`].
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let (slug, rest) = match path.split_once('/') {
            Some((slug, rest)) => (slug, Some(rest)),
            None => (path, None),
        };
        // Tolerate a trailing query someone appended by hand (`#/to-chuc?x=1`).
        let slug = slug.split(['?', '&']).next().unwrap_or_default();
        let rest = rest.filter(|r| !r.is_empty());
        match (slug, rest) {
            ("", None) => Route::Home,
            (ORGANIZATION, None) => Route::Organization,
            (STUDENTS, None) => Route::Students,
            (BULK, None) => Route::Bulk,
            (CONVERTER, None) => Route::Converter,
            (CAMPAIGN, shared) => Route::Campaign {
                shared: shared.map(str::to_owned),
            },
            _ => Route::NotFound(path.chars().take(200).collect()),
        }
    }

    /// The binary that renders this page.
    pub const fn binary(&self) -> AppBinary {
        match self {
            Route::Students => AppBinary::Students,
            Route::Campaign { .. } => AppBinary::Campaign,
            Route::Bulk => AppBinary::Bulk,
            Route::Home | Route::Organization | Route::Converter | Route::NotFound(_) => {
                AppBinary::Main
            }
        }
    }

    /// The hash for this route, `#/…`.
    pub fn to_hash(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("#/"),
            Route::Organization => write!(f, "#/{ORGANIZATION}"),
            Route::Students => write!(f, "#/{STUDENTS}"),
            Route::Bulk => write!(f, "#/{BULK}"),
            Route::Converter => write!(f, "#/{CONVERTER}"),
            Route::Campaign { shared: None } => write!(f, "#/{CAMPAIGN}"),
            Route::Campaign { shared: Some(link) } => write!(f, "#/{CAMPAIGN}/{link}"),
            Route::NotFound(path) => write!(f, "#/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_tool_and_round_trips() {
        for route in [
            Route::Home,
            Route::Organization,
            Route::Students,
            Route::Bulk,
            Route::Converter,
            Route::Campaign { shared: None },
            Route::Campaign {
                shared: Some("v1.AbC-_".into()),
            },
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn forgives_missing_slash_and_empty_hash() {
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#"), Route::Home);
        assert_eq!(Route::from_hash("#to-chuc"), Route::Organization);
        assert_eq!(Route::from_hash("#/hoc-sinh?lop=1"), Route::Students);
        assert_eq!(
            Route::from_hash("#/chien-dich/"),
            Route::Campaign { shared: None }
        );
    }

    #[test]
    fn each_tool_belongs_to_one_binary() {
        let binary = |hash: &str| Route::from_hash(hash).binary();
        for hash in [
            "",
            "#/",
            "#/to-chuc",
            "#/doi-dia-chi",
            "#/khong-co",
            "#/hoc-sinh/x",
        ] {
            assert_eq!(binary(hash), AppBinary::Main, "{hash}");
        }
        assert_eq!(binary("#/hoc-sinh"), AppBinary::Students);
        assert_eq!(binary("#/danh-sach?x=1"), AppBinary::Bulk);
        for hash in ["#/chien-dich", "#/chien-dich/v1.AbC-_", "#chien-dich?x=1"] {
            assert_eq!(binary(hash), AppBinary::Campaign, "{hash}");
        }
        let mut names: Vec<_> = AppBinary::ALL.iter().map(|b| b.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AppBinary::ALL.len(), "one name per binary");
        for slug in SLUGS {
            assert_eq!(
                Route::from_hash(&format!("#/{slug}")).to_hash(),
                format!("#/{slug}")
            );
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        assert_eq!(
            Route::from_hash("#/khong-co"),
            Route::NotFound("khong-co".into())
        );
        assert_eq!(
            Route::from_hash("#/to-chuc/x"),
            Route::NotFound("to-chuc/x".into())
        );
    }
}
