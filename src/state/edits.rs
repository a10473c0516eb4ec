//! Structural edits of the plan (stages, hires, modes, choices, switches): everything that is
//! not typing a number. Stage-aligned lists follow every stage move so nothing drifts.

use crate::engine::budget::{BudgetBasis, BudgetTerms, Period as BudgetPeriod};
use crate::engine::funnel::{FunnelMode, Stage, Team, MAX_STAGES};
use crate::engine::scoring::Routing;
use crate::engine::team::NewHire;
use crate::engine::time::periods::Horizon;
use crate::engine::weekday::Weekday;
use crate::engine::{Decimal, Plan};
pub use crate::state::edits_sources::SourceEdit;
use crate::state::registry::for_each_stage_list;

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetFunnelMode(FunnelMode),
    /// Inserts a stage before `index` (at the end if out of range).
    AddStage {
        index: usize,
        name: String,
    },
    RemoveStage(usize),
    MoveStage {
        from: usize,
        to: usize,
    },
    RenameStage(usize, String),
    SetStageTeam(usize, Team),
    SetHorizon(Horizon),
    UseSeasonality(bool),
    AddHire,
    RemoveHire(usize),
    SetHandoverStage(usize),
    SetHandoverDay(Weekday),
    UseBudget(bool),
    /// Loads seed 000's company as the budget (a named example).
    UseBudgetExample,
    SetBudgetBasis(BudgetBasis),
    SetBudgetPeriod(BudgetPeriod),
    UseGoalSeek(bool),
    UseTracking(bool),
    UseScoring(bool),
    SetRouting(usize, Routing),
    UseRisk(bool),
    /// How stage `i`'s rate is uncertain; a new range or count starts from the stage's rate.
    SetRiskKind(usize, RiskKind),
    /// The stage whose volume the simulation plans (0 = top of the funnel).
    SetRiskStage(usize),
    /// Number of simulated trials (the engine bounds it).
    SetRiskTrials(u32),
    /// Actuals, SLA records and the agreement (issue 14).
    Monthly(crate::state::monthly::MonthlyEdit),
    /// A lead source's structure (see `edits_sources`).
    Source(SourceEdit),
}

impl Edit {
    /// True when the edit shifts stage indices, so drafts keyed by stage index must go.
    pub fn reindexes_stages(&self) -> bool {
        matches!(self, Edit::AddStage { .. } | Edit::RemoveStage(_) | Edit::MoveStage { .. })
    }

    /// True when the edit shifts hire rows, so drafts keyed by hire index must go (otherwise
    /// a draft typed in row 2 would show in the row that moves up, or keep a removed row's
    /// error alive).
    pub fn reindexes_hires(&self) -> bool {
        matches!(self, Edit::RemoveHire(_))
    }

    /// True when the edit shifts source indices (drafts keyed by source index must go).
    pub fn reindexes_sources(&self) -> bool {
        matches!(self, Edit::Source(edit) if edit.reindexes_sources())
    }

    pub fn apply(self, plan: &mut Plan) {
        match self {
            Edit::SetFunnelMode(mode) => plan.funnel.mode = mode,
            Edit::AddStage { index, name } => {
                if plan.funnel.stages.len() < MAX_STAGES {
                    let at = index.min(plan.funnel.stages.len());
                    let team = plan.funnel.stages.get(at).map_or(Team::Sales, |s| s.team);
                    plan.funnel.stages.insert(
                        at,
                        Stage { name, team, rate: Decimal::from_parts(50, 2).unwrap_or(Decimal::ONE) },
                    );
                    for_each_stage_list(plan, |list| list.insert_at(at));
                }
            }
            Edit::RemoveStage(i) => {
                if i < plan.funnel.stages.len() && plan.funnel.stages.len() > 2 {
                    plan.funnel.stages.remove(i);
                    for_each_stage_list(plan, |list| list.remove_at(i));
                    let len = plan.funnel.stages.len();
                    if let Some(h) = plan.sla.handover_stage.as_mut().filter(|h| **h >= len || **h > i) {
                        *h = h.saturating_sub(1);
                    }
                }
            }
            Edit::MoveStage { from, to } => {
                let len = plan.funnel.stages.len();
                if from < len && to < len && from != to {
                    let stage = plan.funnel.stages.remove(from);
                    plan.funnel.stages.insert(to, stage);
                    for_each_stage_list(plan, |list| list.move_item(from, to));
                }
            }
            Edit::RenameStage(i, name) => {
                if let Some(s) = plan.funnel.stages.get_mut(i) {
                    s.name = name;
                }
            }
            Edit::SetStageTeam(i, team) => {
                if let Some(s) = plan.funnel.stages.get_mut(i) {
                    s.team = team;
                }
            }
            Edit::SetHorizon(h) => plan.periods.horizon = h,
            Edit::UseSeasonality(on) => {
                plan.periods.seasonality = on.then(|| vec![Decimal::ONE; 12]);
            }
            Edit::AddHire => plan.team.hires.push(NewHire::default()),
            Edit::RemoveHire(i) => {
                if i < plan.team.hires.len() {
                    plan.team.hires.remove(i);
                }
            }
            Edit::SetHandoverStage(i) => plan.sla.handover_stage = Some(i),
            Edit::SetHandoverDay(d) => plan.sla.handover_day = d,
            Edit::UseBudget(on) => plan.budget = on.then(|| plan.fitting_budget()),
            Edit::UseBudgetExample => plan.budget = Some(BudgetTerms::seed_000()),
            Edit::SetBudgetBasis(b) => {
                let fit = plan.fitting_budget();
                plan.budget.get_or_insert(fit).basis = b;
            }
            Edit::SetBudgetPeriod(p) => {
                let fit = plan.fitting_budget();
                plan.budget.get_or_insert(fit).amount_period = p;
            }
            Edit::UseGoalSeek(on) => plan.goal_seek.enabled = on,
            Edit::UseTracking(on) => plan.tracking.enabled = on,
            Edit::UseScoring(on) => plan.scoring.enabled = on,
            Edit::SetRouting(i, r) => {
                if let Some(cell) = plan.scoring.cells.get_mut(i) {
                    cell.routing = r;
                }
            }
            Edit::UseRisk(on) => plan.risk.enabled = on,
            Edit::SetRiskKind(i, kind) => set_risk_kind(plan, i, kind),
            Edit::SetRiskStage(i) => {
                if i + 1 < plan.funnel.effective_stages().len() {
                    plan.risk.stage = i;
                    // The volume typed belonged to the previous stage.
                    plan.risk.volume = None;
                }
            }
            Edit::SetRiskTrials(n) => plan.risk.trials = n,
            Edit::Monthly(edit) => edit.apply(plan),
            Edit::Source(edit) => edit.apply(plan),
        }
    }
}

/// How a stage's rate is treated by the risk Monte-Carlo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskKind {
    /// The rate as typed, no uncertainty.
    Exact,
    /// Low / likely / high; starts at rate × 0.8 / rate / min(rate × 1.2, 100 %).
    Range,
    /// Converted out of counted; starts at round(rate × 100) out of 100.
    Observed,
}

fn set_risk_kind(plan: &mut Plan, i: usize, kind: RiskKind) {
    use crate::engine::risk::RateUncertainty;
    let Some(rate) = plan.funnel.effective_stages().get(i).map(|s| s.rate) else { return };
    if i >= MAX_STAGES {
        return;
    }
    let part = |n: i64| Decimal::from_parts(n, 1).and_then(|f| rate.checked_mul(f)).unwrap_or(rate);
    let entry = match kind {
        RiskKind::Exact => None,
        RiskKind::Range => {
            Some(RateUncertainty::Range { low: part(8), likely: rate, high: part(12).min(Decimal::ONE) })
        }
        RiskKind::Observed => Some(RateUncertainty::Observed {
            successes: Decimal::from_count(
                rate.checked_mul(Decimal::HUNDRED).map_or(0, |d| d.round_to(0).floor()),
            )
            .unwrap_or(Decimal::ZERO),
            trials: Decimal::HUNDRED,
        }),
    };
    let stages = &mut plan.risk.stages;
    while stages.len() <= i {
        stages.push(None);
    }
    if let Some(slot) = stages.get_mut(i) {
        *slot = entry;
    }
}
