//! The old-address conversion data as a page sees it — not asked for, loading, in memory, or
//! unavailable and why — and the one-address lookup the converter and the organization form
//! share. The data is fetched by `ui::old_units` the first time a page needs it.

use crate::rules::old_address::{AddressCells, AssetError, OldUnits, Outcome, Resolver};

/// Why the conversion data is not available.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// The fetch failed: offline at first use, or the host unreachable.
    Offline,
    /// The host answered with an error status.
    Unavailable {
        /// The HTTP status.
        status: u16,
    },
    /// The bytes arrived but do not decode.
    Damaged(AssetError),
    /// The page does not say where the data is (a build without it).
    NotBuilt,
}

/// The conversion data, as far as this page knows.
#[derive(Clone, Copy, Debug, Default)]
pub enum DataStatus {
    /// Not asked for yet.
    #[default]
    NotLoaded,
    /// Being fetched.
    Loading,
    /// In memory for the session.
    Ready(&'static OldUnits),
    /// Could not be had.
    Failed(LoadFailure),
}

impl DataStatus {
    /// The data, when loaded.
    pub fn data(&self) -> Option<&'static OldUnits> {
        match self {
            DataStatus::Ready(data) => Some(data),
            _ => None,
        }
    }
}

impl PartialEq for DataStatus {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DataStatus::NotLoaded, DataStatus::NotLoaded)
            | (DataStatus::Loading, DataStatus::Loading) => true,
            (DataStatus::Ready(a), DataStatus::Ready(b)) => std::ptr::eq(*a, *b),
            (DataStatus::Failed(a), DataStatus::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// One address as typed in four fields: the old commune, district and province, or the whole
/// address on one line. Any may be blank.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OneAddress<'a> {
    pub commune: &'a str,
    pub district: &'a str,
    pub province: &'a str,
    pub line: &'a str,
}

impl<'a> OneAddress<'a> {
    fn fields(self) -> [&'a str; 4] {
        [self.commune, self.district, self.province, self.line].map(str::trim)
    }

    /// Whether nothing was typed.
    pub fn is_blank(self) -> bool {
        self.fields().iter().all(|f| f.is_empty())
    }

    /// The filled fields on one line: "Xã Độc Lập, Huyện Hưng Hà, Thái Bình".
    pub fn joined(self) -> String {
        self.fields()
            .into_iter()
            .filter(|f| !f.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Resolves one typed address, and gives back its street or hamlet part ("Ấp 3") when the line
/// had one. Without the data, today's addresses still resolve and old ones say they need it.
pub fn resolve_one(address: OneAddress<'_>, data: Option<&OldUnits>) -> (Outcome, Option<String>) {
    fn filled(text: &str) -> Option<&str> {
        Some(text.trim()).filter(|t| !t.is_empty())
    }
    let resolved = Resolver::new(data, None).resolve(AddressCells {
        commune: filled(address.commune),
        district: filled(address.district),
        province: filled(address.province),
        address: filled(address.line),
    });
    (resolved.outcome, resolved.street.map(str::to_owned))
}
