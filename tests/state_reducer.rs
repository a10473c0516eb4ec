//! The reducer: typing updates results, bad input keeps the last result marked stale, nothing
//! typed is lost, structural edits keep stage-aligned data in step.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::FunnelMode;
use funnel_planner::engine::{Plan, Reason};
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::{Action, Notice, State, GOAL, RATE};

fn type_in(state: State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

fn simple(lang: Lang) -> State {
    State::new(lang).reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple)))
}

#[test]
fn default_state_shows_seed_003_goal_on_seed_004_funnel() {
    let outcome = State::new(Lang::En).outcome().clone();
    let report = outcome.report.clone().unwrap();
    assert!(!outcome.stale);
    assert_eq!((report.customers, report.volume_of("lead")), (100, Some(2_500)));
    assert_eq!(report.volume_of("visitor"), Some(125_000));
}

#[test]
fn the_default_state_is_its_own_last_valid_plan_in_both_languages() {
    // The defaults compute in both languages, so a fresh state shows their figures at once.
    for lang in [Lang::En, Lang::Fr] {
        let state = State::new(lang);
        assert!(funnel_planner::engine::compute(&state.plan).is_ok());
        assert_eq!(state.last_valid, state.plan);
        assert!(!state.outcome().stale);
    }
}

#[test]
fn typing_french_numbers_updates_the_result() {
    let state = type_in(type_in(simple(Lang::Fr), GOAL, "10 000 €"), RATE, "2 %");
    let report = state.outcome().report.clone().unwrap();
    assert_eq!((report.customers, report.volume_of("lead")), (10, Some(500)));
    assert_eq!(state.text(GOAL), "10 000 €", "the text stays exactly as typed");
}

#[test]
fn a_bad_entry_keeps_the_last_valid_result_and_marks_it_stale() {
    let state = type_in(type_in(simple(Lang::En), GOAL, "10000"), RATE, "0");
    let outcome = state.outcome().clone();
    assert!(outcome.stale);
    assert_eq!(outcome.report.as_ref().unwrap().customers, 10);
    assert_eq!(outcome.error_at(RATE), Some(Reason::MustBePositive));
    assert_eq!(state.text(RATE), "0", "what the user typed is kept");
}

#[test]
fn empty_and_non_numeric_fields_are_reported_together() {
    let state = type_in(type_in(simple(Lang::En), GOAL, ""), RATE, "abc");
    let outcome = state.outcome().clone();
    assert_eq!(outcome.error_at(GOAL), Some(Reason::Required));
    assert_eq!(outcome.error_at(RATE), Some(Reason::NotANumber));
}

#[test]
fn switching_language_rewrites_valid_numbers_and_keeps_invalid_text() {
    let state = type_in(type_in(simple(Lang::En), RATE, "4.5"), GOAL, "12x");
    let state = state.reduce(Action::SetLang(Lang::Fr));
    assert_eq!(state.text(RATE), "4,5");
    assert_eq!(state.text(GOAL), "12x");
}

#[test]
fn switching_mode_keeps_both_the_stages_and_the_overall_rate() {
    let state = type_in(State::new(Lang::En), "funnel.stages.1.rate", "20");
    let state = type_in(state.reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple))), RATE, "3");
    let back = state.reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Stages)));
    assert_eq!(back.text("funnel.stages.1.rate"), "20");
    assert_eq!(back.text(RATE), "3");
}

#[test]
fn removing_a_stage_shifts_its_cycle_days_and_clears_index_drafts() {
    let state = type_in(State::new(Lang::En), "cycle.days_to_close.2", "30");
    let state = type_in(state, "cycle.days_to_close.3", "20");
    let state = state.reduce(Action::Edit(Edit::RemoveStage(2)));
    assert_eq!(state.plan.funnel.stages.len(), 5);
    assert_eq!(state.text("cycle.days_to_close.2"), "20");
    assert!(state.drafts.is_empty());
}

#[test]
fn moving_a_stage_moves_its_rate_and_name() {
    let state = State::new(Lang::En).reduce(Action::Edit(Edit::MoveStage { from: 4, to: 3 }));
    let names: Vec<_> = state.plan.funnel.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Visitor", "Lead", "MQL", "Opportunity", "SQL", "Customer"]);
}

#[test]
fn reset_can_be_undone() {
    let state = type_in(State::new(Lang::En), GOAL, "250000");
    let reset = state.reduce(Action::Reset);
    assert_eq!(*reset.plan, Plan::default());
    assert_eq!(reset.notice, Some(Notice::Reset));
    let undone = reset.reduce(Action::UndoReset);
    assert_eq!(undone.plan.goal, state.plan.goal);
}

#[test]
fn optional_fields_accept_empty_text() {
    let state = type_in(State::new(Lang::En), "economics.gross_margin", "70");
    assert_eq!(state.plan.economics.gross_margin, Some("0.7".parse().unwrap()));
    let state = type_in(state, "economics.gross_margin", "");
    assert_eq!(state.plan.economics.gross_margin, None);
    assert!(!state.outcome().stale);
}

#[test]
fn typing_in_an_unknown_path_changes_nothing() {
    let state = type_in(State::new(Lang::En), "nope.field", "5");
    assert_eq!(*state.plan, Plan::default());
}

#[test]
fn french_users_start_with_french_stage_names_and_switching_renames_only_defaults() {
    let state = State::new(Lang::Fr);
    let names: Vec<_> = state.plan.funnel.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Visiteur", "Prospect", "MQL", "SQL", "Opportunité", "Client"]);
    let report = state.outcome().report.clone().unwrap();
    assert_eq!(report.stages[report.lead_stage].volume, 2_500);
    let renamed =
        state.reduce(Action::Edit(Edit::RenameStage(1, "Inscrit".into()))).reduce(Action::SetLang(Lang::En));
    let names: Vec<_> = renamed.plan.funnel.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Visitor", "Inscrit", "MQL", "SQL", "Opportunity", "Customer"]);
}

#[test]
fn a_section_change_that_goes_through_clears_the_notice_that_one_could_not_be_made() {
    use funnel_planner::state::scenarios::ScenarioAction;
    let failed = State::new(Lang::En).reduce(Action::Notify(Notice::ChangeNotMade));
    assert_eq!(failed.notice, Some(Notice::ChangeNotMade));
    // A keystroke is no section change: the notice stays.
    assert_eq!(type_in(failed.clone(), GOAL, "200000").notice, Some(Notice::ChangeNotMade));
    let edited = failed.reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple)));
    assert_eq!((edited.notice, edited.plan.funnel.mode), (None, FunnelMode::Simple));
    let saved = failed.reduce(Action::Scenario(ScenarioAction::Save("A".into())));
    assert_eq!((saved.notice, saved.scenarios.list.len()), (None, 1));
    // Any other notice is left alone.
    let reset = State::new(Lang::En).reduce(Action::Reset);
    let after = reset.reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple)));
    assert_eq!(after.notice, Some(Notice::Reset));
}
