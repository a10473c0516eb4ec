//! The one print helper: opens the print dialog for the whole page, or for one part of it that
//! the print stylesheet selects by a body attribute removed once printing is over.

use js_sys::Function;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Body attribute that the print stylesheet reads (`style/team.css`: `sla` prints the SLA
/// document alone).
pub const PRINT_ATTR: &str = "data-fp-print";

/// Prints the page; with `only`, just the part the stylesheet ties to that value.
pub fn print(only: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let body = window.document().and_then(|d| d.body());
    let (Some(part), Some(body)) = (only, body) else {
        let _ = window.print();
        return;
    };
    let _ = body.set_attribute(PRINT_ATTR, part);
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
