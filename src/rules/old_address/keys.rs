//! Keys for matching unit names, and the kind words people write before them.
//!
//! A name is compared three ways: its accented key (tones kept, their placement normalised, so
//! "Hoà" = "Hòa" and "Thuỷ" = "Thủy" but "Thanh Nhật" ≠ "Thành Nhất"), its folded key (no tones:
//! "vinh hoa hiep"), and, for the alias data, its compact key ("vinhhoahiep"). Numbers lose their
//! leading zeros ("Phường 04" = "Phường 4").

use crate::text::is_space;
use crate::units;

/// Drops leading zeros of every all-digit word of a key ("phuong 04" → "phuong 4").
fn dezero(key: String) -> String {
    if !key.contains('0') {
        return key;
    }
    if !key
        .split(' ')
        .any(|w| w.len() > 1 && w.starts_with('0') && is_digits(w))
    {
        return key;
    }
    let mut out = String::with_capacity(key.len());
    for (i, word) in key.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if is_digits(word) {
            let trimmed = word.trim_start_matches('0');
            out.push_str(if trimmed.is_empty() { "0" } else { trimmed });
        } else {
            out.push_str(word);
        }
    }
    out
}

fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// The folded key: no case, tones, modifiers or punctuation, numbers without leading zeros.
pub(crate) fn fold_key(text: &str) -> String {
    dezero(units::search_key(text))
}

/// [`fold_key`] appended to `out` (the data's keys share one buffer: no allocation per name).
pub(crate) fn push_fold_key(out: &mut Vec<u8>, text: &str) {
    let start = out.len();
    crate::text::fold_words_into(out, text);
    let appended = out.get(start..).unwrap_or(&[]);
    if appended.contains(&b'0') {
        // Rare ("Phường 04"): the general path on this key alone.
        let key = String::from_utf8_lossy(appended).into_owned();
        out.truncate(start);
        out.extend_from_slice(dezero(key).as_bytes());
    }
}

/// The accented key: tones and modifiers kept, tone placement normalised (`units`' accent key),
/// numbers without leading zeros.
pub(crate) fn accent_key(text: &str) -> String {
    dezero(units::accent_key(text))
}

/// The folded key without spaces, as the alias data writes names ("vinhhoahiep").
pub(crate) fn compact_key(text: &str) -> String {
    fold_key(text).replace(' ', "")
}

/// Which kind words an alias may start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KindFamily {
    Province,
    District,
    Commune,
}

/// The compact key of an alias without its leading kind word: "phuong10", "p10", "f10",
/// "ward10" → "10"; "xabacson" → "bacson"; "quan9", "q9" → "9"; "thixahuongtra" →
/// "huongtra"; "thanhphohue" → "hue". Abbreviations are only dropped before a number.
pub(crate) fn alias_key(alias: &str, family: KindFamily) -> String {
    alias_key_of_compact(compact_key(alias), family)
}

/// [`alias_key`] from a folded key already computed ("phuong 10" → "10").
pub(crate) fn alias_key_of_folded(folded: &str, family: KindFamily) -> String {
    alias_key_of_compact(folded.replace(' ', ""), family)
}

fn alias_key_of_compact(key: String, family: KindFamily) -> String {
    let (words, before_number): (&[&str], &[&str]) = match family {
        KindFamily::Province => (&["thanhpho", "tinh", "tp"], &[]),
        KindFamily::District => (
            &["thanhpho", "thixa", "huyen", "quan", "tp", "tx"],
            &["district", "q"],
        ),
        KindFamily::Commune => (&["thitran", "phuong", "xa"], &["ward", "p", "f"]),
    };
    for word in words {
        if let Some(rest) = key.strip_prefix(word).filter(|r| !r.is_empty()) {
            return dezero_compact(rest);
        }
    }
    for word in before_number {
        if let Some(rest) = key.strip_prefix(word).filter(|r| is_digits(r)) {
            return dezero_compact(rest);
        }
    }
    key
}

fn dezero_compact(rest: &str) -> String {
    if is_digits(rest) {
        let trimmed = rest.trim_start_matches('0');
        if trimmed.is_empty() { "0" } else { trimmed }.to_owned()
    } else {
        rest.to_owned()
    }
}

/// A kind word written before a unit's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KindWord {
    /// "Tỉnh", "T.".
    Province,
    /// "Thành phố", "TP": a centrally-run city or a provincial city (a district).
    City,
    /// "Quận", "Q.".
    UrbanDistrict,
    /// "Huyện", "H.".
    RuralDistrict,
    /// "Thị xã", "TX".
    Town,
    /// "Phường", "P.", "F" (before a number).
    Ward,
    /// "Xã", "X.".
    Commune,
    /// "Thị trấn", "TT".
    Township,
    /// "Đặc khu".
    SpecialZone,
}

impl KindWord {
    /// Whether the word names a district-level unit ("Thành phố" may).
    pub const fn may_be_district(self) -> bool {
        matches!(
            self,
            KindWord::City | KindWord::UrbanDistrict | KindWord::RuralDistrict | KindWord::Town
        )
    }

    /// Whether the word names a commune-level unit.
    pub const fn is_commune(self) -> bool {
        matches!(
            self,
            KindWord::Ward | KindWord::Commune | KindWord::Township | KindWord::SpecialZone
        )
    }

    /// Whether the word names a province-level unit ("Thành phố" may).
    pub const fn may_be_province(self) -> bool {
        matches!(self, KindWord::Province | KindWord::City)
    }
}

/// How a kind word may be written: its words folded, its spelling with tones (a word written
/// with tones must have these), and whether it is a bare abbreviation (then it must be followed by a
/// dot, a space or a number, and "F" only by a number).
struct Spelling {
    words: &'static [&'static str],
    accented: Option<&'static str>,
    kind: KindWord,
    number_only: bool,
}

const fn full(words: &'static [&'static str], accented: &'static str, kind: KindWord) -> Spelling {
    Spelling {
        words,
        accented: Some(accented),
        kind,
        number_only: false,
    }
}

const fn abbr(words: &'static [&'static str], kind: KindWord) -> Spelling {
    Spelling {
        words,
        accented: None,
        kind,
        number_only: false,
    }
}

/// Longest first, so "thi xa" wins over "thi".
const SPELLINGS: [Spelling; 24] = [
    full(&["thanh", "pho"], "thành phố", KindWord::City),
    full(&["thi", "tran"], "thị trấn", KindWord::Township),
    full(&["thi", "xa"], "thị xã", KindWord::Town),
    full(&["dac", "khu"], "đặc khu", KindWord::SpecialZone),
    abbr(&["t", "p"], KindWord::City),
    abbr(&["t", "t"], KindWord::Township),
    abbr(&["t", "x"], KindWord::Town),
    full(&["tinh"], "tỉnh", KindWord::Province),
    full(&["quan"], "quận", KindWord::UrbanDistrict),
    full(&["huyen"], "huyện", KindWord::RuralDistrict),
    full(&["phuong"], "phường", KindWord::Ward),
    full(&["xa"], "xã", KindWord::Commune),
    abbr(&["tp"], KindWord::City),
    abbr(&["tt"], KindWord::Township),
    abbr(&["tx"], KindWord::Town),
    abbr(&["q"], KindWord::UrbanDistrict),
    abbr(&["h"], KindWord::RuralDistrict),
    abbr(&["p"], KindWord::Ward),
    abbr(&["x"], KindWord::Commune),
    abbr(&["t"], KindWord::Province),
    Spelling {
        words: &["f"],
        accented: None,
        kind: KindWord::Ward,
        number_only: true,
    },
    abbr(&["ph"], KindWord::Ward),
    abbr(&["tph"], KindWord::City),
    abbr(&["dk"], KindWord::SpecialZone),
];

/// One token of a text: a run of letters or a run of digits, with its byte range.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    digits: bool,
}

/// The first `n` tokens: runs of letters or of digits ("P4" is "P", "4"; "TP.HCM" is "TP",
/// "HCM").
fn tokens(text: &str, n: usize) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(n);
    let mut current: Option<Token> = None;
    for (i, c) in text.char_indices() {
        let digit = c.is_ascii_digit();
        let word = c.is_alphanumeric() || crate::text::is_combining_mark(c);
        match current.as_mut() {
            Some(t) if word && t.digits == digit => t.end = i + c.len_utf8(),
            _ => {
                if let Some(t) = current.take() {
                    out.push(t);
                    if out.len() == n {
                        return out;
                    }
                }
                if word {
                    current = Some(Token {
                        start: i,
                        end: i + c.len_utf8(),
                        digits: digit,
                    });
                }
            }
        }
    }
    if let Some(t) = current {
        out.push(t);
    }
    out.truncate(n);
    out
}

/// Splits a leading kind word off a unit's text: "Xã Vĩnh Hòa Hiệp" → (Commune, "Vĩnh Hòa
/// Hiệp"); "P.7" and "P4" → (Ward, "7"/"4"); "TP.HCM" → (City, "HCM"); "H. Châu Thành" →
/// (RuralDistrict, "Châu Thành"). In a text written with tones the kind word must have its own
/// ("Xà Phìn", "Quan Sơn" keep their first word); the rest must not be empty.
pub fn split_kind(text: &str) -> Option<(KindWord, &str)> {
    let text = text.trim_matches(|c: char| is_space(c) || c == '.' || c == ',');
    let toks = tokens(text, 3);
    let first = toks.first()?;
    // The text must start with the kind word itself (not after some punctuation).
    if first.start != 0 || first.digits {
        return None;
    }
    let raw = |t: &Token| text.get(t.start..t.end).unwrap_or("");
    // Kind words are at most 8 letters: fold only short tokens (cheap, and no allocation for a
    // long first word).
    let folded: Vec<String> = toks
        .iter()
        .map(|t| {
            if t.digits || t.end - t.start > 12 {
                String::new()
            } else {
                units::search_key(raw(t))
            }
        })
        .collect();
    if !SPELLINGS.iter().any(|s| {
        s.words
            .first()
            .is_some_and(|w| folded.first().is_some_and(|f| f == w))
    }) {
        return None;
    }
    let toned = units::has_accents(text);
    'spellings: for spelling in &SPELLINGS {
        let n = spelling.words.len();
        let Some(used) = toks.get(..n) else {
            continue;
        };
        for (i, word) in spelling.words.iter().enumerate() {
            if folded.get(i).is_none_or(|f| f != word) {
                continue 'spellings;
            }
        }
        // Multi-word spellings: the words are separated by spaces or dots only.
        for pair in used.windows(2) {
            if let [a, b] = pair {
                let gap = text.get(a.end..b.start).unwrap_or("x");
                if gap.is_empty() || !gap.chars().all(|c| is_space(c) || c == '.') {
                    continue 'spellings;
                }
            }
        }
        // Tones written anywhere in the text: the kind word must carry its own ("Quan Sơn" is
        // a name, "Quận Ba Đình" a district).
        if let Some(expected) = spelling.accented
            && toned
        {
            let words: Vec<&str> = used.iter().map(raw).collect();
            if units::accent_key(&words.join(" ")) != units::accent_key(expected) {
                continue;
            }
        }
        let last = used.last()?;
        let after = text.get(last.end..).unwrap_or("");
        let next_is_number = toks.get(n).is_some_and(|t| t.digits && t.start == last.end);
        let abbreviation = spelling.accented.is_none();
        if spelling.number_only && !next_is_number {
            continue;
        }
        let separated = after.starts_with(|c: char| is_space(c) || c == '.');
        if abbreviation && !next_is_number && !separated {
            continue;
        }
        if !abbreviation && !after.is_empty() && !separated {
            continue;
        }
        let rest = after
            .trim_start_matches(|c: char| is_space(c) || c == '.' || c == ':')
            .trim_end();
        if rest.is_empty() {
            return None;
        }
        return Some((spelling.kind, rest));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words() {
        let cases = [
            (
                "Xã Vĩnh Hòa Hiệp",
                Some((KindWord::Commune, "Vĩnh Hòa Hiệp")),
            ),
            (
                "X. Vĩnh Hòa Hiệp",
                Some((KindWord::Commune, "Vĩnh Hòa Hiệp")),
            ),
            (
                "xa vinh hoa hiep",
                Some((KindWord::Commune, "vinh hoa hiep")),
            ),
            ("Xà Phìn", None),
            ("P.7", Some((KindWord::Ward, "7"))),
            ("P4", Some((KindWord::Ward, "4"))),
            ("F10", Some((KindWord::Ward, "10"))),
            ("Phường 04", Some((KindWord::Ward, "04"))),
            ("Q.3", Some((KindWord::UrbanDistrict, "3"))),
            ("Q3", Some((KindWord::UrbanDistrict, "3"))),
            ("Quận Ba Đình", Some((KindWord::UrbanDistrict, "Ba Đình"))),
            (
                "H. Châu Thành",
                Some((KindWord::RuralDistrict, "Châu Thành")),
            ),
            (
                "Huyện Châu Thành",
                Some((KindWord::RuralDistrict, "Châu Thành")),
            ),
            ("TX Hà Tiên", Some((KindWord::Town, "Hà Tiên"))),
            ("T.X. Hà Tiên", Some((KindWord::Town, "Hà Tiên"))),
            ("Thị xã Hà Tiên", Some((KindWord::Town, "Hà Tiên"))),
            ("TT Óc Eo", Some((KindWord::Township, "Óc Eo"))),
            ("Thị trấn Óc Eo", Some((KindWord::Township, "Óc Eo"))),
            ("Thị Trấn Ái Tử", Some((KindWord::Township, "Ái Tử"))),
            ("TP.HCM", Some((KindWord::City, "HCM"))),
            ("TP Rạch Giá", Some((KindWord::City, "Rạch Giá"))),
            ("Thành phố Rạch Giá", Some((KindWord::City, "Rạch Giá"))),
            ("T. Kiên Giang", Some((KindWord::Province, "Kiên Giang"))),
            ("Tỉnh Kiên Giang", Some((KindWord::Province, "Kiên Giang"))),
            ("tinh kien giang", Some((KindWord::Province, "kien giang"))),
            ("Tĩnh Gia", None),
            ("Phương Liệt", None),
            ("Ấp 3", None),
            ("Xã", None),
            ("Phường", None),
            ("Fansipan", None),
            (
                "Đặc khu Phú Quốc",
                Some((KindWord::SpecialZone, "Phú Quốc")),
            ),
            ("Quang Trung", None),
            ("Quan Sơn", None),
            ("Quan Triều", None),
            ("quan son", Some((KindWord::UrbanDistrict, "son"))),
            ("Hà Nội", None),
        ];
        for (text, expected) in cases {
            assert_eq!(split_kind(text), expected, "{text}");
        }
    }

    /// The resolver matches today's communes through the commune search's index
    /// (`units::communes_keyed`): that is right only while today's names fold the same both ways
    /// (no number with a leading zero).
    #[test]
    fn todays_names_fold_as_the_commune_search_does() {
        for c in units::communes() {
            assert_eq!(fold_key(c.short_name), units::search_key(c.short_name));
            assert_eq!(accent_key(c.short_name), units::accent_key(c.short_name));
        }
    }

    #[test]
    fn keys() {
        assert_eq!(fold_key("Phường 04"), "phuong 4");
        assert_eq!(fold_key("Vĩnh Hòa Hiệp"), "vinh hoa hiep");
        assert_eq!(accent_key("Hoà Bình"), accent_key("Hòa Bình"));
        assert_eq!(accent_key("Thuỷ"), accent_key("Thủy"));
        assert_ne!(accent_key("Thanh Nhật"), accent_key("Thành Nhất"));
        assert_eq!(compact_key("Vĩnh Hòa Hiệp"), "vinhhoahiep");
        assert_eq!(alias_key("phuong10", KindFamily::Commune), "10");
        assert_eq!(alias_key("p06", KindFamily::Commune), "6");
        assert_eq!(alias_key("f10", KindFamily::Commune), "10");
        assert_eq!(alias_key("fansipan", KindFamily::Commune), "fansipan");
        assert_eq!(
            alias_key("xãbìnhthanhtây", KindFamily::Commune),
            "binhthanhtay"
        );
        assert_eq!(alias_key("quan9", KindFamily::District), "9");
        assert_eq!(alias_key("q09", KindFamily::District), "9");
        assert_eq!(alias_key("thanhphohue", KindFamily::District), "hue");
        assert_eq!(
            alias_key("Thừa Thiên Huế", KindFamily::Province),
            "thuathienhue"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Appended after anything already in the buffer, the key is exactly [`fold_key`]'s:
        /// leading separators, numbers with leading zeros, Vietnamese letters in both cases.
        #[test]
        fn push_fold_key_appends_fold_key(
            before in "[a-z 0-9]{0,8}",
            text in "[ -~àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđĐÀỆƯ]{0,30}|\\PC{0,20}",
        ) {
            let mut out = before.clone().into_bytes();
            push_fold_key(&mut out, &text);
            let mut expected = before.into_bytes();
            expected.extend_from_slice(fold_key(&text).as_bytes());
            proptest::prop_assert_eq!(out, expected);
        }
    }
}
