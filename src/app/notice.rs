//! The notice bar: links and files that could not be opened (with the way back to the saved
//! plan), repaired storage (with its original to download), limits reached, failed saves
//! (with the ways to keep the plan), resets (with undo), bad imports, blocked storage.

mod words;

use crate::browser::{clipboard, files, storage};
use crate::i18n::Lang;
use crate::state::keep::KeptAside;
use crate::state::{Action, Notice, State};
use yew::prelude::*;

pub use words::notice_text;

fn button(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="fp-btn" {onclick}>{ label }</button> }
}

/// The actions a notice offers besides dismissing it.
fn actions(lang: Lang, notice: Notice, state: &State, on_action: &Callback<Action>) -> Html {
    match notice {
        Notice::Reset | Notice::MixAdopted => {
            button(lang.pick("Annuler", "Undo"), on_action.reform(|_| Action::UndoReset))
        }
        Notice::PartMissing => button(
            lang.pick("Recharger la page", "Reload the page"),
            Callback::from(|_| crate::browser::reload()),
        ),
        Notice::WriterMissing => {
            // Loaded now: the notice goes, and that change of state keeps the plan (`keeper`).
            let on_action = on_action.clone();
            let on_retry = Callback::from(move |_| {
                let on_action = on_action.clone();
                crate::browser::persist::when_ready(move |codec| {
                    if codec.is_some() {
                        on_action.emit(Action::DismissNotice);
                    }
                });
            });
            button(lang.pick("Réessayer", "Try again"), on_retry)
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

pub fn notice_bar(lang: Lang, state: &State, on_action: &Callback<Action>) -> Html {
    let Some(notice) = state.notice else { return html! {} };
    html! {
        <div class="fp-notice" role="status">
            <span>{ notice_text(notice, lang) }</span>
            { actions(lang, notice, state, on_action) }
            <button type="button" class="fp-btn fp-btn--ghost" aria-label={lang.pick("Fermer", "Dismiss")}
                onclick={on_action.reform(|_| Action::DismissNotice)}>{ "×" }</button>
        </div>
    }
}
