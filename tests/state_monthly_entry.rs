//! Typing the monthly run beyond the month grid (issue 14): counts per plan week, counts per
//! source inside a month or week (three-index registry paths), pastes into those grids, and
//! rejection reasons as rows (reason + count) that still reach the compliance report.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::actuals::compliance::MAX_REASONS;
use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::edits_sources::SourceEdit;
use funnel_planner::state::monthly::MonthlyEdit;
use funnel_planner::state::registry::period_sources::{source_index, source_names};
use funnel_planner::state::registry::periods::index_of;
use funnel_planner::state::registry::{self, Bounds, Kind, List};
use funnel_planner::state::{Action, State};
use support::d;

fn type_in(state: &State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

fn monthly(state: &State, edit: MonthlyEdit) -> State {
    state.reduce(Action::Edit(Edit::Monthly(edit)))
}

/// A plan with two sources, "Ads" and "Events" (the first named on adding the second).
fn two_sources() -> State {
    let state = State::new(Lang::En);
    state.reduce(Action::Edit(Edit::Source(SourceEdit::Add { name: "Events".into(), first: "Ads".into() })))
}

/// The weekly grid's path for plan week `week`, stage `stage`.
fn week_cell(state: &State, week: u32, stage: usize) -> String {
    format!("actuals.weeks.{}.stages.{stage}", index_of(&state.plan.actuals.weeks, week))
}

/// The per-source grid's path for plan month `month`, source `name`, stage `stage`.
fn source_cell(state: &State, month: u32, name: &str, stage: usize) -> String {
    let months = &state.plan.actuals.months;
    let i = index_of(months, month);
    let by_source = months.get(i).map_or(&[][..], |m| &m.by_source[..]);
    let j = source_index(by_source, &source_names(&state.plan), name);
    format!("actuals.months.{i}.by_source.{j}.stages.{stage}")
}

#[test]
fn a_count_typed_for_week_three_is_recorded_and_compared_with_the_weekly_plan() {
    let state = State::new(Lang::En);
    let path = week_cell(&state, 3, 0);
    let state = type_in(&state, &path, "1 234");
    assert_eq!(state.plan.actuals.weeks.iter().find(|w| w.period == 3).and_then(|w| w.count(0)), Some(1234));
    assert!(state.plan.actuals.months.is_empty(), "a week is not a month");
    let report = state.outcome().report.clone().expect("computes");
    let weeks = report.actuals.as_ref().unwrap().weeks.as_ref().expect("weekly pace");
    assert_eq!(weeks.periods[2].stages[0].actual, Some(1234));
    assert_eq!(weeks.last_recorded, Some(3));
}

#[test]
fn a_weekly_count_keeps_the_registry_bounds() {
    let state = State::new(Lang::Fr);
    let path = week_cell(&state, 53, 0);
    let (spec, _) = registry::lookup(&path).expect("week 53 is a field");
    assert_eq!((spec.kind, spec.optional, spec.list), (Kind::Count, true, Some(List::PeriodStages)));
    assert!(registry::lookup("actuals.weeks.53.stages.0").is_none(), "54 weeks is past the list");
    let state = type_in(&state, &path, "-3");
    assert!(state.outcome().stale, "a negative count is refused");
    assert!(state.outcome().error_at(&path).is_some(), "the error shows at the field typed");
}

#[test]
fn counts_typed_per_source_add_up_when_no_total_is_typed() {
    let state = two_sources();
    assert_eq!(source_names(&state.plan), vec!["Ads".to_string(), "Events".to_string()]);
    let events = source_cell(&state, 2, "Events", 0);
    let state = type_in(&state, &events, "30");
    assert_eq!(source_cell(&state, 2, "Events", 0), events, "the field keeps its path");
    let state = type_in(&state, &source_cell(&state, 2, "Ads", 0), "70");
    let m2 = state.plan.actuals.month(2).expect("month 2 recorded");
    let names: Vec<&str> = m2.by_source.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(names, vec!["Ads", "Events"], "sources created in the plan's order");
    assert_eq!(m2.count(0), Some(100), "the total is the sources' sum");
    assert_eq!(registry::read(&state.plan, &source_cell(&state, 2, "Events", 0)), Some(Some(d("30"))));
    let report = state.outcome().report.clone().unwrap();
    assert_eq!(report.actuals.as_ref().unwrap().months.periods[1].stages[0].actual, Some(100));
    // A total typed for the stage counts over the sum.
    let state = type_in(
        &state,
        &format!("actuals.months.{}.stages.0", index_of(&state.plan.actuals.months, 2)),
        "90",
    );
    assert_eq!(state.plan.actuals.month(2).unwrap().count(0), Some(90));
}

#[test]
fn a_per_source_path_is_a_bounded_count_and_stops_at_the_known_sources() {
    let state = two_sources();
    let path = source_cell(&state, 1, "Events", 2);
    let (spec, _) = registry::lookup(&path).expect("a field");
    assert_eq!(spec.kind, Kind::Count);
    assert!(spec.optional);
    assert_eq!(spec.list, Some(List::PeriodSourceStages));
    assert!(matches!(spec.bounds, Bounds::Whole(0, _)));
    assert!(List::PeriodSourceStages.follows_stages() && List::PeriodSourceStages.follows_sources());
    assert_eq!(registry::read(&state.plan, "actuals.months.0.by_source.1.stages.2"), Some(None));
    assert_eq!(registry::read(&state.plan, "actuals.months.0.by_source.2.stages.2"), None, "no third source");
    assert!(!registry::write(
        &mut (*state.plan).clone(),
        "actuals.months.0.by_source.2.stages.0",
        Some(d("1"))
    ));
    let state = type_in(&state, &path, "2.5");
    assert!(state.outcome().stale, "a part of a lead is refused");
    assert_eq!(state.text(&path), "2.5", "kept as typed");
}

#[test]
fn a_paste_into_the_weekly_or_a_source_grid_lands_there_only() {
    let state = two_sources();
    let read =
        |p: u32, n: &str| PeriodActuals { period: p, stages: vec![Some(d(n)), None], ..Default::default() };
    let state = monthly(
        &state,
        MonthlyEdit::ApplyPeriods { weeks: true, source: None, periods: vec![read(5, "40")] },
    );
    assert_eq!(state.plan.actuals.weeks[0].count(0), Some(40));
    let state = type_in(&state, &source_cell(&state, 1, "Ads", 1), "7");
    let state = monthly(
        &state,
        MonthlyEdit::ApplyPeriods { weeks: false, source: Some("Ads".into()), periods: vec![read(1, "12")] },
    );
    let m1 = state.plan.actuals.month(1).unwrap();
    assert_eq!(m1.stages, Vec::<Option<_>>::new(), "no total typed");
    assert_eq!(
        m1.by_source[0].stages,
        vec![Some(d("12")), Some(d("7"))],
        "the paste keeps the cells it leaves empty"
    );
    assert!(state.plan.actuals.weeks.iter().all(|w| w.by_source.is_empty()));
}

#[test]
fn per_source_counts_follow_a_stage_move() {
    let state = two_sources();
    let state = type_in(&state, &source_cell(&state, 1, "Events", 1), "9");
    let state = state.reduce(Action::Edit(Edit::MoveStage { from: 1, to: 2 }));
    let m1 = state.plan.actuals.month(1).unwrap();
    assert_eq!(m1.by_source[1].source, "Events");
    assert_eq!(m1.by_source[1].stages.get(2).copied().flatten(), Some(d("9")));
}

#[test]
fn rejection_reasons_are_rows_whose_counts_reach_the_compliance_report() {
    let state = State::new(Lang::En);
    let state = monthly(&state, MonthlyEdit::AddReason(2));
    let state = monthly(&state, MonthlyEdit::AddReason(2));
    let i = index_of(&state.plan.actuals.sla.records, 2);
    let state =
        monthly(&state, MonthlyEdit::SetReason { period: 2, index: 0, reason: "  No budget ".into() });
    let state = monthly(&state, MonthlyEdit::SetReason { period: 2, index: 1, reason: "Too small".into() });
    let state = type_in(&state, &format!("actuals.sla.records.{i}.rejection_reasons.0.count"), "3");
    let state = type_in(&state, &format!("actuals.sla.records.{i}.rejection_reasons.1.count"), "1");
    let state = type_in(&state, &format!("actuals.sla.records.{i}.handed_over"), "10");
    let reasons = |s: &State| {
        let report = s.outcome().report.clone().unwrap();
        report.actuals.as_ref().unwrap().compliance.as_ref().unwrap().reasons.clone()
    };
    assert_eq!(reasons(&state), vec![("No budget".to_string(), 3), ("Too small".to_string(), 1)]);
    let state = monthly(&state, MonthlyEdit::RemoveReason { period: 2, index: 0 });
    assert_eq!(reasons(&state), vec![("Too small".to_string(), 1)]);
    assert_eq!(
        registry::read(&state.plan, &format!("actuals.sla.records.{i}.rejection_reasons.1.count")),
        None
    );
}

#[test]
fn a_reason_count_is_bounded_and_rows_stop_at_the_most_reasons() {
    let mut state = State::new(Lang::Fr);
    for _ in 0..MAX_REASONS + 3 {
        state = monthly(&state, MonthlyEdit::AddReason(1));
    }
    assert_eq!(state.plan.actuals.sla.records[0].rejection_reasons.len(), MAX_REASONS);
    let path = "actuals.sla.records.0.rejection_reasons.0.count";
    let (spec, _) = registry::lookup(path).expect("a field");
    assert_eq!((spec.kind, spec.optional, spec.list), (Kind::Count, false, Some(List::PeriodReasons)));
    let state = type_in(&state, path, "-1");
    assert!(state.outcome().stale, "a negative count is refused");
    let state = type_in(&state, path, "4");
    assert_eq!(state.plan.actuals.sla.records[0].rejection_reasons[0].count, d("4"));
}

#[test]
fn counts_recorded_for_a_source_follow_it_when_it_is_renamed() {
    let state = two_sources();
    let path = source_cell(&state, 2, "Events", 1);
    let state = type_in(&state, &path, "40");
    let rename =
        |s: &State, i, name: &str| s.reduce(Action::Edit(Edit::Source(SourceEdit::Rename(i, name.into()))));
    let renamed = rename(&state, 1, "Trade shows");
    let m2 = renamed.plan.actuals.months.iter().find(|m| m.period == 2).expect("month 2");
    let names: Vec<&str> = m2.by_source.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(names, ["Ads", "Trade shows"], "no count left under the old name");
    assert_eq!(m2.count(1), Some(40));
    let report = renamed.outcome().report.clone().expect("computes");
    let paces = &report.actuals.as_ref().expect("actuals").sources;
    assert!(paces.iter().any(|p| p.source == "Trade shows"), "the source's pace finds its counts");
    // Two sources bearing the old name: the counts are both's, so they stay where they are.
    let twin = rename(&rename(&state, 0, "Events"), 1, "Trade shows");
    let m2 = twin.plan.actuals.months.iter().find(|m| m.period == 2).expect("month 2");
    assert!(m2.by_source.iter().any(|s| s.source == "Events" && s.stages.get(1) == Some(&Some(d("40")))));
}
