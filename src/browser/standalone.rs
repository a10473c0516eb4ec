//! The single-file app (`funnel-planner.html`): reading the plan a downloaded file was saved
//! with, and saving the current plan as such a file, from the served app (the file is fetched
//! next to the page) or from the single file itself (it rebuilds its own pristine text).

use super::json;
use crate::engine::Plan;
use crate::export::standalone::with_preload;
use crate::i18n::Lang;
use crate::state::{Notice, State};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The single file, next to the served app's `index.html`.
const STANDALONE_FILE: &str = "./funnel-planner.html";
/// Written in the preload so a later version can tell what it reads.
const PRELOAD_VERSION: u32 = 1;

/// What a downloaded file was saved with.
pub struct Preloaded {
    pub plan: Plan,
    pub lang: Option<Lang>,
    pub currency: Option<String>,
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn preload_text() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("fp-preload"))
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

/// Whether the page carries a preloaded plan (a downloaded file saved with one).
pub fn has_preload() -> bool {
    !preload_text().trim().is_empty()
}

/// The page's preloaded plan: `Ok(None)` in the served app or a pristine file, `Err` with the
/// notice to show when the preload cannot be read.
pub fn read_preload() -> Result<Option<Preloaded>, Notice> {
    let text = preload_text();
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = json::parse(&text).filter(JsValue::is_object).ok_or(Notice::BrokenFile)?;
    let version = get(&value, "version").as_f64().unwrap_or(0.0);
    if version < 1.0 || version > f64::from(PRELOAD_VERSION) {
        return Err(Notice::BrokenFile);
    }
    let plan = get(&value, "plan");
    if !plan.is_object() {
        return Err(Notice::BrokenFile);
    }
    let base = json::plan_to_js(&Plan::default()).ok_or(Notice::BrokenFile)?;
    let plan = json::plan_from_js(json::merge(&base, &plan)).ok_or(Notice::BrokenFile)?;
    Ok(Some(Preloaded {
        plan,
        lang: get(&value, "lang").as_string().and_then(|c| Lang::from_code(&c)),
        currency: get(&value, "currency").as_string().and_then(|c| crate::state::prefs::valid_currency(&c)),
    }))
}

/// The preload JSON for `state`: the whole plan, the language and the currency.
fn preload_json(state: &State) -> Option<String> {
    let out = Object::new();
    let set = |k: &str, v: &JsValue| Reflect::set(&out, &JsValue::from_str(k), v).ok();
    set("app", &JsValue::from_str("funnel-planner"))?;
    set("version", &JsValue::from(PRELOAD_VERSION))?;
    set("lang", &JsValue::from_str(state.lang.code()))?;
    set("currency", &JsValue::from_str(&state.currency))?;
    set("plan", &json::plan_to_js(&state.plan)?)?;
    json::stringify(&out.into(), false)
}

/// The pristine single file: rebuilt by the file itself (`window.fpStandalone.source()`, set
/// by its loader), else fetched next to the served page.
async fn pristine_source() -> Option<String> {
    let window = web_sys::window()?;
    let own = get(&window, "fpStandalone");
    if own.is_object() {
        let source = get(&own, "source").dyn_into::<Function>().ok()?;
        return source.call0(&own).ok()?.as_string();
    }
    let response = JsFuture::from(window.fetch_with_str(STANDALONE_FILE)).await.ok()?;
    let response = response.dyn_into::<web_sys::Response>().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Saves the single file with `state` preloaded as `file_name`; `Err` with the notice to show
/// when the single file is not available here.
pub async fn save_as_file(state: &State, file_name: &str) -> Result<(), Notice> {
    let pristine = pristine_source().await.ok_or(Notice::NoStandalone)?;
    let json = preload_json(state).ok_or(Notice::NoStandalone)?;
    let file = with_preload(&pristine, &json).ok_or(Notice::NoStandalone)?;
    super::files::download(file_name, "text/html;charset=utf-8", &file);
    Ok(())
}
