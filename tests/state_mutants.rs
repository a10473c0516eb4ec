//! State equality, which the view relies on to decide what to redraw: `use_reducer_eq` in
//! `src/app/mod.rs` skips the re-render when the next state equals the last one, and every
//! section's `Ctx` compares its `State` the same way. So a state must equal its copy and a
//! state equal in value (no redraw for a no-op), and must differ as soon as any one thing the
//! user sees differs (otherwise the screen would not follow the change). Added for issue 16
//! (mutation testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{compute, Decimal, Plan, Reason};
use funnel_planner::i18n::Lang;
use funnel_planner::state::prefs::{Section, ShownPeriod, Theme};
use funnel_planner::state::scenarios::ScenarioAction;
use funnel_planner::state::{Action, Notice, State, TextMap, DEAL_SIZE, GOAL};
use std::rc::Rc;

fn set_goal(state: &State, goal: i64) -> State {
    state.reduce(Action::SetValue { path: GOAL.into(), value: Decimal::from_int(goal) })
}

#[test]
fn a_state_equals_its_copy_and_a_state_opened_the_same_way() {
    let a = State::new(Lang::En);
    assert!(a == a.clone());
    // Opened separately: same values behind different `Rc`s (plan, last valid, outcome).
    let b = State::new(Lang::En);
    assert!(!Rc::ptr_eq(&a.plan, &b.plan));
    assert!(!Rc::ptr_eq(a.outcome(), b.outcome()));
    assert!(a == b);
    // Reached by a different road: 100 000 → 200 000 → 100 000 is the default plan again.
    let back = set_goal(&set_goal(&a, 200_000), 100_000);
    assert!(!Rc::ptr_eq(&a.plan, &back.plan));
    assert!(a == back);
}

#[test]
fn an_action_that_changes_nothing_gives_an_equal_state() {
    let a = State::new(Lang::En);
    // The goal is already 100 000 (seed 003); the theme already the default.
    assert!(set_goal(&a, 100_000) == a);
    assert!(a.reduce(Action::SetTheme(Theme::default())) == a);
    assert!(a.reduce(Action::DismissNotice) == a);
}

#[test]
fn a_new_goal_makes_the_state_differ() {
    // Only the plan, the last valid plan and the figures change (no draft: a host's value).
    let a = State::new(Lang::En);
    let b = set_goal(&a, 200_000);
    assert!(a.drafts == b.drafts);
    assert!(a != b);
    assert!(b != a);
}

/// `b` differs from `a` in one field only, set by hand.
fn differs(a: &State, what: &str, change: impl FnOnce(&mut State)) {
    let mut b = a.clone();
    change(&mut b);
    assert!(*a != b, "{what}");
    assert!(b != *a, "{what}");
}

#[test]
fn each_field_the_user_sees_alone_makes_the_state_differ() {
    let a = State::new(Lang::En);
    let other_plan = Rc::new(set_goal(&a, 200_000).plan.as_ref().clone());
    differs(&a, "lang", |b| b.lang = Lang::Fr);
    differs(&a, "currency", |b| b.currency = "EUR".into());
    differs(&a, "theme", |b| b.theme = Theme::Dark);
    differs(&a, "section", |b| b.section = Section::Budget);
    differs(&a, "period", |b| b.period = ShownPeriod::Week);
    differs(&a, "plan", |b| b.plan = other_plan.clone());
    differs(&a, "drafts", |b| b.drafts.insert(GOAL.into(), "abc".into()));
    differs(&a, "last_valid", |b| b.last_valid = other_plan.clone());
    differs(&a, "undo", |b| b.undo = Some(other_plan.clone()));
    differs(&a, "notice", |b| b.notice = Some(Notice::SaveFailed));
    differs(&a, "scenarios", |b| {
        let mut scenarios = (*b.scenarios).clone();
        scenarios.apply(ScenarioAction::Save("Q1".into()), &b.plan, " (copy)");
        b.scenarios = Rc::new(scenarios);
    });
}

#[test]
fn the_figures_alone_make_the_state_differ() {
    // A bad entry marks the figures stale; with the draft put back, only the outcome differs.
    let a = State::new(Lang::En);
    let mut b = a.reduce(Action::SetNumber { path: GOAL.into(), text: "abc".into() });
    assert!(a.plan == b.plan);
    b.drafts = a.drafts.clone();
    assert!(b.outcome().stale);
    assert!(a != b);
    assert!(b != a);
}

#[test]
fn a_plan_that_does_not_compute_opens_on_the_defaults_figures_after_two_runs() {
    // One run on the plan opened (it fails), one on the defaults shown meanwhile.
    let broken = Plan { deal_size: Decimal::ZERO, ..Plan::default() };
    assert!(compute(&broken).is_err());
    let state = State::with_plan(Lang::En, broken);
    assert_eq!(state.engine_runs(), 2);
    assert!(state.outcome().stale);
    assert_eq!(state.outcome().report.as_ref().map(|r| r.customers), Some(100));
    assert_eq!(state.outcome().error_at(DEAL_SIZE), Some(Reason::MustBePositive));
    // A plan that computes needs one run only.
    assert_eq!(State::with_plan(Lang::En, Plan::default()).engine_runs(), 1);
}

#[test]
fn drafts_restored_from_storage_are_shown_with_their_errors_without_a_run() {
    // A reload restores what was typed in the goal field, invalid as it was.
    let mut state = State::new(Lang::En);
    let mut drafts = TextMap::new();
    drafts.insert(GOAL.into(), "12x".into());
    state.set_drafts(drafts);
    assert_eq!(state.text(GOAL), "12x");
    assert!(state.outcome().stale);
    assert_eq!(state.outcome().error_at(GOAL), Some(Reason::NotANumber));
    assert_eq!(state.engine_runs(), 1);
    // Restoring no drafts clears them and the figures are current again.
    state.set_drafts(TextMap::new());
    assert_eq!(state.text(GOAL), "100000");
    assert!(!state.outcome().stale);
}

#[test]
fn keystrokes_in_a_field_that_stays_invalid_keep_the_same_outcome() {
    // Same figures, same error: the view's `Ctx` compares the outcome by one pointer check.
    let typed = |s: &State, text: &str| s.reduce(Action::SetNumber { path: GOAL.into(), text: text.into() });
    let bad = typed(&State::new(Lang::En), "12x");
    let worse = typed(&bad, "12xy");
    assert_eq!(worse.text(GOAL), "12xy");
    assert!(Rc::ptr_eq(bad.outcome(), worse.outcome()));
}

#[test]
fn a_typing_error_and_the_plans_own_errors_are_listed_once_each() {
    // A plan the engine refuses (deal size 0), then an unreadable goal typed.
    let broken = Plan { deal_size: Decimal::ZERO, ..Plan::default() };
    let state = State::with_plan(Lang::En, broken);
    let typed = |s: &State, path: &str, text: &str| {
        s.reduce(Action::SetNumber { path: path.into(), text: text.into() })
    };
    let both = typed(&state, GOAL, "12x");
    let listed: Vec<(&str, Reason)> =
        both.outcome().errors.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(listed, [(GOAL, Reason::NotANumber), (DEAL_SIZE, Reason::MustBePositive)]);
    // Typing in the refused field itself: its typing error stands for it, once.
    let same = typed(&state, DEAL_SIZE, "0x");
    let listed: Vec<(&str, Reason)> =
        same.outcome().errors.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(listed, [(DEAL_SIZE, Reason::NotANumber)]);
}
