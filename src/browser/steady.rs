//! Keeps the first screen from shrinking while the user types. The verdict's next actions and
//! the commitments' wrapping lines change its height with every figure, which moved everything
//! below it at each keystroke: on a phone, the goal field itself (it sits below the first
//! screen) jumped under the cursor, and each move cost the browser a layout and a repaint of
//! the page below (README "Measuring").
//!
//! The rule: the first screen may grow at any time, but it does not shrink until focus enters
//! another field (a typing session ends there), the width changes or the language changes.
//! Focus moving to a button keeps the height, so nothing moves between a press and a release.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, ResizeObserver};

/// The hold on one element, released when dropped (the component unmounts).
pub struct Steady {
    observer: ResizeObserver,
    parent: web_sys::Element,
    element: HtmlElement,
    /// Counts the releases: a height written after a release it was measured before would
    /// hold the element again.
    releases: Rc<Cell<u32>>,
    // Kept alive as long as the observer and the listener use them.
    _on_resize: Closure<dyn FnMut()>,
    on_focus: Closure<dyn FnMut(Event)>,
}

impl Steady {
    /// Holds `element`'s height as described above; `None` where the browser has no
    /// `ResizeObserver` (the element then moves as its content does: nothing else changes).
    pub fn hold(element: &HtmlElement) -> Option<Steady> {
        let parent = element.parent_element()?;
        let target = element.clone();
        let mut width = element.offset_width();
        // The height held is the one just laid out, to the layout unit, so writing it changes
        // no size and the observer does not fire again for it; a release waits for the frame
        // after. A release also bumps `releases`, which cancels a write still waiting.
        let releases = Rc::new(Cell::new(0u32));
        let on_resize = {
            let releases = releases.clone();
            Closure::<dyn FnMut()>::new(move || {
                if target.offset_width() != width {
                    // Another width reflows the text: start again from what the content needs.
                    width = target.offset_width();
                    let (target, releases) = (target.clone(), releases.clone());
                    crate::browser::frames::after_next_paint(move || release_of(&target, &releases));
                    return;
                }
                // The height just laid out (reading it here costs no layout), written in a task
                // after this frame is painted: written now, it would make the browser style and
                // lay the page out a second time inside the very frame that shows the keystroke's
                // answer (README "Measuring", session 19). The hold is the same one frame later.
                let height = target.get_bounding_client_rect().height();
                let (target, releases, released) = (target.clone(), releases.clone(), releases.get());
                crate::browser::frames::next_task(move || {
                    if releases.get() == released {
                        let _ = target.style().set_property("min-height", &layout_px(height));
                    }
                });
            })
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        let (target, count) = (element.clone(), releases.clone());
        let on_focus = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let field = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if field.is_some_and(|f| matches!(f.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")) {
                release_of(&target, &count);
            }
        });
        let _ = parent.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref());
        Some(Steady { observer, parent, element: element.clone(), releases, _on_resize: on_resize, on_focus })
    }

    /// Lets the element fit its content again now (a new language, say).
    pub fn release(&self) {
        release_of(&self.element, &self.releases);
    }
}

/// `height` in CSS pixels, exactly, as the browser lays it out (in 1/64 px): "395.968750px".
/// Whole-number formatting (the standard float formatting would come back into the module).
fn layout_px(height: f64) -> String {
    let units = (height.max(0.0) * 64.0).round() as u64;
    format!("{}.{:06}px", units / 64, (units % 64) * 15_625)
}

fn release_of(element: &HtmlElement, releases: &Cell<u32>) {
    releases.set(releases.get().wrapping_add(1));
    let _ = element.style().remove_property("min-height");
}

impl Drop for Steady {
    fn drop(&mut self) {
        self.observer.disconnect();
        let _ = self
            .parent
            .remove_event_listener_with_callback("focusin", self.on_focus.as_ref().unchecked_ref());
        release_of(&self.element, &self.releases);
    }
}
