//! The marketing budget: its yearly amount, where it sits in the 5–20 % of revenue band
//! (seed 000), and what the funnel costs against it.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use serde::{Deserialize, Serialize};

/// How the budget is set: a fixed amount, or a share of annual revenue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BudgetBasis {
    Amount,
    #[default]
    PercentOfRevenue,
}

/// The period a typed amount covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Monthly,
    #[default]
    Yearly,
}

/// Where the budget sits against the 5–20 % of revenue most studies recommend (seed 000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetBand {
    /// Under half the band's minimum (< 2.5 %): seed 000's 0.07 % case.
    FarBelow,
    /// 2.5 % to under 5 %.
    Below,
    /// 5 % to 20 % inclusive.
    InBand,
    /// Over 20 %: what seed 000 calls growth mode.
    Growth,
}

/// Lower end of the reference band: 5 % of revenue.
pub fn band_min() -> Decimal {
    percent(5)
}

/// Upper end of the reference band: 20 % of revenue; above it is growth mode.
pub fn band_max() -> Decimal {
    percent(20)
}

/// Seed 000's example inside the band: 10 % of revenue, the share it works through.
pub fn band_example() -> Decimal {
    percent(10)
}

fn percent(n: i64) -> Decimal {
    Decimal::from_parts(n, 2).unwrap_or(Decimal::ZERO)
}

/// The user's budget and, optionally, what a lead or each stage costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetTerms {
    pub basis: BudgetBasis,
    /// Used with `BudgetBasis::Amount`, over `amount_period`.
    pub amount: Decimal,
    pub amount_period: Period,
    /// Used with `BudgetBasis::PercentOfRevenue`, a fraction (0.10 = 10 %).
    pub percent_of_revenue: Decimal,
    /// Current annual revenue: the base of the percentage and of the band.
    pub annual_revenue: Decimal,
    /// Cost of one lead; used when no stage cost is set.
    pub cost_per_lead: Option<Decimal>,
    /// Cost per unit at each funnel stage (`None` = not costed). Empty = off.
    pub stage_costs: Vec<Option<Decimal>>,
}

impl Default for BudgetTerms {
    /// Seed 000's company: 42.12 M€ revenue at 10 % (the middle of the band); its 2 527 € a
    /// month is kept as the amount so switching basis shows the seed's contrast. No costs.
    fn default() -> BudgetTerms {
        BudgetTerms {
            basis: BudgetBasis::PercentOfRevenue,
            amount: Decimal::from_int(2_527),
            amount_period: Period::Monthly,
            percent_of_revenue: percent(10),
            annual_revenue: Decimal::from_int(42_120_000),
            cost_per_lead: None,
            stage_costs: Vec::new(),
        }
    }
}

impl BudgetTerms {
    /// Seed 000's company (42.12 M€ revenue at 10 %, 2 527 € a month as the amount): a named
    /// example, no longer what switching the budget on starts from.
    pub fn seed_000() -> BudgetTerms {
        BudgetTerms::default()
    }

    /// A starting budget that fits a plan bringing `annual_revenue` a year: 10 % of it (the
    /// middle of seed 000's 5–20 % band), and the same yearly sum as a monthly amount, so
    /// switching basis keeps the figure. No costs.
    pub fn fitting(annual_revenue: Decimal) -> BudgetTerms {
        let annual_revenue = annual_revenue.max(Decimal::ZERO);
        let yearly = annual_revenue.checked_mul(band_example()).unwrap_or(Decimal::ZERO);
        BudgetTerms {
            amount: yearly.checked_div(Decimal::from_int(12)).unwrap_or(Decimal::ZERO).round_to(2),
            annual_revenue,
            ..BudgetTerms::default()
        }
    }

    /// Checks the fields the chosen basis uses, and every cost. A percentage may exceed
    /// 100 % only up to 10× revenue (beyond that it is surely a typo).
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        match self.basis {
            BudgetBasis::Amount => {
                checks::non_negative(errors, &format!("{prefix}.amount"), self.amount);
            }
            BudgetBasis::PercentOfRevenue => {
                let path = format!("{prefix}.percent_of_revenue");
                if checks::non_negative(errors, &path, self.percent_of_revenue)
                    && self.percent_of_revenue > 10
                {
                    errors.push(path, Reason::OutOfRange);
                }
            }
        }
        checks::non_negative(errors, &format!("{prefix}.annual_revenue"), self.annual_revenue);
        if let Some(cost) = self.cost_per_lead {
            checks::non_negative(errors, &format!("{prefix}.cost_per_lead"), cost);
        }
        for (i, cost) in self.stage_costs.iter().enumerate() {
            if let Some(cost) = cost {
                checks::non_negative(errors, &format!("{prefix}.stage_costs.{i}"), *cost);
            }
        }
    }

    /// Stage costs cannot outnumber the funnel's stages.
    pub fn validate_stages(&self, prefix: &str, stage_count: usize, errors: &mut Errors) {
        if self.stage_costs.len() > stage_count {
            errors.push(format!("{prefix}.stage_costs"), Reason::TooMany);
        }
    }

    /// Budget per year: `amount × 12` for a monthly amount, or `annual_revenue × percent`.
    pub fn yearly_budget(&self) -> Option<Decimal> {
        match (self.basis, self.amount_period) {
            (BudgetBasis::Amount, Period::Yearly) => Some(self.amount),
            (BudgetBasis::Amount, Period::Monthly) => self.amount.checked_mul(Decimal::from_int(12)),
            (BudgetBasis::PercentOfRevenue, _) => self.annual_revenue.checked_mul(self.percent_of_revenue),
        }
    }
}

/// Band of a budget share of revenue: `< 2.5 %` far below, `< 5 %` below, `≤ 20 %` in band.
pub fn budget_band(share_of_revenue: Decimal) -> BudgetBand {
    let far = Decimal::from_parts(25, 3).unwrap_or(Decimal::ZERO);
    if share_of_revenue < far {
        BudgetBand::FarBelow
    } else if share_of_revenue < band_min() {
        BudgetBand::Below
    } else if share_of_revenue <= band_max() {
        BudgetBand::InBand
    } else {
        BudgetBand::Growth
    }
}

/// The budget against revenue and the funnel. Amounts are exact; rounding to the cent is
/// left to the display.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BudgetReport {
    pub yearly_budget: Decimal,
    /// `yearly_budget / 12`.
    pub monthly_budget: Decimal,
    /// `yearly_budget / annual_revenue`, a fraction; `None` with no revenue.
    pub share_of_revenue: Option<Decimal>,
    pub band: Option<BudgetBand>,
    /// Budget at the band's ends: `annual_revenue × 5 %` and `× 20 %`.
    pub band_min_amount: Decimal,
    pub band_max_amount: Decimal,
    /// Seed 000's middle example: `annual_revenue × 10 %`.
    pub band_example_amount: Decimal,
    /// `None` when no cost is given.
    pub funnel_cost: Option<FunnelCost>,
}

/// What the planned funnel costs and what the budget buys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunnelCost {
    /// `Σ volume × cost` over costed stages, or `leads × cost_per_lead`.
    pub needed: Decimal,
    /// `yearly_budget − needed`: negative when the budget falls short.
    pub gap: Decimal,
    pub enough: bool,
    /// `floor(yearly_budget / cost_per_lead)`; `None` without a cost per lead or when a lead
    /// costs nothing (no limit).
    pub leads_affordable: Option<u64>,
}

/// The budget report. `leads` is the lead-stage volume, `stage_volumes` every stage's volume
/// (top first, matched by index with `stage_costs`). Volumes are for the same year as the
/// budget. `None` only if a product leaves the decimal range.
pub fn budget_report(terms: &BudgetTerms, leads: u64, stage_volumes: &[u64]) -> Option<BudgetReport> {
    let yearly = terms.yearly_budget()?;
    let revenue = terms.annual_revenue;
    let share = if revenue.is_positive() { yearly.checked_div(revenue) } else { None };
    Some(BudgetReport {
        yearly_budget: yearly,
        monthly_budget: yearly.checked_div(Decimal::from_int(12))?,
        share_of_revenue: share,
        band: share.map(budget_band),
        band_min_amount: revenue.checked_mul(band_min())?,
        band_max_amount: revenue.checked_mul(band_max())?,
        band_example_amount: revenue.checked_mul(band_example())?,
        funnel_cost: funnel_cost(terms, yearly, leads, stage_volumes)?,
    })
}

/// `Some(None)` when nothing is costed, `None` on overflow.
fn funnel_cost(
    terms: &BudgetTerms,
    yearly: Decimal,
    leads: u64,
    volumes: &[u64],
) -> Option<Option<FunnelCost>> {
    let staged = terms.stage_costs.iter().any(Option::is_some);
    let needed = if staged {
        let mut sum = Decimal::ZERO;
        for (volume, cost) in volumes.iter().zip(&terms.stage_costs) {
            if let Some(cost) = cost {
                sum = sum.checked_add(Decimal::from_count(i128::from(*volume))?.checked_mul(*cost)?)?;
            }
        }
        sum
    } else if let Some(cpl) = terms.cost_per_lead {
        Decimal::from_count(i128::from(leads))?.checked_mul(cpl)?
    } else {
        return Some(None);
    };
    let leads_affordable = terms
        .cost_per_lead
        .and_then(|cpl| yearly.floor_div(cpl))
        .map(|n| u64::try_from(n.max(0)).unwrap_or(u64::MAX));
    Some(Some(FunnelCost {
        needed,
        gap: yearly.checked_sub(needed)?,
        enough: yearly >= needed,
        leads_affordable,
    }))
}
