#![cfg(not(target_arch = "wasm32"))]
//! Text normalization (NFC, fold, search) and names.
//!
//! The NFC reference is the `unicode-normalization` crate (UAX #15); Vietnamese spellings follow
//! the place names of Nghị quyết 202/2025/QH15 and the names in the campaign documents.

use proptest::prelude::*;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::name::{NameError, OrgName, OrgNameError, PersonName, name_matches};
use sansang::rules::text::{Matcher, collapse_spaces, fold, fold_matches, nfc, normalize_digits};
use unicode_normalization::UnicodeNormalization;

/// The ten combining marks `nfc` handles (U+0340/U+0341 are the legacy tone marks).
const MARKS: [char; 10] = [
    '\u{0300}', '\u{0301}', '\u{0302}', '\u{0303}', '\u{0306}', '\u{0309}', '\u{031B}', '\u{0323}',
    '\u{0340}', '\u{0341}',
];

/// Every Vietnamese letter in NFC: the 12 vowels × (no tone + 5 tones) × 2 cases, plus đ and Đ,
/// built with the reference normalizer so the list does not depend on the code under test.
fn vietnamese_letters() -> Vec<char> {
    let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    let tones = [
        "", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}",
    ];
    let mut letters = vec!['đ', 'Đ'];
    for vowel in vowels {
        for tone in tones {
            for case in [vowel.to_owned(), vowel.to_uppercase()] {
                let composed: String = format!("{case}{tone}").nfc().collect();
                let mut chars = composed.chars();
                let c = chars.next().unwrap();
                assert!(chars.next().is_none(), "{composed:?} is one letter in NFC");
                letters.push(c);
            }
        }
    }
    letters
}

/// Latin letters whose full decomposition is an ASCII letter plus marks from `MARKS` only: the
/// repertoire `nfc` promises to handle exactly.
fn repertoire_composites() -> Vec<char> {
    ('\u{00C0}'..='\u{024F}')
        .chain('\u{1E00}'..='\u{1EFF}')
        .filter(|c| {
            let d: Vec<char> = c.to_string().nfd().collect();
            d.len() > 1
                && d[0].is_ascii_alphabetic()
                && d[1..].iter().all(|m| MARKS.contains(m))
                && c.to_string().nfc().eq(std::iter::once(*c))
        })
        .collect()
}

// --- NFC -------------------------------------------------------------------------------------

#[test]
fn nfc_composes_every_way_vietnamese_arrives() {
    // (input, expected, where the input shape comes from)
    let cases = [
        (
            "Nhu\u{031B} Quy\u{0300}nh",
            "Như Quỳnh",
            "fully decomposed (macOS, some PDFs)",
        ),
        (
            "Nguye\u{0302}\u{0303}n",
            "Nguyễn",
            "decomposed, marks in typing order",
        ),
        // Same-class marks do not commute: tilde then circumflex is not canonically equivalent
        // to ễ, so NFC keeps ẽ + U+0302 (search still finds it: fold drops both).
        (
            "Nguye\u{0303}\u{0302}n",
            "Nguy\u{1EBD}\u{0302}n",
            "tone typed before the circumflex",
        ),
        (
            "Nguy\u{00EA}\u{0303}n",
            "Nguyễn",
            "half-composed: ê + tilde (VNI/Telex on some phones)",
        ),
        ("Tha\u{0301}i Bi\u{0300}nh", "Thái Bình", "decomposed tones"),
        ("Ha\u{0300} N\u{00F4}\u{0323}i", "Hà Nội", "ô + dot below"),
        (
            "Ha\u{0300} No\u{0323}\u{0302}i",
            "Hà Nội",
            "dot below before circumflex (canonical)",
        ),
        (
            "Ha\u{0300} No\u{0302}\u{0323}i",
            "Hà Nội",
            "circumflex before dot below",
        ),
        (
            "o\u{0323}\u{031B}",
            "ợ",
            "horn after dot below: reordered (horn class 216 < 220)",
        ),
        ("\u{01A1}\u{0323}", "ợ", "ơ + dot below"),
        (
            "\u{1EA1}\u{0306}",
            "ặ",
            "ạ + breve (the Unicode decomposition of ặ)",
        ),
        ("e\u{0341}", "é", "legacy acute tone mark U+0341"),
        ("E\u{0340}", "È", "legacy grave tone mark U+0340"),
        (
            "đ\u{0301}",
            "đ\u{0301}",
            "đ has no decomposition and composes with nothing",
        ),
        ("a\u{0301}\u{0301}", "á\u{0301}", "second acute is blocked"),
        (
            "n\u{0303}",
            "ñ",
            "other Latin letters compose too, as real NFC does",
        ),
    ];
    for (input, expected, source) in cases {
        assert_eq!(nfc(input), expected, "{source}");
        assert_eq!(
            nfc(input),
            input.nfc().collect::<String>(),
            "reference: {source}"
        );
    }
}

#[test]
fn nfc_leaves_ascii_and_composed_vietnamese_unchanged() {
    let ascii: String = (0u8..=0x7F).map(char::from).collect();
    assert_eq!(nfc(&ascii), ascii);
    let letters: String = vietnamese_letters().into_iter().collect();
    assert_eq!(nfc(&letters), letters);
    for s in [
        "Ủy ban nhân dân tỉnh Hưng Yên",
        "Phường Đông Hà, tỉnh Quảng Trị",
        "Đắk Lắk",
        "",
    ] {
        assert_eq!(nfc(s), s);
    }
}

#[test]
fn nfc_outside_the_repertoire_is_documented_behaviour() {
    // Other scripts and already-NFC text are copied unchanged.
    for s in ["Владимир", "東京", "ü", "Ådne", "\u{00A0}"] {
        assert_eq!(nfc(s), s);
    }
    // A letter outside the table followed by one of the ten marks: marks are kept, not composed
    // (real NFC composes the Cyrillic й; documented divergence).
    assert_eq!(nfc("и\u{0306}"), "и\u{0306}");
    // A foreign combining mark ends the run: left as typed.
    assert_eq!(nfc("a\u{0308}\u{0301}"), "a\u{0308}\u{0301}");
}

/// Completeness of the compact table, through the public API: every Latin letter whose NFD uses
/// only the ten marks is recomposed from its NFD, and every repertoire letter followed by any mark
/// normalizes as the reference does.
#[test]
fn composite_table_matches_unicode() {
    let composites = repertoire_composites();
    assert_eq!(composites.len(), 222, "the table's size");
    for &c in &composites {
        let decomposed: String = c.to_string().nfd().collect();
        assert_eq!(
            nfc(&decomposed),
            c.to_string(),
            "{c} U+{:04X}",
            u32::from(c)
        );
    }
    let bases = ('a'..='z')
        .chain('A'..='Z')
        .chain(composites.iter().copied());
    for base in bases {
        for mark in MARKS {
            for mark2 in MARKS {
                let s = format!("{base}{mark}{mark2}");
                assert_eq!(nfc(&s), s.nfc().collect::<String>(), "{s:?}");
            }
        }
    }
}

fn repertoire_piece() -> impl Strategy<Value = String> {
    let letters = vietnamese_letters();
    let composites = repertoire_composites();
    let nfd_letters: Vec<String> = letters
        .iter()
        .map(|c| c.to_string().nfd().collect())
        .collect();
    prop_oneof![
        (0u8..=0x7F).prop_map(|b| char::from(b).to_string()),
        prop::sample::select(vec![" ", "\u{00A0}", "\t", "\n"]).prop_map(str::to_owned),
        prop::sample::select(MARKS.to_vec()).prop_map(|c| c.to_string()),
        prop::sample::select(letters).prop_map(|c| c.to_string()),
        prop::sample::select(composites).prop_map(|c| c.to_string()),
        prop::sample::select(nfd_letters),
    ]
}

fn repertoire_string() -> impl Strategy<Value = String> {
    prop::collection::vec(repertoire_piece(), 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn nfc_agrees_with_unicode_normalization(s in repertoire_string()) {
        prop_assert_eq!(nfc(&s), s.nfc().collect::<String>());
    }

    #[test]
    fn nfc_is_idempotent(s in repertoire_string()) {
        let once = nfc(&s);
        prop_assert_eq!(nfc(&once), once);
    }

    #[test]
    fn fold_ignores_normal_form_and_is_idempotent(s in repertoire_string()) {
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&s), fold(&nfd));
        let folded = fold(&s);
        prop_assert_eq!(fold(&folded), folded.clone());
    }

    #[test]
    fn text_functions_never_panic_on_any_unicode(s in any::<String>()) {
        let folded = fold(&s);
        prop_assert_eq!(fold(&folded), folded);
        let once = nfc(&s);
        let _ = nfc(&once);
        let _ = collapse_spaces(&s);
        let _ = normalize_digits(&s);
        let _ = Matcher::new(&s).matches(&fold(&s));
        let _ = PersonName::parse(&s);
        let _ = OrgName::parse(&s);
        let _ = name_matches(&s, &s);
    }

    #[test]
    fn a_name_matches_itself(s in repertoire_string()) {
        prop_assert!(name_matches(&s, &s));
    }

    #[test]
    fn person_name_round_trips(s in repertoire_string()) {
        if let Ok(name) = PersonName::parse(&s) {
            prop_assert_eq!(PersonName::parse(&name.to_string()), Ok(name.clone()));
            prop_assert_eq!(name.as_str(), nfc(name.as_str()));
        }
    }

    #[test]
    fn org_name_round_trips(s in repertoire_string()) {
        if let Ok(name) = OrgName::parse(&s) {
            prop_assert_eq!(OrgName::parse(&name.to_string()), Ok(name));
        }
    }
}

#[test]
fn huge_and_hostile_inputs_are_bounded() {
    let megabyte_marks = "\u{0301}".repeat(500_000);
    assert_eq!(nfc(&megabyte_marks).chars().count(), 500_000);
    let megabyte_text = "Nguye\u{0302}\u{0303}n ".repeat(100_000);
    assert_eq!(nfc(&megabyte_text), "Nguyễn ".repeat(100_000));
    assert_eq!(fold(&megabyte_text).len(), "nguyen ".len() * 100_000 - 1);
    assert!(matches!(
        PersonName::parse(&megabyte_text),
        Err(NameError::TooLong { max: 100, .. })
    ));
    assert!(matches!(
        OrgName::parse(&megabyte_text),
        Err(OrgNameError::TooLong { max: 255, .. })
    ));
    assert_eq!(
        PersonName::parse("Nguyễn\u{0}Văn"),
        Err(NameError::UnexpectedCharacter { ch: '\u{0}' })
    );
}

// --- fold and search ---------------------------------------------------------------------------

#[test]
fn fold_keys() {
    // (a, b, why they must fold equal)
    let cases = [
        (
            "Như Quỳnh",
            "nhu quynh",
            "task brief: diacritics and case ignored",
        ),
        (
            "Thanh Hóa",
            "Thanh Hoá",
            "old and new tone placement (oá/óa)",
        ),
        ("Thanh Ho\u{0301}a", "THANH HOÁ", "decomposed vs composed"),
        (
            "Đồng Nai",
            "dong nai",
            "đ → d (docs/rules.md §4, Đồng Nai 2026)",
        ),
        (
            "\u{00D0}ồng Nai",
            "Đồng Nai",
            "Icelandic Ð typed for Đ by old converters",
        ),
        (
            "  Hưng\u{00A0}\u{00A0}Yên ",
            "hung yen",
            "NBSP and spacing collapsed",
        ),
        (
            "Bà Rịa – Vũng Tàu",
            "ba ria vung tau",
            "dashes become spaces",
        ),
        ("H'Hen Niê", "hhen nie", "apostrophes dropped"),
        ("Phường １", "phuong 1", "full-width digit"),
        ("Huế", "Hue\u{0301}", "Huế 2025 document name"),
        ("Bình", "Bính", "a search key drops tones entirely"),
    ];
    for (a, b, why) in cases {
        assert_eq!(fold(a), fold(b), "{why}");
    }
    assert_eq!(fold("  Như   Quỳnh "), "nhu quynh");
    assert_ne!(fold("Hà Nam"), fold("Hà Nội"));
}

#[test]
fn matcher_rules() {
    // (needle, haystack, matches?, why)
    let cases = [
        ("nhu quynh", "Như Quỳnh", true, "task brief"),
        ("quynh nhu", "Như Quỳnh", true, "word order free"),
        ("nh q", "Như Quỳnh", true, "word prefixes"),
        (
            "uynh",
            "Như Quỳnh",
            false,
            "prefixes, not arbitrary substrings",
        ),
        ("hanoi", "Hà Nội", true, "spaces left out by the user"),
        ("thanhhoa", "Thanh Hoá", true, "spaces left out by the user"),
        ("phuong 1", "Phường 1", true, "commune search"),
        (
            "phuong 1",
            "Phường 10",
            true,
            "1 is a prefix of 10: shown, the user narrows down",
        ),
        ("phuong 2", "Phường 1", false, "different ward"),
        ("", "Phường 1", true, "nothing typed: the whole list"),
        ("   ", "Phường 1", true, "only spaces: the whole list"),
        ("dong", "Đồng Nai", true, "đ typed as d"),
        ("xa hoa binh", "Xã Hoà Bình", true, "old/new tone placement"),
    ];
    for (needle, haystack, expected, why) in cases {
        assert_eq!(fold_matches(&fold(haystack), needle), expected, "{why}");
        assert_eq!(name_matches(needle, haystack), expected, "{why}");
    }
    assert!(Matcher::new(" ").is_empty());
}

#[test]
fn collapse_and_digits() {
    assert_eq!(
        collapse_spaces("\u{FEFF} Nguyễn\u{00A0}\u{200B}Văn\t\tAn \n"),
        "Nguyễn Văn An"
    );
    assert_eq!(normalize_digits("０３７１５３０００２５７"), "037153000257");
    assert!(matches!(
        normalize_digits("plain 123"),
        std::borrow::Cow::Borrowed(_)
    ));
}

// --- names -----------------------------------------------------------------------------------

#[test]
fn person_names() {
    // (input, expected canonical form, where from)
    let ok = [
        ("Nguyễn Văn An", "Nguyễn Văn An", "an ordinary name"),
        (
            "  nguyễn   văn an ",
            "nguyễn văn an",
            "case kept, spaces collapsed",
        ),
        ("Nhu\u{031B} Quy\u{0300}nh", "Như Quỳnh", "stored in NFC"),
        ("H'Hen Niê", "H'Hen Niê", "Ê Đê name with the H' prefix"),
        ("Y-Moan Ênuôl", "Y-Moan Ênuôl", "Ê Đê name with a hyphen"),
        ("O’Brien", "O’Brien", "typographic apostrophe"),
        ("Владимир Путин", "Владимир Путин", "any script"),
        ("A", "A", "one letter"),
    ];
    for (input, canonical, source) in ok {
        let name = PersonName::parse(input).unwrap_or_else(|e| panic!("{source}: {e}"));
        assert_eq!(name.to_string(), canonical, "{source}");
    }
    // (input, error, where from)
    let bad = [
        ("", NameError::Empty, "empty"),
        (" \u{00A0} ", NameError::Empty, "only spaces"),
        (
            "Nguyễn Văn 2",
            NameError::UnexpectedCharacter { ch: '2' },
            "digit",
        ),
        (
            "Nguyễn Văn ２",
            NameError::UnexpectedCharacter { ch: '２' },
            "full-width digit",
        ),
        (
            "an@example",
            NameError::UnexpectedCharacter { ch: '@' },
            "e-mail pasted",
        ),
        (
            "Nguyễn, Văn",
            NameError::UnexpectedCharacter { ch: ',' },
            "comma",
        ),
        (
            "'Nam",
            NameError::MisplacedPunctuation { ch: '\'' },
            "leading apostrophe",
        ),
        (
            "Y-",
            NameError::MisplacedPunctuation { ch: '-' },
            "trailing hyphen",
        ),
        (
            "H''Hen",
            NameError::MisplacedPunctuation { ch: '\'' },
            "doubled apostrophe",
        ),
        (
            "Y - Moan",
            NameError::MisplacedPunctuation { ch: '-' },
            "hyphen between spaces",
        ),
    ];
    for (input, error, source) in bad {
        assert_eq!(PersonName::parse(input), Err(error), "{source}");
    }
    let long = "A".repeat(101);
    assert_eq!(
        PersonName::parse(&long),
        Err(NameError::TooLong {
            max: 100,
            found: 101
        })
    );
    assert!(PersonName::parse(&"A".repeat(100)).is_ok());
}

#[test]
fn title_case_is_offered() {
    let cases = [
        ("nguyễn văn AN", "Nguyễn Văn An"),
        ("h'hen niê", "H'Hen Niê"),
        ("y-moan ênuôl", "Y-Moan Ênuôl"),
        ("ĐẶNG THỊ ÁNH", "Đặng Thị Ánh"),
    ];
    for (input, expected) in cases {
        assert_eq!(
            PersonName::parse(input).unwrap().title_case().to_string(),
            expected
        );
    }
}

#[test]
fn organization_names() {
    let ok = [
        ("Công ty TNHH A&B", "registered names use &"),
        ("Trường THCS Nguyễn Du (cơ sở 2)", "brackets"),
        ("Hợp tác xã Nông nghiệp 1/5", "slash and digits"),
        ("Công ty Cổ phần \"Sao Mai\"", "quotes"),
        (
            "Tổng Công ty Viễn thông Quân đội - Viettel",
            "Viettel, tax code 0100109106",
        ),
    ];
    for (input, source) in ok {
        assert_eq!(
            OrgName::parse(input).map(|n| n.to_string()).as_deref(),
            Ok(input),
            "{source}"
        );
    }
    assert_eq!(
        OrgName::parse("Công ty ＡＢＣ １２３").unwrap().as_str(),
        "Công ty ＡＢＣ 123"
    );
    assert_eq!(OrgName::parse(""), Err(OrgNameError::Empty));
    assert_eq!(
        OrgName::parse("Công ty @Home"),
        Err(OrgNameError::UnexpectedCharacter { ch: '@' })
    );
    assert_eq!(OrgName::parse("123 - 456"), Err(OrgNameError::NoLetter));
    assert_eq!(
        OrgName::parse(&"a".repeat(256)),
        Err(OrgNameError::TooLong {
            max: 255,
            found: 256
        })
    );
}

#[test]
fn name_messages_in_both_languages() {
    let cases = [
        (NameError::Empty, "Nhập họ và tên", "Enter the full name"),
        (
            NameError::UnexpectedCharacter { ch: '2' },
            "Xoá chữ số “2”: họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-)",
            "Remove the digit “2”: a full name can only contain letters, spaces, apostrophes (') \
             and hyphens (-)",
        ),
        (
            NameError::UnexpectedCharacter { ch: '\t' },
            "Xoá ký tự ẩn U+0009: họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch \
             nối (-)",
            "Remove the hidden character U+0009: a full name can only contain letters, spaces, \
             apostrophes (') and hyphens (-)",
        ),
        (
            NameError::MisplacedPunctuation { ch: '-' },
            "Chỉ đặt dấu “-” giữa hai chữ cái, như trong H'Hen hoặc Y-Moan",
            "Put “-” only between two letters, as in H'Hen or Y-Moan",
        ),
        (
            NameError::TooLong {
                max: 100,
                found: 101,
            },
            "Họ và tên chỉ được dài tối đa 100 ký tự (đang có 101 ký tự)",
            "The full name must be 100 characters or fewer (it has 101)",
        ),
    ];
    for (error, vi, en) in cases {
        assert_eq!(error.localize(Lang::Vi), vi);
        assert_eq!(error.localize(Lang::En), en);
        assert_eq!(vi, nfc(vi), "Vietnamese text is NFC");
    }
    assert_eq!(OrgNameError::Empty.localize(Lang::Vi), "Nhập tên tổ chức");
    assert_eq!(
        OrgNameError::UnexpectedCharacter { ch: '@' }.localize(Lang::En),
        "Remove “@”: an organization's name can only contain letters, digits, spaces and \
         & ( ) . , - / ' \""
    );
}

/// One set of dashes for names, search and identifiers (`rules::text::is_dash`): every one has the
/// Unicode `Dash` property, and the full-width hyphen-minus U+FF0D is what a keyboard in
/// full-width mode types next to the full-width digits and dots the identifiers accept. Names and
/// search used to stop at U+2014, identifiers at U+FF0D: "Y－Moan" was a name error while
/// "0314409058－002" was a tax code.
#[test]
fn dashes_are_one_set_for_names_search_and_identifiers() {
    use sansang::rules::text::is_dash;
    use sansang::{PersonalId, TaxCode};
    const DASHES: [char; 9] = [
        '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
        '\u{FF0D}',
    ];
    for dash in DASHES {
        assert!(is_dash(dash), "{dash:?}");
        let name = format!("Y{dash}Moan Niê");
        assert!(PersonName::parse(&name).is_ok(), "{name}");
        assert_eq!(fold(&name), "y moan nie", "{name}");
        let code = format!("0314409058{dash}002");
        assert_eq!(
            TaxCode::parse(&code).map(|c| c.to_string()),
            Ok("0314409058-002".to_owned()),
            "{code}"
        );
        let id = format!("001{dash}087{dash}123456");
        assert!(PersonalId::parse(&id).is_ok(), "{id}");
    }
    // Look-alikes that are not dashes stay what they are.
    for other in ['_', '~', '\u{00AD}', '\u{2043}', '\u{30FC}', '/'] {
        assert!(!is_dash(other), "{other:?}");
    }
}
