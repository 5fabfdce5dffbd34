//! Addresses written before 1 July 2025, converted to the communes of today.
//!
//! Since 1/7/2025 there are 34 provinces and 3,321 communes and no districts (Nghị quyết
//! 202/2025/QH15; `docs/rules.md §2.4`). The lists officers hold — the tax office's enterprises,
//! business-registry exports, association members — still carry the addresses registered before:
//! "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang". The statistics office's conversion table
//! "Bảng chuyển đổi ĐVHC mới – cũ" (23/10/2025), built from the National Assembly Standing
//! Committee's per-province resolutions (e.g. 1654/NQ-UBTVQH15 An Giang, 1656/NQ-UBTVQH15 Hà
//! Nội), says where each of the 10,035 old communes went.
//!
//! - [`OldUnits`]: that table, decoded from the separately fetched asset (never compiled into the
//!   app's first download), with the 2019–2024 aliases;
//! - [`split_kind`] and [`Resolver`]: read separate cells or one address cell, in the shapes
//!   people write them, and resolve each row to the 2025 commune — or say why not (split,
//!   ambiguous, contradiction, district only, not found). Convert, never guess: a name is never
//!   matched against the new list when the row's other parts say it is an old address, and a
//!   split commune without a population rule is reported with its candidates;
//! - [`Settlements`]: the user's choice for a split old commune, applied to every row naming it.

mod data;
mod keys;
mod resolve;
mod settle;

pub use data::{
    AssetError, DistrictKind, EncodeError, FORMAT_VERSION, OldCommune, OldCommuneId,
    OldCommuneKind, OldDistrict, OldDistrictId, OldProvince, OldProvinceId, OldProvinceKind,
    OldUnits, Source, SourceDistrictAlias, SourceProvinceAlias, SourceRow, SourceWardAlias, Target,
    Transfer, encode, fnv1a64,
};
pub use keys::{KindWord, split_kind};
pub use resolve::*;
pub use settle::{Settlement, Settlements, SettlementsError};

use chrono::NaiveDate;

/// The publication date of the conversion table (shown next to every converted figure).
pub const SOURCE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2025, 10, 23) {
    Some(date) => date,
    None => panic!("SOURCE_DATE is a real date"),
};
