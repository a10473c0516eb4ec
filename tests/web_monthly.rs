//! The Monthly section's entry in a real browser (issue 14): the week switch shows the weekly
//! grid and a count typed there is compared with the weekly plan; with two sources a source's
//! grid adds up in plan vs actual; "Add a reason" gives a row whose reason takes the focus,
//! and its count reaches the compliance table.
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{choose, click, settle, text_of, text_when, type_into};

use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::edits_sources::SourceEdit;
use funnel_planner::state::prefs::Section;
use funnel_planner::state::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount(state: State) -> Element {
    web_support::mount(state.reduce(Action::ShowSection(Section::Monthly)))
}

fn change(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = web_support::find(root, selector).dyn_into().unwrap();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_week_typed_shows_the_weekly_pace() {
    let root = mount(State::new(Lang::En));
    settle().await;
    assert!(root.query_selector("#fp-actuals-weeks-0-stages-0").unwrap().is_none(), "months first");
    click(&root, "#fp-actuals-scale-1");
    settle().await;
    assert!(text_of(&root, "#fp-actuals-grid caption").starts_with("Actuals per week and stage"));
    type_into(&root, "#fp-actuals-weeks-0-stages-0", "2,500");
    let pace = text_when(&root, "#fp-weekly-pace", |t| !t.is_empty()).await;
    assert!(pace.starts_with("Weekly pace (Visitor): "), "{pace}");
}

#[wasm_bindgen_test]
async fn a_sources_grid_adds_up_in_plan_vs_actual() {
    let two = State::new(Lang::Fr)
        .reduce(Action::Edit(Edit::Source(SourceEdit::Add { name: "Salons".into(), first: "Web".into() })));
    let root = mount(two);
    settle().await;
    choose(&root, "#fp-actuals-source", 2);
    settle().await;
    assert!(text_of(&root, "#fp-actuals-grid caption").contains("Salons"));
    type_into(&root, "#fp-actuals-months-0-by-source-1-stages-0", "300");
    settle().await;
    choose(&root, "#fp-actuals-source", 1);
    settle().await;
    type_into(&root, "#fp-actuals-months-0-by-source-0-stages-0", "700");
    let row = text_when(&root, "#fp-monthly-table tbody td", |t| t.starts_with("1 000 /")).await;
    assert!(row.starts_with("1 000 /"), "{row}");
}

#[wasm_bindgen_test]
async fn an_added_reason_takes_the_focus_and_its_count_is_reported() {
    let root = mount(State::new(Lang::En));
    settle().await;
    click(&root, "#fp-sla-reason-add");
    settle().await;
    let active = web_sys::window().unwrap().document().unwrap().active_element().map(|e| e.id());
    assert_eq!(active.as_deref(), Some("fp-sla-reason-0"));
    change(&root, "#fp-sla-reason-0", "No budget");
    type_into(&root, "#fp-actuals-sla-records-0-rejection-reasons-0-count", "3");
    let reasons = text_when(&root, "#fp-compliance-reasons", |t| t.contains("(3)")).await;
    assert_eq!(reasons, "Rejection reasons: No budget (3)");
    click(&root, "#fp-sla-reason-remove-0");
    settle().await;
    assert!(root.query_selector("#fp-sla-reason-0").unwrap().is_none());
}
