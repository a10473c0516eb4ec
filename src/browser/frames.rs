//! Scheduling around the browser's paint: work that must not delay the frame on screen.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A page that is not shown (a background tab, a hidden host container) gets no animation
/// frames; after this long the work runs anyway, so a widget never waits to be seen to finish.
const HIDDEN_FALLBACK_MS: i32 = 250;

/// The pending work, taken by whichever callback runs first.
type Pending = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// The works waiting for the same paint.
type Batch = Rc<RefCell<Vec<Box<dyn FnOnce()>>>>;

thread_local! {
    /// The batch that work asked for now joins: one animation-frame callback and one fallback
    /// timer for all of it. A keystroke asks for several (each part drawn later, the saved
    /// plan, the address bar), and every callback is a call into the module inside the very
    /// frame that paints the answer (README "Measuring").
    static OPEN: RefCell<Option<Batch>> = const { RefCell::new(None) };
}

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
/// fires before it and its work would delay the paint. Works asked for before that frame wait
/// for it together, and each still runs in a task of its own, in the order asked. Runs once,
/// whichever comes first of that and the hidden-page fallback; at once when there is no window.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return work() };
    if let Some(batch) = OPEN.with(|open| open.borrow().clone()) {
        batch.borrow_mut().push(Box::new(work));
        return;
    }
    let batch: Batch = Rc::new(RefCell::new(vec![Box::new(work)]));
    OPEN.with(|open| *open.borrow_mut() = Some(batch.clone()));
    let on_frame = {
        let batch = batch.clone();
        Closure::once_into_js(move || dispatch(&batch))
    };
    let _ = window.request_animation_frame(on_frame.unchecked_ref());
    let fallback = Closure::once_into_js(move || dispatch(&batch));
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), HIDDEN_FALLBACK_MS);
}

/// Closes `batch` (work asked for from now on waits for the next frame) and gives each of its
/// works a task of its own: one long task would hold the page as long as all of them.
fn dispatch(batch: &Batch) {
    OPEN.with(|open| {
        let mut open = open.borrow_mut();
        if open.as_ref().is_some_and(|b| Rc::ptr_eq(b, batch)) {
            *open = None;
        }
    });
    let works = std::mem::take(&mut *batch.borrow_mut());
    for work in works {
        next_task(work);
    }
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
