//! Messages between the widget and `embed.js` on the host page. Every message is a plain
//! object `{ source: "funnel-planner", version: 1, type, id, ... }`; anything else is ignored.

use crate::engine::PlanReport;
use serde::Serialize;

pub const SOURCE: &str = "funnel-planner";
pub const PROTOCOL_VERSION: u32 = 1;

/// Whether a host command's `version` is this protocol's: the number 1 exactly. A command
/// without a version, from another version, or with `"1"` as text is ignored rather than
/// guessed at (as `embed.js` does with the widget's messages).
pub fn accepts_version(version: Option<f64>) -> bool {
    version == Some(f64::from(PROTOCOL_VERSION))
}

/// Per stage: its name and the volume needed over the horizon, per month and per week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageSummary {
    pub name: String,
    pub team: crate::engine::funnel::Team,
    pub total: u64,
    pub per_month: Option<u64>,
    pub per_week: Option<u64>,
}

/// What a host hears when the plan changes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanSummary {
    pub goal: crate::engine::Decimal,
    pub new_business_goal: crate::engine::Decimal,
    pub customers: u64,
    pub stages: Vec<StageSummary>,
    /// SLA: volume handed to sales per week and follow-up attempts / window.
    pub handover_per_week: Option<u64>,
    pub handover_stage: Option<String>,
    pub attempts: Option<u32>,
    pub window_days: Option<u32>,
    pub capacity_enough: Option<bool>,
    /// Each lead source's part of the plan (one entry, named "", for a plan without sources).
    pub sources: Vec<SourceSummary>,
    pub valid: bool,
}

/// One lead source in the `plan` event: its goal, customers, weekly hand-over and cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceSummary {
    pub name: String,
    pub owner: crate::engine::sources::Owner,
    pub goal: crate::engine::Decimal,
    pub customers: u64,
    pub handover_per_week: Option<u64>,
    pub cost: Option<crate::engine::Decimal>,
}

/// The summary of `report`; `valid` is false when the inputs currently have errors (the
/// figures are then the last valid ones).
pub fn summary(report: &PlanReport, valid: bool) -> PlanSummary {
    let stages = report
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let breakdown = report.breakdowns.as_ref().and_then(|b| b.get(i));
            StageSummary {
                name: s.name.clone(),
                team: s.team,
                total: s.volume,
                per_month: breakdown.map(|b| b.months.pace),
                per_week: breakdown.map(|b| b.weeks.pace),
            }
        })
        .collect();
    let sla = report.sla.as_ref();
    PlanSummary {
        goal: report.revenue.total_goal,
        new_business_goal: report.revenue.new_business_goal,
        customers: report.customers,
        stages,
        handover_per_week: sla.map(|s| s.marketing.handover_per_week),
        handover_stage: report.stages.get(report.handover_stage).map(|s| s.name.clone()),
        attempts: sla.map(|s| s.sales.follow_up.attempts),
        window_days: sla.map(|s| s.sales.follow_up.window_days),
        capacity_enough: sla
            .map(|s| s.sales.capacity.verdict == crate::engine::capacity::CapacityVerdict::Enough),
        sources: report
            .sources
            .sources
            .iter()
            .map(|s| SourceSummary {
                name: s.name.clone(),
                owner: s.owner,
                goal: s.goal,
                customers: s.customers,
                handover_per_week: s.handover_weekly.as_ref().map(|w| w.pace),
                cost: s.cost,
            })
            .collect(),
        valid,
    }
}
