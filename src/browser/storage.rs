//! The current plan, typed drafts, preferences and scenarios in `localStorage`, so a reload
//! loses nothing. Damaged content is repaired field by field and its original copied to a
//! backup key before anything overwrites it; a failed save is reported, never ignored. Every
//! call tolerates blocked storage (sandboxed iframes, privacy settings).

use super::{js_tree, json};
use crate::engine::Plan;
use crate::i18n::Lang;
use crate::state::keep::{KeptAside, Repairs};
use crate::state::limits::{self, Limit};
use crate::state::prefs::Theme;
use crate::state::scenarios::Scenario;
use crate::state::{State, TextMap};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

const SESSION_KEY: &str = "funnel-planner.v1.session";
const SCENARIOS_KEY: &str = "funnel-planner.v1.scenarios";
/// Where the original of damaged content goes (the key with this suffix).
const BACKUP_SUFFIX: &str = ".backup";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether storage can be written (false in sandboxes without same-origin, or when blocked).
pub fn available() -> bool {
    let Some(s) = storage() else { return false };
    s.set_item("funnel-planner.probe", "1").is_ok() && s.remove_item("funnel-planner.probe").is_ok()
}

/// What a previous visit left, as far as it could be read, and what was repaired.
#[derive(Default)]
pub struct Saved {
    pub lang: Option<Lang>,
    pub currency: Option<String>,
    pub theme: Option<Theme>,
    pub plan: Option<Plan>,
    pub drafts: TextMap,
    pub scenarios: Vec<Scenario>,
    pub repairs: Repairs,
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Calls a method of `localStorage` on JS values. Stored text may hold a lone UTF-16 surrogate
/// (a value cut in the middle of an emoji), which a Rust `String` replaces with U+FFFD: what is
/// kept aside or downloaded as "the original" must stay the original, unit for unit.
fn storage_call(method: &str, args: &Array) -> Result<JsValue, JsValue> {
    let storage: JsValue = storage().ok_or(JsValue::NULL)?.into();
    let method: js_sys::Function = Reflect::get(&storage, &JsValue::from_str(method))?.dyn_into()?;
    Reflect::apply(&method, &storage, args)
}

/// The item `key` exactly as stored (a JS string), if any.
fn raw_exact(key: &str) -> Option<JsValue> {
    storage_call("getItem", &Array::of1(&JsValue::from_str(key))).ok().filter(JsValue::is_string)
}

/// Copies the item `from` to `to` as the browser holds it.
fn copy_exact(from: &str, to: &str) -> bool {
    raw_exact(from)
        .is_some_and(|value| storage_call("setItem", &Array::of2(&JsValue::from_str(to), &value)).is_ok())
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// Whether a previous visit left anything to read (a session or scenarios), which needs the
/// plan reader before the first render (`persist`). Asked of the items as JS strings, so a
/// long saved plan is never copied into wasm memory here.
pub fn has_anything() -> bool {
    raw_exact(SESSION_KEY).is_some() || raw_exact(SCENARIOS_KEY).is_some()
}

/// Whether a previous visit saved a plan (the notice then offers to go back to it).
pub fn has_saved_plan() -> bool {
    raw_exact(SESSION_KEY)
        .and_then(|text| text.dyn_into::<js_sys::JsString>().ok())
        .is_some_and(|text| text.includes("\"plan\"", 0))
}

/// Reads what a previous visit left, repairing what it can; the original of anything changed
/// is copied to its backup key first (`repairs.kept` says whether that worked).
pub fn load() -> Saved {
    let mut saved = Saved::default();
    // Parsed as the JS string it is: a long saved plan (hundreds of KB) copied into wasm
    // memory and back cost a 10 000-stage plan's opening about 10 ms.
    let session_text = raw_exact(SESSION_KEY);
    let mut session_changed = false;
    if let Some(text) = &session_text {
        let before = saved.repairs;
        read_session(text, &mut saved);
        session_changed = saved.repairs != before;
    }
    let scenarios_text = raw(SCENARIOS_KEY);
    let mut scenarios_changed = false;
    if let Some(text) = &scenarios_text {
        let before = saved.repairs;
        read_scenarios(text, saved.lang.unwrap_or_default(), &mut saved);
        scenarios_changed = saved.repairs != before;
    }
    let originals = [
        (SESSION_KEY, session_text.is_some() && session_changed),
        (SCENARIOS_KEY, scenarios_text.is_some() && scenarios_changed),
    ];
    for (key, changed) in originals {
        if changed {
            let kept = copy_exact(key, &format!("{key}{BACKUP_SUFFIX}"));
            saved.repairs.kept = match (saved.repairs.kept, kept) {
                (KeptAside::NotKept, _) | (_, false) => KeptAside::NotKept,
                _ => KeptAside::InBackup,
            };
        }
    }
    saved
}

fn read_session(text: &JsValue, saved: &mut Saved) {
    let Some(session) = json::parse_js(text).filter(is_plain_object) else {
        saved.repairs.unreadable = true;
        return;
    };
    let setting = |key: &str| {
        let value = get(&session, key);
        (!value.is_undefined()).then(|| value.as_string().unwrap_or_default())
    };
    let lang = setting("lang");
    saved.lang = lang.as_deref().and_then(Lang::from_code);
    saved.currency = setting("currency").and_then(|c| crate::state::prefs::valid_currency(&c));
    let theme = setting("theme");
    saved.theme = theme.as_deref().and_then(Theme::from_code);
    let currency_bad = setting("currency").is_some() && saved.currency.is_none();
    if (lang.is_some() && saved.lang.is_none()) || (theme.is_some() && saved.theme.is_none()) || currency_bad
    {
        saved.repairs.reset_path("settings");
    }
    let plan = get(&session, "plan");
    if !plan.is_undefined() {
        let base = State::new(saved.lang.unwrap_or_default()).plan;
        match js_tree::repair_plan(&base, &plan) {
            Some((mut plan, reset)) => {
                for path in &reset {
                    saved.repairs.reset_path(path);
                    web_sys::console::warn_1(&format!("Funnel Planner: saved {path} reset").into());
                }
                let over = limits::bound_plan(&mut plan);
                saved.repairs.overflows = saved.repairs.overflows.union(over);
                saved.plan = Some(plan);
            }
            None => saved.repairs.unreadable = true,
        }
    }
    read_drafts(&get(&session, "drafts"), saved);
}

fn read_drafts(drafts: &JsValue, saved: &mut Saved) {
    if drafts.is_undefined() {
        return;
    }
    if !is_plain_object(drafts) {
        saved.repairs.reset_path("drafts");
        return;
    }
    let keys = Object::keys(drafts.unchecked_ref::<Object>());
    if keys.length() as usize > limits::MAX_DRAFTS {
        saved.repairs.overflows.add(Limit::Drafts);
    }
    for key in keys.iter().take(limits::MAX_DRAFTS) {
        let Some(path) = key.as_string() else { continue };
        match get(drafts, &path).as_string() {
            Some(text) => saved.drafts.insert(path, text),
            None => saved.repairs.reset_path("drafts"),
        }
    }
    let over = limits::bound_drafts(&mut saved.drafts);
    saved.repairs.overflows = saved.repairs.overflows.union(over);
}

fn read_scenarios(text: &str, lang: Lang, saved: &mut Saved) {
    let Some(list) = json::parse(text).filter(Array::is_array) else {
        saved.repairs.unreadable = true;
        return;
    };
    let list = Array::from(&list);
    if list.length() as usize > limits::MAX_SCENARIOS {
        saved.repairs.overflows.add(Limit::Scenarios);
    }
    let base = State::new(lang).plan;
    for (i, item) in list.iter().take(limits::MAX_SCENARIOS).enumerate() {
        let repaired =
            is_plain_object(&item).then(|| js_tree::repair_plan(&base, &get(&item, "plan"))).flatten();
        let Some((mut plan, reset)) = repaired else {
            saved.repairs.scenarios_dropped += 1;
            continue;
        };
        let over = limits::bound_plan(&mut plan);
        saved.repairs.overflows = saved.repairs.overflows.union(over);
        let name = get(&item, "name").as_string().filter(|n| !n.trim().is_empty());
        if !reset.is_empty() || name.is_none() {
            saved.repairs.scenarios_repaired += 1;
        }
        let mut name = name.unwrap_or_else(|| format!("{} {}", lang.pick("Scénario", "Scenario"), i + 1));
        if limits::cut(&mut name, limits::MAX_SCENARIO_NAME) {
            saved.repairs.overflows.add(Limit::ScenarioName);
        }
        saved.scenarios.push(Scenario { name, plan });
    }
}

/// The original of what could not be read as it was (from the backup keys, or from the keys
/// themselves while saving holds), as one JSON file to download.
pub fn damaged_copy() -> String {
    let out = Object::new();
    for (label, key) in [("session", SESSION_KEY), ("scenarios", SCENARIOS_KEY)] {
        // JSON.stringify writes a lone surrogate as `\ud83d`: the file reads back exactly.
        if let Some(text) = raw_exact(&format!("{key}{BACKUP_SUFFIX}")).or_else(|| raw_exact(key)) {
            let _ = Reflect::set(&out, &JsValue::from_str(label), &text);
        }
    }
    json::stringify(&out.into(), true).unwrap_or_default()
}

/// Why a save did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No storage at all (blocked, sandboxed).
    Blocked,
    /// The browser refused the write (`QuotaExceededError`, private mode).
    Refused,
}

/// Saves everything a reload must restore; `Err` when storage is blocked or refuses the write
/// (the caller reports it once and tries again at the next change).
pub fn save(state: &State) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Blocked)?;
    let session = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&session, &JsValue::from_str(k), v);
    };
    set("lang", &JsValue::from_str(state.lang.code()));
    set("currency", &JsValue::from_str(&state.currency));
    set("theme", &JsValue::from_str(state.theme.code()));
    // Never a `null` over a saved plan: without the writer (`persist`), nothing is written.
    set("plan", &json::plan_to_js(&state.plan).ok_or(SaveError::Refused)?);
    set("drafts", &json::drafts_to_js(&state.drafts).ok_or(SaveError::Refused)?);
    let text = json::stringify(&session.into(), false).ok_or(SaveError::Refused)?;
    s.set_item(SESSION_KEY, &text).map_err(|_| SaveError::Refused)?;
    let list = Array::new();
    for scenario in &state.scenarios.list {
        let item = Object::new();
        let _ = Reflect::set(&item, &JsValue::from_str("name"), &JsValue::from_str(&scenario.name));
        let plan = json::plan_to_js(&scenario.plan).ok_or(SaveError::Refused)?;
        let _ = Reflect::set(&item, &JsValue::from_str("plan"), &plan);
        list.push(&item);
    }
    let text = json::stringify(&list.into(), false).ok_or(SaveError::Refused)?;
    s.set_item(SCENARIOS_KEY, &text).map_err(|_| SaveError::Refused)
}
