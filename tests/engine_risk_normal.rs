//! The ziggurat normal's shape, bin by bin: a million draws from a fixed seed against the
//! standard normal's probabilities (from an erfc approximation independent of the sampler,
//! Numerical Recipes' `erfcc`, relative error below 1.2e-7), by Pearson's chi-square over 160
//! bins of width 0.05 on [−4, 4] and the two tails. The moments and tail shares of
//! `engine_risk_samplers` cannot see a wrong wedge or a wrong layer, which move about 1 % of
//! the draws; this does (the mutation run of `prng.rs`, docs/mutants/risk-scoring.md).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::risk::prng::{self, Rng};

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

/// Marsaglia & Tsang's published constants for 128 layers: the base strip's edge R and the
/// area V of every layer (the base strip with the tail included).
const R: f64 = 3.442_619_855_899;
const V: f64 = 9.912_563_035_262_17e-3;
const TWO_31: f64 = 2_147_483_648.0;

/// The normal density without its 1/√(2π), as the ziggurat uses it.
fn density(x: f64) -> f64 {
    (-0.5 * x * x).exp()
}

#[test]
fn the_published_constants_close_the_ziggurat() {
    // The base strip: the rectangle under f(R) plus the tail beyond R has area V.
    let tail = (std::f64::consts::PI / 2.0).sqrt() * erfc(R / std::f64::consts::SQRT_2);
    let base = R * density(R) + tail;
    assert!((base / V - 1.0).abs() < 1e-6, "base strip {base} against V {V}");
}

#[test]
fn every_layer_of_the_tables_has_area_v_and_its_own_edge() {
    let edge = |layer: usize| prng::ziggurat_layer(layer).1 * TWO_31;
    let (k0, w0, f0) = prng::ziggurat_layer(0);
    assert_eq!(f0, 1.0, "the top layer reaches the density's peak");
    // The base strip's virtual width q = V / f(R): |x| < R is accepted at once, the rest is tail.
    assert!((w0 * TWO_31 * density(R) / V - 1.0).abs() < 1e-12, "base width {}", w0 * TWO_31);
    assert!((f64::from(k0) - (R / (w0 * TWO_31) * TWO_31).floor()).abs() <= 1.0, "k[0] = {k0}");
    assert!((edge(127) / R - 1.0).abs() < 1e-12, "the last layer ends at R: {}", edge(127));
    assert_eq!(prng::ziggurat_layer(1).0, 0, "the top layer always takes the wedge test");
    for layer in 1..128 {
        let (k, _, f) = prng::ziggurat_layer(layer);
        let x = edge(layer);
        assert!((f / density(x) - 1.0).abs() < 1e-12, "layer {layer}: f {f} at x {x}");
        let above = prng::ziggurat_layer(layer - 1).2;
        let area = x * (above - f);
        // Layer 1 closes the recurrence started at R: its area is V to R's 13 digits.
        assert!((area / V - 1.0).abs() < 1e-6, "layer {layer}: area {area} against V {V}");
        if layer >= 2 {
            assert!(edge(layer - 1) < x, "layer {layer}: edges grow outwards");
            let bound = (edge(layer - 1) / x * TWO_31).floor();
            assert!((f64::from(k) - bound).abs() <= 1.0, "layer {layer}: k {k} against {bound}");
        }
    }
}

#[test]
fn draws_beyond_r_follow_the_normal_tail() {
    // Beyond R, P(|Z| > R + t) / P(|Z| > R) = erfc((R + t)/√2) / erfc(R/√2): 40 cells of
    // width 0.025 for t in [0, 1) and one for t ≥ 1 (about 1.5 % of the tail).
    const N: usize = 200_000;
    const CELLS: usize = 40;
    let width = 1.0 / CELLS as f64;
    let mut counts = [0u64; CELLS + 1];
    let mut rng = Rng::new(7, 3);
    for _ in 0..N {
        let z = rng.normal_tail();
        assert!(z > R, "a tail draw {z} at or below R");
        counts[(((z - R) / width) as usize).min(CELLS)] += 1;
    }
    let survival = |t: f64| erfc((R + t) / std::f64::consts::SQRT_2) / erfc(R / std::f64::consts::SQRT_2);
    let chi2: f64 = (0..=CELLS)
        .map(|c| {
            let (lo, hi) =
                (c as f64 * width, if c == CELLS { f64::INFINITY } else { (c + 1) as f64 * width });
            let p = survival(lo) - if hi.is_finite() { survival(hi) } else { 0.0 };
            let expected = p * N as f64;
            (counts[c] as f64 - expected).powi(2) / expected
        })
        .sum();
    // 40 degrees of freedom: mean 40, standard deviation √80 ≈ 8.9; 40 + 6 × 8.9 ≈ 94.
    assert!(chi2 < 94.0, "chi-square {chi2:.1} over 40 degrees of freedom");
}
