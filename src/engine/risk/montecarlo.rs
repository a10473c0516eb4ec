//! The trial loop: per trial, draw each rate and the deal size, run the planned volume down
//! the funnel, and draw the volume each stage would need.
//!
//! Conversions are independent, so stage-by-stage thinning collapses exactly:
//! Bin(Bin(n, p₁), p₂) has the law of Bin(n, p₁·p₂). A trial therefore draws its customers
//! with one binomial on the product of its drawn rates: the same distribution as one binomial
//! per stage (`Forward::ByStage`, kept to test that claim) for a fifth of the draws.
//!
//! Three streams keep random numbers common across volumes: stream 0 draws rates and deal
//! sizes, stream 1 the forward binomials, stream 2 the needed volumes. Changing the planned
//! volume changes only stream 1's use, so every trial keeps its rates and its needed volumes.

use super::prng::Rng;
use super::samplers::{beta, binomial, negative_binomial, not_positive, pert};

/// How one stage's rate to the next is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RateModel {
    Fixed(f64),
    /// PERT on [low, high] with mode `likely`.
    Pert {
        low: f64,
        likely: f64,
        high: f64,
    },
    /// Beta(a, b) on [0, 1].
    Beta {
        a: f64,
        b: f64,
    },
}

impl RateModel {
    pub(super) fn draw(self, rng: &mut Rng) -> f64 {
        match self {
            RateModel::Fixed(p) => p,
            RateModel::Pert { low, likely, high } => pert(rng, low, likely, high),
            RateModel::Beta { a, b } => beta(rng, a, b),
        }
    }
}

/// Everything a run needs, in plain numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Rate of each stage to the next (one fewer than the stages).
    pub rates: Vec<RateModel>,
    /// Deal size: `(low, likely, high)`; all three equal when the deal size is certain.
    pub deal: (f64, f64, f64),
    /// Revenue to reach (the new-business goal).
    pub goal: f64,
    /// Customers needed at the likely deal size, exact (the reverse funnel's `customers`).
    pub customers: u64,
    /// Revenue the sales team can close (quota capacity); deals beyond it do not count.
    /// `None` when not limited.
    pub capacity: Option<f64>,
    /// The sources, each with its own funnel (`risk::mix`); empty = the one funnel above.
    pub mix: Vec<super::mix::SourceModel>,
}

/// Raw trial results, one entry per trial.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trials {
    /// Customers reached from the planned volume.
    pub customers: Vec<u64>,
    /// Deal size drawn for the trial.
    pub deals: Vec<f64>,
    /// Whether the trial's revenue reached the goal.
    pub hits: u32,
    /// For each stage but the last, the volume that stage needs for the trial to reach the
    /// goal (`u64::MAX` when out of reach).
    pub needed: Vec<Vec<u64>>,
    /// With sources: per source, the trials in which it reached its own part.
    pub source_hits: Vec<u32>,
    /// With two or more sources: each trial's revenue (their deal sizes differ).
    pub revenue: Vec<f64>,
}

/// How a trial's planned volume goes down the funnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forward {
    /// One binomial on the product of the trial's rates (the default).
    Composed,
    /// One binomial per stage.
    ByStage,
}

/// Runs `trials` trials from `volume` people at stage `start`. With `search` off, only the
/// forward pass runs (stream 2 untouched).
pub fn run(model: &Model, start: usize, volume: u64, trials: u32, seed: u64, search: bool) -> Trials {
    run_with(model, start, volume, (trials, seed), search, Forward::Composed)
}

/// `run` with the forward pass chosen; `(trials, seed)` as in `run`.
pub fn run_with(
    model: &Model,
    start: usize,
    volume: u64,
    (trials, seed): (u32, u64),
    search: bool,
    mode: Forward,
) -> Trials {
    if !model.mix.is_empty() && mode == Forward::Composed {
        return super::mix::run(model, start, volume, (trials, seed), search);
    }
    let mut draws = Rng::new(seed, 0);
    let mut forward = Rng::new(seed, 1);
    let mut needs = Rng::new(seed, 2);
    let n = trials as usize;
    let stages = model.rates.len();
    let mut out = Trials {
        customers: Vec::with_capacity(n),
        deals: Vec::with_capacity(n),
        hits: 0,
        source_hits: Vec::new(),
        revenue: Vec::new(),
        needed: if search { (0..stages).map(|_| Vec::with_capacity(n)).collect() } else { Vec::new() },
    };
    let mut rates = vec![0.0; stages];
    let (low, likely, high) = model.deal;
    let capacity_covers_goal = model.capacity.is_none_or(|c| c >= model.goal * (1.0 - 1e-12));
    for _ in 0..trials {
        for (r, m) in rates.iter_mut().zip(&model.rates) {
            *r = m.draw(&mut draws);
        }
        let deal = if high > low { pert(&mut draws, low, likely, high) } else { likely };
        // With the reps' capacity below the goal no trial reaches it, whatever the funnel does.
        let goal_customers = customers_for(model, deal).filter(|_| capacity_covers_goal);
        let closable = closable_at(model.capacity, deal);
        let reached = match mode {
            Forward::Composed => binomial(&mut forward, volume, rates.iter().skip(start).product()),
            Forward::ByStage => rates.iter().skip(start).fold(volume, |n, r| binomial(&mut forward, n, *r)),
        };
        // Customers beyond what the reps can close are not won this period.
        let count = reached.min(closable);
        if goal_customers.is_some_and(|k| count >= k) {
            out.hits += 1;
        }
        out.customers.push(count);
        out.deals.push(deal);
        if search {
            // Stage j needs k + NB(k, Π rates from j): the arrival of the k-th customer in a
            // stream of people at stage j, so "V people suffice" ⇔ "needed ≤ V" for every V.
            let mut through = 1.0;
            for j in (0..stages).rev() {
                through *= rates[j];
                let need = goal_customers
                    .and_then(|k| negative_binomial(&mut needs, k, through).and_then(|f| f.checked_add(k)))
                    .unwrap_or(u64::MAX);
                out.needed[j].push(need);
            }
        }
    }
    out
}

/// Customers a trial needs at deal size `deal`: the exact plan figure at the likely deal,
/// else `ceil(goal / deal)`; `None` when the deal is 0 (no number of customers is enough).
fn customers_for(model: &Model, deal: f64) -> Option<u64> {
    let (_, likely, _) = model.deal;
    if deal == likely {
        return Some(model.customers);
    }
    if not_positive(deal) {
        return None;
    }
    let k = (model.goal / deal).ceil();
    (k <= super::input::MAX_VOLUME as f64).then_some(k.max(0.0) as u64)
}

/// Customers the reps can close at deal size `deal`: they sign deals until their capacity is
/// used, `ceil(capacity / deal)` (a hair of tolerance so an exact quotient such as 100 000 /
/// 1 000 is not rounded up to 101); unlimited without a capacity or with a zero deal. A trial's
/// revenue is thus `min(customers × deal, capacity)` to within one deal, and it reaches the
/// goal exactly when the capacity covers the goal and the customers reached do.
pub(super) fn closable_at(capacity: Option<f64>, deal: f64) -> u64 {
    match capacity {
        Some(cap) if deal > 0.0 => {
            let k = (cap / deal * (1.0 - 1e-12)).ceil();
            if k <= 0.0 {
                0
            } else if k >= u64::MAX as f64 {
                u64::MAX
            } else {
                k as u64
            }
        }
        _ => u64::MAX,
    }
}
