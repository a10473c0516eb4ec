//! Pipeline coverage and sales velocity, with every division guarded.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::pipeline::{pipeline_coverage, sales_velocity, PipelineSnapshot};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// Rates to customer of seed 004's default funnel (2 %, 40 %, 50 %, 50 %, 40 %).
fn default_rates() -> Vec<Decimal> {
    ["0.0008", "0.04", "0.1", "0.2", "0.4", "1"].iter().map(|t| d(t)).collect()
}

#[test]
fn coverage_is_open_value_over_remaining_quota_and_weighted_by_rate_to_customer() {
    let open = [Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, d("100000"), d("200000")];
    let c = pipeline_coverage(&open, &default_rates(), d("100000")).unwrap();
    assert_eq!(c.open_value, d("300000"));
    assert_eq!(c.weighted_value, d("100000"));
    assert_eq!(c.coverage, Some(d("3")));
    assert_eq!(c.weighted_coverage, Some(d("1")));
}

#[test]
fn stages_without_a_rate_count_in_open_value_but_not_in_weighted_value() {
    let c = pipeline_coverage(&[d("1000"), d("500")], &[d("0.5")], d("1000")).unwrap();
    assert_eq!(c.open_value, d("1500"));
    assert_eq!(c.weighted_value, d("500"));
    assert_eq!(c.weighted_coverage, Some(d("0.5")));
}

#[test]
fn nothing_left_to_close_gives_no_coverage_ratio() {
    let c = pipeline_coverage(&[d("1000")], &[d("0.5")], Decimal::ZERO).unwrap();
    assert_eq!(c.coverage, None);
    assert_eq!(c.weighted_coverage, None);
}

#[test]
fn velocity_is_opportunities_times_deal_times_win_rate_per_cycle_day() {
    let v = sales_velocity(50, d("10000"), d("0.25"), d("50"), d("100000")).unwrap();
    assert_eq!(v.revenue_per_day, d("2500"));
    assert_eq!(v.days_to_quota, Some(d("40")));
}

#[test]
fn zero_cycle_days_has_no_velocity_and_zero_win_rate_never_reaches_quota() {
    assert_eq!(sales_velocity(50, d("10000"), d("0.25"), Decimal::ZERO, d("1")), None);
    let v = sales_velocity(50, d("10000"), Decimal::ZERO, d("30"), d("1")).unwrap();
    assert_eq!(v.revenue_per_day, Decimal::ZERO);
    assert_eq!(v.days_to_quota, None);
}

#[test]
fn every_bad_pipeline_field_is_reported_with_its_path() {
    let snap = PipelineSnapshot {
        open_value_by_stage: vec![d("1"), d("-1")],
        remaining_quota: d("-5"),
        opportunities: d("1.5"),
        win_rate: d("2"),
        cycle_days: d("-1"),
    };
    let mut errors = Errors::default();
    snap.validate("pipeline", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("pipeline.open_value_by_stage.1", Reason::Negative),
            ("pipeline.remaining_quota", Reason::Negative),
            ("pipeline.opportunities", Reason::NotWhole),
            ("pipeline.win_rate", Reason::AboveHundredPercent),
            ("pipeline.cycle_days", Reason::Negative),
        ]
    );
    let mut errors = Errors::default();
    PipelineSnapshot::default().validate("pipeline", &mut errors);
    assert!(errors.is_empty());
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=9).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap())
}

proptest! {
    #[test]
    fn pipeline_figures_add_up_on_any_input(
        open in proptest::collection::vec(decimal(), 0..10), rates in proptest::collection::vec(decimal(), 0..10),
        quota in decimal(), opps in any::<u64>(), deal in decimal(), win in decimal(), cycle in decimal(),
    ) {
        let sum = open.iter().try_fold(0i128, |s, v| s.checked_add(v.units()));
        match pipeline_coverage(&open, &rates, quota) {
            Some(c) => {
                prop_assert_eq!(Some(c.open_value.units()), sum);
                if !quota.is_positive() {
                    prop_assert_eq!((c.coverage, c.weighted_coverage), (None, None));
                }
                if rates.is_empty() {
                    prop_assert_eq!(c.weighted_value, Decimal::ZERO);
                }
            }
            // i64 mantissas: at most 10 of them cannot overflow a plain sum.
            None => prop_assert!(!rates.is_empty(), "the sum alone never overflows"),
        }
        let velocity = sales_velocity(opps, deal, win, cycle, quota);
        if cycle.is_zero() {
            prop_assert!(velocity.is_none());
        }
        if let Some(v) = velocity {
            prop_assert_eq!(v.days_to_quota.is_some(), v.revenue_per_day.is_positive());
        }
    }

    #[test]
    fn weighted_value_never_exceeds_open_value_for_rates_up_to_one(
        open in proptest::collection::vec(0i64..1_000_000_000, 0..10),
        rates in proptest::collection::vec(0i64..=1_000, 0..10),
    ) {
        let open: Vec<_> = open.into_iter().map(Decimal::from_int).collect();
        let rates: Vec<_> = rates.into_iter().map(|r| Decimal::from_parts(r, 3).unwrap()).collect();
        let c = pipeline_coverage(&open, &rates, Decimal::ONE).unwrap();
        prop_assert!(c.weighted_value <= c.open_value);
    }
}
