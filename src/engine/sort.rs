//! One small stable sort for the short lists of the engine, the imports and the state (tornado
//! bars, a horizon's periods, imported months, sources by cost).
//! The standard library's sorts are fast on long slices, but each call site's element and
//! comparator instantiates its own few-KB copy in the wasm; these lists hold at most a few
//! hundred items, mostly already in order, where an insertion sort is as quick.

/// Sorts `v` so that no element is `is_less` than the one before it, keeping the original
/// order of equal elements (like `slice::sort_by`).
pub fn insertion_sort_by<T>(v: &mut [T], mut is_less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && is_less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}
