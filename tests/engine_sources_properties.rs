//! Properties of sources: totals are the exact sums of the sources at every stage and
//! period; one explicit source restating the plan gives the plan's report; moving whole
//! customers to a cheaper source never raises the cost; the optimiser matches brute force.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::sources::optimise::{optimise, Candidate};
use funnel_planner::engine::sources::split::Costing;
use funnel_planner::engine::sources::{GoalShare, Owner, Source};
use funnel_planner::engine::time::periods::Horizon;
use funnel_planner::engine::{compute, Decimal, Plan};
use proptest::prelude::*;

fn pct(p: i64) -> Decimal {
    Decimal::from_parts(p, 2).unwrap()
}

/// Weight, deal size, rates (%), days to close, cost per lead.
type RawSource = (u32, Option<i64>, Vec<Option<i64>>, Vec<Option<i64>>, Option<i64>);

fn arb_source() -> impl Strategy<Value = RawSource> {
    (
        1u32..=10,
        proptest::option::of(1i64..=5_000),
        prop::collection::vec(proptest::option::of(1i64..=100), 0..6),
        prop::collection::vec(proptest::option::of(0i64..=400), 0..6),
        proptest::option::of(0i64..=50),
    )
}

/// The default plan with 1..=4 random sources (weights become percentages; the last takes
/// the rest) and a random goal and horizon.
fn plan_with_sources() -> impl Strategy<Value = Plan> {
    (prop::collection::vec(arb_source(), 1..=4), 1i64..=2_000_000, 0usize..3, any::<bool>()).prop_map(
        |(raw, goal, horizon, seasonal)| {
            let mut plan = Plan { goal: Decimal::from_int(goal), ..Plan::default() };
            plan.periods.horizon = [Horizon::Year, Horizon::Quarter, Horizon::Month][horizon];
            if seasonal {
                plan.periods.seasonality = Some((1..=12).map(|m| Decimal::from_int(m % 5 + 1)).collect());
            }
            let weights: u32 = raw.iter().map(|r| r.0).sum();
            let mut given = 0u32;
            let count = raw.len();
            plan.sources = raw
                .into_iter()
                .enumerate()
                .map(|(i, (w, deal, rates, days, cpl))| {
                    let share = if i + 1 == count { 1000 - given } else { w * 1000 / weights };
                    given += share;
                    Source {
                        name: format!("s{i}"),
                        owner: [Owner::Marketing, Owner::SalesOutbound, Owner::Partners][i % 3],
                        share: GoalShare::Share(Decimal::from_parts(i64::from(share), 3).unwrap()),
                        deal_size: deal.map(Decimal::from_int),
                        rates: rates.into_iter().map(|r| r.map(pct)).collect(),
                        days_to_close: days.into_iter().map(|d| d.map(Decimal::from_int)).collect(),
                        cost_per_lead: cpl.map(Decimal::from_int),
                        ..Source::default()
                    }
                })
                .collect();
            plan
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_sum_of_the_sources_is_the_total_at_every_stage_and_period(plan in plan_with_sources()) {
        let report = compute(&plan).unwrap();
        let per = &report.sources.sources;
        prop_assert_eq!(report.customers, per.iter().map(|r| r.customers).sum::<u64>());
        let totals = report.breakdowns.as_ref().unwrap();
        let timing = report.timing.as_ref().unwrap();
        for (i, stage) in report.stages.iter().enumerate() {
            prop_assert_eq!(stage.volume, per.iter().map(|r| r.stages[i].volume).sum::<u64>());
            let b = |r: &funnel_planner::engine::sources::SourceResult| r.breakdowns.as_ref().unwrap()[i].clone();
            let sum = |pick: fn(&funnel_planner::engine::time::periods::Breakdown) -> &Vec<u64>| {
                let mut out = vec![0u64; pick(&totals[i]).len()];
                for r in per {
                    for (o, v) in out.iter_mut().zip(pick(&b(r))) {
                        *o += v;
                    }
                }
                out
            };
            prop_assert_eq!(&sum(|b| &b.quarters.parts), &totals[i].quarters.parts);
            prop_assert_eq!(&sum(|b| &b.months.parts), &totals[i].months.parts);
            prop_assert_eq!(&sum(|b| &b.weeks.parts), &totals[i].weeks.parts);
            prop_assert_eq!(&sum(|b| &b.working_days.parts), &totals[i].working_days.parts);
            prop_assert_eq!(totals[i].weeks.parts.iter().sum::<u64>(), stage.volume);
            let mut months = vec![0u64; timing[i].by_month.len()];
            let mut already = 0;
            for r in per {
                let t = &r.timing.as_ref().unwrap()[i];
                for (m, v) in months.iter_mut().zip(&t.by_month) {
                    *m += v;
                }
                already += t.pipeline_already_needed;
            }
            prop_assert_eq!(&months, &timing[i].by_month);
            prop_assert_eq!(already, timing[i].pipeline_already_needed);
        }
    }

    #[test]
    fn one_source_restating_the_plan_gives_the_plans_own_report(plan in plan_with_sources(), days in prop::collection::vec(0i64..=200, 0..6)) {
        let mut plan = Plan { sources: Plan::default().sources, ..plan };
        plan.cycle.days_to_close = days.into_iter().map(Decimal::from_int).collect();
        plan.budget = Some(funnel_planner::engine::budget::BudgetTerms { cost_per_lead: Some(pct(1234)), ..Default::default() });
        let base = compute(&plan).unwrap();
        let stages = plan.funnel.effective_stages();
        let restated = Source {
            name: "All".into(),
            share: GoalShare::Amount(base.revenue.new_business_goal),
            deal_size: Some(plan.deal_size),
            rates: stages.iter().map(|s| Some(s.rate)).collect(),
            days_to_close: plan.cycle.days_to_close.iter().map(|d| Some(*d)).collect(),
            cost_per_lead: Some(pct(1234)),
            ..Source::default()
        };
        let mut other = compute(&Plan { sources: vec![restated], ..plan.clone() }).unwrap();
        other.sources = base.sources.clone();
        prop_assert_eq!(other, base);
    }

    #[test]
    fn moving_whole_customers_to_a_cheaper_source_never_raises_the_cost(
        customers in 1u64..=400, moved in 0u64..=400, cheap in 0i64..=500, extra in 0i64..=500,
    ) {
        // Costs per customer (the last stage): the cost is linear in whole customers.
        let moved = moved.min(customers);
        let cost_of = |a: u64| {
            let mut plan = Plan::default();
            let costed = |c: i64, share| Source {
                share,
                stage_costs: vec![None, None, None, None, None, Some(Decimal::from_int(c))],
                ..Source::default()
            };
            plan.sources = vec![
                costed(cheap, GoalShare::Amount(Decimal::from_int(1_000 * a as i64))),
                costed(cheap + extra, GoalShare::Share(Decimal::ONE)),
            ];
            plan.goal = Decimal::from_int(1_000 * customers as i64);
            compute(&plan).unwrap().sources.total_cost.unwrap()
        };
        prop_assert!(cost_of(moved) <= cost_of(0));
        if moved > 0 {
            prop_assert!(cost_of(moved) <= cost_of(moved - 1));
        }
    }

    #[test]
    fn the_optimiser_matches_brute_force_on_small_mixes(
        raw in prop::collection::vec((1i64..=100, 1i64..=100, 1i64..=20, 0i64..=30, proptest::option::of(0u64..=60), 1i64..=4), 2..=3),
        goal in 1i64..=40,
    ) {
        matches_brute_force(&raw, goal)?;
    }
}

/// A mix the optimiser once got wrong (found by the mutation run's baseline): 262 where brute
/// force finds 233, before the scan stopped by a bound falling along it was fixed.
#[test]
fn the_optimiser_finds_the_cheapest_of_a_mix_it_once_missed() {
    let raw = [(13, 25, 1, 25, None, 2), (40, 25, 1, 23, None, 1), (42, 19, 9, 22, None, 3)];
    matches_brute_force(&raw, 3).unwrap();
}

type SmallSource = (i64, i64, i64, i64, Option<u64>, i64);

/// Sources of (lead rate %, SQL rate %, lead cost, SQL cost, most leads, deal size): the
/// optimiser's mix costs what the cheapest whole-customer mix found by brute force costs.
fn matches_brute_force(raw: &[SmallSource], goal: i64) -> Result<(), TestCaseError> {
    let stages: Vec<Vec<Stage>> = raw
        .iter()
        .map(|(r0, r1, ..)| {
            vec![
                Stage { name: "Lead".into(), team: Team::Marketing, rate: pct(*r0) },
                Stage { name: "SQL".into(), team: Team::Sales, rate: pct(*r1) },
                Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
            ]
        })
        .collect();
    let costs: Vec<Vec<Option<Decimal>>> = raw
        .iter()
        .map(|(_, _, lead, sql, ..)| vec![Some(Decimal::from_int(*lead)), Some(Decimal::from_int(*sql))])
        .collect();
    let cands: Vec<Candidate> = raw
        .iter()
        .enumerate()
        .map(|(i, (.., max, deal))| Candidate {
            stages: &stages[i],
            deal_size: Decimal::from_int(*deal),
            costing: Costing { cost_per_lead: None, stage_costs: &costs[i] },
            lead_stage: 0,
            max_leads: *max,
        })
        .collect();
    let goal = Decimal::from_int(goal);
    let found = optimise(cands.clone(), goal, None);
    // Brute force: every whole count up to what covers the goal alone.
    let limits: Vec<u64> = cands.iter().map(|c| goal.ceil_div(c.deal_size).unwrap() as u64).collect();
    let mut best: Option<Decimal> = None;
    let mut picks = vec![0u64; cands.len()];
    loop {
        let revenue = picks.iter().zip(&cands).fold(Decimal::ZERO, |s, (n, c)| {
            s.checked_add(Decimal::from_int(*n as i64).checked_mul(c.deal_size).unwrap()).unwrap()
        });
        let leads_ok = picks.iter().zip(&cands).all(|(n, c)| {
            c.max_leads
                .is_none_or(|m| funnel_planner::engine::funnel::reverse(c.stages, *n).unwrap()[0].volume <= m)
        });
        if revenue >= goal && leads_ok {
            let cost = picks
                .iter()
                .zip(&cands)
                .fold(Decimal::ZERO, |s, (n, c)| s.checked_add(c.cost(*n).unwrap()).unwrap());
            best = Some(best.map_or(cost, |b| b.min(cost)));
        }
        let mut i = 0;
        while i < picks.len() && picks[i] == limits[i] {
            picks[i] = 0;
            i += 1;
        }
        if i == picks.len() {
            break;
        }
        picks[i] += 1;
    }
    prop_assert_eq!(found.as_ref().map(|f| f.cost), best);
    if let Some(f) = found {
        prop_assert!(f.proven);
        prop_assert_eq!(f.proof, Some(funnel_planner::engine::sources::optimise::Proof::WholeCustomers));
        let exact = f
            .customers
            .iter()
            .zip(&cands)
            .fold(Decimal::ZERO, |s, (n, c)| s.checked_add(c.cost(*n).unwrap()).unwrap());
        prop_assert_eq!(exact, f.cost, "the reported cost is the mix's");
    }
    Ok(())
}
