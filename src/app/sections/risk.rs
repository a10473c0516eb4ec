//! The Risk section: switches the Monte-Carlo on, shows the app's one run of it (debounced
//! off the input path by `risk/runner.rs`, started by the app so the first screen shares it),
//! and lays out its parts in `risk/`.

mod histogram;
mod inputs;
mod results;
pub mod runner;

use crate::app::ctx::SectionProps;
use crate::app::plan_screen::RiskRun;
use crate::app::widgets::{card, flag};
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

#[function_component(RiskSection)]
pub fn risk_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let enabled = ctx.state.plan.risk.enabled;
    // The app's one run (see `app::plan_screen::risk_run`), shared with the first screen.
    let run = use_context::<RiskRun>().unwrap_or_default();
    let (risk, pending) = (run.risk, run.pending);
    let on_toggle = ctx.dispatch.reform(move |_| Action::Edit(Edit::UseRisk(!enabled)));
    html! {
        <div class="fp-risk" data-pending={flag(pending)}>
            { card("fp-card", "fp-risk-title", lang.pick("Quelle chance d'atteindre l'objectif ?", "How likely is the goal?"), html! {
                <>
                    <label class="fp-check">
                        <input id="fp-risk-on" type="checkbox" checked={enabled} onchange={on_toggle} />
                        { lang.pick(
                            "Tenir compte de l'incertitude des taux et du panier moyen (simulation Monte-Carlo)",
                            "Account for uncertain rates and deal size (Monte-Carlo simulation)",
                        ) }
                    </label>
                    if !enabled {
                        <p class="fp-figure__how">
                            { lang.pick(
                                "Un plan calculé sur des moyennes manque l'objectif environ une fois sur deux. Indiquez une fourchette ou les volumes observés pour chaque taux : le planificateur simule des milliers d'années possibles et dit quel volume donne 80 % ou 90 % de chances.",
                                "A plan built on averages misses its goal about half the time. Give a range or the counts you observed for each rate: the planner simulates thousands of possible years and says which volume gives an 80 % or 90 % chance.",
                            ) }
                        </p>
                    } else {
                        { results::headline(ctx, risk.as_deref(), pending) }
                    }
                </>
            }) }
            if enabled {
                <div class="fp-main">
                    { inputs::risk_inputs(ctx) }
                    { results::needed_card(ctx, risk.as_deref()) }
                </div>
                { histogram::histogram_card(ctx, risk.as_deref()) }
            }
        </div>
    }
}
