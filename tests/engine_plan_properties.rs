//! Properties of the whole plan: no panic on any input, monotonic volumes, whole results never
//! short of the exact value, exact period sums and a lossless JSON round trip.
#![cfg(not(target_arch = "wasm32"))]

mod plan_strategies;

use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::revenue::RevenueSources;
use funnel_planner::engine::sla::SlaTerms;
use funnel_planner::engine::time::periods::{Horizon, PeriodSettings};
use funnel_planner::engine::{compute, Decimal, Plan, Reason};
use plan_strategies::{arb_plan, exact, wild};
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;
/// The plan's top-level fields: every error path starts with one.
const SECTIONS: [&str; 20] = [
    "version",
    "goal",
    "deal_size",
    "funnel",
    "revenue",
    "periods",
    "cycle",
    "team",
    "sla",
    "budget",
    "economics",
    "pipeline",
    "goal_seek",
    "tracking",
    "sensitivity",
    "scoring",
    "risk",
    "sources",
    "actuals",
    "agreement",
];

/// Resets the section an error points at, so the rest of a wild plan reaches the report.
fn reset(plan: &mut Plan, path: &str) {
    let d = Plan::default();
    match path.split('.').next().unwrap_or("") {
        "version" => plan.version = d.version,
        "goal" => plan.goal = d.goal,
        "deal_size" => plan.deal_size = d.deal_size,
        "funnel" => plan.funnel = d.funnel,
        "revenue" => plan.revenue = d.revenue,
        "periods" => plan.periods = d.periods,
        "cycle" => plan.cycle = d.cycle,
        "team" => plan.team = d.team,
        // Stage 0 exists in every valid funnel; the default (2) needs three stages.
        "sla" => plan.sla = SlaTerms { handover_stage: Some(0), ..d.sla },
        "budget" => plan.budget = d.budget,
        "economics" => plan.economics = d.economics,
        "pipeline" => plan.pipeline = d.pipeline,
        "goal_seek" => plan.goal_seek = d.goal_seek,
        "tracking" => plan.tracking = d.tracking,
        "sensitivity" => plan.sensitivity = d.sensitivity,
        "scoring" => plan.scoring = d.scoring,
        "sources" => plan.sources = d.sources,
        other => panic!("error path outside the plan: {other}"),
    }
}

/// A funnel of 2..=8 stages with rates from 0.1 % to 100 %, and its plan.
fn valid_plan() -> impl Strategy<Value = Plan> {
    let rate = (1_000_000i64..=1_000_000_000).prop_map(|u| Decimal::from_parts(u, 9).unwrap());
    let goal = (1i64..=100_000_000_000, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap());
    let deal = (1i64..=10_000_000, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap());
    // Existing revenue that covers the goal leaves 0 customers, for which every volume property
    // holds trivially: most plans have none, the rest rarely cover the goal (see the test below).
    let current = prop_oneof![4 => Just(0i64), 1 => 0i64..=1_000_000_000];
    let existing = (current, 0i64..=300).prop_map(|(c, n)| RevenueSources {
        current_recurring_revenue: Decimal::from_int(c),
        net_revenue_retention: Decimal::from_parts(n, 2).unwrap(),
    });
    (prop::collection::vec(rate, 2..=8), goal, deal, existing).prop_map(
        |(rates, goal, deal_size, revenue)| {
            let mut plan = Plan { goal, deal_size, revenue, ..Plan::default() };
            plan.funnel.stages = rates
                .into_iter()
                .enumerate()
                .map(|(i, rate)| Stage { name: format!("S{i}"), team: Team::Marketing, rate })
                .collect();
            plan.sla.handover_stage = Some(0);
            plan
        },
    )
}

fn volumes(plan: &Plan) -> Option<Vec<u64>> {
    compute(plan).ok().map(|r| r.stages.iter().map(|s| s.volume).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_plan_computes_a_consistent_report_or_names_real_fields(plan in arb_plan(wild())) {
        match compute(&plan) {
            Ok(r) => {
                // Validation passed, so every rate is in (0, 1]: volumes never grow down the funnel.
                prop_assert_eq!(r.stages.len(), plan.funnel.effective_stages().len());
                prop_assert!(r.stages.windows(2).all(|w| w[0].volume >= w[1].volume), "{:?}", r.stages);
                prop_assert_eq!(r.stages.last().map(|s| s.volume), Some(r.customers));
            }
            Err(errors) => {
                for e in &errors {
                    let section = e.path.split('.').next().unwrap_or("");
                    prop_assert!(SECTIONS.contains(&section), "{}", e.path);
                }
            }
        }
    }

    #[test]
    fn a_wild_plan_with_its_invalid_sections_reset_computes_or_is_too_large(plan in arb_plan(wild())) {
        let mut plan = plan;
        for _ in 0..6 {
            match compute(&plan) {
                Ok(_) => return Ok(()),
                Err(errors) => {
                    if errors.iter().all(|e| e.reason == Reason::TooLarge && !e.path.contains('.')) {
                        return Ok(());
                    }
                    for e in &errors {
                        reset(&mut plan, &e.path);
                    }
                }
            }
        }
        let left = compute(&plan).err();
        prop_assert!(left.is_none(), "{:?}", left);
    }

    #[test]
    fn plans_with_exact_decimals_survive_a_json_round_trip(plan in arb_plan(exact())) {
        let text = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(serde_json::from_str::<Plan>(&text).unwrap(), plan);
    }
}

proptest! {
    #[test]
    fn a_larger_goal_never_needs_less_volume_at_any_stage(plan in valid_plan(), extra in 0i64..1_000_000) {
        let bigger = Plan { goal: plan.goal.checked_add(Decimal::from_int(extra)).unwrap(), ..plan.clone() };
        if let (Some(small), Some(big)) = (volumes(&plan), volumes(&bigger)) {
            prop_assert!(small.iter().zip(&big).all(|(s, b)| s <= b), "{:?} vs {:?}", small, big);
        }
    }

    #[test]
    fn a_higher_rate_never_needs_more_volume_at_any_stage(plan in valid_plan(), at in 0usize..8, up in 0i64..1_000_000_000) {
        let mut better = plan.clone();
        let last = better.funnel.stages.len() - 1;
        let stage = &mut better.funnel.stages[at.min(last)];
        stage.rate = stage.rate.checked_add(Decimal::from_parts(up, 9).unwrap()).unwrap().min(Decimal::ONE);
        if let (Some(base), Some(improved)) = (volumes(&plan), volumes(&better)) {
            prop_assert!(improved.iter().zip(&base).all(|(i, b)| i <= b), "{:?} vs {:?}", improved, base);
        }
    }

    #[test]
    fn whole_volumes_are_never_short_of_the_exact_need(plan in valid_plan()) {
        let Ok(r) = compute(&plan) else { return Ok(()) };
        let count = |v: u64| Decimal::from_count(i128::from(v)).unwrap();
        let reached = count(r.customers).checked_mul(plan.deal_size).unwrap();
        prop_assert!(reached >= r.revenue.new_business_goal);
        for pair in r.stages.windows(2) {
            prop_assert!(count(pair[0].volume).checked_mul(pair[0].rate).unwrap() >= count(pair[1].volume));
        }
    }

    #[test]
    fn reverse_then_forward_reaches_the_customers_needed(plan in valid_plan()) {
        let Ok(r) = compute(&plan) else { return Ok(()) };
        // Worked in plain integers, not with the engine's `forward` the report is built with:
        // each stage keeps floor(people × rate_units / 10^9).
        let stages = plan.funnel.effective_stages();
        let mut people = u128::from(r.stages[0].volume);
        let mut forward = vec![r.stages[0].volume];
        for s in &stages[..stages.len() - 1] {
            people = people * u128::try_from(s.rate.units()).unwrap() / 1_000_000_000;
            forward.push(u64::try_from(people).unwrap());
        }
        prop_assert!(*forward.last().unwrap() >= r.customers);
        // Each stage's forward count reaches what the reverse pass asked of it.
        for (f, s) in forward.iter().zip(&r.stages) {
            prop_assert!(*f >= s.volume, "{:?} vs {:?}", forward, r.stages);
        }
        prop_assert_eq!(r.forward, Some(forward));
    }

    #[test]
    fn every_period_split_of_every_stage_sums_to_its_volume(
        plan in valid_plan(),
        horizon in select(vec![Horizon::Year, Horizon::Quarter, Horizon::Month]),
        days in 1i64..=7,
        weights in of(prop::collection::vec(0i64..=20, 12)),
    ) {
        let mut plan = plan;
        plan.periods = PeriodSettings {
            horizon,
            working_days_per_week: Decimal::from_int(days),
            seasonality: weights.map(|w| w.into_iter().map(Decimal::from_int).collect()),
        };
        let Ok(r) = compute(&plan) else { return Ok(()) };
        for (stage, b) in r.stages.iter().zip(r.breakdowns.unwrap()) {
            prop_assert_eq!(b.total, stage.volume);
            for split in [&b.months, &b.weeks, &b.working_days] {
                prop_assert_eq!(split.parts.iter().sum::<u64>(), stage.volume);
            }
            if horizon != Horizon::Month {
                prop_assert_eq!(b.quarters.parts.iter().sum::<u64>(), stage.volume);
            }
        }
        for (stage, t) in r.stages.iter().zip(r.timing.unwrap()) {
            prop_assert_eq!(t.by_month.iter().sum::<u64>() + t.pipeline_already_needed, stage.volume);
        }
    }
}

#[test]
fn few_valid_plans_need_no_customer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(Config::default().rng_algorithm),
    );
    let strategy = valid_plan();
    let plans = 1_000;
    let none = (0..plans)
        .filter(|_| {
            let plan = strategy.new_tree(&mut runner).unwrap().current();
            compute(&plan).map_or(true, |r| r.customers == 0)
        })
        .count();
    // Before re-weighting existing revenue, 223 of these 1 000 plans needed no customer; now 38.
    assert!(none * 20 < plans, "{none} of {plans} plans need no customer (or fail)");
}
