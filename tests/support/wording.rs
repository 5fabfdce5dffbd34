//! The wording rules of `docs/writing.md`, checked on every sentence a catalogue can produce:
//! never empty, Unicode NFC (Vietnamese typed on some keyboards arrives decomposed), no double
//! spaces, and none of the words the product never says ("invalid", "please", "sorry", error codes).

use unicode_normalization::UnicodeNormalization;

const NEVER_SAID: [&str; 7] = [
    "invalid",
    "please",
    "sorry",
    "không hợp lệ",
    "vui lòng",
    "xin lỗi",
    "error code",
];

/// Fails with the sentence when it breaks a wording rule.
pub fn assert_follows_ux_md(sentence: &str) {
    assert!(!sentence.trim().is_empty(), "empty sentence");
    assert_eq!(
        sentence.nfc().collect::<String>(),
        sentence,
        "NFC: {sentence}"
    );
    assert!(!sentence.contains("  "), "double space: {sentence}");
    let lower = sentence.to_lowercase();
    for banned in NEVER_SAID {
        assert!(!lower.contains(banned), "{banned:?} in {sentence}");
    }
}
