//! Minimal private stand-ins for modules other helpers are writing (`rules::number`,
//! `rules::text`, `rules::date`). Same behaviour on the inputs this module uses.
//! TODO(merge): replace each function with the real one named in its comment, then delete this file.

use chrono::{Datelike, NaiveDate};

/// TODO(merge): `rules::text::fold`. Lower-case, Vietnamese diacritics and `đ` removed, spaces
/// collapsed. Only the repertoire Vietnamese headers and names use.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2014}') {
            gap = !out.is_empty();
            continue;
        }
        if matches!(c, '\u{0300}'..='\u{036F}') {
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        out.push(base_letter(c));
    }
    out
}

fn base_letter(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đð", 'd'),
    ];
    GROUPS
        .iter()
        .find(|(group, _)| group.contains(c))
        .map_or(c, |&(_, base)| base)
}

/// TODO(merge): `rules::number::NumberStyle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Vietnamese,
    English,
}

impl Style {
    pub(crate) const fn for_lang(lang: crate::catalogue::Lang) -> Style {
        match lang {
            crate::catalogue::Lang::Vi => Style::Vietnamese,
            crate::catalogue::Lang::En => Style::English,
        }
    }

    const fn group(self) -> char {
        match self {
            Style::Vietnamese => '.',
            Style::English => ',',
        }
    }

    const fn decimal(self) -> char {
        match self {
            Style::Vietnamese => ',',
            Style::English => '.',
        }
    }

    const fn percent(self) -> &'static str {
        match self {
            Style::Vietnamese => "\u{a0}%",
            Style::English => "%",
        }
    }
}

/// TODO(merge): `rules::number::format_int`. `2129289` → `2.129.289` / `2,129,289`.
pub(crate) fn format_int(n: u128, style: Style) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(style.group());
        }
        out.push(c);
    }
    out
}

/// TODO(merge): `rules::number::format_scaled`. `units` / 10^`decimals`.
pub(crate) fn format_scaled(units: u128, decimals: u8, style: Style) -> String {
    let scale = 10u128.pow(u32::from(decimals.min(6)));
    let mut out = format_int(units / scale, style);
    if decimals > 0 {
        out.push(style.decimal());
        let width = usize::from(decimals.min(6));
        out.push_str(&format!("{:0width$}", units % scale));
    }
    out
}

/// Basis points as a percentage with as few decimals as needed: `80 %`, `76,93 %`.
/// TODO(merge): `rules::number::Percent::format`.
pub(crate) fn format_basis_points(bp: u32, style: Style) -> String {
    let (units, decimals) = if bp.is_multiple_of(100) {
        (bp / 100, 0)
    } else if bp.is_multiple_of(10) {
        (bp / 10, 1)
    } else {
        (bp, 2)
    };
    let mut s = format_scaled(u128::from(units), decimals, style);
    s.push_str(style.percent());
    s
}

/// A scaled percentage (hundredths of a percent when `decimals` = 2) with the style's sign.
/// TODO(merge): `rules::number::format_percent` works from a numerator and denominator.
pub(crate) fn format_percent_scaled(units: u128, decimals: u8, style: Style) -> String {
    let mut s = format_scaled(units, decimals, style);
    s.push_str(style.percent());
    s
}

/// TODO(merge): `rules::date::format_date` (dd/mm/yyyy).
pub(crate) fn format_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Why a cell is not a whole count. TODO(merge): `rules::number::NumberError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CountError {
    Empty,
    Negative,
    NotWhole,
    TooLarge,
}

/// TODO(merge): `rules::number::parse_count`. A whole count written `2.129.289`, `2,129,289`,
/// `2 129 289` or `2129289`; full-width digits count as digits. A separator must be followed by
/// exactly three digits, so `1,5` (a decimal) is refused rather than read as 15.
pub(crate) fn parse_count(text: &str) -> Result<u64, CountError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '\u{200B}' || *c == '\u{FEFF}'))
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => {
                char::from_u32(u32::from(c) - 0xFF10 + u32::from(b'0')).unwrap_or(c)
            }
            _ => c,
        })
        .collect();
    if cleaned.is_empty() {
        return Err(CountError::Empty);
    }
    if cleaned.starts_with(['-', '\u{2212}']) {
        return Err(CountError::Negative);
    }
    if cleaned.len() > 40 {
        return Err(CountError::TooLarge);
    }
    let mut separator: Option<char> = None;
    let mut groups: Vec<&str> = Vec::new();
    for part in cleaned.split(['.', ',']) {
        groups.push(part);
    }
    if groups.len() > 1 {
        for c in cleaned.chars().filter(|c| matches!(c, '.' | ',')) {
            match separator {
                None => separator = Some(c),
                Some(s) if s != c => return Err(CountError::NotWhole),
                Some(_) => {}
            }
        }
    }
    let mut value: u64 = 0;
    for (i, group) in groups.iter().enumerate() {
        let bad_length = if i == 0 {
            group.is_empty() || (groups.len() > 1 && group.len() > 3)
        } else {
            group.len() != 3
        };
        if bad_length || !group.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CountError::NotWhole);
        }
        for b in group.bytes() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(b - b'0')))
                .ok_or(CountError::TooLarge)?;
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("2.129.289"), Ok(2_129_289));
        assert_eq!(parse_count("2,129,289"), Ok(2_129_289));
        assert_eq!(parse_count(" 2 129 289 "), Ok(2_129_289));
        assert_eq!(parse_count("２１"), Ok(21));
        assert_eq!(parse_count("1,5"), Err(CountError::NotWhole));
        assert_eq!(parse_count("1.234,5"), Err(CountError::NotWhole));
        assert_eq!(parse_count("-3"), Err(CountError::Negative));
        assert_eq!(parse_count(""), Err(CountError::Empty));
        assert_eq!(
            parse_count("99999999999999999999"),
            Err(CountError::TooLarge)
        );
    }

    #[test]
    fn folds_headers() {
        assert_eq!(fold("  Đã  Đạt "), "da dat");
        assert_eq!(fold("Mã xã"), "ma xa");
    }

    #[test]
    fn formats() {
        assert_eq!(format_int(2_129_289, Style::Vietnamese), "2.129.289");
        assert_eq!(format_basis_points(7693, Style::Vietnamese), "76,93\u{a0}%");
        assert_eq!(format_basis_points(8000, Style::English), "80%");
    }
}
