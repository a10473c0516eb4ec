//! The lists aligned with the funnel's stages, named by their path: a stage insert, removal or
//! move applies to each of them (the registry's `List::Stages` fields live in these lists).

use crate::engine::Plan;

/// A list aligned with the funnel stages (possibly shorter than the funnel).
pub trait StageAligned {
    fn insert_at(&mut self, at: usize);
    fn remove_at(&mut self, at: usize);
    fn move_item(&mut self, from: usize, to: usize);
}

impl<T: Default> StageAligned for Vec<T> {
    fn insert_at(&mut self, at: usize) {
        if at <= self.len() && !self.is_empty() {
            self.insert(at, T::default());
        }
    }
    fn remove_at(&mut self, at: usize) {
        if at < self.len() {
            self.remove(at);
        }
    }
    fn move_item(&mut self, from: usize, to: usize) {
        let needed = from.max(to) + 1;
        if self.is_empty() {
            return;
        }
        while self.len() < needed {
            self.push(T::default());
        }
        let item = self.remove(from);
        self.insert(to, item);
    }
}

/// A stage-aligned list's path and access (`None` while its optional section is off).
pub type StageList = (&'static str, fn(&mut Plan) -> Option<&mut dyn StageAligned>);

/// Every list that follows the stages, besides `funnel.stages` itself.
pub const STAGE_LISTS: [StageList; 5] = [
    ("cycle.days_to_close", |p| Some(&mut p.cycle.days_to_close)),
    ("pipeline.open_value_by_stage", |p| Some(&mut p.pipeline.open_value_by_stage)),
    ("tracking.actuals", |p| Some(&mut p.tracking.actuals)),
    ("risk.stages", |p| Some(&mut p.risk.stages)),
    ("budget.stage_costs", |p| p.budget.as_mut().map(|b| &mut b.stage_costs as &mut dyn StageAligned)),
];

/// Each source's lists aligned with the stages (the registry's `List::SourceStages` fields).
pub const SOURCE_STAGE_LISTS: [&str; 3] = ["rates", "stage_costs", "days_to_close"];

/// Applies `f` to every stage-aligned list the plan holds, each source's included.
pub fn for_each_stage_list(plan: &mut Plan, f: impl Fn(&mut dyn StageAligned)) {
    for (_, list) in STAGE_LISTS {
        if let Some(list) = list(plan) {
            f(list);
        }
    }
    // Recorded months and weeks hold a stage-aligned list per period (and per source).
    let actuals = &mut plan.actuals;
    for period in actuals.months.iter_mut().chain(actuals.weeks.iter_mut()) {
        f(&mut period.stages);
        for source in &mut period.by_source {
            f(&mut source.stages);
        }
    }
    for source in &mut plan.sources {
        f(&mut source.rates);
        f(&mut source.stage_costs);
        f(&mut source.days_to_close);
    }
}
