//! Uncertainty (issue 6): how likely the plan is to reach its goal when rates and deal size
//! are estimates, and how much volume buys an 80 % or 90 % chance, by Monte-Carlo.
//!
//! `compute` never runs it (the view computes on every keystroke); `engine::simulate_risk`
//! does, from a plan and its report, and `engine::compute_with_risk` does both for the JS API
//! and exports. A leaf: `engine::assemble` turns the plan into a plain [`Model`], so this
//! module knows neither the plan nor the report.

mod btrd;
pub mod input;
pub mod mix;
pub mod montecarlo;
pub mod prng;
mod ptrs;
pub mod samplers;
pub mod search;

pub use input::{RateUncertainty, RiskInput};
pub use search::HistogramBin;

use super::decimal::Decimal;
use montecarlo::Model;
use serde::{Deserialize, Serialize};

/// Low, middle and high outcomes: 10 %, 50 % and 90 % of trials end at or below each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

/// Volume one stage needs: the average-based figure and the ones that reach the goal in
/// 50 %, 80 % and 90 % of trials (`None` when out of reach in that share of trials).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageNeed {
    pub name: String,
    pub average: u64,
    pub p50: Option<u64>,
    pub p80: Option<u64>,
    pub p90: Option<u64>,
}

/// What the Monte-Carlo found for the planned volume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskReport {
    pub trials: u32,
    pub seed: u64,
    /// Stage whose volume was planned, and that volume.
    pub stage: usize,
    pub volume: u64,
    /// Customers needed at the likely deal size (the report's `customers`).
    pub customers_needed: u64,
    /// Share of trials whose revenue (customers × drawn deal size) reached the new-business
    /// goal: hits / trials.
    pub p_hit: Decimal,
    pub customers: Spread<u64>,
    /// Customers × deal size per trial; exact when the deal size is certain, else rounded to
    /// cents from the drawn deal.
    pub revenue: Spread<Decimal>,
    /// Customers reached, at most 40 equal bars.
    pub histogram: Vec<HistogramBin>,
    /// Every stage but the last (customers), top first. With several sources, the volume
    /// that, split as planned, lets every source reach its part: at least the chance shown.
    pub needed: Vec<StageNeed>,
    /// With two or more sources: the chance each reaches its own part (empty otherwise, and
    /// then left out of the JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceChance>,
}

/// The chance one source reaches its own part of the goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceChance {
    /// The source's name as the plan gives it (empty for the default source).
    pub name: String,
    pub p_hit: Decimal,
}

/// What a run is asked: the model, the stage and volume planned, and each stage's name and
/// average-based volume (top first) for the "volume needed" table.
pub struct RunRequest<'a> {
    pub model: &'a Model,
    pub stage: usize,
    pub volume: u64,
    pub trials: u32,
    pub seed: u64,
    pub stages: &'a [(String, u64)],
    /// The likely deal size, exact, for revenue figures when the deal size is certain.
    pub deal_size: Decimal,
    /// The sources' names, in the model's order.
    pub source_names: &'a [String],
}

/// Runs the Monte-Carlo and summarises it; `None` when no trial ran or a figure overflows.
pub fn run(req: &RunRequest) -> Option<RiskReport> {
    let model = req.model;
    let mut trials = montecarlo::run(model, req.stage, req.volume, req.trials, req.seed, true);
    let n = trials.customers.len();
    if n == 0 {
        return None;
    }
    let share =
        |hits: u32| Decimal::from_count(i128::from(hits))?.checked_div(Decimal::from_count(n as i128)?);
    let p_hit = share(trials.hits)?;
    // One source's chance is the plan's: shown only when there is a mix to tell apart.
    let sources = match trials.source_hits.len() {
        0 | 1 => Vec::new(),
        _ => req
            .source_names
            .iter()
            .zip(&trials.source_hits)
            .map(|(name, hits)| Some(SourceChance { name: name.clone(), p_hit: share(*hits)? }))
            .collect::<Option<Vec<_>>>()?,
    };
    let histogram = search::histogram(&trials.customers);
    let revenue = revenue_spread(&trials, req.deal_size, model)?;
    let customers = Spread {
        p10: search::quantile(&mut trials.customers, 0.1)?,
        p50: search::quantile(&mut trials.customers, 0.5)?,
        p90: search::quantile(&mut trials.customers, 0.9)?,
    };
    let needed = req
        .stages
        .iter()
        .zip(trials.needed.iter_mut())
        .map(|((name, average), needs)| StageNeed {
            name: name.clone(),
            average: *average,
            p50: search::quantile(needs, 0.5),
            p80: search::quantile(needs, 0.8),
            p90: search::quantile(needs, 0.9),
        })
        .collect();
    Some(RiskReport {
        trials: req.trials,
        seed: req.seed,
        stage: req.stage,
        volume: req.volume,
        customers_needed: model.customers,
        p_hit,
        customers,
        revenue,
        histogram,
        needed,
        sources,
    })
}

fn revenue_spread(trials: &montecarlo::Trials, deal_size: Decimal, model: &Model) -> Option<Spread<Decimal>> {
    let (low, _, high) = model.deal;
    if high <= low && trials.revenue.is_empty() {
        let mut customers = trials.customers.clone();
        let at = |c: Option<u64>| Decimal::from_count(i128::from(c?))?.checked_mul(deal_size);
        return Some(Spread {
            p10: at(search::quantile(&mut customers, 0.1))?,
            p50: at(search::quantile(&mut customers, 0.5))?,
            p90: at(search::quantile(&mut customers, 0.9))?,
        });
    }
    let mut revenue: Vec<u64> = if trials.revenue.is_empty() {
        trials.customers.iter().zip(&trials.deals).map(|(c, d)| search::f64_key(*c as f64 * d)).collect()
    } else {
        trials.revenue.iter().map(|r| search::f64_key(*r)).collect()
    };
    let mut at = |p: f64| {
        let v = match revenue.len() {
            0 => 0.0,
            len => search::f64_from_key(search::nth_smallest(&mut revenue, search::rank_of(p, len))),
        };
        Decimal::from_f64((v * 100.0).round() / 100.0).ok()
    };
    Some(Spread { p10: at(0.1)?, p50: at(0.5)?, p90: at(0.9)? })
}
