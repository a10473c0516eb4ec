//! Goal-seek: with today's top-of-funnel volume, the rate each transition alone would need to
//! reach the customers needed, "not reachable even at 100 %", or "already met".

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::fill;
use crate::app::widgets::{card, data_table, num, row};
use crate::engine::goal_seek::RateTarget;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

pub fn goal_seek_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let enabled = ctx.state.plan.goal_seek.enabled;
    let on_toggle = ctx.dispatch.reform(move |_| Action::Edit(Edit::UseGoalSeek(!enabled)));
    let results = ctx.report().and_then(|r| r.goal_seek.as_ref()).filter(|_| enabled).map(|seek| {
        let status = match seek.current_customers {
            Some(now) => fill(
                lang.pick(
                    "Avec les taux actuels, ce volume donne {} clients pour {} nécessaires.",
                    "At today's rates this volume gives {} customers for the {} needed.",
                ),
                &[&ctx.count(now), &ctx.count(seek.customers_needed)],
            ),
            None => lang.pick("Volume trop grand pour être calculé.", "Volume too large to compute.").to_string(),
        };
        let rows = seek.rates.iter().map(|r| {
            let needed = match &r.target {
                RateTarget::Reachable { rate } => ctx.percent(*rate),
                RateTarget::NotReachable => {
                    lang.pick("inatteignable même à 100 %", "not reachable even at 100 %").to_string()
                }
            };
            row(format!("{} → {}", r.from, r.to).into(), vec![num(ctx.percent(r.current_rate).into()), num(needed.into())])
        });
        html! {
            <div class="fp-seek" aria-live="polite">
                <p id="fp-seek-status">{ status }</p>
                if seek.already_met {
                    <p class="fp-split__covered" role="status">
                        { lang.pick(
                            "Objectif déjà atteint avec le volume d'aujourd'hui : les taux ci-dessous montrent votre marge.",
                            "Already met with today's volume: the rates below show your margin.",
                        ) }
                    </p>
                }
                { data_table(lang.pick("Taux nécessaires", "Rates needed"), Some("fp-seek-table"), lang.pick("Taux nécessaire pour chaque passage, les autres inchangés", "Rate needed at each step, the others unchanged"), &[(lang.pick("Passage", "Step"), false), (lang.pick("Aujourd'hui", "Today"), true), (lang.pick("Nécessaire", "Needed"), true)], rows.collect()) }
                <p class="fp-figure__how">
                    { lang.pick(
                        "Le plus petit taux qui, seul changé, transforme le volume d'aujourd'hui en clients nécessaires (arrondi à l'inférieur à chaque étape).",
                        "The smallest rate that, changed alone, turns today's volume into the customers needed (rounding down at every stage).",
                    ) }
                </p>
            </div>
        }
    });
    html! {
        { card("fp-card fp-goal-seek", "fp-seek-title", lang.pick("Quel taux faudrait-il ?", "What rate would it take?"), html! {
            <>
                <label class="fp-check">
                    <input id="fp-goal-seek-on" type="checkbox" checked={enabled} onchange={on_toggle} />
                    { lang.pick("Calculer le taux nécessaire à partir du volume actuel", "Work out the rate needed from today's volume") }
                </label>
                if enabled {
                    { ctx.fields(&[
                        Field { path: "goal_seek.top_volume", label: ["Volume actuel en haut de l'entonnoir", "Today's top-of-funnel volume"], help: ["Personnes entrant dans la première étape sur la période (ex. visiteurs).", "People entering the first stage over the period (e.g. visitors)."] },
                    ]) }
                }
                { for results }
            </>
        }) }
    }
}
