//! Hörmann's PTRS Poisson sampler (1993, "The transformed rejection method for generating
//! Poisson random variables") for means of 10 and more, as one decision per pair of uniforms.
//! The decision is public so that tests can check it point by point against the rule it
//! stands for (accept exactly when v lies under the hat times the pmf): the quick accept and
//! quick reject change under 10⁻³ of the law when wrong, beyond what draws can see.
//! `ln_gamma` lives here, as the log-pmf it serves, so that the samplers depend on this module
//! and not the other way round.

/// PTRS's constants for one mean λ ≥ 10.
pub struct Ptrs {
    lambda: f64,
    loglam: f64,
    /// The hat's shape: a draw u ∈ (−½, ½) proposes k = ⌊(2a/us + b)·u + λ + 0.43⌋, us = ½ − |u|.
    pub a: f64,
    pub b: f64,
    /// 1/α: the hat's height over the pmf's scale.
    pub invalpha: f64,
    /// The quick-accept box: v ≤ vr with us ≥ 0.07 lies under the pmf.
    pub vr: f64,
}

impl Ptrs {
    /// The constants of Hörmann's paper for mean `lambda`.
    pub fn new(lambda: f64) -> Ptrs {
        let slam = lambda.sqrt();
        let b = 0.931 + 2.53 * slam;
        Ptrs {
            lambda,
            loglam: lambda.ln(),
            b,
            a: -0.059 + 0.02483 * b,
            invalpha: 1.1239 + 1.1328 / (b - 3.4),
            vr: 0.9277 - 3.6224 / (b - 2.0),
        }
    }

    /// The count `u` proposes, as a float (negative below the support).
    pub fn proposal(&self, u: f64) -> f64 {
        let us = 0.5 - u.abs();
        ((2.0 * self.a / us + self.b) * u + self.lambda + 0.43).floor()
    }

    /// What the pair (u, v) gives: u = U − ½ and v in (0, 1); `Some(k)` accepted, `None` drawn
    /// again.
    pub fn decide(&self, u: f64, v: f64) -> Option<u64> {
        let us = 0.5 - u.abs();
        let k = self.proposal(u);
        if us >= 0.07 && v <= self.vr {
            return Some(k as u64);
        }
        if k < 0.0 || (us < 0.013 && v > us) {
            return None;
        }
        let hat = v.ln() + self.invalpha.ln() - (self.a / (us * us) + self.b).ln();
        (hat <= -self.lambda + k * self.loglam - ln_gamma(k + 1.0)).then_some(k as u64)
    }
}

/// `ln Γ(x)` for x > 0: Stirling's series past 7, shifted up from below.
pub fn ln_gamma(x: f64) -> f64 {
    const COEF: [f64; 5] = [
        8.333_333_333_333_333e-2,
        -2.777_777_777_777_778e-3,
        7.936_507_936_507_937e-4,
        -5.952_380_952_380_952e-4,
        8.417_508_417_508_418e-4,
    ];
    let mut shift = 0.0;
    let mut x0 = x;
    while x0 < 7.0 {
        shift += x0.ln();
        x0 += 1.0;
    }
    let x2 = 1.0 / (x0 * x0);
    let mut series = 0.0;
    for c in COEF.iter().rev() {
        series = series * x2 + c;
    }
    series / x0 + (x0 - 0.5) * x0.ln() - x0 + 0.5 * (2.0 * std::f64::consts::PI).ln() - shift
}
