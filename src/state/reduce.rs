//! The reducer: one action in, the next state out. The plan is copied only when the action
//! changes it, and the engine runs once when it does; a tab, theme or language switch never
//! runs it (the language switch renames the report's default stage names instead, once the
//! section code is in: before, it runs the engine once).

use super::edits::Edit;
use super::field_text::read_text;
use super::registry::{self, List};
use super::section_code;
use super::{Action, Notice, Section, State};
use crate::engine::Plan;
use crate::i18n::Lang;
use std::rc::Rc;

impl State {
    /// Applies one action.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        let mut renames_only = false;
        match action {
            Action::SetNumber { path, text } => next.set_number(path, text),
            Action::SetValue { path, value } => {
                if registry::read(&next.plan, &path).is_some_and(|now| now != Some(value)) {
                    registry::write(Rc::make_mut(&mut next.plan), &path, Some(value));
                }
                next.drafts.remove(&path);
            }
            Action::Edit(edit) => {
                // Never `None` in the app: it holds such actions until the code is in.
                let Some(code) = section_code::get() else { return self.clone() };
                if edit.reindexes_stages() {
                    next.drafts.retain(|path, _| !registry::list_of(path).is_some_and(List::follows_stages));
                }
                if matches!(&edit, Edit::Monthly(m) if m.reindexes_periods()) {
                    next.drafts.retain(|path, _| !path.starts_with("actuals."));
                }
                if edit.reindexes_sources() {
                    next.drafts.retain(|path, _| !registry::list_of(path).is_some_and(List::follows_sources));
                }
                if edit.reindexes_hires() {
                    next.drafts.retain(|path, _| registry::list_of(path) != Some(List::Hires));
                }
                (code.edit)(edit, Rc::make_mut(&mut next.plan));
                next.clear_change_not_made();
                if next.plan == self.plan {
                    // A no-op edit (removing one of the last two stages): nothing to recompute.
                    next.plan = self.plan.clone();
                }
                next.drop_outdated_drafts();
            }
            Action::SetLang(lang) => {
                next.drop_valid_drafts();
                next.rename_stages(self.lang, lang);
                next.lang = lang;
                renames_only = true;
            }
            Action::SetCurrency(code) => {
                if let Some(code) = super::prefs::valid_currency(&code) {
                    next.currency = code;
                }
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::ShowSection(section) => next.section = section,
            Action::ShowPeriod(period) => next.period = period,
            Action::Load { plan, notice } => {
                next.plan = Rc::new(*plan);
                next.drafts.clear();
                next.notice = notice;
            }
            Action::Reset => {
                next.undo = Some(next.plan.clone());
                next.plan = Rc::new(default_plan(next.lang));
                next.drafts.clear();
                next.notice = Some(Notice::Reset);
            }
            Action::AdoptMix => {
                // The mix of the plan's own verdict (as `engine::adopt_mix`, without running
                // the engine a second time on the same plan).
                let mix = self.verdict.as_ref().as_ref().ok().and_then(|r| r.sources.mix.as_ref());
                let sources = mix.and_then(|m| {
                    crate::engine::sources::adopt::adopt(
                        &self.plan.sources,
                        self.plan.deal_size,
                        &m.customers,
                    )
                });
                if let Some(sources) = sources {
                    next.undo = Some(next.plan.clone());
                    Rc::make_mut(&mut next.plan).sources = sources;
                    next.drafts.retain(|path, _| !registry::list_of(path).is_some_and(List::follows_sources));
                    next.notice = Some(Notice::MixAdopted);
                }
            }
            Action::UndoReset => {
                if let Some(plan) = next.undo.take() {
                    next.plan = plan;
                    next.drafts.clear();
                }
                next.notice = None;
            }
            Action::Restore { plan, drafts } => {
                next.plan = Rc::new(*plan);
                next.drafts = drafts;
                next.notice = None;
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::Scenario(action) => {
                let Some(code) = section_code::get() else { return self.clone() };
                let suffix = next.lang.pick("(copie)", "(copy)");
                (code.scenario)(Rc::make_mut(&mut next.scenarios), action, &self.plan, suffix);
                next.clear_change_not_made();
            }
            Action::OpenScenario(i) => {
                if let Some(scenario) = self.scenarios.list.get(i) {
                    next.plan = Rc::new(scenario.plan.clone());
                    next.drafts.clear();
                    // Show what was opened.
                    next.section = Section::Funnel;
                }
            }
        }
        super::limits::bound_and_tell(&mut next);
        if !Rc::ptr_eq(&next.plan, &self.plan) && !renames_only {
            next.checked();
        } else if next.drafts != self.drafts || renames_only {
            next.derive();
        }
        next
    }

    /// A section change went through: the notice that one could not be made is past.
    fn clear_change_not_made(&mut self) {
        if self.notice == Some(Notice::ChangeNotMade) {
            self.notice = None;
        }
    }

    fn set_number(&mut self, path: String, text: String) {
        if let Ok(value) = read_text(&text, &path, self.lang) {
            match registry::read(&self.plan, &path) {
                None => return,
                Some(now) if now == value => {}
                Some(_) => {
                    if !registry::write(Rc::make_mut(&mut self.plan), &path, value) {
                        return;
                    }
                }
            }
        }
        self.drafts.insert(path, text);
    }

    /// Renames the stages still carrying a default name of `from` to that name in `to`, and
    /// the same names in the engine's verdict: every figure stays, so the engine does not run.
    fn rename_stages(&mut self, from: Lang, to: Lang) {
        let mut stages = self.plan.funnel.stages.clone();
        crate::i18n::localize_stage_names(&mut stages, from, to);
        if stages == self.plan.funnel.stages {
            return;
        }
        let old: Vec<String> = self.plan.funnel.effective_stages().into_iter().map(|s| s.name).collect();
        Rc::make_mut(&mut self.plan).funnel.stages = stages;
        let new: Vec<String> = self.plan.funnel.effective_stages().into_iter().map(|s| s.name).collect();
        let Ok(report) = self.verdict.as_ref() else { return };
        // The renaming is the section code's (a part of its own in the split build, fetched
        // after the first paint). A switch before it is in runs the engine on the renamed
        // plan: the same figures (`tests/state_reducer.rs`), one run.
        match section_code::get() {
            Some(code) => self.verdict = Rc::new(Ok(Rc::new((code.renamed)(report, &old, &new)))),
            None => self.run_engine(),
        }
    }

    /// A valid draft whose value an edit changed (a reset volume, a removed row) no longer
    /// says what the plan holds: it goes, and the field shows the plan's value.
    fn drop_outdated_drafts(&mut self) {
        let (lang, plan) = (self.lang, &self.plan);
        self.drafts.retain(|path, text| match read_text(text, path, lang) {
            Ok(value) => registry::read(plan, path) == Some(value),
            Err(_) => true,
        });
    }

    /// Valid drafts are re-shown in the new language's notation; invalid ones stay as typed.
    fn drop_valid_drafts(&mut self) {
        let lang = self.lang;
        self.drafts.retain(|path, text| read_text(text, path, lang).is_err());
    }
}

/// The default plan with its stage names in `lang`.
pub(super) fn default_plan(lang: Lang) -> Plan {
    let mut plan = Plan::default();
    crate::i18n::localize_stage_names(&mut plan.funnel.stages, Lang::En, lang);
    plan
}
