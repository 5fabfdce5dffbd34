//! The file worker's message format (`files::wire`): every request and answer the page and the
//! worker exchange comes back as it went, the worker's real answers included; any bytes decode
//! to a message or to nothing, never a panic; a forged length allocates nothing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sansang::files::protocol::{
    ColumnKind, ExportColumn, FileError, LegacyOffer, Progress, Request, Response, SheetInfo,
    Stage, TableInfo, TextEncoding, TextInfo, WorkbookFormat, WorkbookInfo, XlsxExport,
};
use sansang::files::session::Session;
use sansang::files::wire::{self, Wire};
use sansang::rules::date::DateSystem;
use sansang::rules::legacy_text::{
    CellChange, ConversionPreview, Evidence, LegacyFound, LegacyScheme,
};
use sansang::rules::sheet::{CellError, SheetWarning};

fn round_trip<T: Wire + PartialEq + std::fmt::Debug>(id: u32, body: T) {
    let bytes = wire::encode(id, &body);
    assert_eq!(wire::decode::<T>(&bytes), Some((id, body)), "{bytes:?}");
    assert_eq!(wire::message_id(&bytes), Some(id));
    // Every message cut short is refused, never half read.
    for end in 0..bytes.len() {
        assert_eq!(wire::decode::<T>(&bytes[..end]), None, "cut at {end}");
    }
    // So is one with bytes left over.
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(wire::decode::<T>(&longer), None);
}

fn offer() -> LegacyOffer {
    LegacyOffer {
        found: LegacyFound {
            scheme: LegacyScheme::Vni,
            evidence: Evidence {
                words_for: 12,
                words_against: 1,
            },
        },
        preview: ConversionPreview {
            scheme: LegacyScheme::Vni,
            cells: 300,
            rows: 120,
            samples: vec![CellChange {
                row: 7,
                column: 2,
                before: "Coâng ty Hoøa Bình".to_owned(),
                after: "Công ty Hòa Bình".to_owned(),
            }],
        },
    }
}

#[test]
fn every_request_comes_back_as_it_went() {
    let requests = [
        Request::OpenWorkbook {
            file_name: "Danh sách DN 2026.xlsx".to_owned(),
        },
        Request::ReadSheet { sheet: 3 },
        Request::DecodeText,
        Request::ConvertLegacy {
            scheme: LegacyScheme::Tcvn3,
        },
        Request::WriteXlsx {
            export: XlsxExport {
                sheet_name: "Dòng cần xem lại".to_owned(),
                columns: vec![
                    ExportColumn {
                        kind: ColumnKind::Code,
                        width: Some(14.5),
                    },
                    ExportColumn {
                        kind: ColumnKind::Date,
                        width: None,
                    },
                    ExportColumn {
                        kind: ColumnKind::Percent,
                        width: Some(60.0),
                    },
                ],
            },
        },
    ];
    for (id, request) in requests.into_iter().enumerate() {
        round_trip(u32::try_from(id).unwrap() + 1, request);
    }
}

#[test]
fn every_answer_comes_back_as_it_went() {
    let warnings = vec![
        SheetWarning::TitleRowsSkipped {
            rows: 3,
            header_row: 4,
        },
        SheetWarning::ColumnNumbersRowSkipped { row: 5 },
        SheetWarning::MergedCellsFilled {
            first_row: 6,
            last_row: 1_048_576,
            column: 2,
        },
        SheetWarning::FormulaErrors {
            cells: 2,
            first_row: 7,
            first_column: 16_383,
            error: CellError::Other,
        },
        SheetWarning::DateOutOfRange { row: 8, column: 0 },
    ];
    let errors = [
        FileError::NotAWorkbook,
        FileError::Encrypted,
        FileError::Damaged,
        FileError::TooLarge {
            bytes: u64::MAX,
            max: 50 << 20,
        },
        FileError::InflatesPastLimit { max: 200 << 20 },
        FileError::TooManyRows { max: 1_048_576 },
        FileError::TooManyCells { max: 0 },
        FileError::EmptySheet {
            sheet: "Trống".to_owned(),
        },
        FileError::NoSheets,
        FileError::NoSuchSheet,
        FileError::NothingToConvert,
        FileError::BadRequest,
        FileError::WriteFailed,
        FileError::Cancelled,
        FileError::WorkerUnavailable,
        FileError::WorkerStopped,
        FileError::ReaderCrashed,
        FileError::ReaderStopped { seconds: 30 },
    ];
    let mut answers = vec![
        Response::Ready,
        Response::Progress(Progress {
            stage: Stage::Writing,
            done: 1 << 40,
            total: 0,
        }),
        Response::Workbook(WorkbookInfo {
            format: WorkbookFormat::Ods,
            sheets: vec![
                SheetInfo {
                    name: "Hướng dẫn".to_owned(),
                    hidden: true,
                },
                SheetInfo {
                    name: String::new(),
                    hidden: false,
                },
            ],
        }),
        Response::Table(TableInfo {
            sheet: "DN 2026".to_owned(),
            header_row: 4,
            header: vec!["Mã số thuế".to_owned(), String::new()],
            rows: 300,
            date_system: DateSystem::Excel1904,
            warnings,
            warnings_omitted: 12,
            legacy: Some(offer()),
        }),
        Response::Text(TextInfo {
            encoding: TextEncoding::Windows1258,
            replaced: 0,
            legacy: None,
        }),
        Response::Converted {
            scheme: LegacyScheme::Vni,
            changed: 1_234,
        },
        Response::Xlsx { rows: 10_001 },
    ];
    answers.extend(errors.into_iter().map(Response::Failed));
    for (id, answer) in answers.into_iter().enumerate() {
        round_trip(u32::MAX - u32::try_from(id).unwrap(), answer);
    }
}

#[test]
fn the_workers_real_answers_come_back_as_they_went() {
    let text = "M· sè thuÕ,Tªn doanh nghiÖp\n0100109106,C«ng ty Hßa B×nh\n";
    let reply = Session::default().handle(
        Request::DecodeText,
        Some(text.as_bytes().to_vec()),
        &mut |_| {},
    );
    assert!(matches!(
        &reply.body,
        Response::Text(TextInfo {
            legacy: Some(_),
            ..
        })
    ));
    round_trip(9, reply.body);
}

#[test]
fn a_forged_length_allocates_nothing() {
    // A workbook answer claiming 2^62 sheets in a 12-byte message.
    let mut bytes = vec![1, 2, WorkbookFormat::Xlsx as u8];
    bytes.extend([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x3F]);
    assert_eq!(wire::decode::<Response>(&bytes), None);
    // An integer of eleven bytes.
    assert_eq!(wire::message_id(&[0xFF; 11]), None);
}

proptest! {
    #[test]
    fn any_bytes_decode_to_a_message_that_encodes_back_or_to_nothing(
        bytes in proptest::collection::vec(any::<u8>(), 0..64)
    ) {
        if let Some((id, body)) = wire::decode::<Response>(&bytes) {
            prop_assert_eq!(wire::encode(id, &body), bytes.clone());
        }
        if let Some((id, body)) = wire::decode::<Request>(&bytes) {
            prop_assert_eq!(wire::encode(id, &body), bytes);
        }
    }

    #[test]
    fn names_and_numbers_come_back_as_they_went(
        id in any::<u32>(),
        name in any::<String>(),
        sheet in any::<usize>(),
        done in any::<u64>(),
    ) {
        round_trip(id, Request::OpenWorkbook { file_name: name.clone() });
        round_trip(id, Request::ReadSheet { sheet });
        round_trip(id, Response::Failed(FileError::EmptySheet { sheet: name }));
        round_trip(id, Response::Progress(Progress { stage: Stage::Reading, done, total: done / 2 }));
    }
}
