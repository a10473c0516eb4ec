//! The code of the actions only a section's controls send: edits of the plan's structure
//! (stages, sources, hires, monthly figures, budget and risk settings…) and the scenarios. The
//! reducer reaches it through here.
//!
//! In the build with parts (`split`), that code is a part of its own, fetched after the first
//! paint (README "Where the bytes go"), since the first screen answers the goal's keystrokes
//! without it. The app installs it and holds any such action back, in order, until it is in
//! (`app::section_gate`), so the reducer never meets one without it. Everywhere else (native
//! tests, component tests, the prerender) it is called directly, and the reducer stays a
//! function of the state and the action.

use super::edits::Edit;
use super::scenarios::{ScenarioAction, Scenarios};
use crate::engine::Plan;

/// The section-only code, as plain functions.
#[derive(Clone, Copy)]
pub struct SectionCode {
    pub edit: fn(Edit, &mut Plan),
    pub scenario: fn(&mut Scenarios, ScenarioAction, &Plan, &str),
}

impl SectionCode {
    /// The functions themselves. In the build with parts, the part's split point is the only
    /// caller, which is what moves their code out of the main module.
    pub fn direct() -> SectionCode {
        SectionCode {
            edit: |edit, plan| edit.apply(plan),
            scenario: |scenarios, action, current, suffix| scenarios.apply(action, current, suffix),
        }
    }
}

/// Whether `action`'s code is the section-only code.
pub fn needed_by(action: &super::Action) -> bool {
    matches!(action, super::Action::Edit(_) | super::Action::Scenario(_))
}

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
pub fn get() -> Option<SectionCode> {
    Some(SectionCode::direct())
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
pub use installed::{get, install};

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod installed {
    use super::SectionCode;
    use std::cell::Cell;

    thread_local! {
        static CODE: Cell<Option<SectionCode>> = const { Cell::new(None) };
    }

    /// The code, once its part is in.
    pub fn get() -> Option<SectionCode> {
        CODE.with(Cell::get)
    }

    /// Called by the app once the part is in.
    pub fn install(code: SectionCode) {
        CODE.with(|c| c.set(Some(code)));
    }
}
