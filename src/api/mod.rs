//! The engine's JavaScript API (WebAssembly only): `window.wasmBindings.plan(…)` and its
//! siblings, plain JSON-like objects in and out, so a page can plan without the Yew view.
//!
//! The calls are synchronous. In the split build their code is a part of its own, fetched
//! after the app's first paint (`loader`): the page's loader awaits `apiReady()` before it
//! sets `window.wasmBindings` and fires `TrunkApplicationStarted`, so a host page that waits
//! for either finds every call ready, as before the split. A call made earlier (through the
//! module itself) throws a JS error saying so instead of answering late.

mod calls;
#[cfg(feature = "split")]
mod loader;

use crate::engine::SCHEMA_VERSION;
use wasm_bindgen::prelude::*;

/// Every call, as plain functions: what the API part hands over once loaded.
#[derive(Clone, Copy)]
pub(crate) struct Calls {
    plan: fn(JsValue) -> JsValue,
    default_plan: fn() -> JsValue,
    adopt_mix: fn(JsValue) -> JsValue,
    simulate_risk: fn(JsValue, Option<bool>) -> JsValue,
    agree: fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>,
    monthly_report: fn(JsValue, u32, JsValue, Option<bool>) -> JsValue,
}

impl Calls {
    /// Built in code, not a static: the splitter moves what this function names into the part.
    pub(crate) fn new() -> Calls {
        Calls {
            plan: calls::plan,
            default_plan: calls::default_plan,
            adopt_mix: calls::adopt_mix,
            simulate_risk: calls::simulate_risk,
            agree: calls::agree,
            monthly_report: calls::monthly_report,
        }
    }
}

#[cfg(not(feature = "split"))]
fn ready() -> Result<Calls, JsValue> {
    Ok(Calls::new())
}

#[cfg(feature = "split")]
fn ready() -> Result<Calls, JsValue> {
    loader::loaded().ok_or_else(|| {
        JsError::new("Funnel Planner: the API is still loading; await wasmBindings.apiReady() first").into()
    })
}

/// Resolves once every call can be made (the split build fetches their part first, after the
/// app's first paint); rejects when that part could not be loaded.
#[wasm_bindgen(js_name = apiReady)]
pub async fn api_ready() -> Result<(), JsValue> {
    #[cfg(feature = "split")]
    loader::load().await?;
    Ok(())
}

/// The plan schema version this engine writes and reads.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}

/// Computes a plan. `input` is a (possibly partial) plan object; missing fields take their
/// defaults and unknown ones are ignored. Decimals may be numbers or strings ("0.02"). With
/// `risk.enabled`, the report's `risk` holds the Monte-Carlo.
#[wasm_bindgen]
pub fn plan(input: JsValue) -> Result<JsValue, JsValue> {
    Ok((ready()?.plan)(input))
}

/// The default plan as an object, a starting point to edit.
#[wasm_bindgen(js_name = defaultPlan)]
pub fn default_plan() -> Result<JsValue, JsValue> {
    Ok((ready()?.default_plan)())
}

/// The plan with its sources' shares set to the cheapest mix (`report.sources.mix`), or
/// `null` when the input is not a valid plan with two or more costed sources.
#[wasm_bindgen(js_name = adoptMix)]
pub fn adopt_mix(input: JsValue) -> Result<JsValue, JsValue> {
    Ok((ready()?.adopt_mix)(input))
}

/// The Monte-Carlo alone (see `calls::simulate_risk`).
#[wasm_bindgen(js_name = simulateRisk)]
pub fn simulate_risk(input: JsValue, forward_only: Option<bool>) -> Result<JsValue, JsValue> {
    Ok((ready()?.simulate_risk)(input, forward_only))
}

/// Both sides agree to `input` as it is (see `calls::agree`). `on` (a date string) and `by`
/// (an array of strings) are read by the API's part: typed here, their conversion code would
/// be in the main module, which every visit downloads (README "Where the bytes go").
#[wasm_bindgen]
pub fn agree(input: JsValue, on: JsValue, by: JsValue) -> Result<JsValue, JsValue> {
    (ready()?.agree)(input, on, by)
}

/// The monthly report of plan month `month` as text or Markdown (see `calls::monthly_report`).
#[wasm_bindgen(js_name = monthlyReport)]
pub fn monthly_report(
    input: JsValue,
    month: u32,
    lang: JsValue,
    markdown: Option<bool>,
) -> Result<JsValue, JsValue> {
    Ok((ready()?.monthly_report)(input, month, lang, markdown))
}
