#![cfg(not(target_arch = "wasm32"))]
//! Vietnamese and English number parsing and formatting.
//!
//! Figures come from the campaign documents summarised in docs/rules.md §4: Huế 7218/UBND-TĐKT
//! (9/6/2025), Kiên Giang 374/KH-UBND (25/12/2024), Hưng Yên (10/2025).

use proptest::prelude::*;
use sansang::catalogue::{Lang, Localized};
use sansang::rules::number::{
    NumberError, NumberStyle, NumberWarning, ParsedCount, Percent, PercentError, Rounding,
    format_decimal, format_int, format_percent, format_scaled, parse_count, parse_count_detailed,
    parse_percent, parse_percent_at_most,
};

const VI: NumberStyle = NumberStyle::Vietnamese;
const EN: NumberStyle = NumberStyle::English;

#[test]
fn counts_from_the_documents() {
    // (input, value, source)
    let cases = [
        (
            "1.309",
            1_309,
            "Huế: 1.309 enterprises — a dot groups thousands (docs/rules.md §4)",
        ),
        ("8.630", 8_630, "Huế: 8.630 enterprises and cooperatives"),
        ("2.129.289", 2_129_289, "Hưng Yên: records of citizens ≥ 14"),
        ("1.933.164", 1_933_164, "Hưng Yên: accounts granted"),
        ("11.589", 11_589, "Kiên Giang: enterprises"),
        ("530", 530, "Kiên Giang: cooperatives"),
        ("2129289", 2_129_289, "no separators"),
        ("2 129 289", 2_129_289, "spaces"),
        (
            "2\u{00A0}129\u{00A0}289",
            2_129_289,
            "no-break spaces (copied from a document)",
        ),
        (
            "2\u{202F}129\u{202F}289",
            2_129_289,
            "narrow no-break spaces",
        ),
        ("２.１２９.２８９", 2_129_289, "full-width digits"),
        (
            "  436.500 ",
            436_500,
            "Hưng Yên (4/2026): children 6–<14, trimmed",
        ),
        (
            "1.309,00",
            1_309,
            "spreadsheet export with a zero decimal part",
        ),
        ("1,309.00", 1_309, "English spreadsheet export"),
        ("1 000,0", 1_000, "spaces and a zero decimal"),
        ("0", 0, "zero"),
        ("007", 7, "leading zeros without grouping"),
        ("18.446.744.073.709.551.615", u64::MAX, "largest count"),
    ];
    for (input, value, source) in cases {
        assert_eq!(parse_count(input), Ok(value), "{source}");
    }
}

#[test]
fn english_thousands_are_read_with_a_warning() {
    let detailed = parse_count_detailed("2,129,289").unwrap();
    assert_eq!(
        detailed,
        ParsedCount {
            value: 2_129_289,
            warning: Some(NumberWarning::CommaReadAsThousands { value: 2_129_289 })
        }
    );
    assert_eq!(parse_count_detailed("1.309").unwrap().warning, None);
    assert_eq!(
        parse_count_detailed("1,234.00").unwrap().warning,
        None,
        "unambiguous English"
    );
    let warning = NumberWarning::CommaReadAsThousands { value: 2_129_289 };
    assert_eq!(
        warning.localize(Lang::Vi),
        "Kiểm tra lại: dấu phẩy được hiểu là dấu tách hàng nghìn, nên số đã nhập là 2.129.289"
    );
    assert_eq!(
        warning.localize(Lang::En),
        "Check this: the commas were read as thousands separators, so the number is 2,129,289"
    );
}

#[test]
fn bad_counts() {
    // (input, error, why)
    let cases = [
        ("", NumberError::Empty, "empty"),
        ("   ", NumberError::Empty, "spaces only"),
        (
            "12a",
            NumberError::UnexpectedCharacter { ch: 'a' },
            "a letter",
        ),
        (
            "5%",
            NumberError::UnexpectedCharacter { ch: '%' },
            "a percentage is not a count",
        ),
        ("-5", NumberError::Negative, "minus"),
        ("− 5", NumberError::Negative, "Unicode minus and a space"),
        (
            "-",
            NumberError::UnexpectedCharacter { ch: '-' },
            "a lone dash",
        ),
        (
            "18446744073709551616",
            NumberError::TooLarge,
            "u64::MAX + 1",
        ),
        ("1,5", NumberError::NotWholeNumber, "Vietnamese decimal"),
        (
            "0,309",
            NumberError::NotWholeNumber,
            "a leading 0 cannot start a thousands group",
        ),
        (
            "1.309,25",
            NumberError::NotWholeNumber,
            "Vietnamese decimal with grouping",
        ),
        (
            "1 000,5",
            NumberError::NotWholeNumber,
            "spaces group, comma is decimal",
        ),
        (
            "1.30.9",
            NumberError::MisplacedSeparator { ch: '.' },
            "task brief: misplaced group",
        ),
        (
            "12.34",
            NumberError::MisplacedSeparator { ch: '.' },
            "a dot always groups thousands",
        ),
        (
            "1.3090",
            NumberError::MisplacedSeparator { ch: '.' },
            "group of 4",
        ),
        (
            "1234.567",
            NumberError::MisplacedSeparator { ch: '.' },
            "first group of 4",
        ),
        (
            "1..000",
            NumberError::MisplacedSeparator { ch: '.' },
            "doubled dot",
        ),
        (
            ".5",
            NumberError::MisplacedSeparator { ch: '.' },
            "leading separator",
        ),
        (
            "1.000.",
            NumberError::MisplacedSeparator { ch: '.' },
            "trailing separator",
        ),
        (
            "1. 000",
            NumberError::MisplacedSeparator { ch: '.' },
            "dot then space",
        ),
        (
            "1,234,5",
            NumberError::MisplacedSeparator { ch: ',' },
            "commas, last group of 1",
        ),
        (
            "1.234,567.8",
            NumberError::MisplacedSeparator { ch: '.' },
            "two decimal marks",
        ),
        (
            "1 000.000",
            NumberError::MisplacedSeparator { ch: '.' },
            "two grouping styles",
        ),
        (
            "1 000,000,0",
            NumberError::MisplacedSeparator { ch: ',' },
            "mixed",
        ),
    ];
    for (input, error, why) in cases {
        assert_eq!(parse_count(input), Err(error), "{input:?}: {why}");
    }
    assert_eq!(
        parse_count(&"1".repeat(65)),
        Err(NumberError::TooLong { max: 64 })
    );
}

#[test]
fn formatting_integers() {
    let cases = [
        (0, "0", "0"),
        (999, "999", "999"),
        (1_309, "1.309", "1,309"),
        (2_129_289, "2.129.289", "2,129,289"),
        (
            u64::MAX,
            "18.446.744.073.709.551.615",
            "18,446,744,073,709,551,615",
        ),
    ];
    for (n, vi, en) in cases {
        assert_eq!(format_int(n, VI), vi);
        assert_eq!(format_int(n, EN), en);
    }
    assert_eq!(Lang::Vi.number_style(), VI);
    assert_eq!(Lang::En.number_style(), EN);
}

#[test]
fn percentages_from_the_documents() {
    // (numerator, denominator, decimals, Vietnamese, English, source)
    let cases = [
        (
            1_309,
            8_630,
            2,
            "15,17\u{a0}%",
            "15.17%",
            "Huế: 1.309 / 8.630 = 15,17 %",
        ),
        (
            12_420,
            19_671,
            1,
            "63,1\u{a0}%",
            "63.1%",
            "Hưng Yên: 12.420 / 19.671 (docs/writing.md: 63,1 %)",
        ),
        (
            12_420,
            19_671,
            2,
            "63,14\u{a0}%",
            "63.14%",
            "same, 2 decimals",
        ),
        (12_420, 19_671, 0, "63\u{a0}%", "63%", "Hưng Yên wrote 63 %"),
        (
            6_904,
            8_630,
            2,
            "80,00\u{a0}%",
            "80.00%",
            "Huế target 6.904 = 80 % of 8.630",
        ),
        (0, 8_630, 1, "0,0\u{a0}%", "0.0%", "nothing done yet"),
        (1, 8, 2, "12,50\u{a0}%", "12.50%", "exact"),
        (1, 6, 2, "16,67\u{a0}%", "16.67%", "16,666… rounds up"),
        (1, 200, 0, "1\u{a0}%", "1%", "0,5 % rounds half up to 1 %"),
        (
            3,
            8,
            1,
            "37,5\u{a0}%",
            "37.5%",
            "exact half at 2 decimals is kept with 1",
        ),
        (3, 800, 2, "0,38\u{a0}%", "0.38%", "0,375 % rounds half up"),
        (
            2_129_289,
            2_129_289,
            2,
            "100,00\u{a0}%",
            "100.00%",
            "all done",
        ),
        (
            u64::MAX,
            1,
            0,
            "1.844.674.407.370.955.161.500\u{a0}%",
            "1,844,674,407,370,955,161,500%",
            "no overflow",
        ),
    ];
    for (num, den, decimals, vi, en, source) in cases {
        assert_eq!(
            format_percent(num, den, decimals, VI).as_deref(),
            Some(vi),
            "{source}"
        );
        assert_eq!(
            format_percent(num, den, decimals, EN).as_deref(),
            Some(en),
            "{source}"
        );
    }
    assert_eq!(format_percent(1, 0, 2, VI), None, "no base, no percentage");
}

/// Hưng Yên (10/2025): 2.129.289 records = 76,93 % of citizens aged 14 and over. The document does
/// not give the base; the bases that give 76,93 % with half-up rounding are exactly
/// 2.767.647..=2.768.006 (bounds computed by hand: 2.129.289 / 0,769 35 and / 0,769 25).
#[test]
fn hưng_yên_76_93_percent_is_reproducible() {
    let show = |base| format_percent(2_129_289, base, 2, VI).unwrap();
    assert_eq!(show(2_767_647), "76,93\u{a0}%");
    assert_eq!(show(2_768_006), "76,93\u{a0}%");
    assert_eq!(show(2_767_646), "76,94\u{a0}%");
    assert_eq!(show(2_768_007), "76,92\u{a0}%");
    assert_eq!(
        format_percent(2_129_289, 2_767_800, 2, EN).unwrap(),
        "76.93%"
    );
}

#[test]
fn shares_and_targets() {
    // (percent, total, rounding, expected, source)
    let cases = [
        (
            Percent::whole(80),
            8_630,
            Rounding::HalfUp,
            6_904,
            "Huế: 80 % of 8.630 = 6.904",
        ),
        (
            Percent::whole(80),
            8_630,
            Rounding::Down,
            6_904,
            "exact, any rounding",
        ),
        (
            Percent::whole(81),
            11_589,
            Rounding::HalfUp,
            9_387,
            "Kiên Giang: 9.387,09 → 9.387",
        ),
        (
            Percent::whole(81),
            530,
            Rounding::HalfUp,
            429,
            "Kiên Giang: 429,3 → 429 (nearest)",
        ),
        (
            Percent::whole(81),
            530,
            Rounding::Up,
            430,
            "Kiên Giang published 430",
        ),
        (
            Percent::whole(81),
            1_748,
            Rounding::HalfUp,
            1_416,
            "Kiên Giang: 1.415,88 → 1.416",
        ),
        (
            Percent::whole(50),
            3,
            Rounding::HalfUp,
            2,
            "1,5 rounds half up",
        ),
        (
            Percent::from_hundredths(7_693),
            10_000,
            Rounding::Down,
            7_693,
            "76,93 %",
        ),
    ];
    for (percent, total, rounding, expected, source) in cases {
        assert_eq!(percent.of(total, rounding), expected, "{source}");
    }
    // Remaining for Huế: 6.904 − 1.309 = 5.595 (docs/rules.md §4).
    assert_eq!(
        Percent::whole(80).of(8_630, Rounding::HalfUp) - 1_309,
        5_595
    );
    assert_eq!(
        Percent::MAX.of(u64::MAX, Rounding::Up),
        u64::MAX,
        "saturates"
    );
}

#[test]
fn rates_and_fixed_point() {
    assert_eq!(format_decimal(5_595, 21, 1, VI).as_deref(), Some("266,4"));
    assert_eq!(format_decimal(5_595, 21, 1, EN).as_deref(), Some("266.4"));
    assert_eq!(
        format_decimal(2_470, 20, 1, VI).as_deref(),
        Some("123,5"),
        "123,5 per day"
    );
    assert_eq!(
        format_decimal(1_234_567, 1, 0, VI).as_deref(),
        Some("1.234.567")
    );
    assert_eq!(
        format_decimal(1, 3, 9, VI).as_deref(),
        Some("0,333333"),
        "capped at 6 decimals"
    );
    assert_eq!(format_decimal(1, 0, 1, VI), None);
    assert_eq!(format_scaled(12_345, 1, EN), "1,234.5");
    assert_eq!(format_scaled(7_693, 2, VI), "76,93");
}

#[test]
fn parsing_percentages() {
    // (input, hundredths of a percent, source)
    let cases = [
        ("80", 8_000, "Huế target ≥ 80 %"),
        ("80%", 8_000, "with sign"),
        ("80 %", 8_000, "with a space"),
        (
            "80\u{a0}%",
            8_000,
            "with a no-break space (the product's own format)",
        ),
        ("76,93%", 7_693, "Hưng Yên, Vietnamese decimal comma"),
        (
            "76.93",
            7_693,
            "pasted from English: a dot in a percentage is a decimal point",
        ),
        ("76,930", 7_693, "trailing zero beyond two decimals"),
        ("0,5", 50, "half a percent"),
        ("100", 10_000, "upper bound"),
        ("０８１", 8_100, "Kiên Giang quota 81 %, full-width"),
        ("15,17 ％", 1_517, "full-width percent sign"),
    ];
    for (input, hundredths, source) in cases {
        assert_eq!(
            parse_percent(input),
            Ok(Percent::from_hundredths(hundredths)),
            "{source}"
        );
    }
    let bad = [
        ("", PercentError::Empty),
        ("%", PercentError::Empty),
        (
            "80 phần trăm",
            PercentError::UnexpectedCharacter { ch: 'p' },
        ),
        ("7 6", PercentError::UnexpectedCharacter { ch: ' ' }),
        ("-5", PercentError::Negative),
        ("76,9,3", PercentError::MisplacedSeparator { ch: ',' }),
        ("80,", PercentError::MisplacedSeparator { ch: ',' }),
        (",5", PercentError::MisplacedSeparator { ch: ',' }),
        ("76,934", PercentError::TooManyDecimals { max: 2 }),
        (
            "120",
            PercentError::AboveMaximum {
                max: Percent::HUNDRED,
            },
        ),
        (
            "100,01",
            PercentError::AboveMaximum {
                max: Percent::HUNDRED,
            },
        ),
        (
            "99999999999",
            PercentError::AboveMaximum {
                max: Percent::HUNDRED,
            },
        ),
    ];
    for (input, error) in bad {
        assert_eq!(parse_percent(input), Err(error), "{input:?}");
    }
    assert_eq!(
        parse_percent_at_most("120", Percent::MAX),
        Ok(Percent::whole(120))
    );
}

#[test]
fn percent_display_is_canonical() {
    let cases = [
        (8_000, "80\u{a0}%", "80%"),
        (7_690, "76,9\u{a0}%", "76.9%"),
        (7_693, "76,93\u{a0}%", "76.93%"),
        (5, "0,05\u{a0}%", "0.05%"),
    ];
    for (hundredths, vi, en) in cases {
        let p = Percent::from_hundredths(hundredths);
        assert_eq!(p.to_string(), vi);
        assert_eq!(p.format(EN), en);
        assert_eq!(parse_percent_at_most(&p.to_string(), Percent::MAX), Ok(p));
        assert_eq!(parse_percent_at_most(&p.format(EN), Percent::MAX), Ok(p));
    }
}

#[test]
fn number_messages_in_both_languages() {
    let cases: [(&dyn Localized, &str, &str); 7] = [
        (&NumberError::Empty, "Nhập một số", "Enter a number"),
        (
            &NumberError::MisplacedSeparator { ch: '.' },
            "Dấu chấm đặt sai chỗ: tách hàng nghìn theo từng nhóm 3 chữ số, ví dụ 2.129.289, hoặc \
             bỏ hết dấu tách",
            "The dot is in the wrong place: group digits in threes, for example 2,129,289, or \
             leave the separators out",
        ),
        (
            &NumberError::UnexpectedCharacter { ch: 'a' },
            "Xoá “a”: chỉ nhập chữ số, có thể tách hàng nghìn bằng dấu chấm, ví dụ 2.129.289",
            "Remove “a”: enter digits only, grouped in thousands if you like, for example \
             2,129,289",
        ),
        (
            &NumberError::NotWholeNumber,
            "Nhập số nguyên, không có phần thập phân sau dấu phẩy",
            "Enter a whole number, without decimals",
        ),
        (
            &NumberError::Negative,
            "Nhập số từ 0 trở lên",
            "Enter a number of 0 or more",
        ),
        (
            &PercentError::AboveMaximum {
                max: Percent::HUNDRED,
            },
            "Nhập tỷ lệ từ 0 đến 100\u{a0}%",
            "Enter a percentage from 0 to 100%",
        ),
        (
            &PercentError::TooManyDecimals { max: 2 },
            "Chỉ nhập tối đa 2 chữ số sau dấu phẩy, ví dụ 76,93",
            "Enter at most 2 decimal places, for example 76.93",
        ),
    ];
    for (message, vi, en) in cases {
        assert_eq!(message.localize(Lang::Vi), vi);
        assert_eq!(message.localize(Lang::En), en);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn count_round_trips_in_both_styles(n in any::<u64>()) {
        prop_assert_eq!(parse_count(&format_int(n, VI)), Ok(n));
        prop_assert_eq!(parse_count(&format_int(n, EN)), Ok(n));
        prop_assert_eq!(parse_count(&n.to_string()), Ok(n));
    }

    #[test]
    fn small_counts_round_trip(n in 0u64..100_000_000) {
        prop_assert_eq!(parse_count(&format_int(n, VI)), Ok(n));
        prop_assert_eq!(parse_count(&format_int(n, EN)), Ok(n));
    }

    #[test]
    fn percent_round_trips(h in 0u32..=10_000) {
        let p = Percent::from_hundredths(h);
        prop_assert_eq!(parse_percent(&p.to_string()), Ok(p));
        prop_assert_eq!(parse_percent(&p.format(EN)), Ok(p));
    }

    #[test]
    fn formatted_percent_is_within_half_a_unit(num in 0u64..10_000_000, den in 1u64..10_000_000) {
        // 2 decimals: the printed hundredths h satisfy |h/10000 − num/den| ≤ 1/20000.
        let s = format_percent(num, den, 2, EN).unwrap();
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        let h: u128 = digits.parse().unwrap();
        let (num, den) = (u128::from(num), u128::from(den));
        prop_assert!(2 * h * den + den >= 2 * num * 10_000);
        prop_assert!(2 * h * den < 2 * num * 10_000 + den);
    }

    #[test]
    fn parsers_never_panic(s in any::<String>()) {
        let _ = parse_count(&s);
        let _ = parse_count_detailed(&s);
        let _ = parse_percent(&s);
        let _ = parse_percent_at_most(&s, Percent::MAX);
    }

    #[test]
    fn number_like_strings_never_panic(s in "[0-9０-９.,  \u{a0}%\\-−]{0,40}") {
        if let Ok(n) = parse_count(&s) {
            prop_assert_eq!(parse_count(&format_int(n, VI)), Ok(n));
        }
        if let Ok(p) = parse_percent(&s) {
            prop_assert!(p <= Percent::HUNDRED);
        }
    }
}

#[test]
fn huge_inputs_are_rejected_early() {
    let megabyte = "9".repeat(1 << 20);
    assert_eq!(
        parse_count(&megabyte),
        Err(NumberError::TooLong { max: 64 })
    );
    assert_eq!(
        parse_percent(&megabyte),
        Err(PercentError::TooLong { max: 32 })
    );
    let control = "\u{0}\u{1}\u{7f}".repeat(1000);
    assert!(parse_count(&control).is_err());
}
