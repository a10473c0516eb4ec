//! Builds the `PlanReport` from a validated `Plan`: the funnel first, then every section fed
//! with the figures it needs from the others, then the verdict over all of them. The only
//! module that knows every section.

pub mod risk;
pub mod verdict;

use super::budget::budget_report;
use super::decimal::Decimal;
use super::error::{FieldError, Reason};
use super::funnel::{self, StageVolume, Team, MAX_COUNT};
use super::goal_seek::goal_seek;
use super::pipeline::{pipeline_coverage, sales_velocity};
use super::plan::{Plan, SCHEMA_VERSION};
use super::report::{PipelineReport, PlanReport};
use super::revenue::split_revenue;
use super::scoring::score;
use super::sensitivity::tornado;
use super::sla::sla_report;
use super::team::{rep_workloads, team_capacity};
use super::time::lag::{monthly_volumes, shift_by_lag};
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
    let customers = new_goal
        .ceil_div(plan.deal_size)
        .filter(|c| (0..=MAX_COUNT).contains(c))
        .and_then(|c| u64::try_from(c).ok())
        .ok_or_else(|| too_large("goal"))?;
    let effective = plan.funnel.effective_stages();
    let stages = funnel::reverse(&effective, customers).ok_or_else(|| too_large("goal"))?;
    let volumes: Vec<u64> = stages.iter().map(|s| s.volume).collect();
    let top = volumes.first().copied().unwrap_or(0);
    let breakdowns: Option<Vec<Breakdown>> = volumes.iter().map(|v| breakdown(*v, &plan.periods)).collect();
    let months = plan.periods.horizon.months();
    let weeks = plan.periods.horizon.weeks();
    let handover_stage = plan.handover_stage();
    let lead_stage = lead_stage(&stages);
    // Hires count as they ramp, the same way in capacity, workloads and follow-up hours.
    let reps = verdict::productive_reps(&plan.team, months).unwrap_or(plan.team.reps);
    // With lead scoring on, its sales-ready leads are what marketing hands over.
    let scoring = plan.scoring.enabled.then(|| score(&plan.scoring));
    let handover = match &scoring {
        Some(s) => breakdown(s.sales_ready_leads, &plan.periods),
        None => breakdowns.as_ref().and_then(|b| b.get(handover_stage)).cloned(),
    };
    let sales: Vec<StageVolume> = stages.iter().filter(|s| s.team == Team::Sales).cloned().collect();
    let budget = plan.budget.as_ref().and_then(|terms| {
        let leads = volumes.get(lead_stage).copied().unwrap_or(0);
        budget_report(terms, leads, &volumes)
    });
    let marketing_spend = match &budget {
        Some(b) => b.yearly_budget,
        None => Decimal::ZERO,
    };
    let mut report = PlanReport {
        version: SCHEMA_VERSION,
        customers,
        forward: funnel::forward(&effective, 0, top),
        timing: monthly_volumes(&volumes, &plan.periods.month_weights())
            .and_then(|by_month| shift_by_lag(&by_month, &plan.cycle.lags(stages.len()))),
        team: team_capacity(&plan.team, new_goal, months),
        workloads: rep_workloads(&sales, reps, months, weeks),
        handover_stage,
        sla: handover.and_then(|b| {
            sla_report(&plan.sla, b.weeks.pace, b.months.pace, reps, plan.periods.days_per_week() as u8)
        }),
        productive_reps: reps,
        lead_stage,
        economics: Decimal::from_count(i128::from(customers))
            .and_then(|c| c.checked_mul(plan.deal_size))
            .and_then(|revenue| {
                unit_economics(&plan.economics, marketing_spend, customers, revenue, plan.deal_size)
            }),
        budget,
        pipeline: pipeline(plan, &stages, new_goal),
        goal_seek: plan
            .goal_seek
            .enabled
            .then(|| goal_seek(&effective, plan.goal_seek.top_count(), customers)),
        tracking: plan
            .tracking
            .enabled
            .then(|| track(&stages, &plan.tracking.actual_counts(), plan.tracking.elapsed)),
        sensitivity: tornado(
            &effective,
            new_goal,
            plan.deal_size,
            plan.sensitivity.lift,
            plan.sensitivity.cost_per_top_unit,
        ),
        scoring,
        risk: None,
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
pub fn lead_stage(stages: &[StageVolume]) -> usize {
    stages.iter().position(|s| s.name.trim().eq_ignore_ascii_case("lead")).unwrap_or(if stages.len() >= 3 {
        1
    } else {
        0
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
