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
    let nf = n as f64;
    let q = 1.0 - p;
    let m = ((nf + 1.0) * p).floor();
    let r = p / q;
    let nr = (nf + 1.0) * r;
    let npq = nf * p * q;
    let sq = npq.sqrt();
    let b = 1.15 + 2.53 * sq;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = nf * p + 0.5;
    let alpha = (2.83 + 5.1 / b) * sq;
    let vr = 0.92 - 4.2 / b;
    let urvr = 0.86 * vr;
    loop {
        let mut v = rng.uniform();
        if v <= urvr {
            let u = v / vr - 0.43;
            return ((2.0 * a / (0.5 - u.abs()) + b) * u + c).floor() as u64;
        }
        let u = if v >= vr {
            rng.uniform() - 0.5
        } else {
            let u = v / vr - 0.93;
            v = rng.uniform() * vr;
            0.5f64.copysign(u) - u
        };
        let us = 0.5 - u.abs();
        let kf = ((2.0 * a / us + b) * u + c).floor();
        if kf < 0.0 || kf > nf {
            continue;
        }
        v = v * alpha / (a / (us * us) + b);
        let km = (kf - m).abs();
        if km <= 15.0 {
            // Recursive evaluation of f(k) / f(m).
            let mut f = 1.0;
            if m < kf {
                let mut i = m;
                while i < kf {
                    i += 1.0;
                    f *= nr / i - r;
                }
            } else {
                let mut i = kf;
                while i < m {
                    i += 1.0;
                    v *= nr / i - r;
                }
            }
            if v <= f {
                return kf as u64;
            }
            continue;
        }
        let v = v.ln();
        let (low, high) = btrd_squeeze(km, npq);
        if v < low {
            return kf as u64;
        }
        if v > high {
            continue;
        }
        if v <= btrd_log_ratio(nf, m, r, kf) {
            return kf as u64;
        }
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
