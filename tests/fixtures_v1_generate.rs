//! Wrote `tests/fixtures/v1/` from the schema-1 code (commit before sources). Kept for the
//! record of how the fixtures were made; run with `cargo test --test fixtures_v1_generate --
//! --ignored` only on schema-1 code.

use funnel_planner::engine::budget::{BudgetBasis, BudgetTerms, Period};
use funnel_planner::engine::funnel::FunnelMode;
use funnel_planner::engine::team::NewHire;
use funnel_planner::engine::time::periods::Horizon;
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::export::base64;
use funnel_planner::export::standalone::with_preload;
use serde_json::{json, Value};
use std::fs;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// `json.rs`'s `diff`: objects key by key, anything else compared whole.
fn diff(current: &Value, base: &Value) -> Option<Value> {
    if let (Value::Object(c), Value::Object(b)) = (current, base) {
        let mut out = serde_json::Map::new();
        for (k, v) in c {
            if let Some(d) = diff(v, b.get(k).unwrap_or(&Value::Null)) {
                out.insert(k.clone(), d);
            }
        }
        return (!out.is_empty()).then(|| Value::Object(out));
    }
    (current != base).then(|| current.clone())
}

fn plans() -> Vec<(&'static str, Plan)> {
    let mut budgeted = Plan::default();
    budgeted.goal = d("250000");
    budgeted.deal_size = d("1800");
    budgeted.periods.seasonality =
        Some(["10", "10", "12", "12", "11", "9", "7", "5", "12", "12", "11", "8"].iter().map(|t| d(t)).collect());
    budgeted.budget = Some(BudgetTerms {
        basis: BudgetBasis::Amount,
        amount: d("4000"),
        amount_period: Period::Monthly,
        cost_per_lead: Some(d("35.5")),
        ..BudgetTerms::default()
    });
    budgeted.cycle.days_to_close = vec![d("90"), d("75"), d("60"), d("45"), d("30")];
    budgeted.revenue.current_recurring_revenue = d("40000");
    budgeted.revenue.net_revenue_retention = d("1.1");

    let mut simple = Plan::default();
    simple.funnel.mode = FunnelMode::Simple;
    simple.funnel.overall_rate = d("0.035");
    simple.periods.horizon = Horizon::Quarter;
    simple.goal = d("60000");
    simple.deal_size = d("750");

    let mut team = Plan::default();
    team.funnel.stages[1].name = "Prospect".into();
    team.funnel.stages[2].rate = d("0.45");
    team.funnel.stages[3].rate = d("0.3");
    team.team.reps = d("2");
    team.team.hires = vec![NewHire { start_month: d("4"), count: d("1"), ramp_months: d("3") }];
    team.sla.handover_stage = 3;
    team.goal_seek.enabled = true;
    team.tracking.enabled = true;
    team.tracking.actuals = vec![Some(d("30000")), Some(d("700")), None, Some(d("120"))];
    team.tracking.elapsed = d("0.25");
    team.scoring.enabled = true;
    team.budget = Some(BudgetTerms {
        stage_costs: vec![Some(d("0.4")), Some(d("20")), None, Some(d("150"))],
        ..BudgetTerms::default()
    });

    vec![("default", Plan::default()), ("budgeted", budgeted), ("simple_quarter", simple), ("team_tracking", team)]
}

#[test]
#[ignore = "writes fixtures; only meaningful on schema-1 code"]
fn generate_v1_fixtures() {
    let dir = "tests/fixtures/v1";
    let base = serde_json::to_value(Plan::default()).unwrap();
    fs::write(format!("{dir}/default_plan.json"), serde_json::to_string_pretty(&Plan::default()).unwrap()).unwrap();
    let mut links = serde_json::Map::new();
    for (name, plan) in plans() {
        let report = compute(&plan).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        fs::write(format!("{dir}/plan_{name}.json"), serde_json::to_string_pretty(&plan).unwrap()).unwrap();
        fs::write(format!("{dir}/report_{name}.json"), serde_json::to_string_pretty(&report).unwrap()).unwrap();
        let current = serde_json::to_value(&plan).unwrap();
        let body = diff(&current, &base).map_or_else(|| "{}".to_string(), |v| v.to_string());
        links.insert(name.to_string(), json!(format!("#v1={}&cur=EUR", base64::encode(body.as_bytes()))));
        let preload = json!({"app": "funnel-planner", "version": 1, "lang": "fr", "currency": "EUR", "plan": current});
        let pristine = concat!(
            "<!doctype html><html><head>",
            "<script type=\"application/json\" id=\"fp-preload\"></script>",
            "</head><body></body></html>"
        );
        fs::write(format!("{dir}/standalone_{name}.html"), with_preload(pristine, &preload.to_string()).unwrap())
            .unwrap();
    }
    fs::write(format!("{dir}/links.json"), serde_json::to_string_pretty(&links).unwrap()).unwrap();
}

mod plan_strategies;

/// Resets the section an error points at (as in `engine_plan_properties.rs`).
fn reset(plan: &mut Plan, path: &str) {
    let d = Plan::default();
    match path.split('.').next().unwrap_or("") {
        "goal" => plan.goal = d.goal,
        "deal_size" => plan.deal_size = d.deal_size,
        "funnel" => plan.funnel = d.funnel,
        "revenue" => plan.revenue = d.revenue,
        "periods" => plan.periods = d.periods,
        "cycle" => plan.cycle = d.cycle,
        "team" => plan.team = d.team,
        "sla" => plan.sla = funnel_planner::engine::sla::SlaTerms { handover_stage: 0, ..d.sla },
        "budget" => plan.budget = d.budget,
        "economics" => plan.economics = d.economics,
        "pipeline" => plan.pipeline = d.pipeline,
        "goal_seek" => plan.goal_seek = d.goal_seek,
        "tracking" => plan.tracking = d.tracking,
        "sensitivity" => plan.sensitivity = d.sensitivity,
        "scoring" => plan.scoring = d.scoring,
        _ => plan.version = d.version,
    }
}

#[test]
#[ignore = "writes fixtures; only meaningful on schema-1 code"]
fn generate_many_v1_plans() {
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let moderate = (1i64..=5_000, 0u32..=3).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap()).boxed();
    let strategy = plan_strategies::arb_plan(moderate);
    let rng = TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &[13; 32]);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let mut out = Vec::new();
    let mut attempts = 0;
    while out.len() < 40 {
        attempts += 1;
        assert!(attempts < 2_000, "only {} plans", out.len());
        let mut plan = strategy.new_tree(&mut runner).unwrap().current();
        for _ in 0..6 {
            match compute(&plan) {
                Ok(_) => break,
                Err(errors) => errors.iter().for_each(|e| reset(&mut plan, &e.path)),
            }
        }
        let Ok(report) = compute(&plan) else {
            eprintln!("{:?}", compute(&plan).err());
            continue;
        };
        // The JSON must read back as the same plan for the fixture to mean anything.
        let text = serde_json::to_string(&plan).unwrap();
        if serde_json::from_str::<Plan>(&text).ok().as_ref() != Some(&plan) {
            continue;
        }
        let mut report = serde_json::to_value(&report).unwrap();
        // Working-day parts are most of the bytes and are checked in the hand-made fixtures.
        if let Some(list) = report["breakdowns"].as_array_mut() {
            for b in list {
                b["working_days"]["parts"] = json!([]);
            }
        }
        out.push(json!({"plan": plan, "report": report}));
    }
    fs::write("tests/fixtures/v1/many_plans.json", serde_json::to_string(&out).unwrap()).unwrap();
}
