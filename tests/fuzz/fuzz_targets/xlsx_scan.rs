#![no_main]
//! Fuzz the fast .xlsx scanner (`src/files/xlsx_fast.rs`): any bytes as shared strings, styles
//! and a worksheet's XML, fed in two pieces cut where the first byte says — strings, cells or
//! `Unusual`, never a panic.

use sansang::files::xlsx_fast::{Context, SharedStrings, SheetScan, number_kinds};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let cut = data.first().map_or(0, |&b| usize::from(b)).min(data.len());
    let (first, second) = data.split_at(cut);
    let mut strings = SharedStrings::default();
    strings.feed(first);
    strings.feed(second);
    let strings = strings.finish().unwrap_or_default();
    let kinds = number_kinds(data).unwrap_or_default();
    let context = Context {
        strings: &strings,
        kinds: &kinds,
    };
    let mut scan = SheetScan::default();
    let mut cell = |_: &SheetScan, _, _, _| Ok::<(), ()>(());
    for (piece, at_end) in [(first, false), (second, false), (&[][..], true)] {
        if scan.feed(piece, at_end, &context, &mut cell).is_err() {
            break;
        }
    }
});
