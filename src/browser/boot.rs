//! The state the app opens with: a share link wins, then the plan a downloaded single file was
//! saved with (its language and currency win over storage's), then what the last visit saved,
//! then the defaults in the browser's language. A link or a file that cannot be read opens the
//! defaults with a notice that holds saving, so the saved plan and the address stay as they
//! were until the user decides; damaged storage opens repaired, with a notice; blocked storage
//! is announced once.
//!
//! In a downloaded file the link is the app's own record of edits made in that file (the hash
//! it keeps up to date), so a reload keeps them; the file opened afresh has no hash.

use super::{share_link, standalone, storage};
use crate::embed::config::EmbedConfig;
use crate::engine::Plan;
use crate::state::{Notice, State};

/// The state when there is nothing to read (`needs_reader` is false): an embedded widget, or a
/// first visit. What `initial_state` gives then, without the reading code, which lives in the
/// reader's part (`persist`) and so stays out of a first visit's download.
pub fn fresh(embed: &EmbedConfig) -> State {
    let mut state = if embed.embedded {
        // Several widgets may share a page: each opens on its own configuration only.
        State::new(embed.lang.unwrap_or_else(super::preferred_lang))
    } else {
        let mut state = State::new(super::preferred_lang());
        if !storage::available() {
            state.notice = Some(Notice::StorageBlocked);
        }
        state
    };
    // URL parameters also configure the standalone page (a link may preset a goal).
    crate::embed::config::apply_to(embed, &mut state);
    state
}

/// The state from what there is to read. Reached through the reader's part (`persist::Codec`).
pub fn initial_state(embed: &EmbedConfig) -> State {
    if embed.embedded {
        return fresh(embed);
    }
    let saved = storage::load();
    let preload = standalone::read_preload();
    let preloaded = preload.as_ref().ok().and_then(Option::as_ref);
    let lang = preloaded.and_then(|p| p.lang).or(saved.lang).unwrap_or_else(super::preferred_lang);
    let mut state = State::new(lang);
    if let Some(currency) = saved.currency.as_deref().and_then(crate::state::prefs::valid_currency) {
        state.currency = currency;
    }
    if let Some(currency) = preloaded.and_then(|p| p.currency.clone()) {
        state.currency = currency;
    }
    state.theme = saved.theme.unwrap_or_default();
    std::rc::Rc::make_mut(&mut state.scenarios).list = saved.scenarios;
    match share_link::read(&share_link::current_hash()) {
        Ok(Some(linked)) => {
            state = restore(state, linked.plan);
            if let Some(currency) = linked.currency {
                state.currency = currency;
            }
            // Typed-but-invalid text belongs to the saved plan, so keep it only when the link
            // is that same plan (a reload).
            if saved.plan.as_ref() == Some(&*state.plan) {
                state.set_drafts(saved.drafts);
            }
        }
        Ok(None) => match preload {
            Ok(Some(file)) => {
                state = restore(state, file.plan);
                if saved.plan.as_ref() == Some(&*state.plan) {
                    state.set_drafts(saved.drafts);
                }
            }
            Err(notice) => state.notice = Some(notice),
            Ok(None) => {
                if let Some(plan) = saved.plan {
                    state = restore(state, plan);
                    state.set_drafts(saved.drafts);
                }
            }
        },
        Err(notice) => state.notice = Some(notice),
    }
    // A repair matters less than a link that could not be opened (whose notice holds saving
    // anyway, so nothing repaired is overwritten before the user decides).
    if state.notice.is_none() && saved.repairs.any() {
        state.notice = Some(Notice::Repaired(saved.repairs));
    }
    if state.notice.is_none() && !storage::available() {
        state.notice = Some(Notice::StorageBlocked);
    }
    // URL parameters also configure the standalone page (a link may preset a goal).
    crate::embed::config::apply_to(embed, &mut state);
    state
}

/// Whether opening needs the plan reader (`persist`) before the first render: something saved,
/// a link, or a downloaded file's plan. A first visit reads nothing, so its first screen never
/// waits for the reader. An embedded widget reads only its own configuration; but a starting
/// value in one of the engine's occasional sections needs their code, which the reader's part
/// installs too.
pub fn needs_reader(embed: &EmbedConfig) -> bool {
    // A host's starting value in an occasional section: the reader's part brings their code.
    embed.values.iter().any(|(path, _)| crate::state::section_code::occasional_field(path))
        || !embed.embedded
            && (storage::has_anything()
                || !share_link::current_hash().is_empty()
                || standalone::has_preload())
}

/// The state when there was something to read but the reader's part could not be loaded: the
/// defaults with a notice that holds saving, so nothing saved is read wrong or overwritten.
pub fn without_reader(embed: &EmbedConfig) -> State {
    let mut state = State::new(embed.lang.unwrap_or_else(super::preferred_lang));
    state.notice = Some(Notice::PartMissing);
    crate::embed::config::apply_to(embed, &mut state);
    state
}

fn restore(state: State, plan: Plan) -> State {
    let mut restored = State::with_plan(state.lang, plan);
    restored.currency = state.currency;
    restored.theme = state.theme;
    restored.scenarios = state.scenarios;
    restored
}
