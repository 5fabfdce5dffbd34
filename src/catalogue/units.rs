//! Texts about administrative units: kind labels, the data-source footer, unit-code errors and
//! the outcome of matching a commune name from a spreadsheet.

use super::{Lang, Localized, Registry, Text, texts};
use crate::rules::units::{
    CommuneCode, CommuneCodeError, CommuneKind, CommuneMatch, DATA_DATE, ProvinceCodeError,
    ProvinceKind,
};

texts! { source_texts:
    /// Attribution of the unit list, for the "data sources" footer (required by its MIT licence).
    pub const DATA_SOURCE: Text = Text {
        vi: "Danh sách tỉnh, thành phố và xã, phường, đặc khu: dự án mở \
             vietnamese-provinces-database (giấy phép MIT), lập từ danh mục của Tổng cục Thống kê \
             và Quyết định 19/2025/QĐ-TTg.",
        en: "List of provinces and communes, wards and special zones: the open \
             vietnamese-provinces-database project (MIT licence), built from the General Statistics \
             Office's list and Decision 19/2025/QĐ-TTg.",
    };

    /// The legal basis of the 34 provinces and the communes without districts.
    pub const LEGAL_BASIS: Text = Text {
        vi: "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh, hiệu lực từ 01/07/2025; \
             không còn cấp huyện.",
        en: "Resolution 202/2025/QH15 on the reorganisation of provinces, in force from 01/07/2025; \
             there are no districts any more.",
    };
}

/// "Danh sách đơn vị hành chính cập nhật ngày 20/09/2026", from [`DATA_DATE`].
pub fn data_date_label(lang: Lang) -> String {
    let date = super::date(DATA_DATE);
    match lang {
        Lang::Vi => format!("Danh sách đơn vị hành chính cập nhật ngày {date}"),
        Lang::En => format!("Administrative units as of {date}"),
    }
}

/// The kind of a commune-level unit as a label.
pub const fn commune_kind(kind: CommuneKind) -> Text {
    match kind {
        CommuneKind::Ward => Text {
            vi: "Phường",
            en: "Ward",
        },
        CommuneKind::Commune => Text {
            vi: "Xã",
            en: "Commune",
        },
        CommuneKind::SpecialZone => Text {
            vi: "Đặc khu",
            en: "Special zone",
        },
    }
}

/// The kind of a province-level unit as a label.
pub const fn province_kind(kind: ProvinceKind) -> Text {
    match kind {
        ProvinceKind::Province => Text {
            vi: "Tỉnh",
            en: "Province",
        },
        ProvinceKind::City => Text {
            vi: "Thành phố",
            en: "City",
        },
    }
}

impl Localized for ProvinceCodeError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (ProvinceCodeError::Empty, Lang::Vi) => "Nhập mã tỉnh, thành phố".to_owned(),
            (ProvinceCodeError::Empty, Lang::En) => "Enter the province code".to_owned(),
            (ProvinceCodeError::NotDigit { found }, Lang::Vi) => {
                format!("Mã tỉnh, thành phố chỉ gồm chữ số; bỏ ký tự “{found}”")
            }
            (ProvinceCodeError::NotDigit { found }, Lang::En) => {
                format!("A province code has digits only; remove “{found}”")
            }
            (ProvinceCodeError::TooLong | ProvinceCodeError::TooManyDigits { .. }, Lang::Vi) => {
                "Mã tỉnh, thành phố gồm 2 chữ số, ví dụ 01 (Hà Nội)".to_owned()
            }
            (ProvinceCodeError::TooLong | ProvinceCodeError::TooManyDigits { .. }, Lang::En) => {
                "A province code has 2 digits, for example 01 (Hà Nội)".to_owned()
            }
            (ProvinceCodeError::Unknown { code }, Lang::Vi) => format!(
                "Không có tỉnh, thành phố nào mã {code:02} trong danh sách 34 tỉnh, thành phố từ \
                 01/07/2025; chọn tỉnh, thành phố trong danh sách"
            ),
            (ProvinceCodeError::Unknown { code }, Lang::En) => format!(
                "No province has code {code:02} in the list of 34 provinces since 01/07/2025; \
                 choose the province from the list"
            ),
        }
    }
}

impl Localized for CommuneCodeError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (CommuneCodeError::Empty, Lang::Vi) => "Nhập mã xã, phường".to_owned(),
            (CommuneCodeError::Empty, Lang::En) => "Enter the commune code".to_owned(),
            (CommuneCodeError::NotDigit { found }, Lang::Vi) => {
                format!("Mã xã, phường chỉ gồm chữ số; bỏ ký tự “{found}”")
            }
            (CommuneCodeError::NotDigit { found }, Lang::En) => {
                format!("A commune code has digits only; remove “{found}”")
            }
            (CommuneCodeError::TooLong | CommuneCodeError::TooManyDigits { .. }, Lang::Vi) => {
                "Mã xã, phường gồm 5 chữ số, ví dụ 00004 (Phường Ba Đình)".to_owned()
            }
            (CommuneCodeError::TooLong | CommuneCodeError::TooManyDigits { .. }, Lang::En) => {
                "A commune code has 5 digits, for example 00004 (Phường Ba Đình)".to_owned()
            }
            (CommuneCodeError::Unknown { code }, Lang::Vi) => format!(
                "Không có xã, phường, đặc khu nào mã {code:05} trong danh sách từ 01/07/2025; \
                 chọn xã, phường trong danh sách"
            ),
            (CommuneCodeError::Unknown { code }, Lang::En) => format!(
                "No commune, ward or special zone has code {code:05} in the list since \
                 01/07/2025; choose the commune from the list"
            ),
        }
    }
}

/// What a bulk check says about a commune name it read.
impl Localized for CommuneMatch {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (CommuneMatch::Exact(c), Lang::Vi) => {
                format!("Đúng tên: {} (mã {})", c.full_name, c.code)
            }
            (CommuneMatch::Exact(c), Lang::En) => {
                format!("Found: {} (code {})", c.full_name, c.code)
            }
            (CommuneMatch::KindDiffers { commune, written }, Lang::Vi) => format!(
                "Danh sách từ 01/07/2025 có {}, không có {} {}; kiểm tra lại tên đơn vị",
                commune.full_name,
                commune_kind(*written).get(lang).to_lowercase(),
                commune.short_name
            ),
            (CommuneMatch::KindDiffers { commune, written }, Lang::En) => format!(
                "The list since 01/07/2025 has {}, not a {} of that name; check the unit's name",
                commune.full_name,
                commune_kind(*written).get(lang).to_lowercase()
            ),
            (CommuneMatch::Ambiguous(found), Lang::Vi) => format!(
                "Có {} xã, phường cùng tên này; chọn đúng đơn vị, hoặc ghi thêm tỉnh, thành phố",
                found.len()
            ),
            (CommuneMatch::Ambiguous(found), Lang::En) => format!(
                "{} communes or wards have this name; choose the right one, or add the province",
                found.len()
            ),
            (CommuneMatch::Unmatched, Lang::Vi) => {
                "Không có xã, phường, đặc khu nào tên này trong \
                 danh sách từ 01/07/2025; kiểm tra chính tả, hoặc dùng tên mới sau sắp xếp"
                    .to_owned()
            }
            (CommuneMatch::Unmatched, Lang::En) => "No commune, ward or special zone has this \
                 name in the list since 01/07/2025; check the spelling, or use the name after \
                 the 2025 merger"
                .to_owned(),
        }
    }
}

texts! { picker_texts:
    /// Labels of the province/commune picker.
    pub const PROVINCE_LABEL: Text = Text {
        vi: "Tỉnh, thành phố",
        en: "Province or city",
    };
    pub const PROVINCE_PLACEHOLDER: Text = Text {
        vi: "Chọn tỉnh, thành phố",
        en: "Choose a province or city",
    };
    pub const COMMUNE_LABEL: Text = Text {
        vi: "Xã, phường, đặc khu",
        en: "Commune, ward or special zone",
    };
    pub const COMMUNE_HINT: Text = Text {
        vi: "Gõ vài chữ của tên, có dấu hay không dấu đều được (ví dụ: ba dinh), rồi chọn trong danh sách. Danh sách theo đơn vị hành chính mới từ 01/07/2025.",
        en: "Type part of the name, with or without accents (for example: ba dinh), then choose from the list. The list follows the new units from 01/07/2025.",
    };
    pub const COMMUNE_NO_MATCH: Text = Text {
        vi: "Không có xã, phường nào khớp. Kiểm tra chính tả, hoặc chọn đúng tỉnh, thành phố trước.",
        en: "No commune matches. Check the spelling, or choose the right province first.",
    };
}

/// "5 kết quả" — announced to screen readers as the list changes.
pub fn commune_results(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{count} kết quả; dùng phím mũi tên để chọn"),
        Lang::En => format!("{count} results; use the arrow keys to choose"),
    }
}

/// This module's texts, for [`super::registry`].
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "units";
    r.fixed(M, source_texts());
    r.fixed(M, picker_texts());
    r.words("units::commune_kind", CommuneKind::ALL, commune_kind);
    r.words(
        "units::province_kind",
        [ProvinceKind::Province, ProvinceKind::City],
        province_kind,
    );
    r.sentence("units::data_date_label", data_date_label);
    r.sentence("units::commune_results(5)", |lang| commune_results(5, lang));
    r.samples(
        M,
        [
            ProvinceCodeError::Empty,
            ProvinceCodeError::TooLong,
            ProvinceCodeError::NotDigit { found: 'x' },
            ProvinceCodeError::TooManyDigits { found: 3 },
            ProvinceCodeError::Unknown { code: 2 },
        ],
    );
    r.samples(
        M,
        [
            CommuneCodeError::Empty,
            CommuneCodeError::TooLong,
            CommuneCodeError::NotDigit { found: 'x' },
            CommuneCodeError::TooManyDigits { found: 6 },
            CommuneCodeError::Unknown { code: 99_999 },
        ],
    );
    // Phường Ba Đình (00004) and Phường Ngọc Hà (00008), Hà Nội.
    let (Some(ba_dinh), Some(ngoc_ha)) = (
        CommuneCode::parse("00004")
            .ok()
            .and_then(crate::rules::units::commune),
        CommuneCode::parse("00008")
            .ok()
            .and_then(crate::rules::units::commune),
    ) else {
        return;
    };
    let matches = [
        ("Exact", CommuneMatch::Exact(ba_dinh)),
        (
            "KindDiffers",
            CommuneMatch::KindDiffers {
                commune: ba_dinh,
                written: CommuneKind::Commune,
            },
        ),
        ("Ambiguous", CommuneMatch::Ambiguous(vec![ba_dinh, ngoc_ha])),
        ("Unmatched", CommuneMatch::Unmatched),
    ];
    for (name, found) in matches {
        r.sentence(format!("units::CommuneMatch::{name}"), |lang| {
            found.localize(lang)
        });
    }
}
