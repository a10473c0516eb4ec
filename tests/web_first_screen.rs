//! The first screen in a real browser (issue 12): the default plan's verdict and commitments in
//! French, its checks opening their section, and one more rep turning the verdict around.
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{click, find, settle, text_of, type_into};

use funnel_planner::i18n::Lang;
use funnel_planner::state::State;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn french_first_screen_says_the_plan_does_not_hold_and_what_each_team_owes() {
    let root = web_support::mount(State::new(Lang::Fr));
    settle().await;
    assert!(text_of(&root, "#fp-plan-verdict").ends_with("Le plan ne tient pas"));
    assert_eq!(find(&root, "[data-check=\"hours\"]").get_attribute("data-status").as_deref(), Some("fails"));
    assert_eq!(
        text_of(&root, "#fp-next-actions"),
        "Ajouter 1 commercial au plus tard au mois 7, ou réduire les tentatives de suivi à 4."
    );
    assert!(text_of(&root, "#fp-commit-marketing").contains("20 MQL chaque lundi"));
    assert!(text_of(&root, "#fp-commit-marketing").contains("dont 12 de bons profils (60 %)"));
    assert!(text_of(&root, "#fp-commit-sales").contains("Premier contact sous 24 heures"));
    assert!(text_of(&root, "#fp-commit-sales").contains("puis 6 tentatives sur 14 jours"));
    assert!(text_of(&root, "#fp-commit-team").contains("30 heures par semaine pour 20 heures de vente"));

    // The hours check opens Team & SLA.
    click(&root, "#fp-check-hours");
    settle().await;
    assert_eq!(find(&root, "#fp-tab-team").get_attribute("aria-selected").as_deref(), Some("true"));

    // One more rep: the follow-up fits, the plan holds and nothing is left to do.
    type_into(&root, "#fp-team-reps", "2");
    settle().await;
    assert!(text_of(&root, "#fp-plan-verdict").ends_with("Le plan tient"));
    assert!(root.query_selector("#fp-next-actions").unwrap().is_none());
    assert!(text_of(&root, "#fp-commit-team").starts_with("L'équipe peut-elle tenir ?Oui"));
}
