//! Structural edits (`state::edits`) beyond `state_reducer.rs`: text typed in a row keyed by a
//! stage or hire index is dropped exactly when that index shifts (never by an unrelated edit,
//! always by one that moves rows, even while invalid), and the stage list's edges (the 200-stage
//! cap, a removal one past the end) change nothing. Added for issue 16 (mutation testing of
//! `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{Stage, Team, MAX_STAGES};
use funnel_planner::engine::{Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::{Action, State};

fn type_in(state: State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

fn edit(state: &State, edit: Edit) -> State {
    state.reduce(Action::Edit(edit))
}

#[test]
fn an_edit_that_moves_no_row_keeps_invalid_text_in_stage_and_hire_rows() {
    let state = edit(&State::new(Lang::En), Edit::AddHire);
    let state = type_in(type_in(state, "funnel.stages.1.rate", "4o"), "team.hires.0.count", "2x");
    for other in [Edit::UseTracking(true), Edit::SetStageTeam(0, Team::Sales), Edit::AddHire] {
        let next = edit(&state, other.clone());
        assert_eq!(next.text("funnel.stages.1.rate"), "4o", "{other:?}");
        assert_eq!(next.text("team.hires.0.count"), "2x", "{other:?}");
    }
}

#[test]
fn removing_or_moving_a_stage_drops_invalid_text_typed_in_stage_rows() {
    // Typed in the Opportunity row (index 4); after the move its text would sit in a row
    // that is no longer the one it was typed in.
    let state = type_in(State::new(Lang::En), "funnel.stages.4.rate", "4o");
    let removed = edit(&state, Edit::RemoveStage(0));
    assert!(removed.drafts.is_empty());
    // Opportunity → Customer (40 %) is now row 3; row 4 is Customer's own 100 %.
    assert_eq!(removed.text("funnel.stages.3.rate"), "40");
    assert_eq!(removed.text("funnel.stages.4.rate"), "100");
    let moved = edit(&state, Edit::MoveStage { from: 0, to: 1 });
    assert!(moved.drafts.is_empty());
    let added = edit(&state, Edit::AddStage { index: 0, name: "Ad".into() });
    assert!(added.drafts.is_empty());
}

#[test]
fn removing_the_stage_one_past_the_end_changes_nothing() {
    // The default funnel has 6 stages (0–5): index 6 is past the end.
    let state = State::new(Lang::En);
    let next = edit(&state, Edit::RemoveStage(6));
    assert_eq!(next.plan.funnel.stages.len(), 6);
    assert!(next.plan == state.plan);
}

#[test]
fn a_funnel_at_200_stages_takes_no_more() {
    let stage = |i: usize| Stage { name: format!("S{i}"), team: Team::Sales, rate: Decimal::ONE };
    let mut plan = Plan::default();
    plan.funnel.stages = (0..MAX_STAGES).map(stage).collect();
    assert_eq!(MAX_STAGES, 200);
    let state = State::with_plan(Lang::En, plan);
    let next = edit(&state, Edit::AddStage { index: 0, name: "One more".into() });
    assert_eq!(next.plan.funnel.stages.len(), 200);
    assert_eq!(next.plan.funnel.stages[0].name, "S0");
    assert_eq!(next.plan.funnel.stages[199].name, "S199");
    assert_eq!(next.notice, None);
    // One fewer, and the stage goes in.
    let fewer = edit(&next, Edit::RemoveStage(199));
    let added = edit(&fewer, Edit::AddStage { index: 0, name: "One more".into() });
    assert_eq!(added.plan.funnel.stages.len(), 200);
    assert_eq!(added.plan.funnel.stages[0].name, "One more");
}

#[test]
fn the_last_two_stages_cannot_be_removed() {
    let mut two = State::new(Lang::En);
    for _ in 0..4 {
        two = edit(&two, Edit::RemoveStage(0));
    }
    let names: Vec<_> = two.plan.funnel.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Opportunity", "Customer"]);
    assert!(edit(&two, Edit::RemoveStage(0)).plan == two.plan);
    assert!(edit(&two, Edit::RemoveStage(1)).plan == two.plan);
}

#[test]
fn the_handover_stays_on_its_stage_when_an_earlier_one_goes() {
    // Marketing hands over at MQL (index 2 of Visitor, Lead, MQL, SQL, Opportunity, Customer).
    let state = State::new(Lang::En);
    assert_eq!(state.plan.sla.handover_stage, Some(2));
    // Visitor goes: MQL is now index 1.
    assert_eq!(edit(&state, Edit::RemoveStage(0)).plan.sla.handover_stage, Some(1));
    // A later stage goes: MQL stays at 2.
    assert_eq!(edit(&state, Edit::RemoveStage(4)).plan.sla.handover_stage, Some(2));
    // Handing over at the last stage (Customer, 5) and removing it: the new last stage (4).
    let last = edit(&state, Edit::SetHandoverStage(5));
    assert_eq!(edit(&last, Edit::RemoveStage(5)).plan.sla.handover_stage, Some(4));
}

#[test]
fn removing_the_handover_stage_hands_over_at_the_stage_that_takes_its_place() {
    // MQL (2) goes: SQL moves into index 2 and receives the handover.
    let state = edit(&State::new(Lang::En), Edit::RemoveStage(2));
    assert_eq!(state.plan.sla.handover_stage, Some(2));
    assert_eq!(state.plan.funnel.stages[2].name, "SQL");
}

#[test]
fn moves_and_removals_out_of_range_change_nothing() {
    // 6 stages (0–5) and one hire (0): index 6 and hire 1 are one past the end.
    let state = edit(&State::new(Lang::En), Edit::AddHire);
    for out in [
        Edit::MoveStage { from: 6, to: 0 },
        Edit::MoveStage { from: 0, to: 6 },
        Edit::MoveStage { from: 2, to: 2 },
        Edit::RemoveHire(1),
    ] {
        assert!(edit(&state, out.clone()).plan == state.plan, "{out:?}");
    }
    assert!(edit(&state, Edit::RemoveHire(0)).plan.team.hires.is_empty());
    // The last stage moves to the front.
    let moved = edit(&state, Edit::MoveStage { from: 5, to: 0 });
    assert_eq!(moved.plan.funnel.stages[0].name, "Customer");
}
