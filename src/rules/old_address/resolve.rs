//! Reading a row's address and resolving it to a 2025 commune (`docs/rules.md §2.4`).
//!
//! A row gives separate cells (commune, district, province), one address cell, or both. The
//! reader splits an address cell into parts (commas, semicolons, " - "), drops a trailing
//! "Việt Nam", and gives the parts roles from the right: province, then district, then commune;
//! what is left of the commune is the street part, kept for the user. The resolver then decides,
//! in this order of trust:
//!
//! 1. a district part (an old unit: there are no districts since 1/7/2025) makes the row an old
//!    address: the commune is looked up **in that district only**, never in the new list by name
//!    (so "Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình" is never Xã Độc Lập of Cao Bằng). A 2025
//!    commune written with its old district is kept when the table says that district fed it,
//!    and is a contradiction otherwise;
//! 2. a province that exists only under its old name (Kiên Giang, Thái Bình, "Thừa Thiên Huế")
//!    makes the row an old address in that old province;
//! 3. otherwise a 2025 commune of that name in the province (the row's, else the list's) keeps
//!    its name ("a row that names a new commune keeps it"); a "Thị trấn" never does (abolished);
//! 4. otherwise the old communes of the old provinces that make up the province.
//!
//! Accents decide between names when written ("Thanh Nhật" is not "Thành Nhất"); without
//! accents a name matches on its letters, but only inside the district or province the row
//! names — never across the country. Names from the 2019–2024 mergers resolve through the
//! alias data when one unit fits.

use super::data::{OldCommuneId, OldDistrictId, OldProvinceId, OldUnits, Transfer};
use super::keys::{KindFamily, KindWord, accent_key, alias_key_of_folded, fold_key, split_kind};
use super::settle::Settlements;
use crate::order;
use crate::text::{is_dash, is_space, trim_white};
use crate::text_map::TextMap;
use crate::units::{self, CommuneCode, CommuneKind, ProvinceCode, has_accents};

/// Longest text looked at in one cell (bytes); the rest is ignored.
const MAX_CELL_BYTES: usize = 400;
/// Address parts examined, from the right (province, district, commune, and one more for a
/// trailing country).
const MAX_UNIT_PARTS: usize = 5;
/// Distinct rows remembered; past this, rows are resolved without caching.
const MAX_MEMO: usize = 50_000;
/// At most this many candidates are carried in an outcome (a split has at most 6 new units).
pub const MAX_CANDIDATES: usize = 6;

/// How a converted row's new commune follows from the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// The old commune went wholly into one new commune.
    Whole,
    /// The old commune was split, and the table says its whole population went to this one
    /// (`part-area-whole-population`).
    WholePopulation,
    /// The old commune was split; the user chose this one for the list.
    Settled,
}

/// Older names used on the way to the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Via {
    /// The commune's name from before a 2019–2024 merger.
    pub commune_alias: bool,
    /// An older district name, or a district later divided (old TP Huế).
    pub district_alias: bool,
    /// A province abbreviation or older name ("Thừa Thiên Huế").
    pub province_alias: bool,
}

impl Via {
    /// Whether any older name was used.
    pub const fn any(self) -> bool {
        self.commune_alias || self.district_alias || self.province_alias
    }
}

/// Up to [`MAX_CANDIDATES`] new communes, in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Candidates {
    codes: [u32; MAX_CANDIDATES],
    transfers: [Transfer; MAX_CANDIDATES],
    len: u8,
}

impl Default for Candidates {
    fn default() -> Candidates {
        Candidates::new()
    }
}

impl Candidates {
    /// No candidate.
    pub fn new() -> Candidates {
        Candidates {
            codes: [0; MAX_CANDIDATES],
            transfers: [Transfer::Whole; MAX_CANDIDATES],
            len: 0,
        }
    }

    fn push(&mut self, code: u32, transfer: Transfer) {
        let i = usize::from(self.len);
        if let (Some(c), Some(t)) = (self.codes.get_mut(i), self.transfers.get_mut(i)) {
            *c = code;
            *t = transfer;
            self.len += 1;
        }
    }

    /// The candidates with how each was reached.
    pub fn iter(&self) -> impl Iterator<Item = (CommuneCode, Transfer)> + '_ {
        self.codes
            .iter()
            .zip(&self.transfers)
            .take(usize::from(self.len))
            .filter_map(|(&c, &t)| Some((CommuneCode::new(c).ok()?, t)))
    }

    /// How many.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether `code` is one of them.
    pub fn contains(&self, code: CommuneCode) -> bool {
        self.iter().any(|(c, _)| c == code)
    }
}

/// Up to [`MAX_CANDIDATES`] old communes of the same name, and how many there were.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OldCandidates {
    ids: [u16; MAX_CANDIDATES],
    len: u8,
    /// How many old units had the name (may be more than listed).
    pub total: u16,
}

impl OldCandidates {
    /// The first candidates of `ids` (at most the capacity; `total` counts them all).
    pub fn of(ids: &[u16]) -> OldCandidates {
        let mut out = OldCandidates {
            ids: [0; MAX_CANDIDATES],
            len: 0,
            total: u16::try_from(ids.len()).unwrap_or(u16::MAX),
        };
        for (slot, &id) in out.ids.iter_mut().zip(ids) {
            *slot = id;
            out.len += 1;
        }
        out
    }

    /// The old communes listed.
    pub fn iter(&self) -> impl Iterator<Item = OldCommuneId> + '_ {
        self.ids
            .iter()
            .take(usize::from(self.len))
            .map(|&i| OldCommuneId(i))
    }
}

/// Where a row's parts disagree; reported, never resolved silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Contradiction {
    /// The row's province is not the list's province.
    ProvinceOutsideList {
        /// The province the row names (today's).
        row: ProvinceCode,
        /// The province chosen for the list.
        list: ProvinceCode,
    },
    /// The district exists, but not in the province the row names.
    DistrictNotInProvince {
        /// A district of that name elsewhere.
        district: OldDistrictId,
    },
    /// A 2025 commune written with an old district that did not feed it.
    CommuneNotInDistrict {
        /// The 2025 commune named.
        commune: CommuneCode,
        /// The old district named.
        district: OldDistrictId,
    },
    /// A 2025 commune written with an old province that did not feed it.
    CommuneNotInProvince {
        /// The 2025 commune named.
        commune: CommuneCode,
        /// The old province named.
        province: OldProvinceId,
    },
}

/// What part of the row could not be found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotFound {
    /// The province part matches no province, old or new.
    Province,
    /// The district part matches no old district (in the province, if given).
    District,
    /// The commune part matches no commune, old or new, in the scope the row gives.
    Commune,
}

/// What a row's address resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// No commune, district, province or address to read.
    Missing,
    /// The row names a 2025 commune, and its other parts agree.
    Current(CommuneCode),
    /// The row names a 2025 commune with another kind ("Xã Ba Đình" for Phường Ba Đình), and no
    /// old unit fits better.
    CurrentKindDiffers {
        /// The commune of that name.
        commune: CommuneCode,
        /// The kind written.
        written: CommuneKind,
    },
    /// An old address, converted to one new commune.
    Converted {
        /// The old commune read.
        old: OldCommuneId,
        /// Its new commune.
        new: CommuneCode,
        /// Why this one.
        how: How,
        /// Older names used.
        via: Via,
    },
    /// An old commune split between several new ones, with no rule for one: the user chooses.
    Split {
        /// The old commune read.
        old: OldCommuneId,
        /// Its new communes (2–6).
        candidates: Candidates,
        /// Older names used.
        via: Via,
    },
    /// Several old communes have this name where the row points (or the alias fits several).
    AmbiguousOld {
        /// Them.
        candidates: OldCandidates,
        /// Older names used (`commune_alias`: the alias is ambiguous).
        via: Via,
    },
    /// Several 2025 communes have this name (nationwide when the row gives no province, or
    /// names differing only by tones written without them).
    AmbiguousNew {
        /// How many.
        candidates: u16,
    },
    /// The row's parts disagree.
    Contradiction(Contradiction),
    /// Only a district is given (the old district is now spread over several communes).
    DistrictOnly {
        /// The old district (the first, when several share the name).
        district: OldDistrictId,
    },
    /// Nothing fits.
    NotFound(NotFound),
    /// The row looks like an old address, but the conversion data is not loaded.
    NeedsOldData,
}

impl Outcome {
    /// The 2025 commune, when the row resolves to one.
    pub const fn commune(self) -> Option<CommuneCode> {
        match self {
            Outcome::Current(code) | Outcome::Converted { new: code, .. } => Some(code),
            _ => None,
        }
    }

    /// Whether the row was read as an old address (converted, split, or ambiguous among old
    /// units).
    pub const fn is_old_address(self) -> bool {
        matches!(
            self,
            Outcome::Converted { .. }
                | Outcome::Split { .. }
                | Outcome::AmbiguousOld { .. }
                | Outcome::DistrictOnly { .. }
                | Outcome::NeedsOldData
        )
    }
}

/// A row's address as the cells give it. Any may be missing; cells win over the parts read
/// from the address cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddressCells<'a> {
    /// The commune cell ("Xã Vĩnh Hòa Hiệp", "P.7").
    pub commune: Option<&'a str>,
    /// The district cell ("Huyện Châu Thành", "Q.3").
    pub district: Option<&'a str>,
    /// The province cell ("Tỉnh Kiên Giang", "TP.HCM").
    pub province: Option<&'a str>,
    /// A whole address in one cell ("Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang").
    pub address: Option<&'a str>,
}

impl<'a> AddressCells<'a> {
    /// Only an address cell.
    pub fn address(address: &'a str) -> AddressCells<'a> {
        AddressCells {
            address: Some(address),
            ..AddressCells::default()
        }
    }

    /// Separate commune, district and province cells.
    pub fn cells(commune: &'a str, district: &'a str, province: &'a str) -> AddressCells<'a> {
        AddressCells {
            commune: Some(commune),
            district: Some(district),
            province: Some(province),
            address: None,
        }
    }
}

/// A row's outcome and the street part of its address (what came before the commune: "Ấp 3",
/// "12 Lê Lợi"), kept to help the user settle a split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// What the row resolves to.
    pub outcome: Outcome,
    /// The street part, when the address cell had one.
    pub street: Option<&'a str>,
}

// ---------------------------------------------------------------------------------------------
// Splitting an address into parts
// ---------------------------------------------------------------------------------------------

/// Cuts a text to at most `max` bytes at a character boundary.
fn bounded(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// A part without the spaces and punctuation around it.
///
/// Runs several times on every row: ends that are ASCII letters or digits (nearly all of them)
/// are seen at once, others trimmed reading ASCII as bytes ([`trim_start_where`]).
fn trim_part(text: &str) -> &str {
    let bytes = text.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return text;
    }
    let strip = |c: char| is_space(c) || matches!(c, '.' | ',' | ';' | ':' | '"' | '(' | ')');
    trim_end_where(trim_start_where(text, strip), strip)
}

/// The character at the start (or end) of `text`: an ASCII byte as it is, only anything else
/// decoded.
fn edge_char(text: &str, at_end: bool) -> Option<char> {
    let bytes = text.as_bytes();
    let &b = if at_end { bytes.last() } else { bytes.first() }?;
    if b.is_ascii() {
        Some(char::from(b))
    } else if at_end {
        text.chars().next_back()
    } else {
        text.chars().next()
    }
}

/// `text` without the characters `strip` accepts at its start: `str::trim_start_matches`, with
/// ASCII characters read as bytes (the part trims run on every row).
fn trim_start_where(mut text: &str, strip: impl Fn(char) -> bool) -> &str {
    while let Some(c) = edge_char(text, false).filter(|&c| strip(c)) {
        text = text.get(c.len_utf8()..).unwrap_or("");
    }
    text
}

/// [`trim_start_where`] at the end.
fn trim_end_where(mut text: &str, strip: impl Fn(char) -> bool) -> &str {
    while let Some(c) = edge_char(text, true).filter(|&c| strip(c)) {
        text = text
            .get(..text.len().saturating_sub(c.len_utf8()))
            .unwrap_or("");
    }
    text
}

/// Byte ranges of the address's parts: split at commas, semicolons, vertical bars, line breaks
/// and dashes with spaces around them (" - "); a dash inside a known name ("Bà Rịa - Vũng Tàu",
/// "Phường Cam Ly - Đà Lạt") is put back.
///
/// One pass over the bytes: every separator is ASCII but the dashes U+2010–U+2015, U+2212 and
/// U+FF0D, whose UTF-8 starts with 0xE2 or 0xEF; only those characters are decoded (this runs
/// on every row of a list).
fn split_parts(address: &str, hyphenated: &dyn Fn(&str, &str) -> bool) -> Vec<(usize, usize)> {
    let bytes = address.as_bytes();
    let mut parts: Vec<(usize, usize)> = Vec::with_capacity(8);
    let mut joined_by_dash = false;
    let mut close = |parts: &mut Vec<(usize, usize)>, s: usize, e: usize, dash: bool| {
        let text = address.get(s..e).unwrap_or("");
        if trim_white(text).is_empty() {
            joined_by_dash = false;
            return;
        }
        if joined_by_dash
            && let Some(last) = parts.last_mut()
            && hyphenated(address.get(last.0..last.1).unwrap_or(""), text)
        {
            last.1 = e;
        } else {
            parts.push((s, e));
        }
        joined_by_dash = dash;
    };
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (hard, width) = match b {
            b',' | b';' | b'|' | b'\n' | b'\r' => (true, 1),
            b'-' => (false, 1),
            0xE2 | 0xEF => match address.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if is_dash(c) => (false, c.len_utf8()),
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        let dash = !hard
            && address.get(..i).is_some_and(|b| b.ends_with(is_space))
            && address
                .get(i + width..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_space);
        if hard || dash {
            close(&mut parts, start, i, dash);
            start = i + width;
        }
        i += width;
    }
    close(&mut parts, start, address.len(), false);
    parts
}

/// Splits one part at kind words inside it, for addresses written without separators ("Xã
/// Vĩnh Hòa Hiệp Huyện Châu Thành Tỉnh Kiên Giang"). Only whole words written out with their
/// tones split ("Huyện", "Tỉnh", "Xã", "Phường", "Quận", "Thị trấn", "Thị xã", "Thành phố"),
/// or, in a text without any tones, the same words without them.
fn split_inside(part: &str) -> Vec<&str> {
    const WORDS: [&str; 8] = [
        "thành phố",
        "thị trấn",
        "thị xã",
        "huyện",
        "tỉnh",
        "quận",
        "phường",
        "xã",
    ];
    let toneless = !has_accents(part);
    let mut cuts: Vec<usize> = Vec::new();
    let mut previous_space = false;
    for (i, c) in part.char_indices() {
        if previous_space && i > 0 {
            let rest = part.get(i..).unwrap_or("");
            let starts_kind = WORDS.iter().any(|w| {
                let n = w.chars().count();
                let end = rest.char_indices().nth(n).map_or(rest.len(), |(j, _)| j);
                let head = rest.get(..end).unwrap_or("");
                let boundary = rest
                    .get(end..)
                    .is_some_and(|after| after.starts_with(is_space));
                boundary
                    && (head.to_lowercase() == *w
                        || (toneless && units::search_key(head) == units::search_key(w)))
            });
            // "Thị xã" contains "xã": never cut right after "thị".
            let after_thi = part
                .get(..i)
                .is_some_and(|b| units::search_key(b).ends_with("thi"));
            if starts_kind && !after_thi {
                cuts.push(i);
            }
        }
        previous_space = is_space(c);
    }
    if cuts.is_empty() {
        return vec![part];
    }
    let mut out: Vec<&str> = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(part.len())) {
        let piece = part.get(start..cut).unwrap_or("").trim();
        // A piece that is only a kind word ("huyện" before "tinh bien") is not cut off.
        if split_kind(piece).is_none()
            && WORDS
                .iter()
                .any(|w| units::search_key(w) == units::search_key(piece))
        {
            continue;
        }
        out.push(piece);
        start = cut;
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The kind word a unit's name starts with ("Huyện Châu Thành": [`KindWord::RuralDistrict`]),
/// read once per distinct text.
pub fn kind_word(text: &str) -> Option<KindWord> {
    Readings::of(text.trim()).kind()
}

/// The street part of an address: what comes before `end`, without the separators before it.
fn street_before(address: &str, end: usize) -> Option<&str> {
    // Runs on every row: the separators before `end` are read as bytes when ASCII.
    let separator = |c: char| is_space(c) || matches!(c, ',' | ';' | '|') || is_dash(c);
    let s = trim_end_where(address.get(..end)?, separator);
    // Usually it starts with a house number: already trimmed (its end is, above).
    let trimmed = match s.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => s,
        _ => s.trim(),
    };
    (!trimmed.is_empty()).then_some(trimmed)
}

/// Where the first part of an address ends, when that part is a house number and street the
/// resolver leaves out of its key next to a commune cell, or before a part that names a unit
/// ("12 Lê Lợi, Phường X, …", "Số 12 đường Y, Xã Z, …", "Ấp 3, X. A, …"): it holds an ASCII
/// digit and letter, reads as a street ([`is_street`]), and ends at a comma, semicolon, bar or
/// line break (or the address's end) with no dash before (so it is exactly the first of
/// [`split_parts`], never joined to the next). These are the conditions under which
/// [`Resolver::resolve`] skips a numbered street at the start of the address, so the rest of
/// the address alone decides the row's outcome and where its street ends, counted from the end.
fn house_number_end(address: &str) -> Option<usize> {
    let bytes = address.as_bytes();
    let (mut digit, mut letter) = (false, false);
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b',' | b';' | b'|' | b'\n' | b'\r' => {
                end = i;
                break;
            }
            b'-' | 0xE2 | 0xEF => return None,
            _ => {
                digit |= b.is_ascii_digit();
                letter |= b.is_ascii_alphabetic();
            }
        }
    }
    let part = trim_part(address.get(..end)?);
    (digit && letter && is_street(part)).then_some(end)
}

/// Whether the part that starts `rest` names a commune or a district by its kind word
/// ("Phường X", "Huyện Y"), read exactly as [`split_parts`] and the resolver read the part after
/// a house number (no dash before its end, not blank).
fn next_part_names_a_unit(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let end = bytes
        .iter()
        .position(|b| matches!(b, b',' | b';' | b'|' | b'\n' | b'\r'))
        .unwrap_or(bytes.len());
    let Some(part) = rest.get(..end) else {
        return false;
    };
    if part.bytes().any(|b| matches!(b, b'-' | 0xE2 | 0xEF)) {
        return false;
    }
    let part = trim_part(part);
    !part.is_empty()
        && Readings::of(part)
            .kind()
            .is_some_and(|k| k.is_commune() || k.may_be_district())
}

/// Whether a part is the country ("Việt Nam", "VN", "Vietnam").
fn is_country(part: &str) -> bool {
    // Each of them starts with a V or an N (Việt, Nước): most parts are told apart unfolded.
    if !part
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| matches!(c, 'V' | 'v' | 'N' | 'n'))
    {
        return false;
    }
    matches!(
        units::search_key(part).as_str(),
        "viet nam" | "vietnam" | "vn" | "nuoc chxhcn viet nam"
    )
}

/// Whether a part reads as a street or hamlet rather than a unit: it starts with a digit, or
/// with "Số", "Đường", "Ấp", "Thôn", "Tổ", "Khu phố", "KP", "Xóm", "Bản", "Khóm", "Ngõ",
/// "Hẻm", "Kiệt", "Lô", "Km", "Quốc lộ", "QL", "Tỉnh lộ", "Khu dân cư", "Khối", "Cụm". Written
/// with tones, the word must have these tones ("Dương Quang" is a commune, "Đường 3/2" a
/// street). Only used once the data has not recognised the part as a unit.
fn is_street(part: &str) -> bool {
    // (folded, with tones)
    const WORDS: [(&str, &str); 21] = [
        ("so", "số"),
        ("duong", "đường"),
        ("ap", "ấp"),
        ("thon", "thôn"),
        ("to", "tổ"),
        ("khu pho", "khu phố"),
        ("kp", "kp"),
        ("xom", "xóm"),
        ("ban", "bản"),
        ("khom", "khóm"),
        ("ngo", "ngõ"),
        ("hem", "hẻm"),
        ("kiet", "kiệt"),
        ("lo", "lô"),
        ("km", "km"),
        ("quoc lo", "quốc lộ"),
        ("ql", "ql"),
        ("tinh lo", "tỉnh lộ"),
        ("khu dan cu", "khu dân cư"),
        ("khoi", "khối"),
        ("cum", "cụm"),
    ];
    if part.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // The most common shape, without folding: "Số 12 …".
    if ["Số ", "số ", "SỐ ", "So ", "so ", "SO "].iter().any(|p| {
        part.get(p.len()..).is_some_and(|rest| {
            part.starts_with(p) && rest.starts_with(|c: char| c.is_ascii_digit())
        })
    }) {
        return true;
    }
    // The first three words are enough for every street word.
    let head: Vec<&str> = part.split_whitespace().take(3).collect();
    if head.first().is_none_or(|w| w.chars().count() > 6) {
        return false;
    }
    let key = units::search_key(&head.join(" "));
    let toned = has_accents(part);
    WORDS.iter().any(|&(folded, word)| {
        let Some(rest) = key.strip_prefix(folded) else {
            return false;
        };
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return false;
        }
        if !toned {
            return true;
        }
        // Compare the same number of words with their tones.
        let n = word.split(' ').count();
        let written: Vec<&str> = head.iter().take(n).copied().collect();
        accent_key(&written.join(" ")) == accent_key(word)
    })
}

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/// One way to read a text: an optional kind word and the name after it, with the name's keys.
#[derive(Debug)]
struct Variant {
    kind: Option<KindWord>,
    folded: Box<str>,
    accented: Box<str>,
    has_accents: bool,
}

/// A text read with and without its leading kind word (the second for a name that only looks
/// like it starts with one: "xa phin" for Xà Phìn), keys computed once per distinct text.
#[derive(Debug)]
struct Readings {
    whole: Box<str>,
    variants: Vec<Variant>,
}

/// Distinct texts whose readings are remembered (per thread); past this the cache restarts.
const MAX_READINGS: usize = 100_000;

impl Readings {
    fn of(text: &str) -> std::rc::Rc<Readings> {
        thread_local! {
            static CACHE: std::cell::RefCell<TextMap<std::rc::Rc<Readings>>> =
                std::cell::RefCell::new(TextMap::default());
        }
        if let Some(hit) = CACHE.with(|c| c.borrow().get(text).cloned()) {
            return hit;
        }
        let read = std::rc::Rc::new(Readings::compute(text));
        CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.len() >= MAX_READINGS {
                cache.clear();
            }
            cache.insert(text, read.clone());
        });
        read
    }

    fn compute(text: &str) -> Readings {
        let whole = trim_part(text);
        let variant = |kind: Option<KindWord>, name: &str| Variant {
            kind,
            folded: fold_key(name).into(),
            accented: accent_key(name).into(),
            has_accents: has_accents(name),
        };
        let mut variants = Vec::with_capacity(2);
        if let Some((kind, name)) = split_kind(whole) {
            variants.push(variant(Some(kind), name));
        }
        variants.push(variant(None, whole));
        Readings {
            whole: whole.into(),
            variants,
        }
    }

    fn variants(&self) -> impl Iterator<Item = &Variant> {
        self.variants.iter()
    }

    /// The kind word written, if any.
    fn kind(&self) -> Option<KindWord> {
        self.variants.first().and_then(|v| v.kind)
    }
}

/// A province part: the old provinces it names and the new one.
#[derive(Clone, Debug, Default)]
struct ProvinceRead {
    /// Old provinces of that name (or alias).
    old: Vec<OldProvinceId>,
    /// Today's province of that name.
    new: Option<ProvinceCode>,
    alias: bool,
}

impl ProvinceRead {
    fn is_empty(&self) -> bool {
        self.old.is_empty() && self.new.is_none()
    }
}

fn read_province(units: Option<&OldUnits>, text: &str) -> ProvinceRead {
    let readings = Readings::of(text);
    let mut out = ProvinceRead {
        new: units::match_province_name(&readings.whole).map(|p| p.code),
        ..ProvinceRead::default()
    };
    let Some(data) = units else {
        return out;
    };
    for v in readings.variants() {
        if v.kind.is_some_and(|k| !k.may_be_province()) {
            continue;
        }
        for i in 0..data.province_count() {
            let id = OldProvinceId(u8::try_from(i).unwrap_or(u8::MAX));
            let (key, accent) = data.province_keys(id);
            if key == &*v.folded && (!v.has_accents || accent == &*v.accented) {
                out.old.push(id);
            }
        }
        if out.old.is_empty()
            && let Some(id) =
                data.province_alias(&alias_key_of_folded(&v.folded, KindFamily::Province))
        {
            out.old.push(id);
            // An abbreviation of today's name ("TP.HCM") is no older name.
            out.alias = out.new.is_none();
        }
        if !out.old.is_empty() {
            break;
        }
    }
    if out.old.is_empty()
        && let Some(new) = out.new
    {
        // An abbreviation of today's name ("HCM"): the old provinces it covers.
        out.old = data.old_provinces_of(new).to_vec();
    }
    out
}

/// The old scope a lookup searches: a set of districts, of provinces, or everything.
#[derive(Clone, Copy, Debug)]
enum Scope<'s> {
    Districts(&'s [u16]),
    Provinces(&'s [OldProvinceId]),
    All,
}

impl Scope<'_> {
    fn has_district(&self, data: &OldUnits, district: u16) -> bool {
        match self {
            Scope::Districts(ids) => ids.contains(&district),
            Scope::Provinces(ids) => ids.contains(&OldProvinceId(data.district_province(district))),
            Scope::All => true,
        }
    }

    fn has_province(&self, province: u8) -> bool {
        match self {
            Scope::Districts(_) => false,
            Scope::Provinces(ids) => ids.contains(&OldProvinceId(province)),
            Scope::All => true,
        }
    }
}

/// Keeps the candidates that `keep` accepts, unless none would be left.
fn prefer(candidates: &mut Vec<u16>, keep: impl Fn(u16) -> bool) {
    if candidates.iter().any(|&c| keep(c)) {
        candidates.retain(|&c| keep(c));
    }
}

/// Old districts a district part may mean in `scope`, and whether an older name was used.
fn read_districts(data: &OldUnits, text: &str, scope: Scope<'_>, toned: bool) -> (Vec<u16>, bool) {
    let readings = Readings::of(text);
    for v in readings.variants() {
        let kind = v.kind;
        if kind.is_some_and(|k| !k.may_be_district()) {
            continue;
        }
        let mut found: Vec<u16> = data
            .districts_named(&v.folded)
            .filter(|&d| scope.has_district(data, d))
            .collect();
        if toned || v.has_accents {
            let exact: Vec<u16> = found
                .iter()
                .copied()
                .filter(|&d| data.district_accent(d) == &*v.accented)
                .collect();
            // Tones written and matching none: only trust the letters within one province.
            if exact.is_empty() && matches!(scope, Scope::All) {
                found.clear();
            } else if !exact.is_empty() {
                found = exact;
            }
        }
        if let Some(kind) = kind {
            prefer(&mut found, |d| {
                use super::data::DistrictKind as D;
                matches!(
                    (kind, data.district_tag(d)),
                    (KindWord::City, Some(D::City))
                        | (KindWord::UrbanDistrict, Some(D::UrbanDistrict))
                        | (KindWord::RuralDistrict, Some(D::RuralDistrict))
                        | (KindWord::Town, Some(D::Town))
                )
            });
        }
        if !found.is_empty() {
            return (found, false);
        }
        // Older district names and divided districts, within the provinces in scope.
        let key = alias_key_of_folded(&v.folded, KindFamily::District);
        let mut aliased: Vec<u16> = Vec::new();
        for p in 0..data.province_count() {
            let p = u8::try_from(p).unwrap_or(u8::MAX);
            if scope.has_province(p) {
                for d in data.district_alias(&key, p) {
                    order::insert_sorted(&mut aliased, d);
                }
            }
        }
        if !aliased.is_empty() {
            return (aliased, true);
        }
    }
    (Vec::new(), false)
}

/// Old communes a commune part may mean in `scope`, and whether an alias was used.
fn read_old_communes(
    data: &OldUnits,
    text: &str,
    scope: Scope<'_>,
    toned: bool,
) -> (Vec<u16>, bool) {
    let readings = Readings::of(text);
    let in_scope = |c: u16| scope.has_district(data, data.commune_district(c));
    for v in readings.variants() {
        let kind = v.kind;
        if kind.is_some_and(|k| !k.is_commune()) {
            continue;
        }
        let mut found: Vec<u16> = data
            .communes_named(&v.folded)
            .filter(|&c| in_scope(c))
            .collect();
        if toned || v.has_accents {
            let exact: Vec<u16> = found
                .iter()
                .copied()
                .filter(|&c| data.commune_accent(c) == &*v.accented)
                .collect();
            if !exact.is_empty() {
                found = exact;
            } else if !matches!(scope, Scope::Districts(_)) {
                // Tones that match no name: only trust the letters inside one district.
                found.clear();
            }
        }
        if let Some(kind) = kind {
            use super::data::OldCommuneKind as K;
            prefer(&mut found, |c| {
                matches!(
                    (kind, data.commune_tag(c)),
                    (KindWord::Ward, K::Ward)
                        | (KindWord::Commune, K::Commune)
                        | (KindWord::Township, K::Township)
                )
            });
        }
        if !found.is_empty() {
            return (found, false);
        }
    }
    if matches!(scope, Scope::All) {
        return (Vec::new(), false);
    }
    for v in readings.variants() {
        if v.kind.is_some_and(|k| !k.is_commune()) {
            continue;
        }
        let key = alias_key_of_folded(&v.folded, KindFamily::Commune);
        let mut found: Vec<u16> = Vec::new();
        for c in data.ward_alias(&key).filter(|&c| in_scope(c)) {
            order::insert_sorted(&mut found, c);
        }
        if !found.is_empty() {
            return (found, true);
        }
    }
    (Vec::new(), false)
}

/// How a text matches today's communes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NewMatch {
    Exact(CommuneCode),
    KindDiffers {
        commune: CommuneCode,
        written: CommuneKind,
    },
    Ambiguous(u16),
    Unmatched,
}

/// Matches a commune part against today's list, in one province or nationwide. Tones decide
/// when the row is written with them; without a province they must match exactly (no matching
/// on letters alone across the country: "Thanh Nhật" is never "Thành Nhất" of another
/// province). A kind word must fit (else [`NewMatch::KindDiffers`] for a single name).
fn match_new(text: &str, scope: Option<ProvinceCode>, toned: bool) -> NewMatch {
    let readings = Readings::of(text);
    let communes = units::communes();
    for v in readings.variants() {
        let wanted = match v.kind {
            Some(KindWord::Ward) => Some(CommuneKind::Ward),
            Some(KindWord::Commune) => Some(CommuneKind::Commune),
            Some(KindWord::SpecialZone) => Some(CommuneKind::SpecialZone),
            Some(KindWord::Township) | None => None,
            Some(_) => continue,
        };
        // Today's names carry no number with a leading zero, so their folded keys are the
        // search keys of `units` (tests/old_address_resolve.rs checks it).
        let mut found: Vec<(usize, &str)> = units::communes_keyed(&v.folded)
            .filter(|&(i, _)| {
                communes
                    .get(i)
                    .is_some_and(|c| scope.is_none_or(|p| c.province == p))
            })
            .collect();
        if toned || v.has_accents {
            let accented = &*v.accented;
            if found.iter().any(|f| f.1 == accented) {
                found.retain(|f| f.1 == accented);
            } else if scope.is_none() {
                found.clear();
            }
        }
        if found.is_empty() {
            continue;
        }
        let fitting: Vec<usize> = found
            .iter()
            .map(|f| f.0)
            .filter(|&i| {
                communes
                    .get(i)
                    .is_some_and(|c| wanted.is_none_or(|k| k == c.kind))
            })
            .collect();
        let code = |i: usize| communes.get(i).map(|c| c.code);
        return match (fitting.as_slice(), found.as_slice(), wanted) {
            ([one], _, _) => code(*one).map_or(NewMatch::Unmatched, NewMatch::Exact),
            ([], [(one, _)], Some(written)) => code(*one).map_or(NewMatch::Unmatched, |commune| {
                NewMatch::KindDiffers { commune, written }
            }),
            ([], _, _) => NewMatch::Ambiguous(u16::try_from(found.len()).unwrap_or(u16::MAX)),
            (many, _, _) => NewMatch::Ambiguous(u16::try_from(many.len()).unwrap_or(u16::MAX)),
        };
    }
    NewMatch::Unmatched
}

// ---------------------------------------------------------------------------------------------
// The resolver
// ---------------------------------------------------------------------------------------------

/// The parts of one row, after reading the address cell.
#[derive(Clone, Copy, Debug, Default)]
struct Parts<'t> {
    commune: Option<&'t str>,
    district: Option<&'t str>,
    province: Option<&'t str>,
}

/// Resolves rows of a list to 2025 communes, remembering each distinct address (a list of
/// 100,000 rows names a few thousand places).
#[derive(Debug)]
pub struct Resolver<'u> {
    data: Option<&'u OldUnits>,
    list_province: Option<ProvinceCode>,
    list_old: Vec<OldProvinceId>,
    settlements: Settlements,
    memo: TextMap<(Outcome, u32)>,
    /// Rows whose address starts with a house number before a commune cell ("12 Lê Lợi, …"
    /// next to "Phường X"): by the commune, district and province cells and what follows the
    /// number, the outcome and where the street part ends, counted from the address's end
    /// ([`house_number_end`]).
    after_house_number: TextMap<(Outcome, u32)>,
    key: String,
    /// Holds the key looked up in [`Resolver::after_house_number`] while `key` builds the
    /// memo's (two buffers, so neither is allocated again on every row).
    spare_key: String,
    hyphenated: Vec<String>,
    /// Whether the row being resolved is written with tones anywhere: then a name written
    /// without them is meant without them ("Thanh An" is not "Thạnh An").
    toned: std::cell::Cell<bool>,
    /// Province parts read so far (a list names a few dozen ways of writing its provinces).
    provinces: std::cell::RefCell<TextMap<std::rc::Rc<ProvinceRead>>>,
}

impl<'u> Resolver<'u> {
    /// A resolver with the conversion data (`None` when it is not loaded: new addresses still
    /// resolve, old ones say [`Outcome::NeedsOldData`]) for a list from one province (`None`:
    /// nationwide, or read from each row).
    pub fn new(data: Option<&'u OldUnits>, list_province: Option<ProvinceCode>) -> Resolver<'u> {
        let list_old = match (data, list_province) {
            (Some(d), Some(p)) => d.old_provinces_of(p).to_vec(),
            _ => Vec::new(),
        };
        // Names with " - " inside ("Phường Cam Ly - Đà Lạt", "Tỉnh Bà Rịa - Vũng Tàu").
        let mut hyphenated: Vec<String> = hyphenated_today().to_vec();
        if let Some(d) = data {
            hyphenated.extend(d.hyphenated().iter().cloned());
        }
        order::sort_dedup(&mut hyphenated);
        Resolver {
            data,
            list_province,
            list_old,
            settlements: Settlements::new(),
            memo: TextMap::default(),
            after_house_number: TextMap::default(),
            key: String::new(),
            spare_key: String::new(),
            hyphenated,
            toned: std::cell::Cell::new(false),
            provinces: std::cell::RefCell::new(TextMap::default()),
        }
    }

    /// Whether two parts split at " - " are one name ("Phường Cam Ly" + "Đà Lạt").
    fn hyphenated_pair(&self, left: &str, right: &str) -> bool {
        let left = split_kind(trim_part(left)).map_or(left, |(_, n)| n);
        self.hyphenated
            .contains(&fold_key(&format!("{left} {right}")))
    }

    fn toned(&self) -> bool {
        self.toned.get()
    }

    /// [`read_province`], remembered per text (shared: asked for on every distinct row).
    fn province(&self, text: &str) -> std::rc::Rc<ProvinceRead> {
        if let Some(read) = self.provinces.borrow().get(text) {
            return read.clone();
        }
        let read = std::rc::Rc::new(read_province(self.data, text));
        let mut cache = self.provinces.borrow_mut();
        if cache.len() < MAX_MEMO {
            cache.insert(text, read.clone());
        }
        read
    }

    /// Makes room for the distinct addresses of a list of about `rows` rows (a fifth of them in
    /// the benchmark's list, which spreads its rows over the whole country), so the tables are
    /// not rebuilt as they grow.
    pub fn reserve(&mut self, rows: usize) {
        let expected = (rows / 5).min(MAX_MEMO);
        self.memo.reserve(expected);
        self.after_house_number.reserve(expected);
    }

    /// The province chosen for the list.
    pub fn list_province(&self) -> Option<ProvinceCode> {
        self.list_province
    }

    /// The user's choices for split communes.
    pub fn settlements(&self) -> &Settlements {
        &self.settlements
    }

    /// Replaces the user's choices (they apply from the next row on; nothing else is redone).
    pub fn set_settlements(&mut self, settlements: Settlements) {
        self.settlements = settlements;
    }

    /// Resolves one row.
    pub fn resolve<'a>(&mut self, cells: AddressCells<'a>) -> Resolved<'a> {
        // Most rows of a list with a commune column: "12 Lê Lợi, Phường X, Tỉnh Y" next to
        // "Phường X", every house number different. The resolver leaves such a house number
        // out of its key (below), so the cells as written, less the number, decide the row:
        // looked up before anything is trimmed or split.
        let fast = match cells.address {
            // Ending with a letter or digit, the address is not trimmed at its end either, so
            // what follows the number is read exactly as written.
            Some(a)
                if a.len() <= MAX_CELL_BYTES
                    && a.chars().next_back().is_some_and(char::is_alphanumeric) =>
            {
                house_number_end(a).map(|end| {
                    let c = cells
                        .commune
                        .filter(|c| !trim_part(bounded(c, MAX_CELL_BYTES)).is_empty());
                    (a, end, c)
                })
            }
            None | Some(_) => None,
        };
        if let Some((a, end, c)) = fast {
            self.key.clear();
            self.key.push_str(c.unwrap_or(""));
            // Only rows whose number part may be left out are remembered (below), and that
            // depends on the commune cell (in the key) and on what follows the number: a row
            // found here may be, without reading the next part's kind word again.
            let rest = a.get(end + 1..).unwrap_or("");
            for text in [cells.district, cells.province, Some(rest)] {
                self.key.push('\u{1F}');
                self.key.push_str(text.unwrap_or(""));
            }
            if let Some(&(outcome, back)) = self.after_house_number.get(&self.key) {
                // Counted from the end, as the row that was remembered counted it, on the
                // address as the full reading sees it (a leading quote or space trimmed).
                let trimmed = trim_part(a);
                let street_end = trimmed.len().saturating_sub(back as usize);
                return Resolved {
                    outcome: self.apply_settlement(outcome),
                    street: street_before(trimmed, street_end),
                };
            }
        }
        // Whether to remember the row by the key looked up above (kept in `spare_key`, as `key`
        // builds the memo's below).
        let remember_after_number = fast
            .filter(|&(a, end, c)| {
                c.is_some() || next_part_names_a_unit(a.get(end + 1..).unwrap_or(""))
            })
            .is_some();
        if remember_after_number {
            std::mem::swap(&mut self.key, &mut self.spare_key);
        }

        let clean = |c: Option<&'a str>| {
            c.map(|t| trim_part(bounded(t, MAX_CELL_BYTES)))
                .filter(|t| !t.is_empty())
        };
        let commune = clean(cells.commune);
        let district = clean(cells.district);
        let province = clean(cells.province);
        let address = clean(cells.address);

        // The address's unit tail: its last parts (the rest is street).
        let (tail_start, tail) = match address {
            Some(address) => {
                let parts = split_parts(address, &|l, r| self.hyphenated_pair(l, r));
                let mut first = parts.len().saturating_sub(MAX_UNIT_PARTS);
                // House numbers and numbered hamlets ("Số 12 đường X", "Ấp 3") left out of the
                // key let every row of a place share one reading. Only where they cannot be the
                // commune: a commune cell is given, or the next part says what it is ("Phường
                // 7", "Huyện Châu Thành"). A bare number ("7") may be a ward; "2 Bảo Lộc" is one.
                let part_at = |i: usize| {
                    parts
                        .get(i)
                        .map(|&(s, e)| trim_part(address.get(s..e).unwrap_or("")))
                };
                while let Some(part) = part_at(first) {
                    let numbered_street = part.bytes().any(|b| b.is_ascii_digit())
                        && part.chars().any(char::is_alphabetic)
                        && is_street(part);
                    let next_says = part_at(first + 1).is_some_and(|next| {
                        Readings::of(next)
                            .kind()
                            .is_some_and(|k| k.is_commune() || k.may_be_district())
                    });
                    if numbered_street && (commune.is_some() || next_says) {
                        first += 1;
                    } else {
                        break;
                    }
                }
                let start = parts.get(first).map_or(address.len(), |p| p.0);
                (start, address.get(start..).unwrap_or(""))
            }
            None => (0, ""),
        };
        self.key.clear();
        for text in [commune, district, province, Some(tail)] {
            self.key.push_str(text.unwrap_or(""));
            self.key.push('\u{1F}');
        }
        let (outcome, street_end) = match self.memo.get(self.key.as_str()) {
            Some(&hit) => hit,
            None => {
                let computed = self.compute(commune, district, province, tail);
                if self.memo.len() < MAX_MEMO {
                    self.memo.insert(&self.key, computed);
                }
                computed
            }
        };
        let end = tail_start + street_end as usize;
        // Counted from the end of the trimmed address (a remembered row ends with a letter or
        // digit: only its start may have been trimmed).
        if let (true, Some(a)) = (remember_after_number, address)
            && self.after_house_number.len() < MAX_MEMO
        {
            let back = u32::try_from(a.len().saturating_sub(end)).unwrap_or(u32::MAX);
            self.after_house_number
                .insert(&self.spare_key, (outcome, back));
        }
        let street = address.and_then(|a| street_before(a, end));
        Resolved {
            outcome: self.apply_settlement(outcome),
            street,
        }
    }

    fn apply_settlement(&self, outcome: Outcome) -> Outcome {
        let Outcome::Split {
            old,
            candidates,
            via,
        } = outcome
        else {
            return outcome;
        };
        let code = self.data.and_then(|d| d.commune(old)).and_then(|c| c.code);
        match code.and_then(|c| self.settlements.get(c)) {
            Some(new) if candidates.contains(new) => Outcome::Converted {
                old,
                new,
                how: How::Settled,
                via,
            },
            _ => outcome,
        }
    }

    /// The outcome for one distinct row, and where the street part of the tail ends.
    fn compute(
        &self,
        commune: Option<&str>,
        district: Option<&str>,
        province: Option<&str>,
        tail: &str,
    ) -> (Outcome, u32) {
        self.toned.set(
            [commune, district, province, Some(tail)]
                .into_iter()
                .flatten()
                .any(has_accents),
        );
        let (from_address, street_end) = self.read_address(tail, province);
        // A commune cell holding a whole address ("Xã A - Huyện B").
        let from_commune_cell = commune
            .filter(|c| c.contains([',', ';']) || c.contains(" - "))
            .map(|c| self.read_address(c, province).0);
        let parts = Parts {
            commune: commune
                .filter(|_| from_commune_cell.is_none())
                .or(from_commune_cell.and_then(|p| p.commune))
                .or(from_address.commune),
            district: district
                .or(from_commune_cell.and_then(|p| p.district))
                .or(from_address.district),
            province: province
                .or(from_commune_cell.and_then(|p| p.province))
                .or(from_address.province),
        };
        // Without the data, a row that names a district or a township is an old address that
        // cannot be read yet (rather than a commune not found).
        if self.data.is_none() {
            let old_word = |text: &str| {
                Readings::of(text).kind().is_some_and(|k| {
                    matches!(
                        k,
                        KindWord::UrbanDistrict
                            | KindWord::RuralDistrict
                            | KindWord::Town
                            | KindWord::Township
                    )
                })
            };
            let address_parts = split_parts(tail, &|_: &str, _: &str| false);
            let marked = [parts.commune, parts.district]
                .into_iter()
                .flatten()
                .any(old_word)
                || address_parts
                    .iter()
                    .any(|&(s, e)| old_word(tail.get(s..e).unwrap_or("")));
            // "Kông Bơ La, KBang, Tỉnh Gia Lai": two names before the province, the one read as
            // the commune without a kind word. It may be the old district (KBang was one, and is
            // a commune today): only the data can tell, so the row waits for it. A part before
            // it counts as a street only when it reads as one and has a number ("Số 12 …", "Ấp
            // 3"; not "Phường 19", "Hố Nai 3"): "Bản Mế" reads like a hamlet and was a commune.
            let unmarked_pair = commune.is_none()
                && parts.district.is_none()
                && from_address
                    .commune
                    .is_some_and(|c| Readings::of(c).kind().is_none())
                && tail
                    .get(..street_end as usize)
                    .and_then(|street| {
                        let &(s, e) = split_parts(street, &|_: &str, _: &str| false).last()?;
                        Some(trim_part(street.get(s..e)?))
                    })
                    .is_some_and(|before| {
                        let numbered_street = before.bytes().any(|b| b.is_ascii_digit())
                            && is_street(before)
                            && Readings::of(before).kind().is_none();
                        !numbered_street
                    });
            if marked || unmarked_pair {
                return (Outcome::NeedsOldData, street_end);
            }
        }
        // Tones decide between names only where the row writes its unit names with them: a
        // province typed with tones after a commune and district typed without ("Xa Nga
        // Thanh, Huyen Nga Son, Thanh Hóa") says nothing about "Nga Thanh" or "Nga Thành".
        if let Some(district) = parts.district {
            self.toned
                .set(parts.commune.is_some_and(has_accents) || has_accents(district));
        }
        (self.decide(parts), street_end)
    }

    /// Gives the parts of an address their roles, from the right.
    fn read_address<'t>(&self, address: &'t str, province_cell: Option<&str>) -> (Parts<'t>, u32) {
        let mut parts: Vec<&'t str> = Vec::new();
        let mut offsets: Vec<usize> = Vec::new();
        let ranges = split_parts(address, &|l, r| self.hyphenated_pair(l, r));
        let single = ranges.len() == 1;
        for (s, e) in ranges {
            let part = address.get(s..e).unwrap_or("");
            // Kind words inside a part only separate units when nothing else does.
            let pieces = if single {
                split_inside(part)
            } else {
                vec![part]
            };
            for piece in pieces {
                let offset = piece.as_ptr() as usize - address.as_ptr() as usize;
                let piece = trim_part(piece);
                if !piece.is_empty() {
                    offsets.push(offset);
                    parts.push(piece);
                }
            }
        }
        while parts.last().is_some_and(|p| is_country(p)) {
            parts.pop();
            offsets.pop();
        }
        let mut out = Parts::default();
        let mut i = parts.len();
        let street_end =
            |i: usize| u32::try_from(offsets.get(i).copied().unwrap_or(0)).unwrap_or(0);
        // Province: the last part, when it reads as one (not when a province cell exists and
        // the part is clearly a unit of another level).
        if let Some(&last) = parts.get(i.wrapping_sub(1)).filter(|_| i > 0) {
            let kind = Readings::of(last).kind();
            let lower_level = kind.is_some_and(|k| !k.may_be_province());
            // Without the data, "Tỉnh Kiên Giang" is still a province (an old one).
            let unknown_province = self.data.is_none() && kind == Some(KindWord::Province);
            if !lower_level && (unknown_province || !self.province(last).is_empty()) {
                // "TP Rạch Giá" after a province cell is a district, not a second province.
                if !(province_cell.is_some() && kind == Some(KindWord::City)) {
                    out.province = Some(last);
                    i -= 1;
                }
            }
        }
        let Some(&r1) = parts.get(i.wrapping_sub(1)).filter(|_| i > 0) else {
            return (out, street_end(i));
        };
        let r1_kind = Readings::of(r1).kind();
        let r2 = parts.get(i.wrapping_sub(2)).copied().filter(|_| i > 1);
        let look = Lookup::new(self, out.province.or(province_cell));
        let (district_first, r2_found) = match r1_kind {
            Some(k) if k.may_be_district() => (true, None),
            Some(k) if k.is_commune() => (false, None),
            // No kind word (or a province word where the province was already read: "Tinh
            // Bien" without tones is Tịnh Biên): decided by what the data has.
            _ => look.district_first(r1, r2),
        };
        if district_first {
            out.district = Some(r1);
            i -= 1;
            if let Some(r2) = r2 {
                let found = r2_found.unwrap_or_else(|| look.commune_in_district(r1, r2));
                // A street before the district ("12 Lê Lợi, Quận 3"): no commune.
                if found || !is_street(r2) {
                    out.commune = Some(r2);
                    i -= 1;
                }
            }
        } else if r1_kind.is_some() || !is_street(r1) || look.is_unit(r1) {
            out.commune = Some(r1);
            i -= 1;
        }
        (out, street_end(i))
    }

    /// The decision for a row's parts (see the module documentation for the order).
    fn decide(&self, parts: Parts<'_>) -> Outcome {
        if parts.commune.is_none() && parts.district.is_none() && parts.province.is_none() {
            return Outcome::Missing;
        }
        // Province.
        let province = match parts.province {
            Some(text) => {
                let read = self.province(text);
                if read.is_empty() {
                    // Without the data, an unknown province may be an old one.
                    return if self.data.is_none() {
                        Outcome::NeedsOldData
                    } else {
                        Outcome::NotFound(NotFound::Province)
                    };
                }
                Some(read)
            }
            None => None,
        };
        let row_new = province.as_ref().and_then(|p| {
            p.new.or_else(|| {
                let data = self.data?;
                p.old.first().and_then(|&id| data.new_province_of(id))
            })
        });
        if let (Some(row), Some(list)) = (row_new, self.list_province)
            && row != list
        {
            return Outcome::Contradiction(Contradiction::ProvinceOutsideList { row, list });
        }
        let new_scope = row_new.or(self.list_province);
        let province_alias = province.as_ref().is_some_and(|p| p.alias);
        let old_only = province
            .as_ref()
            .is_some_and(|p| p.new.is_none() && !p.old.is_empty());

        if let Some(district) = parts.district {
            let Some(data) = self.data else {
                return Outcome::NeedsOldData;
            };
            return self.decide_with_district(
                data,
                parts.commune,
                district,
                province.as_deref(),
                new_scope,
                province_alias,
            );
        }
        let Some(commune) = parts.commune else {
            return Outcome::NotFound(NotFound::Commune);
        };
        let township = Readings::of(commune).kind() == Some(KindWord::Township);

        if old_only {
            let Some(data) = self.data else {
                return Outcome::NeedsOldData;
            };
            let narrow = province.as_ref().map(|p| p.old.clone()).unwrap_or_default();
            let (found, alias) =
                read_old_communes(data, commune, Scope::Provinces(&narrow), self.toned());
            let via = Via {
                commune_alias: alias,
                province_alias,
                ..Via::default()
            };
            if !found.is_empty() {
                return self.convert(data, &found, via);
            }
            // A 2025 commune written with its old province: kept when that province fed it.
            if !township && let NewMatch::Exact(c) = match_new(commune, new_scope, self.toned()) {
                let fed = data.feeds(c, |old| {
                    data.commune(old)
                        .is_some_and(|o| narrow.contains(&o.district.province.id))
                });
                return if fed {
                    Outcome::Current(c)
                } else {
                    Outcome::Contradiction(Contradiction::CommuneNotInProvince {
                        commune: c,
                        province: narrow.first().copied().unwrap_or(OldProvinceId(0)),
                    })
                };
            }
            return Outcome::NotFound(NotFound::Commune);
        }

        // Today's province (or none): a 2025 commune of that name keeps it.
        let mut kind_differs = None;
        if !township {
            match match_new(commune, new_scope, self.toned()) {
                NewMatch::Exact(c) => return Outcome::Current(c),
                NewMatch::KindDiffers {
                    commune: c,
                    written,
                } => {
                    kind_differs = Some((c, written));
                }
                // Several 2025 communes of that name ("Van Lang" without tones: Văn Lang and
                // Văn Lăng): the row may well name one of them, so no old unit is guessed.
                NewMatch::Ambiguous(found) => {
                    return Outcome::AmbiguousNew { candidates: found };
                }
                NewMatch::Unmatched => {}
            }
        }
        let Some(data) = self.data else {
            return match kind_differs {
                Some((commune, written)) => Outcome::CurrentKindDiffers { commune, written },
                None if township => Outcome::NeedsOldData,
                None => Outcome::NotFound(NotFound::Commune),
            };
        };
        // Old communes: the old province named, then all the old provinces of today's one.
        let narrow = province.as_ref().map(|p| p.old.clone()).unwrap_or_default();
        let wide: Vec<OldProvinceId> = match new_scope {
            Some(p) => data.old_provinces_of(p).to_vec(),
            None => Vec::new(),
        };
        let mut scopes: Vec<Scope<'_>> = Vec::new();
        if !narrow.is_empty() {
            scopes.push(Scope::Provinces(&narrow));
        }
        if !wide.is_empty() {
            scopes.push(Scope::Provinces(&wide));
        }
        if new_scope.is_none() {
            scopes.push(Scope::All);
        }
        for scope in scopes {
            let (found, alias) = read_old_communes(data, commune, scope, self.toned());
            if !found.is_empty() {
                let via = Via {
                    commune_alias: alias,
                    province_alias,
                    ..Via::default()
                };
                return self.convert(data, &found, via);
            }
        }
        match kind_differs {
            Some((commune, written)) => Outcome::CurrentKindDiffers { commune, written },
            None => Outcome::NotFound(NotFound::Commune),
        }
    }

    fn decide_with_district(
        &self,
        data: &OldUnits,
        commune: Option<&str>,
        district: &str,
        province: Option<&ProvinceRead>,
        new_scope: Option<ProvinceCode>,
        province_alias: bool,
    ) -> Outcome {
        let narrow = province.map(|p| p.old.clone()).unwrap_or_default();
        let wide_list: Vec<OldProvinceId> = match (province, new_scope) {
            (Some(p), _) => wide(data, p),
            (None, Some(list)) => data.old_provinces_of(list).to_vec(),
            (None, None) => Vec::new(),
        };
        let mut districts: Vec<u16> = Vec::new();
        let mut district_alias = false;
        let mut scopes: Vec<Scope<'_>> = Vec::new();
        if !narrow.is_empty() {
            scopes.push(Scope::Provinces(&narrow));
        }
        if !wide_list.is_empty() {
            scopes.push(Scope::Provinces(&wide_list));
        }
        let province_given = !scopes.is_empty();
        if !province_given {
            scopes.push(Scope::All);
        }
        for scope in scopes {
            let (found, alias) = read_districts(data, district, scope, self.toned());
            if !found.is_empty() {
                districts = found;
                district_alias = alias;
                break;
            }
        }
        if districts.is_empty() {
            if province_given {
                let (elsewhere, _) = read_districts(data, district, Scope::All, self.toned());
                if let Some(&d) = elsewhere.first() {
                    return Outcome::Contradiction(Contradiction::DistrictNotInProvince {
                        district: OldDistrictId(d),
                    });
                }
            }
            return Outcome::NotFound(NotFound::District);
        }
        let first_district = OldDistrictId(districts.first().copied().unwrap_or(0));
        let Some(commune) = commune else {
            return Outcome::DistrictOnly {
                district: first_district,
            };
        };
        let (found, alias) =
            read_old_communes(data, commune, Scope::Districts(&districts), self.toned());
        let via = Via {
            commune_alias: alias,
            district_alias,
            province_alias,
        };
        if !found.is_empty() {
            return self.convert(data, &found, via);
        }
        // A 2025 commune written with its old district: kept when the district fed it.
        let township = Readings::of(commune).kind() == Some(KindWord::Township);
        let scope_new = new_scope.or_else(|| {
            districts
                .first()
                .and_then(|&d| data.new_province_of(OldProvinceId(data.district_province(d))))
        });
        if !township && let NewMatch::Exact(c) = match_new(commune, scope_new, self.toned()) {
            let fed = data.feeds(c, |old| {
                data.commune(old)
                    .is_some_and(|o| districts.contains(&o.district.id.0))
            });
            return if fed {
                Outcome::Current(c)
            } else {
                Outcome::Contradiction(Contradiction::CommuneNotInDistrict {
                    commune: c,
                    district: first_district,
                })
            };
        }
        Outcome::NotFound(NotFound::Commune)
    }

    /// The outcome for the old communes found: one → its new commune (or the split); several
    /// → ambiguous.
    fn convert(&self, data: &OldUnits, found: &[u16], via: Via) -> Outcome {
        let [one] = found else {
            return Outcome::AmbiguousOld {
                candidates: OldCandidates::of(found),
                via,
            };
        };
        let old = OldCommuneId(*one);
        let mut candidates = Candidates::new();
        for target in data.targets(old) {
            candidates.push(target.code, target.transfer);
        }
        let single = |want: Transfer| {
            let mut it = candidates.iter().filter(|&(_, t)| t == want);
            match (it.next(), it.next()) {
                (Some((code, _)), None) => Some(code),
                _ => None,
            }
        };
        let decided = if candidates.len() == 1 {
            candidates.iter().next().map(|(c, _)| (c, How::Whole))
        } else if let Some(code) = single(Transfer::Whole) {
            // The whole territory went to one; other rows only moved some residents.
            Some((code, How::Whole))
        } else {
            single(Transfer::PartAreaWholePopulation).map(|c| (c, How::WholePopulation))
        };
        match decided {
            Some((new, how)) => Outcome::Converted { old, new, how, via },
            None if candidates.is_empty() => Outcome::NotFound(NotFound::Commune),
            None => Outcome::Split {
                old,
                candidates,
                via,
            },
        }
    }
}

/// Folded names of today's communes with " - " inside ("cam ly da lat"), computed once.
fn hyphenated_today() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        units::communes()
            .iter()
            .map(|c| c.short_name)
            .filter(|n| n.contains(" - "))
            .map(fold_key)
            .collect()
    })
}

/// Lookups that decide the roles of an address's parts, within the province the row names
/// (else the list's, else the whole country).
struct Lookup<'r, 'u> {
    resolver: &'r Resolver<'u>,
    old_scope: Vec<OldProvinceId>,
    new_scope: Option<ProvinceCode>,
    old_only: bool,
}

impl<'r, 'u> Lookup<'r, 'u> {
    fn new(resolver: &'r Resolver<'u>, province: Option<&str>) -> Lookup<'r, 'u> {
        let read = province.map(|p| resolver.province(p));
        let old_scope = match (&read, resolver.data) {
            (Some(p), Some(data)) => wide(data, p),
            _ => resolver.list_old.clone(),
        };
        let new_scope = read.as_ref().and_then(|p| p.new).or(resolver.list_province);
        let old_only = read
            .as_ref()
            .is_some_and(|p| p.new.is_none() && !p.old.is_empty());
        Lookup {
            resolver,
            old_scope,
            new_scope,
            old_only,
        }
    }

    fn scope(&self) -> Scope<'_> {
        if self.old_scope.is_empty() {
            Scope::All
        } else {
            Scope::Provinces(&self.old_scope)
        }
    }

    fn districts(&self, text: &str) -> Vec<u16> {
        match self.resolver.data {
            Some(data) => read_districts(data, text, self.scope(), self.resolver.toned()).0,
            None => Vec::new(),
        }
    }

    fn commune_in_district(&self, district: &str, commune: &str) -> bool {
        let Some(data) = self.resolver.data else {
            return false;
        };
        let districts = self.districts(district);
        !districts.is_empty()
            && !read_old_communes(
                data,
                commune,
                Scope::Districts(&districts),
                self.resolver.toned(),
            )
            .0
            .is_empty()
    }

    /// Whether the text is exactly a 2025 commune where the row points (and the province is
    /// not one that exists only under its old name).
    fn is_new_commune(&self, text: &str) -> bool {
        !self.old_only
            && matches!(
                match_new(text, self.new_scope, self.resolver.toned()),
                NewMatch::Exact(_)
            )
    }

    /// Whether the text names any unit where the row points (old district or commune, or a
    /// 2025 commune): "Bản Máy" is a commune even though "Bản" starts hamlet names.
    fn is_unit(&self, text: &str) -> bool {
        if self.is_new_commune(text) || !self.districts(text).is_empty() {
            return true;
        }
        self.resolver.data.is_some_and(|data| {
            !read_old_communes(data, text, self.scope(), self.resolver.toned())
                .0
                .is_empty()
        })
    }

    /// For a part `r1` without a kind word, before `r2`: is `r1` the district? Also says
    /// whether `r2` was found as one of its communes, when that was looked up.
    ///
    /// A district when `r2` is one of its communes; when `r2` is a street ("Ấp 3") or missing,
    /// a 2025 commune of that name wins ("Ấp 3, Châu Thành, An Giang" is today's Xã Châu
    /// Thành); otherwise any old district of that name makes it the district, so that a commune
    /// not found is reported rather than the district's name matched as a commune.
    fn district_first(&self, r1: &str, r2: Option<&str>) -> (bool, Option<bool>) {
        let districts = self.districts(r1);
        if districts.is_empty() {
            return (false, None);
        }
        let Some(r2) = r2 else {
            return (!self.is_new_commune(r1), None);
        };
        let found = self.resolver.data.is_some_and(|data| {
            !read_old_communes(
                data,
                r2,
                Scope::Districts(&districts),
                self.resolver.toned(),
            )
            .0
            .is_empty()
        });
        if found {
            return (true, Some(true));
        }
        if is_street(r2) && self.is_new_commune(r1) {
            return (false, Some(false));
        }
        (true, Some(false))
    }
}

/// The old provinces of today's province that a province part names (its old province first).
fn wide(data: &OldUnits, read: &ProvinceRead) -> Vec<OldProvinceId> {
    let new = read
        .new
        .or_else(|| read.old.first().and_then(|&id| data.new_province_of(id)));
    let mut out = read.old.clone();
    if read.new.is_some()
        && let Some(new) = new
    {
        for &id in data.old_provinces_of(new) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The straightforward form of [`split_parts`] (every character decoded), kept to check
    /// the byte scan against.
    fn split_parts_reference(
        address: &str,
        hyphenated: &dyn Fn(&str, &str) -> bool,
    ) -> Vec<(usize, usize)> {
        let mut raw: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, ends at a dash)
        let mut start = 0;
        let mut chars = address.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let hard = matches!(c, ',' | ';' | '|' | '\n' | '\r');
            let dash = is_dash(c)
                && address.get(..i).is_some_and(|b| b.ends_with(is_space))
                && chars.peek().is_some_and(|&(_, n)| is_space(n));
            if hard || dash {
                raw.push((start, i, dash));
                start = i + c.len_utf8();
            }
        }
        raw.push((start, address.len(), false));
        let mut parts: Vec<(usize, usize)> = Vec::with_capacity(raw.len());
        let mut joined_by_dash = false;
        for (s, e, dash) in raw {
            let text = address.get(s..e).unwrap_or("");
            if text.trim().is_empty() {
                joined_by_dash = false;
                continue;
            }
            if joined_by_dash
                && let Some(last) = parts.last_mut()
                && hyphenated(address.get(last.0..last.1).unwrap_or(""), text)
            {
                last.1 = e;
            } else {
                parts.push((s, e));
            }
            joined_by_dash = dash;
        }
        parts
    }

    /// [`trim_part`] decoding every character, kept to check the byte scan against.
    fn trim_part_reference(text: &str) -> &str {
        text.trim_matches(|c: char| {
            is_space(c) || matches!(c, '.' | ',' | ';' | ':' | '"' | '(' | ')')
        })
    }

    proptest! {
        #[test]
        fn trim_part_matches_its_reference_on_any_text(
            text in "\\PC{0,12}|[ .,;:\"()a\u{00A0}\u{200B}\u{FEFF}\u{3000}ệ]{0,12}"
        ) {
            prop_assert_eq!(trim_part(&text), trim_part_reference(&text));
        }
    }

    /// [`street_before`] decoding every character, kept to check the byte scan against.
    fn street_before_reference(address: &str, end: usize) -> Option<&str> {
        let s = address
            .get(..end)?
            .trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | '|') || is_dash(c));
        let trimmed = match (s.as_bytes().first(), s.chars().next_back()) {
            (Some(b), Some(last)) if b.is_ascii_alphanumeric() && !is_space(last) => s,
            _ => s.trim(),
        };
        (!trimmed.is_empty()).then_some(trimmed)
    }

    proptest! {
        #[test]
        fn street_before_matches_its_reference_on_any_text(
            text in "\\PC{0,12}|[ ,;|a1\\-–\u{00A0}\u{200B}\u{FEFF}ệ]{0,12}",
            end in 0usize..40,
        ) {
            prop_assert_eq!(street_before(&text, end), street_before_reference(&text, end));
        }
    }

    fn hyphenated(left: &str, right: &str) -> bool {
        left.ends_with("Bà Rịa") && right.starts_with("Vũng Tàu")
    }

    #[test]
    fn split_parts_matches_its_reference() {
        for address in [
            "",
            "Số 12, Phường 7 - Quận 3 – TP.HCM",
            "Ấp 3 — Xã A ‐ Huyện B ‑ Tỉnh C − x － y",
            "Tỉnh Bà Rịa - Vũng Tàu, Việt Nam",
            "a-b - c -d- e|f;g\nh\r\ni",
            " - - , ; ",
            "–—",
            "Phường Cam Ly - Đà Lạt\u{a0}-\u{a0}Lâm Đồng",
        ] {
            assert_eq!(
                split_parts(address, &hyphenated),
                split_parts_reference(address, &hyphenated),
                "{address:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn split_parts_matches_its_reference_on_any_text(
            address in "[ a-cà\u{a0}\u{2000},;|\n\r\\-\u{2010}-\u{2015}\u{2212}\u{ff0d}\u{2216}\u{ff0c}]{0,40}"
        ) {
            prop_assert_eq!(
                split_parts(&address, &hyphenated),
                split_parts_reference(&address, &hyphenated)
            );
        }
    }
}
