//! The mix optimiser's evaluation budget: a search that would need more than
//! `NODE_BUDGET` cost evaluations stops there, so a keystroke never waits on it, and says so —
//! its answer is then proven on whole percentages of the goal, not on whole customers. Both
//! counts of the search (each value scanned, each last-source completion) spend the budget;
//! with either one not counted, the search below runs past it (the mutation run's last two
//! sources mutants, docs/mutants/sources.md).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::sources::optimise::{optimise, Candidate, Optimum, Proof};
use funnel_planner::engine::sources::split::Costing;
use funnel_planner::engine::Decimal;

fn int(n: i64) -> Decimal {
    Decimal::from_int(n)
}

/// The cheapest mix of three sources that all cost 100 per unit of revenue for `goal`.
fn equal_cost_mix(goal: i64) -> Optimum {
    let stages = vec![
        Stage { name: "Lead".into(), team: Team::Marketing, rate: Decimal::ONE },
        Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
    ];
    let cand = |cost_per_lead: i64, deal: i64| Candidate {
        stages: &stages,
        deal_size: int(deal),
        costing: Costing { cost_per_lead: Some(int(cost_per_lead)), stage_costs: &[] },
        lead_stage: 0,
        max_leads: None,
    };
    optimise(vec![cand(300, 3), cand(500, 5), cand(700, 7)], int(goal), None).unwrap()
}

/// Three sources that all cost 100 per unit of revenue (300 a lead for a 3 deal, 500 for 5,
/// 700 for 7; every lead a customer): no bound can tell their mixes apart, so the search must
/// enumerate them. Goal 167 is reached exactly (e.g. 54 × 3 + 5), so the least cost is
/// 167 × 100 = 16 700 whatever the mix. Counting every evaluation, the search spends its
/// 2 000 before it has seen every mix, and the answer is proven on whole percentages.
#[test]
fn a_search_past_its_budget_stops_and_is_proven_on_whole_percentages_only() {
    let found = equal_cost_mix(167);
    assert_eq!(found.cost, int(16_700));
    let revenue: u64 = found.customers.iter().zip([3, 5, 7]).map(|(n, d)| n * d).sum();
    assert_eq!(revenue, 167, "{:?}", found.customers);
    assert_eq!((found.proof, found.proven), (Some(Proof::WholePercent), true));
}

/// The same sources with a goal small enough to enumerate within the budget: proven on whole
/// customers (so the test above fails for the budget, not for these sources).
#[test]
fn the_same_sources_on_a_small_goal_are_proven_on_whole_customers() {
    let found = equal_cost_mix(50);
    assert_eq!(found.cost, int(5_000));
    assert_eq!(found.proof, Some(Proof::WholeCustomers));
}
