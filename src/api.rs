//! The engine's JavaScript API (WebAssembly only): plain JSON-like objects in and out, so a
//! page or a worker can plan without the Yew view.

use crate::engine::{compute, FieldError, Plan, PlanReport, Reason, SCHEMA_VERSION};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// An error as JS sees it: a field path and a snake_case reason code, plus the parser's
/// message when the input could not be read as a plan at all.
#[derive(Serialize)]
struct ApiError {
    path: String,
    reason: ApiReason,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ApiReason {
    Field(Reason),
    /// Not a field check: the input is not a plan (`"invalid_json"`).
    Input(&'static str),
}

/// `{ ok: true, report }` or `{ ok: false, errors }`.
#[derive(Serialize)]
struct Outcome {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<PlanReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<ApiError>,
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> ApiError {
        ApiError { path: e.path, reason: ApiReason::Field(e.reason), detail: None }
    }
}

/// Plain objects for maps and plain numbers for `u64`, as a JS caller expects. Fails only on
/// a count above 2^53, which a JS number cannot hold exactly.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

fn failure(reason: ApiReason, detail: String) -> Outcome {
    Outcome {
        ok: false,
        report: None,
        errors: vec![ApiError { path: String::new(), reason, detail: Some(detail) }],
    }
}

/// Computes a plan. `input` is a (possibly partial) plan object; missing fields take their
/// defaults and unknown ones are ignored. Decimals may be numbers or strings ("0.02").
#[wasm_bindgen]
pub fn plan(input: JsValue) -> JsValue {
    let outcome = match serde_wasm_bindgen::from_value::<Plan>(input) {
        Err(e) => failure(ApiReason::Input("invalid_json"), e.to_string()),
        Ok(plan) => match compute(&plan) {
            Ok(report) => Outcome { ok: true, report: Some(report), errors: Vec::new() },
            Err(errors) => {
                Outcome { ok: false, report: None, errors: errors.into_iter().map(ApiError::from).collect() }
            }
        },
    };
    to_js(&outcome).unwrap_or_else(|e| {
        // A report count beyond 2^53 (e.g. scoring totals of absurd grids): say so as a plan
        // error rather than hand JS a rounded number.
        to_js(&failure(ApiReason::Field(Reason::TooLarge), e.to_string())).unwrap_or(JsValue::NULL)
    })
}

/// The plan schema version this engine writes and reads.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}

/// The default plan as an object, a starting point to edit.
#[wasm_bindgen(js_name = defaultPlan)]
pub fn default_plan() -> JsValue {
    to_js(&Plan::default()).unwrap_or(JsValue::NULL)
}
