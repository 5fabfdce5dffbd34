//! Bulk check of organization lists (issue 7): verdicts per row, duplicates, communes (new
//! names, and old addresses converted: issue 14), status, per-commune tallies, problems, exports,
//! and no panic on any input. The 300-row list of issue 14 is in `tests/bulk_old_address.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "bench/bulk_sample.rs"]
mod bulk_sample;
#[path = "support/old_units.rs"]
mod old_units;

use old_units::data;
use proptest::prelude::*;
use sansang::catalogue::{Lang, Localized, bulk as t};
use sansang::rules::bulk::export::{CleanedCsv, CommuneCounts, ProblemsCsv, communes_csv};
use sansang::rules::bulk::{
    self, AddressReader, AddressReading, BulkChecker, BulkColumns, Column, InactiveReason,
    ProblemCategory, ProblemKind, RowCells, Status, TaxVerdict, check_text, data_records,
    mapping_key, prepare, read_status,
};
use sansang::rules::delimited::{self, Delimiter, Reader};
use sansang::rules::old_address::{NotFound, Outcome, Settlements};
use sansang::rules::tax_code::{TaxCode, TaxCodeError};
use sansang::rules::units::{self, CommuneCode, CommuneKind, ProvinceCode};

fn code(text: &str) -> TaxCode {
    TaxCode::parse(text).unwrap()
}

fn commune_code(full_name: &str, province: u8) -> CommuneCode {
    units::communes_of(ProvinceCode::new(province).unwrap())
        .iter()
        .find(|c| c.full_name == full_name)
        .unwrap_or_else(|| panic!("{full_name} in {province}"))
        .code
}

fn an_giang() -> Option<ProvinceCode> {
    ProvinceCode::new(91).ok()
}

/// Checks a small list written as TSV, with the columns named in the header and the conversion
/// data loaded.
fn check(tsv: &str, province: Option<ProvinceCode>) -> bulk::BulkReport {
    check_text(tsv, province, Some(data())).expect("a header").1
}

// ---------------------------------------------------------------- tax codes

#[test]
fn tax_verdicts_per_row() {
    // Worked examples of docs/rules.md §2.1 (TT 105/2020/TT-BTC Art. 5) and the 12-digit case.
    let cases: [(&str, TaxVerdict); 9] = [
        ("0100109106", TaxVerdict::Valid(code("0100109106"))), // Viettel
        ("0100047516", TaxVerdict::Valid(code("0100047516"))), // the circular's example
        ("0314409058-002", TaxVerdict::Valid(code("0314409058-002"))),
        (
            "0100109107",
            TaxVerdict::Invalid(TaxCodeError::WrongCheckDigit {
                expected: 6,
                found: 7,
            }),
        ),
        (
            "0314409058-000",
            TaxVerdict::Invalid(TaxCodeError::ZeroBranch),
        ),
        ("0100000008", TaxVerdict::Invalid(TaxCodeError::ZeroSerial)),
        (
            "0000000000",
            TaxVerdict::Invalid(TaxCodeError::ImpossibleSerial),
        ),
        // A 12-digit personal ID used as tax code since 1/7/2025: cannot verify offline.
        (
            "001087123456",
            TaxVerdict::CannotVerify(code("001087123456")),
        ),
        ("  ", TaxVerdict::Missing),
    ];
    for (cell, verdict) in cases {
        assert_eq!(TaxVerdict::of(cell), verdict, "{cell:?}");
    }
}

#[test]
fn summary_counts_each_outcome_once() {
    let tsv = "MST\tTên doanh nghiệp\n\
               0100109106\tViettel\n\
               0100109107\tSai chữ số kiểm tra\n\
               001087123456\tHộ kinh doanh\n\
               \tKhông có mã\n\
               0100109106\tViettel lặp lại\n\
               0314409058-002\tChi nhánh\n\
               0314409058\tCông ty mẹ của chi nhánh\n";
    let report = check(tsv, None);
    let s = report.summary;
    assert_eq!(
        (
            s.rows,
            s.tax_valid,
            s.tax_invalid,
            s.tax_cannot_verify,
            s.tax_missing,
            s.duplicates
        ),
        (7, 4, 1, 1, 1, 1)
    );
    // The 10-digit parent and its 13-digit branch are different codes: no duplicate. The
    // household business (12-digit code) is not an organization (docs/rules.md §3.1).
    assert_eq!((s.distinct(), s.households), (5, 1));
    let duplicate: Vec<_> = report
        .problems_in(Some(ProblemCategory::Duplicate))
        .collect();
    assert_eq!(duplicate.len(), 1);
    assert_eq!(duplicate[0].row, 6);
    assert_eq!(
        duplicate[0].kind,
        ProblemKind::Duplicate {
            code: code("0100109106"),
            first_row: 2
        }
    );
    assert_eq!(
        duplicate[0].kind.localize(Lang::Vi),
        "Mã số thuế 0100109106 đã có ở dòng 2: giữ một dòng cho mỗi mã"
    );
    assert_eq!(
        duplicate[0].kind.localize(Lang::En),
        "Tax code 0100109106 already appears in row 2: keep one row per code"
    );
}

#[test]
fn duplicates_ignore_formatting() {
    // Spaces, dots and the branch hyphen are formatting: the canonical code decides.
    let tsv = "Mã số thuế\n0100109106\n0100.109.106\n0314409058002\n0314409058-002\n";
    let report = check(tsv, None);
    assert_eq!(report.summary.duplicates, 2);
    let rows: Vec<(u32, u32)> = report
        .problems
        .iter()
        .filter_map(|p| match p.kind {
            ProblemKind::Duplicate { first_row, .. } => Some((p.row, first_row)),
            _ => None,
        })
        .collect();
    assert_eq!(rows, vec![(3, 2), (5, 4)]);
}

// ---------------------------------------------------------------- communes

#[test]
fn commune_cells_and_addresses() {
    let rach_gia = commune_code("Phường Rạch Giá", 91);
    let ba_dinh = commune_code("Phường Ba Đình", 1);
    // Xã Vĩnh Hòa Hiệp (Châu Thành, Kiên Giang) went whole into Xã Bình An (1654/NQ-UBTVQH15).
    let binh_an = commune_code("Xã Bình An", 91);
    let mut reader = AddressReader::new(Some(data()), an_giang());
    let read = |reader: &mut AddressReader<'_>, commune, address| {
        let cells = RowCells {
            commune,
            address,
            ..RowCells::default()
        };
        reader.read(cells).0.outcome()
    };
    // (commune cell, address, commune found) — names from the 2025 list (Nghị quyết
    // 202/2025/QH15) and, converted, from before it (the statistics office's table).
    let found: Vec<(Option<&str>, Option<&str>, CommuneCode)> = vec![
        (Some("Phường Rạch Giá"), None, rach_gia),
        (Some("rach gia"), None, rach_gia),
        (Some("P. Rạch Giá"), None, rach_gia),
        (Some("  PHƯỜNG RẠCH GIÁ "), None, rach_gia),
        (
            None,
            Some("12 Nguyễn Trung Trực, Phường Rạch Giá, Tỉnh An Giang"),
            rach_gia,
        ),
        // Old addresses, converted: Vĩnh Thanh Vân went whole into Rạch Giá.
        (Some("Phường Vĩnh Thanh Vân"), None, rach_gia),
        (
            None,
            Some(
                "12 Nguyễn Trung Trực, Phường Vĩnh Thanh Vân, Thành phố Rạch Giá, Tỉnh Kiên Giang",
            ),
            rach_gia,
        ),
        (
            Some("Xã Vĩnh Hòa Hiệp"),
            Some("Ấp Phước Lợi, Huyện Châu Thành, Tỉnh Kiên Giang"),
            binh_an,
        ),
    ];
    for (cell, address, commune) in found {
        let outcome = read(&mut reader, cell, address);
        assert_eq!(
            outcome.commune(),
            Some(commune),
            "{cell:?} {address:?}: {outcome:?}"
        );
    }
    // Old districts alone: their own reason, never guessed into a commune.
    for district in [
        "Thành phố Rạch Giá",
        "TP Rạch Giá",
        "Huyện Châu Thành",
        "Thị xã Hà Tiên",
    ] {
        let outcome = read(&mut reader, Some(district), None);
        assert!(
            matches!(outcome, Outcome::DistrictOnly { .. }),
            "{district}: {outcome:?}"
        );
    }
    // Written with another kind.
    assert_eq!(
        read(&mut reader, Some("Xã Rạch Giá"), None),
        Outcome::CurrentKindDiffers {
            commune: rach_gia,
            written: CommuneKind::Commune
        }
    );
    assert_eq!(read(&mut reader, None, None), Outcome::Missing);
    assert_eq!(
        read(&mut reader, Some("Phường Không Có"), None),
        Outcome::NotFound(NotFound::Commune)
    );
    // Without a chosen province, the province of the row narrows the search.
    let mut nationwide = AddressReader::new(Some(data()), None);
    assert_eq!(
        read(
            &mut nationwide,
            None,
            Some("1 Điện Biên Phủ, Phường Ba Đình, Thành phố Hà Nội")
        ),
        Outcome::Current(ba_dinh)
    );
    assert_eq!(
        nationwide
            .read(RowCells {
                commune: Some("Rạch Giá"),
                province: Some("An Giang"),
                ..RowCells::default()
            })
            .0,
        AddressReading::Resolved(Outcome::Current(rach_gia))
    );
    // "Châu Thành" is a commune in several provinces: ambiguous nationwide, found in An Giang.
    assert!(matches!(
        read(&mut nationwide, Some("Xã Châu Thành"), None),
        Outcome::AmbiguousNew { candidates } if candidates >= 2
    ));
    assert_eq!(
        read(&mut reader, Some("Xã Châu Thành"), None),
        Outcome::Current(commune_code("Xã Châu Thành", 91))
    );
    // Without the data, today's names still resolve and old addresses wait for it.
    let mut without = AddressReader::new(None, an_giang());
    assert_eq!(
        read(&mut without, Some("Phường Rạch Giá"), None),
        Outcome::Current(rach_gia)
    );
    let waiting = without
        .read(RowCells {
            address: Some("Ấp Phước Lợi, Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang"),
            ..RowCells::default()
        })
        .0;
    assert!(waiting.needs_old_data(), "{waiting:?}");
}

/// A list with its pre-merger address in a column of its own: used when the current columns
/// give no commune, checked against them when both do.
#[test]
fn an_old_address_column() {
    let rach_gia = commune_code("Phường Rạch Giá", 91);
    let mut reader = AddressReader::new(Some(data()), None);
    let row = |current: Option<&'static str>, old: &'static str| RowCells {
        address: current,
        old_address: Some(old),
        ..RowCells::default()
    };
    let old = "Số 5 Trần Phú, Phường Vĩnh Thanh Vân, TP Rạch Giá, Tỉnh Kiên Giang";
    // Only the old column: converted.
    let (reading, street) = reader.read(row(None, old));
    assert!(reading.is_converted(), "{reading:?}");
    assert_eq!(reading.commune(), Some(rach_gia));
    assert_eq!(street, Some("Số 5 Trần Phú"));
    // Both agree: a current address.
    let (reading, _) = reader.read(row(Some("Số 5 Trần Phú, Phường Rạch Giá, An Giang"), old));
    assert_eq!(
        reading,
        AddressReading::Resolved(Outcome::Current(rach_gia))
    );
    // They disagree: reported, neither chosen.
    let (reading, _) = reader.read(row(Some("Số 5 Trần Phú, Phường Ba Đình, Hà Nội"), old));
    assert!(
        matches!(reading, AddressReading::OldColumnDisagrees { .. }),
        "{reading:?}"
    );
    assert_eq!(reading.commune(), None);
}

#[test]
fn commune_problem_messages() {
    assert_eq!(
        ProblemKind::Address(Outcome::Missing).localize(Lang::Vi),
        "Ghi xã, phường, đặc khu hoặc địa chỉ trụ sở của tổ chức"
    );
    let rach_gia = commune_code("Phường Rạch Giá", 91);
    let reading = AddressReader::new(Some(data()), None)
        .read(RowCells {
            address: Some("Phường Vĩnh Thanh Vân, TP Rạch Giá, Tỉnh Kiên Giang"),
            ..RowCells::default()
        })
        .0;
    let kind = ProblemKind::Address(reading.outcome());
    assert_eq!(kind.category(), ProblemCategory::OldAddress);
    assert_eq!(
        t::problem_sentence(&kind, Some(data()), Lang::Vi),
        "Phường Vĩnh Thanh Vân, Thành phố Rạch Giá, Tỉnh Kiên Giang nay là Phường Rạch Giá, Tỉnh \
         An Giang."
    );
    assert_eq!(
        ProblemKind::OldColumnDisagrees {
            current: rach_gia,
            converted: commune_code("Phường Vĩnh Thông", 91),
        }
        .localize(Lang::En),
        "The current address is in Phường Rạch Giá, Tỉnh An Giang, but the old address converts \
         to Phường Vĩnh Thông, Tỉnh An Giang: correct the wrong column"
    );
}

// ---------------------------------------------------------------- status

#[test]
fn status_cells() {
    // Wording of the tax office's taxpayer lists and the business registry.
    let cases = [
        ("NNT đang hoạt động (đã được cấp GCN ĐKT)", Status::Active),
        ("Đang hoạt động", Status::Active),
        ("active", Status::Active),
        (
            "NNT ngừng hoạt động và đã hoàn thành thủ tục chấm dứt hiệu lực MST",
            Status::Inactive(InactiveReason::Ceased),
        ),
        (
            "NNT ngừng hoạt động nhưng chưa hoàn thành thủ tục đóng MST",
            Status::Inactive(InactiveReason::Ceased),
        ),
        ("NGUNG HOAT DONG", Status::Inactive(InactiveReason::Ceased)),
        (
            "Tạm ngừng kinh doanh",
            Status::Inactive(InactiveReason::Suspended),
        ),
        (
            "NNT tạm nghỉ kinh doanh có thời hạn",
            Status::Inactive(InactiveReason::Suspended),
        ),
        (
            "NNT không hoạt động tại địa chỉ đã đăng ký",
            Status::Inactive(InactiveReason::NotAtAddress),
        ),
        ("Đã giải thể", Status::Inactive(InactiveReason::Dissolved)),
        ("Phá sản", Status::Inactive(InactiveReason::Bankrupt)),
        (
            "Bị thu hồi giấy chứng nhận",
            Status::Inactive(InactiveReason::Revoked),
        ),
        (
            "Không hoạt động",
            Status::Inactive(InactiveReason::NotOperating),
        ),
        ("Inactive", Status::Inactive(InactiveReason::Ceased)),
        ("suspended", Status::Inactive(InactiveReason::Suspended)),
        ("dissolved", Status::Inactive(InactiveReason::Dissolved)),
        ("", Status::Blank),
        ("???", Status::Unrecognised),
    ];
    for (cell, status) in cases {
        assert_eq!(read_status(cell), status, "{cell:?}");
    }
}

// ---------------------------------------------------------------- aggregation

const SMALL_LIST: &str = "Mã số thuế\tTên doanh nghiệp\tPhường/xã\tĐiện thoại\tEmail\tTrạng thái\n\
    0100109106\tCông ty A\tPhường Rạch Giá\t0912 345 678\ta@gmail.com\tĐang hoạt động\n\
    0314409058\tCông ty B\trach gia\t+84 983 000 111\tketoan@gmial.com\tNgừng hoạt động\n\
    0314409058-002\tChi nhánh B\tXã Châu Thành\t0297 3862 123\tb.congty.vn\tĐang hoạt động\n\
    0100109106\tCông ty A (lặp)\tPhường Rạch Giá\t0912345678\ta@gmail.com\tĐang hoạt động\n\
    0100109107\tCông ty C\tHuyện Châu Thành\t\t\tTạm ngừng kinh doanh\n";

#[test]
fn per_commune_counts_exclude_repeats_and_count_inactive() {
    let report = check(SMALL_LIST, an_giang());
    let rach_gia = commune_code("Phường Rạch Giá", 91);
    let chau_thanh = commune_code("Xã Châu Thành", 91);
    let tallies: Vec<(CommuneCode, u32, u32)> = report
        .communes
        .iter()
        .map(|t| (t.commune, t.organizations, t.inactive))
        .collect();
    let mut wanted = vec![(rach_gia, 2, 1), (chau_thanh, 1, 0)];
    wanted.sort();
    assert_eq!(tallies, wanted);
    // Row 6 names an old district only: not assigned, and inactive.
    assert_eq!((report.unassigned, report.unassigned_inactive), (1, 1));
    let s = report.summary;
    assert_eq!((s.inactive, s.distinct(), s.targets()), (2, 4, 2));
    assert_eq!(
        (s.phone_ok, s.phone_invalid, s.phone_missing),
        (3, 1, 1),
        "the landline is no mobile"
    );
    assert_eq!(
        (
            s.email_ok,
            s.email_invalid,
            s.email_warnings,
            s.email_missing
        ),
        (3, 1, 1, 1)
    );
    assert_eq!(s.commune_old_district, 1);
    // The hand-over to the campaign tracker carries the same counts, no names.
    let handover = CommuneCounts::from_report(&report);
    assert_eq!(handover.province, an_giang());
    assert_eq!(handover.rows, wanted);
    assert_eq!(handover.unassigned, 1);
    let json = serde_json::to_string(&handover).unwrap();
    assert!(!json.contains("Công ty"));
    assert_eq!(
        serde_json::from_str::<CommuneCounts>(&json).unwrap(),
        handover
    );
}

#[test]
fn problems_list_rows_and_reasons_in_order() {
    let report = check(SMALL_LIST, an_giang());
    let listed: Vec<(u32, ProblemCategory)> = report
        .problems
        .iter()
        .map(|p| (p.row, p.kind.category()))
        .collect();
    assert_eq!(
        listed,
        vec![
            (3, ProblemCategory::Email),
            (3, ProblemCategory::Inactive),
            (4, ProblemCategory::Phone),
            (4, ProblemCategory::Email),
            (5, ProblemCategory::Duplicate),
            (6, ProblemCategory::TaxCode),
            (6, ProblemCategory::Commune),
            (6, ProblemCategory::Phone),
            (6, ProblemCategory::Email),
            (6, ProblemCategory::Inactive),
        ]
    );
    assert_eq!(report.count_in(None), 10);
    assert_eq!(report.count_in(Some(ProblemCategory::Email)), 3);
    let wrong_digit = &report.problems[5].kind;
    assert_eq!(
        wrong_digit.localize(Lang::Vi),
        "Có một chữ số bị sai: với 9 chữ số đầu này, chữ số thứ 10 phải là 6 (chữ số kiểm tra). \
         Kiểm tra lại từng chữ số"
    );
    assert_eq!(
        report.problems[1].kind.localize(Lang::En),
        "Status: stopped operating. Not counted toward targets (enterprises that do not operate \
         are excluded)"
    );
}

#[test]
fn generated_lists_give_the_counts_planted() {
    // The generator knows what it planted; the check must find exactly that.
    for (rows, seed) in [(2_000, 1), (10_000, 7)] {
        let sample = bulk_sample::generate(rows, seed, 50);
        // Without the conversion data, as the 100k benchmark runs: the planted old districts
        // and old communes wait for it.
        let (prepared, report) = check_text(&sample.csv, None, None).unwrap();
        assert_eq!(prepared.delimiter, Delimiter::Comma);
        let e = &sample.expected;
        let s = report.summary;
        assert_eq!(s.rows, e.rows);
        assert_eq!(
            (
                s.tax_valid,
                s.tax_invalid,
                s.tax_cannot_verify,
                s.tax_missing
            ),
            (e.tax_valid, e.tax_invalid, e.tax_cannot_verify, 0)
        );
        assert_eq!(s.duplicates, e.duplicates);
        assert_eq!(
            (
                s.commune_current,
                s.commune_needs_data,
                s.commune_converted,
                s.commune_ambiguous,
                s.commune_kind_differs
            ),
            (e.commune_matched, e.commune_old_district, 0, 0, 0)
        );
        // Old commune names in a new province have no old-address word: not found without the
        // data (and the page then fetches it: `AddressReading::wants_old_data`).
        assert_eq!(s.commune_unmatched, e.commune_unmatched);
        assert_eq!((s.phone_invalid, s.phone_warnings), (e.phone_invalid, 0));
        assert_eq!((s.email_invalid, s.email_warnings), (e.email_invalid, 0));
        assert_eq!(s.inactive, e.inactive);
        let tallies: Vec<(CommuneCode, (u32, u32))> = report
            .communes
            .iter()
            .map(|t| (t.commune, (t.organizations, t.inactive)))
            .collect();
        assert_eq!(tallies, e.communes.clone().into_iter().collect::<Vec<_>>());
        // About 5 % of each kind was planted.
        let share = |n: u32| f64::from(n) / f64::from(e.rows);
        assert!(
            (0.03..0.07).contains(&share(e.duplicates)),
            "{}",
            e.duplicates
        );
        // Same answer with the province chosen.
        let chosen = check_text(&sample.csv, an_giang(), None).unwrap().1;
        assert_eq!(chosen.summary, s);
        // With the data, the planted old districts are districts only, and every current row
        // keeps its commune.
        let with_data = check_text(&sample.csv, None, Some(data())).unwrap().1;
        assert_eq!(with_data.summary.commune_current, e.commune_matched);
        // "Thành phố Long Xuyên, Tỉnh Kiên Giang": Long Xuyên was in old An Giang, so the row
        // contradicts itself; every other planted district is a district only.
        let w = with_data.summary;
        assert_eq!(
            w.commune_old_district + w.commune_contradiction,
            e.commune_old_district
        );
        assert!(w.commune_contradiction < e.commune_old_district / 4);
        assert_eq!(with_data.summary.commune_needs_data, 0);
    }
}

#[test]
fn chunked_feeding_equals_one_pass() {
    let sample = bulk_sample::generate(3_000, 3, 50);
    let prepared = prepare(&sample.csv, Delimiter::Comma).unwrap();
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut checker = BulkChecker::new(columns, None, Some(data()));
    let mut records = data_records(&sample.csv, Delimiter::Comma, prepared.header_row);
    let mut chunks = 0;
    while checker.feed(&mut records, 257) > 0 {
        chunks += 1;
    }
    assert_eq!(chunks, 3_000usize.div_ceil(257));
    let chunked = checker.finish();
    let whole = check_text(&sample.csv, None, Some(data())).unwrap().1;
    assert_eq!(chunked, whole);
}

// ---------------------------------------------------------------- mapping

#[test]
fn headers_of_real_lists_map_to_columns() {
    // Headers of a tax office export, a business registry export and an officer's sheet.
    // Column::ALL: tax code, name, commune, district, province, address, old address,
    // representative, phone, email, status.
    let cases: [(&[&str], [Option<usize>; 11]); 5] = [
        (
            &[
                "STT",
                "Mã số thuế",
                "Tên người nộp thuế",
                "Địa chỉ trụ sở",
                "Phường/xã",
                "Người đại diện theo pháp luật",
                "Điện thoại",
                "Email",
                "Trạng thái",
            ],
            [
                Some(1),
                Some(2),
                Some(4),
                None,
                None,
                Some(3),
                None,
                Some(5),
                Some(6),
                Some(7),
                Some(8),
            ],
        ),
        (
            &[
                "Mã số doanh nghiệp",
                "Tên doanh nghiệp",
                "Địa chỉ",
                "Tình trạng hoạt động",
            ],
            [
                Some(0),
                Some(1),
                None,
                None,
                None,
                Some(2),
                None,
                None,
                None,
                None,
                Some(3),
            ],
        ),
        (
            &["MST", "Tên tổ chức", "Địa bàn", "SĐT", "E-mail"],
            [
                Some(0),
                Some(1),
                Some(2),
                None,
                None,
                None,
                None,
                None,
                Some(3),
                Some(4),
                None,
            ],
        ),
        // The tax office's layout of lists from before 1/7/2025 (issue 14), with the column
        // of the tax office managing each enterprise, which is no district.
        (
            &[
                "STT",
                "Mã số thuế",
                "Tên người nộp thuế",
                "Địa chỉ trụ sở",
                "Phường/Xã",
                "Quận/Huyện",
                "Tỉnh/Thành phố",
                "Cơ quan thuế quản lý",
                "Trạng thái",
            ],
            [
                Some(1),
                Some(2),
                Some(4),
                Some(5),
                Some(6),
                Some(3),
                None,
                None,
                None,
                None,
                Some(8),
            ],
        ),
        // A list with the address before and after the merger.
        (
            &[
                "Mã số thuế",
                "Tên doanh nghiệp",
                "Địa chỉ",
                "Địa chỉ cũ",
                "Xã, phường",
                "Tỉnh",
            ],
            [
                Some(0),
                Some(1),
                Some(4),
                None,
                Some(5),
                Some(2),
                Some(3),
                None,
                None,
                None,
                None,
            ],
        ),
    ];
    for (header, wanted) in cases {
        let mapping = delimited::match_headers(header, &bulk::COLUMNS);
        let columns = BulkColumns::from_mapping(&mapping);
        let got: Vec<Option<usize>> = Column::ALL.iter().map(|&c| columns.get(c)).collect();
        assert_eq!(got, wanted.to_vec(), "{header:?}");
        assert!(!bulk::needs_review(&mapping), "{header:?}: {mapping:?}");
    }
    // An unfamiliar header needs the mapping step.
    let mapping = delimited::match_headers(&["Mã số thuế của đơn vị", "Tên"], &bulk::COLUMNS);
    assert!(bulk::needs_review(&mapping));
    let mapping = delimited::match_headers(&["Tên doanh nghiệp", "Địa chỉ"], &bulk::COLUMNS);
    assert!(bulk::needs_review(&mapping), "no tax code column");
}

#[test]
fn mapping_key_ignores_case_and_accents() {
    assert_eq!(
        mapping_key(&["Mã số thuế", "Tên doanh nghiệp"]),
        mapping_key(&["MA SO THUE", "ten doanh nghiep"])
    );
    assert_ne!(
        mapping_key(&["Mã số thuế", "Tên doanh nghiệp"]),
        mapping_key(&["Tên doanh nghiệp", "Mã số thuế"])
    );
    let mut columns = BulkColumns::default();
    columns.set(Column::TaxCode, Some(0));
    columns.set(Column::Name, Some(0));
    columns.set(Column::Phone, Some(9));
    assert_eq!(columns.conflicts(), vec![Column::TaxCode, Column::Name]);
    assert_eq!(columns.within(3).phone, None);
}

// ---------------------------------------------------------------- exports

#[test]
fn cleaned_export_reads_back_with_canonical_codes() {
    let text = SMALL_LIST;
    let prepared = prepare(text, Delimiter::Tab).unwrap();
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut cleaned = CleanedCsv::new(
        &prepared.header,
        columns,
        an_giang(),
        Some(data()),
        &Settlements::new(),
        t::cleaned_labels(Lang::Vi),
    );
    let words = t::BulkWords {
        lang: Lang::Vi,
        data: Some(data()),
    };
    for record in data_records(text, Delimiter::Tab, prepared.header_row) {
        cleaned.push(&record, &words);
    }
    let csv = cleaned.finish();
    assert!(csv.starts_with('\u{FEFF}'), "BOM for Excel");
    let decoded = delimited::decode(csv.as_bytes()).unwrap();
    let rows: Vec<Vec<String>> = Reader::new(&decoded.text, Delimiter::Comma)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 6);
    let header = &rows[0];
    assert_eq!(header[1], "Mã số thuế (chuẩn)");
    assert_eq!(
        &header[13..],
        prepared.header.as_slice(),
        "original columns kept"
    );
    assert!(header[7].contains("23/10/2025"), "{}", header[7]);
    let row3 = &rows[2];
    assert_eq!(row3[0], "3");
    assert_eq!(row3[1], "0314409058");
    assert_eq!(row3[2], "Đúng");
    assert_eq!(row3[4], commune_code("Phường Rạch Giá", 91).to_string());
    assert_eq!(row3[5], "Phường Rạch Giá");
    assert_eq!(row3[6], "Tỉnh An Giang");
    assert_eq!(row3[7], "đã là địa chỉ mới");
    assert_eq!(row3[8], "");
    assert_eq!(row3[9], "0983000111", "phone in standard form");
    assert_eq!(row3[11], "Không", "not operating");
    assert!(row3[12].contains("gmail.com"), "{}", row3[12]);
    assert_eq!(row3[14], "Công ty B");
    let row5 = &rows[4];
    assert_eq!(row5[3], "2", "repeats row 2");
    // Every original cell survives the round trip.
    let original: Vec<Vec<String>> = Reader::new(text, Delimiter::Tab)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    for (cleaned_row, original_row) in rows.iter().zip(&original) {
        assert_eq!(&cleaned_row[13..], original_row.as_slice());
    }
}

#[test]
fn problems_and_commune_exports() {
    let report = check(SMALL_LIST, an_giang());
    let prepared = prepare(SMALL_LIST, Delimiter::Tab).unwrap();
    let columns = BulkColumns::from_mapping(&prepared.mapping);
    let mut problems = ProblemsCsv::new(
        &report.problems,
        columns,
        t::headers(t::PROBLEM_HEADERS, Lang::En),
    );
    for record in data_records(SMALL_LIST, Delimiter::Tab, prepared.header_row) {
        problems.push(
            &record,
            |c| t::category_label(c).en.to_owned(),
            |k| t::problem_sentence(k, Some(data()), Lang::En),
        );
    }
    assert!(problems.is_done());
    let csv = problems.finish();
    let rows: Vec<Vec<String>> = Reader::new(&csv, Delimiter::Comma)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 1 + report.problems.len());
    assert_eq!(
        rows[0],
        [
            "Row",
            "Kind",
            "What to do",
            "Tax code (as in the file)",
            "Organization name"
        ]
    );
    assert_eq!(
        rows[5],
        [
            "5",
            "Repeated tax code",
            "Tax code 0100109106 already appears in row 2: keep one row per code",
            "0100109106",
            "Công ty A (lặp)"
        ]
    );

    let csv = communes_csv(
        &report,
        t::headers(t::COMMUNE_HEADERS, Lang::Vi),
        t::SPLIT_ROW.vi,
        t::UNASSIGNED.vi,
    );
    let rows: Vec<Vec<String>> = Reader::new(&csv, Delimiter::Comma)
        .map(|r| r.fields.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 4);
    // code, commune, province, organizations, from old addresses, inactive, targets, possibly
    assert!(
        rows.iter()
            .any(|r| r[1] == "Phường Rạch Giá" && r[3..] == ["2", "0", "1", "1", "0"])
    );
    assert_eq!(
        rows[3],
        ["", "Chưa xác định được xã", "", "1", "", "1", "0", ""]
    );
}

#[test]
fn summary_words_and_figures() {
    assert_eq!(
        t::share(12_420, 19_671, Lang::Vi),
        "63,1\u{a0}% (12.420 / 19.671)"
    );
    assert_eq!(
        t::share(12_420, 19_671, Lang::En),
        "63.1% (12,420 / 19,671)"
    );
    assert_eq!(
        t::verdict(11_589, 0, Lang::Vi),
        "Đã kiểm tra 11.589 dòng: mã số thuế đều đúng và không trùng."
    );
}

// ---------------------------------------------------------------- no panics

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_checks_without_panic(text in "\\PC{0,400}") {
        if let Some((prepared, report)) = check_text(&text, None, Some(data())) {
            prop_assert!(report.summary.rows as usize <= text.len());
            prop_assert!(report.problems.windows(2).all(|w| w[0].row <= w[1].row));
            let columns = BulkColumns::from_mapping(&prepared.mapping);
            let mut cleaned = CleanedCsv::new(
                &prepared.header,
                columns,
                None,
                Some(data()),
                &Settlements::new(),
                t::cleaned_labels(Lang::En),
            );
            let words = t::BulkWords { lang: Lang::En, data: Some(data()) };
            for record in data_records(&text, prepared.delimiter, prepared.header_row) {
                cleaned.push(&record, &words);
            }
            let _ = cleaned.finish();
        }
    }

    #[test]
    fn any_cells_in_known_columns(cells in proptest::collection::vec("[0-9a-zA-Zà-ỹ .,@+\\-\"\\t]{0,30}", 0..40)) {
        let mut text = String::from(
            "Mã số thuế,Tên,Xã/phường,Quận/huyện,Tỉnh/thành phố,Địa chỉ,Điện thoại,Email,Trạng thái\n",
        );
        for chunk in cells.chunks(9) {
            text.push_str(&chunk.join(","));
            text.push('\n');
        }
        for data in [None, Some(data())] {
            let report = check_text(&text, None, data).unwrap().1;
            let s = report.summary;
            prop_assert_eq!(s.tax_valid + s.tax_invalid + s.tax_cannot_verify + s.tax_missing, s.rows);
            prop_assert_eq!(s.commune_matched() + s.commune_problems(), s.rows);
            let tallied: u32 = report.communes.iter().map(|t| t.organizations).sum::<u32>()
                + report.split_organizations()
                + report.unassigned;
            prop_assert_eq!(tallied, s.distinct());
            // Deterministic.
            prop_assert_eq!(&check_text(&text, None, data).unwrap().1, &report);
        }
    }

    #[test]
    fn any_bytes_decode_and_check(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = bulk::check_bytes(&bytes, None, Some(data()));
    }
}

#[test]
fn household_businesses_are_checked_but_not_counted_as_organizations_of_a_commune() {
    // docs/rules.md §3.1: a household business is not an organization; its owner's 12-digit ID is
    // its tax code and it registers a personal account.
    let list = "Mã số thuế\tTên\tXã/phường\n\
        0100109106\tCông ty A\tPhường Rạch Giá\n\
        091087123456\tHộ kinh doanh Bình\tPhường Rạch Giá\n";
    let report = check(list, an_giang());
    let rach_gia = commune_code("Phường Rạch Giá", 91);
    let tallies: Vec<_> = report
        .communes
        .iter()
        .map(|t| (t.commune, t.organizations))
        .collect();
    assert_eq!(tallies, vec![(rach_gia, 1)]);
    assert_eq!(report.summary.tax_cannot_verify, 1);
}
