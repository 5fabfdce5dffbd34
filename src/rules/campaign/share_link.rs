//! Share links: a whole campaign in the URL fragment (`#/chien-dich/<payload>`), for officers who
//! paste links into chat groups (docs/writing.md, "Sharing and privacy": state in the fragment, versioned,
//! compressed, no personal data — this tool has none: units are commune codes or free-text row
//! names, figures are aggregates).
//!
//! A link is `<version>.<base64url>`: the decimal version, a dot, then the payload in base64url
//! without padding (RFC 4648 §5). The payload's last 4 bytes are a CRC-32 (IEEE 802.3) of the
//! version byte and the rest, so a damaged link is detected instead of opening wrong figures.
//!
//! Version 3 (what [`encode`] writes) carries the whole campaign — every indicator, the figures'
//! date ("Tính số liệu đến ngày"), the units' figures, history and months — in a bit-packed,
//! columnar, domain-specific layout:
//! - dates are day offsets (the start from 1/1/2020, every other date from the start), zigzag-coded;
//!   months are month offsets from the start's month;
//! - percentages are basis points; counts are Exp-Golomb codes whose order *k* is chosen per
//!   column to fit that column's magnitudes (bases in tens of thousands cost ~17 bits, exclusions
//!   ~12, a sorted commune code's delta ~6);
//! - a count done is stored as its gap to its (resolved) base, so a base chained to another
//!   indicator's count costs nothing; commune codes as deltas from the previous code (sorted
//!   lists make them tiny; unsorted lists still work);
//! - history dates are one list for the whole campaign (officers report on the same days), and
//!   each unit's history says "every report date" in one bit; its values are stored backwards from
//!   the count done (the last one usually equals it: one bit) as weekly gains;
//! - each unit has a flag word per indicator (done present, done above base, assigned quota,
//!   history, months, a base where none is read, 5 exclusion reasons), written as 1 bit when it
//!   repeats the previous unit's.
//!
//! Hưng Yên's 104 communes with three indicators and three weeks of history fit in about 3.000
//! characters (the tests hold it under 3.500); the figures are printed by the benchmark.
//!
//! Every earlier version still opens, migrated to the current model ([`super::legacy`]): version 2
//! (the first tracker's format: one indicator, the same bit-packed columns) and version 1 (its
//! first byte layout, LEB128 varints, no phases, exclusions, quotas or history). Real links of both
//! are kept as test fixtures. [`legacy::encode_v1`] and [`legacy::encode_v2`] write them, for the
//! migration tests. A version above [`CURRENT_VERSION`] is [`ShareLinkError::NewerVersion`] (the
//! UI says the link was made by a newer Sẵn Sàng and to reload).
//!
//! Round trip: `decode(&encode(c)) == Ok(c)` for every campaign within the structural limits
//! (texts ≤ [`MAX_TEXT_CHARS`], units ≤ [`MAX_UNITS`], phases ≤ [`MAX_PHASES`], history ≤
//! [`MAX_HISTORY`] per unit) — including campaigns with validation problems, so a half-finished
//! campaign can be shared. [`decode`] never panics and bounds its work by [`MAX_LINK_CHARS`].

use std::fmt;

use chrono::{NaiveDate, TimeDelta};

use super::legacy::{CampaignV2, IndicatorV2, UnitV2};
use super::{
    BaseSource, BasisPoints, Campaign, DEFAULT_FLAG_THRESHOLD, DayCounting, DayKind, DonePoint,
    ExclusionReason, Exclusions, Indicator, IndicatorKind, MAX_HISTORY, MAX_INDICATORS, MAX_MONTHS,
    MAX_PHASES, MAX_TEXT_CHARS, MAX_UNITS, Measure, Month, MonthFigure, Phase, PhaseTarget, Place,
    Rounding, Tally, TargetBase, Unit,
};

/// The version [`encode`] writes.
pub const CURRENT_VERSION: u32 = 3;
/// Longest link text [`decode`] reads (1 MB; browsers take addresses of 2 MB): a nationwide
/// campaign of four indicators with weeks of history fits.
pub const MAX_LINK_CHARS: usize = 1_000_000;
/// The route prefix of a campaign link inside the URL fragment.
pub const ROUTE_PREFIX: &str = "#/chien-dich/";

/// Why a link could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareLinkError {
    /// Nothing after the route.
    Empty,
    /// Longer than `max` characters (cut before any decoding).
    TooLong { max: usize },
    /// Made by a newer version of Sẵn Sàng: reload to update.
    NewerVersion { found: u32 },
    /// Damaged: the link was cut or altered.
    Damaged(Damage),
}

/// What exactly is wrong with a damaged link (for developers; users see one sentence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Damage {
    /// No `<version>.` prefix, or version 0.
    NoVersion,
    /// A character outside base64url, at this character position of the payload.
    NotBase64 { position: usize },
    /// Fewer bytes than a checksum, or a base64 length no encoder produces.
    Truncated,
    /// The checksum does not match: some character changed.
    BadChecksum,
    /// The data ends before the campaign does.
    CutShort,
    /// Data left over after the campaign.
    TrailingBytes,
    /// A value outside what any campaign can hold (a count above its limit, a date out of range,
    /// an unknown code).
    OutOfRange,
    /// A text that is not UTF-8.
    BadText,
}

impl fmt::Display for ShareLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareLinkError::Empty => f.write_str("share link is empty"),
            ShareLinkError::TooLong { max } => write!(f, "share link longer than {max} characters"),
            ShareLinkError::NewerVersion { found } => {
                write!(
                    f,
                    "share link version {found} is newer than {CURRENT_VERSION}"
                )
            }
            ShareLinkError::Damaged(d) => write!(f, "share link damaged: {d:?}"),
        }
    }
}

impl std::error::Error for ShareLinkError {}

impl From<Damage> for ShareLinkError {
    fn from(d: Damage) -> Self {
        ShareLinkError::Damaged(d)
    }
}

/// The link text for `campaign` (without the route prefix): `3.<base64url>`.
pub fn encode(campaign: &Campaign) -> String {
    let payload = v3::write(campaign, campaign.as_of);
    wrap(CURRENT_VERSION as u8, payload)
}

/// The link text with the figures' date `as_of` — what a sender shares: a campaign computed "as
/// of today" is sent as of the sender's today, so the recipient computes what the sender saw.
pub fn encode_as_of(campaign: &Campaign, as_of: NaiveDate) -> String {
    let payload = v3::write(campaign, Some(as_of));
    wrap(CURRENT_VERSION as u8, payload)
}

/// The full fragment: `#/chien-dich/3.<base64url>`.
pub fn fragment(campaign: &Campaign) -> String {
    format!("{ROUTE_PREFIX}{}", encode(campaign))
}

/// Reads a link made by [`encode`] (or by versions 1 and 2), migrating older versions to the
/// current model. Accepts the bare payload, the fragment (`#/chien-dich/…`) or the whole URL, with spaces
/// or line breaks a chat app may have inserted.
///
/// # Errors
/// - `""`, `"#/chien-dich/"` → [`ShareLinkError::Empty`];
/// - more than [`MAX_LINK_CHARS`] characters → [`ShareLinkError::TooLong`];
/// - `"4.AAAA"` → [`ShareLinkError::NewerVersion`] `{ found: 4 }`;
/// - `"AAAA"` (no version), `"0.AAAA"` → [`Damage::NoVersion`];
/// - `"2.AB*C"` → [`Damage::NotBase64`] `{ position: 2 }`;
/// - `"2.AA"` (one byte, shorter than a checksum) → [`Damage::Truncated`];
/// - one character changed → [`Damage::BadChecksum`] (CRC-32 catches every single-character
///   change);
/// - a checksum-valid payload that is cut short, has bytes left over, an out-of-range value or
///   broken UTF-8 → [`Damage::CutShort`], [`Damage::TrailingBytes`], [`Damage::OutOfRange`],
///   [`Damage::BadText`].
pub fn decode(link: &str) -> Result<Campaign, ShareLinkError> {
    if link.len() > MAX_LINK_CHARS * 4 || link.chars().nth(MAX_LINK_CHARS).is_some() {
        return Err(ShareLinkError::TooLong {
            max: MAX_LINK_CHARS,
        });
    }
    let text = link.rsplit('#').next().unwrap_or(link);
    let text = text.rsplit('/').next().unwrap_or(text);
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return Err(ShareLinkError::Empty);
    }
    let (version, body) = text.split_once('.').ok_or(Damage::NoVersion)?;
    if version.is_empty() || version.len() > 6 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Damage::NoVersion.into());
    }
    let version: u32 = version.parse().map_err(|_| Damage::NoVersion)?;
    match version {
        0 => Err(Damage::NoVersion.into()),
        v if v > CURRENT_VERSION => Err(ShareLinkError::NewerVersion { found: v }),
        v => {
            let bytes = base64url_decode(body)?;
            let payload = unwrap_checked(v as u8, &bytes)?;
            match v {
                1 => legacy::read_v1(payload).map(Campaign::from),
                2 => v2::read(payload).map(Campaign::from),
                _ => v3::read(payload),
            }
        }
    }
}

fn wrap(version: u8, mut payload: Vec<u8>) -> String {
    let crc = crc32(version, &payload);
    payload.extend_from_slice(&crc.to_le_bytes());
    format!("{version}.{}", base64url_encode(&payload))
}

fn unwrap_checked(version: u8, bytes: &[u8]) -> Result<&[u8], Damage> {
    let split = bytes.len().checked_sub(4).ok_or(Damage::Truncated)?;
    let (payload, crc) = bytes.split_at(split);
    let mut stored = [0u8; 4];
    stored.copy_from_slice(crc);
    if u32::from_le_bytes(stored) != crc32(version, payload) {
        return Err(Damage::BadChecksum);
    }
    Ok(payload)
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), table built at compile time.

// `i < 256`, the table's length: a loop run by the compiler, not on user data.
#[allow(clippy::indexing_slicing)]
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc_step(crc: u32, b: u8) -> u32 {
    // Every u8 is an index of the 256-entry table.
    let entry = CRC_TABLE
        .get(usize::from((crc as u8) ^ b))
        .copied()
        .unwrap_or(0);
    entry ^ (crc >> 8)
}

fn crc32(version: u8, data: &[u8]) -> u32 {
    !std::iter::once(&version)
        .chain(data)
        .fold(!0u32, |crc, &b| crc_step(crc, b))
}

/// CRC-32 of `data` alone (the standard check value of `"123456789"` is `0xCBF43926`).
pub fn crc32_of(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &b| crc_step(crc, b))
}

// ---------------------------------------------------------------------------------------------
// base64url without padding (RFC 4648 §5).

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let [b0, b1, b2] = [0, 1, 2].map(|i| chunk.get(i).copied().unwrap_or(0));
        let n = (u32::from(b0) << 16) | (u32::from(b1) << 8) | u32::from(b2);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = (n >> (18 - 6 * i)) & 63;
            if let Some(&c) = ALPHABET.get(index as usize) {
                out.push(char::from(c));
            }
        }
    }
    out
}

fn base64url_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

fn base64url_decode(text: &str) -> Result<Vec<u8>, Damage> {
    let mut values = Vec::with_capacity(text.len());
    for (position, c) in text.chars().enumerate() {
        let v = u8::try_from(c)
            .ok()
            .and_then(base64url_value)
            .ok_or(Damage::NotBase64 { position })?;
        values.push(v);
    }
    if values.len() % 4 == 1 {
        return Err(Damage::Truncated);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &v)| n | (v << (18 - 6 * i)));
        let bytes = chunk.len() - 1;
        for i in 0..bytes {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits below the last byte must be zero, so each byte string has one encoding.
        let used = 8 * bytes as u32;
        let spare = 24 - used;
        let covered = 6 * chunk.len() as u32;
        if covered > used && (n >> spare) << spare != n {
            return Err(Damage::BadChecksum);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Shared value coding.

/// Day 0 of the date offsets.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

fn day_offset(from: NaiveDate, to: NaiveDate) -> u64 {
    zigzag((to - from).num_days())
}

fn add_offset(from: NaiveDate, coded: u64) -> Result<NaiveDate, Damage> {
    let days = unzigzag(coded);
    TimeDelta::try_days(days)
        .and_then(|d| from.checked_add_signed(d))
        .ok_or(Damage::OutOfRange)
}

fn check_text(bytes: Vec<u8>) -> Result<String, Damage> {
    let text = String::from_utf8(bytes).map_err(|_| Damage::BadText)?;
    if text.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(Damage::OutOfRange);
    }
    Ok(text)
}

/// Most bytes a text of [`MAX_TEXT_CHARS`] characters can take in UTF-8.
const MAX_TEXT_BYTES: u64 = 4 * MAX_TEXT_CHARS as u64;

/// Indicator kinds' codes in links: fixed forever (0–4 as version 1 and 2 wrote them).
const KINDS: [IndicatorKind; 6] = [
    IndicatorKind::OrganizationAccounts,
    IndicatorKind::CitizenRecords,
    IndicatorKind::Level2Accounts,
    IndicatorKind::Activations,
    IndicatorKind::Other,
    IndicatorKind::OrganizationsGuided,
];

fn kind_code(kind: IndicatorKind) -> u64 {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0) as u64
}

fn kind_from(code: u64) -> Result<IndicatorKind, Damage> {
    KINDS
        .get(usize::try_from(code).map_err(|_| Damage::OutOfRange)?)
        .copied()
        .ok_or(Damage::OutOfRange)
}

// ---------------------------------------------------------------------------------------------
// Bits: Exp-Golomb codes and columns, shared by versions 2 and 3.

mod bits {
    use super::*;

    pub(super) struct BitWriter {
        pub(super) bytes: Vec<u8>,
        used: u32,
    }

    impl BitWriter {
        pub(super) fn new() -> Self {
            BitWriter {
                bytes: Vec::new(),
                used: 8,
            }
        }

        pub(super) fn bit(&mut self, on: bool) {
            if self.used == 8 {
                self.bytes.push(0);
                self.used = 0;
            }
            if on && let Some(last) = self.bytes.last_mut() {
                *last |= 0x80 >> self.used;
            }
            self.used += 1;
        }

        pub(super) fn bits(&mut self, value: u128, count: u32) {
            for i in (0..count).rev() {
                self.bit((value >> i) & 1 == 1);
            }
        }

        pub(super) fn flag(&mut self, on: bool) {
            self.bit(on);
        }

        /// Exp-Golomb of order `k`: `(v >> k) + 1` in Elias gamma, then the low `k` bits.
        pub(super) fn eg(&mut self, v: u64, k: u32) {
            let x = (u128::from(v) >> k) + 1;
            let n = 128 - x.leading_zeros();
            self.bits(0, n - 1);
            self.bits(x, n);
            self.bits(u128::from(v), k);
        }

        pub(super) fn text(&mut self, s: &str) {
            self.eg(s.len() as u64, 4);
            for &b in s.as_bytes() {
                self.bits(u128::from(b), 8);
            }
        }

        /// A column: its Exp-Golomb order (6 bits), then the values. Nothing for an empty column.
        pub(super) fn column(&mut self, values: &[u64]) {
            if values.is_empty() {
                return;
            }
            let k = best_order(values);
            self.bits(u128::from(k), 6);
            for &v in values {
                self.eg(v, k);
            }
        }
    }

    pub(super) fn eg_cost(v: u64, k: u32) -> u64 {
        let x = (u128::from(v) >> k) + 1;
        let n = u64::from(128 - x.leading_zeros());
        2 * n - 1 + u64::from(k)
    }

    pub(super) fn best_order(values: &[u64]) -> u32 {
        // A k above the bit length of the largest value only adds bits.
        let max_bits = 64 - values.iter().copied().max().unwrap_or(0).leading_zeros();
        (0..=max_bits.min(63))
            .min_by_key(|&k| {
                values
                    .iter()
                    .fold(0u64, |s, &v| s.saturating_add(eg_cost(v, k)))
            })
            .unwrap_or(0)
    }

    pub(super) struct BitReader<'a> {
        pub(super) bytes: &'a [u8],
        pub(super) position: u64,
    }

    impl<'a> BitReader<'a> {
        pub(super) fn remaining(&self) -> u64 {
            (self.bytes.len() as u64 * 8).saturating_sub(self.position)
        }

        pub(super) fn bit(&mut self) -> Result<bool, Damage> {
            let byte = self
                .bytes
                .get(usize::try_from(self.position / 8).map_err(|_| Damage::CutShort)?)
                .ok_or(Damage::CutShort)?;
            let on = byte & (0x80 >> (self.position % 8)) != 0;
            self.position += 1;
            Ok(on)
        }

        pub(super) fn bits(&mut self, count: u32) -> Result<u128, Damage> {
            let mut v = 0u128;
            for _ in 0..count {
                v = (v << 1) | u128::from(self.bit()?);
            }
            Ok(v)
        }

        pub(super) fn eg(&mut self, k: u32) -> Result<u64, Damage> {
            let mut zeros = 0u32;
            while !self.bit()? {
                zeros += 1;
                if zeros > 64 {
                    return Err(Damage::OutOfRange);
                }
            }
            let x = (1u128 << zeros) | self.bits(zeros)?;
            let high = x - 1;
            let low = self.bits(k)?;
            if k > 0 && high >> (64 - k.min(64)) != 0 || k == 0 && high > u128::from(u64::MAX) {
                return Err(Damage::OutOfRange);
            }
            u64::try_from((high << k) | low).map_err(|_| Damage::OutOfRange)
        }

        pub(super) fn count(&mut self, k: u32, max: u64) -> Result<usize, Damage> {
            let n = self.eg(k)?;
            if n > max || n > self.remaining() {
                return Err(Damage::OutOfRange);
            }
            usize::try_from(n).map_err(|_| Damage::OutOfRange)
        }

        pub(super) fn text(&mut self) -> Result<String, Damage> {
            let len = self.eg(4)?;
            if len > MAX_TEXT_BYTES || len * 8 > self.remaining() {
                return Err(Damage::OutOfRange);
            }
            let mut bytes = Vec::with_capacity(len as usize);
            for _ in 0..len {
                bytes.push(self.bits(8)? as u8);
            }
            check_text(bytes)
        }

        pub(super) fn column(&mut self, n: usize) -> Result<Vec<u64>, Damage> {
            if n == 0 {
                return Ok(Vec::new());
            }
            let k = self.bits(6)? as u32;
            (0..n).map(|_| self.eg(k)).collect()
        }

        pub(super) fn finish(&mut self) -> Result<(), Damage> {
            let rest = self.remaining();
            if rest >= 8 {
                return Err(Damage::TrailingBytes);
            }
            if self.bits(rest as u32)? != 0 {
                return Err(Damage::TrailingBytes);
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Version 2: the one-indicator model, bit-packed columns (kept readable, and writable for tests).

mod v2 {
    use super::bits::*;
    use super::*;

    const NAMED: u16 = 1 << 10;
    const HAS_DONE: u16 = 1 << 9;
    const DONE_ABOVE_BASE: u16 = 1 << 8;
    const HAS_QUOTA: u16 = 1 << 7;
    const HAS_HISTORY: u16 = 1 << 6;
    const ILLUSTRATIVE: u16 = 1 << 5;
    const FLAG_BITS: u32 = 11;

    fn unit_flags(u: &UnitV2) -> u16 {
        let mut f = 0u16;
        if matches!(u.place, Place::Named(_)) {
            f |= NAMED;
        }
        if let Some(done) = u.done {
            f |= HAS_DONE;
            if done > u.base {
                f |= DONE_ABOVE_BASE;
            }
        }
        if u.quota.is_some() {
            f |= HAS_QUOTA;
        }
        if !u.history.is_empty() {
            f |= HAS_HISTORY;
        }
        if u.illustrative {
            f |= ILLUSTRATIVE;
        }
        for (i, reason) in ExclusionReason::ALL.iter().enumerate() {
            if u.exclusions.get(*reason) != 0 {
                f |= 1 << (4 - i);
            }
        }
        f
    }

    pub(super) fn rounding_code(r: Rounding) -> u128 {
        match r {
            Rounding::Nearest => 0,
            Rounding::Up => 1,
            Rounding::Down => 2,
        }
    }

    pub(super) fn write(c: &CampaignV2) -> Vec<u8> {
        let mut w = BitWriter::new();
        let threshold_default = c.flag_threshold == DEFAULT_FLAG_THRESHOLD;
        w.flag(c.area.is_some());
        w.flag(c.indicator.label.is_some());
        w.flag(threshold_default);
        w.flag(c.day_counting.kind == DayKind::Working);
        w.flag(c.day_counting.today_counts);
        w.bits(rounding_code(c.rounding), 2);
        w.flag(c.target_base == TargetBase::Total);
        w.bits(u128::from(kind_code(c.indicator.kind)), 3);
        w.text(&c.name);
        if let Some(area) = c.area {
            w.bits(u128::from(area), 8);
        }
        if let Some(label) = &c.indicator.label {
            w.text(label);
        }
        w.eg(day_offset(epoch(), c.start), 10);
        w.eg(day_offset(c.start, c.deadline), 6);
        w.eg(u64::from(c.target.0), 12);
        if !threshold_default {
            w.eg(u64::from(c.flag_threshold.0), 12);
        }
        write_phases(&mut w, c.start, &c.phases);
        write_units(&mut w, c);
        w.bytes
    }

    fn write_units(w: &mut BitWriter, c: &CampaignV2) {
        w.eg(c.units.len() as u64, 6);
        let mut previous = HAS_DONE;
        for u in &c.units {
            let f = unit_flags(u);
            w.flag(f == previous);
            if f != previous {
                w.bits(u128::from(f), FLAG_BITS);
            }
            previous = f;
        }
        let mut codes = Vec::new();
        let mut last_code = 0i64;
        for u in &c.units {
            if let Place::Commune(code) = u.place {
                codes.push(zigzag(i64::from(code) - last_code));
                last_code = i64::from(code);
            }
        }
        w.column(&codes);
        for u in &c.units {
            if let Place::Named(name) = &u.place {
                w.text(name);
            }
        }
        let bases: Vec<u64> = c.units.iter().map(|u| u.base).collect();
        w.column(&bases);
        let gaps: Vec<u64> = c
            .units
            .iter()
            .filter_map(|u| u.done.map(|d| d.abs_diff(u.base)))
            .collect();
        w.column(&gaps);
        let quotas: Vec<u64> = c.units.iter().filter_map(|u| u.quota).collect();
        w.column(&quotas);
        for reason in ExclusionReason::ALL {
            let values: Vec<u64> = c
                .units
                .iter()
                .map(|u| u.exclusions.get(reason))
                .filter(|&v| v != 0)
                .collect();
            w.column(&values);
        }
        let with_history: Vec<&UnitV2> = c.units.iter().filter(|u| !u.history.is_empty()).collect();
        let lengths: Vec<u64> = with_history
            .iter()
            .map(|u| u.history.len() as u64 - 1)
            .collect();
        w.column(&lengths);
        let mut dates = Vec::new();
        let mut values = Vec::new();
        for u in &with_history {
            let mut previous_date = c.start;
            let mut previous_done = 0u64;
            for p in &u.history {
                dates.push(day_offset(previous_date, p.date));
                values.push(zigzag(p.done.wrapping_sub(previous_done) as i64));
                previous_date = p.date;
                previous_done = p.done;
            }
        }
        w.column(&dates);
        w.column(&values);
    }

    pub(super) fn read(bytes: &[u8]) -> Result<CampaignV2, ShareLinkError> {
        let mut r = BitReader { bytes, position: 0 };
        let has_area = r.bit()?;
        let has_label = r.bit()?;
        let threshold_default = r.bit()?;
        let working = r.bit()?;
        let today_counts = r.bit()?;
        let rounding = match r.bits(2)? {
            0 => Rounding::Nearest,
            1 => Rounding::Up,
            2 => Rounding::Down,
            _ => return Err(Damage::OutOfRange.into()),
        };
        let target_total = r.bit()?;
        let kind = kind_from(r.bits(3)? as u64)?;
        let name = r.text()?;
        let area = if has_area {
            Some(r.bits(8)? as u8)
        } else {
            None
        };
        let label = if has_label { Some(r.text()?) } else { None };
        let start = add_offset(epoch(), r.eg(10)?)?;
        let deadline = add_offset(start, r.eg(6)?)?;
        let target = basis_points(r.eg(12)?)?;
        let flag_threshold = if threshold_default {
            DEFAULT_FLAG_THRESHOLD
        } else {
            basis_points(r.eg(12)?)?
        };
        let phases = read_phases(&mut r, start)?;
        let units = read_units(&mut r, start)?;
        r.finish()?;
        Ok(CampaignV2 {
            name,
            area,
            indicator: IndicatorV2 { kind, label },
            start,
            deadline,
            phases,
            target,
            flag_threshold,
            day_counting: DayCounting::from_flags(working, today_counts),
            rounding,
            target_base: if target_total {
                TargetBase::Total
            } else {
                TargetBase::AfterExclusions
            },
            units,
        })
    }

    pub(super) fn basis_points(v: u64) -> Result<BasisPoints, Damage> {
        u32::try_from(v)
            .map(BasisPoints)
            .map_err(|_| Damage::OutOfRange)
    }

    /// The phases as versions 2 and 3 write them: a count, then each phase's end (days from the
    /// start), its target (a share of the quota or a count) and its label if any.
    pub(super) fn write_phases(w: &mut BitWriter, start: NaiveDate, phases: &[Phase]) {
        w.eg(phases.len() as u64, 0);
        for p in phases {
            w.eg(day_offset(start, p.end), 5);
            match p.target {
                PhaseTarget::ShareOfQuota(s) => {
                    w.flag(false);
                    w.eg(u64::from(s.0), 12);
                }
                PhaseTarget::Count(n) => {
                    w.flag(true);
                    w.eg(n, 10);
                }
            }
            w.flag(p.label.is_some());
            if let Some(label) = &p.label {
                w.text(label);
            }
        }
    }

    /// Reads what [`write_phases`] wrote; at most [`MAX_PHASES`].
    pub(super) fn read_phases(
        r: &mut BitReader<'_>,
        start: NaiveDate,
    ) -> Result<Vec<Phase>, Damage> {
        let count = r.count(0, MAX_PHASES as u64)?;
        let mut phases = Vec::with_capacity(count);
        for _ in 0..count {
            let end = add_offset(start, r.eg(5)?)?;
            let target = if r.bit()? {
                PhaseTarget::Count(r.eg(10)?)
            } else {
                PhaseTarget::ShareOfQuota(basis_points(r.eg(12)?)?)
            };
            let label = if r.bit()? { Some(r.text()?) } else { None };
            phases.push(Phase { end, target, label });
        }
        Ok(phases)
    }

    fn read_units(r: &mut BitReader<'_>, start: NaiveDate) -> Result<Vec<UnitV2>, Damage> {
        let n = r.count(6, MAX_UNITS as u64)?;
        let mut flags = Vec::with_capacity(n);
        let mut previous = HAS_DONE;
        for _ in 0..n {
            let f = if r.bit()? {
                previous
            } else {
                r.bits(FLAG_BITS)? as u16
            };
            flags.push(f);
            previous = f;
        }
        let has = |bit: u16| flags.iter().filter(|&&f| f & bit != 0).count();
        let codes = r.column(n - has(NAMED))?;
        let mut names = Vec::new();
        for _ in 0..has(NAMED) {
            names.push(r.text()?);
        }
        let bases = r.column(n)?;
        let gaps = r.column(has(HAS_DONE))?;
        let quotas = r.column(has(HAS_QUOTA))?;
        let mut exclusions = Vec::new();
        for i in 0..ExclusionReason::ALL.len() {
            exclusions.push(r.column(has(1 << (4 - i)))?);
        }
        let lengths = r.column(has(HAS_HISTORY))?;
        let points = lengths.iter().try_fold(0u64, |s, &l| {
            let s = s.checked_add(l)?.checked_add(1)?;
            (l < MAX_HISTORY as u64 && s <= r.remaining()).then_some(s)
        });
        let points =
            usize::try_from(points.ok_or(Damage::OutOfRange)?).map_err(|_| Damage::OutOfRange)?;
        let dates = r.column(points)?;
        let values = r.column(points)?;

        let (mut codes, mut names) = (codes.into_iter(), names.into_iter());
        let (mut bases, mut gaps, mut quotas) =
            (bases.into_iter(), gaps.into_iter(), quotas.into_iter());
        let mut exclusions: Vec<_> = exclusions.into_iter().map(Vec::into_iter).collect();
        let (mut lengths, mut dates, mut values) =
            (lengths.into_iter(), dates.into_iter(), values.into_iter());
        let mut last_code = 0i64;
        let mut units = Vec::with_capacity(n);
        for f in flags {
            let place = if f & NAMED != 0 {
                Place::Named(names.next().ok_or(Damage::CutShort)?)
            } else {
                let code = last_code
                    .checked_add(unzigzag(codes.next().ok_or(Damage::CutShort)?))
                    .ok_or(Damage::OutOfRange)?;
                last_code = code;
                Place::Commune(u32::try_from(code).map_err(|_| Damage::OutOfRange)?)
            };
            let base = bases.next().ok_or(Damage::CutShort)?;
            let done = if f & HAS_DONE != 0 {
                let gap = gaps.next().ok_or(Damage::CutShort)?;
                let done = if f & DONE_ABOVE_BASE != 0 {
                    base.checked_add(gap)
                } else {
                    base.checked_sub(gap)
                };
                Some(done.ok_or(Damage::OutOfRange)?)
            } else if f & DONE_ABOVE_BASE != 0 {
                return Err(Damage::OutOfRange);
            } else {
                None
            };
            let quota = if f & HAS_QUOTA != 0 {
                Some(quotas.next().ok_or(Damage::CutShort)?)
            } else {
                None
            };
            let mut ex = Exclusions::default();
            for (i, (reason, column)) in ExclusionReason::ALL
                .iter()
                .zip(exclusions.iter_mut())
                .enumerate()
            {
                if f & (1 << (4 - i)) != 0 {
                    let v = column.next().ok_or(Damage::CutShort)?;
                    if v == 0 {
                        return Err(Damage::OutOfRange);
                    }
                    ex.set(*reason, v);
                }
            }
            let mut history = Vec::new();
            if f & HAS_HISTORY != 0 {
                let len = lengths.next().ok_or(Damage::CutShort)? + 1;
                let (mut date, mut done) = (start, 0u64);
                for _ in 0..len {
                    date = add_offset(date, dates.next().ok_or(Damage::CutShort)?)?;
                    let delta = unzigzag(values.next().ok_or(Damage::CutShort)?);
                    done = done.wrapping_add(delta as u64);
                    history.push(DonePoint { date, done });
                }
            }
            units.push(UnitV2 {
                place,
                base,
                exclusions: ex,
                done,
                quota,
                history,
                illustrative: f & ILLUSTRATIVE != 0,
            });
        }
        Ok(units)
    }
}

// ---------------------------------------------------------------------------------------------
// Version 3: every indicator, the figures' date, history and months.

mod v3 {
    use super::bits::*;
    use super::v2::{basis_points, read_phases, rounding_code, write_phases};
    use super::*;

    // Per unit, per indicator.
    const HAS_DONE: u16 = 1 << 10;
    const DONE_ABOVE_BASE: u16 = 1 << 9;
    const HAS_QUOTA: u16 = 1 << 8;
    const HAS_HISTORY: u16 = 1 << 7;
    const HAS_MONTHS: u16 = 1 << 6;
    /// A base stored where none is read (an indicator whose base is another's).
    const STRAY_BASE: u16 = 1 << 5;
    const FLAG_BITS: u32 = 11;
    fn excluded_bit(i: usize) -> u16 {
        1 << (4 - i.min(4))
    }
    // Per unit.
    const NAMED: u16 = 1 << 1;
    const ILLUSTRATIVE: u16 = 1;

    /// Days from `from` to `to`, zigzag.
    fn days(from: NaiveDate, to: NaiveDate) -> u64 {
        day_offset(from, to)
    }

    /// Flag words, each as one bit when it repeats the previous one.
    fn write_flags(w: &mut BitWriter, flags: &[u16], first: u16, width: u32) {
        let mut previous = first;
        for &f in flags {
            w.flag(f == previous);
            if f != previous {
                w.bits(u128::from(f), width);
            }
            previous = f;
        }
    }

    fn read_flags(
        r: &mut BitReader<'_>,
        n: usize,
        first: u16,
        width: u32,
    ) -> Result<Vec<u16>, Damage> {
        let mut flags = Vec::with_capacity(n);
        let mut previous = first;
        for _ in 0..n {
            let f = if r.bit()? {
                previous
            } else {
                r.bits(width)? as u16
            };
            flags.push(f);
            previous = f;
        }
        Ok(flags)
    }

    fn base_code(b: BaseSource) -> (u128, Option<usize>) {
        match b {
            BaseSource::Own => (0, None),
            BaseSource::SameAs(i) => (1, Some(i)),
            BaseSource::DoneOf(i) => (2, Some(i)),
        }
    }

    fn write_indicator(w: &mut BitWriter, c: &Campaign, x: &Indicator) {
        w.bits(u128::from(kind_code(x.kind)), 3);
        w.flag(x.label.is_some());
        if let Some(label) = &x.label {
            w.text(label);
        }
        let (code, to) = base_code(x.base);
        w.bits(code, 2);
        if let Some(to) = to {
            w.eg(to as u64, 0);
        }
        w.flag(x.measure == Measure::Monthly);
        w.eg(u64::from(x.target.0), 12);
        w.flag(x.flag_threshold == DEFAULT_FLAG_THRESHOLD);
        if x.flag_threshold != DEFAULT_FLAG_THRESHOLD {
            w.eg(u64::from(x.flag_threshold.0), 12);
        }
        w.eg(days(c.start, x.deadline), 6);
        w.bits(rounding_code(x.rounding), 2);
        w.flag(x.target_base == TargetBase::Total);
        write_phases(w, c.start, &x.phases);
    }

    fn read_indicator(r: &mut BitReader<'_>, start: NaiveDate) -> Result<Indicator, Damage> {
        let kind = kind_from(r.bits(3)? as u64)?;
        let label = if r.bit()? { Some(r.text()?) } else { None };
        let base = match r.bits(2)? {
            0 => BaseSource::Own,
            code @ (1 | 2) => {
                // Any index reads back (the campaign check reports one that is not earlier).
                let to = u32::try_from(r.eg(0)?).map_err(|_| Damage::OutOfRange)? as usize;
                if code == 1 {
                    BaseSource::SameAs(to)
                } else {
                    BaseSource::DoneOf(to)
                }
            }
            _ => return Err(Damage::OutOfRange),
        };
        let measure = if r.bit()? {
            Measure::Monthly
        } else {
            Measure::Cumulative
        };
        let target = basis_points(r.eg(12)?)?;
        let flag_threshold = if r.bit()? {
            DEFAULT_FLAG_THRESHOLD
        } else {
            basis_points(r.eg(12)?)?
        };
        let deadline = add_offset(start, r.eg(6)?)?;
        let rounding = match r.bits(2)? {
            0 => Rounding::Nearest,
            1 => Rounding::Up,
            2 => Rounding::Down,
            _ => return Err(Damage::OutOfRange),
        };
        let target_base = if r.bit()? {
            TargetBase::Total
        } else {
            TargetBase::AfterExclusions
        };
        let phases = read_phases(r, start)?;
        Ok(Indicator {
            kind,
            label,
            base,
            measure,
            target,
            deadline,
            phases,
            rounding,
            target_base,
            flag_threshold,
        })
    }

    /// The base a unit's count done is stored against: the resolved base (its own, or the
    /// earlier indicator's), as the reader can rebuild it from what it has read.
    fn gap_base(c: &Campaign, u: usize, i: usize) -> u64 {
        c.unit_base(u, i).0
    }

    fn tally_flags(c: &Campaign, x: &Indicator, u: usize, i: usize) -> u16 {
        let Some(t) = c.units.get(u).and_then(|unit| unit.tally(i)) else {
            return 0;
        };
        let mut f = 0u16;
        if let Some(done) = t.done {
            f |= HAS_DONE;
            if done > gap_base(c, u, i) {
                f |= DONE_ABOVE_BASE;
            }
        }
        if t.quota.is_some() {
            f |= HAS_QUOTA;
        }
        if !t.history.is_empty() {
            f |= HAS_HISTORY;
        }
        if !t.months.is_empty() {
            f |= HAS_MONTHS;
        }
        if x.base != BaseSource::Own && t.base != 0 {
            f |= STRAY_BASE;
        }
        for (k, reason) in ExclusionReason::ALL.iter().enumerate() {
            if t.exclusions.get(*reason) != 0 {
                f |= excluded_bit(k);
            }
        }
        f
    }

    pub(super) fn write(c: &Campaign, as_of: Option<NaiveDate>) -> Vec<u8> {
        let mut w = BitWriter::new();
        w.flag(c.area.is_some());
        w.flag(as_of.is_some());
        w.flag(c.day_counting.kind == DayKind::Working);
        w.flag(c.day_counting.today_counts);
        w.text(&c.name);
        if let Some(area) = c.area {
            w.bits(u128::from(area), 8);
        }
        w.eg(day_offset(epoch(), c.start), 10);
        if let Some(as_of) = as_of {
            w.eg(days(c.start, as_of), 5);
        }
        w.eg(c.indicators.len() as u64, 0);
        for x in &c.indicators {
            write_indicator(&mut w, c, x);
        }
        // Report dates: every history date of the campaign, once, in order.
        let mut dates: Vec<NaiveDate> = c
            .units
            .iter()
            .flat_map(|u| {
                u.tallies
                    .iter()
                    .flat_map(|t| t.history.iter().map(|p| p.date))
            })
            .collect();
        dates.sort_unstable();
        dates.dedup();
        w.eg(dates.len() as u64, 0);
        let mut previous = c.start;
        let steps: Vec<u64> = dates
            .iter()
            .map(|&d| {
                let step = days(previous, d);
                previous = d;
                step
            })
            .collect();
        w.column(&steps);
        write_units(&mut w, c, &dates);
        w.bytes
    }

    fn write_units(w: &mut BitWriter, c: &Campaign, dates: &[NaiveDate]) {
        let n = c.units.len();
        w.eg(n as u64, 6);
        let place_flags: Vec<u16> = c
            .units
            .iter()
            .map(|u| {
                let mut f = 0;
                if matches!(u.place, Place::Named(_)) {
                    f |= NAMED;
                }
                if u.illustrative {
                    f |= ILLUSTRATIVE;
                }
                f
            })
            .collect();
        write_flags(w, &place_flags, 0, 2);
        let mut codes = Vec::new();
        let mut last_code = 0i64;
        for u in &c.units {
            if let Place::Commune(code) = u.place {
                codes.push(zigzag(i64::from(code) - last_code));
                last_code = i64::from(code);
            }
        }
        w.column(&codes);
        for u in &c.units {
            if let Place::Named(name) = &u.place {
                w.text(name);
            }
        }
        // Each unit has exactly one tally per indicator in the model the link carries; a unit
        // with fewer (a damaged draft) is written with empty ones, and extra ones are dropped.
        for (i, x) in c.indicators.iter().enumerate() {
            let tally = |u: usize| c.units.get(u).and_then(|unit| unit.tally(i));
            let flags: Vec<u16> = (0..n).map(|u| tally_flags(c, x, u, i)).collect();
            write_flags(w, &flags, HAS_DONE, FLAG_BITS);
            let has = |u: usize, bit: u16| flags.get(u).is_some_and(|f| f & bit != 0);
            let own = x.base == BaseSource::Own;
            let bases: Vec<u64> = (0..n)
                .filter(|&u| own || has(u, STRAY_BASE))
                .map(|u| tally(u).map_or(0, |t| t.base))
                .collect();
            w.column(&bases);
            let gaps: Vec<u64> = (0..n)
                .filter_map(|u| {
                    let done = tally(u)?.done?;
                    Some(done.abs_diff(gap_base(c, u, i)))
                })
                .collect();
            w.column(&gaps);
            let quotas: Vec<u64> = (0..n).filter_map(|u| tally(u)?.quota).collect();
            w.column(&quotas);
            for reason in ExclusionReason::ALL {
                let values: Vec<u64> = (0..n)
                    .filter_map(&tally)
                    .map(|t| t.exclusions.get(reason))
                    .filter(|&v| v != 0)
                    .collect();
                w.column(&values);
            }
            // History: "every report date" in one bit, else the positions of its dates.
            let with_history: Vec<&Tally> = (0..n)
                .filter_map(&tally)
                .filter(|t| !t.history.is_empty())
                .collect();
            let mut sparse_lengths = Vec::new();
            let mut positions = Vec::new();
            let mut last_gaps = Vec::new();
            let mut gains = Vec::new();
            for t in &with_history {
                let every = t.history.len() == dates.len()
                    && t.history.iter().zip(dates).all(|(p, d)| p.date == *d);
                w.flag(every);
                if !every {
                    sparse_lengths.push(t.history.len() as u64 - 1);
                    // Position steps: 0 for the next report date (any order still round-trips).
                    let mut previous = -1i64;
                    for p in &t.history {
                        let at = dates.partition_point(|d| *d < p.date) as i64;
                        positions.push(zigzag(at - previous - 1));
                        previous = at;
                    }
                }
                // Backwards from the count done: the last point's gap to it, then each earlier
                // point's gain to the next.
                let mut next = t.done.unwrap_or(0);
                for (k, p) in t.history.iter().rev().enumerate() {
                    let v = zigzag(next.wrapping_sub(p.done) as i64);
                    if k == 0 {
                        last_gaps.push(v);
                    } else {
                        gains.push(v);
                    }
                    next = p.done;
                }
            }
            w.column(&sparse_lengths);
            w.column(&positions);
            w.column(&last_gaps);
            w.column(&gains);
            // Months: count, then month steps, bases, and done as its gap to the base.
            let with_months: Vec<&Tally> = (0..n)
                .filter_map(&tally)
                .filter(|t| !t.months.is_empty())
                .collect();
            let lengths: Vec<u64> = with_months
                .iter()
                .map(|t| t.months.len() as u64 - 1)
                .collect();
            w.column(&lengths);
            let first = Month::of(c.start).index();
            let (mut steps, mut bases, mut done_gaps) = (Vec::new(), Vec::new(), Vec::new());
            for t in &with_months {
                let mut previous = first;
                for m in &t.months {
                    steps.push(zigzag(m.month.index() - previous));
                    previous = m.month.index();
                    bases.push(m.base);
                    done_gaps.push(zigzag(m.base.wrapping_sub(m.done) as i64));
                }
            }
            w.column(&steps);
            w.column(&bases);
            w.column(&done_gaps);
        }
    }

    pub(super) fn read(bytes: &[u8]) -> Result<Campaign, ShareLinkError> {
        let mut r = BitReader { bytes, position: 0 };
        let has_area = r.bit()?;
        let has_as_of = r.bit()?;
        let working = r.bit()?;
        let today_counts = r.bit()?;
        let name = r.text()?;
        let area = if has_area {
            Some(r.bits(8)? as u8)
        } else {
            None
        };
        let start = add_offset(epoch(), r.eg(10)?)?;
        let as_of = if has_as_of {
            Some(add_offset(start, r.eg(5)?)?)
        } else {
            None
        };
        let count = r.count(0, MAX_INDICATORS as u64)?;
        let mut indicators = Vec::with_capacity(count);
        for _ in 0..count {
            indicators.push(read_indicator(&mut r, start)?);
        }
        let date_count = r.count(0, (MAX_UNITS * MAX_HISTORY) as u64)?;
        let steps = r.column(date_count)?;
        let mut dates = Vec::with_capacity(date_count);
        let mut previous = start;
        for step in steps {
            previous = add_offset(previous, step)?;
            dates.push(previous);
        }
        let mut campaign = Campaign {
            name,
            area,
            start,
            as_of,
            day_counting: DayCounting::from_flags(working, today_counts),
            indicators,
            units: Vec::new(),
        };
        read_units(&mut r, &mut campaign, &dates)?;
        r.finish()?;
        Ok(campaign)
    }

    fn read_units(
        r: &mut BitReader<'_>,
        c: &mut Campaign,
        dates: &[NaiveDate],
    ) -> Result<(), Damage> {
        let n = r.count(6, MAX_UNITS as u64)?;
        let place_flags = read_flags(r, n, 0, 2)?;
        let named = place_flags.iter().filter(|&&f| f & NAMED != 0).count();
        let mut codes = r.column(n - named)?.into_iter();
        let mut names = Vec::with_capacity(named);
        for _ in 0..named {
            names.push(r.text()?);
        }
        let mut names = names.into_iter();
        let mut last_code = 0i64;
        let indicators = c.indicators.len();
        for f in &place_flags {
            let place = if f & NAMED != 0 {
                Place::Named(names.next().ok_or(Damage::CutShort)?)
            } else {
                let code = last_code
                    .checked_add(unzigzag(codes.next().ok_or(Damage::CutShort)?))
                    .ok_or(Damage::OutOfRange)?;
                last_code = code;
                Place::Commune(u32::try_from(code).map_err(|_| Damage::OutOfRange)?)
            };
            c.units.push(std::rc::Rc::new(Unit {
                place,
                tallies: Vec::with_capacity(indicators),
                illustrative: f & ILLUSTRATIVE != 0,
            }));
        }
        for i in 0..indicators {
            let (own, first_month) = match c.indicators.get(i) {
                Some(x) => (x.base == BaseSource::Own, Month::of(c.start).index()),
                None => return Err(Damage::OutOfRange),
            };
            let flags = read_flags(r, n, HAS_DONE, FLAG_BITS)?;
            let has = |bit: u16| flags.iter().filter(|&&f| f & bit != 0).count();
            let bases = r.column(if own { n } else { has(STRAY_BASE) })?;
            let gaps = r.column(has(HAS_DONE))?;
            let quotas = r.column(has(HAS_QUOTA))?;
            let mut exclusions = Vec::with_capacity(ExclusionReason::ALL.len());
            for k in 0..ExclusionReason::ALL.len() {
                exclusions.push(r.column(has(excluded_bit(k)))?.into_iter());
            }
            let histories = has(HAS_HISTORY);
            let mut every = Vec::with_capacity(histories);
            for _ in 0..histories {
                every.push(r.bit()?);
            }
            let sparse = every.iter().filter(|e| !**e).count();
            let sparse_lengths = r.column(sparse)?;
            let sparse_points = sparse_lengths.iter().try_fold(0u64, |s, &l| {
                let s = s.checked_add(l)?.checked_add(1)?;
                (l < MAX_HISTORY as u64 && s <= r.remaining()).then_some(s)
            });
            let sparse_points = usize::try_from(sparse_points.ok_or(Damage::OutOfRange)?)
                .map_err(|_| Damage::OutOfRange)?;
            let positions = r.column(sparse_points)?;
            let every_points = every
                .iter()
                .filter(|e| **e)
                .count()
                .checked_mul(dates.len())
                .ok_or(Damage::OutOfRange)?;
            let points = every_points
                .checked_add(sparse_points)
                .filter(|&p| p as u64 <= r.remaining() + histories as u64)
                .ok_or(Damage::OutOfRange)?;
            let last_gaps = r.column(histories)?;
            let gains = r.column(points.saturating_sub(histories))?;
            let month_lengths = r.column(has(HAS_MONTHS))?;
            let month_points = month_lengths.iter().try_fold(0u64, |s, &l| {
                let s = s.checked_add(l)?.checked_add(1)?;
                (l < MAX_MONTHS as u64 && s <= r.remaining()).then_some(s)
            });
            let month_points = usize::try_from(month_points.ok_or(Damage::OutOfRange)?)
                .map_err(|_| Damage::OutOfRange)?;
            let steps = r.column(month_points)?;
            let month_bases = r.column(month_points)?;
            let done_gaps = r.column(month_points)?;

            let (mut bases, mut gaps, mut quotas) =
                (bases.into_iter(), gaps.into_iter(), quotas.into_iter());
            let (mut every, mut sparse_lengths, mut positions) = (
                every.into_iter(),
                sparse_lengths.into_iter(),
                positions.into_iter(),
            );
            let (mut last_gaps, mut gains) = (last_gaps.into_iter(), gains.into_iter());
            let (mut month_lengths, mut steps, mut month_bases, mut done_gaps) = (
                month_lengths.into_iter(),
                steps.into_iter(),
                month_bases.into_iter(),
                done_gaps.into_iter(),
            );
            for (u, &f) in flags.iter().enumerate() {
                let mut t = Tally::default();
                if own || f & STRAY_BASE != 0 {
                    t.base = bases.next().ok_or(Damage::CutShort)?;
                }
                for (k, (reason, column)) in ExclusionReason::ALL
                    .iter()
                    .zip(exclusions.iter_mut())
                    .enumerate()
                {
                    if f & excluded_bit(k) != 0 {
                        let v = column.next().ok_or(Damage::CutShort)?;
                        if v == 0 {
                            return Err(Damage::OutOfRange);
                        }
                        t.exclusions.set(*reason, v);
                    }
                }
                if f & HAS_QUOTA != 0 {
                    t.quota = Some(quotas.next().ok_or(Damage::CutShort)?);
                }
                // The tally goes in before its count done is read: the base it is stored
                // against may be its own (the same tally) or an earlier indicator's.
                // Each unit is this reader's alone: no copy is made.
                let unit = c.units.get_mut(u).ok_or(Damage::CutShort)?;
                std::rc::Rc::make_mut(unit).tallies.push(t);
                let base = c.unit_base(u, i).0;
                let done = if f & HAS_DONE != 0 {
                    let gap = gaps.next().ok_or(Damage::CutShort)?;
                    let done = if f & DONE_ABOVE_BASE != 0 {
                        base.checked_add(gap).filter(|&d| d > base)
                    } else {
                        base.checked_sub(gap)
                    };
                    Some(done.ok_or(Damage::OutOfRange)?)
                } else if f & DONE_ABOVE_BASE != 0 {
                    return Err(Damage::OutOfRange);
                } else {
                    None
                };
                let mut history = Vec::new();
                if f & HAS_HISTORY != 0 {
                    let history_dates: Vec<NaiveDate> = if every.next().ok_or(Damage::CutShort)? {
                        dates.to_vec()
                    } else {
                        let len = sparse_lengths.next().ok_or(Damage::CutShort)? + 1;
                        let mut at = -1i64;
                        let mut list = Vec::new();
                        for _ in 0..len {
                            let step = unzigzag(positions.next().ok_or(Damage::CutShort)?);
                            at = at
                                .checked_add(1)
                                .and_then(|a| a.checked_add(step))
                                .ok_or(Damage::OutOfRange)?;
                            let index = usize::try_from(at).map_err(|_| Damage::OutOfRange)?;
                            list.push(*dates.get(index).ok_or(Damage::OutOfRange)?);
                        }
                        list
                    };
                    let mut next = done.unwrap_or(0);
                    let mut values = Vec::with_capacity(history_dates.len());
                    for k in 0..history_dates.len() {
                        let coded = if k == 0 {
                            last_gaps.next()
                        } else {
                            gains.next()
                        };
                        next = next.wrapping_sub(unzigzag(coded.ok_or(Damage::CutShort)?) as u64);
                        values.push(next);
                    }
                    history = history_dates
                        .into_iter()
                        .zip(values.into_iter().rev())
                        .map(|(date, done)| DonePoint { date, done })
                        .collect();
                }
                let mut months = Vec::new();
                if f & HAS_MONTHS != 0 {
                    let len = month_lengths.next().ok_or(Damage::CutShort)? + 1;
                    let mut index = first_month;
                    for _ in 0..len {
                        index = index
                            .checked_add(unzigzag(steps.next().ok_or(Damage::CutShort)?))
                            .ok_or(Damage::OutOfRange)?;
                        let month = Month::from_index(index).ok_or(Damage::OutOfRange)?;
                        let base = month_bases.next().ok_or(Damage::CutShort)?;
                        let gap = unzigzag(done_gaps.next().ok_or(Damage::CutShort)?);
                        months.push(MonthFigure {
                            month,
                            base,
                            done: base.wrapping_sub(gap as u64),
                        });
                    }
                }
                if let Some(t) = c
                    .units
                    .get_mut(u)
                    .map(std::rc::Rc::make_mut)
                    .and_then(|x| x.tallies.last_mut())
                {
                    t.done = done;
                    t.history = history;
                    t.months = months;
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Version 1: the earlier byte layout, kept readable.

/// The earlier layouts, kept readable and writable (for the migration tests).
///
/// Version 1: LEB128 varints, one byte per tag. It carried the name, indicator kind, dates, target
/// and threshold, and units with a base and a done count — no phases, exclusions, quotas, history
/// or day-counting settings. Links made with it still open: [`decode`] migrates them (done becomes
/// "reported", every setting v1 lacked takes its default). Version 2: the first tracker's
/// one-indicator model in bit-packed columns.
pub mod legacy {
    use super::*;

    /// Writes a one-indicator campaign in the version-2 layout, as the first tracker did.
    pub fn encode_v2(campaign: &CampaignV2) -> String {
        wrap(2, super::v2::write(campaign))
    }

    fn varint(out: &mut Vec<u8>, mut v: u64) {
        loop {
            let byte = (v & 0x7F) as u8;
            v >>= 7;
            if v == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    fn text(out: &mut Vec<u8>, s: &str) {
        varint(out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }

    /// Writes `campaign` in the version-1 layout, dropping what v1 could not hold. Only for tests
    /// of the migration path; the app always writes the current version ([`encode`]).
    pub fn encode_v1(campaign: &CampaignV2) -> String {
        let mut out = Vec::new();
        text(&mut out, &campaign.name);
        out.push(kind_code(campaign.indicator.kind) as u8);
        varint(&mut out, day_offset(epoch(), campaign.start));
        varint(&mut out, day_offset(campaign.start, campaign.deadline));
        varint(&mut out, u64::from(campaign.target.0));
        varint(&mut out, u64::from(campaign.flag_threshold.0));
        varint(&mut out, campaign.units.len() as u64);
        for u in &campaign.units {
            match &u.place {
                Place::Commune(code) => {
                    out.push(0);
                    varint(&mut out, u64::from(*code));
                }
                Place::Named(name) => {
                    out.push(1);
                    text(&mut out, name);
                }
            }
            varint(&mut out, u.base);
            varint(&mut out, u.done.unwrap_or(0));
        }
        wrap(1, out)
    }

    struct ByteReader<'a> {
        bytes: &'a [u8],
        position: usize,
    }

    impl ByteReader<'_> {
        fn byte(&mut self) -> Result<u8, Damage> {
            let b = *self.bytes.get(self.position).ok_or(Damage::CutShort)?;
            self.position += 1;
            Ok(b)
        }

        fn varint(&mut self) -> Result<u64, Damage> {
            let mut v = 0u64;
            for shift in (0..70).step_by(7) {
                let b = self.byte()?;
                let part = u64::from(b & 0x7F);
                if shift == 63 && part > 1 || shift > 63 {
                    return Err(Damage::OutOfRange);
                }
                v |= part << shift;
                if b & 0x80 == 0 {
                    return Ok(v);
                }
            }
            Err(Damage::OutOfRange)
        }

        fn text(&mut self) -> Result<String, Damage> {
            let len = self.varint()?;
            if len > MAX_TEXT_BYTES {
                return Err(Damage::OutOfRange);
            }
            let end = self
                .position
                .checked_add(len as usize)
                .ok_or(Damage::OutOfRange)?;
            let bytes = self.bytes.get(self.position..end).ok_or(Damage::CutShort)?;
            self.position = end;
            check_text(bytes.to_vec())
        }
    }

    pub(super) fn read_v1(bytes: &[u8]) -> Result<CampaignV2, ShareLinkError> {
        let mut r = ByteReader { bytes, position: 0 };
        let name = r.text()?;
        let kind = kind_from(u64::from(r.byte()?))?;
        let start = add_offset(epoch(), r.varint()?)?;
        let deadline = add_offset(start, r.varint()?)?;
        let target = BasisPoints(u32::try_from(r.varint()?).map_err(|_| Damage::OutOfRange)?);
        let threshold = BasisPoints(u32::try_from(r.varint()?).map_err(|_| Damage::OutOfRange)?);
        let n = r.varint()?;
        if n > MAX_UNITS as u64 || n > bytes.len() as u64 {
            return Err(Damage::OutOfRange.into());
        }
        let mut units = Vec::new();
        for _ in 0..n {
            let place = match r.byte()? {
                0 => Place::Commune(u32::try_from(r.varint()?).map_err(|_| Damage::OutOfRange)?),
                1 => Place::Named(r.text()?),
                _ => return Err(Damage::OutOfRange.into()),
            };
            let base = r.varint()?;
            let done = r.varint()?;
            units.push(UnitV2 {
                place,
                base,
                exclusions: Exclusions::default(),
                done: Some(done),
                quota: None,
                history: Vec::new(),
                illustrative: false,
            });
        }
        if r.position != bytes.len() {
            return Err(Damage::TrailingBytes.into());
        }
        Ok(CampaignV2 {
            name,
            area: None,
            indicator: IndicatorV2 { kind, label: None },
            start,
            deadline,
            phases: Vec::new(),
            target,
            flag_threshold: threshold,
            day_counting: DayCounting::default(),
            rounding: Rounding::Nearest,
            target_base: TargetBase::AfterExclusions,
            units,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_check_value() {
        assert_eq!(crc32_of(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn base64url_vectors() {
        // RFC 4648 §10 test vectors, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded), Ok(plain.as_bytes().to_vec()));
        }
        assert_eq!(base64url_encode(&[0xFB, 0xFF]), "-_8");
    }

    #[test]
    fn zigzag_round_trip() {
        for v in [0i64, 1, -1, 2, -2, i64::MAX, i64::MIN] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
    }
}
