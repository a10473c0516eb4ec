//! Counts typed per source inside a recorded month or week (`actuals.months.#.by_source.#.stages.#`,
//! three indices packed as `(period × NEST + source) × NEST + stage`) and the count of a
//! rejection reason (`actuals.sla.records.#.rejection_reasons.#.count`, two indices).
//!
//! A period's `by_source` holds only the sources recorded, by name. As with periods, a source
//! recorded sits at its position and a source not yet recorded at `len + its rank among the
//! missing ones`, the candidates being [`source_names`]; that index stays the same while the
//! user types, so a field keeps its path (and its draft).

use super::periods::{exists, grow, split, NEST};
use crate::engine::actuals::compliance::MAX_REASONS;
use crate::engine::actuals::{PeriodActuals, SourceActuals};
use crate::engine::{Decimal, Plan};

/// Which recorded list: plan months or plan weeks.
pub type Periods = fn(&Plan) -> &Vec<PeriodActuals>;
pub type PeriodsMut = fn(&mut Plan) -> &mut Vec<PeriodActuals>;

/// Every source a count can be typed for: the plan's sources, then any other name already
/// recorded (a CRM export's own source names), first seen first.
pub fn source_names(plan: &Plan) -> Vec<String> {
    let mut names: Vec<String> = plan.sources.iter().map(|s| s.name.clone()).collect();
    let recorded = plan.actuals.months.iter().chain(&plan.actuals.weeks).flat_map(|p| &p.by_source);
    for s in recorded {
        if !names.contains(&s.source) {
            names.push(s.source.clone());
        }
    }
    names
}

/// Names of `names` not recorded in `list`, in order.
fn missing<'a>(list: &'a [SourceActuals], names: &'a [String]) -> impl Iterator<Item = &'a String> + 'a {
    names.iter().filter(move |n| !list.iter().any(|s| &s.source == *n))
}

/// The index the fields of source `name` use inside a period's `by_source`.
pub fn source_index(list: &[SourceActuals], names: &[String], name: &str) -> usize {
    match list.iter().position(|s| s.source == name) {
        Some(i) => i,
        None => list.len() + missing(list, names).take_while(|n| *n != name).count(),
    }
}

/// (period entry, source entry, stage) of a packed three-index.
fn unpack(index: usize) -> (usize, usize, usize) {
    let (rest, stage) = split(index);
    (rest / NEST, rest % NEST, stage)
}

/// Reads a per-source count (`Some(None)`: no data yet; `None`: no such field).
pub fn count(plan: &Plan, list: Periods, index: usize) -> Option<Option<Decimal>> {
    let (i, j, s) = unpack(index);
    let periods = list(plan);
    if !exists(periods, i) {
        return None;
    }
    let Some(period) = periods.get(i) else {
        // A period not recorded yet: any known source may be typed.
        return (j < source_names(plan).len()).then_some(None);
    };
    if j >= period.by_source.len() + missing(&period.by_source, &source_names(plan)).count() {
        return None;
    }
    Some(period.by_source.get(j).and_then(|x| x.stages.get(s).copied().flatten()))
}

/// The slot of a per-source count, creating the period, the source entry (and those missing
/// before it) and the stage as needed.
pub fn slot(plan: &mut Plan, list: PeriodsMut, index: usize) -> Option<&mut Option<Decimal>> {
    let (i, j, s) = unpack(index);
    let names = source_names(plan);
    let period = grow(list(plan), i)?;
    if j >= period.by_source.len() {
        let new: Vec<String> =
            missing(&period.by_source, &names).take(j + 1 - period.by_source.len()).cloned().collect();
        if period.by_source.len() + new.len() <= j {
            return None;
        }
        period.by_source.extend(new.into_iter().map(|source| SourceActuals { source, stages: Vec::new() }));
    }
    let stages = &mut period.by_source.get_mut(j)?.stages;
    while stages.len() <= s {
        stages.push(None);
    }
    stages.get_mut(s)
}

/// Reads the count of rejection reason `j` of SLA record `i` (rows are added by an edit).
pub fn reason(plan: &Plan, index: usize) -> Option<Option<Decimal>> {
    let (i, j) = split(index);
    let reasons = &plan.actuals.sla.records.get(i)?.rejection_reasons;
    (j < MAX_REASONS).then_some(Some(reasons.get(j)?.count))
}

/// The count of rejection reason `j` of SLA record `i`, when that row exists.
pub fn reason_slot(plan: &mut Plan, index: usize) -> Option<&mut Decimal> {
    let (i, j) = split(index);
    Some(&mut plan.actuals.sla.records.get_mut(i)?.rejection_reasons.get_mut(j)?.count)
}

/// The entry of a per-source count in plan `$scale` (`months` or `weeks`).
macro_rules! source_count {
    ($path:literal, $scale:ident) => {
        listed(
            $path,
            Count,
            true,
            Whole(0, COUNT),
            List::PeriodSourceStages,
            Access::Number {
                get: |p, i| period_sources::count(p, |p| &p.actuals.$scale, i),
                set: |p, i| Some(Slot::Optional(period_sources::slot(p, |p| &mut p.actuals.$scale, i)?)),
            },
        )
    };
}

/// The entry of a rejection reason's count (required: a row always has a count).
macro_rules! reason_count {
    ($path:literal) => {
        listed(
            $path,
            Count,
            false,
            Whole(0, COUNT),
            List::PeriodReasons,
            Access::Number {
                get: period_sources::reason,
                set: |p, i| Some(Slot::Value(period_sources::reason_slot(p, i)?)),
            },
        )
    };
}

pub(super) use {reason_count, source_count};
