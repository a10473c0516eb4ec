//! The largest-remainder split (Hamilton's method) against hand-worked cases and a plain
//! reference written from the textbook rule, so a split that is merely "within 1 of each
//! share" but gives the extra units to the wrong parts is caught.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::time::allocation::{allocate, allocate_evenly};
use funnel_planner::engine::Decimal;
use proptest::prelude::*;

fn w(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| v.parse().unwrap()).collect()
}

/// Textbook Hamilton on whole weights: floor of each quota `total × wᵢ / Σw`, then one more
/// unit to each of the parts with the largest fractional remainders, the earlier on ties.
fn hamilton(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|&x| u128::from(x)).sum();
    let quota = |x: u64| u128::from(total) * u128::from(x);
    let mut parts: Vec<u64> = weights.iter().map(|&x| (quota(x) / sum) as u64).collect();
    let missing = total - parts.iter().sum::<u64>();
    let mut by_remainder: Vec<usize> = (0..weights.len()).collect();
    by_remainder.sort_by_key(|&i| (std::cmp::Reverse(quota(weights[i]) % sum), i));
    for &i in by_remainder.iter().take(missing as usize) {
        parts[i] += 1;
    }
    parts
}

#[test]
fn hand_worked_splits() {
    // Quotas 0.75, 0.75, 1.5: floors 0, 0, 1; the two 0.75 remainders beat the 0.5.
    assert_eq!(allocate(3, &w(&["1", "1", "2"])), Some(vec![1, 1, 1]));
    // Quotas 3.5, 1.75, 1.75: floors 3, 1, 1; the two missing units go to the 0.75s.
    assert_eq!(allocate(7, &w(&["0.5", "0.25", "0.25"])), Some(vec![3, 2, 2]));
    // Quotas 2.5, 0, 2.5: a tie goes to the earlier part; a zero weight gets nothing.
    assert_eq!(allocate(5, &w(&["1", "0", "1"])), Some(vec![3, 0, 2]));
    // Quotas 1/3 each: the first part takes the unit.
    assert_eq!(allocate(1, &w(&["1", "1", "1"])), Some(vec![1, 0, 0]));
    // Quotas 0.4, 0.6 of 1 (weights 2 : 3): the larger remainder wins although it comes later.
    assert_eq!(allocate(1, &w(&["2", "3"])), Some(vec![0, 1]));
    assert_eq!(allocate(0, &w(&["1", "2"])), Some(vec![0, 0]));
    // 2 500 over 12: 208 × 12 = 2 496, four months of 209 first.
    let months = allocate_evenly(2_500, 12).unwrap();
    assert_eq!(months, [209, 209, 209, 209, 208, 208, 208, 208, 208, 208, 208, 208]);
}

#[test]
fn unusable_weights_give_no_split() {
    assert_eq!(allocate(5, &[]), None);
    assert_eq!(allocate(5, &w(&["0", "0"])), None);
    assert_eq!(allocate(5, &w(&["-1", "2"])), None);
    assert_eq!(allocate_evenly(5, 0), None);
}

proptest! {
    #[test]
    fn matches_the_textbook_rule(total in 0u64..1_000_000, weights in prop::collection::vec(0u64..50, 1..14)) {
        prop_assume!(weights.iter().any(|&x| x > 0));
        let decimals: Vec<Decimal> = weights.iter().map(|&x| Decimal::from_int(x as i64)).collect();
        prop_assert_eq!(allocate(total, &decimals), Some(hamilton(total, &weights)));
    }

    #[test]
    fn equal_weights_follow_the_textbook_rule(total in any::<u64>(), weight in 1u64..1_000_000, count in 1usize..300, places in 0u32..=9) {
        // The shortcut `allocate` takes for equal weights (no seasonality) gives what the rule
        // gives, for any total and any number of parts (a year's 260 working days).
        let decimals = vec![Decimal::from_parts(weight as i64, places).unwrap(); count];
        prop_assert_eq!(allocate(total, &decimals), Some(hamilton(total, &vec![weight; count])));
    }

    #[test]
    fn only_ratios_matter(total in 0u64..1_000_000, weights in prop::collection::vec(1u64..50, 1..14), places in 0u32..=9) {
        // The same weights scaled by 10^-places split the same way.
        let scaled: Vec<Decimal> = weights.iter().map(|&x| Decimal::from_parts(x as i64, places).unwrap()).collect();
        prop_assert_eq!(allocate(total, &scaled), Some(hamilton(total, &weights)));
    }
}
