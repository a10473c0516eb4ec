//! When the plan's reader and writer (`codec`) can be used. Natively and in builds without
//! the `split` feature, always. In the split build they are a part of their own (README "Where
//! the bytes go"): a first visit reads nothing, so the first screen is drawn without them and
//! they are fetched after its paint; a visit with something to read (a saved plan, a link, a
//! downloaded file's plan) fetches them before the app's first render (`boot`). Work that
//! writes (keeping each change, the risk worker's request, the embed's summary) waits for
//! them through `when_ready`, in order; nothing is ever written without them. The risk
//! worker's messaging and an embedded widget's talk with its host come with them too.

use super::codec;
use super::storage::{SaveError, Saved};
use crate::embed::config::EmbedConfig;
use crate::embed::protocol::PlanSummary;
use crate::engine::risk::RiskReport;
use crate::engine::{Plan, PlanReport};
use crate::state::{Action, State, TextMap};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// What receives a simulation's result.
pub type RiskDone = Box<dyn FnOnce(Option<RiskReport>)>;

/// Every reading and writing function, handed over by the part once it is in.
#[derive(Clone, Copy)]
pub struct Codec {
    pub plan_to_js: fn(&Plan) -> Option<JsValue>,
    pub plan_from_js: fn(JsValue) -> Option<Plan>,
    pub drafts_to_js: fn(&TextMap) -> Option<JsValue>,
    pub summary_to_js: fn(&PlanSummary) -> Option<JsValue>,
    pub risk_from_js: fn(JsValue) -> Option<RiskReport>,
    /// The state the app opens with when there is something to read (`boot::initial_state`:
    /// links, storage with its repairs, a downloaded file's plan).
    pub open: fn(&EmbedConfig) -> State,
    /// What the last visit saved, repaired (the notice's "Back to my saved plan").
    pub load_saved: fn() -> Saved,
    /// Keeps a state in storage and its link in the address (`keeper::write`).
    pub write: fn(&State) -> Result<(), SaveError>,
    /// The plan as a JSON file's text, and its full link (the failed-save notice's buttons).
    pub plan_to_json: fn(&Plan, bool) -> Option<String>,
    pub full_link: fn(&Plan, &str) -> Option<String>,
    /// The risk simulation sent to its worker (`risk_worker::simulate`).
    pub simulate: fn(Rc<Plan>, Rc<PlanReport>, RiskDone),
    /// The embedded widget's talk with its host (`embed::talk_to_host`).
    pub embed_start: fn(&EmbedConfig, Option<&web_sys::Element>, yew::Callback<Action>),
}

impl Codec {
    /// Built in code, not a static: the splitter moves what this function names into the part.
    fn new() -> Codec {
        Codec {
            plan_to_js: codec::plan_to_js,
            plan_from_js: codec::plan_from_js,
            drafts_to_js: codec::drafts_to_js,
            summary_to_js: codec::summary_to_js,
            risk_from_js: codec::risk_from_js,
            open: super::boot::initial_state,
            load_saved: super::storage::load,
            write: super::keeper::write,
            plan_to_json: super::json::plan_to_json,
            full_link: super::share_link::full_link,
            simulate: super::risk_worker::simulate_now,
            embed_start: super::embed::start,
        }
    }
}

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
mod ready {
    use super::Codec;

    pub fn codec() -> Option<Codec> {
        Some(Codec::new())
    }

    pub async fn load() -> Option<Codec> {
        codec()
    }

    pub fn when_ready(work: impl FnOnce(Option<Codec>) + 'static) {
        work(codec());
    }
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
#[path = "persist_split.rs"]
mod ready;

pub use ready::{codec, load, when_ready};
