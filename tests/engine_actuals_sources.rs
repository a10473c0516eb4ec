//! Counts recorded per source are compared with that source's own monthly plan (issue 14
//! item 1, "per source once sources exist"): a source that holds the whole goal has the totals'
//! plan, a source at 0 % has none, a source with nothing recorded or a name the plan does not
//! have (a CRM's own) gets no comparison, and the totals still count every source.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::actuals::{source_periods, PeriodActuals, SourceActuals};
use funnel_planner::engine::tracking::PaceStatus;
use funnel_planner::engine::{compute, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::edits_sources::SourceEdit;
use funnel_planner::state::{Action, State};
use support::d;

/// The default plan with a second source at 0 %: "Ads" keeps the whole goal.
fn two_sources() -> Plan {
    let state = State::new(Lang::En)
        .reduce(Action::Edit(Edit::Source(SourceEdit::Add { name: "Events".into(), first: "Ads".into() })));
    (*state.plan).clone()
}

fn month(period: u32, sources: &[(&str, &[&str])]) -> PeriodActuals {
    let by_source = sources
        .iter()
        .map(|(name, counts)| SourceActuals {
            source: name.to_string(),
            stages: counts.iter().map(|c| (!c.is_empty()).then(|| d(c))).collect(),
        })
        .collect();
    PeriodActuals { period, stages: Vec::new(), by_source }
}

#[test]
fn each_source_is_compared_with_its_own_plan() {
    let mut plan = two_sources();
    plan.actuals.months = vec![
        month(1, &[("Ads", &["5000", "100"]), ("Events", &["40"]), ("Webinars", &["7"])]),
        month(2, &[("Ads", &["", "90"])]),
    ];
    let report = compute(&plan).expect("computes");
    let actuals = report.actuals.as_ref().unwrap();
    let names: Vec<&str> = actuals.sources.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(names, vec!["Ads", "Events"], "the plan's sources with counts, in the plan's order");
    let ads = &actuals.sources[0].months;
    // Ads holds the whole goal: its plan is the totals' plan.
    for (m, total) in ads.periods.iter().zip(&actuals.months.periods) {
        assert_eq!(m.stages[0].planned, total.stages[0].planned, "month {}", m.period);
    }
    assert_eq!(ads.periods[0].stages[0].actual, Some(5000));
    assert_eq!(ads.periods[1].stages[0].actual, None, "month 2 has no visitors for Ads");
    assert_eq!(ads.periods[1].stages[1].actual, Some(90));
    assert_eq!(ads.last_recorded, Some(2));
    assert_eq!(ads.stages[0].status, Some(PaceStatus::Behind), "5,000 of 10,417 visitors");
    let events = &actuals.sources[1].months;
    assert!(events.periods.iter().all(|p| p.stages[0].planned == 0), "a source at 0 % plans nothing");
    // The totals still add every source's counts, the CRM's own name included.
    assert_eq!(actuals.months.periods[0].stages[0].actual, Some(5047));
}

#[test]
fn no_source_comparison_without_counts_per_source() {
    let mut plan = two_sources();
    plan.actuals.months =
        vec![PeriodActuals { period: 1, stages: vec![Some(d("900"))], by_source: Vec::new() }];
    let report = compute(&plan).expect("computes");
    assert!(report.actuals.as_ref().unwrap().sources.is_empty());
    let json = serde_json::to_value(report.actuals.as_ref().unwrap()).unwrap();
    assert!(json.get("sources").is_none(), "left out of the report's JSON when empty");
}

#[test]
fn a_sources_months_leave_out_the_months_it_did_not_record() {
    let months = vec![month(1, &[("Ads", &["", ""])]), month(3, &[("Ads", &["12"]), ("Events", &["4"])])];
    let ads = source_periods(&months, "Ads");
    assert_eq!(ads.len(), 1, "month 1 holds no count for Ads");
    assert_eq!((ads[0].period, ads[0].count(0)), (3, Some(12)));
    assert!(source_periods(&months, "Webinars").is_empty());
}
