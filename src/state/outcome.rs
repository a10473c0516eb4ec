//! What the view shows: the report of the last valid plan, whether it is stale, and the errors
//! of the current input. Computed by the reducer when the plan changes, at most one engine run
//! per action, and kept in the state so the view never runs the engine.

use crate::engine::{compute, FieldError, Plan, PlanReport, Reason};
use std::rc::Rc;

/// The figures to show and the errors of the current input.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The report of the last valid plan (`None` only if even that is out of reach).
    pub report: Option<Rc<PlanReport>>,
    /// True while the current input has an error: the report is the last valid one.
    pub stale: bool,
    pub errors: Vec<FieldError>,
}

/// The report by address: the reducer makes a new one only when the engine ran on a changed
/// plan, so a different address means different figures (or, rarely, the same figures drawn
/// once more). Comparing the reports field by field cost a keystroke's render a walk through
/// both reports and the main module 10 KB of code.
impl PartialEq for Outcome {
    fn eq(&self, other: &Outcome) -> bool {
        let same_report = match (&self.report, &other.report) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_report && self.stale == other.stale && self.errors == other.errors
    }
}

impl Outcome {
    pub fn error_at(&self, path: &str) -> Option<Reason> {
        self.errors.iter().find(|e| e.path == path).map(|e| e.reason)
    }
}

/// The engine's verdict on one plan: its report, or every error it found.
pub type Verdict = Result<Rc<PlanReport>, Vec<FieldError>>;

/// Runs the engine on `plan`: the only place the state does.
pub(super) fn verdict(plan: &Plan) -> Verdict {
    compute(plan).map(Rc::new)
}

/// The outcome of `verdict` given the parse errors of the drafts: its report when nothing is
/// wrong, else `shown` (the last valid plan's report) marked stale. No engine run.
pub(super) fn outcome(
    verdict: &Verdict,
    draft_errors: Vec<FieldError>,
    shown: Option<&Rc<PlanReport>>,
) -> Outcome {
    let mut errors = draft_errors;
    match verdict {
        Ok(report) if errors.is_empty() => Outcome { report: Some(report.clone()), stale: false, errors },
        result => {
            if let Err(more) = result {
                let fresh = more.iter().filter(|m| !errors.iter().any(|e| e.path == m.path)).cloned();
                let fresh: Vec<_> = fresh.collect();
                errors.extend(fresh);
            }
            Outcome { report: shown.cloned(), stale: true, errors }
        }
    }
}

/// The report with the stage names `old[i]` renamed `new[i]` (a language switch renames the
/// default stage names; every figure stays the same, so the engine need not run again).
/// `tests/state_reducer.rs` checks this equals a fresh run on the renamed plan.
pub(super) fn renamed(report: &PlanReport, old: &[String], new: &[String]) -> PlanReport {
    let name = |s: &mut String| {
        if let Some(i) = old.iter().position(|o| o == s) {
            if let Some(n) = new.get(i) {
                s.clone_from(n);
            }
        }
    };
    let mut out = report.clone();
    out.stages.iter_mut().for_each(|s| name(&mut s.name));
    out.workloads.iter_mut().flatten().for_each(|w| name(&mut w.name));
    if let Some(seek) = out.goal_seek.as_mut() {
        seek.rates.iter_mut().for_each(|r| {
            name(&mut r.from);
            name(&mut r.to);
        });
    }
    if let Some(tracking) = out.tracking.as_mut() {
        tracking.stages.iter_mut().for_each(|s| name(&mut s.name));
        tracking.transitions.iter_mut().for_each(|t| {
            name(&mut t.from);
            name(&mut t.to);
        });
        tracking.bottleneck.iter_mut().for_each(|b| name(&mut b.unit));
    }
    let arrow = |names: &[String], i: usize| format!("{} → {}", names[i], names[i + 1]);
    for entry in &mut out.sensitivity.entries {
        if let crate::engine::sensitivity::SensitivityLever::Rate { index } = entry.lever {
            if index + 1 < old.len().min(new.len()) && entry.label == arrow(old, index) {
                entry.label = arrow(new, index);
            }
        }
    }
    if let Some(risk) = out.risk.as_mut() {
        risk.needed.iter_mut().for_each(|n| name(&mut n.name));
    }
    if let Some(c) = out.commitments.as_mut() {
        name(&mut c.marketing.stage_name);
    }
    for source in &mut out.sources.sources {
        source.stages.iter_mut().for_each(|s| name(&mut s.name));
    }
    if let Some(actuals) = out.actuals.as_mut() {
        for pace in std::iter::once(&mut actuals.months).chain(actuals.weeks.as_mut()) {
            pace.stages.iter_mut().for_each(|s| name(&mut s.name));
            pace.marketing.iter_mut().chain(pace.sales.iter_mut()).for_each(|g| name(&mut g.name));
            pace.periods.iter_mut().flat_map(|p| p.bottleneck.as_mut()).for_each(|b| name(&mut b.unit));
        }
    }
    out
}
