//! Tax code (mã số thuế, MST) — Thông tư 105/2020/TT-BTC Art. 5; Thông tư 90/2026/TT-BTC, which
//! replaced Thông tư 86/2024/TT-BTC on 1/7/2026 with the structure and check digit unchanged
//! (docs/rules.md §2.1).
//!
//! - 10 digits `N1..N10`: an independent entity (enterprise, cooperative, organization); the
//!   enterprise code is the tax code. Some individuals have one too (foreigners, Vietnamese abroad
//!   without a personal ID number): a 10-digit code alone does not say "organization".
//! - 13 digits `N1..N10-N11N12N13`: a dependent unit (branch, representative office): the parent's
//!   10 digits and 001–999.
//! - 12 digits: since 1/7/2025 individuals and household businesses use their personal ID number as
//!   tax code. It has no check digit, so it is *legitimate but not verifiable offline*.
//!
//! Input is forgiving: spaces, dots and dashes are ignored, full-width digits count, the branch may be
//! written with or without its hyphen. A value that lost its leading zero in a spreadsheet is never
//! repaired silently: the error carries the suggestion and the user confirms it.

use std::fmt;

use super::personal_id::PersonalId;
use crate::digits::{ascii_digits, is_separator, read_digits};
use crate::text::is_dash;

/// Weights of `N1..N9` for the check digit — TT 105/2020/TT-BTC Art. 5.
const CHECK_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// Inputs longer than this (in bytes, after trimming) are rejected before any other work: a tax code
/// with full-width digits and separators fits in well under 100 bytes.
pub const MAX_INPUT_BYTES: usize = 100;

/// What a parsed tax code identifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TaxCodeKind {
    /// 10 digits: an enterprise, cooperative or organization (TT 105/2020 Art. 5 cl. 1), or an
    /// individual without a personal ID number (a foreigner, a Vietnamese abroad): say "10-digit
    /// tax code", not "organization", unless the user said which.
    Organization,
    /// 13 digits: a branch or representative office, `parent-NNN` (TT 105/2020 Art. 5 cl. 1).
    DependentUnit,
    /// 12 digits: an individual's or household business's personal ID number, used as tax code since
    /// 1/7/2025 (TT 86/2024/TT-BTC, now TT 90/2026/TT-BTC). Format only: there is no check digit
    /// to verify offline.
    PersonalId,
}

/// A tax code in canonical form: `0100109106`, `0314409058-002`, or a 12-digit personal ID.
#[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TaxCode {
    /// Digit values `0..=9`; only the first [`TaxCodeKind`]-many are meaningful, the rest are 0.
    digits: [u8; 13],
    kind: TaxCodeKind,
}

/// Why a text is not a tax code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaxCodeError {
    /// Nothing but white space.
    Empty,
    /// Longer than [`MAX_INPUT_BYTES`]; not examined further.
    TooLong,
    /// A character that is neither a digit nor a space, dot or dash. `position` counts characters of
    /// the trimmed input from 1.
    UnexpectedCharacter { ch: char, position: usize },
    /// Not 10, 12 or 13 digits (and no lost leading zero to suggest).
    WrongLength { digits: usize },
    /// 9 digits, or 9 + a 3-digit branch, whose form with a leading `0` is a valid code: probably a
    /// spreadsheet dropped the zero. Offered, never applied silently (docs/rules.md §2.1).
    LostLeadingZero { suggestion: TaxCode },
    /// `N1..N9` give `r = 0`, which would need a check digit of 10: no tax code has these nine digits.
    ImpossibleSerial,
    /// `N3..N9` are all zero (TT 105/2020 Art. 5).
    ZeroSerial,
    /// The 10th digit does not match the check digit computed from `N1..N9`.
    WrongCheckDigit { expected: u8, found: u8 },
    /// The dependent-unit suffix is `000`; branches are numbered 001–999.
    ZeroBranch,
}

impl fmt::Display for TaxCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaxCodeError::Empty => f.write_str("empty tax code"),
            TaxCodeError::TooLong => write!(f, "input longer than {MAX_INPUT_BYTES} bytes"),
            TaxCodeError::UnexpectedCharacter { ch, position } => {
                write!(f, "unexpected character {ch:?} at position {position}")
            }
            TaxCodeError::WrongLength { digits } => {
                write!(f, "expected 10, 12 or 13 digits, found {digits}")
            }
            TaxCodeError::LostLeadingZero { suggestion } => {
                write!(f, "leading zero probably lost; did you mean {suggestion}?")
            }
            TaxCodeError::ImpossibleSerial => {
                f.write_str("first nine digits give r = 0 (no check digit exists)")
            }
            TaxCodeError::ZeroSerial => f.write_str("digits N3..N9 are all zero"),
            TaxCodeError::WrongCheckDigit { expected, found } => {
                write!(f, "check digit is {found}, expected {expected}")
            }
            TaxCodeError::ZeroBranch => f.write_str("dependent-unit suffix 000"),
        }
    }
}

impl std::error::Error for TaxCodeError {}

/// Something to tell the user about a tax code that parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaxCodeWarning {
    /// A 12-digit value whose first three digits are no birth-registration code, but which is a valid
    /// dependent-unit code once a leading `0` is put back: probably a branch code that lost its zero.
    PossibleBranchWithLostZero { suggestion: TaxCode },
}

/// The check digit `N10` for `N1..N9` (digit values `0..=9`), or `None` when `r = 0` (or when a
/// value is not a digit).
///
/// TT 105/2020/TT-BTC Art. 5: `r = Σ wᵢ·Nᵢ mod 11` with weights 31 29 23 19 17 13 7 5 3,
/// `N10 = 10 − r`. `r = 0` would need a 10 and is never issued; `r = 10` gives 0.
/// The circular's own example: `010004751` → 6.
pub fn check_digit(first_nine: &[u8; 9]) -> Option<u8> {
    if first_nine.iter().any(|&digit| digit > 9) {
        return None;
    }
    let sum: u32 = first_nine
        .iter()
        .zip(CHECK_WEIGHTS)
        .map(|(&digit, weight)| u32::from(digit) * weight)
        .sum();
    match sum % 11 {
        0 => None,
        // r is 1..=10 here, so 10 − r is 0..=9.
        r => u8::try_from(10 - r).ok(),
    }
}

/// The digits of a trimmed input, with the shape of its last dash-separated group.
struct Cleaned {
    digits: [u8; 13],
    count: usize,
    /// Digits after the last dash, when there is a dash (e.g. 3 for `314409058-002`).
    after_last_dash: Option<usize>,
}

fn clean(trimmed: &str) -> Result<Cleaned, TaxCodeError> {
    // Codes are almost always digits only, and then ASCII: read as bytes, without decoding.
    if let Some(read) = ascii_digits::<13>(trimmed) {
        return Ok(Cleaned {
            digits: read.values,
            count: read.count,
            after_last_dash: None,
        });
    }
    if trimmed.is_ascii() {
        clean_characters(trimmed.bytes().map(char::from))
    } else {
        clean_characters(trimmed.chars())
    }
}

fn clean_characters(characters: impl Iterator<Item = char>) -> Result<Cleaned, TaxCodeError> {
    // Digits read before the last dash.
    let mut before_last_dash = None;
    let read = read_digits::<13, _>(characters, |ch, position, before| {
        if is_dash(ch) {
            before_last_dash = Some(before);
            Ok(())
        } else if is_separator(ch) {
            Ok(())
        } else {
            Err(TaxCodeError::UnexpectedCharacter { ch, position })
        }
    })?;
    Ok(Cleaned {
        digits: read.values,
        count: read.count,
        after_last_dash: before_last_dash.map(|before| read.count.saturating_sub(before)),
    })
}

/// Checks `N1..N10` of an organization or a dependent unit (TT 105/2020/TT-BTC Art. 5).
fn check_first_ten(digits: &[u8; 13]) -> Result<(), TaxCodeError> {
    let mut first_nine = [0u8; 9];
    first_nine.copy_from_slice(&digits[..9]);
    let expected = check_digit(&first_nine).ok_or(TaxCodeError::ImpossibleSerial)?;
    if digits[2..9].iter().all(|&d| d == 0) {
        return Err(TaxCodeError::ZeroSerial);
    }
    let found = digits[9];
    if found != expected {
        return Err(TaxCodeError::WrongCheckDigit { expected, found });
    }
    Ok(())
}

/// Validates exactly-sized digits as an organization (10) or dependent unit (13) code.
fn verified(digits: [u8; 13], kind: TaxCodeKind) -> Result<TaxCode, TaxCodeError> {
    check_first_ten(&digits)?;
    if kind == TaxCodeKind::DependentUnit && digits[10..13].iter().all(|&d| d == 0) {
        return Err(TaxCodeError::ZeroBranch);
    }
    Ok(TaxCode { digits, kind })
}

/// `digits[..count]` shifted right by one with a leading 0, if that forms a valid code of `kind`.
fn with_leading_zero(digits: &[u8; 13], count: usize, kind: TaxCodeKind) -> Option<TaxCode> {
    let mut shifted = [0u8; 13];
    shifted
        .get_mut(1..=count)?
        .copy_from_slice(digits.get(..count)?);
    verified(shifted, kind).ok()
}

impl TaxCode {
    /// Reads a tax code, forgiving spaces, dots, dashes and full-width digits.
    ///
    /// Since 1/7/2025 a 12-digit personal ID number is also a tax code (TT 90/2026/TT-BTC): it parses
    /// with kind [`TaxCodeKind::PersonalId`] and [`TaxCode::is_verifiable`] is `false`.
    ///
    /// # Errors
    /// - `""`, `"  "` → [`TaxCodeError::Empty`]; more than [`MAX_INPUT_BYTES`] → `TooLong`;
    /// - `"0100109106A"` → `UnexpectedCharacter { ch: 'A', position: 11 }`;
    /// - `"01001091"` → `WrongLength { digits: 8 }`;
    /// - `"100109106"` → `LostLeadingZero { suggestion: 0100109106 }` (9 digits, or 9 + branch);
    /// - `"0000000000"` → `ImpossibleSerial` (r = 0); `"0100000008"` → `ZeroSerial`;
    /// - `"0100109107"` → `WrongCheckDigit { expected: 6, found: 7 }`;
    /// - `"0314409058-000"` → `ZeroBranch`.
    pub fn parse(input: &str) -> Result<TaxCode, TaxCodeError> {
        let trimmed = crate::text::trim_white(input);
        if trimmed.is_empty() {
            return Err(TaxCodeError::Empty);
        }
        if trimmed.len() > MAX_INPUT_BYTES {
            return Err(TaxCodeError::TooLong);
        }
        let Cleaned {
            digits,
            count,
            after_last_dash,
        } = clean(trimmed)?;
        let lost_zero = |kind| {
            with_leading_zero(&digits, count, kind).map_or(
                Err(TaxCodeError::WrongLength { digits: count }),
                |suggestion| Err(TaxCodeError::LostLeadingZero { suggestion }),
            )
        };
        match count {
            10 => verified(digits, TaxCodeKind::Organization),
            13 => verified(digits, TaxCodeKind::DependentUnit),
            9 => lost_zero(TaxCodeKind::Organization),
            // `314409058-002`: the dash marks a branch suffix, so this is no personal ID.
            12 if after_last_dash == Some(3) => lost_zero(TaxCodeKind::DependentUnit),
            12 => Ok(TaxCode {
                digits,
                kind: TaxCodeKind::PersonalId,
            }),
            _ => Err(TaxCodeError::WrongLength { digits: count }),
        }
    }

    /// What this code identifies.
    pub fn kind(&self) -> TaxCodeKind {
        self.kind
    }

    /// Whether a check digit confirmed the code. `false` for a 12-digit personal ID, which has none:
    /// the UI says "cannot verify offline", not "invalid" (docs/rules.md §2.1).
    pub fn is_verifiable(&self) -> bool {
        self.kind != TaxCodeKind::PersonalId
    }

    /// The parent organization of a dependent unit (its first 10 digits).
    pub fn parent(&self) -> Option<TaxCode> {
        (self.kind == TaxCodeKind::DependentUnit).then(|| {
            let mut digits = [0u8; 13];
            digits[..10].copy_from_slice(&self.digits[..10]);
            TaxCode {
                digits,
                kind: TaxCodeKind::Organization,
            }
        })
    }

    /// The dependent-unit number 1–999 (`-002` → 2).
    pub fn branch_number(&self) -> Option<u16> {
        (self.kind == TaxCodeKind::DependentUnit).then(|| {
            self.digits[10..13]
                .iter()
                .fold(0u16, |acc, &d| acc * 10 + u16::from(d))
        })
    }

    /// For a 12-digit value: the dependent-unit code it would be with a leading `0` put back, if that
    /// code is valid. Lets the UI ask "is this a branch code that lost its zero?"; `None` otherwise.
    pub fn branch_code_if_leading_zero_lost(&self) -> Option<TaxCode> {
        if self.kind != TaxCodeKind::PersonalId {
            return None;
        }
        with_leading_zero(&self.digits, 12, TaxCodeKind::DependentUnit)
    }

    /// For a 12-digit value: the personal ID it reads as (decode birthplace, year, sex).
    pub fn personal_id(&self) -> Option<PersonalId> {
        if self.kind != TaxCodeKind::PersonalId {
            return None;
        }
        PersonalId::parse(&self.digits_string()).ok()
    }

    /// Notes for a code that parsed. A 12-digit value whose first three digits are no known
    /// birth-registration code but which is a valid branch code with a leading `0` gets
    /// [`TaxCodeWarning::PossibleBranchWithLostZero`].
    pub fn warnings(&self) -> Vec<TaxCodeWarning> {
        let mut warnings = Vec::new();
        if let Some(suggestion) = self.branch_code_if_leading_zero_lost() {
            let known_birthplace = self
                .personal_id()
                .is_some_and(|id| id.birth_place().is_known());
            if !known_birthplace {
                warnings.push(TaxCodeWarning::PossibleBranchWithLostZero { suggestion });
            }
        }
        warnings
    }

    /// The digits without the branch hyphen (`0314409058002`).
    pub fn digits_string(&self) -> String {
        self.meaningful_digits()
            .iter()
            .map(|&d| char::from(b'0' + d))
            .collect()
    }

    /// The code as one number, different for every code: its digits read as a decimal number
    /// (at most 13 digits, below 2⁴⁴) and its kind above them. Duplicate detection keys a list's
    /// codes by it (one word to hash and compare per row, instead of fourteen bytes).
    pub fn packed(&self) -> u64 {
        let number = self.digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
        let kind: u64 = match self.kind {
            TaxCodeKind::Organization => 0,
            TaxCodeKind::DependentUnit => 1,
            TaxCodeKind::PersonalId => 2,
        };
        kind << 60 | number
    }

    fn meaningful_digits(&self) -> &[u8] {
        let len = match self.kind {
            TaxCodeKind::Organization => 10,
            TaxCodeKind::PersonalId => 12,
            TaxCodeKind::DependentUnit => 13,
        };
        self.digits.get(..len).unwrap_or(&self.digits)
    }
}

impl fmt::Display for TaxCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, &digit) in self.meaningful_digits().iter().enumerate() {
            if index == 10 && self.kind == TaxCodeKind::DependentUnit {
                f.write_str("-")?;
            }
            write!(f, "{digit}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for TaxCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TaxCode({self}, {:?})", self.kind)
    }
}

impl std::str::FromStr for TaxCode {
    type Err = TaxCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TaxCode::parse(s)
    }
}

impl TryFrom<String> for TaxCode {
    type Error = TaxCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        TaxCode::parse(&value)
    }
}

impl From<TaxCode> for String {
    fn from(code: TaxCode) -> String {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circular_example_check_digit() {
        // TT 105/2020/TT-BTC, worked example (docs/rules.md §2.1): 010004751 → 6.
        assert_eq!(check_digit(&[0, 1, 0, 0, 0, 4, 7, 5, 1]), Some(6));
    }

    #[test]
    fn r_ten_gives_zero_and_r_zero_gives_none() {
        // 1·31 = 31, 31 mod 11 = 9 → 1; 0 → r = 0 → none.
        assert_eq!(check_digit(&[1, 0, 0, 0, 0, 0, 0, 0, 0]), Some(1));
        assert_eq!(check_digit(&[0; 9]), None);
        // 0·… + 5·… : find r = 10 by search and check it maps to 0.
        let nine = (0..1_000u32)
            .map(|n| {
                let mut d = [0u8; 9];
                d[6] = u8::try_from(n / 100).unwrap();
                d[7] = u8::try_from(n / 10 % 10).unwrap();
                d[8] = u8::try_from(n % 10).unwrap();
                d
            })
            .find(|d| {
                d.iter()
                    .zip(CHECK_WEIGHTS)
                    .map(|(&x, w)| u32::from(x) * w)
                    .sum::<u32>()
                    % 11
                    == 10
            })
            .unwrap();
        assert_eq!(check_digit(&nine), Some(0));
    }
}
