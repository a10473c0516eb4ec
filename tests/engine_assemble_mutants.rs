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

mod risk {
    //! The Monte-Carlo's model read from the plan: a range gives PERT (a flat one a fixed rate),
    //! observed counts give the posterior Beta(successes + 1, failures + 1) of a uniform prior
    //! (100 of 100: Beta(101, 1)); the volume simulated is capped at 10^12 inclusive.
    use super::d;
    use funnel_planner::engine::risk::input::RateUncertainty;
    use funnel_planner::engine::risk::montecarlo::RateModel;
    use funnel_planner::engine::{compute, risk_model, simulate_risk, Plan};

    fn range(low: &str, likely: &str, high: &str) -> Option<RateUncertainty> {
        Some(RateUncertainty::Range { low: d(low), likely: d(likely), high: d(high) })
    }

    fn observed(successes: &str, trials: &str) -> Option<RateUncertainty> {
        Some(RateUncertainty::Observed { successes: d(successes), trials: d(trials) })
    }

    #[test]
    fn each_stage_uncertainty_becomes_its_rate_model() {
        let mut plan = Plan::default();
        plan.risk.enabled = true;
        plan.risk.stages = vec![
            range("0.1", "0.2", "0.3"),
            range("0.2", "0.2", "0.2"),
            observed("30", "100"),
            observed("100", "100"),
        ];
        let report = compute(&plan).unwrap();
        let model = risk_model(&plan, &report);
        assert_eq!(
            model.rates[..4],
            [
                RateModel::Pert { low: 0.1, likely: 0.2, high: 0.3 },
                RateModel::Fixed(0.2),
                RateModel::Beta { a: 31.0, b: 71.0 },
                RateModel::Beta { a: 101.0, b: 1.0 },
            ]
        );
    }

    #[test]
    fn a_volume_of_exactly_ten_to_the_twelve_is_simulated() {
        let mut plan = Plan::default();
        plan.risk.enabled = true;
        plan.risk.trials = 100;
        plan.risk.volume = Some(d("1000000000000"));
        let report = compute(&plan).unwrap();
        assert!(simulate_risk(&plan, &report).is_some());
    }
}
