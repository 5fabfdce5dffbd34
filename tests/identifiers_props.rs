#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the identifier parsers: no input panics (a panic in Wasm kills the page),
//! round trips, and the check-digit invariant of TT 105/2020/TT-BTC Art. 5.

use chrono::NaiveDate;
use proptest::prelude::*;
use sansang::rules::tax_code::check_digit;
use sansang::{EmailAddress, MobileNumber, PersonalId, Sex, TaxCode, TaxCodeError};

/// Runs every parser and every accessor on `input`; checks the round trip where a value parses.
fn exercise(input: &str) {
    if let Ok(code) = TaxCode::parse(input) {
        assert_eq!(TaxCode::parse(&code.to_string()), Ok(code));
        let _ = (
            code.kind(),
            code.parent(),
            code.branch_number(),
            code.warnings(),
            code.personal_id(),
        );
    }
    if let Ok(id) = PersonalId::parse(input) {
        assert_eq!(PersonalId::parse(&id.to_string()), Ok(id));
        let today = NaiveDate::from_ymd_opt(2026, 7, 25).unwrap();
        let _ = (
            id.birth_place(),
            id.birth_year(),
            id.warnings(today, Some(today), Some(Sex::Female)),
        );
    }
    if let Ok(number) = MobileNumber::parse(input) {
        assert_eq!(MobileNumber::parse(&number.to_string()), Ok(number));
        assert_eq!(MobileNumber::parse(&number.international()), Ok(number));
        let _ = (number.carrier(), number.warnings());
    }
    if let Ok(address) = EmailAddress::parse(input) {
        assert_eq!(
            EmailAddress::parse(&address.to_string()).as_ref(),
            Ok(&address)
        );
        let _ = address.warnings();
    }
}

/// Digits (ASCII and full-width) mixed with the separators the parsers forgive, and a few others.
fn digitish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => (0u8..10).prop_map(|d| char::from(b'0' + d)),
            1 => (0u32..10).prop_map(|d| char::from_u32(0xFF10 + d).unwrap()),
            2 => prop::sample::select(vec![' ', '.', '-', '(', ')', '+', '\u{2013}', '\u{00A0}', '\t', '@', 'a']),
        ],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_panic_on_any_unicode(input in any::<String>()) {
        exercise(&input);
    }

    #[test]
    fn no_panic_on_control_and_odd_characters(input in "[\\x00-\\x1f\\x7f\u{80}-\u{9f}\u{200b}\u{feff}\u{fffd}0-9@.+ -]{0,64}") {
        exercise(&input);
    }

    #[test]
    fn no_panic_on_digit_strings_with_separators(input in digitish()) {
        exercise(&input);
    }

    #[test]
    fn no_panic_on_email_like_text(input in "[a-zA-Zàễđ0-9._%+-]{0,20}@[a-zA-Z0-9.-]{0,20}(\\.[a-z]{0,4})?") {
        exercise(&input);
    }

    /// TT 105/2020/TT-BTC Art. 5: for nine digits with r ≠ 0 and a non-zero serial, exactly one
    /// 10th digit is accepted, and it is `check_digit`.
    #[test]
    fn exactly_one_check_digit_is_accepted(first_nine in prop::array::uniform9(0u8..10)) {
        let prefix: String = first_nine.iter().map(|d| char::from(b'0' + d)).collect();
        let accepted: Vec<u8> = (0..10u8)
            .filter(|d| TaxCode::parse(&format!("{prefix}{d}")).is_ok())
            .collect();
        let zero_serial = first_nine[2..].iter().all(|&d| d == 0);
        match check_digit(&first_nine) {
            None => {
                prop_assert!(accepted.is_empty());
                prop_assert_eq!(TaxCode::parse(&format!("{prefix}0")), Err(TaxCodeError::ImpossibleSerial));
            }
            Some(_) if zero_serial => prop_assert!(accepted.is_empty()),
            Some(expected) => prop_assert_eq!(accepted, vec![expected]),
        }
    }

    /// Every valid organization code parses back from its display, with or without separators, and
    /// every branch 001–999 of it is a valid dependent unit.
    #[test]
    fn tax_code_round_trip(first_nine in prop::array::uniform9(0u8..10), branch in 1u16..1000) {
        let prefix: String = first_nine.iter().map(|d| char::from(b'0' + d)).collect();
        if let (Some(check), false) = (check_digit(&first_nine), first_nine[2..].iter().all(|&d| d == 0)) {
            let code = TaxCode::parse(&format!("{prefix}{check}")).unwrap();
            prop_assert_eq!(TaxCode::parse(&code.to_string()), Ok(code));
            let spaced = format!("{} {} {}", &prefix[..4], &prefix[4..], check);
            prop_assert_eq!(TaxCode::parse(&spaced), Ok(code));
            let unit = TaxCode::parse(&format!("{prefix}{check}-{branch:03}")).unwrap();
            prop_assert_eq!(unit.parent(), Some(code));
            prop_assert_eq!(unit.branch_number(), Some(branch));
            prop_assert_eq!(TaxCode::parse(&unit.to_string()), Ok(unit));
            prop_assert_eq!(TaxCode::parse(&format!("{prefix}{check}{branch:03}")), Ok(unit));
        }
    }

    /// Two tax codes share their packed number only when they are the same code: an
    /// organization, its branches and a personal ID written with the same digits stay apart
    /// (the bulk check finds duplicates by it).
    #[test]
    fn packed_tax_codes_differ_when_codes_differ(
        a in prop::array::uniform9(0u8..10),
        b in prop::array::uniform9(0u8..10),
        branch in 1u16..1000,
        id_tail in "[0-9]{2}",
    ) {
        let mut codes = Vec::new();
        for first_nine in [a, b] {
            let prefix: String = first_nine.iter().map(|d| char::from(b'0' + d)).collect();
            if let Some(check) = check_digit(&first_nine) {
                codes.extend(TaxCode::parse(&format!("{prefix}{check}")));
                codes.extend(TaxCode::parse(&format!("{prefix}{check}-{branch:03}")));
                codes.extend(TaxCode::parse(&format!("{prefix}{check}-001")));
                codes.extend(TaxCode::parse(&format!("{prefix}{check}{id_tail}")));
                codes.extend(TaxCode::parse(&format!("{prefix}{check}00")));
            }
        }
        for x in &codes {
            for y in &codes {
                prop_assert_eq!(x.packed() == y.packed(), x == y, "{} {}", x, y);
            }
        }
    }

    /// Any 12 digits are a personal ID; display round-trips.
    #[test]
    fn personal_id_round_trip(digits in "[0-9]{12}") {
        let id = PersonalId::parse(&digits).unwrap();
        prop_assert_eq!(id.to_string(), digits.clone());
        prop_assert_eq!(PersonalId::parse(&id.to_string()), Ok(id));
        prop_assert!((1900..=2399).contains(&id.birth_year()));
    }

    /// Any valid mobile number reformatted with +84, 84, 0084, spaces, dots or dashes parses to the
    /// same number (docs/writing.md "Forgive formatting").
    #[test]
    fn phone_reformatting_keeps_the_number(
        prefix in prop::sample::select(vec!["30", "32", "38", "51", "56", "58", "59", "70", "79", "81", "86", "88", "90", "91", "96", "98"]),
        rest in "[0-9]{7}",
        style in 0usize..7,
    ) {
        let national = format!("0{prefix}{rest}");
        let number = MobileNumber::parse(&national).unwrap();
        let subscriber = &national[1..];
        let reformatted = match style {
            0 => format!("+84{subscriber}"),
            1 => format!("+84 {} {} {}", &subscriber[..3], &subscriber[3..6], &subscriber[6..]),
            2 => format!("84{subscriber}"),
            3 => format!("0084 {subscriber}"),
            4 => format!("{}.{}.{}", &national[..4], &national[4..7], &national[7..]),
            5 => format!("({}) {}-{}", &national[..3], &national[3..6], &national[6..]),
            _ => format!("+84 (0) {subscriber}"),
        };
        prop_assert_eq!(MobileNumber::parse(&reformatted), Ok(number));
        prop_assert_eq!(number.to_string(), national);
        prop_assert!(number.warnings().is_empty());
    }

    /// A parsed email keeps its local part, lower-cases its domain, and parses back to itself.
    #[test]
    fn email_round_trip(local in "[a-zA-Z0-9_+-]{1,10}(\\.[a-zA-Z0-9_+-]{1,10})?", domain in "[a-zA-Z0-9]{1,10}\\.[a-zA-Z]{2,6}") {
        let address = EmailAddress::parse(&format!("{local}@{domain}")).unwrap();
        prop_assert_eq!(address.local_part(), local.as_str());
        prop_assert_eq!(address.domain(), domain.to_ascii_lowercase());
        prop_assert_eq!(EmailAddress::parse(&address.to_string()), Ok(address));
    }
}

#[test]
fn huge_inputs_are_rejected_quickly() {
    // 1 MB of each kind of content: the parsers must answer at once, without panicking.
    let megabyte = 1 << 20;
    let inputs = [
        "0".repeat(megabyte),
        "9".repeat(megabyte),
        " ".repeat(megabyte) + "0100109106",
        "\u{FF10}".repeat(megabyte / 3),
        "ễ".repeat(megabyte / 3),
        "a".repeat(megabyte) + "@gmail.com",
        "@".repeat(megabyte),
        "\u{0}".repeat(megabyte),
    ];
    let start = std::time::Instant::now();
    for input in &inputs {
        exercise(input);
    }
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    assert_eq!(TaxCode::parse(&inputs[0]), Err(TaxCodeError::TooLong));
    // Leading white space is trimmed before the length check.
    assert!(TaxCode::parse(&inputs[2]).is_ok());
}
