//! The shared range checks at their exact edges, through the sections that use them: the
//! largest input (10^15) is accepted, one unit (10^-9) more is "too large"; zero is positive
//! for nobody and non-negative for everybody.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms};
use funnel_planner::engine::decimal::MAX_INPUT;
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::team::SalesTeam;
use funnel_planner::engine::{Decimal, Reason};

fn one_unit() -> Decimal {
    Decimal::from_parts(1, 9).unwrap()
}

/// Errors of a team whose quota (a strictly positive amount) is `quota`.
fn quota_errors(quota: Decimal) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    SalesTeam { quota_per_rep: quota, ..SalesTeam::default() }.validate("team", &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

/// Errors of a budget whose amount (zero or more) is `amount`.
fn amount_errors(amount: Decimal) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    BudgetTerms { basis: BudgetBasis::Amount, amount, ..BudgetTerms::default() }
        .validate("budget", &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

#[test]
fn the_largest_input_is_ten_to_the_fifteen() {
    assert_eq!(MAX_INPUT, "1000000000000000".parse::<Decimal>().unwrap());
}

#[test]
fn a_positive_amount_may_be_the_largest_input_but_not_one_unit_more() {
    let error = |reason| vec![("team.quota_per_rep".to_string(), reason)];
    assert_eq!(quota_errors(MAX_INPUT), []);
    assert_eq!(quota_errors(MAX_INPUT.checked_add(one_unit()).unwrap()), error(Reason::TooLarge));
    assert_eq!(quota_errors(one_unit()), []);
    assert_eq!(quota_errors(Decimal::ZERO), error(Reason::MustBePositive));
    assert_eq!(quota_errors(Decimal::ZERO.checked_sub(one_unit()).unwrap()), error(Reason::Negative));
}

#[test]
fn a_non_negative_amount_may_be_zero_or_the_largest_input_but_not_one_unit_more() {
    let error = |reason| vec![("budget.amount".to_string(), reason)];
    assert_eq!(amount_errors(MAX_INPUT), []);
    assert_eq!(amount_errors(MAX_INPUT.checked_add(one_unit()).unwrap()), error(Reason::TooLarge));
    assert_eq!(amount_errors(Decimal::ZERO), []);
    assert_eq!(amount_errors(Decimal::ZERO.checked_sub(one_unit()).unwrap()), error(Reason::Negative));
}
