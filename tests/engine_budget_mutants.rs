#![cfg(not(target_arch = "wasm32"))]
//! Budget, capacity and team figures pinned where a mutation went unnoticed (issue 16): the
//! budget a plan starts from, and the budget's limits at their exact edges.
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

#[test]
fn a_budget_may_be_up_to_ten_times_revenue_and_list_up_to_two_hundred_stage_costs() {
    use funnel_planner::engine::{compute, FieldError, Plan, Reason};
    let with = |budget: BudgetTerms| compute(&Plan { budget: Some(budget), ..Plan::default() }).map(|_| ());
    let error = |path: &str, reason| Err(vec![FieldError { path: path.into(), reason }]);
    let percent = |p: &str| BudgetTerms { percent_of_revenue: d(p), ..BudgetTerms::default() };
    assert_eq!(with(percent("10")), Ok(()), "1 000 % of revenue is the limit");
    assert_eq!(with(percent("10.000000001")), error("budget.percent_of_revenue", Reason::OutOfRange));
    let costs = |n: usize| BudgetTerms { stage_costs: vec![None; n], ..BudgetTerms::default() };
    assert_eq!(with(costs(200)), Ok(()));
    assert_eq!(with(costs(201)), error("budget.stage_costs", Reason::TooMany));
}
