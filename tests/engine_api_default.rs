//! A JSON plan without an `sla` part computes whatever its stage count (issue 11 item 5): the
//! default hand-over stage follows the stage list instead of failing `sla.handover_stage`.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{compute, Plan};

fn plan(json: &str) -> Plan {
    serde_json::from_str(json).unwrap()
}

#[test]
fn two_and_three_stage_plans_without_sla_compute() {
    let two = plan(r#"{"funnel": {"stages": [{"name": "Lead", "rate": 0.1}, {"name": "Customer"}]}}"#);
    let r = compute(&two).unwrap();
    assert_eq!((r.handover_stage, r.stages[0].volume), (0, 1_000));
    let three = plan(
        r#"{"funnel": {"stages": [{"name": "Lead", "rate": 0.5}, {"name": "SQL", "rate": 0.2},
            {"name": "Customer"}]}}"#,
    );
    assert_eq!(compute(&three).unwrap().handover_stage, 1);
    // An `sla` part without the stage follows the list too; a named stage is still checked.
    let partial = plan(
        r#"{"funnel": {"stages": [{"name": "Lead", "rate": 0.1}, {"name": "Customer"}]}, "sla": {"attempts": 4}}"#,
    );
    assert_eq!(compute(&partial).unwrap().handover_stage, 0);
    let named = plan(
        r#"{"funnel": {"stages": [{"name": "Lead", "rate": 0.1}, {"name": "Customer"}]}, "sla": {"handover_stage": 2}}"#,
    );
    assert_eq!(compute(&named).unwrap_err()[0].path, "sla.handover_stage");
}

#[test]
fn the_default_plan_and_an_empty_json_plan_hand_over_mqls() {
    assert_eq!(compute(&Plan::default()).unwrap().handover_stage, 2);
    assert_eq!(compute(&plan("{}")).unwrap().handover_stage, 2);
    // Saved plans carry the stage, and read back the same.
    let saved = serde_json::to_string(&Plan::default()).unwrap();
    assert_eq!(plan(&saved), Plan::default());
}
