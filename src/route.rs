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
