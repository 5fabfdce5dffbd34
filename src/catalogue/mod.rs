//! The message catalogue: every sentence the user reads, in Vietnamese and English.
//!
//! Rules never produce text. They return typed values and errors (`WrongCheckDigit { expected,
//! found }`); this module turns them into sentences. Keeping all wording here means a translator,
//! a reviewer or a test can read the whole product's voice in one place.
//!
//! Two shapes of entry:
//! - [`Text`]: a fixed sentence or label, `Text { vi, en }`, grouped by screen in submodules;
//! - [`Localized`]: anything with data in it (errors, warnings, figures), implemented next to the
//!   fixed texts of the same area.
//!
//! Wording follows `docs/writing.md`: say what to do, in plain words, specific to the failure;
//! no "invalid", "please", "sorry" or error codes.

use std::fmt;

use crate::rules::number::NumberStyle;

pub mod bulk;
pub mod campaign;
pub mod campaign_page;
pub mod common;
pub mod data_files;
pub mod identifiers;
pub mod old_address;
pub mod organization;
pub mod shell;
pub mod students;
pub mod units;

/// Where the language choice is remembered (local storage; read by the app and the first paint).
pub const LANG_STORAGE_KEY: &str = "sansang.lang";

/// The language the user reads. Vietnamese is the default; English is a switch away.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// All languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// BCP 47 tag for `<html lang>` and number formatting.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads a stored or URL tag; anything unknown falls back to Vietnamese.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Vi
        }
    }

    /// The other language (what the switch offers).
    pub const fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// Picks the sentence for this language from a pair.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

impl NumberStyle {
    /// The style of a reader's language: Vietnamese groups thousands with a dot and marks
    /// decimals with a comma, English the other way round.
    pub const fn for_lang(lang: Lang) -> NumberStyle {
        match lang {
            Lang::Vi => NumberStyle::Vietnamese,
            Lang::En => NumberStyle::English,
        }
    }
}

/// A count as people read it: `2.129.289` in Vietnamese, `2,129,289` in English.
pub fn count(n: impl TryInto<u64>, lang: Lang) -> String {
    let n = n.try_into().unwrap_or(u64::MAX);
    crate::rules::number::format_int(n, NumberStyle::for_lang(lang))
}

/// A share as a percentage with its base implied: `63,1 %` / `63.1%`; a dash when the base is 0.
pub fn percent(numerator: u64, denominator: u64, decimals: u8, lang: Lang) -> String {
    crate::rules::number::format_percent(
        numerator,
        denominator,
        decimals,
        NumberStyle::for_lang(lang),
    )
    .unwrap_or_else(|| "—".to_owned())
}

/// A fixed text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Vietnamese wording (the product's first language).
    pub vi: &'static str,
    /// English wording.
    pub en: &'static str,
}

impl Text {
    /// The wording in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

/// Something with data in it that can be said in either language.
pub trait Localized {
    /// The full sentence in `lang`.
    fn localize(&self, lang: Lang) -> String;
}

impl Localized for Text {
    fn localize(&self, lang: Lang) -> String {
        self.get(lang).to_owned()
    }
}

/// Adapts a [`Localized`] value to `format!` for one language.
pub struct InLang<'a, T: ?Sized>(pub &'a T, pub Lang);

impl<T: Localized + ?Sized> fmt::Display for InLang<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.localize(self.1))
    }
}
