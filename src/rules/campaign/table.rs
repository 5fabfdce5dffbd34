//! The units × indicators table: written for Excel users, and every column of a table read back
//! by what its header says.
//!
//! Headers are recognised by this module's own aliases (never by the catalogue's wording, so
//! rewording a label changes nothing here): the tracker's export headers ("Tổng số", "Đã đạt",
//! "Hồ sơ căn cước — Đã đạt", "Loại trừ: già yếu"), files exported by the first, one-indicator
//! tracker (the same headers without an indicator's name), and the headers officers write in their
//! weekly reports ("Số hồ sơ đã thu nhận", "Tổng số công dân từ 14 tuổi", "Tỷ lệ (%)", "STT").
//! Diacritics, case, spaces and punctuation do not matter. Each guess comes with a
//! [`Confidence`]; the tracker asks the user to confirm the unsure ones ([`Mapping`]).
//!
//! Written numbers are plain digits (`2129289`) so that every Excel locale reads them as numbers.
//! Dated history is not part of the table (it travels in share links and JSON); a monthly
//! indicator's columns hold the figures' month.

use super::{
    BaseSource, Campaign, ExclusionReason, Indicator, IndicatorKind, Measure, Month, Place,
};
use crate::delimited::Confidence;
use crate::text::fold;

/// What a column of a table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Nothing the tracker reads (row numbers, rates, notes).
    Ignore,
    /// Commune code (5 digits; leading zeros may be lost).
    Code,
    /// Unit name: a commune's name, or a free-text row.
    Name,
    /// "x" when the row is illustrative.
    Illustrative,
    /// An indicator's own base (for a monthly indicator: the month's base).
    Base(usize),
    /// An indicator's exclusions for one reason.
    Excluded(usize, ExclusionReason),
    /// An indicator's count done (for a monthly indicator: done of the month's base).
    Done(usize),
    /// An indicator's assigned quota.
    Quota(usize),
    /// The count done of an indicator the table has and the campaign not yet: it is added, named
    /// by the header.
    NewIndicator(IndicatorKind),
}

/// What a header means, and how sure that reading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Guess {
    /// The column's role.
    pub role: Role,
    /// How sure: [`Confidence::Unsure`] asks the user.
    pub confidence: Confidence,
}

/// The roles of a table's columns, one per header cell.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mapping {
    /// One per column.
    pub columns: Vec<Guess>,
}

impl Mapping {
    /// Recognises every header of a table.
    pub fn of(header: &[String], campaign: &Campaign) -> Mapping {
        Mapping {
            columns: header.iter().map(|h| recognise(h, campaign)).collect(),
        }
    }

    /// The column holding `role`, the first if several do.
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|g| g.role == role)
    }

    /// Has a code or a name column.
    pub fn has_place(&self) -> bool {
        self.columns
            .iter()
            .any(|g| matches!(g.role, Role::Code | Role::Name))
    }

    /// Has a column of figures.
    pub fn has_figures(&self) -> bool {
        self.columns.iter().any(|g| {
            matches!(
                g.role,
                Role::Base(_) | Role::Done(_) | Role::Quota(_) | Role::NewIndicator(_)
            )
        })
    }

    /// The user should confirm it: a guess is unsure, two columns claim the same role, or the
    /// place or the figures were not found.
    pub fn needs_review(&self) -> bool {
        let unsure = self
            .columns
            .iter()
            .any(|g| g.confidence == Confidence::Unsure);
        let repeated = self.columns.iter().enumerate().any(|(i, g)| {
            g.role != Role::Ignore
                && !matches!(g.role, Role::NewIndicator(_))
                && self.columns.iter().skip(i + 1).any(|h| h.role == g.role)
        });
        unsure || repeated || !self.has_place() || !self.has_figures()
    }

    /// Sets one column's role (the user's choice is sure).
    pub fn set(&mut self, column: usize, role: Role) {
        if let Some(g) = self.columns.get_mut(column) {
            *g = Guess {
                role,
                confidence: Confidence::Exact,
            };
        }
    }
}

/// Header key: folded (case, accents), punctuation as spaces, single spaces.
pub fn header_key(header: &str) -> String {
    let folded = fold(header);
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether the words of `needle` appear in order as whole words of `hay` (both header keys).
fn has_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(at, _)| {
            let before = at == 0 || hay.get(..at).is_some_and(|b| b.ends_with(' '));
            let after = hay
                .get(at + needle.len()..)
                .is_none_or(|a| a.is_empty() || a.starts_with(' '));
            before && after
        })
}

const CODE: &[&str] = &[
    "ma xa",
    "ma",
    "ma don vi",
    "ma xa phuong",
    "ma dvhc",
    "ma don vi hanh chinh",
    "code",
    "commune code",
    "unit code",
];
const NAME: &[&str] = &[
    "ten don vi",
    "ten",
    "don vi",
    "ten xa",
    "xa",
    "xa phuong",
    "xa phuong dac khu",
    "xa phuong thi tran",
    "phuong xa",
    "ten xa phuong",
    "dia ban",
    "don vi hanh chinh",
    "cong an xa",
    "cong an xa phuong",
    "name",
    "unit",
    "unit name",
    "commune",
];
const ILLUSTRATIVE: &[&str] = &["minh hoa", "illustrative"];
/// Row numbers, ranks, notes: read as nothing.
const IGNORED: &[&str] = &[
    "stt",
    "tt",
    "so tt",
    "so thu tu",
    "ghi chu",
    "xep hang",
    "thu hang",
    "no",
    "note",
    "notes",
    "rank",
];
/// Words of a rate column (never a count).
const RATE_WORDS: &[&str] = &["ty le", "rate", "percent", "phan tram"];
/// Words of a column worked out from the others — what remains, the daily rate needed, the
/// indicators under the threshold (the tracker's progress table has them, and so do some
/// officers' reports): never a figure to read.
const DERIVED_WORDS: &[&str] = &[
    "con lai",
    "con thieu",
    "can ngay",
    "can moi ngay",
    "duoi nguong",
    "remaining",
    "per day",
    "under the threshold",
];
const QUOTA_WORDS: &[&str] = &[
    "chi tieu giao",
    "chi tieu duoc giao",
    "chi tieu",
    "ke hoach",
    "quota",
    "assigned quota",
];
/// Words that name a base even next to words of a count done ("số phải thực hiện").
const BASE_FIRST_WORDS: &[&str] = &[
    "so doi tuong",
    "doi tuong",
    "dan so",
    "co so",
    "phai thuc hien",
    "can thuc hien",
    "trong thang",
    "tiep nhan",
    "nhan duoc",
    "da nhan",
    "received",
];
/// Words of a base when no word of a count done is there ("Tổng số công dân từ 14 tuổi").
const BASE_WORDS: &[&str] = &["tong so", "tong", "base", "total"];
const DONE_WORDS: &[&str] = &[
    "da dat",
    "da thuc hien",
    "da thu nhan",
    "da cap",
    "da kich hoat",
    "da huong dan",
    "da duoc",
    "ket qua",
    "luy ke",
    "thuc hien",
    "dat",
    "done",
    "achieved",
    "granted",
    "activated",
    "collected",
];

/// The tracker's own header words for a role (Vietnamese, as [`units_to_rows`] writes them).
const fn role_header(role: ExportColumn) -> &'static str {
    match role {
        ExportColumn::Base => "Tổng số",
        ExportColumn::Done => "Đã đạt",
        ExportColumn::Quota => "Chỉ tiêu giao",
        ExportColumn::Excluded(ExclusionReason::FrailOrElderly) => "Loại trừ: già yếu",
        ExportColumn::Excluded(ExclusionReason::NoSmartphone) => {
            "Loại trừ: không có điện thoại thông minh"
        }
        ExportColumn::Excluded(ExclusionReason::NoOwnSim) => "Loại trừ: không có sim chính chủ",
        ExportColumn::Excluded(ExclusionReason::Abroad) => "Loại trừ: đang ở nước ngoài",
        ExportColumn::Excluded(ExclusionReason::InactiveEnterprise) => {
            "Loại trừ: doanh nghiệp đăng ký nhưng không hoạt động"
        }
    }
}

/// Exclusion headers people write, folded, per reason (the first tracker's aliases).
const fn exclusion_aliases(reason: ExclusionReason) -> &'static [&'static str] {
    match reason {
        ExclusionReason::FrailOrElderly => &[
            "loai tru gia yeu",
            "gia yeu",
            "nguoi gia yeu",
            "frail",
            "frail or elderly",
            "excluded frail",
            "excluded too old or frail",
        ],
        ExclusionReason::NoSmartphone => &[
            "loai tru khong co dien thoai thong minh",
            "khong co dien thoai thong minh",
            "khong co smartphone",
            "no smartphone",
            "excluded no smartphone",
        ],
        ExclusionReason::NoOwnSim => &[
            "loai tru khong co sim chinh chu",
            "khong co sim chinh chu",
            "no own sim",
            "no own name sim",
            "excluded no own sim",
            "excluded no sim in their own name",
        ],
        ExclusionReason::Abroad => &[
            "loai tru o nuoc ngoai",
            "loai tru dang o nuoc ngoai",
            "o nuoc ngoai",
            "dang o nuoc ngoai",
            "nuoc ngoai",
            "abroad",
            "excluded abroad",
        ],
        ExclusionReason::InactiveEnterprise => &[
            "loai tru doanh nghiep khong hoat dong",
            "loai tru doanh nghiep dang ky nhung khong hoat dong",
            "doanh nghiep khong hoat dong",
            "khong hoat dong",
            "inactive enterprise",
            "inactive",
            "excluded inactive",
            "excluded registered but inactive enterprise",
        ],
    }
}

/// English and Vietnamese headers of the first tracker's export for the plain roles, folded.
const BASE_HEADERS: &[&str] = &[
    "tong so",
    "tong",
    "co so",
    "so doi tuong",
    "doi tuong",
    "base",
    "total",
];
const DONE_HEADERS: &[&str] = &[
    "da dat",
    "da thuc hien",
    "da cap",
    "ket qua",
    "done",
    "achieved",
];
const QUOTA_HEADERS: &[&str] = &["chi tieu giao", "chi tieu", "quota", "assigned quota"];

/// The name the tracker writes for an indicator in headers: its label, or its kind's name.
pub fn indicator_name(indicator: &Indicator) -> String {
    match &indicator.label {
        Some(label) if !label.trim().is_empty() => label.trim().to_owned(),
        _ => kind_name(indicator.kind).to_owned(),
    }
}

/// A kind's name in headers (the tracker's own, Vietnamese).
pub const fn kind_name(kind: IndicatorKind) -> &'static str {
    match kind {
        IndicatorKind::OrganizationAccounts => "Tài khoản định danh điện tử tổ chức",
        IndicatorKind::OrganizationsGuided => "Tổ chức đã được hướng dẫn",
        IndicatorKind::CitizenRecords => "Hồ sơ căn cước",
        IndicatorKind::Level2Accounts => "Tài khoản định danh điện tử mức độ 2",
        IndicatorKind::Activations => "Tài khoản đã kích hoạt",
        IndicatorKind::Other => "Chỉ tiêu khác",
    }
}

/// The kind a header's words suggest, in this order: organizations (guided, else accounts),
/// activations, level-2 accounts, citizen records.
pub fn kind_of(key: &str) -> Option<IndicatorKind> {
    let any = |words: &[&str]| words.iter().any(|w| has_words(key, w));
    if any(&[
        "to chuc",
        "doanh nghiep",
        "hop tac xa",
        "organization",
        "organizations",
        "enterprises",
    ]) {
        return Some(if any(&["huong dan", "guided"]) {
            IndicatorKind::OrganizationsGuided
        } else {
            IndicatorKind::OrganizationAccounts
        });
    }
    if any(&["kich hoat", "activated", "activation", "activations"]) {
        return Some(IndicatorKind::Activations);
    }
    if any(&[
        "muc 2",
        "muc do 2",
        "tai khoan",
        "dinh danh dien tu",
        "vneid",
        "level 2",
        "accounts",
    ]) {
        return Some(IndicatorKind::Level2Accounts);
    }
    if any(&[
        "ho so",
        "thu nhan",
        "can cuoc",
        "cccd",
        "cap the",
        "records",
        "applications",
        "cong dan",
        "nguoi dan",
        "dan so",
        "nhan khau",
        "citizens",
    ]) {
        return Some(IndicatorKind::CitizenRecords);
    }
    None
}

/// A column of the tracker's export, for one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportColumn {
    /// Base.
    Base,
    /// Exclusions for a reason.
    Excluded(ExclusionReason),
    /// Done.
    Done,
    /// Assigned quota.
    Quota,
}

/// The export columns of an indicator, in order: base and exclusions only for an own base,
/// quota only for a cumulative indicator.
pub fn export_columns(indicator: &Indicator) -> Vec<ExportColumn> {
    let mut columns = Vec::new();
    if indicator.base == BaseSource::Own {
        columns.push(ExportColumn::Base);
        if indicator.measure == Measure::Cumulative {
            columns.extend(
                ExclusionReason::ALL
                    .iter()
                    .map(|&r| ExportColumn::Excluded(r)),
            );
        }
    }
    columns.push(ExportColumn::Done);
    if indicator.measure == Measure::Cumulative {
        columns.push(ExportColumn::Quota);
    }
    columns
}

/// The header the tracker writes for an indicator's column: the plain header when the campaign
/// has one indicator (the first tracker's format, so files go both ways), else prefixed by the
/// indicator's name ("Hồ sơ căn cước — Đã đạt").
pub fn export_header(campaign: &Campaign, indicator: usize, column: ExportColumn) -> String {
    let plain = role_header(column);
    match campaign.indicators.get(indicator) {
        Some(x) if campaign.indicators.len() > 1 => format!("{} — {plain}", indicator_name(x)),
        _ => plain.to_owned(),
    }
}

fn role_of(column: ExportColumn, indicator: usize) -> Role {
    match column {
        ExportColumn::Base => Role::Base(indicator),
        ExportColumn::Excluded(r) => Role::Excluded(indicator, r),
        ExportColumn::Done => Role::Done(indicator),
        ExportColumn::Quota => Role::Quota(indicator),
    }
}

fn sure(role: Role, confidence: Confidence) -> Guess {
    Guess { role, confidence }
}

/// The plain role a header (without an indicator's name) names: base, done, quota, an exclusion.
fn plain_role(key: &str) -> Option<ExportColumn> {
    if BASE_HEADERS.contains(&key) {
        return Some(ExportColumn::Base);
    }
    if DONE_HEADERS.contains(&key) {
        return Some(ExportColumn::Done);
    }
    if QUOTA_HEADERS.contains(&key) {
        return Some(ExportColumn::Quota);
    }
    ExclusionReason::ALL
        .into_iter()
        .find(|&r| exclusion_aliases(r).contains(&key))
        .map(ExportColumn::Excluded)
}

/// The base column of indicator `i` is the base of the indicator it shares it with.
fn own_base_of(campaign: &Campaign, mut i: usize) -> Option<usize> {
    for _ in 0..=campaign.indicators.len() {
        match campaign.indicators.get(i)?.base {
            BaseSource::Own => return Some(i),
            BaseSource::SameAs(j) if j < i => i = j,
            _ => return None,
        }
    }
    None
}

/// What one header means for `campaign`.
pub fn recognise(header: &str, campaign: &Campaign) -> Guess {
    let key = header_key(header);
    if key.is_empty() {
        return sure(Role::Ignore, Confidence::Exact);
    }
    if CODE.contains(&key.as_str()) {
        return sure(Role::Code, Confidence::Synonym);
    }
    if NAME.contains(&key.as_str()) {
        return sure(Role::Name, Confidence::Synonym);
    }
    if ILLUSTRATIVE.contains(&key.as_str()) {
        return sure(Role::Illustrative, Confidence::Synonym);
    }
    if IGNORED.contains(&key.as_str()) {
        return sure(Role::Ignore, Confidence::Synonym);
    }
    // The tracker's own export: "<indicator name> <role>".
    for (i, x) in campaign.indicators.iter().enumerate() {
        let name = header_key(&indicator_name(x));
        if let Some(rest) = key.strip_prefix(&name).and_then(|r| r.strip_prefix(' '))
            && let Some(column) = plain_role(rest)
            && export_columns(x).contains(&column)
        {
            return sure(role_of(column, i), Confidence::Exact);
        }
    }
    // The first tracker's export (one indicator, plain headers).
    if let Some(column) = plain_role(&key) {
        let confidence = if campaign.indicators.len() == 1 {
            Confidence::Exact
        } else {
            Confidence::Unsure
        };
        let indicator = match column {
            ExportColumn::Base | ExportColumn::Excluded(_) => own_base_of(campaign, 0).unwrap_or(0),
            _ => 0,
        };
        return sure(role_of(column, indicator), confidence);
    }
    weekly_guess(header, &key, campaign)
}

/// A header of an officer's own table: which indicator (its label first, then its kind's words)
/// and which role (rate, quota, base, done).
fn weekly_guess(header: &str, key: &str, campaign: &Campaign) -> Guess {
    let any = |words: &[&str]| words.iter().any(|w| has_words(key, w));
    if header.contains('%') || any(RATE_WORDS) || any(DERIVED_WORDS) {
        return sure(Role::Ignore, Confidence::Synonym);
    }
    let kind = kind_of(key);
    // The header without its role words ("tổng số", "đã đạt"): what it is about.
    let core = ROLE_PREFIXES
        .iter()
        .find_map(|w| key.strip_prefix(w).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or(key);
    // Strength of each indicator: 3 its label is in the header (or the header in it), 2 its kind.
    let strength = |x: &Indicator| -> u8 {
        let label = x.label.as_deref().map(header_key).unwrap_or_default();
        if !label.is_empty()
            && (has_words(key, &label) || has_words(&label, key) || has_words(&label, core))
        {
            3
        } else if Some(x.kind) == kind {
            2
        } else {
            0
        }
    };
    let strengths: Vec<u8> = campaign.indicators.iter().map(strength).collect();
    let best = strengths.iter().copied().max().unwrap_or(0);
    let chosen = strengths.iter().position(|&s| s == best && s > 0);
    let tied = strengths.iter().filter(|&&s| s == best).count() > 1;
    let exclusion = ExclusionReason::ALL
        .into_iter()
        .find(|&r| exclusion_aliases(r).iter().any(|a| has_words(key, a)));
    let role_words = if exclusion.is_some() {
        Some(RoleWord::Excluded)
    } else if any(QUOTA_WORDS) {
        Some(RoleWord::Quota)
    } else if any(BASE_FIRST_WORDS) {
        Some(RoleWord::Base)
    } else if any(DONE_WORDS) {
        Some(RoleWord::Done)
    } else if any(BASE_WORDS) {
        Some(RoleWord::Base)
    } else {
        None
    };
    let Some(i) = chosen else {
        return match (kind, role_words) {
            (Some(k), Some(RoleWord::Done) | None) => {
                sure(Role::NewIndicator(k), Confidence::Unsure)
            }
            (_, Some(RoleWord::Done)) if campaign.indicators.len() == 1 => {
                sure(Role::Done(0), Confidence::Unsure)
            }
            _ => sure(Role::Ignore, Confidence::Missing),
        };
    };
    let role = match role_words {
        Some(RoleWord::Excluded) => match (own_base_of(campaign, i), exclusion) {
            (Some(b), Some(r)) => Role::Excluded(b, r),
            _ => Role::Ignore,
        },
        Some(RoleWord::Quota) => Role::Quota(i),
        Some(RoleWord::Base) => match own_base_of(campaign, i) {
            Some(b) => Role::Base(b),
            None => Role::Ignore,
        },
        Some(RoleWord::Done) | None => Role::Done(i),
    };
    let confidence = if tied || role_words.is_none() || role == Role::Ignore {
        Confidence::Unsure
    } else {
        Confidence::Synonym
    };
    sure(role, confidence)
}

/// Role words that open a header ("Tổng số công dân …", "Số đã thu nhận …").
const ROLE_PREFIXES: &[&str] = &[
    "tong so",
    "so luong",
    "so da thu nhan",
    "so da cap",
    "so da",
    "da thu nhan",
    "da cap",
    "da dat",
    "so",
    "tong",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum RoleWord {
    Excluded,
    Quota,
    Base,
    Done,
}

/// The units as rows, with a header row first: "Mã xã", "Tên đơn vị", then for each indicator its
/// base, exclusions, done and assigned quota ([`export_header`]), then "Minh hoạ". A monthly
/// indicator's base and done are those of `month` (the figures' month).
pub fn units_to_rows(campaign: &Campaign, month: Option<Month>) -> Vec<Vec<String>> {
    let columns: Vec<(usize, ExportColumn)> = campaign
        .indicators
        .iter()
        .enumerate()
        .flat_map(|(i, x)| export_columns(x).into_iter().map(move |c| (i, c)))
        .collect();
    let mut rows = Vec::with_capacity(campaign.units.len() + 1);
    let mut header = vec!["Mã xã".to_owned(), "Tên đơn vị".to_owned()];
    header.extend(columns.iter().map(|&(i, c)| export_header(campaign, i, c)));
    header.push("Minh hoạ".to_owned());
    rows.push(header);
    let text = |n: u64| n.to_string();
    for u in &campaign.units {
        let mut row = vec![
            match u.place {
                Place::Commune(code) => format!("{code:05}"),
                Place::Named(_) => String::new(),
            },
            match &u.place {
                Place::Named(name) => name.clone(),
                Place::Commune(_) => String::new(),
            },
        ];
        for &(i, c) in &columns {
            let t = u.tally(i);
            let monthly = campaign
                .indicator(i)
                .is_some_and(|x| x.measure == Measure::Monthly);
            let cell = match (c, monthly) {
                (ExportColumn::Base, true) => month
                    .and_then(|m| t.and_then(|t| t.month(m)))
                    .map(|f| text(f.base)),
                (ExportColumn::Done, true) => month
                    .and_then(|m| t.and_then(|t| t.month(m)))
                    .map(|f| text(f.done)),
                (ExportColumn::Base, false) => t.map(|t| text(t.base)),
                (ExportColumn::Done, false) => t.and_then(|t| t.done).map(text),
                (ExportColumn::Quota, _) => t.and_then(|t| t.quota).map(text),
                (ExportColumn::Excluded(r), _) => {
                    t.map(|t| t.exclusions.get(r)).filter(|&n| n != 0).map(text)
                }
            };
            row.push(cell.unwrap_or_default());
        }
        row.push(if u.illustrative { "x" } else { "" }.to_owned());
        rows.push(row);
    }
    rows
}
