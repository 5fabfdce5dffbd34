//! How current the rules are: the date the rule book was last brought up to date, and what changed
//! since the rules were first written, newest first. The same list ends `docs/rules.md` ("What
//! changed"), and a native test keeps the two in step; the footer shows both.

use chrono::NaiveDate;

use crate::date::ymd;

/// The day every rule in `docs/rules.md` was last checked against the texts in force ("Quy định
/// cập nhật đến ngày …" in the footer and on print).
pub const RULES_AS_OF: NaiveDate = ymd(2026, 12, 5);

/// A change to the rules the app applies (docs/rules.md, "What changed").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleChange {
    /// The 2027 holiday schedule (Văn bản 10065/VPCP-KGVX of 2/10/2026); Giỗ Tổ and the day in
    /// lieu of 1/5 derived from the Labour Code (docs/rules.md §5).
    Holidays2027,
    /// Nghị định 320/2026/NĐ-CP adds Art. 40 cl. 9–10 to Nghị định 69/2024 (docs/rules.md §3.1).
    SectorAccountsLinkToEid,
    /// 12 Bắc Ninh communes became wards (Nghị quyết 388/NQ-UBTVQH16); the unit data of 20/9/2026
    /// (docs/rules.md §2.4).
    UnitsOf20September2026,
    /// One card procedure at the commune police, ≤ 7 working days (Quyết định 5230/QĐ-BCA-C06;
    /// docs/rules.md §3.2).
    CardProcedure,
    /// libphonenumber's mobile ranges and carriers of 17/7/2026 (docs/rules.md §2.3).
    MobileRanges,
    /// Thông tư 90/2026/TT-BTC replaces Thông tư 86/2024/TT-BTC (docs/rules.md §2.1).
    TaxCircular90,
    /// 24/11, Ngày Văn hóa Việt Nam, a day off every year from 2026 (Nghị quyết 28/2026/QH16 Art.
    /// 2; docs/rules.md §5).
    CultureDay,
}

/// Every change with the day it took effect (or was announced), newest first.
pub const RULE_CHANGES: [(NaiveDate, RuleChange); 7] = [
    (ymd(2026, 10, 2), RuleChange::Holidays2027),
    (ymd(2026, 9, 28), RuleChange::SectorAccountsLinkToEid),
    (ymd(2026, 9, 20), RuleChange::UnitsOf20September2026),
    (ymd(2026, 8, 18), RuleChange::CardProcedure),
    (ymd(2026, 7, 17), RuleChange::MobileRanges),
    (ymd(2026, 7, 1), RuleChange::TaxCircular90),
    (ymd(2026, 7, 1), RuleChange::CultureDay),
];
