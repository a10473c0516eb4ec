//! Edits of the plan run month after month (issue 14): recorded months brought in from a
//! paste or a CRM import (months or weeks, totals or one source's), the start month, the SLA
//! records' granularity and rejection-reason rows,
//! each commitment's owner, date and cadence, and "Agree". Typed counts are number fields
//! (registry paths `actuals.{months,weeks}.#.stages.#`, `….by_source.#.stages.#`,
//! `actuals.sla.records.#.*`, `….rejection_reasons.#.count`).

use crate::engine::actuals::compliance::{Granularity, RejectionCount, SlaRecord, MAX_REASONS};
use crate::engine::actuals::{PeriodActuals, SourceActuals};
use crate::engine::agreement::{Commitment, ReviewCadence};
use crate::engine::clause::Clause;
use crate::engine::time::calendar::{Date, YearMonth};
use crate::engine::{Decimal, Plan};
use crate::state::registry::periods::grow;
use crate::state::registry::MAX_NAME_LEN;

#[derive(Clone, Debug, PartialEq)]
pub enum MonthlyEdit {
    /// Calendar month of plan month 1 (labels, pasted `2026-03` periods, CRM dates).
    SetStart(Option<YearMonth>),
    /// Fills the recorded months with what a paste or an import read: each count read
    /// replaces the one recorded for that month and stage; counts not read stay.
    ApplyMonths(Vec<PeriodActuals>),
    /// The same for plan weeks (`weeks`) and/or one source's counts (`source`): a paste into
    /// the weekly or per-source grid.
    ApplyPeriods {
        weeks: bool,
        source: Option<String>,
        periods: Vec<PeriodActuals>,
    },
    /// Forgets everything recorded for plan month `period`.
    ClearMonth(u32),
    SetGranularity(Granularity),
    /// The rejection reasons recorded for SLA period `period`.
    SetReasons {
        period: u32,
        reasons: Vec<RejectionCount>,
    },
    /// A new, empty rejection-reason row for SLA period `period`.
    AddReason(u32),
    /// Names row `index` of SLA period `period`'s rejection reasons.
    SetReason {
        period: u32,
        index: usize,
        reason: String,
    },
    RemoveReason {
        period: u32,
        index: usize,
    },
    SetOwner(Clause, String),
    SetEffective(Clause, Option<Date>),
    SetReview(Clause, ReviewCadence),
    /// Both sides agree to the plan as it is, on `on` (the browser's today), by `by`.
    Agree {
        on: Option<Date>,
        by: Vec<String>,
    },
}

impl MonthlyEdit {
    /// True when recorded periods move in their lists, so drafts keyed by list index go.
    pub fn reindexes_periods(&self) -> bool {
        matches!(
            self,
            MonthlyEdit::ApplyMonths(_)
                | MonthlyEdit::ApplyPeriods { .. }
                | MonthlyEdit::ClearMonth(_)
                | MonthlyEdit::SetGranularity(_)
                | MonthlyEdit::RemoveReason { .. }
        )
    }

    pub fn apply(self, plan: &mut Plan) {
        match self {
            MonthlyEdit::SetStart(start) => plan.actuals.start = start,
            MonthlyEdit::ApplyMonths(months) => apply_periods(&mut plan.actuals.months, months),
            MonthlyEdit::ApplyPeriods { weeks, source, periods } => {
                let list = if weeks { &mut plan.actuals.weeks } else { &mut plan.actuals.months };
                match source {
                    None => apply_periods(list, periods),
                    Some(name) => apply_source(list, &name, periods),
                }
            }
            MonthlyEdit::ClearMonth(period) => plan.actuals.months.retain(|m| m.period != period),
            MonthlyEdit::SetGranularity(g) => {
                if plan.actuals.sla.granularity != g {
                    plan.actuals.sla.granularity = g;
                    // A month's counts are not a week's: recorded periods would be misread.
                    plan.actuals.sla.records.clear();
                }
            }
            MonthlyEdit::SetReasons { period, reasons } => {
                if let Some(r) = record(plan, period) {
                    r.rejection_reasons = reasons.into_iter().take(MAX_REASONS).collect();
                }
            }
            MonthlyEdit::AddReason(period) => {
                if let Some(r) = record(plan, period).filter(|r| r.rejection_reasons.len() < MAX_REASONS) {
                    r.rejection_reasons.push(RejectionCount { reason: String::new(), count: Decimal::ZERO });
                }
            }
            MonthlyEdit::SetReason { period, index, reason } => {
                if let Some(row) = record(plan, period).and_then(|r| r.rejection_reasons.get_mut(index)) {
                    row.reason = reason.trim().chars().take(MAX_NAME_LEN).collect();
                }
            }
            MonthlyEdit::RemoveReason { period, index } => {
                if let Some(r) = record(plan, period).filter(|r| index < r.rejection_reasons.len()) {
                    r.rejection_reasons.remove(index);
                }
            }
            MonthlyEdit::SetOwner(clause, owner) => commitment(plan, clause).owner = owner,
            MonthlyEdit::SetEffective(clause, date) => commitment(plan, clause).effective = date,
            MonthlyEdit::SetReview(clause, review) => commitment(plan, clause).review = review,
            MonthlyEdit::Agree { on, by } => {
                let by = by.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).take(10);
                crate::engine::agree(plan, on, by.collect());
            }
        }
    }
}

/// The commitment of `clause`, created (proposed, no owner) on first edit.
fn commitment(plan: &mut Plan, clause: Clause) -> &mut Commitment {
    let list = &mut plan.agreement.commitments;
    let i = match list.iter().position(|c| c.clause == clause) {
        Some(i) => i,
        None => {
            list.push(Commitment::proposed(clause));
            list.len() - 1
        }
    };
    &mut list[i]
}

/// The SLA record of `period`, created (empty: no data) on first edit.
fn record(plan: &mut Plan, period: u32) -> Option<&mut SlaRecord> {
    let records = &mut plan.actuals.sla.records;
    let i = crate::state::registry::periods::index_of(records, period);
    grow(records, i)
}

/// Each count read replaces the one recorded for that period and stage; counts not read stay.
fn merge(old: &mut Vec<Option<Decimal>>, new: &[Option<Decimal>]) {
    if old.len() < new.len() {
        old.resize(new.len(), None);
    }
    for (slot, value) in old.iter_mut().zip(new) {
        if value.is_some() {
            *slot = *value;
        }
    }
}

/// A paste into one source's grid: the counts read go to that source of each period.
fn apply_source(list: &mut Vec<PeriodActuals>, name: &str, periods: Vec<PeriodActuals>) {
    for new in periods {
        let i = list.iter().position(|m| m.period == new.period).unwrap_or_else(|| {
            list.push(PeriodActuals { period: new.period, ..PeriodActuals::default() });
            list.len() - 1
        });
        let by_source = &mut list[i].by_source;
        let j = by_source.iter().position(|s| s.source == name).unwrap_or_else(|| {
            by_source.push(SourceActuals { source: name.to_string(), stages: Vec::new() });
            by_source.len() - 1
        });
        merge(&mut by_source[j].stages, &new.stages);
    }
    // The engine's small sort, as below: `sort_by_key` would link the standard library's
    // sorts (about 4 KB) into the main module for this one short list of periods.
    crate::engine::sort::insertion_sort_by(list, |a, b| a.period < b.period);
}

fn apply_periods(list: &mut Vec<PeriodActuals>, periods: Vec<PeriodActuals>) {
    for new in periods {
        let Some(old) = list.iter_mut().find(|m| m.period == new.period) else {
            list.push(new);
            continue;
        };
        merge(&mut old.stages, &new.stages);
        if !new.by_source.is_empty() {
            old.by_source = new.by_source;
        }
    }
    crate::engine::sort::insertion_sort_by(list, |a, b| a.period < b.period);
}
