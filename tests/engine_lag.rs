//! Sales-cycle lag: each stage's volume moved earlier; what falls before month 1 is pipeline;
//! the cycle's checks at their limits (200 entries, 3 650 days).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::time::allocation::allocate_evenly;
use funnel_planner::engine::time::lag::{lag_months, monthly_volumes, shift_by_lag, SalesCycle};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn days(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn lag_rounds_days_to_the_nearest_month_of_365_over_12_days() {
    let cases = [
        ("0", 0),
        ("15", 0),
        ("15.3", 1),
        ("30", 1),
        ("45", 1),
        ("46", 2),
        ("60", 2),
        ("91", 3),
        ("365", 12),
    ];
    for (d, months) in cases {
        assert_eq!(lag_months(days(d)), months, "{d} days");
    }
    assert_eq!(lag_months(days("-10")), 0);
    assert_eq!(lag_months(days("999999")), 120, "capped at ten years");
}

#[test]
fn volume_moves_earlier_and_what_falls_before_month_one_is_existing_pipeline() {
    // Seed 003: 100 customers a year on an even split; leads (2 500) take 60 days to close.
    let customers = allocate_evenly(100, 12).unwrap();
    let leads = allocate_evenly(2_500, 12).unwrap();
    let timing = shift_by_lag(&[leads.clone(), customers.clone()], &[2, 0]).unwrap();
    assert_eq!(timing[0].lag_months, 2);
    assert_eq!(timing[0].by_month[..10], leads[2..]);
    assert_eq!(timing[0].by_month[10..], [0, 0]);
    assert_eq!(timing[0].pipeline_already_needed, 418);
    assert_eq!(timing[1].by_month, customers);
    assert_eq!(timing[1].pipeline_already_needed, 0);
}

#[test]
fn sales_cycle_gives_a_lag_per_stage_missing_entries_being_zero() {
    let cycle = SalesCycle { days_to_close: vec![days("120"), days("90"), days("30")] };
    assert_eq!(cycle.lags(5), [4, 3, 1, 0, 0]);
    assert_eq!(SalesCycle::default().lags(3), [0, 0, 0]);
}

#[test]
fn lag_beyond_the_plan_puts_everything_in_existing_pipeline() {
    let timing = shift_by_lag(&[vec![5, 5, 5]], &[7]).unwrap();
    assert_eq!(timing[0].by_month, [0, 0, 0]);
    assert_eq!(timing[0].pipeline_already_needed, 15);
}

#[test]
fn monthly_volumes_split_every_stage_with_the_same_weights() {
    let weights = vec![Decimal::ONE, Decimal::from_int(3)];
    assert_eq!(monthly_volumes(&[8, 4], &weights).unwrap(), [vec![2, 6], vec![1, 3]]);
    assert_eq!(monthly_volumes(&[8], &[]), None);
}

#[test]
fn negative_or_over_ten_year_cycles_are_reported_per_stage() {
    let cycle = SalesCycle { days_to_close: vec![days("-1"), days("30"), days("3651")] };
    let mut errors = Errors::default();
    cycle.validate("cycle", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [("cycle.days_to_close.0", Reason::Negative), ("cycle.days_to_close.2", Reason::OutOfRange)]
    );
}

#[test]
fn a_cycle_holds_one_entry_per_stage_up_to_200_and_days_up_to_ten_years() {
    let errors_of = |days_to_close: Vec<Decimal>| {
        let mut errors = Errors::default();
        SalesCycle { days_to_close }.validate("cycle", &mut errors);
        errors.0.iter().map(|e| (e.path.clone(), e.reason)).collect::<Vec<_>>()
    };
    assert_eq!(errors_of(vec![days("3650"); 200]), []);
    // 201 entries: one TooMany for the list, and no per-entry report on top.
    assert_eq!(errors_of(vec![days("-1"); 201]), [("cycle.days_to_close".to_string(), Reason::TooMany)]);
    assert_eq!(
        errors_of(vec![days("3650.000000001")]),
        [("cycle.days_to_close.0".to_string(), Reason::OutOfRange)]
    );
}

proptest! {
    #[test]
    fn shifting_keeps_every_stage_total_and_longer_lags_need_more_pipeline(
        volumes in prop::collection::vec(prop::collection::vec(0u64..1_000_000, 12), 1..6),
        lag in 0u32..14,
    ) {
        let lags = vec![lag; volumes.len()];
        let longer = vec![lag + 1; volumes.len()];
        let a = shift_by_lag(&volumes, &lags).unwrap();
        let b = shift_by_lag(&volumes, &longer).unwrap();
        for ((stage, ta), tb) in volumes.iter().zip(&a).zip(&b) {
            let total: u64 = stage.iter().sum();
            prop_assert_eq!(ta.by_month.iter().sum::<u64>() + ta.pipeline_already_needed, total);
            prop_assert!(tb.pipeline_already_needed >= ta.pipeline_already_needed);
        }
    }

    #[test]
    fn lag_grows_with_days(a in 0i64..5_000_000, b in 0i64..5_000_000) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(lag_months(Decimal::from_parts(lo, 3).unwrap()) <= lag_months(Decimal::from_parts(hi, 3).unwrap()));
    }

    #[test]
    fn arbitrary_inputs_keep_every_total_and_a_lag_per_stage(
        volumes in prop::collection::vec(prop::collection::vec(any::<u64>(), 0..14), 0..4),
        lags in prop::collection::vec(any::<u32>(), 0..4),
        raw_days in prop::collection::vec(any::<i64>(), 0..5),
    ) {
        let totals: Vec<u128> = volumes.iter().map(|m| m.iter().map(|v| u128::from(*v)).sum()).collect();
        match shift_by_lag(&volumes, &lags) {
            Some(timing) => {
                prop_assert_eq!(timing.len(), volumes.len());
                for ((t, months), total) in timing.iter().zip(&volumes).zip(&totals) {
                    prop_assert_eq!(t.by_month.len(), months.len());
                    let shifted: u128 = t.by_month.iter().map(|v| u128::from(*v)).sum();
                    prop_assert_eq!(shifted + u128::from(t.pipeline_already_needed), *total);
                }
            }
            // Only a stage whose months add past u64 may be refused.
            None => prop_assert!(totals.iter().any(|t| *t > u128::from(u64::MAX))),
        }
        let cycle = SalesCycle { days_to_close: raw_days.iter().copied().map(Decimal::from_int).collect() };
        let got = cycle.lags(6);
        prop_assert_eq!(got.len(), 6);
        for (i, lag) in got.iter().enumerate() {
            match raw_days.get(i) {
                // 3 650 days (the cap) is 120 months of 365/12 days; negative days are none.
                Some(days) if *days <= 0 => prop_assert_eq!(*lag, 0),
                Some(_) => prop_assert!(*lag <= 120, "{}", lag),
                None => prop_assert_eq!(*lag, 0),
            }
        }
        let mut errors = Errors::default();
        cycle.validate("c", &mut errors);
        let in_range = raw_days.iter().all(|d| (0..=3_650).contains(d));
        prop_assert_eq!(errors.is_empty(), in_range);
    }
}
