//! The Goal & funnel section in a real browser: stage table, period switcher, stage editor,
//! stale results on a bad rate, headline, charts and goal-seek, on the default plan.
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{click, plain, settle, text_of, type_into};

use funnel_planner::i18n::Lang;
use funnel_planner::state::prefs::Section;
use funnel_planner::state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(lang: Lang) -> Element {
    let root = web_support::mount(State::new(lang).reduce(Action::ShowSection(Section::Funnel)));
    settle().await;
    settle().await;
    root
}

/// Records the id of the last element focused inside `root` (the runner may detach the root
/// again before an assertion could read `document.activeElement`).
fn track_focus(root: &Element) -> Rc<RefCell<String>> {
    let last = Rc::new(RefCell::new(String::new()));
    let sink = last.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            *sink.borrow_mut() = el.id();
        }
    });
    root.add_event_listener_with_callback("focusin", listener.as_ref().unchecked_ref()).unwrap();
    listener.forget();
    last
}

/// Waits (up to a second: other tests render in the same page) until `id` took focus; returns
/// the last focused id.
async fn focus_on(focused: &Rc<RefCell<String>>, id: &str) -> String {
    // `focusin` needs the window to have focus, which a loaded test machine does not always
    // give; the document's active element is set either way.
    let active = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .map(|e| e.id())
            .unwrap_or_default()
    };
    for _ in 0..50 {
        if focused.borrow().as_str() == id || active() == id {
            return id.to_string();
        }
        settle().await;
    }
    let last = focused.borrow().clone();
    if last.is_empty() {
        active()
    } else {
        last
    }
}

/// The stage table as rows of cell texts: [name, total, pace, rate, team, per rep].
fn stage_rows(root: &Element) -> Vec<Vec<String>> {
    let rows = root.query_selector_all("#fp-stage-table tbody tr").unwrap();
    (0..rows.length())
        .map(|i| {
            let row: Element = rows.item(i).unwrap().dyn_into().unwrap();
            let cells = row.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .map(|c| plain(cells.item(c).unwrap().text_content().unwrap_or_default()))
                .collect()
        })
        .collect()
}

fn names(root: &Element) -> Vec<String> {
    stage_rows(root).into_iter().map(|r| r[0].clone()).collect()
}

#[wasm_bindgen_test]
async fn default_plan_shows_125000_visitors_and_2500_leads_in_the_stage_table() {
    let root = mount(Lang::En).await;
    let rows = stage_rows(&root);
    assert_eq!(names(&root), ["Visitor", "Lead", "MQL", "SQL", "Opportunity", "Customer"]);
    assert_eq!(rows[0][..4], ["Visitor", "125,000", "10,417", "2%"]);
    assert_eq!(rows[1][..4], ["Lead", "2,500", "209", "40%"]);
    assert_eq!(rows[3][4..], ["Sales", "42 / month"]);
    assert_eq!(rows[1][5], "—");
    assert_eq!(text_of(&root, "#fp-customers"), "100");
    assert_eq!(text_of(&root, "#fp-leads"), "2,500");
    assert_eq!(
        text_of(&root, "#fp-headline"),
        "To reach $100,000 you need 2,500 leads: 209 a month, 49 a week."
    );
}

#[wasm_bindgen_test]
async fn switching_the_period_to_week_shows_49_leads() {
    let root = mount(Lang::En).await;
    let buttons = root.query_selector_all(".fp-seg__btn").unwrap();
    let week: HtmlElement = (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .find(|b| b.text_content().as_deref() == Some("Week"))
        .unwrap();
    week.click();
    settle().await;
    assert_eq!(week.get_attribute("aria-pressed").as_deref(), Some("true"));
    let rows = stage_rows(&root);
    assert_eq!(rows[1][2], "49");
    assert_eq!(rows[3][5], "10 / week");
}

#[wasm_bindgen_test]
async fn adding_a_stage_then_removing_it_restores_six_rows_and_focus_follows() {
    let root = mount(Lang::En).await;
    let focused = track_focus(&root);
    click(&root, "#fp-stage-add");
    settle().await;
    assert_eq!(root.query_selector_all("li.fp-stage").unwrap().length(), 7);
    assert_eq!(names(&root), ["Visitor", "Lead", "MQL", "SQL", "Opportunity", "New stage", "Customer"]);
    assert_eq!(focus_on(&focused, "fp-stage-5-name").await, "fp-stage-5-name");

    focused.borrow_mut().clear();
    click(&root, "#fp-stage-5-remove");
    settle().await;
    assert_eq!(root.query_selector_all("li.fp-stage").unwrap().length(), 6);
    assert_eq!(names(&root), ["Visitor", "Lead", "MQL", "SQL", "Opportunity", "Customer"]);
    assert_eq!(stage_rows(&root)[0][1], "125,000");
    assert_eq!(focus_on(&focused, "fp-stage-5-name").await, "fp-stage-5-name");

    // Moving a stage keeps focus on its arrow (the only test that moves focus: tests share
    // one document).
    let label = root.query_selector("#fp-stage-2-down").unwrap().unwrap().get_attribute("aria-label");
    assert_eq!(label.as_deref(), Some("Move down stage “MQL”"));
    click(&root, "#fp-stage-2-down");
    settle().await;
    assert_eq!(names(&root)[2..4], ["SQL", "MQL"]);
    assert_eq!(focus_on(&focused, "fp-stage-3-down").await, "fp-stage-3-down");
}

#[wasm_bindgen_test]
async fn a_zero_stage_rate_shows_its_error_and_keeps_results_stale() {
    let root = mount(Lang::En).await;
    type_into(&root, "#fp-funnel-stages-1-rate", "0");
    settle().await;
    assert!(text_of(&root, "#fp-funnel-stages-1-rate-error").contains("above 0"));
    assert!(root.query_selector(".fp-results[data-stale=true]").unwrap().is_some());
    assert!(root.query_selector(".fp-outputs[data-stale=true]").unwrap().is_some());
    assert_eq!(text_of(&root, "#fp-leads"), "2,500");
    assert_eq!(stage_rows(&root)[1][1], "2,500");
}

#[wasm_bindgen_test]
async fn french_headline_charts_and_goal_seek() {
    let root = mount(Lang::Fr).await;
    assert_eq!(
        text_of(&root, "#fp-headline"),
        "Pour atteindre 100 000 € il vous faut 2 500 prospects : 209 par mois, 49 par semaine."
    );
    assert_eq!(root.query_selector_all("[role=img]").unwrap().length(), 3);
    assert_eq!(root.query_selector_all("#fp-funnel-chart rect").unwrap().length(), 6);
    assert!(text_of(&root, "#fp-pipeline-needed").contains("Aucun pipeline"));

    click(&root, "#fp-goal-seek-on");
    settle().await;
    assert!(text_of(&root, "#fp-seek-status").contains("80 clients pour 100"));
    let seek = text_of(&root, "#fp-seek-table");
    assert!(seek.contains("Visiteur → Prospect"), "French users get French default stage names: {seek}");
    assert!(seek.contains("2,5 %"), "{seek}");
}

#[wasm_bindgen_test]
async fn existing_customers_covering_the_goal_are_said_so() {
    let root = mount(Lang::En).await;
    type_into(&root, "#fp-revenue-current-recurring-revenue", "120,000");
    settle().await;
    assert_eq!(text_of(&root, "#fp-split-existing"), "$120,000");
    assert_eq!(text_of(&root, "#fp-split-new"), "$0");
    assert!(text_of(&root, ".fp-split__covered").contains("already cover the goal"));
    assert!(
        text_of(&root, "#fp-headline").starts_with("Your existing customers already cover the $100,000 goal")
    );
    assert_eq!(text_of(&root, "#fp-customers"), "0");
}
