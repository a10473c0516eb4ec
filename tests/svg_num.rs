#![cfg(not(target_arch = "wasm32"))]
//! The SVG coordinate writer matches `format!("{:.1}")` exactly.

use funnel_planner::svg_num::one_decimal;
use proptest::prelude::*;

#[test]
fn matches_format_on_ties_signs_and_specials() {
    for v in [
        0.0,
        -0.0,
        0.05,
        0.15,
        0.25,
        0.75,
        -0.25,
        -0.01,
        2.25,
        1.25,
        3.75,
        0.125,
        1e-300,
        5e-324,
        359.95,
        360.0,
        12.345,
        99.96,
        1e15,
        1e20,
        1e37,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_eq!(one_decimal(v), format!("{v:.1}"), "{v:?}");
    }
}

proptest! {
    #[test]
    fn matches_format_on_coordinates(v in -100_000.0f64..100_000.0) {
        prop_assert_eq!(one_decimal(v), format!("{v:.1}"));
    }

    #[test]
    fn matches_format_on_tenths_and_halves(n in -1_000_000i64..1_000_000) {
        for v in [n as f64 / 10.0, n as f64 / 20.0, n as f64 / 4.0, n as f64 / 100.0] {
            prop_assert_eq!(one_decimal(v), format!("{v:.1}"));
        }
    }

    #[test]
    fn matches_format_on_any_float_below_2_pow_100(v in any::<f64>().prop_filter("small", |v| v.abs() < 1e30)) {
        prop_assert_eq!(one_decimal(v), format!("{v:.1}"));
    }
}
