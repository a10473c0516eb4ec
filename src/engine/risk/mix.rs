//! The trial loop over a mix of sources (issue 13): each source runs its own funnel, with its
//! own rates, deal size and planned volume, and the trial adds their customers and revenue.
//! A plan with one weak source thus shows the risk that source carries, which one blended
//! funnel hides.
//!
//! The uncertainty the user gives is per stage (and on the deal size), not per source: each
//! trial draws a stage's rate once, as the single funnel does, and a source with its own rate
//! moves with that draw in proportion (`own × drawn / reference`, at most 1), so a bad year
//! at a stage is bad for every source. Streams and their order are the single funnel's: with
//! one source every draw, hit and needed volume is the same number (tested).

use super::montecarlo::{closable_at, Model, Trials};
use super::prng::Rng;
use super::samplers::{binomial, negative_binomial, not_positive, pert};

/// One source in plain numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceModel {
    /// Per stage (to the next): the source's own rate over the stage's reference rate (what
    /// the stage's draw is centred on); `None` = the plan's rate, drawn as is.
    pub rate_scale: Vec<Option<f64>>,
    /// The source's own deal size over the plan's; `None` = the plan's deal.
    pub deal_scale: Option<f64>,
    /// The source's revenue target.
    pub goal: f64,
    /// Customers it needs at the likely deal size, exact (its reverse funnel's).
    pub customers: u64,
    /// Its planned volume at every stage, top first (the mix's weights).
    pub volumes: Vec<u64>,
}

/// Splits `volume` people at stage `start` across the sources in proportion to their planned
/// volumes there (largest remainder, ties to the first source), so the parts add up to it;
/// the planned volume gives each source exactly its own.
pub fn split_volume(mix: &[SourceModel], start: usize, volume: u64) -> Vec<u64> {
    let planned: Vec<u128> =
        mix.iter().map(|s| u128::from(s.volumes.get(start).copied().unwrap_or(0))).collect();
    let total: u128 = planned.iter().sum();
    let v = u128::from(volume);
    if total == 0 {
        return (0..mix.len()).map(|i| if i == 0 { volume } else { 0 }).collect();
    }
    let mut parts: Vec<u128> = planned.iter().map(|p| v * p / total).collect();
    let mut order: Vec<usize> = (0..mix.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(v * planned[i] % total));
    let left = v - parts.iter().sum::<u128>();
    for &i in order.iter().take(left as usize) {
        parts[i] += 1;
    }
    parts.into_iter().map(|p| p as u64).collect()
}

/// The volume stage `j` needs in a trial for every source to reach its own part, the mix
/// kept as planned: the smallest V with `floor(V × planned_s / total) ≥ need_s` for every
/// source, `max_s ceil(need_s × total / planned_s)`. An upper bound on what the total
/// revenue needs (every source at its part adds up to the goal), so a "P80 volume" gives at
/// least 80 %. With one source it is its own need.
fn mix_need(mix: &[SourceModel], j: usize, needs: &[u64]) -> u64 {
    let total: u128 = mix.iter().map(|s| u128::from(s.volumes.get(j).copied().unwrap_or(0))).sum();
    let mut worst = 0u64;
    for (s, &need) in mix.iter().zip(needs) {
        let planned = u128::from(s.volumes.get(j).copied().unwrap_or(0));
        let v = match (need, planned) {
            (0, _) => 0,
            (u64::MAX, _) | (_, 0) => u64::MAX,
            (n, p) => u64::try_from((u128::from(n) * total).div_ceil(p)).unwrap_or(u64::MAX),
        };
        worst = worst.max(v);
    }
    worst
}

/// Runs the mix: per trial, the stage rates and deal drawn once (stream 0), one binomial per
/// source on the product of its rates (stream 1), and per stage one negative binomial per
/// source (stream 2). A trial hits when the reps' capacity covers the goal and the sources'
/// revenue reaches it (customers beyond the capacity do not count); `source_hits` counts the
/// trials in which each source reached its own part.
pub fn run(model: &Model, start: usize, volume: u64, (trials, seed): (u32, u64), search: bool) -> Trials {
    let mix = &model.mix;
    let (ns, stages, n) = (mix.len(), model.rates.len(), trials as usize);
    let mut draws = Rng::new(seed, 0);
    let mut forward = Rng::new(seed, 1);
    let mut needs_rng = Rng::new(seed, 2);
    let mut out = Trials {
        customers: Vec::with_capacity(n),
        deals: Vec::with_capacity(n),
        needed: if search { (0..stages).map(|_| Vec::with_capacity(n)).collect() } else { Vec::new() },
        source_hits: vec![0; ns],
        revenue: if ns > 1 { Vec::with_capacity(n) } else { Vec::new() },
        ..Trials::default()
    };
    let split = split_volume(mix, start, volume);
    let (low, likely, high) = model.deal;
    let capacity_covers_goal = model.capacity.is_none_or(|c| c >= model.goal * (1.0 - 1e-12));
    let mut rates = vec![0.0; stages];
    let mut own = vec![vec![0.0; stages]; ns];
    let (mut deals, mut goals, mut reached) = (vec![0.0; ns], vec![None; ns], vec![0u64; ns]);
    let (mut through, mut need) = (vec![1.0; ns], vec![0u64; ns]);
    for _ in 0..trials {
        for (r, m) in rates.iter_mut().zip(&model.rates) {
            *r = m.draw(&mut draws);
        }
        let deal = if high > low { pert(&mut draws, low, likely, high) } else { likely };
        let (mut customers, mut revenue, mut all_reach) = (0u64, 0.0, true);
        for (s, src) in mix.iter().enumerate() {
            for (i, r) in own[s].iter_mut().enumerate() {
                *r = src.rate_scale.get(i).copied().flatten().map_or(rates[i], |k| (k * rates[i]).min(1.0));
            }
            deals[s] = src.deal_scale.map_or(deal, |k| k * deal);
            goals[s] = source_customers(src, deal == likely, deals[s]).filter(|_| capacity_covers_goal);
            reached[s] = binomial(&mut forward, split[s], own[s].iter().skip(start).product());
            let reaches = goals[s].is_some_and(|k| reached[s] >= k);
            out.source_hits[s] += u32::from(reaches);
            all_reach &= reaches;
            customers = customers.saturating_add(reached[s]);
            revenue += reached[s] as f64 * deals[s];
        }
        let hit = if ns == 1 {
            // One source: the single funnel's rule, exactly (customers, capped, against its need).
            let count = customers.min(closable_at(model.capacity, deals[0]));
            out.customers.push(count);
            out.deals.push(deals[0]);
            goals[0].is_some_and(|k| count >= k)
        } else {
            let average = if customers > 0 { revenue / customers as f64 } else { deal };
            let count = customers.min(closable_at(model.capacity, average));
            out.customers.push(count);
            out.deals.push(average);
            out.revenue.push(count as f64 * average);
            capacity_covers_goal && (all_reach || revenue >= model.goal * (1.0 - 1e-12))
        };
        out.hits += u32::from(hit);
        if search {
            through.iter_mut().for_each(|t| *t = 1.0);
            for j in (0..stages).rev() {
                for s in 0..ns {
                    through[s] *= own[s][j];
                    need[s] = goals[s]
                        .and_then(|k| {
                            negative_binomial(&mut needs_rng, k, through[s]).and_then(|f| f.checked_add(k))
                        })
                        .unwrap_or(u64::MAX);
                }
                out.needed[j].push(mix_need(mix, j, &need));
            }
        }
    }
    out
}

/// Customers a source needs at its deal `deal`: its exact plan figure at the likely deal,
/// else `ceil(goal / deal)`; `None` when the deal is 0.
fn source_customers(src: &SourceModel, at_likely: bool, deal: f64) -> Option<u64> {
    if at_likely {
        return Some(src.customers);
    }
    if not_positive(deal) {
        return None;
    }
    let k = (src.goal / deal).ceil();
    (k <= super::input::MAX_VOLUME as f64).then_some(k.max(0.0) as u64)
}
