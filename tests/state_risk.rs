#![cfg(not(target_arch = "wasm32"))]
//! Risk edits and fields in the state: switching on, choosing a stage's uncertainty kind,
//! typing its numbers at `risk.stages.i.*`, and stage moves carrying the uncertainty along.

use funnel_planner::engine::risk::RateUncertainty::{Observed, Range};
use funnel_planner::engine::Reason;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::{Edit, RiskKind};
use funnel_planner::state::registry::{kind, Kind};
use funnel_planner::state::{Action, State};

mod support;
use support::d;

fn edit(state: &State, e: Edit) -> State {
    state.reduce(Action::Edit(e))
}

#[test]
fn use_risk_switches_the_monte_carlo_on_and_off() {
    let s = edit(&State::new(Lang::En), Edit::UseRisk(true));
    assert!(s.plan.risk.enabled);
    assert!(s.outcome().errors.is_empty());
    assert!(!edit(&s, Edit::UseRisk(false)).plan.risk.enabled);
}

#[test]
fn a_new_range_starts_around_the_stage_rate_and_counts_out_of_100() {
    let s = edit(&State::new(Lang::En), Edit::SetRiskKind(2, RiskKind::Range));
    assert_eq!(
        s.plan.risk.stages,
        vec![None, None, Some(Range { low: d("0.4"), likely: d("0.5"), high: d("0.6") })]
    );
    let s = edit(&s, Edit::SetRiskKind(0, RiskKind::Observed));
    assert_eq!(s.plan.risk.stages[0], Some(Observed { successes: d("2"), trials: d("100") }));
    let s = edit(&s, Edit::SetRiskKind(2, RiskKind::Exact));
    assert_eq!(s.plan.risk.stages[2], None);
    // A 100 % rate's range stays within 100 %; past the last stage nothing happens.
    let s = edit(&s, Edit::SetRiskKind(5, RiskKind::Range));
    assert_eq!(s.plan.risk.stages[5], Some(Range { low: d("0.8"), likely: d("1"), high: d("1") }));
    assert_eq!(edit(&s, Edit::SetRiskKind(9, RiskKind::Range)).plan.risk.stages.len(), 6);
}

#[test]
fn range_fields_are_percentages_and_counts_are_numbers() {
    assert_eq!(kind("risk.stages.1.low"), Kind::Percent);
    assert_eq!(kind("risk.stages.1.high"), Kind::Percent);
    assert_eq!(kind("risk.stages.1.trials"), Kind::Count);
    assert_eq!(kind("risk.deal_low"), Kind::Money);
    let mut s = edit(&State::new(Lang::Fr), Edit::UseRisk(true));
    s = edit(&s, Edit::SetRiskKind(1, RiskKind::Range));
    s = s.reduce(Action::SetNumber { path: "risk.stages.1.low".into(), text: "35 %".into() });
    s = s.reduce(Action::SetNumber { path: "risk.stages.1.likely".into(), text: "30".into() });
    assert_eq!(s.plan.risk.stages[1], Some(Range { low: d("0.35"), likely: d("0.3"), high: d("0.48") }));
    // likely below low: the engine names the field.
    assert_eq!(s.outcome().error_at("risk.stages.1.likely"), Some(Reason::OutOfRange));
    s = s.reduce(Action::SetNumber { path: "risk.deal_low".into(), text: "800".into() });
    s = s.reduce(Action::SetNumber { path: "risk.volume".into(), text: "130 000".into() });
    assert_eq!(s.plan.risk.deal_low, Some(d("800")));
    assert_eq!(s.plan.risk.volume, Some(d("130000")));
    // The count fields only exist for observed counts.
    s = s.reduce(Action::SetNumber { path: "risk.stages.1.trials".into(), text: "50".into() });
    assert_eq!(s.plan.risk.stages[1], Some(Range { low: d("0.35"), likely: d("0.3"), high: d("0.48") }));
}

#[test]
fn moving_or_removing_a_stage_keeps_its_uncertainty_with_it() {
    let s = edit(&State::new(Lang::En), Edit::SetRiskKind(1, RiskKind::Observed));
    let s = s.reduce(Action::SetNumber { path: "risk.stages.1.trials".into(), text: "250".into() });
    let moved = edit(&s, Edit::MoveStage { from: 1, to: 3 });
    assert_eq!(moved.plan.risk.stages[3], Some(Observed { successes: d("40"), trials: d("250") }));
    assert!(!moved.drafts.contains_key("risk.stages.1.trials"));
    let removed = edit(&s, Edit::RemoveStage(0));
    assert_eq!(removed.plan.risk.stages[0], Some(Observed { successes: d("40"), trials: d("250") }));
}

#[test]
fn the_planned_stage_and_trials_are_chosen_and_a_stale_volume_is_dropped() {
    use funnel_planner::i18n::Lang;
    use funnel_planner::state::edits::Edit;
    use funnel_planner::state::{Action, State};
    let state = State::new(Lang::En)
        .reduce(Action::Edit(Edit::UseRisk(true)))
        .reduce(Action::SetNumber { path: "risk.volume".into(), text: "150000".into() })
        .reduce(Action::Edit(Edit::SetRiskStage(1)))
        .reduce(Action::Edit(Edit::SetRiskTrials(5_000)));
    assert_eq!((state.plan.risk.stage, state.plan.risk.trials, state.plan.risk.volume), (1, 5_000, None));
    assert_eq!(state.text("risk.volume"), "", "the field no longer shows the old stage's volume");
    // The customer stage has no later stage to simulate.
    let state = state.reduce(Action::Edit(Edit::SetRiskStage(5)));
    assert_eq!(state.plan.risk.stage, 1);
}
