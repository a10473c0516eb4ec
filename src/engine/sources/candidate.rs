//! One source as the mix optimiser sees it: its funnel, deal size and costs, the exact cost of
//! whole customers, the most customers its maximum of leads allows, and a linear lower bound
//! on the cost of one customer (for the search's bounds).

use super::split::Costing;
use crate::engine::decimal::Decimal;
use crate::engine::funnel::{self, Stage};

/// What the optimiser knows about one source.
#[derive(Clone, Debug)]
pub struct Candidate<'a> {
    pub stages: &'a [Stage],
    pub deal_size: Decimal,
    pub costing: Costing<'a>,
    pub lead_stage: usize,
    pub max_leads: Option<u64>,
}

impl Candidate<'_> {
    /// Exact cost of `n` customers: the reverse funnel's whole people times their costs
    /// (0 when nothing is costed). `None` when a count is too large.
    pub fn cost(&self, n: u64) -> Option<Decimal> {
        let volumes: Vec<u64> = funnel::reverse(self.stages, n)?.iter().map(|s| s.volume).collect();
        Some(self.costing.cost(&volumes, self.lead_stage)?.unwrap_or(Decimal::ZERO))
    }

    fn leads(&self, n: u64) -> Option<u64> {
        funnel::reverse(self.stages, n)?.get(self.lead_stage).map(|s| s.volume)
    }

    /// Most customers within `max_leads` (volumes never shrink as customers grow, so a
    /// binary search finds it), capped at `limit`.
    pub(super) fn cap(&self, limit: u64) -> u64 {
        let Some(max) = self.max_leads else { return limit };
        let (mut lo, mut hi) = (0u64, limit);
        if self.leads(0).is_none_or(|l| l > max) {
            return 0;
        }
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if self.leads(mid).is_some_and(|l| l <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }

    /// A lower bound on the cost of one customer: `v_i(n) ≥ n·x_i` with `x_last = 1` and
    /// `x_i = x_{i+1} / r_i` (divisions rounded down keep it a lower bound).
    pub(super) fn unit_cost(&self) -> Option<Decimal> {
        let mut x = vec![Decimal::ZERO; self.stages.len()];
        let mut next = Decimal::ONE;
        for (i, s) in self.stages.iter().enumerate().rev() {
            if i + 1 < self.stages.len() {
                next = next.checked_div(s.rate)?;
            }
            x[i] = next;
        }
        let c = &self.costing;
        if c.stage_costs.iter().any(Option::is_some) {
            let mut sum = Decimal::ZERO;
            for (xi, cost) in x.iter().zip(c.stage_costs) {
                if let Some(cost) = cost {
                    sum = sum.checked_add(xi.checked_mul(*cost)?)?;
                }
            }
            return Some(sum);
        }
        Some(match c.cost_per_lead {
            Some(cpl) => x.get(self.lead_stage).copied().unwrap_or(Decimal::ZERO).checked_mul(cpl)?,
            None => Decimal::ZERO,
        })
    }
}
