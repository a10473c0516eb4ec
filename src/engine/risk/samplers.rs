//! Exact samplers for the Monte-Carlo: Gamma (Marsaglia–Tsang), Beta (two Gammas), binomial
//! (inversion for small means, Hörmann's BTRD otherwise) and Poisson (inversion, PTRS).
//!
//! Floats are fine here: the draws feed a probability estimate, not a count promised to a
//! person. Every sampler returns a value in its support whatever the parameters (0 and 1
//! included), so degenerate ranges never panic.

use super::btrd::btrd;
pub use super::btrd::{btrd_log_ratio, btrd_squeeze, fc, Btrd};
use super::prng::Rng;
pub use super::ptrs::{ln_gamma, Ptrs};

/// Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 boosted by `U^(1/shape)`.
/// Returns 0 for a shape that is not positive.
pub fn gamma(rng: &mut Rng, shape: f64) -> f64 {
    if not_positive(shape) || !shape.is_finite() {
        return 0.0;
    }
    if shape < 1.0 {
        return gamma(rng, shape + 1.0) * rng.open01().powf(1.0 / shape);
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    loop {
        let x = rng.normal();
        let v = 1.0 + c * x;
        if v <= 0.0 {
            continue;
        }
        let v = v * v * v;
        let u = rng.open01();
        let x2 = x * x;
        if u < 1.0 - 0.0331 * x2 * x2 || u.ln() < 0.5 * x2 + d * (1.0 - v + v.ln()) {
            return d * v;
        }
    }
}

/// Beta(a, b) as `X / (X + Y)` with X ~ Gamma(a), Y ~ Gamma(b).
pub fn beta(rng: &mut Rng, a: f64, b: f64) -> f64 {
    let x = gamma(rng, a);
    let y = gamma(rng, b);
    if x + y > 0.0 {
        x / (x + y)
    } else {
        0.5
    }
}

/// Binomial(n, p): the number of successes among `n` independent tries of chance `p`.
pub fn binomial(rng: &mut Rng, n: u64, p: f64) -> u64 {
    if n == 0 || not_positive(p) {
        return 0;
    }
    if p >= 1.0 {
        return n;
    }
    // Sample the rarer outcome; the count of the other is the rest.
    let (q, flip) = if p > 0.5 { (1.0 - p, true) } else { (p, false) };
    let k = if n as f64 * q < 10.0 { binomial_inversion(rng, n, q) } else { btrd(rng, n, q) };
    if flip {
        n - k
    } else {
        k
    }
}

/// Sequential search of the CDF from 0 (Kachitvichyanukul & Schmeiser's BINV); `p ≤ 0.5`,
/// `n·p < 10`, so it takes about n·p + 1 steps and `(1 − p)^n ≥ e^-20` never underflows.
fn binomial_inversion(rng: &mut Rng, n: u64, p: f64) -> u64 {
    let q = 1.0 - p;
    let s = p / q;
    let a = (n as f64 + 1.0) * s;
    'draw: loop {
        let mut r = (n as f64 * q.ln()).exp();
        let mut u = rng.uniform();
        let mut x: u64 = 0;
        while u > r {
            u -= r;
            x += 1;
            if x > n {
                continue 'draw; // rounding left mass past n: draw again
            }
            r *= a / x as f64 - s;
        }
        return x;
    }
}

/// Poisson(λ): multiplication method below 10, else Hörmann's PTRS (1993), exact.
pub fn poisson(rng: &mut Rng, lambda: f64) -> u64 {
    if not_positive(lambda) {
        return 0;
    }
    if lambda < 10.0 {
        let limit = (-lambda).exp();
        let mut k = 0;
        let mut prod = rng.uniform();
        while prod > limit {
            k += 1;
            prod *= rng.uniform();
        }
        return k;
    }
    let ptrs = Ptrs::new(lambda);
    loop {
        let u = rng.uniform() - 0.5;
        let v = rng.open01();
        if let Some(k) = ptrs.decide(u, v) {
            return k;
        }
    }
}

/// Failures before the `k`-th success with chance `p` (negative binomial), as a Poisson whose
/// mean is Gamma(k) × (1 − p) / p. `None` when `p` is 0 (the `k`-th success never comes).
pub fn negative_binomial(rng: &mut Rng, k: u64, p: f64) -> Option<u64> {
    if k == 0 || p >= 1.0 {
        return Some(0);
    }
    if not_positive(p) {
        return None;
    }
    let lambda = gamma(rng, k as f64) * (1.0 - p) / p;
    (lambda <= MAX_MEAN).then(|| poisson(rng, lambda))
}

/// Largest Poisson mean drawn: beyond 10^12 the acceptance test loses its precision in f64,
/// and such a volume is out of reach anyway.
pub const MAX_MEAN: f64 = 1e12;

/// A PERT draw on [low, high] with mode `likely`: `low + (high − low) × Beta(α, β)`,
/// α = 1 + 4 (likely − low) / (high − low), β = 1 + 4 (high − likely) / (high − low).
pub fn pert(rng: &mut Rng, low: f64, likely: f64, high: f64) -> f64 {
    let span = high - low;
    if not_positive(span) {
        return low;
    }
    let (a, b) = pert_shape(low, likely, high);
    low + span * beta(rng, a, b)
}

/// PERT's Beta shape (α, β) for a range.
pub fn pert_shape(low: f64, likely: f64, high: f64) -> (f64, f64) {
    let span = high - low;
    let m = likely.clamp(low, high);
    (1.0 + 4.0 * (m - low) / span, 1.0 + 4.0 * (high - m) / span)
}

/// True for 0, negatives and NaN: a parameter that leaves nothing to draw.
pub fn not_positive(x: f64) -> bool {
    x.is_nan() || x <= 0.0
}
