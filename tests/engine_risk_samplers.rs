#![cfg(not(target_arch = "wasm32"))]
//! The Monte-Carlo's random numbers: the PRNG is reproducible, and every sampler matches its
//! exact mean, variance and (for small cases) probabilities. Tolerances come from the sample
//! size: 5 standard errors, so a correct sampler fails about once in 1.7 million checks.
//!
//! For N draws of a law with variance σ² and fourth central moment μ₄:
//! se(mean) = sqrt(σ² / N); se(sample variance) = sqrt((μ₄ − σ⁴ (N − 3)/(N − 1)) / N) (its
//! exact variance; 5 of them bound it given the sample variance is close to normal at this N); a cell of probability π holds N·π ± 5·sqrt(N·π(1 − π)).

use funnel_planner::engine::risk::prng::Rng;
use funnel_planner::engine::risk::samplers::{
    beta, binomial, gamma, ln_gamma, negative_binomial, pert, pert_shape, poisson,
};

const N: usize = 200_000;
const Z: f64 = 5.0;

/// Checks the sample mean and variance of `draws` against the exact `mean`, `var` and fourth
/// central moment `mu4`.
fn check_moments(label: &str, draws: &[f64], mean: f64, var: f64, mu4: f64) {
    let n = draws.len() as f64;
    let m = draws.iter().sum::<f64>() / n;
    let s2 = draws.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (n - 1.0);
    let tol_mean = Z * (var / n).sqrt();
    // Var(s²) = (μ₄ − σ⁴ (N − 3)/(N − 1)) / N, exact for independent draws.
    let tol_var = Z * ((mu4 - var * var * (n - 3.0) / (n - 1.0)).max(0.0) / n).sqrt();
    assert!((m - mean).abs() <= tol_mean, "{label}: mean {m} vs {mean} ± {tol_mean}");
    assert!((s2 - var).abs() <= tol_var, "{label}: variance {s2} vs {var} ± {tol_var}");
}

/// Per-cell and chi-square check of integer draws against exact probabilities `pmf(k)`.
/// Cells with an expected count under 5 are pooled into one tail cell.
fn check_pmf(label: &str, draws: &[u64], pmf: impl Fn(u64) -> f64, max_k: u64) {
    let n = draws.len() as f64;
    let mut counts = vec![0u64; max_k as usize + 2];
    for &d in draws {
        counts[(d.min(max_k + 1)) as usize] += 1;
    }
    let (mut chi2, mut df, mut pooled_obs, mut pooled_p) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for k in 0..=max_k {
        let p = pmf(k);
        let obs = counts[k as usize] as f64;
        let tol = Z * (n * p * (1.0 - p)).sqrt();
        assert!((obs - n * p).abs() <= tol.max(1.0), "{label}: P({k}) count {obs} vs {} ± {tol}", n * p);
        if n * p >= 5.0 {
            chi2 += (obs - n * p).powi(2) / (n * p);
            df += 1.0;
        } else {
            pooled_obs += obs;
            pooled_p += p;
        }
    }
    pooled_obs += counts[max_k as usize + 1] as f64;
    pooled_p += (1.0 - (0..=max_k).map(&pmf).sum::<f64>()).max(0.0);
    if n * pooled_p >= 5.0 {
        chi2 += (pooled_obs - n * pooled_p).powi(2) / (n * pooled_p);
        df += 1.0;
    }
    df -= 1.0;
    // X² has mean df and variance 2·df.
    let limit = df + Z * (2.0 * df).sqrt();
    assert!(chi2 <= limit, "{label}: chi-square {chi2} over {df} degrees of freedom > {limit}");
}

/// Exact binomial probabilities by the textbook recurrence P(0) = qⁿ,
/// P(k + 1) = P(k) · (n − k)/(k + 1) · p/q: independent of the crate's `ln_gamma`.
fn binomial_pmf(n: u64, p: f64) -> impl Fn(u64) -> f64 {
    let q = 1.0 - p;
    let mut table = vec![q.powi(n as i32)];
    for k in 0..n {
        let next = table[k as usize] * (n - k) as f64 / (k + 1) as f64 * p / q;
        table.push(next);
    }
    move |k| table.get(k as usize).copied().unwrap_or(0.0)
}

/// Poisson probabilities by P(0) = e^−λ, P(k) = P(k − 1) · λ/k, up to `max_k`.
fn poisson_pmf(lambda: f64, max_k: u64) -> impl Fn(u64) -> f64 {
    let mut table = vec![(-lambda).exp()];
    for k in 1..=max_k {
        let next = table[k as usize - 1] * lambda / k as f64;
        table.push(next);
    }
    move |k| table.get(k as usize).copied().unwrap_or(0.0)
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_streams_differ() {
    let a: Vec<u64> = (0..1000).scan(Rng::new(42, 0), |r, _| Some(r.next_u64())).collect();
    let b: Vec<u64> = (0..1000).scan(Rng::new(42, 0), |r, _| Some(r.next_u64())).collect();
    let c: Vec<u64> = (0..1000).scan(Rng::new(43, 0), |r, _| Some(r.next_u64())).collect();
    let d: Vec<u64> = (0..1000).scan(Rng::new(42, 1), |r, _| Some(r.next_u64())).collect();
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_ne!(a, d);
    assert!(a.iter().zip(&d).all(|(x, y)| x != y), "a jumped stream shares no draw position");
}

#[test]
fn uniforms_have_mean_one_half_and_variance_one_twelfth() {
    let mut rng = Rng::new(7, 0);
    let draws: Vec<f64> = (0..N).map(|_| rng.uniform()).collect();
    assert!(draws.iter().all(|u| (0.0..1.0).contains(u)));
    check_moments("uniform", &draws, 0.5, 1.0 / 12.0, 1.0 / 80.0);
    let mut rng = Rng::new(7, 3);
    assert!((0..N).all(|_| {
        let u = rng.open01();
        u > 0.0 && u < 1.0
    }));
}

#[test]
fn normals_have_mean_0_variance_1_and_the_normal_tail_share() {
    let mut rng = Rng::new(11, 0);
    let draws: Vec<f64> = (0..N).map(|_| rng.normal()).collect();
    check_moments("normal", &draws, 0.0, 1.0, 3.0);
    // P(|Z| > 2) = 0.0455003; the ziggurat's tail and wedges must both be right.
    let share: f64 = 0.045_500_263_896_358_41;
    let beyond = draws.iter().filter(|z| z.abs() > 2.0).count() as f64;
    let tol = Z * (N as f64 * share * (1.0 - share)).sqrt();
    assert!((beyond - N as f64 * share).abs() <= tol, "{beyond} beyond ±2");
    let far = draws.iter().filter(|z| z.abs() > 3.442_619_855_899).count() as f64;
    let share: f64 = 5.761e-4; // P(|Z| > R), the ziggurat's base strip
    assert!((far - N as f64 * share).abs() <= Z * (N as f64 * share).sqrt(), "{far} beyond R");
}

#[test]
fn binomial_mean_and_variance_match_np_and_npq_for_small_and_large_n() {
    let cases: [(u64, f64); 9] = [
        (1, 0.5),
        (5, 0.3),
        (20, 0.4),
        (30, 0.5),
        (100, 0.97),
        (1_000, 0.02),
        (125_000, 0.000_8),
        (1_000_000_000, 0.3),
        (1_000_000_000_000, 0.001),
    ];
    for (i, (n, p)) in cases.into_iter().enumerate() {
        let mut rng = Rng::new(100 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| binomial(&mut rng, n, p) as f64).collect();
        let npq = n as f64 * p * (1.0 - p);
        // Binomial fourth central moment: npq(1 − 6pq) + 3(npq)².
        let mu4 = npq * (1.0 - 6.0 * p * (1.0 - p)) + 3.0 * npq * npq;
        check_moments(&format!("Bin({n}, {p})"), &draws, n as f64 * p, npq, mu4);
        assert!(draws.iter().all(|&k| k <= n as f64));
    }
}

#[test]
fn binomial_probabilities_match_the_exact_pmf_on_small_cases() {
    // Inversion (n·p < 10), BTRD (n·p ≥ 10, near and far from the mode), and p > 0.5 mirrored.
    for (i, (n, p)) in [(10u64, 0.3), (40, 0.4), (25, 0.8), (200, 0.3), (1_000, 0.05)].into_iter().enumerate()
    {
        let mut rng = Rng::new(200 + i as u64, 0);
        let draws: Vec<u64> = (0..N).map(|_| binomial(&mut rng, n, p)).collect();
        check_pmf(&format!("Bin({n}, {p})"), &draws, binomial_pmf(n, p), n.min(200));
    }
}

#[test]
fn binomial_edges_are_exact() {
    let mut rng = Rng::new(1, 0);
    assert_eq!(binomial(&mut rng, 0, 0.5), 0);
    assert_eq!(binomial(&mut rng, 1_000, 0.0), 0);
    assert_eq!(binomial(&mut rng, 1_000, 1.0), 1_000);
    assert_eq!(binomial(&mut rng, 1_000, f64::NAN), 0);
    assert_eq!(binomial(&mut rng, 1_000, -0.5), 0);
    assert_eq!(binomial(&mut rng, 1_000, 7.0), 1_000);
}

#[test]
fn gamma_and_beta_mean_and_variance_match_their_formulas() {
    for (i, shape) in [0.3, 1.0, 3.0, 41.0, 1e6].into_iter().enumerate() {
        let mut rng = Rng::new(300 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| gamma(&mut rng, shape)).collect();
        // Gamma(k): variance k, fourth central moment 3k² + 6k.
        check_moments(&format!("Gamma({shape})"), &draws, shape, shape, 3.0 * shape * shape + 6.0 * shape);
    }
    for (i, (a, b)) in [(1.0, 1.0), (41.0, 61.0), (1.4, 4.6), (0.5, 0.5), (1.0, 5.0)].into_iter().enumerate()
    {
        let mut rng = Rng::new(400 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| beta(&mut rng, a, b)).collect();
        let raw = |k: i32| (0..k).map(|r| (a + r as f64) / (a + b + r as f64)).product::<f64>();
        let m = raw(1);
        let var = a * b / ((a + b).powi(2) * (a + b + 1.0));
        let mu4 = raw(4) - 4.0 * m * raw(3) + 6.0 * m * m * raw(2) - 3.0 * m.powi(4);
        check_moments(&format!("Beta({a}, {b})"), &draws, m, var, mu4);
        assert!(draws.iter().all(|x| (0.0..=1.0).contains(x)));
    }
}

#[test]
fn pert_has_mean_low_plus_four_likely_plus_high_over_six() {
    let (low, likely, high) = (0.3, 0.4, 0.6);
    let mut rng = Rng::new(500, 0);
    let draws: Vec<f64> = (0..N).map(|_| pert(&mut rng, low, likely, high)).collect();
    let span: f64 = high - low;
    // The textbook PERT: Beta(1 + 4(m − a)/(b − a), 1 + 4(b − m)/(b − a)) on [a, b], whose
    // variance is (μ − a)(b − μ)/7.
    let (a, b) = (1.0 + 4.0 * (likely - low) / span, 1.0 + 4.0 * (high - likely) / span);
    let (sa, sb) = pert_shape(low, likely, high);
    assert!((sa - a).abs() < 1e-12 && (sb - b).abs() < 1e-12, "shape ({sa}, {sb}) vs ({a}, {b})");
    let mean = (low + 4.0 * likely + high) / 6.0;
    let var = (mean - low) * (high - mean) / 7.0;
    let raw = |k: i32| (0..k).map(|r| (a + r as f64) / (a + b + r as f64)).product::<f64>();
    let m = raw(1);
    let mu4 = span.powi(4) * (raw(4) - 4.0 * m * raw(3) + 6.0 * m * m * raw(2) - 3.0 * m.powi(4));
    check_moments("PERT", &draws, mean, var, mu4);
    assert!(draws.iter().all(|x| (low..=high).contains(x)));
    assert_eq!(pert(&mut rng, 0.2, 0.2, 0.2), 0.2);
    assert_eq!(pert(&mut rng, 0.0, 0.0, 0.0), 0.0);
}

#[test]
fn poisson_and_negative_binomial_match_their_moments_and_pmf() {
    for (i, lambda) in [0.5, 4.0, 15.0, 1_000.0, 1e9].into_iter().enumerate() {
        let mut rng = Rng::new(600 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| poisson(&mut rng, lambda) as f64).collect();
        check_moments(&format!("Poisson({lambda})"), &draws, lambda, lambda, lambda * (1.0 + 3.0 * lambda));
    }
    for (i, lambda) in [4.0f64, 15.0, 60.0].into_iter().enumerate() {
        let mut rng = Rng::new(650 + i as u64, 0);
        let draws: Vec<u64> = (0..N).map(|_| poisson(&mut rng, lambda)).collect();
        let max_k = (lambda * 3.0) as u64;
        check_pmf(&format!("Poisson({lambda})"), &draws, poisson_pmf(lambda, max_k), max_k);
    }
    for (i, (k, p)) in [(1u64, 0.5), (100, 0.0008), (10, 0.4)].into_iter().enumerate() {
        let mut rng = Rng::new(700 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| negative_binomial(&mut rng, k, p).unwrap() as f64).collect();
        let (kf, q) = (k as f64, 1.0 - p);
        let var = kf * q / (p * p);
        // Negative binomial fourth central moment from its cumulants κ₂ = kq/p², κ₄ = kq(p² + 6q)/p⁴: μ₄ = κ₄ + 3κ₂².
        let mu4 = kf * q * (p * p + 6.0 * q) / p.powi(4) + 3.0 * var * var;
        check_moments(&format!("NB({k}, {p})"), &draws, kf * q / p, var, mu4);
    }
    let mut rng = Rng::new(1, 0);
    assert_eq!(negative_binomial(&mut rng, 5, 0.0), None);
    assert_eq!(negative_binomial(&mut rng, 5, 1.0), Some(0));
    assert_eq!(negative_binomial(&mut rng, 0, 0.3), Some(0));
    assert_eq!(poisson(&mut rng, 0.0), 0);
    assert_eq!(poisson(&mut rng, f64::NAN), 0);
}

#[test]
fn ln_gamma_matches_known_values() {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-10 * b.abs().max(1.0);
    assert!(close(ln_gamma(1.0), 0.0));
    assert!(close(ln_gamma(5.0), 24f64.ln()));
    assert!(close(ln_gamma(0.5), std::f64::consts::PI.sqrt().ln()));
    assert!(close(ln_gamma(101.0), 363.739_375_555_563_47));
}
