//! Vietnamese mobile numbers — numbering plan after the conversion of 15/9/2018 (11 → 10 digits,
//! Bộ Thông tin và Truyền thông, announced 29/5/2018; docs/rules.md §2.3).
//!
//! A mobile number is 10 digits starting with 0, or `+84`/`84`/`0084` and 9 digits. Input is
//! forgiving: spaces, dots, dashes, brackets, a pasted `+84 (0)` and full-width digits.
//! - Mobile ranges and carriers are libphonenumber's (`tests/data/libphonenumber-*`, Apache-2.0).
//!   A number outside them is a **warning** (newer ranges exist); a wrong length is an error.
//! - An old 11-digit number (`0168…`) is an error that carries the new number: the user confirms it,
//!   because the number must be the one their SIM answers to (it receives the e-ID result). "Old"
//!   is decided by length: a 10-digit `0121[0-3]…` (MobiFone) or `0160…` (Viettel) is current.
//! - A level-2 account needs a SIM in the holder's own name (NĐ 69/2024/NĐ-CP); nothing here can
//!   check ownership, the UI can only ask.

use std::fmt;

use crate::digits::{self, is_separator};

/// Inputs longer than this (in bytes, after trimming) are rejected before any other work.
pub const MAX_INPUT_BYTES: usize = 100;

/// The mobile network a prefix was allocated to. A hint only: numbers move between networks
/// (chuyển mạng giữ số).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Carrier {
    Viettel,
    MobiFone,
    VinaPhone,
    Vietnamobile,
    Gmobile,
    Reddi,
    /// iTel, of Indochina Telecom (Đông Dương Telecom): 0998–0999.
    Itel,
}

/// The carrier of each mobile prefix, row for row as libphonenumber publishes it
/// (`tests/data/libphonenumber-84-carriers.txt`, snapshot 17/7/2026; docs/rules.md §2.3): the
/// national number without its 0, the longest matching prefix wins (`30` MobiFone inside `3`
/// Viettel). A native test parses the file and compares it with this table.
pub const CARRIER_PREFIXES: [(&str, Carrier); 29] = [
    ("121", Carrier::MobiFone),
    ("16", Carrier::Viettel),
    ("3", Carrier::Viettel),
    ("30", Carrier::MobiFone),
    ("51", Carrier::MobiFone),
    ("52", Carrier::Vietnamobile),
    ("55", Carrier::Reddi),
    ("56", Carrier::Vietnamobile),
    ("58", Carrier::Vietnamobile),
    ("59", Carrier::Gmobile),
    ("7", Carrier::MobiFone),
    ("8", Carrier::VinaPhone),
    ("86", Carrier::Viettel),
    ("89", Carrier::MobiFone),
    ("90", Carrier::MobiFone),
    ("91", Carrier::VinaPhone),
    ("92", Carrier::Vietnamobile),
    ("93", Carrier::MobiFone),
    ("94", Carrier::VinaPhone),
    ("96", Carrier::Viettel),
    ("97", Carrier::Viettel),
    ("98", Carrier::Viettel),
    ("993", Carrier::Gmobile),
    ("994", Carrier::Gmobile),
    ("995", Carrier::Gmobile),
    ("996", Carrier::Gmobile),
    ("997", Carrier::Gmobile),
    ("998", Carrier::Itel),
    ("999", Carrier::Itel),
];

/// Whether the 9 digits after the 0 are in a mobile range: libphonenumber's `mobile` pattern for
/// Vietnam (`tests/data/libphonenumber-vn-metadata.xml`; a native test compares the two for every
/// 4-digit start): `121[0-3]` + 5 digits (10-digit MobiFone), or one of 160 (10-digit Viettel),
/// 3x, 70, 76–79, 51, 522, 523, 528, 559, 56, 58, 59, 81–88, 896–899, 90–98, 990, 991, 993–999,
/// followed by 6 digits.
fn in_mobile_range(national: &[u8; 9]) -> bool {
    match *national {
        [1, 2, 1, d, ..] => d <= 3,
        [1, 6, 0, ..] => true,
        [3, ..] => true,
        [7, d, ..] => matches!(d, 0 | 6..=9),
        [5, d, e, ..] => match d {
            1 | 6 | 8 | 9 => true,
            2 => matches!(e, 2 | 3 | 8),
            5 => e == 9,
            _ => false,
        },
        [8, d, e, ..] => matches!(d, 1..=8) || (d == 9 && e >= 6),
        [9, d, e, ..] => d <= 8 || (d == 9 && e != 2),
        _ => false,
    }
}

/// The conversion of 15/9/2018: old 11-digit prefix (without its 0) → new 10-digit prefix (without
/// its 0). The last 7 digits stay. Bộ TT&TT, 29/5/2018.
pub const OLD_PREFIX_CONVERSIONS: [(u16, u16); 21] = [
    // MobiFone
    (120, 70),
    (121, 79),
    (122, 77),
    (126, 76),
    (128, 78),
    // VinaPhone
    (123, 83),
    (124, 84),
    (125, 85),
    (127, 81),
    (129, 82),
    // Viettel
    (162, 32),
    (163, 33),
    (164, 34),
    (165, 35),
    (166, 36),
    (167, 37),
    (168, 38),
    (169, 39),
    // Vietnamobile
    (186, 56),
    (188, 58),
    // Gmobile
    (199, 59),
];

/// A Vietnamese mobile number in national form, e.g. `0912345678`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MobileNumber {
    /// Digit values, the first one 0.
    digits: [u8; 10],
}

/// Why a text is not a mobile number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneError {
    /// Nothing but white space.
    Empty,
    /// Longer than [`MAX_INPUT_BYTES`]; not examined further.
    TooLong,
    /// A character that is not a digit, space, dot, dash, bracket or a leading `+`. `position` counts
    /// characters of the trimmed input from 1.
    UnexpectedCharacter { ch: char, position: usize },
    /// `+` followed by a country code other than 84.
    ForeignNumber,
    /// Not 10 digits in national form. `digits` counts the digits found, not counting a `+84`,
    /// `84` or `0084` country code.
    WrongLength { digits: usize },
    /// 9 digits that form a known mobile number with a leading 0: probably a spreadsheet dropped it.
    MissingLeadingZero { suggestion: MobileNumber },
    /// An 11-digit number from before the conversion of 15/9/2018, e.g. `0168…` → `038…`.
    /// `old_prefix` is written without its 0 (168).
    OldElevenDigitNumber {
        old_prefix: u16,
        suggestion: MobileNumber,
    },
    /// An 11-digit number starting with 02: a landline (area code 02x), not a mobile.
    LandlineNumber,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhoneError::Empty => f.write_str("empty phone number"),
            PhoneError::TooLong => write!(f, "input longer than {MAX_INPUT_BYTES} bytes"),
            PhoneError::UnexpectedCharacter { ch, position } => {
                write!(f, "unexpected character {ch:?} at position {position}")
            }
            PhoneError::ForeignNumber => f.write_str("country code is not +84"),
            PhoneError::WrongLength { digits } => write!(f, "expected 10 digits, found {digits}"),
            PhoneError::MissingLeadingZero { suggestion } => {
                write!(f, "leading zero probably lost; did you mean {suggestion}?")
            }
            PhoneError::OldElevenDigitNumber {
                old_prefix,
                suggestion,
            } => {
                write!(
                    f,
                    "old 11-digit number (prefix 0{old_prefix}); now {suggestion}"
                )
            }
            PhoneError::LandlineNumber => f.write_str("landline number, not a mobile"),
        }
    }
}

impl std::error::Error for PhoneError {}

/// Something probably wrong with a number that parsed; the user may continue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneWarning {
    /// The number is in no mobile range; `prefix` is its 3-digit prefix written without its 0
    /// (e.g. 80 for `080`).
    UnknownPrefix { prefix: u16 },
}

/// Digit values read as a number (saturating; callers pass 2 or 3 digits).
fn number_of(digits: &[u8]) -> u16 {
    digits.iter().fold(0u16, |acc, &d| {
        acc.saturating_mul(10).saturating_add(u16::from(d))
    })
}

impl MobileNumber {
    /// Reads a mobile number: `0912345678`, `0912 345 678`, `+84 912.345.678`, `(+84) 91-234-5678`,
    /// `0084912345678`, `84912345678`, `+84 (0) 912 345 678`, full-width digits.
    ///
    /// # Errors
    /// - `""` → [`PhoneError::Empty`]; more than [`MAX_INPUT_BYTES`] → `TooLong`;
    /// - `"0912 345 67a"` → `UnexpectedCharacter { ch: 'a', position: 12 }`; `"09+12"` → `'+'`;
    /// - `"+1 202 555 0100"` → `ForeignNumber`;
    /// - `"091234567"` → `WrongLength { digits: 9 }`;
    /// - `"912345678"` → `MissingLeadingZero { suggestion: 0912345678 }`;
    /// - `"01681234567"` → `OldElevenDigitNumber { old_prefix: 168, suggestion: 0381234567 }`;
    /// - `"024 3825 1234"` → `LandlineNumber`.
    pub fn parse(input: &str) -> Result<MobileNumber, PhoneError> {
        let trimmed = crate::text::trim_white(input);
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        if trimmed.len() > MAX_INPUT_BYTES {
            return Err(PhoneError::TooLong);
        }
        // Numbers are almost always ASCII: then bytes are characters and need no decoding.
        let (found, count, plus) = if let Some(read) = digits::ascii_digits::<16>(trimmed) {
            (read.values, read.count, false)
        } else if trimmed.is_ascii() {
            read_digits(trimmed.bytes().map(char::from))?
        } else {
            read_digits(trimmed.chars())?
        };
        let Some(digits) = found.get(..count) else {
            return Err(PhoneError::WrongLength { digits: count });
        };
        let after_country_code = if plus {
            match digits {
                [8, 4, rest @ ..] => Some(rest),
                [] => return Err(PhoneError::WrongLength { digits: 0 }),
                _ => return Err(PhoneError::ForeignNumber),
            }
        } else {
            match digits {
                [0, 0, 8, 4, rest @ ..] => Some(rest),
                // 84 + 9 digits, or 84 + (0) + 9 digits; a national number never starts with 84.
                [8, 4, rest @ ..] if matches!(rest.len(), 9 | 10) => Some(rest),
                _ => None,
            }
        };
        let mut national = [0u8; 16];
        let national_len = match after_country_code {
            // `+84 (0) 912…`: the 0 written after the country code.
            Some(rest @ [0, ..]) if rest.len() == 10 => copy_into(&mut national, rest, 0),
            Some(rest) => copy_into(&mut national, rest, 1),
            None if digits.first() == Some(&0) => copy_into(&mut national, digits, 0),
            None => {
                let mut with_zero = [0u8; 16];
                let len = copy_into(&mut with_zero, digits, 1);
                if len == 10
                    && let Some(suggestion) = with_zero.get(..10).and_then(Self::from_national)
                    && suggestion.is_in_mobile_range()
                {
                    return Err(PhoneError::MissingLeadingZero { suggestion });
                }
                return Err(PhoneError::WrongLength { digits: count });
            }
        };
        let national = national.get(..national_len).unwrap_or_default();
        match national {
            [0, 1, a, b, rest @ ..] if national.len() == 11 => {
                let old_prefix = number_of(&[1, *a, *b]);
                let converted = OLD_PREFIX_CONVERSIONS
                    .iter()
                    .find(|(old, _)| *old == old_prefix);
                match converted {
                    Some(&(_, new_prefix)) => {
                        let mut digits = [0u8; 10];
                        digits[1] = u8::try_from(new_prefix / 10).unwrap_or(0);
                        digits[2] = u8::try_from(new_prefix % 10).unwrap_or(0);
                        for (slot, &digit) in digits.iter_mut().skip(3).zip(rest) {
                            *slot = digit;
                        }
                        Err(PhoneError::OldElevenDigitNumber {
                            old_prefix,
                            suggestion: MobileNumber { digits },
                        })
                    }
                    None => Err(PhoneError::WrongLength { digits: 11 }),
                }
            }
            [0, 2, ..] if national.len() == 11 => Err(PhoneError::LandlineNumber),
            // `84` + `0` + only 8 digits: a zero after the country code and a digit missing. No
            // national number starts with 00 (that is the international prefix).
            [0, 0, ..] => Err(PhoneError::WrongLength { digits: count }),
            _ => Self::from_national(national).ok_or(PhoneError::WrongLength {
                digits: national.len(),
            }),
        }
    }

    /// 10 digit values starting with 0 and then a non-zero digit.
    fn from_national(national: &[u8]) -> Option<MobileNumber> {
        let digits: [u8; 10] = national.try_into().ok()?;
        (digits[0] == 0 && digits[1] != 0).then_some(MobileNumber { digits })
    }

    /// The 3-digit prefix without its 0 (`0912…` → 91).
    pub fn prefix(&self) -> u16 {
        number_of(&self.digits[1..3])
    }

    /// The 9 digits after the leading 0.
    fn national_significant(&self) -> [u8; 9] {
        let mut digits = [0u8; 9];
        digits.copy_from_slice(&self.digits[1..]);
        digits
    }

    /// Whether the number is in one of libphonenumber's mobile ranges for Vietnam
    /// (docs/rules.md §2.3). A 10-digit `0121[0-3]…` or `0160…` number is one: only an 11-digit
    /// number is old.
    pub fn is_in_mobile_range(&self) -> bool {
        in_mobile_range(&self.national_significant())
    }

    /// The network the prefix was allocated to (longest prefix of [`CARRIER_PREFIXES`]); `None`
    /// outside the mobile ranges, or in a range libphonenumber names no carrier for (0990, 0991).
    /// A hint: numbers can move between networks.
    pub fn carrier(&self) -> Option<Carrier> {
        let national = self.national_significant();
        if !in_mobile_range(&national) {
            return None;
        }
        CARRIER_PREFIXES
            .iter()
            .filter(|(prefix, _)| {
                prefix.len() <= national.len()
                    && prefix
                        .bytes()
                        .zip(national)
                        .all(|(p, d)| p.wrapping_sub(b'0') == d)
            })
            .max_by_key(|(prefix, _)| prefix.len())
            .map(|&(_, carrier)| carrier)
    }

    /// `+84912345678`.
    pub fn international(&self) -> String {
        let mut text = String::with_capacity(12);
        text.push_str("+84");
        text.extend(self.digits[1..].iter().map(|&d| char::from(b'0' + d)));
        text
    }

    /// What looks wrong: a number outside the mobile ranges (docs/rules.md §2.3: a warning, never
    /// a rejection).
    pub fn warnings(&self) -> Vec<PhoneWarning> {
        if self.is_in_mobile_range() {
            Vec::new()
        } else {
            vec![PhoneWarning::UnknownPrefix {
                prefix: self.prefix(),
            }]
        }
    }
}

/// The digits of a number as typed (the first 16; `count` may be more), how many there are, and
/// whether a `+` came before them. Separators are skipped; anything else is an error.
fn read_digits(
    characters: impl Iterator<Item = char>,
) -> Result<([u8; 16], usize, bool), PhoneError> {
    let mut plus = false;
    let read = digits::read_digits::<16, _>(characters, |ch, position, before| {
        if matches!(ch, '+' | '\u{FF0B}') && before == 0 && !plus {
            plus = true;
            Ok(())
        } else if is_separator(ch) || matches!(ch, '(' | ')' | '\u{FF08}' | '\u{FF09}') {
            Ok(())
        } else {
            Err(PhoneError::UnexpectedCharacter { ch, position })
        }
    })?;
    Ok((read.values, read.count, plus))
}

/// Copies `source` into `target` after `offset` zeros; returns the length written (bounded by
/// `target`).
fn copy_into(target: &mut [u8; 16], source: &[u8], offset: usize) -> usize {
    let mut len = offset.min(target.len());
    for (slot, &digit) in target.iter_mut().skip(offset).zip(source) {
        *slot = digit;
        len += 1;
    }
    len
}

impl fmt::Display for MobileNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.digits
            .iter()
            .try_for_each(|digit| write!(f, "{digit}"))
    }
}

impl fmt::Debug for MobileNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MobileNumber({self})")
    }
}

impl std::str::FromStr for MobileNumber {
    type Err = PhoneError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        MobileNumber::parse(s)
    }
}

impl TryFrom<String> for MobileNumber {
    type Error = PhoneError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        MobileNumber::parse(&value)
    }
}

impl From<MobileNumber> for String {
    fn from(number: MobileNumber) -> String {
        number.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_table_has_no_duplicates_and_old_targets_are_known() {
        let all: Vec<&str> = CARRIER_PREFIXES.iter().map(|(p, _)| *p).collect();
        for (i, p) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(p), "duplicate prefix {p}");
        }
        // Every converted prefix lands in a mobile range with a carrier (Bộ TT&TT, 29/5/2018).
        for (old, new) in OLD_PREFIX_CONVERSIONS {
            let number = MobileNumber::parse(&format!("0{new}1234567")).unwrap();
            assert!(number.carrier().is_some(), "0{old} → 0{new} has no carrier");
        }
    }
}
