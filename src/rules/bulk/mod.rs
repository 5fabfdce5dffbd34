//! Bulk check of organization lists (issue 7): the lists officers receive from the tax office
//! or the business registry (Kiên Giang 374/KH-UBND: 11.589 enterprises, 530 cooperatives,
//! 1.748 organizations), cleaned and counted per commune.
//!
//! Per row: the tax code (TT 105/2020/TT-BTC Art. 5; a 12-digit code is a personal ID used as
//! tax code since 1/7/2025 and *cannot be verified offline*), duplicates (the same canonical tax
//! code twice; a 10-digit code and its 13-digit branches are different codes), the commune of
//! the 2025 list (Nghị quyết 202/2025/QH15) — named, or converted from an address written
//! before 1/7/2025 with the statistics office's conversion table (docs/rules.md §2.4) — the
//! phone and email that receive the result (NĐ 69/2024/NĐ-CP), and the operating status
//! (inactive enterprises are excluded from targets, docs/rules.md §3.1).
//!
//! [`BulkChecker`] is fed records one at a time, so the UI can yield between chunks and a
//! million rows never freeze the page. It keeps counts, per-commune tallies, the split old
//! communes and the problems list — nothing else per row: exports re-run the check
//! ([`export`]). An old commune split between several new ones is counted "possibly" in each
//! candidate, never in one, until the user settles it ([`BulkReport::with_settlements`]).

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::delimited::{
    self, ColumnMapping, Decoded, Delimiter, ReadError, Reader, Record, RecordIssues,
};
use crate::email::{EmailAddress, EmailError, EmailWarning, domain_suggestion};
use crate::old_address::{How, OldCommuneId, OldUnits, Outcome, Settlements};
use crate::phone::{MobileNumber, PhoneError, PhoneWarning};
use crate::tax_code::{TaxCode, TaxCodeError};
use crate::text_map::{FxBuildHasher, TextMap};
use crate::units::{self, CommuneCode, ProvinceCode};

mod address;
mod columns;
pub mod export;
mod status;

pub use address::{AddressReader, AddressReading, RowCells};
pub use columns::{BulkColumns, COLUMNS, Column, mapping_key, needs_review};
pub use status::{InactiveReason, Status, read_status};

// ---------------------------------------------------------------------------------------------
// Outcomes and problems
// ---------------------------------------------------------------------------------------------

/// The tax-code verdict of one row (three outcomes, never two: docs/writing.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaxVerdict {
    /// A 10- or 13-digit code whose check digit matches.
    Valid(TaxCode),
    /// A 12-digit personal ID used as tax code: the format is right, nothing to verify offline.
    CannotVerify(TaxCode),
    /// Not a tax code.
    Invalid(TaxCodeError),
    /// The cell is empty (or the row has no such cell).
    Missing,
}

impl TaxVerdict {
    /// Reads a tax-code cell.
    pub fn of(cell: &str) -> TaxVerdict {
        match TaxCode::parse(cell) {
            Ok(code) if code.is_verifiable() => TaxVerdict::Valid(code),
            Ok(code) => TaxVerdict::CannotVerify(code),
            Err(TaxCodeError::Empty) => TaxVerdict::Missing,
            Err(error) => TaxVerdict::Invalid(error),
        }
    }

    /// The code, when it parsed.
    pub const fn code(self) -> Option<TaxCode> {
        match self {
            TaxVerdict::Valid(code) | TaxVerdict::CannotVerify(code) => Some(code),
            TaxVerdict::Invalid(_) | TaxVerdict::Missing => None,
        }
    }
}

/// What one row holds, as the check read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowOutcome {
    /// The spreadsheet row number.
    pub row: u32,
    /// The tax code verdict.
    pub tax: TaxVerdict,
    /// The row where the same tax code first appeared, for a duplicate.
    pub duplicate_of: Option<u32>,
    /// The commune (named, converted, or why not).
    pub address: AddressReading,
    /// The phone, `None` when there is no phone column or the cell is empty.
    pub phone: Option<Result<MobileNumber, PhoneError>>,
    /// The email check, `None` when there is no email column or the cell is empty (the
    /// address itself is not built: [`EmailAddress::parse`] the cell for its standard form).
    pub email: Option<Result<(), EmailError>>,
    /// The operating status.
    pub status: Status,
}

/// One thing to fix or look at in one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The tax-code cell is empty.
    MissingTaxCode,
    /// The tax code does not pass the rules of TT 105/2020/TT-BTC Art. 5.
    TaxCode(TaxCodeError),
    /// A 12-digit code: a personal ID used as tax code (individual or household business, which
    /// is not an organization: docs/rules.md §3.1); it cannot be verified offline. `possible_branch`
    /// is the branch code it would be with a lost leading 0, when that code is valid.
    CannotVerify { possible_branch: Option<TaxCode> },
    /// The same tax code appeared in an earlier row.
    Duplicate { code: TaxCode, first_row: u32 },
    /// The address did not give one commune of today, or gave it by converting an old
    /// address: what the resolver said (`docs/rules.md §2.4`). A [`Outcome::Current`] row is no
    /// problem and never listed.
    Address(Outcome),
    /// The current address and the old-address column give different communes.
    OldColumnDisagrees {
        /// The commune of the current address.
        current: CommuneCode,
        /// The commune the old address converts to.
        converted: CommuneCode,
    },
    /// The phone is no mobile number.
    Phone(PhoneError),
    /// The phone parsed but looks wrong (unknown prefix).
    PhoneWarning(PhoneWarning),
    /// The phone cell is empty (a phone receives the registration result).
    MissingPhone,
    /// The email is no address.
    Email(EmailError),
    /// The email parsed but its domain looks like a typo.
    EmailWarning(EmailWarning),
    /// The email cell is empty (an email receives the registration result).
    MissingEmail,
    /// Not operating: excluded from campaign targets (docs/rules.md §3.1).
    Inactive(InactiveReason),
    /// A status the check does not recognise: counted as operating.
    StatusUnrecognised,
    /// The row's text is damaged (an unclosed quote); its cells may be shifted.
    Damaged(RecordIssues),
}

/// How a problem weighs: must fix, should look, or for information.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Wrong data: must be fixed before registration.
    Error,
    /// Probably wrong, or missing: look at it.
    Warning,
    /// Nothing wrong, but it changes the counts (inactive, cannot verify).
    Info,
}

/// The filter groups of the problems table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemCategory {
    /// Missing or wrong tax codes.
    TaxCode,
    /// 12-digit codes that cannot be verified offline.
    CannotVerify,
    /// Repeated tax codes.
    Duplicate,
    /// Commune not found, split, district only, ambiguous, kind differs, contradictions.
    Commune,
    /// Old addresses converted to today's commune (for information: each row shows old → new).
    OldAddress,
    /// Phone problems.
    Phone,
    /// Email problems.
    Email,
    /// Not operating.
    Inactive,
    /// Unrecognised status, damaged rows.
    Other,
}

/// How many [`ProblemCategory`]s there are.
pub const CATEGORIES: usize = 9;

impl ProblemCategory {
    /// Every category, in the order of the filter.
    pub const ALL: [ProblemCategory; CATEGORIES] = [
        ProblemCategory::TaxCode,
        ProblemCategory::CannotVerify,
        ProblemCategory::Duplicate,
        ProblemCategory::Commune,
        ProblemCategory::OldAddress,
        ProblemCategory::Phone,
        ProblemCategory::Email,
        ProblemCategory::Inactive,
        ProblemCategory::Other,
    ];

    /// Position in [`ProblemCategory::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl ProblemKind {
    /// The filter group.
    pub const fn category(&self) -> ProblemCategory {
        match self {
            ProblemKind::MissingTaxCode | ProblemKind::TaxCode(_) => ProblemCategory::TaxCode,
            ProblemKind::CannotVerify { .. } => ProblemCategory::CannotVerify,
            ProblemKind::Duplicate { .. } => ProblemCategory::Duplicate,
            ProblemKind::Address(Outcome::Converted { .. }) => ProblemCategory::OldAddress,
            ProblemKind::Address(_) | ProblemKind::OldColumnDisagrees { .. } => {
                ProblemCategory::Commune
            }
            ProblemKind::Phone(_) | ProblemKind::PhoneWarning(_) | ProblemKind::MissingPhone => {
                ProblemCategory::Phone
            }
            ProblemKind::Email(_) | ProblemKind::EmailWarning(_) | ProblemKind::MissingEmail => {
                ProblemCategory::Email
            }
            ProblemKind::Inactive(_) => ProblemCategory::Inactive,
            ProblemKind::StatusUnrecognised | ProblemKind::Damaged(_) => ProblemCategory::Other,
        }
    }

    /// How much it weighs.
    pub const fn severity(&self) -> Severity {
        match self {
            ProblemKind::MissingTaxCode
            | ProblemKind::TaxCode(_)
            | ProblemKind::Duplicate { .. }
            | ProblemKind::Phone(_)
            | ProblemKind::Email(_)
            | ProblemKind::Damaged(_) => Severity::Error,
            ProblemKind::Address(Outcome::Converted { .. }) => Severity::Info,
            ProblemKind::Address(_)
            | ProblemKind::OldColumnDisagrees { .. }
            | ProblemKind::PhoneWarning(_)
            | ProblemKind::MissingPhone
            | ProblemKind::EmailWarning(_)
            | ProblemKind::MissingEmail
            | ProblemKind::StatusUnrecognised => Severity::Warning,
            ProblemKind::CannotVerify { .. } | ProblemKind::Inactive(_) => Severity::Info,
        }
    }
}

/// A problem in a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The spreadsheet row number (the header is row 1).
    pub row: u32,
    /// What it is, with its data.
    pub kind: ProblemKind,
}

// ---------------------------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------------------------

/// The counts of a check. Every figure has its base: [`Summary::rows`] for row counts.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Summary {
    /// Data rows read (blank rows skipped).
    pub rows: u32,
    /// 10- or 13-digit codes with a matching check digit.
    pub tax_valid: u32,
    /// Codes that are no tax code.
    pub tax_invalid: u32,
    /// 12-digit codes (personal IDs): cannot be verified offline.
    pub tax_cannot_verify: u32,
    /// Rows without a tax code.
    pub tax_missing: u32,
    /// Rows whose tax code appeared in an earlier row.
    pub duplicates: u32,
    /// Rows naming a commune of the 2025 list (new addresses).
    pub commune_current: u32,
    /// Rows with an old address converted to one commune of today (the table says so, or the
    /// user settled the split).
    pub commune_converted: u32,
    /// Rows in an old commune split between several new ones, not settled yet.
    pub commune_split: u32,
    /// Rows naming an old district and no commune.
    pub commune_old_district: u32,
    /// Rows naming a commune with another kind.
    pub commune_kind_differs: u32,
    /// Rows whose commune name fits several communes (old or new).
    pub commune_ambiguous: u32,
    /// Rows whose parts disagree (commune and district, province and list, old and new column).
    pub commune_contradiction: u32,
    /// Rows whose commune, district or province is found nowhere.
    pub commune_unmatched: u32,
    /// Rows with an old address that waits for the conversion data (not loaded).
    pub commune_needs_data: u32,
    /// Rows without commune or address.
    pub commune_missing: u32,
    /// Mobile numbers that parsed (with or without warning).
    pub phone_ok: u32,
    /// Phones that are no mobile number.
    pub phone_invalid: u32,
    /// Phones with a warning (unknown prefix).
    pub phone_warnings: u32,
    /// Rows without a phone (when the file has a phone column).
    pub phone_missing: u32,
    /// Emails that parsed (with or without warning).
    pub email_ok: u32,
    /// Emails that are no address.
    pub email_invalid: u32,
    /// Emails with a likely typo.
    pub email_warnings: u32,
    /// Rows without an email (when the file has an email column).
    pub email_missing: u32,
    /// Rows whose status says not operating (distinct organizations only, household businesses
    /// not included).
    pub inactive: u32,
    /// Distinct rows with a 12-digit code: household businesses (or individuals), which are not
    /// organizations and register a personal account (docs/rules.md §3.1).
    pub households: u32,
    /// Rows with a status the check does not recognise.
    pub status_unrecognised: u32,
    /// Rows with damaged text (unclosed quotes).
    pub damaged: u32,
}

impl Summary {
    /// Organizations counted once: rows minus duplicates and household businesses.
    pub const fn distinct(&self) -> u32 {
        self.rows
            .saturating_sub(self.duplicates)
            .saturating_sub(self.households)
    }

    /// Rows with one commune of today: new addresses and converted old ones.
    pub const fn commune_matched(&self) -> u32 {
        self.commune_current.saturating_add(self.commune_converted)
    }

    /// Rows whose commune is not settled: split, and every reason of
    /// [`Summary::commune_not_found`].
    pub const fn commune_problems(&self) -> u32 {
        self.commune_split.saturating_add(self.commune_not_found())
    }

    /// Rows without a commune and not split: district only, kind differs, ambiguous,
    /// contradiction, not found, waiting for the data, missing.
    pub const fn commune_not_found(&self) -> u32 {
        self.commune_old_district
            .saturating_add(self.commune_kind_differs)
            .saturating_add(self.commune_ambiguous)
            .saturating_add(self.commune_contradiction)
            .saturating_add(self.commune_unmatched)
            .saturating_add(self.commune_needs_data)
            .saturating_add(self.commune_missing)
    }

    /// Campaign targets: distinct organizations that are operating (docs/rules.md §3.1).
    pub const fn targets(&self) -> u32 {
        self.distinct().saturating_sub(self.inactive)
    }
}

/// Per-commune tally: distinct organizations, the inactive among them, how many came from old
/// addresses, and those only possibly here (an old commune split between this one and others).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, PartialOrd, Ord,
)]
pub struct CommuneTally {
    /// The commune (2025 list).
    pub commune: CommuneCode,
    /// Distinct organizations (duplicates counted once) whose commune this is.
    pub organizations: u32,
    /// Of which not operating.
    pub inactive: u32,
    /// Of which converted from an old address.
    pub from_old: u32,
    /// Organizations in old communes split between this commune and others, not settled: not
    /// in [`CommuneTally::organizations`], and counted in every candidate.
    pub possibly: u32,
}

impl CommuneTally {
    /// Campaign targets: operating organizations.
    pub const fn targets(&self) -> u32 {
        self.organizations.saturating_sub(self.inactive)
    }
}

/// At most this many problems are kept; beyond, they are only counted (a file of a million
/// rows with everything wrong must not exhaust a phone's memory).
pub const MAX_PROBLEMS: usize = 2_000_000;

/// Example rows shown per split old commune to help the user choose.
pub const SPLIT_EXAMPLES: usize = 3;

/// One example row of a split old commune.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitExample {
    /// The spreadsheet row.
    pub row: u32,
    /// The street or hamlet part of its address ("Ấp 3", "Số 12 đường Nguyễn Trãi").
    pub street: Option<Box<str>>,
    /// The organization's name.
    pub name: Option<Box<str>>,
}

/// The rows of one old commune split between several new ones (`docs/rules.md §2.4`): counted
/// "possibly" in each candidate until the user settles it for the whole list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitTally {
    /// The old commune.
    pub old: OldCommuneId,
    /// Its five-digit code (the key of a settlement).
    pub old_code: u32,
    /// The new communes it went into, in the table's order.
    pub candidates: Vec<CommuneCode>,
    /// Rows naming it (repeats and household businesses included).
    pub rows: u32,
    /// Distinct organizations among them (as in [`CommuneTally::organizations`]).
    pub organizations: u32,
    /// Of which not operating.
    pub inactive: u32,
    /// The first rows, with their street parts.
    pub examples: Vec<SplitExample>,
}

/// Everything a finished check produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkReport {
    /// The province the list was checked against, if one was chosen.
    pub province: Option<ProvinceCode>,
    /// The counts.
    pub summary: Summary,
    /// Per commune, by code (communes only possibly concerned included).
    pub communes: Vec<CommuneTally>,
    /// Split old communes not settled, by old code.
    pub splits: Vec<SplitTally>,
    /// Distinct organizations whose commune was not found (not in any tally, not split).
    pub unassigned: u32,
    /// Inactive among [`BulkReport::unassigned`].
    pub unassigned_inactive: u32,
    /// Problems in row order (at most [`MAX_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Problems beyond [`MAX_PROBLEMS`], only counted.
    pub problems_omitted: u32,
    /// Problems per [`ProblemCategory`] (including omitted ones), by [`ProblemCategory::index`].
    pub category_counts: [u32; CATEGORIES],
}

impl BulkReport {
    /// Problems of one category (all when `None`), in row order.
    pub fn problems_in(
        &self,
        category: Option<ProblemCategory>,
    ) -> impl Iterator<Item = &Problem> + '_ {
        self.problems
            .iter()
            .filter(move |p| category.is_none_or(|c| p.kind.category() == c))
    }

    /// How many problems of one category (all when `None`) were found.
    pub fn count_in(&self, category: Option<ProblemCategory>) -> u32 {
        match category {
            Some(c) => self.category_counts.get(c.index()).copied().unwrap_or(0),
            None => self
                .category_counts
                .iter()
                .fold(0u32, |a, &b| a.saturating_add(b)),
        }
    }

    /// The communes sorted by number of organizations, most first (then those only possibly
    /// concerned, most first; ties by code).
    pub fn communes_by_count(&self) -> Vec<CommuneTally> {
        let mut sorted = self.communes.clone();
        sorted.sort_unstable_by(|a, b| {
            b.organizations
                .cmp(&a.organizations)
                .then(b.possibly.cmp(&a.possibly))
                .then(a.commune.cmp(&b.commune))
        });
        sorted
    }

    /// Distinct organizations in split old communes not settled yet.
    pub fn split_organizations(&self) -> u32 {
        self.splits
            .iter()
            .fold(0u32, |n, s| n.saturating_add(s.organizations))
    }

    /// Inactive organizations among [`BulkReport::split_organizations`].
    pub fn split_inactive(&self) -> u32 {
        self.splits
            .iter()
            .fold(0u32, |n, s| n.saturating_add(s.inactive))
    }

    /// Distinct organizations converted from old addresses, over all communes.
    pub fn converted_organizations(&self) -> u32 {
        self.communes
            .iter()
            .fold(0u32, |n, t| n.saturating_add(t.from_old))
    }

    /// The report as it reads once the user's choices for split old communes are applied
    /// (`docs/rules.md §2.4`): each settled split's rows become converted rows of the chosen
    /// commune — its organizations move from "possibly" in every candidate into that commune's
    /// count, its listed rows say old → new. A choice that is not one of the split's candidates
    /// is ignored (as the resolver does). The report itself is left as it is, so a choice can be
    /// undone by applying the remaining ones to it again.
    pub fn with_settlements(&self, settlements: &Settlements) -> BulkReport {
        let mut settled: HashMap<OldCommuneId, CommuneCode, FxBuildHasher> = HashMap::default();
        let mut open: Vec<SplitTally> = Vec::with_capacity(self.splits.len());
        let mut summary = self.summary;
        let mut category_counts = self.category_counts;
        let mut definite: HashMap<CommuneCode, CommuneTally, FxBuildHasher> =
            self.communes.iter().map(|t| (t.commune, *t)).collect();
        for split in &self.splits {
            let chosen = settlements
                .get(split.old_code)
                .filter(|c| split.candidates.contains(c));
            let Some(new) = chosen else {
                open.push(split.clone());
                continue;
            };
            settled.insert(split.old, new);
            summary.commune_split = summary.commune_split.saturating_sub(split.rows);
            summary.commune_converted = summary.commune_converted.saturating_add(split.rows);
            for (category, moved) in [
                (ProblemCategory::Commune, false),
                (ProblemCategory::OldAddress, true),
            ] {
                if let Some(count) = category_counts.get_mut(category.index()) {
                    *count = if moved {
                        count.saturating_add(split.rows)
                    } else {
                        count.saturating_sub(split.rows)
                    };
                }
            }
            let tally = definite.entry(new).or_insert(CommuneTally {
                commune: new,
                organizations: 0,
                inactive: 0,
                from_old: 0,
                possibly: 0,
            });
            tally.organizations = tally.organizations.saturating_add(split.organizations);
            tally.inactive = tally.inactive.saturating_add(split.inactive);
            tally.from_old = tally.from_old.saturating_add(split.organizations);
        }
        let problems = if settled.is_empty() {
            self.problems.clone()
        } else {
            self.problems
                .iter()
                .map(|p| match p.kind {
                    ProblemKind::Address(Outcome::Split { old, via, .. }) => {
                        match settled.get(&old) {
                            Some(&new) => Problem {
                                row: p.row,
                                kind: ProblemKind::Address(Outcome::Converted {
                                    old,
                                    new,
                                    how: How::Settled,
                                    via,
                                }),
                            },
                            None => p.clone(),
                        }
                    }
                    _ => p.clone(),
                })
                .collect()
        };
        BulkReport {
            province: self.province,
            summary,
            communes: with_possibly(definite.into_values(), &open),
            splits: open,
            unassigned: self.unassigned,
            unassigned_inactive: self.unassigned_inactive,
            problems,
            problems_omitted: self.problems_omitted,
            category_counts,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Distinct status texts remembered (lists use a handful).
const MAX_CACHED_STATUSES: usize = 1024;
/// At most this many rows are reserved ahead ([`BulkChecker::reserve`]).
const MAX_RESERVED_ROWS: usize = 2_000_000;
/// Bytes per row of a typical list (tax office exports: 150–250), to estimate rows from a size.
pub const TYPICAL_ROW_BYTES: usize = 200;
/// Distinct email domains remembered with their typo verdict.
const MAX_CACHED_DOMAINS: usize = 4096;

/// Per commune while checking: organizations, inactive, from old addresses.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    organizations: u32,
    inactive: u32,
    from_old: u32,
}

/// A check in progress: feed it data records (not the header) in file order. `'u` is the
/// conversion data's lifetime (the UI's is `'static`: loaded once per session).
#[derive(Debug)]
pub struct BulkChecker<'u> {
    columns: BulkColumns,
    addresses: AddressReader<'u>,
    statuses: TextMap<Status>,
    /// Email domain → whether it looks like a typo of a common provider.
    domain_typos: TextMap<bool>,
    /// Tax code ([`TaxCode::packed`]) → the row it first appeared in.
    seen: HashMap<u64, u32, FxBuildHasher>,
    tallies: HashMap<CommuneCode, Tally, FxBuildHasher>,
    /// Split old communes, by their position in the data.
    splits: HashMap<OldCommuneId, SplitTally, FxBuildHasher>,
    unassigned: (u32, u32),
    summary: Summary,
    problems: Vec<Problem>,
    problems_omitted: u32,
    category_counts: [u32; CATEGORIES],
}

/// Adds one, saturating.
fn bump(counter: &mut u32) {
    *counter = counter.saturating_add(1);
}

/// Longest organization name kept with a split's example row (bytes).
const MAX_EXAMPLE_NAME_BYTES: usize = 120;

/// Cuts a text to at most `max` bytes at a character boundary.
fn bounded(text: &str, max: usize) -> &str {
    let end = (0..=text.len().min(max))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    text.get(..end).unwrap_or("")
}

/// The per-commune table: the definite tallies (without their `possibly`), and every candidate
/// of each unsettled split counted "possibly"; communes with nothing in either are left out.
fn with_possibly(
    definite: impl Iterator<Item = CommuneTally>,
    splits: &[SplitTally],
) -> Vec<CommuneTally> {
    let mut by_code: HashMap<CommuneCode, CommuneTally, FxBuildHasher> = definite
        .map(|t| (t.commune, CommuneTally { possibly: 0, ..t }))
        .collect();
    for split in splits {
        for &candidate in &split.candidates {
            let tally = by_code.entry(candidate).or_insert(CommuneTally {
                commune: candidate,
                organizations: 0,
                inactive: 0,
                from_old: 0,
                possibly: 0,
            });
            tally.possibly = tally.possibly.saturating_add(split.organizations);
        }
    }
    let mut communes: Vec<CommuneTally> = by_code
        .into_values()
        .filter(|t| t.organizations > 0 || t.possibly > 0)
        .collect();
    communes.sort_unstable();
    communes
}

impl<'u> BulkChecker<'u> {
    /// A check of a list whose columns are `columns`, for one province (`None`: nationwide,
    /// or the province named in each row), with the conversion data of old addresses (`None`:
    /// not loaded; rows with old addresses then count as waiting for it, never guessed).
    pub fn new(
        columns: BulkColumns,
        province: Option<ProvinceCode>,
        data: Option<&'u OldUnits>,
    ) -> BulkChecker<'u> {
        BulkChecker {
            columns,
            addresses: AddressReader::new(data, province),
            statuses: TextMap::default(),
            domain_typos: TextMap::default(),
            seen: HashMap::default(),
            tallies: HashMap::default(),
            splits: HashMap::default(),
            unassigned: (0, 0),
            summary: Summary::default(),
            problems: Vec::new(),
            problems_omitted: 0,
            category_counts: [0; CATEGORIES],
        }
    }

    /// Makes room for about `rows` distinct tax codes and their addresses at once, so the
    /// duplicate table and the resolver's are not rebuilt as they grow (the UI and
    /// [`check_text`] estimate `rows` from the text's size).
    pub fn reserve(&mut self, rows: usize) {
        self.seen.reserve(rows.min(MAX_RESERVED_ROWS));
        self.addresses.reserve(rows);
    }

    /// Settles split old communes as the user chose, from the next row on (the exports run
    /// their check with the choices; the page applies them to a finished report with
    /// [`BulkReport::with_settlements`]).
    pub fn set_settlements(&mut self, settlements: Settlements) {
        self.addresses.set_settlements(settlements);
    }

    /// Whether the check runs without the conversion data and has met a row the data may
    /// resolve ([`AddressReading::wants_old_data`]): the page then fetches the data and checks
    /// the list again with it.
    pub fn wants_old_data(&self) -> bool {
        self.addresses.data().is_none()
            && (self.summary.commune_needs_data > 0 || self.summary.commune_unmatched > 0)
    }

    /// The counts so far.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The problems so far, in row order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    #[inline]
    fn cell<'r>(&self, record: &'r Record<'_>, column: Column) -> Option<&'r str> {
        self.columns
            .get(column)
            .and_then(|i| record.get(i))
            .map(crate::text::trim_white)
            .filter(|c| !c.is_empty())
    }

    fn problem(&mut self, row: u32, kind: ProblemKind) {
        if let Some(count) = self.category_counts.get_mut(kind.category().index()) {
            bump(count);
        }
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { row, kind });
        } else {
            bump(&mut self.problems_omitted);
        }
    }

    fn status_of(&mut self, cell: Option<&str>) -> Status {
        let Some(cell) = cell else {
            return Status::Blank;
        };
        if let Some(&status) = self.statuses.get(cell) {
            return status;
        }
        let status = read_status(cell);
        if self.statuses.len() < MAX_CACHED_STATUSES {
            self.statuses.insert(cell, status);
        }
        status
    }

    /// The typo warning of a valid address: the domain is looked up once (a list repeats
    /// gmail.com tens of thousands of times) and the address is built only for a typo.
    fn email_typo(&mut self, cell: &str, domain: &str) -> Option<EmailAddress> {
        let typo = match self.domain_typos.get(domain) {
            Some(&typo) => typo,
            None => {
                let typo = if domain.bytes().any(|b| b.is_ascii_uppercase()) {
                    domain_suggestion(&domain.to_ascii_lowercase()).is_some()
                } else {
                    domain_suggestion(domain).is_some()
                };
                if self.domain_typos.len() < MAX_CACHED_DOMAINS {
                    self.domain_typos.insert(domain, typo);
                }
                typo
            }
        };
        if typo {
            EmailAddress::parse(cell).ok().and_then(|a| a.suggestion())
        } else {
            None
        }
    }

    /// Checks one data record: updates the counts, the tallies and the problems, and returns
    /// what the row holds. Blank records are skipped (`None`).
    pub fn check(&mut self, record: &Record<'_>) -> Option<RowOutcome> {
        if record.is_blank() {
            return None;
        }
        let row = u32::try_from(record.row).unwrap_or(u32::MAX);
        bump(&mut self.summary.rows);
        if record.issues.unterminated_quote {
            bump(&mut self.summary.damaged);
            self.problem(row, ProblemKind::Damaged(record.issues));
        }

        // Tax code and duplicates.
        let tax = self
            .cell(record, Column::TaxCode)
            .map_or(TaxVerdict::Missing, TaxVerdict::of);
        match tax {
            TaxVerdict::Valid(_) => bump(&mut self.summary.tax_valid),
            TaxVerdict::CannotVerify(code) => {
                bump(&mut self.summary.tax_cannot_verify);
                let possible_branch = code.branch_code_if_leading_zero_lost();
                self.problem(row, ProblemKind::CannotVerify { possible_branch });
            }
            TaxVerdict::Invalid(error) => {
                bump(&mut self.summary.tax_invalid);
                self.problem(row, ProblemKind::TaxCode(error));
            }
            TaxVerdict::Missing => {
                bump(&mut self.summary.tax_missing);
                self.problem(row, ProblemKind::MissingTaxCode);
            }
        }
        let duplicate_of = match tax.code() {
            Some(code) => match self.seen.entry(code.packed()) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(slot) => {
                    slot.insert(row);
                    None
                }
            },
            None => None,
        };
        if let (Some(first_row), Some(code)) = (duplicate_of, tax.code()) {
            bump(&mut self.summary.duplicates);
            self.problem(row, ProblemKind::Duplicate { code, first_row });
        }

        // Commune: named, converted from an old address, or why not.
        let cells = RowCells {
            commune: self.cell(record, Column::Commune),
            district: self.cell(record, Column::District),
            province: self.cell(record, Column::Province),
            address: self.cell(record, Column::Address),
            old_address: self.cell(record, Column::OldAddress),
        };
        let (address, street) = self.addresses.read(cells);
        let counter = match address {
            AddressReading::Resolved(outcome) => match outcome {
                Outcome::Current(_) => &mut self.summary.commune_current,
                Outcome::Converted { .. } => &mut self.summary.commune_converted,
                Outcome::Split { .. } => &mut self.summary.commune_split,
                Outcome::DistrictOnly { .. } => &mut self.summary.commune_old_district,
                Outcome::CurrentKindDiffers { .. } => &mut self.summary.commune_kind_differs,
                Outcome::AmbiguousOld { .. } | Outcome::AmbiguousNew { .. } => {
                    &mut self.summary.commune_ambiguous
                }
                Outcome::Contradiction(_) => &mut self.summary.commune_contradiction,
                Outcome::NotFound(_) => &mut self.summary.commune_unmatched,
                Outcome::NeedsOldData => &mut self.summary.commune_needs_data,
                Outcome::Missing => &mut self.summary.commune_missing,
            },
            AddressReading::OldColumnDisagrees { .. } => &mut self.summary.commune_contradiction,
        };
        bump(counter);
        match address {
            AddressReading::Resolved(Outcome::Current(_)) => {}
            AddressReading::Resolved(outcome) => self.problem(row, ProblemKind::Address(outcome)),
            AddressReading::OldColumnDisagrees { current, old } => {
                if let Some(converted) = old.commune() {
                    self.problem(row, ProblemKind::OldColumnDisagrees { current, converted });
                }
            }
        }
        let split = match address {
            AddressReading::Resolved(Outcome::Split {
                old, candidates, ..
            }) => {
                let name = self.cell(record, Column::Name);
                let old_code = self
                    .addresses
                    .data()
                    .and_then(|d| d.commune(old))
                    .and_then(|c| c.code)
                    .unwrap_or(0);
                let tally = self.splits.entry(old).or_insert_with(|| SplitTally {
                    old,
                    old_code,
                    candidates: candidates.iter().map(|(c, _)| c).collect(),
                    rows: 0,
                    organizations: 0,
                    inactive: 0,
                    examples: Vec::new(),
                });
                bump(&mut tally.rows);
                if tally.examples.len() < SPLIT_EXAMPLES {
                    tally.examples.push(SplitExample {
                        row,
                        street: street.map(Box::from),
                        name: name.map(|n| Box::from(bounded(n, MAX_EXAMPLE_NAME_BYTES))),
                    });
                }
                Some(old)
            }
            _ => None,
        };

        // Phone.
        let phone = self.cell(record, Column::Phone).map(MobileNumber::parse);
        match &phone {
            Some(Ok(number)) => {
                bump(&mut self.summary.phone_ok);
                if !number.is_in_mobile_range() {
                    bump(&mut self.summary.phone_warnings);
                    let prefix = number.prefix();
                    self.problem(
                        row,
                        ProblemKind::PhoneWarning(PhoneWarning::UnknownPrefix { prefix }),
                    );
                }
            }
            Some(Err(error)) => {
                bump(&mut self.summary.phone_invalid);
                self.problem(row, ProblemKind::Phone(*error));
            }
            None if self.columns.phone.is_some() => {
                bump(&mut self.summary.phone_missing);
                self.problem(row, ProblemKind::MissingPhone);
            }
            None => {}
        }

        // Email.
        let email_cell = self.cell(record, Column::Email);
        let email =
            email_cell.map(|cell| EmailAddress::validate(cell).map(|domain| (cell, domain)));
        match email {
            Some(Ok((cell, domain))) => {
                bump(&mut self.summary.email_ok);
                if let Some(suggestion) = self.email_typo(cell, domain) {
                    bump(&mut self.summary.email_warnings);
                    self.problem(
                        row,
                        ProblemKind::EmailWarning(EmailWarning::PossibleTypo { suggestion }),
                    );
                }
            }
            Some(Err(error)) => {
                bump(&mut self.summary.email_invalid);
                self.problem(row, ProblemKind::Email(error));
            }
            None if self.columns.email.is_some() => {
                bump(&mut self.summary.email_missing);
                self.problem(row, ProblemKind::MissingEmail);
            }
            None => {}
        }

        // Status, and the per-commune tally of distinct organizations.
        let status_cell = self.cell(record, Column::Status);
        let status = self.status_of(status_cell);
        match status {
            Status::Inactive(reason) => self.problem(row, ProblemKind::Inactive(reason)),
            Status::Unrecognised => {
                bump(&mut self.summary.status_unrecognised);
                self.problem(row, ProblemKind::StatusUnrecognised);
            }
            Status::Active | Status::Blank => {}
        }
        if duplicate_of.is_none() {
            let inactive = u32::from(status.is_inactive());
            // A household business (12-digit code) is not an organization: its owner uses a
            // personal account (docs/rules.md §3.1), so it is not counted as one, nor towards a
            // commune.
            if matches!(tax, TaxVerdict::CannotVerify(_)) {
                bump(&mut self.summary.households);
            } else {
                if inactive > 0 {
                    bump(&mut self.summary.inactive);
                }
                let (organizations, inactives) = match (address.commune(), split) {
                    (Some(code), _) => {
                        let tally = self.tallies.entry(code).or_default();
                        if address.is_converted() {
                            bump(&mut tally.from_old);
                        }
                        (&mut tally.organizations, &mut tally.inactive)
                    }
                    (None, Some(old)) => match self.splits.get_mut(&old) {
                        Some(t) => (&mut t.organizations, &mut t.inactive),
                        None => (&mut self.unassigned.0, &mut self.unassigned.1),
                    },
                    (None, None) => (&mut self.unassigned.0, &mut self.unassigned.1),
                };
                bump(organizations);
                *inactives = inactives.saturating_add(inactive);
            }
        }

        Some(RowOutcome {
            row,
            tax,
            duplicate_of,
            address,
            phone,
            email: email.map(|e| e.map(|_| ())),
            status,
        })
    }

    /// Checks records until `limit` of them were read or the reader ends; returns how many were
    /// read. The UI calls this between yields to the browser.
    pub fn feed<'a>(
        &mut self,
        records: &mut impl Iterator<Item = Record<'a>>,
        limit: usize,
    ) -> usize {
        let mut read = 0;
        while read < limit {
            let Some(record) = records.next() else {
                break;
            };
            let _ = self.check(&record);
            read += 1;
        }
        read
    }

    /// The report.
    pub fn finish(self) -> BulkReport {
        let mut splits: Vec<SplitTally> = self.splits.into_values().collect();
        splits.sort_unstable_by_key(|s| (s.old_code, s.old));
        let definite = self.tallies.into_iter().map(|(commune, t)| CommuneTally {
            commune,
            organizations: t.organizations,
            inactive: t.inactive,
            from_old: t.from_old,
            possibly: 0,
        });
        BulkReport {
            province: self.addresses.province(),
            summary: self.summary,
            communes: with_possibly(definite, &splits),
            splits,
            unassigned: self.unassigned.0,
            unassigned_inactive: self.unassigned.1,
            problems: self.problems,
            problems_omitted: self.problems_omitted,
            category_counts: self.category_counts,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Whole files
// ---------------------------------------------------------------------------------------------

/// A file read far enough to check it: its delimiter, its header, and the column mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The delimiter (detected, or chosen).
    pub delimiter: Delimiter,
    /// The header cells.
    pub header: Vec<String>,
    /// The header's row number.
    pub header_row: usize,
    /// How the headers matched [`COLUMNS`].
    pub mapping: ColumnMapping,
}

/// Records looked at for the header row: the tax office's exports put a title (and sometimes
/// the office's name and a date) above it.
const MAX_TITLE_ROWS: usize = 8;

/// Reads the header and maps it to [`COLUMNS`]: the first non-blank record that names the tax
/// code column outright (a title row above it, "DANH SÁCH DOANH NGHIỆP ĐANG HOẠT ĐỘNG", is
/// skipped), else the first non-blank record. `None` for a text with no record.
pub fn prepare(text: &str, delimiter: Delimiter) -> Option<Prepared> {
    let mut first = None;
    let mut found = None;
    for record in Reader::new(text, delimiter)
        .filter(|r| !r.is_blank())
        .take(MAX_TITLE_ROWS)
    {
        let mapping = delimited::match_headers(&record.fields, &COLUMNS);
        let names_tax_code = mapping.columns.iter().any(|c| {
            c.key == Column::TaxCode.key()
                && matches!(
                    c.confidence,
                    delimited::Confidence::Exact | delimited::Confidence::Synonym
                )
        });
        if names_tax_code {
            found = Some((record, mapping));
            break;
        }
        if first.is_none() {
            first = Some((record, mapping));
        }
    }
    let (header, mapping) = found.or(first)?;
    Some(Prepared {
        delimiter,
        header: header.fields.iter().map(|f| f.to_string()).collect(),
        header_row: header.row,
        mapping,
    })
}

/// The data records of a text: everything after the header row.
pub fn data_records(
    text: &str,
    delimiter: Delimiter,
    header_row: usize,
) -> impl Iterator<Item = Record<'_>> {
    Reader::new(text, delimiter).skip_while(move |r| r.row <= header_row)
}

/// Checks a whole text in one go: detects the delimiter, maps the header with [`COLUMNS`] and
/// checks every row, converting old addresses with `data` when given. `None` when the text has
/// no header. For the UI, which must yield to the browser, drive a [`BulkChecker`] instead.
pub fn check_text(
    text: &str,
    province: Option<ProvinceCode>,
    data: Option<&OldUnits>,
) -> Option<(Prepared, BulkReport)> {
    let delimiter = delimited::detect_delimiter(text).delimiter;
    let prepared = prepare(text, delimiter)?;
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut checker = BulkChecker::new(columns, province, data);
    checker.reserve(text.len() / TYPICAL_ROW_BYTES);
    // One record reused for every row: no allocation per row.
    let mut reader = Reader::new(text, delimiter);
    let mut record = Record {
        row: 0,
        line: 0,
        fields: Vec::new(),
        issues: RecordIssues::default(),
    };
    while reader.read_into(&mut record) {
        if record.row > prepared.header_row {
            let _ = checker.check(&record);
        }
    }
    Some((prepared, checker.finish()))
}

/// [`check_text`] on a file's bytes (UTF-8 with or without BOM, UTF-16).
///
/// # Errors
/// [`ReadError::TooLarge`] for more than [`delimited::MAX_INPUT_BYTES`].
pub fn check_bytes(
    bytes: &[u8],
    province: Option<ProvinceCode>,
    data: Option<&OldUnits>,
) -> Result<Option<(Prepared, BulkReport)>, ReadError> {
    let decoded: Decoded<'_> = delimited::decode(bytes)?;
    Ok(check_text(&decoded.text, province, data))
}

/// The commune's name and province, for tables and exports.
pub fn commune_names(code: CommuneCode) -> Option<(&'static str, &'static str)> {
    let commune = units::commune(code)?;
    let province = units::province(commune.province)?;
    Some((commune.full_name, province.full_name))
}
