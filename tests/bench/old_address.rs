//! What converting old addresses costs: the asset's bytes (raw and gzip, as a host serves it),
//! its decode time, and resolving a 100,000-row list of which half carries old addresses.
//!
//! Run with `cargo bench --bench old_address` (harness = false: plain `main`, figures printed);
//! `-- --decode-only` stops after the decode figures.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/old_units.rs"]
mod old_units;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::io::Write;
    use std::time::Instant;

    use sansang::rules::old_address::{AddressCells, OldUnits, Resolver};
    use sansang::rules::units;

    let bytes = old_units::asset_bytes();
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&bytes).expect("gzip in memory");
    let gzipped = gzip.finish().expect("gzip in memory").len();
    println!(
        "old-units asset: {} bytes raw, {gzipped} bytes gzip -9",
        bytes.len()
    );

    let mut decodes = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        black_box(OldUnits::decode(black_box(&bytes)).expect("decodes"));
        decodes.push(ms(start));
    }
    println!(
        "decode + indices: median {:.2} ms, best {:.2} ms (20 runs)",
        median(&mut decodes),
        decodes.iter().cloned().fold(f64::MAX, f64::min)
    );
    // `--decode-only`: stop here (for `valgrind --tool=callgrind
    // --toggle-collect='*OldUnits*decode*'`, whose count divided by 20 is one decode's).
    if std::env::args().any(|a| a == "--decode-only") {
        return;
    }
    let data = OldUnits::decode(&bytes).expect("decodes");

    // 100,000 rows: half today's addresses, half old ones (cells or one address cell), each
    // with its own house number, as in a real list.
    let olds: Vec<_> = data.communes().filter(|c| c.code.is_some()).collect();
    let news = units::communes();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut rows: Vec<Row> = Vec::with_capacity(100_000);
    for i in 0..100_000 {
        let house = 1 + next(500);
        if i % 2 == 0 {
            let c = &news[next(news.len())];
            let p = units::province(c.province).map_or("", |p| p.full_name);
            rows.push((
                None,
                None,
                None,
                Some(format!("Số {house} đường Lê Lợi, {}, {p}", c.full_name)),
            ));
        } else {
            let c = &olds[next(olds.len())];
            if i % 4 == 1 {
                rows.push((
                    Some(c.full_name.to_owned()),
                    Some(c.district.full_name.to_owned()),
                    Some(c.district.province.full_name.to_owned()),
                    Some(format!("Số {house} đường Nguyễn Trãi")),
                ));
            } else {
                rows.push((
                    None,
                    None,
                    None,
                    Some(format!(
                        "Số {house} đường Nguyễn Trãi, {}, {}, {}",
                        c.full_name, c.district.full_name, c.district.province.full_name
                    )),
                ));
            }
        }
    }
    let mut runs = Vec::new();
    let mut converted = 0;
    // The first run starts cold (no text read yet in this thread); the others find the
    // readings of distinct texts remembered, as a second check of the same list does.
    for _ in 0..5 {
        let start = Instant::now();
        let mut resolver = Resolver::new(Some(&data), None);
        converted = 0;
        for (commune, district, province, address) in &rows {
            let resolved = resolver.resolve(AddressCells {
                commune: commune.as_deref(),
                district: district.as_deref(),
                province: province.as_deref(),
                address: address.as_deref(),
            });
            converted += usize::from(resolved.outcome.commune().is_some());
        }
        runs.push(ms(start));
    }
    let cold = runs.first().copied().unwrap_or(0.0);
    let median_ms = median(&mut runs);
    println!(
        "100,000 rows, half old addresses (fresh resolver each run): first run {cold:.1} ms, \
         median {median_ms:.1} ms, {:.0} rows/s, {:.0} ns/row; {converted} rows resolved to one \
         commune",
        100_000.0 / (median_ms / 1000.0),
        median_ms * 1_000_000.0 / 100_000.0
    );
}

/// One row's cells: commune, district, province, address.
#[cfg(not(target_arch = "wasm32"))]
type Row = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

#[cfg(not(target_arch = "wasm32"))]
fn ms(start: std::time::Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

#[cfg(not(target_arch = "wasm32"))]
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
