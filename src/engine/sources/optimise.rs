//! The mix question: how many customers each source should bring so the new-business goal is
//! reached at the lowest cost, each source within its maximum of leads.
//!
//! With continuous volumes and a linear cost `a·n` per source this is a linear programme with
//! one covering constraint `Σ d·n ≥ G` and boxes `0 ≤ n ≤ N`, solved exactly by filling the
//! sources in increasing order of cost per revenue unit `a/d`. Proof: take an optimum where a
//! source `j` with a higher `a/d` than a source `i` below its box holds some revenue; moving
//! revenue `ε` from `j` to `i` keeps the constraint and changes the cost by
//! `ε·(a_i/d_i − a_j/d_j) ≤ 0`, so the greedy fill is optimal.
//! Real funnels count whole people: each stage rounds up, so a source's cost `f(n)` is a step
//! function above the line `a·n`. The search below is exact on `f` itself: a depth-first
//! branch and bound over the sources' whole customers, pruned only by a valid lower bound
//! (the linear costs' Lagrangian dual, rounded down), never by a guess, started from the
//! whole-percent optimum (`optimise_grid`, exact in bounded time). The whole-customer question
//! is an integer knapsack, so no search bounded in time proves it for every plan: after
//! [`NODE_BUDGET`] cost evaluations the answer is proven on whole percentages instead.

pub use super::candidate::Candidate;
use super::optimise_grid::cheapest_grid;
use crate::engine::decimal::Decimal;
use crate::engine::funnel::MAX_COUNT;
use serde::{Deserialize, Serialize};

/// Cost evaluations allowed per search. The optimiser runs inside `compute`, on the main
/// thread at every keystroke: at 30 sources 2 000 evaluations take 10–20 ms natively
/// (release), and real mixes finish well within them (tests).
pub const NODE_BUDGET: u64 = 2_000;

/// What the optimum is proven against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Proof {
    /// The branch and bound finished: no whole-customer mix within the maxima costs less.
    WholeCustomers,
    /// Its budget ran out first: no mix in whole percentages of the goal within the maxima
    /// costs less (`optimise_grid`), and the mix given is at least that good.
    WholePercent,
}

/// The cheapest mix found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Optimum {
    /// Whole customers per source, in the plan's order.
    pub customers: Vec<u64>,
    pub cost: Decimal,
    /// Whether a proof holds (`proof` is set).
    pub proven: bool,
    pub proof: Option<Proof>,
}

fn eps() -> Decimal {
    Decimal::from_parts(1, 9).unwrap_or(Decimal::ZERO)
}

/// Which way the scan over one source's customers goes, and so which multipliers can prove
/// that every value further along is pruned.
#[derive(Clone, Copy, PartialEq)]
enum Scan {
    /// From the most useful value down: stops on a bound whose λ has `λ·d ≥ a`, which only
    /// grows as the source's customers fall.
    Down,
    /// From zero up: stops on a bound whose λ has `λ·d ≤ a`, which only grows as they rise.
    Up,
}

/// Data the search shares.
struct Search<'a> {
    cands: Vec<Candidate<'a>>,
    caps: Vec<u64>,
    units: Vec<Decimal>,
    ratios: Vec<Decimal>,
    /// Search order: cheapest per revenue unit first.
    order: Vec<usize>,
    best: Option<(Decimal, Vec<u64>)>,
    evaluations: u64,
    exhausted: bool,
}

impl Search<'_> {
    /// Weak duality for the sources `order[from..]` bringing `need` revenue at linear cost:
    /// any λ ≥ 0 gives `λ·need − Σ max(0, λ·d − a)·N` below their cheapest cost. Each
    /// product is rounded so the value stays below the true one.
    fn dual(&self, from: usize, need: Decimal, lambda: Decimal) -> Option<Decimal> {
        let mut value = lambda.checked_mul(need)?;
        for &j in &self.order[from..] {
            let gain = lambda
                .checked_mul(self.cands[j].deal_size)?
                .checked_add(eps())?
                .checked_sub(self.units[j])?;
            if gain.is_positive() {
                let cap = Decimal::from_count(i128::from(self.caps[j]))?;
                value = value.checked_sub(gain.checked_mul(cap)?.checked_add(eps())?)?;
            }
        }
        Some(value)
    }

    /// Lower bound on the whole cost when source `k` (at `depth`) takes `n` customers, over
    /// the multipliers `λ` (each remaining source's `a/d`, and `k`'s) that `scan` allows
    /// (all of them with `None`).
    fn bound(
        &self,
        depth: usize,
        n: u64,
        need: Decimal,
        spent: Decimal,
        scan: Option<Scan>,
    ) -> Option<Decimal> {
        let k = self.order[depth];
        let (a, d) = (self.units[k], self.cands[k].deal_size);
        let n_dec = Decimal::from_count(i128::from(n))?;
        let rest_need = need.checked_sub(n_dec.checked_mul(d)?)?;
        let base = spent.checked_add(n_dec.checked_mul(a)?)?;
        // A bound that stops a scan must not fall further along it: `base` (λ = 0) only grows
        // as customers rise, so it may stop an upward scan, never a downward one; and past the
        // goal (`rest_need ≤ 0`) the λ-bounds still hold and still grow along their scan, while
        // `base` alone would not. Costs are never negative, so 0 is the bound with no λ.
        let mut best = match scan {
            Some(Scan::Down) => Decimal::ZERO,
            _ => base,
        };
        if !rest_need.is_positive() && scan.is_none() {
            return Some(best);
        }
        for lambda in self.order[depth..].iter().map(|&j| self.ratios[j]) {
            let lambda_d = lambda.checked_mul(d)?;
            let allowed = match scan {
                None => true,
                Some(Scan::Down) => lambda_d >= a,
                Some(Scan::Up) => lambda_d.checked_add(eps())? <= a,
            };
            if allowed {
                best = best.max(base.checked_add(self.dual(depth + 1, rest_need, lambda)?)?);
            }
        }
        Some(best)
    }

    fn beats(&self, lower: Decimal) -> bool {
        self.best.as_ref().is_none_or(|(b, _)| lower < *b)
    }

    /// Source `order[depth]` takes each whole number of customers not proven useless; `need`
    /// is the revenue still missing and `spent` the exact cost so far.
    fn dive(&mut self, depth: usize, need: Decimal, spent: Decimal, picks: &mut [u64]) -> Option<()> {
        let k = self.order[depth];
        let d = self.cands[k].deal_size;
        let least = u64::try_from(need.max(Decimal::ZERO).ceil_div(d)?).ok()?;
        if depth + 1 == self.order.len() {
            // The last source brings exactly what is missing: more only costs more.
            if least <= self.caps[k] {
                self.evaluations += 1;
                let cost = spent.checked_add(self.cands[k].cost(least)?)?;
                if self.beats(cost) {
                    picks[k] = least;
                    self.best = Some((cost, picks.to_vec()));
                    picks[k] = 0;
                }
            }
            return Some(());
        }
        // Beyond `least` customers this source brings nothing more.
        let top = least.min(self.caps[k]);
        // A source cheaper than the rest is scanned from its most customers down, a dearer one
        // from none up, so the proof that stops the scan comes early.
        let marginal = self.order[depth + 1..].iter().map(|&j| self.ratios[j]).min().unwrap_or(Decimal::ZERO);
        let scan = if self.ratios[k] <= marginal { Scan::Down } else { Scan::Up };
        for step in 0..=top {
            if self.evaluations >= NODE_BUDGET {
                self.exhausted = true;
                return Some(());
            }
            self.evaluations += 1;
            let n = if scan == Scan::Down { top - step } else { step };
            if !self.beats(self.bound(depth, n, need, spent, None)?) {
                if !self.beats(self.bound(depth, n, need, spent, Some(scan))?) {
                    break;
                }
                continue;
            }
            let cost = spent.checked_add(self.cands[k].cost(n)?)?;
            let revenue = Decimal::from_count(i128::from(n))?.checked_mul(d)?;
            picks[k] = n;
            self.dive(depth + 1, need.checked_sub(revenue)?, cost, picks)?;
            picks[k] = 0;
        }
        Some(())
    }
}

/// `optimise`'s signature: the sources reach it through the plan's occasional sections
/// (`assemble::occasional`), since the default plan never weighs a mix.
pub type Optimiser = fn(Vec<Candidate<'_>>, Decimal, Option<&[u64]>) -> Option<Optimum>;

/// The cheapest whole-customer mix bringing at least `goal` revenue, each source within its
/// maximum of leads. `None` when no mix within the maxima reaches the goal (or a count is too
/// large). `start` is a feasible mix to beat (e.g. the current one), if any.
pub fn optimise(cands: Vec<Candidate<'_>>, goal: Decimal, start: Option<&[u64]>) -> Option<Optimum> {
    if cands.is_empty() {
        return None;
    }
    let limit = |c: &Candidate| {
        u64::try_from(goal.max(Decimal::ZERO).ceil_div(c.deal_size).unwrap_or(0).clamp(0, MAX_COUNT))
            .unwrap_or(0)
    };
    let caps: Vec<u64> = cands.iter().map(|c| c.cap(limit(c))).collect();
    let units: Vec<Decimal> = cands.iter().map(|c| c.unit_cost()).collect::<Option<_>>()?;
    let ratios: Vec<Decimal> =
        units.iter().zip(&cands).map(|(u, c)| u.checked_div(c.deal_size)).collect::<Option<_>>()?;
    // The whole-percent optimum, exact in bounded time: the incumbent to beat.
    let grid = cheapest_grid(&cands, &caps, goal);
    let mut order: Vec<usize> = (0..cands.len()).collect();
    crate::engine::sort::insertion_sort_by(&mut order, |&a, &b| ratios[a] < ratios[b]);
    let mut search =
        Search { cands, caps, units, ratios, order, best: None, evaluations: 0, exhausted: false };
    if let Some(start) = start {
        let fits = start.iter().zip(&search.caps).all(|(n, cap)| n <= cap);
        let cost =
            start.iter().zip(&search.cands).try_fold(Decimal::ZERO, |s, (n, c)| s.checked_add(c.cost(*n)?));
        if let (true, Some(cost)) = (fits, cost) {
            search.best = Some((cost, start.to_vec()));
        }
    }
    if let Some((customers, cost)) = &grid {
        if search.beats(*cost) {
            search.best = Some((*cost, customers.clone()));
        }
    }
    let mut picks = vec![0u64; search.cands.len()];
    search.dive(0, goal, Decimal::ZERO, &mut picks)?;
    let (_, mut customers) = search.best?;
    // Drop customers beyond the goal (costs never grow as customers fall), so adopting the
    // mix gives back exactly these counts.
    let revenue = |n: &[u64]| -> Option<Decimal> {
        n.iter().zip(&search.cands).try_fold(Decimal::ZERO, |s, (n, c)| {
            s.checked_add(Decimal::from_count(i128::from(*n))?.checked_mul(c.deal_size)?)
        })
    };
    for i in 0..customers.len() {
        let excess = revenue(&customers)?.checked_sub(goal)?;
        let spare = excess.floor_div(search.cands[i].deal_size)?.max(0);
        customers[i] -= u64::try_from(spare).unwrap_or(u64::MAX).min(customers[i]);
    }
    let reduced = customers
        .iter()
        .zip(&search.cands)
        .try_fold(Decimal::ZERO, |s, (n, c)| s.checked_add(c.cost(*n)?))?;
    let proof = match (search.exhausted, &grid) {
        (false, _) => Some(Proof::WholeCustomers),
        (true, Some(_)) => Some(Proof::WholePercent),
        (true, None) => None,
    };
    Some(Optimum { customers, cost: reduced, proven: proof.is_some(), proof })
}
