//! Which commune (2025 list) a row belongs to, from its commune cell or its address.
//!
//! Since 1/7/2025 there are no districts (Nghị quyết 202/2025/QH15): a commune belongs directly
//! to its province. Lists exported before that, or typed from habit, still say "Quận 1",
//! "Huyện Châu Thành", "Thị xã …", "TP Thủ Đức": those are recognised and reported as such
//! ("give the new commune"), never guessed into a commune.

use std::collections::HashMap;

use super::{FxBuildHasher, trimmed};
use crate::rules::units::{
    self, CommuneCode, CommuneKind, CommuneMatch, ProvinceCode, match_commune_name,
    match_province_name,
};

/// What the check made of a row's commune.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommuneReading {
    /// One commune of the 2025 list.
    Matched(CommuneCode),
    /// A district-level name (Quận, Huyện, Thị xã, a provincial city): the 2025 list has no
    /// districts.
    OldDistrict,
    /// The name of one commune, written with another kind ("Xã Ba Đình" for Phường Ba Đình).
    KindDiffers {
        /// The commune with that name.
        commune: CommuneCode,
        /// The kind written.
        written: CommuneKind,
    },
    /// Several communes have this name (in the province, or nationwide when none is known).
    Ambiguous {
        /// How many.
        candidates: u16,
    },
    /// No commune of the 2025 list has this name.
    Unmatched,
    /// Neither a commune cell nor an address to read.
    Missing,
}

impl CommuneReading {
    /// The commune, when one was found.
    pub const fn commune(self) -> Option<CommuneCode> {
        match self {
            CommuneReading::Matched(code) => Some(code),
            _ => None,
        }
    }

    /// How much the reading says, to keep the most useful of several address parts:
    /// a match beats a near match, which beats a district, which beats nothing.
    const fn strength(self) -> u8 {
        match self {
            CommuneReading::Matched(_) => 5,
            CommuneReading::KindDiffers { .. } => 4,
            CommuneReading::Ambiguous { .. } => 3,
            CommuneReading::OldDistrict => 2,
            CommuneReading::Unmatched => 1,
            CommuneReading::Missing => 0,
        }
    }
}

/// One text read as a unit name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PartReading {
    /// A province of the 2025 list ("Tỉnh An Giang", "TP HCM").
    Province(ProvinceCode),
    Commune(CommuneReading),
}

/// Folded (search-key) words that start a district-level name.
const DISTRICT_WORDS: [&str; 7] = ["quan", "huyen", "thi xa", "thanh pho", "tp", "tx", "q"];

/// Whether a search key names a district-level unit: "quan 1", "q 1", "q1", "huyen chau
/// thanh", "h chau thanh", "thi xa ha tien", "tx ha tien", "thanh pho rach gia", "tp thu duc".
fn is_district_key(key: &str) -> bool {
    if let Some(rest) = key.strip_prefix('q')
        && rest.bytes().next().is_some_and(|b| b.is_ascii_digit())
    {
        return true;
    }
    if let Some(rest) = key.strip_prefix("h ") {
        return !rest.is_empty();
    }
    DISTRICT_WORDS.iter().any(|word| {
        key.strip_prefix(word)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| !rest.is_empty())
    })
}

/// Reads one text as a commune, a district or a province.
fn read_part(text: &str, province: Option<ProvinceCode>) -> PartReading {
    let found = match match_commune_name(text, province) {
        CommuneMatch::Exact(commune) => CommuneReading::Matched(commune.code),
        CommuneMatch::KindDiffers { commune, written } => CommuneReading::KindDiffers {
            commune: commune.code,
            written,
        },
        CommuneMatch::Ambiguous(found) => CommuneReading::Ambiguous {
            candidates: u16::try_from(found.len()).unwrap_or(u16::MAX),
        },
        CommuneMatch::Unmatched => CommuneReading::Unmatched,
    };
    if found != CommuneReading::Unmatched {
        return PartReading::Commune(found);
    }
    if let Some(p) = match_province_name(text) {
        return PartReading::Province(p.code);
    }
    if is_district_key(&units::search_key(text)) {
        PartReading::Commune(CommuneReading::OldDistrict)
    } else {
        PartReading::Commune(CommuneReading::Unmatched)
    }
}

/// The comma-separated parts of an address, last first: `str::rsplit(',')` as a plain byte
/// loop, which saves 1.6 % of the instructions of checking a 100k-row list (callgrind).
fn parts_from_end(address: &str) -> impl Iterator<Item = &str> {
    let mut end = Some(address.len());
    std::iter::from_fn(move || {
        let head = address.get(..end?)?;
        // A comma is ASCII: the bytes on either side of it are character boundaries.
        match head.bytes().rposition(|b| b == b',') {
            Some(comma) => {
                end = Some(comma);
                head.get(comma + 1..)
            }
            None => {
                end = None;
                Some(head)
            }
        }
    })
}

/// Distinct texts remembered per province scope; past this, texts are read without caching
/// (addresses are mostly distinct, commune cells are not).
const MAX_CACHED_TEXTS: usize = 20_000;
/// Address parts examined, from the right (province, commune, then street parts).
const MAX_ADDRESS_PARTS: usize = 5;

/// Reads communes for many rows, remembering each distinct text (a list of 100,000 rows names
/// a few hundred communes).
#[derive(Debug, Default)]
pub struct CommuneResolver {
    /// The province chosen for the whole list, if any.
    province: Option<ProvinceCode>,
    /// Per province scope (0 = nationwide), text → reading.
    cache: HashMap<u8, HashMap<Box<str>, PartReading, FxBuildHasher>, FxBuildHasher>,
}

impl CommuneResolver {
    /// A resolver for a list from one province (`None`: nationwide, or read from each address).
    pub fn new(province: Option<ProvinceCode>) -> CommuneResolver {
        CommuneResolver {
            province,
            cache: HashMap::default(),
        }
    }

    /// The province chosen for the list.
    pub fn province(&self) -> Option<ProvinceCode> {
        self.province
    }

    fn read(&mut self, text: &str, scope: Option<ProvinceCode>) -> PartReading {
        let text = trimmed(text);
        let scoped = self
            .cache
            .entry(scope.map_or(0, ProvinceCode::get))
            .or_default();
        if let Some(&reading) = scoped.get(text) {
            return reading;
        }
        let reading = read_part(text, scope);
        if scoped.len() < MAX_CACHED_TEXTS {
            scoped.insert(text.into(), reading);
        }
        reading
    }

    /// The commune of a row: the commune cell if it names one, else the address's parts from
    /// the right (a province part, such as "Tỉnh An Giang", narrows the search when no province
    /// was chosen). When nothing matches, the most telling reading is kept: the commune cell's,
    /// else the address's.
    pub fn resolve(&mut self, commune_cell: Option<&str>, address: Option<&str>) -> CommuneReading {
        let cell = commune_cell.map(trimmed).filter(|c| !c.is_empty());
        let address = address.map(trimmed).filter(|a| !a.is_empty());
        let mut scope = self.province;
        if scope.is_none()
            && let Some(address) = address
            && let Some(last) = parts_from_end(address).map(trimmed).find(|p| !p.is_empty())
            && let PartReading::Province(p) = self.read(last, None)
        {
            scope = Some(p);
        }
        let from_cell = cell.map(|cell| match self.read(cell, scope) {
            PartReading::Commune(reading) => reading,
            PartReading::Province(_) => CommuneReading::Unmatched,
        });
        if let Some(reading @ CommuneReading::Matched(_)) = from_cell {
            return reading;
        }
        let from_address = address.map(|address| self.resolve_address(address, scope));
        match (from_cell, from_address) {
            (_, Some(reading @ CommuneReading::Matched(_))) => reading,
            (Some(reading), _) => reading,
            (None, Some(reading)) => reading,
            (None, None) => CommuneReading::Missing,
        }
    }

    fn resolve_address(&mut self, address: &str, scope: Option<ProvinceCode>) -> CommuneReading {
        let mut best = CommuneReading::Unmatched;
        let parts = parts_from_end(address)
            .map(trimmed)
            .filter(|p| !p.is_empty())
            .take(MAX_ADDRESS_PARTS);
        for part in parts {
            // House numbers and street parts ("12 Lê Lợi") are no unit names.
            if part.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            match self.read(part, scope) {
                PartReading::Province(_) => {}
                PartReading::Commune(reading @ CommuneReading::Matched(_)) => return reading,
                PartReading::Commune(reading) => {
                    if reading.strength() > best.strength() {
                        best = reading;
                    }
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_from_end_is_rsplit_on_commas() {
        for address in [
            "",
            ",",
            "a",
            "1 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh",
            ",a,,b,",
            "Đà, Nẵng",
        ] {
            let ours: Vec<&str> = parts_from_end(address).collect();
            let std: Vec<&str> = address.rsplit(',').collect();
            assert_eq!(ours, std, "{address:?}");
        }
    }

    #[test]
    fn district_keys() {
        for key in [
            "quan 1",
            "q 1",
            "q1",
            "huyen chau thanh",
            "h chau thanh",
            "thi xa ha tien",
            "tx ha tien",
            "thanh pho rach gia",
            "tp thu duc",
        ] {
            assert!(is_district_key(key), "{key}");
        }
        for key in ["quang", "ha tien", "q", "quan", "huyen", "tan hiep"] {
            assert!(!is_district_key(key), "{key}");
        }
    }
}
