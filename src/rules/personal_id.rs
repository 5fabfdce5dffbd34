//! Personal identification number (số định danh cá nhân) — Luật Căn cước 2023 Art. 12; structure from
//! NĐ 137/2015/NĐ-CP and TT 07/2016/TT-BCA (lapsed 1/7/2024, so decoding is *informational only*;
//! docs/rules.md §2.2).
//!
//! `PPP G YY RRRRRR`, 12 digits, **no check digit**:
//! - `PPP`: where the birth was registered — 001–096 one of the old 63 provinces (TT 07/2016, Phụ lục
//!   I), 101–295 a foreign country;
//! - `G`: century and sex — 0/1 = 1900s male/female, 2/3 = 2000s, … 8/9 = 2300s;
//! - `YY`: last two digits of the birth year; `RRRRRR`: random.
//!
//! Any 12 digits are a valid format. What decoding finds wrong (an unknown `PPP`, a birth year in the
//! future, a contradiction with a stated date of birth or sex) is a **warning**, never a rejection:
//! numbers issued after the 2025 merger are not documented.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::digits::{is_separator, read_digits};

/// Inputs longer than this (in bytes, after trimming) are rejected before any other work.
pub const MAX_INPUT_BYTES: usize = 100;

/// One row of the old birth-registration table: an old province (before 1/7/2025), its 3-digit code
/// in the personal ID (TT 07/2016/TT-BCA, Phụ lục I), and the province it belongs to since 1/7/2025
/// with that province's 2-digit code (Nghị quyết 202/2025/QH15).
///
/// The old codes are **not** the new codes: old `080` is Long An, new `80` is Tây Ninh.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BirthRegistrationProvince {
    /// 3 digits as printed at the start of the ID, e.g. `"001"`.
    pub old_code: &'static str,
    /// The old province, e.g. `"Hà Giang"`.
    pub old_province: &'static str,
    /// The province it belongs to since 1/7/2025, e.g. `"Tuyên Quang"`.
    pub province_since_2025: &'static str,
    /// That province's 2-digit code since 1/7/2025, e.g. `"08"`.
    pub province_code_since_2025: &'static str,
}

const fn row(
    old_code: &'static str,
    old_province: &'static str,
    province_since_2025: &'static str,
    province_code_since_2025: &'static str,
) -> BirthRegistrationProvince {
    BirthRegistrationProvince {
        old_code,
        old_province,
        province_since_2025,
        province_code_since_2025,
    }
}

/// The 63 old birth-registration codes, sorted by code. Compiled from
/// `tests/data/id-birth-registration-codes.tsv`; a test checks it equals that file row for row.
pub const BIRTH_REGISTRATION_PROVINCES: [BirthRegistrationProvince; 63] = [
    row("001", "Hà Nội", "Hà Nội", "01"),
    row("002", "Hà Giang", "Tuyên Quang", "08"),
    row("004", "Cao Bằng", "Cao Bằng", "04"),
    row("006", "Bắc Kạn", "Thái Nguyên", "19"),
    row("008", "Tuyên Quang", "Tuyên Quang", "08"),
    row("010", "Lào Cai", "Lào Cai", "15"),
    row("011", "Điện Biên", "Điện Biên", "11"),
    row("012", "Lai Châu", "Lai Châu", "12"),
    row("014", "Sơn La", "Sơn La", "14"),
    row("015", "Yên Bái", "Lào Cai", "15"),
    row("017", "Hòa Bình", "Phú Thọ", "25"),
    row("019", "Thái Nguyên", "Thái Nguyên", "19"),
    row("020", "Lạng Sơn", "Lạng Sơn", "20"),
    row("022", "Quảng Ninh", "Quảng Ninh", "22"),
    row("024", "Bắc Giang", "Bắc Ninh", "24"),
    row("025", "Phú Thọ", "Phú Thọ", "25"),
    row("026", "Vĩnh Phúc", "Phú Thọ", "25"),
    row("027", "Bắc Ninh", "Bắc Ninh", "24"),
    row("030", "Hải Dương", "Hải Phòng", "31"),
    row("031", "Hải Phòng", "Hải Phòng", "31"),
    row("033", "Hưng Yên", "Hưng Yên", "33"),
    row("034", "Thái Bình", "Hưng Yên", "33"),
    row("035", "Hà Nam", "Ninh Bình", "37"),
    row("036", "Nam Định", "Ninh Bình", "37"),
    row("037", "Ninh Bình", "Ninh Bình", "37"),
    row("038", "Thanh Hóa", "Thanh Hóa", "38"),
    row("040", "Nghệ An", "Nghệ An", "40"),
    row("042", "Hà Tĩnh", "Hà Tĩnh", "42"),
    row("044", "Quảng Bình", "Quảng Trị", "44"),
    row("045", "Quảng Trị", "Quảng Trị", "44"),
    row("046", "Thừa Thiên Huế", "Huế", "46"),
    row("048", "Đà Nẵng", "Đà Nẵng", "48"),
    row("049", "Quảng Nam", "Đà Nẵng", "48"),
    row("051", "Quảng Ngãi", "Quảng Ngãi", "51"),
    row("052", "Bình Định", "Gia Lai", "52"),
    row("054", "Phú Yên", "Đắk Lắk", "66"),
    row("056", "Khánh Hòa", "Khánh Hòa", "56"),
    row("058", "Ninh Thuận", "Khánh Hòa", "56"),
    row("060", "Bình Thuận", "Lâm Đồng", "68"),
    row("062", "Kon Tum", "Quảng Ngãi", "51"),
    row("064", "Gia Lai", "Gia Lai", "52"),
    row("066", "Đắk Lắk", "Đắk Lắk", "66"),
    row("067", "Đắk Nông", "Lâm Đồng", "68"),
    row("068", "Lâm Đồng", "Lâm Đồng", "68"),
    row("070", "Bình Phước", "Đồng Nai", "75"),
    row("072", "Tây Ninh", "Tây Ninh", "80"),
    row("074", "Bình Dương", "TP.HCM", "79"),
    row("075", "Đồng Nai", "Đồng Nai", "75"),
    row("077", "Bà Rịa–Vũng Tàu", "TP.HCM", "79"),
    row("079", "TP.HCM", "TP.HCM", "79"),
    row("080", "Long An", "Tây Ninh", "80"),
    row("082", "Tiền Giang", "Đồng Tháp", "82"),
    row("083", "Bến Tre", "Vĩnh Long", "86"),
    row("084", "Trà Vinh", "Vĩnh Long", "86"),
    row("086", "Vĩnh Long", "Vĩnh Long", "86"),
    row("087", "Đồng Tháp", "Đồng Tháp", "82"),
    row("089", "An Giang", "An Giang", "91"),
    row("091", "Kiên Giang", "An Giang", "91"),
    row("092", "Cần Thơ", "Cần Thơ", "92"),
    row("093", "Hậu Giang", "Cần Thơ", "92"),
    row("094", "Sóc Trăng", "Cần Thơ", "92"),
    row("095", "Bạc Liêu", "Cà Mau", "96"),
    row("096", "Cà Mau", "Cà Mau", "96"),
];

/// Codes 101–295 are foreign countries (TT 07/2016/TT-BCA, Phụ lục I).
const ABROAD_CODES: std::ops::RangeInclusive<u16> = 101..=295;

/// Sex as encoded in the century digit `G` (even = male, odd = female).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sex {
    /// Nam.
    Male,
    /// Nữ.
    Female,
}

/// Where the birth was registered, decoded from `PPP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BirthPlace {
    /// One of the old 63 provinces, with the province it belongs to since 1/7/2025.
    Province(&'static BirthRegistrationProvince),
    /// Registered abroad: a country code 101–295 (the country table is not bundled).
    Abroad { code: u16 },
    /// A code in neither table, e.g. `003` or `300`: maybe issued after 2025, maybe a typo.
    Unknown { code: u16 },
}

impl BirthPlace {
    /// The 3-digit code as a number (`001` → 1).
    pub fn code(&self) -> u16 {
        match self {
            BirthPlace::Province(province) => province_code_value(province.old_code),
            BirthPlace::Abroad { code } | BirthPlace::Unknown { code } => *code,
        }
    }

    /// Whether the code is in one of the documented ranges.
    pub fn is_known(&self) -> bool {
        !matches!(self, BirthPlace::Unknown { .. })
    }

    /// Looks up a 3-digit code.
    pub fn from_code(code: u16) -> BirthPlace {
        if let Some(province) = BIRTH_REGISTRATION_PROVINCES
            .iter()
            .find(|p| province_code_value(p.old_code) == code)
        {
            BirthPlace::Province(province)
        } else if ABROAD_CODES.contains(&code) {
            BirthPlace::Abroad { code }
        } else {
            BirthPlace::Unknown { code }
        }
    }
}

fn province_code_value(code: &str) -> u16 {
    code.bytes().fold(0u16, |acc, b| {
        acc.saturating_mul(10)
            .saturating_add(u16::from(b.wrapping_sub(b'0') % 10))
    })
}

/// A 12-digit personal identification number, e.g. `001087123456`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonalId {
    /// Digit values `0..=9`.
    digits: [u8; 12],
}

/// Why a text is not a personal ID number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonalIdError {
    /// Nothing but white space.
    Empty,
    /// Longer than [`MAX_INPUT_BYTES`]; not examined further.
    TooLong,
    /// A character that is neither a digit nor a space, dot or dash. `position` counts characters of
    /// the trimmed input from 1.
    UnexpectedCharacter { ch: char, position: usize },
    /// 9 digits: an old identity card (CMND) number. CMND cards stopped being valid on 31/12/2024
    /// (Luật Căn cước 2023 Art. 46); the 12-digit number on the căn cước / chip CCCD card is needed.
    OldNineDigitCmnd,
    /// 10 or 11 digits whose zero-padded form starts with an old province code: probably a
    /// spreadsheet dropped the leading zeros. Offered, never applied silently.
    LostLeadingZeros { suggestion: PersonalId },
    /// Not 12 digits.
    WrongLength { digits: usize },
}

impl fmt::Display for PersonalIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersonalIdError::Empty => f.write_str("empty personal ID number"),
            PersonalIdError::TooLong => write!(f, "input longer than {MAX_INPUT_BYTES} bytes"),
            PersonalIdError::UnexpectedCharacter { ch, position } => {
                write!(f, "unexpected character {ch:?} at position {position}")
            }
            PersonalIdError::OldNineDigitCmnd => f.write_str(
                "9-digit CMND number; CMND expired on 31/12/2024 (Luật Căn cước 2023 Art. 46)",
            ),
            PersonalIdError::LostLeadingZeros { suggestion } => {
                write!(f, "leading zeros probably lost; did you mean {suggestion}?")
            }
            PersonalIdError::WrongLength { digits } => {
                write!(f, "expected 12 digits, found {digits}")
            }
        }
    }
}

impl std::error::Error for PersonalIdError {}

/// Something probably wrong with a personal ID that parsed; the user may continue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonalIdWarning {
    /// `PPP` is neither an old province (001–096 in the table) nor a country (101–295).
    UnknownBirthPlaceCode { code: u16 },
    /// The encoded birth year is after today's year.
    BirthYearInFuture { year: i32 },
    /// The encoded birth year differs from the date of birth entered elsewhere.
    BirthYearMismatch { id_year: i32, stated_year: i32 },
    /// The encoded sex differs from the sex entered elsewhere.
    SexMismatch { id_sex: Sex, stated_sex: Sex },
}

impl PersonalId {
    /// Reads a 12-digit personal ID, forgiving spaces, dots, dashes and full-width digits.
    ///
    /// # Errors
    /// - `""` → [`PersonalIdError::Empty`]; more than [`MAX_INPUT_BYTES`] → `TooLong`;
    /// - `"00108712345x"` → `UnexpectedCharacter { ch: 'x', position: 12 }`;
    /// - `"012345678"` → `OldNineDigitCmnd` (Luật Căn cước 2023 Art. 46);
    /// - `"1087123456"` → `LostLeadingZeros { suggestion: 001087123456 }`;
    /// - `"0010871234567"` → `WrongLength { digits: 13 }`.
    pub fn parse(input: &str) -> Result<PersonalId, PersonalIdError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PersonalIdError::Empty);
        }
        if trimmed.len() > MAX_INPUT_BYTES {
            return Err(PersonalIdError::TooLong);
        }
        let read = read_digits::<12, _>(trimmed.chars(), |ch, position, _| {
            if is_separator(ch) {
                Ok(())
            } else {
                Err(PersonalIdError::UnexpectedCharacter { ch, position })
            }
        })?;
        let (digits, count) = (read.values, read.count);
        match count {
            12 => Ok(PersonalId { digits }),
            9 => Err(PersonalIdError::OldNineDigitCmnd),
            10 | 11 => {
                let mut padded = [0u8; 12];
                for (slot, &digit) in padded.iter_mut().skip(12 - count).zip(&digits) {
                    *slot = digit;
                }
                let suggestion = PersonalId { digits: padded };
                if matches!(suggestion.birth_place(), BirthPlace::Province(_)) {
                    Err(PersonalIdError::LostLeadingZeros { suggestion })
                } else {
                    Err(PersonalIdError::WrongLength { digits: count })
                }
            }
            _ => Err(PersonalIdError::WrongLength { digits: count }),
        }
    }

    /// `PPP`, the birth-registration code (`001` → 1).
    pub fn birth_place_code(&self) -> u16 {
        self.digits[..3]
            .iter()
            .fold(0u16, |acc, &d| acc * 10 + u16::from(d))
    }

    /// Where the birth was registered, and for an old province, where it belongs since 1/7/2025.
    pub fn birth_place(&self) -> BirthPlace {
        BirthPlace::from_code(self.birth_place_code())
    }

    /// Birth year: `1900 + 100·⌊G/2⌋ + YY` (TT 07/2016/TT-BCA Art. 7).
    pub fn birth_year(&self) -> i32 {
        let [_, _, _, century, tens, units, ..] = self.digits;
        1900 + 100 * i32::from(century / 2) + 10 * i32::from(tens) + i32::from(units)
    }

    /// Sex: `G` even = male, odd = female (TT 07/2016/TT-BCA Art. 7).
    pub fn sex(&self) -> Sex {
        if self.digits[3].is_multiple_of(2) {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// What looks wrong, checked against `today` (passed in by the UI; the rules have no clock) and
    /// what the user stated elsewhere on the form. Never a rejection (docs/rules.md §2.2).
    pub fn warnings(
        &self,
        today: NaiveDate,
        stated_birth: Option<NaiveDate>,
        stated_sex: Option<Sex>,
    ) -> Vec<PersonalIdWarning> {
        let mut warnings = Vec::new();
        let place = self.birth_place();
        if !place.is_known() {
            warnings.push(PersonalIdWarning::UnknownBirthPlaceCode { code: place.code() });
        }
        let year = self.birth_year();
        if year > today.year() {
            warnings.push(PersonalIdWarning::BirthYearInFuture { year });
        }
        if let Some(stated) = stated_birth
            && stated.year() != year
        {
            warnings.push(PersonalIdWarning::BirthYearMismatch {
                id_year: year,
                stated_year: stated.year(),
            });
        }
        let sex = self.sex();
        if let Some(stated) = stated_sex
            && stated != sex
        {
            warnings.push(PersonalIdWarning::SexMismatch {
                id_sex: sex,
                stated_sex: stated,
            });
        }
        warnings
    }
}

impl fmt::Display for PersonalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.digits
            .iter()
            .try_for_each(|digit| write!(f, "{digit}"))
    }
}

impl fmt::Debug for PersonalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PersonalId({self})")
    }
}

impl std::str::FromStr for PersonalId {
    type Err = PersonalIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PersonalId::parse(s)
    }
}

impl TryFrom<String> for PersonalId {
    type Error = PersonalIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PersonalId::parse(&value)
    }
}

impl From<PersonalId> for String {
    fn from(id: PersonalId) -> String {
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_codes_are_three_and_two_digits() {
        for pair in BIRTH_REGISTRATION_PROVINCES.windows(2) {
            assert!(pair[0].old_code < pair[1].old_code, "{pair:?}");
        }
        for row in BIRTH_REGISTRATION_PROVINCES {
            assert_eq!(row.old_code.len(), 3);
            assert_eq!(row.province_code_since_2025.len(), 2);
            assert!(
                row.old_code
                    .bytes()
                    .chain(row.province_code_since_2025.bytes())
                    .all(|b| b.is_ascii_digit())
            );
        }
    }

    #[test]
    fn old_080_is_long_an_now_tay_ninh_80() {
        // docs/rules.md §2.2: the old codes are not the new ones.
        let BirthPlace::Province(row) = BirthPlace::from_code(80) else {
            panic!("080 is a province")
        };
        assert_eq!(
            (
                row.old_province,
                row.province_since_2025,
                row.province_code_since_2025
            ),
            ("Long An", "Tây Ninh", "80")
        );
    }
}
