#![cfg(not(target_arch = "wasm32"))]
//! The binomial's whole law on every path of the sampler: inversion (n·q < 10), Hörmann's BTRD
//! near the mode (|k − m| ≤ 15, the product of ratios) and far from it (the squeeze and hat on
//! ln f(k)/f(m), and the exact test with the Stirling corrections `fc`, table below 10 and
//! series above), and p > 0.5 mirrored. Expected probabilities come from the ratio recurrence
//! P(k + 1)/P(k) = (n − k)/(k + 1) · p/(1 − p) walked from the mode and normalised, not from the
//! sampler; chi-square and KS bounds are about six standard deviations, seeds fixed. Companion
//! of `engine_risk_samplers_law` (docs/mutants/risk-samplers.md).

use funnel_planner::engine::risk::prng::Rng;
use funnel_planner::engine::risk::samplers::{binomial, fc};

#[path = "support/law.rs"]
mod law;
use law::{check_pmf, pmf_from_ratio, Pmf};

/// Bin(n, p)'s exact pmf.
fn binomial_pmf(n: u64, p: f64) -> Pmf {
    let mode = ((n + 1) as f64 * p) as u64;
    pmf_from_ratio(mode.min(n), n, |k| (n - k) as f64 / (k + 1) as f64 * p / (1.0 - p))
}

fn check_binomial(seed: u64, n: u64, p: f64, draws: usize) {
    let mut rng = Rng::new(seed, 0);
    let sample: Vec<u64> = (0..draws).map(|_| binomial(&mut rng, n, p)).collect();
    assert!(sample.iter().all(|&k| k <= n), "Bin({n}, {p}) drew past n");
    check_pmf(&format!("Bin({n}, {p})"), &sample, &binomial_pmf(n, p));
}

#[test]
fn binomial_by_inversion_follows_its_pmf() {
    // n·p = 9, then just under 10. Then mirrored both ways with n·p or n·q near 1: sampled
    // on the rarer side by inversion. The other side (n·p ≥ 10 with p > 0.5) is no case for
    // BTRD, whose hat then dips under the pmf.
    check_binomial(9_000, 30, 0.3, 60_000);
    check_binomial(9_001, 5_000, 0.001_999, 60_000);
    check_binomial(9_002, 12, 0.9, 300_000);
    check_binomial(9_003, 11, 0.95, 100_000);
    check_binomial(9_004, 11, 0.05, 100_000);
}

#[test]
fn btrd_near_the_mode_follows_the_pmf() {
    check_binomial(9_100, 20, 0.5, 100_000); // n·p = 10: m = 10, n − m = 10
    check_binomial(9_104, 21, 0.49, 300_000); // f(10)/f(9) = 1.15: m must be the mode, 10
    check_binomial(9_101, 100, 0.1, 100_000); // m = 10, the hat's far proposals reach fc(10)
    check_binomial(9_102, 45, 0.6, 100_000); // mirrored: n·q = 18
}

#[test]
fn btrd_far_from_the_mode_follows_the_pmf() {
    // n·p·q = 75: |k − m| > 15 about 8 % of the time. Then m = 30, n·p·q = 29: |k − m| > 15
    // is 3 standard deviations out, where the squeeze and the hat bound ln f(k)/f(m) by t ± ρ
    // the most loosely; two million draws see a ρ too small.
    check_binomial(9_200, 400, 0.25, 100_000);
    check_binomial(9_202, 1_000, 0.03, 2_000_000);
    check_binomial(9_201, 1_000_000, 0.3, 100_000); // n·p·q = 210 000: 97 % of the time
}

#[test]
fn btrd_draws_zero_as_often_as_the_pmf_says() {
    // P(0) = (1 − p)^n is largest on BTRD's side of n·p = 10 when p is small: e^−10 here.
    // The pooled cells above cannot see a lost or a doubled 0; this counts them: 2·10⁶ draws
    // expect 90.8 zeros, ± 6·√90.8 = 57.
    let (n, p) = (100_000u64, 1e-4);
    let mut rng = Rng::new(9_300, 0);
    let draws = 2_000_000;
    let zeros = (0..draws).filter(|_| binomial(&mut rng, n, p) == 0).count() as f64;
    let expected = draws as f64 * (n as f64 * (1.0 - p).ln()).exp();
    assert!((zeros - expected).abs() <= 6.0 * expected.sqrt(), "{zeros} zeros, expected {expected}");
}

#[test]
fn the_stirling_correction_is_ln_k_factorial_less_stirling_s_formula() {
    // fc(k) = ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π], with ln k! summed term by term:
    // BTRD's last test rests on it, but no sample can see it (see fc's comment). The table
    // below 10 is exact to 1e-14 (rounding of the sum here); the series above, truncated after r⁵/1260, to 1/(1680·11⁷).
    let half_ln_2pi = 0.5 * (2.0 * std::f64::consts::PI).ln();
    let mut ln_fact = 0.0f64;
    for k in 0..=2_000u64 {
        if k > 0 {
            ln_fact += (k as f64).ln();
        }
        let kf = k as f64;
        let exact = ln_fact - ((kf + 0.5) * (kf + 1.0).ln() - (kf + 1.0) + half_ln_2pi);
        let tol = if k < 10 { 1e-14 } else { 4e-11 };
        assert!((fc(kf) - exact).abs() <= tol, "fc({k}) = {}, exact {exact}", fc(kf));
    }
}
