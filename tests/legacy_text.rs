#![cfg(not(target_arch = "wasm32"))]
//! TCVN3 and VNI: every Vietnamese letter with each tone, real strings seen in government files,
//! and no false alarm on the real names of `tests/data/` (communes, students, organizations).
//!
//! The expected encodings are written here letter by letter from the published tables (TCVN
//! 5712:1993 VN3 as the ".VnTime" fonts lay it out; VNI Windows), in vowel order, not in the
//! code order of `src/rules/legacy_text.rs`; the Unicode side is built with `unicode-normalization`.

use proptest::prelude::*;
use sansang::rules::legacy_text::{
    LegacyDetector, LegacyScheme, MIN_WORDS, convert, detect, is_vietnamese_syllable, latin1_view,
    preview,
};
use unicode_normalization::UnicodeNormalization;

const TONES: [&str; 6] = [
    "", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}",
];

/// (vowel, its TCVN3 characters for: no tone, grave, acute, hook, tilde, dot).
const TCVN3_VOWELS: [(&str, [char; 6]); 12] = [
    ("a", ['a', 'µ', '¸', '¶', '·', '¹']),
    ("ă", ['¨', '»', '¾', '¼', '½', 'Æ']),
    ("â", ['©', 'Ç', 'Ê', 'È', 'É', 'Ë']),
    ("e", ['e', 'Ì', 'Ð', 'Î', 'Ï', 'Ñ']),
    ("ê", ['ª', 'Ò', 'Õ', 'Ó', 'Ô', 'Ö']),
    ("i", ['i', '×', 'Ý', 'Ø', 'Ü', 'Þ']),
    ("o", ['o', 'ß', 'ã', 'á', 'â', 'ä']),
    ("ô", ['«', 'å', 'è', 'æ', 'ç', 'é']),
    ("ơ", ['¬', 'ê', 'í', 'ë', 'ì', 'î']),
    ("u", ['u', 'ï', 'ó', 'ñ', 'ò', 'ô']),
    ("ư", ['\u{AD}', 'õ', 'ø', 'ö', '÷', 'ù']),
    ("y", ['y', 'ú', 'ý', 'û', 'ü', 'þ']),
];

/// (vowel, its VNI spelling for: no tone, grave, acute, hook, tilde, dot), lower case.
const VNI_VOWELS: [(&str, [&str; 6]); 12] = [
    ("a", ["a", "aø", "aù", "aû", "aõ", "aï"]),
    ("ă", ["aê", "aè", "aé", "aú", "aü", "aë"]),
    ("â", ["aâ", "aà", "aá", "aå", "aã", "aä"]),
    ("e", ["e", "eø", "eù", "eû", "eõ", "eï"]),
    ("ê", ["eâ", "eà", "eá", "eå", "eã", "eä"]),
    ("i", ["i", "ì", "í", "æ", "ó", "ò"]),
    ("o", ["o", "oø", "où", "oû", "oõ", "oï"]),
    ("ô", ["oâ", "oà", "oá", "oå", "oã", "oä"]),
    ("ơ", ["ô", "ôø", "ôù", "ôû", "ôõ", "ôï"]),
    ("u", ["u", "uø", "uù", "uû", "uõ", "uï"]),
    ("ư", ["ö", "öø", "öù", "öû", "öõ", "öï"]),
    ("y", ["y", "yø", "yù", "yû", "yõ", "î"]),
];

fn letter(vowel: &str, tone: usize) -> String {
    format!("{vowel}{}", TONES[tone]).nfc().collect()
}

/// VNI upper case: every character of the spelling in upper case (the VNI fonts' capitals).
fn vni_upper(spelling: &str) -> String {
    spelling.chars().flat_map(char::to_uppercase).collect()
}

#[test]
fn tcvn3_every_lower_case_letter_with_each_tone() {
    let mut checked = 0;
    for (vowel, codes) in TCVN3_VOWELS {
        for (tone, code) in codes.iter().enumerate() {
            // Next to a word that is surely TCVN3 ("ViÖt" = Việt), as in a real cell.
            let text = format!("ViÖt b{code}");
            let expected = format!("Việt b{}", letter(vowel, tone));
            assert_eq!(
                convert(&text, LegacyScheme::Tcvn3),
                expected,
                "{vowel} tone {tone}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 72);
    assert_eq!(convert("ViÖt ®i", LegacyScheme::Tcvn3), "Việt đi");
}

#[test]
fn tcvn3_upper_case_letters() {
    // .VnTime has the seven upper-case letters without tone.
    assert_eq!(
        convert("¡n ¢u £m ¤ng ¥n ¦u §i ViÖt", LegacyScheme::Tcvn3),
        "Ăn Âu Êm Ông Ơn Ưu Đi Việt"
    );
    // .VnTimeH: a line in capitals gets capitals, for every vowel and tone.
    for (vowel, codes) in TCVN3_VOWELS {
        for (tone, code) in codes.iter().enumerate() {
            // Typed with the caps font: ASCII letters in capitals too.
            let text = format!("VIÖT B{}", code.to_ascii_uppercase());
            let expected = format!("VIỆT B{}", letter(vowel, tone).to_uppercase());
            assert_eq!(
                convert(&text, LegacyScheme::Tcvn3),
                expected,
                "{vowel} tone {tone}"
            );
        }
    }
    assert_eq!(convert("Hµ NéI", LegacyScheme::Tcvn3), "HÀ NỘI");
    // Words of one capital are a name in title case, not a .VnTimeH line.
    assert_eq!(convert("Lª Hå", LegacyScheme::Tcvn3), "Lê Hồ");
}

#[test]
fn vni_every_letter_with_each_tone_in_both_cases() {
    let mut checked = 0;
    for (vowel, spellings) in VNI_VOWELS {
        for (tone, spelling) in spellings.iter().enumerate() {
            let text = format!("Vieät b{spelling}");
            let expected = format!("Việt b{}", letter(vowel, tone));
            assert_eq!(
                convert(&text, LegacyScheme::Vni),
                expected,
                "{vowel} tone {tone}"
            );
            let text = format!("VIEÄT B{}", vni_upper(spelling));
            let expected = format!("VIỆT B{}", letter(vowel, tone).to_uppercase());
            assert_eq!(
                convert(&text, LegacyScheme::Vni),
                expected,
                "{vowel} tone {tone} upper"
            );
            checked += 2;
        }
    }
    assert_eq!(checked, 144);
    assert_eq!(convert("Vieät ñi Ñoàng", LegacyScheme::Vni), "Việt đi Đồng");
}

#[test]
fn real_strings_from_government_files() {
    let tcvn3 = [
        ("X· VÜnh Hßa HiÖp", "Xã Vĩnh Hòa Hiệp"),
        ("§µ N½ng", "Đà Nẵng"),
        ("Hµ Néi", "Hà Nội"),
        ("Thµnh phè Hå ChÝ Minh", "Thành phố Hồ Chí Minh"),
        ("Ninh B×nh", "Ninh Bình"),
        ("B¶o Th¾ng", "Bảo Thắng"),
        ("M\u{AD}êng Kh\u{AD}¬ng", "Mường Khương"),
        ("Tr\u{AD}êng THCS NguyÔn Tr·i", "Trường THCS Nguyễn Trãi"),
        ("C«ng ty TNHH Th\u{AD}¬ng m¹i", "Công ty TNHH Thương mại"),
    ];
    let mut detector = LegacyDetector::default();
    for (legacy, unicode) in tcvn3 {
        assert_eq!(convert(legacy, LegacyScheme::Tcvn3), unicode);
        detector.add(legacy);
    }
    assert_eq!(
        detector.verdict().map(|f| f.scheme),
        Some(LegacyScheme::Tcvn3)
    );
    assert_eq!(detector.evidence(LegacyScheme::Tcvn3).words_against, 0);
    let vni = [
        ("Hoøa Bình", "Hòa Bình"),
        ("Tröôøng Tieåu hoïc Leâ Lôïi", "Trường Tiểu học Lê Lợi"),
        ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Coâng ty Coå phaàn", "Công ty Cổ phần"),
        ("Nguyeãn Vaên Ñaït", "Nguyễn Văn Đạt"),
    ];
    let mut detector = LegacyDetector::default();
    for (legacy, unicode) in vni {
        assert_eq!(convert(legacy, LegacyScheme::Vni), unicode);
        detector.add(legacy);
    }
    assert_eq!(
        detector.verdict().map(|f| f.scheme),
        Some(LegacyScheme::Vni)
    );
    assert_eq!(
        detect("X· VÜnh Hßa HiÖp").map(|f| f.scheme),
        Some(LegacyScheme::Tcvn3)
    );
}

#[test]
fn raw_bytes_read_through_windows_1252() {
    let bytes = b"X\xB7 V\xDCnh H\xDFa Hi\xD6p";
    let text = latin1_view(bytes);
    assert_eq!(text, "X· VÜnh Hßa HiÖp");
    assert_eq!(convert(&text, LegacyScheme::Tcvn3), "Xã Vĩnh Hòa Hiệp");
    assert_eq!(latin1_view(b"\x80\x81\x9F"), "€\u{81}Ÿ");
}

#[test]
fn a_mixed_line_keeps_its_unicode_words() {
    // A Unicode word that TCVN3 would spoil ("Tây" → "Tõy") stays when the line has Unicode.
    assert_eq!(
        convert("Tây Nguyên ViÖt", LegacyScheme::Tcvn3),
        "Tây Nguyên Việt"
    );
    assert_eq!(convert("T©y Nguyªn", LegacyScheme::Tcvn3), "Tây Nguyên");
    assert_eq!(convert("Hà Nội", LegacyScheme::Vni), "Hà Nội");
    assert_eq!(convert("plain ASCII", LegacyScheme::Tcvn3), "plain ASCII");
}

fn data_file(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every "FullName" in the units snapshot: 34 provinces and 3,321 communes.
fn unit_names() -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&data_file("vn-units-2026-09-20.json")).expect("units JSON");
    let mut names = Vec::new();
    for province in json.as_array().expect("array") {
        names.push(province["FullName"].as_str().expect("name").to_owned());
        for ward in province["Wards"].as_array().expect("wards") {
            names.push(ward["FullName"].as_str().expect("name").to_owned());
        }
    }
    names
}

#[test]
fn no_false_alarm_on_real_vietnamese_names() {
    let mut names = unit_names();
    assert!(names.len() > 3_300);
    for file in ["students-40.tsv", "real_tax_codes.tsv"] {
        for line in data_file(file).lines() {
            names.extend(line.split('\t').map(str::to_owned));
        }
    }
    let mut detector = LegacyDetector::default();
    let mut fired = Vec::new();
    for name in &names {
        detector.add(name);
        if detect(name).is_some() {
            fired.push(name.clone());
        }
    }
    // Measured: none of the 3,355 unit names, 40 students and 105 organizations.
    assert_eq!(fired, Vec::<String>::new());
    assert_eq!(detector.verdict(), None, "{detector:?}");
    for scheme in [LegacyScheme::Tcvn3, LegacyScheme::Vni] {
        assert_eq!(detector.evidence(scheme).words_for, 0, "{scheme:?}");
    }
    // Converting real Unicode text changes nothing.
    for name in &names {
        assert_eq!(convert(name, LegacyScheme::Tcvn3), *name);
        assert_eq!(convert(name, LegacyScheme::Vni), *name);
    }
}

#[test]
fn no_false_alarm_on_english_and_latin1_text() {
    let texts = [
        "Müller GmbH, Köln",
        "José Peña, Señor López",
        "Søren Ærø, Ångström",
        "Café crème à la française, naïve façade",
        "© 2024 · 3½ kg · 25°C · §3 · µm",
        "Ðorðe, Þór, ß",
        "Organization list, exported from the registry",
        "Zoë Brontë, Noël",
    ];
    let mut detector = LegacyDetector::default();
    for text in texts {
        assert_eq!(detect(text), None, "{text}");
        detector.add(text);
    }
    assert_eq!(detector.verdict(), None, "{detector:?}");
}

#[test]
fn one_word_is_not_enough() {
    assert_eq!(detect("Hoøa"), None);
    const { assert!(MIN_WORDS >= 2) };
    assert!(detect("Hoøa Bình Vieät").is_some());
}

#[test]
fn preview_lists_the_cells_that_change() {
    let cells = [
        (2, 0, "STT"),
        (3, 1, "NguyÔn V¨n An"),
        (3, 2, "Hµ Néi"),
        (4, 1, "Plain"),
        (5, 1, "TrÇn ThÞ B×nh"),
    ];
    let result = preview(cells, LegacyScheme::Tcvn3, 2);
    assert_eq!(result.cells, 3);
    assert_eq!(result.rows, 2);
    assert_eq!(result.samples.len(), 2);
    assert_eq!(result.samples[0].before, "NguyÔn V¨n An");
    assert_eq!(result.samples[0].after, "Nguyễn Văn An");
    assert_eq!((result.samples[1].row, result.samples[1].column), (3, 2));
}

#[test]
fn syllable_check() {
    for word in [
        "nghiêng", "khuỷu", "Quyết", "giữa", "GIỮA", "hoà", "hòa", "oanh", "Đắk", "Lắk",
    ] {
        assert!(is_vietnamese_syllable(word), "{word}");
    }
    for word in ["caù", "bõy", "hoàà", "ngh", "", "xyz", "Vieät", "hốà"] {
        assert!(!is_vietnamese_syllable(word), "{word}");
    }
}

proptest! {
    #[test]
    fn never_panics_and_is_stable(text in "\\PC{0,60}") {
        let _ = detect(&text);
        for scheme in [LegacyScheme::Tcvn3, LegacyScheme::Vni] {
            let once = convert(&text, scheme).into_owned();
            let _ = is_vietnamese_syllable(&once);
        }
    }

    #[test]
    fn latin1_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        let text = latin1_view(&bytes);
        prop_assert_eq!(text.chars().count(), bytes.len());
        let _ = detect(&text);
        let _ = convert(&text, LegacyScheme::Vni);
    }

    #[test]
    fn tcvn3_round_trip_of_real_syllables(
        picks in proptest::collection::vec((0usize..12, 0usize..6), 2..6),
    ) {
        // Words "b" + vowel: converting their TCVN3 spelling gives them back.
        let legacy: Vec<String> = picks.iter().map(|&(v, t)| format!("b{}", TCVN3_VOWELS[v].1[t])).collect();
        let unicode: Vec<String> = picks.iter().map(|&(v, t)| format!("b{}", letter(TCVN3_VOWELS[v].0, t))).collect();
        let text = format!("ViÖt {}", legacy.join(" "));
        prop_assert_eq!(convert(&text, LegacyScheme::Tcvn3).into_owned(), format!("Việt {}", unicode.join(" ")));
    }
}

/// The page's glance (a byte scan of UTF-8): letters TCVN3 or VNI text shows and Unicode
/// Vietnamese never uses send a list on to the worker; Vietnamese letters, and Latin-1 signs
/// neither scheme uses, do not; only the first `GLANCE_BYTES` are looked at.
#[test]
fn the_glance_finds_legacy_letters_in_the_bytes() {
    use sansang::rules::legacy_text::{GLANCE_BYTES, may_hold_legacy};
    for c in "ñøöµ¸®«ß×ïûäåëüæîÑÖ§·÷¶¹".chars() {
        assert!(
            may_hold_legacy(&format!("Công ty {c}x")),
            "{c} U+{:04X}",
            u32::from(c)
        );
    }
    for c in "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý°±\u{A0}".chars() {
        assert!(
            !may_hold_legacy(&format!("Công ty {c}x")),
            "{c} U+{:04X}",
            u32::from(c)
        );
    }
    assert!(!may_hold_legacy(
        "Mã số thuế,Tên\n0100109106,Công ty Hòa Bình\n"
    ));
    // Past the first mebibyte nothing is looked at: a 20 MB list costs no more than a small one.
    let late = format!("{}C«ng ty", "a".repeat(GLANCE_BYTES));
    assert!(!may_hold_legacy(&late));
    assert!(may_hold_legacy(late.get(GLANCE_BYTES - 8..).unwrap()));
}
