#![cfg(not(target_arch = "wasm32"))]
//! Delimited text: decoding, delimiter detection, RFC 4180 reading with spreadsheet row numbers,
//! header mapping, yes/no cells and CSV writing for Excel.

use std::borrow::Cow;

use proptest::prelude::*;
use sansang::catalogue::{Lang, Localized, data_files};
use sansang::rules::delimited::{
    self, ColumnSpec, Confidence, CsvOptions, Delimiter, Encoding, InvalidText, ReadError,
    ReadWarning, Reader, parse_table, parse_yes_no, write_csv,
};

fn fields(text: &str, delimiter: Delimiter) -> Vec<Vec<String>> {
    Reader::new(text, delimiter)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect()
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let units = bom
        .then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for unit in units {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

#[test]
fn decodes_utf8_with_and_without_bom() {
    let plain = delimited::decode("Họ tên,Lớp\n".as_bytes()).unwrap();
    assert_eq!((plain.encoding, plain.invalid), (Encoding::Utf8, None));
    assert!(matches!(plain.text, Cow::Borrowed("Họ tên,Lớp\n")));
    // Excel's "CSV UTF-8" starts with EF BB BF.
    let with_bom = delimited::decode(b"\xEF\xBB\xBFH\xE1\xBB\x8D,L\n").unwrap();
    assert_eq!(
        (with_bom.encoding, with_bom.text.as_ref()),
        (Encoding::Utf8Bom, "Họ,L\n")
    );
}

#[test]
fn decodes_excel_unicode_text() {
    // Excel's "Unicode Text (*.txt)": UTF-16 LE with BOM, tab-separated, CRLF.
    let text = "Họ và tên\tLớp\r\nNguyễn Văn An\t5A\r\n";
    let bytes = utf16(text, true, true);
    let decoded = delimited::decode(&bytes).unwrap();
    assert_eq!(
        (decoded.encoding, decoded.text.as_ref(), decoded.invalid),
        (Encoding::Utf16Le, text, None)
    );
    let table = decoded.table();
    assert_eq!(table.delimiter.delimiter, Delimiter::Tab);
    assert_eq!(table.header, ["Họ và tên", "Lớp"]);
    assert_eq!(table.cell(0, 0), "Nguyễn Văn An");

    let bytes = utf16(text, false, true);
    let big_endian = delimited::decode(&bytes).unwrap();
    assert_eq!(
        (big_endian.encoding, big_endian.text.as_ref()),
        (Encoding::Utf16Be, text)
    );
    // Without BOM the zero bytes give it away.
    let bytes = utf16(text, true, false);
    let bomless = delimited::decode(&bytes).unwrap();
    assert_eq!(
        (bomless.encoding, bomless.text.as_ref()),
        (Encoding::Utf16Le, text)
    );
}

#[test]
fn damaged_utf16_is_replaced_and_counted() {
    // An unpaired surrogate on line 2 and an odd trailing byte.
    let mut bytes = utf16("a\r\nb", true, true);
    bytes.extend([0x00, 0xD8]); // lone high surrogate D800
    bytes.push(0x41);
    let decoded = delimited::decode(&bytes).unwrap();
    assert_eq!(decoded.text, "a\r\nb\u{FFFD}\u{FFFD}");
    assert_eq!(
        decoded.invalid,
        Some(InvalidText {
            replaced: 2,
            first_line: 2
        })
    );
}

#[test]
fn legacy_code_page_is_read_lossily_and_reported_per_row() {
    // "Tên,Lớp" then rows in Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows):
    // ê = 0xEA, ớ is not one byte there; rows 3 and 5 have such bytes.
    let bytes = b"Ten,Lop\nAn,5A\nTr\xEAn,5B\nBinh,5C\n\xD0\xF4ng,5D\n";
    let decoded = delimited::decode(bytes).unwrap();
    assert_eq!(
        decoded.invalid,
        Some(InvalidText {
            replaced: 3,
            first_line: 3
        })
    );
    assert_eq!(
        decoded.text,
        "Ten,Lop\nAn,5A\nTr\u{FFFD}n,5B\nBinh,5C\n\u{FFFD}\u{FFFD}ng,5D\n"
    );
    let table = decoded.table();
    assert_eq!(
        table.warnings,
        [ReadWarning::NotUtf8 {
            replaced: 3,
            rows: 2,
            first_row: 3
        }]
    );
    assert_eq!(table.rows.len(), 4);
}

/// Found by fuzzing: a file that is not UTF-8 and already has the most warnings a table keeps
/// got one more (the encoding warning, put first). The list stays capped; the last is counted.
#[test]
fn encoding_warning_keeps_the_warning_cap() {
    let mut bytes = b"Ten,Lop\n".to_vec();
    for row in 0..(delimited::MAX_WARNINGS + 5) {
        bytes.extend_from_slice(format!("An{row},5A,extra\n").as_bytes());
    }
    bytes.extend_from_slice(b"Tr\xe1n,5B\n");
    let decoded = delimited::decode(&bytes).unwrap();
    let table = decoded.table();
    assert_eq!(table.warnings.len(), delimited::MAX_WARNINGS);
    assert!(matches!(
        table.warnings[0],
        ReadWarning::NotUtf8 { rows: 1, .. }
    ));
    assert_eq!(table.warnings_omitted, 6);
}

#[test]
fn too_large_input_is_refused() {
    let bytes = vec![b'a'; delimited::MAX_INPUT_BYTES + 1];
    assert_eq!(
        delimited::decode(&bytes).unwrap_err(),
        ReadError::TooLarge {
            bytes: delimited::MAX_INPUT_BYTES + 1,
            max: delimited::MAX_INPUT_BYTES
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Delimiter detection
// ---------------------------------------------------------------------------------------------

#[test]
fn detects_the_delimiter() {
    // (text, delimiter, columns, confident): shapes of files the tools receive.
    let cases = [
        (
            "Mã số thuế,Tên\n0100109106,Viettel\n0314409058-002,Chi nhánh\n",
            Delimiter::Comma,
            2,
            true,
        ),
        // Vietnamese Excel writes ';' because ',' is the decimal separator.
        (
            "Xã;Tỷ lệ;Đã cấp\nBa Đình;76,93;1.234\nNgọc Hà;15,17;56\n",
            Delimiter::Semicolon,
            3,
            true,
        ),
        // A paste from a spreadsheet: tabs, commas inside cells.
        (
            "Họ tên\tĐịa chỉ\nAn\t12 Lê Lợi, Huế\nBình\tHà Nội\n",
            Delimiter::Tab,
            2,
            true,
        ),
        ("a|b|c\n1|2|3\n", Delimiter::Pipe, 3, true),
        // Commas inside quotes do not count.
        (
            "Tên;Địa chỉ\n\"Công ty A, B\";\"1, 2, 3\"\nC;D\n",
            Delimiter::Semicolon,
            2,
            true,
        ),
        // A single column of names (with a comma in one) stays whole.
        (
            "Họ tên\nNguyễn Văn An\nTrần, Bình\n",
            Delimiter::Tab,
            1,
            true,
        ),
        // Inconsistent: the header has 3 cells, the rows 2.
        ("a,b,c\n1,2\n3,4\n5,6\n", Delimiter::Comma, 2, false),
    ];
    for (text, delimiter, columns, confident) in cases {
        let detection = delimited::detect_delimiter(text);
        assert_eq!(
            (detection.delimiter, detection.columns, detection.confident),
            (delimiter, columns, confident),
            "{text:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// RFC 4180 reading
// ---------------------------------------------------------------------------------------------

#[test]
fn reads_rfc_4180_quoting() {
    // RFC 4180 §2: quoted fields, doubled quotes, delimiters and line breaks inside quotes.
    let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",\"\",x\r\n";
    assert_eq!(
        fields(text, Delimiter::Comma),
        [vec!["a", "b,c", "say \"hi\""], vec!["multi\nline", "", "x"]]
    );
    let records: Vec<_> = Reader::new(text, Delimiter::Comma).collect();
    // Only the field that needed unquoting allocates.
    assert!(matches!(records[0].fields[0], Cow::Borrowed("a")));
    assert!(matches!(records[0].fields[1], Cow::Borrowed("b,c")));
    assert!(matches!(records[0].fields[2], Cow::Owned(_)));
}

#[test]
fn reads_every_line_ending() {
    for text in ["a,b\r\nc,d\r\n", "a,b\nc,d\n", "a,b\rc,d\r", "a,b\nc,d"] {
        assert_eq!(
            fields(text, Delimiter::Comma),
            [["a", "b"], ["c", "d"]],
            "{text:?}"
        );
    }
    // Empty fields at the ends of a line are fields.
    assert_eq!(fields(",a,\n", Delimiter::Comma), [["", "a", ""]]);
    assert!(fields("", Delimiter::Comma).is_empty());
    assert!(fields("\n\r\n", Delimiter::Comma).is_empty());
}

#[test]
fn row_numbers_are_spreadsheet_rows() {
    // Row 1 header; row 2 has a cell over 3 lines (still one row); row 3 blank; row 4 data.
    let text = "Tên,Ghi chú\nAn,\"dòng 1\ndòng 2\ndòng 3\"\n\nBình,x\n";
    let records: Vec<_> = Reader::new(text, Delimiter::Comma).collect();
    let numbers: Vec<(usize, usize)> = records.iter().map(|r| (r.row, r.line)).collect();
    assert_eq!(numbers, [(1, 1), (2, 2), (4, 6)]);
}

#[test]
fn ragged_rows_are_reported_not_fatal() {
    let table = parse_table("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n,,\n13,14,15\n");
    assert_eq!(
        table.warnings,
        [
            ReadWarning::RaggedRow {
                row: 3,
                expected: 3,
                found: 2
            },
            ReadWarning::RaggedRow {
                row: 4,
                expected: 3,
                found: 4
            },
        ]
    );
    // ",," is a blank row: dropped; trailing empty cells are not a mismatch.
    assert_eq!(table.rows.len(), 5);
    assert_eq!(table.rows.last().map(|r| r.row), Some(7));
    assert_eq!(table.cell(1, 2), "");
}

#[test]
fn unterminated_quote_is_reported_and_the_rest_still_read() {
    let text = "Tên,Ghi chú\nAn,\"chưa đóng\nBình,ok\nChi,\"đúng\"\n";
    let table = parse_table(text);
    assert_eq!(
        table.warnings,
        [ReadWarning::UnterminatedQuote { row: 2, line: 2 }]
    );
    let rows: Vec<Vec<&str>> = table
        .rows
        .iter()
        .map(|r| r.fields.iter().map(|f| f.as_ref()).collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec!["An", "\"chưa đóng"],
            vec!["Bình", "ok"],
            vec!["Chi", "đúng"]
        ]
    );
    assert_eq!(table.rows[2].row, 4);
}

#[test]
fn text_after_a_closing_quote_is_kept_with_a_warning() {
    let table = parse_table("a,b\n\"12\" ống,x\n");
    assert_eq!(table.cell(0, 0), "12 ống");
    assert_eq!(
        table.warnings,
        [ReadWarning::TextAfterClosingQuote { row: 2, line: 2 }]
    );
    // A quote inside an unquoted field is a plain character (Excel reads it so).
    assert_eq!(
        fields("ống 12\",x\n", Delimiter::Comma),
        [["ống 12\"", "x"]]
    );
}

#[test]
fn warnings_are_capped() {
    let mut text = String::from("a,b\n");
    for _ in 0..250 {
        text.push_str("1,2,3\n");
    }
    let table = parse_table(&text);
    assert_eq!(
        (table.warnings.len(), table.warnings_omitted),
        (delimited::MAX_WARNINGS, 150)
    );
}

#[test]
fn header_may_follow_blank_lines() {
    let table = parse_table("\n\nMST;Tên\n0100109106;Viettel\n");
    assert_eq!((table.header_row, table.rows[0].row), (3, 4));
    assert_eq!(table.header, ["MST", "Tên"]);
}

// ---------------------------------------------------------------------------------------------
// Header matching
// ---------------------------------------------------------------------------------------------

/// Columns in the shape a tool would define them (the tools own the real lists).
const SPECS: [ColumnSpec; 3] = [
    ColumnSpec {
        key: "tax_code",
        names: &[
            "Mã số thuế",
            "MST",
            "Mã số doanh nghiệp",
            "Tax code",
            "Tax ID",
        ],
    },
    ColumnSpec {
        key: "full_name",
        names: &["Họ và tên", "Họ tên", "Full name", "Name"],
    },
    ColumnSpec {
        key: "birth_date",
        names: &["Ngày sinh", "Date of birth", "DOB", "Birth date"],
    },
];

fn mapping(headers: &[&str]) -> Vec<(Option<usize>, Confidence)> {
    delimited::match_headers(headers, &SPECS)
        .columns
        .iter()
        .map(|c| (c.column, c.confidence))
        .collect()
}

#[test]
fn headers_match_with_folding() {
    use Confidence::*;
    type Expected = [(Option<usize>, Confidence); 3];
    let cases: [(&[&str], Expected); 7] = [
        (
            &["Mã số thuế", "Họ và tên", "Ngày sinh"],
            [(Some(0), Exact), (Some(1), Exact), (Some(2), Exact)],
        ),
        (
            &["ma so thue", "HỌ TÊN", "DOB"],
            [(Some(0), Synonym), (Some(1), Synonym), (Some(2), Synonym)],
        ),
        (
            &["tax_id", "Full Name", "Date of Birth"],
            [(Some(0), Synonym), (Some(1), Synonym), (Some(2), Synonym)],
        ),
        (
            &["MST (*)", "Họ tên:", "ngay_sinh"],
            [(Some(0), Synonym), (Some(1), Synonym), (Some(2), Synonym)],
        ),
        // A typo, and a longer header containing a synonym: unsure.
        (
            &["Ma so thu", "Họ và tên học sinh", "STT"],
            [(Some(0), Unsure), (Some(1), Unsure), (None, Missing)],
        ),
        // Two columns fit "full name" equally: the first is taken, unsure.
        (
            &["Họ tên", "Họ tên", "Ngày sinh"],
            [(None, Missing), (Some(0), Unsure), (Some(2), Exact)],
        ),
        (&[], [(None, Missing), (None, Missing), (None, Missing)]),
    ];
    for (headers, expected) in cases {
        assert_eq!(mapping(headers), expected, "{headers:?}");
    }
    let result = delimited::match_headers(&["STT", "Họ và tên", "Ghi chú"], &SPECS);
    assert_eq!(result.unused, [0, 2]);
    assert_eq!(result.column("full_name"), Some(1));
    assert!(result.needs_review());
    assert!(!delimited::match_headers(&["MST", "Họ tên", "Ngày sinh"], &SPECS).needs_review());
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

#[test]
fn yes_no_cells() {
    // Answers seen in school rosters and organization lists.
    let yes = [
        "có", "Có", "CO", "x", "X", "1", "true", "Yes", "y", "đã", "Đã có", "rồi", "✓", " có. ",
    ];
    let no = [
        "không",
        "Không",
        "khong",
        "KO",
        "k",
        "0",
        "FALSE",
        "no",
        "N",
        "chưa",
        "Chưa có",
        "✗",
    ];
    let unknown = ["", "  ", "có thể", "2", "-", "?", "không rõ"];
    for cell in yes {
        assert_eq!(parse_yes_no(cell), Some(true), "{cell:?}");
    }
    for cell in no {
        assert_eq!(parse_yes_no(cell), Some(false), "{cell:?}");
    }
    for cell in unknown {
        assert_eq!(parse_yes_no(cell), None, "{cell:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

#[test]
fn writes_csv_for_excel() {
    let rows = [
        vec!["Tên", "Ghi chú", "Điện thoại"],
        vec!["Công ty A, B", "nói \"ổn\"", "+84 912 345 678"],
        vec!["=HYPERLINK(\"x\")", "@SUM(A1)", "-5"],
        vec!["hai\ndòng", "-", "+"],
    ];
    let csv = write_csv(&rows, CsvOptions::EXCEL);
    assert_eq!(
        csv,
        "\u{FEFF}Tên,Ghi chú,Điện thoại\r\n\
         \"Công ty A, B\",\"nói \"\"ổn\"\"\",+84 912 345 678\r\n\
         \"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),-5\r\n\
         \"hai\ndòng\",'-,'+\r\n"
    );
    let plain = write_csv(
        [["a", "=1"], ["", ""]],
        CsvOptions {
            crlf: false,
            ..CsvOptions::PLAIN
        },
    );
    assert_eq!(plain, "a,=1\n,\n");
    // A lone empty cell is written "" so it is not a blank line.
    assert_eq!(write_csv([[""]], CsvOptions::PLAIN), "\"\"\r\n");
    let semicolon = CsvOptions {
        delimiter: Delimiter::Semicolon,
        ..CsvOptions::PLAIN
    };
    assert_eq!(
        write_csv([["76,93", "a;b"]], semicolon),
        "76,93;\"a;b\"\r\n"
    );
}

#[test]
fn written_csv_reads_back() {
    let rows = vec![
        vec!["Mã số thuế".to_owned(), "Tên".to_owned()],
        vec![
            "0100109106".to_owned(),
            "Tổng Công ty \"Viettel\", Hà Nội\r\nchi nhánh".to_owned(),
        ],
        vec![String::new(), " ".to_owned()],
    ];
    let csv = write_csv(&rows, CsvOptions::EXCEL);
    let decoded = delimited::decode(csv.as_bytes()).unwrap();
    assert_eq!(decoded.encoding, Encoding::Utf8Bom);
    assert_eq!(fields(&decoded.text, Delimiter::Comma), rows);
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

#[test]
fn messages() {
    let cases: [(&dyn Localized, &str, &str); 4] = [
        (
            &ReadWarning::RaggedRow {
                row: 12_345,
                expected: 5,
                found: 4,
            },
            "Dòng 12.345 có 4 ô, dòng tiêu đề có 5 ô; kiểm tra dấu phân cách trong dòng này",
            "Row 12,345 has 4 cells but the header has 5; check the separators in this row",
        ),
        (
            &ReadWarning::UnterminatedQuote { row: 7, line: 9 },
            "Dòng 7: một ô mở dấu ngoặc kép (\") mà không đóng; thêm dấu đóng hoặc bỏ dấu mở",
            "Row 7: a cell opens a double quote (\") that never closes; add the closing quote or remove \
             the opening one",
        ),
        (
            &ReadWarning::NotUtf8 {
                replaced: 3,
                rows: 2,
                first_row: 3,
            },
            "Tệp không lưu theo bảng mã UTF-8 nên 2 dòng có chữ bị lỗi, đầu tiên là dòng 3. Trong Excel, \
             lưu lại tệp với kiểu “CSV UTF-8 (Comma delimited)” rồi mở lại",
            "The file is not saved as UTF-8, so 2 rows have broken letters, the first in row 3. In Excel, \
             save the file again as “CSV UTF-8 (Comma delimited)” and open it again",
        ),
        (
            &ReadError::TooLarge {
                bytes: 300 * 1024 * 1024,
                max: delimited::MAX_INPUT_BYTES,
            },
            "Tệp có 300 MB, lớn hơn mức 256 MB đọc được trên máy này; chia thành nhiều tệp nhỏ hơn",
            "The file is 300 MB, more than the 256 MB this device can read; split it into smaller files",
        ),
    ];
    for (message, vi, en) in cases {
        assert_eq!(message.localize(Lang::Vi), vi);
        assert_eq!(message.localize(Lang::En), en);
    }
    assert_eq!(
        data_files::more_warnings(1234, Lang::Vi),
        "… và 1.234 cảnh báo khác"
    );
    assert_eq!(
        data_files::delimiter_name(Delimiter::Semicolon).vi,
        "dấu chấm phẩy (;)"
    );
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn any_delimiter() -> impl Strategy<Value = Delimiter> {
    prop::sample::select(Delimiter::ALL.to_vec())
}

/// Cells biased towards the characters that matter: quotes, delimiters, line breaks.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof!["[a-zA-Zà-ỹ0-9 ,;|\t\"\r\n=+@-]{0,12}", any::<String>(),]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_bytes_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(decoded) = delimited::decode(&bytes) {
            let table = decoded.table();
            prop_assert!(table.warnings.len() <= delimited::MAX_WARNINGS);
            let _ = delimited::match_headers(&table.header, &SPECS);
            for row in &table.rows {
                for f in &row.fields {
                    let _ = parse_yes_no(f);
                }
            }
        }
    }

    #[test]
    fn records_are_ordered_and_rows_never_pass_lines(text in "[a\",;\t|\r\n ]{0,200}", d in any_delimiter()) {
        let mut last = 0;
        for record in Reader::new(&text, d) {
            prop_assert!(record.row > last);
            prop_assert!(record.line >= record.row);
            prop_assert!(!record.fields.is_empty());
            last = record.row;
        }
    }

    #[test]
    fn written_tables_read_back(
        rows in prop::collection::vec(prop::collection::vec(cell(), 1..6), 0..12),
        d in any_delimiter(),
        crlf: bool,
        bom: bool,
    ) {
        let options = CsvOptions { delimiter: d, bom, crlf, guard_formulas: false };
        let csv = write_csv(&rows, options);
        prop_assert_eq!(fields(&csv, d), rows);
    }

    #[test]
    fn guarded_cells_only_gain_an_apostrophe(rows in prop::collection::vec(prop::collection::vec(cell(), 1..4), 1..6)) {
        let csv = write_csv(&rows, CsvOptions::EXCEL);
        let read = fields(&csv, Delimiter::Comma);
        for (written, read) in rows.iter().flatten().zip(read.iter().flatten()) {
            let guarded = format!("'{}", written);
            prop_assert!(read == written || *read == guarded);
            prop_assert!(!read.starts_with(['=', '@']));
        }
    }

    #[test]
    fn headers_never_panic(headers in prop::collection::vec(any::<String>(), 0..20)) {
        let result = delimited::match_headers(&headers, &SPECS);
        prop_assert_eq!(result.columns.len(), SPECS.len());
        let mut used: Vec<usize> = result.columns.iter().filter_map(|c| c.column).collect();
        used.extend(&result.unused);
        used.sort_unstable();
        prop_assert_eq!(used, (0..headers.len()).collect::<Vec<_>>());
    }
}

proptest::proptest! {
    /// The eight-bytes-at-a-time search finds exactly what a byte loop finds.
    #[test]
    fn find_any_of_three_agrees_with_a_byte_loop(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80),
        a in proptest::prelude::any::<u8>(),
        b in proptest::prelude::any::<u8>(),
        c in proptest::prelude::any::<u8>(),
    ) {
        let naive = bytes.iter().position(|&x| x == a || x == b || x == c);
        proptest::prop_assert_eq!(sansang::rules::delimited::find_any_of_three(&bytes, a, b, c), naive);
    }
}

#[test]
fn find_any_of_three_edge_bytes() {
    use sansang::rules::delimited::find_any_of_three;
    // 0x80 and 0x00 neighbours are where a sloppy zero-byte test gives false positives.
    let bytes = [0x80, 0x81, 0x00, 0x01, 0xFF, 0x7F, b',', b'x', b'\n'];
    assert_eq!(find_any_of_three(&bytes, b',', b'\n', b'\r'), Some(6));
    assert_eq!(find_any_of_three(&bytes, 0x00, b'\n', b'\r'), Some(2));
    assert_eq!(find_any_of_three(&bytes[7..], b',', b'\n', b'\r'), Some(1));
    assert_eq!(find_any_of_three(&[0x80; 17], 0x00, 0x01, 0x7F), None);
    assert_eq!(find_any_of_three(b"", b',', b'\n', b'\r'), None);
}
