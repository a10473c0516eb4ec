#![cfg(not(target_arch = "wasm32"))]
//! The engine's own ordering helpers agree with the standard library's: the stable insertion
//! sort with `sort_by`, and the `u64` keys of floats with `f64::total_cmp`.

use funnel_planner::engine::risk::search::{f64_from_key, f64_key, nth_smallest, quantile, rank_of};
use funnel_planner::engine::sort::insertion_sort_by;
use proptest::prelude::*;

proptest! {
    #[test]
    fn insertion_sort_is_stable_like_sort_by(v in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
        let mut ours = v.clone();
        insertion_sort_by(&mut ours, |a, b| a.0 > b.0);
        let mut std = v;
        std.sort_by_key(|a| std::cmp::Reverse(a.0));
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn float_keys_order_like_total_cmp(v in proptest::collection::vec(any::<f64>(), 1..80), p in 0.0f64..1.0) {
        let mut sorted = v.clone();
        sorted.sort_unstable_by(f64::total_cmp);
        let mut keys: Vec<u64> = v.iter().map(|&x| f64_key(x)).collect();
        let rank = rank_of(p, v.len());
        let ours = f64_from_key(nth_smallest(&mut keys, rank));
        prop_assert_eq!(ours.to_bits(), sorted[rank - 1].to_bits());
    }
}

#[test]
fn float_keys_round_trip_and_order_signed_zeros() {
    for x in [0.0, -0.0, 1.5, -1.5, f64::MAX, f64::MIN, f64::INFINITY, f64::NEG_INFINITY, 1e-300] {
        assert_eq!(f64_from_key(f64_key(x)).to_bits(), x.to_bits());
    }
    assert!(f64_key(-0.0) < f64_key(0.0));
    assert!(f64_key(-2.0) < f64_key(-1.0));
    assert!(f64_key(f64::NEG_INFINITY) < f64_key(f64::MIN));
}

#[test]
fn quantile_is_the_ceil_rank_value() {
    let mut v = vec![5, 1, 4, 2, 3, 9, 8, 7, 6, 10];
    assert_eq!(quantile(&mut v, 0.1), Some(1));
    assert_eq!(quantile(&mut v, 0.5), Some(5));
    assert_eq!(quantile(&mut v, 0.91), Some(10));
    assert_eq!(quantile(&mut [u64::MAX], 0.5), None);
    assert_eq!(quantile(&mut [], 0.5), None);
}
