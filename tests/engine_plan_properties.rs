//! Properties of the whole plan: no panic on any input, monotonic volumes, whole results never
//! short of the exact value, exact period sums and a lossless JSON round trip.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms, Period};
use funnel_planner::engine::funnel::{self, Funnel, FunnelMode, Stage, Team};
use funnel_planner::engine::goal_seek::GoalSeekInput;
use funnel_planner::engine::pipeline::PipelineSnapshot;
use funnel_planner::engine::revenue::RevenueSources;
use funnel_planner::engine::scoring::{Fit, Interest, LeadScoring, Routing, ScoreCell};
use funnel_planner::engine::sensitivity::SensitivityInput;
use funnel_planner::engine::sla::SlaTerms;
use funnel_planner::engine::team::{NewHire, SalesTeam};
use funnel_planner::engine::time::lag::SalesCycle;
use funnel_planner::engine::time::periods::{Horizon, PeriodSettings};
use funnel_planner::engine::tracking::TrackingInput;
use funnel_planner::engine::unit_economics::UnitEconomicsTerms;
use funnel_planner::engine::weekday::Weekday;
use funnel_planner::engine::{compute, Decimal, Plan, Reason};
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

type Dec = BoxedStrategy<Decimal>;

/// Any decimal the type can hold from an `i64` mantissa: negatives, zero, huge, 9 places.
fn wild() -> Dec {
    prop_oneof![
        3 => (0i64..=200, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap()),
        2 => (1i64..=1_000_000_000).prop_map(|m| Decimal::from_parts(m, 9).unwrap()),
        2 => (any::<i64>(), 0u32..=9).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap()),
        1 => select(vec![i64::MIN, -1, 0, 1, 1_000_000_000_000_000, i64::MAX]).prop_map(Decimal::from_int),
    ]
    .boxed()
}

/// Decimals that survive JSON exactly: at most 9 places and 15 significant digits.
fn exact() -> Dec {
    (-999_999_999_999_999i64..=999_999_999_999_999, 0u32..=9)
        .prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap())
        .boxed()
}

fn arb_funnel(d: Dec) -> impl Strategy<Value = Funnel> {
    let stage = (select(vec!["Visitor", "Lead", "MQL", "Won", ""]), any::<bool>(), d.clone()).prop_map(
        |(name, sales, rate)| Stage {
            name: name.to_string(),
            team: if sales { Team::Sales } else { Team::Marketing },
            rate,
        },
    );
    (any::<bool>(), prop::collection::vec(stage, 0..=210), d).prop_map(|(simple, stages, overall_rate)| {
        Funnel { mode: if simple { FunnelMode::Simple } else { FunnelMode::Stages }, stages, overall_rate }
    })
}

fn arb_sections_a(d: Dec) -> impl Strategy<Value = (RevenueSources, PeriodSettings, SalesCycle, SalesTeam)> {
    let revenue = (d.clone(), d.clone()).prop_map(|(current_recurring_revenue, net_revenue_retention)| {
        RevenueSources { current_recurring_revenue, net_revenue_retention }
    });
    let horizon = select(vec![Horizon::Year, Horizon::Quarter, Horizon::Month]);
    let periods = (horizon, d.clone(), of(prop::collection::vec(d.clone(), 10..=13))).prop_map(
        |(horizon, working_days_per_week, seasonality)| PeriodSettings {
            horizon,
            working_days_per_week,
            seasonality,
        },
    );
    let cycle = prop::collection::vec(d.clone(), 0..8).prop_map(|days_to_close| SalesCycle { days_to_close });
    let hire = (d.clone(), d.clone(), d.clone()).prop_map(|(start_month, count, ramp_months)| NewHire {
        start_month,
        count,
        ramp_months,
    });
    let team = (d.clone(), d.clone(), d.clone(), prop::collection::vec(hire, 0..4), d).prop_map(
        |(reps, quota_per_rep, attainment, hires, yearly_attrition)| SalesTeam {
            reps,
            quota_per_rep,
            attainment,
            hires,
            yearly_attrition,
        },
    );
    (revenue, periods, cycle, team)
}

type SectionsB = (SlaTerms, Option<BudgetTerms>, UnitEconomicsTerms, PipelineSnapshot);

fn arb_sections_b(d: Dec) -> impl Strategy<Value = SectionsB> {
    let day = select(vec![Weekday::Monday, Weekday::Friday, Weekday::Sunday]);
    let sla =
        (0usize..8, day, prop::collection::vec(d.clone(), 8)).prop_map(|(handover_stage, day, v)| SlaTerms {
            handover_stage,
            good_fit_share: v[0],
            handover_day: day,
            first_contact_hours: v[1],
            attempts: v[2],
            window_days: v[3],
            minutes_per_attempt: v[4],
            qualify_within_days: v[5],
            selling_hours_per_rep: v[6],
        });
    let budget = (any::<bool>(), any::<bool>(), prop::collection::vec(d.clone(), 4), of(d.clone()))
        .prop_flat_map({
            let d = d.clone();
            move |(amount, monthly, v, cost_per_lead)| {
                prop::collection::vec(of(d.clone()), 0..8).prop_map(move |stage_costs| BudgetTerms {
                    basis: if amount { BudgetBasis::Amount } else { BudgetBasis::PercentOfRevenue },
                    amount: v[0],
                    amount_period: if monthly { Period::Monthly } else { Period::Yearly },
                    percent_of_revenue: v[1],
                    annual_revenue: v[2],
                    cost_per_lead,
                    stage_costs,
                })
            }
        });
    let economics =
        (d.clone(), of(d.clone()), of(d.clone())).prop_map(|(sales_spend, gross_margin, yearly_churn)| {
            UnitEconomicsTerms { sales_spend, gross_margin, yearly_churn }
        });
    let pipeline =
        (prop::collection::vec(d.clone(), 0..8), prop::collection::vec(d, 4)).prop_map(|(open, v)| {
            PipelineSnapshot {
                open_value_by_stage: open,
                remaining_quota: v[0],
                opportunities: v[1],
                win_rate: v[2],
                cycle_days: v[3],
            }
        });
    (sla, of(budget), economics, pipeline)
}

type SectionsC = (GoalSeekInput, TrackingInput, SensitivityInput, LeadScoring);

fn arb_sections_c(d: Dec) -> impl Strategy<Value = SectionsC> {
    let goal_seek =
        (any::<bool>(), d.clone()).prop_map(|(enabled, top_volume)| GoalSeekInput { enabled, top_volume });
    let tracking = (any::<bool>(), prop::collection::vec(of(d.clone()), 0..8), d.clone())
        .prop_map(|(enabled, actuals, elapsed)| TrackingInput { enabled, actuals, elapsed });
    let sensitivity = (d.clone(), of(d.clone()))
        .prop_map(|(lift, cost_per_top_unit)| SensitivityInput { lift, cost_per_top_unit });
    let routing =
        select(vec![Routing::SalesNow, Routing::MarketingNurture, Routing::Qualify, Routing::Avoid]);
    let cell = (any::<bool>(), any::<bool>(), d.clone(), d, routing).prop_map(
        |(good, high, leads, rate, routing)| ScoreCell {
            fit: if good { Fit::Good } else { Fit::Poor },
            interest: if high { Interest::High } else { Interest::Low },
            leads,
            rate,
            routing,
        },
    );
    let scoring = (any::<bool>(), prop::collection::vec(cell, 0..6))
        .prop_map(|(enabled, cells)| LeadScoring { enabled, cells });
    (goal_seek, tracking, sensitivity, scoring)
}

fn arb_plan(d: Dec) -> impl Strategy<Value = Plan> {
    let core = (0u32..=3, d.clone(), d.clone(), arb_funnel(d.clone()));
    (core, arb_sections_a(d.clone()), arb_sections_b(d.clone()), arb_sections_c(d)).prop_map(
        |((version, goal, deal_size, funnel), a, b, c)| Plan {
            version,
            goal,
            deal_size,
            funnel,
            revenue: a.0,
            periods: a.1,
            cycle: a.2,
            team: a.3,
            sla: b.0,
            budget: b.1,
            economics: b.2,
            pipeline: b.3,
            goal_seek: c.0,
            tracking: c.1,
            sensitivity: c.2,
            scoring: c.3,
        },
    )
}

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
        "sla" => plan.sla = SlaTerms { handover_stage: 0, ..d.sla },
        "budget" => plan.budget = d.budget,
        "economics" => plan.economics = d.economics,
        "pipeline" => plan.pipeline = d.pipeline,
        "goal_seek" => plan.goal_seek = d.goal_seek,
        "tracking" => plan.tracking = d.tracking,
        "sensitivity" => plan.sensitivity = d.sensitivity,
        "scoring" => plan.scoring = d.scoring,
        other => panic!("error path outside the plan: {other}"),
    }
}

/// A funnel of 2..=8 stages with rates from 0.1 % to 100 %, and its plan.
fn valid_plan() -> impl Strategy<Value = Plan> {
    let rate = (1_000_000i64..=1_000_000_000).prop_map(|u| Decimal::from_parts(u, 9).unwrap());
    let goal = (1i64..=100_000_000_000, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap());
    let deal = (1i64..=10_000_000, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap());
    let existing = (0i64..=1_000_000_000, 0i64..=300).prop_map(|(c, n)| RevenueSources {
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
            plan.sla.handover_stage = 0;
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
    fn compute_never_panics_on_any_plan(plan in arb_plan(wild())) {
        if let Err(errors) = compute(&plan) {
            prop_assert!(!errors.is_empty());
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
        let forward = funnel::forward(&plan.funnel.effective_stages(), 0, r.stages[0].volume).unwrap();
        prop_assert!(*forward.last().unwrap() >= r.customers);
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
