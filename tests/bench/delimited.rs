//! Throughput of the delimited-text reader and writer on a generated 100,000-row file shaped like
//! a bulk organization check (tax code, name, quoted address with commas, date, yes/no).
//!
//! Run with `cargo bench --bench delimited` (harness = false: plain `main`, figures printed).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use sansang::rules::delimited::{self, CsvOptions, Delimiter, Reader};

    const ROWS: usize = 100_000;
    let names = [
        "Công ty TNHH Thương mại Hà Nội",
        "Hợp tác xã Nông nghiệp Tân An",
        "Trường Tiểu học Ba Đình",
    ];
    let mut rows: Vec<Vec<String>> = vec![
        [
            "Mã số thuế",
            "Tên tổ chức",
            "Địa chỉ trụ sở",
            "Ngày thành lập",
            "Đã có tài khoản",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect(),
    ];
    for i in 0..ROWS {
        rows.push(vec![
            format!("{:010}", 100_109_106 + i * 7),
            format!(
                "{} số {i}",
                names.get(i % names.len()).copied().unwrap_or("")
            ),
            format!(
                "Số {} đường Lê Lợi, Phường Ba Đình, Thành phố Hà Nội",
                i % 300
            ),
            format!("{:02}/{:02}/20{:02}", i % 28 + 1, i % 12 + 1, i % 25),
            if i % 3 == 0 { "có" } else { "không" }.to_owned(),
        ]);
    }
    let csv = delimited::write_csv(&rows, CsvOptions::EXCEL);
    let megabytes = csv.len() as f64 / 1_000_000.0;
    println!(
        "file: {ROWS} rows, {:.1} MB (UTF-8 with BOM, CRLF)",
        megabytes
    );

    let report = |what: &str, seconds: f64| {
        println!(
            "{what}: {:.0} MB/s, {:.0} rows/s ({:.1} ms)",
            megabytes / seconds,
            ROWS as f64 / seconds,
            seconds * 1000.0
        );
    };
    let best_of = |runs: usize, mut work: Box<dyn FnMut() -> usize + '_>| {
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(work());
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };

    let seconds = best_of(
        5,
        Box::new(|| delimited::decode(csv.as_bytes()).map_or(0, |d| d.text.len())),
    );
    report("decode (valid UTF-8, borrowed)", seconds);

    let seconds = best_of(
        5,
        Box::new(|| {
            Reader::new(&csv, Delimiter::Comma)
                .map(|r| r.fields.len())
                .sum()
        }),
    );
    report("Reader (streaming, one Vec per record)", seconds);

    let seconds = best_of(5, Box::new(|| delimited::parse_table(&csv).rows.len()));
    report("parse_table (detect + all rows in memory)", seconds);

    let seconds = best_of(5, Box::new(|| delimited::detect_delimiter(&csv).columns));
    println!(
        "detect_delimiter (64 KiB sample): {:.2} ms",
        seconds * 1000.0
    );

    let seconds = best_of(
        5,
        Box::new(|| delimited::write_csv(&rows, CsvOptions::EXCEL).len()),
    );
    report("write_csv (Excel options)", seconds);

    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(csv.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let seconds = best_of(
        3,
        Box::new(|| delimited::decode(&utf16).map_or(0, |d| d.text.len())),
    );
    report("decode UTF-16 LE (Excel \"Unicode text\")", seconds);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
