//! Bounds on what a plan, its typed text and its scenarios may hold, applied before anything is
//! drawn or saved, so that no input (a link, storage, a file, a keystroke) can freeze the page.
//!
//! Every constant here belongs to the field registry (issue 11): each bounds one field or list,
//! named in its doc comment, and moves there once the registry exists.

use super::text_map::TextMap;
use super::State;
use crate::engine::Plan;

/// Stages in the funnel (`funnel.stages`): the engine's own cap.
pub const MAX_STAGES: usize = crate::engine::funnel::MAX_STAGES;
/// Characters in a stage name (`funnel.stages.*.name`): long enough for any real stage, short
/// enough for tables, exports and the SLA document.
pub const MAX_STAGE_NAME: usize = super::registry::MAX_NAME_LEN;
/// New hires (`team.hires`): the engine's cap.
pub const MAX_HIRES: usize = crate::engine::team::MAX_HIRES;
/// Cells of the lead-scoring grid (`scoring.cells`): the engine's cap.
pub const MAX_SCORE_CELLS: usize = crate::engine::scoring::MAX_CELLS;
/// Monthly weights (`periods.seasonality`): one per month.
pub const MONTHS: usize = 12;
/// Characters kept of the text typed in one number field (a draft).
pub const MAX_DRAFT_CHARS: usize = 100;
/// Drafts kept at once: more than every field of a plan at its limits.
pub const MAX_DRAFTS: usize = 2_000;
/// Saved scenarios: the scenario list's own cap.
pub const MAX_SCENARIOS: usize = super::scenarios::MAX_SCENARIOS;
/// Characters in a scenario name (the scenario list trims names to this too).
pub const MAX_SCENARIO_NAME: usize = 80;
/// Characters of a share link's hash. A plan at every limit above (200 stages with 60-letter
/// accented names, every stage list full, 100 hires, 100 cells) encodes to about 90 000.
pub const MAX_LINK_CHARS: usize = 150_000;
/// Bytes of a plan file the import reads (a plan at its limits is under 100 KB).
pub const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

/// One bound an input went past.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Stages,
    StageName,
    Hires,
    ScoreCells,
    /// A stage-aligned list (days to close, stage costs, open pipeline, actuals, uncertainty).
    StageList,
    Seasonality,
    Drafts,
    Scenarios,
    ScenarioName,
}

impl Limit {
    pub const ALL: [Limit; 9] = [
        Limit::Stages,
        Limit::StageName,
        Limit::Hires,
        Limit::ScoreCells,
        Limit::StageList,
        Limit::Seasonality,
        Limit::Drafts,
        Limit::Scenarios,
        Limit::ScenarioName,
    ];
}

/// The set of bounds an input went past (a bit set, so a notice can carry it and list them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overflows(u16);

impl Overflows {
    pub fn add(&mut self, limit: Limit) {
        self.0 |= 1 << limit as u16;
    }

    pub fn contains(self, limit: Limit) -> bool {
        self.0 & (1 << limit as u16) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn union(self, other: Overflows) -> Overflows {
        Overflows(self.0 | other.0)
    }

    /// The bounds in the set, in a stable order.
    pub fn iter(self) -> impl Iterator<Item = Limit> {
        Limit::ALL.into_iter().filter(move |l| self.contains(*l))
    }
}

/// Cuts `text` to at most `max` characters (never inside a character); true when it did.
pub fn cut(text: &mut String, max: usize) -> bool {
    match text.char_indices().nth(max) {
        Some((at, _)) => {
            text.truncate(at);
            true
        }
        None => false,
    }
}

fn cap<T>(list: &mut Vec<T>, max: usize) -> bool {
    let over = list.len() > max;
    list.truncate(max);
    over
}

/// Brings `plan` within every bound (extra list entries go, long names are cut) and says
/// which bounds it went past.
pub fn bound_plan(plan: &mut Plan) -> Overflows {
    let mut over = Overflows::default();
    let mut note = |hit: bool, limit: Limit| {
        if hit {
            over.add(limit);
        }
    };
    note(cap(&mut plan.funnel.stages, MAX_STAGES), Limit::Stages);
    let mut long_name = false;
    for stage in &mut plan.funnel.stages {
        long_name |= cut(&mut stage.name, MAX_STAGE_NAME);
    }
    note(long_name, Limit::StageName);
    note(cap(&mut plan.team.hires, MAX_HIRES), Limit::Hires);
    note(cap(&mut plan.scoring.cells, MAX_SCORE_CELLS), Limit::ScoreCells);
    let mut stage_list = cap(&mut plan.cycle.days_to_close, MAX_STAGES);
    stage_list |= cap(&mut plan.pipeline.open_value_by_stage, MAX_STAGES);
    stage_list |= cap(&mut plan.tracking.actuals, MAX_STAGES);
    stage_list |= cap(&mut plan.risk.stages, MAX_STAGES);
    if let Some(budget) = &mut plan.budget {
        stage_list |= cap(&mut budget.stage_costs, MAX_STAGES);
    }
    note(stage_list, Limit::StageList);
    if let Some(weights) = &mut plan.periods.seasonality {
        note(cap(weights, MONTHS), Limit::Seasonality);
    }
    over
}

/// Keeps at most `MAX_DRAFTS` drafts of at most `MAX_DRAFT_CHARS` characters each.
pub fn bound_drafts(drafts: &mut TextMap) -> Overflows {
    let mut over = Overflows::default();
    if drafts.len() > MAX_DRAFTS || drafts.iter().any(|(_, text)| text.chars().nth(MAX_DRAFT_CHARS).is_some())
    {
        let mut kept = TextMap::new();
        for (path, text) in drafts.iter().take(MAX_DRAFTS) {
            let mut text = text.clone();
            cut(&mut text, MAX_DRAFT_CHARS);
            kept.insert(path.clone(), text);
        }
        *drafts = kept;
        over.add(Limit::Drafts);
    }
    over
}

/// Whether `plan` is within every bound `bound_plan` applies (checked without copying it).
fn within(plan: &Plan) -> bool {
    let stage_lists = [
        plan.cycle.days_to_close.len(),
        plan.pipeline.open_value_by_stage.len(),
        plan.tracking.actuals.len(),
        plan.risk.stages.len(),
        plan.budget.as_ref().map_or(0, |b| b.stage_costs.len()),
    ];
    plan.funnel.stages.len() <= MAX_STAGES
        && plan.funnel.stages.iter().all(|s| s.name.chars().nth(MAX_STAGE_NAME).is_none())
        && plan.team.hires.len() <= MAX_HIRES
        && plan.scoring.cells.len() <= MAX_SCORE_CELLS
        && stage_lists.iter().all(|n| *n <= MAX_STAGES)
        && plan.periods.seasonality.as_ref().is_none_or(|w| w.len() <= MONTHS)
}

/// Bounds the plan and the drafts of `state` (scenarios are bounded when saved and loaded).
/// Cheap enough to run after every action: a pass over at most a few hundred short entries,
/// and the shared plan is copied only when it is out of bounds.
pub fn bound_state(state: &mut State) -> Overflows {
    let plan = if within(&state.plan) {
        Overflows::default()
    } else {
        bound_plan(std::rc::Rc::make_mut(&mut state.plan))
    };
    plan.union(bound_drafts(&mut state.drafts))
}

/// Bounds `state` after an action and says so in the notice, unless the notice stands for a
/// choice still to make (a link that could not be opened), which must stay on screen.
pub fn bound_and_tell(state: &mut State) {
    let overflows = bound_state(state);
    if !overflows.is_empty() && !state.notice.is_some_and(super::Notice::holds_saving) {
        state.notice = Some(super::Notice::Limited(overflows));
    }
}
