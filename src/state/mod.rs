//! The app's single state and the actions that change it. Pure Rust (no Yew) so the reducer
//! is tested natively; the view wraps it in `use_reducer`.

use crate::engine::funnel::FunnelMode;
use crate::engine::{compute, Decimal, FieldError, Plan, PlanReport};
use crate::i18n::number::{edit_percent, edit_text, parse_number, parse_percent};
use crate::i18n::{parse_reason, Lang};

/// Field paths, shared with the engine's error paths so one error list serves both.
pub const GOAL: &str = "goal";
pub const DEAL_SIZE: &str = "deal_size";
pub const RATE: &str = "funnel.overall_rate";

/// What the user typed (kept verbatim, so nothing is lost while a field is invalid) and the
/// last plan that computed, shown as stale while the current input is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub goal: String,
    pub deal_size: String,
    pub rate: String,
    pub last_valid: Plan,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetGoal(String),
    SetDealSize(String),
    SetRate(String),
    SetLang(Lang),
}

/// What the view shows: a report, whether it is stale, and the errors of the current input.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub report: Option<PlanReport>,
    pub stale: bool,
    pub errors: Vec<FieldError>,
}

fn default_plan() -> Plan {
    let mut plan = Plan::default();
    plan.funnel.mode = FunnelMode::Simple;
    plan
}

impl State {
    /// The default plan (seed 003: 100 000, 1 000, 4 %) written in `lang`.
    pub fn new(lang: Lang) -> State {
        let plan = default_plan();
        State {
            lang,
            goal: edit_text(plan.goal, lang),
            deal_size: edit_text(plan.deal_size, lang),
            rate: edit_percent(plan.funnel.overall_rate, lang),
            last_valid: plan,
        }
    }

    /// Reads the typed texts into a plan, or every field error (parsing and engine checks).
    pub fn current_plan(&self) -> Result<Plan, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut read = |path: &str, parsed: Result<Decimal, _>| {
            parsed.unwrap_or_else(|e| {
                errors.push(FieldError::new(path, parse_reason(e)));
                Decimal::ZERO
            })
        };
        let mut plan = default_plan();
        plan.goal = read(GOAL, parse_number(&self.goal, self.lang));
        plan.deal_size = read(DEAL_SIZE, parse_number(&self.deal_size, self.lang));
        plan.funnel.overall_rate = read(RATE, parse_percent(&self.rate, self.lang));
        if !errors.is_empty() {
            // Engine checks still run so a second bad field is reported too.
            if let Err(more) = compute(&plan) {
                let fresh: Vec<_> =
                    more.into_iter().filter(|m| !errors.iter().any(|e| e.path == m.path)).collect();
                errors.extend(fresh);
            }
            return Err(errors);
        }
        compute(&plan).map(|_| plan)
    }

    /// The figures to show, derived on demand from the inputs.
    pub fn outcome(&self) -> Outcome {
        match self.current_plan() {
            Ok(plan) => Outcome { report: compute(&plan).ok(), stale: false, errors: Vec::new() },
            Err(errors) => Outcome { report: compute(&self.last_valid).ok(), stale: true, errors },
        }
    }

    pub fn error_for(&self, errors: &[FieldError], path: &str) -> Option<crate::engine::Reason> {
        errors.iter().find(|e| e.path == path).map(|e| e.reason)
    }

    /// Applies one action.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetGoal(text) => next.goal = text,
            Action::SetDealSize(text) => next.deal_size = text,
            Action::SetRate(text) => next.rate = text,
            Action::SetLang(lang) => next.switch_lang(lang),
        }
        if let Ok(plan) = next.current_plan() {
            next.last_valid = plan;
        }
        next
    }

    /// Rewrites valid fields in the new language's notation ("1234.5" → "1234,5"); a field
    /// that does not parse is left exactly as typed.
    fn switch_lang(&mut self, lang: Lang) {
        let old = self.lang;
        let rewrite = |text: &mut String, percent: bool| {
            let parsed = if percent { parse_percent(text, old) } else { parse_number(text, old) };
            if let Ok(value) = parsed {
                *text = if percent { edit_percent(value, lang) } else { edit_text(value, lang) };
            }
        };
        rewrite(&mut self.goal, false);
        rewrite(&mut self.deal_size, false);
        rewrite(&mut self.rate, true);
        self.lang = lang;
    }
}
