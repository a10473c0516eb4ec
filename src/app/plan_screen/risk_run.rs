//! The one Monte-Carlo run of the app, shared through a context: the first screen's verdict
//! and the Risk section read the same simulation of the same plan, so they always agree and
//! the simulation runs once per plan change (after the runner's debounce), not once per reader.

use crate::app::sections::risk::runner::{use_risk, Simulated};
use crate::engine::risk::RiskReport;
use crate::state::{Outcome, State};
use std::rc::Rc;
use yew::prelude::*;

/// The latest simulation (`None` before the first run, with Risk off, or out of reach) and
/// whether a newer one is on its way.
#[derive(Clone, Debug, Default)]
pub struct RiskRun {
    pub risk: Option<Rc<RiskReport>>,
    pub pending: bool,
}

/// By the report's address: each run makes a new one, so an equal address is the same run,
/// and comparing two reports field by field (at every render of the first screen) is not
/// needed, nor its code in the main module.
impl PartialEq for RiskRun {
    fn eq(&self, other: &RiskRun) -> bool {
        let same = match (&self.risk, &other.risk) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same && self.pending == other.pending
    }
}

/// Simulates the last plan the engine accepted, while Risk is switched on in it: typing an
/// invalid value keeps the last answer.
#[hook]
pub fn use_plan_risk(state: &State, outcome: &Outcome) -> RiskRun {
    let enabled = state.plan.risk.enabled && state.last_valid.risk.enabled;
    let plan =
        outcome.report.clone().filter(|_| enabled).map(|report| Simulated(state.last_valid.clone(), report));
    let (risk, pending) = use_risk(plan);
    RiskRun { risk: risk.filter(|_| enabled), pending }
}
