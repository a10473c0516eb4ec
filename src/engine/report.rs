//! The engine's output: every figure derived from a valid `Plan`. Parts that can be out of
//! reach (overflow, no reps, switched off) are `Option`s, so one of them never hides the rest.

use super::actuals::ActualsReport;
use super::agreement::AgreementReport;
use super::budget::BudgetReport;
use super::commitments::Commitments;
use super::decimal::Decimal;
use super::funnel::StageVolume;
use super::goal_seek::GoalSeekReport;
use super::pipeline::{PipelineCoverage, SalesVelocity};
use super::revenue::RevenueSplit;
use super::risk::RiskReport;
use super::scoring::ScoringReport;
use super::sensitivity::SensitivityReport;
use super::sla::SlaReport;
use super::sources::SourcesReport;
use super::team::{RepWorkload, TeamCapacity};
use super::time::lag::StageTiming;
use super::time::periods::Breakdown;
use super::tracking::TrackingReport;
use super::unit_economics::UnitEconomics;
use super::verdict::Verdict;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanReport {
    pub version: u32,
    /// The goal split between existing customers and new business.
    pub revenue: RevenueSplit,
    /// New customers needed: `ceil(new_business_goal / deal_size)`; 0 when existing
    /// customers cover the goal.
    pub customers: u64,
    /// Volume each stage must produce, top of the funnel first.
    pub stages: Vec<StageVolume>,
    /// Forward check: whole people at each stage from the top volume, rounding down at every
    /// stage; the last entry is ≥ `customers`.
    pub forward: Option<Vec<u64>>,
    /// Each stage's volume over quarters, months, weeks and working days (same order as
    /// `stages`).
    pub breakdowns: Option<Vec<Breakdown>>,
    /// Each stage's monthly volume moved earlier by its sales-cycle lag, and the pipeline it
    /// must already have at the start (same order as `stages`).
    pub timing: Option<Vec<StageTiming>>,
    /// What the sales team can close against the new-business goal; `None` on overflow.
    pub team: Option<TeamCapacity>,
    /// Sales-owned stages' volume per productive rep (`productive_reps`) per month and week;
    /// `None` with no productive reps.
    pub workloads: Option<Vec<RepWorkload>>,
    /// Productive reps on average over the horizon: rep-months ÷ months, so hires count from
    /// their start in proportion to their ramp. Sizes capacity, workloads and follow-up hours.
    #[serde(default)]
    pub productive_reps: Decimal,
    /// Stage index whose weekly pace marketing hands over (0 in simple mode).
    pub handover_stage: usize,
    pub sla: Option<SlaReport>,
    /// Stage index counted as "leads" for the budget's cost per lead.
    pub lead_stage: usize,
    /// `None` when the plan has no budget.
    pub budget: Option<BudgetReport>,
    pub economics: Option<UnitEconomics>,
    pub pipeline: PipelineReport,
    /// Only when goal-seek is enabled.
    pub goal_seek: Option<GoalSeekReport>,
    /// Only when tracking is enabled.
    pub tracking: Option<TrackingReport>,
    pub sensitivity: SensitivityReport,
    /// Only when lead scoring is enabled.
    pub scoring: Option<ScoringReport>,
    /// The Monte-Carlo: only from `engine::compute_with_risk` with `risk.enabled` (`compute`
    /// leaves it `None` so typing stays fast).
    #[serde(default)]
    pub risk: Option<RiskReport>,
    /// Plan vs actual month after month; only when the plan holds recorded actuals.
    #[serde(default)]
    pub actuals: Option<ActualsReport>,
    /// The SLA as a living document; only once an owner, a date or an agreement was set.
    #[serde(default)]
    pub agreement: Option<AgreementReport>,
    /// Each source's figures (version 2); `stages`, `breakdowns`, `timing` and `forward` above
    /// are their exact sums.
    #[serde(default)]
    pub sources: SourcesReport,
    /// The plan's one verdict over every check that is on, and the next actions.
    #[serde(default)]
    pub verdict: Verdict,
    /// The agreement's three commitments; `None` without an SLA part.
    #[serde(default)]
    pub commitments: Option<Commitments>,
}

/// Open pipeline against the quota still to close.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PipelineReport {
    /// `pipeline.remaining_quota` when positive, else the new-business goal.
    pub remaining_quota: Decimal,
    pub coverage: Option<PipelineCoverage>,
    /// `None` while `pipeline.cycle_days` is 0 (the default).
    pub velocity: Option<SalesVelocity>,
}

impl PlanReport {
    /// Volume at the first stage named `name` (case-insensitive), if any.
    pub fn volume_of(&self, name: &str) -> Option<u64> {
        self.stages.iter().find(|s| s.name.eq_ignore_ascii_case(name)).map(|s| s.volume)
    }
}
