//! Administrative units since 1/7/2025: 34 provinces and cities, 3,321 communes, wards and
//! special zones — Nghị quyết 202/2025/QH15 (provinces), Quyết định 19/2025/QĐ-TTg (codes).
//!
//! There are no districts any more: a commune belongs directly to its province. Codes and names
//! come from the snapshot `tests/data/vn-units-2026-09-20.json` (the public
//! vietnamese-provinces-database project, MIT licence, built from the General Statistics Office's
//! list, with the changes to 20/9/2026 applied; `tests/data/README.md`), compiled into the compact text table `units_data.txt` by the ignored test
//! `cargo test --test units -- --ignored regenerate_units_table`. The table is decoded once, on
//! first use.
//!
//! Names are kept exactly as in the data (the table can carry a full name that is not "kind +
//! short name"; the 25/7/2026 snapshot had one, "xã Bắc Sơn"). Search and matching fold case, tones and modifiers, so "ba dinh", "Phường Ba Đình" and
//! "P. Ba Đình" all find Phường Ba Đình.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::date::ymd;
use crate::digits::{ascii_digit_of, digit_value};
use crate::order;

/// The date of the data snapshot (20/09/2026); show it in the UI next to any unit name.
pub const DATA_DATE: NaiveDate = ymd(2026, 9, 20);

/// Number of province-level units (Nghị quyết 202/2025/QH15 Art. 1: 28 provinces + 6 cities).
pub const PROVINCE_COUNT: usize = 34;

/// Number of commune-level units in the snapshot.
pub const COMMUNE_COUNT: usize = 3321;

/// Provinces the snapshot names as centrally-run cities that were provinces until a recent date,
/// with unchanged boundaries and codes (docs/rules.md §2.4, data README): Quảng Ninh from 1/9/2026,
/// Bắc Ninh from 20/9/2026. Đồng Nai (30/4/2026) is a city in every snapshot the app has shipped.
const BECAME_CITY: [(u8, NaiveDate); 2] = [(22, ymd(2026, 9, 1)), (24, ymd(2026, 9, 20))];

/// The compiled table (format in [`decode`]).
const TABLE_TEXT: &str = include_str!("units_data.txt");

/// The compact table exactly as embedded in the binary, for the size benchmark and the
/// regeneration test.
pub fn embedded_table() -> &'static str {
    TABLE_TEXT
}

/// Longest input we look at for a code, a name or a search query, in bytes.
const MAX_INPUT_BYTES: usize = 200;

// ---------------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------------

/// Kind of a province-level unit (Nghị quyết 202/2025/QH15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProvinceKind {
    /// Tỉnh.
    Province,
    /// Thành phố (centrally-run city).
    City,
}

impl ProvinceKind {
    /// The official prefix of the full name ("Tỉnh", "Thành phố"); part of the name, not UI text.
    pub const fn prefix(self) -> &'static str {
        match self {
            ProvinceKind::Province => "Tỉnh",
            ProvinceKind::City => "Thành phố",
        }
    }

    /// The one-character tag used in the compact table.
    pub const fn tag(self) -> char {
        match self {
            ProvinceKind::Province => 'T',
            ProvinceKind::City => 'C',
        }
    }

    /// Reads a compact-table tag.
    pub const fn from_tag(tag: char) -> Option<ProvinceKind> {
        match tag {
            'T' => Some(ProvinceKind::Province),
            'C' => Some(ProvinceKind::City),
            _ => None,
        }
    }
}

/// Kind of a commune-level unit (Luật Tổ chức chính quyền địa phương 2025 Art. 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommuneKind {
    /// Phường (urban ward).
    Ward,
    /// Xã (rural commune).
    Commune,
    /// Đặc khu (special zone, islands).
    SpecialZone,
}

impl CommuneKind {
    /// All kinds, in the order the table's tags list them.
    pub const ALL: [CommuneKind; 3] = [
        CommuneKind::Ward,
        CommuneKind::Commune,
        CommuneKind::SpecialZone,
    ];

    /// The official prefix of the full name ("Phường", "Xã", "Đặc khu").
    pub const fn prefix(self) -> &'static str {
        match self {
            CommuneKind::Ward => "Phường",
            CommuneKind::Commune => "Xã",
            CommuneKind::SpecialZone => "Đặc khu",
        }
    }

    /// The one-character tag used in the compact table.
    pub const fn tag(self) -> char {
        match self {
            CommuneKind::Ward => 'p',
            CommuneKind::Commune => 'x',
            CommuneKind::SpecialZone => 'd',
        }
    }

    /// Reads a compact-table tag.
    pub const fn from_tag(tag: char) -> Option<CommuneKind> {
        match tag {
            'p' => Some(CommuneKind::Ward),
            'x' => Some(CommuneKind::Commune),
            'd' => Some(CommuneKind::SpecialZone),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

/// A province code that exists in the table: two digits, `"01"` (Hà Nội) to `"96"` (Cà Mau).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u8", into = "u8")]
pub struct ProvinceCode(u8);

/// Why a text is not a province code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProvinceCodeError {
    /// Nothing but spaces.
    Empty,
    /// Far longer than a code (more than 200 bytes).
    TooLong,
    /// A character other than a digit.
    NotDigit {
        /// The first offending character.
        found: char,
    },
    /// More than 2 digits.
    TooManyDigits {
        /// How many digits were given.
        found: usize,
    },
    /// Well formed, but no province has this code (e.g. `02`, Hà Giang before 1/7/2025).
    Unknown {
        /// The code read.
        code: u8,
    },
}

impl fmt::Display for ProvinceCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProvinceCodeError::Empty => f.write_str("empty province code"),
            ProvinceCodeError::TooLong => f.write_str("province code input too long"),
            ProvinceCodeError::NotDigit { found } => {
                write!(f, "non-digit {found:?} in province code")
            }
            ProvinceCodeError::TooManyDigits { found } => {
                write!(f, "province code has {found} digits, expected 2")
            }
            ProvinceCodeError::Unknown { code } => write!(f, "no province with code {code:02}"),
        }
    }
}

impl std::error::Error for ProvinceCodeError {}

impl ProvinceCode {
    /// The province code with this number.
    ///
    /// # Errors
    /// [`ProvinceCodeError::Unknown`] when no province has it: `ProvinceCode::new(2)`, `new(0)`.
    pub fn new(code: u8) -> Result<ProvinceCode, ProvinceCodeError> {
        if table().province_index(code).is_some() {
            Ok(ProvinceCode(code))
        } else {
            Err(ProvinceCodeError::Unknown { code })
        }
    }

    /// Reads a province code: surrounding spaces ignored, full-width digits accepted, and a lost
    /// leading zero tolerated (`"1"` is `01`: spreadsheets store codes as numbers).
    ///
    /// # Errors
    /// - `""`, `"  "` → [`ProvinceCodeError::Empty`];
    /// - `"0a"`, `"1.0"` → [`ProvinceCodeError::NotDigit`];
    /// - `"001"` → [`ProvinceCodeError::TooManyDigits`];
    /// - `"02"`, `"00"` → [`ProvinceCodeError::Unknown`];
    /// - more than 200 bytes → [`ProvinceCodeError::TooLong`].
    pub fn parse(text: &str) -> Result<ProvinceCode, ProvinceCodeError> {
        match read_digits(text, 2) {
            Ok(value) => ProvinceCode::new(u8::try_from(value).unwrap_or(u8::MAX)),
            Err(DigitsError::Empty) => Err(ProvinceCodeError::Empty),
            Err(DigitsError::TooLong) => Err(ProvinceCodeError::TooLong),
            Err(DigitsError::NotDigit(found)) => Err(ProvinceCodeError::NotDigit { found }),
            Err(DigitsError::TooMany(found)) => Err(ProvinceCodeError::TooManyDigits { found }),
        }
    }

    /// The number (`1` for `"01"`).
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl fmt::Display for ProvinceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

impl FromStr for ProvinceCode {
    type Err = ProvinceCodeError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ProvinceCode::parse(text)
    }
}

impl TryFrom<u8> for ProvinceCode {
    type Error = ProvinceCodeError;
    fn try_from(code: u8) -> Result<Self, Self::Error> {
        ProvinceCode::new(code)
    }
}

impl From<ProvinceCode> for u8 {
    fn from(code: ProvinceCode) -> u8 {
        code.0
    }
}

/// A commune code that exists in the table: five digits with leading zeros, `"00004"` (Phường
/// Ba Đình) to `"32248"`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct CommuneCode(u32);

/// Why a text is not a commune code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommuneCodeError {
    /// Nothing but spaces.
    Empty,
    /// Far longer than a code (more than 200 bytes).
    TooLong,
    /// A character other than a digit.
    NotDigit {
        /// The first offending character.
        found: char,
    },
    /// More than 5 digits.
    TooManyDigits {
        /// How many digits were given.
        found: usize,
    },
    /// Well formed, but no commune has this code (e.g. a code from before 1/7/2025).
    Unknown {
        /// The code read.
        code: u32,
    },
}

impl fmt::Display for CommuneCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommuneCodeError::Empty => f.write_str("empty commune code"),
            CommuneCodeError::TooLong => f.write_str("commune code input too long"),
            CommuneCodeError::NotDigit { found } => {
                write!(f, "non-digit {found:?} in commune code")
            }
            CommuneCodeError::TooManyDigits { found } => {
                write!(f, "commune code has {found} digits, expected 5")
            }
            CommuneCodeError::Unknown { code } => write!(f, "no commune with code {code:05}"),
        }
    }
}

impl std::error::Error for CommuneCodeError {}

impl CommuneCode {
    /// The commune code with this number.
    ///
    /// # Errors
    /// [`CommuneCodeError::Unknown`] when no commune has it: `CommuneCode::new(1)`, `new(99999)`.
    pub fn new(code: u32) -> Result<CommuneCode, CommuneCodeError> {
        if table().commune_index(code).is_some() {
            Ok(CommuneCode(code))
        } else {
            Err(CommuneCodeError::Unknown { code })
        }
    }

    /// Reads a commune code: surrounding spaces ignored, full-width digits accepted, and lost
    /// leading zeros tolerated (`"4"` is `00004`: spreadsheets store codes as numbers).
    ///
    /// # Errors
    /// - `""` → [`CommuneCodeError::Empty`];
    /// - `"0000A"`, `"4.0"` → [`CommuneCodeError::NotDigit`];
    /// - `"000004"` → [`CommuneCodeError::TooManyDigits`];
    /// - `"00001"`, `"99999"` → [`CommuneCodeError::Unknown`];
    /// - more than 200 bytes → [`CommuneCodeError::TooLong`].
    pub fn parse(text: &str) -> Result<CommuneCode, CommuneCodeError> {
        match read_digits(text, 5) {
            Ok(value) => CommuneCode::new(value),
            Err(DigitsError::Empty) => Err(CommuneCodeError::Empty),
            Err(DigitsError::TooLong) => Err(CommuneCodeError::TooLong),
            Err(DigitsError::NotDigit(found)) => Err(CommuneCodeError::NotDigit { found }),
            Err(DigitsError::TooMany(found)) => Err(CommuneCodeError::TooManyDigits { found }),
        }
    }

    /// The number (`4` for `"00004"`).
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for CommuneCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05}", self.0)
    }
}

impl FromStr for CommuneCode {
    type Err = CommuneCodeError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        CommuneCode::parse(text)
    }
}

impl TryFrom<u32> for CommuneCode {
    type Error = CommuneCodeError;
    fn try_from(code: u32) -> Result<Self, Self::Error> {
        CommuneCode::new(code)
    }
}

impl From<CommuneCode> for u32 {
    fn from(code: CommuneCode) -> u32 {
        code.0
    }
}

enum DigitsError {
    Empty,
    TooLong,
    NotDigit(char),
    TooMany(usize),
}

/// Reads at most `width` decimal digits (ASCII or full-width), surrounded by optional spaces.
fn read_digits(text: &str, width: usize) -> Result<u32, DigitsError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(DigitsError::TooLong);
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DigitsError::Empty);
    }
    let mut value: u32 = 0;
    let mut count = 0;
    for c in trimmed.chars() {
        let digit = u32::from(digit_value(c).ok_or(DigitsError::NotDigit(c))?);
        count += 1;
        // Bounded by MAX_INPUT_BYTES, so no overflow of `count`; the value saturates.
        value = value.saturating_mul(10).saturating_add(digit);
    }
    if count > width {
        return Err(DigitsError::TooMany(count));
    }
    Ok(value)
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

/// A province or centrally-run city (Nghị quyết 202/2025/QH15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Province {
    /// Two-digit code.
    pub code: ProvinceCode,
    /// Kind on [`DATA_DATE`]; use [`Province::kind_on`] for another day.
    pub kind: ProvinceKind,
    /// Full name on [`DATA_DATE`], exactly as in the data: "Thành phố Hà Nội", "Tỉnh Thanh Hoá".
    pub full_name: &'static str,
    /// Name without "Tỉnh "/"Thành phố ": "Hà Nội", "Thanh Hoá".
    pub short_name: &'static str,
    communes: (u16, u16),
}

impl Province {
    /// The kind on `date`: Quảng Ninh became a city on 1/9/2026 and Bắc Ninh on 20/9/2026, with
    /// unchanged boundaries and codes (data README); before those days they were provinces. Any
    /// other province has the snapshot's kind (Đồng Nai shows as a city on every date).
    pub fn kind_on(&self, date: NaiveDate) -> ProvinceKind {
        let still_a_province = BECAME_CITY
            .iter()
            .any(|&(code, from)| code == self.code.0 && date < from);
        if still_a_province {
            ProvinceKind::Province
        } else {
            self.kind
        }
    }

    /// The full name to show on `date` (the product's "today"): "Tỉnh Quảng Ninh" before
    /// 1/9/2026, "Thành phố Quảng Ninh" from then on.
    pub fn display_name_on(&self, date: NaiveDate) -> Cow<'static, str> {
        let kind = self.kind_on(date);
        if kind == self.kind {
            Cow::Borrowed(self.full_name)
        } else {
            Cow::Owned(format!("{} {}", kind.prefix(), self.short_name))
        }
    }

    /// The province's communes, wards and special zones, in the data's order.
    pub fn communes(&self) -> &'static [Commune] {
        let (start, end) = self.communes;
        table()
            .communes
            .get(usize::from(start)..usize::from(end))
            .unwrap_or(&[])
    }
}

/// A commune, ward or special zone (Nghị quyết 202/2025/QH15; codes from Quyết định
/// 19/2025/QĐ-TTg).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Commune {
    /// Five-digit code.
    pub code: CommuneCode,
    /// Phường, Xã or Đặc khu.
    pub kind: CommuneKind,
    /// Full name exactly as in the data: "Phường Ba Đình", "Đặc khu Vân Đồn".
    pub full_name: &'static str,
    /// Name without the kind: "Ba Đình", "Bắc Sơn".
    pub short_name: &'static str,
    /// The province it belongs to.
    pub province: ProvinceCode,
}

/// All 34 provinces and cities, by code.
pub fn provinces() -> &'static [Province] {
    &table().provinces
}

/// The province with this code.
pub fn province(code: ProvinceCode) -> Option<&'static Province> {
    let table = table();
    table
        .province_index(code.0)
        .and_then(|i| table.provinces.get(i))
}

/// The communes of a province, in the data's order (empty for an unknown code).
pub fn communes_of(code: ProvinceCode) -> &'static [Commune] {
    province(code).map_or(&[], Province::communes)
}

/// All 3,321 communes, grouped by province, in the data's order.
pub fn communes() -> &'static [Commune] {
    &table().communes
}

/// The commune with this code.
pub fn commune(code: CommuneCode) -> Option<&'static Commune> {
    let table = table();
    table
        .commune_index(code.0)
        .and_then(|i| table.communes.get(i))
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// Why the compact table does not decode (only the regeneration test can produce one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// The first line is not `units <date> <provinces> <communes>`.
    BadHeader,
    /// A line that does not follow the format.
    BadLine {
        /// 1-based line number in the table.
        line: usize,
    },
    /// The counts in the header do not match the lines.
    WrongCount,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::BadHeader => f.write_str("units table: bad header line"),
            TableError::BadLine { line } => write!(f, "units table: bad line {line}"),
            TableError::WrongCount => f.write_str("units table: counts differ from the header"),
        }
    }
}

impl std::error::Error for TableError {}

/// One unit as written in the compact table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedUnit {
    /// The code (2 or 5 digits).
    pub code: u32,
    /// The kind tag (`T`, `C`, `p`, `x`, `d`).
    pub tag: char,
    /// The full name, exactly as in the data.
    pub full_name: String,
    /// The name without the kind.
    pub short_name: String,
}

/// The compact table, decoded into plain values (used by [`table`] and the regeneration test).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The snapshot date written in the header.
    pub date: NaiveDate,
    /// Each province with its communes, in table order.
    pub provinces: Vec<(DecodedUnit, Vec<DecodedUnit>)>,
}

/// Decodes the compact table.
///
/// Format, one unit a line (`\n`), UTF-8:
/// - header `units <yyyy-mm-dd> <province count> <commune count>`;
/// - a province: its kind tag (`T` Tỉnh, `C` Thành phố), its 2-digit code, a space, its short name;
/// - then its communes: kind tag (`p` Phường, `x` Xã, `d` Đặc khu), the code as a signed decimal
///   difference from the previous commune's code (the first from 0), a space, the short name;
/// - any line may end with `|` and a full name that differs from "prefix + short name" (none in
///   the 20/9/2026 snapshot; the 25/7/2026 one had "xã Bắc Sơn").
///
/// # Errors
/// [`TableError`] for a table that does not follow this format (a bad header, an unknown tag, a
/// code out of range, counts that differ from the header).
pub fn decode(text: &str) -> Result<Decoded, TableError> {
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().ok_or(TableError::BadHeader)?;
    let mut words = header.split(' ');
    if words.next() != Some("units") {
        return Err(TableError::BadHeader);
    }
    let date = words
        .next()
        .and_then(parse_iso_date)
        .ok_or(TableError::BadHeader)?;
    let mut count = || {
        words
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or(TableError::BadHeader)
    };
    let (province_count, commune_count) = (count()?, count()?);

    let mut provinces: Vec<(DecodedUnit, Vec<DecodedUnit>)> = Vec::with_capacity(province_count);
    let mut previous_code: i64 = 0;
    let mut communes_seen = 0;
    for (index, line) in lines {
        let bad = TableError::BadLine { line: index + 1 };
        let mut chars = line.chars();
        let tag = chars.next().ok_or(bad.clone())?;
        let (head, short_name) = chars.as_str().split_once(' ').ok_or(bad.clone())?;
        let (short_name, full_override) = match short_name.split_once('|') {
            Some((short, full)) => (short, Some(full)),
            None => (short_name, None),
        };
        if let Some(kind) = ProvinceKind::from_tag(tag) {
            let code = head
                .parse::<u32>()
                .ok()
                .filter(|c| head.len() == 2 && *c < 100)
                .ok_or(bad)?;
            let full_name =
                full_override.map_or_else(|| join_name(kind.prefix(), short_name), str::to_owned);
            let unit = DecodedUnit {
                code,
                tag,
                full_name,
                short_name: short_name.to_owned(),
            };
            provinces.push((unit, Vec::new()));
        } else if let Some(kind) = CommuneKind::from_tag(tag) {
            let delta = head.parse::<i64>().map_err(|_| bad.clone())?;
            let code = previous_code
                .checked_add(delta)
                .filter(|c| (0..100_000).contains(c))
                .ok_or(bad.clone())?;
            previous_code = code;
            let full_name =
                full_override.map_or_else(|| join_name(kind.prefix(), short_name), str::to_owned);
            let code = u32::try_from(code).map_err(|_| bad.clone())?;
            let unit = DecodedUnit {
                code,
                tag,
                full_name,
                short_name: short_name.to_owned(),
            };
            provinces.last_mut().ok_or(bad)?.1.push(unit);
            communes_seen += 1;
        } else {
            return Err(bad);
        }
    }
    if provinces.len() != province_count || communes_seen != commune_count {
        return Err(TableError::WrongCount);
    }
    Ok(Decoded { date, provinces })
}

/// `yyyy-mm-dd` (chrono's own parser would add its format machinery to the Wasm binary).
fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The full name from its kind prefix and short name.
fn join_name(prefix: &str, short_name: &str) -> String {
    let mut full = String::with_capacity(prefix.len() + 1 + short_name.len());
    full.push_str(prefix);
    full.push(' ');
    full.push_str(short_name);
    full
}

/// Encodes units into the compact table (inverse of [`decode`]; used by the regeneration test).
pub fn encode(decoded: &Decoded) -> String {
    let commune_count: usize = decoded.provinces.iter().map(|(_, c)| c.len()).sum();
    let mut out = format!(
        "units {} {} {}\n",
        crate::date::format_date(decoded.date, crate::date::DateFormat::Iso),
        decoded.provinces.len(),
        commune_count
    );
    let mut previous_code: i64 = 0;
    let push_name = |out: &mut String, unit: &DecodedUnit, prefix: &str| {
        out.push(' ');
        out.push_str(&unit.short_name);
        if unit.full_name != format!("{prefix} {}", unit.short_name) {
            out.push('|');
            out.push_str(&unit.full_name);
        }
        out.push('\n');
    };
    for (province, communes) in &decoded.provinces {
        let prefix = ProvinceKind::from_tag(province.tag).map_or("", ProvinceKind::prefix);
        out.push(province.tag);
        out.push_str(&format!("{:02}", province.code));
        push_name(&mut out, province, prefix);
        for commune in communes {
            let prefix = CommuneKind::from_tag(commune.tag).map_or("", CommuneKind::prefix);
            out.push(commune.tag);
            out.push_str(&(i64::from(commune.code) - previous_code).to_string());
            previous_code = i64::from(commune.code);
            push_name(&mut out, commune, prefix);
        }
    }
    out
}

/// The decoded names, kept for the life of the page so units can hand out `&'static str`.
struct Names {
    /// Every full and short name, concatenated.
    text: String,
    /// Per province, then per commune in table order: (full, short) byte ranges into `text`.
    provinces: Vec<DecodedRanges>,
    communes: Vec<DecodedRanges>,
}

struct DecodedRanges {
    code: u32,
    tag: char,
    full: (usize, usize),
    short: (usize, usize),
    /// For a province: its communes' range in `communes`.
    children: (u16, u16),
}

/// Per-commune search keys (ranges into [`SearchIndex::keys`]).
struct SearchKeys {
    /// Folded short name, punctuation as spaces: "ba dinh", "ea hleo".
    short: (u32, u32),
    /// Folded full name: "phuong ba dinh".
    full: (u32, u32),
    /// Short name with modifiers kept and each word's tone at its end: "ba ddinh`".
    accented: (u32, u32),
}

struct Table {
    provinces: Vec<Province>,
    communes: Vec<Commune>,
    /// Indices into `communes`, sorted by code.
    by_code: Vec<u16>,
}

/// Folded names for search and matching, built on the first search (not for code look-ups).
struct SearchIndex {
    keys: String,
    /// Per commune, in [`Table::communes`] order.
    search: Vec<SearchKeys>,
    /// Indices into `communes` sorted by folded short name, then by accent key: whole-name
    /// matching is a binary search.
    by_short: Vec<u16>,
    by_accented: Vec<u16>,
    /// Folded short names of the provinces, for [`match_province_name`].
    province_keys: Vec<String>,
}

impl Table {
    fn province_index(&self, code: u8) -> Option<usize> {
        self.provinces
            .binary_search_by(|p| p.code.0.cmp(&code))
            .ok()
    }

    fn commune_index(&self, code: u32) -> Option<usize> {
        let position = self
            .by_code
            .binary_search_by(|&i| {
                self.communes
                    .get(usize::from(i))
                    .map_or(Ordering::Less, |c| c.code.0.cmp(&code))
            })
            .ok()?;
        self.by_code.get(position).map(|&i| usize::from(i))
    }

    /// The communes at these indices, without repeats, ordered by code.
    fn by_code_order(&'static self, mut indices: Vec<usize>) -> Vec<&'static Commune> {
        order::sort_by(&mut indices, |&a, &b| {
            let code = |i: usize| self.communes.get(i).map(|c| c.code);
            code(a).cmp(&code(b))
        });
        indices.dedup();
        indices
            .iter()
            .filter_map(|&i| self.communes.get(i))
            .collect()
    }

    /// The communes of one province (or all), and the index of the first in `communes`.
    fn scope(&self, province: Option<ProvinceCode>) -> (&[Commune], usize) {
        match province {
            None => (&self.communes, 0),
            Some(code) => {
                let (start, end) = self
                    .province_index(code.0)
                    .and_then(|i| self.provinces.get(i))
                    .map_or((0, 0), |p| p.communes);
                let (start, end) = (usize::from(start), usize::from(end));
                (self.communes.get(start..end).unwrap_or(&[]), start)
            }
        }
    }
}

impl SearchIndex {
    fn key(&self, range: (u32, u32)) -> &str {
        let (start, end) = range;
        self.keys.get(start as usize..end as usize).unwrap_or("")
    }

    /// The communes whose key (picked by `which`) equals `wanted`, through the sorted `order`.
    fn equal<'a>(
        &'a self,
        order: &'a [u16],
        which: fn(&SearchKeys) -> (u32, u32),
        wanted: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        let key_of = move |i: u16| {
            self.search
                .get(usize::from(i))
                .map_or("", |keys| self.key(which(keys)))
        };
        let start = order.partition_point(|&i| key_of(i) < wanted);
        order
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |&&i| key_of(i) == wanted)
            .map(|&i| usize::from(i))
    }
}

fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let table = table();
        let mut keys = String::new();
        let mut push_key = |key: String| {
            let start = u32::try_from(keys.len()).unwrap_or(u32::MAX);
            keys.push_str(&key);
            (start, u32::try_from(keys.len()).unwrap_or(u32::MAX))
        };
        let search: Vec<SearchKeys> = table
            .communes
            .iter()
            .map(|c| SearchKeys {
                short: push_key(search_key(c.short_name)),
                full: push_key(search_key(c.full_name)),
                accented: push_key(accent_key(c.short_name)),
            })
            .collect();
        let key = |range: (u32, u32)| keys.get(range.0 as usize..range.1 as usize).unwrap_or("");
        let sorted_by = |which: fn(&SearchKeys) -> (u32, u32)| {
            let mut sorted: Vec<u16> = (0..search.len())
                .filter_map(|i| u16::try_from(i).ok())
                .collect();
            let key_of = |i: u16| search.get(usize::from(i)).map_or("", |k| key(which(k)));
            order::sort_by(&mut sorted, |&a, &b| key_of(a).cmp(key_of(b)));
            sorted
        };
        let by_short = sorted_by(|k| k.short);
        let by_accented = sorted_by(|k| k.accented);
        let province_keys = table
            .provinces
            .iter()
            .map(|p| search_key(p.short_name))
            .collect();
        SearchIndex {
            keys,
            search,
            by_short,
            by_accented,
            province_keys,
        }
    })
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        // The table is generated and checked by `tests/units.rs`; a broken one shows no units
        // rather than panicking.
        let decoded = decode(TABLE_TEXT).unwrap_or(Decoded {
            date: DATA_DATE,
            provinces: Vec::new(),
        });
        let mut names = Names {
            text: String::new(),
            provinces: Vec::new(),
            communes: Vec::new(),
        };
        let push = |text: &mut String, unit: &DecodedUnit, children: (u16, u16)| {
            let full = (text.len(), text.len() + unit.full_name.len());
            text.push_str(&unit.full_name);
            let short = (text.len(), text.len() + unit.short_name.len());
            text.push_str(&unit.short_name);
            DecodedRanges {
                code: unit.code,
                tag: unit.tag,
                full,
                short,
                children,
            }
        };
        for (province, communes) in &decoded.provinces {
            let start = u16::try_from(names.communes.len()).unwrap_or(u16::MAX);
            for commune in communes {
                let ranges = push(&mut names.text, commune, (0, 0));
                names.communes.push(ranges);
            }
            let end = u16::try_from(names.communes.len()).unwrap_or(u16::MAX);
            let ranges = push(&mut names.text, province, (start, end));
            names.provinces.push(ranges);
        }
        names
    })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let names = names();
        let name = |range: (usize, usize)| names.text.get(range.0..range.1).unwrap_or("");
        let provinces: Vec<Province> = names
            .provinces
            .iter()
            .map(|p| Province {
                code: ProvinceCode(u8::try_from(p.code).unwrap_or(0)),
                kind: ProvinceKind::from_tag(p.tag).unwrap_or(ProvinceKind::Province),
                full_name: name(p.full),
                short_name: name(p.short),
                communes: p.children,
            })
            .collect();
        // The table lists provinces by code (checked by `tests/units.rs`): binary search works.
        let mut communes = Vec::with_capacity(names.communes.len());
        for province in &names.provinces {
            let (start, end) = province.children;
            for c in names
                .communes
                .get(usize::from(start)..usize::from(end))
                .unwrap_or(&[])
            {
                communes.push(Commune {
                    code: CommuneCode(c.code),
                    kind: CommuneKind::from_tag(c.tag).unwrap_or(CommuneKind::Commune),
                    full_name: name(c.full),
                    short_name: name(c.short),
                    province: ProvinceCode(u8::try_from(province.code).unwrap_or(0)),
                });
            }
        }
        // Five-digit codes (below 2^17) and 3,321 communes (below 2^15): each (code, position)
        // packs into one u32, sorted without an indirect comparison (the table is built on its
        // first use, on every page that reads a commune). `tests/units.rs` finds every commune
        // by its code.
        let mut packed: Vec<u32> = communes
            .iter()
            .zip(0u32..)
            .map(|(c, i)| (c.code.0 << 15) | i)
            .collect();
        packed.sort_unstable();
        let by_code: Vec<u16> = packed
            .into_iter()
            .filter_map(|p| u16::try_from(p & 0x7FFF).ok())
            .collect();
        Table {
            provinces,
            communes,
            by_code,
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------------------------

/// A Latin letter split into its base, its Vietnamese modifier and its tone.
#[derive(Clone, Copy)]
struct Letter {
    base: char,
    /// 0 none, 1 circumflex (â ê ô), 2 breve (ă), 3 horn (ơ ư), 4 stroke (đ).
    modifier: u8,
    /// 0 none (ngang), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
    tone: u8,
}

enum Piece {
    Letter(Letter),
    /// A combining tone mark (text typed in decomposed form).
    CombiningTone(u8),
    /// A combining modifier (circumflex, breve, horn).
    CombiningModifier(u8),
    /// Any other combining mark: dropped.
    OtherMark,
    Other(char),
}

/// U+1EA0..=U+1EF9, by pair (upper, lower): base, modifier, tone.
const VIETNAMESE_BLOCK: [(u8, u8, u8); 45] = [
    (b'a', 0, 5),
    (b'a', 0, 3),
    (b'a', 1, 2),
    (b'a', 1, 1),
    (b'a', 1, 3),
    (b'a', 1, 4),
    (b'a', 1, 5),
    (b'a', 2, 2),
    (b'a', 2, 1),
    (b'a', 2, 3),
    (b'a', 2, 4),
    (b'a', 2, 5),
    (b'e', 0, 5),
    (b'e', 0, 3),
    (b'e', 0, 4),
    (b'e', 1, 2),
    (b'e', 1, 1),
    (b'e', 1, 3),
    (b'e', 1, 4),
    (b'e', 1, 5),
    (b'i', 0, 3),
    (b'i', 0, 5),
    (b'o', 0, 5),
    (b'o', 0, 3),
    (b'o', 1, 2),
    (b'o', 1, 1),
    (b'o', 1, 3),
    (b'o', 1, 4),
    (b'o', 1, 5),
    (b'o', 3, 2),
    (b'o', 3, 1),
    (b'o', 3, 3),
    (b'o', 3, 4),
    (b'o', 3, 5),
    (b'u', 0, 5),
    (b'u', 0, 3),
    (b'u', 3, 2),
    (b'u', 3, 1),
    (b'u', 3, 3),
    (b'u', 3, 4),
    (b'u', 3, 5),
    (b'y', 0, 1),
    (b'y', 0, 5),
    (b'y', 0, 3),
    (b'y', 0, 4),
];

/// U+00C0..=U+00DF (upper; lower case is +0x20): base (0 = not a letter to fold), modifier, tone.
const LATIN1_BLOCK: [(u8, u8, u8); 32] = [
    (b'a', 0, 1),
    (b'a', 0, 2),
    (b'a', 1, 0),
    (b'a', 0, 4),
    (b'a', 0, 0),
    (b'a', 0, 0),
    (0, 0, 0),
    (b'c', 0, 0),
    (b'e', 0, 1),
    (b'e', 0, 2),
    (b'e', 1, 0),
    (b'e', 0, 0),
    (b'i', 0, 1),
    (b'i', 0, 2),
    (b'i', 0, 0),
    (b'i', 0, 0),
    // Ð (eth) is often typed for Đ.
    (b'd', 4, 0),
    (b'n', 0, 0),
    (b'o', 0, 1),
    (b'o', 0, 2),
    (b'o', 1, 0),
    (b'o', 0, 4),
    (b'o', 0, 0),
    (0, 0, 0),
    (b'o', 0, 0),
    (b'u', 0, 1),
    (b'u', 0, 2),
    (b'u', 0, 0),
    (b'u', 0, 0),
    (b'y', 0, 2),
    (0, 0, 0),
    (0, 0, 0),
];

fn letter(base: u8, modifier: u8, tone: u8) -> Piece {
    Piece::Letter(Letter {
        base: char::from(base),
        modifier,
        tone,
    })
}

fn piece(c: char) -> Piece {
    let code = u32::from(c);
    match code {
        0x41..=0x5A | 0x61..=0x7A => Piece::Letter(Letter {
            base: c.to_ascii_lowercase(),
            modifier: 0,
            tone: 0,
        }),
        0xC0..=0xFF => {
            let index = (code & 0x1F) as usize;
            match LATIN1_BLOCK.get(index) {
                Some(&(base, modifier, tone)) if base != 0 && code != 0xF7 => {
                    letter(base, modifier, tone)
                }
                _ if code == 0xFF => letter(b'y', 0, 0),
                _ => Piece::Other(c.to_lowercase().next().unwrap_or(c)),
            }
        }
        0x102 | 0x103 => letter(b'a', 2, 0),
        0x110 | 0x111 => letter(b'd', 4, 0),
        0x128 | 0x129 => letter(b'i', 0, 4),
        0x168 | 0x169 => letter(b'u', 0, 4),
        0x1A0 | 0x1A1 => letter(b'o', 3, 0),
        0x1AF | 0x1B0 => letter(b'u', 3, 0),
        0x1EA0..=0x1EF9 => match VIETNAMESE_BLOCK.get(((code - 0x1EA0) / 2) as usize) {
            Some(&(base, modifier, tone)) => letter(base, modifier, tone),
            None => Piece::Other(c),
        },
        0x300 | 0x340 => Piece::CombiningTone(1),
        0x301 | 0x341 => Piece::CombiningTone(2),
        0x309 => Piece::CombiningTone(3),
        0x303 => Piece::CombiningTone(4),
        0x323 => Piece::CombiningTone(5),
        0x302 => Piece::CombiningModifier(1),
        0x306 => Piece::CombiningModifier(2),
        0x31B => Piece::CombiningModifier(3),
        0x300..=0x36F => Piece::OtherMark,
        0xFF10..=0xFF19 => Piece::Other(ascii_digit_of(c)),
        _ => Piece::Other(c.to_lowercase().next().unwrap_or(c)),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`')
}

/// The folded form used for search: [`fold`](crate::text::fold), apostrophes and backticks dropped ("Ea H'Leo" →
/// "ea hleo") and other punctuation as spaces ("Văn Miếu - Quốc Tử Giám" → "van mieu quoc tu
/// giam"); see [`crate::text::fold_words`].
pub fn search_key(text: &str) -> String {
    crate::text::fold_words(text)
}

/// Like [`search_key`] but keeping what tells similar names apart: modifiers as VIQR-style
/// marks (â → `a^`, ă → `a(`, ơ → `o+`, đ → `dd`) and each word's tone at the word's end, so the
/// old and new tone placements agree ("Thanh Hoá" and "Thanh Hóa" → "thanh hoa'") while "Văn
/// Lang" and "Văn Lăng", or "Sơn Hà" and "Sơn Hạ", stay apart. Works on composed (NFC) and
/// decomposed (NFD) text.
pub(crate) fn accent_key(text: &str) -> String {
    const MODIFIERS: [&str; 5] = ["", "^", "(", "+", "d"];
    const TONES: [&str; 6] = ["", "`", "'", "?", "~", "."];
    let mut out = String::with_capacity(text.len() + 8);
    let mut tone = 0u8;
    let mut in_word = false;
    let end_word = |out: &mut String, tone: &mut u8, in_word: &mut bool| {
        if *in_word {
            if *tone != 0 {
                out.push_str(TONES.get(usize::from(*tone)).copied().unwrap_or(""));
            }
            *tone = 0;
            *in_word = false;
        }
    };
    for c in text.chars() {
        match piece(c) {
            Piece::Letter(letter) => {
                if !in_word && !out.is_empty() {
                    out.push(' ');
                }
                in_word = true;
                out.push(letter.base);
                // Most letters have no modifier: no call to append nothing.
                if letter.modifier != 0 {
                    out.push_str(
                        MODIFIERS
                            .get(usize::from(letter.modifier))
                            .copied()
                            .unwrap_or(""),
                    );
                }
                if letter.tone != 0 {
                    tone = letter.tone;
                }
            }
            Piece::CombiningTone(t) => tone = t,
            Piece::CombiningModifier(m) => {
                out.push_str(MODIFIERS.get(usize::from(m)).copied().unwrap_or(""))
            }
            Piece::OtherMark => {}
            Piece::Other(other) if is_apostrophe(other) => {}
            Piece::Other(other) if other.is_alphanumeric() => {
                if !in_word && !out.is_empty() {
                    out.push(' ');
                }
                in_word = true;
                out.push(other);
            }
            Piece::Other(_) => end_word(&mut out, &mut tone, &mut in_word),
        }
    }
    end_word(&mut out, &mut tone, &mut in_word);
    out
}

/// Whether the text carries any Vietnamese tone or modifier (then accents can break ties).
pub(crate) fn has_accents(text: &str) -> bool {
    text.chars().any(|c| match piece(c) {
        Piece::Letter(letter) => letter.modifier != 0 || letter.tone != 0,
        Piece::CombiningTone(_) | Piece::CombiningModifier(_) => true,
        Piece::OtherMark | Piece::Other(_) => false,
    })
}

/// Cuts a text to at most [`MAX_INPUT_BYTES`] at a character boundary.
fn bounded(text: &str) -> &str {
    if text.len() <= MAX_INPUT_BYTES {
        return text;
    }
    let end = text
        .char_indices()
        .map(|(i, _)| i)
        .take_while(|&i| i <= MAX_INPUT_BYTES)
        .last()
        .unwrap_or(0);
    text.get(..end).unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// Search and matching
// ---------------------------------------------------------------------------------------------

/// What a leading word such as "P.", "Xã" or "TT" says about the kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KindHint {
    Kind(CommuneKind),
    /// "Thị trấn"/"TT": towns were abolished on 1/7/2025; the word is dropped, no kind implied.
    Town,
}

/// Folded (search-key) prefixes, longest first, with the kind they imply.
const KIND_PREFIXES: [(&str, KindHint); 9] = [
    ("thi tran", KindHint::Town),
    ("dac khu", KindHint::Kind(CommuneKind::SpecialZone)),
    ("phuong", KindHint::Kind(CommuneKind::Ward)),
    ("ph", KindHint::Kind(CommuneKind::Ward)),
    ("dk", KindHint::Kind(CommuneKind::SpecialZone)),
    ("tt", KindHint::Town),
    ("xa", KindHint::Kind(CommuneKind::Commune)),
    ("p", KindHint::Kind(CommuneKind::Ward)),
    ("x", KindHint::Kind(CommuneKind::Commune)),
];

/// Splits a leading kind word off a search key: "p ba dinh" → (Ward, "ba dinh"). The rest may be
/// empty ("xa" alone).
fn strip_kind_prefix(key: &str) -> Option<(KindHint, &str)> {
    KIND_PREFIXES.iter().find_map(|&(prefix, hint)| {
        let rest = key.strip_prefix(prefix)?;
        if rest.is_empty() {
            Some((hint, rest))
        } else {
            rest.strip_prefix(' ').map(|rest| (hint, rest))
        }
    })
}

/// The same split on the raw text, used to remove the kind word before building an accent key:
/// "Phường Ba Đình" → "Ba Đình", "P.Ba Đình" → "Ba Đình". Only exact spellings of the kind word
/// (with their accents, or abbreviations) count here, so "Phương Liệt" keeps its first word.
fn strip_kind_word(text: &str) -> Option<(KindHint, &str)> {
    const WORDS: [(&str, KindHint); 9] = [
        ("thị trấn", KindHint::Town),
        ("đặc khu", KindHint::Kind(CommuneKind::SpecialZone)),
        ("phường", KindHint::Kind(CommuneKind::Ward)),
        ("ph", KindHint::Kind(CommuneKind::Ward)),
        ("đk", KindHint::Kind(CommuneKind::SpecialZone)),
        ("tt", KindHint::Town),
        ("xã", KindHint::Kind(CommuneKind::Commune)),
        ("p", KindHint::Kind(CommuneKind::Ward)),
        ("x", KindHint::Kind(CommuneKind::Commune)),
    ];
    let is_separator = |c: char| c.is_whitespace() || c == '.';
    let trimmed = text.trim_start();
    WORDS.iter().find_map(|&(word, hint)| {
        let mut chars = trimmed.char_indices();
        let mut end = 0;
        for expected in word.chars() {
            let (i, c) = chars.next()?;
            if !c.to_lowercase().eq(std::iter::once(expected)) {
                return None;
            }
            end = i + c.len_utf8();
        }
        let rest = trimmed.get(end..)?;
        let name = rest.trim_start_matches(is_separator);
        (rest.starts_with(is_separator) && !name.trim().is_empty()).then_some((hint, name))
    })
}

fn kind_fits(hint: Option<KindHint>, kind: CommuneKind) -> bool {
    match hint {
        Some(KindHint::Kind(wanted)) => wanted == kind,
        Some(KindHint::Town) | None => true,
    }
}

/// Whether `needle` starts a word of `hay` (not necessarily the first).
fn starts_a_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle)
        .any(|(i, _)| i == 0 || hay.as_bytes().get(i - 1) == Some(&b' '))
}

/// Rank of a match: lower is better.
fn rank(
    short: &str,
    full: &str,
    query: &str,
    stripped: Option<(KindHint, &str)>,
    kind: CommuneKind,
) -> Option<u8> {
    let mut best: Option<u8> = None;
    let mut consider = |tier: u8| best = Some(best.map_or(tier, |b| b.min(tier)));
    let mut against = |needle: &str, mismatch: u8| {
        if needle.is_empty() {
            return;
        }
        if short == needle {
            consider(mismatch);
        } else if short.starts_with(needle) {
            consider(1 + mismatch);
        } else if starts_a_word(short, needle) {
            consider(3 + mismatch);
        } else if short.contains(needle) {
            consider(4 + mismatch);
        }
    };
    against(query, 0);
    if let Some((hint, rest)) = stripped {
        against(rest, if kind_fits(Some(hint), kind) { 0 } else { 5 });
    }
    if full == query {
        consider(0);
    } else if full.starts_with(query) {
        consider(2);
    }
    best
}

/// Communes whose name matches `query`, best first, at most `limit`, optionally within one
/// province.
///
/// Case, tones, modifiers and punctuation are ignored ("ba dinh" finds Phường Ba Đình), and a
/// leading kind word is understood ("Phường Ba Đình", "P. Ba Đình", "xa tan an", "TT" for the
/// abolished towns). Ranking: exact short or full name, then short-name prefix, then full-name
/// prefix ("xa" lists the Xã), then a word of the name starting with the query, then the name
/// containing it; a name of the wrong kind ("Xã Ba Đình" when only a Phường exists) comes after
/// those. Ties go to the name spelt with the same accents as the query ("Văn Lăng" before "Văn
/// Lang"), then the shorter name, then alphabetical order. An empty query lists the province's
/// communes in the data's order (nothing without a province). Queries are cut to 200 bytes.
pub fn search_communes(
    query: &str,
    province: Option<ProvinceCode>,
    limit: usize,
) -> Vec<&'static Commune> {
    let table = table();
    let (scope, offset) = table.scope(province);
    let query = bounded(query);
    let key = search_key(query);
    if key.is_empty() {
        return match province {
            Some(_) => scope.iter().take(limit).collect(),
            None => Vec::new(),
        };
    }
    let stripped = strip_kind_prefix(&key);
    let accented = has_accents(query).then(|| {
        let without_kind = strip_kind_word(query).map_or(query, |(_, rest)| rest);
        (accent_key(query), accent_key(without_kind))
    });
    let index = search_index();
    let mut hits: Vec<(u8, bool, usize, &str, u32, &'static Commune)> = Vec::new();
    for (i, commune) in scope.iter().enumerate() {
        let Some(keys) = index.search.get(offset + i) else {
            continue;
        };
        let short = index.key(keys.short);
        let Some(tier) = rank(short, index.key(keys.full), &key, stripped, commune.kind) else {
            continue;
        };
        let same_accents = accented.as_ref().is_some_and(|(whole, rest)| {
            let own = index.key(keys.accented);
            own == whole || own == rest
        });
        hits.push((
            tier,
            !same_accents,
            short.len(),
            short,
            commune.code.0,
            commune,
        ));
    }
    order::sort_by(&mut hits, |a, b| {
        (a.0, a.1, a.2, a.3, a.4).cmp(&(b.0, b.1, b.2, b.3, b.4))
    });
    hits.into_iter().take(limit).map(|hit| hit.5).collect()
}

/// The outcome of matching a free-text commune name (a spreadsheet cell) against the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommuneMatch {
    /// One commune has this name (and kind, when a kind was written).
    Exact(&'static Commune),
    /// The name matches one commune, but its kind differs from the one written ("Xã Ba Đình" for
    /// Phường Ba Đình): often an old name from before 1/7/2025; ask the user to confirm.
    KindDiffers {
        /// The commune with that name.
        commune: &'static Commune,
        /// The kind written in the text.
        written: CommuneKind,
    },
    /// Several communes have this name: the user chooses (ordered by code).
    Ambiguous(Vec<&'static Commune>),
    /// No commune has this name.
    Unmatched,
}

/// Matches a commune name typed or pasted by a person (a spreadsheet cell) to one commune.
///
/// Tolerates a leading kind word or abbreviation ("Phường", "P.", "P", "Xã", "X.", "Đặc khu",
/// "TT"/"Thị trấn" for the towns abolished on 1/7/2025), extra spaces, any case, and missing or
/// differently placed accents ("Thanh Hoá" = "Thanh Hóa"). Accents, when present, decide between
/// names that differ only by them ("Văn Lăng" is not "Văn Lang"); without accents such pairs are
/// [`CommuneMatch::Ambiguous`]. Only whole names match; use [`search_communes`] for suggestions.
pub fn match_commune_name(text: &str, province: Option<ProvinceCode>) -> CommuneMatch {
    let table = table();
    let (scope, offset) = table.scope(province);
    let text = bounded(text);
    let key = search_key(text);
    if key.is_empty() {
        return CommuneMatch::Unmatched;
    }
    // Each reading of the text: (accent key or None, folded key, kind hint).
    let mut readings: Vec<(Option<String>, String, Option<KindHint>)> = Vec::with_capacity(2);
    let accented = has_accents(text);
    readings.push((accented.then(|| accent_key(text)), key.clone(), None));
    if let Some((hint, rest)) = strip_kind_prefix(&key).filter(|(_, rest)| !rest.is_empty()) {
        let accent_rest = if accented {
            strip_kind_word(text).map(|(_, raw_rest)| accent_key(raw_rest))
        } else {
            None
        };
        readings.push((accent_rest, rest.to_owned(), Some(hint)));
    }

    let index = search_index();
    let in_scope = offset..offset + scope.len();
    for use_accents in [true, false] {
        let mut fitting: Vec<usize> = Vec::new();
        let mut other_kind: Vec<usize> = Vec::new();
        let mut written_kind = None;
        for (accent, folded, hint) in &readings {
            let found: Box<dyn Iterator<Item = usize>> = match (use_accents, accent) {
                (true, Some(accent)) => {
                    Box::new(index.equal(&index.by_accented, |k| k.accented, accent))
                }
                (true, None) => Box::new(std::iter::empty()),
                (false, _) => Box::new(index.equal(&index.by_short, |k| k.short, folded)),
            };
            for i in found.filter(|i| in_scope.contains(i)) {
                let Some(commune) = table.communes.get(i) else {
                    continue;
                };
                match hint {
                    Some(KindHint::Kind(written)) if *written != commune.kind => {
                        written_kind = Some(*written);
                        other_kind.push(i);
                    }
                    _ => fitting.push(i),
                }
            }
        }
        let fitting = table.by_code_order(fitting);
        match fitting.as_slice() {
            [one] => return CommuneMatch::Exact(one),
            [] => {}
            _ => return CommuneMatch::Ambiguous(fitting),
        }
        let other_kind = table.by_code_order(other_kind);
        match (other_kind.as_slice(), written_kind) {
            ([commune], Some(written)) => return CommuneMatch::KindDiffers { commune, written },
            ([], _) => {}
            _ => return CommuneMatch::Ambiguous(other_kind),
        }
    }
    CommuneMatch::Unmatched
}

/// Today's communes whose short name has the search key `key` ("ba dinh"), as indices into
/// [`communes`], each with its accent key: the old-address resolver matches a commune part
/// through the same index the commune search uses (built once, on first use).
pub(crate) fn communes_keyed(key: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    let index = search_index();
    index
        .equal(&index.by_short, |k| k.short, key)
        .map(move |i| {
            let accented = index.search.get(i).map_or("", |k| index.key(k.accented));
            (i, accented)
        })
}

/// Matches a free-text province name: "Hà Nội", "TP. Hồ Chí Minh", "tinh thanh hoa", "Thanh
/// Hóa", "TP HCM". `None` when nothing matches.
pub fn match_province_name(text: &str) -> Option<&'static Province> {
    const ALIASES: [(&str, u8); 5] = [
        ("hcm", 79),
        ("tphcm", 79),
        ("tp hcm", 79),
        ("sai gon", 79),
        ("hn", 1),
    ];
    const PREFIXES: [&str; 5] = ["thanh pho ", "tinh ", "tp ", "t ", "tp"];
    let table = table();
    let index = search_index();
    let key = search_key(bounded(text));
    if let Some(&(_, code)) = ALIASES.iter().find(|(alias, _)| *alias == key) {
        return province(ProvinceCode(code));
    }
    let mut candidates = vec![key.as_str()];
    candidates.extend(PREFIXES.iter().filter_map(|p| key.strip_prefix(p)));
    table
        .provinces
        .iter()
        .zip(&index.province_keys)
        .find(|(_, short)| candidates.iter().any(|c| c == short))
        .map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn fold_removes_tones_and_modifiers() {
        assert_eq!(fold("  Phường  BA ĐÌNH "), "phuong ba dinh");
        assert_eq!(fold("Thanh Hoá"), fold("Thanh Hóa"));
        // Decomposed input: e + dot below + circumflex.
        assert_eq!(fold("Nghe\u{0323}\u{0302} An"), "nghe an");
    }

    // unicode-normalization is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn fold_agrees_with_unicode_decomposition_on_every_name() {
        use unicode_normalization::UnicodeNormalization;
        let oracle = |text: &str| -> String {
            let folded: String = text
                .nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'đ' { 'd' } else { c })
                // text::fold reads a dash as a word gap and drops apostrophes ("Ea H'Leo").
                .map(|c| if c == '-' { ' ' } else { c })
                .filter(|c| *c != '\'')
                .collect();
            folded.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        for name in communes()
            .iter()
            .map(|c| c.full_name)
            .chain(provinces().iter().map(|p| p.full_name))
        {
            assert_eq!(fold(name), oracle(name), "{name}");
            assert_eq!(
                fold(&name.nfd().collect::<String>()),
                oracle(name),
                "{name} (NFD)"
            );
            assert_eq!(
                fold(&name.to_uppercase()),
                oracle(name),
                "{name} (upper case)"
            );
        }
    }

    #[test]
    fn accent_key_keeps_what_tells_names_apart() {
        assert_eq!(accent_key("Thanh Hoá"), accent_key("Thanh Hóa"));
        assert_ne!(accent_key("Văn Lang"), accent_key("Văn Lăng"));
        assert_ne!(accent_key("Sơn Hà"), accent_key("Sơn Hạ"));
        assert_eq!(accent_key("Nghệ"), accent_key("Nghe\u{0323}\u{0302}"));
        assert_eq!(accent_key("Ea H'Leo"), "ea hleo");
    }

    #[test]
    fn kind_word_is_stripped_only_when_spelt_as_a_kind() {
        assert_eq!(
            strip_kind_word("P.Ba Đình"),
            Some((KindHint::Kind(CommuneKind::Ward), "Ba Đình"))
        );
        assert_eq!(strip_kind_word("Phương Liệt"), None);
        assert_eq!(
            strip_kind_prefix("xa"),
            Some((KindHint::Kind(CommuneKind::Commune), ""))
        );
    }
}
