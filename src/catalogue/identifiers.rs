//! Texts for the identifier fields: tax code, personal ID number, mobile number, email.
//!
//! Rules live in `crate::rules::{tax_code, personal_id, phone, email}`; each error and warning
//! there is worded here, in both languages, per docs/writing.md: say what to do, specific to the failure.

use super::{Lang, Localized, Registry, Text, texts};
use crate::rules::email::{EmailAddress, EmailError, EmailWarning};
use crate::rules::personal_id::{BirthPlace, PersonalId, PersonalIdError, PersonalIdWarning, Sex};
use crate::rules::phone::{Carrier, MobileNumber, PhoneError, PhoneWarning};
use crate::rules::tax_code::{TaxCode, TaxCodeError, TaxCodeKind, TaxCodeWarning};

// ---------------------------------------------------------------- tax code

texts! { tax_code_texts:
    /// Label of the tax code field.
    pub const TAX_CODE_LABEL: Text = Text {
        vi: "Mã số thuế",
        en: "Tax code",
    };

    /// Hint under the tax code field.
    pub const TAX_CODE_HINT: Text = Text {
        vi: "10 chữ số, hoặc 13 chữ số với 3 số cuối của đơn vị trực thuộc (ví dụ 0314409058-002). \
             Cá nhân, hộ kinh doanh: số định danh cá nhân 12 chữ số.",
        en: "10 digits, or 13 digits with the 3-digit dependent-unit suffix (for example \
             0314409058-002). Individuals and household businesses: the 12-digit personal ID number.",
    };

    /// The "cannot verify offline" outcome for a 12-digit tax code (docs/rules.md §2.1).
    pub const TAX_CODE_CANNOT_VERIFY: Text = Text {
        vi: "Định dạng đúng. Mã 12 chữ số là số định danh cá nhân dùng làm mã số thuế (từ 1/7/2025); \
             mã này không có chữ số kiểm tra nên không thể kiểm tra trên máy.",
        en: "The format is right. A 12-digit code is a personal ID number used as tax code (since \
             1/7/2025); it has no check digit, so it cannot be verified offline.",
    };

    /// The "verified" outcome for a 10- or 13-digit tax code.
    pub const TAX_CODE_VERIFIED: Text = Text {
        vi: "Chữ số kiểm tra khớp. Sẵn Sàng không tra cứu được mã này có đang hoạt động hay không.",
        en: "The check digit matches. Sẵn Sàng cannot look up whether this code is active.",
    };
}

impl Localized for TaxCodeError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (TaxCodeError::Empty, Lang::Vi) => "Nhập mã số thuế".to_owned(),
            (TaxCodeError::Empty, Lang::En) => "Enter the tax code".to_owned(),
            (TaxCodeError::TooLong, Lang::Vi) => {
                "Nội dung quá dài: mã số thuế gồm 10 chữ số, hoặc 13 chữ số \
                 với 3 số cuối của đơn vị trực thuộc"
                    .to_owned()
            }
            (TaxCodeError::TooLong, Lang::En) => {
                "This is far too long: a tax code has 10 digits, or 13 digits \
                 with the 3-digit dependent-unit suffix"
                    .to_owned()
            }
            (TaxCodeError::UnexpectedCharacter { ch, position }, Lang::Vi) => {
                format!("Mã số thuế chỉ gồm chữ số: bỏ ký tự “{ch}” ở vị trí thứ {position}")
            }
            (TaxCodeError::UnexpectedCharacter { ch, position }, Lang::En) => {
                format!("A tax code has digits only: remove the “{ch}” at position {position}")
            }
            (TaxCodeError::WrongLength { digits }, Lang::Vi) => format!(
                "Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với 3 số cuối của đơn vị trực thuộc; \
                 số đã nhập có {digits} chữ số"
            ),
            (TaxCodeError::WrongLength { digits }, Lang::En) => format!(
                "A tax code has 10 digits, or 13 digits with the 3-digit dependent-unit suffix; \
                 this one has {digits}"
            ),
            (TaxCodeError::LostLeadingZero { suggestion }, Lang::Vi) => format!(
                "Mã số thuế này có vẻ đã mất số 0 ở đầu (bảng tính thường bỏ số 0 này). \
                 Nếu đúng vậy, dùng {suggestion}"
            ),
            (TaxCodeError::LostLeadingZero { suggestion }, Lang::En) => format!(
                "This tax code seems to have lost its leading 0 (spreadsheets often drop it). \
                 If so, use {suggestion}"
            ),
            (TaxCodeError::ImpossibleSerial, Lang::Vi) => {
                "Không có mã số thuế nào bắt đầu bằng 9 chữ số này: kiểm tra lại 9 chữ số đầu"
                    .to_owned()
            }
            (TaxCodeError::ImpossibleSerial, Lang::En) => {
                "No tax code starts with these 9 digits: check the first 9 digits".to_owned()
            }
            (TaxCodeError::ZeroSerial, Lang::Vi) => {
                "Chữ số thứ 3 đến thứ 9 của mã số thuế không thể đều là 0: kiểm tra lại mã số thuế"
                    .to_owned()
            }
            (TaxCodeError::ZeroSerial, Lang::En) => {
                "Digits 3 to 9 of a tax code cannot all be 0: check the tax code".to_owned()
            }
            (TaxCodeError::WrongCheckDigit { expected, found: _ }, Lang::Vi) => format!(
                "Có một chữ số bị sai: với 9 chữ số đầu này, chữ số thứ 10 phải là {expected} \
                 (chữ số kiểm tra). Kiểm tra lại từng chữ số"
            ),
            (TaxCodeError::WrongCheckDigit { expected, found: _ }, Lang::En) => format!(
                "One digit is wrong: with these first 9 digits, the 10th digit must be {expected} \
                 (the check digit). Check each digit"
            ),
            (TaxCodeError::ZeroBranch, Lang::Vi) => {
                "3 số cuối của đơn vị trực thuộc phải từ 001 đến 999, không thể là 000".to_owned()
            }
            (TaxCodeError::ZeroBranch, Lang::En) => {
                "The 3-digit dependent-unit suffix runs from 001 to 999; it cannot be 000"
                    .to_owned()
            }
        }
    }
}

impl Localized for TaxCodeWarning {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (TaxCodeWarning::PossibleBranchWithLostZero { suggestion }, Lang::Vi) => format!(
                "Mã 12 chữ số được hiểu là số định danh cá nhân. Nếu đây là mã số thuế của đơn vị \
                 trực thuộc đã mất số 0 ở đầu, dùng {suggestion}"
            ),
            (TaxCodeWarning::PossibleBranchWithLostZero { suggestion }, Lang::En) => format!(
                "A 12-digit code reads as a personal ID number. If this is a dependent unit's tax \
                 code that lost its leading 0, use {suggestion}"
            ),
        }
    }
}

impl Localized for TaxCodeKind {
    fn localize(&self, lang: Lang) -> String {
        let text = match self {
            // Not "organization": some individuals have a 10-digit code (TT 90/2026/TT-BTC).
            TaxCodeKind::Organization => Text {
                vi: "Mã số thuế 10 chữ số (doanh nghiệp, hợp tác xã, tổ chức, hoặc cá nhân chưa có \
                     số định danh như người nước ngoài)",
                en: "10-digit tax code (an enterprise, cooperative or organization, or an \
                     individual without a personal ID number, such as a foreigner)",
            },
            TaxCodeKind::DependentUnit => Text {
                vi: "Đơn vị trực thuộc: chi nhánh, văn phòng đại diện (13 chữ số)",
                en: "Dependent unit: branch or representative office (13 digits)",
            },
            TaxCodeKind::PersonalId => Text {
                vi: "Cá nhân hoặc hộ kinh doanh: số định danh cá nhân (12 chữ số)",
                en: "Individual or household business: personal ID number (12 digits)",
            },
        };
        text.localize(lang)
    }
}

// ---------------------------------------------------------------- personal ID

texts! { personal_id_texts:
    /// Label of the personal ID field.
    pub const PERSONAL_ID_LABEL: Text = Text {
        vi: "Số định danh cá nhân",
        en: "Personal ID number",
    };

    /// Hint under the personal ID field.
    pub const PERSONAL_ID_HINT: Text = Text {
        vi: "12 chữ số in trên thẻ căn cước hoặc thẻ căn cước công dân",
        en: "The 12 digits printed on the căn cước (citizen identity) card",
    };

    /// Why the decoded birthplace, year and sex are only indicative (docs/rules.md §2.2).
    pub const PERSONAL_ID_DECODING_NOTE: Text = Text {
        vi: "Nơi đăng ký khai sinh, năm sinh và giới tính được đọc từ cấu trúc số theo Thông tư \
             07/2016/TT-BCA (đã hết hiệu lực từ 1/7/2024), chỉ để tham khảo.",
        en: "Birth-registration place, birth year and sex are read from the number's structure as set \
             by Circular 07/2016/TT-BCA (no longer in force since 1/7/2024); for reference only.",
    };
}

impl Localized for PersonalIdError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (PersonalIdError::Empty, Lang::Vi) => "Nhập số định danh cá nhân".to_owned(),
            (PersonalIdError::Empty, Lang::En) => "Enter the personal ID number".to_owned(),
            (PersonalIdError::TooLong, Lang::Vi) => {
                "Nội dung quá dài: số định danh cá nhân gồm 12 chữ số".to_owned()
            }
            (PersonalIdError::TooLong, Lang::En) => {
                "This is far too long: a personal ID number has 12 digits".to_owned()
            }
            (PersonalIdError::UnexpectedCharacter { ch, position }, Lang::Vi) => {
                format!("Số định danh cá nhân chỉ gồm chữ số: bỏ ký tự “{ch}” ở vị trí thứ {position}")
            }
            (PersonalIdError::UnexpectedCharacter { ch, position }, Lang::En) => {
                format!("A personal ID number has digits only: remove the “{ch}” at position {position}")
            }
            (PersonalIdError::OldNineDigitCmnd, Lang::Vi) => "Đây là số chứng minh nhân dân 9 chữ số, đã hết \
                 giá trị sử dụng từ ngày 31/12/2024 (Luật Căn cước 2023, Điều 46). Nhập số định danh cá \
                 nhân 12 chữ số in trên thẻ căn cước hoặc thẻ căn cước công dân gắn chip"
                .to_owned(),
            (PersonalIdError::OldNineDigitCmnd, Lang::En) => "This is a 9-digit identity card (CMND) number; \
                 CMND cards stopped being valid on 31/12/2024 (Law on Identification 2023, Article 46). \
                 Enter the 12-digit personal ID number printed on the căn cước card or the chip-based \
                 citizen identity card"
                .to_owned(),
            (PersonalIdError::LostLeadingZeros { suggestion }, Lang::Vi) => format!(
                "Số định danh cá nhân gồm 12 chữ số; số này có vẻ đã mất số 0 ở đầu (bảng tính thường \
                 bỏ số 0 này). Nếu đúng vậy, dùng {suggestion}"
            ),
            (PersonalIdError::LostLeadingZeros { suggestion }, Lang::En) => format!(
                "A personal ID number has 12 digits; this one seems to have lost its leading zeros \
                 (spreadsheets often drop them). If so, use {suggestion}"
            ),
            (PersonalIdError::WrongLength { digits }, Lang::Vi) => {
                format!("Số định danh cá nhân gồm 12 chữ số; số đã nhập có {digits} chữ số")
            }
            (PersonalIdError::WrongLength { digits }, Lang::En) => {
                format!("A personal ID number has 12 digits; this one has {digits}")
            }
        }
    }
}

impl Localized for PersonalIdWarning {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (PersonalIdWarning::UnknownBirthPlaceCode { code }, Lang::Vi) => format!(
                "3 chữ số đầu ({code:03}) không có trong bảng mã nơi đăng ký khai sinh đã công bố. \
                 Số cấp sau năm 2025 có thể dùng mã mới; kiểm tra lại nếu không chắc"
            ),
            (PersonalIdWarning::UnknownBirthPlaceCode { code }, Lang::En) => format!(
                "The first 3 digits ({code:03}) are not in the published table of birth-registration \
                 codes. Numbers issued after 2025 may use new codes; check the number if unsure"
            ),
            (PersonalIdWarning::BirthYearInFuture { year }, Lang::Vi) => format!(
                "Số này cho năm sinh {year}, sau năm hiện tại: kiểm tra lại chữ số thứ 4 đến thứ 6"
            ),
            (PersonalIdWarning::BirthYearInFuture { year }, Lang::En) => {
                format!(
                    "This number gives birth year {year}, after the current year: check digits 4 to 6"
                )
            }
            (
                PersonalIdWarning::BirthYearMismatch {
                    id_year,
                    stated_year,
                },
                Lang::Vi,
            ) => format!(
                "Số định danh cho năm sinh {id_year}, còn ngày sinh đã nhập thuộc năm {stated_year}: \
                 kiểm tra lại một trong hai"
            ),
            (
                PersonalIdWarning::BirthYearMismatch {
                    id_year,
                    stated_year,
                },
                Lang::En,
            ) => format!(
                "The ID number gives birth year {id_year}, but the date of birth entered is in \
                 {stated_year}: check one of them"
            ),
            (PersonalIdWarning::SexMismatch { id_sex, stated_sex }, Lang::Vi) => format!(
                "Số định danh cho giới tính {}, còn giới tính đã nhập là {}: kiểm tra lại một trong hai",
                sex_in_sentence(*id_sex, Lang::Vi),
                sex_in_sentence(*stated_sex, Lang::Vi)
            ),
            (PersonalIdWarning::SexMismatch { id_sex, stated_sex }, Lang::En) => format!(
                "The ID number gives sex {}, but the sex entered is {}: check one of them",
                sex_in_sentence(*id_sex, Lang::En),
                sex_in_sentence(*stated_sex, Lang::En)
            ),
        }
    }
}

fn sex_in_sentence(sex: Sex, lang: Lang) -> &'static str {
    match (sex, lang) {
        (Sex::Male, Lang::Vi) => "nam",
        (Sex::Female, Lang::Vi) => "nữ",
        (Sex::Male, Lang::En) => "male",
        (Sex::Female, Lang::En) => "female",
    }
}

impl Localized for Sex {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (Sex::Male, Lang::Vi) => "Nam",
            (Sex::Female, Lang::Vi) => "Nữ",
            (Sex::Male, Lang::En) => "Male",
            (Sex::Female, Lang::En) => "Female",
        }
        .to_owned()
    }
}

impl Localized for BirthPlace {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (BirthPlace::Province(p), Lang::Vi) if p.old_province == p.province_since_2025 => {
                format!(
                    "{} (mã cũ {}, mã tỉnh từ 1/7/2025: {})",
                    p.old_province, p.old_code, p.province_code_since_2025
                )
            }
            (BirthPlace::Province(p), Lang::En) if p.old_province == p.province_since_2025 => {
                format!(
                    "{} (old code {}, province code since 1/7/2025: {})",
                    p.old_province, p.old_code, p.province_code_since_2025
                )
            }
            (BirthPlace::Province(p), Lang::Vi) => format!(
                "{} (mã cũ {}), từ 1/7/2025 thuộc {} (mã {})",
                p.old_province, p.old_code, p.province_since_2025, p.province_code_since_2025
            ),
            (BirthPlace::Province(p), Lang::En) => format!(
                "{} (old code {}), part of {} (code {}) since 1/7/2025",
                p.old_province, p.old_code, p.province_since_2025, p.province_code_since_2025
            ),
            (BirthPlace::Abroad { code }, Lang::Vi) => {
                format!("Đăng ký khai sinh ở nước ngoài (mã quốc gia {code:03})")
            }
            (BirthPlace::Abroad { code }, Lang::En) => {
                format!("Birth registered abroad (country code {code:03})")
            }
            (BirthPlace::Unknown { code }, Lang::Vi) => {
                format!("Mã {code:03} không có trong bảng đã công bố")
            }
            (BirthPlace::Unknown { code }, Lang::En) => {
                format!("Code {code:03} is not in the published table")
            }
        }
    }
}

// ---------------------------------------------------------------- mobile number

texts! { phone_texts:
    /// Label of the mobile number field.
    pub const PHONE_LABEL: Text = Text {
        vi: "Số điện thoại di động",
        en: "Mobile number",
    };

    /// Hint under the mobile number field.
    pub const PHONE_HINT: Text = Text {
        vi: "10 chữ số, ví dụ 0912 345 678",
        en: "10 digits, for example 0912 345 678",
    };

    /// What the product cannot check about a number (docs/rules.md §2.3).
    pub const PHONE_OWNERSHIP_NOTE: Text = Text {
        vi: "Tài khoản định danh điện tử mức 2 cần số thuê bao đăng ký đúng tên người dùng (trẻ dưới \
             14 tuổi dùng số của cha hoặc mẹ); mỗi số chỉ dùng cho một tài khoản. Sẵn Sàng không kiểm \
             tra được điều này: hãy tự kiểm tra với nhà mạng.",
        en: "A level-2 e-ID account needs a SIM registered in the holder's own name (a child under 14 \
             uses a parent's); one number serves one account. Sẵn Sàng cannot check this: check it with \
             your mobile network.",
    };
}

impl Localized for PhoneError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (PhoneError::Empty, Lang::Vi) => "Nhập số điện thoại di động".to_owned(),
            (PhoneError::Empty, Lang::En) => "Enter the mobile number".to_owned(),
            (PhoneError::TooLong, Lang::Vi) => {
                "Nội dung quá dài: số di động gồm 10 chữ số".to_owned()
            }
            (PhoneError::TooLong, Lang::En) => {
                "This is far too long: a mobile number has 10 digits".to_owned()
            }
            (PhoneError::UnexpectedCharacter { ch, position }, Lang::Vi) => format!(
                "Số điện thoại chỉ gồm chữ số (có thể có dấu + ở đầu): bỏ ký tự “{ch}” ở vị trí thứ {position}"
            ),
            (PhoneError::UnexpectedCharacter { ch, position }, Lang::En) => format!(
                "A phone number has digits only (and an optional + at the start): remove the “{ch}” at \
                 position {position}"
            ),
            (PhoneError::ForeignNumber, Lang::Vi) => {
                "Nhập số di động Việt Nam: 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số"
                    .to_owned()
            }
            (PhoneError::ForeignNumber, Lang::En) => {
                "Enter a Vietnamese mobile number: 10 digits starting with 0, or +84 and 9 digits"
                    .to_owned()
            }
            (PhoneError::WrongLength { digits }, Lang::Vi) => {
                format!("Số di động gồm 10 chữ số, bắt đầu bằng 0; số đã nhập có {digits} chữ số")
            }
            (PhoneError::WrongLength { digits }, Lang::En) => {
                format!("A mobile number has 10 digits, starting with 0; this one has {digits}")
            }
            (PhoneError::MissingLeadingZero { suggestion }, Lang::Vi) => format!(
                "Số di động bắt đầu bằng 0; số này có vẻ đã mất số 0 ở đầu (bảng tính thường bỏ số 0 \
                 này). Nếu đúng vậy, dùng {suggestion}"
            ),
            (PhoneError::MissingLeadingZero { suggestion }, Lang::En) => format!(
                "A mobile number starts with 0; this one seems to have lost it (spreadsheets often \
                 drop it). If so, use {suggestion}"
            ),
            (
                PhoneError::OldElevenDigitNumber {
                    old_prefix,
                    suggestion,
                },
                Lang::Vi,
            ) => format!(
                "Từ 15/9/2018, số di động 11 chữ số đã chuyển sang 10 chữ số: đầu số 0{old_prefix} đổi \
                 thành 0{:02}. Số mới là {suggestion}; kiểm tra với thuê bao của bạn rồi dùng số mới",
                suggestion.prefix()
            ),
            (
                PhoneError::OldElevenDigitNumber {
                    old_prefix,
                    suggestion,
                },
                Lang::En,
            ) => format!(
                "Since 15/9/2018, 11-digit mobile numbers have 10 digits: prefix 0{old_prefix} became \
                 0{:02}. The new number is {suggestion}; check it against your SIM and use it",
                suggestion.prefix()
            ),
            (PhoneError::LandlineNumber, Lang::Vi) => {
                "Đây là số điện thoại cố định: nhập số di động (10 chữ số, bắt đầu bằng 0)"
                    .to_owned()
            }
            (PhoneError::LandlineNumber, Lang::En) => {
                "This is a landline number: enter a mobile number (10 digits, starting with 0)"
                    .to_owned()
            }
        }
    }
}

impl Localized for PhoneWarning {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (PhoneWarning::UnknownPrefix { prefix }, Lang::Vi) => format!(
                "Đầu số 0{prefix:02} không thuộc dải số di động đã biết: kiểm tra lại số (cũng có thể \
                 là dải số mới)"
            ),
            (PhoneWarning::UnknownPrefix { prefix }, Lang::En) => format!(
                "The prefix 0{prefix:02} is not a known mobile range: check the number (it may also be \
                 a new range)"
            ),
        }
    }
}

impl Localized for Carrier {
    fn localize(&self, _lang: Lang) -> String {
        // Brand names, the same in both languages.
        match self {
            Carrier::Viettel => "Viettel",
            Carrier::MobiFone => "MobiFone",
            Carrier::VinaPhone => "VinaPhone",
            Carrier::Vietnamobile => "Vietnamobile",
            Carrier::Gmobile => "Gmobile",
            Carrier::Reddi => "Reddi",
            Carrier::Itel => "iTel",
        }
        .to_owned()
    }
}

// ---------------------------------------------------------------- email

texts! { email_texts:
    /// Label of the email field.
    pub const EMAIL_LABEL: Text = Text {
        vi: "Email nhận kết quả",
        en: "Email for the result",
    };

    /// Hint under the email field.
    pub const EMAIL_HINT: Text = Text {
        vi: "Ví dụ ten@gmail.com",
        en: "For example name@gmail.com",
    };
}

impl Localized for EmailError {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (EmailError::Empty, Lang::Vi) => "Nhập địa chỉ email".to_owned(),
            (EmailError::Empty, Lang::En) => "Enter the email address".to_owned(),
            (EmailError::TooLong, Lang::Vi) => "Địa chỉ email dài tối đa 254 ký tự".to_owned(),
            (EmailError::TooLong, Lang::En) => {
                "An email address has at most 254 characters".to_owned()
            }
            (EmailError::ContainsSpace { position }, Lang::Vi) => {
                format!("Địa chỉ email không có dấu cách: bỏ dấu cách ở vị trí thứ {position}")
            }
            (EmailError::ContainsSpace { position }, Lang::En) => {
                format!("An email address has no spaces: remove the space at position {position}")
            }
            (EmailError::UnexpectedCharacter { ch, position }, Lang::Vi) if ch.is_alphabetic() => {
                format!(
                    "Địa chỉ email không dùng chữ có dấu: sửa ký tự “{ch}” ở vị trí thứ {position} (tắt bộ gõ \
                 tiếng Việt khi nhập email)"
                )
            }
            (EmailError::UnexpectedCharacter { ch, position }, Lang::En) if ch.is_alphabetic() => {
                format!(
                    "An email address has no accented letters: fix the “{ch}” at position {position} (turn \
                 off Vietnamese typing while entering it)"
                )
            }
            (EmailError::UnexpectedCharacter { ch, position }, Lang::Vi) => {
                format!("Địa chỉ email không dùng ký tự “{ch}”: bỏ ký tự ở vị trí thứ {position}")
            }
            (EmailError::UnexpectedCharacter { ch, position }, Lang::En) => {
                format!("An email address cannot contain “{ch}”: remove it at position {position}")
            }
            (EmailError::MissingAt, Lang::Vi) => {
                "Địa chỉ email cần có ký tự @, ví dụ ten@gmail.com".to_owned()
            }
            (EmailError::MissingAt, Lang::En) => {
                "An email address needs an @, for example name@gmail.com".to_owned()
            }
            (EmailError::MultipleAt { count }, Lang::Vi) => {
                format!("Địa chỉ email chỉ có một ký tự @; địa chỉ này có {count}")
            }
            (EmailError::MultipleAt { count }, Lang::En) => {
                format!("An email address has exactly one @; this one has {count}")
            }
            (EmailError::EmptyLocalPart, Lang::Vi) => {
                "Nhập phần tên trước ký tự @, ví dụ ten@gmail.com".to_owned()
            }
            (EmailError::EmptyLocalPart, Lang::En) => {
                "Enter the name before the @, for example name@gmail.com".to_owned()
            }
            (EmailError::LocalPartTooLong { chars }, Lang::Vi) => {
                format!("Phần trước ký tự @ dài tối đa 64 ký tự; phần này có {chars}")
            }
            (EmailError::LocalPartTooLong { chars }, Lang::En) => {
                format!("The part before the @ has at most 64 characters; this one has {chars}")
            }
            (EmailError::MisplacedDotInLocalPart, Lang::Vi) => {
                "Phần trước ký tự @ không được bắt đầu hay kết \
                 thúc bằng dấu chấm, và không có hai dấu chấm liền nhau"
                    .to_owned()
            }
            (EmailError::MisplacedDotInLocalPart, Lang::En) => {
                "The part before the @ cannot start or end with a dot or have two dots in a row"
                    .to_owned()
            }
            (EmailError::EmptyDomain, Lang::Vi) => {
                "Nhập tên miền sau ký tự @, ví dụ gmail.com".to_owned()
            }
            (EmailError::EmptyDomain, Lang::En) => {
                "Enter the domain after the @, for example gmail.com".to_owned()
            }
            (EmailError::DomainWithoutDot, Lang::Vi) => {
                "Tên miền sau ký tự @ cần có dấu chấm, ví dụ gmail.com".to_owned()
            }
            (EmailError::DomainWithoutDot, Lang::En) => {
                "The domain after the @ needs a dot, for example gmail.com".to_owned()
            }
            (EmailError::EmptyDomainLabel, Lang::Vi) => {
                "Tên miền không được bắt đầu hay kết thúc bằng dấu \
                 chấm, và không có hai dấu chấm liền nhau"
                    .to_owned()
            }
            (EmailError::EmptyDomainLabel, Lang::En) => {
                "The domain cannot start or end with a dot or have two dots in a row".to_owned()
            }
            (EmailError::HyphenAtLabelEdge, Lang::Vi) => {
                "Mỗi phần của tên miền không được bắt đầu hay kết thúc bằng dấu gạch ngang"
                    .to_owned()
            }
            (EmailError::HyphenAtLabelEdge, Lang::En) => {
                "No part of the domain can start or end with a hyphen".to_owned()
            }
            (EmailError::DomainLabelTooLong, Lang::Vi) => {
                "Mỗi phần của tên miền (giữa hai dấu chấm) dài tối đa 63 ký tự".to_owned()
            }
            (EmailError::DomainLabelTooLong, Lang::En) => {
                "Each part of the domain (between dots) has at most 63 characters".to_owned()
            }
            (EmailError::BadTopLevelDomain, Lang::Vi) => {
                "Tên miền cần kết thúc bằng phần đuôi chữ cái như .com hoặc .vn".to_owned()
            }
            (EmailError::BadTopLevelDomain, Lang::En) => {
                "The domain must end with letters, such as .com or .vn".to_owned()
            }
        }
    }
}

impl Localized for EmailWarning {
    fn localize(&self, lang: Lang) -> String {
        match (self, lang) {
            (EmailWarning::PossibleTypo { suggestion }, Lang::Vi) => {
                format!(
                    "Tên miền có thể bị gõ nhầm: có phải là {suggestion}? Kiểm tra lại trước khi tiếp tục"
                )
            }
            (EmailWarning::PossibleTypo { suggestion }, Lang::En) => {
                format!(
                    "The domain may be mistyped: did you mean {suggestion}? Check it before you continue"
                )
            }
        }
    }
}

/// This module's texts, for [`super::registry`]: the sentences with sample data (Viettel's tax
/// code, the worked-example ID of docs/rules.md §2.2).
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "identifiers";
    r.fixed(M, tax_code_texts());
    r.fixed(M, personal_id_texts());
    r.fixed(M, phone_texts());
    r.fixed(M, email_texts());
    let here = (
        TaxCode::parse("0100109106"),
        PersonalId::parse("001087123456"),
        MobileNumber::parse("0912345678"),
        EmailAddress::parse("an@gmail.com"),
    );
    let (Ok(code), Ok(id), Ok(number), Ok(address)) = here else {
        return;
    };
    let position = 3;
    r.samples(
        M,
        [
            TaxCodeError::Empty,
            TaxCodeError::TooLong,
            TaxCodeError::UnexpectedCharacter { ch: 'x', position },
            TaxCodeError::WrongLength { digits: 8 },
            TaxCodeError::LostLeadingZero { suggestion: code },
            TaxCodeError::ImpossibleSerial,
            TaxCodeError::ZeroSerial,
            TaxCodeError::WrongCheckDigit {
                expected: 6,
                found: 7,
            },
            TaxCodeError::ZeroBranch,
        ],
    );
    r.samples(
        M,
        [TaxCodeWarning::PossibleBranchWithLostZero { suggestion: code }],
    );
    r.samples(
        M,
        [
            TaxCodeKind::Organization,
            TaxCodeKind::DependentUnit,
            TaxCodeKind::PersonalId,
        ],
    );
    r.samples(
        M,
        [
            PersonalIdError::Empty,
            PersonalIdError::TooLong,
            PersonalIdError::UnexpectedCharacter { ch: 'x', position },
            PersonalIdError::OldNineDigitCmnd,
            PersonalIdError::LostLeadingZeros { suggestion: id },
            PersonalIdError::WrongLength { digits: 11 },
        ],
    );
    r.samples(
        M,
        [
            PersonalIdWarning::UnknownBirthPlaceCode { code: 3 },
            PersonalIdWarning::BirthYearInFuture { year: 2099 },
            PersonalIdWarning::BirthYearMismatch {
                id_year: 1987,
                stated_year: 1988,
            },
            PersonalIdWarning::SexMismatch {
                id_sex: Sex::Female,
                stated_sex: Sex::Male,
            },
        ],
    );
    r.samples(M, [Sex::Male, Sex::Female]);
    r.samples(
        M,
        [
            id.birth_place(),
            BirthPlace::Abroad { code: 101 },
            BirthPlace::Unknown { code: 300 },
        ],
    );
    r.samples(
        M,
        [
            PhoneError::Empty,
            PhoneError::TooLong,
            PhoneError::UnexpectedCharacter { ch: 'x', position },
            PhoneError::ForeignNumber,
            PhoneError::WrongLength { digits: 9 },
            PhoneError::MissingLeadingZero { suggestion: number },
            PhoneError::OldElevenDigitNumber {
                old_prefix: 168,
                suggestion: number,
            },
            PhoneError::LandlineNumber,
        ],
    );
    r.samples(M, [PhoneWarning::UnknownPrefix { prefix: 30 }]);
    r.samples(
        M,
        [
            Carrier::Viettel,
            Carrier::MobiFone,
            Carrier::VinaPhone,
            Carrier::Vietnamobile,
            Carrier::Gmobile,
            Carrier::Reddi,
        ],
    );
    r.samples(
        M,
        [
            EmailError::Empty,
            EmailError::TooLong,
            EmailError::ContainsSpace { position },
            EmailError::UnexpectedCharacter { ch: ';', position },
            EmailError::MissingAt,
            EmailError::MultipleAt { count: 2 },
            EmailError::EmptyLocalPart,
            EmailError::LocalPartTooLong { chars: 65 },
            EmailError::MisplacedDotInLocalPart,
            EmailError::EmptyDomain,
            EmailError::DomainWithoutDot,
            EmailError::EmptyDomainLabel,
            EmailError::HyphenAtLabelEdge,
            EmailError::DomainLabelTooLong,
            EmailError::BadTopLevelDomain,
        ],
    );
    r.samples(
        M,
        [EmailWarning::PossibleTypo {
            suggestion: address,
        }],
    );
}
