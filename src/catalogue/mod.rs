//! The message catalogue: every sentence the user reads, in Vietnamese and English.
//!
//! Rules never produce text. They return typed values and errors (`WrongCheckDigit { expected,
//! found }`); this module turns them into sentences. Keeping all wording here means a translator,
//! a reviewer or a test can read the whole product's voice in one place.
//!
//! Wording follows `docs/writing.md`: say what to do, in plain words, specific to the failure;
//! no "invalid", "please", "sorry" or error codes.
//!
//! # One idiom
//! - **Fixed words** are [`Text`]s, `Text { vi, en }`, declared in a [`texts!`] block, which
//!   defines the constants exactly as written and a list of them for the [`registry`]:
//!
//!   ```ignore
//!   texts! { form_texts:
//!       /// The submit button.
//!       pub const SUBMIT: Text = Text { vi: "Xem kết quả", en: "See the result" };
//!       pub const STEPS: [Text; 2] = [Text { vi: "…", en: "…" }, Text { vi: "…", en: "…" }];
//!   }
//!   ```
//!
//!   Words chosen by a value are a `const fn` returning a `Text` from a `match` on the value
//!   (`column_label(column)`), never a pair picked by position.
//! - **Sentences with data** are a `match` on the language whose every arm names it
//!   (`match lang { Lang::Vi => format!(…), Lang::En => format!(…) }`, or `match (self, lang)` in
//!   a [`Localized`] impl), never `_` or a `bool` for the language: a third language then fails
//!   to compile until every sentence has it.
//! - Only [`Text::get`] reads `.vi` and `.en`; dates are [`date`] and [`day`]; counts and shares
//!   are [`count`] and [`percent`].
//!
//! # The registry
//! Each module has a `register` function that adds to a [`Registry`] its `texts!` lists, the
//! words of every value of its enums, and sample renderings of its sentences with data.
//! [`registry`] collects them all: the wording test reads every text from it
//! (`tests/catalogue.rs`), which also writes them to `target/texts.csv` for a translator, and a
//! text declared outside a `texts!` block fails that test.
use std::fmt;

use crate::rules::number::NumberStyle;

pub mod bulk;
pub mod campaign;
pub mod campaign_page;
pub mod common;
pub mod data_files;
pub mod files;
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
}

impl Lang {
    /// How this language writes numbers: Vietnamese groups thousands with a dot and marks
    /// decimals with a comma, English the other way round.
    pub const fn number_style(self) -> NumberStyle {
        match self {
            Lang::Vi => NumberStyle::Vietnamese,
            Lang::En => NumberStyle::English,
        }
    }
}

/// A count as people read it: `2.129.289` in Vietnamese, `2,129,289` in English.
pub fn count(n: impl TryInto<u64>, lang: Lang) -> String {
    let n = n.try_into().unwrap_or(u64::MAX);
    crate::rules::number::format_int(n, lang.number_style())
}

/// A label with a count after it, as the filters and the "show all" buttons write it:
/// `Trùng mã số thuế (1.234)`.
pub fn with_count(label: &str, n: impl TryInto<u64>, lang: Lang) -> String {
    format!("{label} ({})", count(n, lang))
}

/// A share as a percentage with its base implied: `63,1 %` / `63.1%`; a dash when the base is 0.
pub fn percent(numerator: u64, denominator: u64, decimals: u8, lang: Lang) -> String {
    crate::rules::number::format_percent(numerator, denominator, decimals, lang.number_style())
        .unwrap_or_else(|| "—".to_owned())
}

/// A date as both languages write it here: `02/05/2025` (day first, so it never reads as the US
/// 5 February). The one date helper of the catalogue.
pub fn date(date: chrono::NaiveDate) -> String {
    crate::rules::date::format_date(date, crate::rules::date::DateFormat::DayMonthYear)
}

/// The days of the week, Monday first: the full name, and the short one that compact tables
/// use ("Tue 05/05"). The one weekday table of the catalogue; Vietnamese writes both in full.
const WEEKDAYS: [[Text; 2]; 7] = [
    [
        Text {
            vi: "thứ Hai",
            en: "Monday",
        },
        Text {
            vi: "thứ Hai",
            en: "Mon",
        },
    ],
    [
        Text {
            vi: "thứ Ba",
            en: "Tuesday",
        },
        Text {
            vi: "thứ Ba",
            en: "Tue",
        },
    ],
    [
        Text {
            vi: "thứ Tư",
            en: "Wednesday",
        },
        Text {
            vi: "thứ Tư",
            en: "Wed",
        },
    ],
    [
        Text {
            vi: "thứ Năm",
            en: "Thursday",
        },
        Text {
            vi: "thứ Năm",
            en: "Thu",
        },
    ],
    [
        Text {
            vi: "thứ Sáu",
            en: "Friday",
        },
        Text {
            vi: "thứ Sáu",
            en: "Fri",
        },
    ],
    [
        Text {
            vi: "thứ Bảy",
            en: "Saturday",
        },
        Text {
            vi: "thứ Bảy",
            en: "Sat",
        },
    ],
    [
        Text {
            vi: "Chủ nhật",
            en: "Sunday",
        },
        Text {
            vi: "Chủ nhật",
            en: "Sun",
        },
    ],
];

/// The day of the week: `thứ Sáu` / `Friday`.
pub fn weekday(day: chrono::Weekday) -> Text {
    let [full, _] = weekday_names(day);
    full
}

/// The day of the week in a compact table: `thứ Sáu` / `Fri`.
pub fn weekday_short(day: chrono::Weekday) -> Text {
    let [_, short] = weekday_names(day);
    short
}

fn weekday_names(day: chrono::Weekday) -> [Text; 2] {
    let index = usize::try_from(day.num_days_from_monday()).unwrap_or(0);
    WEEKDAYS.get(index).copied().unwrap_or(WEEKDAYS[0])
}

/// A date with its day of the week: `thứ Sáu 02/05/2025` / `Friday 02/05/2025`.
pub fn day(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike as _;
    format!("{} {}", weekday(date.weekday()).get(lang), self::date(date))
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

/// A fixed text, or a list of them, as the registry reads it.
pub trait AsTexts {
    fn as_texts(&self) -> &[Text];
}

impl AsTexts for Text {
    fn as_texts(&self) -> &[Text] {
        std::slice::from_ref(self)
    }
}

impl<const N: usize> AsTexts for [Text; N] {
    fn as_texts(&self) -> &[Text] {
        self
    }
}

/// Declares fixed texts and a function, named first, that lists them by name for the
/// [`registry`] (see the module documentation).
macro_rules! texts {
    ($list:ident: $( $(#[$attr:meta])* $vis:vis const $name:ident: $ty:ty = $value:expr; )*) => {
        $( $(#[$attr])* $vis const $name: $ty = $value; )*

        /// The fixed texts of this block by name, for the catalogue's registry.
        fn $list() -> Vec<(&'static str, &'static [$crate::catalogue::Text])> {
            vec![ $( (stringify!($name), $crate::catalogue::AsTexts::as_texts(&$name)), )* ]
        }
    };
}
pub(crate) use texts;

/// One text of the catalogue as a translator reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Where it comes from: `bulk::LEAD`, `bulk::COMMUNE_HEADERS[2]`, `bulk::column_label(Phone)`,
    /// or, for a sentence with data, the value it was rendered with.
    pub key: String,
    pub vi: String,
    pub en: String,
    /// A sentence with data, rendered with sample data (the data will differ on screen).
    pub sample: bool,
}

/// Every text of the catalogue, fixed or rendered with sample data ([`registry`]).
#[derive(Debug, Default)]
pub struct Registry {
    entries: Vec<Entry>,
}

impl Registry {
    fn push(&mut self, key: String, [vi, en]: [String; 2], sample: bool) {
        self.entries.push(Entry {
            key,
            vi,
            en,
            sample,
        });
    }

    /// A `texts!` block's list.
    pub fn fixed(&mut self, module: &str, list: Vec<(&'static str, &'static [Text])>) {
        for (name, texts) in list {
            for (i, text) in texts.iter().enumerate() {
                let key = if texts.len() == 1 {
                    format!("{module}::{name}")
                } else {
                    format!("{module}::{name}[{i}]")
                };
                self.text(key, *text);
            }
        }
    }

    /// Words chosen by a value: `text(format!("bulk::column_label({column:?})"), …)`.
    pub fn text(&mut self, key: impl Into<String>, text: Text) {
        self.push(
            key.into(),
            Lang::ALL.map(|lang| text.get(lang).to_owned()),
            false,
        );
    }

    /// The words of every value in `values`, keyed by `function(value)`.
    pub fn words<T: fmt::Debug>(
        &mut self,
        function: &str,
        values: impl IntoIterator<Item = T>,
        words: impl Fn(T) -> Text,
    ) {
        for value in values {
            let key = format!("{function}({value:?})");
            self.text(key, words(value));
        }
    }

    /// A sentence with data, rendered with sample data.
    pub fn sentence(&mut self, key: impl Into<String>, say: impl Fn(Lang) -> String) {
        self.push(key.into(), Lang::ALL.map(say), true);
    }

    /// Sample values of a [`Localized`] type, each keyed by its type and its `Debug` form.
    pub fn samples<T: Localized + fmt::Debug>(
        &mut self,
        module: &str,
        values: impl IntoIterator<Item = T>,
    ) {
        let full = std::any::type_name::<T>();
        let name = full.rsplit("::").next().unwrap_or(full);
        for value in values {
            self.sentence(format!("{module}::{name}::{value:?}"), |lang| {
                value.localize(lang)
            });
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every entry as CSV (key, Vietnamese, English, sample): what a translator works from.
    pub fn to_csv(&self) -> String {
        let rows = std::iter::once(["key", "vi", "en", "sample"].map(str::to_owned)).chain(
            self.entries.iter().map(|e| {
                [
                    e.key.clone(),
                    e.vi.clone(),
                    e.en.clone(),
                    if e.sample { "yes" } else { "no" }.to_owned(),
                ]
            }),
        );
        crate::rules::delimited::write_csv(rows, crate::rules::delimited::CsvOptions::EXCEL)
    }
}

/// Every text of the catalogue: fixed words, the words of every enum value, and sample
/// renderings of the sentences with data.
pub fn registry() -> Registry {
    let mut registry = Registry::default();
    common::register(&mut registry);
    data_files::register(&mut registry);
    identifiers::register(&mut registry);
    units::register(&mut registry);
    shell::register(&mut registry);
    organization::register(&mut registry);
    students::register(&mut registry);
    bulk::register(&mut registry);
    files::register(&mut registry);
    old_address::register(&mut registry);
    campaign::register(&mut registry);
    campaign_page::register(&mut registry);
    registry
}
