//! The new-business goal split into each source's revenue target, and each source's own
//! reverse funnel and cost from that target.

use super::model::{GoalShare, Source};
use crate::engine::decimal::Decimal;
use crate::engine::funnel::{self, Stage, StageVolume, MAX_COUNT};
use crate::engine::time::lag::lag_months;

/// What a lead or a stage costs: a source's own figures, or the plan budget's.
#[derive(Clone, Copy, Debug, Default)]
pub struct Costing<'a> {
    pub cost_per_lead: Option<Decimal>,
    pub stage_costs: &'a [Option<Decimal>],
}

impl Costing<'_> {
    /// The budget's rule: `Σ volume × stage cost` when any stage is costed, else
    /// `leads × cost per lead`; `Some(None)` when nothing is costed, `None` on overflow.
    pub fn cost(&self, volumes: &[u64], lead_stage: usize) -> Option<Option<Decimal>> {
        if self.stage_costs.iter().any(Option::is_some) {
            let mut sum = Decimal::ZERO;
            for (volume, cost) in volumes.iter().zip(self.stage_costs) {
                if let Some(cost) = cost {
                    sum = sum.checked_add(Decimal::from_count(i128::from(*volume))?.checked_mul(*cost)?)?;
                }
            }
            return Some(Some(sum));
        }
        match self.cost_per_lead {
            Some(cpl) => {
                let leads = volumes.get(lead_stage).copied().unwrap_or(0);
                Some(Some(Decimal::from_count(i128::from(leads))?.checked_mul(cpl)?))
            }
            None => Some(None),
        }
    }
}

/// Each source's revenue target: fixed amounts as typed; percentages of what the amounts
/// leave, truncated at the ninth decimal, the last percentage source taking the rest so the
/// targets add up to `new_goal` exactly. `None` on overflow.
pub fn targets(sources: &[Source], new_goal: Decimal) -> Option<Vec<Decimal>> {
    let mut rest = new_goal;
    for s in sources {
        if let GoalShare::Amount(a) = s.share {
            rest = rest.checked_sub(a)?;
        }
    }
    let rest = rest.max(Decimal::ZERO);
    let last_share = sources.iter().rposition(|s| matches!(s.share, GoalShare::Share(_)));
    let mut given = Decimal::ZERO;
    let mut out = Vec::with_capacity(sources.len());
    for (i, s) in sources.iter().enumerate() {
        let target = match s.share {
            GoalShare::Amount(a) => a,
            GoalShare::Share(_) if Some(i) == last_share => rest.checked_sub(given)?.max(Decimal::ZERO),
            GoalShare::Share(f) => {
                let t = rest.checked_mul(f)?;
                given = given.checked_add(t)?;
                t
            }
        };
        out.push(target);
    }
    Some(out)
}

/// Whole customers for `target` revenue at `deal_size`: `ceil(target / deal_size)`, `None`
/// beyond [`MAX_COUNT`].
pub fn customers_for(target: Decimal, deal_size: Decimal) -> Option<u64> {
    target.ceil_div(deal_size).filter(|c| (0..=MAX_COUNT).contains(c)).and_then(|c| u64::try_from(c).ok())
}

/// One source's funnel, ready to be summed with the others.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFunnel {
    pub target: Decimal,
    pub deal_size: Decimal,
    /// The plan's stages with this source's rates.
    pub rates: Vec<Stage>,
    pub customers: u64,
    pub stages: Vec<StageVolume>,
    /// Sales-cycle lag of each stage, in months.
    pub lags: Vec<u32>,
}

impl SourceFunnel {
    pub fn volumes(&self) -> Vec<u64> {
        self.stages.iter().map(|s| s.volume).collect()
    }
}

/// `source`'s funnel for its `target`; `None` when a count is too large (the plan's goal).
pub fn source_funnel(
    source: &Source,
    target: Decimal,
    plan_deal_size: Decimal,
    plan_stages: &[Stage],
    plan_days: &[Decimal],
) -> Option<SourceFunnel> {
    let deal_size = source.deal_size.unwrap_or(plan_deal_size);
    let rates = source.stages(plan_stages);
    let customers = customers_for(target, deal_size)?;
    let stages = funnel::reverse(&rates, customers)?;
    let lags = source.days(plan_days, rates.len()).into_iter().map(lag_months).collect();
    Some(SourceFunnel { target, deal_size, rates, customers, stages, lags })
}
