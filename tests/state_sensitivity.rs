//! The sensitivity settings are editable plan fields: the lift as a percentage, the unit cost
//! optional, and the engine prices the volume saved once a cost is given.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::{Action, State};

#[test]
fn lift_and_unit_cost_are_typed_and_priced() {
    let state = State::new(Lang::Fr)
        .reduce(Action::SetNumber { path: "sensitivity.lift".into(), text: "20 %".into() })
        .reduce(Action::SetNumber { path: "sensitivity.cost_per_top_unit".into(), text: "0,5 €".into() });
    assert_eq!(state.plan.sensitivity.lift, "0.2".parse::<Decimal>().unwrap());
    let report = state.outcome().report.clone().unwrap();
    let top = &report.sensitivity.entries[0];
    let saved = top.upside.saved.unwrap();
    assert!(saved > 0);
    assert_eq!(
        top.upside.saved_budget,
        Some(funnel_planner::engine::Decimal::from_int(saved).checked_div("2".parse().unwrap()).unwrap())
    );
    let cleared =
        state.reduce(Action::SetNumber { path: "sensitivity.cost_per_top_unit".into(), text: "".into() });
    assert_eq!(cleared.plan.sensitivity.cost_per_top_unit, None);
}
