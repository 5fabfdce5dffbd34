//! The columns a bulk check reads, with the headers found on real lists: the tax office's
//! taxpayer lists ("Mã số thuế", "Tên người nộp thuế", "Trạng thái MST"), the business registry's
//! exports ("Mã số doanh nghiệp", "Tên doanh nghiệp", "Người đại diện theo pháp luật") and
//! officers' own spreadsheets ("MST", "Địa bàn", "SĐT"). Lists exported before 1/7/2025 split
//! the address into "Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố" (docs/rules.md §2.4), and some
//! keep the address from before the merger in a column of its own ("Địa chỉ cũ").

use crate::delimited::{ColumnMapping, ColumnSpec, Confidence};
use crate::text::fold;

/// One column the check understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// Tax code / enterprise code (docs/rules.md §2.1). The only column the check needs.
    TaxCode,
    /// The organization's name.
    Name,
    /// Commune, ward or special zone (after 1/7/2025), or the "địa bàn" an officer wrote; in a
    /// list from before the merger, the old commune, ward or township.
    Commune,
    /// The old district ("Quận/Huyện"): there are none since 1/7/2025, so a list with this column
    /// carries old addresses.
    District,
    /// The province or city, old or new name.
    Province,
    /// Head-office address; its parts are read from the right (province, district, commune).
    Address,
    /// The address from before 1/7/2025, kept in a column of its own next to the current one.
    OldAddress,
    /// Legal representative or head.
    Representative,
    /// Phone number to receive the result (NĐ 69/2024/NĐ-CP; docs/rules.md §3.1).
    Phone,
    /// Email to receive the result.
    Email,
    /// Operating status ("NNT đang hoạt động", "Ngừng hoạt động", …).
    Status,
}

impl Column {
    /// Every column, in the order of [`COLUMNS`] and of the mapping step.
    pub const ALL: [Column; 11] = [
        Column::TaxCode,
        Column::Name,
        Column::Commune,
        Column::District,
        Column::Province,
        Column::Address,
        Column::OldAddress,
        Column::Representative,
        Column::Phone,
        Column::Email,
        Column::Status,
    ];

    /// The spec's stable key (`"tax_code"`).
    pub const fn key(self) -> &'static str {
        match self {
            Column::TaxCode => "tax_code",
            Column::Name => "name",
            Column::Commune => "commune",
            Column::District => "district",
            Column::Province => "province",
            Column::Address => "address",
            Column::OldAddress => "old_address",
            Column::Representative => "representative",
            Column::Phone => "phone",
            Column::Email => "email",
            Column::Status => "status",
        }
    }

    /// The column whose key this is.
    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Header names per column, the product's own template header first, then synonyms in
/// Vietnamese and English; compared with case, accents and punctuation folded
/// ([`crate::delimited::match_headers`]). A one-word synonym also matches, unsure, any
/// header containing that word: so "Quận" alone is no synonym ("Cơ quan thuế quản lý" is a column
/// of the tax office's lists), and "Tỉnh" is.
pub const COLUMNS: [ColumnSpec; 11] = [
    ColumnSpec {
        key: "tax_code",
        names: &[
            "Mã số thuế",
            "MST",
            "Mã số doanh nghiệp",
            "Mã số DN",
            "Mã DN",
            "Mã số thuế/Mã số doanh nghiệp",
            "Mã số thuế doanh nghiệp",
            "Mã số thuế tổ chức",
            "Mã số NNT",
            "Tax code",
            "Tax ID",
            "Enterprise code",
            "TIN",
        ],
    },
    ColumnSpec {
        key: "name",
        names: &[
            "Tên tổ chức",
            "Tên doanh nghiệp",
            "Tên người nộp thuế",
            "Tên NNT",
            "Tên đơn vị",
            "Tên hợp tác xã",
            "Tên cơ quan, tổ chức",
            "Tên tổ chức, doanh nghiệp",
            "Tên",
            "Organization name",
            "Company name",
            "Taxpayer name",
            "Name",
        ],
    },
    ColumnSpec {
        key: "commune",
        names: &[
            "Xã/phường",
            "Phường/xã",
            "Địa bàn",
            "Xã, phường",
            "Phường, xã",
            "Xã/phường/đặc khu",
            "Xã, phường, đặc khu",
            "Đơn vị hành chính",
            "Địa bàn xã",
            "Xã",
            "Phường",
            "Commune",
            "Ward",
            "Commune/ward",
        ],
    },
    ColumnSpec {
        key: "district",
        names: &[
            "Quận/huyện",
            "Quận, huyện",
            "Huyện/quận",
            "Quận huyện",
            "Quận/huyện/thị xã",
            "Quận/huyện/thị xã/thành phố",
            "Quận, huyện, thị xã",
            "Huyện/thị xã/thành phố",
            "Huyện, thị xã, thành phố",
            "Huyện",
            "Quận/huyện cũ",
            "District",
        ],
    },
    ColumnSpec {
        key: "province",
        names: &[
            "Tỉnh/thành phố",
            "Tỉnh, thành phố",
            "Tỉnh/TP",
            "Tỉnh, TP",
            "Tỉnh thành",
            "Tỉnh/thành",
            "Tỉnh/thành phố trực thuộc trung ương",
            "Tỉnh",
            "Province",
            "Province/city",
        ],
    },
    ColumnSpec {
        key: "address",
        names: &[
            "Địa chỉ trụ sở",
            "Địa chỉ trụ sở chính",
            "Địa chỉ",
            "Trụ sở",
            "Trụ sở chính",
            "Địa chỉ kinh doanh",
            "Address",
            "Head office address",
        ],
    },
    ColumnSpec {
        key: "old_address",
        names: &[
            "Địa chỉ cũ",
            "Địa chỉ trụ sở cũ",
            "Địa chỉ trước sáp nhập",
            "Địa chỉ trước 1/7/2025",
            "Địa chỉ trước khi sáp nhập",
            "Địa chỉ theo đơn vị hành chính cũ",
            "Old address",
            "Previous address",
        ],
    },
    ColumnSpec {
        key: "representative",
        names: &[
            "Người đại diện",
            "Người đại diện theo pháp luật",
            "Người đại diện pháp luật",
            "Tên người đại diện",
            "Đại diện pháp luật",
            "Người đứng đầu",
            "Chủ doanh nghiệp",
            "Giám đốc",
            "Representative",
            "Legal representative",
        ],
    },
    ColumnSpec {
        key: "phone",
        names: &[
            "Điện thoại",
            "Số điện thoại",
            "SĐT",
            "ĐT",
            "Điện thoại di động",
            "Di động",
            "Phone",
            "Mobile",
            "Telephone",
        ],
    },
    ColumnSpec {
        key: "email",
        names: &[
            "Email",
            "Thư điện tử",
            "E-mail",
            "Địa chỉ email",
            "Địa chỉ thư điện tử",
            "Mail",
        ],
    },
    ColumnSpec {
        key: "status",
        names: &[
            "Trạng thái",
            "Tình trạng hoạt động",
            "Trạng thái hoạt động",
            "Tình trạng",
            "Trạng thái MST",
            "Trạng thái NNT",
            "Status",
        ],
    },
];

/// Which file column (0-based index) holds each [`Column`]; `None` when the file has none.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct BulkColumns {
    pub tax_code: Option<usize>,
    pub name: Option<usize>,
    pub commune: Option<usize>,
    /// Added with issue 14: a mapping remembered before reads without it.
    #[serde(default)]
    pub district: Option<usize>,
    #[serde(default)]
    pub province: Option<usize>,
    pub address: Option<usize>,
    #[serde(default)]
    pub old_address: Option<usize>,
    pub representative: Option<usize>,
    pub phone: Option<usize>,
    pub email: Option<usize>,
    pub status: Option<usize>,
}

impl BulkColumns {
    /// The columns [`crate::delimited::match_headers`] found with [`COLUMNS`].
    pub fn from_mapping(mapping: &ColumnMapping) -> BulkColumns {
        let mut columns = BulkColumns::default();
        for column in Column::ALL {
            columns.set(column, mapping.column(column.key()));
        }
        columns
    }

    /// The file column chosen for `column`.
    pub fn get(&self, column: Column) -> Option<usize> {
        match column {
            Column::TaxCode => self.tax_code,
            Column::Name => self.name,
            Column::Commune => self.commune,
            Column::District => self.district,
            Column::Province => self.province,
            Column::Address => self.address,
            Column::OldAddress => self.old_address,
            Column::Representative => self.representative,
            Column::Phone => self.phone,
            Column::Email => self.email,
            Column::Status => self.status,
        }
    }

    /// Chooses the file column for `column` (`None`: the file has none).
    pub fn set(&mut self, column: Column, index: Option<usize>) {
        let slot = match column {
            Column::TaxCode => &mut self.tax_code,
            Column::Name => &mut self.name,
            Column::Commune => &mut self.commune,
            Column::District => &mut self.district,
            Column::Province => &mut self.province,
            Column::Address => &mut self.address,
            Column::OldAddress => &mut self.old_address,
            Column::Representative => &mut self.representative,
            Column::Phone => &mut self.phone,
            Column::Email => &mut self.email,
            Column::Status => &mut self.status,
        };
        *slot = index;
    }

    /// Drops choices that point past the header (a remembered mapping from a longer file).
    pub fn within(mut self, header_len: usize) -> BulkColumns {
        for column in Column::ALL {
            if self.get(column).is_some_and(|i| i >= header_len) {
                self.set(column, None);
            }
        }
        self
    }

    /// The file columns used by more than one [`Column`] (the mapping step shows them as an
    /// error: one file column cannot be both the name and the address).
    pub fn conflicts(&self) -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|&a| {
                let index = self.get(a);
                index.is_some() && Column::ALL.iter().any(|&b| b != a && self.get(b) == index)
            })
            .collect()
    }
}

/// Whether the user should look at the mapping before the check runs: the tax code column is
/// missing or unsure, or another column was matched only by a near miss. Optional columns that
/// the file lacks (many lists have no email) do not stop the check.
pub fn needs_review(mapping: &ColumnMapping) -> bool {
    mapping.columns.iter().any(|c| match c.confidence {
        Confidence::Exact | Confidence::Synonym => false,
        Confidence::Unsure => true,
        Confidence::Missing => c.key == Column::TaxCode.key(),
    })
}

/// Headers longer than this are cut before folding for the storage key.
const MAX_KEY_HEADER_BYTES: usize = 4096;

/// The key under which the mapping for files with this header line is remembered: the header
/// cells folded (case and accents removed) and joined with `|`, hashed (FNV-1a, 64 bits) so a
/// long header gives a short key. Two files with the same columns share their mapping.
pub fn mapping_key<S: AsRef<str>>(header: &[S]) -> String {
    let mut line = String::new();
    for cell in header {
        if line.len() > MAX_KEY_HEADER_BYTES {
            break;
        }
        line.push_str(&fold(cell.as_ref()));
        line.push('|');
    }
    let hash = line.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
