//! Texts about old addresses: the address converter (`#/doi-dia-chi`), the conversion data's
//! source and date, and what each row of a list resolved to (`rules::old_address`).
//!
//! Fixed words are [`Text`]s in `texts!` blocks, words chosen by a value `const fn`s returning a
//! [`Text`], sentences with data `match lang` functions; [`register`] lists them all for the
//! catalogue's registry (`tests/catalogue.rs`).

use super::{Lang, Registry, Text, count, texts};
use crate::rules::old_address::{
    Candidates, Contradiction, How, NotFound, OldCandidates, OldCommuneId, OldDistrictId, OldUnits,
    Outcome, SOURCE_DATE, Transfer, Via,
};
use crate::rules::units::{self, CommuneCode, CommuneKind, ProvinceCode};

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

texts! { page_texts:
    /// The page's name (navigation, title, home card).
    pub const TITLE: Text = Text {
        vi: "Đổi địa chỉ cũ sang mới",
        en: "Convert old addresses",
    };

    /// Under the heading.
    pub const LEAD: Text = Text {
        vi: "Địa chỉ ghi trước ngày 1/7/2025 (xã, huyện, tỉnh cũ) đổi sang xã, phường và tỉnh, \
             thành phố hiện nay theo bảng chuyển đổi của Cục Thống kê.",
        en: "Addresses written before 1 July 2025 (old commune, district, province) converted to \
             today's commune and province with the statistics office's conversion table.",
    };

    /// Under the lead: what happens to the addresses typed.
    pub const PRIVACY_NOTE: Text = Text {
        vi: "Mọi việc làm ngay trên máy của bạn; không gửi địa chỉ đi đâu.",
        en: "Everything runs on your device; no address is sent anywhere.",
    };

    /// Home card: who.
    pub const HOME_AUDIENCE: Text = Text {
        vi: "Người dân, cán bộ một cửa, kế toán doanh nghiệp",
        en: "Citizens, front-desk clerks, company accountants",
    };

    /// Home card: the question.
    pub const HOME_QUESTION: Text = Text {
        vi: "Địa chỉ cũ trên giấy tờ, trong danh sách nay thuộc xã, phường nào, tỉnh nào?",
        en: "Which commune and province is an old address on papers or in a list in now?",
    };

    /// The two ways to enter addresses.
    pub const MODE_LEGEND: Text = Text {
        vi: "Đổi bao nhiêu địa chỉ?",
        en: "How many addresses?",
    };
    pub const MODE_ONE: Text = Text {
        vi: "Một địa chỉ",
        en: "One address",
    };
    pub const MODE_MANY: Text = Text {
        vi: "Nhiều địa chỉ (dán danh sách)",
        en: "Many addresses (paste a list)",
    };

    pub const FIELD_COMMUNE: Text = Text {
        vi: "Xã, phường, thị trấn (cũ)",
        en: "Commune, ward or township (old)",
    };
    pub const FIELD_DISTRICT: Text = Text {
        vi: "Quận, huyện, thị xã, thành phố thuộc tỉnh (cũ)",
        en: "District, town or provincial city (old)",
    };
    pub const FIELD_PROVINCE: Text = Text {
        vi: "Tỉnh, thành phố",
        en: "Province or city",
    };
    pub const FIELD_PROVINCE_HINT: Text = Text {
        vi: "Tên cũ hoặc tên mới đều được, ví dụ: Kiên Giang, TP.HCM.",
        en: "Old or new name, for example: Kiên Giang, TP.HCM.",
    };
    pub const FIELD_LINE: Text = Text {
        vi: "Hoặc cả địa chỉ trên một dòng",
        en: "Or the whole address on one line",
    };
    pub const FIELD_LINE_HINT: Text = Text {
        vi: "Ví dụ: Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang",
        en: "For example: Ấp 3, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang",
    };
    pub const FIELD_MANY: Text = Text {
        vi: "Danh sách địa chỉ, mỗi dòng một địa chỉ",
        en: "The addresses, one per line",
    };
    pub const FIELD_MANY_HINT: Text = Text {
        vi: "Dán một cột từ bảng tính, hoặc ba cột xã – huyện – tỉnh. Tối đa 5.000 dòng.",
        en: "Paste one column from a spreadsheet, or three columns commune – district – province. \
             At most 5,000 lines.",
    };

    pub const CONVERT: Text = Text {
        vi: "Đổi địa chỉ",
        en: "Convert",
    };
    pub const CLEAR: Text = Text {
        vi: "Xoá",
        en: "Clear",
    };
    pub const COPY: Text = Text {
        vi: "Sao chép kết quả",
        en: "Copy the results",
    };
    pub const COPIED: Text = Text {
        vi: "Đã sao chép. Dán vào bảng tính để có các cột.",
        en: "Copied. Paste into a spreadsheet to get the columns.",
    };
    pub const COPY_REFUSED: Text = Text {
        vi: "Trình duyệt không cho sao chép tự động; kết quả đã được chọn sẵn, bấm Ctrl+C để sao chép.",
        en: "The browser does not allow copying here; the results are selected, press Ctrl+C to copy.",
    };
    pub const DOWNLOAD_CSV: Text = Text {
        vi: "Tải tệp CSV",
        en: "Download CSV",
    };
    /// The exported file's name.
    pub const CSV_FILE_NAME: Text = Text {
        vi: "doi-dia-chi.csv",
        en: "address-conversion.csv",
    };
    pub const RESULTS: Text = Text {
        vi: "Kết quả",
        en: "Results",
    };
    pub const RESULTS_TEXT_LABEL: Text = Text {
        vi: "Kết quả dạng bảng, để sao chép",
        en: "The results as a table, to copy",
    };

    /// Loading the conversion data.
    pub const LOADING: Text = Text {
        vi: "Đang tải bảng chuyển đổi (khoảng 75 KB, chỉ lần đầu)…",
        en: "Loading the conversion table (about 75 KB, first time only)…",
    };
    pub const RETRY: Text = Text {
        vi: "Thử lại",
        en: "Try again",
    };
    pub const LOAD_OFFLINE: Text = Text {
        vi: "Chưa tải được bảng chuyển đổi vì máy đang không có mạng. Kết nối mạng rồi bấm “Thử lại”; \
             những gì bạn đã nhập vẫn còn nguyên. Địa chỉ mới vẫn được kiểm tra.",
        en: "The conversion table could not be loaded: this device is offline. Connect, then press \
             “Try again”; what you typed is kept. Current addresses are still checked.",
    };
    pub const LOAD_DAMAGED: Text = Text {
        vi: "Bảng chuyển đổi tải về bị hỏng hoặc không đúng phiên bản. Bấm “Thử lại”; nếu vẫn vậy, \
             tải lại trang. Những gì bạn đã nhập vẫn còn nguyên.",
        en: "The conversion table arrived damaged or in another version. Press “Try again”; if it \
             happens again, reload the page. What you typed is kept.",
    };
    pub const NOTHING_TO_CONVERT: Text = Text {
        vi: "Nhập xã, huyện, tỉnh cũ hoặc cả địa chỉ trên một dòng",
        en: "Enter the old commune, district and province, or the whole address on one line",
    };
    pub const NOTHING_PASTED: Text = Text {
        vi: "Dán ít nhất một địa chỉ, mỗi dòng một địa chỉ",
        en: "Paste at least one address, one per line",
    };
}

/// "… lines, more than the 5,000 the page converts at once".
pub fn too_many_lines(found: usize, max: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Có {} dòng, nhiều hơn {} dòng đổi được một lần; chia danh sách thành nhiều phần, \
             hoặc dùng Kiểm tra danh sách",
            count(found, lang),
            count(max, lang)
        ),
        Lang::En => format!(
            "There are {} lines, more than the {} converted at once; split the list, or use the \
             bulk list check",
            count(found, lang),
            count(max, lang)
        ),
    }
}

/// Where the conversion comes from, shown next to every converted figure.
pub fn source_note(lang: Lang) -> String {
    let date = super::date(SOURCE_DATE);
    match lang {
        Lang::Vi => format!(
            "Theo “Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày {date}; tên xã, phường \
             theo danh sách hiện hành."
        ),
        Lang::En => format!(
            "From the statistics office's conversion table “Bảng chuyển đổi ĐVHC mới – cũ”, \
             {date}; commune names as in today's list."
        ),
    }
}

texts! { source_texts:
    /// Attribution of the older names (MIT licence: the notice goes with the data).
    pub const ALIASES_SOURCE: Text = Text {
        vi: "Tên xã, huyện trước các đợt sáp nhập 2019–2024: dự án mở vietnamadminunits (giấy phép \
             MIT, © 2025 Tran Ngoc Minh Hieu).",
        en: "Commune and district names from before the 2019–2024 mergers: the open \
             vietnamadminunits project (MIT licence, © 2025 Tran Ngoc Minh Hieu).",
    };
}

/// A summary of the results.
pub fn summary(total: usize, resolved: usize, to_choose: usize, lang: Lang) -> String {
    let open = total.saturating_sub(resolved + to_choose);
    match lang {
        Lang::Vi => format!(
            "{} địa chỉ: {} có xã, phường hiện nay, {} cần chọn vì xã cũ được chia, {} cần xem lại.",
            count(total, lang),
            count(resolved, lang),
            count(to_choose, lang),
            count(open, lang)
        ),
        Lang::En => format!(
            "{} addresses: {} with today's commune, {} to choose because the old commune was \
             split, {} to review.",
            count(total, lang),
            count(resolved, lang),
            count(to_choose, lang),
            count(open, lang)
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// A row's outcome
// ---------------------------------------------------------------------------------------------

/// Today's full name of a commune and its province: "Xã Bình An, Tỉnh An Giang".
pub fn new_place(code: CommuneCode) -> String {
    match units::commune(code) {
        Some(c) => match units::province(c.province) {
            Some(p) => format!("{}, {}", c.full_name, p.full_name),
            None => c.full_name.to_owned(),
        },
        None => code.to_string(),
    }
}

/// Today's province of a commune, by name.
pub fn new_province_name(code: CommuneCode) -> &'static str {
    units::commune(code)
        .and_then(|c| units::province(c.province))
        .map_or("", |p| p.full_name)
}

fn province_name(code: ProvinceCode) -> &'static str {
    units::province(code).map_or("", |p| p.full_name)
}

/// An old commune with its district and province: "Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh
/// Kiên Giang".
pub fn old_place(data: Option<&OldUnits>, old: OldCommuneId) -> String {
    data.and_then(|d| d.commune(old))
        .map_or_else(String::new, |c| {
            [
                c.full_name,
                c.district.full_name,
                c.district.province.full_name,
            ]
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        })
}

fn old_district(data: Option<&OldUnits>, district: OldDistrictId) -> String {
    data.and_then(|d| d.district(district))
        .map_or_else(String::new, |d| {
            format!("{}, {}", d.full_name, d.province.full_name)
        })
}

/// The kind of today's commune, in words ("phường", "xã").
const fn kind_text(kind: CommuneKind) -> Text {
    match kind {
        CommuneKind::Ward => Text {
            vi: "phường",
            en: "a ward",
        },
        CommuneKind::Commune => Text {
            vi: "xã",
            en: "a commune",
        },
        CommuneKind::SpecialZone => Text {
            vi: "đặc khu",
            en: "a special zone",
        },
    }
}

/// What the conversion table says a new commune received of a split old commune (shown next to
/// each candidate, so the user can tell which part the address is in).
pub const fn transfer_text(transfer: Transfer) -> Text {
    match transfer {
        Transfer::Whole => Text {
            vi: "Theo bảng chuyển đổi: nhận toàn bộ xã cũ.",
            en: "The conversion table says: received the whole old commune.",
        },
        Transfer::Part => Text {
            vi: "Theo bảng chuyển đổi: nhận một phần diện tích và dân cư của xã cũ.",
            en: "The conversion table says: received part of the old commune's area and residents.",
        },
        Transfer::PartArea => Text {
            vi: "Theo bảng chuyển đổi: nhận một phần diện tích của xã cũ.",
            en: "The conversion table says: received part of the old commune's area.",
        },
        Transfer::PartAreaWholePopulation => Text {
            vi: "Theo bảng chuyển đổi: nhận một phần diện tích và toàn bộ dân cư của xã cũ.",
            en: "The conversion table says: received part of the old commune's area and all its \
                 residents.",
        },
        Transfer::PartPopulation => Text {
            vi: "Theo bảng chuyển đổi: nhận một phần dân cư của xã cũ.",
            en: "The conversion table says: received part of the old commune's residents.",
        },
    }
}

/// How a row was found, in a few words (the export's column and the result's label).
pub const fn how_text(outcome: &Outcome) -> Text {
    match outcome {
        Outcome::Current(_) => Text {
            vi: "đã là địa chỉ mới",
            en: "already current",
        },
        Outcome::CurrentKindDiffers { .. } => Text {
            vi: "tên mới, khác loại",
            en: "current name, other kind",
        },
        Outcome::Converted {
            how: How::Whole, ..
        } => Text {
            vi: "đổi từ địa chỉ cũ (nhập nguyên vẹn)",
            en: "converted (merged whole)",
        },
        Outcome::Converted {
            how: How::WholePopulation,
            ..
        } => Text {
            vi: "đổi từ địa chỉ cũ (toàn bộ dân cư)",
            en: "converted (whole population)",
        },
        Outcome::Converted {
            how: How::Settled, ..
        } => Text {
            vi: "đổi từ địa chỉ cũ (bạn đã chọn)",
            en: "converted (your choice)",
        },
        Outcome::Split { .. } => Text {
            vi: "xã cũ được chia: cần chọn",
            en: "old commune split: choose",
        },
        Outcome::AmbiguousOld { .. } | Outcome::AmbiguousNew { .. } => Text {
            vi: "trùng tên: cần ghi thêm",
            en: "same name elsewhere: add more",
        },
        Outcome::Contradiction(_) => Text {
            vi: "các phần không khớp nhau",
            en: "parts disagree",
        },
        Outcome::DistrictOnly { .. } => Text {
            vi: "chỉ có huyện",
            en: "district only",
        },
        Outcome::NotFound(_) => Text {
            vi: "không tìm thấy",
            en: "not found",
        },
        Outcome::NeedsOldData => Text {
            vi: "cần bảng chuyển đổi",
            en: "needs the conversion table",
        },
        Outcome::Missing => Text {
            vi: "trống",
            en: "empty",
        },
    }
}

/// [`how_text`] in `lang`.
pub fn how_label(outcome: &Outcome, lang: Lang) -> &'static str {
    how_text(outcome).get(lang)
}

/// The sentence for a row's outcome. `street` is the row's street or hamlet part, shown to help
/// choose a split.
pub fn outcome_sentence(
    outcome: &Outcome,
    data: Option<&OldUnits>,
    street: Option<&str>,
    lang: Lang,
) -> String {
    match *outcome {
        Outcome::Missing => NOTHING_TO_CONVERT.get(lang).to_owned(),
        Outcome::Current(code) => match lang {
            Lang::Vi => format!("Đã là địa chỉ hiện nay: {}.", new_place(code)),
            Lang::En => format!("Already a current address: {}.", new_place(code)),
        },
        Outcome::CurrentKindDiffers { commune, written } => {
            let kind = units::commune(commune).map_or(written, |c| c.kind);
            match lang {
                Lang::Vi => format!(
                    "Có {} nhưng là {} chứ không phải {}; kiểm tra lại tên.",
                    new_place(commune),
                    kind_text(kind).get(lang),
                    kind_text(written).get(lang)
                ),
                Lang::En => format!(
                    "{} exists, but it is {}, not {}; check the name.",
                    new_place(commune),
                    kind_text(kind).get(lang),
                    kind_text(written).get(lang)
                ),
            }
        }
        Outcome::Converted { old, new, how, via } => {
            let from = old_place(data, old);
            let note = via_note(via, lang);
            let to = new_place(new);
            match how {
                How::Whole => match lang {
                    Lang::Vi => format!("{from}{note} nay là {to}."),
                    Lang::En => format!("{from}{note} is now {to}."),
                },
                How::WholePopulation => match lang {
                    Lang::Vi => format!("{from}{note} được chia; toàn bộ dân cư về {to}."),
                    Lang::En => format!("{from}{note} was split; all its residents went to {to}."),
                },
                How::Settled => match lang {
                    Lang::Vi => format!("{from}{note} được chia; bạn đã chọn {to}."),
                    Lang::En => format!("{from}{note} was split; you chose {to}."),
                },
            }
        }
        Outcome::Split {
            old,
            candidates,
            via,
        } => {
            let from = old_place(data, old);
            let note = via_note(via, lang);
            let names: Vec<String> = candidates.iter().map(|(c, _)| new_place(c)).collect();
            let names = names.join("; ");
            let n = count(candidates.len(), lang);
            let street = street.filter(|s| !s.is_empty());
            match lang {
                Lang::Vi => match street {
                    Some(street) => format!(
                        "{from}{note} được chia cho {n} xã, phường: {names}. Chọn nơi có \
                         “{street}”."
                    ),
                    None => format!(
                        "{from}{note} được chia cho {n} xã, phường: {names}. Chọn theo thôn, ấp, \
                         đường phố của địa chỉ."
                    ),
                },
                Lang::En => match street {
                    Some(street) => format!(
                        "{from}{note} was split between {n} communes: {names}. Choose the one \
                         with “{street}”."
                    ),
                    None => format!(
                        "{from}{note} was split between {n} communes: {names}. Choose by the \
                         address's hamlet or street."
                    ),
                },
            }
        }
        Outcome::AmbiguousOld { candidates, via } => {
            let places: Vec<String> = candidates.iter().map(|id| old_place(data, id)).collect();
            let total = count(usize::from(candidates.total), lang);
            let places = places.join("; ");
            match lang {
                Lang::Vi if via.commune_alias => format!(
                    "Tên trước khi sáp nhập 2019–2024 này ứng với {total} xã, phường ({places}); \
                     ghi tên xã, phường năm 2025."
                ),
                Lang::Vi => format!(
                    "Có {total} xã, phường cũ tên này ({places}); ghi thêm huyện, tỉnh hoặc dấu \
                     để biết là nơi nào."
                ),
                Lang::En if via.commune_alias => format!(
                    "This name from before a 2019–2024 merger fits {total} communes ({places}); \
                     give the 2025 name."
                ),
                Lang::En => format!(
                    "{total} old communes have this name ({places}); add the district, the \
                     province or the tone marks."
                ),
            }
        }
        Outcome::AmbiguousNew { candidates } => match lang {
            Lang::Vi => format!(
                "Có {} xã, phường hiện nay tên này; ghi thêm tỉnh và viết đủ dấu.",
                count(candidates, lang)
            ),
            Lang::En => format!(
                "{} current communes have this name; add the province and the tone marks.",
                count(candidates, lang)
            ),
        },
        Outcome::Contradiction(contradiction) => contradiction_sentence(contradiction, data, lang),
        Outcome::DistrictOnly { district } => {
            let place = old_district(data, district);
            match lang {
                Lang::Vi => format!(
                    "Chỉ có huyện: {place}. Huyện cũ nay thuộc nhiều xã, phường; ghi thêm xã, \
                     phường cũ."
                ),
                Lang::En => format!(
                    "Only a district: {place}. The old district is now spread over several \
                     communes; add the old commune."
                ),
            }
        }
        Outcome::NotFound(what) => not_found_text(what).get(lang).to_owned(),
        Outcome::NeedsOldData => NEEDS_OLD_DATA.get(lang).to_owned(),
    }
}

texts! { outcome_texts:
    /// A row that reads as an old address, without the conversion data.
    pub const NEEDS_OLD_DATA: Text = Text {
        vi: "Địa chỉ cũ này cần bảng chuyển đổi, mà bảng chưa tải được.",
        en: "This old address needs the conversion table, which is not loaded.",
    };
}

const fn not_found_text(what: NotFound) -> Text {
    match what {
        NotFound::Province => Text {
            vi: "Không tìm thấy tỉnh, thành phố này; kiểm tra lại tên tỉnh.",
            en: "No province has this name; check the province.",
        },
        NotFound::District => Text {
            vi: "Không tìm thấy quận, huyện này (trong tỉnh đã ghi); kiểm tra lại tên huyện.",
            en: "No district has this name (in the province given); check the district.",
        },
        NotFound::Commune => Text {
            vi: "Không tìm thấy xã, phường này ở nơi đã ghi; kiểm tra lại tên xã, phường.",
            en: "No commune has this name where the address points; check the commune.",
        },
    }
}

texts! { via_texts:
    /// Which older names a conversion went through, in brackets after the old place.
    pub const VIA_COMMUNE_ALIAS: Text = Text {
        vi: "tên xã trước khi sáp nhập 2019–2024",
        en: "commune name from before a 2019–2024 merger",
    };
    pub const VIA_DISTRICT_ALIAS: Text = Text {
        vi: "tên huyện trước đây",
        en: "earlier district name",
    };
    pub const VIA_PROVINCE_ALIAS: Text = Text {
        vi: "tên tỉnh trước đây",
        en: "earlier province name",
    };
}

/// " (tên xã trước khi sáp nhập 2019–2024)" when an older name was used.
fn via_note(via: Via, lang: Lang) -> String {
    let notes: Vec<&str> = [
        (via.commune_alias, VIA_COMMUNE_ALIAS),
        (via.district_alias, VIA_DISTRICT_ALIAS),
        (via.province_alias, VIA_PROVINCE_ALIAS),
    ]
    .into_iter()
    .filter(|(used, _)| *used)
    .map(|(_, text)| text.get(lang))
    .collect();
    if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    }
}

fn contradiction_sentence(
    contradiction: Contradiction,
    data: Option<&OldUnits>,
    lang: Lang,
) -> String {
    match contradiction {
        Contradiction::ProvinceOutsideList { row, list } => match lang {
            Lang::Vi => format!(
                "Địa chỉ thuộc {}, không thuộc {} đã chọn cho danh sách.",
                province_name(row),
                province_name(list)
            ),
            Lang::En => format!(
                "The address is in {}, not in {} chosen for the list.",
                province_name(row),
                province_name(list)
            ),
        },
        Contradiction::DistrictNotInProvince { district } => {
            let place = old_district(data, district);
            match lang {
                Lang::Vi => format!(
                    "Huyện ghi trong địa chỉ không thuộc tỉnh đã ghi (có {place}); kiểm tra lại \
                     huyện hoặc tỉnh."
                ),
                Lang::En => format!(
                    "The district is not in the province given (there is {place}); check the \
                     district or the province."
                ),
            }
        }
        Contradiction::CommuneNotInDistrict { commune, district } => {
            let place = old_district(data, district);
            match lang {
                Lang::Vi => format!(
                    "{} (tên hiện nay) không lấy từ {place}; kiểm tra lại xã hoặc huyện.",
                    new_place(commune)
                ),
                Lang::En => format!(
                    "{} (today's name) does not come from {place}; check the commune or the \
                     district.",
                    new_place(commune)
                ),
            }
        }
        Contradiction::CommuneNotInProvince { commune, province } => {
            let old = data
                .and_then(|d| d.province(province))
                .map_or("", |p| p.full_name);
            match lang {
                Lang::Vi => format!(
                    "{} (tên hiện nay) không lấy từ {old} cũ; kiểm tra lại xã hoặc tỉnh.",
                    new_place(commune)
                ),
                Lang::En => format!(
                    "{} (today's name) does not come from the old {old}; check the commune or \
                     the province.",
                    new_place(commune)
                ),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

texts! { export_texts:
    /// The export's header row.
    pub const EXPORT_HEADER: [Text; 8] = [
        Text {
            vi: "Địa chỉ đã nhập",
            en: "Address entered",
        },
        Text {
            vi: "Thôn, ấp, đường",
            en: "Street or hamlet",
        },
        Text {
            vi: "Mã xã mới",
            en: "New commune code",
        },
        Text {
            vi: "Xã, phường mới",
            en: "New commune",
        },
        Text {
            vi: "Tỉnh, thành phố mới",
            en: "New province",
        },
        Text {
            vi: "Cách tìm",
            en: "How found",
        },
        Text {
            vi: "Ghi chú",
            en: "Note",
        },
        Text {
            vi: "Nguồn",
            en: "Source",
        },
    ];
}

/// The export's header row in `lang`.
pub fn export_header(lang: Lang) -> [&'static str; 8] {
    EXPORT_HEADER.map(|text| text.get(lang))
}

/// This module's texts, for [`super::registry`]: the fixed words, the words of every kind,
/// transfer and outcome, and the sentences with sample data. Sentences that name an old unit
/// need the conversion data; `tests/converter.rs` reads every one of those with it.
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "old_address";
    for list in [
        page_texts(),
        source_texts(),
        via_texts(),
        outcome_texts(),
        export_texts(),
    ] {
        r.fixed(M, list);
    }
    r.words("old_address::transfer_text", Transfer::ALL, transfer_text);
    r.words(
        "old_address::kind_text",
        [
            CommuneKind::Ward,
            CommuneKind::Commune,
            CommuneKind::SpecialZone,
        ],
        kind_text,
    );
    r.words(
        "old_address::not_found_text",
        [NotFound::Province, NotFound::District, NotFound::Commune],
        not_found_text,
    );
    r.sentence("old_address::too_many_lines(6000)", |lang| {
        too_many_lines(6_000, 5_000, lang)
    });
    r.sentence("old_address::source_note", source_note);
    r.sentence("old_address::summary(6, 4, 1)", |lang| {
        summary(6, 4, 1, lang)
    });
    let (Ok(binh_an), Ok(ba_dinh)) = (CommuneCode::new(30898), CommuneCode::new(4)) else {
        return;
    };
    let (Ok(hanoi), Ok(an_giang)) = (ProvinceCode::new(1), ProvinceCode::new(91)) else {
        return;
    };
    let outcomes = [
        Outcome::Current(binh_an),
        Outcome::CurrentKindDiffers {
            commune: ba_dinh,
            written: CommuneKind::Commune,
        },
        Outcome::AmbiguousNew { candidates: 3 },
        Outcome::Contradiction(Contradiction::ProvinceOutsideList {
            row: hanoi,
            list: an_giang,
        }),
        Outcome::NotFound(NotFound::District),
        Outcome::NeedsOldData,
        Outcome::Missing,
    ];
    for outcome in outcomes {
        r.sentence(
            format!("old_address::outcome_sentence({outcome:?})"),
            |lang| outcome_sentence(&outcome, None, None, lang),
        );
    }
    let (old, via) = (OldCommuneId(0), Via::default());
    let converted = |how| Outcome::Converted {
        old,
        new: binh_an,
        how,
        via,
    };
    let kinds = outcomes.into_iter().chain([
        converted(How::Whole),
        converted(How::WholePopulation),
        converted(How::Settled),
        Outcome::Split {
            old,
            candidates: Candidates::new(),
            via,
        },
        Outcome::AmbiguousOld {
            candidates: OldCandidates::of(&[0, 1]),
            via,
        },
        Outcome::DistrictOnly {
            district: OldDistrictId(0),
        },
    ]);
    for outcome in kinds {
        r.text(
            format!("old_address::how_text({outcome:?})"),
            how_text(&outcome),
        );
    }
}
