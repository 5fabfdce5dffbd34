//! The user's choice for a split old commune, applied to every row that names it.
//!
//! The table does not say which part of a split commune an address lies in (`docs/rules.md §2.4`:
//! convert, never guess); the person who knows the place does. One choice settles the old commune
//! for the whole list; the page keeps the map on this device and writes it into the export.

use std::collections::BTreeMap;
use std::fmt;

use crate::units::CommuneCode;

/// One choice: every address in old commune `old` goes to new commune `new`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settlement {
    /// The old commune's code (five digits, as in the statistics office's old list).
    pub old: u32,
    /// The new commune chosen.
    pub new: CommuneCode,
}

/// The choices made for split old communes, by old commune code. Serialises as a map of codes
/// (`{"16": 8}`) and as text (`00016>00008;…`) for exports.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settlements(BTreeMap<u32, CommuneCode>);

/// Why a settlements text does not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettlementsError {
    /// A pair is not `old>new` with five-digit codes.
    BadPair {
        /// 1-based position of the pair.
        position: usize,
    },
    /// The new code is not a commune of today's list.
    UnknownCommune {
        /// 1-based position of the pair.
        position: usize,
    },
}

impl fmt::Display for SettlementsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettlementsError::BadPair { position } => {
                write!(f, "settlement {position} is not old>new")
            }
            SettlementsError::UnknownCommune { position } => {
                write!(f, "settlement {position} names an unknown commune")
            }
        }
    }
}

impl std::error::Error for SettlementsError {}

impl Settlements {
    /// No choices yet.
    pub fn new() -> Settlements {
        Settlements::default()
    }

    /// Chooses `new` for every row in old commune `old` (replacing an earlier choice).
    pub fn settle(&mut self, old: u32, new: CommuneCode) {
        self.0.insert(old, new);
    }

    /// Forgets the choice for `old`.
    pub fn unsettle(&mut self, old: u32) {
        self.0.remove(&old);
    }

    /// The choice for `old`, if any.
    pub fn get(&self, old: u32) -> Option<CommuneCode> {
        self.0.get(&old).copied()
    }

    /// How many choices.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every choice, by old code.
    pub fn iter(&self) -> impl Iterator<Item = Settlement> + '_ {
        self.0.iter().map(|(&old, &new)| Settlement { old, new })
    }

    /// As text for an export or a note: `00016>00008;00019>00004`.
    pub fn to_text(&self) -> String {
        self.iter()
            .map(|s| format!("{:05}>{}", s.old, s.new))
            .collect::<Vec<_>>()
            .join(";")
    }

    /// Reads [`Settlements::to_text`]'s form (spaces and an empty text allowed).
    ///
    /// # Errors
    /// - `"16-8"` → [`SettlementsError::BadPair`];
    /// - `"00016>99999"` → [`SettlementsError::UnknownCommune`].
    pub fn parse(text: &str) -> Result<Settlements, SettlementsError> {
        let mut out = Settlements::new();
        for (i, pair) in text
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .enumerate()
        {
            let position = i + 1;
            let (old, new) = pair
                .split_once('>')
                .ok_or(SettlementsError::BadPair { position })?;
            let old = old.trim();
            if old.is_empty() || old.len() > 5 || !old.bytes().all(|b| b.is_ascii_digit()) {
                return Err(SettlementsError::BadPair { position });
            }
            let old: u32 = old
                .parse()
                .map_err(|_| SettlementsError::BadPair { position })?;
            let new = CommuneCode::parse(new)
                .map_err(|_| SettlementsError::UnknownCommune { position })?;
            out.settle(old, new);
        }
        Ok(out)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        let mut s = Settlements::new();
        s.settle(16, CommuneCode::parse("00008").unwrap());
        s.settle(19, CommuneCode::parse("00004").unwrap());
        assert_eq!(s.to_text(), "00016>00008;00019>00004");
        assert_eq!(Settlements::parse(&s.to_text()), Ok(s.clone()));
        assert_eq!(Settlements::parse(""), Ok(Settlements::new()));
        assert_eq!(
            Settlements::parse("16-8"),
            Err(SettlementsError::BadPair { position: 1 })
        );
        assert_eq!(
            Settlements::parse("00016>00008; 00019>99999"),
            Err(SettlementsError::UnknownCommune { position: 2 })
        );
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Settlements>(&json).unwrap(), s);
    }
}
