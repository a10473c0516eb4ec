//! The Monte-Carlo wired to a plan: the plan's rates, deal range, goal and the team's quota
//! capacity as a plain `risk::montecarlo::Model`, the run, and the verdict's chance check.

use crate::engine::decimal::Decimal;
use crate::engine::error::FieldError;
use crate::engine::plan::Plan;
use crate::engine::report::PlanReport;
use crate::engine::risk::mix::SourceModel;
use crate::engine::risk::montecarlo::{Model, RateModel};
use crate::engine::risk::{self, input, RateUncertainty, RiskReport, RunRequest};

/// `compute`, plus the Monte-Carlo when `risk.enabled` (and the verdict's chance check): for
/// callers off the input path.
pub fn compute_with_risk(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    let mut report = crate::engine::compute(plan)?;
    report.risk = simulate(plan, &report);
    report.verdict = super::verdict::plan_verdict(plan, &report, report.risk.as_ref());
    Ok(report)
}

/// The Monte-Carlo for a plan that computed to `report`; `None` when switched off or when a
/// volume is too large to simulate (above 10^12). The volume simulated is `risk.volume` (what
/// the user expects to really produce), else the plan's.
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
    let stages: Vec<(String, u64)> = report.stages.iter().map(|s| (s.name.clone(), s.volume)).collect();
    let names: Vec<String> = report.sources.sources.iter().map(|s| s.name.clone()).collect();
    // One source: its revenue is its customers at its deal size (the plan's by default).
    let deal_size = match report.sources.sources.as_slice() {
        [only] => only.deal_size,
        _ => plan.deal_size,
    };
    risk::run(&RunRequest {
        model: &model,
        stage,
        volume,
        trials: risk.trials,
        seed: risk.seed,
        stages: &stages,
        deal_size,
        source_names: &names,
    })
}

/// The plan in plain numbers: each effective stage's rate model (its uncertainty, else its
/// exact rate), the deal range, the goal and the reps' quota capacity.
pub fn model(plan: &Plan, report: &PlanReport) -> Model {
    let stages = plan.funnel.effective_stages();
    let rates = stages
        .iter()
        .take(stages.len().saturating_sub(1))
        .enumerate()
        .map(|(i, s)| rate_model(plan.risk.stages.get(i).and_then(Option::as_ref), s.rate))
        .collect::<Vec<_>>();
    let deal = plan.deal_size.to_f64();
    let mix = report
        .sources
        .sources
        .iter()
        .map(|src| SourceModel {
            rate_scale: src
                .stages
                .iter()
                .zip(&stages)
                .zip(&rates)
                .map(|((own, planned), model)| {
                    let reference = reference(*model);
                    (own.rate != planned.rate && reference > 0.0).then(|| own.rate.to_f64() / reference)
                })
                .collect(),
            deal_scale: (src.deal_size != plan.deal_size && deal > 0.0)
                .then(|| src.deal_size.to_f64() / deal),
            goal: src.goal.to_f64(),
            customers: src.customers,
            volumes: src.stages.iter().map(|s| s.volume).collect(),
        })
        .collect();
    Model {
        rates,
        deal: (
            plan.risk.deal_low.map_or(deal, Decimal::to_f64),
            deal,
            plan.risk.deal_high.map_or(deal, Decimal::to_f64),
        ),
        goal: report.revenue.new_business_goal.to_f64(),
        customers: report.customers,
        capacity: report.team.as_ref().map(|t| t.capacity.to_f64()),
        mix,
    }
}

/// What a stage's draws are centred on: their mean (the exact rate, the PERT mean, the
/// Beta's mean). A source's own rate is scaled from it, so its draws have its rate as mean.
fn reference(model: RateModel) -> f64 {
    match model {
        RateModel::Fixed(p) => p,
        RateModel::Pert { low, likely, high } => (low + 4.0 * likely + high) / 6.0,
        RateModel::Beta { a, b } => a / (a + b),
    }
}

/// A stage's rate model: its uncertainty, else its exact rate.
fn rate_model(uncertainty: Option<&RateUncertainty>, rate: Decimal) -> RateModel {
    match uncertainty {
        Some(RateUncertainty::Range { low, likely, high }) if high > low => {
            RateModel::Pert { low: low.to_f64(), likely: likely.to_f64(), high: high.to_f64() }
        }
        Some(RateUncertainty::Range { likely, .. }) => RateModel::Fixed(likely.to_f64()),
        Some(RateUncertainty::Observed { successes, trials }) => {
            let s = successes.to_f64().max(0.0);
            let f = (trials.to_f64() - s).max(0.0);
            RateModel::Beta { a: s + 1.0, b: f + 1.0 }
        }
        None => RateModel::Fixed(rate.to_f64()),
    }
}
