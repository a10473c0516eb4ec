//! Scenarios: save, rename, duplicate, delete, open, compare at most three.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::scenarios::ScenarioAction as S;
use funnel_planner::state::{Action, State, GOAL};

fn act(state: State, action: S) -> State {
    state.reduce(Action::Scenario(action))
}

fn names(state: &State) -> Vec<&str> {
    state.scenarios.list.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn saving_keeps_the_plan_and_opening_restores_it() {
    let state = act(State::new(Lang::En), S::Save("Base".into()));
    let state = state.reduce(Action::SetNumber { path: GOAL.into(), text: "250000".into() });
    let state = act(state, S::Save("Stretch".into()));
    assert_eq!(names(&state), ["Base", "Stretch"]);
    let opened = state.reduce(Action::OpenScenario(0));
    assert_eq!(opened.plan.goal, Decimal::from_int(100_000));
    assert_eq!(opened.text(GOAL), "100000");
}

#[test]
fn saving_under_an_existing_name_updates_it_and_blank_names_are_refused() {
    let state = act(act(State::new(Lang::En), S::Save(" Base ".into())), S::Save("Base".into()));
    let state = act(state, S::Save("   ".into()));
    assert_eq!(names(&state), ["Base"]);
}

#[test]
fn duplicate_gets_a_unique_name_and_rename_refuses_a_taken_one() {
    let state = act(act(State::new(Lang::Fr), S::Save("Base".into())), S::Duplicate(0));
    let state = act(state, S::Duplicate(0));
    assert_eq!(names(&state), ["Base", "Base (copie) 2", "Base (copie)"]);
    let state = act(state, S::Rename(1, "Base".into()));
    assert_eq!(names(&state)[1], "Base (copie) 2");
    let state = act(state, S::Rename(1, "Plan B".into()));
    assert_eq!(names(&state)[1], "Plan B");
}

#[test]
fn comparison_holds_at_most_three_and_follows_deletions() {
    let mut state = State::new(Lang::En);
    for name in ["A", "B", "C", "D"] {
        state = act(state, S::Save(name.into()));
    }
    for i in 0..4 {
        state = act(state, S::ToggleCompare(i));
    }
    assert_eq!(state.scenarios.compared, [0, 1, 2]);
    let state = act(state, S::Delete(0));
    assert_eq!(names(&state), ["B", "C", "D"]);
    assert_eq!(state.scenarios.compared, [0, 1]);
    let state = act(state, S::ToggleCompare(0));
    assert_eq!(state.scenarios.compared, [1]);
}

#[test]
fn comparison_flags_only_the_rows_that_differ() {
    use funnel_planner::state::compare::{rows, Figure, Value};
    let state = act(State::new(Lang::En), S::Save("Base".into()));
    let state = state.reduce(Action::SetNumber { path: GOAL.into(), text: "200000".into() });
    let state = act(act(state, S::Save("Double".into())), S::ToggleCompare(0));
    let state = act(state, S::ToggleCompare(1));
    let rows = rows(&state.scenarios);
    let row = |f: Figure| rows.iter().find(|r| r.figure == f).unwrap().clone();
    assert_eq!(row(Figure::Customers).values, [Value::Count(100), Value::Count(200)]);
    assert!(row(Figure::Customers).differs);
    assert_eq!(row(Figure::Stage("Lead".into())).values, [Value::Count(2_500), Value::Count(5_000)]);
    assert!(!row(Figure::DealSize).differs);
}

#[test]
fn comparison_shows_the_chance_of_reaching_the_goal_when_risk_is_on() {
    use funnel_planner::state::compare::{rows, Figure, Value};
    use funnel_planner::state::edits::Edit;
    let state = act(State::new(Lang::En), S::Save("Plain".into()));
    let state = act(state.reduce(Action::Edit(Edit::UseRisk(true))), S::Save("With risk".into()));
    let state = act(act(state, S::ToggleCompare(0)), S::ToggleCompare(1));
    let rows = rows(&state.scenarios);
    let chance = rows.iter().find(|r| r.figure == Figure::HitProbability).expect("a chance row");
    assert_eq!(chance.values[0], Value::Missing);
    // The saved plan's own chance, as the engine computes it for that plan.
    let p_hit = funnel_planner::engine::compute_with_risk(&state.plan).unwrap().risk.unwrap().p_hit;
    assert!(p_hit.is_positive() && p_hit < Decimal::ONE, "{p_hit}");
    assert_eq!(chance.values[1], Value::Percent(p_hit));
}
