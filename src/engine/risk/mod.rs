//! Uncertainty (issue 6): how likely the plan is to reach its goal when rates and deal size
//! are estimates, and how much volume buys an 80 % or 90 % chance, by Monte-Carlo.
//!
//! `compute` never runs it (the view computes on every keystroke); `simulate` does, from a
//! plan and its report, and `compute_with_risk` does both for the JS API and exports.

pub mod input;
pub mod montecarlo;
pub mod prng;
pub mod samplers;
pub mod search;

pub use input::{RateUncertainty, RiskInput};
pub use search::HistogramBin;

use super::decimal::Decimal;
use super::error::FieldError;
use super::plan::Plan;
use super::report::PlanReport;
use montecarlo::{Model, RateModel};
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
    /// Every stage but the last (customers), top first.
    pub needed: Vec<StageNeed>,
}

/// `compute`, plus the Monte-Carlo when `risk.enabled`: for callers off the input path.
pub fn compute_with_risk(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    let mut report = super::compute(plan)?;
    report.risk = simulate(plan, &report);
    Ok(report)
}

/// The Monte-Carlo for a plan that computed to `report`; `None` when switched off or when a
/// volume is too large to simulate (above 10^12).
pub fn simulate(plan: &Plan, report: &PlanReport) -> Option<RiskReport> {
    let risk = &plan.risk;
    if !risk.enabled {
        return None;
    }
    let stage = risk.stage;
    let average = report.stages.get(stage)?.volume;
    let volume = match risk.volume {
        Some(v) => u64::try_from(v.floor()).ok()?,
        None => average,
    };
    if i128::from(volume) > input::MAX_VOLUME {
        return None;
    }
    let model = model(plan, report);
    let mut trials = montecarlo::run(&model, stage, volume, risk.trials, risk.seed, true);
    let n = trials.customers.len();
    if n == 0 {
        return None;
    }
    let p_hit = Decimal::from_count(i128::from(trials.hits))?.checked_div(Decimal::from_count(n as i128)?)?;
    let histogram = search::histogram(&trials.customers);
    let revenue = revenue_spread(&trials, plan.deal_size, &model)?;
    let customers = Spread {
        p10: search::quantile(&mut trials.customers, 0.1)?,
        p50: search::quantile(&mut trials.customers, 0.5)?,
        p90: search::quantile(&mut trials.customers, 0.9)?,
    };
    let needed = report
        .stages
        .iter()
        .zip(trials.needed.iter_mut())
        .map(|(s, needs)| StageNeed {
            name: s.name.clone(),
            average: s.volume,
            p50: search::quantile(needs, 0.5),
            p80: search::quantile(needs, 0.8),
            p90: search::quantile(needs, 0.9),
        })
        .collect();
    Some(RiskReport {
        trials: risk.trials,
        seed: risk.seed,
        stage,
        volume,
        customers_needed: report.customers,
        p_hit,
        customers,
        revenue,
        histogram,
        needed,
    })
}

/// The plan in plain numbers: each effective stage's rate model (its uncertainty, else its
/// exact rate), the deal range and the goal.
pub fn model(plan: &Plan, report: &PlanReport) -> Model {
    let stages = plan.funnel.effective_stages();
    let rates = stages
        .iter()
        .take(stages.len().saturating_sub(1))
        .enumerate()
        .map(|(i, s)| match plan.risk.stages.get(i).and_then(Option::as_ref) {
            Some(RateUncertainty::Range { low, likely, high }) if high > low => {
                RateModel::Pert { low: low.to_f64(), likely: likely.to_f64(), high: high.to_f64() }
            }
            Some(RateUncertainty::Range { likely, .. }) => RateModel::Fixed(likely.to_f64()),
            Some(RateUncertainty::Observed { successes, trials }) => {
                let s = successes.to_f64().max(0.0);
                let f = (trials.to_f64() - s).max(0.0);
                RateModel::Beta { a: s + 1.0, b: f + 1.0 }
            }
            None => RateModel::Fixed(s.rate.to_f64()),
        })
        .collect();
    let deal = plan.deal_size.to_f64();
    Model {
        rates,
        deal: (
            plan.risk.deal_low.map_or(deal, Decimal::to_f64),
            deal,
            plan.risk.deal_high.map_or(deal, Decimal::to_f64),
        ),
        goal: report.revenue.new_business_goal.to_f64(),
        customers: report.customers,
    }
}

fn revenue_spread(trials: &montecarlo::Trials, deal_size: Decimal, model: &Model) -> Option<Spread<Decimal>> {
    let (low, _, high) = model.deal;
    if high <= low {
        let mut customers = trials.customers.clone();
        let at = |c: Option<u64>| Decimal::from_count(i128::from(c?))?.checked_mul(deal_size);
        return Some(Spread {
            p10: at(search::quantile(&mut customers, 0.1))?,
            p50: at(search::quantile(&mut customers, 0.5))?,
            p90: at(search::quantile(&mut customers, 0.9))?,
        });
    }
    let mut revenue: Vec<u64> =
        trials.customers.iter().zip(&trials.deals).map(|(c, d)| search::f64_key(*c as f64 * d)).collect();
    let mut at = |p: f64| {
        let v = match revenue.len() {
            0 => 0.0,
            len => search::f64_from_key(search::nth_smallest(&mut revenue, search::rank_of(p, len))),
        };
        Decimal::from_f64((v * 100.0).round() / 100.0).ok()
    };
    Some(Spread { p10: at(0.1)?, p50: at(0.5)?, p90: at(0.9)? })
}
