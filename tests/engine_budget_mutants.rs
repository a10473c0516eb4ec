#![cfg(not(target_arch = "wasm32"))]
//! Budget, capacity and team figures pinned where a mutation went unnoticed (issue 16): the
//! budget a plan starts from, the budget's limits at their exact edges, and the reps a
//! follow-up needs when a rep has no selling hours.
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

#[test]
fn reps_without_selling_hours_need_no_one_when_nothing_is_handed_over() {
    use funnel_planner::engine::capacity::capacity_check;
    // No hand-over: 0 hours needed, so 0 reps are needed even at 0 selling hours a rep.
    let idle = capacity_check(0, 6, d("15"), Decimal::ZERO, d("2")).unwrap();
    assert_eq!((idle.reps_needed, idle.reps_missing), (Some(0), Some(Decimal::ZERO)));
    // 10 hand-overs × 6 attempts × 15 min = 15 hours that no number of such reps covers.
    let stuck = capacity_check(10, 6, d("15"), Decimal::ZERO, d("2")).unwrap();
    assert_eq!((stuck.hours_needed_total, stuck.reps_needed), (d("15"), None));
}
