//! Thin wrappers over browser APIs (Intl formatting, navigator languages, the mount point), so
//! the view never touches web-sys directly and a blocked API degrades instead of panicking.

pub mod boot;
pub mod embed;
pub mod files;
pub mod format;
pub mod frames;
pub mod js_tree;
pub mod json;
pub mod keeper;
pub mod share_link;
pub mod standalone;
pub mod storage;

use crate::i18n::Lang;
use wasm_bindgen::JsCast;

/// The language the browser prefers, among those we support.
pub fn preferred_lang() -> Lang {
    let Some(window) = web_sys::window() else { return Lang::default() };
    let tags: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::from_preferences(tags.iter().map(String::as_str))
}

/// The element the widget mounts into: `#funnel-planner`, created if the page lacks it.
pub fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    if let Some(existing) = document.get_element_by_id("funnel-planner") {
        return Some(existing);
    }
    let created = document.create_element("div").ok()?;
    created.set_id("funnel-planner");
    document.body()?.append_child(&created).ok()?;
    Some(created)
}

/// Sets `lang` on the document so screen readers pronounce the text correctly.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Replaces the widget with a readable message if the program ever panics, instead of a
/// silently frozen page.
pub fn install_panic_panel(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(root) = mount_point() {
            let html = format!(
                "<div class=\"fp-crash\" role=\"alert\"><strong>{}</strong><p>{}</p></div>",
                lang.t(crate::i18n::Text::CrashTitle),
                lang.t(crate::i18n::Text::CrashBody)
            );
            if let Ok(el) = root.dyn_into::<web_sys::HtmlElement>() {
                el.set_inner_html(&html);
            }
        }
    }));
}

/// Marks the widget ready (for tests and the benchmark) and records a performance mark at the
/// first painted result.
pub fn mark_ready(root: &yew::NodeRef) {
    if let Some(el) = root.cast::<web_sys::Element>() {
        let _ = el.set_attribute("data-ready", "true");
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("fp-first-result");
    }
}

/// Records a performance mark (read by the benchmark script); nothing when unavailable.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
