//! The ziggurat normal's shape, bin by bin: a million draws from a fixed seed against the
//! standard normal's probabilities (from an erfc approximation independent of the sampler,
//! Numerical Recipes' `erfcc`, relative error below 1.2e-7), by Pearson's chi-square over 160
//! bins of width 0.05 on [−4, 4] and the two tails. The moments and tail shares of
//! `engine_risk_samplers` cannot see a wrong wedge or a wrong layer, which move about 1 % of
//! the draws; this does (the mutation run of `prng.rs`, docs/mutants/risk-scoring.md).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::risk::prng::Rng;

/// erfc(x) by Chebyshev fitting (Numerical Recipes, 2nd ed., §6.2), |relative error| < 1.2e-7.
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// P(Z ≤ x) for the standard normal.
fn phi(x: f64) -> f64 {
    0.5 * erfc(-x / std::f64::consts::SQRT_2)
}

#[test]
fn a_million_normals_follow_the_normal_law_bin_by_bin() {
    const N: usize = 1_000_000;
    const BINS: usize = 160;
    let width = 8.0 / BINS as f64;
    // Cell 0: below −4; cells 1..=BINS: [−4 + (i−1)·w, −4 + i·w); cell BINS + 1: 4 and above.
    let mut counts = vec![0u64; BINS + 2];
    let mut rng = Rng::new(20_261_126, 0);
    for _ in 0..N {
        let z = rng.normal();
        let cell = if z < -4.0 {
            0
        } else if z >= 4.0 {
            BINS + 1
        } else {
            1 + ((z + 4.0) / width) as usize
        };
        counts[cell.min(BINS)] += 1;
    }
    let edge = |i: usize| -4.0 + i as f64 * width;
    let mut expected: Vec<f64> = (0..BINS + 2)
        .map(|cell| match cell {
            0 => phi(-4.0),
            c if c == BINS + 1 => 1.0 - phi(4.0),
            c => phi(edge(c)) - phi(edge(c - 1)),
        })
        .map(|p| p * N as f64)
        .collect();
    // The two tails (about 32 draws each) pooled with their neighbours, so every cell expects
    // well over 5.
    expected[1] += expected[0];
    counts[1] += counts[0];
    expected[BINS] += expected[BINS + 1];
    counts[BINS] += counts[BINS + 1];
    let chi2: f64 = (1..=BINS).map(|c| (counts[c] as f64 - expected[c]).powi(2) / expected[c]).sum();
    // 159 degrees of freedom: mean 159, standard deviation √318 ≈ 17.8. Beyond 159 + 6 × 17.8
    // ≈ 266 a correct sampler lands with a probability of about 1e-8 (and this seed is fixed).
    assert!(chi2 < 266.0, "chi-square {chi2:.1} over 159 degrees of freedom");
}
