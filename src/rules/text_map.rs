//! A map keyed by text, for the look-ups the list check makes on every row (the resolver's
//! memo of addresses, the readings of names, statuses, email domains), and the hash they and
//! the other per-row tables use ([`FxHasher`]).
//!
//! Why not `HashMap<Box<str>, V>`: in WebAssembly, comparing two strings calls a `memcmp` that
//! compares one byte at a time (there is no vector instruction to lean on), and a hit compares
//! the whole key. With address keys of 40–80 bytes, `memcmp` was 9 % of the V8 profile of
//! checking a list with old addresses, mostly in these look-ups. Here the text's 64-bit hash is
//! the table's key, and a hit compares the text eight bytes at a time ([`same_text`]): 2–4 %
//! fewer instructions for 100,000 rows in V8. Texts that share a hash share a slot, so the map
//! answers exactly what a `HashMap<Box<str>, V>` answers.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};

use crate::delimited::le_word;

// ---------------------------------------------------------------------------------------------
// A fast hasher for the per-row look-ups
// ---------------------------------------------------------------------------------------------

/// The Fx hash (Firefox, rustc): one multiply per word. Keys here are tax codes and short cell
/// texts from the user's own file, so flooding resistance (std's SipHash) buys nothing and
/// costs a third of the check's time.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(le_word(chunk));
        }
        // The last 1–7 bytes as at most two overlapping reads, not a loop over each byte (this
        // hashes every key of a list's memo maps: several per row).
        let rest = chunks.remainder();
        match (rest, rest) {
            ([], _) => {}
            ([a], _) => self.add(u64::from(*a)),
            ([a, b], _) => self.add(u64::from(u16::from_le_bytes([*a, *b]))),
            ([a, b, c], _) => {
                self.add(u64::from(u16::from_le_bytes([*a, *b])) | u64::from(*c) << 16);
            }
            // 4–7 bytes: the first four and the last four (overlapping), and the length.
            ([a, b, c, d, ..], [.., e, f, g, h]) => {
                let low = u32::from_le_bytes([*a, *b, *c, *d]);
                let high = u32::from_le_bytes([*e, *f, *g, *h]);
                self.add(u64::from(low) | u64::from(high) << 32 ^ (rest.len() as u64) << 61);
            }
            _ => self.add(le_word(rest)),
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// The multiply mixes upwards: a product's low bits see only the words' low bits, and its
    /// high bits see everything. Hash tables index by the low bits (and, in 32-bit WebAssembly,
    /// take their tag from bits 25–31), so the well-mixed top comes down first, as rustc-hash 2
    /// does: tax codes that differ in their last digits no longer share buckets.
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// [`FxHasher`] for `HashMap`/`HashSet`.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

// ---------------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------------

/// Whether two texts are equal, comparing eight bytes at a time.
#[inline]
pub fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() < 8 {
        return a == b;
    }
    // Whole words, then the last eight bytes (overlapping the last word): no byte loop.
    let tail = a.len() - 8;
    a.chunks_exact(8)
        .zip(b.chunks_exact(8))
        .all(|(x, y)| le_word(x) == le_word(y))
        && le_word(a.get(tail..).unwrap_or(&[])) == le_word(b.get(tail..).unwrap_or(&[]))
}

/// The hash a text is filed under.
#[inline]
fn hash_of(text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(text.as_bytes());
    hasher.write_usize(text.len());
    hasher.finish()
}

/// Passes a hash that is already one through (the table's keys are [`hash_of`]'s).
#[derive(Clone, Copy, Debug, Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn write(&mut self, bytes: &[u8]) {
        // Never called: the table's keys are `u64`s (`write_u64`). Still a hash, to be total.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The texts filed under one hash: almost always one, kept in place; others (a collision of
/// 64-bit hashes) in `more`, which allocates nothing while empty.
#[derive(Clone, Debug)]
struct Slot<V> {
    key: Box<str>,
    value: V,
    more: Vec<(Box<str>, V)>,
}

/// A map from texts to values (see the module's documentation).
#[derive(Clone, Debug)]
pub struct TextMap<V> {
    slots: HashMap<u64, Slot<V>, BuildHasherDefault<AlreadyHashed>>,
    len: usize,
}

impl<V> Default for TextMap<V> {
    fn default() -> TextMap<V> {
        TextMap {
            slots: HashMap::default(),
            len: 0,
        }
    }
}

impl<V> TextMap<V> {
    /// Makes room for about `additional` more texts, so the table is not rebuilt as it grows.
    pub fn reserve(&mut self, additional: usize) {
        self.slots.reserve(additional);
    }

    /// How many texts the map holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the map holds no text.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Forgets every text.
    pub fn clear(&mut self) {
        self.slots.clear();
        self.len = 0;
    }

    /// The value filed under `text`.
    #[inline]
    pub fn get(&self, text: &str) -> Option<&V> {
        self.get_filed(hash_of(text), text)
    }

    /// Files `value` under `text`, replacing what was there.
    pub fn insert(&mut self, text: &str, value: V) {
        self.insert_filed(hash_of(text), text, value);
    }

    /// [`TextMap::get`] with the text's hash (tests give texts the same hash).
    #[inline]
    fn get_filed(&self, hash: u64, text: &str) -> Option<&V> {
        let slot = self.slots.get(&hash)?;
        if same_text(&slot.key, text) {
            return Some(&slot.value);
        }
        slot.more
            .iter()
            .find(|(key, _)| same_text(key, text))
            .map(|(_, value)| value)
    }

    /// [`TextMap::insert`] with the text's hash.
    fn insert_filed(&mut self, hash: u64, text: &str, value: V) {
        match self.slots.entry(hash) {
            Entry::Vacant(vacant) => {
                vacant.insert(Slot {
                    key: text.into(),
                    value,
                    more: Vec::new(),
                });
                self.len += 1;
            }
            Entry::Occupied(occupied) => {
                let slot = occupied.into_mut();
                if same_text(&slot.key, text) {
                    slot.value = value;
                    return;
                }
                match slot.more.iter_mut().find(|(key, _)| same_text(key, text)) {
                    Some(entry) => entry.1 = value,
                    None => {
                        slot.more.push((text.into(), value));
                        self.len += 1;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use proptest::prelude::*;
    use std::hash::BuildHasher;

    #[test]
    fn texts_that_share_a_hash_keep_their_own_values() {
        // Three texts forced under one hash: the map must still tell them apart.
        let mut map = TextMap::default();
        for (i, text) in ["Xã A", "Xã B", "Phường C"].into_iter().enumerate() {
            assert_eq!(map.get_filed(7, text), None);
            map.insert_filed(7, text, i);
        }
        assert_eq!(map.len(), 3);
        assert_eq!(map.get_filed(7, "Xã A"), Some(&0));
        assert_eq!(map.get_filed(7, "Xã B"), Some(&1));
        assert_eq!(map.get_filed(7, "Phường C"), Some(&2));
        assert_eq!(map.get_filed(7, "Xã D"), None);
        map.insert_filed(7, "Xã B", 10);
        map.insert_filed(7, "Phường C", 20);
        assert_eq!(map.len(), 3, "replaced, not added");
        assert_eq!(map.get_filed(7, "Xã B"), Some(&10));
        assert_eq!(map.get_filed(7, "Phường C"), Some(&20));
        assert_eq!(
            map.get_filed(8, "Xã A"),
            None,
            "another hash is another slot"
        );
        map.clear();
        assert!(map.is_empty());
        assert_eq!(map.get_filed(7, "Xã A"), None);
    }

    #[test]
    fn same_text_compares_every_byte() {
        for len in 0..40 {
            let a: String = (0..len)
                .map(|i| char::from(b'a' + (i % 26) as u8))
                .collect();
            assert!(same_text(&a, &a.clone()));
            for at in 0..len {
                let mut b = a.clone().into_bytes();
                b[at] = b'Z';
                assert!(
                    !same_text(&a, std::str::from_utf8(&b).unwrap()),
                    "{len} {at}"
                );
            }
            assert!(!same_text(&a, &format!("{a}a")));
        }
        // Zero bytes are bytes: "a" is not "a\0".
        assert!(!same_text("a", "a\0"));
    }

    /// Keys that differ only in their last characters (tax codes of one office, numbered
    /// cells) spread over a table's buckets, which are chosen by the hash's low bits: 100,000
    /// codes fill about as many of 131,072 buckets as random hashes would (about 70,000).
    #[test]
    fn codes_spread_over_the_low_bits() {
        let buckets: std::collections::HashSet<u64> = (0..100_000u64)
            .map(|i| {
                let code = format!("17{:08}", (i + 1) * 7919 % 100_000_000);
                FxBuildHasher::default().hash_one(code.as_str()) & ((1 << 17) - 1)
            })
            .collect();
        assert!(buckets.len() > 65_000, "{} buckets", buckets.len());
    }

    /// Every byte of a key counts: two keys of one length that differ in any one byte hash
    /// differently (each step of the hash is one-to-one), whatever the length's remainder.
    #[test]
    fn every_byte_changes_the_hash() {
        let hash = |bytes: &[u8]| FxBuildHasher::default().hash_one(bytes);
        for len in 1..=24 {
            let key: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            for at in 0..len {
                let mut other = key.clone();
                other[at] ^= 0x20;
                assert_ne!(hash(&key), hash(&other), "length {len}, byte {at}");
            }
        }
    }

    proptest! {
        #[test]
        fn answers_as_a_std_hash_map_does(
            steps in prop::collection::vec(("[a-cà\\x00 ]{0,12}", any::<u8>(), any::<bool>()), 0..200)
        ) {
            let mut ours = TextMap::default();
            let mut theirs = std::collections::HashMap::new();
            for (text, value, write) in steps {
                if write {
                    ours.insert(&text, value);
                    theirs.insert(text.clone(), value);
                }
                prop_assert_eq!(ours.get(&text), theirs.get(&text));
                prop_assert_eq!(ours.len(), theirs.len());
            }
            for (text, value) in &theirs {
                prop_assert_eq!(ours.get(text), Some(value));
            }
        }

        #[test]
        fn same_text_is_equality(a in ".{0,20}", b in ".{0,20}") {
            prop_assert_eq!(same_text(&a, &b), a == b);
            prop_assert!(same_text(&a, &a.clone()));
        }
    }
}
