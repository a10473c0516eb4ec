//! The open pipeline against what is left of the quota (coverage), and how fast it turns into
//! revenue (sales velocity).

use super::checks;
use super::decimal::Decimal;
use super::error::Errors;
use serde::{Deserialize, Serialize};

/// What sales has open today. Off by default: an empty pipeline and no quota.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PipelineSnapshot {
    /// Value of open deals at each funnel stage (top first), in currency.
    pub open_value_by_stage: Vec<Decimal>,
    /// Quota still to close in the period.
    pub remaining_quota: Decimal,
    /// Open opportunities, for velocity.
    pub opportunities: Decimal,
    /// Share of opportunities won, a fraction.
    pub win_rate: Decimal,
    /// Average days from opportunity to close.
    pub cycle_days: Decimal,
}

impl PipelineSnapshot {
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        for (i, v) in self.open_value_by_stage.iter().enumerate() {
            checks::non_negative(errors, &format!("{prefix}.open_value_by_stage.{i}"), *v);
        }
        checks::non_negative(errors, &format!("{prefix}.remaining_quota"), self.remaining_quota);
        checks::whole_in(errors, &format!("{prefix}.opportunities"), self.opportunities, 0, 1_000_000_000);
        checks::share(errors, &format!("{prefix}.win_rate"), self.win_rate);
        checks::non_negative(errors, &format!("{prefix}.cycle_days"), self.cycle_days);
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PipelineCoverage {
    /// `Σ open_value_by_stage`.
    pub open_value: Decimal,
    /// `Σ open value at stage i × rate to customer at stage i`: what the pipeline should close.
    pub weighted_value: Decimal,
    /// `open_value / remaining_quota`; `None` when nothing remains to close.
    pub coverage: Option<Decimal>,
    /// `weighted_value / remaining_quota`; ≥ 1 means the pipeline should close the quota.
    pub weighted_coverage: Option<Decimal>,
}

/// Coverage of `remaining_quota` by open deals. `rates_to_customer[i]` is stage `i`'s
/// cumulative rate to a customer; a stage without a rate counts 0 in the weighted value.
/// `None` only on decimal overflow.
pub fn pipeline_coverage(
    open_value_by_stage: &[Decimal],
    rates_to_customer: &[Decimal],
    remaining_quota: Decimal,
) -> Option<PipelineCoverage> {
    let mut open_value = Decimal::ZERO;
    let mut weighted_value = Decimal::ZERO;
    for (i, value) in open_value_by_stage.iter().enumerate() {
        open_value = open_value.checked_add(*value)?;
        if let Some(rate) = rates_to_customer.get(i) {
            weighted_value = weighted_value.checked_add(value.checked_mul(*rate)?)?;
        }
    }
    let quota = remaining_quota.is_positive().then_some(remaining_quota);
    Some(PipelineCoverage {
        open_value,
        weighted_value,
        coverage: quota.and_then(|q| open_value.checked_div(q)),
        weighted_coverage: quota.and_then(|q| weighted_value.checked_div(q)),
    })
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SalesVelocity {
    /// `opportunities × deal_size × win_rate / cycle_days`: revenue per day.
    pub revenue_per_day: Decimal,
    /// `remaining_quota / revenue_per_day`; `None` when velocity is 0.
    pub days_to_quota: Option<Decimal>,
}

/// Sales velocity; `None` when the cycle is 0 days (or on overflow).
pub fn sales_velocity(
    opportunities: u64,
    deal_size: Decimal,
    win_rate: Decimal,
    cycle_days: Decimal,
    remaining_quota: Decimal,
) -> Option<SalesVelocity> {
    let won_value =
        Decimal::from_count(i128::from(opportunities))?.checked_mul(deal_size)?.checked_mul(win_rate)?;
    let revenue_per_day = won_value.checked_div(cycle_days)?;
    let days_to_quota =
        if revenue_per_day.is_positive() { remaining_quota.checked_div(revenue_per_day) } else { None };
    Some(SalesVelocity { revenue_per_day, days_to_quota })
}
