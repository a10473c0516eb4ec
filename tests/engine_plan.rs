//! The integrated plan: the default plan's figures across every section, error paths from the
//! plan's root, revenue split feeding the funnel, stage limits and JSON compatibility.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::BudgetTerms;
use funnel_planner::engine::capacity::CapacityVerdict;
use funnel_planner::engine::funnel::{FunnelMode, Stage, Team};
use funnel_planner::engine::team::NewHire;
use funnel_planner::engine::weekday::Weekday;
use funnel_planner::engine::{compute, Decimal, Plan, Reason};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn stages(n: usize, rate: &str) -> Vec<Stage> {
    (0..n).map(|i| Stage { name: format!("S{i}"), team: Team::Marketing, rate: d(rate) }).collect()
}

fn errors_of(plan: &Plan) -> Vec<(String, Reason)> {
    compute(plan).unwrap_err().into_iter().map(|e| (e.path, e.reason)).collect()
}

#[test]
fn default_plan_needs_100_customers_and_seed_004_volumes() {
    let r = compute(&Plan::default()).unwrap();
    assert_eq!(r.version, 2);
    assert_eq!(r.customers, 100);
    assert_eq!(r.revenue.new_business_goal, d("100000"));
    assert!(!r.revenue.covered_by_existing);
    let volumes: Vec<u64> = r.stages.iter().map(|s| s.volume).collect();
    assert_eq!(volumes, [125_000, 2_500, 1_000, 500, 250, 100]);
    assert_eq!(r.forward, Some(vec![125_000, 2_500, 1_000, 500, 250, 100]));
}

#[test]
fn default_plan_breaks_2500_leads_into_209_a_month_and_49_a_week() {
    let r = compute(&Plan::default()).unwrap();
    let lead = &r.breakdowns.unwrap()[1];
    assert_eq!((lead.total, lead.months.pace, lead.weeks.pace), (2_500, 209, 49));
    assert_eq!(lead.quarters.parts, [625, 625, 625, 625]);
    let timing = r.timing.unwrap();
    assert_eq!(timing[1].pipeline_already_needed, 0);
    assert_eq!(timing[1].by_month.iter().sum::<u64>(), 2_500);
}

#[test]
fn default_team_of_one_rep_exactly_covers_the_goal() {
    let r = compute(&Plan::default()).unwrap();
    let team = r.team.unwrap();
    assert_eq!((team.capacity, team.gap, team.extra_reps_needed), (d("100000"), Decimal::ZERO, 0));
    let loads = r.workloads.unwrap();
    let names: Vec<&str> = loads.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["SQL", "Opportunity", "Customer"]);
    assert_eq!((loads[0].per_month, loads[0].per_month_whole), (d("41.666666666"), 42));
    assert_eq!(loads[0].per_week_whole, 10);
}

#[test]
fn default_sla_hands_over_the_mql_weekly_pace_and_one_rep_is_short_of_hours() {
    let r = compute(&Plan::default()).unwrap();
    assert_eq!(r.handover_stage, 2);
    let sla = r.sla.unwrap();
    // 1 000 MQL a year over 52 weeks: ceil → 20 a week; 60 % good fit → 12.
    assert_eq!(sla.marketing.handover_per_week, 20);
    assert_eq!(sla.marketing.good_fit_per_week, 12);
    assert_eq!(sla.sales.qualify_by, Weekday::Wednesday);
    // 20 leads × 6 attempts × 15 min = 30 h > 20 selling hours.
    assert_eq!(sla.sales.capacity.hours_needed_total, d("30"));
    assert_eq!(sla.sales.capacity.verdict, CapacityVerdict::Short);
    assert_eq!(sla.sales.capacity.reps_needed, Some(2));
}

#[test]
fn default_optional_parts_are_off_and_always_on_parts_are_present() {
    let r = compute(&Plan::default()).unwrap();
    assert_eq!((r.budget, r.goal_seek, r.tracking, r.scoring), (None, None, None, None));
    let economics = r.economics.unwrap();
    assert_eq!(
        (economics.total_spend, economics.cac, economics.roi),
        (Decimal::ZERO, Some(Decimal::ZERO), None)
    );
    assert_eq!(r.pipeline.remaining_quota, d("100000"));
    assert_eq!(r.pipeline.velocity, None);
    assert_eq!(r.sensitivity.baseline_top, Some(125_000));
    assert_eq!(r.lead_stage, 1);
}

#[test]
fn simple_mode_hands_over_the_lead_stage_whatever_the_sla_index() {
    let mut plan = Plan::default();
    plan.funnel.mode = FunnelMode::Simple;
    plan.sla.handover_stage = Some(4);
    let r = compute(&plan).unwrap();
    assert_eq!((r.handover_stage, r.lead_stage), (0, 0));
    // 2 500 leads a year → 49 a week.
    assert_eq!(r.sla.unwrap().marketing.handover_per_week, 49);
}

#[test]
fn existing_revenue_shrinks_the_new_business_goal_the_funnel_works_from() {
    let mut plan = Plan::default();
    plan.funnel.mode = FunnelMode::Simple;
    plan.revenue.current_recurring_revenue = d("50000");
    plan.revenue.net_revenue_retention = d("1.1");
    let r = compute(&plan).unwrap();
    assert_eq!(r.revenue.from_existing, d("55000"));
    assert_eq!(r.customers, 45);
    assert_eq!(r.volume_of("lead"), Some(1_125));
    assert_eq!(r.team.unwrap().goal, d("45000"));
}

#[test]
fn existing_customers_covering_the_goal_need_no_volume_at_any_stage() {
    let mut plan = Plan::default();
    plan.revenue.current_recurring_revenue = d("200000");
    let r = compute(&plan).unwrap();
    assert!(r.revenue.covered_by_existing);
    assert_eq!(r.customers, 0);
    assert!(r.stages.iter().all(|s| s.volume == 0));
    assert_eq!(r.forward, Some(vec![0; 6]));
    assert_eq!(r.sensitivity.baseline_top, Some(0));
    assert_eq!(r.economics.unwrap().cac, None);
}

#[test]
fn budget_costs_the_lead_stage_and_feeds_marketing_spend_into_cac() {
    let plan = Plan {
        budget: Some(BudgetTerms { cost_per_lead: Some(d("2")), ..BudgetTerms::default() }),
        ..Plan::default()
    };
    let r = compute(&plan).unwrap();
    let budget = r.budget.unwrap();
    assert_eq!(budget.yearly_budget, d("4212000"));
    assert_eq!(budget.funnel_cost.unwrap().needed, d("5000"));
    assert_eq!(r.economics.unwrap().cac, Some(d("42120")));
}

#[test]
fn lead_stage_is_the_stage_named_lead_else_the_second_of_three_else_the_first() {
    let mut plan = Plan::default();
    plan.sla.handover_stage = Some(0);
    plan.funnel.stages = stages(3, "0.5");
    assert_eq!(compute(&plan).unwrap().lead_stage, 1);
    plan.funnel.stages = stages(2, "0.5");
    assert_eq!(compute(&plan).unwrap().lead_stage, 0);
    plan.funnel.stages[1].name = " LEAD ".into();
    assert_eq!(compute(&plan).unwrap().lead_stage, 1);
}

#[test]
fn errors_in_every_section_are_collected_with_paths_from_the_plan_root() {
    let mut plan = Plan::default();
    plan.sla.attempts = Decimal::ZERO;
    plan.periods.working_days_per_week = d("8");
    plan.team.hires = vec![NewHire { start_month: d("13"), ..NewHire::default() }];
    plan.revenue.net_revenue_retention = d("-1");
    plan.sensitivity.lift = Decimal::ONE;
    plan.budget = Some(BudgetTerms { percent_of_revenue: d("-0.1"), ..BudgetTerms::default() });
    plan.pipeline.win_rate = d("2");
    plan.economics.gross_margin = Some(d("1.5"));
    plan.cycle.days_to_close = vec![d("-1")];
    assert_eq!(
        errors_of(&plan),
        [
            ("revenue.net_revenue_retention".to_string(), Reason::Negative),
            ("periods.working_days_per_week".into(), Reason::OutOfRange),
            ("cycle.days_to_close.0".into(), Reason::Negative),
            ("team.hires.0.start_month".into(), Reason::OutOfRange),
            ("sla.attempts".into(), Reason::OutOfRange),
            ("budget.percent_of_revenue".into(), Reason::Negative),
            ("economics.gross_margin".into(), Reason::AboveHundredPercent),
            ("pipeline.win_rate".into(), Reason::AboveHundredPercent),
            ("sensitivity.lift".into(), Reason::OutOfRange),
        ]
    );
}

#[test]
fn switched_off_parts_are_not_checked_until_enabled() {
    let mut plan = Plan::default();
    plan.goal_seek.top_volume = d("-1");
    plan.tracking.elapsed = Decimal::ZERO;
    plan.scoring.cells[0].rate = d("2");
    assert!(compute(&plan).is_ok());
    plan.goal_seek.enabled = true;
    plan.tracking.enabled = true;
    plan.scoring.enabled = true;
    assert_eq!(
        errors_of(&plan),
        [
            ("goal_seek.top_volume".to_string(), Reason::OutOfRange),
            ("tracking.elapsed".into(), Reason::MustBePositive),
            ("scoring.cells.0.rate".into(), Reason::AboveHundredPercent),
        ]
    );
}

#[test]
fn enabled_goal_seek_tracking_and_scoring_appear_in_the_report() {
    let mut plan = Plan::default();
    plan.goal_seek.enabled = true;
    plan.tracking.enabled = true;
    plan.tracking.actuals = vec![Some(d("60000")), Some(d("1000"))];
    plan.scoring.enabled = true;
    let r = compute(&plan).unwrap();
    let seek = r.goal_seek.unwrap();
    assert_eq!((seek.top_volume, seek.customers_needed, seek.current_customers), (100_000, 100, Some(80)));
    let tracking = r.tracking.unwrap();
    assert_eq!(tracking.stages[0].projected, Some(120_000));
    assert_eq!(r.scoring.unwrap().sales_ready_leads, 500);
}

#[test]
fn handover_stage_must_be_before_the_customer_stage() {
    let mut plan = Plan::default();
    plan.sla.handover_stage = Some(5);
    assert_eq!(errors_of(&plan), [("sla.handover_stage".to_string(), Reason::OutOfRange)]);
}

#[test]
fn two_hundred_stages_compute_and_two_hundred_and_one_are_too_many() {
    let mut plan = Plan::default();
    plan.funnel.stages = stages(200, "1");
    let r = compute(&plan).unwrap();
    assert!(r.stages.iter().all(|s| s.volume == 100));
    assert_eq!(r.breakdowns.unwrap().len(), 200);
    plan.funnel.stages = stages(201, "1");
    assert_eq!(errors_of(&plan), [("funnel.stages".to_string(), Reason::TooMany)]);
    plan.funnel.stages = Vec::new();
    assert_eq!(errors_of(&plan), [("funnel.stages".to_string(), Reason::TooFew)]);
}

#[test]
fn a_funnel_too_steep_to_count_reports_the_goal_as_too_large() {
    let mut plan = Plan::default();
    plan.funnel.stages = stages(200, "0.5");
    assert_eq!(errors_of(&plan), [("goal".to_string(), Reason::TooLarge)]);
}

#[test]
fn a_zero_rate_in_the_stage_list_must_be_positive() {
    let mut plan = Plan::default();
    plan.funnel.stages[3].rate = Decimal::ZERO;
    assert_eq!(errors_of(&plan), [("funnel.stages.3.rate".to_string(), Reason::MustBePositive)]);
}

#[test]
fn partial_json_fills_every_missing_field_with_its_default() {
    let plan: Plan = serde_json::from_str(r#"{"goal": 5000}"#).unwrap();
    // A missing hand-over stage follows the stage list (the same MQL here).
    let sla = funnel_planner::engine::sla::SlaTerms::following_stages();
    assert_eq!(plan, Plan { goal: d("5000"), sla, ..Plan::default() });
    let r = compute(&plan).unwrap();
    // Rounded once per stage: 5 customers → 13 opportunities → 26 SQL → 52 MQL → 130 leads,
    // not 5 / 4 % = 125.
    assert_eq!((r.customers, r.volume_of("lead")), (5, Some(130)));
}

#[test]
fn unknown_json_fields_are_ignored_at_every_level() {
    let json = r#"{"goal": 5000, "colour": "red", "team": {"reps": 2, "shoe_size": 44}}"#;
    let plan: Plan = serde_json::from_str(json).unwrap();
    assert_eq!(plan.team.reps, d("2"));
    assert_eq!(plan.team.quota_per_rep, d("125000"));
}

#[test]
fn a_newer_schema_version_is_unsupported() {
    let plan: Plan = serde_json::from_str(r#"{"version": 3}"#).unwrap();
    assert_eq!(errors_of(&plan), [("version".to_string(), Reason::UnsupportedVersion)]);
}

#[test]
fn huge_json_numbers_are_rejected_by_deserialisation_not_by_a_panic() {
    for json in [r#"{"goal": 1e308}"#, r#"{"goal": 1e400}"#, r#"{"goal": "1e308"}"#, r#"{"goal": -1e16}"#] {
        assert!(serde_json::from_str::<Plan>(json).is_err(), "{json}");
    }
    let plan: Plan = serde_json::from_str(r#"{"goal": 1e15, "deal_size": 0.000000001}"#).unwrap();
    assert_eq!(errors_of(&plan), [("goal".to_string(), Reason::TooLarge)]);
}

#[test]
fn default_plan_and_its_report_survive_a_json_round_trip() {
    let plan = Plan { budget: Some(BudgetTerms::default()), ..Plan::default() };
    let text = serde_json::to_string(&plan).unwrap();
    assert_eq!(serde_json::from_str::<Plan>(&text).unwrap(), plan);
    let report = compute(&plan).unwrap();
    let text = serde_json::to_string(&report).unwrap();
    assert!(text.contains(r#""customers":100"#));
}
