//! The plan in the URL hash: `#v2=<base64url of the JSON difference from the defaults>` and
//! `&cur=EUR`; `#v1=` links, differences from schema 1's defaults, still open as before.
//! Versioned, compact, read strictly (see `state::link`), and a broken link never crashes: it
//! yields a notice.

use super::json;
use crate::engine::{schema, Plan, SCHEMA_VERSION};
use crate::export::base64;
use crate::state::limits;
use crate::state::link::{self, LinkError};
use crate::state::Notice;

/// What a link held.
pub struct LinkedPlan {
    pub plan: Plan,
    pub currency: Option<String>,
}

/// The hash for `plan`; `None` until the writer is in (`persist`), never the defaults' hash
/// in its place.
pub fn hash_for(plan: &Plan, currency: &str) -> Option<String> {
    let current = json::plan_to_js(plan)?;
    let base = json::plan_to_js(&Plan::default())?;
    let diff = json::diff(&current, &base);
    let body = diff.and_then(|d| json::stringify(&d, false)).unwrap_or_else(|| "{}".to_string());
    Some(format!("#v{SCHEMA_VERSION}={}&cur={currency}", base64::encode(body.as_bytes())))
}

/// Reads a hash. `Ok(None)` when it holds no plan; `Err` with the notice to show when it
/// holds one that cannot be opened: unreadable, `v0`, newer, or past the app's limits (a link
/// this app never writes; opening it cut would show a plan nobody sent).
pub fn read(hash: &str) -> Result<Option<LinkedPlan>, Notice> {
    let link = match link::parse(hash) {
        Ok(Some(link)) => link,
        Ok(None) => return Ok(None),
        Err(LinkError::Broken) => return Err(Notice::BrokenLink),
        Err(LinkError::Newer) => return Err(Notice::NewerLink),
        Err(LinkError::TooLarge) => return Err(Notice::LinkTooLarge),
    };
    // A link is a difference from the defaults of its own version (frozen in `schema`).
    let frozen = schema::link_base(link.version).map_err(|e| match e {
        schema::LinkError::Newer => Notice::NewerLink,
        schema::LinkError::Broken => Notice::BrokenLink,
    })?;
    let bytes = base64::decode(link.payload).ok_or(Notice::BrokenLink)?;
    let text = String::from_utf8(bytes).map_err(|_| Notice::BrokenLink)?;
    let patch = json::parse(&text).filter(|p| p.is_object() && !js_sys::Array::is_array(p));
    let patch = patch.ok_or(Notice::BrokenLink)?;
    let base = match frozen {
        Some(text) => json::parse(text),
        None => json::plan_to_js(&Plan::default()),
    }
    .ok_or(Notice::BrokenLink)?;
    let mut plan = json::plan_from_js(json::merge(&base, &patch)).ok_or(Notice::BrokenLink)?;
    if plan.version > SCHEMA_VERSION {
        return Err(Notice::NewerLink);
    }
    if !limits::bound_plan(&mut plan).is_empty() {
        return Err(Notice::LinkTooLarge);
    }
    Ok(Some(LinkedPlan { plan, currency: link.currency }))
}

pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Puts the plan in the address bar without adding a history entry per keystroke.
pub fn write(plan: &Plan, currency: &str) {
    let Some(hash) = hash_for(plan, currency) else { return };
    let Some(window) = web_sys::window() else { return };
    if current_hash() == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

/// The full address of the current page with `plan` in its hash, to copy and send; `None`
/// until the writer is in.
pub fn full_link(plan: &Plan, currency: &str) -> Option<String> {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .and_then(|l| Some(format!("{}{}{}", l.origin().ok()?, l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_default();
    Some(format!("{base}{}", hash_for(plan, currency)?))
}

/// Whether the page was opened from a file (`file://`), where a link only works on this
/// computer.
pub fn is_local_file() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}
