//! The one clipboard helper: copies text and says whether it worked, never panicking when the
//! browser has no clipboard (insecure page, old browser, sandbox) or refuses it.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; `true` once it is there, `false` if the browser has no
/// clipboard or refuses (permission, focus). The view then offers a manual copy.
pub async fn copy(text: &str) -> bool {
    match write_text(text) {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// `navigator.clipboard.writeText(text)` looked up dynamically, so a missing API is a `None`
/// rather than a thrown exception.
fn write_text(text: &str) -> Option<Promise> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
    write.call1(&clipboard, &JsValue::from_str(text)).ok()?.dyn_into().ok()
}
