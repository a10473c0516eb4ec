//! Scenario comparison (`state::compare::rows`) beyond `state_scenarios.rs`: the goal and deal
//! size rows are read from each saved plan itself, so they show even for a plan that does not
//! compute, while the engine's figures show as missing for it. Added for issue 16 (mutation
//! testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::compare::{rows, Figure, Row, Value};
use funnel_planner::state::scenarios::ScenarioAction as S;
use funnel_planner::state::{Action, State, DEAL_SIZE, GOAL};

fn act(state: State, action: S) -> State {
    state.reduce(Action::Scenario(action))
}

fn typed(state: State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

/// The rows comparing the two saved scenarios of `state`.
fn compared(state: State) -> Vec<Row> {
    let state = act(act(state, S::ToggleCompare(0)), S::ToggleCompare(1));
    rows(&state.scenarios)
}

fn row(rows: &[Row], figure: Figure) -> Row {
    rows.iter().find(|r| r.figure == figure).unwrap_or_else(|| panic!("{figure:?}")).clone()
}

#[test]
fn goal_and_deal_size_rows_show_each_plans_own_values() {
    // Base: 100 000 at 1 000 a deal; the other: 200 000 at 1 500.
    let state = act(State::new(Lang::En), S::Save("Base".into()));
    let state = typed(typed(state, GOAL, "200000"), DEAL_SIZE, "1500");
    let rows = compared(act(state, S::Save("Bigger".into())));
    let money = |n| Value::Money(Decimal::from_int(n));
    let goal = row(&rows, Figure::Goal);
    assert_eq!(goal.values, [money(100_000), money(200_000)]);
    assert!(goal.differs);
    let deal = row(&rows, Figure::DealSize);
    assert_eq!(deal.values, [money(1_000), money(1_500)]);
    assert!(deal.differs);
    // 200 000 / 1 500 = 133.3…, so 134 customers.
    assert_eq!(row(&rows, Figure::Customers).values, [Value::Count(100), Value::Count(134)]);
}

#[test]
fn a_plan_that_does_not_compute_still_shows_its_goal_and_deal_size() {
    // A 0 % overall rate is refused by the engine; the goal typed before still counts.
    let state = act(State::new(Lang::En), S::Save("Base".into()));
    let state = typed(state, GOAL, "300000");
    let state = state.reduce(Action::Edit(funnel_planner::state::edits::Edit::SetFunnelMode(
        funnel_planner::engine::funnel::FunnelMode::Simple,
    )));
    let state = typed(state, funnel_planner::state::RATE, "0");
    assert!(funnel_planner::engine::compute(&state.plan).is_err());
    let rows = compared(act(state, S::Save("Broken".into())));
    let money = |n| Value::Money(Decimal::from_int(n));
    assert_eq!(row(&rows, Figure::Goal).values, [money(100_000), money(300_000)]);
    assert_eq!(row(&rows, Figure::DealSize).values, [money(1_000), money(1_000)]);
    assert!(!row(&rows, Figure::DealSize).differs);
    assert_eq!(row(&rows, Figure::Customers).values, [Value::Count(100), Value::Missing]);
}
