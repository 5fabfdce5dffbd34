//! A map keyed by text, for the look-ups the list check makes on every row (the resolver's
//! memo of addresses, the readings of names, statuses, email domains).
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

use crate::bulk::FxHasher;
use crate::delimited::le_word;

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
