//! The notices raised once a part of the app is in: a link or file that could not be opened
//! (with the way back to the saved plan), repaired storage (with its original to download),
//! limits reached, failed saves (with the ways to keep the plan), resets and adopted mixes
//! (with undo), bad imports, a missing single file. Their words (`rich_words`) and buttons
//! are in the reader's part (`persist`) in the split build: `use_rich` fetches it when such a
//! notice is up and the code is not in yet, which is at once in practice, since what raises
//! them is a part already loaded, most often that one (README "Where the bytes go").

use super::{button, rich_words};
use crate::browser::{clipboard, files, storage};
use crate::i18n::Lang;
use crate::state::keep::KeptAside;
use crate::state::{Action, Notice, State};
use yew::prelude::*;

/// A notice's words and its buttons besides dismissing it.
pub type RichView = fn(Lang, Notice, &State, &Callback<Action>) -> (String, Html);

fn view(lang: Lang, notice: Notice, state: &State, on_action: &Callback<Action>) -> (String, Html) {
    (rich_words::text(notice, lang), actions(lang, notice, state, on_action))
}

/// The actions a notice offers besides dismissing it.
fn actions(lang: Lang, notice: Notice, state: &State, on_action: &Callback<Action>) -> Html {
    match notice {
        Notice::Reset | Notice::MixAdopted => {
            button(lang.pick("Annuler", "Undo"), on_action.reform(|_| Action::UndoReset))
        }
        Notice::BrokenLink | Notice::NewerLink | Notice::LinkTooLarge | Notice::BrokenFile => {
            let back = storage::has_saved_plan().then(|| {
                let on_back = on_action.reform(|_| {
                    // This notice comes from reading, so the reader's part is in.
                    let saved =
                        crate::browser::persist::codec().map(|c| (c.load_saved)()).unwrap_or_default();
                    match saved.plan {
                        Some(plan) => Action::Restore { plan: Box::new(plan), drafts: saved.drafts },
                        None => Action::DismissNotice,
                    }
                });
                button(lang.pick("Revenir à mon plan enregistré", "Back to my saved plan"), on_back)
            });
            html! {
                <>
                    { for back }
                    { button(lang.pick("Garder ce plan", "Keep this plan"), on_action.reform(|_| Action::DismissNotice)) }
                </>
            }
        }
        Notice::Repaired(repairs) if repairs.kept != KeptAside::Nothing => {
            let name = lang.pick("planificateur-original.json", "funnel-planner-original.json");
            let on_download = Callback::from(move |_| {
                files::download(name, "application/json", &storage::damaged_copy());
            });
            button(lang.pick("Télécharger l'original", "Download the original"), on_download)
        }
        Notice::SaveFailed => {
            // A failed save means the writer's part is in (else the notice is WriterMissing).
            let writer = crate::browser::persist::codec();
            let plan = state.plan.clone();
            let name = lang.pick("plan-entonnoir.json", "funnel-plan.json");
            let on_download = Callback::from(move |_| {
                if let Some(text) = writer.and_then(|w| (w.plan_to_json)(&plan, true)) {
                    files::download(name, "application/json", &text);
                }
            });
            let link = writer.and_then(|w| (w.full_link)(&state.plan, &state.currency)).unwrap_or_default();
            let on_copy = Callback::from(move |_| {
                let link = link.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    clipboard::copy(&link).await;
                });
            });
            html! {
                <>
                    { button(lang.pick("Télécharger le plan", "Download the plan"), on_download) }
                    { button(lang.pick("Copier le lien", "Copy the link"), on_copy) }
                </>
            }
        }
        _ => html! {},
    }
}

/// The view, at once: no splitting on this target.
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
#[hook]
pub fn use_rich(_notice: Option<Notice>) -> Option<RichView> {
    Some(view)
}

/// Nothing to fetch: the view is in the module.
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
pub async fn preload() {}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
pub use split::{preload, use_rich};

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod split {
    use super::RichView;
    use crate::app::notice::words::is_basic;
    use crate::state::Notice;
    use std::cell::Cell;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};
    use yew::prelude::*;

    thread_local! {
        static LOADED: Cell<Option<RichView>> = const { Cell::new(None) };
    }

    /// In the reader's part: a visit with a link or a saved plan has it before its first
    /// render, and the writer (the first save) fetches it on any other.
    #[wasm_split(persist, fallible)]
    fn split_view() -> Result<RichView, SplitLoaderError> {
        Ok(super::view)
    }

    /// Fetches the view before the first render of a visit that reads a plan: the notices
    /// reading raises (a link that could not be read, repairs) are then in its first frame.
    pub async fn preload() {
        load().await;
    }

    /// Fetches the view (once: the helpers keep a loaded part) and keeps it; `false` when its
    /// part could not be loaded.
    async fn load() -> bool {
        let view = split_view().await.ok();
        LOADED.with(|l| l.set(view));
        view.is_some()
    }

    /// The view once its part is in, fetched when `notice` needs it; the app is drawn again
    /// when it arrives. A failed load leaves the bar out; the next notice tries again.
    #[hook]
    pub fn use_rich(notice: Option<Notice>) -> Option<RichView> {
        let redraw = use_force_update();
        use_effect_with(notice, move |notice| {
            if notice.is_some_and(|n| !is_basic(n)) && LOADED.with(Cell::get).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    if load().await {
                        redraw.force_update();
                    }
                });
            }
        });
        LOADED.with(Cell::get)
    }
}
