//! "Download as a file": the whole app in one HTML file with the current plan, language and
//! currency preloaded, which opens by double click with no server and no network.

use crate::app::ctx::Ctx;
use crate::app::widgets::card;
use crate::browser::standalone;
use crate::export::standalone::html_file_name;
use crate::state::Action;
use yew::prelude::*;

/// The card; the section holds what was typed as the file name and the name last saved as.
pub fn standalone_card(
    ctx: &Ctx,
    typed: &UseStateHandle<String>,
    saved_as: &UseStateHandle<Option<String>>,
) -> Html {
    let lang = ctx.lang();
    // Named after the saved scenario this plan is, else the language's default name.
    let fallback = ctx
        .state
        .scenarios
        .list
        .iter()
        .find(|s| s.plan == *ctx.state.plan)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| lang.pick("plan-entonnoir", "funnel-plan").to_string());
    let file_name = html_file_name(typed, &fallback);
    let on_name = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            typed.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    let on_download = {
        let state = (*ctx.state).clone();
        let dispatch = ctx.dispatch.clone();
        let saved_as = saved_as.clone();
        let file_name = file_name.clone();
        Callback::from(move |_| {
            let (state, dispatch, saved_as, file_name) =
                (state.clone(), dispatch.clone(), saved_as.clone(), file_name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match standalone::save_as_file(&state, &file_name).await {
                    Ok(()) => saved_as.set(Some(file_name)),
                    Err(notice) => {
                        saved_as.set(None);
                        dispatch.emit(Action::Notify(notice));
                    }
                }
            });
        })
    };
    let status = match &**saved_as {
        Some(name) => format!("{} {name}", lang.pick("Fichier enregistré :", "File saved:")),
        None => String::new(),
    };
    html! {
        { card("fp-card", "fp-standalone-title", lang.pick("Un seul fichier, sans serveur", "One file, no server"), html! {
            <>
                <p class="fp-help">{ lang.pick(
                    "Un fichier HTML qui contient toute l'application avec ce plan, cette langue et cette devise : il s'ouvre d'un double clic, sans serveur ni connexion. À joindre à un e-mail.",
                    "One HTML file holding the whole app with this plan, language and currency: it opens with a double click, with no server and no network. Ready to attach to an e-mail.") }</p>
                <label class="fp-field__label" for="fp-file-name">{ lang.pick("Nom du fichier", "File name") }</label>
                <input id="fp-file-name" class="fp-field__input" type="text" autocomplete="off"
                    placeholder={fallback} value={(**typed).clone()} oninput={on_name} />
                <p class="fp-help">{ format!("{} {file_name}", lang.pick("Enregistré sous :", "Saved as:")) }</p>
                <button type="button" class="fp-btn" onclick={on_download}>
                    { lang.pick("Télécharger en un seul fichier", "Download as a file") }</button>
                <p class="fp-status" role="status">{ status }</p>
            </>
        }) }
    }
}
