//! Shared by the browser component tests: wait until the page is idle instead of sleeping a
//! fixed time, so the tests neither flake on a loaded machine nor wait longer than needed.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Returns once the document has seen no DOM change for two consecutive 16 ms ticks (Yew has
/// rendered, and the timers it set have fired and rendered too); gives up after 3 s.
pub async fn settle() {
    let changes = Rc::new(Cell::new(0u32));
    let sink = changes.clone();
    let callback = Closure::<dyn FnMut()>::new(move || sink.set(sink.get() + 1));
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    options.set_character_data(true);
    let body = web_sys::window().unwrap().document().unwrap().body().unwrap();
    observer.observe_with_options(&body, &options).unwrap();
    let (mut quiet, mut waited) = (0, 0);
    while quiet < 2 && waited < 3_000 {
        let before = changes.get();
        yew::platform::time::sleep(std::time::Duration::from_millis(16)).await;
        waited += 16;
        quiet = if changes.get() == before { quiet + 1 } else { 0 };
    }
    observer.disconnect();
}
