//! Organization lists with pre-merger addresses for the bulk check's benchmark and end-to-end
//! journey (issue 14):
//!
//! - [`half_old`]: 100,000 rows in the tax office's layout, half today's addresses, half old
//!   ones (a quarter in commune / district / province cells, a quarter in one address cell),
//!   each row with its own house number;
//! - [`journey`]: the tax office's 300-row list of `tests/support/tax_office_list.rs` (seed 14)
//!   with six rows in an old commune split between new ones, for the split step.
#![allow(dead_code)]

use sansang::rules::delimited::{CsvOptions, write_csv};
use sansang::rules::tax_code::check_digit;
use sansang::rules::units;

use super::old_units::{a_split_commune, data};
use super::tax_office_list::{HEADER, tax_office_list};

/// A valid 10-digit tax code unique to `index`.
fn tax_code(index: u64) -> String {
    let serial = (index + 1).wrapping_mul(7919) % 10_000_000;
    for prefix in [17u64, 3, 1, 2, 4, 5, 6] {
        let nine = prefix * 10_000_000 + serial;
        let mut digits = [0u8; 9];
        let mut n = nine;
        for slot in digits.iter_mut().rev() {
            *slot = (n % 10) as u8;
            n /= 10;
        }
        if let Some(check) = check_digit(&digits) {
            return format!("{nine:09}{check}");
        }
    }
    format!("17{serial:07}1")
}

/// 100,000 rows (or `rows`), half with old addresses.
pub fn half_old(rows: usize) -> String {
    let data = data();
    let olds: Vec<_> = data.communes().filter(|c| c.code.is_some()).collect();
    let news = units::communes();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    // The tax office's layout without its "STT" column.
    let mut table: Vec<Vec<String>> =
        vec![HEADER.iter().skip(1).map(|h| (*h).to_owned()).collect()];
    for i in 0..rows {
        let house = 1 + next(500);
        let (address, commune, district, province) = if i % 2 == 0 {
            let c = &news[next(news.len())];
            let p = units::province(c.province).map_or("", |p| p.full_name);
            (
                format!("Số {house} đường Lê Lợi, {}, {p}", c.full_name),
                String::new(),
                String::new(),
                String::new(),
            )
        } else {
            let c = &olds[next(olds.len())];
            if i % 4 == 1 {
                (
                    format!("Số {house} đường Nguyễn Trãi"),
                    c.full_name.to_owned(),
                    c.district.full_name.to_owned(),
                    c.district.province.full_name.to_owned(),
                )
            } else {
                (
                    format!(
                        "Số {house} đường Nguyễn Trãi, {}, {}, {}",
                        c.full_name, c.district.full_name, c.district.province.full_name
                    ),
                    String::new(),
                    String::new(),
                    String::new(),
                )
            }
        };
        table.push(vec![
            tax_code(i as u64),
            format!("Công ty TNHH Số {}", i + 1),
            address,
            commune,
            district,
            province,
            "Đang hoạt động".to_owned(),
        ]);
    }
    write_csv(table, CsvOptions::EXCEL)
}

/// The 300-row journey list with six rows in a split old commune appended.
pub fn journey() -> String {
    let (csv, _) = tax_office_list(14, None, None, true);
    let mut text = csv;
    if let Some((commune, district, province)) = a_split_commune(data()) {
        for i in 0..6u64 {
            let code = tax_code(900_000 + i);
            text.push_str(&format!(
                "{},{code},Hợp tác xã Thôn {},\"Thôn {}, {commune}, {district}, {province}\",,,,Đang hoạt động\r\n",
                301 + i,
                i + 1,
                i + 1
            ));
        }
    }
    text
}
