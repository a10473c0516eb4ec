#![cfg(not(target_arch = "wasm32"))]
//! The risk report's order statistics helpers (`risk::search`), pinned where the
//! `risk-scoring` mutation run (issue 16) found them loose: the chance of a volume is the
//! share of trials needing no more, and the customers histogram has the documented bins
//! (width ⌈(max − min + 1) / 40⌉ from the smallest value, every value counted once in the
//! bin that holds it), checked against a count done by brute force.

use funnel_planner::engine::risk::search::{histogram, probability_at, HistogramBin, MAX_BINS};

/// The documented bins, counted value by value.
fn by_hand(values: &[u64]) -> Vec<HistogramBin> {
    let (min, max) = (*values.iter().min().unwrap(), *values.iter().max().unwrap());
    let width = (max - min + 1).div_ceil(MAX_BINS);
    let mut bins = Vec::new();
    let mut from = min;
    while from <= max {
        let to = (from + width - 1).min(max);
        let trials = values.iter().filter(|&&v| from <= v && v <= to).count() as u32;
        bins.push(HistogramBin { from, to, trials });
        from += width;
    }
    bins
}

#[test]
fn the_histogram_has_equal_bins_from_the_smallest_value_and_counts_each_value_once() {
    // 100 values 0..=99: width ⌈100 / 40⌉ = 3, so 34 bins, [0, 2] … [96, 98] and [99, 99].
    let hundred: Vec<u64> = (0..100).collect();
    let bins = histogram(&hundred);
    assert_eq!(bins.len(), 34);
    assert_eq!(bins[0], HistogramBin { from: 0, to: 2, trials: 3 });
    assert_eq!(bins[33], HistogramBin { from: 99, to: 99, trials: 1 });
    assert_eq!(bins, by_hand(&hundred));
    // 80 values from 1 000 (width 2, exactly 40 bins), uneven counts, one value alone.
    let skewed: Vec<u64> = (1_000..1_080).chain([1_001, 1_001, 1_050]).collect();
    assert_eq!(histogram(&skewed).len(), 40);
    assert_eq!(histogram(&skewed), by_hand(&skewed));
    assert_eq!(histogram(&[7, 7]), vec![HistogramBin { from: 7, to: 7, trials: 2 }]);
    let far = [5, 5, 200, 120];
    assert_eq!(histogram(&far), by_hand(&far));
    assert_eq!(histogram(&[]), vec![]);
}

#[test]
fn the_chance_of_a_volume_is_the_share_of_trials_needing_no_more() {
    // 4 trials needing 10, 20, 30 and 40 people: 20 people suffice in 2 of 4.
    let needed = [30, 10, 40, 20];
    assert_eq!(probability_at(&needed, 9), 0.0);
    assert_eq!(probability_at(&needed, 20), 0.5);
    assert_eq!(probability_at(&needed, 39), 0.75);
    assert_eq!(probability_at(&needed, 40), 1.0);
    assert_eq!(probability_at(&[], 40), 0.0);
}
