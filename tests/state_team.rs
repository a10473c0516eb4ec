//! Team edits in the reducer: adding and removing hire rows keeps drafts on the right rows.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::{Action, State};

fn typed(state: &State, path: &str, text: &str) -> State {
    state.reduce(Action::SetNumber { path: path.into(), text: text.into() })
}

#[test]
fn removing_a_hire_drops_hire_drafts_so_no_error_outlives_its_row() {
    let mut s = State::new(Lang::En);
    s = s.reduce(Action::Edit(Edit::AddHire)).reduce(Action::Edit(Edit::AddHire));
    s = typed(&s, "team.hires.0.count", "3");
    s = typed(&s, "team.hires.1.start_month", "13");
    assert!(s.outcome().stale);
    s = s.reduce(Action::Edit(Edit::RemoveHire(1)));
    assert_eq!(s.plan.team.hires.len(), 1);
    assert_eq!(s.plan.team.hires[0].count, Decimal::from_int(3));
    assert!(s.drafts.keys().all(|p| !p.starts_with("team.hires.")));
    assert!(!s.outcome().stale);
    assert_eq!(s.text("team.hires.0.count"), "3");
}

#[test]
fn adding_a_hire_keeps_what_was_typed_in_other_rows() {
    let mut s = State::new(Lang::Fr).reduce(Action::Edit(Edit::AddHire));
    s = typed(&s, "team.hires.0.ramp_months", "6");
    s = s.reduce(Action::Edit(Edit::AddHire));
    assert_eq!(s.text("team.hires.0.ramp_months"), "6");
    assert_eq!(s.text("team.hires.1.ramp_months"), "3");
}
