//! The repair of a saved plan on browser values (`browser::js_tree`), in a real browser: an
//! oversize list is cut in place before the plan is read, so a 10 000-stage plan costs what a
//! full one does.
#![cfg(target_arch = "wasm32")]

use funnel_planner::browser::{js_tree, json};
use funnel_planner::engine::funnel::MAX_STAGES;
use funnel_planner::engine::Plan;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn stages_of(plan: &JsValue) -> Array {
    let funnel = Reflect::get(plan, &"funnel".into()).unwrap();
    Reflect::get(&funnel, &"stages".into()).unwrap().unchecked_into()
}

/// The default plan as JS, with `count` stages named S0, S1…
fn plan_with_stages(count: usize) -> JsValue {
    let plan = json::plan_to_js(&Plan::default()).expect("the default plan writes");
    let stages = Array::new();
    for i in 0..count {
        let text = format!(r#"{{"name":"S{i}","team":"sales","rate":0.9}}"#);
        stages.push(&js_sys::JSON::parse(&text).unwrap());
    }
    let funnel = Reflect::get(&plan, &"funnel".into()).unwrap();
    Reflect::set(&funnel, &"stages".into(), &stages).unwrap();
    plan
}

#[wasm_bindgen_test]
fn a_ten_thousand_stage_plan_is_cut_in_place_to_one_past_the_limit_before_it_is_read() {
    let saved = plan_with_stages(10_000);
    let (plan, reset) = js_tree::repair_plan(&Plan::default(), &saved).expect("the plan reads");
    // One past the limit, so the limits still see (and report) that the list was too long.
    assert_eq!(stages_of(&saved).length() as usize, MAX_STAGES + 1, "the saved list itself is cut");
    assert_eq!(plan.funnel.stages.len(), MAX_STAGES + 1);
    assert_eq!(plan.funnel.stages[MAX_STAGES].name, format!("S{MAX_STAGES}"));
    assert!(reset.is_empty(), "nothing fell back to a default: {reset:?}");
}

#[wasm_bindgen_test]
fn a_plan_within_the_limit_is_read_as_it_is() {
    let saved = plan_with_stages(MAX_STAGES);
    let (plan, reset) = js_tree::repair_plan(&Plan::default(), &saved).expect("the plan reads");
    assert_eq!(stages_of(&saved).length() as usize, MAX_STAGES);
    assert_eq!(plan.funnel.stages.len(), MAX_STAGES);
    assert!(reset.is_empty(), "{reset:?}");
}
