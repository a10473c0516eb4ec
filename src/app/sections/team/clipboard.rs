//! Browser helpers of the SLA document: copy text to the clipboard without ever panicking
//! (reporting failure instead, so the view can offer a manual copy), and print the document
//! alone.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Body attribute that the print stylesheet reads to print the SLA document only.
pub const PRINT_ATTR: &str = "data-fp-print";

/// Writes `text` to the clipboard and reports `true` once it is there, `false` if the
/// browser has no clipboard (insecure page, old browser) or refuses (permission, focus).
pub fn copy(text: String, on_done: Callback<bool>) {
    let Some(promise) = write_text(&text) else {
        on_done.emit(false);
        return;
    };
    yew::platform::spawn_local(async move {
        on_done.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// `navigator.clipboard.writeText(text)` looked up dynamically, so a missing API is a
/// `None` rather than a thrown exception.
fn write_text(text: &str) -> Option<Promise> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
    write.call1(&clipboard, &JsValue::from_str(text)).ok()?.dyn_into().ok()
}

/// Opens the print dialog with only the SLA document visible (see style/team.css); the
/// body attribute that selects it is removed once printing is over (`afterprint`).
pub fn print_document() {
    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        let _ = window.print();
        return;
    };
    let _ = body.set_attribute(PRINT_ATTR, "sla");
    let cleanup = {
        let (window, body) = (window.clone(), body.clone());
        Closure::once_into_js(move || {
            let _ = body.remove_attribute(PRINT_ATTR);
            window.set_onafterprint(None);
        })
    };
    window.set_onafterprint(cleanup.dyn_ref::<Function>());
    let _ = window.print();
}
