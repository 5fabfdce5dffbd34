//! Sentences shared by every tool: names, numbers, dates, ages, card validity, working days.
//!
//! Wording per docs/writing.md: say what to do, specific to the failure, in plain words; the example in a
//! message is written in the reader's number style. Dates are shown as dd/mm/yyyy in both languages
//! (day first avoids the US reading of 02/05).

use chrono::NaiveDate;

use super::{Lang, Localized, Registry, Text, texts};
use crate::rules::date::{DateError, DateFieldsError, DatePart};
use crate::rules::id_card::{CardDateError, CardStatus, CardValidity};
use crate::rules::name::{NameError, OrgNameError};
use crate::rules::number::{NumberError, NumberStyle, NumberWarning, PercentError, format_int};
use crate::rules::working_days::{
    Coverage, DayKind, DayOff, Holiday, HolidayKind, YearCoverage, derived_days,
};

texts! { convention_texts:
    /// How a space is named in a message about a character.
    const THE_SPACE: Text = Text {
        vi: "dấu cách",
        en: "the space",
    };

    /// The 29 February convention, to show wherever an age or a card expiry is computed.
    pub const LEAP_DAY_CONVENTION: Text = Text {
        vi: "Người sinh ngày 29/02: trong năm không nhuận, sinh nhật được tính là ngày 01/03 \
             (chưa có văn bản nào quy định rõ; đây là quy ước của công cụ này).",
        en: "Born on 29 February: in a common year the birthday is counted as 1 March \
             (no Vietnamese text settles this; it is this tool's convention).",
    };

    /// What a working day is, to show next to any count of working days.
    pub const WORKING_DAYS_DEFINITION: Text = Text {
        vi: "Ngày làm việc: thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết (Bộ luật Lao động 2019, \
             Điều 111 và 112; từ năm 2026 cả Ngày Văn hóa Việt Nam 24/11) và ngày nghỉ hoán đổi; thứ \
             Bảy làm bù được tính là ngày làm việc.",
        en: "Working days: Monday to Friday, except public holidays (Labour Code 2019, Articles 111 \
             and 112; from 2026 also Vietnamese Culture Day, 24 November) and swapped days off; a \
             make-up Saturday counts as a working day.",
    };

    /// How a card's expiry date is read, to show next to a card's validity.
    pub const CARD_EXPIRY_CONVENTION: Text = Text {
        vi: "Thẻ căn cước phải đổi khi đủ 14, 25, 40 và 60 tuổi; thẻ cấp trong vòng 2 năm trước các \
             tuổi đó có giá trị đến tuổi đổi thẻ tiếp theo (Luật Căn cước 2023, Điều 21). Thẻ còn giá \
             trị đến hết ngày ghi trên thẻ, là ngày sinh nhật ở tuổi đổi thẻ.",
        en: "A căn cước card must be renewed at 14, 25, 40 and 60; a card issued within 2 years before \
             one of those ages is valid to the next one (Law on Identification 2023, Article 21). The \
             card is valid through the date printed on it, the birthday at the renewal age.",
    };
}

/// How a character is named in a message: digits and letters quoted, invisible ones by code.
fn describe_char(ch: char, lang: Lang) -> String {
    if ch == ' ' || ch == '\u{00A0}' {
        return THE_SPACE.get(lang).to_owned();
    }
    if ch.is_control() || ch.is_whitespace() || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{FEFF}') {
        let code = format!("U+{:04X}", u32::from(ch));
        return match lang {
            Lang::Vi => format!("ký tự ẩn {code}"),
            Lang::En => format!("the hidden character {code}"),
        };
    }
    if ch.is_ascii_digit() {
        return match lang {
            Lang::Vi => format!("chữ số “{ch}”"),
            Lang::En => format!("the digit “{ch}”"),
        };
    }
    format!("“{ch}”")
}

/// "Dấu chấm" / "The dot" for a separator, capitalized to start a sentence.
fn separator_name(ch: char, lang: Lang) -> String {
    match (ch, lang) {
        ('.', Lang::Vi) => "Dấu chấm".to_owned(),
        ('.', Lang::En) => "The dot".to_owned(),
        (',', Lang::Vi) => "Dấu phẩy".to_owned(),
        (',', Lang::En) => "The comma".to_owned(),
        (c, Lang::Vi) if c.is_whitespace() => "Dấu cách".to_owned(),
        (c, Lang::En) if c.is_whitespace() => "The space".to_owned(),
        (c, Lang::Vi) => format!("Dấu “{c}”"),
        (c, Lang::En) => format!("“{c}”"),
    }
}

fn english_month(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("")
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st…
fn english_ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl Localized for NameError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (NameError::Empty, Lang::Vi) => "Nhập họ và tên".to_owned(),
            (NameError::Empty, Lang::En) => "Enter the full name".to_owned(),
            (NameError::TooLong { max, found }, Lang::Vi) => {
                format!("Họ và tên chỉ được dài tối đa {max} ký tự (đang có {found} ký tự)")
            }
            (NameError::TooLong { max, found }, Lang::En) => {
                format!("The full name must be {max} characters or fewer (it has {found})")
            }
            (NameError::UnexpectedCharacter { ch }, Lang::Vi) => format!(
                "Xoá {}: họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-)",
                describe_char(ch, lang)
            ),
            (NameError::UnexpectedCharacter { ch }, Lang::En) => format!(
                "Remove {}: a full name can only contain letters, spaces, apostrophes (') and \
                 hyphens (-)",
                describe_char(ch, lang)
            ),
            (NameError::MisplacedPunctuation { ch }, Lang::Vi) => {
                format!("Chỉ đặt dấu “{ch}” giữa hai chữ cái, như trong H'Hen hoặc Y-Moan")
            }
            (NameError::MisplacedPunctuation { ch }, Lang::En) => {
                format!("Put “{ch}” only between two letters, as in H'Hen or Y-Moan")
            }
        }
    }
}

impl Localized for OrgNameError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (OrgNameError::Empty, Lang::Vi) => "Nhập tên tổ chức".to_owned(),
            (OrgNameError::Empty, Lang::En) => "Enter the organization's name".to_owned(),
            (OrgNameError::TooLong { max, found }, Lang::Vi) => {
                format!("Tên tổ chức chỉ được dài tối đa {max} ký tự (đang có {found} ký tự)")
            }
            (OrgNameError::TooLong { max, found }, Lang::En) => format!(
                "The organization's name must be {max} characters or fewer (it has {found})"
            ),
            (OrgNameError::UnexpectedCharacter { ch }, Lang::Vi) => format!(
                "Xoá {}: tên tổ chức chỉ gồm chữ cái, chữ số, dấu cách và các dấu \
                 & ( ) . , - / ' \"",
                describe_char(ch, lang)
            ),
            (OrgNameError::UnexpectedCharacter { ch }, Lang::En) => format!(
                "Remove {}: an organization's name can only contain letters, digits, spaces and \
                 & ( ) . , - / ' \"",
                describe_char(ch, lang)
            ),
            (OrgNameError::NoLetter, Lang::Vi) => {
                "Tên tổ chức phải có chữ cái, không chỉ gồm chữ số và dấu".to_owned()
            }
            (OrgNameError::NoLetter, Lang::En) => {
                "The organization's name must contain letters, not only digits and punctuation"
                    .to_owned()
            }
        }
    }
}

impl Localized for NumberError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (NumberError::Empty, Lang::Vi) => "Nhập một số".to_owned(),
            (NumberError::Empty, Lang::En) => "Enter a number".to_owned(),
            (NumberError::TooLong { max }, Lang::Vi) => {
                format!("Số chỉ được dài tối đa {max} ký tự")
            }
            (NumberError::TooLong { max }, Lang::En) => {
                format!("A number must be {max} characters or fewer")
            }
            (NumberError::UnexpectedCharacter { ch }, Lang::Vi) => format!(
                "Xoá {}: chỉ nhập chữ số, có thể tách hàng nghìn bằng dấu chấm, ví dụ 2.129.289",
                describe_char(ch, lang)
            ),
            (NumberError::UnexpectedCharacter { ch }, Lang::En) => format!(
                "Remove {}: enter digits only, grouped in thousands if you like, for example \
                 2,129,289",
                describe_char(ch, lang)
            ),
            (NumberError::Negative, Lang::Vi) => "Nhập số từ 0 trở lên".to_owned(),
            (NumberError::Negative, Lang::En) => "Enter a number of 0 or more".to_owned(),
            (NumberError::TooLarge, Lang::Vi) => {
                "Số này quá lớn: kiểm tra lại số chữ số".to_owned()
            }
            (NumberError::TooLarge, Lang::En) => {
                "This number is too large: check the number of digits".to_owned()
            }
            (NumberError::NotWholeNumber, Lang::Vi) => {
                "Nhập số nguyên, không có phần thập phân sau dấu phẩy".to_owned()
            }
            (NumberError::NotWholeNumber, Lang::En) => {
                "Enter a whole number, without decimals".to_owned()
            }
            (NumberError::MisplacedSeparator { ch }, Lang::Vi) => format!(
                "{} đặt sai chỗ: tách hàng nghìn theo từng nhóm 3 chữ số, ví dụ 2.129.289, hoặc \
                 bỏ hết dấu tách",
                separator_name(ch, lang)
            ),
            (NumberError::MisplacedSeparator { ch }, Lang::En) => format!(
                "{} is in the wrong place: group digits in threes, for example 2,129,289, or \
                 leave the separators out",
                separator_name(ch, lang)
            ),
        }
    }
}

impl Localized for NumberWarning {
    fn localize(&self, lang: Lang) -> String {
        let NumberWarning::CommaReadAsThousands { value } = *self;
        let shown = format_int(value, lang.number_style());
        match lang {
            Lang::Vi => format!(
                "Kiểm tra lại: dấu phẩy được hiểu là dấu tách hàng nghìn, nên số đã nhập là {shown}"
            ),
            Lang::En => format!(
                "Check this: the commas were read as thousands separators, so the number is \
                 {shown}"
            ),
        }
    }
}

impl Localized for PercentError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (PercentError::Empty, Lang::Vi) => {
                "Nhập tỷ lệ phần trăm, ví dụ 80 hoặc 76,93".to_owned()
            }
            (PercentError::Empty, Lang::En) => {
                "Enter a percentage, for example 80 or 76.93".to_owned()
            }
            (PercentError::TooLong { max }, Lang::Vi) => {
                format!("Tỷ lệ chỉ được dài tối đa {max} ký tự")
            }
            (PercentError::TooLong { max }, Lang::En) => {
                format!("A percentage must be {max} characters or fewer")
            }
            (PercentError::UnexpectedCharacter { ch }, Lang::Vi) => format!(
                "Xoá {}: chỉ nhập chữ số và dấu phẩy thập phân, ví dụ 76,93",
                describe_char(ch, lang)
            ),
            (PercentError::UnexpectedCharacter { ch }, Lang::En) => format!(
                "Remove {}: enter digits and a decimal point only, for example 76.93",
                describe_char(ch, lang)
            ),
            (PercentError::Negative, Lang::Vi) => "Nhập tỷ lệ từ 0 % trở lên".to_owned(),
            (PercentError::Negative, Lang::En) => "Enter a percentage of 0% or more".to_owned(),
            (PercentError::MisplacedSeparator { .. }, Lang::Vi) => {
                "Chỉ dùng một dấu phẩy thập phân, đặt giữa các chữ số, ví dụ 76,93".to_owned()
            }
            (PercentError::MisplacedSeparator { .. }, Lang::En) => {
                "Use one decimal point, between digits, for example 76.93".to_owned()
            }
            (PercentError::TooManyDecimals { max }, Lang::Vi) => {
                format!("Chỉ nhập tối đa {max} chữ số sau dấu phẩy, ví dụ 76,93")
            }
            (PercentError::TooManyDecimals { max }, Lang::En) => {
                format!("Enter at most {max} decimal places, for example 76.93")
            }
            (PercentError::AboveMaximum { max }, Lang::Vi) => {
                format!(
                    "Nhập tỷ lệ từ 0 đến {}",
                    max.format(NumberStyle::Vietnamese)
                )
            }
            (PercentError::AboveMaximum { max }, Lang::En) => {
                format!(
                    "Enter a percentage from 0 to {}",
                    max.format(NumberStyle::English)
                )
            }
        }
    }
}

impl Localized for DateError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (DateError::Empty, Lang::Vi) => "Nhập ngày, ví dụ 25/01/2025".to_owned(),
            (DateError::Empty, Lang::En) => "Enter a date, for example 25/01/2025".to_owned(),
            (DateError::TooLong { .. } | DateError::WrongFormat, Lang::Vi) => {
                "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/01/2025".to_owned()
            }
            (DateError::TooLong { .. } | DateError::WrongFormat, Lang::En) => {
                "Enter the date as day/month/year, for example 25/01/2025".to_owned()
            }
            (DateError::TwoDigitYear { year }, Lang::Vi) => {
                format!("Nhập năm đủ 4 chữ số, ví dụ 19{year:02} hoặc 20{year:02}")
            }
            (DateError::TwoDigitYear { year }, Lang::En) => {
                format!("Enter the year with 4 digits, for example 19{year:02} or 20{year:02}")
            }
            (DateError::YearNotFourDigits, Lang::Vi) => {
                "Nhập năm đủ 4 chữ số, ví dụ 2012".to_owned()
            }
            (DateError::YearNotFourDigits, Lang::En) => {
                "Enter the year with 4 digits, for example 2012".to_owned()
            }
            (DateError::MonthOutOfRange { .. }, Lang::Vi) => "Tháng phải từ 1 đến 12".to_owned(),
            (DateError::MonthOutOfRange { .. }, Lang::En) => {
                "The month must be from 1 to 12".to_owned()
            }
            (DateError::DayOutOfRange { day, max, .. }, Lang::Vi) if day == 0 || day > 31 => {
                format!("Ngày phải từ 1 đến {max}")
            }
            (DateError::DayOutOfRange { day, max, .. }, Lang::En) if day == 0 || day > 31 => {
                format!("The day must be from 1 to {max}")
            }
            (
                DateError::DayOutOfRange {
                    month, year, max, ..
                },
                Lang::Vi,
            ) => {
                format!("Tháng {month} năm {year} chỉ có {max} ngày")
            }
            (
                DateError::DayOutOfRange {
                    month, year, max, ..
                },
                Lang::En,
            ) => {
                format!("{} {year} has only {max} days", english_month(month))
            }
            (DateError::YearOutOfRange { min, max, .. }, Lang::Vi) => {
                format!("Năm phải từ {min} đến {max}")
            }
            (DateError::YearOutOfRange { min, max, .. }, Lang::En) => {
                format!("The year must be from {min} to {max}")
            }
        }
    }
}

fn part_name(part: DatePart, lang: Lang) -> &'static str {
    match (part, lang) {
        (DatePart::Day, Lang::Vi) => "ngày",
        (DatePart::Month, Lang::Vi) => "tháng",
        (DatePart::Year, Lang::Vi) => "năm",
        (DatePart::Day, Lang::En) => "day",
        (DatePart::Month, Lang::En) => "month",
        (DatePart::Year, Lang::En) => "year",
    }
}

/// "ngày", "ngày và năm", "ngày, tháng và năm" / "day", "day and year", "day, month and year".
fn join_parts(parts: &[DatePart], lang: Lang) -> String {
    let names: Vec<&str> = parts.iter().map(|&p| part_name(p, lang)).collect();
    let and = match lang {
        Lang::Vi => " và ",
        Lang::En => " and ",
    };
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

impl Localized for DateFieldsError {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (DateFieldsError::Empty, Lang::Vi) => "Nhập ngày, tháng và năm".to_owned(),
            (DateFieldsError::Empty, Lang::En) => "Enter the day, month and year".to_owned(),
            (DateFieldsError::Missing { .. }, Lang::Vi) => {
                format!("Nhập {}", join_parts(&self.parts(), lang))
            }
            (DateFieldsError::Missing { .. }, Lang::En) => {
                format!("Enter the {}", join_parts(&self.parts(), lang))
            }
            (DateFieldsError::NotANumber { part }, _) => {
                let example = match part {
                    DatePart::Day => "25",
                    DatePart::Month => "1",
                    DatePart::Year => "2012",
                };
                match lang {
                    Lang::Vi => {
                        format!(
                            "Nhập {} bằng chữ số, ví dụ {example}",
                            part_name(part, lang)
                        )
                    }
                    Lang::En => {
                        format!(
                            "Enter the {} in numbers, for example {example}",
                            part_name(part, lang)
                        )
                    }
                }
            }
            (DateFieldsError::Date(e), _) => e.localize(lang),
        }
    }
}

/// A public holiday's name.
pub const fn holiday_name(kind: HolidayKind) -> Text {
    match kind {
        HolidayKind::NewYear => Text {
            vi: "Tết Dương lịch",
            en: "New Year's Day",
        },
        HolidayKind::LunarNewYear => Text {
            vi: "Tết Nguyên đán",
            en: "Lunar New Year (Tết)",
        },
        HolidayKind::HungKings => Text {
            vi: "Giỗ Tổ Hùng Vương",
            en: "Hùng Kings' Commemoration Day",
        },
        HolidayKind::ReunificationDay => Text {
            vi: "Ngày Chiến thắng 30/4",
            en: "Reunification Day (30 April)",
        },
        HolidayKind::LabourDay => Text {
            vi: "Ngày Quốc tế Lao động 1/5",
            en: "International Workers' Day (1 May)",
        },
        HolidayKind::NationalDay => Text {
            vi: "Quốc khánh 2/9",
            en: "National Day (2 September)",
        },
        HolidayKind::CultureDay => Text {
            vi: "Ngày Văn hóa Việt Nam 24/11",
            en: "Vietnamese Culture Day (24 November)",
        },
    }
}

impl Localized for HolidayKind {
    fn localize(&self, lang: Lang) -> String {
        holiday_name(*self).get(lang).to_owned()
    }
}

impl Localized for Holiday {
    fn localize(&self, lang: Lang) -> String {
        let name = self.kind.localize(lang);
        match (self.day_off, lang) {
            (DayOff::Holiday, _) => name,
            (DayOff::InLieu, Lang::Vi) => format!("Nghỉ bù {name}"),
            (DayOff::InLieu, Lang::En) => format!("Day off in lieu of {name}"),
            (DayOff::Swapped { made_up_on }, Lang::Vi) => {
                format!(
                    "Nghỉ dịp {name} (hoán đổi, làm bù {})",
                    super::day(made_up_on, lang)
                )
            }
            (DayOff::Swapped { made_up_on }, Lang::En) => format!(
                "{name} break (swapped: {} is worked instead)",
                super::day(made_up_on, lang)
            ),
        }
    }
}

impl Localized for DayKind {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (DayKind::Working, Lang::Vi) => "Ngày làm việc".to_owned(),
            (DayKind::Working, Lang::En) => "Working day".to_owned(),
            (DayKind::MakeUpWorkingDay { instead_of }, Lang::Vi) => {
                format!("Ngày làm bù cho {}", super::day(instead_of, lang))
            }
            (DayKind::MakeUpWorkingDay { instead_of }, Lang::En) => {
                format!("Make-up working day for {}", super::day(instead_of, lang))
            }
            (DayKind::Weekend, Lang::Vi) => "Ngày nghỉ cuối tuần".to_owned(),
            (DayKind::Weekend, Lang::En) => "Weekend".to_owned(),
            (DayKind::Holiday(holiday), _) => holiday.localize(lang),
        }
    }
}

impl Localized for YearCoverage {
    /// What the count of working days in a year relies on. An announced year names the days
    /// Sẵn Sàng derived itself (2027: Giỗ Tổ and the day in lieu of 1/5; docs/rules.md §5).
    fn localize(&self, lang: Lang) -> String {
        let year = self.year;
        match self.coverage {
            Coverage::Announced => {
                let derived: Vec<String> = derived_days(year)
                    .iter()
                    .map(|(date, holiday)| {
                        format!("{} ({})", holiday.localize(lang), super::day(*date, lang))
                    })
                    .collect();
                if derived.is_empty() {
                    return match lang {
                        Lang::Vi => {
                            format!("Lịch nghỉ lễ năm {year} theo thông báo của Chính phủ.")
                        }
                        Lang::En => format!("Holidays in {year} as announced by the Government."),
                    };
                }
                let derived = derived.join(", ");
                match lang {
                    Lang::Vi => format!(
                        "Lịch nghỉ lễ năm {year} theo thông báo của Chính phủ; riêng {derived} \
                         tính theo Bộ luật Lao động 2019 (chưa có trong thông báo)."
                    ),
                    Lang::En => format!(
                        "Holidays in {year} as announced by the Government, except {derived}, \
                         worked out from the Labour Code 2019 (not in the announcement)."
                    ),
                }
            }
            Coverage::Statutory => match lang {
                Lang::Vi => format!(
                    "Lịch nghỉ lễ năm {year} tính theo Bộ luật Lao động 2019 (Điều 111, 112, gồm \
                     cả Ngày Văn hóa Việt Nam 24/11), chưa theo lịch Chính phủ công bố: ngày nghỉ \
                     thực tế có thể khác."
                ),
                Lang::En => format!(
                    "Holidays in {year} follow the Labour Code 2019 (Articles 111 and 112, \
                     Vietnamese Culture Day on 24 November included), not yet the schedule the \
                     Government announces: the actual days off may differ."
                ),
            },
            Coverage::NotCovered => match lang {
                Lang::Vi => format!(
                    "Chưa có lịch nghỉ lễ năm {year}: chỉ trừ thứ Bảy và Chủ nhật, nên số ngày \
                     làm việc có thể ít hơn."
                ),
                Lang::En => format!(
                    "No holiday schedule for {year} yet: only Saturdays and Sundays are left \
                     out, so there may be fewer working days."
                ),
            },
        }
    }
}

impl Localized for CardValidity {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (CardValidity::Until { date, age }, Lang::Vi) => format!(
                "Thẻ có giá trị đến ngày {} (ngày đủ {age} tuổi); từ ngày đó cần làm thủ tục \
                 đổi thẻ",
                super::date(date)
            ),
            (CardValidity::Until { date, age }, Lang::En) => format!(
                "The card is valid until {} (the {} birthday); from that day it must be renewed",
                super::date(date),
                english_ordinal(age)
            ),
            (CardValidity::NoExpiry, Lang::Vi) => {
                "Thẻ không có thời hạn vì được cấp khi đã đủ 58 tuổi".to_owned()
            }
            (CardValidity::NoExpiry, Lang::En) => {
                "The card does not expire, because it was issued at 58 or older".to_owned()
            }
        }
    }
}

impl Localized for CardStatus {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (CardStatus::Valid { until: Some(d) }, Lang::Vi) => {
                format!("Thẻ còn giá trị đến ngày {}", super::date(d))
            }
            (CardStatus::Valid { until: Some(d) }, Lang::En) => {
                format!("The card is valid until {}", super::date(d))
            }
            (CardStatus::Valid { until: None }, Lang::Vi) => {
                "Thẻ còn giá trị và không có thời hạn".to_owned()
            }
            (CardStatus::Valid { until: None }, Lang::En) => {
                "The card is valid and does not expire".to_owned()
            }
            (CardStatus::RenewalDueToday { until }, Lang::Vi) => format!(
                "Hôm nay ({}) là ngày cuối thẻ còn giá trị: cần làm thủ tục đổi thẻ",
                super::date(until)
            ),
            (CardStatus::RenewalDueToday { until }, Lang::En) => format!(
                "Today ({}) is the card's last valid day: it must be renewed",
                super::date(until)
            ),
            (CardStatus::Expired { until }, Lang::Vi) => format!(
                "Thẻ đã hết giá trị sau ngày {}: cần làm thủ tục đổi thẻ",
                super::date(until)
            ),
            (CardStatus::Expired { until }, Lang::En) => {
                format!(
                    "The card expired after {}: it must be renewed",
                    super::date(until)
                )
            }
        }
    }
}

impl Localized for CardDateError {
    fn localize(&self, lang: Lang) -> String {
        let words = match self {
            CardDateError::IssuedBeforeBirth => Text {
                vi: "Ngày cấp thẻ phải sau ngày sinh: kiểm tra lại hai ngày này",
                en: "The card's issue date must be after the date of birth: check both dates",
            },
            CardDateError::IssuedAfterToday => Text {
                vi: "Ngày cấp thẻ không thể sau hôm nay: kiểm tra lại ngày cấp",
                en: "The issue date cannot be after today: check it",
            },
            CardDateError::OutOfCalendar => Text {
                vi: "Kiểm tra lại ngày sinh",
                en: "Check the date of birth",
            },
        };
        words.get(lang).to_owned()
    }
}

/// This module's texts, for [`super::registry`]: the shared date helpers, and every error and
/// reading with sample data.
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "common";
    r.fixed(M, convention_texts());
    let (Some(friday), Some(saturday)) = (
        NaiveDate::from_ymd_opt(2025, 5, 2),
        NaiveDate::from_ymd_opt(2025, 4, 26),
    ) else {
        return;
    };
    use chrono::Weekday;
    let week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    r.words("weekday", week, super::weekday);
    r.words("weekday_short", week, super::weekday_short);
    r.sentence("day(2025-05-02)", |lang| super::day(friday, lang));
    register_name_and_number_errors(r);
    register_date_errors(r);
    register_holidays_and_cards(r, friday, saturday);
}

/// What the name and number readers say, with sample data.
fn register_name_and_number_errors(r: &mut Registry) {
    const M: &str = "common";
    let ch = 'x';
    r.samples(
        M,
        [
            NameError::Empty,
            NameError::TooLong {
                max: 100,
                found: 120,
            },
            NameError::UnexpectedCharacter { ch },
            NameError::UnexpectedCharacter { ch: ' ' },
            NameError::UnexpectedCharacter { ch: '\u{200B}' },
            NameError::UnexpectedCharacter { ch: '7' },
            NameError::MisplacedPunctuation { ch: '-' },
        ],
    );
    r.samples(
        M,
        [
            OrgNameError::Empty,
            OrgNameError::TooLong {
                max: 255,
                found: 300,
            },
            OrgNameError::UnexpectedCharacter { ch: '#' },
            OrgNameError::NoLetter,
        ],
    );
    r.samples(
        M,
        [
            NumberError::Empty,
            NumberError::TooLong { max: 40 },
            NumberError::UnexpectedCharacter { ch },
            NumberError::Negative,
            NumberError::TooLarge,
            NumberError::NotWholeNumber,
            NumberError::MisplacedSeparator { ch: '.' },
            NumberError::MisplacedSeparator { ch: ',' },
            NumberError::MisplacedSeparator { ch: ' ' },
            NumberError::MisplacedSeparator { ch: '\'' },
        ],
    );
    r.samples(
        M,
        [NumberWarning::CommaReadAsThousands { value: 2_129_289 }],
    );
    r.samples(
        M,
        [
            PercentError::Empty,
            PercentError::TooLong { max: 40 },
            PercentError::UnexpectedCharacter { ch },
            PercentError::Negative,
            PercentError::MisplacedSeparator { ch: ',' },
            PercentError::TooManyDecimals { max: 2 },
            PercentError::AboveMaximum {
                max: crate::rules::number::Percent::MAX,
            },
        ],
    );
}

/// What the date readers say, with sample data.
fn register_date_errors(r: &mut Registry) {
    const M: &str = "common";
    r.samples(
        M,
        [
            DateError::Empty,
            DateError::TooLong { max: 40 },
            DateError::WrongFormat,
            DateError::TwoDigitYear { year: 12 },
            DateError::YearNotFourDigits,
            DateError::MonthOutOfRange { month: 13 },
            DateError::DayOutOfRange {
                day: 32,
                month: 1,
                year: 2026,
                max: 31,
            },
            DateError::DayOutOfRange {
                day: 30,
                month: 2,
                year: 2026,
                max: 28,
            },
            DateError::YearOutOfRange {
                year: 1800,
                min: 1900,
                max: 2100,
            },
        ],
    );
    r.samples(
        M,
        [
            DateFieldsError::Empty,
            DateFieldsError::Missing {
                day: true,
                month: false,
                year: true,
            },
            DateFieldsError::Missing {
                day: true,
                month: true,
                year: true,
            },
            DateFieldsError::NotANumber {
                part: DatePart::Month,
            },
            DateFieldsError::Date(DateError::WrongFormat),
        ],
    );
}

/// Holidays, working days and card validity, around Friday 02/05/2025 and the make-up
/// Saturday 26/04/2025.
fn register_holidays_and_cards(r: &mut Registry, friday: NaiveDate, saturday: NaiveDate) {
    const M: &str = "common";
    let kinds = [
        HolidayKind::NewYear,
        HolidayKind::LunarNewYear,
        HolidayKind::HungKings,
        HolidayKind::ReunificationDay,
        HolidayKind::LabourDay,
        HolidayKind::NationalDay,
        HolidayKind::CultureDay,
    ];
    r.words("common::holiday_name", kinds, holiday_name);
    let holiday = |day_off| Holiday {
        kind: HolidayKind::ReunificationDay,
        day_off,
        basis: crate::rules::working_days::Basis::Law,
    };
    r.samples(
        M,
        [
            holiday(DayOff::Holiday),
            holiday(DayOff::InLieu),
            holiday(DayOff::Swapped {
                made_up_on: saturday,
            }),
        ],
    );
    r.samples(
        M,
        [
            DayKind::Working,
            DayKind::MakeUpWorkingDay { instead_of: friday },
            DayKind::Weekend,
            DayKind::Holiday(holiday(DayOff::Holiday)),
        ],
    );
    r.samples(
        M,
        [
            Coverage::Announced,
            Coverage::Statutory,
            Coverage::NotCovered,
        ]
        .map(|coverage| YearCoverage {
            year: 2027,
            coverage,
        }),
    );
    r.samples(
        M,
        [
            CardValidity::Until {
                date: friday,
                age: 25,
            },
            CardValidity::Until {
                date: friday,
                age: 14,
            },
            CardValidity::NoExpiry,
        ],
    );
    r.samples(
        M,
        [
            CardStatus::Valid {
                until: Some(friday),
            },
            CardStatus::Valid { until: None },
            CardStatus::RenewalDueToday { until: friday },
            CardStatus::Expired { until: friday },
        ],
    );
    r.samples(
        M,
        [
            CardDateError::IssuedBeforeBirth,
            CardDateError::IssuedAfterToday,
            CardDateError::OutOfCalendar,
        ],
    );
}
