//! Digits as people type them into codes and identifiers: ASCII or full-width (East Asian input
//! methods, and Vietnamese keyboards in full-width mode, type U+FF10–U+FF19), with the spaces,
//! dots and dashes that copying from a document or a spreadsheet leaves between them.
//!
//! One reader for every identifier ([`read_digits`]): the tax code, the personal ID and the phone
//! number differ only in which other characters they let through.

use crate::text::is_dash;

/// The value of an ASCII or full-width digit.
pub fn digit_value(ch: char) -> Option<u8> {
    let code = u32::from(ch);
    let value = match ch {
        '0'..='9' => code - u32::from('0'),
        '\u{FF10}'..='\u{FF19}' => code - 0xFF10,
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// Whether `ch` is a full-width digit (U+FF10–U+FF19).
pub fn is_fullwidth_digit(ch: char) -> bool {
    matches!(ch, '\u{FF10}'..='\u{FF19}')
}

/// `ch` with a full-width digit replaced by its ASCII digit; anything else unchanged.
pub fn ascii_digit_of(ch: char) -> char {
    if is_fullwidth_digit(ch) {
        char::from_u32(u32::from(ch) - 0xFF10 + u32::from(b'0')).unwrap_or(ch)
    } else {
        ch
    }
}

/// A separator people put between the digits of an identifier: white space, dots (also
/// full-width) and dashes ([`is_dash`]).
pub fn is_separator(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '.' | '\u{FF0E}') || is_dash(ch)
}

/// The digits of an identifier as typed: the first `N` values, and how many digits there were
/// in all (an input that is too long is measured, not cut).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Digits<const N: usize> {
    pub values: [u8; N],
    pub count: usize,
}

/// Reads every digit of `characters` ([`digit_value`]). Each other character goes to `other` with
/// its 1-based position and the number of digits before it: `Ok(())` skips it (a separator, a
/// leading `+`), `Err` stops the reading with that error.
///
/// # Errors
/// The first error `other` returns.
pub fn read_digits<const N: usize, E>(
    characters: impl Iterator<Item = char>,
    mut other: impl FnMut(char, usize, usize) -> Result<(), E>,
) -> Result<Digits<N>, E> {
    let mut digits = Digits {
        values: [0; N],
        count: 0,
    };
    for (index, ch) in characters.enumerate() {
        match digit_value(ch) {
            Some(value) => {
                if let Some(slot) = digits.values.get_mut(digits.count) {
                    *slot = value;
                }
                digits.count = digits.count.saturating_add(1);
            }
            None => other(ch, index.saturating_add(1), digits.count)?,
        }
    }
    Ok(digits)
}

/// What [`read_digits`] reads from a text of ASCII digits only (most codes and numbers in a
/// list), read as bytes: `None` when the text holds anything else (then read it with
/// [`read_digits`]). A list reads two or three identifiers per row, and the general reader
/// decodes and classifies each character.
pub fn ascii_digits<const N: usize>(text: &str) -> Option<Digits<N>> {
    let bytes = text.as_bytes();
    if !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut digits = Digits {
        values: [0; N],
        count: bytes.len(),
    };
    for (slot, &b) in digits.values.iter_mut().zip(bytes) {
        *slot = b - b'0';
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The byte reading agrees with the general reader whenever it answers, and answers
        /// for every text of ASCII digits.
        #[test]
        fn ascii_digits_read_as_the_reader_does(text in "[0-9]{0,20}|[0-9１ .a-]{0,16}") {
            let general = read_digits::<13, ()>(text.chars(), |_, _, _| Err(()));
            match ascii_digits::<13>(&text) {
                Some(fast) => proptest::prop_assert_eq!(Ok(fast), general),
                None => proptest::prop_assert!(!text.bytes().all(|b| b.is_ascii_digit())),
            }
        }
    }

    #[test]
    fn ascii_and_full_width_digits_have_the_same_values() {
        for (ascii, wide) in ('0'..='9').zip('\u{FF10}'..='\u{FF19}') {
            assert_eq!(digit_value(ascii), digit_value(wide));
            assert_eq!(ascii_digit_of(wide), ascii);
            assert_eq!(ascii_digit_of(ascii), ascii);
        }
        for ch in ['a', '٣', '\u{FF0F}', '\u{FF1A}', '/', ':'] {
            assert_eq!(digit_value(ch), None, "{ch:?}");
            assert_eq!(ascii_digit_of(ch), ch);
        }
    }

    #[test]
    fn the_reader_keeps_n_values_and_counts_them_all() {
        let read = read_digits::<3, ()>("１2-3 4.5".chars(), |ch, _, _| {
            is_separator(ch).then_some(()).ok_or(())
        });
        assert_eq!(
            read,
            Ok(Digits {
                values: [1, 2, 3],
                count: 5
            })
        );
        let refused = read_digits::<3, (char, usize, usize)>("12x3".chars(), |ch, at, before| {
            Err((ch, at, before))
        });
        assert_eq!(refused, Err(('x', 3, 2)));
    }
}
