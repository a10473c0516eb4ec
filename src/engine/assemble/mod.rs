//! Builds the `PlanReport` from a validated `Plan`: the funnel first, then every section fed
//! with the figures it needs from the others, then the verdict over all of them. The only
//! module that knows every section.

pub mod risk;
pub mod verdict;

use super::actuals::compliance::Granularity;
use super::actuals::{compliance, pace, source_periods, ActualsReport, PaceInput, SourcePace};
use super::agreement::{agreement_report, AgreedTerms};
use super::budget::budget_report;
use super::decimal::Decimal;
use super::error::{FieldError, Reason};
use super::funnel::{Stage, StageVolume, Team};
use super::goal_seek::goal_seek;
use super::pipeline::{pipeline_coverage, sales_velocity};
use super::plan::{Plan, SCHEMA_VERSION};
use super::report::{PipelineReport, PlanReport};
use super::revenue::split_revenue;
use super::scoring::score;
use super::sensitivity::tornado;
use super::sla::sla_report;
use super::sources::report::SourceResult;
use super::sources::split::Costing;
use super::sources::{plan_mix, MixInput};
use super::team::{rep_workloads, team_capacity};
use super::time::lag::StageTiming;
use super::time::periods::{breakdown, Breakdown};
use super::tracking::track;
use super::unit_economics::unit_economics;
use super::verdict::Verdict;

/// The report for a plan that passed `Plan::validate`. The only errors left are goals too
/// large to count, reported on the field that drives them.
pub fn build(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    let too_large = |path: &str| vec![FieldError::new(path, Reason::TooLarge)];
    let revenue = split_revenue(plan.goal, &plan.revenue).ok_or_else(|| too_large("revenue"))?;
    let new_goal = revenue.new_business_goal;
    let effective = plan.funnel.effective_stages();
    let handover_stage = plan.handover_stage();
    let lead_stage = lead_index(&effective);
    // Every source's funnel, summed: the rest of the report works on these totals, so SLA,
    // capacity and budget follow the sources (one default source = the plan's own funnel).
    let mix = plan_mix(&MixInput {
        sources: &plan.sources,
        new_goal,
        deal_size: plan.deal_size,
        stages: &effective,
        days_to_close: &plan.cycle.days_to_close,
        periods: &plan.periods,
        handover_stage,
        lead_stage,
        budget_costing: plan
            .budget
            .as_ref()
            .map(|b| Costing { cost_per_lead: b.cost_per_lead, stage_costs: &b.stage_costs }),
        yearly_budget: plan.budget.as_ref().and_then(|b| b.yearly_budget()),
    })
    .ok_or_else(|| too_large("goal"))?;
    let customers = mix.customers;
    let stages = mix.stages;
    let volumes: Vec<u64> = stages.iter().map(|s| s.volume).collect();
    let breakdowns = mix.breakdowns;
    let months = plan.periods.horizon.months();
    let weeks = plan.periods.horizon.weeks();
    // Hires count as they ramp, the same way in capacity, workloads and follow-up hours.
    let reps = verdict::productive_reps(&plan.team, months).unwrap_or(plan.team.reps);
    // With lead scoring on, its sales-ready leads are what marketing hands over.
    let scoring = plan.scoring.enabled.then(|| score(&plan.scoring));
    let handover = match &scoring {
        Some(s) => breakdown(s.sales_ready_leads, &plan.periods),
        None => breakdowns.as_ref().and_then(|b| b.get(handover_stage)).cloned(),
    };
    let sales: Vec<StageVolume> = stages.iter().filter(|s| s.team == Team::Sales).cloned().collect();
    let mut budget = plan.budget.as_ref().and_then(|terms| {
        let leads = volumes.get(lead_stage).copied().unwrap_or(0);
        budget_report(terms, leads, &volumes)
    });
    if mix.own_costs {
        // Sources with their own costs: the funnel costs what the sources cost.
        if let (Some(b), Some(needed)) = (budget.as_mut(), mix.report.total_cost) {
            let gap = b.yearly_budget.checked_sub(needed).ok_or_else(|| too_large("budget"))?;
            let leads_affordable = b.funnel_cost.as_ref().and_then(|c| c.leads_affordable);
            b.funnel_cost =
                Some(super::budget::FunnelCost { needed, gap, enough: !gap.is_negative(), leads_affordable });
        }
    }
    let marketing_spend = match &budget {
        Some(b) => b.yearly_budget,
        None => Decimal::ZERO,
    };
    let timing = mix.timing;
    let mut actuals = (!plan.actuals.is_empty())
        .then(|| actuals(plan, &stages, timing.as_deref(), breakdowns.as_deref()))
        .flatten();
    if let Some(a) = actuals.as_mut() {
        a.sources = source_paces(plan, &mix.report.sources);
    }
    let mut report = PlanReport {
        version: SCHEMA_VERSION,
        customers,
        forward: mix.forward,
        timing,
        team: team_capacity(&plan.team, new_goal, months),
        workloads: rep_workloads(&sales, reps, months, weeks),
        handover_stage,
        sla: handover.and_then(|b| {
            sla_report(&plan.sla, b.weeks.pace, b.months.pace, reps, plan.periods.days_per_week() as u8)
        }),
        productive_reps: reps,
        lead_stage,
        economics: unit_economics(&plan.economics, marketing_spend, customers, mix.revenue, mix.deal_size),
        budget,
        pipeline: pipeline(plan, &stages, new_goal),
        goal_seek: plan
            .goal_seek
            .enabled
            .then(|| goal_seek(&mix.blended, plan.goal_seek.top_count(), customers)),
        tracking: plan
            .tracking
            .enabled
            .then(|| track(&stages, &plan.tracking.actual_counts(), plan.tracking.elapsed)),
        sensitivity: tornado(
            &mix.blended,
            new_goal,
            mix.deal_size,
            plan.sensitivity.lift,
            plan.sensitivity.cost_per_top_unit,
        ),
        scoring,
        risk: None,
        actuals,
        agreement: (plan.agreement != Default::default())
            .then(|| agreement_report(&plan.agreement, &agreed_terms(plan))),
        sources: mix.report,
        verdict: Verdict::default(),
        commitments: None,
        breakdowns,
        stages,
        revenue,
    };
    report.verdict = verdict::plan_verdict(plan, &report, None);
    report.commitments = verdict::commitments(plan, &report);
    Ok(report)
}

/// The stage whose volume the budget's cost per lead applies to: the first stage named
/// "Lead" (any case); otherwise stage 1 when there are at least three stages (a top stage of
/// visitors or contacts comes before leads, as in seed 004); otherwise stage 0.
fn lead_index(stages: &[Stage]) -> usize {
    stages.iter().position(|s| s.name.trim().eq_ignore_ascii_case("lead")).unwrap_or(if stages.len() >= 3 {
        1
    } else {
        0
    })
}

/// The terms an agreement snapshots, read from the plan as it is now.
pub fn agreed_terms(plan: &Plan) -> AgreedTerms {
    AgreedTerms {
        goal: plan.goal,
        deal_size: plan.deal_size,
        horizon: plan.periods.horizon,
        stages: plan.funnel.effective_stages(),
        sla: plan.sla.clone(),
        commitments: plan.agreement.all(),
    }
}

/// Recorded months against the lag-shifted monthly plan (the months each stage's volume must
/// happen in; the breakdown's months without days to close), weeks against the weekly plan,
/// SLA periods against the hand-over stage's planned volume for that month or week.
fn actuals(
    plan: &Plan,
    stages: &[StageVolume],
    timing: Option<&[StageTiming]>,
    breakdowns: Option<&[Breakdown]>,
) -> Option<ActualsReport> {
    let months = monthly_plan(timing, breakdowns)?;
    let weeks: Vec<Vec<u64>> = breakdowns?.iter().map(|b| b.weeks.parts.clone()).collect();
    let handover = plan.handover_stage();
    let lags = plan.cycle.lags(stages.len());
    let input = |planned, recorded, lags| PaceInput { stages, planned, recorded, handover, lags };
    let sla = &plan.actuals.sla;
    let promised = breakdowns?.get(handover).map(|b| match sla.granularity {
        Granularity::Month => b.months.parts.clone(),
        Granularity::Week => b.weeks.parts.clone(),
    });
    Some(ActualsReport {
        compliance: (!sla.records.is_empty())
            .then(|| compliance(sla, promised.as_deref().unwrap_or(&[]), plan.sla.good_fit_share)),
        months: pace(&input(&months, &plan.actuals.months, &lags)),
        sources: Vec::new(),
        weeks: (!plan.actuals.weeks.is_empty()).then(|| pace(&input(&weeks, &plan.actuals.weeks, &[]))),
    })
}

/// Each named plan source with months recorded for it, against its own monthly plan (as
/// `actuals` does for the totals).
fn source_paces(plan: &Plan, sources: &[SourceResult]) -> Vec<SourcePace> {
    let lags = plan.cycle.lags(plan.funnel.effective_stages().len());
    let handover = plan.handover_stage();
    sources
        .iter()
        .filter(|s| !s.name.is_empty())
        .filter_map(|s| {
            let recorded = source_periods(&plan.actuals.months, &s.name);
            let planned = monthly_plan(s.timing.as_deref(), s.breakdowns.as_deref())?;
            let input = PaceInput {
                stages: &s.stages,
                planned: &planned,
                recorded: &recorded,
                handover,
                lags: &lags,
            };
            (!recorded.is_empty()).then(|| SourcePace { source: s.name.clone(), months: pace(&input) })
        })
        .collect()
}

/// Each stage's plan per month: lag-shifted when days to close are set, else the breakdown's.
fn monthly_plan(timing: Option<&[StageTiming]>, breakdowns: Option<&[Breakdown]>) -> Option<Vec<Vec<u64>>> {
    Some(match timing {
        Some(t) => t.iter().map(|s| s.by_month.clone()).collect(),
        None => breakdowns?.iter().map(|b| b.months.parts.clone()).collect(),
    })
}

fn pipeline(plan: &Plan, stages: &[StageVolume], new_goal: Decimal) -> PipelineReport {
    let snapshot = &plan.pipeline;
    let remaining_quota =
        if snapshot.remaining_quota.is_positive() { snapshot.remaining_quota } else { new_goal };
    let rates: Vec<Decimal> = stages.iter().map(|s| s.rate_to_customer).collect();
    // Entries past the last stage have no stage to weigh them: ignored, like other lists.
    let open = snapshot.open_value_by_stage.get(..stages.len()).unwrap_or(&snapshot.open_value_by_stage);
    let opportunities = u64::try_from(snapshot.opportunities.floor().max(0)).unwrap_or(u64::MAX);
    PipelineReport {
        remaining_quota,
        coverage: pipeline_coverage(open, &rates, remaining_quota),
        velocity: sales_velocity(
            opportunities,
            plan.deal_size,
            snapshot.win_rate,
            snapshot.cycle_days,
            remaining_quota,
        ),
    }
}
