//! Vietnamese typed in the pre-Unicode fonts: TCVN3 (".VnTime", the ABC keyboard tables) and VNI
//! ("VNI-Times"), detected and converted to Unicode NFC (docs/rules.md §6.2).
//!
//! Both were 8-bit font tricks: the bytes are ordinary Windows-1252 code points, and only the font
//! drew them as Vietnamese letters. Outside that font — in a workbook cell, a UTF-8 CSV written
//! from it, or a text file — TCVN3 "Xã Vĩnh Hòa Hiệp" reads `X· VÜnh Hßa HiÖp` and VNI "Hòa"
//! reads `Hoøa`. Each character is the Windows-1252 character of the byte, so the same tables
//! serve text that arrives as Unicode and raw bytes ([`latin1_view`]).
//!
//! **Detection never guesses from characters alone**: `µ`, `é` or `ø` also occur in real names and
//! in ordinary Latin-1 text. A word counts for a scheme only when converting it gives a valid
//! Vietnamese syllable ([`is_vietnamese_syllable`]) while the word as written is not one; a word
//! whose conversion is not a syllable counts against. [`LegacyDetector::verdict`] needs at least
//! [`MIN_WORDS`] words for and four times more for than against, so Unicode Vietnamese (already
//! valid), English (no legacy characters) and Latin-1 names ("Müller", "Peña") do not fire.
//!
//! **What is supported**:
//! - TCVN3 as the ".VnTime" fonts lay it out (TCVN 5712:1993, table VN3): the 134 lower-case
//!   letters with tones and the seven upper-case letters without tone (Ă Â Ê Ô Ơ Ư Đ) at
//!   0xA1–0xFE. The other TCVN 5712 tables (VN1, VN2) put upper-case toned letters in the control
//!   and 0x80–0x9F ranges, which Windows fonts never used; they are not read.
//! - The upper-case font set ".VnTimeH" draws the same bytes as capitals, so the text holds
//!   lower-case codes where the reader saw capitals. A line whose ASCII letters are all capitals,
//!   with two or more in some word (so "Lª Hå" stays "Lê Hồ"), is converted to capitals: "Hµ NéI" → "HÀ NỘI".
//!   A ".VnTimeH" line written in lower-case ASCII cannot be told apart and converts to lower case.
//! - VNI Windows: base letter followed by a mark character (`o` + `ø` = ò, `a` + `á` = ấ,
//!   `o` + `â` = ô), `ô`/`ö` for ơ/ư, `ñ` for đ, single characters for the i-tones and ỵ; both cases.

use std::borrow::Cow;

use super::text::{is_combining_mark, nfc};

/// A legacy Vietnamese font encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegacyScheme {
    /// TCVN3 / ABC, ".VnTime" fonts (TCVN 5712:1993 VN3).
    Tcvn3,
    /// VNI Windows, "VNI-Times" fonts.
    Vni,
}

/// Fewest converted words before a scheme is offered: one word can be a coincidence
/// (`Hoùa` could be a typo), two agreeing words in one file are not.
pub const MIN_WORDS: usize = 2;

/// TCVN3 (VN3) characters 0xA1..=0xFE; `'\0'` marks an unused code.
#[rustfmt::skip]
const TCVN3: [char; 94] = [
    // A1..=AE: upper-case without tone, then lower-case without tone
    'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
    // AF..=B4: unused
    '\0', '\0', '\0', '\0', '\0', '\0',
    // B5..=BA: a, then ă's grave (BB…)
    'à', 'ả', 'ã', 'á', 'ạ', '\0',
    // BB..=C5
    'ằ', 'ẳ', 'ẵ', 'ắ', '\0', '\0', '\0', '\0', '\0', '\0', '\0',
    // C6..=CB
    'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ',
    // CC..=D1
    'è', '\0', 'ẻ', 'ẽ', 'é', 'ẹ',
    // D2..=D6
    'ề', 'ể', 'ễ', 'ế', 'ệ',
    // D7..=DE
    'ì', 'ỉ', '\0', '\0', '\0', 'ĩ', 'í', 'ị',
    // DF..=E4
    'ò', '\0', 'ỏ', 'õ', 'ó', 'ọ',
    // E5..=E9
    'ồ', 'ổ', 'ỗ', 'ố', 'ộ',
    // EA..=EE
    'ờ', 'ở', 'ỡ', 'ớ', 'ợ',
    // EF..=F4
    'ù', '\0', 'ủ', 'ũ', 'ú', 'ụ',
    // F5..=F9
    'ừ', 'ử', 'ữ', 'ứ', 'ự',
    // FA..=FE
    'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ',
];

/// The Unicode letter a TCVN3 character stands for.
fn tcvn3_char(c: char) -> Option<char> {
    let index = u32::from(c).checked_sub(0xA1)?;
    let mapped = *TCVN3.get(usize::try_from(index).ok()?)?;
    (mapped != '\0').then_some(mapped)
}

const ACUTE: char = '\u{0301}';
const GRAVE: char = '\u{0300}';
const HOOK: char = '\u{0309}';
const TILDE: char = '\u{0303}';
const DOT: char = '\u{0323}';
const CIRCUMFLEX: char = '\u{0302}';
const BREVE: char = '\u{0306}';

/// A VNI mark character: the combining marks it adds to the letter before it (modifier first).
fn vni_marks(c: char) -> Option<&'static [char]> {
    Some(match c {
        // Tones on any vowel.
        'ù' | 'Ù' => &[ACUTE],
        'ø' | 'Ø' => &[GRAVE],
        'û' | 'Û' => &[HOOK],
        'õ' | 'Õ' => &[TILDE],
        'ï' | 'Ï' => &[DOT],
        // Circumflex (â ê ô), alone or with a tone.
        'â' | 'Â' => &[CIRCUMFLEX],
        'á' | 'Á' => &[CIRCUMFLEX, ACUTE],
        'à' | 'À' => &[CIRCUMFLEX, GRAVE],
        'å' | 'Å' => &[CIRCUMFLEX, HOOK],
        'ã' | 'Ã' => &[CIRCUMFLEX, TILDE],
        'ä' | 'Ä' => &[CIRCUMFLEX, DOT],
        // Breve (ă), alone or with a tone.
        'ê' | 'Ê' => &[BREVE],
        'é' | 'É' => &[BREVE, ACUTE],
        'è' | 'È' => &[BREVE, GRAVE],
        'ú' | 'Ú' => &[BREVE, HOOK],
        'ü' | 'Ü' => &[BREVE, TILDE],
        'ë' | 'Ë' => &[BREVE, DOT],
        _ => return None,
    })
}

/// A VNI character that is a whole letter on its own.
fn vni_letter(c: char) -> Option<char> {
    Some(match c {
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'í' => 'í',
        'Í' => 'Í',
        'ì' => 'ì',
        'Ì' => 'Ì',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => return None,
    })
}

/// Whether `text` holds a character that TCVN3 or VNI text shows when read as Unicode and that
/// Vietnamese written in Unicode never uses (`ñ`, `ø`, `ö`, `µ`, `¸`, `®` …): a glance the page
/// affords on every list it reads itself, so that only such text goes to the file worker, whose
/// [`LegacyDetector`] decides (docs/rules.md §6.2). Legacy text in practice always has some:
/// đ, ư and the grave and dot tones are such characters in both schemes. A Unicode list with
/// `«»`, `×` or `©` only costs that look. Only the first [`GLANCE_BYTES`] are looked at.
pub fn may_hold_legacy(text: &str) -> bool {
    /// The Latin-1 letters of Vietnamese in Unicode.
    const VIETNAMESE: &str = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    let bytes = text.as_bytes();
    let head = bytes.get(..GLANCE_BYTES).unwrap_or(bytes);
    // Latin-1's upper half in UTF-8 is C2 A1..=BF and C3 80..=BF: a byte scan, not a decode.
    head.windows(2).any(|pair| {
        let code = match *pair {
            [0xC2, second @ 0xA1..=0xBF] => second,
            [0xC3, second @ 0x80..=0xBF] => second + 0x40,
            _ => return false,
        };
        let c = char::from(code);
        (is_scheme_char(c, LegacyScheme::Tcvn3) || is_scheme_char(c, LegacyScheme::Vni))
            && !VIETNAMESE.contains(c)
    })
}

/// How much of a list [`may_hold_legacy`] looks at: legacy text shows on nearly every row of a
/// list, and the worker's detector judges only its first [`MAX_JUDGED_WORDS`] words anyway; a
/// 20 MB list costs the page no more than a small one.
pub const GLANCE_BYTES: usize = 1 << 20;

/// Whether `c` means something in `scheme` (so a word holding it is a candidate).
fn is_scheme_char(c: char, scheme: LegacyScheme) -> bool {
    match scheme {
        LegacyScheme::Tcvn3 => tcvn3_char(c).is_some(),
        LegacyScheme::Vni => vni_marks(c).is_some() || vni_letter(c).is_some(),
    }
}

/// Characters that belong to a word: letters, digits, combining marks, and the whole Latin-1
/// upper half except the no-break space — TCVN3 puts letters at `·`, `§`, `×`, `÷` and the
/// soft hyphen.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{A1}'..='\u{FF}').contains(&c) || is_combining_mark(c)
}

/// Splits text into word and non-word runs, in order.
fn runs(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let word = is_word_char(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_word_char(c) != word)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((word, run))
    })
}

/// One word converted, character by character, ignoring case rules (see [`convert`]).
fn convert_word(word: &str, scheme: LegacyScheme) -> String {
    match scheme {
        LegacyScheme::Tcvn3 => word.chars().map(|c| tcvn3_char(c).unwrap_or(c)).collect(),
        LegacyScheme::Vni => {
            let mut decomposed = String::with_capacity(word.len() + 4);
            for c in word.chars() {
                if let Some(marks) = vni_marks(c) {
                    decomposed.extend(marks.iter());
                } else {
                    decomposed.push(vni_letter(c).unwrap_or(c));
                }
            }
            nfc(&decomposed)
        }
    }
}

/// What one word says about a scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordVerdict {
    /// No character of the scheme, a lone symbol, or a character beyond Latin-1: says nothing.
    Neutral,
    /// Converts into a Vietnamese syllable, and is not one as written.
    For,
    /// Holds the scheme's characters, is not a syllable, and does not convert into one.
    Against,
    /// A syllable as written and also once converted (TCVN3 "Tá" is "Tỏ"): only the rest of
    /// the line can tell.
    Either,
    /// A syllable as written that converting would spoil (Unicode "Tây" → TCVN3 "Tõy"): a sign
    /// of Unicode text, counted against.
    Spoiled,
}

fn judge_word(word: &str, scheme: LegacyScheme) -> (WordVerdict, Option<String>) {
    // A lone symbol (`©`, `·`, `µ`) is more often itself than a one-letter word.
    let candidate = word.chars().nth(1).is_some()
        && word.chars().any(|c| is_scheme_char(c, scheme))
        && word.chars().all(|c| u32::from(c) <= 0xFF);
    if !candidate {
        return (WordVerdict::Neutral, None);
    }
    let converted = convert_word(word, scheme);
    let verdict = match (
        is_vietnamese_syllable(word),
        is_vietnamese_syllable(&converted),
    ) {
        (false, true) => WordVerdict::For,
        (false, false) => WordVerdict::Against,
        (true, true) => WordVerdict::Either,
        (true, false) => WordVerdict::Spoiled,
    };
    (verdict, Some(converted))
}

/// Converts text from `scheme` to Unicode NFC.
///
/// Word by word, line by line: a word that only converted is a Vietnamese syllable is always
/// converted; in a line written wholly in the scheme ([`is_legacy_line`]) every word holding the
/// scheme's characters is; a syllable that converting would spoil never is (so a file whose
/// columns mix Unicode "Tây Nguyên" and TCVN3 "T©y Nguyªn" comes out right). Everything else — spaces,
/// punctuation, digits, Unicode text — is copied. For TCVN3, a line whose ASCII letters are all
/// capitals (two or more) comes out in capitals (".VnTimeH", see the module notes).
pub fn convert(text: &str, scheme: LegacyScheme) -> Cow<'_, str> {
    if !text.chars().any(|c| is_scheme_char(c, scheme)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    // Each distinct word is judged once: a list repeats the same few thousand syllables.
    let mut judged = Judged::default();
    let mut words: Vec<(bool, &str, WordVerdict)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let capitals = scheme == LegacyScheme::Tcvn3 && is_all_capitals(line);
        judged.start_line();
        words.clear();
        words.extend(runs(line).map(|(is_word, run)| {
            let verdict = if is_word {
                judged.verdict(run, scheme)
            } else {
                WordVerdict::Neutral
            };
            (is_word, run, verdict)
        }));
        let whole_line = is_legacy_line(&words);
        for &(is_word, run, verdict) in &words {
            let take = is_word
                && match verdict {
                    WordVerdict::For => true,
                    WordVerdict::Against | WordVerdict::Either => whole_line,
                    WordVerdict::Neutral | WordVerdict::Spoiled => false,
                };
            match judged.converted(run) {
                Some(converted) if take && capitals => {
                    out.extend(converted.chars().flat_map(char::to_uppercase));
                }
                Some(converted) if take => out.push_str(converted),
                _ => out.push_str(run),
            }
        }
    }
    Cow::Owned(out)
}

/// Words already judged, with their conversion. Bounded: past [`Judged::MAX_WORDS`] distinct
/// words (not a list, then) it starts afresh at the next line.
#[derive(Default)]
struct Judged<'a> {
    words: std::collections::HashMap<&'a str, (WordVerdict, Option<String>)>,
}

impl<'a> Judged<'a> {
    const MAX_WORDS: usize = 100_000;

    fn verdict(&mut self, word: &'a str, scheme: LegacyScheme) -> WordVerdict {
        if let Some((verdict, _)) = self.words.get(word) {
            return *verdict;
        }
        let judged = judge_word(word, scheme);
        let verdict = judged.0;
        self.words.insert(word, judged);
        verdict
    }

    /// Called before each line, so that a line's words stay while it is written out.
    fn start_line(&mut self) {
        if self.words.len() >= Self::MAX_WORDS {
            self.words.clear();
        }
    }

    fn converted(&self, word: &str) -> Option<&str> {
        self.words.get(word).and_then(|(_, c)| c.as_deref())
    }
}

/// A line written wholly in the legacy scheme: one word at least converts into a syllable, no
/// word would be spoiled, and no word holds a letter beyond Latin-1 (which only Unicode text
/// has). In such a line every word with the scheme's characters is converted, even one that also
/// reads as Unicode Vietnamese (TCVN3 "Tá" is "Tỏ").
fn is_legacy_line(words: &[(bool, &str, WordVerdict)]) -> bool {
    let mut any_for = false;
    for &(is_word, word, verdict) in words {
        if !is_word {
            continue;
        }
        if word
            .chars()
            .any(|c| u32::from(c) > 0xFF && c.is_alphabetic())
        {
            return false;
        }
        match verdict {
            WordVerdict::For => any_for = true,
            WordVerdict::Spoiled => return false,
            _ => {}
        }
    }
    any_for
}

/// All ASCII letters capitals, and some word with two of them or more ("NéI", "NGUYÔN"): a line
/// typed for ".VnTimeH". A line of one-capital words ("Lª Hå") is a name in title case.
fn is_all_capitals(line: &str) -> bool {
    let mut long_word = false;
    for (is_word, word) in runs(line) {
        if !is_word {
            continue;
        }
        let mut letters = 0usize;
        for c in word.chars().filter(char::is_ascii_alphabetic) {
            if c.is_ascii_lowercase() {
                return false;
            }
            letters += 1;
        }
        long_word = long_word || letters >= 2;
    }
    long_word
}

/// Evidence gathered for one scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Words that become Vietnamese syllables only when converted.
    pub words_for: usize,
    /// Words with the scheme's characters that do not become syllables, or that are syllables
    /// converting would spoil.
    pub words_against: usize,
}

impl Evidence {
    /// Whether this is enough to offer the conversion: [`MIN_WORDS`] for, and four times more for
    /// than against.
    pub fn is_convincing(&self) -> bool {
        self.words_for >= MIN_WORDS && self.words_for >= self.words_against.saturating_mul(4)
    }
}

/// A scheme found in some text, with its evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LegacyFound {
    /// The scheme.
    pub scheme: LegacyScheme,
    /// Why.
    pub evidence: Evidence,
}

/// Gathers evidence over many texts (the cells of a sheet, the lines of a file).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LegacyDetector {
    tcvn3: Evidence,
    vni: Evidence,
    judged: usize,
}

/// Words a [`LegacyDetector`] judges before it stops looking: evidence enough for any file, and a
/// bound on the work for a sheet of a million cells.
pub const MAX_JUDGED_WORDS: usize = 20_000;

impl LegacyDetector {
    /// Looks at one more text.
    pub fn add(&mut self, text: &str) {
        // Pure ASCII (most cells: codes, numbers, English) says nothing.
        if text.is_ascii() || self.judged >= MAX_JUDGED_WORDS {
            return;
        }
        for (is_word, word) in runs(text) {
            if !is_word || word.is_ascii() {
                continue;
            }
            self.judged += 1;
            for (scheme, evidence) in [
                (LegacyScheme::Tcvn3, &mut self.tcvn3),
                (LegacyScheme::Vni, &mut self.vni),
            ] {
                match judge_word(word, scheme).0 {
                    WordVerdict::For => evidence.words_for += 1,
                    WordVerdict::Against | WordVerdict::Spoiled => evidence.words_against += 1,
                    WordVerdict::Neutral | WordVerdict::Either => {}
                }
            }
        }
    }

    /// Whether it has judged [`MAX_JUDGED_WORDS`] words and looks at nothing more: a caller
    /// walking a large file can stop there.
    pub fn is_full(&self) -> bool {
        self.judged >= MAX_JUDGED_WORDS
    }

    /// The evidence for a scheme so far.
    pub fn evidence(&self, scheme: LegacyScheme) -> Evidence {
        match scheme {
            LegacyScheme::Tcvn3 => self.tcvn3,
            LegacyScheme::Vni => self.vni,
        }
    }

    /// The convincing scheme with more words for it, if any.
    pub fn verdict(&self) -> Option<LegacyFound> {
        [LegacyScheme::Tcvn3, LegacyScheme::Vni]
            .into_iter()
            .map(|scheme| LegacyFound {
                scheme,
                evidence: self.evidence(scheme),
            })
            .filter(|found| found.evidence.is_convincing())
            .max_by_key(|found| found.evidence.words_for)
    }
}

/// Detects a legacy scheme in one text (a whole file, or one cell).
pub fn detect(text: &str) -> Option<LegacyFound> {
    let mut detector = LegacyDetector::default();
    detector.add(text);
    detector.verdict()
}

/// Bytes as the Windows-1252 characters they are, which is how TCVN3 and VNI text reaches any
/// program that does not use their fonts. Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 control of the same value, as in the WHATWG encoding standard.
pub fn latin1_view(bytes: &[u8]) -> String {
    /// Windows-1252 0x80..=0x9F.
    #[rustfmt::skip]
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH
                .get(usize::from(b - 0x80))
                .copied()
                .unwrap_or('\u{FFFD}'),
            _ => char::from(b),
        })
        .collect()
}

/// One cell that a conversion would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellChange {
    /// Row as the user sees it (1-based).
    pub row: usize,
    /// Column (0-based).
    pub column: usize,
    /// The text as it is.
    pub before: String,
    /// The text after conversion.
    pub after: String,
}

/// What converting a table would do: for the before/after preview the user agrees to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionPreview {
    /// The scheme.
    pub scheme: LegacyScheme,
    /// How many cells would change.
    pub cells: usize,
    /// How many rows hold at least one of them.
    pub rows: usize,
    /// The first few changes, in reading order.
    pub samples: Vec<CellChange>,
}

/// Previews converting `cells` (row, column, text), keeping the first `max_samples` changes.
/// Rows must come in reading order for the row count to be right.
pub fn preview<S: AsRef<str>>(
    cells: impl IntoIterator<Item = (usize, usize, S)>,
    scheme: LegacyScheme,
    max_samples: usize,
) -> ConversionPreview {
    let mut result = ConversionPreview {
        scheme,
        cells: 0,
        rows: 0,
        samples: Vec::new(),
    };
    let mut last_row = None;
    for (row, column, text) in cells {
        let text = text.as_ref();
        let after = convert(text, scheme);
        if after == text {
            continue;
        }
        result.cells += 1;
        if last_row != Some(row) {
            result.rows += 1;
            last_row = Some(row);
        }
        if result.samples.len() < max_samples {
            result.samples.push(CellChange {
                row,
                column,
                before: text.to_owned(),
                after: after.into_owned(),
            });
        }
    }
    result
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables
// ---------------------------------------------------------------------------------------------

/// The twelve vowels, each with its five tones in the order grave, acute, hook, tilde, dot.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// A lower-case vowel without its tone, and whether it had one.
fn untoned(c: char) -> Option<(char, bool)> {
    VOWELS.iter().find_map(|row| {
        let tone = row.iter().position(|&v| v == c)?;
        Some((row[0], tone > 0))
    })
}

/// Initial consonants (longest first where one is the prefix of another). `k` endings and the
/// `kr`/`pl` onsets of Central Highlands place names (Đắk Lắk, Krông Pắc, Pleiku) are accepted.
const ONSETS: [&str; 30] = [
    "ngh", "ch", "gh", "gi", "kh", "kr", "ng", "nh", "ph", "pl", "qu", "th", "tr", "b", "c", "d",
    "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Final consonants.
const CODAS: [&str; 10] = ["ch", "ng", "nh", "c", "k", "m", "n", "p", "t", ""];

/// Vowel clusters, each with the positions its tone may stand on (bit 0 = first vowel). Both
/// placements are accepted where old and new spelling differ (hoà / hòa, thuý / thúy).
const CLUSTERS: [(&str, u8); 48] = [
    ("a", 1),
    ("ă", 1),
    ("â", 1),
    ("e", 1),
    ("ê", 1),
    ("i", 1),
    ("o", 1),
    ("ô", 1),
    ("ơ", 1),
    ("u", 1),
    ("ư", 1),
    ("y", 1),
    ("ai", 1),
    ("ao", 1),
    ("au", 1),
    ("ay", 1),
    ("âu", 1),
    ("ây", 1),
    ("eo", 1),
    ("êu", 1),
    ("ia", 1),
    ("iu", 1),
    ("oi", 1),
    ("ôi", 1),
    ("ơi", 1),
    ("ua", 1),
    ("ui", 1),
    ("ưa", 1),
    ("ưi", 1),
    ("ưu", 1),
    ("oa", 3),
    ("oe", 3),
    ("uy", 3),
    ("oo", 2),
    ("iê", 2),
    ("yê", 2),
    ("uô", 2),
    ("ươ", 2),
    ("uâ", 2),
    ("oă", 2),
    ("uê", 2),
    ("uơ", 2),
    ("iêu", 2),
    ("yêu", 2),
    ("oai", 2),
    ("oay", 2),
    ("uôi", 2),
    ("ươi", 2),
];

/// Three-vowel clusters not in [`CLUSTERS`] (kept apart so each table fits a line width).
const MORE_CLUSTERS: [(&str, u8); 6] = [
    ("ươu", 2),
    ("uây", 2),
    ("oeo", 2),
    ("uya", 2),
    ("uyê", 4),
    ("uyu", 2),
];

/// Whether `word` is one written Vietnamese syllable, in any case: an initial consonant, a vowel
/// cluster with at most one tone on an allowed vowel, and a final consonant. Lenient where
/// spelling varies (both tone placements, `k` endings of Central Highlands names), strict where
/// legacy text differs from Unicode: letters outside Vietnamese, stray marks, two tones, or a
/// tone on the wrong vowel (`caù`) are not syllables.
pub fn is_vietnamese_syllable(word: &str) -> bool {
    let mut letters: Vec<char> = Vec::with_capacity(word.len());
    let mut tone_at: Option<usize> = None;
    for c in word.chars().flat_map(char::to_lowercase) {
        if let Some((vowel, toned)) = untoned(c) {
            if toned {
                if tone_at.is_some() {
                    return false;
                }
                tone_at = Some(letters.len());
            }
            letters.push(vowel);
        } else if c.is_ascii_lowercase() || c == 'đ' {
            letters.push(c);
        } else {
            return false;
        }
    }
    if letters.is_empty() || letters.len() > 8 {
        return false;
    }
    let word: String = letters.iter().collect();
    ONSETS.iter().any(|onset| {
        let Some(rest) = word.strip_prefix(onset) else {
            return false;
        };
        CODAS.iter().any(|coda| {
            let Some(nucleus) = rest.strip_suffix(coda) else {
                return false;
            };
            let Some(&(_, positions)) = CLUSTERS
                .iter()
                .chain(MORE_CLUSTERS.iter())
                .find(|(cluster, _)| *cluster == nucleus)
            else {
                return false;
            };
            match tone_at {
                None => true,
                Some(at) => {
                    let offset = at.checked_sub(onset.chars().count());
                    offset.is_some_and(|o| o < 8 && positions & (1 << o) != 0)
                }
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_examples_convert() {
        assert_eq!(
            convert("X· VÜnh Hßa HiÖp", LegacyScheme::Tcvn3),
            "Xã Vĩnh Hòa Hiệp"
        );
        assert_eq!(convert("Hoøa", LegacyScheme::Vni), "Hòa");
    }

    #[test]
    fn syllables() {
        for word in [
            "nghiêng",
            "Trường",
            "hoà",
            "hòa",
            "thuý",
            "khuỷu",
            "Đắk",
            "gì",
            "quốc",
        ] {
            assert!(is_vietnamese_syllable(word), "{word}");
        }
        for word in ["caù", "Müller", "Hoøa", "X·", "hello", "aa", "Peña"] {
            assert!(!is_vietnamese_syllable(word), "{word}");
        }
    }
}
