//! Runs the Monte-Carlo off the input path: 150 ms after the plan last changed, in a task of
//! its own, and only for the latest plan (older tasks see a newer generation and stop). It
//! simulates in a Web Worker (`browser::risk_worker`; the main thread when workers are
//! unavailable, from the report the reducer already computed), so typing never waits for it.

use crate::engine::risk::RiskReport;
use crate::engine::{Plan, PlanReport};
use std::rc::Rc;
use std::time::Duration;
use yew::platform::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;

/// Quiet time after the last change before simulating: typing "2500" runs once, not four times.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// The plan to simulate and its report (the last valid plan's). Compared by the plan's value
/// and the report's address: the reducer makes a new report only when the engine ran on a
/// changed plan, and comparing two reports field by field cost every render with Risk on a
/// walk through both, and the main module 10 KB of code.
#[derive(Clone)]
pub struct Simulated(pub Rc<Plan>, pub Rc<PlanReport>);

impl PartialEq for Simulated {
    fn eq(&self, other: &Simulated) -> bool {
        Rc::ptr_eq(&self.1, &other.1) && (Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0)
    }
}

/// The latest risk report for `plan` (`None` before the first run or when out of reach) and
/// whether a newer run is on its way.
#[hook]
pub fn use_risk(plan: Option<Simulated>) -> (Option<Rc<RiskReport>>, bool) {
    let done = use_state(|| None::<(Rc<Plan>, Option<Rc<RiskReport>>)>);
    let generation = use_mut_ref(|| 0u64);
    {
        let done = done.clone();
        let generation = generation.clone();
        use_effect_with(plan.clone(), move |plan| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if let Some(Simulated(plan, report)) = plan.clone() {
                spawn_local(async move {
                    sleep(DEBOUNCE).await;
                    if *generation.borrow() != mine {
                        return;
                    }
                    let ran = plan.clone();
                    crate::browser::risk_worker::simulate(plan, report, move |risk| {
                        if *generation.borrow() == mine {
                            done.set(Some((ran, risk.map(Rc::new))));
                        }
                    });
                });
            }
        });
    }
    let pending = match (&*done, &plan) {
        (Some((ran, _)), Some(Simulated(now, _))) => ran != now,
        (None, Some(_)) => true,
        _ => false,
    };
    (done.as_ref().and_then(|(_, r)| r.clone()), pending)
}
