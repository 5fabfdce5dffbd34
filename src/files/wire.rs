//! The byte format of the file worker's messages ([`super::protocol`]): small enough that the
//! page, which decodes answers and encodes requests, carries a few kilobytes of it instead of a
//! general serializer (serde's derived visitors and `serde-wasm-bindgen` were about 10 KB of the
//! first-load Wasm after compression; docs/rules.md §6.4).
//!
//! A message is its request number, then its body: unsigned integers as LEB128, strings as a
//! length then UTF-8, a variant as one tag byte, `Option` as a 0/1 byte, a list as its length
//! then its items. Both sides are built from one crate, so no versioning: a message that does
//! not decode (a page and worker of different builds) is [`super::protocol::FileError::BadRequest`].
//! Decoding reads only what it is given: a truncated or hostile message is `None`, never a panic,
//! and a length says at most what remains (no allocation from a forged length).

use super::protocol::{
    ColumnKind, ExportColumn, FileError, LegacyOffer, Progress, Request, Response, SheetInfo,
    Stage, TableInfo, TextEncoding, TextInfo, WorkbookFormat, WorkbookInfo, XlsxExport,
};
use crate::rules::date::DateSystem;
use crate::rules::legacy_text::{
    CellChange, ConversionPreview, Evidence, LegacyFound, LegacyScheme,
};
use crate::rules::sheet::{CellError, SheetWarning};

/// Appends a message's parts.
#[derive(Debug, Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    fn tag(&mut self, tag: u8) {
        self.0.push(tag);
    }

    fn uint(&mut self, mut value: u64) {
        loop {
            let low = (value & 0x7F) as u8;
            value >>= 7;
            if value == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn size(&mut self, value: usize) {
        self.uint(value as u64);
    }

    fn str(&mut self, text: &str) {
        self.size(text.len());
        self.0.extend_from_slice(text.as_bytes());
    }
}

/// Reads a message's parts; every read is `None` past the end or on a malformed part.
#[derive(Debug)]
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    /// Whether every byte was read (a message with bytes left over is malformed).
    pub fn is_done(&self) -> bool {
        self.rest.is_empty()
    }

    fn tag(&mut self) -> Option<u8> {
        let (&first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(first)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.tag()?;
            let bits = u64::from(byte & 0x7F);
            // The tenth byte may hold only the top bit.
            if shift == 63 && bits > 1 {
                return None;
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                // One encoding per number: no padding with a zero last byte.
                return (byte != 0 || shift == 0).then_some(value);
            }
        }
        None
    }

    fn size(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    /// A count of items still to read: never more than the bytes left (each item takes one).
    fn count(&mut self) -> Option<usize> {
        self.size().filter(|&n| n <= self.rest.len())
    }

    fn str(&mut self) -> Option<String> {
        let len = self.size()?;
        let bytes = self.rest.get(..len)?;
        self.rest = self.rest.get(len..)?;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

/// A type with a place in the messages.
pub trait Wire: Sized {
    fn put(&self, w: &mut Writer);
    fn take(r: &mut Reader) -> Option<Self>;
}

/// A message: its number and body.
pub fn encode<T: Wire>(id: u32, body: &T) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(u64::from(id));
    body.put(&mut w);
    w.into_bytes()
}

/// The number and body of a message, `None` when it does not decode exactly.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<(u32, T)> {
    let mut r = Reader::new(bytes);
    let id = u32::try_from(r.uint()?).ok()?;
    let body = T::take(&mut r)?;
    r.is_done().then_some((id, body))
}

/// Just the request number of a message (to answer one whose body does not decode).
pub fn message_id(bytes: &[u8]) -> Option<u32> {
    u32::try_from(Reader::new(bytes).uint()?).ok()
}

impl Wire for u64 {
    fn put(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn take(r: &mut Reader) -> Option<Self> {
        r.uint()
    }
}

impl Wire for usize {
    fn put(&self, w: &mut Writer) {
        w.size(*self);
    }
    fn take(r: &mut Reader) -> Option<Self> {
        r.size()
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.tag(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Option<Self> {
        match r.tag()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.str(self);
    }
    fn take(r: &mut Reader) -> Option<Self> {
        r.str()
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.tag(0),
            Some(value) => {
                w.tag(1);
                value.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        match r.tag()? {
            0 => Some(None),
            1 => T::take(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.size(self.len());
        for item in self {
            item.put(w);
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        let len = r.count()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::take(r)?);
        }
        Some(items)
    }
}

/// A field-less enum as one tag byte, its variants listed in order.
macro_rules! wire_unit_enum {
    ($ty:ty: $($variant:path),+ $(,)?) => {
        impl Wire for $ty {
            fn put(&self, w: &mut Writer) {
                let all = [$($variant),+];
                let tag = all.iter().position(|v| v == self).unwrap_or(0);
                w.tag(tag as u8);
            }
            fn take(r: &mut Reader) -> Option<Self> {
                let all = [$($variant),+];
                all.get(usize::from(r.tag()?)).copied()
            }
        }
    };
}

/// A struct as its fields in order.
macro_rules! wire_struct {
    ($ty:ident { $($field:ident),+ $(,)? }) => {
        impl Wire for $ty {
            fn put(&self, w: &mut Writer) {
                $( self.$field.put(w); )+
            }
            fn take(r: &mut Reader) -> Option<Self> {
                Some($ty { $( $field: Wire::take(r)?, )+ })
            }
        }
    };
}

wire_unit_enum!(Stage: Stage::Unpacking, Stage::Reading, Stage::Writing);
wire_unit_enum!(
    WorkbookFormat: WorkbookFormat::Xlsx,
    WorkbookFormat::Xlsb,
    WorkbookFormat::Xls,
    WorkbookFormat::Ods,
);
wire_unit_enum!(
    TextEncoding: TextEncoding::Utf8,
    TextEncoding::Utf16,
    TextEncoding::Windows1258,
    TextEncoding::Windows1252,
);
wire_unit_enum!(
    ColumnKind: ColumnKind::Text,
    ColumnKind::Code,
    ColumnKind::Integer,
    ColumnKind::Decimal,
    ColumnKind::Percent,
    ColumnKind::Date,
);
wire_unit_enum!(LegacyScheme: LegacyScheme::Tcvn3, LegacyScheme::Vni);
wire_unit_enum!(DateSystem: DateSystem::Excel1900, DateSystem::Excel1904);
wire_unit_enum!(
    CellError: CellError::Div0,
    CellError::NotAvailable,
    CellError::Name,
    CellError::Null,
    CellError::Num,
    CellError::Ref,
    CellError::Value,
    CellError::Other,
);

wire_struct!(Progress { stage, done, total });
wire_struct!(SheetInfo { name, hidden });
wire_struct!(WorkbookInfo { format, sheets });
wire_struct!(Evidence {
    words_for,
    words_against
});
wire_struct!(LegacyFound { scheme, evidence });
wire_struct!(CellChange {
    row,
    column,
    before,
    after
});
wire_struct!(ConversionPreview {
    scheme,
    cells,
    rows,
    samples
});
wire_struct!(LegacyOffer { found, preview });
wire_struct!(TableInfo {
    sheet,
    header_row,
    header,
    rows,
    date_system,
    warnings,
    warnings_omitted,
    legacy,
});
wire_struct!(TextInfo {
    encoding,
    replaced,
    legacy
});
wire_struct!(XlsxExport {
    sheet_name,
    columns
});

/// The widest column written (Excel's own limit is 255 characters).
const MAX_WIDTH: f64 = 1_000.0;
const MAX_WIDTH_HUNDREDTHS: u64 = 100_000;

impl Wire for ExportColumn {
    fn put(&self, w: &mut Writer) {
        self.kind.put(w);
        // A width in characters, to a hundredth.
        self.width
            .map(|width| (width.clamp(0.0, MAX_WIDTH) * 100.0).round() as u64)
            .put(w);
    }
    fn take(r: &mut Reader) -> Option<Self> {
        Some(ExportColumn {
            kind: Wire::take(r)?,
            width: match <Option<u64> as Wire>::take(r)? {
                Some(hundredths) if hundredths > MAX_WIDTH_HUNDREDTHS => return None,
                hundredths => hundredths.map(|h| h as f64 / 100.0),
            },
        })
    }
}

impl Wire for SheetWarning {
    fn put(&self, w: &mut Writer) {
        match self {
            SheetWarning::TitleRowsSkipped { rows, header_row } => {
                w.tag(0);
                rows.put(w);
                header_row.put(w);
            }
            SheetWarning::ColumnNumbersRowSkipped { row } => {
                w.tag(1);
                row.put(w);
            }
            SheetWarning::MergedCellsFilled {
                first_row,
                last_row,
                column,
            } => {
                w.tag(2);
                first_row.put(w);
                last_row.put(w);
                column.put(w);
            }
            SheetWarning::FormulaErrors {
                cells,
                first_row,
                first_column,
                error,
            } => {
                w.tag(3);
                cells.put(w);
                first_row.put(w);
                first_column.put(w);
                error.put(w);
            }
            SheetWarning::DateOutOfRange { row, column } => {
                w.tag(4);
                row.put(w);
                column.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        Some(match r.tag()? {
            0 => SheetWarning::TitleRowsSkipped {
                rows: Wire::take(r)?,
                header_row: Wire::take(r)?,
            },
            1 => SheetWarning::ColumnNumbersRowSkipped {
                row: Wire::take(r)?,
            },
            2 => SheetWarning::MergedCellsFilled {
                first_row: Wire::take(r)?,
                last_row: Wire::take(r)?,
                column: Wire::take(r)?,
            },
            3 => SheetWarning::FormulaErrors {
                cells: Wire::take(r)?,
                first_row: Wire::take(r)?,
                first_column: Wire::take(r)?,
                error: Wire::take(r)?,
            },
            4 => SheetWarning::DateOutOfRange {
                row: Wire::take(r)?,
                column: Wire::take(r)?,
            },
            _ => return None,
        })
    }
}

impl Wire for FileError {
    fn put(&self, w: &mut Writer) {
        match self {
            FileError::NotAWorkbook => w.tag(0),
            FileError::Encrypted => w.tag(1),
            FileError::Damaged => w.tag(2),
            FileError::TooLarge { bytes, max } => {
                w.tag(3);
                bytes.put(w);
                max.put(w);
            }
            FileError::InflatesPastLimit { max } => {
                w.tag(4);
                max.put(w);
            }
            FileError::TooManyRows { max } => {
                w.tag(5);
                max.put(w);
            }
            FileError::TooManyCells { max } => {
                w.tag(6);
                max.put(w);
            }
            FileError::EmptySheet { sheet } => {
                w.tag(7);
                sheet.put(w);
            }
            FileError::NoSheets => w.tag(8),
            FileError::NoSuchSheet => w.tag(9),
            FileError::NothingToConvert => w.tag(10),
            FileError::BadRequest => w.tag(11),
            FileError::WriteFailed => w.tag(12),
            FileError::Cancelled => w.tag(13),
            FileError::WorkerUnavailable => w.tag(14),
            FileError::WorkerStopped => w.tag(15),
            FileError::ReaderCrashed => w.tag(16),
            FileError::ReaderStopped { seconds } => {
                w.tag(17);
                seconds.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        Some(match r.tag()? {
            0 => FileError::NotAWorkbook,
            1 => FileError::Encrypted,
            2 => FileError::Damaged,
            3 => FileError::TooLarge {
                bytes: Wire::take(r)?,
                max: Wire::take(r)?,
            },
            4 => FileError::InflatesPastLimit {
                max: Wire::take(r)?,
            },
            5 => FileError::TooManyRows {
                max: Wire::take(r)?,
            },
            6 => FileError::TooManyCells {
                max: Wire::take(r)?,
            },
            7 => FileError::EmptySheet {
                sheet: Wire::take(r)?,
            },
            8 => FileError::NoSheets,
            9 => FileError::NoSuchSheet,
            10 => FileError::NothingToConvert,
            11 => FileError::BadRequest,
            12 => FileError::WriteFailed,
            13 => FileError::Cancelled,
            14 => FileError::WorkerUnavailable,
            15 => FileError::WorkerStopped,
            16 => FileError::ReaderCrashed,
            17 => FileError::ReaderStopped {
                seconds: Wire::take(r)?,
            },
            _ => return None,
        })
    }
}

impl Wire for Request {
    fn put(&self, w: &mut Writer) {
        match self {
            Request::OpenWorkbook { file_name } => {
                w.tag(0);
                file_name.put(w);
            }
            Request::ReadSheet { sheet } => {
                w.tag(1);
                sheet.put(w);
            }
            Request::DecodeText => w.tag(2),
            Request::ConvertLegacy { scheme } => {
                w.tag(3);
                scheme.put(w);
            }
            Request::WriteXlsx { export } => {
                w.tag(4);
                export.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        Some(match r.tag()? {
            0 => Request::OpenWorkbook {
                file_name: Wire::take(r)?,
            },
            1 => Request::ReadSheet {
                sheet: Wire::take(r)?,
            },
            2 => Request::DecodeText,
            3 => Request::ConvertLegacy {
                scheme: Wire::take(r)?,
            },
            4 => Request::WriteXlsx {
                export: Wire::take(r)?,
            },
            _ => return None,
        })
    }
}

impl Wire for Response {
    fn put(&self, w: &mut Writer) {
        match self {
            Response::Ready => w.tag(0),
            Response::Progress(progress) => {
                w.tag(1);
                progress.put(w);
            }
            Response::Workbook(info) => {
                w.tag(2);
                info.put(w);
            }
            Response::Table(info) => {
                w.tag(3);
                info.put(w);
            }
            Response::Text(info) => {
                w.tag(4);
                info.put(w);
            }
            Response::Converted { scheme, changed } => {
                w.tag(5);
                scheme.put(w);
                changed.put(w);
            }
            Response::Xlsx { rows } => {
                w.tag(6);
                rows.put(w);
            }
            Response::Failed(error) => {
                w.tag(7);
                error.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Option<Self> {
        Some(match r.tag()? {
            0 => Response::Ready,
            1 => Response::Progress(Wire::take(r)?),
            2 => Response::Workbook(Wire::take(r)?),
            3 => Response::Table(Wire::take(r)?),
            4 => Response::Text(Wire::take(r)?),
            5 => Response::Converted {
                scheme: Wire::take(r)?,
                changed: Wire::take(r)?,
            },
            6 => Response::Xlsx {
                rows: Wire::take(r)?,
            },
            7 => Response::Failed(Wire::take(r)?),
            _ => return None,
        })
    }
}
