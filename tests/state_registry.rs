//! The field registry covers the plan: every editable leaf of a `Plan` has one entry, every
//! number entry reads and writes the leaf serde sees, every documented embed parameter and every
//! error path the engine reports resolves, and the stage-aligned lists are the registry's.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::actuals::compliance::{RejectionCount, SlaRecord};
use funnel_planner::engine::actuals::{PeriodActuals, SourceActuals};
use funnel_planner::engine::agreement::Commitment;
use funnel_planner::engine::budget::BudgetTerms;
use funnel_planner::engine::clause::Clause;
use funnel_planner::engine::risk::RateUncertainty::{Observed, Range};
use funnel_planner::engine::sources::{GoalShare, Owner, Source};
use funnel_planner::engine::time::calendar::{Date, YearMonth};
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::state::registry::{
    self, Access, Kind, List, FIELDS, MAX_NAME_LEN, SOURCE_STAGE_LISTS, STAGE_LISTS,
};
use serde_json::Value;
use support::d;

/// Leaves of the plan a user cannot change (the schema version, the simulation's fixed seed,
/// the scoring grid's axes).
const FIXED: [&str; 4] = ["version", "risk.seed", "scoring.cells.#.fit", "scoring.cells.#.interest"];

/// The agreed version: a snapshot the "Agree" action takes of the terms (one registry entry,
/// `agreement.agreed`), never edited field by field.
const SNAPSHOT: &str = "agreement.agreed.";

/// A plan with every optional part on and every list holding entries.
fn full_plan() -> Plan {
    let budget = BudgetTerms { stage_costs: vec![Some(d("5")), None], ..Default::default() };
    let mut plan = Plan { budget: Some(budget), ..Default::default() };
    plan.periods.seasonality = Some(vec![Decimal::ONE; 12]);
    plan.cycle.days_to_close = vec![d("3"), d("4")];
    plan.pipeline.open_value_by_stage = vec![d("100")];
    plan.tracking.actuals = vec![Some(d("900")), None];
    plan.team.hires = vec![Default::default()];
    plan.risk.stages = vec![
        Some(Range { low: d("0.01"), likely: d("0.02"), high: d("0.03") }),
        Some(Observed { successes: d("20"), trials: d("100") }),
    ];
    plan.economics.gross_margin = Some(d("0.7"));
    plan.actuals.start = YearMonth::new(2026, 3);
    let month = |period| PeriodActuals {
        period,
        stages: vec![Some(d("900")), None],
        by_source: vec![SourceActuals { source: "Inbound".into(), stages: vec![Some(d("4"))] }],
    };
    plan.actuals.months = vec![month(2), month(1)];
    plan.actuals.weeks = vec![month(5)];
    plan.actuals.sla.records = vec![SlaRecord {
        period: 1,
        handed_over: Some(d("20")),
        good_fit: Some(d("12")),
        contacted_in_time: Some(d("18")),
        all_attempts_in_time: Some(d("15")),
        decided_in_time: Some(d("19")),
        accepted: Some(d("14")),
        rejected: Some(d("5")),
        rejection_reasons: vec![RejectionCount { reason: "Budget".into(), count: d("5") }],
    }];
    plan.agreement.commitments = vec![Commitment::proposed(Clause::FirstContact)];
    funnel_planner::engine::agree(&mut plan, Date::new(2026, 3, 2), vec!["Ana".into()]);
    plan.sources = vec![
        Source {
            name: "Inbound".into(),
            share: GoalShare::Share(d("0.6")),
            deal_size: Some(d("900")),
            rates: vec![Some(d("0.2")), None],
            cost_per_lead: Some(d("12")),
            stage_costs: vec![None, Some(d("40"))],
            days_to_close: vec![Some(d("30"))],
            max_leads: Some(d("5000")),
            ..Default::default()
        },
        Source {
            name: "Partners".into(),
            owner: Owner::Partners,
            share: GoalShare::Amount(d("1000")),
            ..Default::default()
        },
    ];
    plan
}

/// Every leaf of `value` as (path, leaf); an enum's tag (`range`, `observed`) is not a segment
/// of the field path.
fn leaves(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    let join = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let tag = path.starts_with("risk.stages.") && (k == "range" || k == "observed");
                leaves(v, if tag { path.clone() } else { join(k) }, out);
            }
        }
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| leaves(v, join(&i.to_string()), out))
        }
        leaf => out.push((path, leaf.clone())),
    }
}

fn pattern(path: &str) -> String {
    path.split('.').map(|s| if s.parse::<usize>().is_ok() { "#" } else { s }).collect::<Vec<_>>().join(".")
}

fn plan_leaves() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    leaves(&serde_json::to_value(full_plan()).unwrap(), String::new(), &mut out);
    out
}

#[test]
fn every_editable_leaf_of_the_plan_has_an_entry() {
    let leaves = plan_leaves();
    assert!(leaves.len() > 80, "the walk found the plan's leaves");
    for (path, _) in &leaves {
        if FIXED.contains(&pattern(path).as_str()) || path.starts_with(SNAPSHOT) {
            continue;
        }
        let (spec, _) = registry::lookup(path).unwrap_or_else(|| panic!("{path} has no registry entry"));
        assert_eq!(spec.path, pattern(path));
    }
}

#[test]
fn every_entry_names_a_leaf_of_the_plan() {
    let patterns: Vec<String> = plan_leaves().iter().map(|(p, _)| pattern(p)).collect();
    for spec in FIELDS {
        // Whole-part entries: the budget switch, a stage's uncertainty kind, the agreed version,
        // a source's share kind (percentage or amount).
        if matches!(spec.path, "budget" | "risk.stages.#" | "agreement.agreed" | "sources.#.share") {
            continue;
        }
        assert!(patterns.iter().any(|p| p == spec.path), "{} is not in the plan", spec.path);
    }
}

#[test]
fn number_entries_read_and_write_the_leaf_serde_sees() {
    let plan = full_plan();
    let mut checked = 0;
    for (path, leaf) in plan_leaves() {
        let Some((spec, _)) = registry::lookup(&path) else { continue };
        if !matches!(spec.access, Access::Number { .. }) {
            continue;
        }
        let expected = match &leaf {
            Value::Null => None,
            Value::Number(n) => Some(d(&n.to_string())),
            other => panic!("{path} is a number field but holds {other}"),
        };
        assert_eq!(registry::read(&plan, &path), Some(expected), "{path}");
        assert_eq!(spec.optional, leaf.is_null() || registry::optional(&path), "{path}");
        let mut written = plan.clone();
        assert!(registry::write(&mut written, &path, Some(d("0.5"))), "{path}");
        let mut after = Vec::new();
        leaves(&serde_json::to_value(&written).unwrap(), String::new(), &mut after);
        let now = after.iter().find(|(p, _)| *p == path).map(|(_, v)| v.clone());
        assert_eq!(now, Some(serde_json::json!(0.5)), "{path} writes its own leaf");
        checked += 1;
    }
    assert!(checked > 50, "{checked} number fields checked");
}

#[test]
fn the_documented_embed_parameters_resolve_with_their_kind() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let row = readme
        .lines()
        .find(|l| l.starts_with("| any field path |"))
        .expect("the README documents field paths");
    let examples: Vec<&str> =
        row.split('`').skip(1).step_by(2).filter_map(|c| c.split_once('=').map(|(p, _)| p)).collect();
    let lock = readme.lines().find(|l| l.starts_with("| `lock` |")).expect("the README documents lock");
    let locked: Vec<&str> = lock
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|c| c.contains('.') || !c.contains(' '))
        .flat_map(|c| c.split(','))
        .collect();
    let expected = [
        ("goal", Kind::Money),
        ("deal_size", Kind::Money),
        ("funnel.overall_rate", Kind::Percent),
        ("team.reps", Kind::Count),
        ("sla.attempts", Kind::Count),
        ("funnel.stages.1.rate", Kind::Percent),
    ];
    assert!(examples.len() >= 5, "{examples:?}");
    for path in examples.iter().chain(locked.iter().filter(|p| **p != "lock")) {
        assert!(registry::is_number(path), "{path} is documented but not a number field");
        if let Some((_, kind)) = expected.iter().find(|(p, _)| p == path) {
            assert_eq!(registry::kind(path), *kind, "{path}");
        }
    }
    for (path, kind) in expected {
        assert!(
            examples.contains(&path) || locked.contains(&path) || path == "deal_size",
            "{path} is documented"
        );
        assert_eq!(registry::kind(path), kind, "{path}");
    }
}

#[test]
fn every_error_path_the_engine_reports_resolves() {
    let mut plan = full_plan();
    plan.goal_seek.enabled = true;
    plan.tracking.enabled = true;
    plan.scoring.enabled = true;
    plan.risk.enabled = true;
    let paths: Vec<String> =
        plan_leaves().into_iter().map(|(p, _)| p).filter(|p| registry::is_number(p)).collect();
    for path in &paths {
        registry::write(&mut plan, path, Some(d("-7")));
    }
    let errors = compute(&plan).expect_err("negative everywhere");
    assert!(errors.len() > 30, "{} errors", errors.len());
    for error in errors {
        // A list-level error (too few, too many) names the list; a field error names the field.
        let list = FIELDS.iter().any(|s| s.path.strip_suffix(".#").is_some_and(|l| l == error.path));
        assert!(registry::lookup(&error.path).is_some() || list, "{} does not resolve", error.path);
    }
}

#[test]
fn the_stage_aligned_lists_are_the_registrys_stage_fields() {
    let mut from_registry: Vec<&str> = FIELDS
        .iter()
        .filter(|s| s.list == Some(List::Stages) && !s.path.starts_with("funnel.stages."))
        .filter_map(|s| s.path.split(".#").next())
        .collect();
    from_registry.dedup();
    let mut lists: Vec<&str> = STAGE_LISTS.iter().map(|(p, _)| *p).collect();
    from_registry.sort();
    lists.sort();
    assert_eq!(from_registry, lists);
}

#[test]
fn each_sources_stage_lists_are_the_registrys_source_stage_fields() {
    let mut from_registry: Vec<&str> = FIELDS
        .iter()
        .filter(|s| s.list == Some(List::SourceStages))
        .filter_map(|s| s.path.strip_prefix("sources.#.")?.strip_suffix(".#"))
        .collect();
    let mut lists = SOURCE_STAGE_LISTS.to_vec();
    from_registry.sort();
    lists.sort();
    assert_eq!(from_registry, lists);
}

#[test]
fn a_stage_inside_a_source_has_one_path_per_source_and_stage() {
    let (spec, i) = registry::lookup("sources.2.rates.3").unwrap();
    assert_eq!(
        (spec.path, spec.kind, registry::source_stage(i)),
        ("sources.#.rates.#", Kind::Percent, (2, 3))
    );
    assert!(registry::lookup("sources.0.rates.199").is_some());
    assert!(registry::lookup("sources.0.rates.200").is_none(), "the stage index stays a stage");
    assert!(registry::lookup("sources.29.days_to_close.0").is_some());
    assert!(registry::lookup("sources.30.days_to_close.0").is_none(), "at most 30 sources");
    assert!(registry::lookup("sources.30.name").is_none());
    let mut plan = full_plan();
    assert!(registry::write(&mut plan, "sources.1.rates.2", Some(d("0.5"))));
    assert_eq!(plan.sources[1].rates, vec![None, None, Some(d("0.5"))]);
    assert_eq!(plan.sources[0].rates, vec![Some(d("0.2")), None], "the other source is untouched");
    assert_eq!(registry::read(&plan, "sources.0.share.amount"), None, "a share, not an amount");
    assert_eq!(registry::read(&plan, "sources.1.share.amount"), Some(Some(d("1000"))));
}

#[test]
fn limits_are_in_the_registry() {
    let (name, _) = registry::lookup("funnel.stages.3.name").unwrap();
    assert_eq!((name.kind, name.max_len), (Kind::Text, Some(MAX_NAME_LEN)));
    assert_eq!(MAX_NAME_LEN, 60);
    assert_eq!(List::Stages.max_items(), 200);
    assert!(registry::lookup("funnel.stages.199.rate").is_some());
    assert!(registry::lookup("funnel.stages.200.rate").is_none());
    assert!(registry::lookup("funnel.stages.01.rate").is_none(), "one spelling per field");
    assert!(FIELDS.iter().filter(|s| s.kind.is_number()).all(|s| s.max_len.is_none()));
}

#[test]
fn reading_a_field_leaves_the_plan_as_it_was() {
    // Reading a budget field while the budget is off shows the default budget's value without
    // switching it on.
    let plan = Plan::default();
    assert_eq!(registry::read(&plan, "budget.amount"), Some(Some(d("2527"))));
    assert_eq!(registry::read(&plan, "budget.stage_costs.4"), Some(None));
    assert_eq!(registry::read(&plan, "cycle.days_to_close.5"), Some(Some(Decimal::ZERO)));
    assert!(plan.budget.is_none());
    assert_eq!(registry::read(&plan, "risk.stages.0.low"), None, "no range at that stage");
}
