//! Shared by the browser component tests: mounting the app, finding, reading, clicking, typing
//! and choosing as a user would, and waiting until the page is idle instead of sleeping a fixed
//! time, so the tests neither flake on a loaded machine nor wait longer than needed.
#![allow(dead_code)]

use funnel_planner::app::{App, AppProps};
use funnel_planner::state::State;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

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

/// A fresh element attached to the page's body, to mount into.
pub fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// The app opened on `initial`, mounted into a fresh root (call `settle` before reading it).
pub fn mount(initial: State) -> Element {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial }).render();
    root
}

/// The element at `selector` inside `root`; panics naming the selector when it is missing.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

/// Text with the narrow and normal no-break spaces Intl uses turned into spaces, trimmed.
pub fn plain(text: String) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ").trim().to_string()
}

/// The plain text of the element at `selector`.
pub fn text_of(root: &Element, selector: &str) -> String {
    plain(find(root, selector).text_content().unwrap_or_default())
}

/// The text at `selector` once `ok` holds, waiting up to about 3 s for the view to catch up
/// (a busy machine can delay a render); the last text seen otherwise, for the assertion.
pub async fn text_when(root: &Element, selector: &str, ok: impl Fn(&str) -> bool) -> String {
    let mut text = String::new();
    for _ in 0..50 {
        text =
            plain(root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default());
        if ok(&text) {
            break;
        }
        settle().await;
    }
    text
}

/// Clicks the element at `selector`.
pub fn click(root: &Element, selector: &str) {
    // The test runner rewrites the page's body with its progress, detaching roots mounted by
    // tests; only attached elements can take focus.
    if !root.is_connected() {
        web_sys::window().unwrap().document().unwrap().body().unwrap().append_child(root).unwrap();
    }
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
}

/// Types `text` into the input at `selector` as a user would: value set, `input` event fired.
pub fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init.unchecked_into()).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Picks option `index` of the select at `selector` and fires `change`.
pub fn choose(root: &Element, selector: &str, index: i32) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().unwrap();
    select.set_selected_index(index);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}
