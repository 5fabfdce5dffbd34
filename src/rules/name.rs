//! People's and organizations' names, as typed into the readiness check and the student lists.
//!
//! Names are stored in Unicode NFC with single spaces ([`crate::text`]), so the same name
//! typed on two keyboards compares equal, and searched through a diacritic-free key
//! ([`name_matches`]). The representative's full name is one of the data an organization declares
//! (Nghị định 69/2024/NĐ-CP, docs/rules.md §3.1); the organization's name is another.

use std::fmt;

use crate::text::{
    Matcher, collapse_spaces, fold, is_apostrophe, is_combining_mark, is_dash, nfc,
    normalize_digits,
};

/// Longest accepted person's name, in characters after normalization. The longest Vietnamese
/// names, with ethnic-minority prefixes and a foreign middle name, stay well under 100.
pub const MAX_PERSON_NAME_CHARS: usize = 100;

/// Longest accepted organization name, in characters after normalization (long registered names
/// such as "Công ty trách nhiệm hữu hạn một thành viên …" stay under 255).
pub const MAX_ORG_NAME_CHARS: usize = 255;

/// Raw inputs longer than this many bytes are rejected before any normalization work.
const MAX_INPUT_BYTES: usize = 4 * 1024;

/// Why a person's name was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameError {
    /// Nothing but spaces was typed.
    Empty,
    /// Longer than `max` characters (`found` after normalization, or of the raw input when it is
    /// too long to normalize).
    TooLong { max: usize, found: usize },
    /// A digit, symbol or control character: `ch` is the first one.
    UnexpectedCharacter { ch: char },
    /// An apostrophe or hyphen not between two letters (`'Nam`, `Y-`, `H''Hen`).
    MisplacedPunctuation { ch: char },
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => f.write_str("name is empty"),
            NameError::TooLong { max, found } => {
                write!(f, "name has {found} characters, more than {max}")
            }
            NameError::UnexpectedCharacter { ch } => {
                write!(f, "unexpected character {ch:?} in a name")
            }
            NameError::MisplacedPunctuation { ch } => {
                write!(f, "{ch:?} must stand between two letters")
            }
        }
    }
}

impl std::error::Error for NameError {}

/// What a character is, for the name grammar.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Letter,
    Mark,
    Joiner,
    Space,
    Other,
}

fn person_kind(c: char) -> Kind {
    if c.is_alphabetic() {
        Kind::Letter
    } else if is_combining_mark(c) || c == '\u{200C}' || c == '\u{200D}' {
        // ZWNJ/ZWJ shape letters in some scripts; they behave like marks here.
        Kind::Mark
    } else if is_apostrophe(c) || is_dash(c) {
        Kind::Joiner
    } else if c == ' ' {
        Kind::Space
    } else {
        Kind::Other
    }
}

/// A person's full name (họ và tên): letters of any script, single spaces between words, and
/// apostrophes or hyphens inside words ("H'Hen Niê", "Y-Moan", "O'Brien"). Stored in NFC with the
/// case of each word as typed; `Display` is that stored form.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonName(String);

impl PersonName {
    /// Parses a person's full name: trims, collapses whitespace, composes to NFC.
    ///
    /// # Errors
    /// - `""`, `"   "` → [`NameError::Empty`];
    /// - 101 letters → [`NameError::TooLong`] `{ max: 100, found: 101 }`;
    /// - `"Nguyễn Văn 2"` → [`NameError::UnexpectedCharacter`] `{ ch: '2' }`; likewise `@`, `.`,
    ///   `,` and control characters such as U+0000 (tabs and line breaks count as spaces);
    /// - `"'Nam"`, `"Y-"`, `"H''Hen"`, `"Y - Moan"` → [`NameError::MisplacedPunctuation`].
    pub fn parse(input: &str) -> Result<PersonName, NameError> {
        let name = normalize(input, MAX_PERSON_NAME_CHARS)?;
        let mut prev = Kind::Space;
        let mut chars = name.chars().peekable();
        while let Some(c) = chars.next() {
            let kind = person_kind(c);
            match kind {
                Kind::Letter | Kind::Space => {}
                Kind::Mark if matches!(prev, Kind::Letter | Kind::Mark) => {}
                Kind::Mark | Kind::Other => return Err(NameError::UnexpectedCharacter { ch: c }),
                Kind::Joiner => {
                    let after_letter = matches!(prev, Kind::Letter | Kind::Mark);
                    let before_letter = chars
                        .peek()
                        .is_some_and(|&n| person_kind(n) == Kind::Letter);
                    if !(after_letter && before_letter) {
                        return Err(NameError::MisplacedPunctuation { ch: c });
                    }
                }
            }
            prev = kind;
        }
        Ok(PersonName(name))
    }

    /// The name as stored (NFC, single spaces).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name with each word capitalized and the rest lower-cased: "nguyễn văn AN" → "Nguyễn Văn
    /// An". A letter after an apostrophe or hyphen starts a word too: "h'hen niê" → "H'Hen Niê",
    /// "y-moan" → "Y-Moan". Offered to the user, never applied silently (some names keep inner
    /// capitals).
    pub fn title_case(&self) -> PersonName {
        let mut out = String::with_capacity(self.0.len());
        let mut word_start = true;
        for c in self.0.chars() {
            if word_start && c.is_alphabetic() {
                out.extend(c.to_uppercase());
                word_start = false;
            } else {
                out.extend(c.to_lowercase());
                word_start = matches!(person_kind(c), Kind::Space | Kind::Joiner);
            }
        }
        // Case mapping can in rare scripts change the length; keep the original then.
        PersonName::parse(&out).unwrap_or_else(|_| self.clone())
    }

    /// The search key of this name ([`fold`]).
    pub fn folded(&self) -> String {
        fold(&self.0)
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why an organization's name was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgNameError {
    /// Nothing but spaces was typed.
    Empty,
    /// Longer than `max` characters.
    TooLong { max: usize, found: usize },
    /// A character outside letters, digits and `& ( ) . , - / ' "`: `ch` is the first one.
    UnexpectedCharacter { ch: char },
    /// Only digits and punctuation: a name needs at least one letter.
    NoLetter,
}

impl fmt::Display for OrgNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrgNameError::Empty => f.write_str("organization name is empty"),
            OrgNameError::TooLong { max, found } => {
                write!(
                    f,
                    "organization name has {found} characters, more than {max}"
                )
            }
            OrgNameError::UnexpectedCharacter { ch } => {
                write!(f, "unexpected character {ch:?} in an organization name")
            }
            OrgNameError::NoLetter => f.write_str("organization name has no letter"),
        }
    }
}

impl std::error::Error for OrgNameError {}

/// Punctuation allowed in organization names: `& ( ) . , - / ' "` and their typographic forms
/// (curly quotes, en dash), as they appear in registered names ("Công ty TNHH A&B",
/// "Trường THCS Nguyễn Du (cơ sở 2)", "Hợp tác xã Nông nghiệp 1/5").
fn is_org_punctuation(c: char) -> bool {
    matches!(
        c,
        '&' | '(' | ')' | '.' | ',' | '/' | '"' | '\u{201C}' | '\u{201D}'
    ) || is_apostrophe(c)
        || is_dash(c)
}

/// An organization's name (tên tổ chức), stored in NFC with single spaces; `Display` is that form.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgName(String);

impl OrgName {
    /// Parses an organization's name: trims, collapses whitespace, maps full-width digits to ASCII,
    /// composes to NFC. Letters of any script, digits and `& ( ) . , - / ' "` are allowed.
    ///
    /// # Errors
    /// - `""` → [`OrgNameError::Empty`];
    /// - 256 characters → [`OrgNameError::TooLong`] `{ max: 255, found: 256 }`;
    /// - `"Công ty @Home"` → [`OrgNameError::UnexpectedCharacter`] `{ ch: '@' }`;
    /// - `"123 - 456"` → [`OrgNameError::NoLetter`].
    pub fn parse(input: &str) -> Result<OrgName, OrgNameError> {
        let name =
            normalize(&normalize_digits(input), MAX_ORG_NAME_CHARS).map_err(|e| match e {
                NameError::TooLong { max, found } => OrgNameError::TooLong { max, found },
                _ => OrgNameError::Empty,
            })?;
        let mut has_letter = false;
        let mut prev_letter = false;
        for c in name.chars() {
            if c.is_alphabetic() {
                has_letter = true;
            } else if is_combining_mark(c) && prev_letter {
                // a mark left over after NFC, on a letter
            } else if !(c.is_numeric() || c == ' ' || is_org_punctuation(c)) {
                return Err(OrgNameError::UnexpectedCharacter { ch: c });
            }
            prev_letter = c.is_alphabetic() || (prev_letter && is_combining_mark(c));
        }
        if !has_letter {
            return Err(OrgNameError::NoLetter);
        }
        Ok(OrgName(name))
    }

    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The search key of this name ([`fold`]).
    pub fn folded(&self) -> String {
        fold(&self.0)
    }
}

impl fmt::Display for OrgName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Trims, collapses spaces, composes; rejects empty and over-long input. Errors are reported as
/// [`NameError`] `Empty` / `TooLong` for both name types.
fn normalize(input: &str, max: usize) -> Result<String, NameError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(NameError::TooLong {
            max,
            found: input.chars().count(),
        });
    }
    let name = nfc(&collapse_spaces(input));
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    let found = name.chars().count();
    if found > max {
        return Err(NameError::TooLong { max, found });
    }
    Ok(name)
}

/// Whether a search query finds a name, ignoring diacritics, case, spacing and word order: "nhu
/// quynh" and "quỳnh như" find "Như Quỳnh"; each query word must start a word of the name (see
/// [`Matcher`] for the exact rule). An empty query finds every name.
pub fn name_matches(query: &str, name: &str) -> bool {
    Matcher::new(query).matches(&fold(name))
}
