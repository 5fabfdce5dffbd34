//! An .xlsx's shared strings and worksheets read by a narrow scanner instead of a general XML
//! parser (docs/rules.md §6.4): with 100,000 rows, `calamine`'s event parser spent about 180
//! machine instructions on each byte of the sheet and 120 on each byte of the shared strings —
//! three quarters of the worker's time.
//!
//! The scanner understands the shapes that spreadsheet programs write: tags, attributes, text,
//! the five predefined entities and character references, comments. Each value means what
//! `calamine` makes of it (cell types, styles with a date format, formulas by their cached
//! value, rich text, phonetic runs left out, whitespace trimmed unless `xml:space="preserve"`).
//! Anything else — CDATA, a document type, an entity it does not know, Excel's `_x000D_`
//! escapes, a carriage return, a number it would have to guess at, an element where a value
//! belongs — makes it answer [`Unusual`], and the caller reads that workbook or sheet with
//! `calamine` as before, so an unusual file is read as it always was, only slower.
//!
//! Input arrives in chunks (as a zip entry inflates): a token cut by a chunk's end waits for
//! the next chunk, so nothing holds a whole part in memory.

use crate::rules::sheet::{CellError, CellValue};

/// A shape the scanner does not read: the caller uses `calamine` instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unusual;

/// What a number format makes of a number: `calamine`'s three kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// A plain number.
    Plain,
    /// A date or time of day.
    DateTime,
    /// An elapsed time (`[h]:mm:ss`).
    Duration,
}

/// One piece of markup.
#[derive(Clone, Copy, Debug)]
enum Token<'a> {
    /// `<name …>` or `<name …/>`: the local name (after any prefix), the attribute text.
    Open {
        name: &'a [u8],
        attributes: &'a [u8],
        empty: bool,
    },
    /// `</name>` (local name).
    Close(&'a [u8]),
    /// Text between tags, raw (entities not yet replaced).
    Text(&'a [u8]),
    /// A comment or the XML declaration: nothing to read.
    Skip,
}

/// The next token of `bytes`, with its length; `Ok(None)` when the token may continue past
/// the end (more input needed) or `bytes` is empty.
fn next_token(bytes: &[u8], at_end: bool) -> Result<Option<(Token<'_>, usize)>, Unusual> {
    let Some(&first) = bytes.first() else {
        return Ok(None);
    };
    if first != b'<' {
        return Ok(match memchr::memchr(b'<', bytes) {
            Some(end) => Some((Token::Text(bytes.get(..end).ok_or(Unusual)?), end)),
            None if at_end => Some((Token::Text(bytes), bytes.len())),
            None => None,
        });
    }
    let rest = bytes.get(1..).ok_or(Unusual)?;
    match rest.first() {
        None => return Ok(None),
        Some(b'?') => {
            // The XML declaration (or a processing instruction): nothing to read in it.
            return Ok(memchr::memmem::find(rest, b"?>").map(|end| (Token::Skip, end + 3)));
        }
        Some(b'!') => {
            if rest.len() < 3 {
                return Ok(None);
            }
            if !rest.starts_with(b"!--") {
                return Err(Unusual);
            }
            return Ok(memchr::memmem::find(rest, b"-->").map(|end| (Token::Skip, end + 4)));
        }
        _ => {}
    }
    // The tag's end: the first `>` outside a quoted attribute value.
    let mut end = 0;
    loop {
        let Some(found) = memchr::memchr3(b'>', b'"', b'\'', rest.get(end..).unwrap_or_default())
        else {
            return Ok(None);
        };
        end += found;
        let quote = *rest.get(end).ok_or(Unusual)?;
        if quote == b'>' {
            break;
        }
        let after = rest.get(end + 1..).unwrap_or_default();
        let Some(close) = memchr::memchr(quote, after) else {
            return Ok(None);
        };
        end += close + 2;
    }
    let inner = rest.get(..end).ok_or(Unusual)?;
    let length = end + 2;
    if let Some(name) = inner.strip_prefix(b"/") {
        let name = plain_name(name.trim_ascii_end())?;
        return Ok(Some((Token::Close(local_name(name)), length)));
    }
    let (inner, empty) = match inner.strip_suffix(b"/") {
        Some(inner) => (inner, true),
        None => (inner, false),
    };
    let split = inner
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(inner.len());
    let (name, attributes) = inner.split_at(split);
    Ok(Some((
        Token::Open {
            name: local_name(plain_name(name)?),
            attributes,
            empty,
        },
        length,
    )))
}

/// The part of a name after its namespace prefix.
fn local_name(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(colon) => name.get(colon + 1..).unwrap_or_default(),
        None => name,
    }
}

/// The raw value of attribute `key` (matched with its prefix, as written).
fn attribute<'a>(attributes: &'a [u8], key: &[u8]) -> Result<Option<&'a [u8]>, Unusual> {
    let [value, ..] = attribute_values(attributes, [key, b"", b""])?;
    Ok(value)
}

/// The raw values of several attributes in one pass.
fn attribute_values<'a>(
    attributes: &'a [u8],
    keys: [&[u8]; 3],
) -> Result<[Option<&'a [u8]>; 3], Unusual> {
    let mut values = [None; 3];
    let mut rest = attributes;
    loop {
        rest = rest.trim_ascii_start();
        if rest.is_empty() {
            return Ok(values);
        }
        let equals = memchr::memchr(b'=', rest).ok_or(Unusual)?;
        let name = rest.get(..equals).ok_or(Unusual)?.trim_ascii();
        let after = rest.get(equals + 1..).ok_or(Unusual)?.trim_ascii_start();
        let (&quote, after) = after.split_first().ok_or(Unusual)?;
        if quote != b'"' && quote != b'\'' {
            return Err(Unusual);
        }
        let close = memchr::memchr(quote, after).ok_or(Unusual)?;
        if let Some(slot) = keys
            .iter()
            .position(|key| *key == name)
            .and_then(|i| values.get_mut(i))
        {
            *slot = Some(after.get(..close).ok_or(Unusual)?);
        }
        rest = after.get(close + 1..).ok_or(Unusual)?;
    }
}

/// Appends text with its entities replaced. A carriage return (which XML turns into a line
/// feed), an unknown entity, Excel's `_xHHHH_` escapes or bytes that are not UTF-8 are
/// [`Unusual`].
fn push_text(out: &mut String, raw: &[u8]) -> Result<(), Unusual> {
    let mut rest = raw;
    let mut from = 0;
    while let Some(at) = memchr::memchr2(b'&', b'\r', rest.get(from..).unwrap_or_default()) {
        let at = from + at;
        if rest.get(at) != Some(&b'&') {
            return Err(Unusual);
        }
        let (before, entity) = rest.split_at(at);
        out.push_str(std::str::from_utf8(before).map_err(|_| Unusual)?);
        let semicolon = memchr::memchr(b';', entity).ok_or(Unusual)?;
        let name = entity.get(1..semicolon).ok_or(Unusual)?;
        out.push(entity_char(name).ok_or(Unusual)?);
        rest = entity.get(semicolon + 1..).ok_or(Unusual)?;
        from = 0;
    }
    out.push_str(std::str::from_utf8(rest).map_err(|_| Unusual)?);
    Ok(())
}

/// Whether text holds one of Excel's `_xHHHH_` escapes (a UTF-16 unit: `_x000D_` is a
/// carriage return), which calamine turns into characters: [`Unusual`] here.
fn excel_escapes(text: &str) -> Result<(), Unusual> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'_', bytes.get(from..).unwrap_or_default()) {
        let at = from + at;
        if let Some([b'_', b'x', hex @ .., b'_']) = bytes.get(at..at + 7)
            && hex.iter().all(u8::is_ascii_hexdigit)
        {
            return Err(Unusual);
        }
        from = at + 1;
    }
    Ok(())
}

/// Text where none is read (between elements, a formula): ignored, but its entities are
/// parsed by calamine's reader, which refuses a broken one.
fn ignored_text(token: &Token<'_>) -> Result<(), Unusual> {
    let Token::Text(mut rest) = *token else {
        return Ok(());
    };
    while let Some(amp) = memchr::memchr(b'&', rest) {
        let entity = rest.get(amp..).unwrap_or_default();
        let semicolon = memchr::memchr(b';', entity).ok_or(Unusual)?;
        entity_char(entity.get(1..semicolon).ok_or(Unusual)?).ok_or(Unusual)?;
        rest = entity.get(semicolon + 1..).unwrap_or_default();
    }
    Ok(())
}

/// An element name as XML writes it (ASCII letters, digits, `_`, `-`, `.`, `:`; not starting
/// with a digit, `-` or `.`).
fn plain_name(name: &[u8]) -> Result<&[u8], Unusual> {
    let first_ok = name
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_');
    if first_ok
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
    {
        Ok(name)
    } else {
        Err(Unusual)
    }
}

/// The character an entity or character reference stands for.
fn entity_char(name: &[u8]) -> Option<char> {
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => {
            let reference = name.strip_prefix(b"#")?;
            let (digits, radix) = match reference.strip_prefix(b"x") {
                Some(hex) => (hex, 16),
                None => (reference, 10),
            };
            if digits.is_empty() {
                return None;
            }
            let mut code = 0u32;
            for &digit in digits {
                let value = char::from(digit).to_digit(radix)?;
                code = code.checked_mul(radix)?.checked_add(value)?;
            }
            // XML allows neither NUL nor the surrogates.
            char::from_u32(code).filter(|&c| c != '\0')
        }
    }
}

/// Tokens from chunks of input: a token cut by a chunk's end is kept for the next.
#[derive(Default)]
struct Chunks {
    carry: Vec<u8>,
    /// Elements open: a closing tag with none open is refused by calamine's reader (it does
    /// not compare the names).
    depth: usize,
}

impl Chunks {
    /// Hands every whole token of what was carried and `chunk` to `each`.
    fn feed(
        &mut self,
        chunk: &[u8],
        at_end: bool,
        each: &mut dyn FnMut(Token<'_>) -> Result<(), Unusual>,
    ) -> Result<(), Unusual> {
        let joined;
        let bytes: &[u8] = if self.carry.is_empty() {
            chunk
        } else {
            self.carry.extend_from_slice(chunk);
            joined = std::mem::take(&mut self.carry);
            &joined
        };
        let mut at = 0;
        while let Some((token, length)) = next_token(bytes.get(at..).unwrap_or_default(), at_end)? {
            // As calamine's reader is set up: `<a/>` is `<a>` then `</a>`.
            match token {
                Token::Open {
                    name, empty: true, ..
                } => {
                    each(token)?;
                    each(Token::Close(name))?;
                }
                Token::Open { .. } => {
                    self.depth += 1;
                    each(token)?;
                }
                Token::Close(_) => {
                    self.depth = self.depth.checked_sub(1).ok_or(Unusual)?;
                    each(token)?;
                }
                _ => each(token)?,
            }
            at += length;
        }
        let rest = bytes.get(at..).unwrap_or_default();
        if at_end && !rest.is_empty() {
            return Err(Unusual);
        }
        self.carry.clear();
        self.carry.extend_from_slice(rest);
        Ok(())
    }
}

/// Reads a string item (`<si>` of the shared strings, `<is>` of a cell) as `calamine` does:
/// the `<t>` texts concatenated, phonetic runs (`<rPh>`) left out, each text trimmed of ASCII
/// whitespace unless marked `xml:space="preserve"`.
#[derive(Default)]
struct StringItem {
    text: String,
    phonetic: bool,
    /// Inside a `<t>`: whether it preserves its spaces, and where its text starts.
    t: Option<(bool, usize)>,
}

impl StringItem {
    /// One token inside the item; the item's own closing tag is the caller's.
    fn token(&mut self, token: &Token<'_>) -> Result<(), Unusual> {
        if let Some((preserve, start)) = self.t {
            match token {
                Token::Text(raw) => push_text(&mut self.text, raw)?,
                Token::Close(b"t") => {
                    self.t = None;
                    if !preserve {
                        let whitespace = [' ', '\t', '\r', '\n'];
                        let own = self.text.get(start..).unwrap_or_default();
                        let end = start + own.trim_end_matches(whitespace).len();
                        self.text.truncate(end);
                        let own = self.text.get(start..).unwrap_or_default();
                        let leading = own.len() - own.trim_start_matches(whitespace).len();
                        self.text.drain(start..start + leading);
                    }
                    excel_escapes(self.text.get(start..).unwrap_or_default())?;
                }
                Token::Close(_) | Token::Skip => {}
                Token::Open { .. } => return Err(Unusual),
            }
            return Ok(());
        }
        ignored_text(token)?;
        match *token {
            Token::Open { name: b"rPh", .. } => self.phonetic = true,
            Token::Close(b"rPh") => self.phonetic = false,
            Token::Open {
                name: b"t",
                attributes,
                ..
            } if !self.phonetic => {
                let preserve = attribute(attributes, b"xml:space")? == Some(b"preserve");
                self.t = Some((preserve, self.text.len()));
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<String, Unusual> {
        if self.t.is_some() {
            return Err(Unusual);
        }
        Ok(self.text)
    }
}

/// `xl/sharedStrings.xml`, read as it inflates.
#[derive(Default)]
pub struct SharedStrings {
    chunks: Chunks,
    strings: Vec<String>,
    in_table: bool,
    item: Option<StringItem>,
    done: bool,
    unusual: bool,
}

impl SharedStrings {
    /// The next inflated bytes.
    pub fn feed(&mut self, chunk: &[u8]) {
        self.feed_inner(chunk, false);
    }

    fn feed_inner(&mut self, chunk: &[u8], at_end: bool) {
        if self.unusual {
            return;
        }
        let Self {
            chunks,
            strings,
            in_table,
            item,
            done,
            ..
        } = self;
        let result = chunks.feed(chunk, at_end, &mut |token| {
            if *done {
                return Ok(());
            }
            if let Some(current) = item {
                if matches!(token, Token::Close(b"si")) {
                    strings.push(item.take().unwrap_or_default().finish()?);
                    return Ok(());
                }
                return current.token(&token);
            }
            ignored_text(&token)?;
            match token {
                Token::Open { name: b"sst", .. } if !*in_table => *in_table = true,
                Token::Open { name: b"si", .. } if *in_table => {
                    *item = Some(StringItem::default());
                }
                Token::Close(b"sst") if *in_table => *done = true,
                _ => {}
            }
            Ok(())
        });
        if result.is_err() {
            self.unusual = true;
            self.strings = Vec::new();
        }
    }

    /// The strings, in order, or [`Unusual`].
    pub fn finish(mut self) -> Result<Vec<String>, Unusual> {
        self.feed_inner(&[], true);
        if self.unusual || !self.done {
            return Err(Unusual);
        }
        Ok(self.strings)
    }
}

/// What each cell style's number format makes of a number, by style index, from
/// `xl/styles.xml` (`<numFmts>` and `<cellXfs>`).
pub fn number_kinds(styles: &[u8]) -> Result<Vec<NumberKind>, Unusual> {
    // Later formats of the same number replace earlier ones: searched from the end.
    let mut formats: Vec<(Vec<u8>, NumberKind)> = Vec::new();
    let mut kinds = Vec::new();
    let mut in_formats = false;
    let mut in_cell_styles = false;
    Chunks::default().feed(styles, true, &mut |token| {
        match token {
            Token::Open {
                name: b"numFmts", ..
            } => in_formats = true,
            Token::Close(b"numFmts") => in_formats = false,
            Token::Open {
                name: b"cellXfs", ..
            } => in_cell_styles = true,
            Token::Close(b"cellXfs") => in_cell_styles = false,
            Token::Open {
                name: b"numFmt",
                attributes,
                ..
            } if in_formats => {
                let id = attribute(attributes, b"numFmtId")?;
                let code = attribute(attributes, b"formatCode")?;
                if let (Some(id), Some(code)) = (id, code) {
                    let mut text = String::new();
                    push_text(&mut text, code)?;
                    formats.push((id.to_vec(), custom_format_kind(&text)));
                }
            }
            Token::Open {
                name: b"xf",
                attributes,
                ..
            } if in_cell_styles => {
                let kind = match attribute(attributes, b"numFmtId")? {
                    None => NumberKind::Plain,
                    Some(id) => match formats.iter().rev().find(|(known, _)| *known == id) {
                        Some((_, kind)) => *kind,
                        None => builtin_format_kind(id),
                    },
                };
                kinds.push(kind);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(kinds)
}

/// The built-in formats (ECMA-376 part 1, §18.8.30) that show dates and times, East Asian
/// ones included, and `[h]:mm:ss` (46), an elapsed time.
fn builtin_format_kind(id: &[u8]) -> NumberKind {
    match id {
        b"14" | b"15" | b"16" | b"17" | b"18" | b"19" | b"20" | b"21" | b"22" | b"45" | b"47"
        | b"27" | b"28" | b"29" | b"30" | b"31" | b"32" | b"33" | b"34" | b"35" | b"36" | b"50"
        | b"51" | b"52" | b"53" | b"54" | b"55" | b"56" | b"57" | b"58" => NumberKind::DateTime,
        b"46" => NumberKind::Duration,
        _ => NumberKind::Plain,
    }
}

/// Whether a custom format code shows a date or time, as `calamine` decides it: only the
/// first section counts; quoted text, bracketed parts (colours, locales) and the character
/// after `\`, `_` or `*` are not format letters; a `d`, `m`, `h`, `y` or `s` outside them is a
/// date or time, and so is `m`, `p` or `/` after an `a` (`AM/PM`); `[h]`, `[mm]` or `[ss]`
/// closed is an elapsed time.
fn custom_format_kind(code: &str) -> NumberKind {
    let mut literal_next = false;
    let mut quoted = false;
    let mut brackets = 0u8;
    let mut previous = ' ';
    let mut elapsed = false;
    let mut after_a = false;
    for c in code.chars() {
        if literal_next {
            literal_next = false;
        } else if matches!(c, '_' | '\\' | '*') {
            literal_next = true;
        } else if quoted {
            quoted = c != '"';
        } else if c == '"' {
            quoted = true;
        } else if c == ';' {
            return NumberKind::Plain;
        } else if c == '[' {
            brackets = brackets.saturating_add(1);
        } else if c == ']' && brackets == 1 && elapsed {
            return NumberKind::Duration;
        } else if c == ']' {
            brackets = brackets.saturating_sub(1);
        } else if brackets == 0 && !after_a && matches!(c, 'a' | 'A') {
            after_a = true;
        } else if brackets == 0
            && if after_a {
                matches!(c, 'p' | 'm' | '/' | 'P' | 'M')
            } else {
                matches!(c, 'd' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S')
            }
        {
            // A date or time letter (after an `a`, the `m`/`p` of AM/PM or its `/`).
            return NumberKind::DateTime;
        } else if !(elapsed && c.eq_ignore_ascii_case(&previous)) {
            elapsed = previous == '[' && matches!(c, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
        }
        previous = c;
    }
    NumberKind::Plain
}

/// A cell reference's row and column, 0-based (`B12` → (11, Some(1)); `12` → (11, None)).
pub(crate) fn cell_reference(text: &[u8]) -> Result<(u32, Option<u32>), Unusual> {
    let digits_at = text.iter().position(u8::is_ascii_digit).ok_or(Unusual)?;
    let (letters, digits) = text.split_at(digits_at);
    let mut column = 0u32;
    for &letter in letters {
        if !letter.is_ascii_alphabetic() {
            return Err(Unusual);
        }
        let value = u32::from(letter.to_ascii_uppercase() - b'A') + 1;
        column = column
            .checked_mul(26)
            .and_then(|c| c.checked_add(value))
            .ok_or(Unusual)?;
    }
    let mut row = 0u32;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return Err(Unusual);
        }
        row = row
            .checked_mul(10)
            .and_then(|r| r.checked_add(u32::from(digit - b'0')))
            .ok_or(Unusual)?;
    }
    Ok((row.checked_sub(1).ok_or(Unusual)?, column.checked_sub(1)))
}

/// A worksheet's declared size (`<dimension ref="A1:I100004"/>`), rows and columns 0-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Declared {
    pub first_row: u32,
    pub last_row: u32,
}

/// Where the sheet scanner is.
enum Place {
    /// Before `<sheetData>`.
    Prologue,
    /// Between rows or cells.
    Data,
    /// Inside `<c>`.
    Cell(Cell),
    /// Past `</sheetData>`.
    Done,
}

/// The cell being read.
struct Cell {
    row: u32,
    column: u32,
    style: Option<usize>,
    kind: CellKind,
    value: CellValue,
    /// Inside a child: `<v>` (whether its text was read), `<f>`, `<is>`.
    child: Child,
}

enum Child {
    None,
    Value(bool),
    Formula,
    Inline(StringItem),
}

/// The cell's `t` attribute.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CellKind {
    /// No `t`.
    Unset,
    /// `t="n"`.
    Number,
    Shared,
    Bool,
    Error,
    Text,
    Date,
    Inline,
}

impl CellKind {
    fn from_attribute(t: Option<&[u8]>) -> Result<CellKind, Unusual> {
        Ok(match t {
            None => CellKind::Unset,
            Some(b"n") => CellKind::Number,
            Some(b"s") => CellKind::Shared,
            Some(b"b") => CellKind::Bool,
            Some(b"e") => CellKind::Error,
            Some(b"str") => CellKind::Text,
            Some(b"d") => CellKind::Date,
            Some(b"inlineStr" | b"is") => CellKind::Inline,
            Some(_) => return Err(Unusual),
        })
    }
}

/// What a worksheet's cells mean: the shared strings and the styles' number kinds.
pub struct Context<'a> {
    pub strings: &'a [String],
    pub kinds: &'a [NumberKind],
}

/// A worksheet read as it inflates, each non-empty cell handed on with its row and column.
pub struct SheetScan {
    chunks: Chunks,
    place: Place,
    row: u32,
    column: u32,
    declared: Declared,
}

impl Default for SheetScan {
    fn default() -> Self {
        SheetScan {
            chunks: Chunks::default(),
            place: Place::Prologue,
            row: 0,
            column: 0,
            declared: Declared::default(),
        }
    }
}

/// Called with each cell that has a value: the scan (for its declared size), row, column, value;
/// an error `E` (the worker's: a limit passed) stops the scan.
pub type CellHandler<'a, E> = dyn FnMut(&SheetScan, u32, u32, CellValue) -> Result<(), E> + 'a;

/// Why the scan stopped: a shape it does not read, or the cell handler's own error (a limit).
#[derive(Debug)]
pub enum Stop<E> {
    Unusual,
    Refused(E),
}

impl<E> From<Unusual> for Stop<E> {
    fn from(_: Unusual) -> Stop<E> {
        Stop::Unusual
    }
}

impl SheetScan {
    /// Whether `</sheetData>` was read: the rest of the entry is not needed.
    pub fn is_done(&self) -> bool {
        matches!(self.place, Place::Done)
    }

    /// The declared size, once `<sheetData>` is reached.
    pub fn declared(&self) -> Option<Declared> {
        match self.place {
            Place::Prologue => None,
            _ => Some(self.declared),
        }
    }

    /// The next inflated bytes (`at_end` with the last); `cell(row, column, value)` is called
    /// for each cell with a value.
    pub fn feed<E>(
        &mut self,
        chunk: &[u8],
        at_end: bool,
        context: &Context<'_>,
        cell: &mut CellHandler<'_, E>,
    ) -> Result<(), Stop<E>> {
        let mut refused = None;
        let mut chunks = std::mem::take(&mut self.chunks);
        let result = chunks.feed(
            chunk,
            at_end,
            &mut |token| match self.token(token, context)? {
                Some((row, column, value)) => match cell(self, row, column, value) {
                    Ok(()) => Ok(()),
                    Err(error) => {
                        refused = Some(error);
                        Err(Unusual)
                    }
                },
                None => Ok(()),
            },
        );
        self.chunks = chunks;
        if let Some(error) = refused {
            return Err(Stop::Refused(error));
        }
        result?;
        if at_end && !matches!(self.place, Place::Done) {
            return Err(Stop::Unusual);
        }
        Ok(())
    }

    /// One token; a finished cell with a value is returned.
    fn token(
        &mut self,
        token: Token<'_>,
        context: &Context<'_>,
    ) -> Result<Option<(u32, u32, CellValue)>, Unusual> {
        if !matches!(self.place, Place::Cell(_)) {
            ignored_text(&token)?;
        }
        match &mut self.place {
            Place::Prologue => match token {
                Token::Open {
                    name: b"dimension",
                    attributes,
                    ..
                } => {
                    let reference = attribute(attributes, b"ref")?.ok_or(Unusual)?;
                    self.declared = dimension(reference)?;
                }
                Token::Open {
                    name: b"sheetData", ..
                } => self.place = Place::Data,
                _ => {}
            },
            Place::Data => match token {
                Token::Open {
                    name: b"row",
                    attributes,
                    ..
                } => {
                    if let Some(r) = attribute(attributes, b"r")? {
                        self.row = cell_reference(r)?.0;
                    }
                }
                Token::Close(b"row") => self.end_row()?,
                Token::Open {
                    name: b"c",
                    attributes,
                    ..
                } => {
                    let [r, s, t] = attribute_values(attributes, [b"r", b"s", b"t"])?;
                    let (row, column) = match r {
                        Some(r) => {
                            let (row, column) = cell_reference(r)?;
                            let column = column.ok_or(Unusual)?;
                            self.column = column;
                            (row, column)
                        }
                        None => (self.row, self.column),
                    };
                    let style = match s {
                        Some(s) => Some(
                            std::str::from_utf8(s)
                                .ok()
                                .and_then(|s| s.parse().ok())
                                .ok_or(Unusual)?,
                        ),
                        None => None,
                    };
                    self.place = Place::Cell(Cell {
                        row,
                        column,
                        style,
                        kind: CellKind::from_attribute(t)?,
                        value: CellValue::Empty,
                        child: Child::None,
                    });
                }
                Token::Close(b"sheetData") => self.place = Place::Done,
                _ => {}
            },
            Place::Cell(cell) => {
                if cell_token(cell, token, context)? {
                    let value = std::mem::take(&mut cell.value);
                    let (row, column) = (cell.row, cell.column);
                    self.place = Place::Data;
                    self.column = self.column.checked_add(1).ok_or(Unusual)?;
                    return Ok((value != CellValue::Empty).then_some((row, column, value)));
                }
            }
            Place::Done => {}
        }
        Ok(None)
    }

    fn end_row(&mut self) -> Result<(), Unusual> {
        self.row = self.row.checked_add(1).ok_or(Unusual)?;
        self.column = 0;
        Ok(())
    }
}

/// One token inside a `<c>`; `true` at its closing tag.
fn cell_token(cell: &mut Cell, token: Token<'_>, context: &Context<'_>) -> Result<bool, Unusual> {
    match &mut cell.child {
        Child::None => match token {
            Token::Text(_) => ignored_text(&token)?,
            Token::Close(b"c") => return Ok(true),
            Token::Open { name, .. } => {
                cell.child = match name {
                    b"v" => Child::Value(false),
                    b"f" => Child::Formula,
                    b"is" => Child::Inline(StringItem::default()),
                    _ => return Err(Unusual),
                };
            }
            _ => {}
        },
        // A text token runs to the next tag, so a `<v>` holds one at most.
        Child::Value(read) => match token {
            Token::Text(raw) if !*read => {
                cell.value = value(cell.kind, cell.style, raw, context)?;
                *read = true;
            }
            Token::Close(b"v") => {
                if !*read {
                    cell.value = CellValue::Empty;
                }
                cell.child = Child::None;
            }
            // calamine reads only the first text of a number: anything more is left to it.
            _ => return Err(Unusual),
        },
        Child::Formula => match token {
            Token::Text(_) => ignored_text(&token)?,
            Token::Close(b"f") => {
                // A formula's own text is not a value: what follows in `<v>` is.
                cell.value = CellValue::Empty;
                cell.child = Child::None;
            }
            Token::Open { .. } => return Err(Unusual),
            _ => {}
        },
        Child::Inline(item) => {
            if matches!(token, Token::Close(b"is")) {
                let item = std::mem::take(item);
                cell.value = CellValue::Text(item.finish()?);
                cell.child = Child::None;
            } else {
                item.token(&token)?;
            }
        }
    }
    Ok(false)
}

/// A `<v>`'s text as `calamine` reads it for the cell's type and style.
fn value(
    kind: CellKind,
    style: Option<usize>,
    raw: &[u8],
    context: &Context<'_>,
) -> Result<CellValue, Unusual> {
    let plain = || -> Result<&str, Unusual> {
        if memchr::memchr(b'&', raw).is_some() {
            return Err(Unusual);
        }
        std::str::from_utf8(raw).map_err(|_| Unusual)
    };
    Ok(match kind {
        // The text is in `<is>`; a `<v>` beside it is redundant.
        CellKind::Inline => CellValue::Empty,
        CellKind::Shared => {
            if raw.is_empty() {
                return Ok(CellValue::Empty);
            }
            if !raw.iter().all(u8::is_ascii_digit) {
                return Err(Unusual);
            }
            let index: usize = plain()?.parse().map_err(|_| Unusual)?;
            CellValue::Text(context.strings.get(index).ok_or(Unusual)?.clone())
        }
        CellKind::Bool => match plain()?.trim() {
            "" => CellValue::Empty,
            "0" => CellValue::Bool(false),
            "1" => CellValue::Bool(true),
            t if t.eq_ignore_ascii_case("false") => CellValue::Bool(false),
            t if t.eq_ignore_ascii_case("true") => CellValue::Bool(true),
            _ => return Err(Unusual),
        },
        CellKind::Error => CellValue::Error(match plain()? {
            "#DIV/0!" => CellError::Div0,
            "#N/A" => CellError::NotAvailable,
            "#NAME?" => CellError::Name,
            "#NULL!" => CellError::Null,
            "#NUM!" => CellError::Num,
            "#REF!" => CellError::Ref,
            "#VALUE!" => CellError::Value,
            _ => return Err(Unusual),
        }),
        CellKind::Text | CellKind::Date => {
            let mut text = String::new();
            push_text(&mut text, raw)?;
            if kind == CellKind::Text {
                excel_escapes(&text)?;
                CellValue::Text(text)
            } else {
                CellValue::IsoDate(text)
            }
        }
        CellKind::Number | CellKind::Unset => {
            if raw.is_empty() {
                return Ok(CellValue::Empty);
            }
            // Only the characters of a number as spreadsheets write it: anything else (spaces,
            // "inf", text in an untyped cell) is left to calamine's own rules.
            let numeric = raw
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
            if !numeric
                || !raw
                    .first()
                    .is_some_and(|b| b.is_ascii_digit() || *b == b'-')
            {
                return Err(Unusual);
            }
            let number: f64 = plain()?.parse().map_err(|_| Unusual)?;
            let kind = match style {
                Some(style) => context.kinds.get(style).copied(),
                None => Some(NumberKind::Plain),
            };
            match kind {
                Some(NumberKind::DateTime | NumberKind::Duration) => CellValue::Serial(number),
                _ => CellValue::Float(number),
            }
        }
    })
}

/// `A1:I100004` (or one cell) as the declared rows.
fn dimension(reference: &[u8]) -> Result<Declared, Unusual> {
    let mut parts = reference.split(|&b| b == b':');
    let first = cell_reference(parts.next().ok_or(Unusual)?)?;
    let last = match parts.next() {
        Some(part) => cell_reference(part)?,
        None => first,
    };
    if parts.next().is_some() {
        return Err(Unusual);
    }
    Ok(Declared {
        first_row: first.0,
        last_row: last.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cut_anywhere_read_the_same() {
        let xml = b"<?xml version=\"1.0\"?><sst count=\"2\"><si><t xml:space=\"preserve\"> a&amp;b </t></si><!-- c --><si><r><rPr><b/></rPr><t>x</t></r><r><t> y</t></r><rPh><t>z</t></rPh></si><si/></sst>";
        let whole = {
            let mut s = SharedStrings::default();
            s.feed(xml);
            s.finish()
        };
        assert_eq!(
            whole,
            Ok(vec![" a&b ".to_owned(), "xy".to_owned(), String::new()])
        );
        for cut in 0..xml.len() {
            let mut s = SharedStrings::default();
            let (a, b) = xml.split_at(cut);
            s.feed(a);
            s.feed(b);
            assert_eq!(s.finish(), whole, "cut at {cut}");
        }
    }

    #[test]
    fn unusual_shapes_are_left_to_calamine() {
        for xml in [
            &b"<sst><si><t><![CDATA[x]]></t></si></sst>"[..],
            b"<sst><si><t>a&nbsp;b</t></si></sst>",
            b"<sst><si><t>a_x000D_b</t></si></sst>",
            b"<sst><si><t>a\r\nb</t></si></sst>",
            b"<sst><si><t>unfinished",
        ] {
            let mut s = SharedStrings::default();
            s.feed(xml);
            assert_eq!(s.finish(), Err(Unusual), "{}", String::from_utf8_lossy(xml));
        }
    }

    /// The cells of a sheet fed in two pieces cut at `cut`.
    fn cells(
        xml: &[u8],
        cut: usize,
        context: &Context<'_>,
    ) -> Result<Vec<(u32, u32, CellValue)>, ()> {
        let mut out = Vec::new();
        let mut scan = SheetScan::default();
        let (a, b) = xml.split_at(cut);
        let mut push = |_: &SheetScan, row, column, value| {
            out.push((row, column, value));
            Ok::<(), ()>(())
        };
        for (piece, at_end) in [(a, false), (b, false), (&b""[..], true)] {
            scan.feed(piece, at_end, context, &mut push)
                .map_err(|_| ())?;
        }
        Ok(out)
    }

    #[test]
    fn sheets_cut_anywhere_read_the_same() {
        let xml = br#"<?xml version="1.0"?><x:worksheet xmlns:x="m"><x:dimension ref="A1:C4"/><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>41640</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>a &amp; b</x:v></x:c></x:row><!-- note --><x:row><x:c t="inlineStr"><x:is><x:t> in </x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row><x:row r="4" spans="1:3"/><x:row r="5"><x:c r="C5"/><x:c r="D5"><x:v></x:v></x:c><x:c><x:v>-1.5E-3</x:v></x:c></x:row></x:sheetData><x:mergeCells count="0"/></x:worksheet>"#;
        let strings = ["zero".to_owned(), "một".to_owned()];
        let kinds = [NumberKind::Plain, NumberKind::DateTime];
        let context = Context {
            strings: &strings,
            kinds: &kinds,
        };
        let whole = cells(xml, xml.len(), &context);
        assert_eq!(
            whole,
            Ok(vec![
                (0, 0, CellValue::Text("một".into())),
                (0, 1, CellValue::Serial(41640.0)),
                (0, 2, CellValue::Text("a & b".into())),
                (1, 0, CellValue::Text("in".into())),
                (1, 1, CellValue::Bool(true)),
                (1, 2, CellValue::Error(CellError::NotAvailable)),
                (4, 4, CellValue::Float(-0.0015)),
            ])
        );
        for cut in 0..xml.len() {
            assert_eq!(cells(xml, cut, &context), whole, "cut at {cut}");
        }
    }

    #[test]
    fn custom_formats() {
        for (code, kind) in [
            ("dd/mm/yyyy", NumberKind::DateTime),
            ("[$-409]d-mmm-yy", NumberKind::DateTime),
            ("[h]:mm:ss", NumberKind::Duration),
            ("[mm]:ss", NumberKind::Duration),
            ("0.00", NumberKind::Plain),
            ("#,##0\\ \"đ\"", NumberKind::Plain),
            ("\"Ngày\" 0", NumberKind::Plain),
            ("[Red]0;[Blue]dd", NumberKind::Plain),
            ("h:mm AM/PM", NumberKind::DateTime),
            ("0_m", NumberKind::Plain),
            ("General", NumberKind::Plain),
            ("@", NumberKind::Plain),
        ] {
            assert_eq!(custom_format_kind(code), kind, "{code}");
        }
    }

    #[test]
    fn references() {
        assert_eq!(cell_reference(b"A1"), Ok((0, Some(0))));
        assert_eq!(cell_reference(b"AB12"), Ok((11, Some(27))));
        assert_eq!(cell_reference(b"12"), Ok((11, None)));
        assert_eq!(cell_reference(b"A0"), Err(Unusual));
        assert_eq!(cell_reference(b"A"), Err(Unusual));
        assert_eq!(cell_reference(b"A99999999999"), Err(Unusual));
    }
}
