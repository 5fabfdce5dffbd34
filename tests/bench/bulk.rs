//! Throughput of the bulk check of organization lists on generated files shaped like a tax
//! office list (see `bulk_sample.rs`): 10,000, 100,000 and 1,000,000 rows with about 5 % of
//! rows carrying each kind of error.
//!
//! - `cargo bench --bench bulk` prints rows per second for 100k and 1M rows (decode, detect
//!   the delimiter, map the header, check, aggregate, finish).
//! - `cargo bench --bench bulk -- --write <dir>` writes `bulk-10k.csv`, `bulk-100k.csv` and
//!   `bulk-1m.csv` (UTF-8 with BOM, CRLF) for the browser benchmark and end-to-end tests, then
//!   exits. `--only 10k` (or `100k`, `1m`) limits it to one file.
//! - `--only 100k --runs 1` times one size once (for `valgrind --tool=callgrind`, whose
//!   instruction counts stay the same when the machine is busy).
//!
//! - Issue 14: `old-100k` is 100,000 rows, half with old addresses, checked with the conversion
//!   data loaded; `--write <dir> --only old-100k` writes `bulk-old-100k.csv`, and `--only
//!   old-300` writes `bulk-old-300.csv` (the tax office's 300-row list with a split commune,
//!   for the end-to-end journey).
//!
//! Figures are printed, never asserted: a benchmark must not fail on a slow machine.

#[cfg(not(target_arch = "wasm32"))]
mod bulk_old_sample;
#[cfg(not(target_arch = "wasm32"))]
mod bulk_sample;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/old_units.rs"]
mod old_units;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/tax_office_list.rs"]
mod tax_office_list;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/write_whole.rs"]
mod write_whole;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use sansang::rules::bulk;

    const SIZES: [(&str, usize); 3] = [("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000)];
    const SEED: u64 = 20_250_701;
    const ERRORS_PER_THOUSAND: u64 = 50;

    let args: Vec<String> = std::env::args().collect();
    let value_after = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if let Some(dir) = value_after("--write") {
        let only = value_after("--only");
        std::fs::create_dir_all(&dir).expect("create the output folder");
        for (label, rows) in SIZES {
            if only.as_deref().is_some_and(|o| o != label) {
                continue;
            }
            let sample = bulk_sample::generate(rows, SEED, ERRORS_PER_THOUSAND);
            let path = format!("{dir}/bulk-{label}.csv");
            write_whole::write_whole(path.as_ref(), sample.csv.as_bytes());
            println!("wrote {path}: {rows} rows, {} bytes", sample.csv.len());
        }
        for (label, make) in [
            (
                "old-100k",
                (|| bulk_old_sample::half_old(100_000)) as fn() -> String,
            ),
            ("old-300", bulk_old_sample::journey),
        ] {
            if only.as_deref().is_some_and(|o| o != label) {
                continue;
            }
            let csv = make();
            let path = format!("{dir}/bulk-{label}.csv");
            write_whole::write_whole(path.as_ref(), csv.as_bytes());
            println!("wrote {path}: {} bytes", csv.len());
        }
        return;
    }

    let only = value_after("--only");
    let runs_wanted = value_after("--runs").and_then(|r| r.parse::<usize>().ok());
    for (label, rows) in SIZES.iter().skip(1) {
        if only.as_deref().is_some_and(|o| o != *label) {
            continue;
        }
        let sample = bulk_sample::generate(*rows, SEED, ERRORS_PER_THOUSAND);
        let bytes = sample.csv.as_bytes();
        let runs = runs_wanted.unwrap_or(if *rows > 100_000 { 2 } else { 5 });
        let mut best = f64::INFINITY;
        let mut summary = None;
        for _ in 0..runs {
            let start = Instant::now();
            let result = bulk::check_bytes(black_box(bytes), None, None);
            best = best.min(start.elapsed().as_secs_f64());
            summary = result.ok().flatten().map(|(_, report)| report.summary);
        }
        let summary = summary.expect("a summary");
        assert_eq!(summary.rows as usize, *rows, "every generated row is read");
        println!(
            "bulk check {label}: {rows} rows, {:.1} MB: {:.1} ms, {:.0} rows/s, {:.0} MB/s \
             (valid {}, invalid {}, cannot verify {}, duplicates {}, communes unmatched {})",
            bytes.len() as f64 / 1e6,
            best * 1000.0,
            *rows as f64 / best,
            bytes.len() as f64 / 1e6 / best,
            summary.tax_valid,
            summary.tax_invalid,
            summary.tax_cannot_verify,
            summary.duplicates,
            summary.commune_problems(),
        );
    }

    // Issue 14: half the rows with old addresses, the conversion data loaded.
    if only.as_deref().is_none_or(|o| o == "old-100k") {
        let data = old_units::data();
        let csv = bulk_old_sample::half_old(100_000);
        let bytes = csv.as_bytes();
        let mut times = Vec::new();
        let mut summary = None;
        for _ in 0..runs_wanted.unwrap_or(5) {
            let start = Instant::now();
            let result = bulk::check_bytes(black_box(bytes), None, Some(data));
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            summary = result.ok().flatten().map(|(_, report)| report.summary);
        }
        let s = summary.expect("a summary");
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
        println!(
            "bulk check old-100k (half old addresses, data loaded): {} rows, {:.1} MB: median \
             {median:.1} ms of {times:.1?}, {:.0} rows/s (new {}, converted {}, split {}, not \
             found {})",
            s.rows,
            bytes.len() as f64 / 1e6,
            f64::from(s.rows) / (median / 1000.0),
            s.commune_current,
            s.commune_converted,
            s.commune_split,
            s.commune_not_found(),
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
