//! The file worker's work, natively: 100,000 organization rows as .xlsx (and as .ods and .xls
//! when LibreOffice is installed to make them) read through the session — open, read the sheet,
//! CSV bytes — with each stage timed; the .xlsx export of the same rows; TCVN3 detection and
//! conversion on 100,000 lines; Windows-1258 decoding of 20 MB.
//!
//! Run with `cargo bench --bench workbooks` (harness = false: plain `main`, figures printed,
//! never pass or fail). The browser runs the same code as Wasm, two to three times slower.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::hint::black_box;
    use std::path::PathBuf;
    use std::time::Instant;

    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook as Writer};
    use sansang::files::protocol::{ColumnKind, ExportColumn, Request, Response, XlsxExport};
    use sansang::files::session::Session;
    use sansang::files::text::decode_text;
    use sansang::files::workbook::Workbook;
    use sansang::rules::legacy_text::{LegacyDetector, LegacyScheme, convert};
    use sansang::rules::sheet::to_table;

    const ROWS: usize = 100_000;

    /// Seconds this thread has run on a CPU (Linux: `/proc/thread-self/schedstat`, in
    /// nanoseconds), so that figures stay true on a machine shared with other builds; wall
    /// time elsewhere.
    fn cpu_seconds() -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
        Some(ns / 1e9)
    }

    /// The least time of `runs` runs: CPU time where the system tells it, else wall time.
    fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> f64 {
        (0..runs)
            .map(|_| {
                let cpu = cpu_seconds();
                let start = Instant::now();
                black_box(work());
                match (cpu, cpu_seconds()) {
                    (Some(before), Some(after)) => after - before,
                    _ => start.elapsed().as_secs_f64(),
                }
            })
            .fold(f64::INFINITY, f64::min)
    }

    fn ms(seconds: f64) -> String {
        format!("{:.0} ms", seconds * 1000.0)
    }

    /// A tax office's list of `rows` organizations, as in `tests/workbook_fixtures.rs`: titles, a
    /// header, column numbers, every commune merged down its 50 rows, codes as numbers and as
    /// text, dates as date cells and as text, a formula per row.
    fn organization_list(rows: usize) -> Vec<u8> {
        let mut book = Writer::new();
        let dates = Format::new().set_num_format("dd/mm/yyyy");
        let sheet = book.add_worksheet();
        sheet.write(0, 0, "THUẾ CƠ SỞ 3 TỈNH AN GIANG").ok();
        sheet
            .merge_range(1, 0, 1, 7, "DANH SÁCH DOANH NGHIỆP", &Format::new())
            .ok();
        let header = [
            "STT",
            "Mã số thuế",
            "Tên doanh nghiệp",
            "Địa chỉ",
            "Xã, phường",
            "Ngày cấp GCN",
            "Lao động",
            "Ghi chú",
        ];
        for (c, h) in header.iter().enumerate() {
            sheet.write(3, c as u16, *h).ok();
            sheet.write(4, c as u16, (c + 1) as f64).ok();
        }
        let names = [
            "Công ty TNHH Thương mại Hà Nội",
            "Hợp tác xã Nông nghiệp Tân An",
            "Công ty Cổ phần Xây dựng Miền Tây",
        ];
        let first = 5u32;
        for i in 0..rows {
            let r = first + i as u32;
            sheet.write(r, 0, (i + 1) as f64).ok();
            let code = 100_109_106 + i as u64 * 7;
            if i % 2 == 0 {
                sheet.write(r, 1, code as f64).ok();
            } else {
                sheet.write(r, 1, format!("{code:010}").as_str()).ok();
            }
            sheet
                .write(r, 2, format!("{} số {i}", names[i % names.len()]).as_str())
                .ok();
            sheet
                .write(r, 3, format!("Số {} đường Lê Lợi", i % 300).as_str())
                .ok();
            if i % 50 == 0 {
                let last = (r + 49).min(first + rows as u32 - 1);
                let commune = format!("Xã Vĩnh Hòa Hiệp {}", i / 50);
                if last > r {
                    sheet
                        .merge_range(r, 4, last, 4, &commune, &Format::new())
                        .ok();
                } else {
                    sheet.write(r, 4, commune.as_str()).ok();
                }
            }
            if i % 3 == 0 {
                sheet
                    .write(
                        r,
                        5,
                        format!("{:02}/{:02}/2015", i % 28 + 1, i % 12 + 1).as_str(),
                    )
                    .ok();
            } else if let Ok(date) =
                ExcelDateTime::from_ymd(2000 + (i % 25) as u16, (i % 12 + 1) as u8, 1)
            {
                sheet.write_datetime_with_format(r, 5, date, &dates).ok();
            }
            sheet.write(r, 6, (i % 200) as f64).ok();
        }
        book.save_to_buffer().unwrap_or_default()
    }

    /// The same list converted by LibreOffice, kept in `target/` between runs; `None` without
    /// `soffice`.
    fn converted(xlsx: &[u8], extension: &str, rows: usize) -> Option<Vec<u8>> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-workbooks");
        let out = dir.join(format!("organizations-{rows}.{extension}"));
        if let Ok(bytes) = std::fs::read(&out) {
            return Some(bytes);
        }
        std::fs::create_dir_all(&dir).ok()?;
        let source = dir.join(format!("organizations-{rows}.xlsx"));
        std::fs::write(&source, xlsx).ok()?;
        let profile = dir.join("lo-profile");
        let status = std::process::Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                extension,
                "--outdir",
            ])
            .arg(&dir)
            .arg(&source)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        if !status.success() {
            return None;
        }
        std::fs::read(&out).ok()
    }

    /// Open → read the sheet → CSV bytes through the session, best of `runs`, then each stage
    /// alone.
    fn read_through_session(label: &str, bytes: &[u8], rows: usize, runs: usize) {
        let mut csv_len = 0;
        let total = best_of(runs, || {
            let mut session = Session::default();
            let opened = session.handle(
                Request::OpenWorkbook {
                    file_name: String::new(),
                },
                Some(bytes.to_vec()),
                &mut |_| {},
            );
            assert!(
                matches!(opened.body, Response::Workbook(_)),
                "{:?}",
                opened.body
            );
            let reply = session.handle(Request::ReadSheet { sheet: 0 }, None, &mut |_| {});
            assert!(matches!(reply.body, Response::Table(_)), "{:?}", reply.body);
            csv_len = reply.bytes.map_or(0, |b| b.len());
            csv_len
        });
        println!(
            "{label}: {rows} rows, {:.1} MB file → {:.1} MB CSV: {} through the session ({:.0} rows/s)",
            bytes.len() as f64 / 1e6,
            csv_len as f64 / 1e6,
            ms(total),
            rows as f64 / total
        );
        let open = best_of(runs, || {
            Workbook::open(bytes.to_vec(), &mut |_, _| {}).map(|w| w.sheets().len())
        });
        let mut workbook = Workbook::open(bytes.to_vec(), &mut |_, _| {}).ok();
        let name = workbook
            .as_ref()
            .and_then(|w| w.sheets().first().map(|s| s.name.clone()))
            .unwrap_or_default();
        let mut grid = None;
        let read = best_of(runs, || {
            grid = workbook
                .as_mut()
                .and_then(|w| w.read_sheet(&name, &mut |_, _| {}).ok());
            grid.as_ref().map_or(0, |g| g.rows.len())
        });
        let grid = grid.unwrap_or_default();
        let mut table = None;
        let rules = best_of(runs, || {
            table = Some(to_table(&grid));
            table.as_ref().map_or(0, |t| t.rows.len())
        });
        let table = table.unwrap_or_default();
        let csv = best_of(runs, || table.to_csv().len());
        let detect = best_of(runs, || {
            let mut detector = LegacyDetector::default();
            for row in &table.rows {
                for cell in &row.cells {
                    detector.add(cell);
                }
            }
            detector.verdict()
        });
        println!(
            "  open {} · read sheet {} · sheet rules {} ({} merges) · CSV {} · TCVN3/VNI check {}",
            ms(open),
            ms(read),
            ms(rules),
            grid.merges.len(),
            ms(csv),
            ms(detect)
        );
    }

    /// The longest the worker goes without a word (a progress report or its answer) while it
    /// opens the workbook and reads its first sheet: what the page's watchdog must allow
    /// (`sansang::forms::watchdog::SILENCE_LIMIT_MS`). Wall time, one run.
    fn longest_silence(label: &str, bytes: &[u8]) {
        let mut session = Session::default();
        let mut last = Instant::now();
        let mut longest = 0f64;
        let mut words = 0usize;
        let heard = |longest: &mut f64, last: &mut Instant| {
            *longest = longest.max(last.elapsed().as_secs_f64());
            *last = Instant::now();
        };
        let request = Request::OpenWorkbook {
            file_name: String::new(),
        };
        session.handle(request, Some(bytes.to_vec()), &mut |_| {
            heard(&mut longest, &mut last);
            words += 1;
        });
        heard(&mut longest, &mut last);
        session.handle(Request::ReadSheet { sheet: 0 }, None, &mut |_| {
            heard(&mut longest, &mut last);
            words += 1;
        });
        heard(&mut longest, &mut last);
        println!(
            "  {label}: longest silence {} ({words} progress reports)",
            ms(longest)
        );
    }

    /// Where an .xlsx's time goes inside calamine: its reader alone, the merged-cells pass alone
    /// (a whole parse of the sheet to reach `<mergeCells>` at its end), and inflating every
    /// entry once (the zip checked before calamine sees it).
    fn xlsx_inside(bytes: &[u8], runs: usize) {
        use calamine::Reader;
        use std::io::{Cursor, Read};
        let open = || calamine::Xlsx::new(Cursor::new(bytes.to_vec())).ok();
        let name = open()
            .and_then(|w| w.sheet_names().first().cloned())
            .unwrap_or_default();
        let new = best_of(runs, open);
        let merges = best_of(runs, || {
            open().and_then(|mut w| w.merge_cells_by_sheet_name(&name).ok().map(|m| m.len()))
        });
        let cells = best_of(runs, || {
            let mut workbook = open()?;
            let mut reader = workbook.worksheet_cells_reader(&name).ok()?;
            let mut n = 0usize;
            while let Ok(Some(cell)) = reader.next_cell() {
                n += usize::from(!matches!(cell.get_value(), calamine::DataRef::Empty));
            }
            Some(n)
        });
        let inflate = best_of(runs, || {
            let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
            let mut total = 0usize;
            let mut buffer = vec![0u8; 64 * 1024];
            for i in 0..archive.len() {
                let mut entry = archive.by_index(i).ok()?;
                while let Ok(read @ 1..) = entry.read(&mut buffer) {
                    total += read;
                }
            }
            Some(total)
        });
        println!(
            "  inside: calamine open {} · merged-cells pass {} · cells pass {} (each with its open) · inflating every entry {}",
            ms(new),
            ms(merges),
            ms(cells),
            ms(inflate)
        );
    }

    fn export(rows: usize) {
        let mut csv = String::from("Mã số thuế,Tên,Lao động,Ngày\n");
        for i in 0..rows {
            csv.push_str(&format!(
                "{:010},Công ty TNHH số {i},{},{:02}/{:02}/2015\n",
                100_109_106 + i * 7,
                i % 200,
                i % 28 + 1,
                i % 12 + 1
            ));
        }
        let kinds = [
            ColumnKind::Code,
            ColumnKind::Text,
            ColumnKind::Integer,
            ColumnKind::Date,
        ];
        let export = XlsxExport {
            sheet_name: "Kết quả".into(),
            columns: kinds
                .iter()
                .map(|&kind| ExportColumn { kind, width: None })
                .collect(),
        };
        let mut size = 0;
        let seconds = best_of(3, || {
            let mut session = Session::default();
            let reply = session.handle(
                Request::WriteXlsx {
                    export: export.clone(),
                },
                Some(csv.as_bytes().to_vec()),
                &mut |_| {},
            );
            size = reply.bytes.map_or(0, |b| b.len());
            size
        });
        println!(
            "export: {rows} rows × 4 columns → {:.1} MB .xlsx in {}",
            size as f64 / 1e6,
            ms(seconds)
        );
    }

    fn legacy_text() {
        let lines = [
            "Tr\u{AD}êng THCS NguyÔn Tr·i, X· VÜnh Hßa HiÖp, HuyÖn Ch©u Thµnh",
            "C«ng ty TNHH Th\u{AD}¬ng m¹i §µ N½ng, sè 12 ®\u{AD}êng Lª Lîi",
            "Hîp t¸c x· N«ng nghiÖp T©n TiÕn, ThÞ trÊn B¶o Th¾ng",
            "NguyÔn V¨n An, 0100109106, Hµ Néi",
        ];
        let text: String = (0..ROWS)
            .map(|i| lines[i % lines.len()])
            .collect::<Vec<_>>()
            .join("\n");
        let mb = text.len() as f64 / 1e6;
        let detect = best_of(5, || {
            let mut detector = LegacyDetector::default();
            for line in text.lines() {
                detector.add(line);
            }
            detector.verdict()
        });
        let mut converted = String::new();
        let conversion = best_of(5, || {
            converted = convert(&text, LegacyScheme::Tcvn3).into_owned();
            converted.len()
        });
        println!(
            "TCVN3: {ROWS} lines ({mb:.1} MB): detection {} · conversion {} ({:.0} MB/s)",
            ms(detect),
            ms(conversion),
            mb / conversion
        );
        // The same lines as the bytes of a file typed in the .VnTime font.
        let bytes: Vec<u8> = text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        let decode = best_of(5, || decode_text(&bytes).map(|d| d.text.len()));
        println!(
            "TCVN3 file: {:.1} MB decoded and detected in {}",
            bytes.len() as f64 / 1e6,
            ms(decode)
        );
    }

    fn windows_1258() {
        // Vietnamese Windows' "ANSI": tone marks as combining characters (0xCC grave, 0xEC
        // acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below), Đ 0xD0, ơ 0xF5, ư 0xFD, ô 0xF4.
        let line: &[u8] = b"0100109106,C\xF4ng ty TNHH Th\xFD\xF5ng ma\xF2i Ha\xCC N\xF4\xF2i,\
            S\xF4\xEC 12 \xF0\xFD\xF5\xCCng L\xEA L\xF5\xF2i,\xD0a\xCC N\xE3\xF2ng,01/01/2014\r\n";
        let mut bytes = Vec::with_capacity(20_000_000 + line.len());
        while bytes.len() < 20_000_000 {
            bytes.extend_from_slice(line);
        }
        let mut out = 0;
        let seconds = best_of(3, || {
            out = decode_text(&bytes).map_or(0, |d| d.text.len());
            out
        });
        let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&bytes);
        let encoding_rs_alone = best_of(3, || {
            encoding_rs::WINDOWS_1258
                .decode_without_bom_handling(&bytes)
                .0
                .len()
        });
        let nfc = best_of(3, || sansang::rules::text::nfc(&text).len());
        println!(
            "Windows-1258: {:.1} MB → {:.1} MB UTF-8 in {} ({:.0} MB/s): encoding_rs {} · NFC {}",
            bytes.len() as f64 / 1e6,
            out as f64 / 1e6,
            ms(seconds),
            bytes.len() as f64 / 1e6 / seconds,
            ms(encoding_rs_alone),
            ms(nfc)
        );
    }

    pub fn run() {
        println!(
            "(times are CPU time of the benchmark's thread{})",
            if cpu_seconds().is_some() {
                ""
            } else {
                " — not available here: wall time"
            }
        );
        // `WORKBOOKS_BENCH_FILE=path`: that workbook read once through the session and nothing
        // else (the browser benchmark's `danh-sach-100k.xlsx`, from `cargo test --test
        // e2e_fixtures -- --ignored`), for a profiler.
        if let Ok(path) = std::env::var("WORKBOOKS_BENCH_FILE") {
            match std::fs::read(&path) {
                Ok(bytes) => read_through_session(&path, &bytes, ROWS, 1),
                Err(e) => println!("{path}: {e}"),
            }
            return;
        }
        let mut xlsx = Vec::new();
        let write = best_of(1, || {
            xlsx = organization_list(ROWS);
            xlsx.len()
        });
        println!(
            "(wrote the {ROWS}-row .xlsx with rust_xlsxwriter in {})",
            ms(write)
        );
        // `WORKBOOKS_BENCH=xlsx`: the .xlsx read once and nothing else, for a profiler
        // (`valgrind --tool=callgrind target/release/deps/workbooks-…`).
        if std::env::var("WORKBOOKS_BENCH").as_deref() == Ok("xlsx") {
            read_through_session(".xlsx", &xlsx, ROWS, 1);
            return;
        }
        read_through_session(".xlsx", &xlsx, ROWS, 3);
        longest_silence(".xlsx", &xlsx);
        xlsx_inside(&xlsx, 3);
        match converted(&xlsx, "ods", ROWS) {
            Some(ods) => {
                read_through_session(".ods", &ods, ROWS, 3);
                longest_silence(".ods", &ods);
            }
            None => println!(".ods: skipped (LibreOffice's soffice not found)"),
        }
        // An .xls holds at most 65,536 rows.
        let xls_rows = 65_000;
        let small = organization_list(xls_rows);
        match converted(&small, "xls", xls_rows) {
            Some(xls) => {
                read_through_session(".xls", &xls, xls_rows, 3);
                longest_silence(".xls", &xls);
            }
            None => println!(".xls: skipped (LibreOffice's soffice not found)"),
        }
        export(ROWS);
        legacy_text();
        windows_1258();
    }
}
