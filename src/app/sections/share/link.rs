//! The share link: the whole plan in a URL, shown in a field and copied with one click.

use crate::app::ctx::Ctx;
use crate::app::widgets::card;
use crate::browser::share_link;
use yew::prelude::*;

/// What became of the last copy.
#[derive(Clone, Copy, PartialEq)]
pub enum CopyState {
    Idle,
    Copied,
    Refused,
}

/// The card; `copy_state` is held by the section.
pub fn share_link_card(ctx: &Ctx, copy_state: &UseStateHandle<CopyState>) -> Html {
    let lang = ctx.lang();
    // Empty (and nothing to copy) only in the instant before the writer is in (`persist`).
    let link = share_link::full_link(&ctx.state.plan, &ctx.state.currency).unwrap_or_default();
    let on_copy = {
        let link = link.clone();
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            let link = link.clone();
            let copy_state = copy_state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::browser::clipboard::copy(&link).await;
                copy_state.set(if ok { CopyState::Copied } else { CopyState::Refused });
            });
        })
    };
    let status = match **copy_state {
        CopyState::Idle => "",
        CopyState::Copied => lang.pick("Lien copié.", "Link copied."),
        CopyState::Refused => lang.pick(
            "Copie refusée par le navigateur : copiez le lien ci-dessus.",
            "The browser refused to copy: copy the link above.",
        ),
    };
    html! {
        { card("fp-card", "fp-share-title", lang.pick("Lien de partage", "Share link"), html! {
            <>
                <p class="fp-help">{ lang.pick(
                    "Le lien contient tout le plan : l'ouvrir le restaure exactement. Rien n'est envoyé à un serveur.",
                    "The link holds the whole plan: opening it restores it exactly. Nothing is sent to any server.") }</p>
                <label class="fp-field__label" for="fp-share-link">{ lang.pick("Lien du plan", "Plan link") }</label>
                <div class="fp-row">
                    <input id="fp-share-link" class="fp-field__input" type="text" readonly=true value={link.clone()} />
                    <button type="button" class="fp-btn" onclick={on_copy} disabled={link.is_empty()}>{ lang.pick("Copier", "Copy") }</button>
                </div>
                <p class="fp-status" role="status">{ status }</p>
                if share_link::is_local_file() {
                    <p class="fp-help">{ lang.pick(
                        "Cette page est ouverte depuis un fichier : ce lien ne marche que sur cet ordinateur. Pour partager le plan, téléchargez-le en un seul fichier.",
                        "This page was opened from a file: this link only works on this computer. To share the plan, download it as a file.") }</p>
                }
            </>
        }) }
    }
}
