//! The engine's input: one versioned, serde-friendly `Plan` with a default for every field,
//! and the check of every section against the others (stage indices, list lengths).

use super::actuals::ActualsInput;
use super::agreement::Agreement;
use super::budget::BudgetTerms;
use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::funnel::{Funnel, FunnelMode, MAX_STAGES};
use super::goal_seek::GoalSeekInput;
use super::pipeline::PipelineSnapshot;
use super::revenue::RevenueSources;
use super::risk::RiskInput;
use super::scoring::LeadScoring;
use super::sensitivity::SensitivityInput;
use super::sla::{default_handover_stage, SlaTerms};
use super::sources::{self, Source};
use super::team::SalesTeam;
use super::time::lag::SalesCycle;
use super::time::periods::PeriodSettings;
use super::tracking::TrackingInput;
use super::unit_economics::UnitEconomicsTerms;
use serde::{Deserialize, Serialize};

/// Schema version written into every plan. Older versions are read with defaults for fields
/// they lack (links, which are differences from their own version's defaults, go through
/// `schema`); newer ones are rejected with `Reason::UnsupportedVersion`. Version 2 added
/// `sources`.
pub const SCHEMA_VERSION: u32 = 2;

/// Everything the user decides. Unknown JSON fields are ignored; missing ones take defaults.
///
/// Stage-aligned lists (`cycle.days_to_close`, `budget.stage_costs`,
/// `pipeline.open_value_by_stage`, `tracking.actuals`) follow the stages in use (the two
/// stages Lead, Customer in simple mode); entries past the last stage are ignored, so
/// switching mode never makes a plan invalid. Each list is capped at `MAX_STAGES`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub version: u32,
    /// Revenue goal for the horizon, in the user's currency.
    pub goal: Decimal,
    /// Average revenue per new customer.
    pub deal_size: Decimal,
    pub funnel: Funnel,
    pub revenue: RevenueSources,
    pub periods: PeriodSettings,
    pub cycle: SalesCycle,
    pub team: SalesTeam,
    /// Missing from JSON, the hand-over stage follows the stage list (a 2- or 3-stage plan
    /// computes); `Plan::default()` names seed 004's MQL.
    #[serde(default = "SlaTerms::following_stages")]
    pub sla: SlaTerms,
    /// Off (`None`) by default: `BudgetTerms::default()` describes seed 000's company, not
    /// the user's.
    pub budget: Option<BudgetTerms>,
    pub economics: UnitEconomicsTerms,
    pub pipeline: PipelineSnapshot,
    pub goal_seek: GoalSeekInput,
    pub tracking: TrackingInput,
    pub sensitivity: SensitivityInput,
    pub scoring: LeadScoring,
    /// Monte-Carlo of rate and deal-size uncertainty; off by default (`risk.enabled`).
    pub risk: RiskInput,
    /// Counts recorded month after month (issue 14); empty by default, so older plans load.
    pub actuals: ActualsInput,
    /// Owners, dates, status and the last agreed version of the SLA (issue 14).
    pub agreement: Agreement,
    /// Where the new-business goal comes from (version 2). The default, one source with the
    /// plan's own figures, gives exactly the plan a version-1 file describes.
    pub sources: Vec<Source>,
}

impl Default for Plan {
    /// Seed 003's example (100 000 goal, 1 000 average deal) on seed 004's six stages, whose
    /// rates multiply to seed 003's 4 %: 100 customers, 2 500 leads, one rep closing
    /// 125 000 × 80 % = the goal. Optional parts (budget, goal-seek, tracking, scoring) off.
    fn default() -> Plan {
        Plan {
            version: SCHEMA_VERSION,
            goal: Decimal::from_int(100_000),
            deal_size: Decimal::from_int(1_000),
            funnel: Funnel::default(),
            revenue: RevenueSources::default(),
            periods: PeriodSettings::default(),
            cycle: SalesCycle::default(),
            team: SalesTeam::default(),
            sla: SlaTerms::default(),
            budget: None,
            economics: UnitEconomicsTerms::default(),
            pipeline: PipelineSnapshot::default(),
            goal_seek: GoalSeekInput::default(),
            tracking: TrackingInput::default(),
            sensitivity: SensitivityInput::default(),
            scoring: LeadScoring::default(),
            risk: RiskInput::default(),
            actuals: ActualsInput::default(),
            agreement: Agreement::default(),
            sources: sources::default_sources(),
        }
    }
}

impl Plan {
    /// Checks every section, collecting every error with its path from the plan's root.
    /// Switched-off parts (goal-seek, tracking, scoring with `enabled: false`, no budget) are
    /// not checked: they cannot change the report, and a hidden panel must not block the plan.
    pub fn validate(&self, errors: &mut Errors) {
        if self.version > SCHEMA_VERSION {
            errors.push("version", Reason::UnsupportedVersion);
        }
        checks::positive(errors, "goal", self.goal);
        checks::positive(errors, "deal_size", self.deal_size);
        self.funnel.validate(errors);
        self.revenue.validate("revenue", errors);
        self.periods.validate("periods", errors);
        self.cycle.validate("cycle", errors);
        self.team.validate("team", errors);
        self.sla.validate("sla", errors);
        if self.funnel.mode == FunnelMode::Stages && (2..=MAX_STAGES).contains(&self.funnel.stages.len()) {
            self.sla.validate_stage("sla", self.funnel.stages.len(), errors);
        }
        if let Some(budget) = &self.budget {
            budget.validate("budget", errors);
            budget.validate_stages("budget", MAX_STAGES, errors);
        }
        self.economics.validate("economics", errors);
        self.pipeline.validate("pipeline", errors);
        if self.pipeline.open_value_by_stage.len() > MAX_STAGES {
            errors.push("pipeline.open_value_by_stage", Reason::TooMany);
        }
        if self.goal_seek.enabled {
            self.goal_seek.validate("goal_seek", errors);
        }
        if self.tracking.enabled {
            self.tracking.validate("tracking", errors);
        }
        self.sensitivity.validate("sensitivity", errors);
        if self.scoring.enabled {
            self.scoring.validate("scoring", errors);
        }
        self.actuals.validate("actuals", errors);
        self.agreement.validate("agreement", errors);
        if self.risk.enabled {
            self.risk.validate("risk", self.deal_size, self.funnel.effective_stages().len(), errors);
        }
        let new_goal = super::revenue::split_revenue(self.goal, &self.revenue).map(|r| r.new_business_goal);
        sources::validate_sources(&self.sources, self.funnel.effective_stages().len(), new_goal, errors);
    }

    /// The budget switching it on starts from: [`BudgetTerms::fitting`] the plan's revenue
    /// goal over a year (`goal × 12 / horizon months`), not seed 000's company.
    pub fn fitting_budget(&self) -> BudgetTerms {
        let months = Decimal::from_int(self.periods.horizon.months() as i64);
        let yearly = self.goal.checked_mul(Decimal::from_int(12)).and_then(|g| g.checked_div(months));
        BudgetTerms::fitting(yearly.unwrap_or(self.goal))
    }

    /// Index of the stage marketing hands over to sales. Simple mode has only Lead and
    /// Customer, so the hand-over is the lead stage (0) whatever `sla.handover_stage` says.
    pub fn handover_stage(&self) -> usize {
        match self.funnel.mode {
            FunnelMode::Stages => {
                self.sla.handover_stage.unwrap_or_else(|| default_handover_stage(self.funnel.stages.len()))
            }
            FunnelMode::Simple => 0,
        }
    }
}
