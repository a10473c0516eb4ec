//! Revenue sources (seed 002: marketing owns renewal and expansion too): how much of the goal
//! existing customers already bring, and what is left for new business.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use serde::{Deserialize, Serialize};

/// Highest net revenue retention accepted (300 %): above that the figure is almost surely a
/// typo (e.g. 110 typed for 1.10).
pub const MAX_NET_REVENUE_RETENTION: Decimal = Decimal::from_int(3);

/// Revenue the company already has and how much of it carries into the horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RevenueSources {
    /// Recurring revenue from today's customers over one horizon (same unit as the goal).
    pub current_recurring_revenue: Decimal,
    /// Net revenue retention as a fraction: renewals + expansion − churn − contraction over the
    /// horizon. 1 = 100 % (they keep paying exactly the same), 1.1 = 110 %.
    pub net_revenue_retention: Decimal,
}

impl Default for RevenueSources {
    /// No existing revenue and 100 % retention: the whole goal comes from new business, which
    /// is what seeds 003 and 004 assume.
    fn default() -> RevenueSources {
        RevenueSources { current_recurring_revenue: Decimal::ZERO, net_revenue_retention: Decimal::ONE }
    }
}

impl RevenueSources {
    /// Current revenue ≥ 0; retention in 0..=3.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::non_negative(
            errors,
            &format!("{prefix}.current_recurring_revenue"),
            self.current_recurring_revenue,
        );
        let nrr_path = format!("{prefix}.net_revenue_retention");
        if self.net_revenue_retention.is_negative() {
            errors.push(nrr_path, Reason::Negative);
        } else if self.net_revenue_retention > MAX_NET_REVENUE_RETENTION {
            errors.push(nrr_path, Reason::OutOfRange);
        }
    }
}

/// How the revenue goal splits between existing customers and new business.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevenueSplit {
    pub total_goal: Decimal,
    /// Retained plus expansion revenue: `current_recurring_revenue × net_revenue_retention`.
    pub from_existing: Decimal,
    /// What new customers must bring: `max(total_goal − from_existing, 0)`.
    pub new_business_goal: Decimal,
    /// Existing customers alone reach the goal (`new_business_goal` is 0): no new customer
    /// is needed, the funnel's volumes are all zero.
    pub covered_by_existing: bool,
}

/// Splits `goal` into revenue from existing customers and the new-business goal the funnel
/// must deliver. `None` only when the product overflows (inputs beyond `MAX_INPUT`).
pub fn split_revenue(goal: Decimal, sources: &RevenueSources) -> Option<RevenueSplit> {
    let from_existing = sources.current_recurring_revenue.checked_mul(sources.net_revenue_retention)?;
    let new_business_goal = goal.checked_sub(from_existing)?.max(Decimal::ZERO);
    Some(RevenueSplit {
        total_goal: goal,
        from_existing,
        new_business_goal,
        covered_by_existing: new_business_goal.is_zero(),
    })
}
