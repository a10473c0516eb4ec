//! The app's single state and the actions that change it. Pure Rust (no Yew) so the reducer
//! is tested natively; the view wraps it in `use_reducer`.

pub mod compare;
pub mod edits;
pub mod edits_sources;
mod field_text;
pub mod keep;
pub mod limits;
pub mod link;
pub mod monthly;
mod outcome;
pub mod prefs;
mod reduce;
pub mod registry;
pub mod repair;
pub mod scenarios;
pub mod section_code;
pub mod text_map;

use crate::engine::{Decimal, FieldError, Plan};
use crate::i18n::Lang;
use edits::Edit;
use field_text::read_text;
pub use field_text::write;
pub use outcome::{Outcome, Verdict};
use prefs::{Section, ShownPeriod, Theme};
use std::rc::Rc;
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
    /// The cheapest mix of sources was adopted; undo is offered.
    MixAdopted,
    /// The part of the app that reads and writes plans could not be loaded (connection?):
    /// nothing saved can be read or written until the page is reloaded.
    PartMissing,
    /// The part of the app that writes plans could not be loaded on a visit with nothing
    /// saved: changes are not kept; each change, and the notice's button, try the part again.
    WriterMissing,
    /// The part of the app holding a section control's code could not be loaded: that change
    /// was not made (the next one fetches the part again).
    ChangeNotMade,
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
    /// Replaces the sources' shares with the cheapest mix (`engine::adopt_mix`), undoable.
    AdoptMix,
}

/// What the user typed and chose, and what the engine made of it. `plan` holds the latest value
/// of every field that parses; `drafts` keeps the exact text of edited fields (so nothing typed
/// is ever lost or reformatted under the cursor); `last_valid` is the last plan the engine
/// accepted. Plans sit behind `Rc`, so the reducer's copy of the state costs a few counters,
/// and a plan is copied only when an action changes it.
#[derive(Clone, Debug)]
pub struct State {
    pub lang: Lang,
    pub currency: String,
    pub theme: Theme,
    pub section: Section,
    pub period: ShownPeriod,
    pub plan: Rc<Plan>,
    pub drafts: TextMap,
    pub last_valid: Rc<Plan>,
    pub undo: Option<Rc<Plan>>,
    pub notice: Option<Notice>,
    pub scenarios: Rc<scenarios::Scenarios>,
    /// The engine's verdict on `plan`, kept until the plan changes.
    verdict: Rc<Verdict>,
    /// What the view shows, derived from `verdict` and the drafts.
    outcome: Rc<Outcome>,
    /// How many times the engine ran for this state since it was opened (read by the view to
    /// mark each run for the benchmark, and by tests: one per change of the plan).
    engine_runs: u64,
}

/// Same plan and settings: the shared `Rc`s are compared by address first, so comparing a
/// state with its unchanged copy costs nothing; a state equal in value compares equal too. The
/// outcome's report is compared by whether there is one, not field by field (which cost every
/// keystroke a walk through two reports): it is the report of `last_valid`, compared above.
impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b) || a == b
        }
        self.lang == other.lang
            && self.currency == other.currency
            && self.theme == other.theme
            && self.section == other.section
            && self.period == other.period
            && same(&self.plan, &other.plan)
            && self.drafts == other.drafts
            && same(&self.last_valid, &other.last_valid)
            && self.undo == other.undo
            && self.notice == other.notice
            && same(&self.scenarios, &other.scenarios)
            && (Rc::ptr_eq(&self.outcome, &other.outcome)
                || (self.outcome.stale == other.outcome.stale
                    && self.outcome.errors == other.outcome.errors
                    && self.outcome.report.is_some() == other.outcome.report.is_some()))
    }
}

impl State {
    /// The default plan (seed 003's goal on seed 004's funnel) in `lang`.
    pub fn new(lang: Lang) -> State {
        State::with_plan(lang, reduce::default_plan(lang))
    }

    /// A state opened on `plan` (from a link, storage or an import). If `plan` does not
    /// compute, the defaults serve as the last valid result shown while the user fixes it.
    pub fn with_plan(lang: Lang, plan: Plan) -> State {
        let mut state = State {
            lang,
            currency: prefs::default_currency(lang).to_string(),
            theme: Theme::default(),
            section: Section::default(),
            period: ShownPeriod::default(),
            last_valid: Rc::new(Plan::default()),
            plan: Rc::new(Plan::default()),
            drafts: TextMap::new(),
            undo: None,
            notice: None,
            scenarios: Rc::default(),
            verdict: Rc::new(Err(Vec::new())),
            outcome: Rc::new(Outcome { report: None, stale: true, errors: Vec::new() }),
            engine_runs: 0,
        };
        state.replace_plan(plan);
        if state.outcome.report.is_none() {
            // The plan opened does not compute: show the defaults' figures meanwhile.
            let defaults = outcome::verdict(&state.last_valid);
            state.engine_runs += 1;
            let errors = state.outcome.errors.clone();
            state.outcome = Rc::new(Outcome { report: defaults.as_ref().ok().cloned(), stale: true, errors });
        }
        state
    }

    /// Puts `plan` in place of the current one (a host's starting values), keeping the drafts
    /// and preferences, and runs the engine once on it.
    pub fn replace_plan(&mut self, plan: Plan) {
        self.plan = Rc::new(plan);
        self.checked();
    }

    /// Replaces the drafts (restored from storage) and re-derives their errors; no engine run.
    pub fn set_drafts(&mut self, drafts: TextMap) {
        self.drafts = drafts;
        self.derive();
    }

    /// Text to show in the field at `path`: what was typed, or the value in this language.
    pub fn text(&self, path: &str) -> String {
        if let Some(draft) = self.drafts.get(path) {
            return draft.clone();
        }
        match registry::read(&self.plan, path) {
            Some(Some(value)) => write(value, registry::kind(path), self.lang),
            _ => String::new(),
        }
    }

    /// The figures to show, computed when the plan last changed.
    pub fn outcome(&self) -> &Rc<Outcome> {
        &self.outcome
    }

    /// Engine runs since this state was opened.
    pub fn engine_runs(&self) -> u64 {
        self.engine_runs
    }

    /// Parse errors of the drafts, by path.
    fn draft_errors(&self) -> Vec<FieldError> {
        self.drafts
            .iter()
            .filter_map(|(path, text)| match read_text(text, path, self.lang) {
                Err(reason) => Some(FieldError::new(path.clone(), reason)),
                Ok(_) => None,
            })
            .collect()
    }

    /// Runs the engine on the current plan (it changed), then derives the outcome.
    fn checked(&mut self) {
        self.run_engine();
        self.derive();
    }

    /// The engine's verdict on the current plan, counted as a run.
    fn run_engine(&mut self) {
        self.verdict = Rc::new(outcome::verdict(&self.plan));
        self.engine_runs += 1;
    }

    /// Derives the outcome from the verdict and the drafts; when both are clean the plan
    /// becomes the last valid one. No engine run.
    fn derive(&mut self) {
        let next = outcome::outcome(&self.verdict, self.draft_errors(), self.outcome.report.as_ref());
        if !next.stale {
            self.last_valid = self.plan.clone();
        }
        let same_report = match (&self.outcome.report, &next.report) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        if !same_report || self.outcome.stale != next.stale || self.outcome.errors != next.errors {
            self.outcome = Rc::new(next);
        }
    }
}
