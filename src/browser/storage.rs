//! The current plan, typed drafts, preferences and scenarios in `localStorage`, so a reload
//! loses nothing. Every call tolerates blocked storage (sandboxed iframes, privacy settings).

use super::json;
use crate::engine::Plan;
use crate::i18n::Lang;
use crate::state::prefs::Theme;
use crate::state::scenarios::Scenario;
use crate::state::{State, TextMap};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

const SESSION_KEY: &str = "funnel-planner.v1.session";
const SCENARIOS_KEY: &str = "funnel-planner.v1.scenarios";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether storage can be written (false in sandboxes without same-origin, or when blocked).
pub fn available() -> bool {
    let Some(s) = storage() else { return false };
    s.set_item("funnel-planner.probe", "1").is_ok() && s.remove_item("funnel-planner.probe").is_ok()
}

/// What a previous visit left.
#[derive(Default)]
pub struct Saved {
    pub lang: Option<Lang>,
    pub currency: Option<String>,
    pub theme: Option<Theme>,
    pub plan: Option<Plan>,
    pub drafts: TextMap,
    pub scenarios: Vec<Scenario>,
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn read(key: &str) -> Option<JsValue> {
    json::parse(&storage()?.get_item(key).ok().flatten()?)
}

pub fn load() -> Saved {
    let mut saved = Saved::default();
    if let Some(session) = read(SESSION_KEY) {
        saved.lang = get(&session, "lang").as_string().and_then(|c| Lang::from_code(&c));
        saved.currency = get(&session, "currency").as_string();
        saved.theme = get(&session, "theme").as_string().and_then(|c| Theme::from_code(&c));
        saved.plan = json::plan_from_js(get(&session, "plan"));
        let drafts = get(&session, "drafts");
        if drafts.is_object() {
            for key in Object::keys(drafts.unchecked_ref::<Object>()).iter() {
                if let (Some(k), Some(v)) =
                    (key.as_string(), get(&drafts, &key.as_string().unwrap_or_default()).as_string())
                {
                    saved.drafts.insert(k, v);
                }
            }
        }
    }
    if let Some(list) = read(SCENARIOS_KEY).filter(Array::is_array) {
        for item in Array::from(&list).iter() {
            if let (Some(name), Some(plan)) =
                (get(&item, "name").as_string(), json::plan_from_js(get(&item, "plan")))
            {
                saved.scenarios.push(Scenario { name, plan });
            }
        }
    }
    saved
}

/// Saves everything a reload must restore. Silently does nothing when storage is blocked
/// (the app shows that once, as a notice).
pub fn save(state: &State) {
    let Some(s) = storage() else { return };
    let session = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&session, &JsValue::from_str(k), v);
    };
    set("lang", &JsValue::from_str(state.lang.code()));
    set("currency", &JsValue::from_str(&state.currency));
    set("theme", &JsValue::from_str(state.theme.code()));
    set("plan", &json::to_js(&*state.plan).unwrap_or(JsValue::NULL));
    set("drafts", &json::to_js(&state.drafts).unwrap_or(JsValue::NULL));
    if let Some(text) = json::stringify(&session.into(), false) {
        let _ = s.set_item(SESSION_KEY, &text);
    }
    let list = Array::new();
    for scenario in &state.scenarios.list {
        let item = Object::new();
        let _ = Reflect::set(&item, &JsValue::from_str("name"), &JsValue::from_str(&scenario.name));
        let _ = Reflect::set(
            &item,
            &JsValue::from_str("plan"),
            &json::to_js(&scenario.plan).unwrap_or(JsValue::NULL),
        );
        list.push(&item);
    }
    if let Some(text) = json::stringify(&list.into(), false) {
        let _ = s.set_item(SCENARIOS_KEY, &text);
    }
}
