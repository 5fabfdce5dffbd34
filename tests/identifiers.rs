#![cfg(not(target_arch = "wasm32"))]

//! Native tests of the identifier rules (docs/rules.md §2.1–2.3) and their catalogue sentences.
//! Every case says where it comes from.

#[path = "support/wording.rs"]
mod wording;

use chrono::NaiveDate;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::personal_id::BIRTH_REGISTRATION_PROVINCES;
use sansang::rules::phone::CARRIER_PREFIXES;
use sansang::rules::tax_code::check_digit;
use sansang::{
    BirthPlace, Carrier, EmailAddress, EmailError, EmailWarning, MobileNumber, PersonalId,
    PersonalIdError, PersonalIdWarning, PhoneError, PhoneWarning, Sex, TaxCode, TaxCodeError,
    TaxCodeKind, TaxCodeWarning,
};

fn tax(s: &str) -> TaxCode {
    TaxCode::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
}

fn mobile(s: &str) -> MobileNumber {
    MobileNumber::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
}

fn email(s: &str) -> EmailAddress {
    EmailAddress::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
}

fn digits(s: &str) -> [u8; 9] {
    let mut out = [0u8; 9];
    for (slot, b) in out.iter_mut().zip(s.bytes()) {
        *slot = b - b'0';
    }
    out
}

// ------------------------------------------------------------------------- tax code

#[test]
fn tax_code_worked_examples_from_domain_md() {
    // docs/rules.md §2.1, worked examples (TT 105/2020/TT-BTC Art. 5).
    assert_eq!(
        check_digit(&digits("010004751")),
        Some(6),
        "the circular's own example"
    );
    assert_eq!(tax("0100047516").kind(), TaxCodeKind::Organization);
    assert_eq!(
        tax("0100109106").kind(),
        TaxCodeKind::Organization,
        "Viettel"
    );
    assert_eq!(
        TaxCode::parse("0100109107"),
        Err(TaxCodeError::WrongCheckDigit {
            expected: 6,
            found: 7
        })
    );
    assert_eq!(tax("0314409058-002").kind(), TaxCodeKind::DependentUnit);
    assert_eq!(
        TaxCode::parse("0314409058-000"),
        Err(TaxCodeError::ZeroBranch)
    );
    assert_eq!(TaxCode::parse("0100000008"), Err(TaxCodeError::ZeroSerial));
    assert_eq!(
        TaxCode::parse("0000000000"),
        Err(TaxCodeError::ImpossibleSerial)
    );
}

#[test]
fn tax_code_forgiving_input_gives_canonical_display() {
    // docs/writing.md "Forgive formatting"; docs/rules.md §2.1 "strip spaces, dots and dashes; branch with or
    // without hyphen".
    for (input, canonical, kind) in [
        ("0100109106", "0100109106", TaxCodeKind::Organization),
        ("  0100109106\t", "0100109106", TaxCodeKind::Organization),
        ("0100 109 106", "0100109106", TaxCodeKind::Organization),
        ("0100.109.106", "0100109106", TaxCodeKind::Organization),
        ("01-00-109106", "0100109106", TaxCodeKind::Organization),
        (
            "\u{FF10}\u{FF11}\u{FF10}\u{FF10}\u{FF11}\u{FF10}\u{FF19}\u{FF11}\u{FF10}\u{FF16}",
            "0100109106",
            TaxCodeKind::Organization,
        ),
        (
            "0314409058-002",
            "0314409058-002",
            TaxCodeKind::DependentUnit,
        ),
        (
            "0314409058002",
            "0314409058-002",
            TaxCodeKind::DependentUnit,
        ),
        (
            "0314409058 – 002",
            "0314409058-002",
            TaxCodeKind::DependentUnit,
        ),
        ("001087123456", "001087123456", TaxCodeKind::PersonalId),
    ] {
        let code = tax(input);
        assert_eq!(code.to_string(), canonical, "{input:?}");
        assert_eq!(code.kind(), kind, "{input:?}");
        assert_eq!(
            TaxCode::parse(&code.to_string()),
            Ok(code),
            "round trip of {input:?}"
        );
    }
}

#[test]
fn tax_code_errors_carry_data() {
    let too_long = "0".repeat(101);
    for (input, expected) in [
        ("", TaxCodeError::Empty),
        ("   ", TaxCodeError::Empty),
        (too_long.as_str(), TaxCodeError::TooLong),
        (
            "0100109106A",
            TaxCodeError::UnexpectedCharacter {
                ch: 'A',
                position: 11,
            },
        ),
        (
            "MST 0100109106",
            TaxCodeError::UnexpectedCharacter {
                ch: 'M',
                position: 1,
            },
        ),
        ("01001091", TaxCodeError::WrongLength { digits: 8 }),
        ("01001091061", TaxCodeError::WrongLength { digits: 11 }),
        ("01001091060011", TaxCodeError::WrongLength { digits: 14 }),
        ("---", TaxCodeError::WrongLength { digits: 0 }),
        // 9 digits whose zero-prefixed form fails the check digit: nothing to suggest.
        ("100109107", TaxCodeError::WrongLength { digits: 9 }),
        // 13 digits: the parent part is checked like a 10-digit code.
        (
            "0100109107-001",
            TaxCodeError::WrongCheckDigit {
                expected: 6,
                found: 7,
            },
        ),
    ] {
        assert_eq!(TaxCode::parse(input), Err(expected), "{input:?}");
    }
}

#[test]
fn tax_code_lost_leading_zero_is_suggested_never_applied() {
    // docs/rules.md §2.1: "repair a 9- or 12-character value that lost its leading zero in a spreadsheet
    // only when the user confirms".
    assert_eq!(
        TaxCode::parse("100109106"),
        Err(TaxCodeError::LostLeadingZero {
            suggestion: tax("0100109106")
        })
    );
    assert_eq!(
        TaxCode::parse("314409058-002"),
        Err(TaxCodeError::LostLeadingZero {
            suggestion: tax("0314409058-002")
        })
    );
    // 12 straight digits: a personal ID (legitimate), with a separate question for the UI.
    let ambiguous = tax("314409058002");
    assert_eq!(ambiguous.kind(), TaxCodeKind::PersonalId);
    assert!(!ambiguous.is_verifiable());
    assert_eq!(
        ambiguous.branch_code_if_leading_zero_lost(),
        Some(tax("0314409058-002"))
    );
    // 314 is no birth-registration code, so the warning is raised.
    assert_eq!(
        ambiguous.warnings(),
        vec![TaxCodeWarning::PossibleBranchWithLostZero {
            suggestion: tax("0314409058-002")
        }]
    );
    // A real-looking personal ID (Hà Nội, 001) raises nothing.
    assert!(tax("001087123456").warnings().is_empty());
    assert_eq!(tax("0100109106").branch_code_if_leading_zero_lost(), None);
}

#[test]
fn tax_code_accessors() {
    let branch = tax("0314409058-002");
    assert_eq!(branch.parent(), Some(tax("0314409058")));
    assert_eq!(branch.branch_number(), Some(2));
    assert_eq!(branch.digits_string(), "0314409058002");
    assert!(branch.is_verifiable());
    assert_eq!(tax("0100109106").parent(), None);
    let personal = tax("037153000257");
    assert_eq!(personal.personal_id().map(|id| id.birth_year()), Some(1953));
    assert_eq!(tax("0100109106").personal_id(), None);
}

#[test]
fn prefix_00_is_legitimate() {
    // docs/rules.md §2.1: "A prefix 00 appears on some real, checksum-valid codes: do not reject it."
    // 0013180180: real code (see tests/data/real_tax_codes.tsv).
    assert_eq!(tax("0013180180").kind(), TaxCodeKind::Organization);
}

fn real_tax_codes() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/real_tax_codes.tsv"
    ))
    .expect("tests/data/real_tax_codes.tsv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("tax_code\tname\tsource"));
    lines
        .map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next().unwrap_or_default().to_owned();
            let name = fields.next().unwrap_or_default().to_owned();
            assert!(
                fields.next().is_some_and(|source| !source.is_empty()),
                "no source for {code}"
            );
            (code, name)
        })
        .collect()
}

#[test]
fn real_public_tax_codes_all_parse_with_the_right_kind() {
    // tests/data/real_tax_codes.tsv: codes seen on organisations' own pages and documents.
    let codes = real_tax_codes();
    assert!(codes.len() >= 100, "{} codes", codes.len());
    let branches = codes.iter().filter(|(code, _)| code.len() == 14).count();
    assert!(branches >= 5, "{branches} branch codes");
    for (code, name) in &codes {
        let parsed = tax(code);
        let expected_kind = if code.len() == 14 {
            TaxCodeKind::DependentUnit
        } else {
            TaxCodeKind::Organization
        };
        assert_eq!(parsed.kind(), expected_kind, "{code} {name}");
        assert_eq!(&parsed.to_string(), code, "the file stores canonical forms");
    }
}

#[test]
fn changing_the_check_digit_of_a_real_code_is_caught() {
    // Each real code with its 10th digit replaced by any other digit must fail with the right data.
    for (code, _) in real_tax_codes() {
        let original = code.as_bytes()[9] - b'0';
        for wrong in (0..10u8).filter(|&d| d != original) {
            let mut mutated = code.clone().into_bytes();
            mutated[9] = b'0' + wrong;
            let mutated = String::from_utf8(mutated).unwrap();
            assert_eq!(
                TaxCode::parse(&mutated),
                Err(TaxCodeError::WrongCheckDigit {
                    expected: original,
                    found: wrong
                }),
                "{mutated}"
            );
        }
    }
}

// ------------------------------------------------------------------------- personal ID

#[test]
fn personal_id_worked_examples_from_domain_md() {
    // docs/rules.md §2.2 worked examples.
    let id = PersonalId::parse("001087123456").unwrap();
    assert_eq!(id.to_string(), "001087123456");
    assert_eq!((id.birth_year(), id.sex()), (1987, Sex::Male));
    let BirthPlace::Province(place) = id.birth_place() else {
        panic!("001 is a province")
    };
    assert_eq!(
        (
            place.old_province,
            place.province_since_2025,
            place.province_code_since_2025
        ),
        ("Hà Nội", "Hà Nội", "01")
    );

    let id = PersonalId::parse("037153000257").unwrap();
    assert_eq!((id.birth_year(), id.sex()), (1953, Sex::Female));
    let BirthPlace::Province(place) = id.birth_place() else {
        panic!("037 is a province")
    };
    assert_eq!(
        (place.old_province, place.province_since_2025),
        ("Ninh Bình", "Ninh Bình")
    );
}

#[test]
fn personal_id_century_digit() {
    // docs/rules.md §2.2: G = 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s; even = male.
    for (g, year, sex) in [
        ('0', 1945, Sex::Male),
        ('1', 1945, Sex::Female),
        ('2', 2045, Sex::Male),
        ('3', 2045, Sex::Female),
        ('4', 2145, Sex::Male),
        ('5', 2145, Sex::Female),
        ('6', 2245, Sex::Male),
        ('7', 2245, Sex::Female),
        ('8', 2345, Sex::Male),
        ('9', 2345, Sex::Female),
    ] {
        let id = PersonalId::parse(&format!("079{g}45000001")).unwrap();
        assert_eq!((id.birth_year(), id.sex()), (year, sex), "G = {g}");
    }
}

#[test]
fn birth_registration_table_equals_the_tsv() {
    // tests/data/id-birth-registration-codes.tsv (TT 07/2016/TT-BCA, Phụ lục I).
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/id-birth-registration-codes.tsv"
    ))
    .expect("tests/data/id-birth-registration-codes.tsv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("old_code\told_province\tprovince_since_2025\tprovince_code_since_2025")
    );
    let rows: Vec<[&str; 4]> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            <[&str; 4]>::try_from(fields).expect("4 columns")
        })
        .collect();
    let table: Vec<[&str; 4]> = BIRTH_REGISTRATION_PROVINCES
        .iter()
        .map(|p| {
            [
                p.old_code,
                p.old_province,
                p.province_since_2025,
                p.province_code_since_2025,
            ]
        })
        .collect();
    assert_eq!(table, rows);
    assert_eq!(table.len(), 63);
}

#[test]
fn old_codes_are_not_new_codes() {
    // docs/rules.md §2.2: "new Tây Ninh is 80, old prefix 080 is Long An".
    let id = PersonalId::parse("080190000001").unwrap();
    let BirthPlace::Province(place) = id.birth_place() else {
        panic!()
    };
    assert_eq!(
        (
            place.old_province,
            place.province_since_2025,
            place.province_code_since_2025
        ),
        ("Long An", "Tây Ninh", "80")
    );
    assert_eq!(
        id.birth_place().localize(Lang::Vi),
        "Long An (mã cũ 080), từ 1/7/2025 thuộc Tây Ninh (mã 80)"
    );
    assert_eq!(
        id.birth_place().localize(Lang::En),
        "Long An (old code 080), part of Tây Ninh (code 80) since 1/7/2025"
    );
}

#[test]
fn personal_id_birth_places() {
    // TT 07/2016/TT-BCA Phụ lục I: 101–295 foreign countries.
    assert_eq!(
        PersonalId::parse("101190000001").unwrap().birth_place(),
        BirthPlace::Abroad { code: 101 }
    );
    assert_eq!(
        PersonalId::parse("295190000001").unwrap().birth_place(),
        BirthPlace::Abroad { code: 295 }
    );
    assert_eq!(
        PersonalId::parse("003190000001").unwrap().birth_place(),
        BirthPlace::Unknown { code: 3 }
    );
    assert_eq!(
        PersonalId::parse("296190000001").unwrap().birth_place(),
        BirthPlace::Unknown { code: 296 }
    );
    assert_eq!(
        PersonalId::parse("000190000001").unwrap().birth_place(),
        BirthPlace::Unknown { code: 0 }
    );
}

#[test]
fn personal_id_errors() {
    let too_long = "1".repeat(200);
    for (input, expected) in [
        ("", PersonalIdError::Empty),
        (too_long.as_str(), PersonalIdError::TooLong),
        (
            "00108712345x",
            PersonalIdError::UnexpectedCharacter {
                ch: 'x',
                position: 12,
            },
        ),
        // Luật Căn cước 2023 Art. 46: the 9-digit CMND expired on 31/12/2024.
        ("012345678", PersonalIdError::OldNineDigitCmnd),
        ("012 345 678", PersonalIdError::OldNineDigitCmnd),
        ("0010871234567", PersonalIdError::WrongLength { digits: 13 }),
        ("12345", PersonalIdError::WrongLength { digits: 5 }),
        // 10 digits padded to 00x… with x not a province (005 is not in the table).
        ("5087123456", PersonalIdError::WrongLength { digits: 10 }),
    ] {
        assert_eq!(PersonalId::parse(input), Err(expected), "{input:?}");
    }
    // A spreadsheet dropped the zeros of 001087123456 (Hà Nội).
    let suggestion = PersonalId::parse("001087123456").unwrap();
    assert_eq!(
        PersonalId::parse("1087123456"),
        Err(PersonalIdError::LostLeadingZeros { suggestion })
    );
    let suggestion = PersonalId::parse("037153000257").unwrap();
    assert_eq!(
        PersonalId::parse("37153000257"),
        Err(PersonalIdError::LostLeadingZeros { suggestion })
    );
}

#[test]
fn personal_id_forgiving_input() {
    for input in [
        "001 087 123 456",
        "001.087.123.456",
        "001-087-123456",
        "\u{FF10}01087123456",
    ] {
        assert_eq!(
            PersonalId::parse(input).map(|id| id.to_string()),
            Ok("001087123456".to_owned()),
            "{input:?}"
        );
    }
}

#[test]
fn personal_id_warnings() {
    // docs/rules.md §2.2: unknown PPP, future year, contradictions → warnings, never rejections.
    let today = NaiveDate::from_ymd_opt(2026, 7, 25).unwrap();
    let born = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let id = PersonalId::parse("001087123456").unwrap();
    assert!(
        id.warnings(today, born(1987, 3, 1), Some(Sex::Male))
            .is_empty()
    );
    assert_eq!(
        id.warnings(today, born(1988, 3, 1), Some(Sex::Female)),
        vec![
            PersonalIdWarning::BirthYearMismatch {
                id_year: 1987,
                stated_year: 1988
            },
            PersonalIdWarning::SexMismatch {
                id_sex: Sex::Male,
                stated_sex: Sex::Female
            },
        ]
    );
    assert_eq!(
        PersonalId::parse("003299000001")
            .unwrap()
            .warnings(today, None, None),
        vec![
            PersonalIdWarning::UnknownBirthPlaceCode { code: 3 },
            PersonalIdWarning::BirthYearInFuture { year: 2099 },
        ]
    );
    // The current year itself is not in the future.
    assert!(
        PersonalId::parse("001226000001")
            .unwrap()
            .warnings(today, None, None)
            .is_empty()
    );
}

// ------------------------------------------------------------------------- mobile number

#[test]
fn mobile_number_forgiving_formats() {
    // docs/writing.md: spaces, dots, dashes, brackets, a pasted "+84", full-width digits.
    for input in [
        "0912345678",
        "0912 345 678",
        "091.234.5678",
        "091-234-5678",
        "(091) 234 5678",
        "+84 912 345 678",
        "+84912345678",
        "(+84) 91-234-5678",
        "84912345678",
        "0084 912 345 678",
        "+84 (0) 912 345 678",
        "\u{FF10}\u{FF19}\u{FF11}\u{FF12}\u{FF13}\u{FF14}\u{FF15}\u{FF16}\u{FF17}\u{FF18}",
        "\u{FF0B}84 912 345 678",
    ] {
        let number = mobile(input);
        assert_eq!(number.to_string(), "0912345678", "{input:?}");
        assert_eq!(number.international(), "+84912345678", "{input:?}");
    }
}

#[test]
fn mobile_carriers_from_domain_md() {
    // docs/rules.md §2.3 (libphonenumber, snapshot 17/7/2026).
    for (prefix, carrier) in [
        ("032", Carrier::Viettel),
        ("039", Carrier::Viettel),
        ("086", Carrier::Viettel),
        ("096", Carrier::Viettel),
        ("098", Carrier::Viettel),
        ("030", Carrier::MobiFone),
        ("051", Carrier::MobiFone),
        ("0522", Carrier::Vietnamobile),
        ("056", Carrier::Vietnamobile),
        ("058", Carrier::Vietnamobile),
        ("092", Carrier::Vietnamobile),
        ("0559", Carrier::Reddi),
        ("059", Carrier::Gmobile),
        ("0993", Carrier::Gmobile),
        ("0997", Carrier::Gmobile),
        ("0998", Carrier::Itel),
        ("0999", Carrier::Itel),
        ("070", Carrier::MobiFone),
        ("076", Carrier::MobiFone),
        ("079", Carrier::MobiFone),
        ("0896", Carrier::MobiFone),
        ("090", Carrier::MobiFone),
        ("093", Carrier::MobiFone),
        ("081", Carrier::VinaPhone),
        ("085", Carrier::VinaPhone),
        ("087", Carrier::VinaPhone),
        ("088", Carrier::VinaPhone),
        ("091", Carrier::VinaPhone),
        ("094", Carrier::VinaPhone),
        // 10-digit numbers in the old 012x/016x blocks, current since libphonenumber 9.0.31.
        ("01210", Carrier::MobiFone),
        ("01213", Carrier::MobiFone),
        ("0160", Carrier::Viettel),
    ] {
        let input: String = format!("{prefix}1234567890").chars().take(10).collect();
        let number = mobile(&input);
        assert_eq!(number.carrier(), Some(carrier), "{input}");
        assert!(number.is_in_mobile_range(), "{input}");
        assert!(number.warnings().is_empty(), "{input}");
    }
    // In a mobile range libphonenumber names no carrier for: no carrier, and no warning.
    let unnamed = mobile("0991234567");
    assert_eq!(unnamed.carrier(), None);
    assert!(unnamed.warnings().is_empty());
    assert_eq!(Carrier::Itel.localize(Lang::Vi), "iTel");
    assert_eq!(
        mobile("0998123456").warnings(),
        vec![],
        "iTel (Indochina Telecom)"
    );
}

/// libphonenumber's names for the carriers (`84.txt`).
fn libphonenumber_name(carrier: Carrier) -> &'static str {
    match carrier {
        Carrier::Viettel => "Viettel",
        Carrier::MobiFone => "MobiFone",
        Carrier::VinaPhone => "Vinaphone",
        Carrier::Vietnamobile => "Vietnamobile",
        Carrier::Gmobile => "G-Mobile",
        Carrier::Reddi => "Reddi",
        Carrier::Itel => "Indochina Telecom",
    }
}

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");

/// The carrier table is libphonenumber's `84.txt`, row for row and in its order.
#[test]
fn carrier_table_is_libphonenumber_row_for_row() {
    let text = std::fs::read_to_string(format!("{DATA}libphonenumber-84-carriers.txt"))
        .expect("tests/data/libphonenumber-84-carriers.txt");
    let rows: Vec<(String, String)> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (prefix, name) = line.split_once('|').expect("prefix|carrier");
            let national = prefix.strip_prefix("84").expect("country code 84");
            (national.to_owned(), name.to_owned())
        })
        .collect();
    let ours: Vec<(String, String)> = CARRIER_PREFIXES
        .iter()
        .map(|&(prefix, carrier)| (prefix.to_owned(), libphonenumber_name(carrier).to_owned()))
        .collect();
    assert_eq!(ours, rows);
    assert_eq!(rows.len(), 29);
}

/// The mobile ranges are libphonenumber's `mobile` pattern for VN: compared on every 4-digit start
/// (the pattern looks at no more than 4 digits) with two different tails.
#[test]
fn mobile_ranges_are_libphonenumber_pattern() {
    let xml = std::fs::read_to_string(format!("{DATA}libphonenumber-vn-metadata.xml"))
        .expect("tests/data/libphonenumber-vn-metadata.xml");
    let mobile_block = xml
        .split("<mobile>")
        .nth(1)
        .and_then(|rest| rest.split("</mobile>").next())
        .expect("a <mobile> block");
    let pattern: String = mobile_block
        .split("<nationalNumberPattern>")
        .nth(1)
        .and_then(|rest| rest.split("</nationalNumberPattern>").next())
        .expect("a nationalNumberPattern")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let regex = regex::Regex::new(&format!("^(?:{pattern})$")).expect("a regular expression");
    let mut in_range = 0;
    for start in 1000..10_000u32 {
        for tail in ["00000", "98765"] {
            let national = format!("{start}{tail}");
            let number = mobile(&format!("0{national}"));
            let expected = regex.is_match(&national);
            assert_eq!(number.is_in_mobile_range(), expected, "0{national}");
            assert_eq!(number.warnings().is_empty(), expected, "0{national}");
            in_range += usize::from(expected);
        }
    }
    assert!(in_range > 5_000, "{in_range}");
}

#[test]
fn unknown_prefix_is_a_warning_not_an_error() {
    // docs/rules.md §2.3: "An unknown prefix is a warning".
    for (input, prefix) in [
        ("0601234567", 60),
        ("0801234567", 80),
        ("0531234567", 53),
        ("0551234567", 55),
        ("0123456789", 12),
        ("0124123456", 12),
        ("0161234567", 16),
        ("0891234567", 89),
    ] {
        let number = mobile(input);
        assert_eq!(number.carrier(), None);
        assert_eq!(
            number.warnings(),
            vec![PhoneWarning::UnknownPrefix { prefix }],
            "{input}"
        );
    }
}

/// docs/rules.md §2.3: "old" is decided by length. A 10-digit 0121…/0160… number is current; the
/// 11-digit one gets the conversion.
#[test]
fn ten_digit_0121_and_0160_are_current_eleven_digit_ones_are_old() {
    assert_eq!(mobile("0121 012 345").carrier(), Some(Carrier::MobiFone));
    assert_eq!(mobile("+84 160 123 456").carrier(), Some(Carrier::Viettel));
    assert_eq!(
        MobileNumber::parse("01211234567"),
        Err(PhoneError::OldElevenDigitNumber {
            old_prefix: 121,
            suggestion: mobile("0791234567"),
        })
    );
    assert_eq!(
        MobileNumber::parse("121012345"),
        Err(PhoneError::MissingLeadingZero {
            suggestion: mobile("0121012345"),
        })
    );
}

#[test]
fn old_eleven_digit_numbers_give_the_new_number() {
    // Conversion of 15/9/2018, Bộ TT&TT announcement of 29/5/2018, as reported by the press.
    for (old, new) in [
        ("0120", "070"),
        ("0121", "079"),
        ("0122", "077"),
        ("0126", "076"),
        ("0128", "078"),
        ("0123", "083"),
        ("0124", "084"),
        ("0125", "085"),
        ("0127", "081"),
        ("0129", "082"),
        ("0162", "032"),
        ("0163", "033"),
        ("0164", "034"),
        ("0165", "035"),
        ("0166", "036"),
        ("0167", "037"),
        ("0168", "038"),
        ("0169", "039"),
        ("0186", "056"),
        ("0188", "058"),
        ("0199", "059"),
    ] {
        let old_prefix: u16 = old[1..].parse().unwrap();
        let expected = Err(PhoneError::OldElevenDigitNumber {
            old_prefix,
            suggestion: mobile(&format!("{new}9876543")),
        });
        assert_eq!(
            MobileNumber::parse(&format!("{old}9876543")),
            expected,
            "{old}"
        );
        assert_eq!(
            MobileNumber::parse(&format!("+84 {} 987 6543", &old[1..])),
            expected,
            "+84 {old}"
        );
    }
    // The press example: 0169 5678945 → 0395678945.
    assert_eq!(
        MobileNumber::parse("0169 5678945"),
        Err(PhoneError::OldElevenDigitNumber {
            old_prefix: 169,
            suggestion: mobile("0395678945")
        })
    );
}

#[test]
fn mobile_errors() {
    let too_long = "9".repeat(101);
    for (input, expected) in [
        ("", PhoneError::Empty),
        (too_long.as_str(), PhoneError::TooLong),
        (
            "0912 345 67a",
            PhoneError::UnexpectedCharacter {
                ch: 'a',
                position: 12,
            },
        ),
        (
            "09+12345678",
            PhoneError::UnexpectedCharacter {
                ch: '+',
                position: 3,
            },
        ),
        (
            "++84912345678",
            PhoneError::UnexpectedCharacter {
                ch: '+',
                position: 2,
            },
        ),
        ("+1 202 555 0100", PhoneError::ForeignNumber),
        ("+", PhoneError::WrongLength { digits: 0 }),
        ("091234567", PhoneError::WrongLength { digits: 9 }),
        ("09123456789", PhoneError::WrongLength { digits: 11 }),
        ("+84 91234567", PhoneError::WrongLength { digits: 9 }),
        ("01301234567", PhoneError::WrongLength { digits: 11 }),
        // Found by fuzzing: 84 + 0 + only 8 digits once read as "0084…" (cargo fuzz, phone target).
        (")840)8434524)8", PhoneError::WrongLength { digits: 11 }),
        ("+84 0843 4524", PhoneError::WrongLength { digits: 10 }),
        ("0012345678", PhoneError::WrongLength { digits: 10 }),
        ("024 3825 1234", PhoneError::LandlineNumber),
        ("1234", PhoneError::WrongLength { digits: 4 }),
    ] {
        assert_eq!(MobileNumber::parse(input), Err(expected), "{input:?}");
    }
    assert_eq!(
        MobileNumber::parse("912345678"),
        Err(PhoneError::MissingLeadingZero {
            suggestion: mobile("0912345678")
        })
    );
    // 9 digits whose zero-prefixed form has no known prefix: just the length.
    assert_eq!(
        MobileNumber::parse("112345678"),
        Err(PhoneError::WrongLength { digits: 9 })
    );
}

// ------------------------------------------------------------------------- email

#[test]
fn email_lower_cases_the_domain_only() {
    let address = email("  Nguyen.An@Gmail.COM ");
    assert_eq!(address.to_string(), "Nguyen.An@gmail.com");
    assert_eq!(
        (address.local_part(), address.domain()),
        ("Nguyen.An", "gmail.com")
    );
    assert_eq!(
        email("ke.toan+vneid@cong-ty.com.vn").domain(),
        "cong-ty.com.vn"
    );
}

#[test]
fn email_typos_are_warnings_with_the_corrected_address() {
    // The brief's list of common typos; never a silent change.
    for (typed, fixed) in [
        ("an@gmial.com", "an@gmail.com"),
        ("an@gmai.com", "an@gmail.com"),
        ("an@gmail.con", "an@gmail.com"),
        ("an@gmail.co", "an@gmail.com"),
        ("an@gmaill.com", "an@gmail.com"),
        ("an@gmail.com.vn", "an@gmail.com"),
        ("an@yahoo.com.vm", "an@yahoo.com.vn"),
        ("an@yaho.com", "an@yahoo.com"),
        ("an@hotmial.com", "an@hotmail.com"),
        ("an@outlok.com", "an@outlook.com"),
        ("an@icloud.con", "an@icloud.com"),
        ("An@GMIAL.com", "An@gmail.com"),
    ] {
        let address = email(typed);
        assert_ne!(
            address.to_string(),
            fixed,
            "parse must not fix {typed} silently"
        );
        assert_eq!(
            address.warnings(),
            vec![EmailWarning::PossibleTypo {
                suggestion: email(fixed)
            }],
            "{typed}"
        );
    }
    for fine in [
        "an@gmail.com",
        "an@ymail.com",
        "an@mail.com",
        "an@yahoo.com.vn",
        "an@fpt.com.vn",
        "an@hanoi.gov.vn",
        "an@cloud.com",
    ] {
        assert!(email(fine).warnings().is_empty(), "{fine}");
    }
}

#[test]
fn email_errors() {
    let too_long = format!("{}@gmail.com", "a".repeat(250));
    let long_local = format!("{}@gmail.com", "a".repeat(65));
    let long_label = format!("an@{}.com", "a".repeat(64));
    for (input, expected) in [
        ("", EmailError::Empty),
        (too_long.as_str(), EmailError::TooLong),
        ("an @gmail.com", EmailError::ContainsSpace { position: 3 }),
        (
            "nguyễn@gmail.com",
            EmailError::UnexpectedCharacter {
                ch: 'ễ',
                position: 5,
            },
        ),
        (
            "an@gmail,com",
            EmailError::UnexpectedCharacter {
                ch: ',',
                position: 9,
            },
        ),
        ("an.gmail.com", EmailError::MissingAt),
        ("a@b@c.vn", EmailError::MultipleAt { count: 2 }),
        ("@gmail.com", EmailError::EmptyLocalPart),
        (
            long_local.as_str(),
            EmailError::LocalPartTooLong { chars: 65 },
        ),
        ("an.@gmail.com", EmailError::MisplacedDotInLocalPart),
        (".an@gmail.com", EmailError::MisplacedDotInLocalPart),
        ("a..n@gmail.com", EmailError::MisplacedDotInLocalPart),
        ("an@", EmailError::EmptyDomain),
        ("an@gmail", EmailError::DomainWithoutDot),
        ("an@gmail..com", EmailError::EmptyDomainLabel),
        ("an@.gmail.com", EmailError::EmptyDomainLabel),
        ("an@gmail.com.", EmailError::EmptyDomainLabel),
        ("an@-gmail.com", EmailError::HyphenAtLabelEdge),
        (long_label.as_str(), EmailError::DomainLabelTooLong),
        ("an@gmail.c", EmailError::BadTopLevelDomain),
        ("an@host.123", EmailError::BadTopLevelDomain),
    ] {
        assert_eq!(EmailAddress::parse(input), Err(expected), "{input:?}");
    }
}

// ------------------------------------------------------------------------- catalogue sentences

#[test]
fn catalogue_sentences_sample() {
    // docs/writing.md wording: say what to do, specific to the failure; exact sentences in both languages.
    let cases: Vec<(Box<dyn Localized>, &str, &str)> = vec![
        (
            Box::new(TaxCodeError::Empty),
            "Nhập mã số thuế",
            "Enter the tax code",
        ),
        (
            Box::new(TaxCode::parse("01001091").unwrap_err()),
            "Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với 3 số cuối của đơn vị trực thuộc; số đã nhập có 8 chữ số",
            "A tax code has 10 digits, or 13 digits with the 3-digit dependent-unit suffix; this one has 8",
        ),
        (
            Box::new(TaxCode::parse("0100109107").unwrap_err()),
            "Có một chữ số bị sai: với 9 chữ số đầu này, chữ số thứ 10 phải là 6 (chữ số kiểm tra). Kiểm tra lại từng chữ số",
            "One digit is wrong: with these first 9 digits, the 10th digit must be 6 (the check digit). Check each digit",
        ),
        (
            Box::new(TaxCode::parse("100109106").unwrap_err()),
            "Mã số thuế này có vẻ đã mất số 0 ở đầu (bảng tính thường bỏ số 0 này). Nếu đúng vậy, dùng 0100109106",
            "This tax code seems to have lost its leading 0 (spreadsheets often drop it). If so, use 0100109106",
        ),
        (
            Box::new(TaxCodeError::ZeroBranch),
            "3 số cuối của đơn vị trực thuộc phải từ 001 đến 999, không thể là 000",
            "The 3-digit dependent-unit suffix runs from 001 to 999; it cannot be 000",
        ),
        (
            Box::new(PersonalIdError::OldNineDigitCmnd),
            "Đây là số chứng minh nhân dân 9 chữ số, đã hết giá trị sử dụng từ ngày 31/12/2024 (Luật Căn cước 2023, Điều 46). Nhập số định danh cá nhân 12 chữ số in trên thẻ căn cước hoặc thẻ căn cước công dân gắn chip",
            "This is a 9-digit identity card (CMND) number; CMND cards stopped being valid on 31/12/2024 (Law on Identification 2023, Article 46). Enter the 12-digit personal ID number printed on the căn cước card or the chip-based citizen identity card",
        ),
        (
            Box::new(PersonalIdWarning::SexMismatch {
                id_sex: Sex::Male,
                stated_sex: Sex::Female,
            }),
            "Số định danh cho giới tính nam, còn giới tính đã nhập là nữ: kiểm tra lại một trong hai",
            "The ID number gives sex male, but the sex entered is female: check one of them",
        ),
        (
            Box::new(PersonalIdWarning::UnknownBirthPlaceCode { code: 3 }),
            "3 chữ số đầu (003) không có trong bảng mã nơi đăng ký khai sinh đã công bố. Số cấp sau năm 2025 có thể dùng mã mới; kiểm tra lại nếu không chắc",
            "The first 3 digits (003) are not in the published table of birth-registration codes. Numbers issued after 2025 may use new codes; check the number if unsure",
        ),
        (
            Box::new(MobileNumber::parse("01681234567").unwrap_err()),
            "Từ 15/9/2018, số di động 11 chữ số đã chuyển sang 10 chữ số: đầu số 0168 đổi thành 038. Số mới là 0381234567; kiểm tra với thuê bao của bạn rồi dùng số mới",
            "Since 15/9/2018, 11-digit mobile numbers have 10 digits: prefix 0168 became 038. The new number is 0381234567; check it against your SIM and use it",
        ),
        (
            Box::new(MobileNumber::parse("091234567").unwrap_err()),
            "Số di động gồm 10 chữ số, bắt đầu bằng 0; số đã nhập có 9 chữ số",
            "A mobile number has 10 digits, starting with 0; this one has 9",
        ),
        (
            Box::new(PhoneWarning::UnknownPrefix { prefix: 30 }),
            "Đầu số 030 không thuộc dải số di động đã biết: kiểm tra lại số (cũng có thể là dải số mới)",
            "The prefix 030 is not a known mobile range: check the number (it may also be a new range)",
        ),
        (
            Box::new(EmailAddress::parse("nguyễn@gmail.com").unwrap_err()),
            "Địa chỉ email không dùng chữ có dấu: sửa ký tự “ễ” ở vị trí thứ 5 (tắt bộ gõ tiếng Việt khi nhập email)",
            "An email address has no accented letters: fix the “ễ” at position 5 (turn off Vietnamese typing while entering it)",
        ),
        (
            Box::new(email("an@gmial.com").warnings().remove(0)),
            "Tên miền có thể bị gõ nhầm: có phải là an@gmail.com? Kiểm tra lại trước khi tiếp tục",
            "The domain may be mistyped: did you mean an@gmail.com? Check it before you continue",
        ),
        (
            Box::new(EmailError::MissingAt),
            "Địa chỉ email cần có ký tự @, ví dụ ten@gmail.com",
            "An email address needs an @, for example name@gmail.com",
        ),
    ];
    for (value, vi, en) in &cases {
        assert_eq!(value.localize(Lang::Vi), *vi);
        assert_eq!(value.localize(Lang::En), *en);
    }
}

#[test]
fn every_message_follows_ux_md() {
    // docs/writing.md: no "invalid", "please", "sorry"; Vietnamese in NFC; never empty.
    let code = tax("0100109106");
    let id = PersonalId::parse("001087123456").unwrap();
    let number = mobile("0912345678");
    let values: Vec<Box<dyn Localized>> = vec![
        Box::new(TaxCodeError::Empty),
        Box::new(TaxCodeError::TooLong),
        Box::new(TaxCodeError::UnexpectedCharacter {
            ch: 'x',
            position: 3,
        }),
        Box::new(TaxCodeError::WrongLength { digits: 8 }),
        Box::new(TaxCodeError::LostLeadingZero { suggestion: code }),
        Box::new(TaxCodeError::ImpossibleSerial),
        Box::new(TaxCodeError::ZeroSerial),
        Box::new(TaxCodeError::WrongCheckDigit {
            expected: 6,
            found: 7,
        }),
        Box::new(TaxCodeError::ZeroBranch),
        Box::new(TaxCodeWarning::PossibleBranchWithLostZero { suggestion: code }),
        Box::new(TaxCodeKind::Organization),
        Box::new(TaxCodeKind::DependentUnit),
        Box::new(TaxCodeKind::PersonalId),
        Box::new(PersonalIdError::Empty),
        Box::new(PersonalIdError::TooLong),
        Box::new(PersonalIdError::UnexpectedCharacter {
            ch: 'x',
            position: 3,
        }),
        Box::new(PersonalIdError::OldNineDigitCmnd),
        Box::new(PersonalIdError::LostLeadingZeros { suggestion: id }),
        Box::new(PersonalIdError::WrongLength { digits: 11 }),
        Box::new(PersonalIdWarning::UnknownBirthPlaceCode { code: 3 }),
        Box::new(PersonalIdWarning::BirthYearInFuture { year: 2099 }),
        Box::new(PersonalIdWarning::BirthYearMismatch {
            id_year: 1987,
            stated_year: 1988,
        }),
        Box::new(PersonalIdWarning::SexMismatch {
            id_sex: Sex::Female,
            stated_sex: Sex::Male,
        }),
        Box::new(Sex::Male),
        Box::new(Sex::Female),
        Box::new(id.birth_place()),
        Box::new(BirthPlace::Abroad { code: 101 }),
        Box::new(BirthPlace::Unknown { code: 300 }),
        Box::new(PhoneError::Empty),
        Box::new(PhoneError::TooLong),
        Box::new(PhoneError::UnexpectedCharacter {
            ch: 'x',
            position: 3,
        }),
        Box::new(PhoneError::ForeignNumber),
        Box::new(PhoneError::WrongLength { digits: 9 }),
        Box::new(PhoneError::MissingLeadingZero { suggestion: number }),
        Box::new(PhoneError::OldElevenDigitNumber {
            old_prefix: 168,
            suggestion: number,
        }),
        Box::new(PhoneError::LandlineNumber),
        Box::new(PhoneWarning::UnknownPrefix { prefix: 30 }),
        Box::new(Carrier::Viettel),
        Box::new(Carrier::Itel),
        Box::new(EmailError::Empty),
        Box::new(EmailError::TooLong),
        Box::new(EmailError::ContainsSpace { position: 3 }),
        Box::new(EmailError::UnexpectedCharacter {
            ch: ';',
            position: 3,
        }),
        Box::new(EmailError::MissingAt),
        Box::new(EmailError::MultipleAt { count: 2 }),
        Box::new(EmailError::EmptyLocalPart),
        Box::new(EmailError::LocalPartTooLong { chars: 65 }),
        Box::new(EmailError::MisplacedDotInLocalPart),
        Box::new(EmailError::EmptyDomain),
        Box::new(EmailError::DomainWithoutDot),
        Box::new(EmailError::EmptyDomainLabel),
        Box::new(EmailError::HyphenAtLabelEdge),
        Box::new(EmailError::DomainLabelTooLong),
        Box::new(EmailError::BadTopLevelDomain),
        Box::new(EmailWarning::PossibleTypo {
            suggestion: email("an@gmail.com"),
        }),
    ];
    use sansang::catalogue::identifiers as texts;
    let fixed = [
        texts::TAX_CODE_LABEL,
        texts::TAX_CODE_HINT,
        texts::TAX_CODE_CANNOT_VERIFY,
        texts::TAX_CODE_VERIFIED,
        texts::PERSONAL_ID_LABEL,
        texts::PERSONAL_ID_HINT,
        texts::PERSONAL_ID_DECODING_NOTE,
        texts::PHONE_LABEL,
        texts::PHONE_HINT,
        texts::PHONE_OWNERSHIP_NOTE,
        texts::EMAIL_LABEL,
        texts::EMAIL_HINT,
    ];
    let sentences = values
        .iter()
        .flat_map(|value| Lang::ALL.map(|lang| value.localize(lang)))
        .chain(
            fixed
                .iter()
                .flat_map(|text| Lang::ALL.map(|lang| text.get(lang).to_owned())),
        );
    for sentence in sentences {
        wording::assert_follows_ux_md(&sentence);
    }
}
