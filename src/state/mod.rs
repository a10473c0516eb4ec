//! The app's single state and the actions that change it. Pure Rust (no Yew) so the reducer
//! is tested natively; the view wraps it in `use_reducer`.

pub mod compare;
pub mod edits;
mod field_text;
pub mod fields;
pub mod keep;
pub mod limits;
pub mod link;
pub mod prefs;
pub mod repair;
pub mod scenarios;
pub mod text_map;

use crate::engine::{compute, Decimal, FieldError, Plan, PlanReport, Reason};
use crate::i18n::Lang;
use edits::Edit;
pub use field_text::write;
use field_text::{is_stage_indexed, optional, read_text};
use fields::Slot;
use prefs::{Section, ShownPeriod, Theme};
pub use text_map::TextMap;

/// Paths of the three headline inputs.
pub const GOAL: &str = "goal";
pub const DEAL_SIZE: &str = "deal_size";
pub const RATE: &str = "funnel.overall_rate";

/// Why the plan shown is not the one the user had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The link is larger than anything this app writes; not opened.
    LinkTooLarge,
    /// Saved content was damaged or past the limits: repaired, its original kept aside.
    Repaired(keep::Repairs),
    /// An edit went past a limit (a stage name over 60 characters): it was cut to it.
    Limited(limits::Overflows),
    /// Saving failed (storage full or blocked); it is tried again on the next change.
    SaveFailed,
    /// The link could not be read; defaults were opened instead.
    BrokenLink,
    /// The link came from a newer version; defaults were opened instead.
    NewerLink,
    /// The plan was reset; undo is offered.
    Reset,
    /// An imported file was not a valid plan; nothing changed.
    BadImport,
    /// Browser storage is blocked: the plan works but is not saved.
    StorageBlocked,
    /// The plan preloaded in a downloaded file could not be read; defaults were opened.
    BrokenFile,
    /// The single-file version of the app could not be found, so no file was saved.
    NoStandalone,
}

/// What the user typed and chose. `plan` holds the latest value of every field that parses;
/// `drafts` keeps the exact text of edited fields (so nothing typed is ever lost or
/// reformatted under the cursor); `last_valid` is the last plan the engine accepted.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub currency: String,
    pub theme: Theme,
    pub section: Section,
    pub period: ShownPeriod,
    pub plan: Plan,
    pub drafts: TextMap,
    pub last_valid: Plan,
    pub undo: Option<Plan>,
    pub notice: Option<Notice>,
    pub scenarios: scenarios::Scenarios,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user typed `text` in the number field at `path`.
    SetNumber {
        path: String,
        text: String,
    },
    /// A host page (embed) set the field at `path` to an exact value.
    SetValue {
        path: String,
        value: Decimal,
    },
    Edit(Edit),
    SetLang(Lang),
    SetCurrency(String),
    SetTheme(Theme),
    ShowSection(Section),
    ShowPeriod(ShownPeriod),
    /// Replaces the plan (link, import, scenario), with an optional notice.
    Load {
        plan: Box<Plan>,
        notice: Option<Notice>,
    },
    Reset,
    UndoReset,
    Notify(Notice),
    DismissNotice,
    Scenario(scenarios::ScenarioAction),
    /// Opens saved scenario `i` as the current plan.
    OpenScenario(usize),
    /// Goes back to the saved plan and its typed text (after a link that could not be opened).
    Restore {
        plan: Box<Plan>,
        drafts: TextMap,
    },
}

/// What the view shows: a report, whether it is stale, and the errors of the current input.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub report: Option<PlanReport>,
    pub stale: bool,
    pub errors: Vec<FieldError>,
}

impl Outcome {
    pub fn error_at(&self, path: &str) -> Option<Reason> {
        self.errors.iter().find(|e| e.path == path).map(|e| e.reason)
    }
}

impl State {
    /// The default plan (seed 003's goal on seed 004's funnel) in `lang`.
    pub fn new(lang: Lang) -> State {
        let mut plan = Plan::default();
        crate::i18n::localize_stage_names(&mut plan.funnel.stages, Lang::En, lang);
        // The defaults compute (a test in tests/state_reducer.rs checks both languages): no need
        // to run the engine at every boot to find that out.
        State::opened(lang, plan.clone(), plan)
    }

    /// A state opened on `plan` (from a link, storage or an import). If `plan` does not
    /// compute, the defaults serve as the last valid result shown while the user fixes it.
    pub fn with_plan(lang: Lang, plan: Plan) -> State {
        let last_valid = if compute(&plan).is_ok() { plan.clone() } else { Plan::default() };
        State::opened(lang, plan, last_valid)
    }

    fn opened(lang: Lang, plan: Plan, last_valid: Plan) -> State {
        State {
            lang,
            currency: prefs::default_currency(lang).to_string(),
            theme: Theme::default(),
            section: Section::default(),
            period: ShownPeriod::default(),
            last_valid,
            plan,
            drafts: TextMap::new(),
            undo: None,
            notice: None,
            scenarios: scenarios::Scenarios::default(),
        }
    }

    /// Text to show in the field at `path`: what was typed, or the value in this language.
    pub fn text(&self, path: &str) -> String {
        if let Some(draft) = self.drafts.get(path) {
            return draft.clone();
        }
        match fields::read(&self.plan, path) {
            Some(Some(value)) => write(value, fields::kind(path), self.lang),
            _ => String::new(),
        }
    }

    /// Parse errors of the drafts, by path.
    fn draft_errors(&self) -> Vec<FieldError> {
        self.drafts
            .iter()
            .filter_map(|(path, text)| match read_text(text, fields::kind(path), self.lang, optional(path)) {
                Err(reason) => Some(FieldError::new(path.clone(), reason)),
                Ok(_) => None,
            })
            .collect()
    }

    /// The figures to show, derived on demand from the inputs.
    pub fn outcome(&self) -> Outcome {
        let mut errors = self.draft_errors();
        match compute(&self.plan) {
            Ok(report) if errors.is_empty() => Outcome { report: Some(report), stale: false, errors },
            result => {
                if let Err(more) = result {
                    let fresh: Vec<_> =
                        more.into_iter().filter(|m| !errors.iter().any(|e| e.path == m.path)).collect();
                    errors.extend(fresh);
                }
                Outcome { report: compute(&self.last_valid).ok(), stale: true, errors }
            }
        }
    }

    /// Applies one action.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetNumber { path, text } => next.set_number(path, text),
            Action::SetValue { path, value } => {
                match fields::slot(&mut next.plan, &path) {
                    Some(Slot::Value(slot)) => *slot = value,
                    Some(Slot::Optional(slot)) => *slot = Some(value),
                    None => {}
                }
                next.drafts.remove(&path);
            }
            Action::Edit(edit) => {
                if edit.reindexes_stages() {
                    next.drafts.retain(|path, _| !is_stage_indexed(path));
                }
                if edit.reindexes_hires() {
                    next.drafts.retain(|path, _| !path.starts_with("team.hires."));
                }
                edit.apply(&mut next.plan);
                next.drop_outdated_drafts();
            }
            Action::SetLang(lang) => {
                next.drop_valid_drafts();
                crate::i18n::localize_stage_names(&mut next.plan.funnel.stages, next.lang, lang);
                next.lang = lang;
            }
            Action::SetCurrency(code) => {
                if let Some(code) = prefs::valid_currency(&code) {
                    next.currency = code;
                }
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::ShowSection(section) => next.section = section,
            Action::ShowPeriod(period) => next.period = period,
            Action::Load { plan, notice } => {
                next.plan = *plan;
                next.drafts.clear();
                next.notice = notice;
            }
            Action::Reset => {
                next.undo = Some(next.plan.clone());
                next.plan = State::new(next.lang).plan;
                next.drafts.clear();
                next.notice = Some(Notice::Reset);
            }
            Action::UndoReset => {
                if let Some(plan) = next.undo.take() {
                    next.plan = plan;
                    next.drafts.clear();
                }
                next.notice = None;
            }
            Action::Restore { plan, drafts } => {
                next.plan = *plan;
                next.drafts = drafts;
                next.notice = None;
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::Scenario(action) => {
                let suffix = next.lang.pick("(copie)", "(copy)");
                next.scenarios.apply(action, &self.plan, suffix);
            }
            Action::OpenScenario(i) => {
                if let Some(scenario) = next.scenarios.list.get(i) {
                    next.plan = scenario.plan.clone();
                    next.drafts.clear();
                    // Show what was opened.
                    next.section = Section::Funnel;
                }
            }
        }
        limits::bound_and_tell(&mut next);
        if next.draft_errors().is_empty() && compute(&next.plan).is_ok() {
            next.last_valid = next.plan.clone();
        }
        next
    }

    fn set_number(&mut self, path: String, text: String) {
        if let Ok(value) = read_text(&text, fields::kind(&path), self.lang, optional(&path)) {
            match fields::slot(&mut self.plan, &path) {
                Some(Slot::Value(slot)) => *slot = value.unwrap_or(Decimal::ZERO),
                Some(Slot::Optional(slot)) => *slot = value,
                None => return,
            }
        }
        self.drafts.insert(path, text);
    }

    /// A valid draft whose value an edit changed (a reset volume, a removed row) no longer
    /// says what the plan holds: it goes, and the field shows the plan's value.
    fn drop_outdated_drafts(&mut self) {
        let (lang, plan) = (self.lang, &self.plan);
        self.drafts.retain(|path, text| match read_text(text, fields::kind(path), lang, optional(path)) {
            Ok(value) => fields::read(plan, path) == Some(value),
            Err(_) => true,
        });
    }

    /// Valid drafts are re-shown in the new language's notation; invalid ones stay as typed.
    fn drop_valid_drafts(&mut self) {
        let lang = self.lang;
        self.drafts.retain(|path, text| read_text(text, fields::kind(path), lang, optional(path)).is_err());
    }
}
