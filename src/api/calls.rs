//! What each JavaScript API call does: plain JSON-like objects in and out (serde), the
//! engine in between. `api` exports them; in the split build this code, with the report's
//! writer and the monthly report's text, lives in a part of its own (`api::loader`).

use crate::engine::risk::{self, montecarlo};
use crate::engine::{
    adopt_mix as cheapest_mix, compute, compute_with_risk, risk_model, simulate_risk as run_risk, FieldError,
    Plan, PlanReport, Reason,
};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

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
/// defaults and unknown ones are ignored. Decimals may be numbers or strings ("0.02"). With
/// `risk.enabled`, the report's `risk` holds the Monte-Carlo.
pub fn plan(input: JsValue) -> JsValue {
    let outcome = match serde_wasm_bindgen::from_value::<Plan>(input) {
        Err(e) => failure(ApiReason::Input("invalid_json"), e.to_string()),
        Ok(plan) => match compute_with_risk(&plan) {
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

/// The default plan as an object, a starting point to edit.
pub fn default_plan() -> JsValue {
    to_js(&Plan::default()).unwrap_or(JsValue::NULL)
}

/// The plan with its sources' shares set to the cheapest mix (`report.sources.mix`), or
/// `null` when the input is not a valid plan with two or more costed sources.
pub fn adopt_mix(input: JsValue) -> JsValue {
    serde_wasm_bindgen::from_value::<Plan>(input)
        .ok()
        .map(crate::engine::schema::migrate)
        .and_then(|plan| cheapest_mix(&plan))
        .and_then(|plan| to_js(&plan).ok())
        .unwrap_or(JsValue::NULL)
}

/// The Monte-Carlo alone: `{ ok: true, risk }` (`risk` forced on, `null` when a volume is too
/// large to simulate) or `{ ok: false, errors }`. With `forward_only`, runs only the forward
/// pass at the planned volume and returns `{ ok: true, trials, hits }` (the benchmark's
/// workload, compared with a JavaScript port in `scripts/lib/risk_bench.mjs`).
pub fn simulate_risk(input: JsValue, forward_only: Option<bool>) -> JsValue {
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Answer {
        Full { ok: bool, risk: Option<risk::RiskReport> },
        Forward { ok: bool, trials: u32, hits: u32 },
        Failed(Box<Outcome>),
    }
    let answer = match serde_wasm_bindgen::from_value::<Plan>(input) {
        Err(e) => Answer::Failed(Box::new(failure(ApiReason::Input("invalid_json"), e.to_string()))),
        Ok(mut plan) => {
            plan.risk.enabled = true;
            match compute(&plan) {
                Err(errors) => Answer::Failed(Box::new(Outcome {
                    ok: false,
                    report: None,
                    errors: errors.into_iter().map(ApiError::from).collect(),
                })),
                Ok(report) if forward_only == Some(true) => {
                    let model = risk_model(&plan, &report);
                    let stage = plan.risk.stage;
                    let volume = match plan.risk.volume {
                        Some(v) => u64::try_from(v.floor()).unwrap_or(0),
                        None => report.stages.get(stage).map_or(0, |s| s.volume),
                    };
                    let t = montecarlo::run(&model, stage, volume, plan.risk.trials, plan.risk.seed, false);
                    Answer::Forward { ok: true, trials: plan.risk.trials, hits: t.hits }
                }
                Ok(report) => Answer::Full { ok: true, risk: run_risk(&plan, &report) },
            }
        }
    };
    to_js(&answer).unwrap_or(JsValue::NULL)
}

/// Both sides agree to `input` as it is: the plan with its agreed version taken on `on`
/// (`"2026-03-02"`; none when missing or unreadable) by `by`, or `null` when the input is not
/// a plan.
pub fn agree(input: JsValue, on: JsValue, by: JsValue) -> Result<JsValue, JsValue> {
    // `by`: missing, or an array of strings (anything else is refused, as a typed parameter did).
    let by: Vec<String> = if by.is_undefined() || by.is_null() {
        Vec::new()
    } else {
        let not_names = || JsValue::from(js_sys::TypeError::new("agree: `by` must be an array of strings"));
        let list = by.dyn_into::<js_sys::Array>().map_err(|_| not_names())?;
        list.iter().map(|name| name.as_string().ok_or_else(not_names)).collect::<Result<_, _>>()?
    };
    let Ok(plan) = serde_wasm_bindgen::from_value::<Plan>(input) else { return Ok(JsValue::NULL) };
    let mut plan = crate::engine::schema::migrate(plan);
    let on = on.as_string().and_then(|d| crate::engine::time::calendar::Date::try_from(d).ok());
    crate::state::monthly::MonthlyEdit::Agree { on, by }.apply(&mut plan);
    Ok(to_js(&plan).unwrap_or(JsValue::NULL))
}

/// Figures through the browser's Intl, in the language's default currency.
struct Intl(crate::i18n::Lang);

impl crate::sla_text::Numbers for Intl {
    fn count(&self, n: u64) -> String {
        crate::browser::format::count(n, self.0)
    }
    fn decimal(&self, value: crate::engine::Decimal, places: u32) -> String {
        crate::browser::format::decimal(value, self.0, places)
    }
    fn percent(&self, fraction: crate::engine::Decimal) -> String {
        crate::browser::format::percent(fraction, self.0)
    }
    fn money(&self, value: crate::engine::Decimal) -> String {
        crate::browser::format::money(value, self.0, crate::state::prefs::default_currency(self.0))
    }
}

/// The monthly report of plan month `month` (1 first) in `lang` (`"fr"`, `"en"`) as text, or
/// as Markdown when `markdown` is true; `null` when the plan does not compute or has no
/// recorded months.
pub fn monthly_report(input: JsValue, month: u32, lang: JsValue, markdown: Option<bool>) -> JsValue {
    let Ok(plan) = serde_wasm_bindgen::from_value::<Plan>(input) else { return JsValue::NULL };
    let plan = crate::engine::schema::migrate(plan);
    let lang = lang
        .as_string()
        .and_then(|code| crate::i18n::Lang::from_code(&code))
        .unwrap_or(crate::i18n::Lang::En);
    let Ok(report) = compute(&plan) else { return JsValue::NULL };
    match crate::monthly_text::monthly_report(&plan, &report, month, lang, &Intl(lang)) {
        Some(r) if markdown == Some(true) => JsValue::from_str(&r.to_markdown()),
        Some(r) => JsValue::from_str(&r.to_text()),
        None => JsValue::NULL,
    }
}
