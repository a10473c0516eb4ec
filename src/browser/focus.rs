//! Keyboard focus moves, always looked up inside the widget's own element: several widgets may
//! share a document, so a document-wide lookup could pick another's.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with DOM id `id` inside `root`, if it is there.
pub fn focus_inside(root: &web_sys::Element, id: &str) {
    focus_first(root, &format!("#{id}"));
}

/// Moves keyboard focus to the first element matching `selector` inside `root`, if any.
fn focus_first(root: &web_sys::Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves keyboard focus to the element with DOM id `id` inside `root`, if it is there.
pub fn focus_within(root: &yew::NodeRef, id: &str) {
    if let Some(root) = root.cast::<web_sys::Element>() {
        focus_inside(&root, id);
    }
}

/// Moves keyboard focus to the first table's scrolling region inside `root`.
pub fn focus_table_within(root: &yew::NodeRef) {
    if let Some(root) = root.cast::<web_sys::Element>() {
        focus_first(&root, ".fp-table-wrap");
    }
}

/// Focuses a text area and selects its text, ready for a manual copy.
pub fn focus_and_select(area: &yew::NodeRef) {
    if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}
