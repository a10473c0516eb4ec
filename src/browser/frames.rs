//! Scheduling around the browser's paint: work that must not delay the frame on screen.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A page that is not shown (a background tab, a hidden host container) gets no animation
/// frames; after this long the work runs anyway, so a widget never waits to be seen to finish.
const HIDDEN_FALLBACK_MS: i32 = 250;

/// The pending work, taken by whichever callback runs first.
type Pending = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// A JS callback that runs the pending work, unless another callback already took it.
fn runner(slot: Pending) -> wasm_bindgen::JsValue {
    Closure::once_into_js(move || {
        if let Some(work) = slot.take() {
            work();
        }
    })
}

/// Runs `work` once the next frame is painted: a timer set from an animation-frame callback
/// fires after that frame (rAF runs just before paint), whereas a bare zero timer usually
/// fires before it and its work would delay the paint. Runs once, whichever comes first of
/// that and the hidden-page fallback; at once when there is no window.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return work() };
    let slot: Pending = Rc::new(Cell::new(Some(Box::new(work))));
    let after_frame = runner(slot.clone());
    let on_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(after_frame.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(on_frame.unchecked_ref());
    let fallback = runner(slot);
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), HIDDEN_FALLBACK_MS);
}

/// Runs `work` in a task of its own (a zero timer), so the work before it and `work` are two
/// shorter tasks instead of one long one; at once when there is no window or no timer.
pub fn next_task(work: impl FnOnce() + 'static) {
    let slot: Pending = Rc::new(Cell::new(Some(Box::new(work))));
    let run = runner(slot.clone());
    let set = web_sys::window().and_then(|w| w.set_timeout_with_callback(run.unchecked_ref()).ok());
    if set.is_none() {
        if let Some(work) = slot.take() {
            work();
        }
    }
}
