//! What the report says per source and across them: each source's funnel, periods, cost and
//! return, the split by owner, and the cheapest mix.

use super::model::Owner;
use crate::engine::decimal::Decimal;
use crate::engine::funnel::StageVolume;
use crate::engine::time::lag::StageTiming;
use crate::engine::time::periods::{Breakdown, PeriodSplit};
use serde::{Deserialize, Serialize};

/// Every source's figures and what they add up to; the plan's own `stages`, `breakdowns` and
/// `timing` are these sums.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct SourcesReport {
    pub sources: Vec<SourceResult>,
    /// Each stage's rate across the mix (see `totals::blended_rates`), top first.
    pub blended_rates: Vec<Decimal>,
    /// Marketing-, sales- and partner-sourced totals, in `Owner::ALL` order.
    pub by_owner: Vec<OwnerTotals>,
    /// Sum of the costed sources' costs; `None` when no source is costed.
    pub total_cost: Option<Decimal>,
    /// The cheapest mix, with two or more costed sources.
    pub mix: Option<MixAdvice>,
}

/// One source's plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceResult {
    pub name: String,
    pub owner: Owner,
    /// Revenue this source must bring.
    pub goal: Decimal,
    pub deal_size: Decimal,
    /// `ceil(goal / deal_size)`.
    pub customers: u64,
    /// `customers × deal_size`: at least `goal`.
    pub revenue: Decimal,
    pub stages: Vec<StageVolume>,
    pub breakdowns: Option<Vec<Breakdown>>,
    pub timing: Option<Vec<StageTiming>>,
    /// What marketing owes sales from this source: the hand-over stage split by week.
    pub handover_weekly: Option<PeriodSplit>,
    /// Lead-stage people (what a cost per lead and `max_leads` count).
    pub leads: u64,
    /// Above the source's `max_leads`.
    pub over_max: bool,
    /// Marketing cost of the source's funnel; `None` when it is not costed.
    pub cost: Option<Decimal>,
    /// `cost / customers`.
    pub cac: Option<Decimal>,
    /// `(revenue − cost) / cost`.
    pub roi: Option<Decimal>,
    /// Value of the pipeline it creates: people at the first sales-owned stage (the last
    /// stage when none is) × deal size; `None` beyond the decimal range.
    pub pipeline: Option<Decimal>,
}

/// One owner's part of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnerTotals {
    pub owner: Owner,
    pub customers: u64,
    /// `None` when a source's value is unknown (beyond the decimal range).
    pub pipeline: Option<Decimal>,
    pub revenue: Option<Decimal>,
    /// Fractions of the plan's totals; `None` when the total is zero.
    pub pipeline_share: Option<Decimal>,
    pub revenue_share: Option<Decimal>,
}

/// The cheapest mix next to the current one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MixAdvice {
    /// Whole customers per source in the cheapest mix, in the plan's order.
    pub customers: Vec<u64>,
    /// Revenue each source brings in it.
    pub revenue: Vec<Decimal>,
    pub cost: Decimal,
    /// The current mix's cost (all sources costed as above).
    pub current_cost: Decimal,
    /// `current_cost − cost`: what adopting the mix saves (never negative).
    pub saving: Decimal,
    /// A proof holds: no mix within the maxima costs less, on whole customers or (when the
    /// whole-customer search ran out of budget) on whole percentages; `proof` says which.
    pub proven: bool,
    #[serde(default)]
    pub proof: Option<super::optimise::Proof>,
    /// Whether the cheapest mix fits the plan's yearly budget; `None` without a budget.
    pub within_budget: Option<bool>,
}
