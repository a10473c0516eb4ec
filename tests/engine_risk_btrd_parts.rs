#![cfg(not(target_arch = "wasm32"))]
//! BTRD's two tests far from the mode, checked against the exact ratio of binomial
//! probabilities instead of through draws: the squeeze t ∓ ρ must bracket ln f(k)/f(m), and
//! the exact test's Stirling form must equal it. Errors in either move under 10⁻³ of the law
//! (docs/mutants/risk-samplers.md: 13 mutants no sample of a few seconds could see).
//!
//! The reference is the ratio recurrence f(i)/f(i − 1) = (n − i + 1)/i · p/(1 − p), summed
//! in logarithms from the mode: no Stirling series, no correction table.

use funnel_planner::engine::risk::samplers::{btrd_log_ratio, btrd_squeeze};

/// ln f(k)/f(m) for Binomial(n, p), by the ratio recurrence from m to k.
fn exact_log_ratio(n: u64, p: f64, m: u64, k: u64) -> f64 {
    let r = p / (1.0 - p);
    let step = |i: u64| ((n - i + 1) as f64 / i as f64 * r).ln();
    if k >= m {
        (m + 1..=k).map(step).sum()
    } else {
        -(k + 1..=m).map(step).sum::<f64>()
    }
}

/// The mode BTRD uses, ⌊(n + 1)p⌋.
fn mode(n: u64, p: f64) -> u64 {
    ((n as f64 + 1.0) * p).floor() as u64
}

/// Cases with a small mode and a small n − m, where the correction terms are largest (fc(30)
/// is about 2.7·10⁻³), and BTRD's usual range.
const CASES: [(u64, f64); 6] = [(40, 0.5), (100, 0.3), (60, 0.25), (1_000, 0.03), (10_000, 0.01), (500, 0.2)];

#[test]
fn the_exact_test_is_the_log_ratio_of_the_binomial_probabilities() {
    for (n, p) in CASES {
        let m = mode(n, p);
        let r = p / (1.0 - p);
        for k in 0..=n.min(m + 400) {
            let exact = exact_log_ratio(n, p, m, k);
            let stirling = btrd_log_ratio(n as f64, m as f64, r, k as f64);
            // Both lose about 10⁻¹³ per term; the recurrence sums up to 400 of them.
            let tolerance = 1e-9 * (1.0 + exact.abs());
            assert!(
                (stirling - exact).abs() <= tolerance,
                "Bin({n}, {p}) at k = {k}: {stirling} against {exact}"
            );
        }
    }
}

#[test]
fn the_squeeze_brackets_the_log_ratio_beyond_15_from_the_mode() {
    let (mut checked, mut outside) = (0, 0);
    for (n, p) in CASES.into_iter().chain([(1_000_000, 0.3), (100_000, 0.5)]) {
        let m = mode(n, p);
        let npq = n as f64 * p * (1.0 - p);
        // Out to 8 standard deviations (the squeeze is only consulted for |k − m| > 15).
        let reach = (8.0 * npq.sqrt()).ceil() as u64;
        for k in m.saturating_sub(reach)..=(m + reach).min(n) {
            let km = k.abs_diff(m);
            if km <= 15 {
                continue;
            }
            let (low, high) = btrd_squeeze(km as f64, npq);
            let exact = exact_log_ratio(n, p, m, k);
            // BTRD's published squeeze fails at the binomial's own edge far out: at k = 0 of
            // Bin(1 000, 0.03), 5.5 sd below the mode, it accepts a little too readily. That
            // point's probability is 0.97^1000 ≈ 6·10⁻¹⁴; it is allowed wherever f(k)/f(m) < e⁻²⁵.
            let bracketed = low <= exact && exact <= high;
            assert!(bracketed || exact < -25.0, "Bin({n}, {p}) at k = {k}: {exact} outside ({low}, {high})");
            outside += usize::from(!bracketed);
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} points checked");
    assert!(outside <= 1, "{outside} points outside the bracket");
}
