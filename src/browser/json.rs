//! Plans to and from JSON through the browser's own `JSON` (no JSON library in the wasm),
//! plus the "difference from the defaults" that keeps share links short. The conversions
//! between Rust values and JS values go through `persist` (`None` until its part is in).

use super::persist;
use crate::engine::risk::RiskReport;
use crate::engine::Plan;
use crate::state::TextMap;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// The plan as a plain JS value (objects, not Maps; u64 as numbers).
pub fn plan_to_js(plan: &Plan) -> Option<JsValue> {
    persist::codec().and_then(|c| (c.plan_to_js)(plan))
}

pub fn drafts_to_js(drafts: &TextMap) -> Option<JsValue> {
    persist::codec().and_then(|c| (c.drafts_to_js)(drafts))
}

pub fn risk_from_js(value: JsValue) -> Option<RiskReport> {
    persist::codec().and_then(|c| (c.risk_from_js)(value))
}

pub fn stringify(value: &JsValue, pretty: bool) -> Option<String> {
    let text = if pretty {
        JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, &JsValue::from(2))
    } else {
        JSON::stringify(value)
    };
    text.ok().and_then(|s| s.as_string())
}

pub fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

/// `JSON.parse` of a JS string as it is, without a copy through wasm memory.
pub fn parse_js(text: &JsValue) -> Option<JsValue> {
    let json = Reflect::get(&js_sys::global(), &JsValue::from_str("JSON")).ok()?;
    let parse: js_sys::Function = Reflect::get(&json, &JsValue::from_str("parse")).ok()?.dyn_into().ok()?;
    parse.call1(&json, text).ok()
}

/// A plan of any known schema version, brought to today's (`engine::schema::migrate`).
pub fn plan_from_js(value: JsValue) -> Option<Plan> {
    persist::codec().and_then(|c| (c.plan_from_js)(value))
}

pub fn plan_to_json(plan: &Plan, pretty: bool) -> Option<String> {
    stringify(&plan_to_js(plan)?, pretty)
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// The parts of `current` that differ from `base` (objects compared key by key, anything
/// else as a whole); `None` when equal.
pub fn diff(current: &JsValue, base: &JsValue) -> Option<JsValue> {
    if is_plain_object(current) && is_plain_object(base) {
        let out = Object::new();
        let mut any = false;
        for key in Object::keys(current.unchecked_ref::<Object>()).iter() {
            let a = Reflect::get(current, &key).ok()?;
            let b = Reflect::get(base, &key).unwrap_or(JsValue::UNDEFINED);
            if let Some(d) = diff(&a, &b) {
                let _ = Reflect::set(&out, &key, &d);
                any = true;
            }
        }
        return any.then(|| out.into());
    }
    let same =
        JSON::stringify(current).ok().map(String::from) == JSON::stringify(base).ok().map(String::from);
    (!same).then(|| current.clone())
}

/// `base` with `patch` laid over it (objects merged key by key, anything else replaced).
pub fn merge(base: &JsValue, patch: &JsValue) -> JsValue {
    if !(is_plain_object(base) && is_plain_object(patch)) {
        return patch.clone();
    }
    let out = Object::assign(&Object::new(), base.unchecked_ref::<Object>());
    for key in Object::keys(patch.unchecked_ref::<Object>()).iter() {
        let p = Reflect::get(patch, &key).unwrap_or(JsValue::UNDEFINED);
        let b = Reflect::get(base, &key).unwrap_or(JsValue::UNDEFINED);
        let _ = Reflect::set(&out, &key, &merge(&b, &p));
    }
    out.into()
}
