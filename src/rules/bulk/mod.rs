//! Bulk check of organization lists (issue 7): the lists officers receive from the tax office
//! or the business registry (Kiên Giang 374/KH-UBND: 11.589 enterprises, 530 cooperatives,
//! 1.748 organizations), cleaned and counted per commune.
//!
//! Per row: the tax code (TT 105/2020/TT-BTC Art. 5; a 12-digit code is a personal ID used as
//! tax code since 1/7/2025 and *cannot be verified offline*), duplicates (the same canonical tax
//! code twice; a 10-digit code and its 13-digit branches are different codes), the commune
//! matched to the 2025 list (Nghị quyết 202/2025/QH15; old district names recognised), the
//! phone and email that receive the result (NĐ 69/2024/NĐ-CP), and the operating status
//! (inactive enterprises are excluded from targets, docs/rules.md §3.1).
//!
//! [`BulkChecker`] is fed records one at a time, so the UI can yield between chunks and a
//! million rows never freeze the page. It keeps counts, per-commune tallies and the problems
//! list — nothing else per row: exports re-run the check ([`export`]).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};

use crate::rules::delimited::{
    self, ColumnMapping, Decoded, Delimiter, ReadError, Reader, Record, RecordIssues,
};
use crate::rules::email::{EmailAddress, EmailError, EmailWarning, domain_suggestion};
use crate::rules::phone::{MobileNumber, PhoneError, PhoneWarning};
use crate::rules::tax_code::{TaxCode, TaxCodeError};
use crate::rules::units::{self, CommuneCode, CommuneKind, ProvinceCode};

mod columns;
mod commune;
pub mod export;
mod status;

pub use columns::{BulkColumns, COLUMNS, Column, mapping_key, needs_review};
pub use commune::{CommuneReading, CommuneResolver};
pub use status::{InactiveReason, Status, read_status};

// ---------------------------------------------------------------------------------------------
// A fast hasher for the per-row look-ups
// ---------------------------------------------------------------------------------------------

/// The Fx hash (Firefox, rustc): one multiply per word. Keys here are tax codes and short cell
/// texts from the user's own file, so flooding resistance (std's SipHash) buys nothing and
/// costs a third of the check's time.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            if let Some(slot) = word.get_mut(..rest.len()) {
                slot.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// [`FxHasher`] for `HashMap`/`HashSet`.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

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
    /// The commune.
    pub commune: CommuneReading,
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
    /// A district-level name: the 2025 list has no districts.
    OldDistrict,
    /// A commune's name with another kind.
    CommuneKindDiffers {
        commune: CommuneCode,
        written: CommuneKind,
    },
    /// Several communes have this name.
    CommuneAmbiguous { candidates: u16 },
    /// No commune of the 2025 list has this name.
    CommuneUnmatched,
    /// No commune cell and no address.
    MissingCommune,
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
    /// Commune not found, old district, ambiguous, kind differs.
    Commune,
    /// Phone problems.
    Phone,
    /// Email problems.
    Email,
    /// Not operating.
    Inactive,
    /// Unrecognised status, damaged rows.
    Other,
}

impl ProblemCategory {
    /// Every category, in the order of the filter.
    pub const ALL: [ProblemCategory; 8] = [
        ProblemCategory::TaxCode,
        ProblemCategory::CannotVerify,
        ProblemCategory::Duplicate,
        ProblemCategory::Commune,
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
            ProblemKind::OldDistrict
            | ProblemKind::CommuneKindDiffers { .. }
            | ProblemKind::CommuneAmbiguous { .. }
            | ProblemKind::CommuneUnmatched
            | ProblemKind::MissingCommune => ProblemCategory::Commune,
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
            ProblemKind::OldDistrict
            | ProblemKind::CommuneKindDiffers { .. }
            | ProblemKind::CommuneAmbiguous { .. }
            | ProblemKind::CommuneUnmatched
            | ProblemKind::MissingCommune
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
    /// Rows matched to one commune of the 2025 list.
    pub commune_matched: u32,
    /// Rows naming an old district instead of a commune.
    pub commune_old_district: u32,
    /// Rows naming a commune with another kind.
    pub commune_kind_differs: u32,
    /// Rows whose commune name fits several communes.
    pub commune_ambiguous: u32,
    /// Rows whose commune is not in the 2025 list.
    pub commune_unmatched: u32,
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

    /// All commune problems: old district, kind differs, ambiguous, unmatched, missing.
    pub const fn commune_problems(&self) -> u32 {
        self.commune_old_district
            .saturating_add(self.commune_kind_differs)
            .saturating_add(self.commune_ambiguous)
            .saturating_add(self.commune_unmatched)
            .saturating_add(self.commune_missing)
    }

    /// Campaign targets: distinct organizations that are operating (docs/rules.md §3.1).
    pub const fn targets(&self) -> u32 {
        self.distinct().saturating_sub(self.inactive)
    }
}

/// Per-commune tally: distinct organizations, and the inactive among them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, PartialOrd, Ord,
)]
pub struct CommuneTally {
    /// The commune (2025 list).
    pub commune: CommuneCode,
    /// Distinct organizations (duplicates counted once).
    pub organizations: u32,
    /// Of which not operating.
    pub inactive: u32,
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

/// Everything a finished check produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkReport {
    /// The province the list was checked against, if one was chosen.
    pub province: Option<ProvinceCode>,
    /// The counts.
    pub summary: Summary,
    /// Per commune, by code.
    pub communes: Vec<CommuneTally>,
    /// Distinct organizations whose commune was not found (not in any tally).
    pub unassigned: u32,
    /// Inactive among [`BulkReport::unassigned`].
    pub unassigned_inactive: u32,
    /// Problems in row order (at most [`MAX_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Problems beyond [`MAX_PROBLEMS`], only counted.
    pub problems_omitted: u32,
    /// Problems per [`ProblemCategory`] (including omitted ones), by [`ProblemCategory::index`].
    pub category_counts: [u32; 8],
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

    /// The communes sorted by number of organizations, most first (ties by code).
    pub fn communes_by_count(&self) -> Vec<CommuneTally> {
        let mut sorted = self.communes.clone();
        sorted.sort_unstable_by(|a, b| {
            b.organizations
                .cmp(&a.organizations)
                .then(a.commune.cmp(&b.commune))
        });
        sorted
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

/// A check in progress: feed it data records (not the header) in file order.
#[derive(Debug)]
pub struct BulkChecker {
    columns: BulkColumns,
    resolver: CommuneResolver,
    statuses: HashMap<Box<str>, Status, FxBuildHasher>,
    /// Email domain → whether it looks like a typo of a common provider.
    domain_typos: HashMap<Box<str>, bool, FxBuildHasher>,
    /// Tax code → the row it first appeared in.
    seen: HashMap<TaxCode, u32, FxBuildHasher>,
    /// Commune → (organizations, inactive).
    tallies: HashMap<CommuneCode, (u32, u32), FxBuildHasher>,
    unassigned: (u32, u32),
    summary: Summary,
    problems: Vec<Problem>,
    problems_omitted: u32,
    category_counts: [u32; 8],
}

/// A cell without surrounding white space. Most cells start and end with a visible ASCII
/// character: those are returned as they are, without decoding characters at both ends.
fn trimmed(cell: &str) -> &str {
    let bytes = cell.as_bytes();
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    if visible(bytes.first()) && visible(bytes.last()) {
        cell
    } else {
        cell.trim()
    }
}

/// Adds one, saturating.
fn bump(counter: &mut u32) {
    *counter = counter.saturating_add(1);
}

impl BulkChecker {
    /// A check of a list whose columns are `columns`, for one province (`None`: nationwide,
    /// or the province named at the end of each address).
    pub fn new(columns: BulkColumns, province: Option<ProvinceCode>) -> BulkChecker {
        BulkChecker {
            columns,
            resolver: CommuneResolver::new(province),
            statuses: HashMap::default(),
            domain_typos: HashMap::default(),
            seen: HashMap::default(),
            tallies: HashMap::default(),
            unassigned: (0, 0),
            summary: Summary::default(),
            problems: Vec::new(),
            problems_omitted: 0,
            category_counts: [0; 8],
        }
    }

    /// Makes room for about `rows` distinct tax codes at once, so the duplicate table is not
    /// rebuilt as it grows (the UI and [`check_text`] estimate `rows` from the text's size).
    pub fn reserve(&mut self, rows: usize) {
        self.seen.reserve(rows.min(MAX_RESERVED_ROWS));
    }

    /// The counts so far.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The problems so far, in row order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    fn cell<'r>(&self, record: &'r Record<'_>, column: Column) -> Option<&'r str> {
        self.columns
            .get(column)
            .and_then(|i| record.get(i))
            .map(trimmed)
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
            self.statuses.insert(cell.into(), status);
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
                    self.domain_typos.insert(domain.into(), typo);
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
            Some(code) => match self.seen.entry(code) {
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

        // Commune.
        let commune_cell = self.cell(record, Column::Commune);
        let address = self.cell(record, Column::Address);
        let commune = self.resolver.resolve(commune_cell, address);
        let commune_problem = match commune {
            CommuneReading::Matched(_) => {
                bump(&mut self.summary.commune_matched);
                None
            }
            CommuneReading::OldDistrict => {
                bump(&mut self.summary.commune_old_district);
                Some(ProblemKind::OldDistrict)
            }
            CommuneReading::KindDiffers { commune, written } => {
                bump(&mut self.summary.commune_kind_differs);
                Some(ProblemKind::CommuneKindDiffers { commune, written })
            }
            CommuneReading::Ambiguous { candidates } => {
                bump(&mut self.summary.commune_ambiguous);
                Some(ProblemKind::CommuneAmbiguous { candidates })
            }
            CommuneReading::Unmatched => {
                bump(&mut self.summary.commune_unmatched);
                Some(ProblemKind::CommuneUnmatched)
            }
            CommuneReading::Missing => {
                bump(&mut self.summary.commune_missing);
                Some(ProblemKind::MissingCommune)
            }
        };
        if let Some(kind) = commune_problem {
            self.problem(row, kind);
        }

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
                let tally = match commune.commune() {
                    Some(code) => self.tallies.entry(code).or_insert((0, 0)),
                    None => &mut self.unassigned,
                };
                tally.0 = tally.0.saturating_add(1);
                tally.1 = tally.1.saturating_add(inactive);
            }
        }

        Some(RowOutcome {
            row,
            tax,
            duplicate_of,
            commune,
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
        let mut communes: Vec<CommuneTally> = self
            .tallies
            .into_iter()
            .map(|(commune, (organizations, inactive))| CommuneTally {
                commune,
                organizations,
                inactive,
            })
            .collect();
        communes.sort_unstable();
        BulkReport {
            province: self.resolver.province(),
            summary: self.summary,
            communes,
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

/// Reads the header (the first non-blank record) and maps it to [`COLUMNS`]. `None` for a text
/// with no record.
pub fn prepare(text: &str, delimiter: Delimiter) -> Option<Prepared> {
    let header = Reader::new(text, delimiter).find(|r| !r.is_blank())?;
    let mapping = delimited::match_headers(&header.fields, &COLUMNS);
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
/// checks every row. `None` when the text has no header. For the UI, which must yield to the
/// browser, drive a [`BulkChecker`] instead.
pub fn check_text(text: &str, province: Option<ProvinceCode>) -> Option<(Prepared, BulkReport)> {
    let delimiter = delimited::detect_delimiter(text).delimiter;
    let prepared = prepare(text, delimiter)?;
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut checker = BulkChecker::new(columns, province);
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
) -> Result<Option<(Prepared, BulkReport)>, ReadError> {
    let decoded: Decoded<'_> = delimited::decode(bytes)?;
    Ok(check_text(&decoded.text, province))
}

/// The commune's name and province, for tables and exports.
pub fn commune_names(code: CommuneCode) -> Option<(&'static str, &'static str)> {
    let commune = units::commune(code)?;
    let province = units::province(commune.province)?;
    Some((commune.full_name, province.full_name))
}
