//! Keeping each change: in storage for a reload and in the address for sharing, unless a
//! notice holds saving (a link or file that could not be opened is on screen, not the user's
//! plan). A failed save is reported once and tried again at the next change.

use super::persist::Codec;
use super::{share_link, storage};
use crate::state::{Action, Notice, State};
use std::cell::Cell;

/// Keeps `state`; returns what to tell the app: the save failed (once, while `reported` is
/// unset), or it works again (the failure notice goes). Without the writer (its part did not
/// load, `persist`) nothing is written: the notice says why (no download or link can be made
/// without it either), and the part is tried again at the next change.
pub fn keep(state: &State, writer: Option<Codec>, reported: &Cell<bool>) -> Option<Action> {
    if state.notice.is_some_and(Notice::holds_saving) {
        // The address keeps the link that could not be opened until the user decides.
        return None;
    }
    let Some(writer) = writer else {
        return match state.notice {
            Some(Notice::WriterMissing) => None,
            // Another notice stands in front (one shows at a time): this one is told again
            // once that one is gone, since nothing is kept meanwhile either.
            Some(_) => {
                reported.set(false);
                None
            }
            None => (!reported.replace(true)).then_some(Action::Notify(Notice::WriterMissing)),
        };
    };
    match (writer.write)(state) {
        Ok(()) => {
            reported.set(false);
            matches!(state.notice, Some(Notice::SaveFailed | Notice::WriterMissing))
                .then_some(Action::DismissNotice)
        }
        // Blocked storage is announced at boot with its own notice.
        Err(storage::SaveError::Blocked) => None,
        Err(storage::SaveError::Refused) => {
            web_sys::console::warn_1(&"Funnel Planner: the browser refused to save the plan".into());
            (!reported.replace(true)).then_some(Action::Notify(Notice::SaveFailed))
        }
    }
}

/// Writes `state` to storage and its link to the address; what storage answered. Reached
/// through the writer's part (`persist::Codec::write`): its code is there, not in the first
/// visit's download.
pub fn write(state: &State) -> Result<(), storage::SaveError> {
    let saved = storage::save(state);
    share_link::write(&state.plan, &state.currency);
    saved
}
