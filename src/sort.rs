//! Stable sorting through one non-generic merge sort of indices.
//!
//! Each `sort_unstable_by*` call site instantiates std's pattern-defeating
//! quicksort for its own element and closure types: about 4 KB of wasm each.
//! Here the sort itself is compiled once ([`order`]); a call site adds only its
//! comparison closure and a loop of swaps ([`permute`]). Ties keep their input
//! order, so results never depend on the sorting algorithm.

use std::cmp::Ordering;

/// Sort `v` by the key `key` gives each element; equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let sorted = order(v.len(), &|a, b| key(&v[a]) < key(&v[b]));
    permute(v, sorted);
}

/// Sort `v` by `compare`; equal elements keep their order.
pub fn sort_by<T>(v: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let sorted = order(v.len(), &|a, b| compare(&v[a], &v[b]) == Ordering::Less);
    permute(v, sorted);
}

/// The indices `0..n` in sorted order (`less(a, b)`: item `a` sorts before
/// item `b`), by a bottom-up merge sort that takes from the right run only
/// when strictly less, hence stable.
fn order(n: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                if j < hi && (i == mid || less(a[j], a[i])) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearrange `v` in place so that `v[i]` becomes the old `v[order[i]]`,
/// one cycle of the permutation at a time.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_stable_sort() {
        // A small deterministic generator; many ties, many lengths.
        let mut seed = 12345u32;
        for n in 0..200 {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) % (n as u32 / 3 + 1), i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, want);
            let mut got = v.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(got, want);
        }
    }
}
