//! One sort for the rules that sort at run time in the browser.
//!
//! Each `sort`, `sort_by` or `sort_unstable` of another element type or with another closure is
//! another copy of the standard library's sort in the app's WebAssembly (2–5 KB each: the old
//! address decoder and resolver alone had fourteen, 32 KB). Here the standard sort is
//! instantiated once, on positions with a comparison behind a `&dyn`; [`sort_by`] applies the
//! order it finds to any vector. The comparison's indirection costs nothing that shows: these
//! sorts run once per decoded table or on a handful of ids.

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives them; equal items keep their order (the
/// positions break ties, so the unstable sort gives the stable result).
pub fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Sorts `items` by `cmp`; equal items keep their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => cmp(a, b),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
}

/// Sorts `items` ascending and drops repeats (as `sort_unstable` then `dedup`).
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// Adds `item` to an ascending list without repeats, keeping it so (lists of a few ids).
pub fn insert_sorted<T: Ord>(items: &mut Vec<T>, item: T) {
    if let Err(at) = items.binary_search(&item) {
        items.insert(at, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_like_the_standard_sort() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = pairs.clone();
        expected.sort_by_key(|p| p.0);
        sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        assert_eq!(pairs, expected);
        let mut words = vec!["b".to_owned(), "a".into(), "b".into(), "c".into()];
        sort_dedup(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
        let mut ids: Vec<u16> = Vec::new();
        for id in [5, 1, 5, 3, 1] {
            insert_sorted(&mut ids, id);
        }
        assert_eq!(ids, [1, 3, 5]);
        let mut empty: Vec<u8> = Vec::new();
        sort_dedup(&mut empty);
        assert!(empty.is_empty());
    }
}
