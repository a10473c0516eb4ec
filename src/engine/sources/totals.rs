//! The plan's totals as exact sums of the sources' whole people: volumes, period splits and
//! timing add up source by source, and each stage's blended rate is derived from the mix.

use super::split::SourceFunnel;
use crate::engine::decimal::Decimal;
use crate::engine::funnel::{Stage, StageVolume};
use crate::engine::time::lag::StageTiming;
use crate::engine::time::periods::{Breakdown, PeriodSplit};

/// Elementwise sum of equally long lists; `None` on overflow or when lengths differ.
fn add_parts(a: &[u64], b: &[u64]) -> Option<Vec<u64>> {
    if a.len() != b.len() {
        return None;
    }
    a.iter().zip(b).map(|(x, y)| x.checked_add(*y)).collect()
}

/// A split rebuilt from summed parts, with `PeriodSplit`'s own pace and peak rules.
fn split(parts: Vec<u64>, total: u64) -> PeriodSplit {
    let count = parts.len() as u64;
    let pace = if count == 0 { 0 } else { total.div_ceil(count) };
    let peak = parts.iter().copied().max().unwrap_or(0);
    PeriodSplit { parts, pace, peak }
}

fn add_breakdown(a: &Breakdown, b: &Breakdown) -> Option<Breakdown> {
    let total = a.total.checked_add(b.total)?;
    Some(Breakdown {
        total,
        quarters: split(add_parts(&a.quarters.parts, &b.quarters.parts)?, total),
        months: split(add_parts(&a.months.parts, &b.months.parts)?, total),
        weeks: split(add_parts(&a.weeks.parts, &b.weeks.parts)?, total),
        working_days: split(add_parts(&a.working_days.parts, &b.working_days.parts)?, total),
    })
}

/// Every stage's breakdown summed over the sources (each source's whole people split on its
/// own, then added), so a period's total is exactly the sum of its sources. One source gives
/// its own breakdowns unchanged.
pub fn sum_breakdowns(per_source: &[Vec<Breakdown>]) -> Option<Vec<Breakdown>> {
    let (first, rest) = per_source.split_first()?;
    rest.iter().try_fold(first.clone(), |acc, next| {
        if acc.len() != next.len() {
            return None;
        }
        acc.iter().zip(next).map(|(a, b)| add_breakdown(a, b)).collect()
    })
}

/// Every stage's timing summed over the sources. A stage's `lag_months` is the longest lag of
/// the sources with volume there (when the earliest of them must start).
pub fn sum_timing(per_source: &[Vec<StageTiming>], volumes: &[Vec<u64>]) -> Option<Vec<StageTiming>> {
    let (first, rest) = per_source.split_first()?;
    let mut out = first.clone();
    for timing in rest {
        if timing.len() != out.len() {
            return None;
        }
        for (acc, t) in out.iter_mut().zip(timing) {
            acc.by_month = add_parts(&acc.by_month, &t.by_month)?;
            acc.pipeline_already_needed =
                acc.pipeline_already_needed.checked_add(t.pipeline_already_needed)?;
        }
    }
    for (i, acc) in out.iter_mut().enumerate() {
        let lags = per_source.iter().zip(volumes).filter(|(_, v)| v.get(i).is_some_and(|v| *v > 0));
        if let Some(lag) = lags.map(|(t, _)| t.get(i).map_or(0, |t| t.lag_months)).max() {
            acc.lag_months = lag;
        }
    }
    Some(out)
}

/// Elementwise sum of the sources' forward checks.
pub fn sum_lists(per_source: &[Vec<u64>]) -> Option<Vec<u64>> {
    let (first, rest) = per_source.split_first()?;
    rest.iter().try_fold(first.clone(), |acc, next| add_parts(&acc, next))
}

/// The rate each stage has across the mix: the sources' common rate when they agree (always
/// so with one source); otherwise the volume-weighted mean `Σ volume × rate / Σ volume`,
/// i.e. the share of the stage's people expected at the next stage; the plan's rate when the
/// stage has no one. Derived, never typed.
pub fn blended_rates(funnels: &[SourceFunnel], plan_stages: &[Stage]) -> Option<Vec<Decimal>> {
    let last = plan_stages.len().saturating_sub(1);
    plan_stages
        .iter()
        .enumerate()
        .map(|(i, plan_stage)| {
            if i == last {
                return Some(Decimal::ONE);
            }
            let rates: Vec<Decimal> = funnels.iter().filter_map(|f| f.rates.get(i).map(|s| s.rate)).collect();
            if rates.windows(2).all(|w| w[0] == w[1]) {
                return Some(rates.first().copied().unwrap_or(plan_stage.rate));
            }
            let (mut people, mut expected) = (Decimal::ZERO, Decimal::ZERO);
            for f in funnels {
                let (Some(v), Some(s)) = (f.stages.get(i), f.rates.get(i)) else { continue };
                let v = Decimal::from_count(i128::from(v.volume))?;
                people = people.checked_add(v)?;
                expected = expected.checked_add(v.checked_mul(s.rate)?)?;
            }
            Some(if people.is_zero() { plan_stage.rate } else { expected.checked_div(people)? })
        })
        .collect()
}

/// The plan's stages as the sum of the sources: each stage's volume is the sum of theirs, its
/// rate the blended one and its rate to a customer the product of the blended rates below it.
/// One source gives its own stages unchanged.
pub fn total_stages(funnels: &[SourceFunnel], plan_stages: &[Stage]) -> Option<Vec<StageVolume>> {
    if let [only] = funnels {
        return Some(only.stages.clone());
    }
    let rates = blended_rates(funnels, plan_stages)?;
    let mut out = Vec::with_capacity(plan_stages.len());
    let mut to_customer = Decimal::ONE;
    for (i, s) in plan_stages.iter().enumerate().rev() {
        let rate = rates.get(i).copied().unwrap_or(Decimal::ONE);
        if i + 1 < plan_stages.len() {
            to_customer = to_customer.checked_mul(rate)?;
        }
        let volume = funnels.iter().try_fold(0u64, |sum, f| sum.checked_add(f.stages.get(i)?.volume))?;
        out.push(StageVolume {
            name: s.name.clone(),
            team: s.team,
            rate,
            volume,
            rate_to_customer: to_customer,
        });
    }
    out.reverse();
    Some(out)
}
