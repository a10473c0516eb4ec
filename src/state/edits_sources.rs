//! Structural edits of the lead sources (issue 13): add, remove, move, rename, owner, and the
//! switch between a share of the goal and a fixed amount. Typed figures go through the
//! registry (`sources.#.…`); these are the rest.

use crate::engine::sources::{GoalShare, Owner, Source, MAX_SOURCES};
use crate::engine::{Decimal, Plan};

#[derive(Clone, Debug, PartialEq)]
pub enum SourceEdit {
    /// Appends a source named `name` with no part of the goal yet (0 %), so the plan's figures
    /// stay as they were until the user gives it a share. An unnamed first source is named
    /// `first` then: beside another source, "All sources" would no longer be true.
    Add {
        name: String,
        first: String,
    },
    /// Removes source `i`; the last source stays (a plan has at least one). With one source
    /// left on a share, it takes the whole goal again (100 %): one source is the whole plan.
    Remove(usize),
    Move {
        from: usize,
        to: usize,
    },
    Rename(usize, String),
    SetOwner(usize, Owner),
    /// Source `i`'s part of the goal as a share or an amount (the view passes the value the
    /// switch starts from: the source's current target in the other form).
    SetShare(usize, GoalShare),
}

impl SourceEdit {
    /// True when the edit shifts source indices, so drafts keyed by source index must go.
    pub fn reindexes_sources(&self) -> bool {
        matches!(self, SourceEdit::Remove(_) | SourceEdit::Move { .. })
    }

    pub fn apply(self, plan: &mut Plan) {
        let sources = &mut plan.sources;
        match self {
            SourceEdit::Add { name, first } => {
                if sources.len() < MAX_SOURCES {
                    if let [only] = sources.as_mut_slice() {
                        if only.name.trim().is_empty() {
                            only.name = first;
                        }
                    }
                    sources.push(Source {
                        name,
                        share: GoalShare::Share(Decimal::ZERO),
                        ..Source::default()
                    });
                }
            }
            SourceEdit::Remove(i) => {
                if i < sources.len() && sources.len() > 1 {
                    sources.remove(i);
                    if let [only] = sources.as_mut_slice() {
                        only.share = GoalShare::Share(Decimal::ONE);
                    }
                }
            }
            SourceEdit::Move { from, to } => {
                if from < sources.len() && to < sources.len() && from != to {
                    let source = sources.remove(from);
                    sources.insert(to, source);
                }
            }
            SourceEdit::Rename(i, name) => {
                let Some(old) = sources.get(i).map(|s| s.name.clone()) else { return };
                // Counts recorded under the old name follow the source, unless another source
                // still bears that name (then they are that one's too).
                let shared = sources.iter().enumerate().any(|(j, s)| j != i && s.name == old);
                sources[i].name = name.clone();
                if !shared && !old.trim().is_empty() {
                    let actuals = &mut plan.actuals;
                    let recorded = actuals.months.iter_mut().chain(actuals.weeks.iter_mut());
                    for split in recorded.flat_map(|p| p.by_source.iter_mut()) {
                        if split.source == old {
                            split.source.clone_from(&name);
                        }
                    }
                }
            }
            SourceEdit::SetOwner(i, owner) => {
                if let Some(s) = sources.get_mut(i) {
                    s.owner = owner;
                }
            }
            SourceEdit::SetShare(i, share) => {
                if let Some(s) = sources.get_mut(i) {
                    s.share = share;
                }
            }
        }
    }
}
