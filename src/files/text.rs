//! Text files that are not UTF-8: Windows-1258 (Vietnamese Windows' "ANSI", what Excel there
//! saves as plain "CSV"), and TCVN3 or VNI bytes (docs/rules.md §6.2).
//!
//! UTF-8 and UTF-16 are read as [`crate::rules::delimited::decode`] reads them. Otherwise the bytes
//! are looked at through Windows-1252, the way the TCVN3 and VNI fonts' users stored them: if the
//! words make Vietnamese syllables only once converted, the text stays in that view and the
//! conversion is offered. Otherwise they are decoded as Windows-1258 with `encoding_rs` — whose
//! tone marks are combining characters — and composed to NFC.

use super::protocol::{FileError, TextEncoding};
use crate::rules::delimited::{self, Encoding, MAX_INPUT_BYTES};
use crate::rules::legacy_text::{LegacyDetector, LegacyFound, latin1_view};
use crate::rules::text::nfc;

/// A text file decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedText {
    /// The text, without byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: TextEncoding,
    /// Sequences not valid in it, replaced by U+FFFD.
    pub replaced: usize,
    /// TCVN3 or VNI text found (not converted: the user decides).
    pub legacy: Option<LegacyFound>,
}

/// Looks for TCVN3 or VNI, line by line.
pub fn detect_legacy(text: &str) -> Option<LegacyFound> {
    let mut detector = LegacyDetector::default();
    for line in text.lines() {
        detector.add(line);
    }
    detector.verdict()
}

/// Whether bytes that are not all valid UTF-8 are still UTF-8 with a few damaged sequences (a
/// file cut short, a cell pasted from elsewhere): more valid multi-byte characters than invalid
/// sequences. Windows-1258 Vietnamese has almost none of the former — its letters are single
/// bytes that rarely happen to form a UTF-8 sequence — so it is not mistaken for damaged UTF-8,
/// and damaged UTF-8 is not turned into Windows-1258 nonsense.
pub fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > invalid
}

/// Decodes a text file's bytes.
///
/// # Errors
/// [`FileError::TooLarge`] past [`MAX_INPUT_BYTES`].
pub fn decode_text(bytes: &[u8]) -> Result<DecodedText, FileError> {
    let decoded = delimited::decode(bytes).map_err(|_| FileError::TooLarge {
        bytes: bytes.len() as u64,
        max: MAX_INPUT_BYTES as u64,
    })?;
    let utf16 = matches!(decoded.encoding, Encoding::Utf16Le | Encoding::Utf16Be);
    if decoded.invalid.is_none() || utf16 {
        let text = decoded.text.into_owned();
        let legacy = detect_legacy(&text);
        return Ok(DecodedText {
            text,
            encoding: if utf16 {
                TextEncoding::Utf16
            } else {
                TextEncoding::Utf8
            },
            replaced: decoded.invalid.map_or(0, |i| i.replaced),
            legacy,
        });
    }
    if mostly_utf8(bytes) {
        let invalid = decoded.invalid.map_or(0, |i| i.replaced);
        let text = decoded.text.into_owned();
        let legacy = detect_legacy(&text);
        return Ok(DecodedText {
            text,
            encoding: TextEncoding::Utf8,
            replaced: invalid,
            legacy,
        });
    }
    let latin1 = latin1_view(bytes);
    if let Some(found) = detect_legacy(&latin1) {
        return Ok(DecodedText {
            text: latin1,
            encoding: TextEncoding::Windows1252,
            replaced: 0,
            legacy: Some(found),
        });
    }
    let (text, malformed) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    let text = nfc(&text);
    let replaced = if malformed {
        text.matches('\u{FFFD}').count()
    } else {
        0
    };
    Ok(DecodedText {
        text,
        encoding: TextEncoding::Windows1258,
        replaced,
        legacy: None,
    })
}
