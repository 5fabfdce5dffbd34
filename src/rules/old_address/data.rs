//! The conversion data as a compact binary asset, and its in-memory index.
//!
//! The asset (`www/data/old-units.bin`, 193 KB; the build ships it gzip-compressed, 73 KB, and
//! the page inflates it) is compiled from the statistics office's table "Bảng chuyển đổi ĐVHC
//! mới – cũ" (23/10/2025) and the 2019–2024 aliases by the ignored test
//! `cargo test --test old_address -- --ignored regenerate_old_units_asset`. It is **not** compiled
//! into the app: the page fetches it the first time an old address needs it (`docs/rules.md §2.4`).
//!
//! Format (version 1), all integers unsigned LEB128 (`v`) unless said otherwise:
//! - header: `SSOU`, version byte, source date (year u16 little-endian, month, day);
//! - names: count, then each name front-coded against the previous one (bytes shared `v`,
//!   suffix length `v`, suffix), sorted, deduplicated; a unit stores the index of its short name
//!   (without "Xã", "Huyện", …) unless its full name is not "prefix + space + short name";
//! - old provinces: count, then code byte, tag byte, name `v`, district count `v`;
//! - old districts (grouped by province): code delta `v`, tag, name `v`, commune count `v`;
//! - old communes (grouped by district), as columns: code (zig-zag delta `v`; code 0 for the five
//!   districts without communes and the Kim Sơn coastal strip), tag, name `v`, target count byte;
//! - targets, as columns: new commune index (zig-zag delta `v`), transfer byte;
//! - new communes (by code): code delta `v`, tag, name `v`, province code byte;
//! - ward aliases (by old commune): commune index delta `v`, key; district aliases: old
//!   province index byte, key, district count `v`, district indices `v`; province aliases: key,
//!   old province index byte (a key is length `v` + ASCII bytes: [`compact_key`] of the name);
//! - trailer: FNV-1a 64 of every byte before it, little-endian.
//!
//! A tag byte is the kind (low 4 bits) and, in bit 7, "the name index is the full name".

use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::keys::{accent_key, fold_key, push_fold_key};
use crate::order;
use crate::units::{CommuneCode, CommuneKind, ProvinceCode};

/// The asset's magic bytes.
const MAGIC: &[u8; 4] = b"SSOU";
/// The format version this build reads and writes.
pub const FORMAT_VERSION: u8 = 1;
/// Tag bit: the name index points at the full name, not the short one.
const VERBATIM: u8 = 0x80;
/// Transfer bit: this row spells the new commune's name otherwise (its tag and name follow in
/// the respellings column).
const RESPELLED: u8 = 0x80;

// ---------------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------------

/// Kind of a province-level unit before 1/7/2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OldProvinceKind {
    /// Tỉnh.
    Province,
    /// Thành phố trực thuộc trung ương.
    City,
}

/// Kind of a district-level unit (abolished on 1/7/2025, Nghị quyết 202/2025/QH15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DistrictKind {
    /// Quận (urban district).
    UrbanDistrict,
    /// Huyện (rural district).
    RuralDistrict,
    /// Thị xã (town).
    Town,
    /// Thành phố thuộc tỉnh (provincial city).
    City,
}

/// Kind of a commune-level unit before 1/7/2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OldCommuneKind {
    /// Phường.
    Ward,
    /// Xã.
    Commune,
    /// Thị trấn (abolished on 1/7/2025).
    Township,
    /// No commune: a district without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo)
    /// or the Kim Sơn coastal strip.
    None,
}

/// How an old commune went into a new one (the table's `transfer` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Transfer {
    /// The whole unit.
    Whole,
    /// Part of it (area and population).
    Part,
    /// Part of its area.
    PartArea,
    /// Part of its area, with the whole population.
    PartAreaWholePopulation,
    /// Part of its population.
    PartPopulation,
}

impl Transfer {
    /// All transfers, in the order of their byte in the asset.
    pub const ALL: [Transfer; 5] = [
        Transfer::Whole,
        Transfer::Part,
        Transfer::PartArea,
        Transfer::PartAreaWholePopulation,
        Transfer::PartPopulation,
    ];

    /// The table's word: `whole`, `part`, `part-area`, `part-area-whole-population`,
    /// `part-population`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Transfer::Whole => "whole",
            Transfer::Part => "part",
            Transfer::PartArea => "part-area",
            Transfer::PartAreaWholePopulation => "part-area-whole-population",
            Transfer::PartPopulation => "part-population",
        }
    }

    /// Reads the table's word.
    pub fn parse(text: &str) -> Option<Transfer> {
        Transfer::ALL.into_iter().find(|t| t.as_str() == text)
    }

    fn byte(self) -> u8 {
        match self {
            Transfer::Whole => 0,
            Transfer::Part => 1,
            Transfer::PartArea => 2,
            Transfer::PartAreaWholePopulation => 3,
            Transfer::PartPopulation => 4,
        }
    }
}

impl OldProvinceKind {
    /// The official prefix of the full name.
    pub const fn prefix(self) -> &'static str {
        match self {
            OldProvinceKind::Province => "Tỉnh",
            OldProvinceKind::City => "Thành phố",
        }
    }
    const ALL: [OldProvinceKind; 2] = [OldProvinceKind::Province, OldProvinceKind::City];
}

impl DistrictKind {
    /// The official prefix of the full name.
    pub const fn prefix(self) -> &'static str {
        match self {
            DistrictKind::UrbanDistrict => "Quận",
            DistrictKind::RuralDistrict => "Huyện",
            DistrictKind::Town => "Thị xã",
            DistrictKind::City => "Thành phố",
        }
    }
    const ALL: [DistrictKind; 4] = [
        DistrictKind::UrbanDistrict,
        DistrictKind::RuralDistrict,
        DistrictKind::Town,
        DistrictKind::City,
    ];
}

impl OldCommuneKind {
    /// The official prefix of the full name (empty for [`OldCommuneKind::None`]).
    pub const fn prefix(self) -> &'static str {
        match self {
            OldCommuneKind::Ward => "Phường",
            OldCommuneKind::Commune => "Xã",
            OldCommuneKind::Township => "Thị trấn",
            OldCommuneKind::None => "",
        }
    }
}

const NEW_KINDS: [CommuneKind; 3] = CommuneKind::ALL;

/// Prefixes of a kind family, in tag order (tag = position + 1; tag 0 = no prefix).
trait Kinded: Copy + Sized + 'static {
    const KINDS: &'static [Self];
    fn prefix_of(self) -> &'static str;
}
impl Kinded for OldProvinceKind {
    const KINDS: &'static [Self] = &OldProvinceKind::ALL;
    fn prefix_of(self) -> &'static str {
        self.prefix()
    }
}
impl Kinded for DistrictKind {
    const KINDS: &'static [Self] = &DistrictKind::ALL;
    fn prefix_of(self) -> &'static str {
        self.prefix()
    }
}
impl Kinded for OldCommuneKind {
    // `None` has no prefix: it is tag 0, never looked up by prefix.
    const KINDS: &'static [Self] = &[
        OldCommuneKind::Ward,
        OldCommuneKind::Commune,
        OldCommuneKind::Township,
    ];
    fn prefix_of(self) -> &'static str {
        self.prefix()
    }
}
impl Kinded for CommuneKind {
    const KINDS: &'static [Self] = &NEW_KINDS;
    fn prefix_of(self) -> &'static str {
        self.prefix()
    }
}

/// Splits a full name into (tag kind number, short name, verbatim): "Xã Vĩnh Hòa Hiệp" → (2,
/// "Vĩnh Hòa Hiệp", false); "Thị Trấn Ái Tử" → (3, "Ái Tử", true: the prefix's case differs).
fn split_full<K: Kinded>(full: &str) -> (u8, &str, bool) {
    for (i, kind) in K::KINDS.iter().enumerate() {
        let prefix = kind.prefix_of();
        let Some(head) = full.get(..prefix.len()) else {
            continue;
        };
        let Some(rest) = full.get(prefix.len()..).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        if head.to_lowercase() == prefix.to_lowercase() && !rest.is_empty() {
            let tag = u8::try_from(i + 1).unwrap_or(0);
            return (tag, rest, head != prefix);
        }
    }
    (0, full, !full.is_empty())
}

fn kind_of<K: Kinded>(tag: u8) -> Option<K> {
    match tag & 0x0F {
        0 => None,
        n => K::KINDS.get(usize::from(n - 1)).copied(),
    }
}

// ---------------------------------------------------------------------------------------------
// Source (what the generator reads) and encoding
// ---------------------------------------------------------------------------------------------

/// One row of the conversion table, exactly as written in the TSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    /// Old province code (2 digits).
    pub old_province_code: u8,
    /// Old province full name ("Tỉnh Kiên Giang").
    pub old_province: String,
    /// Old district code (3 digits).
    pub old_district_code: u16,
    /// Old district full name ("Huyện Châu Thành").
    pub old_district: String,
    /// Old commune code (5 digits); `None` for the districts without communes.
    pub old_commune_code: Option<u32>,
    /// Old commune full name ("Xã Vĩnh Hòa Hiệp"; may be empty).
    pub old_commune: String,
    /// New province code.
    pub new_province_code: u8,
    /// New commune code.
    pub new_commune_code: u32,
    /// New commune full name as on 1/7/2025.
    pub new_commune: String,
    /// How it moved.
    pub transfer: Transfer,
}

/// A commune or ward name from before a 2019–2024 merger, resolved to the old unit it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceWardAlias {
    /// Old district code of the unit.
    pub district_code: u16,
    /// Old commune code of the unit it merged into.
    pub commune_code: u32,
    /// The older name (any spelling; stored as its [`compact_key`] without the kind word).
    pub alias: String,
}

/// A district name from before 2025, or a district later divided: the old districts to search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDistrictAlias {
    /// Old province code.
    pub province_code: u8,
    /// The older name.
    pub alias: String,
    /// The old districts (codes) it may now mean.
    pub district_codes: Vec<u16>,
}

/// A province abbreviation or older name ("Thừa Thiên Huế", "BR-VT").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceProvinceAlias {
    /// The alias.
    pub alias: String,
    /// The old province code it means.
    pub province_code: u8,
}

/// Everything the asset is compiled from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Publication date of the table.
    pub date: NaiveDate,
    /// The table's rows, in its order (grouped by province, district, commune).
    pub rows: Vec<SourceRow>,
    /// Ward aliases.
    pub ward_aliases: Vec<SourceWardAlias>,
    /// District aliases.
    pub district_aliases: Vec<SourceDistrictAlias>,
    /// Province aliases.
    pub province_aliases: Vec<SourceProvinceAlias>,
}

/// Why a [`Source`] cannot be encoded (the generator's input breaks an assumption).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// Rows of one old unit are not next to each other, or units are not grouped by district.
    NotGrouped {
        /// 1-based data row.
        row: usize,
    },
    /// A new commune appears with two names or provinces.
    NewCommuneDiffers {
        /// Its code.
        code: u32,
    },
    /// A count does not fit the format (more than 255 targets, 65,535 units).
    TooMany,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::NotGrouped { row } => write!(f, "row {row}: units are not grouped"),
            EncodeError::NewCommuneDiffers { code } => {
                write!(f, "new commune {code:05} has two names or provinces")
            }
            EncodeError::TooMany => f.write_str("a count does not fit the format"),
        }
    }
}

impl std::error::Error for EncodeError {}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn zigzag(delta: i64) -> u64 {
    ((delta << 1) ^ (delta >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

fn put_key(out: &mut Vec<u8>, key: &str) {
    put_varint(out, key.len() as u64);
    out.extend_from_slice(key.as_bytes());
}

/// FNV-1a, 64 bits: the trailer that tells a damaged asset from a good one.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// The name dictionary, in order of first use: a reference is 0 for "the next name not used
/// yet" (most names are used once), else the name's index + 1.
#[derive(Default)]
struct Names {
    order: Vec<String>,
    index: std::collections::HashMap<String, usize>,
}

impl Names {
    fn reference(&mut self, name: &str) -> u64 {
        if let Some(&i) = self.index.get(name) {
            return i as u64 + 1;
        }
        self.index.insert(name.to_owned(), self.order.len());
        self.order.push(name.to_owned());
        0
    }
}

/// What a unit stores: its tag and the name it points at (short, or full when verbatim).
fn stored_name<K: Kinded>(full: &str) -> (u8, &str) {
    let (tag, short, verbatim) = split_full::<K>(full);
    if verbatim {
        (tag | VERBATIM, full)
    } else {
        (tag, short)
    }
}

/// A province's first row with its districts (each: first row and communes).
type ProvinceRows<'a> = (&'a SourceRow, Vec<DistrictRows<'a>>);
/// A district's first row with its communes.
type DistrictRows<'a> = (&'a SourceRow, Vec<OldCommuneRows<'a>>);

struct OldCommuneRows<'a> {
    first: &'a SourceRow,
    targets: Vec<&'a SourceRow>,
}

/// Compiles the source into the asset's bytes.
///
/// # Errors
/// [`EncodeError`] when the rows are not grouped by province, district and commune, when a new
/// commune appears with two names, or a count does not fit.
pub fn encode(source: &Source) -> Result<Vec<u8>, EncodeError> {
    // Group rows: province → district → commune (each commune's rows adjacent).
    let mut provinces: Vec<ProvinceRows<'_>> = Vec::new();
    for (i, row) in source.rows.iter().enumerate() {
        let same_province = provinces
            .last()
            .is_some_and(|(p, _)| p.old_province_code == row.old_province_code);
        if !same_province {
            if provinces
                .iter()
                .any(|(p, _)| p.old_province_code == row.old_province_code)
            {
                return Err(EncodeError::NotGrouped { row: i + 1 });
            }
            provinces.push((row, Vec::new()));
        }
        let Some((_, districts)) = provinces.last_mut() else {
            return Err(EncodeError::NotGrouped { row: i + 1 });
        };
        let same_district = districts
            .last()
            .is_some_and(|(d, _)| d.old_district_code == row.old_district_code);
        if !same_district {
            if districts
                .iter()
                .any(|(d, _)| d.old_district_code == row.old_district_code)
            {
                return Err(EncodeError::NotGrouped { row: i + 1 });
            }
            districts.push((row, Vec::new()));
        }
        let Some((_, communes)) = districts.last_mut() else {
            return Err(EncodeError::NotGrouped { row: i + 1 });
        };
        let same_commune = communes.last().is_some_and(|c| {
            c.first.old_commune_code == row.old_commune_code
                && c.first.old_commune == row.old_commune
        });
        if same_commune {
            if let Some(c) = communes.last_mut() {
                c.targets.push(row);
            }
        } else {
            communes.push(OldCommuneRows {
                first: row,
                targets: vec![row],
            });
        }
    }

    // New communes, by code, each with its most frequent spelling (the table spells one,
    // Xã Điềm Thuỵ, two ways: the other spelling is stored on the rows that use it).
    let mut spellings: std::collections::BTreeMap<u32, Vec<(&str, u8, usize)>> =
        std::collections::BTreeMap::new();
    for r in &source.rows {
        let entry = spellings.entry(r.new_commune_code).or_default();
        match entry
            .iter_mut()
            .find(|(n, p, _)| *n == r.new_commune && *p == r.new_province_code)
        {
            Some(found) => found.2 += 1,
            None => entry.push((r.new_commune.as_str(), r.new_province_code, 1)),
        }
    }
    let mut new_communes: Vec<(u32, &str, u8)> = Vec::with_capacity(spellings.len());
    for (code, found) in &spellings {
        let provinces: std::collections::BTreeSet<u8> = found.iter().map(|f| f.1).collect();
        let best = found
            .iter()
            .enumerate()
            .max_by_key(|(i, f)| (f.2, std::cmp::Reverse(*i)))
            .map(|(_, f)| f);
        match (provinces.len(), best) {
            (1, Some(best)) => new_communes.push((*code, best.0, best.1)),
            _ => return Err(EncodeError::NewCommuneDiffers { code: *code }),
        }
    }
    let new_index = |code: u32| {
        new_communes
            .binary_search_by_key(&code, |n| n.0)
            .map_or(0, |i| i as i64)
    };

    let mut out = Vec::with_capacity(400_000);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    let year = u16::try_from(chrono::Datelike::year(&source.date)).unwrap_or(0);
    out.extend_from_slice(&year.to_le_bytes());
    out.push(u8::try_from(chrono::Datelike::month(&source.date)).unwrap_or(0));
    out.push(u8::try_from(chrono::Datelike::day(&source.date)).unwrap_or(0));

    let mut names = Names::default();
    let mut body: Vec<u8> = Vec::with_capacity(400_000);
    put_varint(&mut body, provinces.len() as u64);
    for (p, districts) in &provinces {
        let (tag, name) = stored_name::<OldProvinceKind>(&p.old_province);
        body.push(p.old_province_code);
        body.push(tag);
        put_varint(&mut body, names.reference(name));
        put_varint(&mut body, districts.len() as u64);
    }
    let mut previous_district = 0i64;
    let mut district_index: Vec<u16> = Vec::new();
    for (_, districts) in &provinces {
        for (d, communes) in districts {
            let (tag, name) = stored_name::<DistrictKind>(&d.old_district);
            let code = i64::from(d.old_district_code);
            put_varint(&mut body, zigzag(code - previous_district));
            previous_district = code;
            body.push(tag);
            put_varint(&mut body, names.reference(name));
            put_varint(&mut body, communes.len() as u64);
            district_index.push(d.old_district_code);
        }
    }
    let communes: Vec<&OldCommuneRows<'_>> = provinces
        .iter()
        .flat_map(|(_, ds)| ds.iter().flat_map(|(_, cs)| cs.iter()))
        .collect();
    if communes.len() > usize::from(u16::MAX) || district_index.len() > usize::from(u16::MAX) {
        return Err(EncodeError::TooMany);
    }
    let mut previous_code = 0i64;
    for c in &communes {
        let code = i64::from(c.first.old_commune_code.unwrap_or(0));
        put_varint(&mut body, zigzag(code - previous_code));
        previous_code = code;
    }
    for c in &communes {
        body.push(stored_name::<OldCommuneKind>(&c.first.old_commune).0);
    }
    for c in &communes {
        put_varint(
            &mut body,
            names.reference(stored_name::<OldCommuneKind>(&c.first.old_commune).1),
        );
    }
    for c in &communes {
        body.push(u8::try_from(c.targets.len()).map_err(|_| EncodeError::TooMany)?);
    }
    let mut previous_target = 0i64;
    for c in &communes {
        for t in &c.targets {
            let index = new_index(t.new_commune_code);
            put_varint(&mut body, zigzag(index - previous_target));
            previous_target = index;
        }
    }
    let canonical = |t: &SourceRow| {
        new_communes
            .binary_search_by_key(&t.new_commune_code, |n| n.0)
            .ok()
            .and_then(|i| new_communes.get(i))
            .is_some_and(|n| n.1 == t.new_commune)
    };
    for c in &communes {
        for t in &c.targets {
            let respelled = if canonical(t) { 0 } else { RESPELLED };
            body.push(t.transfer.byte() | respelled);
        }
    }
    for c in &communes {
        for t in c.targets.iter().filter(|t| !canonical(t)) {
            let (tag, name) = stored_name::<CommuneKind>(&t.new_commune);
            body.push(tag);
            put_varint(&mut body, names.reference(name));
        }
    }

    // Sources of each new commune (old commune positions, ascending): a new commune usually
    // keeps the code, and often the name, of one of them.
    let mut sources: Vec<Vec<usize>> = vec![Vec::new(); new_communes.len()];
    for (i, c) in communes.iter().enumerate() {
        for t in &c.targets {
            if let Some(list) = usize::try_from(new_index(t.new_commune_code))
                .ok()
                .and_then(|n| sources.get_mut(n))
                && !list.contains(&i)
            {
                list.push(i);
            }
        }
    }
    put_varint(&mut body, new_communes.len() as u64);
    let mut previous_new = 0i64;
    for ((code, name, province), from) in new_communes.iter().zip(&sources) {
        let (tag, stored) = stored_name::<CommuneKind>(name);
        let same = |want: &dyn Fn(&OldCommuneRows<'_>) -> bool| {
            from.iter()
                .position(|&i| communes.get(i).is_some_and(|c| want(c)))
                .and_then(|k| u8::try_from(k + 1).ok())
                .filter(|&k| k < u8::MAX)
        };
        match same(&|c| c.first.old_commune_code == Some(*code)) {
            Some(k) => body.push(k),
            None => {
                body.push(0);
                put_varint(&mut body, zigzag(i64::from(*code) - previous_new));
            }
        }
        previous_new = i64::from(*code);
        body.push(tag);
        let verbatim = tag & VERBATIM != 0;
        match same(&|c| !verbatim && split_full::<OldCommuneKind>(&c.first.old_commune).1 == stored)
        {
            Some(k) => body.push(k),
            None => {
                body.push(0);
                put_varint(&mut body, names.reference(stored));
            }
        }
        body.push(*province);
    }

    // Ward aliases, by old commune index, keys without the kind word, without repeats.
    let commune_position = |district: u16, code: u32| {
        communes.iter().position(|c| {
            c.first.old_district_code == district && c.first.old_commune_code == Some(code)
        })
    };
    let mut ward_aliases: Vec<(usize, String)> = source
        .ward_aliases
        .iter()
        .filter_map(|a| {
            let key = super::keys::alias_key(&a.alias, super::keys::KindFamily::Commune);
            let at = commune_position(a.district_code, a.commune_code)?;
            (!key.is_empty()).then_some((at, key))
        })
        .collect();
    ward_aliases.sort_unstable();
    ward_aliases.dedup();
    put_varint(&mut body, ward_aliases.len() as u64);
    let mut previous_alias = 0usize;
    for (at, key) in &ward_aliases {
        put_varint(&mut body, (at - previous_alias) as u64);
        previous_alias = *at;
        put_key(&mut body, key);
    }

    let province_position = |code: u8| {
        provinces
            .iter()
            .position(|(p, _)| p.old_province_code == code)
    };
    let mut district_aliases: Vec<(usize, String, Vec<usize>)> = source
        .district_aliases
        .iter()
        .filter_map(|a| {
            let province = province_position(a.province_code)?;
            let key = super::keys::alias_key(&a.alias, super::keys::KindFamily::District);
            let mut found: Vec<usize> = a
                .district_codes
                .iter()
                .filter_map(|code| district_index.iter().position(|d| d == code))
                .collect();
            found.sort_unstable();
            found.dedup();
            (!key.is_empty() && !found.is_empty()).then_some((province, key, found))
        })
        .collect();
    district_aliases.sort_unstable();
    district_aliases.dedup();
    put_varint(&mut body, district_aliases.len() as u64);
    for (province, key, found) in &district_aliases {
        body.push(u8::try_from(*province).map_err(|_| EncodeError::TooMany)?);
        put_key(&mut body, key);
        put_varint(&mut body, found.len() as u64);
        for d in found {
            put_varint(&mut body, *d as u64);
        }
    }

    let mut province_aliases: Vec<(String, usize)> = source
        .province_aliases
        .iter()
        .filter_map(|a| {
            let key = super::keys::alias_key(&a.alias, super::keys::KindFamily::Province);
            Some((key, province_position(a.province_code)?))
        })
        .filter(|(key, _)| !key.is_empty())
        .collect();
    province_aliases.sort_unstable();
    province_aliases.dedup();
    put_varint(&mut body, province_aliases.len() as u64);
    for (key, province) in &province_aliases {
        put_key(&mut body, key);
        body.push(u8::try_from(*province).map_err(|_| EncodeError::TooMany)?);
    }

    put_varint(&mut out, names.order.len() as u64);
    let mut previous: &str = "";
    for name in &names.order {
        let shared = previous
            .bytes()
            .zip(name.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        put_varint(&mut out, shared as u64);
        let suffix = name.as_bytes().get(shared..).unwrap_or(&[]);
        put_varint(&mut out, suffix.len() as u64);
        out.extend_from_slice(suffix);
        previous = name;
    }

    out.extend_from_slice(&body);
    let hash = fnv1a64(&out);
    out.extend_from_slice(&hash.to_le_bytes());
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// Why the asset's bytes do not decode: the file was cut short by a network error, damaged on
/// the way or on disk, or is from another version of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssetError {
    /// Not this format at all (an HTML error page, an empty file).
    NotAnAsset,
    /// A version this build does not read.
    UnsupportedVersion {
        /// The version byte found.
        found: u8,
    },
    /// The bytes end before the data does.
    Truncated,
    /// The checksum does not match: bytes were changed.
    Damaged,
    /// Well formed bytes whose content breaks the format's rules (an index out of range, a
    /// name that is not UTF-8, bytes after the end).
    Inconsistent,
}

impl fmt::Display for AssetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssetError::NotAnAsset => f.write_str("not an old-units asset"),
            AssetError::UnsupportedVersion { found } => {
                write!(
                    f,
                    "old-units asset version {found}, expected {FORMAT_VERSION}"
                )
            }
            AssetError::Truncated => f.write_str("old-units asset is truncated"),
            AssetError::Damaged => f.write_str("old-units asset checksum does not match"),
            AssetError::Inconsistent => f.write_str("old-units asset content is inconsistent"),
        }
    }
}

impl std::error::Error for AssetError {}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, AssetError> {
        let b = *self.bytes.get(self.at).ok_or(AssetError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], AssetError> {
        let end = self.at.checked_add(n).ok_or(AssetError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(AssetError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    fn varint(&mut self) -> Result<u64, AssetError> {
        // Most values fit in one byte: read without the loop.
        if let Some(&b) = self.bytes.get(self.at)
            && b < 0x80
        {
            self.at += 1;
            return Ok(u64::from(b));
        }
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(AssetError::Inconsistent)
    }

    /// A count, bounded by what the remaining bytes can hold (each item takes ≥ 1 byte), so a
    /// damaged count cannot ask for a huge allocation.
    fn count(&mut self) -> Result<usize, AssetError> {
        let n = usize::try_from(self.varint()?).map_err(|_| AssetError::Inconsistent)?;
        if n > self.bytes.len().saturating_sub(self.at) {
            return Err(AssetError::Truncated);
        }
        Ok(n)
    }

    fn index(&mut self, below: usize) -> Result<usize, AssetError> {
        let i = usize::try_from(self.varint()?).map_err(|_| AssetError::Inconsistent)?;
        if i < below {
            Ok(i)
        } else {
            Err(AssetError::Inconsistent)
        }
    }

    /// A name reference (see `Names`): 0 is the next name not used yet.
    fn name(&mut self, names: &[Span], next: &mut usize) -> Result<Span, AssetError> {
        let i = match self.varint()? {
            0 => {
                *next += 1;
                *next - 1
            }
            n => usize::try_from(n - 1).map_err(|_| AssetError::Inconsistent)?,
        };
        names.get(i).copied().ok_or(AssetError::Inconsistent)
    }

    fn key(&mut self) -> Result<&'a str, AssetError> {
        let n = self.count()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| AssetError::Inconsistent)
    }
}

/// A range of bytes in [`OldUnits`]' text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Span(u32, u32);

impl Span {
    fn of(text: &str, range: (usize, usize)) -> Span {
        let _ = text;
        Span(
            u32::try_from(range.0).unwrap_or(u32::MAX),
            u32::try_from(range.1).unwrap_or(u32::MAX),
        )
    }
}

#[derive(Clone, Copy, Debug)]
struct UnitRec {
    code: u32,
    tag: u8,
    full: Span,
    short: Span,
    /// Parent index (province of a district, district of a commune, province code of a new
    /// commune).
    parent: u16,
    /// Children (districts of a province, communes of a district, targets of a commune).
    children: (u32, u32),
}

#[derive(Clone, Copy, Debug)]
struct TargetRec {
    new: u16,
    transfer: Transfer,
    /// The row's own spelling of the new commune's full name, when it differs.
    respelled: Option<Span>,
}

/// A province's search keys: folded (no tones) and accented (tones normalised). Districts' and
/// communes' are made on first use: [`NameIndex`], `district_accents`, `commune_accents`.
#[derive(Clone, Copy, Debug)]
struct Keys {
    folded: Span,
    accented: Span,
}

/// The decoded conversion data with its lookup indices: 63 old provinces, 696 old districts,
/// 10,041 old units, their 10,571 links to the 3,321 new communes, and the aliases.
#[derive(Debug)]
pub struct OldUnits {
    date: NaiveDate,
    text: String,
    keys: String,
    provinces: Vec<UnitRec>,
    districts: Vec<UnitRec>,
    communes: Vec<UnitRec>,
    targets: Vec<TargetRec>,
    new_communes: Vec<UnitRec>,
    province_keys: Vec<Keys>,
    /// Accented keys of districts and communes, made the first time a row asks for one: only
    /// names a row matches by letters are compared by tones, and making all ten thousand
    /// would be a third of the decode (`docs/rules.md §2.4`: the data is decoded on first use).
    district_accents: Vec<OnceLock<Box<str>>>,
    commune_accents: Vec<OnceLock<Box<str>>>,
    /// The districts' and communes' keys in key order: made on the first look-up by name.
    names: OnceLock<NameIndex>,
    /// (new commune index, old commune index), sorted: which old units fed each new commune.
    sources: Vec<(u16, u16)>,
    /// (key, old commune index), sorted by key.
    ward_aliases: Vec<(Span, u16)>,
    /// (key, old province index, range in `alias_districts`), sorted by key.
    district_aliases: Vec<(Span, u8, (u32, u32))>,
    alias_districts: Vec<u16>,
    /// (key, old province index), sorted by key.
    province_aliases: Vec<(Span, u8)>,
    /// The new province of each old province (checked against today's list once, here: the
    /// resolver asks for it on every distinct address).
    new_of_old: Vec<Option<ProvinceCode>>,
    /// The old provinces of each new province, by its code (the reverse of `new_of_old`).
    olds_of_new: Vec<Vec<OldProvinceId>>,
}

/// The old districts' and communes' folded keys, their orders by key and the names with a
/// hyphen: made the first time a name is looked up, not in the decode. They were 40 % of it,
/// and the address converter decodes the data as it opens, while the app's start-up still
/// keeps the machine's cores busy compiling; its first look-up comes with the user's address.
#[derive(Debug)]
struct NameIndex {
    /// The folded keys, one after another.
    keys: String,
    district_keys: Vec<Span>,
    commune_keys: Vec<Span>,
    /// District indices sorted by folded key.
    districts_by_key: Vec<u16>,
    /// Commune indices sorted by folded key.
    communes_by_key: Vec<u16>,
    /// Where each distinct key starts in `districts_by_key` / `communes_by_key`, by hash: made
    /// the first time such a name is looked up (see [`KeyStarts`]).
    district_starts: OnceLock<KeyStarts>,
    commune_starts: OnceLock<KeyStarts>,
    /// Folded names with " - " inside ("ba ria vung tau", "cam ly da lat").
    hyphenated: Vec<String>,
}

impl NameIndex {
    #[inline(never)]
    fn new(units: &OldUnits) -> NameIndex {
        // Every key folded straight into the one buffer, made text once at the end.
        let mut keys = Vec::new();
        let mut keys_of = |list: &[UnitRec]| -> Vec<Span> {
            list.iter()
                .map(|u| {
                    let start = keys.len();
                    push_fold_key(&mut keys, span_str(&units.text, u.short));
                    Span::of("", (start, keys.len()))
                })
                .collect()
        };
        let district_keys = keys_of(&units.districts);
        let commune_keys = keys_of(&units.communes);
        // Whole keys were appended to text: always UTF-8.
        let keys = String::from_utf8(keys).unwrap_or_default();
        // The keys looked up once, so each comparison is only their bytes; ties keep the
        // data's order.
        let by = |spans: &[Span]| {
            let folded: Vec<&str> = spans.iter().map(|&s| span_str(&keys, s)).collect();
            positions_by_key(&folded)
        };
        let (districts_by_key, communes_by_key) = (by(&district_keys), by(&commune_keys));
        let mut hyphenated: Vec<String> = units
            .provinces
            .iter()
            .chain(&units.districts)
            .chain(&units.communes)
            .chain(&units.new_communes)
            .map(|u| span_str(&units.text, u.short))
            // A byte scan: `str::contains` builds a substring searcher for each of 14,000 names.
            .filter(|n| n.as_bytes().windows(3).any(|w| w == b" - "))
            .map(fold_key)
            .collect();
        order::sort_dedup(&mut hyphenated);
        NameIndex {
            keys,
            district_keys,
            commune_keys,
            districts_by_key,
            communes_by_key,
            district_starts: OnceLock::new(),
            commune_starts: OnceLock::new(),
            hyphenated,
        }
    }

    /// The folded key of unit `i` of `keys` ("" past the end).
    #[inline(always)]
    fn folded_key<'s>(&'s self, keys: &'s [Span], i: u16) -> &'s str {
        keys.get(usize::from(i))
            .map_or("", |&k| span_str(&self.keys, k))
    }

    /// Indices whose folded key equals `folded`, in `order` (sorted by key): the run that
    /// `starts` finds.
    fn equal<'s>(
        &'s self,
        order: &'s [u16],
        keys: &'s [Span],
        starts: &'s OnceLock<KeyStarts>,
        folded: &'s str,
    ) -> impl Iterator<Item = u16> + 's {
        let key = move |i: u16| self.folded_key(keys, i);
        let start = starts
            .get_or_init(|| KeyStarts::new(order, key))
            .find(order, key, folded)
            .unwrap_or(order.len());
        order
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .take_while(move |&i| key(i) == folded)
    }
}

/// Builds a unit's full and short names in `text` from its stored name.
fn unit_names(
    code: u32,
    tag: u8,
    stored: &str,
    text: &mut String,
    prefix: fn(u8) -> Option<&'static str>,
) -> Result<UnitRec, AssetError> {
    let kind_prefix = match tag & 0x0F {
        0 => "",
        n => prefix(n).ok_or(AssetError::Inconsistent)?,
    };
    let start = text.len();
    let (full, short) = if tag & VERBATIM != 0 {
        text.push_str(stored);
        // The short name is what follows the prefix, whatever its case.
        let skip = if kind_prefix.is_empty() {
            0
        } else {
            stored
                .char_indices()
                .nth(kind_prefix.chars().count() + 1)
                .map_or(stored.len(), |(i, _)| i)
        };
        ((start, text.len()), (start + skip, text.len()))
    } else {
        if !kind_prefix.is_empty() {
            text.push_str(kind_prefix);
            text.push(' ');
        }
        let short_start = text.len();
        text.push_str(stored);
        ((start, text.len()), (short_start, text.len()))
    };
    Ok(UnitRec {
        code,
        tag,
        full: Span::of(text, full),
        short: Span::of(text, short),
        parent: 0,
        children: (0, 0),
    })
}

fn province_prefix(n: u8) -> Option<&'static str> {
    OldProvinceKind::KINDS
        .get(usize::from(n).checked_sub(1)?)
        .map(|k| k.prefix())
}
fn district_prefix(n: u8) -> Option<&'static str> {
    DistrictKind::KINDS
        .get(usize::from(n).checked_sub(1)?)
        .map(|k| k.prefix())
}
fn commune_prefix(n: u8) -> Option<&'static str> {
    <OldCommuneKind as Kinded>::KINDS
        .get(usize::from(n).checked_sub(1)?)
        .map(|k| k.prefix())
}
fn new_prefix(n: u8) -> Option<&'static str> {
    NEW_KINDS
        .get(usize::from(n).checked_sub(1)?)
        .map(|k| k.prefix())
}

fn add_delta(previous: &mut i64, r: &mut Reader<'_>, max: i64) -> Result<u32, AssetError> {
    let next = previous
        .checked_add(unzigzag(r.varint()?))
        .ok_or(AssetError::Inconsistent)?;
    if !(0..=max).contains(&next) {
        return Err(AssetError::Inconsistent);
    }
    *previous = next;
    u32::try_from(next).map_err(|_| AssetError::Inconsistent)
}

/// One decode under way: the reader, the asset's name list, and the text the units' full and
/// short names are written into. Its methods read the body's sections in order.
struct Parser<'b> {
    r: Reader<'b>,
    date: NaiveDate,
    /// Every stored name, one after another; `names` are their spans.
    name_text: String,
    names: Vec<Span>,
    /// The next name a reference `0` means (names are stored in first-use order).
    next_name: usize,
    text: String,
}

/// A (new commune index, old commune index) link.
type Link = (u16, u16);

/// The aliases section: the keys' text and the three alias lists.
struct AliasSection {
    keys: String,
    wards: Vec<(Span, u16)>,
    districts: Vec<(Span, u8, (u32, u32))>,
    alias_districts: Vec<u16>,
    provinces: Vec<(Span, u8)>,
}

impl<'b> Parser<'b> {
    /// Reads the header's date and the front-coded names.
    #[inline(never)]
    fn new(body: &'b [u8]) -> Result<Parser<'b>, AssetError> {
        let mut r = Reader { bytes: body, at: 5 };
        let year = u16::from_le_bytes([r.byte()?, r.byte()?]);
        let (month, day) = (r.byte()?, r.byte()?);
        let date = NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
            .ok_or(AssetError::Inconsistent)?;

        let name_count = r.count()?;
        let mut name_bytes: Vec<u8> = Vec::new();
        let mut names: Vec<Span> = Vec::with_capacity(name_count);
        let mut previous: (usize, usize) = (0, 0);
        for _ in 0..name_count {
            let shared = usize::try_from(r.varint()?).map_err(|_| AssetError::Inconsistent)?;
            if shared > previous.1 - previous.0 {
                return Err(AssetError::Inconsistent);
            }
            let suffix_len = r.count()?;
            let suffix = r.take(suffix_len)?;
            let start = name_bytes.len();
            // The shared head, copied within the buffer (no copy of its own per name).
            let head = previous.0..previous.0 + shared;
            if head.end > start {
                return Err(AssetError::Inconsistent);
            }
            name_bytes.extend_from_within(head);
            name_bytes.extend_from_slice(suffix);
            previous = (start, name_bytes.len());
            names.push(Span::of("", previous));
        }
        let name_text = String::from_utf8(name_bytes).map_err(|_| AssetError::Inconsistent)?;
        // Every name must start and end on a character boundary.
        if names.iter().any(|s| {
            !name_text.is_char_boundary(s.0 as usize) || !name_text.is_char_boundary(s.1 as usize)
        }) {
            return Err(AssetError::Inconsistent);
        }
        Ok(Parser {
            r,
            date,
            text: String::with_capacity(name_text.len() * 3),
            name_text,
            names,
            next_name: 0,
        })
    }

    /// A unit whose stored name is the next name reference.
    fn unit(
        &mut self,
        code: u32,
        tag: u8,
        prefix: fn(u8) -> Option<&'static str>,
    ) -> Result<UnitRec, AssetError> {
        let name = self.r.name(&self.names, &mut self.next_name)?;
        unit_names(
            code,
            tag,
            span_str(&self.name_text, name),
            &mut self.text,
            prefix,
        )
    }

    /// The old provinces, and how many districts each has.
    #[inline(never)]
    fn provinces(&mut self) -> Result<(Vec<UnitRec>, Vec<usize>), AssetError> {
        let province_count = self.r.count()?;
        let mut provinces = Vec::with_capacity(province_count);
        let mut district_counts = Vec::with_capacity(province_count);
        for _ in 0..province_count {
            let code = self.r.byte()?;
            let tag = self.r.byte()?;
            provinces.push(self.unit(u32::from(code), tag, province_prefix)?);
            district_counts.push(self.r.count()?);
        }
        Ok((provinces, district_counts))
    }

    /// The old districts, province by province, and how many communes each has.
    #[inline(never)]
    fn districts(
        &mut self,
        district_counts: &[usize],
        provinces: &mut [UnitRec],
    ) -> Result<(Vec<UnitRec>, Vec<usize>), AssetError> {
        let district_total: usize = district_counts.iter().sum();
        let mut districts = Vec::with_capacity(district_total.min(self.r.bytes.len()));
        let mut commune_counts = Vec::with_capacity(district_total.min(self.r.bytes.len()));
        let mut previous_district = 0i64;
        for (p, count) in district_counts.iter().enumerate() {
            let start = u32::try_from(districts.len()).map_err(|_| AssetError::Inconsistent)?;
            for _ in 0..*count {
                let code = add_delta(&mut previous_district, &mut self.r, 999)?;
                let tag = self.r.byte()?;
                let mut unit = self.unit(code, tag, district_prefix)?;
                unit.parent = u16::try_from(p).map_err(|_| AssetError::Inconsistent)?;
                districts.push(unit);
                commune_counts.push(self.r.count()?);
            }
            let end = u32::try_from(districts.len()).map_err(|_| AssetError::Inconsistent)?;
            if let Some(province) = provinces.get_mut(p) {
                province.children = (start, end);
            }
        }
        Ok((districts, commune_counts))
    }

    /// The old communes, column by column, district by district.
    #[inline(never)]
    fn communes(
        &mut self,
        commune_counts: &[usize],
        districts: &mut [UnitRec],
    ) -> Result<Vec<UnitRec>, AssetError> {
        let commune_total: usize = commune_counts.iter().sum();
        if commune_total > usize::from(u16::MAX) || commune_total > self.r.bytes.len() {
            return Err(AssetError::Inconsistent);
        }
        let mut codes = Vec::with_capacity(commune_total);
        let mut previous_code = 0i64;
        for _ in 0..commune_total {
            codes.push(add_delta(&mut previous_code, &mut self.r, 99_999)?);
        }
        let tags = self.r.take(commune_total)?;
        let mut communes = Vec::with_capacity(commune_total);
        for (code, &tag) in codes.iter().zip(tags) {
            communes.push(self.unit(*code, tag, commune_prefix)?);
        }
        let mut at = 0usize;
        for (d, count) in commune_counts.iter().enumerate() {
            let start = u32::try_from(at).map_err(|_| AssetError::Inconsistent)?;
            for c in communes.get_mut(at..at + count).unwrap_or(&mut []) {
                c.parent = u16::try_from(d).map_err(|_| AssetError::Inconsistent)?;
            }
            at += count;
            if let Some(district) = districts.get_mut(d) {
                district.children = (start, u32::try_from(at).unwrap_or(u32::MAX));
            }
        }
        Ok(communes)
    }

    /// Each old commune's new communes (its `children`), as columns.
    #[inline(never)]
    fn targets(&mut self, communes: &mut [UnitRec]) -> Result<Vec<TargetRec>, AssetError> {
        let target_counts = self.r.take(communes.len())?;
        let target_total: usize = target_counts.iter().map(|&n| usize::from(n)).sum();
        if target_total > self.r.bytes.len() {
            return Err(AssetError::Truncated);
        }
        let mut target_new = Vec::with_capacity(target_total);
        let mut previous_target = 0i64;
        for _ in 0..target_total {
            target_new.push(add_delta(
                &mut previous_target,
                &mut self.r,
                i64::from(u16::MAX),
            )?);
        }
        let transfers = self.r.take(target_total)?;
        let mut targets = Vec::with_capacity(target_total);
        for (&new, &t) in target_new.iter().zip(transfers) {
            targets.push(TargetRec {
                new: u16::try_from(new).map_err(|_| AssetError::Inconsistent)?,
                transfer: *Transfer::ALL
                    .get(usize::from(t & !RESPELLED))
                    .ok_or(AssetError::Inconsistent)?,
                respelled: None,
            });
        }
        for (target, &t) in targets.iter_mut().zip(transfers) {
            if t & RESPELLED != 0 {
                let tag = self.r.byte()?;
                target.respelled = Some(self.unit(0, tag, new_prefix)?.full);
            }
        }
        let mut at = 0u32;
        for (c, &n) in communes.iter_mut().zip(target_counts) {
            if n == 0 {
                return Err(AssetError::Inconsistent);
            }
            c.children = (at, at + u32::from(n));
            at += u32::from(n);
        }
        Ok(targets)
    }

    /// The new communes, and the (new commune, old commune) links read with them.
    #[inline(never)]
    fn new_communes(
        &mut self,
        communes: &[UnitRec],
        targets: &[TargetRec],
    ) -> Result<(Vec<UnitRec>, Vec<Link>), AssetError> {
        let new_count = self.r.count()?;
        let mut sources: Vec<Link> = Vec::with_capacity(targets.len());
        for (i, c) in communes.iter().enumerate() {
            let i = u16::try_from(i).map_err(|_| AssetError::Inconsistent)?;
            for t in targets
                .get(c.children.0 as usize..c.children.1 as usize)
                .unwrap_or(&[])
            {
                sources.push((t.new, i));
            }
        }
        sort_pairs(&mut sources);
        sources.dedup();
        let mut previous_new = 0i64;
        let mut new_communes = Vec::with_capacity(new_count);
        for n in 0..new_count {
            let start = sources.partition_point(|&(new, _)| usize::from(new) < n);
            let from = |k: u8| -> Result<&UnitRec, AssetError> {
                let &(new, old) = sources
                    .get(start + usize::from(k) - 1)
                    .ok_or(AssetError::Inconsistent)?;
                if usize::from(new) != n {
                    return Err(AssetError::Inconsistent);
                }
                communes
                    .get(usize::from(old))
                    .ok_or(AssetError::Inconsistent)
            };
            let code = match self.r.byte()? {
                0 => add_delta(&mut previous_new, &mut self.r, 99_999)?,
                k => {
                    let code = from(k)?.code;
                    previous_new = i64::from(code);
                    code
                }
            };
            let tag = self.r.byte()?;
            let mut unit = match self.r.byte()? {
                0 => self.unit(code, tag, new_prefix)?,
                k => {
                    let stored = span_str(&self.text, from(k)?.short).to_owned();
                    unit_names(code, tag, &stored, &mut self.text, new_prefix)?
                }
            };
            unit.parent = u16::from(self.r.byte()?);
            new_communes.push(unit);
        }
        if targets
            .iter()
            .any(|t| usize::from(t.new) >= new_communes.len())
        {
            return Err(AssetError::Inconsistent);
        }
        Ok((new_communes, sources))
    }

    /// The ward, district and province aliases.
    #[inline(never)]
    fn aliases(
        &mut self,
        province_count: usize,
        district_count: usize,
        commune_count: usize,
    ) -> Result<AliasSection, AssetError> {
        let r = &mut self.r;
        let mut keys = String::new();
        let ward_count = r.count()?;
        let mut wards = Vec::with_capacity(ward_count);
        let mut previous_alias = 0usize;
        for _ in 0..ward_count {
            let at = previous_alias
                .checked_add(usize::try_from(r.varint()?).map_err(|_| AssetError::Inconsistent)?)
                .filter(|&i| i < commune_count)
                .ok_or(AssetError::Inconsistent)?;
            previous_alias = at;
            let key = r.key()?;
            let span = push_key(&mut keys, key);
            wards.push((
                span,
                u16::try_from(at).map_err(|_| AssetError::Inconsistent)?,
            ));
        }
        let district_alias_count = r.count()?;
        let mut districts = Vec::with_capacity(district_alias_count);
        let mut alias_districts = Vec::new();
        for _ in 0..district_alias_count {
            let province = r.byte()?;
            if usize::from(province) >= province_count {
                return Err(AssetError::Inconsistent);
            }
            let key = r.key()?;
            let span = push_key(&mut keys, key);
            let n = r.count()?;
            let start = u32::try_from(alias_districts.len()).unwrap_or(u32::MAX);
            for _ in 0..n {
                let d = r.index(district_count)?;
                alias_districts.push(u16::try_from(d).map_err(|_| AssetError::Inconsistent)?);
            }
            let end = u32::try_from(alias_districts.len()).unwrap_or(u32::MAX);
            districts.push((span, province, (start, end)));
        }
        let province_alias_count = r.count()?;
        let mut provinces = Vec::with_capacity(province_alias_count);
        for _ in 0..province_alias_count {
            let key = r.key()?;
            let span = push_key(&mut keys, key);
            let province = r.byte()?;
            if usize::from(province) >= province_count {
                return Err(AssetError::Inconsistent);
            }
            provinces.push((span, province));
        }
        Ok(AliasSection {
            keys,
            wards,
            districts,
            alias_districts,
            provinces,
        })
    }
}

impl OldUnits {
    /// Decodes the asset and builds the province and alias indices; the districts' and communes'
    /// name index waits for the first look-up by name ([`NameIndex`]).
    ///
    /// # Errors
    /// - an empty file, an HTML page → [`AssetError::NotAnAsset`];
    /// - a file from another version of the app → [`AssetError::UnsupportedVersion`];
    /// - cut short → [`AssetError::Truncated`]; changed bytes → [`AssetError::Damaged`];
    /// - a checksum that matches content breaking the format → [`AssetError::Inconsistent`].
    pub fn decode(bytes: &[u8]) -> Result<OldUnits, AssetError> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(AssetError::NotAnAsset);
        }
        let version = *bytes.get(4).ok_or(AssetError::Truncated)?;
        if version != FORMAT_VERSION {
            return Err(AssetError::UnsupportedVersion { found: version });
        }
        let Some(body_len) = bytes.len().checked_sub(8).filter(|&n| n >= 9) else {
            return Err(AssetError::Truncated);
        };
        let (body, trailer) = bytes.split_at(body_len);
        let stored = trailer
            .try_into()
            .map(u64::from_le_bytes)
            .map_err(|_| AssetError::Truncated)?;
        if fnv1a64(body) != stored {
            // A cut file most often ends early: say so when the structure runs out.
            return Err(match Self::parse(body) {
                Err(AssetError::Truncated) => AssetError::Truncated,
                _ => AssetError::Damaged,
            });
        }
        Self::parse(body)
    }

    /// Reads the body section by section, each in a function of its own: V8 compiles a Wasm
    /// function that runs long with its optimising compiler, on the machine's other cores,
    /// while the decode still runs. One function for the whole body took it 35 ms to compile
    /// (on a decode of about 10 ms, which never used the result); sections compile in a few.
    fn parse(body: &[u8]) -> Result<OldUnits, AssetError> {
        let mut p = Parser::new(body)?;
        let (mut provinces, district_counts) = p.provinces()?;
        let (mut districts, commune_counts) = p.districts(&district_counts, &mut provinces)?;
        let mut communes = p.communes(&commune_counts, &mut districts)?;
        let targets = p.targets(&mut communes)?;
        let (new_communes, sources) = p.new_communes(&communes, &targets)?;
        let aliases = p.aliases(provinces.len(), districts.len(), communes.len())?;
        if p.r.at != body.len() {
            return Err(AssetError::Inconsistent);
        }

        let mut units = OldUnits {
            date: p.date,
            text: p.text,
            keys: aliases.keys,
            provinces,
            districts,
            communes,
            targets,
            new_communes,
            province_keys: Vec::new(),
            district_accents: Vec::new(),
            commune_accents: Vec::new(),
            names: OnceLock::new(),
            // The new → old links the new communes were read with.
            sources,
            ward_aliases: aliases.wards,
            district_aliases: aliases.districts,
            alias_districts: aliases.alias_districts,
            province_aliases: aliases.provinces,
            new_of_old: Vec::new(),
            olds_of_new: Vec::new(),
        };
        units.index();
        Ok(units)
    }

    /// The provinces' keys, old ↔ new provinces, the aliases in key order (the districts' and
    /// communes' keys wait for the first look-up: [`NameIndex`]).
    fn index(&mut self) {
        // Every key folded straight into the one buffer, made text once at the end.
        let mut keys = std::mem::take(&mut self.keys).into_bytes();
        self.province_keys = self
            .provinces
            .iter()
            .map(|u| {
                let short = span_str(&self.text, u.short);
                let start = keys.len();
                push_fold_key(&mut keys, short);
                let folded = Span::of("", (start, keys.len()));
                let start = keys.len();
                keys.extend_from_slice(accent_key(short).as_bytes());
                let accented = Span::of("", (start, keys.len()));
                Keys { folded, accented }
            })
            .collect();
        // Whole keys were appended to text: always UTF-8.
        self.keys = String::from_utf8(keys).unwrap_or_default();
        self.district_accents = std::iter::repeat_with(OnceLock::new)
            .take(self.districts.len())
            .collect();
        self.commune_accents = std::iter::repeat_with(OnceLock::new)
            .take(self.communes.len())
            .collect();
        self.new_of_old = (0..self.provinces.len())
            .map(|i| {
                u8::try_from(i)
                    .ok()
                    .and_then(|i| self.compute_new_province_of(OldProvinceId(i)))
                    .and_then(|code| ProvinceCode::new(code).ok())
            })
            .collect();
        let mut olds_of_new: Vec<Vec<OldProvinceId>> = vec![Vec::new(); usize::from(u8::MAX) + 1];
        for (i, new) in self.new_of_old.iter().enumerate() {
            if let (Some(new), Ok(i)) = (new, u8::try_from(i))
                && let Some(olds) = olds_of_new.get_mut(usize::from(new.get()))
            {
                olds.push(OldProvinceId(i));
            }
        }
        self.olds_of_new = olds_of_new;
        // By key, ties in the data's order (the ward aliases come in commune order, so theirs
        // is by key, then commune).
        let keys = &self.keys;
        sort_by_key_text(&mut self.ward_aliases, keys, |a| a.0);
        sort_by_key_text(&mut self.district_aliases, keys, |a| a.0);
        sort_by_key_text(&mut self.province_aliases, keys, |a| a.0);
    }
}

/// Sorts `items` by their key text (a span of `keys`), equal keys in their order, with
/// [`positions_by_key`] (or compared whole, for more items than it numbers).
fn sort_by_key_text<T: Copy>(items: &mut Vec<T>, keys: &str, span: impl Fn(&T) -> Span) {
    if items.len() > usize::from(u16::MAX) + 1 {
        order::sort_by(items, |a, b| {
            span_str(keys, span(a)).cmp(span_str(keys, span(b)))
        });
        return;
    }
    let texts: Vec<&str> = items.iter().map(|i| span_str(keys, span(i))).collect();
    *items = positions_by_key(&texts)
        .into_iter()
        .filter_map(|p| items.get(usize::from(p)).copied())
        .collect();
}

/// The positions of `keys` in key order, ties in position order (`keys` has at most 65,536
/// items: positions are `u16`). Each key's first 14 bytes and its position are packed into one
/// `u128`, so the sort compares integers; only keys that share those 14 bytes are then compared
/// whole. Sorting the old communes' keys by string comparisons was a third of the data's decode.
fn positions_by_key(keys: &[&str]) -> Vec<u16> {
    const PREFIX: usize = 14;
    let mut packed: Vec<u128> = keys
        .iter()
        .zip(0..=u16::MAX)
        .map(|(key, position)| {
            let mut bytes = [0u8; 16];
            let n = key.len().min(PREFIX);
            if let (Some(to), Some(from)) = (bytes.get_mut(..n), key.as_bytes().get(..n)) {
                to.copy_from_slice(from);
            }
            // Keys hold no NUL, so a shorter key's padding sorts before any longer key's byte.
            u128::from_be_bytes(bytes) | u128::from(position)
        })
        .collect();
    packed.sort_unstable();
    let mut positions: Vec<u16> = packed.iter().map(|&p| p as u16).collect();
    let key = |p: u16| keys.get(usize::from(p)).copied().unwrap_or("");
    // Runs with the same prefix: in position order already, sorted by whole key (stable).
    let mut start = 0;
    while start < packed.len() {
        let prefix = packed.get(start).map_or(0, |p| p >> 16);
        let end = start
            + packed
                .get(start..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| *p >> 16 == prefix)
                .count();
        if let Some(run) = positions.get_mut(start..end)
            && run.len() > 1
            && run.iter().any(|&p| key(p).len() > PREFIX)
        {
            let old: Vec<u16> = run.to_vec();
            let order = order::sorted_positions(old.len(), &|a, b| {
                key(old.get(a).copied().unwrap_or(0)).cmp(key(old.get(b).copied().unwrap_or(0)))
            });
            for (slot, i) in run.iter_mut().zip(order) {
                *slot = old.get(i).copied().unwrap_or(0);
            }
        }
        start = end.max(start + 1);
    }
    positions
}

/// Sorts (new commune, old unit) links as one `u32` each: the sort the app
/// already has for commune codes, without the indirect comparison of [`order::sort_by`] (which
/// made these two sorts a fifth of the data's decode).
fn sort_pairs(pairs: &mut Vec<(u16, u16)>) {
    let mut packed: Vec<u32> = pairs
        .iter()
        .map(|&(a, b)| (u32::from(a) << 16) | u32::from(b))
        .collect();
    packed.sort_unstable();
    *pairs = packed
        .into_iter()
        .filter_map(|p| {
            Some((
                u16::try_from(p >> 16).ok()?,
                u16::try_from(p & 0xFFFF).ok()?,
            ))
        })
        .collect();
}

fn push_key(keys: &mut String, key: &str) -> Span {
    let start = keys.len();
    keys.push_str(key);
    Span::of(keys, (start, keys.len()))
}

#[inline(always)]
fn span_str(text: &str, span: Span) -> &str {
    text.get(span.0 as usize..span.1 as usize).unwrap_or("")
}

/// Where each distinct key starts in an order sorted by key, found by hashing the key: the
/// resolver looks up about 55,000 names in a 100,000-row list, and a binary search over 10,000
/// keys cost about 1,300 instructions a look-up, this about a tenth. An open-addressing table of
/// positions + 1 (0: empty), at most half full. Made on the first look-up, not in the decode:
/// a page that only shows the data's date never needs it.
#[derive(Debug, Default)]
struct KeyStarts {
    slots: Vec<u32>,
}

impl KeyStarts {
    fn new<'k>(order: &[u16], key: impl Fn(u16) -> &'k str) -> KeyStarts {
        let size = (order.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        let mask = size - 1;
        let mut previous: Option<&str> = None;
        for (position, &i) in order.iter().enumerate() {
            let k = key(i);
            if previous == Some(k) {
                continue;
            }
            previous = Some(k);
            let mut slot = Self::hash(k) & mask;
            // At most half full: a free slot is always found.
            while slots.get(slot).is_some_and(|&s| s != 0) {
                slot = (slot + 1) & mask;
            }
            if let (Some(s), Ok(p)) = (slots.get_mut(slot), u32::try_from(position + 1)) {
                *s = p;
            }
        }
        KeyStarts { slots }
    }

    fn hash(key: &str) -> usize {
        use std::hash::BuildHasher;
        crate::text_map::FxBuildHasher::default().hash_one(key) as usize
    }

    /// The position in `order` of the first index whose key is `folded`.
    fn find<'k>(&self, order: &[u16], key: impl Fn(u16) -> &'k str, folded: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = Self::hash(folded) & mask;
        loop {
            let position = usize::try_from(*self.slots.get(slot)?)
                .ok()?
                .checked_sub(1)?;
            if order.get(position).is_some_and(|&i| key(i) == folded) {
                return Some(position);
            }
            slot = (slot + 1) & mask;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/// An old commune-level unit, by its position in [`OldUnits`] (stable for one asset).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct OldCommuneId(pub u16);

/// An old district, by its position in [`OldUnits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OldDistrictId(pub u16);

/// An old province, by its position in [`OldUnits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OldProvinceId(pub u8);

/// An old province (before 1/7/2025), as the statistics office's old list names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldProvince<'a> {
    /// Its position.
    pub id: OldProvinceId,
    /// Two-digit code (`91` Kiên Giang).
    pub code: u8,
    /// Tỉnh or Thành phố.
    pub kind: Option<OldProvinceKind>,
    /// "Tỉnh Kiên Giang".
    pub full_name: &'a str,
    /// "Kiên Giang".
    pub short_name: &'a str,
}

/// An old district.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldDistrict<'a> {
    /// Its position.
    pub id: OldDistrictId,
    /// Three-digit code (`905` Châu Thành, Kiên Giang).
    pub code: u16,
    /// Quận, Huyện, Thị xã or Thành phố.
    pub kind: Option<DistrictKind>,
    /// "Huyện Châu Thành".
    pub full_name: &'a str,
    /// "Châu Thành".
    pub short_name: &'a str,
    /// Its province.
    pub province: OldProvince<'a>,
}

/// An old commune, ward or township (or a district without communes: code `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldCommune<'a> {
    /// Its position.
    pub id: OldCommuneId,
    /// Five-digit code (`30892` Vĩnh Hòa Hiệp); `None` for the districts without communes.
    pub code: Option<u32>,
    /// Phường, Xã, Thị trấn, or none.
    pub kind: OldCommuneKind,
    /// "Xã Vĩnh Hòa Hiệp".
    pub full_name: &'a str,
    /// "Vĩnh Hòa Hiệp".
    pub short_name: &'a str,
    /// Its district.
    pub district: OldDistrict<'a>,
}

/// One new commune an old one went into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// The new commune's code.
    pub code: u32,
    /// How.
    pub transfer: Transfer,
}

impl OldUnits {
    /// The table's publication date, as written in the asset.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Number of old units (10,041: 10,035 communes, 5 districts without communes, 1 strip).
    pub fn commune_count(&self) -> usize {
        self.communes.len()
    }

    fn name(&self, span: Span) -> &str {
        span_str(&self.text, span)
    }

    /// The old province at this position.
    pub fn province(&self, id: OldProvinceId) -> Option<OldProvince<'_>> {
        let p = self.provinces.get(usize::from(id.0))?;
        Some(OldProvince {
            id,
            code: u8::try_from(p.code).unwrap_or(0),
            kind: kind_of(p.tag),
            full_name: self.name(p.full),
            short_name: self.name(p.short),
        })
    }

    /// The old district at this position.
    pub fn district(&self, id: OldDistrictId) -> Option<OldDistrict<'_>> {
        let d = self.districts.get(usize::from(id.0))?;
        Some(OldDistrict {
            id,
            code: u16::try_from(d.code).unwrap_or(0),
            kind: kind_of(d.tag),
            full_name: self.name(d.full),
            short_name: self.name(d.short),
            province: self.province(OldProvinceId(u8::try_from(d.parent).ok()?))?,
        })
    }

    /// The old commune at this position.
    pub fn commune(&self, id: OldCommuneId) -> Option<OldCommune<'_>> {
        let c = self.communes.get(usize::from(id.0))?;
        Some(OldCommune {
            id,
            code: (c.code != 0).then_some(c.code),
            kind: kind_of(c.tag).unwrap_or(OldCommuneKind::None),
            full_name: self.name(c.full),
            short_name: self.name(c.short),
            district: self.district(OldDistrictId(c.parent))?,
        })
    }

    /// Every old unit, in the table's order.
    pub fn communes(&self) -> impl Iterator<Item = OldCommune<'_>> + '_ {
        (0..self.communes.len())
            .filter_map(|i| u16::try_from(i).ok())
            .filter_map(|i| self.commune(OldCommuneId(i)))
    }

    /// The old commune with this code.
    pub fn commune_by_code(&self, code: u32) -> Option<OldCommuneId> {
        if code == 0 {
            return None;
        }
        // Codes ascend in the table's order except for the code-less units.
        let i = self.communes.iter().position(|c| c.code == code)?;
        u16::try_from(i).ok().map(OldCommuneId)
    }

    /// The new communes an old one went into, in the table's order.
    pub fn targets(&self, id: OldCommuneId) -> impl Iterator<Item = Target> + '_ {
        let range = self
            .communes
            .get(usize::from(id.0))
            .map_or((0, 0), |c| c.children);
        self.targets
            .get(range.0 as usize..range.1 as usize)
            .unwrap_or(&[])
            .iter()
            .filter_map(|t| {
                Some(Target {
                    code: self.new_communes.get(usize::from(t.new))?.code,
                    transfer: t.transfer,
                })
            })
    }

    /// A new commune's full name as on 1/7/2025 (the table's spelling; the app shows today's
    /// name from the units list, keyed by code).
    pub fn new_commune_name(&self, code: u32) -> Option<&str> {
        let i = self.new_index(code)?;
        self.new_communes
            .get(usize::from(i))
            .map(|n| self.name(n.full))
    }

    /// The table rebuilt row by row from the asset (for the round-trip test).
    pub fn rows(&self) -> Vec<SourceRow> {
        let mut rows = Vec::with_capacity(self.targets.len());
        for commune in self.communes() {
            let range = self
                .communes
                .get(usize::from(commune.id.0))
                .map_or((0, 0), |c| c.children);
            let records = self
                .targets
                .get(range.0 as usize..range.1 as usize)
                .unwrap_or(&[]);
            for (target, record) in self.targets(commune.id).zip(records) {
                let new = self
                    .new_index(target.code)
                    .and_then(|i| self.new_communes.get(usize::from(i)));
                let new_name = match record.respelled {
                    Some(span) => self.name(span),
                    None => new.map_or("", |n| self.name(n.full)),
                };
                rows.push(SourceRow {
                    old_province_code: commune.district.province.code,
                    old_province: commune.district.province.full_name.to_owned(),
                    old_district_code: commune.district.code,
                    old_district: commune.district.full_name.to_owned(),
                    old_commune_code: commune.code,
                    old_commune: commune.full_name.to_owned(),
                    new_province_code: new.map_or(0, |n| u8::try_from(n.parent).unwrap_or(0)),
                    new_commune_code: target.code,
                    new_commune: new_name.to_owned(),
                    transfer: target.transfer,
                });
            }
        }
        rows
    }

    /// The new province an old one went into (every old province went into exactly one).
    pub fn new_province_of(&self, id: OldProvinceId) -> Option<ProvinceCode> {
        self.new_of_old.get(usize::from(id.0)).copied().flatten()
    }

    fn compute_new_province_of(&self, id: OldProvinceId) -> Option<u8> {
        let p = self.provinces.get(usize::from(id.0))?;
        let district = self.districts.get(p.children.0 as usize)?;
        let commune = self.communes.get(district.children.0 as usize)?;
        let target = self.targets.get(commune.children.0 as usize)?;
        let new = self.new_communes.get(usize::from(target.new))?;
        u8::try_from(new.parent).ok()
    }

    /// The old provinces that make up a new one (An Giang: old An Giang and Kiên Giang).
    pub fn old_provinces_of(&self, new: ProvinceCode) -> &[OldProvinceId] {
        self.olds_of_new
            .get(usize::from(new.get()))
            .map_or(&[], Vec::as_slice)
    }

    pub(crate) fn new_index(&self, code: u32) -> Option<u16> {
        let i = self
            .new_communes
            .binary_search_by_key(&code, |n| n.code)
            .ok()?;
        u16::try_from(i).ok()
    }

    /// Whether some old unit satisfying `from` went (wholly or partly) into new commune `code`.
    pub(crate) fn feeds(&self, code: CommuneCode, from: impl Fn(OldCommuneId) -> bool) -> bool {
        let Some(new) = self.new_index(code.get()) else {
            return false;
        };
        let start = self.sources.partition_point(|&(n, _)| n < new);
        self.sources
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(n, _)| n == new)
            .any(|&(_, old)| from(OldCommuneId(old)))
    }

    /// Folded names with " - " inside, so an address split at " - " can put them back.
    pub(crate) fn hyphenated(&self) -> &[String] {
        &self.name_index().hyphenated
    }

    /// The districts' and communes' keys in key order, made on first use.
    fn name_index(&self) -> &NameIndex {
        self.names.get_or_init(|| NameIndex::new(self))
    }

    pub(crate) fn province_count(&self) -> usize {
        self.provinces.len()
    }

    pub(crate) fn province_keys(&self, id: OldProvinceId) -> (&str, &str) {
        self.province_keys
            .get(usize::from(id.0))
            .map_or(("", ""), |k| {
                (
                    span_str(&self.keys, k.folded),
                    span_str(&self.keys, k.accented),
                )
            })
    }

    pub(crate) fn district_accent(&self, i: u16) -> &str {
        Self::accent(&self.district_accents, &self.districts, &self.text, i)
    }

    pub(crate) fn commune_accent(&self, i: u16) -> &str {
        Self::accent(&self.commune_accents, &self.communes, &self.text, i)
    }

    /// Unit `i`'s accented key, made on first use.
    fn accent<'s>(
        accents: &'s [OnceLock<Box<str>>],
        units: &[UnitRec],
        text: &str,
        i: u16,
    ) -> &'s str {
        let (Some(cell), Some(unit)) = (accents.get(usize::from(i)), units.get(usize::from(i)))
        else {
            return "";
        };
        cell.get_or_init(|| accent_key(span_str(text, unit.short)).into())
    }

    pub(crate) fn district_tag(&self, i: u16) -> Option<DistrictKind> {
        self.districts
            .get(usize::from(i))
            .and_then(|d| kind_of(d.tag))
    }

    pub(crate) fn commune_tag(&self, i: u16) -> OldCommuneKind {
        self.communes
            .get(usize::from(i))
            .and_then(|c| kind_of(c.tag))
            .unwrap_or(OldCommuneKind::None)
    }

    pub(crate) fn district_province(&self, i: u16) -> u8 {
        self.districts
            .get(usize::from(i))
            .map_or(u8::MAX, |d| u8::try_from(d.parent).unwrap_or(u8::MAX))
    }

    pub(crate) fn commune_district(&self, i: u16) -> u16 {
        self.communes
            .get(usize::from(i))
            .map_or(u16::MAX, |c| c.parent)
    }

    /// Old districts whose folded short name is `folded`.
    pub(crate) fn districts_named<'s>(&'s self, folded: &'s str) -> impl Iterator<Item = u16> + 's {
        let names = self.name_index();
        names.equal(
            &names.districts_by_key,
            &names.district_keys,
            &names.district_starts,
            folded,
        )
    }

    /// Old communes whose folded short name is `folded`.
    pub(crate) fn communes_named<'s>(&'s self, folded: &'s str) -> impl Iterator<Item = u16> + 's {
        let names = self.name_index();
        names.equal(
            &names.communes_by_key,
            &names.commune_keys,
            &names.commune_starts,
            folded,
        )
    }

    /// Old communes that had this name before a 2019–2024 merger (alias key).
    pub(crate) fn ward_alias<'s>(&'s self, key: &'s str) -> impl Iterator<Item = u16> + 's {
        let start = self
            .ward_aliases
            .partition_point(|a| span_str(&self.keys, a.0) < key);
        self.ward_aliases
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |a| span_str(&self.keys, a.0) == key)
            .map(|a| a.1)
    }

    /// Old districts an older district name may mean, in one old province.
    pub(crate) fn district_alias(&self, key: &str, province: u8) -> Vec<u16> {
        let start = self
            .district_aliases
            .partition_point(|a| span_str(&self.keys, a.0) < key);
        self.district_aliases
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| span_str(&self.keys, a.0) == key)
            .filter(|a| a.1 == province)
            .flat_map(|a| {
                self.alias_districts
                    .get(a.2.0 as usize..a.2.1 as usize)
                    .unwrap_or(&[])
                    .iter()
                    .copied()
            })
            .collect()
    }

    /// The old province an abbreviation or older name means ("thuathienhue" → Huế).
    pub(crate) fn province_alias(&self, key: &str) -> Option<OldProvinceId> {
        let i = self
            .province_aliases
            .binary_search_by(|a| span_str(&self.keys, a.0).cmp(key))
            .ok()?;
        self.province_aliases.get(i).map(|a| OldProvinceId(a.1))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    proptest::proptest! {
        /// The packed sort gives what comparing whole keys gives, ties in position order: keys
        /// that share 14 bytes or more, that are prefixes of others, that repeat.
        #[test]
        fn positions_by_key_sorts_as_whole_keys_do(
            keys in proptest::collection::vec("(phuong 1|thi tran nong truong|xa)?[a-c 0-9]{0,20}", 0..300)
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let expected: Vec<u16> = order::sorted_positions(keys.len(), &|a, b| keys[a].cmp(keys[b]))
                .into_iter()
                .map(|p| u16::try_from(p).unwrap())
                .collect();
            proptest::prop_assert_eq!(positions_by_key(&keys), expected);
        }

        /// The hashed look-up finds the run a binary search finds, for keys of the order, keys
        /// it lacks (prefixes, extensions, empty) and repeated keys.
        #[test]
        fn key_starts_find_what_a_search_finds(
            keys in proptest::collection::vec("[a-c ]{0,6}", 0..200),
            probes in proptest::collection::vec("[a-d ]{0,7}", 0..50),
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let order = positions_by_key(&keys);
            let key = |i: u16| keys.get(usize::from(i)).copied().unwrap_or("");
            let starts = KeyStarts::new(&order, key);
            for probe in keys.iter().copied().chain(probes.iter().map(String::as_str)) {
                let searched = order.partition_point(|&i| key(i) < probe);
                let expected = order.get(searched).is_some_and(|&i| key(i) == probe).then_some(searched);
                proptest::prop_assert_eq!(starts.find(&order, key, probe), expected, "{:?}", probe);
            }
        }
    }

    /// On the shipped data: every commune's and district's name finds exactly the units of
    /// that name.
    #[test]
    fn every_name_of_the_asset_finds_its_units() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../www/data/old-units.bin"
        ))
        .expect("the committed asset");
        let data = OldUnits::decode(&bytes).expect("it decodes");
        fn by_name<'d>(names: &'d NameIndex, keys: &'d [Span]) -> BTreeMap<&'d str, Vec<u16>> {
            let mut groups: BTreeMap<&str, Vec<u16>> = BTreeMap::new();
            for i in (0..keys.len()).filter_map(|i| u16::try_from(i).ok()) {
                groups.entry(names.folded_key(keys, i)).or_default().push(i);
            }
            groups
        }
        let names = data.name_index();
        for (folded, units) in by_name(names, &names.commune_keys) {
            let mut found: Vec<u16> = data.communes_named(folded).collect();
            found.sort_unstable();
            assert_eq!(found, units, "{folded}");
        }
        for (folded, units) in by_name(names, &names.district_keys) {
            let mut found: Vec<u16> = data.districts_named(folded).collect();
            found.sort_unstable();
            assert_eq!(found, units, "{folded}");
        }
        assert_eq!(data.communes_named("no such commune").count(), 0);
    }
}
