#![cfg(not(target_arch = "wasm32"))]
//! The samplers' whole law, not just their moments: each draw's distribution against an exact
//! CDF or probability computed here by another method (closed forms for Erlang, Beta with whole
//! shapes and the arcsine law; Numerical Recipes' incomplete-gamma series and continued fraction
//! with Γ from published values; pmfs by their ratio recurrence from the mode). The mutation run
//! of `samplers.rs` (docs/mutants/risk-samplers.md) showed what moments cannot see: a hat or a
//! squeeze that moves a few per cent of the mass inside the range. Bounds are about six standard
//! deviations, seeds fixed, so a correct sampler fails about once in a billion runs.

use funnel_planner::engine::risk::prng::Rng;
use funnel_planner::engine::risk::samplers::{beta, gamma, ln_gamma, negative_binomial, pert, poisson};

/// Kolmogorov–Smirnov: the largest gap between the sample's CDF and `cdf` stays under
/// sqrt(ln(2/α) / 2N) with α = 1e-9, i.e. 3.27/√N (Dvoretzky–Kiefer–Wolfowitz–Massart).
fn check_ks(label: &str, mut draws: Vec<f64>, cdf: impl Fn(f64) -> f64) {
    draws.sort_by(f64::total_cmp);
    let n = draws.len() as f64;
    let gap = draws
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let f = cdf(x);
            (f - i as f64 / n).abs().max((f - (i + 1) as f64 / n).abs())
        })
        .fold(0.0, f64::max);
    let bound = (2e9f64.ln() / (2.0 * n)).sqrt();
    assert!(gap <= bound, "{label}: KS gap {gap} > {bound}");
}

#[path = "support/law.rs"]
mod law;
use law::{check_pmf, pmf_from_ratio};

/// Regularised lower incomplete gamma P(a, x) (Numerical Recipes §6.2: series below a + 1,
/// Lentz's continued fraction above), given ln Γ(a) from a published value.
fn gamma_p(a: f64, ln_gamma_a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let front = (-x + a * x.ln() - ln_gamma_a).exp();
    if x < a + 1.0 {
        let (mut term, mut sum, mut ap) = (1.0 / a, 1.0 / a, a);
        while term.abs() > sum.abs() * 1e-16 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
        }
        return sum * front;
    }
    let tiny = 1e-300;
    let mut b = x + 1.0 - a;
    let (mut c, mut d) = (1.0 / tiny, 1.0 / b);
    let mut h = d;
    for i in 1..1000 {
        let an = -(i as f64) * (i as f64 - a);
        b += 2.0;
        d = an * d + b;
        d = if d.abs() < tiny { tiny } else { d };
        c = b + an / c;
        c = if c.abs() < tiny { tiny } else { c };
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-16 {
            break;
        }
    }
    1.0 - front * h
}

/// ln k! by a plain sum of logarithms.
fn ln_factorial(k: u64) -> f64 {
    (2..=k).map(|i| (i as f64).ln()).sum()
}

/// P(Beta(a, b) ≤ x) for whole a, b: P(Binomial(a + b − 1, x) ≥ a).
fn beta_cdf_whole(a: u64, b: u64, x: f64) -> f64 {
    let n = a + b - 1;
    (a..=n)
        .map(|j| {
            (ln_factorial(n) - ln_factorial(j) - ln_factorial(n - j)).exp()
                * x.powi(j as i32)
                * (1.0 - x).powi((n - j) as i32)
        })
        .sum()
}

const N: usize = 60_000;

#[test]
fn gamma_follows_the_incomplete_gamma_law_below_at_and_above_shape_one() {
    let sqrt_pi_ln = std::f64::consts::PI.sqrt().ln();
    // (shape, ln Γ(shape)): Γ(1/4) = 3.625 609 908 221 908 (Abramowitz & Stegun 6.1.10), Γ(1/2) = √π,
    // Γ(1) = 1, Γ(5/2) = (3/4)√π, Γ(30) = 29!.
    let cases = [
        (0.25, 3.625_609_908_221_908_f64.ln()),
        (0.5, sqrt_pi_ln),
        (1.0, 0.0),
        (2.5, 0.75f64.ln() + sqrt_pi_ln),
        (30.0, ln_factorial(29)),
    ];
    for (i, (shape, lg)) in cases.into_iter().enumerate() {
        let mut rng = Rng::new(8_100 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| gamma(&mut rng, shape)).collect();
        check_ks(&format!("Gamma({shape})"), draws, |x| gamma_p(shape, lg, x));
    }
}

#[test]
fn gamma_of_a_shape_that_is_not_a_positive_number_is_zero() {
    let mut rng = Rng::new(8_200, 0);
    for shape in [0.0, -0.5, -3.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(gamma(&mut rng, shape), 0.0, "Gamma({shape})");
    }
    assert!(gamma(&mut rng, 1e-300) >= 0.0);
}

#[test]
fn beta_of_shapes_that_leave_nothing_to_draw_stays_in_zero_one() {
    // Gamma(0) is 0: Beta(0, b) is 0, Beta(a, 0) is 1, and Beta(0, 0) is its midpoint, not 0/0.
    let mut rng = Rng::new(8_250, 0);
    assert_eq!(beta(&mut rng, 0.0, 2.0), 0.0);
    assert_eq!(beta(&mut rng, 2.0, 0.0), 1.0);
    assert_eq!(beta(&mut rng, 0.0, 0.0), 0.5);
    assert_eq!(beta(&mut rng, -1.0, f64::NAN), 0.5);
}

#[test]
fn beta_and_pert_follow_their_closed_form_cdfs() {
    let mut rng = Rng::new(8_300, 0);
    // Beta(1/2, 1/2) is the arcsine law: P(X ≤ x) = (2/π) asin(√x).
    let draws: Vec<f64> = (0..N).map(|_| beta(&mut rng, 0.5, 0.5)).collect();
    check_ks("Beta(1/2, 1/2)", draws, |x| 2.0 / std::f64::consts::PI * x.clamp(0.0, 1.0).sqrt().asin());
    for (i, (a, b)) in [(1u64, 4u64), (2, 3), (7, 2)].into_iter().enumerate() {
        let mut rng = Rng::new(8_310 + i as u64, 0);
        let draws: Vec<f64> = (0..N).map(|_| beta(&mut rng, a as f64, b as f64)).collect();
        check_ks(&format!("Beta({a}, {b})"), draws, |x| beta_cdf_whole(a, b, x.clamp(0.0, 1.0)));
    }
    // PERT on [2, 6] with mode 3: α = 1 + 4·1/4 = 2, β = 1 + 4·3/4 = 4.
    let mut rng = Rng::new(8_320, 0);
    let draws: Vec<f64> = (0..N).map(|_| pert(&mut rng, 2.0, 3.0, 6.0)).collect();
    check_ks("PERT(2, 3, 6)", draws, |x| beta_cdf_whole(2, 4, ((x - 2.0) / 4.0).clamp(0.0, 1.0)));
}

#[test]
fn poisson_follows_its_pmf_by_multiplication_and_by_ptrs() {
    for (i, lambda) in [0.7f64, 9.99, 10.0, 23.5, 180.0, 1e4, 1e6].into_iter().enumerate() {
        let mut rng = Rng::new(8_400 + i as u64, 0);
        let draws: Vec<u64> = (0..N).map(|_| poisson(&mut rng, lambda)).collect();
        let pmf = pmf_from_ratio(lambda as u64, u64::MAX, |k| lambda / (k + 1) as f64);
        check_pmf(&format!("Poisson({lambda})"), &draws, &pmf);
    }
}

#[test]
fn ptrs_at_lambda_10_follows_the_pmf_where_its_box_and_hat_are_tightest() {
    // PTRS's immediate-acceptance box (v ≤ v_r) and its hat's scale (1/α) are fitted to
    // λ ≥ 10 and have the least room at 10: a box or a scale off by a few per cent moves
    // ~0.1 % of the mass there (a numerical integration of the algorithm over u says so), which
    // takes 3·10⁶ draws to see at 6σ; by λ = 30 it is below 10⁻⁴.
    let mut rng = Rng::new(8_450, 0);
    let draws: Vec<u64> = (0..3_000_000).map(|_| poisson(&mut rng, 10.0)).collect();
    check_pmf("Poisson(10), 3·10⁶ draws", &draws, &pmf_from_ratio(10, u64::MAX, |k| 10.0 / (k + 1) as f64));
}

#[test]
fn negative_binomial_follows_its_pmf() {
    // P(j + 1) / P(j) = (j + k)/(j + 1) · (1 − p); the mode is ⌊(k − 1)(1 − p)/p⌋.
    for (i, (k, p)) in [(1u64, 0.3f64), (4, 0.5), (30, 0.2)].into_iter().enumerate() {
        let mut rng = Rng::new(8_500 + i as u64, 0);
        let draws: Vec<u64> = (0..N).map(|_| negative_binomial(&mut rng, k, p).unwrap()).collect();
        let mode = ((k - 1) as f64 * (1.0 - p) / p) as u64;
        let pmf = pmf_from_ratio(mode, u64::MAX, |j| (j + k) as f64 / (j + 1) as f64 * (1.0 - p));
        check_pmf(&format!("NB({k}, {p})"), &draws, &pmf);
    }
}

#[test]
fn negative_binomial_needing_no_success_has_no_failure_even_when_success_is_impossible() {
    // k = 0: the 0th success is there before any try, so 0 failures whatever p (0 and NaN
    // included); only a success that is needed and impossible gives None.
    let mut rng = Rng::new(8_600, 0);
    assert_eq!(negative_binomial(&mut rng, 0, 0.0), Some(0));
    assert_eq!(negative_binomial(&mut rng, 0, f64::NAN), Some(0));
    assert_eq!(negative_binomial(&mut rng, 3, 0.0), None);
}

#[test]
fn ln_gamma_matches_factorials_and_half_integers_to_1e_12_on_both_sides_of_7() {
    let sqrt_pi_ln = std::f64::consts::PI.sqrt().ln();
    // ln Γ(n) = ln (n − 1)!; ln Γ(n + ½) = ln √π + Σ_{j<n} ln(j + ½).
    for n in 1..=40u64 {
        let whole = ln_factorial(n - 1);
        let half = sqrt_pi_ln + (0..n).map(|j| (j as f64 + 0.5).ln()).sum::<f64>();
        for (x, exact) in [(n as f64, whole), (n as f64 + 0.5, half)] {
            let got = ln_gamma(x);
            assert!((got - exact).abs() <= 1e-12 * exact.abs().max(1.0), "ln Γ({x}) = {got}, exact {exact}");
        }
    }
    assert!((ln_gamma(0.5) - sqrt_pi_ln).abs() <= 1e-12);
    // Γ(1/10) = 9.513 507 698 668 732 (A&S table 6.1), Γ(1/4) as above.
    assert!((ln_gamma(0.1) - 9.513_507_698_668_732_f64.ln()).abs() <= 1e-12);
    assert!((ln_gamma(0.25) - 3.625_609_908_221_908_f64.ln()).abs() <= 1e-12);
    let big = ln_factorial(1_000_000);
    assert!((ln_gamma(1_000_001.0) - big).abs() <= 1e-12 * big);
}
