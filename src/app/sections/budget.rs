//! The Budget section: the marketing budget against revenue and the funnel (seed 000), unit
//! economics and the open pipeline. Each group pairs an inputs card with a results card.

pub mod economics;
pub mod inputs;
pub mod pipeline;
pub mod results;

use crate::app::ctx::Ctx;
use crate::app::widgets::{fill, inputs_card, results_card, toggle};
use crate::engine::budget::{band_max, band_min};
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

pub fn budget_section(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let on = ctx.state.plan.budget.is_some();
    let on_toggle = ctx.dispatch.reform(|on: bool| Action::Edit(Edit::UseBudget(on)));
    let on_example = ctx.dispatch.reform(|_: MouseEvent| Action::Edit(Edit::UseBudgetExample));
    let pitch = fill(
        lang.pick(
            "Activez-le pour voir votre budget annuel et mensuel, sa part du chiffre d'affaires face à la fourchette de {} à {} que recommandent les études, ce que coûte l'entonnoir et combien de prospects le budget peut acheter ; il alimente aussi le CAC et le ROI.",
            "Turn it on to see your yearly and monthly budget, its share of revenue against the {} to {} band studies recommend, what the funnel costs and how many leads the budget can buy; it also feeds CAC and ROI.",
        ),
        &[&ctx.percent(band_min()), &ctx.percent(band_max())],
    );
    let budget_inputs = html! {
        <>
            { toggle("fp-use-budget", lang.pick("Planifier un budget marketing", "Plan a marketing budget"), on,
                &pitch, &on_toggle) }
            if on {
                { inputs::budget_inputs(ctx) }
                <p class="fp-help">
                    { lang.pick("Le budget part de 10 % du chiffre d'affaires de votre plan. ", "The budget starts at 10 % of your plan's revenue. ") }
                    <button type="button" id="fp-budget-example" class="fp-btn fp-btn--ghost" onclick={on_example}>
                        { lang.pick("Charger l'exemple de la graine 000 (société à 42,12 M€)", "Load seed 000's example (a 42.12 M€ company)") }
                    </button>
                </p>
            }
        </>
    };
    html! {
        <div class="fp-groups">
            <div class="fp-main">
                { inputs_card("fp-budget-in", lang.pick("Budget marketing", "Marketing budget"), budget_inputs) }
                if on {
                    { results_card(ctx.lang(), ctx.outcome.stale, "fp-budget-out", lang.pick("Budget : résultats", "Budget: results"),
                        results::budget_results(ctx)) }
                }
            </div>
            <div class="fp-main">
                { inputs_card("fp-econ-in", lang.pick("Économie unitaire", "Unit economics"),
                    economics::economics_inputs(ctx)) }
                { results_card(ctx.lang(), ctx.outcome.stale, "fp-econ-out", lang.pick("Coût et valeur d'un client", "What a customer costs and returns"),
                    economics::economics_results(ctx)) }
            </div>
            <div class="fp-main">
                { inputs_card("fp-pipe-in", lang.pick("Pipeline commercial", "Sales pipeline"),
                    pipeline::pipeline_inputs(ctx)) }
                { results_card(ctx.lang(), ctx.outcome.stale, "fp-pipe-out", lang.pick("Couverture et vélocité", "Coverage and velocity"),
                    pipeline::pipeline_results(ctx)) }
            </div>
        </div>
    }
}
