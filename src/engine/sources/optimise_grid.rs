//! The mix question on whole percentages, solved exactly in bounded time: each source takes
//! a whole percentage `p` of the new-business goal and then needs `ceil(p·G / (100·d))`
//! customers; a dynamic programme over the sources finds the cheapest split adding up to
//! 100 %.
//!
//! Why a grid: on whole customers the question is an integer knapsack (a covering constraint
//! `Σ d·n ≥ G` with step costs), NP-hard in general, so no exact search bounded in time for
//! every plan exists; the branch and bound in `optimise.rs` proves most real plans, and this
//! programme gives it a strong start and, when its budget runs out, an answer that is still
//! exact: no mix in whole percentages within the maxima costs less. Costs never fall as a
//! source's customers grow (monotone), so a split above 100 % is never cheaper than one at
//! 100 %, and the programme needs only totals 0..=100: at most 30 × 101 cost evaluations and
//! 30 × 101 × 102 / 2 additions.

use super::optimise::Candidate;
use crate::engine::decimal::Decimal;

/// Whole percentages a source can take.
const STEPS: usize = 100;

/// Customers source `c` needs for `p` % of `goal`: `ceil(p·goal / (100·d))`, exact.
pub fn customers_at(c: &Candidate, goal: Decimal, p: usize) -> Option<u64> {
    let part = goal.checked_mul(Decimal::from_count(p as i128)?)?;
    let n = part.ceil_div(c.deal_size.checked_mul(Decimal::from_int(STEPS as i64))?)?;
    u64::try_from(n.max(0)).ok()
}

/// The cheapest split of `goal` in whole percentages, each source within `caps` (its most
/// customers): whole customers per source and the cost. `None` when no split fits the caps.
pub fn cheapest_grid(cands: &[Candidate], caps: &[u64], goal: Decimal) -> Option<(Vec<u64>, Decimal)> {
    // costs[s][p]: source s at p %, `None` beyond its cap or the decimal range.
    let costs: Vec<Vec<Option<(u64, Decimal)>>> = cands
        .iter()
        .zip(caps)
        .map(|(c, cap)| {
            (0..=STEPS)
                .map(|p| {
                    let n = customers_at(c, goal, p).filter(|n| n <= cap)?;
                    Some((n, c.cost(n)?))
                })
                .collect()
        })
        .collect();
    // best[t]: cheapest cost of the sources so far taking t % in all; picks[s][t]: source s's
    // percentage in that split.
    let mut best: Vec<Option<Decimal>> = (0..=STEPS).map(|t| (t == 0).then_some(Decimal::ZERO)).collect();
    let mut picks = vec![vec![0usize; STEPS + 1]; cands.len()];
    for (s, row) in costs.iter().enumerate() {
        let mut next: Vec<Option<Decimal>> = vec![None; STEPS + 1];
        for (t, slot) in next.iter_mut().enumerate() {
            for (p, cost) in row.iter().enumerate().take(t + 1) {
                let (Some(before), Some((_, cost))) = (best[t - p], cost) else { continue };
                let Some(total) = before.checked_add(*cost) else { continue };
                if slot.is_none_or(|b| total < b) {
                    *slot = Some(total);
                    picks[s][t] = p;
                }
            }
        }
        best = next;
    }
    let cost = best[STEPS]?;
    let mut customers = vec![0u64; cands.len()];
    let mut t = STEPS;
    for s in (0..cands.len()).rev() {
        let p = picks[s][t];
        customers[s] = costs[s][p]?.0;
        t -= p;
    }
    Some((customers, cost))
}
