//! The code of the actions only a section's controls send: edits of the plan's structure
//! (stages, sources, hires, monthly figures, budget and risk settings…) and the scenarios; and
//! a language switch's renaming of the report. The reducer reaches it through here.
//!
//! The part also installs the engine's occasional sections (`engine::occasional`), which only
//! a section's controls (or a plan from elsewhere) can bring into the plan.
//!
//! In the build with parts (`split`), that code is a part of its own, fetched after the first
//! paint (README "Where the bytes go"), since the first screen answers the goal's keystrokes
//! without it. The app installs it and holds any such action back, in order, until it is in
//! (`app::section_gate`), so the reducer never meets one without it. Everywhere else (native
//! tests, component tests, the prerender) it is called directly, and the reducer stays a
//! function of the state and the action.

use super::edits::Edit;
use super::scenarios::{ScenarioAction, Scenarios};
use crate::engine::{Plan, PlanReport};

/// The section-only code, as plain functions.
#[derive(Clone, Copy)]
pub struct SectionCode {
    pub edit: fn(Edit, &mut Plan),
    pub scenario: fn(&mut Scenarios, ScenarioAction, &Plan, &str),
    /// A language switch's renaming of the report's default stage names (`outcome::renamed`):
    /// it copies the whole report, which was 5.5 KB of the first load. Until it is in, the
    /// reducer runs the engine on the renamed plan instead (the same figures).
    pub renamed: fn(&PlanReport, &[String], &[String]) -> PlanReport,
}

impl SectionCode {
    /// The functions themselves. In the build with parts, the part's split point is the only
    /// caller, which is what moves their code out of the main module.
    pub fn direct() -> SectionCode {
        SectionCode {
            edit: |edit, plan| edit.apply(plan),
            scenario: |scenarios, action, current, suffix| scenarios.apply(action, current, suffix),
            renamed: super::outcome::renamed,
        }
    }
}

/// Whether `action` needs the part: its code is the section-only code, or the plan it leads
/// to may use the engine's occasional sections (`engine::occasional`), whose code that part
/// installs: a plan from elsewhere, or a field of one of those sections.
pub fn needed_by(action: &super::Action) -> bool {
    use super::Action;
    match action {
        Action::Edit(_) | Action::Scenario(_) => true,
        Action::Load { .. } | Action::Restore { .. } | Action::OpenScenario(_) => true,
        Action::SetNumber { path, .. } | Action::SetValue { path, .. } => occasional_field(path),
        _ => false,
    }
}

/// Whether the field at `path` belongs to one of the engine's occasional sections (recorded
/// periods, tracking, the agreement, the budget, lead scoring, goal-seek) or to the sources (a
/// second source brings the optimiser): setting it may make the plan use their code. A host's
/// starting values count too (`browser::boot::needs_reader`).
pub fn occasional_field(path: &str) -> bool {
    ["actuals.", "tracking.", "agreement.", "sources.", "budget.", "scoring.", "goal_seek."]
        .iter()
        .any(|prefix| path.starts_with(prefix))
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
