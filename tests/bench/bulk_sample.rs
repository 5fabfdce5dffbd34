//! A deterministic generator of realistic organization lists for the bulk check's tests and
//! benchmarks: a tax-office style list from An Giang (which absorbed Kiên Giang on 1/7/2025),
//! with about 5 % of rows carrying each kind of error, and the counts the check must find,
//! known by construction.
//!
//! Error kinds (at most one per row, each with probability `error_rate`): wrong check digit,
//! wrong length, repeated tax code, commune not in the 2025 list, old district name, bad phone,
//! bad email, 12-digit personal code, not operating.

#![allow(dead_code)]

use std::collections::BTreeMap;

use sansang::rules::delimited::{CsvOptions, write_csv};
use sansang::rules::tax_code::check_digit;
use sansang::rules::units::{self, CommuneCode, CommuneMatch, ProvinceCode};

/// The kinds of error the generator plants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Planted {
    WrongCheckDigit,
    WrongLength,
    Duplicate,
    UnmatchedCommune,
    OldDistrict,
    BadPhone,
    BadEmail,
    PersonalCode,
    Inactive,
}

const PLANTED: [Planted; 9] = [
    Planted::WrongCheckDigit,
    Planted::WrongLength,
    Planted::Duplicate,
    Planted::UnmatchedCommune,
    Planted::OldDistrict,
    Planted::BadPhone,
    Planted::BadEmail,
    Planted::PersonalCode,
    Planted::Inactive,
];

/// What the check must report for a generated list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub rows: u32,
    pub tax_valid: u32,
    pub tax_invalid: u32,
    pub tax_cannot_verify: u32,
    pub duplicates: u32,
    pub commune_matched: u32,
    pub commune_old_district: u32,
    pub commune_unmatched: u32,
    pub phone_invalid: u32,
    pub email_invalid: u32,
    pub inactive: u32,
    /// Commune → (distinct organizations, inactive).
    pub communes: BTreeMap<CommuneCode, (u32, u32)>,
    /// Per data row, in order: 0 valid, 1 invalid, 2 cannot verify.
    pub tax_verdicts: Vec<u8>,
}

/// A generated list.
pub struct Sample {
    pub csv: String,
    pub expected: Expected,
}

/// xorshift64*: deterministic, fast, good enough to shuffle test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, per_thousand: u64) -> bool {
        self.next() % 1000 < per_thousand
    }
}

const FAMILY: [&str; 14] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ",
    "Ngô", "Dương",
];
const MIDDLE: [&str; 8] = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Kim"];
const GIVEN: [&str; 16] = [
    "An", "Bình", "Cường", "Dũng", "Hạnh", "Hiếu", "Hòa", "Khoa", "Lan", "Linh", "Nam", "Phúc",
    "Quyên", "Tâm", "Thảo", "Vy",
];
const FORMS: [&str; 6] = [
    "Công ty TNHH",
    "Công ty TNHH MTV",
    "Công ty Cổ phần",
    "Doanh nghiệp tư nhân",
    "Hợp tác xã",
    "Chi nhánh Công ty TNHH",
];
const TRADES: [&str; 12] = [
    "Thương mại",
    "Xây dựng",
    "Thủy sản",
    "Du lịch",
    "Vận tải",
    "Nông nghiệp",
    "Dịch vụ",
    "Xuất nhập khẩu",
    "Chế biến lương thực",
    "Cơ khí",
    "Nhà hàng khách sạn",
    "Đầu tư phát triển",
];
const BRANDS: [&str; 12] = [
    "Phú Quốc",
    "Hà Tiên",
    "Minh Phát",
    "Tân Thành",
    "Hoàng Long",
    "Kiên Hải",
    "Sao Mai",
    "Mekong",
    "Thuận Phát",
    "Biển Xanh",
    "Đại Dương",
    "Nam Việt",
];
const STREETS: [&str; 12] = [
    "Nguyễn Trung Trực",
    "Lê Lợi",
    "Trần Phú",
    "Ba Mươi Tháng Tư",
    "Mạc Cửu",
    "Lạc Hồng",
    "Nguyễn Hùng Sơn",
    "Quang Trung",
    "Tôn Đức Thắng",
    "Hùng Vương",
    "Lý Thường Kiệt",
    "Ngô Quyền",
];
/// District-level names of Kiên Giang and An Giang before 1/7/2025.
const OLD_DISTRICTS: [&str; 10] = [
    "Huyện Châu Thành",
    "Thành phố Rạch Giá",
    "TP Rạch Giá",
    "Thị xã Hà Tiên",
    "Huyện Tân Hiệp",
    "Huyện Kiên Lương",
    "Thành phố Long Xuyên",
    "Huyện An Biên",
    "H. Giồng Riềng",
    "TP. Phú Quốc",
];
/// Commune names from before the 2025 merger (or misspelt beyond recognition).
const OLD_COMMUNES: [&str; 10] = [
    "Phường Vĩnh Thanh Vân",
    "Phường An Hòa Cũ",
    "Xã Vĩnh Hòa Hiệp",
    "Xã Mong Thọ A",
    "Phường Vĩnh Lạc",
    "Xã Thạnh Đông A",
    "Phường Pháo Đài",
    "Xã Dương Tơ",
    "Xã Hàm Ninh Cũ",
    "Phường Tô Châu",
];
const ACTIVE: [&str; 3] = [
    "NNT đang hoạt động (đã được cấp GCN ĐKT)",
    "Đang hoạt động",
    "NNT đang hoạt động",
];
const INACTIVE: [&str; 5] = [
    "NNT ngừng hoạt động và đã hoàn thành thủ tục chấm dứt hiệu lực MST",
    "NNT tạm nghỉ kinh doanh có thời hạn",
    "NNT không hoạt động tại địa chỉ đã đăng ký",
    "Đã giải thể",
    "NNT ngừng hoạt động nhưng chưa hoàn thành thủ tục đóng MST",
];
const MOBILE_PREFIXES: [&str; 12] = [
    "091", "094", "088", "098", "097", "086", "039", "033", "090", "093", "070", "079",
];

/// An Giang (code 91): Kiên Giang's communes belong to it since 1/7/2025.
pub const PROVINCE: u8 = 91;

/// Digits of a valid 10-digit code whose serial is unique to `index`.
fn unique_code(index: u64) -> String {
    // 7919 is coprime with 10^7, so serials of distinct indices differ (for < 10^7 rows).
    let serial = (index + 1).wrapping_mul(7919) % 10_000_000;
    // One code in 500 has the `00` prefix seen on real, checksum-valid codes (docs/rules.md §2.1).
    let prefixes: &[u64] = if index % 500 == 7 {
        &[0, 17, 3, 1, 2, 4, 5, 6]
    } else {
        &[17, 3, 1, 2, 4, 5, 6]
    };
    for &prefix in prefixes {
        let nine = prefix * 10_000_000 + serial;
        let mut digits = [0u8; 9];
        let mut n = nine;
        for slot in digits.iter_mut().rev() {
            *slot = (n % 10) as u8;
            n /= 10;
        }
        if digits[2..].iter().all(|&d| d == 0) {
            continue;
        }
        if let Some(check) = check_digit(&digits) {
            return format!("{nine:09}{check}");
        }
    }
    // Every prefix gave r = 0: impossible for 7 different prefixes with the same serial, but
    // stay total.
    format!("17{serial:07}1")
}

/// The communes of the province, each with spellings that match it exactly.
fn spellings() -> Vec<(CommuneCode, Vec<String>)> {
    let province = ProvinceCode::new(PROVINCE).ok();
    units::communes_of(ProvinceCode::new(PROVINCE).expect("An Giang"))
        .iter()
        .filter_map(|c| {
            let prefix_short = match c.kind {
                units::CommuneKind::Ward => "P.",
                units::CommuneKind::Commune => "X.",
                units::CommuneKind::SpecialZone => "Đặc khu",
            };
            let ascii: String = sansang::rules::text::fold(c.full_name);
            let candidates = [
                c.full_name.to_owned(),
                format!("{prefix_short} {}", c.short_name),
                ascii,
                c.full_name.to_uppercase(),
            ];
            let good: Vec<String> = candidates
                .into_iter()
                .filter(|s| {
                    matches!(units::match_commune_name(s, province), CommuneMatch::Exact(m) if m.code == c.code)
                })
                .collect();
            (!good.is_empty()).then_some((c.code, good))
        })
        .collect()
}

fn person(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(&FAMILY),
        rng.pick(&MIDDLE),
        rng.pick(&GIVEN)
    )
}

fn mobile(rng: &mut Rng) -> String {
    let prefix = rng.pick(&MOBILE_PREFIXES);
    let rest = rng.below(10_000_000);
    match rng.below(4) {
        0 => format!("{prefix}{rest:07}"),
        1 => format!("{prefix} {:03} {:04}", rest / 10_000, rest % 10_000),
        2 => format!("+84 {}{rest:07}", &prefix[1..]),
        _ => format!("{prefix}.{:03}.{:04}", rest / 10_000, rest % 10_000),
    }
}

/// Generates `rows` data rows with the given error rate per kind (in thousandths: 50 = 5 %).
pub fn generate(rows: usize, seed: u64, error_per_thousand: u64) -> Sample {
    let mut rng = Rng::new(seed);
    let communes = spellings();
    let province = ProvinceCode::new(PROVINCE).ok();
    let unmatched: Vec<&str> = OLD_COMMUNES
        .iter()
        .copied()
        .filter(|n| units::match_commune_name(n, province) == CommuneMatch::Unmatched)
        .collect();
    let mut expected = Expected::default();
    let mut table: Vec<Vec<String>> = Vec::with_capacity(rows + 1);
    table.push(
        [
            "STT",
            "Mã số thuế",
            "Tên người nộp thuế",
            "Địa chỉ trụ sở",
            "Phường/xã",
            "Người đại diện theo pháp luật",
            "Điện thoại",
            "Email",
            "Trạng thái",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect(),
    );
    let mut issued: Vec<String> = Vec::new();
    for i in 0..rows {
        let planted = if rng.chance(error_per_thousand * 9) {
            Some(*rng.pick(&PLANTED))
        } else {
            None
        };
        let planted = match planted {
            Some(Planted::Duplicate) if issued.is_empty() => None,
            other => other,
        };
        let mut code = unique_code(i as u64);
        if rng.chance(80) {
            code = format!("{code}-{:03}", rng.below(998) + 1);
        }
        let mut verdict = 0u8;
        match planted {
            Some(Planted::WrongCheckDigit) => {
                let mut bytes = code.into_bytes();
                let d = bytes[9] - b'0';
                bytes[9] = b'0' + (d + 1 + rng.below(9) as u8) % 10;
                code = String::from_utf8(bytes).expect("ascii");
                verdict = 1;
            }
            Some(Planted::WrongLength) => {
                code = match rng.below(2) {
                    0 => code[..8].to_owned(),
                    _ => format!("{}{}", &code[..10], rng.below(10)),
                };
                verdict = 1;
            }
            Some(Planted::Duplicate) => {
                code = rng.pick(&issued).clone();
            }
            Some(Planted::PersonalCode) => {
                // Birth registered in old Kiên Giang (091), born in the 1900s or 2000s.
                let g = rng.below(4);
                code = format!("091{g}{:02}{:06}", rng.below(100), i % 1_000_000);
                verdict = 2;
            }
            _ => {}
        }
        if verdict == 0 && planted != Some(Planted::Duplicate) {
            issued.push(code.clone());
        }
        expected.tax_verdicts.push(verdict);
        let (commune_code, spelled) = {
            let (code, names) = rng.pick(&communes);
            (*code, rng.pick(names).clone())
        };
        let street = format!("{} {}", rng.below(400) + 1, rng.pick(&STREETS));
        let (commune_cell, address, matched) = match planted {
            Some(Planted::UnmatchedCommune) => {
                let name = rng.pick(&unmatched).to_string();
                let address = format!("{street}, {name}, Tỉnh An Giang");
                (name, address, None)
            }
            Some(Planted::OldDistrict) => {
                let district = rng.pick(&OLD_DISTRICTS).to_string();
                let address = format!("{street}, {district}, Tỉnh Kiên Giang");
                (district, address, None)
            }
            _ => {
                let full = units::commune(commune_code)
                    .map(|c| c.full_name)
                    .unwrap_or("");
                let address = format!("{street}, {full}, Tỉnh An Giang");
                (spelled, address, Some(commune_code))
            }
        };
        let name = format!(
            "{} {} {}",
            rng.pick(&FORMS),
            rng.pick(&TRADES),
            rng.pick(&BRANDS)
        );
        let phone = match planted {
            Some(Planted::BadPhone) => match rng.below(3) {
                0 => format!("0{}", rng.below(100_000_000)),
                1 => format!("0297 {:03} {:04}", rng.below(1000), rng.below(10_000)),
                _ => format!("0168{:07}", rng.below(10_000_000)),
            },
            _ => mobile(&mut rng),
        };
        let email = match planted {
            Some(Planted::BadEmail) => match rng.below(3) {
                0 => format!("lienhe{i}.gmail.com"),
                1 => format!("nguyễn{i}@gmail.com"),
                _ => format!("ketoan{i}@congty"),
            },
            _ => match rng.below(3) {
                0 => format!("lienhe{i}@gmail.com"),
                1 => format!("ketoan{i}@yahoo.com.vn"),
                _ => format!("info@congty{i}.com.vn"),
            },
        };
        let inactive = planted == Some(Planted::Inactive);
        let status = if inactive {
            rng.pick(&INACTIVE).to_string()
        } else {
            rng.pick(&ACTIVE).to_string()
        };

        expected.rows += 1;
        match verdict {
            0 => expected.tax_valid += 1,
            1 => expected.tax_invalid += 1,
            _ => expected.tax_cannot_verify += 1,
        }
        let duplicate = planted == Some(Planted::Duplicate);
        expected.duplicates += u32::from(duplicate);
        match planted {
            Some(Planted::UnmatchedCommune) => expected.commune_unmatched += 1,
            Some(Planted::OldDistrict) => expected.commune_old_district += 1,
            _ => expected.commune_matched += 1,
        }
        expected.phone_invalid += u32::from(planted == Some(Planted::BadPhone));
        expected.email_invalid += u32::from(planted == Some(Planted::BadEmail));
        expected.inactive += u32::from(inactive && !duplicate && verdict != 2);
        // Household businesses (12-digit codes) are not organizations: not tallied.
        if !duplicate
            && verdict != 2
            && let Some(commune) = matched
        {
            let tally = expected.communes.entry(commune).or_insert((0, 0));
            tally.0 += 1;
            tally.1 += u32::from(inactive);
        }

        table.push(vec![
            (i + 1).to_string(),
            code,
            name,
            address,
            commune_cell,
            person(&mut rng),
            phone,
            email,
            status,
        ]);
    }
    Sample {
        csv: write_csv(&table, CsvOptions::EXCEL),
        expected,
    }
}
