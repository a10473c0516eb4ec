//! The reverse funnel at its limits: the 10^15 cap per stage (a larger count is "goal too
//! large", never a wrapped number), and the customer stage, whose own rate is never used.
//! Expected volumes are worked by hand: `ceil(next / rate)` in exact integers.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{self, Funnel, FunnelMode, Stage, Team, MAX_COUNT};
use funnel_planner::engine::{compute, Decimal, Plan, Reason};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn funnel_of(rates: &[&str]) -> Vec<Stage> {
    rates
        .iter()
        .enumerate()
        .map(|(i, r)| Stage { name: format!("S{i}"), team: Team::Sales, rate: d(r) })
        .collect()
}

fn volumes(stages: &[Stage], customers: u64) -> Option<Vec<u64>> {
    funnel::reverse(stages, customers).map(|v| v.iter().map(|s| s.volume).collect())
}

const CAP: u64 = 1_000_000_000_000_000;

#[test]
fn the_cap_is_ten_to_the_fifteen() {
    assert_eq!(MAX_COUNT, 10i128.pow(15));
}

#[test]
fn a_stage_may_need_exactly_the_cap_but_not_one_more() {
    // At 100 %, the top stage needs as many as the customers.
    assert_eq!(volumes(&funnel_of(&["1", "1"]), CAP), Some(vec![CAP, CAP]));
    assert_eq!(volumes(&funnel_of(&["1", "1"]), CAP + 1), None);
    // At 50 %: 5·10^14 customers need 10^15 at the top; one more customer needs 10^15 + 2.
    assert_eq!(volumes(&funnel_of(&["0.5", "1"]), CAP / 2), Some(vec![CAP, CAP / 2]));
    assert_eq!(volumes(&funnel_of(&["0.5", "1"]), CAP / 2 + 1), None);
    // At 10^-9: a million customers need exactly 10^15, a million and one need 10^15 + 10^9.
    assert_eq!(volumes(&funnel_of(&["0.000000001", "1"]), 1_000_000), Some(vec![CAP, 1_000_000]));
    assert_eq!(volumes(&funnel_of(&["0.000000001", "1"]), 1_000_001), None);
}

#[test]
fn the_customer_count_itself_is_capped() {
    // Refused at the customer stage already, whatever the rates above.
    assert_eq!(volumes(&funnel_of(&["1", "1", "1"]), CAP + 1), None);
    assert_eq!(volumes(&funnel_of(&["1", "1", "1"]), CAP), Some(vec![CAP, CAP, CAP]));
}

#[test]
fn a_goal_whose_top_volume_would_pass_u64_is_too_large_not_wrapped() {
    // 10^12 customers at 10^-9 need 10^21 visitors: past the cap and past u64 (1.8·10^19).
    assert_eq!(volumes(&funnel_of(&["0.000000001", "1"]), 1_000_000_000_000), None);
    let mut plan = Plan { goal: d("1000000000000"), deal_size: Decimal::ONE, ..Plan::default() };
    plan.funnel =
        Funnel { mode: FunnelMode::Stages, stages: funnel_of(&["0.000000001", "1"]), ..Funnel::default() };
    plan.sla.handover_stage = Some(0);
    let errors = compute(&plan).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].path.as_str(), errors[0].reason), ("goal", Reason::TooLarge));
}

#[test]
fn reverse_rounds_each_stage_up_from_the_next() {
    // 7 customers at 30 %: ceil(7 / 0.3) = ceil(23.33…) = 24; at 40 %: ceil(24 / 0.4) = 60.
    let v = funnel::reverse(&funnel_of(&["0.4", "0.3", "1"]), 7).unwrap();
    let got: Vec<(u64, Decimal, Decimal)> =
        v.iter().map(|s| (s.volume, s.rate, s.rate_to_customer)).collect();
    assert_eq!(got, [(60, d("0.4"), d("0.12")), (24, d("0.3"), d("0.3")), (7, d("1"), d("1"))]);
}

#[test]
fn the_customer_stages_own_rate_is_ignored_by_validation_and_the_reverse_pass() {
    let reference = volumes(&funnel_of(&["0.4", "0.3", "1"]), 7).unwrap();
    for last in ["0", "-3", "0.25", "7"] {
        let stages = funnel_of(&["0.4", "0.3", last]);
        let mut errors = Errors::default();
        Funnel { mode: FunnelMode::Stages, stages: stages.clone(), ..Funnel::default() }
            .validate(&mut errors);
        assert!(errors.is_empty(), "last rate {last}: {:?}", errors.0);
        let v = funnel::reverse(&stages, 7).unwrap();
        assert_eq!(v.iter().map(|s| s.volume).collect::<Vec<_>>(), reference, "last rate {last}");
        assert_eq!((v[2].rate, v[2].rate_to_customer), (Decimal::ONE, Decimal::ONE), "last rate {last}");
        // Forward never applies it either: 60 → 24 → 7 (floor of 7.2).
        assert_eq!(funnel::forward(&stages, 0, 60), Some(vec![60, 24, 7]), "last rate {last}");
    }
}

#[test]
fn every_rate_before_the_customer_stage_is_checked() {
    let mut errors = Errors::default();
    let stages = funnel_of(&["0", "1.5", "-0.1", "1"]);
    Funnel { mode: FunnelMode::Stages, stages, ..Funnel::default() }.validate(&mut errors);
    let got: Vec<(String, Reason)> = errors.0.into_iter().map(|e| (e.path, e.reason)).collect();
    assert_eq!(
        got,
        [
            ("funnel.stages.0.rate".to_string(), Reason::MustBePositive),
            ("funnel.stages.1.rate".to_string(), Reason::AboveHundredPercent),
            ("funnel.stages.2.rate".to_string(), Reason::Negative),
        ]
    );
}
