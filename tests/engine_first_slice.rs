//! Seeds 003 and 004 in simple mode, and the rounding rules, checked natively.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::FunnelMode;
use funnel_planner::engine::{compute, Decimal, Plan, Reason};

fn simple(goal: i64, deal: i64, rate: &str) -> Plan {
    let mut plan =
        Plan { goal: Decimal::from_int(goal), deal_size: Decimal::from_int(deal), ..Plan::default() };
    plan.funnel.mode = FunnelMode::Simple;
    plan.funnel.overall_rate = rate.parse().unwrap();
    plan
}

#[test]
fn seed_004_ten_thousand_at_two_percent_needs_500_leads() {
    let r = compute(&simple(10_000, 1_000, "0.02")).unwrap();
    assert_eq!(r.customers, 10);
    assert_eq!(r.volume_of("lead"), Some(500));
}

#[test]
fn seed_003_hundred_thousand_at_four_percent_needs_2500_leads() {
    let r = compute(&simple(100_000, 1_000, "0.04")).unwrap();
    assert_eq!(r.customers, 100);
    assert_eq!(r.volume_of("lead"), Some(2_500));
}

#[test]
fn rates_that_float_gets_wrong_stay_exact() {
    // 0.07 * 100 = 7.000000000000001 in f64; 7 / 0.07 must be exactly 100 leads.
    let r = compute(&simple(7_000, 1_000, "0.07")).unwrap();
    assert_eq!(r.volume_of("lead"), Some(100));
    let r = compute(&simple(3_000, 1_000, "0.03")).unwrap();
    assert_eq!(r.volume_of("lead"), Some(100));
}

#[test]
fn customers_round_up_to_whole_people() {
    let r = compute(&simple(10_001, 1_000, "0.5")).unwrap();
    assert_eq!(r.customers, 11);
    assert_eq!(r.volume_of("lead"), Some(22));
}

#[test]
fn zero_negative_and_above_hundred_percent_rates_are_reported() {
    for (rate, reason) in
        [("0", Reason::MustBePositive), ("-0.1", Reason::Negative), ("1.01", Reason::AboveHundredPercent)]
    {
        let errors = compute(&simple(10_000, 1_000, rate)).unwrap_err();
        assert_eq!(errors[0].path, "funnel.overall_rate");
        assert_eq!(errors[0].reason, reason);
    }
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let mut plan = simple(0, -5, "0");
    plan.version = 99;
    let paths: Vec<_> = compute(&plan).unwrap_err().into_iter().map(|e| e.path).collect();
    assert_eq!(paths, ["version", "goal", "deal_size", "funnel.overall_rate"]);
}

#[test]
fn default_plan_uses_seed_004_stages_and_agrees_with_simple_mode() {
    let r = compute(&Plan::default()).unwrap();
    let names: Vec<_> = r.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Visitor", "Lead", "MQL", "SQL", "Opportunity", "Customer"]);
    let volumes: Vec<_> = r.stages.iter().map(|s| s.volume).collect();
    assert_eq!(volumes, [125_000, 2_500, 1_000, 500, 250, 100]);
}
