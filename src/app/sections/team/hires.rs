//! The list of new hires: one fieldset per group (start month, reps, ramp) with its remove
//! button, and the button that adds a group.

use crate::app::ctx::Ctx;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

pub fn hires(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let rows = ctx.state.plan.team.hires.iter().enumerate().map(|(i, _)| {
        let number = ctx.count(i as u64 + 1);
        let legend = format!("{} {number}", lang.pick("Recrutement", "Hire group"));
        let remove_label = format!("{} {number}", lang.pick("Retirer le recrutement", "Remove hire group"));
        let on_remove = ctx.dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::RemoveHire(i)));
        let path = |field: &str| format!("team.hires.{i}.{field}");
        html! {
            <li class="fp-hire" key={i}>
                <fieldset class="fp-hire__fields">
                    <legend class="fp-hire__legend">{ legend }</legend>
                    { ctx.number(&path("start_month"), lang.pick("Mois d'arrivée", "Start month"),
                        lang.pick("Mois du plan où ils commencent, de 1 à 12.",
                            "Plan month they start in, 1 to 12.")) }
                    { ctx.number(&path("count"), lang.pick("Nombre de commerciaux", "Number of reps"),
                        lang.pick("Commerciaux qui arrivent ensemble ce mois-là.",
                            "Reps joining together that month.")) }
                    { ctx.number(&path("ramp_months"), lang.pick("Montée en compétence (mois)", "Ramp (months)"),
                        lang.pick("Mois avant d'être pleinement productifs (0 à 12), de façon linéaire.",
                            "Months until fully productive (0 to 12), rising linearly.")) }
                    <button type="button" class="fp-btn fp-btn--ghost fp-hire__remove"
                        aria-label={remove_label} onclick={on_remove}>
                        { lang.pick("Retirer", "Remove") }
                    </button>
                </fieldset>
            </li>
        }
    });
    let on_add = ctx.dispatch.reform(|_: MouseEvent| Action::Edit(Edit::AddHire));
    let empty = ctx.state.plan.team.hires.is_empty();
    html! {
        <div class="fp-hires">
            <h3 class="fp-team-subtitle">{ lang.pick("Recrutements prévus", "Planned hires") }</h3>
            if empty {
                <p class="fp-figure__how">
                    { lang.pick("Aucun recrutement prévu : seule l'équipe en poste compte.",
                        "No hires planned: only the current team counts.") }
                </p>
            } else {
                <ol class="fp-hires__list">{ for rows }</ol>
            }
            <button type="button" class="fp-btn fp-btn--ghost" id="fp-team-add-hire" onclick={on_add}>
                { lang.pick("+ Ajouter un recrutement", "+ Add a hire group") }
            </button>
        </div>
    }
}
