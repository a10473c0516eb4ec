//! The reducer runs the engine once per change of the plan and never on a tab, period, theme,
//! currency or language switch; the outcome it keeps is the one a fresh run would give.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::compute;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::prefs::{Section, ShownPeriod, Theme};
use funnel_planner::state::{Action, State, GOAL};

fn runs(state: &State, action: Action) -> (State, u64) {
    let next = state.reduce(action);
    let ran = next.engine_runs() - state.engine_runs();
    (next, ran)
}

fn type_in(state: &State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

/// Every optional part on, with actuals typed, so every copy of a stage name is in the report.
fn everything_on(lang: Lang) -> State {
    let mut state = State::new(lang);
    for edit in
        [Edit::UseBudget(true), Edit::UseGoalSeek(true), Edit::UseTracking(true), Edit::UseScoring(true)]
    {
        state = state.reduce(Action::Edit(edit));
    }
    for (i, actual) in ["40000", "900", "300", "100", "40", "10"].iter().enumerate() {
        state = type_in(&state, &format!("tracking.actuals.{i}"), actual);
    }
    let state = type_in(&state, "goal_seek.top_volume", "100000");
    // Monthly actuals too, so the pace report's stage names are renamed as well.
    let mut plan = (*state.plan).clone();
    let count = |n: i64| Some(funnel_planner::engine::Decimal::from_int(n));
    plan.actuals.months = vec![funnel_planner::engine::actuals::PeriodActuals {
        period: 1,
        stages: vec![count(10_000), count(200), count(70), count(35), count(17), count(7)],
        by_source: vec![],
    }];
    state.reduce(Action::Load { plan: Box::new(plan), notice: None })
}

#[test]
fn each_keystroke_that_changes_the_plan_runs_the_engine_once() {
    let mut state = State::new(Lang::En);
    for text in ["2", "25", "250", "2500", "25000", "250000"] {
        let (next, ran) = runs(&state, Action::SetNumber { path: GOAL.into(), text: text.into() });
        assert_eq!(ran, 1, "typing {text}");
        state = next;
    }
    assert_eq!(state.outcome().report.as_ref().unwrap().customers, 250);
}

#[test]
fn text_that_does_not_parse_or_changes_nothing_runs_no_engine() {
    let state = State::new(Lang::En);
    assert_eq!(runs(&state, Action::SetNumber { path: GOAL.into(), text: "12x".into() }).1, 0);
    assert_eq!(runs(&state, Action::SetNumber { path: GOAL.into(), text: "100000".into() }).1, 0);
    assert_eq!(runs(&state, Action::Edit(Edit::RemoveStage(9))).1, 0);
}

#[test]
fn switching_tab_period_theme_currency_or_language_runs_no_engine() {
    let state = everything_on(Lang::En);
    let switches = [
        Action::ShowSection(Section::Team),
        Action::ShowPeriod(ShownPeriod::Week),
        Action::SetTheme(Theme::Dark),
        Action::SetCurrency("GBP".into()),
        Action::SetLang(Lang::Fr),
    ];
    for action in switches {
        let (next, ran) = runs(&state, action.clone());
        assert_eq!(ran, 0, "{action:?}");
        if !matches!(action, Action::SetLang(_)) {
            assert!(std::rc::Rc::ptr_eq(next.outcome(), state.outcome()), "{action:?} keeps the outcome");
        }
    }
}

#[test]
fn the_report_renamed_by_a_language_switch_equals_a_fresh_run() {
    for (from, to) in [(Lang::En, Lang::Fr), (Lang::Fr, Lang::En)] {
        let state = everything_on(from).reduce(Action::SetLang(to));
        let shown = state.outcome().report.clone().expect("the plan computes");
        assert!(!state.outcome().stale);
        assert_eq!(*shown, compute(&state.plan).unwrap(), "{from:?} → {to:?}");
        assert!(shown.tracking.is_some() && shown.goal_seek.is_some() && shown.workloads.is_some());
        assert!(shown.actuals.is_some() && shown.commitments.is_some());
    }
}

#[test]
fn fixing_a_bad_draft_shows_the_current_plans_figures_without_another_run() {
    // Goal 200 000 is valid, but a bad deal size keeps the 100 000 figures on screen.
    let state = type_in(&type_in(&State::new(Lang::En), "deal_size", "abc"), GOAL, "200000");
    assert!(state.outcome().stale);
    assert_eq!(state.outcome().report.as_ref().unwrap().customers, 100);
    // Typing back the deal size the plan already holds: no plan change, no run, fresh figures.
    let (fixed, ran) = runs(&state, Action::SetNumber { path: "deal_size".into(), text: "1000".into() });
    assert_eq!(ran, 0);
    assert!(!fixed.outcome().stale);
    assert_eq!(fixed.outcome().report.as_ref().unwrap().customers, 200);
    assert_eq!(*fixed.last_valid, *fixed.plan);
}
