//! Tax-code parsing throughput (`cargo bench --bench identifiers`).
//!
//! Generates 1,000,000 deterministic inputs — valid 10-digit codes, valid 13-digit branch codes
//! written with a hyphen, codes with a wrong check digit, and 12-digit personal IDs — then times
//! `TaxCode::parse` over them with `std::time::Instant`. No external benchmark harness: this keeps
//! the dev-dependency list short.

use std::hint::black_box;
use std::time::Instant;

use sansang::TaxCode;
use sansang::rules::tax_code::check_digit;

const CODES: usize = 1_000_000;
const ROUNDS: usize = 5;

/// A small deterministic generator (SplitMix64), so every run parses the same inputs.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn digits<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for slot in &mut out {
            *slot = u8::try_from(self.next() % 10).unwrap_or(0);
        }
        out
    }
}

fn text(digits: &[u8]) -> String {
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

fn generate() -> Vec<String> {
    let mut rng = SplitMix64(0x5A4E_5341_4E47);
    let mut codes = Vec::with_capacity(CODES);
    while codes.len() < CODES {
        let first_nine: [u8; 9] = rng.digits();
        let Some(check) = check_digit(&first_nine) else {
            continue;
        };
        let organization = format!("{}{check}", text(&first_nine));
        let code = match codes.len() % 4 {
            0 => organization,
            1 => format!("{organization}-{:03}", 1 + rng.next() % 999),
            2 => format!("{}{}", text(&first_nine), (check + 1) % 10),
            _ => text(&rng.digits::<12>()),
        };
        codes.push(code);
    }
    codes
}

fn main() {
    let codes = generate();
    let mut ok = 0usize;
    for code in &codes {
        ok += usize::from(TaxCode::parse(code).is_ok());
    }
    println!(
        "tax-code parsing benchmark: {} inputs per round, {} rounds",
        codes.len(),
        ROUNDS
    );
    println!(
        "  mix: 25 % valid 10-digit, 25 % valid 13-digit (hyphen), 25 % wrong check digit, 25 % 12-digit personal ID"
    );
    println!("  accepted: {ok} of {} (expected 750000)", codes.len());

    let mut best = f64::INFINITY;
    for round in 1..=ROUNDS {
        let start = Instant::now();
        let mut accepted = 0usize;
        for code in &codes {
            accepted += usize::from(black_box(TaxCode::parse(black_box(code))).is_ok());
        }
        let seconds = start.elapsed().as_secs_f64();
        black_box(accepted);
        best = best.min(seconds);
        let count = codes.len() as f64;
        println!(
            "  round {round}: {:.1} ms, {:.0} codes/s, {:.1} ns/code",
            seconds * 1e3,
            count / seconds,
            seconds * 1e9 / count
        );
    }
    let count = codes.len() as f64;
    println!(
        "tax-code parsing, best round: {:.0} codes per second, {:.1} ns per code",
        count / best,
        best * 1e9 / count
    );
}
