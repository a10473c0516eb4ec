#![cfg(not(target_arch = "wasm32"))]
//! Budget, capacity and team figures pinned where a mutation went unnoticed (issue 16).
//! Expected values worked by hand.

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms, Period};
use funnel_planner::engine::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn a_fitting_budget_is_ten_percent_of_the_revenue_and_the_same_sum_by_month() {
    // 1 200 000 × 10 % = 120 000 a year = 10 000 a month.
    let fit = BudgetTerms::fitting(d("1200000"));
    assert_eq!((fit.basis, fit.amount_period), (BudgetBasis::PercentOfRevenue, Period::Monthly));
    assert_eq!(
        (fit.annual_revenue, fit.percent_of_revenue, fit.amount),
        (d("1200000"), d("0.1"), d("10000"))
    );
    // 100 000 / 12 = 8 333.333… rounded to the cent.
    assert_eq!(BudgetTerms::fitting(d("1000000")).amount, d("8333.33"));
    let none = BudgetTerms::fitting(d("-5"));
    assert_eq!((none.annual_revenue, none.amount), (Decimal::ZERO, Decimal::ZERO));
}
