#![cfg(not(target_arch = "wasm32"))]
//! The fast .xlsx reader (`sansang::files::xlsx_fast`) against `calamine`: every workbook reads
//! into the same sheets and the same grids, or the same error, whichever reads it. Workbooks
//! from the committed fixtures, written by `rust_xlsxwriter` with random cells (property
//! tests), and written by hand in shapes no writer here makes (no cell references, namespace
//! prefixes, inline and rich strings, comments, CDATA, Excel's `_x000D_` escapes …). The plain
//! shapes must be read by the fast reader itself, not handed back to calamine.

#[path = "support/zip_parts.rs"]
mod zip_parts;

use std::path::Path;

use proptest::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook as Writer};
use sansang::files::protocol::FileError;
use sansang::files::workbook::Workbook;
use sansang::rules::sheet::Grid;
use zip_parts::{Entry, to_1904, zip};

/// Every sheet of `bytes` read both ways; `fast_expected`: the fast reader must read them all
/// itself.
fn same_both_ways(bytes: &[u8], fast_expected: bool) -> Vec<Result<Grid, FileError>> {
    let plain = Workbook::open_with_calamine(bytes.to_vec());
    let fast = Workbook::open(bytes.to_vec(), &mut |_, _| {});
    let (mut plain, mut fast) = match (plain, fast) {
        (Ok(plain), Ok(fast)) => (plain, fast),
        (plain, fast) => {
            assert_eq!(plain.err(), fast.err(), "opening");
            return Vec::new();
        }
    };
    assert_eq!(plain.sheets(), fast.sheets());
    assert_eq!(plain.date_system(), fast.date_system());
    let mut grids = Vec::new();
    for sheet in plain.sheets() {
        let expected = plain.read_sheet(&sheet.name, &mut |_, _| {});
        if fast_expected {
            let alone = fast.read_sheet_fast(&sheet.name);
            assert!(alone.is_some(), "{}: left to calamine", sheet.name);
            assert_eq!(
                alone,
                Some(expected.clone()),
                "{}: fast reader alone",
                sheet.name
            );
        }
        assert_eq!(
            fast.read_sheet(&sheet.name, &mut |_, _| {}),
            expected,
            "{}",
            sheet.name
        );
        grids.push(expected);
    }
    grids
}

#[test]
fn the_committed_fixtures_read_the_same() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/workbooks");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "xlsx") {
            let bytes = std::fs::read(&path).expect("read");
            let plain = !path.ends_with("password.xlsx");
            same_both_ways(&bytes, plain);
            read += 1;
        }
    }
    assert!(read >= 7, "{read} workbooks");
}

/// The parts of an .xlsx with one sheet, its shared strings and styles, all written by hand.
fn by_hand(sheet: &str, strings: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let workbook_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let mut entries = vec![
        Entry::stored("_rels/.rels", rels.as_bytes()),
        Entry::stored("xl/workbook.xml", workbook.as_bytes()),
        Entry::stored("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        Entry::deflated("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(strings) = strings {
        entries.push(Entry::deflated("xl/sharedStrings.xml", strings.as_bytes()));
    }
    if let Some(styles) = styles {
        entries.push(Entry::stored("xl/styles.xml", styles.as_bytes()));
    }
    zip(&entries)
}

fn sheet_xml(rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D9"/><sheetData>{rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>"#
    )
}

fn strings_xml(items: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>"#
    )
}

/// Style 1: a built-in date; 2: a custom date; 3: an elapsed time; 4: a number with a quoted
/// "d" (not a date); 5: a date format code with an entity.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="0&quot; d&quot;"/><numFmt numFmtId="167" formatCode="d&quot;/&quot;m"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs></styleSheet>"#;

const PLAIN_STRINGS: &str = r#"<si><t>DANH SÁCH</t></si><si><t xml:space="preserve">  Mã số thuế </t></si><si><r><rPr><b/></rPr><t>Công ty </t></r><r><t xml:space="preserve"> TNHH</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si><si><t>A &amp; B &lt;1&gt; &#272;&#x1EA1;i</t></si><si/><si><t/></si><!-- a note --><si><t>
  trimmed
</t></si>"#;

#[test]
fn plain_shapes_written_by_hand_are_read_fast_and_the_same() {
    let rows = [
        // References on every cell, shared strings, styles.
        r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3" spans="1:4"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c></row><row r="4"><c r="A4" s="1"><v>41640</v></c><c r="B4" s="2"><v>41640.5</v></c><c r="C4" s="3"><v>1.25</v></c><c r="D4" s="4"><v>7</v></c></row><row r="5"><c r="A5" s="5"><v>41640</v></c><c r="B5" s="9"><v>3</v></c><c r="C5" t="s"><v>5</v></c><c r="D5" t="s"><v>6</v></c></row>"#,
        // No references at all; a namespace prefix; comments between cells.
        r#"<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c t="s"><x:v>0</x:v></x:c><!-- between --><x:c><x:v>0100109106</x:v></x:c><x:c t="n"><x:v>-1.5E-3</x:v></x:c></x:row><x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c/><x:c t="b"><x:v>0</x:v></x:c><x:c t="b"><x:v>true</x:v></x:c></x:row>"#,
        // Formulas by their cached values, errors, text and dates written out, inline strings.
        r#"<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>a &amp; b</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" t="e"><v>#N/A</v></c></row><row r="6"><c r="A6" t="inlineStr"><is><t> Xã Vĩnh Hòa Hiệp </t></is></c><c r="B6" t="inlineStr"><is><r><t>Phường</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 1</t></r></is></c><c r="C6" t="d"><v>2014-01-01T00:00:00</v></c><c r="D6"><f>A1</f></c></row><row r="7"><c r="A7" t="s"><v></v></c><c r="B7"><v/></c><c r="C7" t="inlineStr"><v>ignored</v><is><t>kept</t></is></c></row><row r="9" spans="1:4"/>"#,
    ];
    for rows in rows {
        let bytes = by_hand(
            &sheet_xml(rows),
            Some(&strings_xml(PLAIN_STRINGS)),
            Some(STYLES),
        );
        let grids = same_both_ways(&bytes, true);
        assert!(
            matches!(grids.first(), Some(Ok(g)) if !g.rows.is_empty()),
            "{grids:?}"
        );
    }
    // Without shared strings or styles at all.
    let rows = r#"<row><c><v>1</v></c><c t="inlineStr"><is><t>a</t></is></c></row>"#;
    same_both_ways(&by_hand(&sheet_xml(rows), None, None), true);
}

#[test]
fn unusual_shapes_are_left_to_calamine_and_read_the_same() {
    let plain_row = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>"#;
    let unusual_strings = [
        "<si><t><![CDATA[a<b]]></t></si>",
        "<si><t>line_x000D_break</t></si>",
        "<si><t>a\r\nb</t></si>",
        "<si><t>a&nbsp;b</t></si>",
        "<si><t>open",
    ];
    for strings in unusual_strings {
        let bytes = by_hand(&sheet_xml(plain_row), Some(&strings_xml(strings)), None);
        same_both_ways(&bytes, false);
    }
    let strings = strings_xml("<si><t>a</t></si>");
    let unusual_rows = [
        // Spaces around a number, text in an untyped cell, "inf".
        r#"<row><c><v> 5 </v></c><c><v>năm</v></c><c><v>inf</v></c></row>"#,
        // A shared string that is not there; a shared-string index that is not a number.
        r#"<row><c t="s"><v>7</v></c></row>"#,
        r#"<row><c t="s"><v>x</v></c></row>"#,
        // An unknown type, an unknown error, a boolean that is not one.
        r#"<row><c t="q"><v>1</v></c></row>"#,
        r#"<row><c t="e"><v>#SPILL!</v></c></row>"#,
        r#"<row><c t="b"><v>2</v></c></row>"#,
        // An element where a value belongs; a comment inside a value; CDATA.
        r#"<row><c><extLst/></c></row>"#,
        r#"<row><c><v>1<!-- x -->2</v></c></row>"#,
        r#"<row><c t="str"><v><![CDATA[x]]></v></c></row>"#,
        // References that do not read.
        r#"<row r="0"><c><v>1</v></c></row>"#,
        r#"<row><c r="5"><v>1</v></c></row>"#,
        // Cut short.
        r#"<row><c><v>1</v></c>"#,
    ];
    for rows in unusual_rows {
        let xml = sheet_xml(rows);
        let xml = if rows.ends_with("</c>") && !rows.ends_with("</row>") {
            xml.split("</sheetData>")
                .next()
                .unwrap_or_default()
                .to_owned()
        } else {
            xml
        };
        same_both_ways(&by_hand(&xml, Some(&strings), None), false);
    }
}

#[test]
fn a_1904_workbook_reads_the_same() {
    let mut book = Writer::new();
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "Ngày").expect("w");
    sheet
        .write_number_with_format(1, 0, 41640.0 - 1462.0, &dates)
        .expect("date");
    let bytes = to_1904(&book.save_to_buffer().expect("save"));
    same_both_ways(&bytes, true);
}

#[derive(Clone, Debug)]
enum Written {
    Text(String),
    Number(f64),
    Date(u16, u8, u8, u8),
    Formatted(f64, usize),
    Bool(bool),
    Formula(String),
    Blank,
}

const FORMATS: [&str; 6] = [
    "dd/mm/yyyy",
    "0.00",
    "[h]:mm:ss",
    "#,##0\\ \"đ\"",
    "h:mm AM/PM",
    "@",
];

fn written() -> impl Strategy<Value = Written> {
    prop_oneof![
        "[ a-zA-Z0-9&<>\"'_;:/đĐươăâêôÀ-ỹ\t\n-]{0,24}".prop_map(Written::Text),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Written::Number),
        (-1e15f64..1e15).prop_map(Written::Number),
        (1900u16..2100, 1u8..13, 1u8..29, 0u8..24)
            .prop_map(|(y, m, d, h)| Written::Date(y, m, d, h)),
        ((0f64..80_000.0), 0..FORMATS.len()).prop_map(|(v, f)| Written::Formatted(v, f)),
        any::<bool>().prop_map(Written::Bool),
        "[a-zA-Z0-9 &]{0,12}".prop_map(Written::Formula),
        Just(Written::Blank),
    ]
}

fn write(cells: &[(u32, u16, Written)]) -> Vec<u8> {
    let mut book = Writer::new();
    let formats: Vec<Format> = FORMATS
        .iter()
        .map(|f| Format::new().set_num_format(*f))
        .collect();
    let dates = Format::new().set_num_format("dd/mm/yyyy hh:mm");
    let sheet = book.add_worksheet();
    for (row, column, cell) in cells {
        let (row, column) = (*row, *column);
        let _ = match cell {
            Written::Text(text) => sheet.write_string(row, column, text).map(|_| ()),
            Written::Number(n) => sheet.write_number(row, column, *n).map(|_| ()),
            Written::Date(y, m, d, h) => match ExcelDateTime::from_ymd(*y, *m, *d)
                .and_then(|date| date.and_hms(u16::from(*h), 0, 0.0))
            {
                Ok(date) => sheet
                    .write_datetime_with_format(row, column, date, &dates)
                    .map(|_| ()),
                Err(_) => Ok(()),
            },
            Written::Formatted(v, f) => sheet
                .write_number_with_format(row, column, *v, formats.get(*f).unwrap_or(&dates))
                .map(|_| ()),
            Written::Bool(b) => sheet.write_boolean(row, column, *b).map(|_| ()),
            Written::Formula(result) => sheet
                .write_formula(row, column, Formula::new("=A1").set_result(result))
                .map(|_| ()),
            Written::Blank => sheet.write_blank(row, column, &dates).map(|_| ()),
        };
    }
    book.save_to_buffer().expect("save")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_workbooks_read_the_same(
        cells in proptest::collection::vec((0u32..40, 0u16..12, written()), 0..60)
    ) {
        same_both_ways(&write(&cells), true);
    }

    #[test]
    fn random_shared_strings_never_panic_and_read_the_same(
        items in proptest::collection::vec(
            prop_oneof![
                Just("<si>".to_owned()),
                Just("</si>".to_owned()),
                Just("<t>".to_owned()),
                Just("<t xml:space=\"preserve\">".to_owned()),
                Just("</t>".to_owned()),
                Just("<r>".to_owned()),
                Just("</r>".to_owned()),
                Just("<rPh>".to_owned()),
                Just("</rPh>".to_owned()),
                Just("<si/>".to_owned()),
                "[ a-zA-Z0-9&;#_\n\t]{0,10}",
            ],
            0..24,
        )
    ) {
        let rows = r#"<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>"#;
        same_both_ways(&by_hand(&sheet_xml(rows), Some(&strings_xml(&items.concat())), None), false);
    }

    #[test]
    fn random_sheet_xml_never_panics_and_reads_the_same(
        rows in proptest::collection::vec(
            prop_oneof![
                Just("<row>".to_owned()),
                Just("</row>".to_owned()),
                Just("<c t=\"s\"><v>0</v></c>".to_owned()),
                Just("<c r=\"B3\" s=\"1\"><v>41640</v></c>".to_owned()),
                Just("<c><f>1</f><v>2</v></c>".to_owned()),
                Just("<c t=\"inlineStr\"><is><t> a </t></is></c>".to_owned()),
                Just("<!--x-->".to_owned()),
                "[<>/a-z0-9 =\"&;]{0,12}",
            ],
            0..20,
        )
    ) {
        let xml = sheet_xml(&rows.concat());
        same_both_ways(
            &by_hand(&xml, Some(&strings_xml("<si><t>a</t></si>")), Some(STYLES)),
            false,
        );
    }
}
