//! Revenue sources (seed 002): existing customers' retained and expansion revenue first.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::revenue::{split_revenue, RevenueSources};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn sources(current: &str, nrr: &str) -> RevenueSources {
    RevenueSources { current_recurring_revenue: d(current), net_revenue_retention: d(nrr) }
}

#[test]
fn default_sources_leave_the_whole_goal_to_new_business() {
    let split = split_revenue(d("100000"), &RevenueSources::default()).unwrap();
    assert_eq!(split.from_existing, Decimal::ZERO);
    assert_eq!(split.new_business_goal, d("100000"));
    assert!(!split.covered_by_existing);
}

#[test]
fn expansion_revenue_reduces_the_new_business_goal() {
    let split = split_revenue(d("100000"), &sources("50000", "1.1")).unwrap();
    assert_eq!(split.total_goal, d("100000"));
    assert_eq!(split.from_existing, d("55000"));
    assert_eq!(split.new_business_goal, d("45000"));
    assert!(!split.covered_by_existing);
}

#[test]
fn churn_below_hundred_percent_retention_keeps_less_revenue() {
    let split = split_revenue(d("100000"), &sources("40000", "0.85")).unwrap();
    assert_eq!(split.from_existing, d("34000"));
    assert_eq!(split.new_business_goal, d("66000"));
}

#[test]
fn goal_covered_by_existing_customers_needs_no_new_business() {
    let split = split_revenue(d("100000"), &sources("120000", "0.9")).unwrap();
    assert_eq!(split.from_existing, d("108000"));
    assert_eq!(split.new_business_goal, Decimal::ZERO);
    assert!(split.covered_by_existing);
    let exact = split_revenue(d("100000"), &sources("100000", "1")).unwrap();
    assert!(exact.covered_by_existing);
}

#[test]
fn negative_revenue_and_retention_out_of_range_are_reported() {
    let mut errors = Errors::default();
    sources("-1", "3.01").validate("revenue", &mut errors);
    sources("0", "-0.1").validate("revenue", &mut errors);
    sources("0", "3").validate("revenue", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("revenue.current_recurring_revenue", Reason::Negative),
            ("revenue.net_revenue_retention", Reason::OutOfRange),
            ("revenue.net_revenue_retention", Reason::Negative),
        ]
    );
}

#[test]
fn missing_json_fields_take_defaults() {
    let s: RevenueSources = serde_json::from_str(r#"{"current_recurring_revenue": 5000}"#).unwrap();
    assert_eq!(s.net_revenue_retention, Decimal::ONE);
}

proptest! {
    #[test]
    fn new_business_plus_existing_covers_goal_and_grows_with_goal(
        goal in 0i64..1_000_000_000, extra in 0i64..1_000_000, current in 0i64..1_000_000_000, nrr in 0i64..=300,
    ) {
        let s = RevenueSources {
            current_recurring_revenue: Decimal::from_int(current),
            net_revenue_retention: Decimal::from_parts(nrr, 2).unwrap(),
        };
        let a = split_revenue(Decimal::from_int(goal), &s).unwrap();
        let b = split_revenue(Decimal::from_int(goal + extra), &s).unwrap();
        prop_assert!(a.new_business_goal.checked_add(a.from_existing).unwrap() >= a.total_goal);
        prop_assert!(!a.new_business_goal.is_negative());
        prop_assert!(b.new_business_goal >= a.new_business_goal);
        prop_assert_eq!(a.covered_by_existing, a.from_existing >= a.total_goal);
    }

    #[test]
    fn arbitrary_sources_split_the_goal_exactly(goal in any::<i64>(), current in any::<i64>(), nrr in any::<i64>()) {
        let s = RevenueSources {
            current_recurring_revenue: Decimal::from_int(current),
            net_revenue_retention: Decimal::from_parts(nrr, 3).unwrap(),
        };
        let mut errors = Errors::default();
        s.validate("r", &mut errors);
        let split = split_revenue(Decimal::from_int(goal), &s);
        if errors.is_empty() {
            prop_assert!(split.is_some());
        }
        if let Some(r) = split {
            // Exact: current × nrr in units is current × 10^9 × nrr_units / 10^9 = current × nrr_units.
            let existing = i128::from(current) * i128::from(nrr) * 1_000_000;
            prop_assert_eq!(r.from_existing.units(), existing);
            prop_assert_eq!(r.total_goal, Decimal::from_int(goal));
            // The engine's own subtraction succeeded, so this one cannot overflow either.
            let need = (i128::from(goal) * 1_000_000_000).checked_sub(existing).unwrap().max(0);
            prop_assert_eq!(r.new_business_goal.units(), need);
            prop_assert_eq!(r.covered_by_existing, need == 0);
        }
    }
}
