//! The capacity verdict, shown prominently in colour AND with an icon and words, so it never
//! relies on colour alone.

use crate::engine::capacity::CapacityVerdict;
use crate::i18n::Lang;
use crate::sla_text::verdict_label;
use crate::sla_text::words::colon;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct VerdictProps {
    pub lang: Lang,
    pub verdict: CapacityVerdict,
    pub id: AttrValue,
}

#[function_component(Verdict)]
pub fn verdict(props: &VerdictProps) -> Html {
    let lang = props.lang;
    let (class, icon, explain) = match props.verdict {
        CapacityVerdict::Enough => (
            "fp-verdict--enough",
            "✓",
            lang.pick(
                "les heures de vente couvrent le suivi promis.",
                "selling hours cover the promised follow-up.",
            ),
        ),
        CapacityVerdict::Short => (
            "fp-verdict--short",
            "⚠",
            lang.pick(
                "le suivi promis demande plus d'heures que l'équipe n'en a.",
                "the promised follow-up takes more hours than the team has.",
            ),
        ),
    };
    html! {
        <p id={props.id.clone()} class={classes!("fp-verdict", class)} data-verdict={verdict_label(props.verdict, Lang::En).to_lowercase()}>
            <span class="fp-verdict__icon" aria-hidden="true">{ icon }</span>
            <span>
                <strong class="fp-verdict__label">
                    { format!("{}{} {}", lang.pick("Capacité", "Capacity"), colon(lang), verdict_label(props.verdict, lang)) }
                </strong>
                { " — " }{ explain }
            </span>
        </p>
    }
}
