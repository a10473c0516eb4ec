//! Exact whole-number splitting: a total shared out in proportion to weights so that the
//! parts always add back up to the total (largest-remainder method).

use crate::engine::decimal::Decimal;

/// Splits `total` into whole parts proportional to `weights` (largest remainder, a.k.a.
/// Hamilton's method): part `i` starts at `floor(total × wᵢ / Σw)`, then the units still
/// missing go one each to the parts with the largest remainders, the earliest part first on
/// ties. The parts sum to `total` exactly and each is within 1 of its exact share.
///
/// `None` when there are no weights, a weight is negative, all are zero, or a product leaves
/// the range of `i128` (weights are reduced by their common divisor first, so this needs
/// absurd inputs).
pub fn allocate(total: u64, weights: &[Decimal]) -> Option<Vec<u64>> {
    if weights.iter().any(|w| w.is_negative()) {
        return None;
    }
    // Equal weights (every split of a plan without seasonality): the rule comes down to the
    // even share for each part and one more for the first `total mod n`, with none of the
    // 128-bit divisions or the sort below (a year's 260 working days are split per stage at
    // every keystroke).
    let first = weights.first()?;
    if weights.iter().all(|w| w == first) {
        if first.is_zero() {
            return None;
        }
        let count = weights.len() as u64;
        let (share, extra) = (total / count, total % count);
        return Some((0..count).map(|i| share + u64::from(i < extra)).collect());
    }
    let divisor = weights.iter().fold(0i128, |g, w| gcd(g, w.units()));
    if divisor == 0 {
        return None;
    }
    // Only ratios matter; reducing keeps `total × weight` small (flat weights become all 1).
    let reduced: Vec<i128> = weights.iter().map(|w| w.units() / divisor).collect();
    let sum = reduced.iter().try_fold(0i128, |s, &u| s.checked_add(u))?;
    let whole = i128::from(total);
    let mut parts = Vec::with_capacity(reduced.len());
    let mut remainders = Vec::with_capacity(reduced.len());
    for &u in &reduced {
        let product = whole.checked_mul(u)?;
        parts.push(product / sum);
        remainders.push(product % sum);
    }
    // Each floor is ≤ its share, so this is in 0..parts.len() and cannot overflow.
    let missing = whole - parts.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Largest remainder first; the stable sort keeps the earliest part first on ties.
    crate::engine::sort::insertion_sort_by(&mut order, |&a, &b| remainders[a] > remainders[b]);
    for &i in order.iter().take(usize::try_from(missing).ok()?) {
        if let Some(p) = parts.get_mut(i) {
            *p += 1;
        }
    }
    parts.into_iter().map(|p| u64::try_from(p).ok()).collect()
}

/// `allocate` with equal weights: `total` over `count` periods, the earlier periods taking
/// the extra units (2 500 over 12 months: four months of 209, then eight of 208).
pub fn allocate_evenly(total: u64, count: usize) -> Option<Vec<u64>> {
    allocate(total, &vec![Decimal::ONE; count])
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}
