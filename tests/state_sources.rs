//! The reducer on lead sources: adding, removing, moving and editing sources, their typed
//! figures through the registry, per-source stage lists following the stages, drafts keyed by
//! source index, and adopting the cheapest mix with undo.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::sources::{GoalShare, Owner};
use funnel_planner::engine::{adopt_mix, Reason};
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::{Edit, SourceEdit};
use funnel_planner::state::{Action, Notice, State};
use support::d;

fn type_in(state: State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

fn edit(state: State, edit: SourceEdit) -> State {
    state.reduce(Action::Edit(Edit::Source(edit)))
}

fn add(state: State, name: &str) -> State {
    edit(state, SourceEdit::Add { name: name.into(), first: "Source 1".into() })
}

/// Two costed sources splitting the default plan's goal 60 / 40; outbound leads cost more.
fn two_sources() -> State {
    let state = add(State::new(Lang::En), "Outbound");
    let state = edit(state, SourceEdit::Rename(0, "Inbound".into()));
    let state = edit(state, SourceEdit::SetOwner(1, Owner::SalesOutbound));
    let state = type_in(state, "sources.0.share.share", "60 %");
    let state = type_in(state, "sources.1.share.share", "40 %");
    let state = type_in(state, "sources.0.cost_per_lead", "20");
    type_in(state, "sources.1.cost_per_lead", "90")
}

#[test]
fn adding_a_source_at_zero_percent_leaves_every_figure_as_it_was() {
    let before = State::new(Lang::En);
    let after = add(before.clone(), "Outbound");
    assert_eq!(after.plan.sources.len(), 2);
    assert_eq!(after.plan.sources[1].share, GoalShare::Share(d("0")));
    assert_eq!(after.plan.sources[0].name, "Source 1", "beside another, it is no longer all sources");
    let third = add(edit(after.clone(), SourceEdit::Rename(0, "Inbound".into())), "Events");
    assert_eq!(third.plan.sources[0].name, "Inbound", "a name given stays");
    let (a, b) = (before.outcome().report.clone().unwrap(), after.outcome().report.clone().unwrap());
    assert_eq!((a.customers, &a.stages), (b.customers, &b.stages));
    assert_eq!(b.sources.sources.len(), 2);
    assert_eq!(b.sources.sources[1].customers, 0);
}

#[test]
fn shares_that_do_not_add_up_to_a_hundred_are_an_error_on_the_list() {
    let state = type_in(add(State::new(Lang::En), "Outbound"), "sources.1.share.share", "30 %");
    let outcome = state.outcome().clone();
    assert!(outcome.stale);
    assert_eq!(outcome.error_at("sources"), Some(Reason::SharesNotHundred));
    let fixed = type_in(state, "sources.0.share.share", "70 %");
    assert!(!fixed.outcome().stale);
    let report = fixed.outcome().report.clone().unwrap();
    let goals: Vec<_> = report.sources.sources.iter().map(|s| s.goal).collect();
    assert_eq!(goals[0].checked_add(goals[1]), Some(d("100000")));
}

#[test]
fn switching_to_a_fixed_amount_types_money_and_must_reach_the_goal() {
    let state = add(State::new(Lang::En), "Partners");
    let state = edit(state, SourceEdit::SetShare(1, GoalShare::Amount(d("20000"))));
    assert_eq!(state.text("sources.1.share.amount"), "20000");
    assert_eq!(state.text("sources.1.share.share"), "", "no share while it is an amount");
    let report = state.outcome().report.clone().unwrap();
    assert_eq!(report.sources.sources[1].goal, d("20000"));
    assert_eq!(report.sources.sources[0].goal, d("80000"), "the share takes what the amount leaves");
    let all_amounts = edit(state, SourceEdit::SetShare(0, GoalShare::Amount(d("10000"))));
    assert_eq!(all_amounts.outcome().error_at("sources"), Some(Reason::AmountsNotGoal));
}

#[test]
fn a_source_of_its_own_rate_and_cost_changes_its_figures_and_the_totals() {
    let state = two_sources();
    let before = state.outcome().report.clone().unwrap();
    let cheaper = type_in(state, "sources.1.rates.1", "5 %");
    assert!(!cheaper.outcome().stale, "{:?}", cheaper.outcome().errors);
    let after = cheaper.outcome().report.clone().unwrap();
    assert_eq!(cheaper.plan.sources[1].rates, vec![None, Some(d("0.05"))]);
    assert!(after.sources.sources[1].stages[0].volume > before.sources.sources[1].stages[0].volume);
    assert_eq!(
        after.sources.sources[0].stages, before.sources.sources[0].stages,
        "the other source keeps its own"
    );
    let top: u64 = after.sources.sources.iter().map(|s| s.stages[0].volume).sum();
    assert_eq!(after.stages[0].volume, top, "the total is the sum of the sources");
    assert!(after.sources.total_cost > before.sources.total_cost);
}

#[test]
fn a_stage_inserted_or_moved_moves_each_sources_stage_overrides_with_it() {
    let state = type_in(two_sources(), "sources.1.rates.2", "40 %");
    let state = type_in(state, "sources.1.days_to_close.2", "45");
    let inserted = state.reduce(Action::Edit(Edit::AddStage { index: 1, name: "New".into() }));
    assert_eq!(inserted.plan.sources[1].rates[3], Some(d("0.4")));
    assert_eq!(inserted.plan.sources[1].days_to_close[3], Some(d("45")));
    let moved = inserted.reduce(Action::Edit(Edit::MoveStage { from: 3, to: 2 }));
    assert_eq!(moved.plan.sources[1].rates[2], Some(d("0.4")));
    let removed = moved.reduce(Action::Edit(Edit::RemoveStage(0)));
    assert_eq!(removed.plan.sources[1].rates, vec![None, Some(d("0.4")), None]);
}

#[test]
fn moving_or_removing_a_source_drops_the_drafts_keyed_by_its_index() {
    let state = type_in(two_sources(), "sources.1.deal_size", "oops");
    assert!(state.drafts.get("sources.1.deal_size").is_some());
    let moved = edit(state.clone(), SourceEdit::Move { from: 1, to: 0 });
    assert_eq!(moved.plan.sources[0].name, "Outbound");
    assert!(moved.drafts.get("sources.1.deal_size").is_none(), "the draft belonged to the other row");
    let renamed = edit(state, SourceEdit::Rename(1, "Cold calls".into()));
    assert!(renamed.drafts.get("sources.1.deal_size").is_some(), "a rename shifts nothing");
}

#[test]
fn removing_back_to_one_source_gives_the_original_figures() {
    let original = State::new(Lang::En);
    let state = type_in(two_sources(), "sources.1.rates.0", "30 %");
    assert_ne!(
        state.outcome().report.as_ref().unwrap().stages,
        original.outcome().report.as_ref().unwrap().stages
    );
    let back = edit(state, SourceEdit::Remove(1));
    assert_eq!(back.plan.sources.len(), 1);
    assert_eq!(back.plan.sources[0].share, GoalShare::Share(d("1")), "one source takes the whole goal");
    let back = type_in(back, "sources.0.cost_per_lead", "");
    let (a, b) = (original.outcome().report.clone().unwrap(), back.outcome().report.clone().unwrap());
    assert_eq!((a.customers, &a.stages), (b.customers, &b.stages));
    assert!(a.breakdowns == b.breakdowns && a.timing == b.timing, "the same periods");
    let last = edit(back, SourceEdit::Remove(0));
    assert_eq!(last.plan.sources.len(), 1, "the last source stays");
}

#[test]
fn adopting_the_cheapest_mix_is_the_engines_mix_and_can_be_undone() {
    let state = two_sources();
    let mix = state.outcome().report.clone().unwrap().sources.mix.clone().expect("two costed sources");
    assert!(mix.saving > d("0"), "inbound is cheaper: {mix:?}");
    let runs = state.engine_runs();
    let adopted = state.reduce(Action::AdoptMix);
    assert_eq!(adopted.engine_runs(), runs + 1, "one engine run for the new plan");
    assert_eq!(adopted.plan.sources, adopt_mix(&state.plan).unwrap().sources);
    assert_eq!(adopted.notice, Some(Notice::MixAdopted));
    let report = adopted.outcome().report.clone().unwrap();
    let customers: Vec<u64> = report.sources.sources.iter().map(|s| s.customers).collect();
    assert_eq!(customers, mix.customers);
    assert_eq!(report.sources.total_cost, Some(mix.cost));
    let undone = adopted.reduce(Action::UndoReset);
    assert_eq!(undone.plan, state.plan);
}

#[test]
fn adopting_without_a_mix_changes_nothing() {
    let state = State::new(Lang::En);
    let after = state.reduce(Action::AdoptMix);
    assert_eq!(after.plan, state.plan);
    assert_eq!((after.notice, after.engine_runs()), (None, state.engine_runs()));
}
