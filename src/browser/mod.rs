//! Every browser API call of the app: the mount point, languages and performance marks here;
//! Intl formatting, storage, the share link, embedding messages, files, the clipboard, printing,
//! focus, paint scheduling and the single-file app in their modules. The view calls these, so a
//! blocked API degrades (with a notice) instead of panicking.

pub mod boot;
pub mod clipboard;
pub mod clock;
pub mod codec;
pub mod embed;
pub mod files;
pub mod focus;
#[cfg(target_arch = "wasm32")]
pub mod format;
#[cfg(not(target_arch = "wasm32"))]
#[path = "format_native.rs"]
pub mod format;
pub mod frames;
pub mod js_tree;
pub mod json;
pub mod keeper;
pub mod persist;
pub mod print;
pub mod reveal;
mod risk_fallback;
pub mod risk_worker;
pub mod share_link;
pub mod standalone;
pub mod steady;
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

/// The address of the page the widget runs in (empty when unavailable).
pub fn page_address() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Sets `lang` on the document so screen readers pronounce the text correctly.
/// Loads the page again (a part of the app could not be loaded: `Notice::PartMissing`).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Replaces the widget with a readable message if the program ever panics, instead of a
/// silently frozen page. In the release build a panic aborts on the spot and this hook never
/// runs: the page's own handler (index.html) draws the same panel when it sees the trap.
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

/// Records the performance mark of the first painted result: the page answers input from here
/// (the benchmark's "answers input").
pub fn mark_first_result() {
    mark("fp-first-result");
}

/// Marks the widget ready for tests and scripts (`data-ready`): the first result is drawn and
/// so is the open section, or the notice that its code could not be loaded (`app::lazy`).
pub fn mark_ready(root: &yew::NodeRef) {
    if let Some(el) = root.cast::<web_sys::Element>() {
        let _ = el.set_attribute("data-ready", "true");
    }
}

/// The performance entry recorded at every engine run (the benchmark and an e2e test count
/// them; a measure's duration is the reducer call that ran it).
pub const ENGINE_MARK: &str = "fp-engine";
/// Marks the start of each reducer call.
pub const REDUCE_MARK: &str = "fp-reduce";

/// Records a performance measure `name` from the latest mark `start` to now. (Marks named
/// `start` are not cleared: each reducer call sets one, the measure reads the latest, and a
/// clear was a third call into the browser at every keystroke.)
pub fn measure_since(name: &str, start: &str) {
    with_performance(|perf| {
        let _ = perf.measure_with_start_mark(name, start);
    });
}

thread_local! {
    /// `window.performance`, looked up once: the reducer marks every keystroke, and each
    /// lookup was two calls into the browser.
    static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
}

fn with_performance(f: impl FnOnce(&web_sys::Performance)) {
    PERFORMANCE.with(|perf| {
        if let Some(perf) = perf {
            f(perf);
        }
    });
}

/// Records a performance mark (read by the benchmark script); nothing when unavailable.
pub fn mark(name: &str) {
    with_performance(|perf| {
        let _ = perf.mark(name);
    });
}
