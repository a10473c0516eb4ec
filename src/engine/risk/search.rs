//! From raw trials to answers: the volume a stage needs for an 80 % or 90 % chance (a search
//! over the volume, solved exactly by order statistics), percentiles and the histogram.
//!
//! With common random numbers each trial t needs at least `needed_t` people (see
//! `montecarlo::run`), so the estimated chance of volume V is `#{t : needed_t ≤ V} / T`: a
//! step function, non-decreasing in V. The smallest V whose chance is ≥ p is the
//! ⌈p·T⌉-th smallest `needed_t`, what a bisection over V would find, without re-running.

use serde::{Deserialize, Serialize};

/// Share of trials that reach the goal with `volume` people, from each trial's needed volume.
pub fn probability_at(needed: &[u64], volume: u64) -> f64 {
    if needed.is_empty() {
        return 0.0;
    }
    needed.iter().filter(|&&n| n <= volume).count() as f64 / needed.len() as f64
}

/// The ⌈p·T⌉-th smallest value (1-based): the smallest v with at least a share p of the
/// values ≤ v. `None` for no values, or when that value is `u64::MAX` (out of reach).
/// Reorders `values`.
pub fn quantile(values: &mut [u64], p: f64) -> Option<u64> {
    if values.is_empty() {
        return None;
    }
    let v = nth_smallest(values, rank_of(p, values.len()));
    (v != u64::MAX).then_some(v)
}

/// The 1-based rank ⌈p·T⌉ of the p-quantile among `len` values (at least 1).
pub fn rank_of(p: f64, len: usize) -> usize {
    ((p * len as f64).ceil() as usize).clamp(1, len)
}

/// The `rank`-th smallest of `values` (1-based, `values` not empty). Every order statistic of
/// the risk report goes through this one `u64` selection, so the wasm holds one copy of it.
pub fn nth_smallest(values: &mut [u64], rank: usize) -> u64 {
    *values.select_nth_unstable(rank - 1).1
}

/// A `u64` key ordered as `f64::total_cmp` orders the floats (the standard trick: negatives
/// have all their bits flipped, so they sort below and in reverse; positives get the sign bit
/// set), so floats use the `u64` selection too.
pub fn f64_key(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// The float whose key is `key` (inverse of [`f64_key`]).
pub fn f64_from_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 { key & !(1 << 63) } else { !key })
}

/// One bar of the histogram: trials whose customers fell in `from..=to`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistogramBin {
    pub from: u64,
    pub to: u64,
    pub trials: u32,
}

/// Most bars drawn.
pub const MAX_BINS: u64 = 40;

/// Equal-width whole-number bins from the smallest to the largest value, at most
/// [`MAX_BINS`]; width `ceil((max − min + 1) / MAX_BINS)`. Every value lands in one bin.
pub fn histogram(values: &[u64]) -> Vec<HistogramBin> {
    let (Some(&min), Some(&max)) = (values.iter().min(), values.iter().max()) else {
        return Vec::new();
    };
    let span = max - min;
    let width = (span / MAX_BINS) + 1;
    let bins = span / width + 1;
    let mut out: Vec<HistogramBin> = (0..bins)
        .map(|i| {
            let from = min + i * width;
            HistogramBin { from, to: from.saturating_add(width - 1).min(max), trials: 0 }
        })
        .collect();
    for v in values {
        if let Some(bin) = out.get_mut(((v - min) / width) as usize) {
            bin.trials += 1;
        }
    }
    out
}
