//! Numbers written into SVG attributes (chart coordinates), without the standard library's
//! float formatting: `format!("{:.1}", v)` links about 7 KB of wasm (exact float-to-decimal
//! conversion with a big-number fallback) for what is a small fixed-point job.

/// `v` with exactly one decimal, the same text as `format!("{v:.1}")`: the exact binary value
/// rounded half to even, "-0.0" for small negatives. Exact for every |v| below 2^127 (far
/// beyond any coordinate); larger magnitudes are written as 2^128 − 1 tenths.
pub fn one_decimal(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let tenths = tenths(v.abs());
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// `10·v` rounded half to even, for a finite `v ≥ 0`.
fn tenths(v: f64) -> u128 {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = u128::from(bits & ((1 << 52) - 1));
    // v = m · 2^e exactly (subnormals have no implicit bit).
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | 1 << 52, exp - 1075) };
    let m10 = m * 10;
    if e >= 0 {
        return m10.checked_shl(e as u32).filter(|x| x >> e == m10).unwrap_or(u128::MAX);
    }
    let k = (-e) as u32;
    if k > 64 {
        // m·10 < 2^57, so the value is below half a tenth: rounds to 0.
        return 0;
    }
    let q = m10 >> k;
    let rem = m10 & ((1 << k) - 1);
    let half = 1 << (k - 1);
    if rem > half || (rem == half && q % 2 == 1) {
        q + 1
    } else {
        q
    }
}
