//! What the administrative-unit table costs: bytes embedded in the binary (raw and as served
//! gzip-compressed), decode time, and search/match time per query.
//!
//! Run with `cargo bench --bench units` (harness = false: plain `main`, figures printed).
//!
//! Wasm cost, measured once (25/07/2026 table, rustc 1.95, `--release` with this crate's profile:
//! opt-level "z", LTO, one codegen unit, panic = abort) with a throw-away `cdylib` whose one export
//! calls `search_communes`, `match_commune_name` and `provinces()`, against the same export
//! without them: 1,246 → 145,660 bytes (gzip -9: 734 → 56,906), of which 14,701 bytes are the
//! "name" section that wasm-bindgen strips in a production build, ~51.7 KB the table text, and the
//! rest folding tables (Unicode lower-case/alphanumeric), the allocator and sorting, which a real
//! app shares with everything else. The delimited reader and writer add 42,189 bytes (gzip
//! 18,991) to the same bare export.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::io::Write;
    use std::time::Instant;

    use sansang::rules::units;

    let table = units::embedded_table();
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(table.as_bytes()).expect("gzip in memory");
    let gzipped = gzip.finish().expect("gzip in memory").len();
    let json = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/vn-units-2026-09-20.json"
    ))
    .map_or(0, |j| j.len());
    println!(
        "units table: {} bytes embedded, {gzipped} bytes gzip -9 (JSON source: {json} bytes)",
        table.len()
    );

    // First use: decode the text, build names and the code index (OnceLock).
    let start = Instant::now();
    let count = units::communes().len();
    println!(
        "first use (decode + names + code index): {:.2} ms for {count} communes",
        ms(start)
    );

    let start = Instant::now();
    black_box(units::search_communes("a", None, 1));
    println!(
        "first search (folded keys + sorted indices): {:.2} ms",
        ms(start)
    );

    // The text decoder alone, repeated.
    let rounds = 50;
    let start = Instant::now();
    for _ in 0..rounds {
        black_box(
            units::decode(black_box(table))
                .map(|d| d.provinces.len())
                .unwrap_or(0),
        );
    }
    println!(
        "decode alone: {:.3} ms per run",
        ms(start) / f64::from(rounds)
    );

    let queries = [
        "ba dinh",
        "Phường Ba Đình",
        "P. Ba Đình",
        "tan an",
        "xa",
        "Thanh Hóa",
        "nguyen",
        "a",
        "quoc tu giam",
        "zzzz",
        "Hoà",
        "dong",
    ];
    let rounds = 200;
    let start = Instant::now();
    for _ in 0..rounds {
        for q in queries {
            black_box(units::search_communes(black_box(q), None, 10));
        }
    }
    let per_query = ms(start) * 1000.0 / f64::from(rounds) / queries.len() as f64;
    println!("search_communes, nationwide, limit 10: {per_query:.1} µs per query");

    let ha_noi = units::ProvinceCode::parse("01").ok();
    let start = Instant::now();
    for _ in 0..rounds {
        for q in queries {
            black_box(units::search_communes(black_box(q), ha_noi, 10));
        }
    }
    let per_query = ms(start) * 1000.0 / f64::from(rounds) / queries.len() as f64;
    println!("search_communes, one province: {per_query:.1} µs per query");

    let start = Instant::now();
    for _ in 0..rounds {
        for q in queries {
            black_box(units::match_commune_name(black_box(q), None));
        }
    }
    let per_query = ms(start) * 1000.0 / f64::from(rounds) / queries.len() as f64;
    println!("match_commune_name, nationwide: {per_query:.1} µs per cell");
}

#[cfg(not(target_arch = "wasm32"))]
fn ms(start: std::time::Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

#[cfg(target_arch = "wasm32")]
fn main() {}
