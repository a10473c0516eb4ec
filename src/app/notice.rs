//! The notice bar: broken links and files, resets (with undo), bad imports, blocked storage,
//! a missing single-file version.

use crate::i18n::Lang;
use crate::state::{Action, Notice};
use yew::prelude::*;

pub fn notice_text(notice: Notice, lang: Lang) -> &'static str {
    match notice {
        Notice::BrokenLink => lang.pick(
            "Ce lien de partage est illisible : le plan par défaut est ouvert.",
            "This share link could not be read: the default plan is open instead.",
        ),
        Notice::NewerLink => lang.pick(
            "Ce lien vient d'une version plus récente : le plan par défaut est ouvert.",
            "This link comes from a newer version: the default plan is open instead.",
        ),
        Notice::Reset => lang.pick("Le plan a été réinitialisé.", "The plan was reset."),
        Notice::BadImport => lang.pick(
            "Ce fichier n'est pas un plan valide : rien n'a changé.",
            "This file is not a valid plan: nothing changed.",
        ),
        Notice::StorageBlocked => lang.pick(
            "Le stockage du navigateur est bloqué : le plan fonctionne mais ne sera pas conservé.",
            "Browser storage is blocked: the plan works but will not be kept.",
        ),
        Notice::BrokenFile => lang.pick(
            "Le plan enregistré dans ce fichier est illisible : le plan par défaut est ouvert.",
            "The plan saved in this file could not be read: the default plan is open instead.",
        ),
        Notice::NoStandalone => lang.pick(
            "La version en un seul fichier est introuvable ici : aucun fichier n'a été enregistré.",
            "The single-file version of the app is not available here: no file was saved.",
        ),
        Notice::MixAdopted => lang
            .pick("Le mix de sources le moins cher est adopté.", "The cheapest mix of sources was adopted."),
    }
}

pub fn notice_bar(lang: Lang, notice: Option<Notice>, on_action: &Callback<Action>) -> Html {
    let Some(notice) = notice else { return html! {} };
    html! {
        <div class="fp-notice" role="status">
            <span>{ notice_text(notice, lang) }</span>
            if matches!(notice, Notice::Reset | Notice::MixAdopted) {
                <button type="button" class="fp-btn" onclick={on_action.reform(|_| Action::UndoReset)}>
                    { lang.pick("Annuler", "Undo") }
                </button>
            }
            <button type="button" class="fp-btn fp-btn--ghost" aria-label={lang.pick("Fermer", "Dismiss")}
                onclick={on_action.reform(|_| Action::DismissNotice)}>{ "×" }</button>
        </div>
    }
}
