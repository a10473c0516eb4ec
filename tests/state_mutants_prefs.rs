//! Preferences (`state::prefs`): the sections' stable ids (element ids, test selectors and
//! saved sessions name them), the theme's stored codes, and which currency codes are taken
//! (three ASCII letters, any case, trimmed) through `Action::SetCurrency`. Added for issue 16
//! (mutation testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::i18n::Lang;
use funnel_planner::state::prefs::{default_currency, valid_currency, Section, Theme};
use funnel_planner::state::{Action, State};

#[test]
fn each_section_has_its_own_stable_id() {
    let ids: Vec<&str> = Section::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(
        ids,
        ["funnel", "sources", "team", "budget", "tracking", "monthly", "scoring", "risk", "share", "embed"]
    );
}

#[test]
fn a_theme_is_stored_by_its_code_and_read_back() {
    for (theme, code) in [(Theme::Auto, "auto"), (Theme::Light, "light"), (Theme::Dark, "dark")] {
        assert_eq!(theme.code(), code);
        assert_eq!(Theme::from_code(code), Some(theme));
    }
    assert_eq!(Theme::from_code("Dark"), None);
    assert_eq!(Theme::from_code(""), None);
}

#[test]
fn a_currency_is_three_ascii_letters_in_any_case() {
    assert_eq!(valid_currency(" chf "), Some("CHF".to_string()));
    assert_eq!(valid_currency("Xof"), Some("XOF".to_string()));
    for bad in ["", "EU", "EURO", "E1R", "ÉUR", "E R"] {
        assert_eq!(valid_currency(bad), None, "{bad:?}");
    }
    assert_eq!((default_currency(Lang::Fr), default_currency(Lang::En)), ("EUR", "USD"));
    let state = State::new(Lang::Fr);
    assert_eq!(state.reduce(Action::SetCurrency("gbp".into())).currency, "GBP");
    assert_eq!(state.reduce(Action::SetCurrency("pounds".into())).currency, "EUR");
}
