//! Builds the `PlanReport` from a validated `Plan`: the funnel first, then every section fed
//! with the figures it needs from the others, then the verdict over all of them. The only
//! module that knows every section.

pub mod occasional;
pub mod risk;
pub mod verdict;

use super::agreement::AgreedTerms;
use super::decimal::Decimal;
use super::error::{FieldError, Reason};
use super::funnel::{Stage, StageVolume, Team};
use super::pipeline::{pipeline_coverage, sales_velocity};
use super::plan::{Plan, SCHEMA_VERSION};
use super::report::{PipelineReport, PlanReport};
use super::revenue::split_revenue;
use super::sensitivity::tornado;
use super::sla::sla_report;
use super::sources::split::Costing;
use super::sources::{plan_mix, MixInput};
use super::team::{rep_workloads, team_capacity};
use super::time::periods::breakdown;
use super::unit_economics::unit_economics;
use super::verdict::Verdict;

/// The report for a plan that passed `Plan::validate`. The only errors left are goals too
/// large to count, reported on the field that drives them, and (`NotLoaded`) a plan using an
/// occasional section whose code is not given: no report rather than one without it.
pub fn build(plan: &Plan, occasional: Option<occasional::Occasional>) -> Result<PlanReport, Vec<FieldError>> {
    let occasional = match occasional {
        Some(code) => code,
        None if occasional::needs(plan) => return Err(vec![FieldError::new("", Reason::NotLoaded)]),
        None => occasional::Occasional::NONE,
    };
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
        optimiser: occasional.optimiser,
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
    // With lead scoring on, its sales-ready leads are what marketing hands over. (The budget,
    // scoring and goal-seek are occasional: `needs` asked for their code when they are on.)
    let scoring = occasional.scoring.filter(|_| plan.scoring.enabled).map(|score| score(&plan.scoring));
    let handover = match &scoring {
        Some(s) => breakdown(s.sales_ready_leads, &plan.periods),
        None => breakdowns.as_ref().and_then(|b| b.get(handover_stage)).cloned(),
    };
    let sales: Vec<StageVolume> = stages.iter().filter(|s| s.team == Team::Sales).cloned().collect();
    let mut budget = plan.budget.as_ref().zip(occasional.budget).and_then(|(terms, budget_report)| {
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
    let actuals = occasional.actuals.and_then(|actuals| {
        actuals(plan, &stages, timing.as_deref(), breakdowns.as_deref(), &mix.report.sources)
    });
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
        goal_seek: occasional
            .goal_seek
            .filter(|_| plan.goal_seek.enabled)
            .map(|goal_seek| goal_seek(&mix.blended, plan.goal_seek.top_count(), customers)),
        tracking: occasional.tracking.and_then(|track| track(plan, &stages)),
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
        agreement: occasional.agreement.and_then(|agreement| agreement(plan)),
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
