//! The capacity verdict, shown prominently in colour AND with an icon and words, so it never
//! relies on colour alone.

use crate::engine::capacity::CapacityVerdict;
use crate::i18n::Lang;
use crate::sla_text::verdict_label;
use crate::sla_text::words::colon;
use yew::prelude::*;

/// The verdict as a paragraph with DOM id `id`.
pub fn verdict(lang: Lang, verdict: CapacityVerdict, id: &'static str) -> Html {
    let (class, icon, explain) = match verdict {
        CapacityVerdict::Enough => (
            "fp-verdict fp-verdict--enough",
            "✓",
            lang.pick(
                "les heures de vente couvrent le suivi promis.",
                "selling hours cover the promised follow-up.",
            ),
        ),
        CapacityVerdict::Short => (
            "fp-verdict fp-verdict--short",
            "⚠",
            lang.pick(
                "le suivi promis demande plus d'heures que l'équipe n'en a.",
                "the promised follow-up takes more hours than the team has.",
            ),
        ),
    };
    html! {
        <p id={id} class={class} data-verdict={crate::i18n::case::lower(verdict_label(verdict, Lang::En))}>
            <span class="fp-verdict__icon" aria-hidden="true">{ icon }</span>
            <span>
                <strong class="fp-verdict__label">
                    { format!("{}{} {}", lang.pick("Capacité", "Capacity"), colon(lang), verdict_label(verdict, lang)) }
                </strong>
                { " — " }{ explain }
            </span>
        </p>
    }
}
