//! Strategies for arbitrary plans: every section's fields drawn from a decimal strategy.

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms, Period};
use funnel_planner::engine::funnel::{Funnel, FunnelMode, Stage, Team};
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
use funnel_planner::engine::{Decimal, Plan};
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

pub type Dec = BoxedStrategy<Decimal>;

/// Any decimal the type can hold from an `i64` mantissa: negatives, zero, huge, 9 places.
pub fn wild() -> Dec {
    prop_oneof![
        3 => (0i64..=200, 0u32..=2).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap()),
        2 => (1i64..=1_000_000_000).prop_map(|m| Decimal::from_parts(m, 9).unwrap()),
        2 => (any::<i64>(), 0u32..=9).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap()),
        1 => select(vec![i64::MIN, -1, 0, 1, 1_000_000_000_000_000, i64::MAX]).prop_map(Decimal::from_int),
    ]
    .boxed()
}

/// Decimals that survive JSON exactly: at most 9 places and 15 significant digits.
pub fn exact() -> Dec {
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
            handover_stage: Some(handover_stage),
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

pub fn arb_plan(d: Dec) -> impl Strategy<Value = Plan> {
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
            risk: Default::default(),
            actuals: Default::default(),
            agreement: Default::default(),
            sources: Default::default(),
        },
    )
}
