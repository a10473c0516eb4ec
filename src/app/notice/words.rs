//! What the notices the main module draws say, in French and English: the ones a visit can meet
//! before any part of the app is in (blocked storage, a part that could not be loaded). The
//! others' words are in `rich_words`, with their part.

use crate::i18n::Lang;
use crate::state::Notice;

/// The words of a notice the main module draws; `None` for the others (`rich`).
pub fn basic(notice: Notice, lang: Lang) -> Option<String> {
    let text = match notice {
        Notice::StorageBlocked => lang.pick(
            "Le stockage du navigateur est bloqué : le plan fonctionne mais ne sera pas conservé.",
            "Browser storage is blocked: the plan works but will not be kept.",
        ),
        Notice::WriterMissing => lang.pick(
            "Une partie de l'application n'a pas pu être chargée (connexion ?) : vos modifications ne sont pas enregistrées dans le navigateur, ni dans le lien. Elle sera rechargée à la prochaine modification, ou avec «\u{a0}Réessayer\u{a0}».",
            "Part of the app could not be loaded (connection?): your changes are not kept in the browser, nor in the link. It is loaded again at the next change, or with “Try again”.",
        ),
        Notice::ChangeNotMade => lang.pick(
            "Une partie de l'application n'a pas pu être chargée (connexion ?) : cette modification n'a pas été faite. Réessayez-la.",
            "Part of the app could not be loaded (connection?): this change was not made. Try it again.",
        ),
        Notice::PartMissing => lang.pick(
            "Une partie de l'application n'a pas pu être chargée (connexion ?) : votre plan enregistré ne peut pas être ouvert ici. Rechargez la page.",
            "Part of the app could not be loaded (connection?): your saved plan cannot be opened here. Reload the page.",
        ),
        _ => return None,
    };
    Some(with_held(notice, lang, text))
}

/// Whether the main module draws `notice` (else its part must be in: `rich::use_rich`).
#[cfg_attr(not(all(target_arch = "wasm32", feature = "split")), allow(dead_code))]
pub fn is_basic(notice: Notice) -> bool {
    basic(notice, Lang::En).is_some()
}

/// `text`, followed, for a notice that holds saving, by the reminder that nothing is saved yet.
pub fn with_held(notice: Notice, lang: Lang, text: &str) -> String {
    if notice.holds_saving() {
        let held = lang.pick(
            " Votre plan enregistré reste intact : rien n'est enregistré tant que vous n'avez pas choisi.",
            " Your saved plan is untouched: nothing is saved until you choose.",
        );
        format!("{text}{held}")
    } else {
        text.to_string()
    }
}
