//! Zips written by hand, for workbooks no well-behaved writer makes: entries whose declared size
//! lies, hundreds of megabytes of zeros deflated into a few hundred kilobytes in milliseconds,
//! entries stored as they are (ZIP File Format Specification 6.3.10, §4.3). Each test binary that
//! includes it uses a part.
#![allow(dead_code)]

use std::io::Write;

/// One entry: its name, its bytes as stored in the zip, and what its headers declare.
pub struct Entry {
    pub name: String,
    /// 0 stored, 8 deflated.
    pub method: u16,
    pub data: Vec<u8>,
    pub crc: u32,
    /// The uncompressed size written in both headers (the truth, unless a test lies).
    pub declared_size: u32,
}

impl Entry {
    /// The bytes stored as they are.
    pub fn stored(name: &str, bytes: &[u8]) -> Entry {
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        Entry {
            name: name.to_owned(),
            method: 0,
            data: bytes.to_vec(),
            crc: crc.sum(),
            declared_size: u32::try_from(bytes.len()).expect("under 4 GiB"),
        }
    }

    /// The bytes deflated.
    pub fn deflated(name: &str, bytes: &[u8]) -> Entry {
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).expect("deflate");
        Entry {
            name: name.to_owned(),
            method: 8,
            data: encoder.finish().expect("deflate"),
            crc: crc.sum(),
            declared_size: u32::try_from(bytes.len()).expect("under 4 GiB"),
        }
    }

    /// `mebibytes` MiB of zeros as one deflate stream, about 1 KB per MiB (see
    /// [`Entry::repeated`]). The CRC is left 0: a reader must stop long before the end, where
    /// it would be checked.
    pub fn zeros(name: &str, mebibytes: u32) -> Entry {
        static BLOCK: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let block = BLOCK.get_or_init(|| deflate_block(&vec![0u8; 1 << 20]));
        let mut data = Vec::with_capacity(block.len() * mebibytes as usize + 2);
        for _ in 0..mebibytes {
            data.extend_from_slice(block);
        }
        data.extend_from_slice(&FINAL_EMPTY_BLOCK);
        Entry {
            name: name.to_owned(),
            method: 8,
            data,
            crc: 0,
            declared_size: mebibytes.saturating_mul(1 << 20),
        }
    }

    /// `head`, then `unit` `times` over, then `tail`, as one deflate stream made of blocks
    /// that are each fully flushed (so they refer to nothing before them): `unit` is deflated
    /// once and its block repeated. The CRC is the real one, combined from the parts.
    pub fn repeated(name: &str, head: &[u8], unit: &[u8], times: u32, tail: &[u8]) -> Entry {
        let crc_of = |bytes: &[u8]| {
            let mut crc = flate2::Crc::new();
            crc.update(bytes);
            crc
        };
        let mut crc = crc_of(head);
        let unit_crc = crc_of(unit);
        let block = deflate_block(unit);
        let mut data = deflate_block(head);
        for _ in 0..times {
            data.extend_from_slice(&block);
            crc.combine(&unit_crc);
        }
        data.extend_from_slice(&deflate_block(tail));
        crc.combine(&crc_of(tail));
        data.extend_from_slice(&FINAL_EMPTY_BLOCK);
        let size = head.len() as u64 + unit.len() as u64 * u64::from(times) + tail.len() as u64;
        Entry {
            name: name.to_owned(),
            method: 8,
            data,
            crc: crc.sum(),
            declared_size: u32::try_from(size).expect("under 4 GiB"),
        }
    }

    /// The same entry, its headers claiming another uncompressed size.
    pub fn declaring(mut self, size: u32) -> Entry {
        self.declared_size = size;
        self
    }
}

/// BFINAL = 1, BTYPE = 01 (fixed Huffman), end-of-block code 0000000.
const FINAL_EMPTY_BLOCK: [u8; 2] = [0x03, 0x00];

/// Raw deflate of `bytes`, fully flushed: it ends on a byte boundary and refers to nothing
/// before it, so it can follow any other such block.
fn deflate_block(bytes: &[u8]) -> Vec<u8> {
    let mut compress = flate2::Compress::new(flate2::Compression::best(), false);
    let mut out = Vec::with_capacity(bytes.len() / 100 + 64);
    loop {
        let consumed = compress.total_in() as usize;
        out.reserve(64 * 1024);
        let status = compress
            .compress_vec(
                bytes.get(consumed..).unwrap_or_default(),
                &mut out,
                flate2::FlushCompress::Full,
            )
            .expect("deflate");
        if compress.total_in() as usize == bytes.len() && out.len() < out.capacity() {
            let _ = status;
            return out;
        }
    }
}

/// A zip of the entries, in order.
pub fn zip(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = u32::try_from(out.len()).expect("under 4 GiB");
        let name = entry.name.as_bytes();
        let compressed = u32::try_from(entry.data.len()).expect("under 4 GiB");
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0u16.to_le_bytes()); // flags
            v.extend_from_slice(&entry.method.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // time
            v.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
            v.extend_from_slice(&entry.crc.to_le_bytes());
            v.extend_from_slice(&compressed.to_le_bytes());
            v.extend_from_slice(&entry.declared_size.to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name);
        out.extend_from_slice(&entry.data);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment length
        central.extend_from_slice(&0u16.to_le_bytes()); // disk number
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let central_offset = u32::try_from(out.len()).expect("under 4 GiB");
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// The parts of an .xlsx around one worksheet entry (`xl/worksheets/sheet1.xml`).
pub fn xlsx_with_sheet(sheet: Entry) -> Vec<u8> {
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let workbook_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    zip(&[
        Entry::stored("_rels/.rels", rels.as_bytes()),
        Entry::stored("xl/workbook.xml", workbook.as_bytes()),
        Entry::stored("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        sheet,
    ])
}

/// The parts of an .ods around its `content.xml` entry.
pub fn ods_with_content(content: Entry) -> Vec<u8> {
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#;
    zip(&[
        Entry::stored(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        Entry::stored("META-INF/manifest.xml", manifest.as_bytes()),
        content,
    ])
}

/// An OpenDocument `content.xml` holding one table whose rows are `rows_xml`.
pub fn ods_content(rows_xml: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Sheet1">{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
}

/// Marks a workbook as counting days from 1904 (`<workbookPr date1904="1">`, ECMA-376 §18.2.28),
/// as Excel for Mac saved them.
pub fn to_1904(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("entry name").into_owned();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("read");
        if name == "xl/workbook.xml" {
            let xml = String::from_utf8(content).expect("xml");
            let xml = xml.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1);
            assert!(xml.contains("date1904"));
            content = xml.into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        writer.write_all(&content).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}
