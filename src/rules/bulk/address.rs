//! Which commune of today a row is in (`docs/rules.md §2.4`): the one place the bulk check asks.
//!
//! A row gives its address in any of the shapes real lists have: a commune cell (new or old
//! name), district and province cells, one address cell, and sometimes the address from before
//! 1/7/2025 in a column of its own. [`AddressReader`] hands the cells to the old-address
//! [`Resolver`] (which converts old addresses and never guesses) and combines what the two
//! address columns say. Everything the check knows about a row's commune comes through
//! [`AddressReader::read`]: were the resolver to move to a worker, this type would answer from
//! the outcomes the worker computed for the list's distinct cells, and nothing else would change.

use crate::old_address::{AddressCells, OldUnits, Outcome, Resolver, Settlements, kind_word};
use crate::units::{CommuneCode, ProvinceCode};

/// A row's address cells, as the file gives them (any may be missing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowCells<'a> {
    /// Commune, ward or township, new or old.
    pub commune: Option<&'a str>,
    /// The old district.
    pub district: Option<&'a str>,
    /// The province, old or new.
    pub province: Option<&'a str>,
    /// The head-office address.
    pub address: Option<&'a str>,
    /// The address from before 1/7/2025, in its own column.
    pub old_address: Option<&'a str>,
}

/// What the check made of a row's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressReading {
    /// What the resolver said, from the address columns (or from the old-address column when
    /// those give no commune).
    Resolved(Outcome),
    /// The current address names one commune and the old address converts to another: one of
    /// them is wrong, and the check does not choose (reported, never resolved silently).
    OldColumnDisagrees {
        /// The commune the current address names.
        current: CommuneCode,
        /// The old address's outcome (a conversion to another commune).
        old: Outcome,
    },
}

impl AddressReading {
    /// The 2025 commune, when the row has one.
    pub const fn commune(self) -> Option<CommuneCode> {
        match self {
            AddressReading::Resolved(outcome) => outcome.commune(),
            AddressReading::OldColumnDisagrees { .. } => None,
        }
    }

    /// The resolver's outcome (for a disagreement, the old address's).
    pub const fn outcome(self) -> Outcome {
        match self {
            AddressReading::Resolved(outcome)
            | AddressReading::OldColumnDisagrees { old: outcome, .. } => outcome,
        }
    }

    /// Whether the commune came from converting an old address.
    pub const fn is_converted(self) -> bool {
        matches!(self, AddressReading::Resolved(Outcome::Converted { .. }))
    }

    /// Whether the row is an old address that waits for the conversion data.
    pub const fn needs_old_data(self) -> bool {
        matches!(self, AddressReading::Resolved(Outcome::NeedsOldData))
    }

    /// Whether the conversion data may find this row's commune when it was read without it: an
    /// old address, or a name today's list does not have (an old commune's, often).
    pub const fn wants_old_data(self) -> bool {
        matches!(
            self,
            AddressReading::Resolved(Outcome::NeedsOldData | Outcome::NotFound(_))
        )
    }
}

/// How much an outcome says, to keep the more useful of the two address columns.
const fn strength(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Current(_) | Outcome::Converted { .. } => 4,
        Outcome::Split { .. } => 3,
        Outcome::Missing => 0,
        Outcome::NeedsOldData => 2,
        _ => 1,
    }
}

/// Reads rows' addresses for a check (see the module documentation).
#[derive(Debug)]
pub struct AddressReader<'u> {
    resolver: Resolver<'u>,
    /// The old-address column is resolved on its own (it is a whole address, never mixed with
    /// the current cells).
    old_resolver: Resolver<'u>,
    data: Option<&'u OldUnits>,
}

impl<'u> AddressReader<'u> {
    /// A reader with the conversion data (`None`: current addresses still resolve, old ones say
    /// [`Outcome::NeedsOldData`]) for a list of one province (`None`: nationwide).
    pub fn new(data: Option<&'u OldUnits>, province: Option<ProvinceCode>) -> AddressReader<'u> {
        AddressReader {
            resolver: Resolver::new(data, province),
            old_resolver: Resolver::new(data, province),
            data,
        }
    }

    /// Makes room for the addresses of a list of about `rows` rows ([`Resolver::reserve`]).
    pub fn reserve(&mut self, rows: usize) {
        self.resolver.reserve(rows);
    }

    /// The province chosen for the list.
    pub fn province(&self) -> Option<ProvinceCode> {
        self.resolver.list_province()
    }

    /// The conversion data, when loaded.
    pub fn data(&self) -> Option<&'u OldUnits> {
        self.data
    }

    /// The user's choices for split old communes (applied from the next row on).
    pub fn set_settlements(&mut self, settlements: Settlements) {
        self.old_resolver.set_settlements(settlements.clone());
        self.resolver.set_settlements(settlements);
    }

    /// Reads one row: what it resolves to, and the street part of its address (what came before
    /// the commune), kept to help the user settle a split.
    pub fn read<'a>(&mut self, cells: RowCells<'a>) -> (AddressReading, Option<&'a str>) {
        let mut current = self.resolver.resolve(AddressCells {
            commune: cells.commune,
            district: cells.district,
            province: cells.province,
            address: cells.address,
        });
        // "Huyện Châu Thành" in the commune column (officers wrote the district they knew):
        // read as the district it says it is, so the row says "district only", not "not found".
        if let (Outcome::NotFound(_), Some(commune), None) =
            (current.outcome, cells.commune, cells.district)
            && kind_word(commune).is_some_and(|kind| kind.may_be_district())
        {
            let as_district = self.resolver.resolve(AddressCells {
                commune: None,
                district: Some(commune),
                province: cells.province,
                address: cells.address,
            });
            if strength(as_district.outcome) >= strength(current.outcome) {
                current = as_district;
            }
        }
        let Some(old_address) = cells.old_address else {
            return (AddressReading::Resolved(current.outcome), current.street);
        };
        let old = self
            .old_resolver
            .resolve(AddressCells::address(old_address));
        match (current.outcome.commune(), old.outcome.commune()) {
            (Some(a), Some(b)) if a != b => (
                AddressReading::OldColumnDisagrees {
                    current: a,
                    old: old.outcome,
                },
                current.street.or(old.street),
            ),
            _ if strength(old.outcome) > strength(current.outcome) => {
                (AddressReading::Resolved(old.outcome), old.street)
            }
            _ => (
                AddressReading::Resolved(current.outcome),
                current.street.or(old.street),
            ),
        }
    }
}
