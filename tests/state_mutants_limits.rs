//! Limits (`state::limits`) at their exact edges, beyond `state_limits.rs`: a list or text at
//! its bound is left alone and not reported, one more is cut and reported; a plan at every
//! bound is not copied by the reducer (a tab switch runs no engine); the set of limits reached
//! keeps each one and lists them in a stable order. Added for issue 16 (mutation testing of
//! `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::Stage;
use funnel_planner::engine::{Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::state::limits::{self, bound_plan, cut, Limit, Overflows};
use funnel_planner::state::prefs::Section;
use funnel_planner::state::{Action, State, TextMap};
use std::rc::Rc;

/// A plan with every list and name at its bound: 200 stages named with 60 letters, every
/// stage-aligned list 200 long, 100 hires, 100 scoring cells, 12 monthly weights.
fn at_every_limit() -> Plan {
    let mut plan = Plan::default();
    let name = "é".repeat(60);
    plan.funnel.stages = vec![Stage { name, ..plan.funnel.stages[1].clone() }; 200];
    plan.cycle.days_to_close = vec![Default::default(); 200];
    plan.pipeline.open_value_by_stage = vec![Default::default(); 200];
    plan.tracking.actuals = vec![Default::default(); 200];
    plan.risk.stages = vec![None; 200];
    let mut budget = plan.fitting_budget();
    budget.stage_costs = vec![Default::default(); 200];
    plan.budget = Some(budget);
    plan.team.hires = vec![Default::default(); 100];
    plan.scoring.cells = vec![plan.scoring.cells[0].clone(); 100];
    plan.periods.seasonality = Some(vec![Decimal::ONE; 12]);
    plan
}

#[test]
fn a_plan_at_every_limit_is_left_alone_and_not_reported() {
    let mut plan = at_every_limit();
    assert!(bound_plan(&mut plan).is_empty());
    assert!(plan == at_every_limit());
}

/// A way to go one past a bound, and the limit it passes.
type Overflow = (fn(&mut Plan), Limit);

#[test]
fn one_more_in_any_list_is_cut_and_reported_alone() {
    let cases: [Overflow; 11] = [
        (|p| p.funnel.stages.push(p.funnel.stages[0].clone()), Limit::Stages),
        (|p| p.funnel.stages[7].name.push('x'), Limit::StageName),
        (|p| p.team.hires.push(Default::default()), Limit::Hires),
        (|p| p.scoring.cells.push(p.scoring.cells[0].clone()), Limit::ScoreCells),
        (|p| p.cycle.days_to_close.push(Default::default()), Limit::StageList),
        (|p| p.pipeline.open_value_by_stage.push(Default::default()), Limit::StageList),
        (|p| p.tracking.actuals.push(Default::default()), Limit::StageList),
        (|p| p.risk.stages.push(None), Limit::StageList),
        (|p| p.budget.as_mut().unwrap().stage_costs.push(Default::default()), Limit::StageList),
        (|p| p.periods.seasonality.as_mut().unwrap().push(Decimal::ONE), Limit::Seasonality),
        (|p| p.funnel.stages[0].name = "x".repeat(61), Limit::StageName),
    ];
    for (i, (grow, limit)) in cases.into_iter().enumerate() {
        let mut plan = at_every_limit();
        grow(&mut plan);
        let over = bound_plan(&mut plan);
        assert_eq!(over.iter().collect::<Vec<_>>(), [limit], "case {i}");
        let mut expected = at_every_limit();
        if i == 10 {
            expected.funnel.stages[0].name = "x".repeat(60);
        }
        assert!(plan == expected, "case {i}: cut back to the bound");
    }
}

#[test]
fn a_state_on_a_plan_at_every_limit_shares_it_and_runs_no_engine_on_a_tab_switch() {
    let state = State::with_plan(Lang::En, at_every_limit());
    let runs = state.engine_runs();
    let next = state.reduce(Action::ShowSection(Section::Budget));
    assert!(Rc::ptr_eq(&next.plan, &state.plan), "not copied");
    assert_eq!(next.engine_runs(), runs);
    assert_eq!(next.notice, None);
}

#[test]
fn drafts_at_their_bounds_are_kept_and_one_more_is_cut() {
    // 2 000 drafts of 100 characters each: nothing to do.
    let mut drafts = TextMap::new();
    for i in 0..2_000 {
        drafts.insert(format!("x.{i:04}"), "7".repeat(100));
    }
    let mut kept = drafts.clone();
    assert!(limits::bound_drafts(&mut kept).is_empty());
    assert_eq!(kept, drafts);
    // The 2 001st draft goes (the last by path), the others stay whole.
    let mut more = drafts.clone();
    more.insert("y".into(), "1".into());
    assert_eq!(limits::bound_drafts(&mut more).iter().collect::<Vec<_>>(), [Limit::Drafts]);
    assert_eq!(more, drafts);
    // A 101st character goes, in a single draft too.
    let mut long = TextMap::new();
    long.insert("goal".into(), "8".repeat(101));
    assert!(limits::bound_drafts(&mut long).contains(Limit::Drafts));
    assert_eq!(long.get("goal").map(String::len), Some(100));
}

#[test]
fn cut_at_the_exact_length_keeps_the_text() {
    let mut text = "abc".to_string();
    assert!(!cut(&mut text, 3));
    assert_eq!(text, "abc");
    assert!(cut(&mut text, 0));
    assert_eq!(text, "");
}

#[test]
fn the_limits_reached_are_kept_together_in_a_stable_order() {
    let mut a = Overflows::default();
    assert!(a.is_empty());
    a.add(Limit::ScenarioName);
    a.add(Limit::Stages);
    assert!(!a.is_empty());
    let mut b = Overflows::default();
    b.add(Limit::Drafts);
    let both = a.union(b);
    assert_eq!(both.iter().collect::<Vec<_>>(), [Limit::Stages, Limit::Drafts, Limit::ScenarioName]);
    assert!(!both.contains(Limit::Hires));
    assert_eq!(b.union(Overflows::default()), b);
    // A limit reached twice (the plan and the drafts of one action) is still reached.
    assert_eq!(both.union(b), both);
    assert!(b.union(b).contains(Limit::Drafts));
}
