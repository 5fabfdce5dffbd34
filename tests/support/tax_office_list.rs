//! The tax office's 300-row list of issue 14, generated: rows 1–100 old communes in the commune /
//! district / province columns, 101–200 today's addresses, 201–300 a whole old address in one
//! "Địa chỉ trụ sở" cell; every old commune one that went whole into one new commune, so the
//! right answer is certain. Shared by the resolver's tests and the bulk check's.
#![allow(dead_code)]

use std::collections::BTreeMap;

use sansang::rules::delimited::{self, CsvOptions};
use sansang::rules::old_address::Transfer;
use sansang::rules::units::{self, CommuneCode, ProvinceCode};
use unicode_normalization::UnicodeNormalization;

use super::old_units::tsv_rows;

pub fn strip_tones(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// The old tone placement ("Hòa" → "Hoà", "Thủy" → "Thuỷ").
pub fn old_tones(text: &str) -> String {
    let mut out = text.to_owned();
    for (new, old) in [
        ("òa", "oà"),
        ("óa", "oá"),
        ("ỏa", "oả"),
        ("õa", "oã"),
        ("ọa", "oạ"),
        ("òe", "oè"),
        ("óe", "oé"),
        ("ủy", "uỷ"),
        ("úy", "uý"),
        ("ùy", "uỳ"),
        ("ũy", "uỹ"),
        ("ụy", "uỵ"),
    ] {
        out = out.replace(new, old);
    }
    out
}

/// The abbreviations of the tax office's lists: "X.", "P.", "TT.", "H.", "Q.", "TX.", "TP.",
/// "T.".
pub fn abbreviate(full: &str) -> String {
    for (word, short) in [
        ("Thành phố ", "TP. "),
        ("Thị xã ", "TX. "),
        ("Thị trấn ", "TT. "),
        ("Huyện ", "H. "),
        ("Quận ", "Q. "),
        ("Phường ", "P. "),
        ("Xã ", "X. "),
        ("Tỉnh ", "T. "),
    ] {
        if let Some(rest) = full.strip_prefix(word) {
            return format!("{short}{rest}");
        }
    }
    full.to_owned()
}

/// The name without its kind words ("Thị xã Tịnh Biên" → "Tịnh Biên").
pub fn without_kind(full: &str) -> &str {
    for word in [
        "Thành phố ",
        "Thị xã ",
        "Thị trấn ",
        "Huyện ",
        "Quận ",
        "Phường ",
        "Xã ",
        "Tỉnh ",
    ] {
        if let Some(rest) = full.strip_prefix(word) {
            return rest;
        }
    }
    full
}

pub fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A small deterministic generator (xorshift64*), so the lists are the same on every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What each row of a generated list must resolve to.
#[derive(Clone, Copy, Debug)]
pub enum Truth {
    Old(CommuneCode),
    New(CommuneCode),
}

pub const HEADER: [&str; 8] = [
    "STT",
    "Mã số thuế",
    "Tên người nộp thuế",
    "Địa chỉ trụ sở",
    "Phường/Xã",
    "Quận/Huyện",
    "Tỉnh/Thành phố",
    "Trạng thái",
];

/// Old communes that went whole into one new commune, from the table (so the answer is
/// certain), optionally only from some old provinces.
pub fn whole_old_communes(
    provinces: Option<&[u8]>,
) -> Vec<(u32, String, String, String, CommuneCode)> {
    let rows = tsv_rows();
    let mut per_old: BTreeMap<u32, Vec<&sansang::rules::old_address::SourceRow>> = BTreeMap::new();
    for r in &rows {
        if let Some(c) = r.old_commune_code {
            per_old.entry(c).or_default().push(r);
        }
    }
    per_old
        .into_values()
        .filter_map(|rs| match rs.as_slice() {
            [r] if r.transfer == Transfer::Whole
                && provinces.is_none_or(|p| p.contains(&r.old_province_code)) =>
            {
                Some((
                    r.old_commune_code?,
                    r.old_commune.clone(),
                    r.old_district.clone(),
                    r.old_province.clone(),
                    CommuneCode::new(r.new_commune_code).ok()?,
                ))
            }
            _ => None,
        })
        .collect()
}

/// A 300-row list in the tax office's layout, as CSV text (a title row above the header):
/// rows 1–100 old communes in the commune/district/province columns, 101–200 today's addresses,
/// 201–300 a whole old address in "Địa chỉ trụ sở". Names are written the ways people write
/// them (full, abbreviated, without kind words, without tones, old tone placement, " - ").
pub fn tax_office_list(
    seed: u64,
    old_provinces: Option<&[u8]>,
    new_province: Option<ProvinceCode>,
    province_column: bool,
) -> (String, Vec<Truth>) {
    let mut rng = Rng(seed);
    let olds = whole_old_communes(old_provinces);
    let news: Vec<&units::Commune> = units::communes()
        .iter()
        .filter(|c| new_province.is_none_or(|p| c.province == p))
        .collect();
    let mut rows: Vec<Vec<String>> = vec![
        vec!["DANH SÁCH DOANH NGHIỆP ĐANG HOẠT ĐỘNG".to_owned()],
        HEADER.iter().map(|h| (*h).to_owned()).collect(),
    ];
    let mut truth = Vec::new();
    let province_style = |rng: &mut Rng, full: &str| -> String {
        let short = full
            .strip_prefix("Tỉnh ")
            .or_else(|| full.strip_prefix("Thành phố "))
            .unwrap_or(full);
        match rng.below(4) {
            0 => full.to_owned(),
            1 => short.to_owned(),
            2 => abbreviate(full),
            _ => strip_tones(full),
        }
    };
    for i in 0..300 {
        let (address, commune, district, province) = if !(100..200).contains(&i) {
            let (_, c, d, p, new) = rng.pick(&olds).clone();
            truth.push(Truth::Old(new));
            let style = rng.below(5);
            let write = |name: &str| match style {
                0 => name.to_owned(),
                1 => abbreviate(name),
                2 => strip_tones(name),
                3 => old_tones(name),
                _ => without_kind(name).to_owned(),
            };
            // Kind words stay on units that need them ("Quận 3", "Phường 7").
            let write = |name: &str| {
                let w = write(name);
                if w.chars().all(|c| c.is_ascii_digit()) {
                    name.to_owned()
                } else {
                    w
                }
            };
            let province = if province_column || i >= 200 {
                province_style(&mut rng, &p)
            } else {
                String::new()
            };
            if i < 100 {
                (String::new(), write(&c), write(&d), province)
            } else {
                let street = format!("Số {} đường Nguyễn Trãi", 1 + rng.below(300));
                let sep = *rng.pick(&[", ", ", ", " - "]);
                let mut address = [street, write(&c), write(&d)].join(sep);
                if !province.is_empty() {
                    address = format!("{address}{sep}{province}");
                }
                if rng.below(4) == 0 {
                    address.push_str(", Việt Nam");
                }
                (address, String::new(), String::new(), String::new())
            }
        } else {
            let c = *rng.pick(&news);
            truth.push(Truth::New(c.code));
            let p = units::province(c.province).expect("its province");
            let commune = match rng.below(4) {
                0 => c.full_name.to_owned(),
                1 => abbreviate(c.full_name),
                2 => old_tones(c.full_name),
                _ => c.short_name.to_owned(),
            };
            let province = if province_column {
                province_style(&mut rng, p.full_name)
            } else {
                String::new()
            };
            if i < 150 {
                (String::new(), commune, String::new(), province)
            } else {
                let mut address = format!("Số {} Lê Lợi, {commune}", 1 + rng.below(300));
                if !province.is_empty() {
                    address = format!("{address}, {province}");
                }
                (address, String::new(), String::new(), String::new())
            }
        };
        rows.push(vec![
            (i + 1).to_string(),
            format!("{:010}", 100_000_000 + i),
            format!("Công ty TNHH Số {}", i + 1),
            address,
            commune,
            district,
            province,
            "Đang hoạt động".to_owned(),
        ]);
    }
    (delimited::write_csv(rows, CsvOptions::EXCEL), truth)
}
