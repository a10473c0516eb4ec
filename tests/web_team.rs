//! The Team & SLA section in a real browser: default figures, hires added and removed, the
//! SLA terms driving both sides, and the printable document.
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{choose, click, find, mount, settle, text_of, text_when, type_into};

use funnel_planner::engine::funnel::FunnelMode;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::prefs::Section;
use funnel_planner::state::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

fn team(lang: Lang) -> State {
    State::new(lang).reduce(Action::ShowSection(Section::Team))
}

#[wasm_bindgen_test]
async fn default_team_covers_the_goal_but_the_sla_is_short_by_one_rep() {
    let root = mount(team(Lang::En));
    assert_eq!(text_when(&root, "#fp-team-capacity", |t| t == "$100,000").await, "$100,000");
    assert!(text_of(&root, "#fp-team-covered").contains("The team covers the goal."));
    assert_eq!(text_of(&root, "#fp-team-fte tbody td"), "1");
    assert_eq!(root.query_selector_all("#fp-team-fte tbody td").unwrap().length(), 12);
    // SQL: 500 a year for 1 rep → 41.67 a month, given as 42; 10 a week.
    let sql = find(&root, "#fp-team-workloads tbody tr");
    assert_eq!(text_of(&sql, "th"), "SQL");
    assert_eq!(text_of(&sql, "td"), "42");
    assert_eq!(find(&sql, "td data").get_attribute("title").as_deref(), Some("exact value: 41.67"));
    assert_eq!(text_of(&sql, "td:last-child"), "10");
    // SLA: 20 MQL every Monday, 12 good fit, 30 h needed for 20 h available.
    assert_eq!(text_of(&root, "#fp-sla-per-week"), "20");
    assert!(text_of(&root, "label[for=fp-sla-per-week]").contains("MQL every Monday"));
    assert_eq!(text_of(&root, "#fp-sla-good-fit"), "12");
    // 1 000 MQL a year → 84 a month at the even pace, all for the one rep (seed 003's line).
    assert_eq!(text_of(&root, "#fp-sla-per-rep-month"), "84");
    assert_eq!(text_of(&root, "#fp-sla-qualify"), "Wednesday");
    assert_eq!(text_of(&root, "#fp-sla-hours-needed"), "30 h");
    let verdict = text_of(&root, "#fp-sla-verdict");
    assert!(verdict.contains("Capacity: Short"), "{verdict}");
    assert!(verdict.contains('⚠'));
    assert_eq!(text_of(&root, "#fp-sla-reps-needed"), "2");
    assert_eq!(text_of(&root, "#fp-sla-hours-missing"), "10 h");
}

#[wasm_bindgen_test]
async fn hires_are_added_edited_and_removed() {
    let root = mount(team(Lang::En));
    text_when(&root, "#fp-team-capacity", |t| !t.is_empty()).await;
    type_into(&root, "#fp-team-reps", "0");
    assert!(text_when(&root, "#fp-team-short", |t| t.contains("does not cover"))
        .await
        .contains("does not cover"));
    assert_eq!(text_of(&root, "#fp-team-extra-reps"), "1");
    click(&root, "#fp-team-add-hire");
    click(&root, "#fp-team-add-hire");
    text_when(&root, ".fp-hire:nth-child(2) legend", |t| !t.is_empty()).await;
    assert_eq!(root.query_selector_all(".fp-hire").unwrap().length(), 2);
    // Default row: 1 rep from month 1 ramping over 3 months → 1/3, 2/3 then 1 FTE.
    assert_eq!(
        text_of(&root, "#fp-team-hires-0-ramp-months-help"),
        "Months until fully productive (0 to 12), rising linearly."
    );
    type_into(&root, "#fp-team-hires-1-count", "0");
    assert_eq!(text_when(&root, "#fp-team-fte tbody td", |t| t == "0.33").await, "0.33");
    assert_eq!(text_of(&root, "#fp-team-fte tbody td:nth-of-type(3)"), "1");
    click(&root, ".fp-hire:first-child .fp-hire__remove");
    // The remaining row is the one with 0 reps: no capacity left.
    assert_eq!(text_when(&root, "#fp-team-capacity", |t| t == "$0").await, "$0");
    assert_eq!(root.query_selector_all(".fp-hire").unwrap().length(), 1);
    click(&root, ".fp-hire__remove");
    assert!(text_when(&root, ".fp-hires", |t| t.contains("No hires")).await.contains("No hires planned"));
    assert!(root.query_selector(".fp-hire").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn sla_terms_drive_both_sides_and_the_verdict() {
    let root = mount(team(Lang::Fr));
    assert!(text_when(&root, "#fp-sla-verdict", |t| !t.is_empty()).await.contains("Capacité : Insuffisante"));
    type_into(&root, "#fp-sla-minutes-per-attempt", "10");
    choose(&root, "#fp-sla-handover-day", 2);
    settle().await;
    // 20 × 6 × 10 min = 20 h: exactly the hours available.
    let verdict = text_when(&root, "#fp-sla-verdict", |t| t.contains("Suffisante")).await;
    let needed = text_of(&root, "#fp-sla-hours-needed");
    let typed = find(&root, "#fp-sla-minutes-per-attempt").dyn_into::<HtmlInputElement>().unwrap().value();
    assert!(verdict.contains("Capacité : Suffisante"), "{verdict} / {needed} / {typed}");
    assert!(text_of(&root, "#fp-sla-verdict").contains('✓'));
    assert!(text_of(&root, "label[for=fp-sla-per-week]").contains("MQL chaque mercredi"));
    assert_eq!(text_of(&root, "#fp-sla-qualify"), "Vendredi");
    choose(&root, "#fp-sla-handover-stage", 1);
    // French users start with French stage names: stage 1 is "Prospect".
    assert!(text_when(&root, "label[for=fp-sla-per-week]", |t| t.starts_with("Prospect"))
        .await
        .starts_with("Prospect chaque"));
    assert_eq!(text_of(&root, "#fp-sla-per-week"), "49");
}

#[wasm_bindgen_test]
async fn simple_mode_shows_the_hand_over_fixed_to_the_lead_stage() {
    let state = team(Lang::En).reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple)));
    let root = mount(state);
    assert_eq!(text_when(&root, "#fp-sla-handover-stage", |t| !t.is_empty()).await, "Lead");
    assert!(root.query_selector("select#fp-sla-handover-stage").unwrap().is_none());
    assert_eq!(text_of(&root, "#fp-sla-per-week"), "49");
}

#[wasm_bindgen_test]
async fn sla_document_states_the_follow_up_and_offers_copy_and_print() {
    let root = mount(team(Lang::En));
    text_when(&root, "#fp-sla-doc-toggle", |t| !t.is_empty()).await;
    assert!(root.query_selector("#fp-sla-doc").unwrap().is_none());
    click(&root, "#fp-sla-doc-toggle");
    let sales = text_when(&root, "#fp-sla-doc-sales", |t| !t.is_empty()).await;
    assert_eq!(find(&root, "#fp-sla-doc-toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(
        sales.contains("it makes 6 attempts over 14 days (days 0, 3, 6, 8, 11, 14 after acceptance)"),
        "{sales}"
    );
    assert!(text_of(&root, "#fp-sla-doc-marketing").contains("Marketing delivers 20 MQL every Monday"));
    assert!(text_of(&root, "#fp-sla-doc-verdict").contains("Short"));
    assert!(text_of(&root, "#fp-sla-doc-capacity").contains("needs 2 reps in all"));
    assert_eq!(root.query_selector_all(".fp-sla-doc__signer").unwrap().length(), 2);
    for id in ["#fp-sla-copy-text", "#fp-sla-copy-markdown", "#fp-sla-print"] {
        assert!(root.query_selector(id).unwrap().is_some(), "{id}");
    }
    // Copying works or, where the browser refuses, falls back to a selected read-only box.
    click(&root, "#fp-sla-copy-markdown");
    let status = text_when(&root, ".fp-sla-doc__status", |t| !t.is_empty()).await;
    if let Some(area) = root.query_selector("#fp-sla-manual").unwrap() {
        let area: web_sys::HtmlTextAreaElement = area.dyn_into().unwrap();
        assert!(area.value().starts_with("# Marketing–sales service-level agreement (SLA)"));
        assert!(area.read_only());
        assert!(status.contains("Automatic copy is not available"));
    } else {
        assert_eq!(status, "Copied to the clipboard.");
    }
}

#[wasm_bindgen_test]
async fn french_document_follows_the_seeds_wording() {
    let root = mount(team(Lang::Fr));
    text_when(&root, "#fp-sla-doc-toggle", |t| !t.is_empty()).await;
    click(&root, "#fp-sla-doc-toggle");
    assert!(text_when(&root, "#fp-sla-doc-marketing", |t| !t.is_empty())
        .await
        .contains("Le marketing livre 20 MQL chaque lundi, dont 60 % jugés adaptés (bon fit)"));
    assert!(text_of(&root, "#fp-sla-doc-sales").contains(
        "Elles acceptent ou rejettent chaque MQL sous 2 jours ouvrés, soit d'ici mercredi pour la livraison du lundi."
    ));
    assert_eq!(text_of(&root, "#fp-sla-doc-title"), "Accord de niveau de service (SLA) marketing – ventes");
}
