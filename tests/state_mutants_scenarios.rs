//! Saved scenarios (`state::scenarios`) at their edges, beyond `state_scenarios.rs`: the list
//! stops at 50 (saving and duplicating), a duplicate shifts the picked comparisons after it,
//! names are trimmed, cleaned of control characters and cut to 80 characters, a rename to its
//! own name is kept, and indices past the end change nothing. Added for issue 16 (mutation
//! testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{Decimal, Plan};
use funnel_planner::state::scenarios::{ScenarioAction as S, Scenarios, MAX_COMPARED, MAX_SCENARIOS};

fn with(names: &[&str]) -> Scenarios {
    let mut list = Scenarios::default();
    for name in names {
        list.apply(S::Save((*name).into()), &Plan::default(), "(copy)");
    }
    list
}

fn names(list: &Scenarios) -> Vec<&str> {
    list.list.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn the_list_stops_at_fifty_for_saving_and_duplicating() {
    assert_eq!((MAX_SCENARIOS, MAX_COMPARED), (50, 3));
    let mut list = Scenarios::default();
    for i in 0..49 {
        list.apply(S::Save(format!("S{i}")), &Plan::default(), "(copy)");
    }
    assert_eq!(list.list.len(), 49);
    // The 50th goes in, by a duplicate.
    list.apply(S::Duplicate(0), &Plan::default(), "(copy)");
    assert_eq!(list.list.len(), 50);
    assert_eq!(list.list[1].name, "S0 (copy)");
    let full = list.clone();
    list.apply(S::Save("One more".into()), &Plan::default(), "(copy)");
    list.apply(S::Duplicate(3), &Plan::default(), "(copy)");
    assert_eq!(list, full);
    // Saving under a name already there still updates it.
    let plan = Plan { goal: Decimal::from_int(5), ..Plan::default() };
    list.apply(S::Save("S7".into()), &plan, "(copy)");
    assert_eq!(list.list.iter().find(|s| s.name == "S7").map(|s| s.plan.goal), Some(Decimal::from_int(5)));
}

#[test]
fn a_duplicate_shifts_the_comparisons_picked_after_it() {
    let mut list = with(&["A", "B", "C"]);
    for i in [0, 1, 2] {
        list.apply(S::ToggleCompare(i), &Plan::default(), "(copy)");
    }
    // B's copy goes in at 2: C moves to 3; A and B stay.
    list.apply(S::Duplicate(1), &Plan::default(), "(copy)");
    assert_eq!(names(&list), ["A", "B", "B (copy)", "C"]);
    assert_eq!(list.compared, [0, 1, 3]);
    // Copies of one scenario are numbered on: (copy), (copy) 2, (copy) 3.
    let mut list = with(&["A"]);
    for _ in 0..3 {
        list.apply(S::Duplicate(0), &Plan::default(), "(copy)");
    }
    assert_eq!(names(&list), ["A", "A (copy) 3", "A (copy) 2", "A (copy)"]);
}

#[test]
fn names_are_trimmed_cleaned_and_cut_to_eighty_characters() {
    let mut list = with(&["  Q1\tplan\n "]);
    assert_eq!(names(&list), ["Q1plan"]);
    let long = "é".repeat(81);
    list.apply(S::Rename(0, long), &Plan::default(), "(copy)");
    assert_eq!(list.list[0].name, "é".repeat(80));
    // Renaming a scenario to its own name keeps it (it is not taken by another).
    let mut list = with(&["A", "B"]);
    list.apply(S::Rename(1, " B ".into()), &Plan::default(), "(copy)");
    assert_eq!(names(&list), ["A", "B"]);
}

#[test]
fn indices_past_the_end_change_nothing() {
    let mut list = with(&["A", "B"]);
    let before = list.clone();
    for action in [S::Rename(2, "C".into()), S::Duplicate(2), S::Delete(2), S::ToggleCompare(2)] {
        list.apply(action.clone(), &Plan::default(), "(copy)");
        assert_eq!(list, before, "{action:?}");
    }
    list.apply(S::ToggleCompare(1), &Plan::default(), "(copy)");
    assert_eq!(list.compared, [1]);
    list.apply(S::Delete(1), &Plan::default(), "(copy)");
    assert_eq!((names(&list), list.compared.clone()), (vec!["A"], vec![]));
}
