//! The plan's reader and writer between Rust and browser JSON values (serde and
//! serde_wasm_bindgen): the largest code the first screen never runs on a first visit. Only
//! `persist` names these functions (and the risk worker, a module of its own), so the split
//! build moves them into a part of its own. The app goes through `json`, never here directly.

use crate::embed::protocol::PlanSummary;
use crate::engine::risk::RiskReport;
use crate::engine::Plan;
use crate::state::TextMap;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// A serde value as a plain JS value (objects, not Maps; u64 as numbers).
fn to_js<T: Serialize>(value: &T) -> Option<JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()
}

pub fn plan_to_js(plan: &Plan) -> Option<JsValue> {
    to_js(plan)
}

/// A plan of any known schema version, brought to today's (`engine::schema::migrate`).
pub fn plan_from_js(value: JsValue) -> Option<Plan> {
    serde_wasm_bindgen::from_value(value).ok().map(crate::engine::schema::migrate)
}

pub fn drafts_to_js(drafts: &TextMap) -> Option<JsValue> {
    to_js(drafts)
}

pub fn summary_to_js(summary: &PlanSummary) -> Option<JsValue> {
    to_js(summary)
}

pub fn risk_from_js(value: JsValue) -> Option<RiskReport> {
    serde_wasm_bindgen::from_value(value).ok()
}

/// The risk worker's answer (src/bin/risk_worker.rs, a module of its own).
pub fn risk_to_js(risk: &RiskReport) -> Option<JsValue> {
    to_js(risk)
}
