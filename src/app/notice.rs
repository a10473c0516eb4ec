//! The notice bar: links and files that could not be opened (with the way back to the saved
//! plan), repaired storage (with its original to download), limits reached, failed saves
//! (with the ways to keep the plan), resets (with undo), bad imports, blocked storage, parts
//! of the app that could not be loaded.
//!
//! The main module draws the notices a visit can meet before any part is in (`words::basic`:
//! blocked storage, a part that could not be loaded). The others are raised by code in a part,
//! and their words and buttons (`rich`) are in the reader's part: they weighed 5 KB of the
//! first load (README "Where the bytes go").

mod rich;
mod rich_words;
mod words;

pub use rich::{preload, use_rich, RichView};

use crate::i18n::Lang;
use crate::state::{Action, Notice, State};
use yew::prelude::*;

fn button(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="fp-btn" {onclick}>{ label }</button> }
}

/// The buttons of the notices the main module draws, besides dismissing them.
fn basic_actions(lang: Lang, notice: Notice, on_action: &Callback<Action>) -> Html {
    match notice {
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
        _ => html! {},
    }
}

/// The bar for the state's notice, if any. `rich` draws the notices the main module does not
/// (`use_rich`): until its part is in, such a notice waits, with no bar.
pub fn notice_bar(lang: Lang, state: &State, on_action: &Callback<Action>, rich: Option<RichView>) -> Html {
    let Some(notice) = state.notice else { return html! {} };
    let (text, actions) = match (words::basic(notice, lang), rich) {
        (Some(text), _) => (text, basic_actions(lang, notice, on_action)),
        (None, Some(view)) => view(lang, notice, state, on_action),
        (None, None) => return html! {},
    };
    html! {
        <div class="fp-notice" role="status">
            <span>{ text }</span>
            { actions }
            <button type="button" class="fp-btn fp-btn--ghost" aria-label={lang.pick("Fermer", "Dismiss")}
                onclick={on_action.reform(|_| Action::DismissNotice)}>{ "×" }</button>
        </div>
    }
}
