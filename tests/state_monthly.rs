//! The monthly run in the state: counts typed in the month × stage grid land in the month
//! typed (other months stay "no data"), a paste or import fills cells without erasing the
//! others, recorded counts follow stage moves, SLA counts reach the compliance report, and
//! "Agree" then a change shows what differs from the agreed version.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::actuals::compliance::ClauseStatus;
use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::engine::agreement::diff::{Change, SlaTerm};
use funnel_planner::engine::agreement::{CommitmentStatus, ReviewCadence};
use funnel_planner::engine::clause::Clause;
use funnel_planner::engine::time::calendar::Date;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::monthly::MonthlyEdit;
use funnel_planner::state::registry::periods::index_of;
use funnel_planner::state::{Action, State};
use support::d;

fn type_in(state: &State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

fn monthly(state: &State, edit: MonthlyEdit) -> State {
    state.reduce(Action::Edit(Edit::Monthly(edit)))
}

/// The grid's path for plan month `month`, stage `stage`.
fn cell(state: &State, month: u32, stage: usize) -> String {
    format!("actuals.months.{}.stages.{stage}", index_of(&state.plan.actuals.months, month))
}

#[test]
fn a_count_typed_in_month_three_is_recorded_for_month_three_only() {
    let state = State::new(Lang::En);
    let path = cell(&state, 3, 1);
    let state = type_in(&state, &path, "1,234");
    let plan = &state.plan;
    assert_eq!(plan.actuals.month(3).and_then(|m| m.count(1)), Some(1234));
    for other in [1, 2] {
        assert_eq!(plan.actuals.month(other).and_then(|m| m.count(1)), None, "month {other} has no data");
    }
    let report = state.outcome().report.clone().expect("computes");
    let months = &report.actuals.as_ref().expect("actuals report").months;
    assert_eq!(months.periods[2].stages[1].actual, Some(1234));
    assert_eq!(months.periods[0].stages[1].actual, None);
    assert_eq!(months.last_recorded, Some(3));
}

#[test]
fn a_cells_path_stays_the_same_while_earlier_months_are_filled() {
    let state = State::new(Lang::Fr);
    let may = cell(&state, 5, 0);
    let state = type_in(&state, &cell(&state, 2, 0), "10");
    assert_eq!(cell(&state, 5, 0), may, "month 5 keeps its field");
    let state = type_in(&state, &may, "50");
    assert_eq!(state.plan.actuals.month(5).and_then(|m| m.count(0)), Some(50));
    assert_eq!(state.plan.actuals.month(2).and_then(|m| m.count(0)), Some(10));
}

#[test]
fn an_invalid_count_stays_as_typed_with_its_error() {
    let state = State::new(Lang::En);
    let path = cell(&state, 1, 0);
    let state = type_in(&state, &path, "12.5");
    assert_eq!(state.text(&path), "12.5");
    assert!(state.outcome().stale, "a part of a person is refused");
}

#[test]
fn a_paste_fills_its_cells_and_keeps_the_others() {
    let state = State::new(Lang::En);
    let state = type_in(&state, &cell(&state, 1, 0), "100");
    let state = type_in(&state, &cell(&state, 1, 1), "7");
    let pasted = PeriodActuals { period: 1, stages: vec![Some(d("120")), None], ..Default::default() };
    let later = PeriodActuals { period: 4, stages: vec![None, Some(d("9"))], ..Default::default() };
    let state = monthly(&state, MonthlyEdit::ApplyMonths(vec![later, pasted]));
    let m1 = state.plan.actuals.month(1).unwrap();
    assert_eq!((m1.count(0), m1.count(1)), (Some(120), Some(7)));
    assert_eq!(state.plan.actuals.month(4).and_then(|m| m.count(1)), Some(9));
    let periods: Vec<u32> = state.plan.actuals.months.iter().map(|m| m.period).collect();
    assert_eq!(periods, vec![1, 4], "sorted");
    assert!(state.drafts.iter().all(|(p, _)| !p.starts_with("actuals.")), "indices moved: drafts go");
}

#[test]
fn recorded_counts_follow_a_stage_move() {
    let state = State::new(Lang::En);
    let state = type_in(&state, &cell(&state, 1, 1), "500");
    let state = state.reduce(Action::Edit(Edit::MoveStage { from: 1, to: 2 }));
    let m1 = state.plan.actuals.month(1).unwrap();
    assert_eq!((m1.count(1), m1.count(2)), (None, Some(500)));
    let state = state.reduce(Action::Edit(Edit::RemoveStage(0)));
    assert_eq!(state.plan.actuals.month(1).and_then(|m| m.count(1)), Some(500));
}

#[test]
fn sla_counts_typed_reach_the_compliance_report() {
    let state = State::new(Lang::En);
    let i = index_of(&state.plan.actuals.sla.records, 1);
    let state = type_in(&state, &format!("actuals.sla.records.{i}.handed_over"), "10");
    let state = type_in(&state, &format!("actuals.sla.records.{i}.contacted_in_time"), "9");
    let reasons = vec![funnel_planner::engine::actuals::compliance::RejectionCount {
        reason: "No budget".into(),
        count: d("2"),
    }];
    let state = monthly(&state, MonthlyEdit::SetReasons { period: 1, reasons });
    let report = state.outcome().report.clone().unwrap();
    let compliance = report.actuals.as_ref().unwrap().compliance.as_ref().unwrap();
    let p1 = &compliance.periods[0];
    let status = |c: Clause| p1.clauses.iter().find(|x| x.clause == c).unwrap().status;
    assert_eq!(status(Clause::FirstContact), ClauseStatus::Missed, "9 of 10 is not every lead");
    assert_eq!(status(Clause::FollowUp), ClauseStatus::NoData);
    assert_eq!(compliance.reasons, vec![("No budget".to_string(), 2)]);
}

#[test]
fn agreeing_then_changing_a_term_lists_the_change_and_reopens_its_clause() {
    let state = State::new(Lang::En);
    let state = monthly(&state, MonthlyEdit::SetOwner(Clause::FirstContact, "Head of sales".into()));
    let state = monthly(&state, MonthlyEdit::SetReview(Clause::FirstContact, ReviewCadence::Monthly));
    let today = Date::new(2026, 3, 2);
    let state =
        monthly(&state, MonthlyEdit::Agree { on: today, by: vec![" Ana ".into(), "".into(), "Bo".into()] });
    let agreement = state.outcome().report.clone().unwrap().agreement.clone().unwrap();
    assert_eq!(agreement.agreed_on, today);
    assert_eq!(agreement.agreed_by, vec!["Ana".to_string(), "Bo".to_string()]);
    assert!(agreement.changes.is_empty());
    assert!(agreement.commitments.iter().all(|c| c.status == CommitmentStatus::Agreed));

    let state = type_in(&state, "sla.first_contact_hours", "48");
    let agreement = state.outcome().report.clone().unwrap().agreement.clone().unwrap();
    assert_eq!(
        agreement.changes,
        vec![Change::Sla { term: SlaTerm::FirstContactHours, from: d("24"), to: d("48") }]
    );
    let first = agreement.commitments.iter().find(|c| c.commitment.clause == Clause::FirstContact).unwrap();
    assert_eq!((first.status, first.changed_since_agreed), (CommitmentStatus::Proposed, true));
    assert_eq!(first.commitment.owner, "Head of sales");
}

#[test]
fn switching_sla_granularity_forgets_the_other_periods_counts() {
    use funnel_planner::engine::actuals::compliance::Granularity;
    let state = State::new(Lang::En);
    let state = type_in(&state, "actuals.sla.records.0.handed_over", "10");
    assert_eq!(state.plan.actuals.sla.records.len(), 1);
    let state = monthly(&state, MonthlyEdit::SetGranularity(Granularity::Week));
    assert!(state.plan.actuals.sla.records.is_empty());
    assert!(state.drafts.is_empty());
}
