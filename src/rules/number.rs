//! Numbers as Vietnamese officials write them, read and written exactly.
//!
//! Vietnamese groups thousands with a dot and marks decimals with a comma: the campaign documents
//! write `2.129.289` records and `76,93%` (docs/rules.md §4; TCVN 7873 and Vietnamese typographic
//! practice). English writes `2,129,289` and `76.93%`. Users paste figures from both worlds, so the
//! parsers below accept both where the reading is unambiguous and say so where it is not.
//! Arithmetic is integer-only (no floating point), so every figure is reproducible.

use std::fmt;

use crate::digits::ascii_digit_of;
use crate::text::is_space;

/// How numbers are written for a reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// `2.129.289`, `76,93 %` (no-break space U+00A0 before `%`).
    #[default]
    Vietnamese,
    /// `2,129,289`, `76.93%`.
    English,
}

/// Which style a reader's language uses is the catalogue's business (`Lang::number_style`):
/// the rules know no languages.
impl NumberStyle {
    /// Thousands separator: `.` or `,`.
    pub const fn group_separator(self) -> char {
        match self {
            NumberStyle::Vietnamese => '.',
            NumberStyle::English => ',',
        }
    }

    /// Decimal mark: `,` or `.`.
    pub const fn decimal_mark(self) -> char {
        match self {
            NumberStyle::Vietnamese => ',',
            NumberStyle::English => '.',
        }
    }

    /// What goes between a number and `%`: a no-break space in Vietnamese (as the source documents'
    /// typesetting and the product's style require), nothing in English.
    pub const fn percent_suffix(self) -> &'static str {
        match self {
            NumberStyle::Vietnamese => "\u{00A0}%",
            NumberStyle::English => "%",
        }
    }
}

/// Longest accepted number input, in characters. `18.446.744.073.709.551.615` has 26.
pub const MAX_NUMBER_CHARS: usize = 64;

/// Most decimals the formatters print.
pub const MAX_DECIMALS: u8 = 6;

/// Why a count (a whole number of people, organizations, records) was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// More than `max` characters.
    TooLong { max: usize },
    /// Not a digit, separator or sign: `ch` is the first such character.
    UnexpectedCharacter { ch: char },
    /// A minus sign before the digits.
    Negative,
    /// More than 18.446.744.073.709.551.615 (no count is that large: a typo).
    TooLarge,
    /// A decimal part that is not zero: `1,5`, `1.309,25`.
    NotWholeNumber,
    /// A thousands separator not followed by exactly three digits, two separators in a row, or a
    /// separator at either end: `1.30.9`, `12.34`, `1..000`, `.5`. `ch` is the separator.
    MisplacedSeparator { ch: char },
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::Empty => f.write_str("number is empty"),
            NumberError::TooLong { max } => write!(f, "number input longer than {max} characters"),
            NumberError::UnexpectedCharacter { ch } => write!(f, "unexpected character {ch:?}"),
            NumberError::Negative => f.write_str("negative number"),
            NumberError::TooLarge => f.write_str("number too large"),
            NumberError::NotWholeNumber => f.write_str("not a whole number"),
            NumberError::MisplacedSeparator { ch } => write!(f, "misplaced separator {ch:?}"),
        }
    }
}

impl std::error::Error for NumberError {}

/// A count that was read correctly but in a way the user should see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberWarning {
    /// Commas were read as English thousands separators: `2,129,289` → 2.129.289. In Vietnamese a
    /// comma is a decimal mark, but a count has no decimals and every comma was followed by exactly
    /// three digits, so the English reading is the only sensible one. `value` is what was read.
    CommaReadAsThousands { value: u64 },
}

/// A parsed count with its warning, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParsedCount {
    /// The number read.
    pub value: u64,
    /// Set when the reading deserves a second look.
    pub warning: Option<NumberWarning>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Dot,
    Comma,
    Space,
}

/// Digit groups and the separators between them (`groups.len() == seps.len() + 1`).
struct Tokens<'a> {
    groups: Vec<&'a str>,
    seps: Vec<(Sep, char)>,
}

/// Splits trimmed, ASCII-digit input into digit groups. A run of spaces is one separator; a space
/// next to a dot or comma, two dots, or a separator at either end is misplaced.
fn tokenize(s: &str) -> Result<Tokens<'_>, NumberError> {
    let mut groups = Vec::new();
    let mut seps: Vec<(Sep, char)> = Vec::new();
    let mut group_start: Option<usize> = None;
    let mut last_sep: Option<(Sep, char)> = None;
    for (i, c) in s.char_indices() {
        let sep = match c {
            '0'..='9' => {
                if group_start.is_none() {
                    group_start = Some(i);
                    if let Some(sep) = last_sep.take() {
                        seps.push(sep);
                    }
                }
                continue;
            }
            '.' => Sep::Dot,
            ',' => Sep::Comma,
            c if is_space(c) => Sep::Space,
            c => return Err(NumberError::UnexpectedCharacter { ch: c }),
        };
        match (group_start.take(), last_sep) {
            (Some(start), _) => {
                groups.push(s.get(start..i).unwrap_or(""));
                last_sep = Some((sep, c));
            }
            // A run of spaces is one separator.
            (None, Some((Sep::Space, _))) if sep == Sep::Space => {}
            (None, Some((Sep::Space, _))) => return Err(NumberError::MisplacedSeparator { ch: c }),
            (None, Some((_, prev))) => return Err(NumberError::MisplacedSeparator { ch: prev }),
            (None, None) => return Err(NumberError::MisplacedSeparator { ch: c }),
        }
    }
    match (group_start, last_sep) {
        (Some(start), _) => groups.push(s.get(start..).unwrap_or("")),
        (None, Some((_, ch))) => return Err(NumberError::MisplacedSeparator { ch }),
        (None, None) => return Err(NumberError::Empty),
    }
    Ok(Tokens { groups, seps })
}

/// Thousands grouping: first group 1–3 digits not starting with 0 (unless it is the only group),
/// every later group exactly 3 digits, all separators of one kind. Returns the first bad separator.
fn check_grouping(groups: &[&str], seps: &[(Sep, char)]) -> Result<(), char> {
    let Some(&(kind, first_ch)) = seps.first() else {
        return Ok(());
    };
    let first = groups.first().copied().unwrap_or("");
    if first.is_empty() || first.len() > 3 || first.starts_with('0') {
        return Err(first_ch);
    }
    for (&(sep, ch), group) in seps.iter().zip(groups.iter().skip(1)) {
        if sep != kind || group.len() != 3 {
            return Err(ch);
        }
    }
    Ok(())
}

/// Reads a count: a whole, non-negative number of people, organizations or records.
///
/// Accepted: `2129289`, `2.129.289` (Vietnamese), `2 129 289` (spaces or no-break spaces),
/// `2,129,289` (English; see [`NumberWarning::CommaReadAsThousands`]), full-width digits, and a
/// decimal part of zeros (`1.309,00`, `1,309.00`) as exported by spreadsheets.
///
/// How separators are read, and why:
/// - a dot is a thousands separator (Vietnamese): `1.309` is one thousand three hundred and nine,
///   as in the Huế figures (docs/rules.md §4). A dot not followed by exactly three digits is a mistake,
///   not an English decimal point: `12.34` → [`NumberError::MisplacedSeparator`];
/// - commas that each precede exactly three digits are English thousands separators: a count has
///   no decimals, so `2,129,289` can only mean 2.129.289; the value is shown back and a warning is
///   given so the user can check;
/// - otherwise a single comma is the Vietnamese decimal mark:
///   `1,5` → [`NumberError::NotWholeNumber`];
/// - when both appear, the last one is the decimal mark and must appear once (`1.234,00` or
///   `1,234.00`); spaces group thousands and then a single dot or comma is the decimal mark.
///
/// # Errors
/// - `""` → [`NumberError::Empty`]; 65 characters → [`NumberError::TooLong`];
/// - `"12a"` → [`NumberError::UnexpectedCharacter`] `{ ch: 'a' }`;
/// - `"-5"` → [`NumberError::Negative`];
/// - `"18446744073709551616"` → [`NumberError::TooLarge`];
/// - `"1,5"`, `"1.309,25"` → [`NumberError::NotWholeNumber`];
/// - `"1.30.9"`, `"12.34"`, `"1..000"`, `"1.000,000,0"` → [`NumberError::MisplacedSeparator`].
pub fn parse_count(input: &str) -> Result<u64, NumberError> {
    parse_count_detailed(input).map(|parsed| parsed.value)
}

/// [`parse_count`], also returning the warning when commas were read as thousands separators.
///
/// # Errors
/// As [`parse_count`].
pub fn parse_count_detailed(input: &str) -> Result<ParsedCount, NumberError> {
    if input.chars().nth(MAX_NUMBER_CHARS).is_some() {
        return Err(NumberError::TooLong {
            max: MAX_NUMBER_CHARS,
        });
    }
    let ascii: String = input.chars().map(ascii_digit_of).collect();
    let trimmed = ascii.trim_matches(is_space);
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    if let Some(rest) = strip_minus(trimmed) {
        return if rest
            .trim_start_matches(is_space)
            .starts_with(|c: char| c.is_ascii_digit())
        {
            Err(NumberError::Negative)
        } else {
            Err(NumberError::UnexpectedCharacter {
                ch: trimmed.chars().next().unwrap_or('-'),
            })
        };
    }
    let Tokens { groups, seps } = tokenize(trimmed)?;
    let count = |kind: Sep| seps.iter().filter(|(s, _)| *s == kind).count();
    let (dots, commas, spaces) = (count(Sep::Dot), count(Sep::Comma), count(Sep::Space));
    let last = seps.last().copied();

    // Decide which separator, if any, is the decimal mark.
    let decimal_mark = match last {
        Some((kind @ (Sep::Dot | Sep::Comma), ch)) if dots > 0 && commas > 0 => {
            if (kind == Sep::Dot && dots == 1) || (kind == Sep::Comma && commas == 1) {
                true
            } else {
                return Err(NumberError::MisplacedSeparator { ch });
            }
        }
        Some((Sep::Comma, _)) if commas == 1 && spaces > 0 => true,
        // `1 000.5` is a decimal; `1 000.000` mixes two grouping styles and is rejected below.
        Some((Sep::Dot, _)) if dots == 1 && spaces > 0 => {
            groups.last().is_some_and(|g| g.len() != 3)
        }
        Some((Sep::Comma, _)) if commas == 1 => check_grouping(&groups, &seps).is_err(),
        _ => false,
    };
    let (int_groups, int_seps, fraction) = if decimal_mark {
        let n = groups.len().saturating_sub(1);
        (
            groups.get(..n).unwrap_or(&[]),
            seps.get(..n.saturating_sub(1)).unwrap_or(&[]),
            groups.last().copied(),
        )
    } else {
        (&groups[..], &seps[..], None)
    };
    check_grouping(int_groups, int_seps).map_err(|ch| NumberError::MisplacedSeparator { ch })?;
    if fraction.is_some_and(|f| f.bytes().any(|b| b != b'0')) {
        return Err(NumberError::NotWholeNumber);
    }
    let mut value: u64 = 0;
    for digit in int_groups.iter().flat_map(|g| g.bytes()) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(digit - b'0')))
            .ok_or(NumberError::TooLarge)?;
    }
    let english_grouping = !decimal_mark && commas > 0;
    let warning = english_grouping.then_some(NumberWarning::CommaReadAsThousands { value });
    Ok(ParsedCount { value, warning })
}

/// The rest of `s` after a leading minus sign (`-`, `−` U+2212, `–` U+2013), if any.
fn strip_minus(s: &str) -> Option<&str> {
    s.strip_prefix(['-', '\u{2212}', '\u{2013}'])
}

/// A percentage held exactly, in hundredths of a percent (76,93 % = 7693). Campaign targets and
/// achieved rates in the source documents have at most two decimals (docs/rules.md §4).
/// Serialized as the bare number of hundredths (`7693`), for share links and drafts.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Percent {
    hundredths: u32,
}

/// How to round a share of a whole count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rounding {
    /// Toward zero (the target is not exceeded).
    Down,
    /// Away from zero (the target is at least the share).
    Up,
    /// To the nearest, a half rounded up.
    HalfUp,
}

impl Percent {
    /// 0 %.
    pub const ZERO: Percent = Percent { hundredths: 0 };
    /// 100 %: the bound [`parse_percent`] applies (a target or a coverage cannot exceed it).
    pub const HUNDRED: Percent = Percent { hundredths: 10_000 };
    /// The largest percentage [`parse_percent_at_most`] can represent: 1.000.000 %.
    pub const MAX: Percent = Percent {
        hundredths: 100_000_000,
    };

    /// From hundredths of a percent: `from_hundredths(7693)` is 76,93 %.
    pub const fn from_hundredths(hundredths: u32) -> Percent {
        Percent { hundredths }
    }

    /// A whole percentage: `whole(80)` is 80 %. Saturates at [`Percent::MAX`].
    pub const fn whole(percent: u32) -> Percent {
        let h = percent.saturating_mul(100);
        Percent {
            hundredths: if h > Percent::MAX.hundredths {
                Percent::MAX.hundredths
            } else {
                h
            },
        }
    }

    /// Hundredths of a percent.
    pub const fn hundredths(self) -> u32 {
        self.hundredths
    }

    /// This share of `total`, rounded as asked: 80 % of 8.630 = 6.904 (Huế target, docs/rules.md §4);
    /// 81 % of 530 = 429,3 → 429 (`HalfUp`), 430 (`Up`). Saturates at `u64::MAX`.
    pub fn of(self, total: u64, rounding: Rounding) -> u64 {
        let num = u128::from(total) * u128::from(self.hundredths);
        let den = 10_000u128;
        let q = match rounding {
            Rounding::Down => num / den,
            Rounding::Up => num.div_ceil(den),
            Rounding::HalfUp => div_half_up(num, den).unwrap_or(u128::MAX),
        };
        u64::try_from(q).unwrap_or(u64::MAX)
    }

    /// Written in `style` with as few decimals as the value needs: `80 %`, `76,9 %`, `76,93 %`;
    /// English `80%`, `76.93%`.
    pub fn format(self, style: NumberStyle) -> String {
        let decimals = if self.hundredths.is_multiple_of(100) {
            0
        } else if self.hundredths.is_multiple_of(10) {
            1
        } else {
            2
        };
        let units = u128::from(self.hundredths) / 10u128.pow(u32::from(2 - decimals));
        let mut s = format_scaled(units, decimals, style);
        s.push_str(style.percent_suffix());
        s
    }
}

/// Canonical form: Vietnamese, as few decimals as needed (`76,93 %`); parses back to the same
/// value.
impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(NumberStyle::Vietnamese))
    }
}

/// Why a percentage was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PercentError {
    /// Nothing but spaces (or only `%`).
    Empty,
    /// More than `max` characters.
    TooLong { max: usize },
    /// Not a digit, decimal mark or `%`: `ch` is the first such character.
    UnexpectedCharacter { ch: char },
    /// A minus sign before the digits.
    Negative,
    /// A second decimal mark, or one at either end: `76,9,3`, `,5`, `80,`.
    MisplacedSeparator { ch: char },
    /// More than `max` non-zero decimals: `76,934`.
    TooManyDecimals { max: u8 },
    /// More than `max`: a target above 100 %.
    AboveMaximum { max: Percent },
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PercentError::Empty => f.write_str("percentage is empty"),
            PercentError::TooLong { max } => write!(f, "percentage longer than {max} characters"),
            PercentError::UnexpectedCharacter { ch } => write!(f, "unexpected character {ch:?}"),
            PercentError::Negative => f.write_str("negative percentage"),
            PercentError::MisplacedSeparator { ch } => write!(f, "misplaced decimal mark {ch:?}"),
            PercentError::TooManyDecimals { max } => write!(f, "more than {max} decimals"),
            PercentError::AboveMaximum { max } => write!(f, "percentage above {max}"),
        }
    }
}

impl std::error::Error for PercentError {}

/// Reads a percentage between 0 % and 100 %: `80`, `80%`, `80 %`, `76,93%`, `76.93`, `0,5`.
///
/// In a percentage both `,` and `.` are read as the decimal mark: no percentage has a thousands
/// group, so `76.93` (pasted from English) can only be 76,93 %. Up to two decimals (the precision
/// of the source documents); further zeros are ignored (`76,930`).
///
/// # Errors
/// - `""`, `"%"` → [`PercentError::Empty`];
/// - `"80 phần trăm"` → [`PercentError::UnexpectedCharacter`] `{ ch: 'p' }`;
/// - `"-5"` → [`PercentError::Negative`];
/// - `"76,9,3"`, `"80,"` → [`PercentError::MisplacedSeparator`];
/// - `"76,934"` → [`PercentError::TooManyDecimals`] `{ max: 2 }`;
/// - `"120"` → [`PercentError::AboveMaximum`] `{ max: 100 % }`.
pub fn parse_percent(input: &str) -> Result<Percent, PercentError> {
    parse_percent_at_most(input, Percent::HUNDRED)
}

/// [`parse_percent`] with another upper bound, e.g. [`Percent::MAX`] for an achievement that may
/// pass its target.
///
/// # Errors
/// As [`parse_percent`], with [`PercentError::AboveMaximum`] `{ max }` above `max`.
pub fn parse_percent_at_most(input: &str, max: Percent) -> Result<Percent, PercentError> {
    const MAX_PERCENT_CHARS: usize = 32;
    if input.chars().nth(MAX_PERCENT_CHARS).is_some() {
        return Err(PercentError::TooLong {
            max: MAX_PERCENT_CHARS,
        });
    }
    let ascii: String = input.chars().map(ascii_digit_of).collect();
    let trimmed = ascii.trim_matches(is_space);
    let body = trimmed
        .strip_suffix(['%', '\u{FF05}'])
        .unwrap_or(trimmed)
        .trim_end_matches(is_space);
    if body.is_empty() {
        return Err(PercentError::Empty);
    }
    if let Some(rest) = strip_minus(body) {
        return if rest
            .trim_start_matches(is_space)
            .starts_with(|c: char| c.is_ascii_digit())
        {
            Err(PercentError::Negative)
        } else {
            Err(PercentError::UnexpectedCharacter {
                ch: body.chars().next().unwrap_or('-'),
            })
        };
    }
    // Name the first character that cannot belong to a number ("80 phần trăm" → 'p', not ' ').
    if let Some(ch) = body
        .chars()
        .find(|&c| !(c.is_ascii_digit() || c == ',' || c == '.' || is_space(c)))
    {
        return Err(PercentError::UnexpectedCharacter { ch });
    }
    let mut whole = String::new();
    let mut fraction = String::new();
    let mut mark: Option<char> = None;
    for c in body.chars() {
        match c {
            '0'..='9' if mark.is_some() => fraction.push(c),
            '0'..='9' => whole.push(c),
            ',' | '.' if mark.is_none() && !whole.is_empty() => mark = Some(c),
            ',' | '.' => return Err(PercentError::MisplacedSeparator { ch: c }),
            c => return Err(PercentError::UnexpectedCharacter { ch: c }),
        }
    }
    if let Some(ch) = mark.filter(|_| fraction.is_empty()) {
        return Err(PercentError::MisplacedSeparator { ch });
    }
    let significant = fraction.trim_end_matches('0');
    if significant.len() > 2 {
        return Err(PercentError::TooManyDecimals { max: 2 });
    }
    let above = PercentError::AboveMaximum { max };
    let whole = whole.trim_start_matches('0');
    if whole.len() > 9 {
        return Err(above);
    }
    let whole: u64 = whole.parse().unwrap_or(0);
    let mut hundredths = whole * 100;
    for (digit, weight) in significant.bytes().zip([10, 1]) {
        hundredths += u64::from(digit - b'0') * weight;
    }
    match u32::try_from(hundredths) {
        Ok(h) if h <= max.hundredths => Ok(Percent { hundredths: h }),
        _ => Err(above),
    }
}

/// Writes digits with thousands separators: `2129289` → `2.129.289`.
fn push_grouped(out: &mut String, n: u128, separator: char) {
    let digits = n.to_string();
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
}

/// A whole number with thousands separators: Vietnamese `2.129.289`, English `2,129,289`.
/// Numbers below 1.000 have no separator; 1.309 has one (as the Huế figures are written).
pub fn format_int(n: u64, style: NumberStyle) -> String {
    let mut out = String::new();
    push_grouped(&mut out, u128::from(n), style.group_separator());
    out
}

/// A fixed-point number: `units` / 10^`decimals`, e.g. `format_scaled(7693, 2, Vietnamese)` =
/// `76,93`, `format_scaled(12345, 1, English)` = `1,234.5`. Decimals above [`MAX_DECIMALS`] are
/// treated as [`MAX_DECIMALS`].
pub fn format_scaled(units: u128, decimals: u8, style: NumberStyle) -> String {
    let decimals = decimals.min(MAX_DECIMALS);
    let scale = 10u128.pow(u32::from(decimals));
    let mut out = String::new();
    push_grouped(&mut out, units / scale, style.group_separator());
    if decimals > 0 {
        out.push(style.decimal_mark());
        let fraction = units % scale;
        out.push_str(&format!(
            "{fraction:0width$}",
            width = usize::from(decimals)
        ));
    }
    out
}

/// `numerator` / `denominator` × 10^`decimals`, rounded half up, exactly (integer arithmetic).
/// `None` when the denominator is 0. Decimals above [`MAX_DECIMALS`] count as [`MAX_DECIMALS`].
pub fn ratio_scaled(numerator: u64, denominator: u64, decimals: u8) -> Option<u128> {
    scaled_half_up(
        numerator,
        denominator,
        u32::from(decimals.min(MAX_DECIMALS)),
    )
}

/// `numerator` / `denominator` rounded half up (0,5 → 1), exactly: the one rounding of figures
/// to the nearest in the rules, because officials round by hand that way. `None` when the
/// denominator is 0 or the figures are too large for exact arithmetic.
pub fn div_half_up(numerator: u128, denominator: u128) -> Option<u128> {
    if denominator == 0 {
        return None;
    }
    // floor(n / d + 1/2) = floor((n + floor(d / 2)) / d): for an odd d, n + (d − 1) / 2 and
    // n + d / 2 have the same floor over d.
    Some(numerator.checked_add(denominator / 2)? / denominator)
}

/// `numerator` / `denominator` × 10^`exponent` rounded half up; `exponent` ≤ 8 keeps every
/// intermediate below 2^128 (u64::MAX · 10^8 < 2·10^27).
fn scaled_half_up(numerator: u64, denominator: u64, exponent: u32) -> Option<u128> {
    div_half_up(
        u128::from(numerator) * 10u128.pow(exponent.min(8)),
        u128::from(denominator),
    )
}

/// A share as a percentage, rounded half up to `decimals` places, with the style's sign:
/// 1.309 / 8.630 → `15,17 %`; 12.420 / 19.671 → `63,1 %` (1 decimal) or `63,14 %` (2); English
/// `15.17%`. Decimals are always printed (`80,00 %` with 2), so a column lines up. `None` when the
/// denominator is 0 (no base: show a dash, not a percentage).
///
/// Half up rather than half to even because officials round by hand that way; both agree on every
/// figure in the source documents.
pub fn format_percent(
    numerator: u64,
    denominator: u64,
    decimals: u8,
    style: NumberStyle,
) -> Option<String> {
    let decimals = decimals.min(MAX_DECIMALS);
    let units = scaled_half_up(numerator, denominator, u32::from(decimals) + 2)?;
    let mut s = format_scaled(units, decimals, style);
    s.push_str(style.percent_suffix());
    Some(s)
}

/// A quotient such as a rate ("123,5 hồ sơ mỗi ngày"), rounded half up to `decimals` places, with
/// thousands grouping: 5.595 / 21 with 1 decimal → `266,4`. `None` when the denominator is 0.
pub fn format_decimal(
    numerator: u64,
    denominator: u64,
    decimals: u8,
    style: NumberStyle,
) -> Option<String> {
    let units = ratio_scaled(numerator, denominator, decimals)?;
    Some(format_scaled(units, decimals, style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_up_and_everything_else_to_the_nearest() {
        for (n, d, expected) in [
            (0, 1, Some(0)),
            (1, 2, Some(1)),
            (3, 2, Some(2)),
            (1, 3, Some(0)),
            (2, 3, Some(1)),
            (5, 10, Some(1)),
            (4, 10, Some(0)),
            (14_999, 10_000, Some(1)),
            (15_000, 10_000, Some(2)),
            (u128::MAX, 1, Some(u128::MAX)),
            (u128::MAX, 2, None),
            (7, 0, None),
        ] {
            assert_eq!(div_half_up(n, d), expected, "{n} / {d}");
        }
    }

    // proptest is a native dev-dependency: the Wasm build of the tests skips this block.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The same as the textbook floor((2n + d) / 2d) wherever that one does not overflow.
        #[test]
        fn half_up_is_floor_of_the_quotient_plus_a_half(n in 0u128..1 << 100, d in 1u128..1 << 100) {
            proptest::prop_assert_eq!(div_half_up(n, d), Some((2 * n + d) / (2 * d)));
        }
    }

    #[test]
    fn huế_progress() {
        assert_eq!(
            format_percent(1309, 8630, 2, NumberStyle::Vietnamese).as_deref(),
            Some("15,17\u{a0}%")
        );
    }
}
