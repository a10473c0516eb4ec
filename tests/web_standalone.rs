//! The single-file app in a real browser: the preloaded plan is read (or refused with a
//! notice), and the "Download as a file" card names the file.
#![cfg(target_arch = "wasm32")]

mod web_support;

use funnel_planner::app::{App, AppProps};
use funnel_planner::browser::standalone::read_preload;
use funnel_planner::i18n::Lang;
use funnel_planner::state::prefs::Section;
use funnel_planner::state::{Action, Notice, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Puts `json` in the page's `#fp-preload` element (created once).
fn preload(json: &str) {
    let el = document().get_element_by_id("fp-preload").unwrap_or_else(|| {
        let el = document().create_element("script").unwrap();
        el.set_attribute("type", "application/json").unwrap();
        el.set_id("fp-preload");
        document().body().unwrap().append_child(&el).unwrap();
        el
    });
    el.set_text_content(Some(json));
}

#[wasm_bindgen_test]
fn a_preloaded_plan_is_read_with_its_language_and_currency() {
    preload(r#"{"app":"funnel-planner","version":1,"lang":"fr","currency":"eur","plan":{"goal":250000}}"#);
    let file = read_preload().unwrap().unwrap();
    assert_eq!(file.lang, Some(Lang::Fr));
    assert_eq!(file.currency.as_deref(), Some("EUR"));
    let report = funnel_planner::engine::compute(&file.plan).unwrap();
    assert_eq!(report.stages[1].volume, 6250);

    for broken in [
        "{\"version\":1,\"plan\":{\"goal\":",
        "[1]",
        "{\"version\":2,\"plan\":{}}",
        "{\"version\":1,\"plan\":{\"goal\":\"lots\"}}",
    ] {
        preload(broken);
        assert_eq!(read_preload().err(), Some(Notice::BrokenFile), "{broken}");
    }
    preload("  ");
    assert!(matches!(read_preload(), Ok(None)));
}

#[wasm_bindgen_test]
async fn the_download_card_names_the_file_from_the_typed_name_or_the_language() {
    let root: Element = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let initial = State::new(Lang::Fr).reduce(Action::ShowSection(Section::Share));
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial }).render();
    web_support::settle().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Télécharger en un seul fichier"), "{text}");
    assert!(text.contains("Enregistré sous : plan-entonnoir.html"), "{text}");

    let input: HtmlInputElement = root.query_selector("#fp-file-name").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("Objectif 2025 !");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(
            &web_sys::InputEvent::new_with_event_init_dict("input", &init.unchecked_into()).unwrap(),
        )
        .unwrap();
    web_support::settle().await;
    assert!(root.text_content().unwrap().contains("Enregistré sous : objectif-2025.html"));
}

/// In the browser, file names are lowered through JavaScript (no Unicode tables in the wasm):
/// the same result as `char::to_lowercase` natively (tests/export_csv.rs).
#[wasm_bindgen_test]
fn file_names_lower_any_script_in_the_browser() {
    use funnel_planner::export::file_stem;
    assert_eq!(file_stem("Plan 2027 — Équipe B!"), "plan-2027-équipe-b");
    assert_eq!(file_stem("ПЛАН ΣΟΦΙΑ İ"), "план-σοφια-i\u{307}");
    assert_eq!(file_stem("  ///  "), "funnel-plan");
}
