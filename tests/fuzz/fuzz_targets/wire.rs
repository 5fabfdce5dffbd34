#![no_main]
//! The file worker's message format must never panic on any bytes (a page and worker of
//! different builds, or a damaged message): decoding is `None` or a message that encodes back
//! to the very same bytes.

use libfuzzer_sys::fuzz_target;
use sansang::files::protocol::{Request, Response};
use sansang::files::wire::{self, Wire};

fn same_bytes_back<T: Wire>(data: &[u8]) {
    if let Some((id, body)) = wire::decode::<T>(data) {
        assert_eq!(wire::encode(id, &body), data);
    }
}

fuzz_target!(|data: &[u8]| {
    same_bytes_back::<Request>(data);
    same_bytes_back::<Response>(data);
    let _ = wire::message_id(data);
});
