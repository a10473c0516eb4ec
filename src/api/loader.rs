//! The API's part (split build only): one split point returning every call, fetched after
//! the app's first paint so it never competes with the first screen, and kept once in.

use super::Calls;
use std::cell::Cell;
use wasm_bindgen::JsValue;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

thread_local! {
    static LOADED: Cell<Option<Calls>> = const { Cell::new(None) };
}

#[wasm_split(api, fallible)]
fn calls() -> Result<Calls, SplitLoaderError> {
    // A host's plan may use the engine's occasional sections (`engine::occasional`).
    crate::engine::occasional::install_direct();
    Ok(Calls::new())
}

/// The calls, once their part is in.
pub fn loaded() -> Option<Calls> {
    LOADED.with(Cell::get)
}

/// Waits for the next paint (the first screen comes first), then fetches the part (the
/// helpers fetch it once; a failed load is tried again at the next call).
pub async fn load() -> Result<(), JsValue> {
    if loaded().is_some() {
        return Ok(());
    }
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        crate::browser::frames::after_next_paint(move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
    });
    wasm_bindgen_futures::JsFuture::from(painted).await?;
    let calls = calls().await.map_err(|e| {
        JsValue::from(js_sys::Error::new(&format!("Funnel Planner: the API could not be loaded ({e})")))
    })?;
    LOADED.with(|l| l.set(Some(calls)));
    Ok(())
}
