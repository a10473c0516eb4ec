//! Holds back the actions whose code is the section-code part (`state::section_code`) until
//! that part is in. The app fetches it after the first paint, so an action rarely waits: only
//! one sent in the moment before (the goal card's "use stages" switch, say). Any action sent
//! while one is held waits behind it, so the reducer meets them in the order they were sent.
//! If the part cannot be loaded, the held section actions are dropped with a notice (the next
//! one fetches the part again) and the others go through.

use crate::state::Action;
use yew::Callback;

#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
mod imp {
    use super::*;

    /// Everything goes straight through: the code is in the module.
    pub fn gate(dispatch: Callback<Action>) -> Callback<Action> {
        dispatch
    }

    pub fn prefetch() {}
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod imp {
    use super::*;
    use crate::state::section_code::{self, SectionCode};
    use crate::state::Notice;
    use std::cell::{Cell, RefCell};
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    #[wasm_split(section_code, fallible)]
    fn split_code() -> Result<SectionCode, SplitLoaderError> {
        // The engine's occasional sections, which the held actions may bring into the plan.
        crate::engine::occasional::install_direct();
        Ok(SectionCode::direct())
    }

    thread_local! {
        static HELD: RefCell<Vec<Action>> = const { RefCell::new(Vec::new()) };
        static LOADING: Cell<bool> = const { Cell::new(false) };
        static DISPATCH: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
    }

    /// The app's dispatch, with section actions held until their code is in.
    pub fn gate(dispatch: Callback<Action>) -> Callback<Action> {
        DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch.clone()));
        Callback::from(move |action: Action| {
            let waiting = HELD.with(|h| !h.borrow().is_empty());
            if !waiting && (section_code::get().is_some() || !section_code::needed_by(&action)) {
                return dispatch.emit(action);
            }
            HELD.with(|h| h.borrow_mut().push(action));
            load();
        })
    }

    /// Fetches the part after the first paint, so a section's control rarely waits.
    pub fn prefetch() {
        if section_code::get().is_none() {
            load();
        }
    }

    /// Fetches the part (once at a time), installs it, then sends what was held, in order.
    fn load() {
        if LOADING.with(|l| l.replace(true)) {
            return;
        }
        wasm_bindgen_futures::spawn_local(async {
            let code = split_code().await.ok();
            if let Some(code) = code {
                section_code::install(code);
            }
            LOADING.with(|l| l.set(false));
            let Some(dispatch) = DISPATCH.with(|d| d.borrow().clone()) else { return };
            let mut dropped = false;
            for action in HELD.with(|h| h.take()) {
                if code.is_none() && section_code::needed_by(&action) {
                    dropped = true;
                } else {
                    dispatch.emit(action);
                }
            }
            if dropped {
                dispatch.emit(Action::Notify(Notice::ChangeNotMade));
            }
        });
    }
}

pub use imp::{gate, prefetch};
