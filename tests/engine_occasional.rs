//! The occasional sections (`engine::occasional`): without their code, a plan that uses none
//! of them gets exactly the report it gets with it, and a plan that uses any gets
//! `Reason::NotLoaded`, never a report without them. What lets the build with parts leave
//! their code out of a first visit's download.
#![cfg(not(target_arch = "wasm32"))]

mod plan_strategies;

use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::engine::agreement::{Commitment, CommitmentStatus, ReviewCadence};
use funnel_planner::engine::clause::Clause;
use funnel_planner::engine::sources::{GoalShare, Owner, Source};
use funnel_planner::engine::{agree, compute, compute_with, occasional, Decimal, FieldError, Plan, Reason};
use plan_strategies::{arb_plan, exact, wild};
use proptest::prelude::*;

fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

fn not_loaded() -> Vec<FieldError> {
    vec![FieldError::new("", Reason::NotLoaded)]
}

/// The default plan with one occasional section set up, as each section's controls do it.
fn uses(section: &str) -> Plan {
    let mut plan = Plan::default();
    match section {
        "actuals" => {
            let stages = [Some(900), Some(20), None, None, None, Some(2)];
            let stages = stages.iter().map(|c| c.map(Decimal::from_int)).collect();
            plan.actuals.months = vec![PeriodActuals { period: 1, stages, by_source: Vec::new() }];
        }
        "tracking" => plan.tracking.enabled = true,
        "agreement" => {
            plan.agreement.commitments = vec![Commitment {
                clause: Clause::FirstContact,
                owner: "Head of sales".into(),
                effective: None,
                review: ReviewCadence::Monthly,
                status: CommitmentStatus::Proposed,
            }];
            agree(&mut plan, None, vec!["Claire".into()]);
        }
        "two costed sources" => {
            let source = |name: &str, cost: &str| Source {
                name: name.into(),
                owner: Owner::Marketing,
                share: GoalShare::Share(d("0.5")),
                cost_per_lead: Some(d(cost)),
                ..Source::default()
            };
            plan.sources = vec![source("Ads", "40"), source("Events", "90")];
        }
        "budget" => plan.budget = Some(Default::default()),
        "scoring" => plan.scoring.enabled = true,
        "goal seek" => plan.goal_seek.enabled = true,
        _ => unreachable!(),
    }
    plan
}

#[test]
fn the_default_plan_needs_none_of_them_and_gets_the_same_report_without_their_code() {
    let plan = Plan::default();
    assert!(!occasional::needs(&plan));
    assert_eq!(compute_with(&plan, None), compute(&plan));
}

#[test]
fn a_plan_using_one_gets_no_report_without_its_code_and_the_full_report_with_it() {
    for section in
        ["actuals", "tracking", "agreement", "two costed sources", "budget", "scoring", "goal seek"]
    {
        let plan = uses(section);
        assert!(occasional::needs(&plan), "{section}");
        let full = compute(&plan).unwrap();
        // The section really is in the report, so its code matters.
        let present = match section {
            "actuals" => full.actuals.is_some(),
            "tracking" => full.tracking.is_some(),
            "agreement" => full.agreement.is_some(),
            "budget" => full.budget.is_some(),
            "scoring" => full.scoring.is_some(),
            "goal seek" => full.goal_seek.is_some(),
            _ => full.sources.mix.is_some(),
        };
        assert!(present, "{section}");
        assert_eq!(compute_with(&plan, None), Err(not_loaded()), "{section}");
        assert_eq!(compute_with(&plan, Some(occasional::Occasional::direct())), Ok(full), "{section}");
    }
}

#[test]
fn an_invalid_plan_reports_its_field_errors_first() {
    let mut plan = uses("tracking");
    plan.deal_size = Decimal::ZERO;
    assert_eq!(compute_with(&plan, None), compute(&plan));
    assert!(compute(&plan).unwrap_err().iter().all(|e| e.reason != Reason::NotLoaded));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// `needs` never says "none" for a plan whose report differs without the code.
    #[test]
    fn without_the_code_any_plan_gets_its_report_or_not_loaded(plan in prop_oneof![arb_plan(exact()), arb_plan(wild())]) {
        let full = compute(&plan);
        let without = compute_with(&plan, None);
        match (&full, occasional::needs(&plan)) {
            (Ok(_), true) => prop_assert_eq!(without, Err(not_loaded())),
            _ => prop_assert_eq!(without, full),
        }
    }
}
