//! Bringing a part of the widget to the reader (the first screen's check links), telling
//! whether a sideways-scrolling strip has more to show, and the one view preference kept
//! outside the plan's session: whether help lines are folded away.

use wasm_bindgen::JsCast;

const HELP_KEY: &str = "funnel-planner.v1.help-folded";

thread_local! {
    /// Which call of `reveal_when_drawn` is the latest: an earlier one still waiting gives up.
    static LATEST: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many paints `reveal_when_drawn` waits for the element: about five seconds.
const PAINTS: u32 = 300;

/// `reveal`, after the next paint, of an element that may not be drawn yet: a section whose
/// part is still loading (a slow connection or device) draws it later, so this tries again
/// after each paint until it is there, for up to `PAINTS` paints, unless a later call
/// replaced it. Before, a check clicked while the part loaded opened its tab and lost the focus.
pub fn reveal_when_drawn(anchor: yew::NodeRef, id: &'static str) {
    let call = LATEST.with(|l| l.get().wrapping_add(1));
    LATEST.with(|l| l.set(call));
    fn attempt(anchor: yew::NodeRef, id: &'static str, call: u32, left: u32) {
        super::frames::after_next_paint(move || {
            if LATEST.with(std::cell::Cell::get) != call || reveal(&anchor, id) || left == 0 {
                return;
            }
            attempt(anchor, id, call, left - 1);
        });
    }
    attempt(anchor, id, call, PAINTS);
}

/// Scrolls the element with DOM id `id` inside the widget around `anchor` to the top of the
/// view and moves keyboard focus to it (a heading gets `tabindex="-1"` so it can take focus
/// without entering the tab order). False, and nothing happens, if it is not there.
pub fn reveal(anchor: &yew::NodeRef, id: &str) -> bool {
    let Some(anchor) = anchor.cast::<web_sys::Element>() else { return false };
    let root = anchor.closest(".fp").ok().flatten().unwrap_or(anchor);
    let Some(element) = root.query_selector(&format!("#{id}")).ok().flatten() else { return false };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    // Focus first: it scrolls only as far as needed; the scroll then puts the part on top.
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
    element.scroll_into_view_with_bool(true);
    true
}

/// Whether the element behind `strip` scrolls sideways and has more to show on its right.
pub fn more_to_the_right(strip: &yew::NodeRef) -> bool {
    strip
        .cast::<web_sys::Element>()
        .is_some_and(|e| e.scroll_left() + e.client_width() < e.scroll_width() - 1)
}

/// Scrolls the sideways strip behind `strip` just enough to show its child with DOM id `id`
/// whole, with room for the strip's edge cue.
pub fn keep_in_view(strip: &yew::NodeRef, id: &str) {
    let Some(strip) = strip.cast::<web_sys::HtmlElement>() else { return };
    let Some(child) = strip.query_selector(&format!("#{id}")).ok().flatten() else { return };
    let Ok(child) = child.dyn_into::<web_sys::HtmlElement>() else { return };
    // Offsets are from the strip's positioned wrapper, whose left edge is the strip's.
    let (left, right) = (child.offset_left(), child.offset_left() + child.offset_width());
    let (view, width) = (strip.scroll_left(), strip.client_width());
    const CUE: i32 = 44;
    if left < view {
        strip.set_scroll_left((left - CUE).max(0));
    } else if right > view + width {
        strip.set_scroll_left(right - width + CUE);
    }
}

fn storage() -> Option<web_sys::Storage> {
    // The build-time prerender renders the view natively, where there is no browser to ask.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the reader folded help lines away on an earlier visit (false when storage is blocked).
pub fn help_folded() -> bool {
    storage().and_then(|s| s.get_item(HELP_KEY).ok().flatten()).is_some_and(|v| v == "1")
}

/// Remembers the choice; a blocked storage simply forgets it.
pub fn set_help_folded(folded: bool) {
    if let Some(s) = storage() {
        let _ = if folded { s.set_item(HELP_KEY, "1") } else { s.remove_item(HELP_KEY) };
    }
}
