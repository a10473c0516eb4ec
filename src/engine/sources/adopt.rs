//! "Adopt the cheapest mix": the sources rewritten so the plan asks each of them exactly the
//! customers the optimiser chose.

use super::model::{GoalShare, Source};
use crate::engine::decimal::Decimal;

/// `sources` with the mix `customers` (one count per source, as `MixAdvice::customers`, whose
/// counts cannot drop one without missing the goal). Every source but the last one used gets a
/// fixed amount, `customers × deal size`; that last one takes 100 % of the rest, which needs
/// exactly its count. Sources keep everything else. `None` when the counts do not match the
/// sources or no source is used.
pub fn adopt(sources: &[Source], plan_deal_size: Decimal, customers: &[u64]) -> Option<Vec<Source>> {
    if customers.len() != sources.len() {
        return None;
    }
    let rest = customers.iter().rposition(|n| *n > 0)?;
    sources
        .iter()
        .zip(customers)
        .enumerate()
        .map(|(i, (s, n))| {
            let share = if i == rest {
                GoalShare::Share(Decimal::ONE)
            } else {
                let deal = s.deal_size.unwrap_or(plan_deal_size);
                GoalShare::Amount(Decimal::from_count(i128::from(*n))?.checked_mul(deal)?)
            };
            Some(Source { share, ..s.clone() })
        })
        .collect()
}
