//! Limits: every list and text of a plan is cut to its bound before it is drawn or saved, and
//! the user is told which bound was reached; a plan within its limits is left alone.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::Stage;
use funnel_planner::engine::Plan;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::limits::{self, bound_plan, cut, Limit, MAX_STAGES, MAX_STAGE_NAME};
use funnel_planner::state::{Action, Notice, State, TextMap};

#[test]
fn a_plan_within_its_limits_is_left_alone() {
    let mut plan = Plan::default();
    assert!(bound_plan(&mut plan).is_empty());
    assert_eq!(plan, Plan::default());
}

#[test]
fn ten_thousand_stages_are_cut_to_the_engine_cap() {
    let mut plan = Plan::default();
    plan.funnel.stages = vec![Stage::default(); 10_000];
    plan.cycle.days_to_close = vec![Default::default(); 10_000];
    let over = bound_plan(&mut plan);
    assert_eq!(plan.funnel.stages.len(), MAX_STAGES);
    assert_eq!(plan.cycle.days_to_close.len(), MAX_STAGES);
    assert!(over.contains(Limit::Stages) && over.contains(Limit::StageList));
    assert!(!over.contains(Limit::StageName));
}

#[test]
fn a_three_megabyte_stage_name_is_cut_to_sixty_characters() {
    let mut plan = Plan::default();
    plan.funnel.stages[1].name = "é".repeat(3_000_000);
    let over = bound_plan(&mut plan);
    assert_eq!(plan.funnel.stages[1].name.chars().count(), MAX_STAGE_NAME);
    assert_eq!(over.iter().collect::<Vec<_>>(), vec![Limit::StageName]);
}

#[test]
fn cut_never_splits_a_character_and_reports_only_real_cuts() {
    let mut text = "ééé".to_string();
    assert!(!cut(&mut text, 3));
    assert!(cut(&mut text, 2));
    assert_eq!(text, "éé");
}

#[test]
fn typing_a_sixty_first_character_in_a_stage_name_keeps_sixty_and_says_so() {
    let name = "x".repeat(61);
    let state = State::new(Lang::Fr).reduce(Action::Edit(Edit::RenameStage(2, name)));
    assert_eq!(state.plan.funnel.stages[2].name, "x".repeat(60));
    match state.notice {
        Some(Notice::Limited(over)) => assert!(over.contains(Limit::StageName)),
        other => panic!("expected a limit notice, got {other:?}"),
    }
    let fine = State::new(Lang::Fr).reduce(Action::Edit(Edit::RenameStage(2, "y".repeat(60))));
    assert_eq!(fine.notice, None);
}

#[test]
fn a_limit_never_replaces_a_notice_that_holds_saving() {
    let mut state = State::new(Lang::En);
    state.notice = Some(Notice::BrokenLink);
    let state = state.reduce(Action::Edit(Edit::RenameStage(0, "x".repeat(100))));
    assert_eq!(state.notice, Some(Notice::BrokenLink));
    assert_eq!(state.plan.funnel.stages[0].name.len(), 60);
}

#[test]
fn huge_typed_text_is_cut_and_the_number_of_drafts_bounded() {
    let mut drafts = TextMap::new();
    for i in 0..3_000 {
        drafts.insert(format!("x.{i:05}"), "1".repeat(if i == 0 { 1_000_000 } else { 3 }));
    }
    let over = limits::bound_drafts(&mut drafts);
    assert!(over.contains(Limit::Drafts));
    assert_eq!(drafts.len(), limits::MAX_DRAFTS);
    assert_eq!(drafts.get("x.00000").map(String::len), Some(limits::MAX_DRAFT_CHARS));
    let mut few = TextMap::new();
    few.insert("goal".into(), "é".repeat(limits::MAX_DRAFT_CHARS));
    assert!(limits::bound_drafts(&mut few).is_empty(), "counted in characters, not bytes");
}

#[test]
fn a_loaded_plan_past_its_limits_is_cut_before_it_reaches_the_view() {
    let mut plan = Plan::default();
    plan.team.hires = vec![Default::default(); 5_000];
    plan.periods.seasonality = Some(vec![Default::default(); 13]);
    let state = State::new(Lang::En).reduce(Action::Load { plan: Box::new(plan), notice: None });
    assert_eq!(state.plan.team.hires.len(), limits::MAX_HIRES);
    assert_eq!(state.plan.periods.seasonality.as_ref().map(Vec::len), Some(12));
    let Some(Notice::Limited(over)) = state.notice else { panic!("{:?}", state.notice) };
    assert!(over.contains(Limit::Hires) && over.contains(Limit::Seasonality));
}
