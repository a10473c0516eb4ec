//! Hörmann's BTRD binomial sampler (1993, "The generation of binomial random variates") and
//! its parts: the Stirling correction `fc`, the squeeze far from the mode and the exact test.
//! The parts are public so that tests can check each against exact values: their errors move
//! only far tails, too little of the law for draws to see (docs/mutants/risk-samplers.md).

use super::prng::Rng;

/// Stirling-series correction `ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π]`. Public so
/// that tests can check it against ln k! itself: it only enters BTRD's last test, far from the
/// mode, where an error in it moves the law too little for a test's sample to see.
pub fn fc(k: f64) -> f64 {
    const TABLE: [f64; 10] = [
        0.081_061_466_795_327_26,
        0.041_340_695_955_409_29,
        0.027_677_925_684_998_34,
        0.020_790_672_103_765_09,
        0.016_644_691_189_821_19,
        0.013_876_128_823_070_75,
        0.011_896_709_945_891_77,
        0.010_411_265_261_972_09,
        0.009_255_462_182_712_733,
        0.008_330_563_433_362_87,
    ];
    if k < 10.0 {
        return TABLE[k as usize];
    }
    let r = 1.0 / (k + 1.0);
    let r2 = r * r;
    (1.0 / 12.0 - (1.0 / 360.0 - r2 / 1260.0) * r2) * r
}

/// BTRD, Hörmann (1993) "The generation of binomial random variates": transformed rejection
/// with a decomposition; exact, O(1) expected time; `p ≤ 0.5`, `n·p ≥ 10`.
pub fn btrd(rng: &mut Rng, n: u64, p: f64) -> u64 {
    let setup = Btrd::new(n, p);
    loop {
        let v = rng.uniform();
        // The box needs one uniform, the rest of the hat a second one.
        let w = if v <= setup.urvr { 0.0 } else { rng.uniform() };
        if let Some(k) = setup.decide(v, w) {
            return k;
        }
    }
}

/// BTRD's constants for Binomial(n, p), p ≤ ½. Public so that tests can check its decisions
/// point by point against the rule they stand for (docs/mutants/risk-samplers.md).
pub struct Btrd {
    nf: f64,
    r: f64,
    nr: f64,
    npq: f64,
    /// The mode ⌊(n + 1)p⌋, where the ratios f(k)/f(m) are taken.
    pub m: f64,
    /// The hat's shape: u ∈ (−½, ½) proposes k = ⌊(2a/us + b)·u + c⌋, us = ½ − |u|, with
    /// density 1/(a/us² + b).
    pub a: f64,
    pub b: f64,
    pub c: f64,
    /// The hat's height: a point (u, v) is accepted when v·α/(a/us² + b) ≤ f(k)/f(m).
    pub alpha: f64,
    /// The box |u| ≤ 0.43, v ≤ vr, under the pmf; `urvr` = 0.86·vr is its area.
    pub vr: f64,
    pub urvr: f64,
}

impl Btrd {
    /// Hörmann's constants for Binomial(`n`, `p`).
    pub fn new(n: u64, p: f64) -> Btrd {
        let nf = n as f64;
        let q = 1.0 - p;
        let r = p / q;
        let npq = nf * p * q;
        let sq = npq.sqrt();
        let b = 1.15 + 2.53 * sq;
        let vr = 0.92 - 4.2 / b;
        Btrd {
            nf,
            m: ((nf + 1.0) * p).floor(),
            r,
            nr: (nf + 1.0) * r,
            npq,
            b,
            a: -0.0873 + 0.0248 * b + 0.01 * p,
            c: nf * p + 0.5,
            alpha: (2.83 + 5.1 / b) * sq,
            vr,
            urvr: 0.86 * vr,
        }
    }

    /// What one round gives from its uniforms: `v`, and `w` (read only when v > urvr);
    /// `Some(k)` accepted, `None` drawn again. A v in the box is a point of it; otherwise
    /// v ≥ vr is the point's height and w its u + ½, and a v in (urvr, vr) picks the outer
    /// strip |u| > 0.43 with w·vr as the height.
    pub fn decide(&self, v: f64, w: f64) -> Option<u64> {
        let (a, b, vr) = (self.a, self.b, self.vr);
        if v <= self.urvr {
            let u = v / vr - 0.43;
            return Some(((2.0 * a / (0.5 - u.abs()) + b) * u + self.c).floor() as u64);
        }
        let mut v = v;
        let u = if v >= vr {
            w - 0.5
        } else {
            let u = v / vr - 0.93;
            v = w * vr;
            0.5f64.copysign(u) - u
        };
        let us = 0.5 - u.abs();
        let kf = ((2.0 * a / us + b) * u + self.c).floor();
        if kf < 0.0 || kf > self.nf {
            return None;
        }
        v = v * self.alpha / (a / (us * us) + b);
        let (m, km) = (self.m, (kf - self.m).abs());
        if km <= 15.0 {
            // Recursive evaluation of f(k) / f(m).
            let mut f = 1.0;
            if m < kf {
                let mut i = m;
                while i < kf {
                    i += 1.0;
                    f *= self.nr / i - self.r;
                }
            } else {
                let mut i = kf;
                while i < m {
                    i += 1.0;
                    v *= self.nr / i - self.r;
                }
            }
            return (v <= f).then_some(kf as u64);
        }
        let v = v.ln();
        let (low, high) = btrd_squeeze(km, self.npq);
        if v < low {
            return Some(kf as u64);
        }
        if v > high {
            return None;
        }
        (v <= btrd_log_ratio(self.nf, m, self.r, kf)).then_some(kf as u64)
    }
}

/// BTRD's squeeze far from the mode: for k at `km` = |k − m| > 15 from the mode m of a
/// binomial of variance `npq`, ln f(k)/f(m) lies within (low, high) = t ∓ ρ, with
/// t = −km²/(2npq) (Hörmann 1993, step 3.2), so most draws are decided without the exact test.
/// Public so that tests check the bracket against the exact ratio: a bracket a little too
/// narrow moves under 10⁻³ of the law, beyond what draws can see.
pub fn btrd_squeeze(km: f64, npq: f64) -> (f64, f64) {
    let rho = (km / npq) * (((km / 3.0 + 0.625) * km + 1.0 / 6.0) / npq + 0.5);
    let t = -km * km / (2.0 * npq);
    (t - rho, t + rho)
}

/// BTRD's exact test: ln f(k)/f(m) for Binomial(n, p) with `r` = p/(1 − p), mode `m` and
/// k = `kf`, by Stirling's formula with the correction `fc` (Hörmann 1993, step 3.3). Public
/// for the same reason as `btrd_squeeze`: an error here moves only far tails.
pub fn btrd_log_ratio(nf: f64, m: f64, r: f64, kf: f64) -> f64 {
    let nm = nf - m + 1.0;
    let h = (m + 0.5) * ((m + 1.0) / (r * nm)).ln() + fc(m) + fc(nf - m);
    let nk = nf - kf + 1.0;
    h + (nf + 1.0) * (nm / nk).ln() + (kf + 0.5) * (nk * r / (kf + 1.0)).ln() - fc(kf) - fc(nf - kf)
}
