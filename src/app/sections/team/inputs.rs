//! The sales team's inputs: reps, quota, attainment, attrition and the planned hires.

use super::hires::hires;
use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::card;
use yew::prelude::*;

pub fn team_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    html! {
        { card("fp-card fp-inputs", "fp-team-inputs-title", lang.pick("L'équipe commerciale", "The sales team"), html! {
            <>
                { ctx.fields(&[
                    Field { path: "team.reps", label: ["Commerciaux en poste", "Reps on the team"], help: ["Commerciaux pleinement productifs au début du plan.", "Fully ramped reps at the start of the plan."] },
                    Field { path: "team.quota_per_rep", label: ["Quota annuel par commercial", "Yearly quota per rep"], help: ["Chiffre d'affaires demandé à chaque commercial sur un an.", "Revenue each rep is asked to close in a year."] },
                    Field { path: "team.attainment", label: ["Atteinte du quota attendue", "Expected quota attainment"], help: ["Part du quota qu'un commercial signe réellement, en moyenne.", "Share of quota a rep actually closes, on average."] },
                    Field { path: "team.yearly_attrition", label: ["Départs sur un an", "Yearly attrition"], help: ["Part des commerciaux qui partent en un an, perte répartie mois par mois.", "Share of reps leaving over a year, spread month by month."] },
                ]) }
                { hires(ctx) }
            </>
        }) }
    }
}
