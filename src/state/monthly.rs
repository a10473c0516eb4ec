//! Edits of the plan run month after month (issue 14): recorded months brought in from a
//! paste or a CRM import, the start month, the SLA records' granularity and rejection reasons,
//! each commitment's owner, date and cadence, and "Agree". Typed counts are number fields
//! (registry paths `actuals.months.#.stages.#`, `actuals.sla.records.#.*`).

use crate::engine::actuals::compliance::{Granularity, RejectionCount};
use crate::engine::actuals::PeriodActuals;
use crate::engine::agreement::{Commitment, ReviewCadence};
use crate::engine::clause::Clause;
use crate::engine::time::calendar::{Date, YearMonth};
use crate::engine::Plan;
use crate::state::registry::periods::grow;

#[derive(Clone, Debug, PartialEq)]
pub enum MonthlyEdit {
    /// Calendar month of plan month 1 (labels, pasted `2026-03` periods, CRM dates).
    SetStart(Option<YearMonth>),
    /// Fills the recorded months with what a paste or an import read: each count read
    /// replaces the one recorded for that month and stage; counts not read stay.
    ApplyMonths(Vec<PeriodActuals>),
    /// Forgets everything recorded for plan month `period`.
    ClearMonth(u32),
    SetGranularity(Granularity),
    /// The rejection reasons recorded for SLA period `period`.
    SetReasons {
        period: u32,
        reasons: Vec<RejectionCount>,
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
            MonthlyEdit::ApplyMonths(_) | MonthlyEdit::ClearMonth(_) | MonthlyEdit::SetGranularity(_)
        )
    }

    pub fn apply(self, plan: &mut Plan) {
        match self {
            MonthlyEdit::SetStart(start) => plan.actuals.start = start,
            MonthlyEdit::ApplyMonths(months) => apply_months(plan, months),
            MonthlyEdit::ClearMonth(period) => plan.actuals.months.retain(|m| m.period != period),
            MonthlyEdit::SetGranularity(g) => {
                if plan.actuals.sla.granularity != g {
                    plan.actuals.sla.granularity = g;
                    // A month's counts are not a week's: recorded periods would be misread.
                    plan.actuals.sla.records.clear();
                }
            }
            MonthlyEdit::SetReasons { period, reasons } => {
                let records = &mut plan.actuals.sla.records;
                let i = crate::state::registry::periods::index_of(records, period);
                if let Some(r) = grow(records, i) {
                    r.rejection_reasons = reasons;
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

fn apply_months(plan: &mut Plan, months: Vec<PeriodActuals>) {
    let list = &mut plan.actuals.months;
    for new in months {
        let Some(old) = list.iter_mut().find(|m| m.period == new.period) else {
            list.push(new);
            continue;
        };
        if old.stages.len() < new.stages.len() {
            old.stages.resize(new.stages.len(), None);
        }
        for (slot, value) in old.stages.iter_mut().zip(&new.stages) {
            if value.is_some() {
                *slot = *value;
            }
        }
        if !new.by_source.is_empty() {
            old.by_source = new.by_source;
        }
    }
    crate::engine::sort::insertion_sort_by(list, |a, b| a.period < b.period);
}
