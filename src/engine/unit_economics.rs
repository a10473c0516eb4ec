//! What a customer costs and returns: CAC, ROI, lifetime value and payback (seed 000's
//! "marketing as a quantified effort").

use super::checks;
use super::decimal::Decimal;
use super::error::Errors;
use serde::{Deserialize, Serialize};

/// Inputs beyond the budget. Margin and churn are optional: without them there is no LTV.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UnitEconomicsTerms {
    /// Sales spend per year (salaries, commissions, tools), added to marketing's for CAC.
    pub sales_spend: Decimal,
    /// Gross margin as a fraction of revenue.
    pub gross_margin: Option<Decimal>,
    /// Share of customers lost per year, a fraction.
    pub yearly_churn: Option<Decimal>,
}

impl Default for UnitEconomicsTerms {
    /// No sales spend and no margin or churn: CAC then counts marketing only and LTV is off
    /// until the user gives both.
    fn default() -> UnitEconomicsTerms {
        UnitEconomicsTerms { sales_spend: Decimal::ZERO, gross_margin: None, yearly_churn: None }
    }
}

impl UnitEconomicsTerms {
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::non_negative(errors, &format!("{prefix}.sales_spend"), self.sales_spend);
        if let Some(m) = self.gross_margin {
            checks::share(errors, &format!("{prefix}.gross_margin"), m);
        }
        if let Some(c) = self.yearly_churn {
            checks::share(errors, &format!("{prefix}.yearly_churn"), c);
        }
    }
}

/// Why the lifetime value is not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LtvGap {
    /// Gross margin or churn not given.
    MissingInputs,
    /// 0 % churn: customers never leave, so the value is unbounded.
    ZeroChurn,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitEconomics {
    /// `marketing_spend + sales_spend`, per year.
    pub total_spend: Decimal,
    /// `total_spend / new_customers`; `None` with no new customers.
    pub cac: Option<Decimal>,
    /// `(new_revenue − total_spend) / total_spend`, a fraction; `None` with no spend.
    pub roi: Option<Decimal>,
    /// `deal_size × gross_margin / yearly_churn`.
    pub ltv: Option<Decimal>,
    /// Set exactly when `ltv` is `None`.
    pub ltv_gap: Option<LtvGap>,
    /// `ltv / cac`; `None` when either is missing or CAC is 0.
    pub ltv_to_cac: Option<Decimal>,
    /// `cac / (deal_size × gross_margin / 12)`; `None` without margin or with 0 margin.
    pub payback_months: Option<Decimal>,
}

/// CAC, ROI, LTV and payback for a year that brings `new_customers` worth `new_revenue`.
/// `deal_size` is taken as the yearly revenue of one customer (so LTV divides by yearly churn
/// and the monthly margin is a twelfth of it). `None` only on decimal overflow.
pub fn unit_economics(
    terms: &UnitEconomicsTerms,
    marketing_spend: Decimal,
    new_customers: u64,
    new_revenue: Decimal,
    deal_size: Decimal,
) -> Option<UnitEconomics> {
    let total_spend = marketing_spend.checked_add(terms.sales_spend)?;
    let cac = total_spend.checked_div(Decimal::from_count(i128::from(new_customers))?);
    let roi = new_revenue.checked_sub(total_spend)?.checked_div(total_spend);
    let yearly_margin = match terms.gross_margin {
        Some(m) => Some(deal_size.checked_mul(m)?),
        None => None,
    };
    let (ltv, ltv_gap) = match (yearly_margin, terms.yearly_churn) {
        (Some(margin), Some(churn)) => match margin.checked_div(churn) {
            Some(v) => (Some(v), None),
            None => (None, Some(LtvGap::ZeroChurn)),
        },
        _ => (None, Some(LtvGap::MissingInputs)),
    };
    let ltv_to_cac = match (ltv, cac) {
        (Some(l), Some(c)) => l.checked_div(c),
        _ => None,
    };
    // cac × 12 / yearly margin: same value as cac / (margin / 12), without rounding the
    // monthly margin first (80 000 / 12 is not a finite decimal).
    let payback_months = match (cac, yearly_margin) {
        (Some(c), Some(m)) => c.checked_mul(Decimal::from_int(12))?.checked_div(m),
        _ => None,
    };
    Some(UnitEconomics { total_spend, cac, roi, ltv, ltv_gap, ltv_to_cac, payback_months })
}
