//! The engine's occasional sections: the ones a plan uses only once a section's control has
//! set them up (recorded months and weeks, the agreement, tracking, the optimiser that weighs
//! two or more costed sources, the budget, lead scoring and goal-seek). The default plan, and
//! so a first visit, uses none.
//!
//! The assembly reaches them through this table. Natively, in the component tests, the
//! prerender and the risk worker, the table is the functions themselves. In the build with
//! parts (`split`) their code is in the parts that can need it (README "Where the bytes go")
//! and each installs the table when it loads; until then a plan that needs them gets no
//! report (`Reason::NotLoaded`), never one without them. The app holds back every action
//! that could lead there until the code is in (`app::section_gate`).

use super::agreed_terms;
use crate::engine::actuals::compliance::Granularity;
use crate::engine::actuals::{compliance, pace, source_periods, ActualsReport, PaceInput, SourcePace};
use crate::engine::agreement::{agreement_report, AgreementReport};
use crate::engine::budget::{budget_report, BudgetReport, BudgetTerms};
use crate::engine::funnel::{Stage, StageVolume};
use crate::engine::goal_seek::{goal_seek, GoalSeekReport};
use crate::engine::plan::Plan;
use crate::engine::scoring::{score, LeadScoring, ScoringReport};
use crate::engine::sources::optimise::{optimise, Optimiser};
use crate::engine::sources::SourceResult;
use crate::engine::time::lag::StageTiming;
use crate::engine::time::periods::Breakdown;
use crate::engine::tracking::{track, TrackingReport};

/// The recorded periods against the plan: the plan, its stages, their months and breakdowns,
/// and the sources' results.
pub type Actuals = fn(
    &Plan,
    &[StageVolume],
    Option<&[StageTiming]>,
    Option<&[Breakdown]>,
    &[SourceResult],
) -> Option<ActualsReport>;
/// Tracking's report, when it is on.
pub type Tracking = fn(&Plan, &[StageVolume]) -> Option<TrackingReport>;
/// The agreement's report, when there is one.
pub type Agreement = fn(&Plan) -> Option<AgreementReport>;
/// The budget's report: its terms, the lead stage's volume and every stage's.
pub type Budget = fn(&BudgetTerms, u64, &[u64]) -> Option<BudgetReport>;
/// Lead scoring's grid, scored.
pub type Scoring = fn(&LeadScoring) -> ScoringReport;
/// Goal-seek: the blended stages, the top stage's reachable volume, the customers needed.
pub type GoalSeek = fn(&[Stage], u64, u64) -> GoalSeekReport;

/// The sections' entry points; `None` where the code is not in.
#[derive(Clone, Copy)]
pub struct Occasional {
    pub actuals: Option<Actuals>,
    pub tracking: Option<Tracking>,
    pub agreement: Option<Agreement>,
    pub optimiser: Option<Optimiser>,
    pub budget: Option<Budget>,
    pub scoring: Option<Scoring>,
    pub goal_seek: Option<GoalSeek>,
}

impl Occasional {
    /// No code: right for any plan `needs` says uses none of them.
    pub const NONE: Occasional = Occasional {
        actuals: None,
        tracking: None,
        agreement: None,
        optimiser: None,
        budget: None,
        scoring: None,
        goal_seek: None,
    };

    /// The functions themselves. In the build with parts, the parts' split points are their
    /// only callers, which is what keeps their code out of the main module.
    pub fn direct() -> Occasional {
        Occasional {
            actuals: Some(actuals),
            tracking: Some(|plan, stages| {
                plan.tracking
                    .enabled
                    .then(|| track(stages, &plan.tracking.actual_counts(), plan.tracking.elapsed))
            }),
            agreement: Some(|plan| {
                (plan.agreement != Default::default())
                    .then(|| agreement_report(&plan.agreement, &agreed_terms(plan)))
            }),
            optimiser: Some(optimise),
            budget: Some(budget_report),
            scoring: Some(score),
            goal_seek: Some(goal_seek),
        }
    }
}

/// Whether `plan` uses an occasional section: months, weeks or SLA periods recorded, tracking
/// on, an agreement, two sources or more (the optimiser weighs a mix of two costed sources
/// or more; counting sources alone errs on the side of asking for the code), a budget, lead
/// scoring or goal-seek on.
pub fn needs(plan: &Plan) -> bool {
    !plan.actuals.is_empty()
        || plan.tracking.enabled
        || plan.agreement != Default::default()
        || plan.sources.len() >= 2
        || plan.budget.is_some()
        || plan.scoring.enabled
        || plan.goal_seek.enabled
}

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
pub fn get() -> Option<Occasional> {
    Some(Occasional::direct())
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
pub use installed::{get, install_direct};

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod installed {
    use super::Occasional;
    use std::cell::Cell;

    thread_local! {
        static CODE: Cell<Option<Occasional>> = const { Cell::new(None) };
    }

    /// The table, once a part holding it is in.
    pub fn get() -> Option<Occasional> {
        CODE.with(Cell::get)
    }

    /// Called by the split point of each part that can need the table (the sections, the
    /// section actions, the reader, the JS API): only called from there, the functions'
    /// code leaves the main module for a chunk those parts share.
    pub fn install_direct() {
        CODE.with(|c| c.set(Some(Occasional::direct())));
    }
}

/// The plan's recorded periods against the plan, the totals' and each named source's.
fn actuals(
    plan: &Plan,
    stages: &[StageVolume],
    timing: Option<&[StageTiming]>,
    breakdowns: Option<&[Breakdown]>,
    sources: &[SourceResult],
) -> Option<ActualsReport> {
    if plan.actuals.is_empty() {
        return None;
    }
    let mut report = totals(plan, stages, timing, breakdowns)?;
    report.sources = source_paces(plan, sources);
    Some(report)
}

/// Recorded months against the lag-shifted monthly plan (the months each stage's volume must
/// happen in; the breakdown's months without days to close), weeks against the weekly plan,
/// SLA periods against the hand-over stage's planned volume for that month or week.
fn totals(
    plan: &Plan,
    stages: &[StageVolume],
    timing: Option<&[StageTiming]>,
    breakdowns: Option<&[Breakdown]>,
) -> Option<ActualsReport> {
    let months = monthly_plan(timing, breakdowns)?;
    let weeks: Vec<Vec<u64>> = breakdowns?.iter().map(|b| b.weeks.parts.clone()).collect();
    let handover = plan.handover_stage();
    let lags = plan.cycle.lags(stages.len());
    let input = |planned, recorded, lags| PaceInput { stages, planned, recorded, handover, lags };
    let sla = &plan.actuals.sla;
    let promised = breakdowns?.get(handover).map(|b| match sla.granularity {
        Granularity::Month => b.months.parts.clone(),
        Granularity::Week => b.weeks.parts.clone(),
    });
    Some(ActualsReport {
        compliance: (!sla.records.is_empty())
            .then(|| compliance(sla, promised.as_deref().unwrap_or(&[]), plan.sla.good_fit_share)),
        months: pace(&input(&months, &plan.actuals.months, &lags)),
        sources: Vec::new(),
        weeks: (!plan.actuals.weeks.is_empty()).then(|| pace(&input(&weeks, &plan.actuals.weeks, &[]))),
    })
}

/// Each named plan source with months recorded for it, against its own monthly plan (as
/// `actuals` does for the totals).
fn source_paces(plan: &Plan, sources: &[SourceResult]) -> Vec<SourcePace> {
    let lags = plan.cycle.lags(plan.funnel.effective_stages().len());
    let handover = plan.handover_stage();
    sources
        .iter()
        .filter(|s| !s.name.is_empty())
        .filter_map(|s| {
            let recorded = source_periods(&plan.actuals.months, &s.name);
            let planned = monthly_plan(s.timing.as_deref(), s.breakdowns.as_deref())?;
            let input = PaceInput {
                stages: &s.stages,
                planned: &planned,
                recorded: &recorded,
                handover,
                lags: &lags,
            };
            (!recorded.is_empty()).then(|| SourcePace { source: s.name.clone(), months: pace(&input) })
        })
        .collect()
}

/// Each stage's plan per month: lag-shifted when days to close are set, else the breakdown's.
fn monthly_plan(timing: Option<&[StageTiming]>, breakdowns: Option<&[Breakdown]>) -> Option<Vec<Vec<u64>>> {
    Some(match timing {
        Some(t) => t.iter().map(|s| s.by_month.clone()).collect(),
        None => breakdowns?.iter().map(|b| b.months.parts.clone()).collect(),
    })
}
