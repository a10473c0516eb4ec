//! Gathers the facts the verdict and the commitments need from the other sections' reports,
//! and runs the exact searches behind the next actions against each section's own model.

use crate::engine::capacity::{capacity_check, CapacityVerdict};
use crate::engine::commitments::{Carry, Commitments, HandOver, Owed};
use crate::engine::decimal::Decimal;
use crate::engine::followup::MAX_ATTEMPTS;
use crate::engine::plan::Plan;
use crate::engine::report::PlanReport;
use crate::engine::risk::RiskReport;
use crate::engine::team::{team_capacity, NewHire, SalesTeam};
use crate::engine::tracking::PaceStatus;
use crate::engine::verdict::{
    most_attempts, smallest_hire, verdict, CapacityFacts, ChanceFacts, Facts, HoursFacts, PaceFacts, Verdict,
};

/// Productive reps on average over the horizon: the team's rep-months over its months, so a
/// hire counts from its start month in proportion to its ramp (and leavers as they leave).
/// The same figure sizes capacity, per-rep workloads and follow-up hours.
pub fn productive_reps(team: &SalesTeam, months: usize) -> Option<Decimal> {
    let cap = team_capacity(team, Decimal::ZERO, months)?;
    cap.rep_months.checked_div(Decimal::from_int(months.clamp(1, 12) as i64))
}

/// `team` with `count` fully productive reps (no ramp) joining in plan month `month`.
fn with_hire(team: &SalesTeam, count: u64, month: u32) -> Option<SalesTeam> {
    let mut t = team.clone();
    t.hires.push(NewHire {
        start_month: Decimal::from_int(i64::from(month)),
        count: Decimal::from_count(i128::from(count))?,
        ramp_months: Decimal::ZERO,
    });
    Some(t)
}

/// The verdict of `plan` computed to `report`, with the Monte-Carlo's chance when `risk` ran.
pub fn plan_verdict(plan: &Plan, report: &PlanReport, risk: Option<&RiskReport>) -> Verdict {
    let months = plan.periods.horizon.months();
    let goal = report.revenue.new_business_goal;
    let capacity = report.team.as_ref().map(|t| CapacityFacts {
        gap: t.gap,
        hire: t
            .gap
            .is_positive()
            .then(|| {
                let closes = |count, month| {
                    team_capacity(&with_hire(&plan.team, count, month)?, goal, months)
                        .map(|c| c.gap.is_zero())
                };
                smallest_hire(closes, months as u32)
            })
            .flatten(),
    });
    let hours = report.sla.as_ref().map(|sla| {
        let weekly = sla.marketing.handover_per_week;
        let attempts = sla.sales.follow_up.attempts.min(MAX_ATTEMPTS);
        let terms = &plan.sla;
        let fits = |k: u32, reps: Decimal| {
            capacity_check(weekly, k, terms.minutes_per_attempt, terms.selling_hours_per_rep, reps)
                .map(|c| c.verdict == CapacityVerdict::Enough)
        };
        let short = sla.sales.capacity.verdict == CapacityVerdict::Short;
        let reps = report.productive_reps;
        HoursFacts {
            short,
            hire: short
                .then(|| {
                    let passes = |count, month| {
                        fits(attempts, productive_reps(&with_hire(&plan.team, count, month)?, months)?)
                    };
                    smallest_hire(passes, months as u32)
                })
                .flatten(),
            attempts_fit: if short {
                most_attempts(attempts, |k| fits(k, reps).unwrap_or(false))
            } else {
                None
            },
        }
    });
    let snapshot = report.tracking.as_ref().map(|t| PaceFacts {
        behind: t.stages.iter().any(|s| s.status == Some(PaceStatus::Behind)),
        rate: t
            .bottleneck
            .as_ref()
            .and_then(|b| t.transitions.get(b.transition))
            .map(|tr| (tr.from_index, tr.planned_rate)),
    });
    let pace = match (snapshot, monthly_pace(report)) {
        (Some(a), Some(b)) => Some(PaceFacts { behind: a.behind || b.behind, rate: a.rate.or(b.rate) }),
        (a, b) => a.or(b),
    };
    let chance = risk.map(|r| ChanceFacts {
        p_hit: r.p_hit,
        stage: r.stage,
        volume_p80: r.needed.get(r.stage).and_then(|n| n.p80),
        volume: r.volume,
    });
    verdict(&Facts {
        capacity,
        hours,
        budget_gap: report.budget.as_ref().and_then(|b| b.funnel_cost.as_ref()).map(|c| c.gap),
        pace,
        chance,
    })
}

/// The pace of the months recorded (issue 14): the deepest recorded stage's pace to date, and
/// the last recorded month's bottleneck with the planned rate to restore; `None` without
/// recorded months.
fn monthly_pace(report: &PlanReport) -> Option<PaceFacts> {
    let months = &report.actuals.as_ref()?.months;
    let status = months.overall_status?;
    let last = months.last_recorded.and_then(|p| months.periods.get(p.checked_sub(1)? as usize));
    let rate = last
        .and_then(|row| row.bottleneck.as_ref())
        .and_then(|b| Some((b.from_stage, report.stages.get(b.from_stage)?.rate)));
    Some(PaceFacts { behind: status == PaceStatus::Behind, rate })
}

/// The three commitments; `None` when the report has no SLA part.
pub fn commitments(plan: &Plan, report: &PlanReport) -> Option<Commitments> {
    let sla = report.sla.as_ref()?;
    let m = &sla.marketing;
    let s = &sla.sales;
    let stage_name = report.stages.get(report.handover_stage).map_or(String::new(), |st| st.name.clone());
    let c = &s.capacity;
    Some(Commitments {
        marketing: HandOver {
            stage: report.handover_stage,
            stage_name,
            per_week: m.handover_per_week,
            good_fit_share: plan.sla.good_fit_share,
            good_fit_per_week: m.good_fit_per_week,
            day: m.handover_day,
            from_scoring: plan.scoring.enabled,
        },
        sales: Owed {
            first_contact_hours: s.first_contact_hours,
            accept_within_days: u32::try_from(plan.sla.qualify_within_days.floor().max(0))
                .unwrap_or(u32::MAX),
            accept_by: s.qualify_by,
            attempts: s.follow_up.attempts,
            window_days: s.follow_up.window_days,
        },
        team: report.team.as_ref().map(|t| Carry {
            reps: report.productive_reps,
            capacity: t.capacity,
            goal: t.goal,
            capacity_holds: t.gap.is_zero(),
            hours_needed: c.hours_needed_total,
            hours_available: c.hours_available_total,
            hours_hold: c.verdict == CapacityVerdict::Enough,
        }),
    })
}
