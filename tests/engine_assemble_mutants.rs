#![cfg(not(target_arch = "wasm32"))]
//! What the report assembles from the sections, pinned where a mutation went unnoticed
//! (issue 16): a budget set against sources with their own costs says whether it is enough,
//! and the pipeline's list of values per stage is capped like every list (200).
//! Figures worked by hand from the default plan (100 customers, 2 500 leads a year, README).

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms, Period};
use funnel_planner::engine::sources::Source;
use funnel_planner::engine::{compute, Decimal, Plan};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// The default plan with one source costing 10 a lead (2 500 leads: 25 000 a year) and a
/// yearly budget of `amount`.
fn plan(amount: &str) -> Plan {
    let source = Source { name: "all".into(), cost_per_lead: Some(d("10")), ..Source::default() };
    Plan {
        sources: vec![source],
        budget: Some(BudgetTerms {
            basis: BudgetBasis::Amount,
            amount: d(amount),
            amount_period: Period::Yearly,
            ..BudgetTerms::default()
        }),
        ..Plan::default()
    }
}

#[test]
fn a_budget_against_the_sources_own_costs_is_enough_at_their_cost_and_short_below() {
    for (amount, gap, enough) in [("30000", "5000", true), ("25000", "0", true), ("20000", "-5000", false)] {
        let report = compute(&plan(amount)).unwrap();
        let cost = report.budget.unwrap().funnel_cost.unwrap();
        assert_eq!(cost.needed, d("25000"), "budget {amount}");
        assert_eq!((cost.gap, cost.enough), (d(gap), enough), "budget {amount}");
    }
}

#[test]
fn a_pipeline_lists_up_to_two_hundred_stage_values_and_no_more() {
    use funnel_planner::engine::{FieldError, Reason};
    let with = |n: usize| {
        let mut plan = Plan::default();
        plan.pipeline.open_value_by_stage = vec![d("1"); n];
        compute(&plan).map(|_| ())
    };
    assert_eq!(with(200), Ok(()));
    let too_many = FieldError { path: "pipeline.open_value_by_stage".into(), reason: Reason::TooMany };
    assert_eq!(with(201), Err(vec![too_many]));
}
