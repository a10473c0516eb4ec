//! Lead-source edits (`state::edits_sources`) beyond `state_sources.rs`: the 30-source cap,
//! the first source named when a second arrives, removals and moves at the list's edges, and
//! the typed counts recorded under a source's name following its rename. Added for issue 16
//! (mutation testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::sources::{GoalShare, MAX_SOURCES};
use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::{Edit, SourceEdit};
use funnel_planner::state::{Action, State};

fn edit(state: &State, edit: SourceEdit) -> State {
    state.reduce(Action::Edit(Edit::Source(edit)))
}

fn add(state: &State, name: &str) -> State {
    edit(state, SourceEdit::Add { name: name.into(), first: "All leads".into() })
}

fn names(state: &State) -> Vec<&str> {
    state.plan.sources.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn a_second_source_names_the_unnamed_first_and_starts_at_zero_percent() {
    let state = add(&State::new(Lang::En), "Events");
    assert_eq!(names(&state), ["All leads", "Events"]);
    assert_eq!(state.plan.sources[1].share, GoalShare::Share(Decimal::ZERO));
    // A first source already named keeps its name; a third does not rename anything.
    let named = edit(&State::new(Lang::En), SourceEdit::Rename(0, "Inbound".into()));
    assert_eq!(names(&add(&named, "Events")), ["Inbound", "Events"]);
    assert_eq!(names(&add(&state, "Partners")), ["All leads", "Events", "Partners"]);
}

#[test]
fn the_source_list_stops_at_thirty() {
    assert_eq!(MAX_SOURCES, 30);
    let mut state = State::new(Lang::En);
    for i in 1..30 {
        state = add(&state, &format!("S{i}"));
    }
    assert_eq!(state.plan.sources.len(), 30);
    let full = add(&state, "One more");
    assert!(full.plan == state.plan);
}

#[test]
fn removals_and_moves_past_the_end_change_nothing() {
    // Three sources (0–2): index 3 is one past the end.
    let state = add(&add(&State::new(Lang::En), "B"), "C");
    for out in [
        SourceEdit::Remove(3),
        SourceEdit::Move { from: 3, to: 0 },
        SourceEdit::Move { from: 0, to: 3 },
        SourceEdit::Move { from: 1, to: 1 },
    ] {
        assert!(edit(&state, out.clone()).plan == state.plan, "{out:?}");
    }
    assert_eq!(names(&edit(&state, SourceEdit::Remove(2))), ["All leads", "B"]);
    assert_eq!(names(&edit(&state, SourceEdit::Move { from: 2, to: 0 })), ["C", "All leads", "B"]);
}

#[test]
fn with_two_sources_left_on_shares_neither_takes_the_whole_goal() {
    // Only when one source is left does it take 100 %.
    let state = add(&add(&State::new(Lang::En), "B"), "C");
    let two = edit(&state, SourceEdit::Remove(0));
    assert_eq!(two.plan.sources[0].share, GoalShare::Share(Decimal::ZERO));
    assert_eq!(two.plan.sources[1].share, GoalShare::Share(Decimal::ZERO));
    let one = edit(&two, SourceEdit::Remove(0));
    assert_eq!(one.plan.sources[0].share, GoalShare::Share(Decimal::ONE));
}

#[test]
fn adopting_the_cheapest_mix_drops_text_typed_in_source_rows_only() {
    // Two costed sources splitting the goal 60 / 40, outbound leads costing more.
    let typed = |s: State, path: &str, text: &str| {
        s.reduce(Action::SetNumber { path: path.into(), text: text.into() })
    };
    let state = add(&State::new(Lang::En), "Outbound");
    let state = typed(state, "sources.0.share.share", "60 %");
    let state = typed(state, "sources.1.share.share", "40 %");
    let state = typed(state, "sources.0.cost_per_lead", "20");
    let state = typed(state, "sources.1.cost_per_lead", "90");
    let state = typed(typed(state, "sources.1.deal_size", "oops"), "team.reps", "2x");
    assert!(state.outcome().report.as_ref().and_then(|r| r.sources.mix.as_ref()).is_some());
    let adopted = state.reduce(Action::AdoptMix);
    assert!(adopted.plan.sources != state.plan.sources, "the shares changed");
    assert_eq!(adopted.drafts.get("sources.1.deal_size"), None);
    assert_eq!(adopted.text("team.reps"), "2x");
}
