//! Sources and segments (issue 13): the new-business goal split across lead sources (or
//! personas: a segment is a source), each with its own funnel, cost and cycle. Every total of
//! the plan is the exact sum of the sources' whole people, so with the single default source
//! the plan gives exactly the figures of a plan without sources. A leaf: it knows the funnel
//! and the calendar, and `assemble` hands it the rest.

pub mod adopt;
pub mod candidate;
pub mod model;
pub mod optimise;
pub mod optimise_grid;
pub mod report;
pub mod split;
pub mod totals;

pub use model::{default_sources, validate_sources, GoalShare, Owner, Source, MAX_SOURCES};
pub use report::{MixAdvice, OwnerTotals, SourceResult, SourcesReport};

use crate::engine::decimal::Decimal;
use crate::engine::funnel::{self, Stage, StageVolume, Team};
use crate::engine::time::lag::{monthly_volumes, shift_by_lag, StageTiming};
use crate::engine::time::periods::{Breakdown, Calendar, PeriodSettings};
use optimise::{Candidate, Optimiser};
use split::{source_funnel, targets, Costing, SourceFunnel};

/// What the sources need from the rest of the plan.
pub struct MixInput<'a> {
    pub sources: &'a [Source],
    pub new_goal: Decimal,
    pub deal_size: Decimal,
    /// The plan's stages in use.
    pub stages: &'a [Stage],
    /// The plan's `cycle.days_to_close`.
    pub days_to_close: &'a [Decimal],
    pub periods: &'a PeriodSettings,
    pub handover_stage: usize,
    pub lead_stage: usize,
    /// The plan budget's costs, for sources without their own.
    pub budget_costing: Option<Costing<'a>>,
    pub yearly_budget: Option<Decimal>,
    /// The optimiser that weighs two costed sources or more (`None`: its code is not in,
    /// and the plan has fewer sources; see `assemble::occasional`).
    pub optimiser: Option<Optimiser>,
}

/// The sources planned and summed.
pub struct Mix {
    pub customers: u64,
    /// `Σ customers × deal size` over the sources.
    pub revenue: Decimal,
    pub stages: Vec<StageVolume>,
    pub breakdowns: Option<Vec<Breakdown>>,
    pub timing: Option<Vec<StageTiming>>,
    pub forward: Option<Vec<u64>>,
    /// The plan's stages with the blended rates, for the sections that work on one funnel.
    pub blended: Vec<Stage>,
    /// `revenue / customers`, or the plan's deal size without customers.
    pub deal_size: Decimal,
    /// Whether any source sets costs of its own (then the budget's cost is theirs).
    pub own_costs: bool,
    pub report: SourcesReport,
}

impl MixInput<'_> {
    fn costing<'s>(&'s self, source: &'s Source) -> Option<Costing<'s>> {
        if source.has_own_costs() {
            return Some(Costing { cost_per_lead: source.cost_per_lead, stage_costs: &source.stage_costs });
        }
        self.budget_costing
    }
}

/// Plans every source and adds them up. `None` when a count is too large (reported on the goal).
pub fn plan_mix(input: &MixInput) -> Option<Mix> {
    let goals = targets(input.sources, input.new_goal)?;
    let funnels: Vec<SourceFunnel> = input
        .sources
        .iter()
        .zip(&goals)
        .map(|(s, g)| source_funnel(s, *g, input.deal_size, input.stages, input.days_to_close))
        .collect::<Option<_>>()?;
    let stages = totals::total_stages(&funnels, input.stages)?;
    let customers = funnels.iter().try_fold(0u64, |sum, f| sum.checked_add(f.customers))?;
    // The calendar is the plan's, the same for every source: worked out once. The months are
    // read apart because a calendar whose week weights overflow is `None`, and the lag timing
    // needs only the months.
    let calendar = (Calendar::of(input.periods), input.periods.month_weights());
    let mut results = Vec::with_capacity(funnels.len());
    for (source, f) in input.sources.iter().zip(&funnels) {
        results.push(source_result(input, &calendar, source, f)?);
    }
    let revenue = results.iter().try_fold(Decimal::ZERO, |s, r| s.checked_add(r.revenue))?;
    let per_breakdowns: Option<Vec<Vec<Breakdown>>> = results.iter().map(|r| r.breakdowns.clone()).collect();
    let per_timing: Option<Vec<Vec<StageTiming>>> = results.iter().map(|r| r.timing.clone()).collect();
    let volumes: Vec<Vec<u64>> = funnels.iter().map(SourceFunnel::volumes).collect();
    let forward: Option<Vec<Vec<u64>>> = funnels
        .iter()
        .map(|f| funnel::forward(&f.rates, 0, f.stages.first().map_or(0, |s| s.volume)))
        .collect();
    let blended_rates: Vec<Decimal> = stages.iter().map(|s| s.rate).collect();
    let blended =
        input.stages.iter().zip(&blended_rates).map(|(s, rate)| Stage { rate: *rate, ..s.clone() }).collect();
    let deal_size = if customers == 0 || !input.sources.iter().any(|s| s.deal_size.is_some()) {
        input.deal_size
    } else {
        revenue.checked_div(Decimal::from_count(i128::from(customers))?)?
    };
    let costed: Vec<Decimal> = results.iter().filter_map(|r| r.cost).collect();
    let total_cost = if costed.is_empty() {
        None
    } else {
        costed.iter().try_fold(Decimal::ZERO, |s, c| s.checked_add(*c))
    };
    let report = SourcesReport {
        by_owner: by_owner(&results),
        mix: mix_advice(input, &funnels),
        blended_rates,
        total_cost,
        sources: results,
    };
    Some(Mix {
        customers,
        revenue,
        stages,
        breakdowns: per_breakdowns.and_then(|b| totals::sum_breakdowns(&b)),
        timing: per_timing.and_then(|t| totals::sum_timing(&t, &volumes)),
        forward: forward.and_then(|f| totals::sum_lists(&f)),
        blended,
        deal_size,
        own_costs: input.sources.iter().any(Source::has_own_costs),
        report,
    })
}

fn source_result(
    input: &MixInput,
    (calendar, months): &(Option<Calendar>, Vec<Decimal>),
    source: &Source,
    f: &SourceFunnel,
) -> Option<SourceResult> {
    let volumes = f.volumes();
    let breakdowns: Option<Vec<Breakdown>> = volumes.iter().map(|v| calendar.as_ref()?.split(*v)).collect();
    let timing = monthly_volumes(&volumes, months).and_then(|by_month| shift_by_lag(&by_month, &f.lags));
    let revenue = Decimal::from_count(i128::from(f.customers))?.checked_mul(f.deal_size)?;
    // A cost beyond the decimal range counts as not costed, as the budget's own does.
    let cost = input.costing(source).and_then(|c| c.cost(&volumes, input.lead_stage).flatten());
    let leads = volumes.get(input.lead_stage).copied().unwrap_or(0);
    let first_sales =
        f.stages.iter().position(|s| s.team == Team::Sales).unwrap_or(f.stages.len().saturating_sub(1));
    let pipeline = Decimal::from_count(i128::from(f.stages.get(first_sales).map_or(0, |s| s.volume)))?
        .checked_mul(f.deal_size);
    Some(SourceResult {
        name: source.name.clone(),
        owner: source.owner,
        goal: f.target,
        deal_size: f.deal_size,
        customers: f.customers,
        revenue,
        handover_weekly: breakdowns
            .as_ref()
            .and_then(|b| b.get(input.handover_stage))
            .map(|b| b.weeks.clone()),
        breakdowns,
        timing,
        leads,
        over_max: source.max_leads_count().is_some_and(|m| leads > m),
        cac: cost.and_then(|c| c.checked_div(Decimal::from_count(i128::from(f.customers))?)),
        roi: cost.and_then(|c| revenue.checked_sub(c)?.checked_div(c)),
        cost,
        pipeline,
        stages: f.stages.clone(),
    })
}

/// Sum of `value` over `results`; `None` when one is unknown or the sum overflows.
fn total<'a>(
    results: impl Iterator<Item = &'a SourceResult>,
    value: fn(&SourceResult) -> Option<Decimal>,
) -> Option<Decimal> {
    results.into_iter().try_fold(Decimal::ZERO, |s, r| s.checked_add(value(r)?))
}

fn by_owner(results: &[SourceResult]) -> Vec<OwnerTotals> {
    let all_pipeline = total(results.iter(), |r| r.pipeline);
    let all_revenue = total(results.iter(), |r| Some(r.revenue));
    Owner::ALL
        .iter()
        .map(|owner| {
            let mine = || results.iter().filter(|r| r.owner == *owner);
            let pipeline = total(mine(), |r| r.pipeline);
            let revenue = total(mine(), |r| Some(r.revenue));
            OwnerTotals {
                owner: *owner,
                customers: mine().map(|r| r.customers).sum(),
                pipeline,
                revenue,
                pipeline_share: pipeline.zip(all_pipeline).and_then(|(p, all)| p.checked_div(all)),
                revenue_share: revenue.zip(all_revenue).and_then(|(r, all)| r.checked_div(all)),
            }
        })
        .collect()
}

/// The cheapest mix, when two or more sources are all costed (with one source, or a source
/// whose cost is unknown, there is nothing to weigh).
fn mix_advice(input: &MixInput, funnels: &[SourceFunnel]) -> Option<MixAdvice> {
    if funnels.len() < 2 || input.new_goal.is_zero() {
        return None;
    }
    let costings: Vec<Costing> = input.sources.iter().map(|s| input.costing(s)).collect::<Option<_>>()?;
    let candidates: Vec<Candidate> = input
        .sources
        .iter()
        .zip(funnels)
        .zip(costings)
        .map(|((s, f), costing)| Candidate {
            stages: &f.rates,
            deal_size: f.deal_size,
            costing,
            lead_stage: input.lead_stage,
            max_leads: s.max_leads_count(),
        })
        .collect();
    let current: Vec<u64> = funnels.iter().map(|f| f.customers).collect();
    let current_cost =
        current.iter().zip(&candidates).try_fold(Decimal::ZERO, |s, (n, c)| s.checked_add(c.cost(*n)?))?;
    let best = (input.optimiser?)(candidates.clone(), input.new_goal, Some(&current))?;
    let revenue = best
        .customers
        .iter()
        .zip(&candidates)
        .map(|(n, c)| Decimal::from_count(i128::from(*n))?.checked_mul(c.deal_size))
        .collect::<Option<_>>()?;
    Some(MixAdvice {
        saving: current_cost.checked_sub(best.cost)?.max(Decimal::ZERO),
        within_budget: input.yearly_budget.map(|b| best.cost <= b),
        customers: best.customers,
        revenue,
        cost: best.cost,
        current_cost,
        proven: best.proven,
        proof: best.proof,
    })
}
