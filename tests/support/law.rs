//! Exact discrete laws for the samplers' tests: a pmf walked from its mode by the ratio of
//! successive probabilities, and a per-cell and chi-square check of draws against it. Shared
//! by `engine_risk_samplers_law` and `engine_risk_samplers_btrd`.
#![allow(dead_code)]

/// An exact pmf on `lo..lo + p.len()`, normalised; the mass outside is below 1e-15.
pub struct Pmf {
    pub lo: u64,
    pub p: Vec<f64>,
}

/// A pmf from its ratio `r(k) = P(k + 1) / P(k)`, walked both ways from the mode `m` until
/// the terms fall under 1e-18 of the mode's (or the support ends at 0 or `max`).
pub fn pmf_from_ratio(m: u64, max: u64, r: impl Fn(u64) -> f64) -> Pmf {
    let mut up = vec![1.0f64];
    let mut k = m;
    while k < max && *up.last().unwrap() > 1e-18 {
        up.push(up.last().unwrap() * r(k));
        k += 1;
    }
    let mut down = vec![];
    let (mut k, mut f) = (m, 1.0f64);
    while k > 0 && f > 1e-18 {
        f /= r(k - 1);
        down.push(f);
        k -= 1;
    }
    let lo = m - down.len() as u64;
    let mut p: Vec<f64> = down.into_iter().rev().chain(up).collect();
    let total: f64 = p.iter().sum();
    p.iter_mut().for_each(|x| *x /= total);
    Pmf { lo, p }
}

/// Pearson's chi-square of integer draws against `pmf`, cells merged until each expects 20
/// draws (the first and last take the tails), bound df + 6·sqrt(2·df); and the KS gap of the
/// discrete CDF under 3.27/√N.
pub fn check_pmf(label: &str, draws: &[u64], pmf: &Pmf) {
    let n = draws.len() as f64;
    let hi = pmf.lo + pmf.p.len() as u64;
    let mut counts = vec![0u64; pmf.p.len() + 2];
    for &d in draws {
        let cell = if d < pmf.lo {
            0
        } else if d >= hi {
            pmf.p.len() + 1
        } else {
            (d - pmf.lo) as usize + 1
        };
        counts[cell] += 1;
    }
    let probs: Vec<f64> = std::iter::once(0.0).chain(pmf.p.iter().copied()).chain([0.0]).collect();
    let mut rest: Vec<f64> =
        probs.iter().rev().scan(0.0, |s, p| Some(std::mem::replace(s, *s + p))).collect();
    rest.reverse(); // rest[i]: the mass after cell i
    let (mut chi2, mut cells, mut obs, mut exp) = (0.0, 0usize, 0.0, 0.0);
    let (mut cum_obs, mut cum_exp, mut gap) = (0.0, 0.0, 0.0f64);
    for (i, (&c, &p)) in counts.iter().zip(&probs).enumerate() {
        obs += c as f64;
        exp += n * p;
        cum_obs += c as f64;
        cum_exp += n * p;
        gap = gap.max((cum_obs - cum_exp).abs() / n);
        if exp >= 20.0 && n * rest[i] >= 20.0 || i + 1 == counts.len() {
            chi2 += (obs - exp) * (obs - exp) / exp.max(1e-300);
            cells += 1;
            (obs, exp) = (0.0, 0.0);
        }
    }
    let df = cells as f64 - 1.0;
    let limit = df + 6.0 * (2.0 * df).sqrt();
    assert!(chi2 <= limit, "{label}: chi-square {chi2} over {df} degrees of freedom > {limit}");
    let bound = (2e9f64.ln() / (2.0 * n)).sqrt();
    assert!(gap <= bound, "{label}: KS gap {gap} > {bound}");
}
