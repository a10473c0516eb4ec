//! How states and outcomes compare since the outcome stopped being compared field by field
//! (issue 15, 2026-11-26): a state by its inputs and its outcome's shape, an outcome by its
//! report's address. The view re-renders on "different", so a false "equal" would freeze it.

use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::{Action, State, GOAL};
use std::rc::Rc;

fn set_goal(state: &State, goal: i64) -> State {
    state.reduce(Action::SetValue { path: GOAL.into(), value: Decimal::from_int(goal) })
}

#[test]
fn an_outcome_is_its_report_by_address() {
    let a = State::new(Lang::En);
    let b = State::new(Lang::En);
    // The same figures from two engine runs: two reports, two addresses.
    assert_eq!(
        a.outcome().report.as_ref().map(|r| r.customers),
        b.outcome().report.as_ref().map(|r| r.customers)
    );
    assert!(a.outcome() != b.outcome());
    // A copy shares the report: equal.
    assert!(**a.outcome() == (**a.outcome()).clone());
    // Yet the states are equal: the report is the last valid plan's, which they share in value.
    assert!(a == b);
}

#[test]
fn a_changed_goal_changes_the_outcome_and_the_state() {
    let a = State::new(Lang::En);
    let b = set_goal(&a, 250_000);
    assert!(!Rc::ptr_eq(a.outcome(), b.outcome()));
    assert!(a.outcome() != b.outcome());
    assert!(a != b);
    // Back to the same goal: equal states, though the outcome is a new one.
    let back = set_goal(&b, 100_000);
    assert!(back == a);
    assert!(back.outcome() != a.outcome());
}

#[test]
fn a_bad_entry_changes_the_outcome_but_keeps_its_report() {
    let a = State::new(Lang::En);
    let bad = a.reduce(Action::SetNumber { path: GOAL.into(), text: "abc".into() });
    assert!(bad.outcome().stale);
    // The same report shown, marked stale: different outcomes.
    assert!(Rc::ptr_eq(a.outcome().report.as_ref().unwrap(), bad.outcome().report.as_ref().unwrap()));
    assert!(a.outcome() != bad.outcome());
    assert!(a != bad);
}
