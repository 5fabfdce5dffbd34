//! Merged cells of an .xlsx found while its zip is checked, instead of by a second parse of each
//! sheet (docs/rules.md §6.1).
//!
//! A worksheet lists its merged areas at its very end, after all its rows (`<mergeCells>`,
//! ECMA-376 part 1, §18.3.1.55). `calamine` finds them by parsing the whole sheet's XML once
//! more: with 100,000 rows that was 40 % of reading the sheet. The file worker already inflates
//! every entry once to check its size and checksum, so the scanner here looks at those bytes as
//! they pass — a substring search, not an XML parse — and parses only the short tail from
//! `<mergeCells` on. The sheet names are tied to their entries through `xl/workbook.xml` and its
//! relationships; for a sheet that cannot be tied (an unusual layout), the caller asks
//! `calamine` as before.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::xlsx_fast::{NumberKind, SharedStrings, Unusual, cell_reference, number_kinds};
use crate::rules::sheet::Merge;

/// At most this much of a sheet's tail is kept from `<mergeCells` on (a sheet's merges take
/// about 30 bytes each); past it the scan gives up and `calamine` is asked.
const MAX_TAIL: usize = 16 * 1024 * 1024;

/// Small parts kept whole: the workbook and its relationships.
const MAX_PART: usize = 8 * 1024 * 1024;

/// What the check of an .xlsx's entries gathered.
#[derive(Default)]
pub struct Gathered {
    workbook: Option<Vec<u8>>,
    relationships: Option<Vec<u8>>,
    /// `_rels/.rels`, which names the workbook's part.
    root_relationships: Option<Vec<u8>>,
    styles: Option<Vec<u8>>,
    strings: Option<Result<Vec<String>, Unusual>>,
    /// Every entry name, lower case, to tell whether the names are plain enough for
    /// [`FastParts`] (calamine looks names up in lower case with `/` for `\\`).
    names: Vec<String>,
    /// By entry name (lower case): the sheet's merges, `None` where the scan gave up.
    sheets: HashMap<String, Option<Vec<Merge>>>,
}

/// Looks at one entry's bytes as they are inflated.
pub enum EntryScan {
    /// Kept whole (workbook, relationships or styles).
    Part { name: String, bytes: Vec<u8> },
    /// The shared strings, read as they pass ([`super::xlsx_fast`]).
    Strings(Box<SharedStrings>),
    /// A worksheet, searched for its merges.
    Sheet {
        name: String,
        carry: Vec<u8>,
        tail: Option<Vec<u8>>,
        gave_up: bool,
    },
    /// Not needed.
    Other,
}

const NEEDLE: &[u8] = b"mergeCells";

impl EntryScan {
    /// What to do with the entry of that name.
    pub fn for_entry(name: &str) -> EntryScan {
        let lower = name.trim_start_matches('/').to_ascii_lowercase();
        if lower == "xl/sharedstrings.xml" {
            EntryScan::Strings(Box::default())
        } else if lower == "xl/workbook.xml"
            || lower == "xl/_rels/workbook.xml.rels"
            || lower == "_rels/.rels"
            || lower == "xl/styles.xml"
        {
            EntryScan::Part {
                name: lower,
                bytes: Vec::new(),
            }
        } else if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            EntryScan::Sheet {
                name: lower,
                carry: Vec::new(),
                tail: None,
                gave_up: false,
            }
        } else {
            EntryScan::Other
        }
    }

    /// The next inflated bytes.
    pub fn feed(&mut self, chunk: &[u8]) {
        match self {
            EntryScan::Part { bytes, .. } => {
                if bytes.len() + chunk.len() <= MAX_PART {
                    bytes.extend_from_slice(chunk);
                }
            }
            EntryScan::Strings(strings) => strings.feed(chunk),
            EntryScan::Sheet {
                carry,
                tail,
                gave_up,
                ..
            } => {
                if *gave_up {
                    return;
                }
                if let Some(tail) = tail {
                    if tail.len() + chunk.len() > MAX_TAIL {
                        *gave_up = true;
                    } else {
                        tail.extend_from_slice(chunk);
                    }
                    return;
                }
                // Search the end of the last chunk and this one, so a tag cut in two is found.
                let mut window = std::mem::take(carry);
                window.extend_from_slice(chunk);
                if let Some(at) = memchr::memmem::find(&window, NEEDLE) {
                    // Back to the tag's `<` (there may be a namespace prefix).
                    let start =
                        memchr::memrchr(b'<', window.get(..at).unwrap_or_default()).unwrap_or(at);
                    *tail = Some(window.get(start..).unwrap_or_default().to_vec());
                } else {
                    let keep = window.len().saturating_sub(NEEDLE.len() + 16);
                    *carry = window.split_off(keep);
                }
            }
            EntryScan::Other => {}
        }
    }

    /// The entry is read to its end.
    pub fn finish(self, gathered: &mut Gathered) {
        match self {
            EntryScan::Part { name, bytes } => match name.as_str() {
                "_rels/.rels" => gathered.root_relationships = Some(bytes),
                "xl/styles.xml" => gathered.styles = Some(bytes),
                "xl/workbook.xml" => gathered.workbook = Some(bytes),
                _ => gathered.relationships = Some(bytes),
            },
            EntryScan::Strings(strings) => gathered.strings = Some(strings.finish()),
            EntryScan::Sheet {
                name,
                tail,
                gave_up,
                ..
            } => {
                let merges = if gave_up {
                    None
                } else {
                    Some(tail.map(|t| parse_merges(&t)).unwrap_or_default())
                };
                gathered.sheets.insert(name, merges);
            }
            EntryScan::Other => {}
        }
    }
}

/// What [`super::xlsx_fast`] needs to read an .xlsx's sheets without `calamine`'s parser.
pub struct FastParts {
    /// The shared strings.
    pub strings: Vec<String>,
    /// Each cell style's number kind.
    pub kinds: Vec<NumberKind>,
    /// Sheet name → its entry's index in the zip.
    pub entries: HashMap<String, usize>,
    /// The shared strings' entry, if there is one.
    pub strings_entry: Option<usize>,
}

impl Gathered {
    /// Notes an entry's name (every entry, in the zip's order, before its bytes).
    pub fn saw_entry(&mut self, name: &str) {
        self.names.push(name.to_ascii_lowercase());
    }

    /// Whether entry `name` (lower case) is one the fast reader needs before any sheet: the
    /// shared strings and the styles.
    pub fn is_needed_first(name: &str) -> bool {
        name == "xl/sharedstrings.xml" || name == "xl/styles.xml"
    }

    /// The entry names seen, lower case, in the zip's order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// When the workbook has a single sheet, laid out as [`Gathered::tie`] requires, and its
    /// shared strings and styles have been read: that sheet's entry, the strings and the
    /// styles' number kinds, to read it while it is inflated for the check.
    pub fn single_sheet(&self) -> Option<(usize, &[String], Vec<NumberKind>)> {
        let (workbook, relationships) = (self.workbook.as_ref()?, self.relationships.as_ref()?);
        let sheets = sheet_ids(workbook);
        let [(_, id)] = sheets.as_slice() else {
            return None;
        };
        let path = relationship_targets(relationships).remove(id)?;
        if !path.starts_with("xl/worksheets/") {
            return None;
        }
        let entry = self.only_entry(&path)?;
        let kinds = self.readable_parts()?;
        let strings = match &self.strings {
            Some(Ok(strings)) => strings.as_slice(),
            _ => &[],
        };
        Some((entry, strings, kinds))
    }

    /// The styles' number kinds when the layout is plain and the shared strings and styles
    /// read (or are absent: no strings, no date styles).
    fn readable_parts(&self) -> Option<Vec<NumberKind>> {
        if !self.plain_layout() {
            return None;
        }
        match &self.strings {
            Some(Err(Unusual)) => return None,
            None if self.only_entry("xl/sharedstrings.xml").is_some() => return None,
            _ => {}
        }
        match &self.styles {
            Some(styles) => number_kinds(styles).ok(),
            None if self.only_entry("xl/styles.xml").is_some() => None,
            None => Some(Vec::new()),
        }
    }

    /// The index of the one entry named `name` (lower case), `None` if there are several.
    fn only_entry(&self, name: &str) -> Option<usize> {
        let mut found = self.names.iter().enumerate().filter(|(_, n)| *n == name);
        let (index, _) = found.next()?;
        found.next().is_none().then_some(index)
    }

    /// Plain entry names (none absolute, no `\\`; the parts read here named once) and the
    /// workbook at `xl/workbook.xml`.
    fn plain_layout(&self) -> bool {
        let plain_names = self
            .names
            .iter()
            .all(|n| !n.starts_with('/') && !n.contains('\\'))
            && ["xl/sharedstrings.xml", "xl/styles.xml"]
                .iter()
                .all(|part| self.names.iter().filter(|n| n == part).count() <= 1);
        plain_names
            && self
                .root_relationships
                .as_deref()
                .is_some_and(|rels| office_document(rels).as_deref() == Some("xl/workbook.xml"))
    }

    /// The merges of every sheet that could be tied to its entry, by sheet name, and the parts
    /// for the fast reader when the workbook is laid out as spreadsheet programs write it: the
    /// workbook at `xl/workbook.xml`, plain entry names, shared strings and styles that read.
    pub fn tie(self) -> (HashMap<String, Vec<Merge>>, Option<FastParts>) {
        let (Some(workbook), Some(relationships)) = (&self.workbook, &self.relationships) else {
            return (HashMap::new(), None);
        };
        let targets = relationship_targets(relationships);
        let mut merges = HashMap::new();
        let mut entries = HashMap::new();
        for (name, id) in sheet_ids(workbook) {
            let Some(path) = targets.get(&id) else {
                continue;
            };
            if let Some(Some(found)) = self.sheets.get(path) {
                merges.insert(name.clone(), found.clone());
            }
            if let Some(index) = self.only_entry(path) {
                entries.insert(name, index);
            }
        }
        let strings_entry = self.only_entry("xl/sharedstrings.xml");
        let fast = self.readable_parts().map(|kinds| FastParts {
            strings: match self.strings {
                Some(Ok(strings)) => strings,
                _ => Vec::new(),
            },
            kinds,
            entries,
            strings_entry,
        });
        (merges, fast)
    }

    /// The merges of every sheet that could be tied to its entry, by sheet name.
    pub fn merges_by_sheet(self) -> HashMap<String, Vec<Merge>> {
        self.tie().0
    }
}

/// The workbook's part named by `_rels/.rels` (lower case, without a leading `/`); `None`
/// unless exactly one is named (calamine takes the last).
fn office_document(xml: &[u8]) -> Option<String> {
    let mut found = relationships(xml)
        .into_iter()
        .filter(|(_, kind, _)| kind.ends_with("/relationships/officeDocument"));
    let (_, _, target) = found.next()?;
    found
        .next()
        .is_none()
        .then(|| target.trim_start_matches('/').to_ascii_lowercase())
}

/// The local name of a tag or attribute (after any namespace prefix).
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

fn unescaped(value: &str) -> String {
    quick_xml::escape::unescape(value).map_or_else(|_| value.to_owned(), |v| v.into_owned())
}

/// `<sheet name="…" r:id="…"/>` of `xl/workbook.xml`, in order.
fn sheet_ids(xml: &[u8]) -> Vec<(String, String)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(e) | Event::Empty(e)) if local(e.name().as_ref()) == "sheet" => {
                let (mut name, mut id) = (None, None);
                for a in e.attributes().flatten() {
                    let key = a.key.as_ref();
                    if key == "name" {
                        name = Some(unescaped(&a.value));
                    } else if key.ends_with(":id") {
                        id = Some(unescaped(&a.value));
                    }
                }
                if let (Some(name), Some(id)) = (name, id) {
                    out.push((name, id));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buffer.clear();
    }
    out
}

/// Relationship id → entry name (lower case) of `xl/_rels/workbook.xml.rels`.
fn relationship_targets(xml: &[u8]) -> HashMap<String, String> {
    relationships(xml)
        .into_iter()
        .filter_map(|(id, _, target)| {
            let path = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_owned(),
                None => format!("xl/{}", target.trim_start_matches("./")),
            };
            Some((id?, path.to_ascii_lowercase()))
        })
        .collect()
}

/// The `<Relationship Id Type Target/>` of a relationships part that have a target, in order.
fn relationships(xml: &[u8]) -> Vec<(Option<String>, String, String)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(e) | Event::Empty(e)) if local(e.name().as_ref()) == "Relationship" => {
                let (mut id, mut kind, mut target) = (None, String::new(), None);
                for a in e.attributes().flatten() {
                    match a.key.as_ref() {
                        "Id" => id = Some(unescaped(&a.value)),
                        "Type" => kind = unescaped(&a.value),
                        "Target" => target = Some(unescaped(&a.value)),
                        _ => {}
                    }
                }
                if let Some(target) = target {
                    out.push((id, kind, target));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buffer.clear();
    }
    out
}

/// The `<mergeCell ref="A1:C1"/>` of a sheet's tail.
fn parse_merges(tail: &[u8]) -> Vec<Merge> {
    let mut reader = quick_xml::Reader::from_reader(tail);
    reader.config_mut().check_end_names = false;
    let mut buffer = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(e) | Event::Empty(e)) if local(e.name().as_ref()) == "mergeCell" => {
                let reference = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "ref")
                    .map(|a| a.value.into_owned());
                if let Some(merge) = reference.as_deref().and_then(merge_from_ref) {
                    out.push(merge);
                }
            }
            Ok(Event::End(e)) if local(e.name().as_ref()) == "mergeCells" => break,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buffer.clear();
    }
    out
}

/// `A1:C3` as a merge (0-based, inclusive); a single cell is none.
fn merge_from_ref(reference: &str) -> Option<Merge> {
    let (first, last) = reference.split_once(':')?;
    let (first_row, first_column) = cell_position(first)?;
    let (last_row, last_column) = cell_position(last)?;
    Some(Merge {
        first_row: first_row.min(last_row),
        first_column: first_column.min(last_column),
        last_row: first_row.max(last_row),
        last_column: first_column.max(last_column),
    })
}

/// `AB12` as (row 11, column 27), 0-based; `$` signs allowed.
fn cell_position(reference: &str) -> Option<(u32, u32)> {
    let reference: Vec<u8> = reference.trim().bytes().filter(|&b| b != b'$').collect();
    let letters = reference
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if letters == 0 || letters > 3 {
        return None;
    }
    match cell_reference(&reference) {
        Ok((row, Some(column))) => Some((row, column)),
        _ => None,
    }
}

/// The merges of every sheet of an .xlsx's bytes, by sheet name, from one pass over its
/// entries (the same scan the worker runs while checking the zip). For tests and benchmarks.
pub fn xlsx_merges(bytes: &[u8]) -> HashMap<String, Vec<Merge>> {
    use std::io::Read;
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return HashMap::new();
    };
    let mut gathered = Gathered::default();
    let mut buffer = vec![0u8; 64 * 1024];
    for index in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(index) else {
            continue;
        };
        let mut scan =
            EntryScan::for_entry(&entry.name().map(|n| n.into_owned()).unwrap_or_default());
        while let Ok(read @ 1..) = entry.read(&mut buffer) {
            scan.feed(buffer.get(..read).unwrap_or_default());
        }
        scan.finish(&mut gathered);
    }
    gathered.merges_by_sheet()
}
