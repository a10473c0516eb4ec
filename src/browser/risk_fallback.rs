//! The Monte-Carlo on the main thread, for where the risk worker cannot run (a page opened
//! from file://, a policy forbidding workers, a worker that does not load). Rare, so in the
//! split build its code is a part of its own, fetched the first time it is needed (README
//! "Where the bytes go"); everywhere else it runs at once.

use crate::engine::risk::RiskReport;
use crate::engine::{Plan, PlanReport};
use std::rc::Rc;

/// The simulation, as the part hands it over.
type Simulate = fn(&Plan, &PlanReport) -> Option<RiskReport>;

/// Simulates `plan` here and calls `done` with the result (`None` also when the part could
/// not be loaded: the view then shows no chance, as for a plan too large to simulate).
pub fn simulate(plan: Rc<Plan>, report: Rc<PlanReport>, done: impl FnOnce(Option<RiskReport>) + 'static) {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    wasm_bindgen_futures::spawn_local(async move {
        done(split::simulator().await.ok().and_then(|simulate| simulate(&plan, &report)));
    });
    #[cfg(not(all(target_arch = "wasm32", feature = "split")))]
    done(simulator()(&plan, &report));
}

fn simulator() -> Simulate {
    crate::engine::simulate_risk
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod split {
    use super::Simulate;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    #[wasm_split(risk_fallback, fallible)]
    pub fn simulator() -> Result<Simulate, SplitLoaderError> {
        Ok(super::simulator())
    }
}
