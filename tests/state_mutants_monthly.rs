//! Monthly entry edits (`state::monthly`) beyond `state_monthly*.rs`: a paste merges count by
//! count into longer or shorter rows, keeps a month's per-source counts when it brings totals
//! only, lands months in order and per-source pastes in their own month and source; the SLA
//! granularity clears records only when it changes; the last reason row and one past it; and
//! text typed in the grid survives edits that move no period. Added for issue 16 (mutation
//! testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::actuals::compliance::Granularity;
use funnel_planner::engine::actuals::{PeriodActuals, SourceActuals};
use funnel_planner::engine::time::calendar::YearMonth;
use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::monthly::MonthlyEdit;
use funnel_planner::state::{Action, State};

fn monthly(state: &State, edit: MonthlyEdit) -> State {
    state.reduce(Action::Edit(Edit::Monthly(edit)))
}

fn n(v: i64) -> Option<Decimal> {
    Some(Decimal::from_int(v))
}

fn month(period: u32, stages: Vec<Option<Decimal>>) -> PeriodActuals {
    PeriodActuals { period, stages, by_source: Vec::new() }
}

fn paste(state: &State, months: Vec<PeriodActuals>) -> State {
    monthly(state, MonthlyEdit::ApplyMonths(months))
}

#[test]
fn a_paste_merges_count_by_count_into_longer_and_shorter_rows() {
    let state = paste(&State::new(Lang::En), vec![month(1, vec![None, n(3), n(4)])]);
    // A shorter paste: its first count replaces, the others stay.
    let shorter = paste(&state, vec![month(1, vec![n(5)])]);
    assert_eq!(shorter.plan.actuals.months[0].stages, [n(5), n(3), n(4)]);
    // A longer paste: the row grows to take its last count.
    let longer = paste(&state, vec![month(1, vec![None, None, None, n(9)])]);
    assert_eq!(longer.plan.actuals.months[0].stages, [None, n(3), n(4), n(9)]);
}

#[test]
fn pasted_months_land_in_order_of_month() {
    let state = paste(&State::new(Lang::En), vec![month(3, vec![n(1)]), month(1, vec![n(2)])]);
    let state = paste(&state, vec![month(2, vec![n(3)])]);
    let periods: Vec<u32> = state.plan.actuals.months.iter().map(|m| m.period).collect();
    assert_eq!(periods, [1, 2, 3]);
}

#[test]
fn a_paste_of_totals_keeps_the_months_per_source_counts() {
    let ads = SourceActuals { source: "Ads".into(), stages: vec![n(6)] };
    let with_source = PeriodActuals { by_source: vec![ads.clone()], ..month(2, vec![n(10)]) };
    let state = paste(&State::new(Lang::En), vec![with_source]);
    let totals = paste(&state, vec![month(2, vec![n(12)])]);
    assert_eq!(totals.plan.actuals.months[0].stages, [n(12)]);
    assert_eq!(totals.plan.actuals.months[0].by_source, [ads]);
    // A paste that brings a split replaces the month's split.
    let web = SourceActuals { source: "Web".into(), stages: vec![n(1)] };
    let split = paste(&state, vec![PeriodActuals { by_source: vec![web.clone()], ..month(2, vec![]) }]);
    assert_eq!(split.plan.actuals.months[0].by_source, [web]);
}

#[test]
fn a_paste_into_a_sources_grid_lands_in_that_month_and_source() {
    let by = |state: &State, source: &str, periods| {
        let edit = MonthlyEdit::ApplyPeriods { weeks: false, source: Some(source.into()), periods };
        monthly(state, edit)
    };
    let state = by(&State::new(Lang::En), "Ads", vec![month(4, vec![n(7)])]);
    let months = &state.plan.actuals.months;
    assert_eq!(months.len(), 1);
    assert_eq!((months[0].period, months[0].stages.len()), (4, 0));
    assert_eq!(months[0].by_source, [SourceActuals { source: "Ads".into(), stages: vec![n(7)] }]);
    // A second month, then a second source in month 4, then Ads again in month 4.
    let state = by(&state, "Ads", vec![month(2, vec![n(1)])]);
    let state = by(&state, "Web", vec![month(4, vec![None, n(8)])]);
    let state = by(&state, "Ads", vec![month(4, vec![None, n(9)])]);
    let months = &state.plan.actuals.months;
    assert_eq!(months.iter().map(|m| m.period).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(months[0].by_source, [SourceActuals { source: "Ads".into(), stages: vec![n(1)] }]);
    assert_eq!(
        months[1].by_source,
        [
            SourceActuals { source: "Ads".into(), stages: vec![n(7), n(9)] },
            SourceActuals { source: "Web".into(), stages: vec![None, n(8)] },
        ]
    );
}

#[test]
fn the_sla_granularity_clears_the_records_only_when_it_changes() {
    let path = "actuals.sla.records.0.handed_over";
    let state = State::new(Lang::En).reduce(Action::SetNumber { path: path.into(), text: "30".into() });
    assert_eq!(state.plan.actuals.sla.records.len(), 1);
    let same = monthly(&state, MonthlyEdit::SetGranularity(Granularity::Month));
    assert_eq!(same.plan.actuals.sla.records, state.plan.actuals.sla.records);
    let weeks = monthly(&state, MonthlyEdit::SetGranularity(Granularity::Week));
    assert!(weeks.plan.actuals.sla.records.is_empty());
}

#[test]
fn removing_the_reason_row_one_past_the_last_changes_nothing() {
    let state = monthly(&State::new(Lang::En), MonthlyEdit::AddReason(1));
    let reasons = |s: &State| s.plan.actuals.sla.records[0].rejection_reasons.len();
    assert_eq!(reasons(&state), 1);
    assert!(monthly(&state, MonthlyEdit::RemoveReason { period: 1, index: 1 }).plan == state.plan);
    assert_eq!(reasons(&monthly(&state, MonthlyEdit::RemoveReason { period: 1, index: 0 })), 0);
}

#[test]
fn text_typed_in_the_grid_survives_edits_that_move_no_period() {
    let path = "actuals.months.0.stages.1";
    let state = State::new(Lang::En).reduce(Action::SetNumber { path: path.into(), text: "1x".into() });
    for edit in [MonthlyEdit::SetStart(Some(YearMonth::new(2026, 3).unwrap())), MonthlyEdit::AddReason(1)] {
        assert_eq!(monthly(&state, edit.clone()).text(path), "1x", "{edit:?}");
    }
    assert!(monthly(&state, MonthlyEdit::ClearMonth(1)).drafts.is_empty());
}

#[test]
fn clearing_a_month_forgets_that_month_only() {
    let months = vec![month(1, vec![n(1)]), month(2, vec![n(2)]), month(3, vec![n(3)])];
    let state = paste(&State::new(Lang::En), months);
    let cleared = monthly(&state, MonthlyEdit::ClearMonth(2));
    let periods: Vec<u32> = cleared.plan.actuals.months.iter().map(|m| m.period).collect();
    assert_eq!(periods, [1, 3]);
}
