//! Delimited text: CSV files, "Unicode text" saved by Excel, and tables pasted from a
//! spreadsheet — read (RFC 4180, leniently) and written (for Excel).
//!
//! Used by the student roster (paste), the bulk organization check (tens of thousands of rows)
//! and the campaign tracker's CSV import and export. Nothing here knows about the tools'
//! columns: they pass their own [`ColumnSpec`]s.
//!
//! **Row numbers** are the ones a person sees when opening the file in a spreadsheet: 1-based,
//! the header is row 1, a record whose quoted cell spans several lines is still one row, and a
//! blank line is a row (Excel shows it as an empty row). Each record also carries the physical
//! `line` where it starts, for people who open the file in a text editor. Messages use the row.
//!
//! Invalid UTF-8 is decoded lossily (U+FFFD) and reported once, with the number of rows
//! affected: a file saved in a legacy code page (Excel's plain "CSV" on Windows) must be saved
//! again as "CSV UTF-8", and refusing it outright would hide which rows are damaged.

use std::borrow::Cow;
use std::fmt;

use super::text::fold;

/// Largest file [`decode`] accepts (256 MiB): about a million rows of a bulk check, and what a
/// phone's browser can hold twice (bytes and text) without running out of memory.
pub const MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// A record is allocated at the previous record's width up to this many fields.
const MAX_PREALLOCATED_FIELDS: usize = 256;

/// At most this many warnings are kept per table; the rest are only counted.
pub const MAX_WARNINGS: usize = 100;

/// An unterminated quote makes the reader rescan to the end of the text before it gives up on
/// that quote; after this many, the rest of the text is taken as the quoted field. Bounds the
/// work on hostile input to (this + 1) passes.
const MAX_QUOTE_RETRIES: u8 = 8;

// ---------------------------------------------------------------------------------------------
// Bytes to text
// ---------------------------------------------------------------------------------------------

/// How the bytes were encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 without byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little endian (Excel's "Unicode text", tab-separated), with or without BOM.
    Utf16Le,
    /// UTF-16 big endian.
    Utf16Be,
}

/// Why bytes cannot be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadError {
    /// More than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { bytes, max } => write!(f, "input of {bytes} bytes exceeds {max}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Sequences that were not valid in the detected encoding, replaced by U+FFFD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidText {
    /// How many invalid sequences were replaced.
    pub replaced: usize,
    /// The physical line (1-based) of the first one.
    pub first_line: usize,
}

/// Bytes decoded to text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, without byte-order mark.
    pub text: Cow<'a, str>,
    /// The encoding detected.
    pub encoding: Encoding,
    /// Present when some bytes were not valid and were replaced.
    pub invalid: Option<InvalidText>,
}

impl Decoded<'_> {
    /// Parses the text as a table ([`parse_table`]) and adds a [`ReadWarning::NotUtf8`] counting
    /// the rows that hold replaced characters.
    pub fn table(&self) -> Table<'_> {
        let mut table = parse_table(&self.text);
        if let Some(invalid) = self.invalid {
            let damaged = |fields: &[Cow<'_, str>]| fields.iter().any(|f| f.contains('\u{FFFD}'));
            let header_row = table.header_row;
            let rows = table
                .rows
                .iter()
                .filter(|r| damaged(&r.fields))
                .map(|r| r.row);
            let mut damaged_rows = (damaged(&table.header).then_some(header_row))
                .into_iter()
                .chain(rows);
            let first_row = damaged_rows.next();
            let count = usize::from(first_row.is_some()) + damaged_rows.count();
            let warning = ReadWarning::NotUtf8 {
                replaced: invalid.replaced,
                rows: count,
                first_row: first_row.unwrap_or(invalid.first_line),
            };
            // It goes first; the list stays within MAX_WARNINGS, the last one only counted.
            if table.warnings.len() >= MAX_WARNINGS {
                table.warnings.truncate(MAX_WARNINGS - 1);
                table.warnings_omitted = table.warnings_omitted.saturating_add(1);
            }
            table.warnings.insert(0, warning);
        }
        table
    }
}

/// Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without BOM
/// when the zero bytes make it plain). Invalid sequences become U+FFFD and are counted in
/// [`Decoded::invalid`].
///
/// # Errors
/// [`ReadError::TooLarge`] for more than [`MAX_INPUT_BYTES`] (256 MiB).
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, ReadError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        let (text, invalid) = decode_utf8(rest);
        return Ok(Decoded {
            text,
            encoding: Encoding::Utf8Bom,
            invalid,
        });
    }
    let (encoding, body) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (Encoding::Utf16Le, rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (Encoding::Utf16Be, rest)
    } else {
        (guess_bomless(bytes), bytes)
    };
    match encoding {
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let (text, invalid) = decode_utf16(body, encoding == Encoding::Utf16Le);
            Ok(Decoded {
                text: Cow::Owned(text),
                encoding,
                invalid,
            })
        }
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let (text, invalid) = decode_utf8(body);
            Ok(Decoded {
                text,
                encoding: Encoding::Utf8,
                invalid,
            })
        }
    }
}

/// UTF-16 without BOM shows as zero bytes in every other position (text is mostly ASCII: tabs,
/// digits, newlines). Needs a clear majority so binary junk stays UTF-8.
fn guess_bomless(bytes: &[u8]) -> Encoding {
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return Encoding::Utf8;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 3 && even * 20 < pairs {
        Encoding::Utf16Le
    } else if even * 10 >= pairs * 3 && odd * 20 < pairs {
        Encoding::Utf16Be
    } else {
        Encoding::Utf8
    }
}

fn decode_utf8(bytes: &[u8]) -> (Cow<'_, str>, Option<InvalidText>) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), None);
    }
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut replaced = 0usize;
    let mut first_line = None;
    let mut line = 1usize;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        line += count_line_breaks(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            replaced += 1;
            first_line.get_or_insert(line);
        }
    }
    let invalid = first_line.map(|first_line| InvalidText {
        replaced,
        first_line,
    });
    (Cow::Owned(text), invalid)
}

fn decode_utf16(bytes: &[u8], little_endian: bool) -> (String, Option<InvalidText>) {
    let units = bytes
        .chunks_exact(2)
        .map(|pair| match (pair, little_endian) {
            ([lo, hi], true) | ([hi, lo], false) => u16::from_le_bytes([*lo, *hi]),
            _ => 0xFFFD,
        });
    let mut text = String::with_capacity(bytes.len() / 2 + 16);
    let mut replaced = 0usize;
    let mut first_line = None;
    let mut line = 1usize;
    let mut previous_cr = false;
    for decoded in char::decode_utf16(units) {
        let c = decoded.unwrap_or_else(|_| {
            replaced += 1;
            first_line.get_or_insert(line);
            '\u{FFFD}'
        });
        if (c == '\n' && !previous_cr) || c == '\r' {
            line += 1;
        }
        previous_cr = c == '\r';
        text.push(c);
    }
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
        replaced += 1;
        first_line.get_or_insert(line);
    }
    let invalid = first_line.map(|first_line| InvalidText {
        replaced,
        first_line,
    });
    (text, invalid)
}

/// Line breaks in a text: `\r\n`, `\n` or a lone `\r` each count once.
fn count_line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| {
            (b == b'\n' && (i == 0 || bytes.get(i - 1) != Some(&b'\r'))) || b == b'\r'
        })
        .count()
}

// ---------------------------------------------------------------------------------------------
// Delimiters
// ---------------------------------------------------------------------------------------------

/// The character between fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// `,` — CSV in most locales.
    Comma,
    /// `;` — CSV where the decimal separator is a comma (Vietnamese, most of Europe).
    Semicolon,
    /// Tab — a paste from a spreadsheet, Excel's "Unicode text".
    Tab,
    /// `|`.
    Pipe,
}

impl Delimiter {
    /// In the order that breaks ties in detection: a tab or a semicolon that splits every line
    /// the same way is a delimiter, whereas commas also occur in text and decimals.
    pub const ALL: [Delimiter; 4] = [
        Delimiter::Tab,
        Delimiter::Semicolon,
        Delimiter::Comma,
        Delimiter::Pipe,
    ];

    /// The delimiter's byte.
    pub const fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
            Delimiter::Pipe => b'|',
        }
    }

    /// The delimiter as a character.
    pub const fn as_char(self) -> char {
        self.byte() as char
    }
}

/// What [`detect_delimiter`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Detection {
    /// The delimiter to use.
    pub delimiter: Delimiter,
    /// The number of columns most records have with it.
    pub columns: usize,
    /// False when the sample is inconsistent: the UI should show the delimiter and let the user
    /// change it.
    pub confident: bool,
}

/// Bytes of text looked at by [`detect_delimiter`].
const DETECTION_SAMPLE_BYTES: usize = 64 * 1024;
/// Records looked at by [`detect_delimiter`].
const DETECTION_SAMPLE_RECORDS: usize = 100;

/// Detects the delimiter among tab, semicolon, comma and pipe from the first records (quotes
/// respected): the one that gives the header and most records the same number of fields (at
/// least 2) wins; ties go in the order of [`Delimiter::ALL`]. Text with none of them is one
/// column, read with tabs (commas in the text then stay inside the cells).
pub fn detect_delimiter(text: &str) -> Detection {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let cut = text.len() > DETECTION_SAMPLE_BYTES;
    let sample = if cut {
        let end = (0..=DETECTION_SAMPLE_BYTES)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.get(..end).unwrap_or("")
    } else {
        text
    };
    // (first record matches the mode, consistency in thousandths, columns, delimiter)
    let mut best: Option<(bool, usize, usize, Delimiter)> = None;
    for delimiter in Delimiter::ALL {
        let mut counts: Vec<usize> = Reader::new(sample, delimiter)
            .filter(|r| !r.is_blank())
            .take(DETECTION_SAMPLE_RECORDS + 1)
            .map(|r| r.fields.len())
            .collect();
        if cut || counts.len() > DETECTION_SAMPLE_RECORDS {
            counts.pop(); // possibly cut short
        }
        let Some(&first) = counts.first() else {
            continue;
        };
        let mut sorted = counts.clone();
        sorted.sort_unstable();
        // The most frequent count, the larger on a tie.
        let (mode, frequency) = sorted
            .chunk_by(|a, b| a == b)
            .map(|run| (run.first().copied().unwrap_or(0), run.len()))
            .max_by_key(|&(count, frequency)| (frequency, count))
            .unwrap_or((1, 0));
        if mode < 2 {
            continue;
        }
        let consistency = frequency * 1000 / counts.len();
        let candidate = (first == mode, consistency, mode, delimiter);
        let better = match best {
            None => true,
            Some((best_first, best_consistency, _, _)) => {
                (first == mode, consistency) > (best_first, best_consistency)
            }
        };
        if better {
            best = Some(candidate);
        }
    }
    match best {
        Some((first_matches, consistency, columns, delimiter)) => Detection {
            delimiter,
            columns,
            confident: first_matches && consistency >= 900,
        },
        None => Detection {
            delimiter: Delimiter::Tab,
            columns: 1,
            confident: true,
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Reading records
// ---------------------------------------------------------------------------------------------

/// What went wrong in one record; the record is still returned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RecordIssues {
    /// A cell opens a double quote that is never closed (or closes only lines later, followed by
    /// more text: a stray quote); the quote was read as a plain character (or, after many such
    /// quotes, the rest of the text became the cell).
    pub unterminated_quote: bool,
    /// Text follows a closing quote (`"ab"c`); it was kept: `abc`.
    pub text_after_closing_quote: bool,
}

impl RecordIssues {
    /// No issue.
    pub const fn is_empty(&self) -> bool {
        !self.unterminated_quote && !self.text_after_closing_quote
    }
}

/// One record (a spreadsheet row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// The row number a spreadsheet shows (1-based; blank lines count; a multi-line cell is one
    /// row).
    pub row: usize,
    /// The physical line (1-based) where the record starts.
    pub line: usize,
    /// The fields, borrowed from the text unless unquoting changed them.
    pub fields: Vec<Cow<'a, str>>,
    /// Problems met while reading it.
    pub issues: RecordIssues,
}

impl Record<'_> {
    /// The field at `index`, if the record has it.
    pub fn get(&self, index: usize) -> Option<&str> {
        self.fields.get(index).map(|f| f.as_ref())
    }

    /// True when every field is empty or white space (",,," lines left by spreadsheets).
    pub fn is_blank(&self) -> bool {
        self.fields
            .iter()
            .all(|f| crate::text::trim_white(f).is_empty())
    }
}

/// Up to eight bytes as a little-endian word (missing high bytes are zero). A slice pattern
/// rather than `copy_from_slice`, which at the release profile's opt-level "z" stays a function
/// call per word in the loops over every byte of a list.
#[inline(always)]
pub(crate) fn le_word(bytes: &[u8]) -> u64 {
    if let &[a, b, c, d, e, f, g, h] = bytes {
        return u64::from_le_bytes([a, b, c, d, e, f, g, h]);
    }
    bytes
        .iter()
        .rev()
        .fold(0, |word, &byte| (word << 8) | u64::from(byte))
}

/// The index of the first byte equal to `a`, `b` or `c`. Looks at eight bytes at a time
/// ("SWAR": a zero byte in `word ^ pattern` marks a match), which in WebAssembly — no vector
/// instructions assumed — reads a large file about twice as fast as a byte loop.
pub fn find_any_of_three(bytes: &[u8], a: u8, b: u8, c: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // High bit set in each byte of `word` that is zero, and maybe in bytes above one (the
    // borrow of the subtraction runs upwards): the lowest set bit is always a zero byte, and
    // only the lowest is read. Four operations a pattern; the exact form takes six.
    let zero_bytes = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let (pa, pb, pc) = (
        ONES * u64::from(a),
        ONES * u64::from(b),
        ONES * u64::from(c),
    );
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let word = le_word(chunk);
        let hits = zero_bytes(word ^ pa) | zero_bytes(word ^ pb) | zero_bytes(word ^ pc);
        if hits != 0 {
            return Some(offset + (hits.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == a || x == b || x == c)
        .map(|i| offset + i)
}

/// Reads records one at a time, borrowing the text: fit for a million rows. Blank lines are
/// skipped (but counted in row numbers).
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    text: &'a str,
    position: usize,
    delimiter: u8,
    row: usize,
    line: usize,
    retries_left: u8,
    /// Fields of the previous record: the next one is allocated at that size at once (records
    /// of one file have the same width), not grown field by field.
    width: usize,
}

impl<'a> Reader<'a> {
    /// A reader of `text` (a leading BOM is skipped) with a known delimiter.
    pub fn new(text: &'a str, delimiter: Delimiter) -> Reader<'a> {
        let position = if text.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        Reader {
            text,
            position,
            delimiter: delimiter.byte(),
            row: 1,
            line: 1,
            retries_left: MAX_QUOTE_RETRIES,
            width: 0,
        }
    }

    /// Bytes of the text read so far (for a progress bar: `position() / text.len()`).
    pub fn position(&self) -> usize {
        self.position
    }

    /// A reader with the delimiter found by [`detect_delimiter`].
    pub fn detect(text: &'a str) -> (Reader<'a>, Detection) {
        let detection = detect_delimiter(text);
        (Reader::new(text, detection.delimiter), detection)
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        // Start and end are always at ASCII bytes (delimiters, quotes, line breaks) or the ends,
        // hence at character boundaries; `get` keeps that a non-panicking fact.
        self.text.get(start..end).unwrap_or("")
    }

    /// Consumes one line break at `position` if there is one.
    fn line_break_at(&self, at: usize) -> Option<usize> {
        match self.byte(at) {
            Some(b'\r') if self.byte(at + 1) == Some(b'\n') => Some(at + 2),
            Some(b'\r' | b'\n') => Some(at + 1),
            _ => None,
        }
    }

    /// End of an unquoted field starting at `start`.
    fn unquoted_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let rest = bytes.get(start..).unwrap_or(&[]);
        let delimiter = self.delimiter;
        find_any_of_three(rest, delimiter, b'\n', b'\r').map_or(bytes.len(), |i| start + i)
    }

    /// Reads a quoted field whose opening quote is at `start`. Returns the field, the position
    /// after the closing quote and the line breaks inside, or `None` when no quote closes it.
    fn quoted(&self, start: usize) -> Option<(Cow<'a, str>, usize, usize)> {
        let bytes = self.text.as_bytes();
        let content_start = start + 1;
        let mut at = content_start;
        let mut escaped = false;
        let mut breaks = 0;
        loop {
            let rest = bytes.get(at..)?;
            let offset = find_any_of_three(rest, b'"', b'\n', b'\r')?;
            at += offset;
            match self.byte(at) {
                Some(b'"') if self.byte(at + 1) == Some(b'"') => {
                    escaped = true;
                    at += 2;
                }
                Some(b'"') => break,
                _ => {
                    breaks += 1;
                    at = self.line_break_at(at).unwrap_or(at + 1);
                }
            }
        }
        let content = self.slice(content_start, at);
        let field = if escaped {
            Cow::Owned(content.replace("\"\"", "\""))
        } else {
            Cow::Borrowed(content)
        };
        Some((field, at + 1, breaks))
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let mut record = Record {
            row: 0,
            line: 0,
            fields: Vec::with_capacity(self.width.min(MAX_PREALLOCATED_FIELDS)),
            issues: RecordIssues::default(),
        };
        self.read_into(&mut record).then_some(record)
    }
}

impl<'a> Reader<'a> {
    /// Reads the next record into `record`, reusing its field vector (no allocation per record
    /// once it has grown to the file's width: for checking a million rows). Returns false at
    /// the end of the text, leaving `record` empty.
    pub fn read_into(&mut self, record: &mut Record<'a>) -> bool {
        record.fields.clear();
        record.issues = RecordIssues::default();
        // Blank lines: rows without records.
        while let Some(after) = self.line_break_at(self.position) {
            self.position = after;
            self.row += 1;
            self.line += 1;
        }
        if self.position >= self.text.len() {
            return false;
        }
        record.row = self.row;
        record.line = self.line;
        let mut at = self.position;
        loop {
            let mut field: Cow<'a, str>;
            if self.byte(at) == Some(b'"') {
                // A quoted cell that runs over lines and then does not end at a delimiter was
                // most likely opened by a stray quote: read that quote as a plain character.
                let quoted = self.quoted(at).filter(|&(_, after, breaks)| {
                    breaks == 0 || self.unquoted_end(after) == after || self.retries_left == 0
                });
                match quoted {
                    Some((content, after, breaks)) => {
                        field = content;
                        self.line += breaks;
                        at = after;
                        // Anything between the closing quote and the next delimiter is kept.
                        let end = self.unquoted_end(at);
                        if end > at {
                            record.issues.text_after_closing_quote = true;
                            field.to_mut().push_str(self.slice(at, end));
                            at = end;
                        }
                    }
                    None if self.retries_left > 0 => {
                        // Read the quote as a plain character, so one stray quote does not
                        // swallow the rest of the file.
                        self.retries_left -= 1;
                        record.issues.unterminated_quote = true;
                        let end = self.unquoted_end(at);
                        field = Cow::Borrowed(self.slice(at, end));
                        at = end;
                    }
                    None => {
                        record.issues.unterminated_quote = true;
                        let end = self.text.len();
                        self.line += count_line_breaks(self.slice(at, end));
                        field = Cow::Borrowed(self.slice(at + 1, end));
                        at = end;
                    }
                }
            } else {
                let end = self.unquoted_end(at);
                field = Cow::Borrowed(self.slice(at, end));
                at = end;
            }
            record.fields.push(field);
            if self.byte(at) == Some(self.delimiter) {
                at += 1;
                continue;
            }
            break;
        }
        match self.line_break_at(at) {
            Some(after) => {
                self.position = after;
                self.line += 1;
            }
            None => self.position = self.text.len(),
        }
        self.row += 1;
        self.width = record.fields.len();
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/// Something in the file the user should know about; the data is still read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadWarning {
    /// Bytes that were not UTF-8 were replaced (a file saved in a legacy code page).
    NotUtf8 {
        /// Invalid sequences replaced.
        replaced: usize,
        /// Rows holding at least one replaced character.
        rows: usize,
        /// The first such row.
        first_row: usize,
    },
    /// A double quote opens a cell and never closes.
    UnterminatedQuote {
        /// Spreadsheet row.
        row: usize,
        /// Physical line.
        line: usize,
    },
    /// Text right after a closing double quote (`"ab"c`).
    TextAfterClosingQuote {
        /// Spreadsheet row.
        row: usize,
        /// Physical line.
        line: usize,
    },
    /// A row with more or fewer cells than the header (extra empty cells are not reported).
    RaggedRow {
        /// Spreadsheet row.
        row: usize,
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
}

/// A whole table in memory: header, rows and warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<'a> {
    /// The delimiter used (detected).
    pub delimiter: Detection,
    /// The first non-blank record.
    pub header: Vec<Cow<'a, str>>,
    /// The header's row number (1 unless blank lines come first).
    pub header_row: usize,
    /// The other non-blank records.
    pub rows: Vec<Record<'a>>,
    /// Up to [`MAX_WARNINGS`] warnings, in row order.
    pub warnings: Vec<ReadWarning>,
    /// Warnings beyond [`MAX_WARNINGS`], only counted.
    pub warnings_omitted: usize,
}

impl Table<'_> {
    /// The cell at (`row` index in [`Table::rows`], `column`), empty when the row is short.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows.get(row).and_then(|r| r.get(column)).unwrap_or("")
    }

    fn warn(&mut self, warning: ReadWarning) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(warning);
        } else {
            self.warnings_omitted = self.warnings_omitted.saturating_add(1);
        }
    }
}

/// Reads a whole table: detects the delimiter, takes the first non-blank record as the header,
/// drops blank records, and reports unterminated quotes, text after quotes and rows whose
/// length differs from the header's. For very large inputs, prefer [`Reader`].
pub fn parse_table(text: &str) -> Table<'_> {
    let (reader, delimiter) = Reader::detect(text);
    let mut table = Table {
        delimiter,
        header: Vec::new(),
        header_row: 1,
        rows: Vec::new(),
        warnings: Vec::new(),
        warnings_omitted: 0,
    };
    let mut header_seen = false;
    for record in reader {
        if record.issues.unterminated_quote {
            table.warn(ReadWarning::UnterminatedQuote {
                row: record.row,
                line: record.line,
            });
        }
        if record.issues.text_after_closing_quote {
            table.warn(ReadWarning::TextAfterClosingQuote {
                row: record.row,
                line: record.line,
            });
        }
        if record.is_blank() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            table.header_row = record.row;
            table.header = record.fields;
            continue;
        }
        let expected = table.header.len();
        let found = record.fields.len();
        let extra_blank = found > expected
            && record
                .fields
                .iter()
                .skip(expected)
                .all(|f| f.trim().is_empty());
        if found != expected && !extra_blank {
            table.warn(ReadWarning::RaggedRow {
                row: record.row,
                expected,
                found,
            });
        }
        table.rows.push(record);
    }
    table
}

// ---------------------------------------------------------------------------------------------
// Header matching
// ---------------------------------------------------------------------------------------------

/// A column a tool expects, with the headers people write for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ColumnSpec {
    /// Stable identifier ("tax_code"); also accepted as a header.
    pub key: &'static str,
    /// Headers for this column, the product's own template header first ("Mã số thuế"), then
    /// synonyms in Vietnamese and English ("MST", "Tax code", "tax_id"). Compared with case,
    /// accents and punctuation folded.
    pub names: &'static [&'static str],
}

/// How sure the mapping of one column is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// The header is exactly the template's header (or the key).
    Exact,
    /// The header is one of the synonyms, up to case, accents and punctuation.
    Synonym,
    /// A near miss (a typo, a longer header containing a synonym) or one of several equally
    /// good columns: show the mapping step.
    Unsure,
    /// No header fits.
    Missing,
}

/// The column found for one [`ColumnSpec`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ColumnMatch {
    /// The spec's key.
    pub key: &'static str,
    /// Index of the header, when one was chosen.
    pub column: Option<usize>,
    /// How sure.
    pub confidence: Confidence,
}

/// The result of [`match_headers`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnMapping {
    /// One entry per spec, in the specs' order.
    pub columns: Vec<ColumnMatch>,
    /// Header indices no spec took.
    pub unused: Vec<usize>,
}

impl ColumnMapping {
    /// The column chosen for `key`.
    pub fn column(&self, key: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.key == key)
            .and_then(|c| c.column)
    }

    /// True when a column is unsure or missing: the UI shows the mapping step.
    pub fn needs_review(&self) -> bool {
        self.columns
            .iter()
            .any(|c| c.confidence >= Confidence::Unsure)
    }
}

/// Headers longer than this are compared on their first 200 bytes only.
const MAX_HEADER_BYTES: usize = 200;
/// Columns beyond this are not considered (bounds the work on a header line with huge numbers of
/// cells).
const MAX_HEADER_COLUMNS: usize = 1000;

/// Folded header key: case, accents and punctuation removed, `tax_id` = "tax id".
fn header_key(text: &str) -> String {
    let end = (0..=text.len().min(MAX_HEADER_BYTES))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let folded = fold(text.get(..end).unwrap_or(""));
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Edit distance, bounded: `None` when above `max` (cheap early exit).
fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    // Most pairs differ in length by more than `max`: answer before allocating anything.
    if a.chars().count().abs_diff(b.chars().count()) > max {
        return None;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .map_or(usize::MAX, |&d| d + usize::from(ca != cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |&d| d + 1);
            let insert = current.get(j).map_or(usize::MAX, |&d| d + 1);
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = substitute.min(delete).min(insert);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().filter(|&d| d <= max)
}

/// Whether the words of `needle` appear in order as whole words of `hay` (both folded, single
/// spaces).
fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(at, _)| {
        let before = hay
            .get(..at)
            .is_none_or(|b| b.is_empty() || b.ends_with(' '));
        let after = hay
            .get(at + needle.len()..)
            .is_none_or(|a| a.is_empty() || a.starts_with(' '));
        before && after
    })
}

/// How well one header fits one spec; `synonyms` are the spec's names and key, folded.
fn confidence_of(
    header: &str,
    key: &str,
    spec: &ColumnSpec,
    synonyms: &[String],
) -> Option<Confidence> {
    let trimmed = header.trim();
    if trimmed.is_empty() {
        return None;
    }
    if spec.names.first().is_some_and(|name| *name == trimmed) || spec.key == trimmed {
        return Some(Confidence::Exact);
    }
    if synonyms.iter().any(|s| s == key) {
        return Some(Confidence::Synonym);
    }
    let near = synonyms.iter().any(|s| {
        let allowed = match s.chars().count() {
            0..=4 => 0,
            5..=9 => 1,
            _ => 2,
        };
        let typo = allowed > 0 && edit_distance_within(s, key, allowed).is_some();
        // A longer header that contains a synonym ("Mã số thuế của doanh nghiệp"), or a header
        // that is one word of a synonym long enough to mean something ("Tên" in "Họ và tên").
        let contains = s.len() >= 3 && contains_words(key, s);
        typo || contains
    });
    near.then_some(Confidence::Unsure)
}

/// Maps a file's headers to the columns a tool expects. Each header serves at most one column;
/// exact matches are taken first, then synonyms, then near misses; when two headers fit a
/// column equally well the first is taken and marked [`Confidence::Unsure`].
pub fn match_headers<S: AsRef<str>>(headers: &[S], specs: &[ColumnSpec]) -> ColumnMapping {
    let headers = headers
        .get(..headers.len().min(MAX_HEADER_COLUMNS))
        .unwrap_or(&[]);
    let keys: Vec<String> = headers.iter().map(|h| header_key(h.as_ref())).collect();
    // (confidence, spec index, column index)
    let mut candidates: Vec<(Confidence, usize, usize)> = Vec::new();
    for (s, spec) in specs.iter().enumerate() {
        let synonyms: Vec<String> = spec
            .names
            .iter()
            .copied()
            .chain(std::iter::once(spec.key))
            .map(header_key)
            .collect();
        for (c, (header, key)) in headers.iter().zip(&keys).enumerate() {
            if let Some(confidence) = confidence_of(header.as_ref(), key, spec, &synonyms) {
                candidates.push((confidence, s, c));
            }
        }
    }
    candidates.sort_unstable();
    let mut columns: Vec<ColumnMatch> = specs
        .iter()
        .map(|s| ColumnMatch {
            key: s.key,
            column: None,
            confidence: Confidence::Missing,
        })
        .collect();
    let mut taken = vec![false; headers.len()];
    for &(confidence, s, c) in &candidates {
        let column_free = taken.get(c) == Some(&false);
        let spec_free = columns.get(s).is_some_and(|m| m.column.is_none());
        if !(column_free && spec_free) {
            continue;
        }
        // Another free header fitting this spec just as well makes the choice unsure.
        let rival = candidates.iter().any(|&(k, s2, c2)| {
            k == confidence && s2 == s && c2 != c && taken.get(c2) == Some(&false)
        });
        if let Some(slot) = taken.get_mut(c) {
            *slot = true;
        }
        if let Some(m) = columns.get_mut(s) {
            m.column = Some(c);
            m.confidence = if rival {
                Confidence::Unsure
            } else {
                confidence
            };
        }
    }
    let unused = taken
        .iter()
        .enumerate()
        .filter(|(_, t)| !**t)
        .map(|(i, _)| i)
        .collect();
    ColumnMapping { columns, unused }
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/// Reads a yes/no cell: "có", "co", "x", "1", "true", "yes", "y", "đã", "rồi", "✓" are yes;
/// "không", "khong", "ko", "k", "0", "false", "no", "n", "chưa", "✗" are no (any case, with or
/// without accents).
///
/// A blank cell, or any other text, is `None`: only the tool knows whether blank means "no" (a
/// column where people tick with "x") or "not answered" (a column of "có/không"), so it decides.
pub fn parse_yes_no(cell: &str) -> Option<bool> {
    const YES: [&str; 17] = [
        "co", "x", "1", "true", "yes", "y", "da", "roi", "da co", "co roi", "ok", "dung", "v", "✓",
        "✔", "☑", "☒",
    ];
    const NO: [&str; 13] = [
        "khong", "ko", "k", "0", "false", "no", "n", "chua", "chua co", "sai", "✗", "✘", "☐",
    ];
    if cell.len() > 40 {
        return None;
    }
    let folded = fold(cell);
    let key =
        folded.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '"' | '\''));
    if YES.contains(&key) {
        Some(true)
    } else if NO.contains(&key) {
        Some(false)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// How to write CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CsvOptions {
    /// The field delimiter.
    pub delimiter: Delimiter,
    /// Start with a UTF-8 byte-order mark, so Excel reads Vietnamese letters correctly.
    pub bom: bool,
    /// End lines with CRLF (RFC 4180, Excel) rather than LF.
    pub crlf: bool,
    /// Prefix `'` to cells that a spreadsheet would run as a formula (see [`write_csv`]).
    pub guard_formulas: bool,
}

impl CsvOptions {
    /// For files people open in Excel: comma, BOM, CRLF, formulas guarded.
    pub const EXCEL: CsvOptions = CsvOptions {
        delimiter: Delimiter::Comma,
        bom: true,
        crlf: true,
        guard_formulas: true,
    };

    /// Plain RFC 4180 for programs: comma, no BOM, CRLF, cells written as they are.
    pub const PLAIN: CsvOptions = CsvOptions {
        delimiter: Delimiter::Comma,
        bom: false,
        crlf: true,
        guard_formulas: false,
    };
}

/// Whether a cell is a plain number ("-5", "+84 912 345 678", "76,93"), which a spreadsheet
/// cannot run as a formula.
fn looks_numeric(cell: &str) -> bool {
    let body = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | ','))
}

/// Whether a spreadsheet would read the cell as a formula (OWASP "CSV injection": `=`, `+`, `-`,
/// `@`, tab, carriage return first).
fn needs_formula_guard(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !looks_numeric(cell)
}

/// Appends one field, quoted when it holds the delimiter, a quote, a line break, or starts with
/// a BOM character (which a reader would take for the file's).
pub fn write_field(out: &mut String, cell: &str, options: CsvOptions) {
    let guard = options.guard_formulas && needs_formula_guard(cell);
    // Bytes, not chars: every byte that asks for quotes is ASCII, and a byte loop is several
    // times faster than a search for one of several chars (a 100,000-row sheet's CSV spent most
    // of its time here).
    let delimiter = options.delimiter.byte();
    let quote = cell
        .bytes()
        .any(|b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r')
        || cell.starts_with('\u{FEFF}');
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// Writes rows as CSV. Every line ends with the line break chosen (CRLF or LF). A row of one
/// empty cell is written `""` so it is not read back as a blank line.
///
/// With `guard_formulas`, a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading `'`, so Excel shows it as text instead of running it (OWASP "CSV injection"); plain
/// numbers such as "-5" or "+84 912 345 678" are left alone. The guard changes the cell: reading
/// the file back gives `'=…`. Use it for files meant for people, not for round trips.
pub fn write_csv<R, C, S>(rows: R, options: CsvOptions) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::new();
    if options.bom {
        out.push('\u{FEFF}');
    }
    let line_break = if options.crlf { "\r\n" } else { "\n" };
    for row in rows {
        let mut cells = 0usize;
        let mut only_empty = true;
        for cell in row {
            if cells > 0 {
                out.push(options.delimiter.as_char());
            }
            let cell = cell.as_ref();
            only_empty &= cell.is_empty();
            write_field(&mut out, cell, options);
            cells += 1;
        }
        if cells == 1 && only_empty {
            out.push_str("\"\"");
        }
        out.push_str(line_break);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_count_crlf_once() {
        assert_eq!(count_line_breaks("a\r\nb\nc\rd"), 3);
        assert_eq!(count_line_breaks("\r\r\n\n"), 3);
    }

    #[test]
    fn edit_distance() {
        assert_eq!(edit_distance_within("ma so thue", "ma so thu", 1), Some(1));
        assert_eq!(edit_distance_within("ngay sinh", "ngay snh", 1), Some(1));
        assert_eq!(edit_distance_within("abc", "xyz", 2), None);
    }
}
