//! The first screen's verdict uses the pace of the months recorded (issue 14 item 6), not
//! only the Tracking snapshot: behind over the months recorded is a risk, naming the rate to
//! restore at the last recorded month's bottleneck; on pace, the check holds.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::engine::verdict::{Action, CheckKind, Section, Status};
use funnel_planner::engine::{compute, Plan};
use support::d;

/// A plan whose other checks hold, with months 1 and 2 recorded at `visitors` and `leads`.
fn plan_with(visitors: &str, leads: &str) -> Plan {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    plan.actuals.months = (1..=2)
        .map(|period| PeriodActuals {
            period,
            stages: vec![Some(d(visitors)), Some(d(leads))],
            ..Default::default()
        })
        .collect();
    plan
}

fn pace_check(plan: &Plan) -> Option<Status> {
    let r = compute(plan).unwrap();
    r.verdict.checks.iter().find(|c| c.kind == CheckKind::Pace).map(|c| {
        assert_eq!(c.section, Section::Tracking);
        c.status
    })
}

#[test]
fn no_months_recorded_means_no_pace_check() {
    let mut plan = plan_with("1", "1");
    plan.actuals.months.clear();
    assert_eq!(pace_check(&plan), None);
    assert_eq!(compute(&plan).unwrap().verdict.status, Status::Holds);
}

#[test]
fn months_behind_make_the_plan_hold_with_risks_and_name_the_rate() {
    // The default plan needs 125 000 visitors and 2 500 leads a year: 10 417 / 209 a month
    // (largest remainder). 10 000 visitors giving 150 leads is 1.5 % instead of 2 %.
    let plan = plan_with("10000", "150");
    assert_eq!(pace_check(&plan), Some(Status::HoldsWithRisks));
    let r = compute(&plan).unwrap();
    assert_eq!(r.verdict.status, Status::HoldsWithRisks);
    assert_eq!(r.verdict.actions, [Action::RaiseRate { stage: 0, to: d("0.02") }]);
}

#[test]
fn months_on_pace_hold() {
    let plan = plan_with("10417", "209");
    assert_eq!(pace_check(&plan), Some(Status::Holds));
    assert_eq!(compute(&plan).unwrap().verdict.status, Status::Holds);
}

#[test]
fn the_snapshot_and_the_months_together_are_behind_if_either_is() {
    let mut plan = plan_with("10417", "150");
    plan.tracking.enabled = true;
    plan.tracking.elapsed = d("0.5");
    plan.tracking.actuals = vec![Some(d("62500")), Some(d("1250"))];
    assert_eq!(pace_check(&plan), Some(Status::HoldsWithRisks), "months behind, snapshot on pace");
}
