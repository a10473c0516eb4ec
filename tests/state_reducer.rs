//! The reducer: typing updates results, bad input keeps the last result marked stale.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::Reason;
use funnel_planner::i18n::Lang;
use funnel_planner::state::{Action, State, GOAL, RATE};

#[test]
fn default_state_shows_seed_003_plan() {
    let outcome = State::new(Lang::En).outcome();
    let report = outcome.report.unwrap();
    assert!(!outcome.stale);
    assert_eq!((report.customers, report.volume_of("lead")), (100, Some(2_500)));
}

#[test]
fn typing_french_numbers_updates_the_result() {
    let state =
        State::new(Lang::Fr).reduce(Action::SetGoal("10 000 €".into())).reduce(Action::SetRate("2 %".into()));
    let report = state.outcome().report.unwrap();
    assert_eq!((report.customers, report.volume_of("lead")), (10, Some(500)));
}

#[test]
fn a_bad_entry_keeps_the_last_valid_result_and_marks_it_stale() {
    let state =
        State::new(Lang::En).reduce(Action::SetGoal("10000".into())).reduce(Action::SetRate("0".into()));
    let outcome = state.outcome();
    assert!(outcome.stale);
    assert_eq!(outcome.report.unwrap().customers, 10);
    assert_eq!(state.error_for(&outcome.errors, RATE), Some(Reason::MustBePositive));
    assert_eq!(state.rate, "0", "what the user typed is kept");
}

#[test]
fn empty_and_non_numeric_fields_are_reported_together() {
    let state = State::new(Lang::En).reduce(Action::SetGoal("".into())).reduce(Action::SetRate("abc".into()));
    let outcome = state.outcome();
    assert_eq!(state.error_for(&outcome.errors, GOAL), Some(Reason::Required));
    assert_eq!(state.error_for(&outcome.errors, RATE), Some(Reason::NotANumber));
}

#[test]
fn switching_language_rewrites_valid_numbers_in_the_new_notation() {
    let state = State::new(Lang::En).reduce(Action::SetRate("4.5".into())).reduce(Action::SetLang(Lang::Fr));
    assert_eq!(state.rate, "4,5");
    assert!(!state.outcome().stale);
}
