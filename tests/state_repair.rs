//! Repair of a damaged saved plan: one bad field falls back to its default and every other
//! field is kept; a bad item of a list is repaired or dropped while its neighbours survive.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{Decimal, Plan};
use funnel_planner::state::keep::{KeptAside, Repairs};
use funnel_planner::state::repair::{merge, repair, Tree};
use funnel_planner::state::Notice;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq)]
struct J(Value);

impl Tree for J {
    fn is_object(&self) -> bool {
        self.0.is_object()
    }
    fn is_array(&self) -> bool {
        self.0.is_array()
    }
    fn keys(&self) -> Vec<String> {
        self.0.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
    }
    fn member(&self, key: &str) -> Option<J> {
        self.0.as_object()?.get(key).cloned().map(J)
    }
    fn with_member(&self, key: &str, value: J) -> J {
        let mut out = self.0.clone();
        if let Some(o) = out.as_object_mut() {
            o.insert(key.to_string(), value.0);
        }
        J(out)
    }
    fn items(&self) -> Vec<J> {
        self.0.as_array().map(|a| a.iter().cloned().map(J).collect()).unwrap_or_default()
    }
    fn array(items: Vec<J>) -> J {
        J(Value::Array(items.into_iter().map(|j| j.0).collect()))
    }
    fn empty_object() -> J {
        J(json!({}))
    }
}

fn reads(value: &J) -> bool {
    serde_json::from_value::<Plan>(value.0.clone()).is_ok()
}

fn base() -> J {
    J(serde_json::to_value(Plan::default()).unwrap())
}

fn repaired(saved: Value) -> (Plan, Vec<String>) {
    let out = repair(&base(), &J(saved), &reads);
    (serde_json::from_value(out.value.0).expect("a repaired plan always reads"), out.reset)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn a_readable_plan_comes_back_as_it_was_with_nothing_reset() {
    let (plan, reset) = repaired(json!({ "goal": 250000, "team": { "reps": 3 } }));
    assert_eq!(plan.goal, dec("250000"));
    assert_eq!(plan.team.reps, dec("3"));
    assert!(reset.is_empty());
}

#[test]
fn one_bad_field_falls_back_to_its_default_and_every_other_field_is_kept() {
    let mut saved = serde_json::to_value(Plan::default()).unwrap();
    saved["goal"] = json!(777000);
    saved["deal_size"] = json!(2500);
    saved["team"]["reps"] = json!(4);
    saved["revenue"]["current_recurring_revenue"] = json!("-Infinity");
    saved["funnel"]["stages"][1]["name"] = json!("Prospect");
    let (plan, reset) = repaired(saved);
    assert_eq!(reset, vec!["revenue.current_recurring_revenue".to_string()]);
    assert_eq!((plan.goal, plan.deal_size, plan.team.reps), (dec("777000"), dec("2500"), dec("4")));
    assert_eq!(plan.funnel.stages[1].name, "Prospect");
    assert_eq!(plan.revenue, Plan::default().revenue);
}

#[test]
fn a_bad_stage_is_repaired_over_the_default_stage_and_its_neighbours_survive() {
    let mut saved = serde_json::to_value(Plan::default()).unwrap();
    saved["funnel"]["stages"][0]["name"] = json!("Visits");
    saved["funnel"]["stages"][2]["rate"] = json!({ "oops": true });
    saved["funnel"]["stages"][2]["name"] = json!("Marketing qualified");
    saved["funnel"]["stages"][4] = json!(42);
    saved["funnel"]["stages"][5]["name"] = json!("Client");
    let (plan, reset) = repaired(saved);
    assert_eq!(reset, vec!["funnel.stages.2.rate".to_string(), "funnel.stages.4".to_string()]);
    let names: Vec<&str> = plan.funnel.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Visits", "Lead", "Marketing qualified", "SQL", "Client"]);
    assert_eq!(plan.funnel.stages[2].rate, Plan::default().funnel.stages[2].rate);
}

#[test]
fn a_switched_on_part_with_one_bad_field_stays_on_with_that_field_reset() {
    let (plan, reset) = repaired(json!({ "budget": { "annual_revenue": 5, "amount": "lots" }, "goal": 9 }));
    assert_eq!(plan.goal, dec("9"));
    let budget = plan.budget.expect("budget stays on");
    assert_eq!(budget.annual_revenue, dec("5"));
    assert_eq!(reset, vec!["budget.amount".to_string()]);
}

#[test]
fn a_part_of_the_wrong_shape_is_reset_as_a_whole() {
    let (plan, reset) = repaired(json!({ "team": "four reps", "funnel": [1, 2], "goal": 5 }));
    assert_eq!(plan.goal, dec("5"));
    assert_eq!(plan.team, Plan::default().team);
    assert_eq!(reset, vec!["funnel".to_string(), "team".to_string()]);
}

#[test]
fn merge_lays_objects_key_by_key_and_replaces_lists() {
    let merged =
        merge(&J(json!({ "a": { "b": 1, "c": 2 }, "l": [1, 2] })), &J(json!({ "a": { "c": 3 }, "l": [9] })));
    assert_eq!(merged.0, json!({ "a": { "b": 1, "c": 3 }, "l": [9] }));
}

#[test]
fn the_summary_names_the_parts_reset_and_holds_saving_only_when_nothing_was_kept() {
    let mut repairs = Repairs::default();
    assert!(!repairs.any());
    repairs.reset_path("revenue.current_recurring_revenue");
    repairs.reset_path("funnel.stages.2.rate");
    repairs.reset_path("revenue");
    assert_eq!(repairs.parts().collect::<Vec<_>>(), ["funnel", "revenue"]);
    assert!(repairs.any());
    repairs.kept = KeptAside::InBackup;
    assert!(!Notice::Repaired(repairs).holds_saving());
    repairs.kept = KeptAside::NotKept;
    assert!(Notice::Repaired(repairs).holds_saving());
    for notice in
        [Notice::BrokenLink, Notice::NewerLink, Notice::LinkTooLarge, Notice::BrokenFile, Notice::PartMissing]
    {
        assert!(notice.holds_saving(), "{notice:?}");
    }
    for notice in [
        Notice::Reset,
        Notice::SaveFailed,
        Notice::StorageBlocked,
        Notice::BadImport,
        Notice::WriterMissing,
        Notice::ChangeNotMade,
    ] {
        // Changes go on being saved once the writer loads: the notice holds nothing.
        assert!(!notice.holds_saving(), "{notice:?}");
    }
}

#[test]
fn every_top_level_part_of_the_plan_can_be_named_in_the_repair_notice() {
    let plan = serde_json::to_value(funnel_planner::engine::Plan::default()).unwrap();
    for key in plan.as_object().unwrap().keys() {
        assert!(funnel_planner::state::keep::PARTS.contains(&key.as_str()), "{key} is not a repairable part");
    }
}
