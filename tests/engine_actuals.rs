//! Actuals month after month (issue 14): pace, run-rate and lag-aware projections, each
//! team's gap, the monthly bottleneck, catch-up counts, months with no data, a plan changed
//! mid-year, and old plans loading unchanged.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::actuals::{ActualsReport, PeriodActuals, SourceActuals};
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::Team;
use funnel_planner::engine::time::periods::Horizon;
use funnel_planner::engine::tracking::PaceStatus;
use funnel_planner::engine::{compute, Decimal, Plan, Reason};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A month with the six default stages' counts (`None` = not recorded).
fn month(period: u32, counts: [Option<i64>; 6]) -> PeriodActuals {
    PeriodActuals {
        period,
        stages: counts.iter().map(|c| c.map(Decimal::from_int)).collect(),
        by_source: Vec::new(),
    }
}

fn report(plan: &Plan) -> ActualsReport {
    compute(plan).unwrap().actuals.unwrap()
}

/// Seed 004's default plan with `months` recorded. The year splits into quarters, then months
/// (largest remainder at each level): MQL, the hand-over stage, plans 250 a quarter, so 84 in
/// each quarter's first month and 83 in the other two; customers 25 a quarter, so 9, 8, 8.
fn with_months(months: Vec<PeriodActuals>) -> Plan {
    let mut plan = Plan::default();
    plan.actuals.months = months;
    plan
}

#[test]
fn a_month_without_data_is_no_data_and_left_out_of_both_sides() {
    let n = None;
    let plan = with_months(vec![month(1, [n, n, Some(84), n, n, n]), month(4, [n, n, Some(42), n, n, n])]);
    let r = report(&plan).months;
    let (m1, m2, m4) = (&r.periods[0], &r.periods[1], &r.periods[3]);
    assert!(m1.has_data && !m2.has_data && !r.periods[2].has_data && m4.has_data);
    assert_eq!(m2.stages[2].actual, None);
    assert_eq!(m2.stages[2].cumulative_actual, None);
    assert_eq!(m4.stages[2].cumulative_actual, Some(126));
    // Every month's plan to date, recorded or not: 84 + 83 + 83 + 84.
    assert_eq!(m4.stages[2].cumulative_planned, 334);
    let mql = &r.stages[2];
    // Months 1 and 4 only: 84 + 84 = 168 planned, 126 done; months 2 and 3 are neither done
    // nor zero.
    assert_eq!((mql.periods_recorded, mql.planned_to_date, mql.actual_to_date), (2, 168, 126));
    assert_eq!(mql.pace, Some(d("0.75")));
    assert_eq!(mql.status, Some(PaceStatus::Behind));
    assert_eq!(mql.shortfall, 42);
    assert_eq!(r.last_recorded, Some(4));
    assert_eq!(r.stages[0].status, None);
    assert_eq!(r.periods.len(), 12);
}

#[test]
fn run_rate_projects_the_recorded_average_over_the_whole_horizon() {
    let n = None;
    let plan = with_months(vec![month(1, [n, n, n, n, n, Some(6)]), month(2, [n, n, n, n, n, Some(7)])]);
    let customers = &report(&plan).months.stages[5];
    // 13 in 2 months → floor(13 × 12 / 2) = 78 of the 100 planned.
    assert_eq!(customers.projected, Some(78));
    assert_eq!(customers.planned_total, 100);
    assert_eq!(customers.in_time, None);
}

#[test]
fn lag_aware_projection_counts_only_volume_that_can_still_close_in_the_horizon() {
    let n = None;
    let mut plan =
        with_months(vec![month(1, [n, n, n, Some(40), n, n]), month(2, [n, n, n, Some(44), n, n])]);
    // SQL takes 61 days (2 months) to close: SQLs of months 11–12 close next year.
    plan.cycle.days_to_close = vec![d("0"), d("0"), d("0"), d("61")];
    let sql = &report(&plan).months.stages[3];
    let in_time = sql.in_time.as_ref().unwrap();
    assert_eq!(in_time.lag_periods, 2);
    // 84 recorded + 42 a month for the 8 other months of 1–10.
    assert_eq!(in_time.projected, 420);
    // The plan's months 3–12 moved two months earlier: 6 × 42 + 4 × 41.
    assert_eq!(in_time.planned, 416);
    // SQL → customer is 50 % × 40 %.
    assert_eq!(in_time.customers, 84);
    assert_eq!(sql.projected, Some(504));
    assert_eq!(sql.planned_total, 416);
}

#[test]
fn each_team_gap_is_in_its_own_units_marketing_at_hand_over_sales_at_customers() {
    let n = None;
    let plan = with_months(vec![month(1, [n, Some(209), Some(70), Some(42), n, Some(10)])]);
    let r = report(&plan).months;
    let marketing = r.marketing.unwrap();
    assert_eq!((marketing.team, marketing.name.as_str(), marketing.shortfall), (Team::Marketing, "MQL", 14));
    let sales = r.sales.unwrap();
    assert_eq!(
        (sales.team, sales.name.as_str(), sales.surplus, sales.shortfall),
        (Team::Sales, "Customer", 1, 0)
    );
    assert_eq!(sales.status, Some(PaceStatus::Ahead));
    assert_eq!(r.overall_stage, Some(5));
    assert_eq!(r.overall_status, Some(PaceStatus::Ahead));
    // SQL is a sales unit even though the funnel's SQL stage team is set independently.
    assert_eq!(r.stages[3].team, Team::Sales);
    assert_eq!(r.stages[2].team, Team::Marketing);
}

#[test]
fn next_month_needs_its_plan_plus_the_shortfall_in_whole_counts() {
    let n = None;
    let plan = with_months(vec![month(1, [n, n, Some(70), n, n, n])]);
    let mql = &report(&plan).months.stages[2];
    assert_eq!(mql.shortfall, 14);
    // Month 2 plans 83 (the quarter's 250 split 84, 83, 83).
    assert_eq!(mql.next_planned, Some(83));
    assert_eq!(mql.next_needed, Some(97));
    // (916 still planned + 14 owed) over 11 months = 84.5… → 85 a month.
    assert_eq!(mql.per_period_to_finish, Some(85));
}

#[test]
fn the_last_month_of_the_horizon_has_no_next_month() {
    let n = None;
    let plan = with_months(vec![month(12, [n, n, Some(1), n, n, n])]);
    let mql = &report(&plan).months.stages[2];
    assert_eq!((mql.next_planned, mql.next_needed, mql.per_period_to_finish), (None, None, None));
}

#[test]
fn each_month_names_its_bottleneck_and_the_team_owing_it() {
    let plan = with_months(vec![
        // Month 1: leads on plan, MQLs short (Lead → MQL, marketing's).
        month(1, [Some(10_417), Some(209), Some(60), Some(30), Some(12), Some(5)]),
        // Month 2: MQLs on plan, SQLs short (MQL → SQL, sales' by the hand-over rule).
        month(2, [Some(10_417), Some(209), Some(84), Some(20), Some(8), Some(3)]),
    ]);
    let r = report(&plan).months;
    let b1 = r.periods[0].bottleneck.as_ref().unwrap();
    assert_eq!((b1.unit.as_str(), b1.owner, b1.owed), ("MQL", Team::Marketing, 24));
    let b2 = r.periods[1].bottleneck.as_ref().unwrap();
    assert_eq!((b2.from_stage, b2.to_stage, b2.owner, b2.owed), (2, 3, Team::Sales, 22));
    assert!(r.periods[2].bottleneck.is_none());
}

#[test]
fn a_plan_changed_mid_year_judges_every_month_against_the_current_plan() {
    let n = None;
    let months = vec![month(1, [n, n, Some(84), n, n, n]), month(2, [n, n, Some(84), n, n, n])];
    let before = report(&with_months(months.clone())).months;
    assert_eq!(before.stages[2].status, Some(PaceStatus::OnTrack));
    let mut doubled = with_months(months);
    doubled.goal = Decimal::from_int(200_000);
    let after = report(&doubled).months;
    // 2 000 MQLs a year: 167 in each of months 1–8.
    assert_eq!(after.periods[0].stages[2].planned, 167);
    assert_eq!(after.stages[2].planned_to_date, 334);
    assert_eq!(after.stages[2].status, Some(PaceStatus::Behind));
}

#[test]
fn sources_add_up_when_no_total_is_typed_and_a_typed_total_wins() {
    let src = |name: &str, mql: i64| SourceActuals {
        source: name.into(),
        stages: vec![None, None, Some(Decimal::from_int(mql))],
    };
    let mut m = month(1, [None; 6]);
    m.by_source = vec![src("Ads", 30), src("Events", 20)];
    assert_eq!(m.count(2), Some(50));
    assert_eq!(m.count(1), None);
    m.stages = vec![None, None, Some(Decimal::from_int(55))];
    assert_eq!(m.count(2), Some(55));
    let r = report(&with_months(vec![m])).months;
    assert_eq!(r.stages[2].actual_to_date, 55);
}

#[test]
fn weeks_compare_with_the_weekly_plan() {
    let mut plan = Plan::default();
    plan.actuals.weeks = vec![month(1, [None, None, Some(10), None, None, None])];
    let r = report(&plan);
    let weeks = r.weeks.unwrap();
    assert_eq!(weeks.periods.len(), 52);
    // 1 000 MQLs over 52 weeks: 20 in week 1.
    assert_eq!(weeks.periods[0].stages[2].planned, 20);
    assert_eq!(weeks.stages[2].status, Some(PaceStatus::Behind));
    assert!(!r.months.periods.iter().any(|p| p.has_data));
}

#[test]
fn months_past_a_shorter_horizon_are_kept_but_ignored() {
    let n = None;
    let mut plan = with_months(vec![month(5, [n, n, Some(3), n, n, n]), month(1, [n, n, Some(3), n, n, n])]);
    plan.periods.horizon = Horizon::Quarter;
    let r = report(&plan).months;
    assert_eq!(r.periods.len(), 3);
    assert_eq!(r.stages[2].periods_recorded, 1);
}

#[test]
fn bad_months_and_counts_are_reported_on_their_fields() {
    let mut plan = Plan::default();
    let mut bad = month(1, [None; 6]);
    bad.stages = vec![Some(d("2.5")), Some(d("-1"))];
    plan.actuals.months = vec![bad, month(1, [None; 6]), month(0, [None; 6]), month(13, [None; 6])];
    let mut errors = Errors::default();
    plan.validate(&mut errors);
    let got: Vec<(&str, Reason)> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("actuals.months.0.stages.0", Reason::NotWhole),
            ("actuals.months.0.stages.1", Reason::OutOfRange),
            ("actuals.months.1.period", Reason::TooMany),
            ("actuals.months.2.period", Reason::OutOfRange),
            ("actuals.months.3.period", Reason::OutOfRange),
        ]
    );
}

#[test]
fn a_plan_saved_before_actuals_loads_unchanged_and_reports_none() {
    let mut json: serde_json::Value = serde_json::to_value(Plan::default()).unwrap();
    json.as_object_mut().unwrap().remove("actuals");
    let plan: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(plan, Plan::default());
    assert_eq!(compute(&plan).unwrap().actuals, None);
}

#[test]
fn recorded_actuals_round_trip_through_json() {
    let mut plan = with_months(vec![month(2, [None, Some(200), None, None, None, Some(9)])]);
    plan.actuals.start = Some("2026-01".to_string().try_into().unwrap());
    let text = serde_json::to_string(&plan).unwrap();
    assert!(text.contains("\"start\":\"2026-01\""));
    assert_eq!(serde_json::from_str::<Plan>(&text).unwrap(), plan);
}
