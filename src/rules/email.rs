//! Email address for receiving the e-ID registration result (NĐ 69/2024/NĐ-CP: the organization
//! declares "a phone number and an email to receive the result"; docs/rules.md §3.1).
//!
//! A practical check, not the full RFC 5322 grammar: exactly one `@`, a non-empty local part
//! (≤ 64 characters, RFC 5321 §4.5.3.1.1), a domain of at least two dot-separated labels made of
//! letters, digits and inner hyphens (≤ 63 characters each, RFC 1035 §2.3.4), a top-level domain
//! of at least two letters, no spaces, ASCII only (a Vietnamese keyboard left on turns `nguyeen`
//! into `nguyên`; mail providers here do not accept accented addresses). The domain is lower-cased;
//! the local part is kept as typed.
//!
//! A likely typo of a common provider (`gmial.com`) is a **warning** with the corrected address,
//! never a silent change.

use std::fmt;

/// RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, so an address at most 254.
pub const MAX_ADDRESS_CHARS: usize = 254;
/// RFC 5321 §4.5.3.1.1.
pub const MAX_LOCAL_PART_CHARS: usize = 64;
/// RFC 1035 §2.3.4.
pub const MAX_LABEL_CHARS: usize = 63;

/// An email address with its domain lower-cased, e.g. `Nguyen.An@gmail.com`.
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress {
    address: String,
    /// Byte index of the `@`.
    at: usize,
}

/// Why a text is not an email address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmailError {
    /// Nothing but white space.
    Empty,
    /// More than [`MAX_ADDRESS_CHARS`] characters.
    TooLong,
    /// A space inside the address. `position` counts characters of the trimmed input from 1.
    ContainsSpace { position: usize },
    /// A character mail addresses do not use here: accented letters, control characters,
    /// `( ) , : ; < > [ \ ] "`, or in the domain anything but letters, digits, `-` and `.`.
    UnexpectedCharacter { ch: char, position: usize },
    /// No `@`.
    MissingAt,
    /// More than one `@`.
    MultipleAt { count: usize },
    /// Nothing before the `@`.
    EmptyLocalPart,
    /// More than [`MAX_LOCAL_PART_CHARS`] characters before the `@`.
    LocalPartTooLong { chars: usize },
    /// The part before the `@` starts or ends with a dot or has two dots in a row.
    MisplacedDotInLocalPart,
    /// Nothing after the `@`.
    EmptyDomain,
    /// The domain has no dot (`an@gmail`).
    DomainWithoutDot,
    /// The domain starts or ends with a dot or has two dots in a row.
    EmptyDomainLabel,
    /// A domain label starts or ends with a hyphen.
    HyphenAtLabelEdge,
    /// A domain label longer than [`MAX_LABEL_CHARS`].
    DomainLabelTooLong,
    /// The last label is shorter than two characters or not all letters (`an@gmail.c`, `an@host.123`).
    BadTopLevelDomain,
}

impl fmt::Display for EmailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmailError::Empty => f.write_str("empty email address"),
            EmailError::TooLong => write!(f, "longer than {MAX_ADDRESS_CHARS} characters"),
            EmailError::ContainsSpace { position } => write!(f, "space at position {position}"),
            EmailError::UnexpectedCharacter { ch, position } => {
                write!(f, "unexpected character {ch:?} at position {position}")
            }
            EmailError::MissingAt => f.write_str("no @"),
            EmailError::MultipleAt { count } => write!(f, "{count} @ signs"),
            EmailError::EmptyLocalPart => f.write_str("nothing before the @"),
            EmailError::LocalPartTooLong { chars } => {
                write!(
                    f,
                    "{chars} characters before the @, at most {MAX_LOCAL_PART_CHARS}"
                )
            }
            EmailError::MisplacedDotInLocalPart => {
                f.write_str("leading, trailing or double dot before the @")
            }
            EmailError::EmptyDomain => f.write_str("nothing after the @"),
            EmailError::DomainWithoutDot => f.write_str("domain without a dot"),
            EmailError::EmptyDomainLabel => f.write_str("empty domain label"),
            EmailError::HyphenAtLabelEdge => {
                f.write_str("domain label starts or ends with a hyphen")
            }
            EmailError::DomainLabelTooLong => {
                write!(f, "domain label longer than {MAX_LABEL_CHARS}")
            }
            EmailError::BadTopLevelDomain => {
                f.write_str("top-level domain must be two or more letters")
            }
        }
    }
}

impl std::error::Error for EmailError {}

/// Something probably wrong with an address that parsed; the user may continue.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EmailWarning {
    /// The domain looks like a typo of a common provider; `suggestion` is the address with it fixed.
    PossibleTypo { suggestion: EmailAddress },
}

/// Common providers in Vietnam. A domain one edit away from one of these (and not itself listed
/// in [`NOT_TYPOS`]) is probably a typo.
const COMMON_DOMAINS: [&str; 9] = [
    "gmail.com",
    "yahoo.com",
    "yahoo.com.vn",
    "hotmail.com",
    "outlook.com",
    "outlook.com.vn",
    "icloud.com",
    "live.com",
    "googlemail.com",
];

/// Real providers one edit away from a common domain: never "corrected".
const NOT_TYPOS: [&str; 4] = ["mail.com", "ymail.com", "email.com", "cloud.com"];

/// Typos more than one edit away, seen in Vietnamese forms (a `.vn` added by habit).
const KNOWN_TYPOS: [(&str, &str); 6] = [
    ("gmail.com.vn", "gmail.com"),
    ("gmail.vn", "gmail.com"),
    ("gmai.com.vn", "gmail.com"),
    ("gamil.com.vn", "gmail.com"),
    ("yahoo.vn", "yahoo.com.vn"),
    ("yahoo.com.vm", "yahoo.com.vn"),
];

/// What an ASCII character may be in an address, as bit flags: a table, because a list checks
/// tens of thousands of addresses and this is asked of every character.
const SPACE: u8 = 1;
const ALLOWED_IN_LOCAL_PART: u8 = 2;
const ALLOWED_IN_DOMAIN: u8 = 4;
#[expect(
    clippy::indexing_slicing,
    reason = "computed at compile time, and `byte` < 128 = the table's length"
)]
const ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut byte = 0u8;
    while byte < 128 {
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, return, space.
        let space = matches!(byte, 9..=13 | b' ');
        let local = !byte.is_ascii_control()
            && !matches!(
                byte,
                b'(' | b')' | b',' | b':' | b';' | b'<' | b'>' | b'[' | b'\\' | b']' | b'"'
            );
        let domain = byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.';
        classes[byte as usize] = (space as u8 * SPACE)
            | (local as u8 * ALLOWED_IN_LOCAL_PART)
            | (domain as u8 * ALLOWED_IN_DOMAIN);
        byte += 1;
    }
    classes
};

/// The flags of [`ASCII_CLASSES`] for any character: outside ASCII only white space counts.
fn class_of(ch: char) -> u8 {
    match ASCII_CLASSES.get(ch as usize) {
        Some(&class) => class,
        None if ch.is_whitespace() => SPACE,
        None => 0,
    }
}

impl EmailAddress {
    /// Reads an email address; trims, lower-cases the domain.
    ///
    /// # Errors
    /// - `""` → [`EmailError::Empty`]; more than 254 characters → `TooLong`;
    /// - `"an @gmail.com"` → `ContainsSpace { position: 3 }`;
    /// - `"nguyễn@gmail.com"` → `UnexpectedCharacter { ch: 'ễ', position: 5 }`;
    /// - `"an.gmail.com"` → `MissingAt`; `"a@b@c.vn"` → `MultipleAt { count: 2 }`;
    /// - `"@gmail.com"` → `EmptyLocalPart`; `"an.@gmail.com"` → `MisplacedDotInLocalPart`;
    /// - `"an@"` → `EmptyDomain`; `"an@gmail"` → `DomainWithoutDot`; `"an@gmail..com"` →
    ///   `EmptyDomainLabel`; `"an@-gmail.com"` → `HyphenAtLabelEdge`; `"an@gmail.c"` →
    ///   `BadTopLevelDomain`.
    pub fn parse(input: &str) -> Result<EmailAddress, EmailError> {
        let trimmed = input.trim();
        let domain = EmailAddress::validate(trimmed)?;
        let at = trimmed.len() - domain.len() - 1;
        let local = trimmed.get(..at).unwrap_or("");
        let mut address = String::with_capacity(trimmed.len());
        address.push_str(local);
        address.push('@');
        address.push_str(&domain.to_ascii_lowercase());
        Ok(EmailAddress { address, at })
    }

    /// The checks of [`EmailAddress::parse`] without building the address (no allocation), for
    /// lists of tens of thousands of cells. Returns the domain as written (not lower-cased).
    ///
    /// # Errors
    /// The same as [`EmailAddress::parse`], for the same inputs.
    pub fn validate(input: &str) -> Result<&str, EmailError> {
        let trimmed = crate::text::trim_white(input);
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        // Bytes ≥ chars, so a short byte length settles it without counting; count only otherwise.
        if trimmed.len() > MAX_ADDRESS_CHARS && trimmed.chars().nth(MAX_ADDRESS_CHARS).is_some() {
            return Err(EmailError::TooLong);
        }
        // Addresses are almost always ASCII: then bytes are characters and need no decoding.
        let (at_count, at, local_chars) = if trimmed.is_ascii() {
            match well_formed_ascii(trimmed.as_bytes()) {
                Some(at) => (1, at, at),
                // Something is wrong: the full scan finds what and where.
                None => scan_characters(trimmed.bytes().map(char::from).enumerate())?,
            }
        } else {
            scan_characters(trimmed.char_indices())?
        };
        match at_count {
            0 => return Err(EmailError::MissingAt),
            1 => {}
            count => return Err(EmailError::MultipleAt { count }),
        }
        let (local, domain_with_at) = trimmed.split_at(at);
        let domain = domain_with_at.get(1..).unwrap_or("");
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        if local_chars > MAX_LOCAL_PART_CHARS {
            return Err(EmailError::LocalPartTooLong { chars: local_chars });
        }
        // Byte tests: the scan above let only ASCII through, and a list checks thousands.
        let local_bytes = local.as_bytes();
        if local_bytes.first() == Some(&b'.')
            || local_bytes.last() == Some(&b'.')
            || local_bytes.windows(2).any(|pair| pair == b"..")
        {
            return Err(EmailError::MisplacedDotInLocalPart);
        }
        check_domain(domain)?;
        Ok(domain)
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        self.address.get(..self.at).unwrap_or("")
    }

    /// The part after the `@`, lower-cased.
    pub fn domain(&self) -> &str {
        self.address.get(self.at + 1..).unwrap_or("")
    }

    /// The whole address.
    pub fn as_str(&self) -> &str {
        &self.address
    }

    /// The address with a likely domain typo fixed (`an@gmial.com` → `an@gmail.com`), if any.
    pub fn suggestion(&self) -> Option<EmailAddress> {
        let fixed = domain_suggestion(self.domain())?;
        EmailAddress::parse(&format!("{}@{fixed}", self.local_part())).ok()
    }

    /// What looks wrong: a likely domain typo, with the corrected address.
    pub fn warnings(&self) -> Vec<EmailWarning> {
        self.suggestion()
            .map(|suggestion| EmailWarning::PossibleTypo { suggestion })
            .into_iter()
            .collect()
    }
}

/// Checks each character of a trimmed address, given as (byte index, character); returns the
/// number of `@`, the byte index of the last one and the characters before the first.
/// The position of the `@` when an ASCII address has exactly one and only allowed characters
/// on each side of it: what [`scan_characters`] finds for such an address, in one tight pass
/// (a list has tens of thousands of addresses, nearly all of them like this).
fn well_formed_ascii(bytes: &[u8]) -> Option<usize> {
    let class = |b: &u8| ASCII_CLASSES.get(usize::from(*b)).copied().unwrap_or(0);
    let at = bytes.iter().position(|&b| b == b'@')?;
    let (local, domain) = (bytes.get(..at)?, bytes.get(at + 1..)?);
    let local_ok = local
        .iter()
        .all(|b| class(b) & (SPACE | ALLOWED_IN_LOCAL_PART) == ALLOWED_IN_LOCAL_PART);
    // `@` is not allowed in a domain, so a second one fails here too.
    let domain_ok = domain.iter().all(|b| class(b) & ALLOWED_IN_DOMAIN != 0);
    (local_ok && domain_ok).then_some(at)
}

fn scan_characters(
    characters: impl Iterator<Item = (usize, char)>,
) -> Result<(usize, usize, usize), EmailError> {
    let mut at_count = 0usize;
    let mut at = 0usize;
    let mut local_chars = 0usize;
    for (position, (byte_index, ch)) in characters.enumerate() {
        let position = position + 1;
        let class = class_of(ch);
        if class & SPACE != 0 {
            return Err(EmailError::ContainsSpace { position });
        }
        if ch == '@' {
            at_count += 1;
            at = byte_index;
            continue;
        }
        let allowed = if at_count == 0 {
            local_chars += 1;
            ALLOWED_IN_LOCAL_PART
        } else {
            ALLOWED_IN_DOMAIN
        };
        if class & allowed == 0 {
            return Err(EmailError::UnexpectedCharacter { ch, position });
        }
    }
    Ok((at_count, at, local_chars))
}

/// The common provider a lower-case domain is probably a typo of (`gmial.com` → `gmail.com`),
/// without building an address: what [`EmailAddress::suggestion`] uses, for checking long lists.
pub fn domain_suggestion(domain: &str) -> Option<&'static str> {
    KNOWN_TYPOS
        .iter()
        .find(|(typo, _)| *typo == domain)
        .map(|&(_, fixed)| fixed)
        .or_else(|| {
            if COMMON_DOMAINS.contains(&domain) || NOT_TYPOS.contains(&domain) {
                return None;
            }
            COMMON_DOMAINS
                .iter()
                .copied()
                .find(|common| within_one_edit(domain.as_bytes(), common.as_bytes()))
        })
}

fn check_domain(domain: &str) -> Result<(), EmailError> {
    if domain.is_empty() {
        return Err(EmailError::EmptyDomain);
    }
    // The domain is ASCII (checked by the scan): its bytes are its characters.
    let domain = domain.as_bytes();
    if !domain.contains(&b'.') {
        return Err(EmailError::DomainWithoutDot);
    }
    let mut last: &[u8] = &[];
    for label in domain.split(|&b| b == b'.') {
        if label.is_empty() {
            return Err(EmailError::EmptyDomainLabel);
        }
        if label.len() > MAX_LABEL_CHARS {
            return Err(EmailError::DomainLabelTooLong);
        }
        if label.first() == Some(&b'-') || label.last() == Some(&b'-') {
            return Err(EmailError::HyphenAtLabelEdge);
        }
        last = label;
    }
    if last.len() < 2 || !last.iter().all(u8::is_ascii_alphabetic) {
        return Err(EmailError::BadTopLevelDomain);
    }
    Ok(())
}

/// `s` without its first byte.
fn tail(s: &[u8]) -> &[u8] {
    s.get(1..).unwrap_or_default()
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours
/// (Damerau–Levenshtein distance ≤ 1). Linear time, no allocation.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (
        a.get(prefix..).unwrap_or_default(),
        b.get(prefix..).unwrap_or_default(),
    );
    match (a.len(), b.len()) {
        (0, 0) => true,
        (m, n) if m == n => {
            tail(a) == tail(b)
                || matches!((a, b), ([x, y, a_rest @ ..], [p, q, b_rest @ ..])
                    if x == q && y == p && a_rest == b_rest)
        }
        (m, n) if m + 1 == n => a == tail(b),
        (m, n) if m == n + 1 => tail(a) == b,
        _ => false,
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.address)
    }
}

impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EmailAddress({})", self.address)
    }
}

impl std::str::FromStr for EmailAddress {
    type Err = EmailError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EmailAddress::parse(s)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = EmailError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(address: EmailAddress) -> String {
        address.address
    }
}

#[cfg(test)]
mod tests {
    use super::{
        ALLOWED_IN_DOMAIN, ALLOWED_IN_LOCAL_PART, SPACE, class_of, scan_characters,
        well_formed_ascii, within_one_edit,
    };

    /// The one-pass check agrees with the full scan on every address it accepts, and accepts
    /// every ASCII address the full scan finds well formed.
    #[test]
    fn fast_path_agrees_with_the_full_scan() {
        let alphabet = b"a.-@ 1\t(Z_+\"";
        let mut address = Vec::new();
        for mut n in 0u32..200_000 {
            address.clear();
            while n > 0 {
                address.push(alphabet[(n % alphabet.len() as u32) as usize]);
                n /= alphabet.len() as u32;
            }
            let full = scan_characters(address.iter().map(|&b| char::from(b)).enumerate());
            let expected = matches!(full, Ok((1, at, chars)) if at == chars)
                .then(|| full.ok())
                .flatten();
            let fast = well_formed_ascii(&address).map(|at| (1, at, at));
            assert_eq!(fast, expected, "{:?}", String::from_utf8_lossy(&address));
        }
    }

    /// The table says, for every character there is, what the rules say in words.
    #[test]
    fn character_classes_follow_the_rules() {
        for ch in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let class = class_of(ch);
            assert_eq!(class & SPACE != 0, ch.is_whitespace(), "{ch:?}");
            let local = ch.is_ascii() && !ch.is_ascii_control() && !"(),:;<>[\\]\"".contains(ch);
            assert_eq!(class & ALLOWED_IN_LOCAL_PART != 0, local, "{ch:?}");
            let domain = ch.is_ascii_alphanumeric() || ch == '-' || ch == '.';
            assert_eq!(class & ALLOWED_IN_DOMAIN != 0, domain, "{ch:?}");
        }
    }

    #[test]
    fn one_edit() {
        for (a, b, expected) in [
            ("gmial.com", "gmail.com", true),  // swap
            ("gmai.com", "gmail.com", true),   // deletion
            ("gmaill.com", "gmail.com", true), // insertion
            ("gmail.con", "gmail.com", true),  // substitution
            ("gmail.com", "gmail.com", true),
            ("gmx.com", "gmail.com", false),
            ("yahoo.vn", "yahoo.com.vn", false),
            ("", "a", true),
            ("ab", "ba", true),
            ("abc", "cab", false),
        ] {
            assert_eq!(
                within_one_edit(a.as_bytes(), b.as_bytes()),
                expected,
                "{a} vs {b}"
            );
        }
    }
}
