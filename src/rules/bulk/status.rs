//! Operating status of an organization, read from the status cell of a list.
//!
//! An enterprise that is registered but not operating is excluded from campaign targets
//! (docs/rules.md §3.1; Hưng Yên 2025 counts "doanh nghiệp không hoạt động" among the exclusions).
//! The tax office's lists word the status as "NNT đang hoạt động", "NNT ngừng hoạt động và đã
//! hoàn thành thủ tục chấm dứt hiệu lực MST", "NNT tạm nghỉ kinh doanh có thời hạn", "NNT không
//! hoạt động tại địa chỉ đã đăng ký"; the business registry uses "Đang hoạt động", "Tạm ngừng
//! kinh doanh", "Đã giải thể", "Phá sản". Keywords are matched on the folded text, inactive ones
//! first: "ngừng hoạt động" contains "hoạt động".

use crate::text::fold;

/// Why a status cell reads as "not operating".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum InactiveReason {
    /// Stopped operating, or closed its tax code ("ngừng hoạt động", "đóng mã số thuế",
    /// "chấm dứt hiệu lực mã số thuế", "inactive", "ceased", "closed").
    Ceased,
    /// Temporarily suspended ("tạm ngừng kinh doanh", "tạm nghỉ", "suspended").
    Suspended,
    /// Dissolved, or being dissolved ("giải thể", "dissolved").
    Dissolved,
    /// Bankrupt ("phá sản", "bankrupt").
    Bankrupt,
    /// Not operating at its registered address ("không hoạt động tại địa chỉ đã đăng ký").
    NotAtAddress,
    /// Business registration certificate revoked ("bị thu hồi giấy chứng nhận").
    Revoked,
    /// Registered but not yet operating ("chưa hoạt động", "không hoạt động").
    NotOperating,
}

/// What a status cell says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Status {
    /// Empty cell (or no status column): counted as operating.
    Blank,
    /// Operating ("đang hoạt động", "active").
    Active,
    /// Not operating: excluded from campaign targets.
    Inactive(InactiveReason),
    /// Text the check does not recognise: counted as operating, and reported so a person looks.
    Unrecognised,
}

/// Folded keywords, in the order they are tried (more specific first).
const INACTIVE_KEYWORDS: [(&str, InactiveReason); 26] = [
    ("khong hoat dong tai dia chi", InactiveReason::NotAtAddress),
    (
        "khong con hoat dong tai dia chi",
        InactiveReason::NotAtAddress,
    ),
    ("tam ngung", InactiveReason::Suspended),
    ("tam nghi", InactiveReason::Suspended),
    ("tam dung", InactiveReason::Suspended),
    ("giai the", InactiveReason::Dissolved),
    ("pha san", InactiveReason::Bankrupt),
    ("thu hoi", InactiveReason::Revoked),
    ("ngung hoat dong", InactiveReason::Ceased),
    ("ngung kinh doanh", InactiveReason::Ceased),
    ("dung hoat dong", InactiveReason::Ceased),
    ("cham dut hieu luc", InactiveReason::Ceased),
    ("dong ma so thue", InactiveReason::Ceased),
    ("dong mst", InactiveReason::Ceased),
    ("da dong ma", InactiveReason::Ceased),
    ("chua hoat dong", InactiveReason::NotOperating),
    ("khong hoat dong", InactiveReason::NotOperating),
    ("ngung", InactiveReason::Ceased),
    ("suspended", InactiveReason::Suspended),
    ("dissolved", InactiveReason::Dissolved),
    ("dissolution", InactiveReason::Dissolved),
    ("bankrupt", InactiveReason::Bankrupt),
    ("revoked", InactiveReason::Revoked),
    ("inactive", InactiveReason::Ceased),
    ("ceased", InactiveReason::Ceased),
    ("closed", InactiveReason::Ceased),
];

/// Folded keywords that mean "operating", tried after [`INACTIVE_KEYWORDS`].
const ACTIVE_KEYWORDS: [&str; 6] = [
    "dang hoat dong",
    "hoat dong",
    "dang kinh doanh",
    "active",
    "operating",
    "in operation",
];

/// Longest cell examined; longer text is cut (statuses are short sentences).
const MAX_STATUS_BYTES: usize = 300;

/// Reads a status cell. Case, accents and spacing do not matter ("NGỪNG HOẠT ĐỘNG",
/// "ngung hoat dong").
pub fn read_status(cell: &str) -> Status {
    let cell = crate::text::trim_white(cell);
    if cell.is_empty() {
        return Status::Blank;
    }
    let end = (0..=cell.len().min(MAX_STATUS_BYTES))
        .rev()
        .find(|&i| cell.is_char_boundary(i))
        .unwrap_or(0);
    let folded = fold(cell.get(..end).unwrap_or(""));
    if let Some(&(_, reason)) = INACTIVE_KEYWORDS
        .iter()
        .find(|(keyword, _)| folded.contains(keyword))
    {
        return Status::Inactive(reason);
    }
    if ACTIVE_KEYWORDS.iter().any(|k| folded.contains(k)) {
        Status::Active
    } else {
        Status::Unrecognised
    }
}

impl Status {
    /// Whether the organization counts toward campaign targets (docs/rules.md §3.1: registered but
    /// not operating enterprises are excluded).
    pub const fn is_inactive(self) -> bool {
        matches!(self, Status::Inactive(_))
    }
}
