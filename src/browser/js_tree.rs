//! Browser JSON values as a repair `Tree`, and the repair of a saved plan with them: the
//! plan laid over the defaults part by part, a part that does not read falling back to its
//! default (see `state::repair`).

use super::json;
use crate::engine::Plan;
use crate::state::repair::{repair, Tree};
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone)]
struct Js(JsValue);

impl Tree for Js {
    fn is_object(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn is_array(&self) -> bool {
        Array::is_array(&self.0)
    }

    fn keys(&self) -> Vec<String> {
        if !self.is_object() {
            return Vec::new();
        }
        Object::keys(self.0.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect()
    }

    fn member(&self, key: &str) -> Option<Js> {
        let value = Reflect::get(&self.0, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined()).then_some(Js(value))
    }

    fn with_member(&self, key: &str, value: Js) -> Js {
        let out = Object::assign(&Object::new(), self.0.unchecked_ref::<Object>());
        let _ = Reflect::set(&out, &JsValue::from_str(key), &value.0);
        Js(out.into())
    }

    fn items(&self) -> Vec<Js> {
        if !self.is_array() {
            return Vec::new();
        }
        self.0.unchecked_ref::<Array>().iter().map(Js).collect()
    }

    fn array(items: Vec<Js>) -> Js {
        Js(items.into_iter().map(|j| j.0).collect::<Array>().into())
    }

    fn empty_object() -> Js {
        Js(Object::new().into())
    }
}

/// Lists longer than this are cut before the plan is read: one past the longest list a plan
/// may hold (200 stages; every other list's limit is lower), so the limits still see, and
/// report, that a list was too long, while the reading stays within a frame (the repair reads
/// the plan more than once: 1 000 saved stages took a 10 000-stage plan's opening past 100 ms).
const MAX_READ_ITEMS: u32 = crate::engine::funnel::MAX_STAGES as u32 + 1;

/// Cuts every list inside `value` to `MAX_READ_ITEMS`, in place (`value` is a fresh parse).
fn cap_lists(value: &JsValue, depth: u32) {
    if depth > 8 {
        return;
    }
    if Array::is_array(value) {
        // The array itself, not `Array::from` (JS `Array.from`), which cuts a copy and left
        // the plan to be read whole: 49 ms for 10 000 saved stages.
        let list: &Array = value.unchecked_ref();
        if list.length() > MAX_READ_ITEMS {
            list.set_length(MAX_READ_ITEMS);
        }
        list.for_each(&mut |item, _, _| cap_lists(&item, depth + 1));
    } else if value.is_object() {
        for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
            cap_lists(&Reflect::get(value, &key).unwrap_or(JsValue::UNDEFINED), depth + 1);
        }
    }
}

/// The saved `value` laid over `base`, with the paths that fell back to their default; `None`
/// when `value` is not an object (nothing of it can be read as a plan).
pub fn repair_plan(base: &Plan, value: &JsValue) -> Option<(Plan, Vec<String>)> {
    let saved = Js(value.clone());
    if !saved.is_object() {
        return None;
    }
    cap_lists(value, 0);
    let base = Js(json::plan_to_js(base)?);
    // The plan of the last value that read, so the repaired value (usually the first one
    // tried) is not read a second time: 10–25 ms for a plan of 200 stages.
    let last_read: RefCell<Option<(JsValue, Plan)>> = RefCell::new(None);
    let reads = |v: &Js| match json::plan_from_js(v.0.clone()) {
        Some(plan) => {
            *last_read.borrow_mut() = Some((v.0.clone(), plan));
            true
        }
        None => false,
    };
    let out = repair(&base, &saved, &reads);
    let plan = match last_read.into_inner() {
        // `==` on JS values is `===`: the very object that was read.
        Some((read, plan)) if read == out.value.0 => plan,
        _ => json::plan_from_js(out.value.0)?,
    };
    Some((plan, out.reset))
}
