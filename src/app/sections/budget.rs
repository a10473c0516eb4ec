//! The Budget section: the marketing budget against revenue and the funnel (seed 000), unit
//! economics and the open pipeline. Each group pairs an inputs card with a results card.

pub mod choice;
pub mod economics;
pub mod field;
pub mod figure;
pub mod gauge;
pub mod inputs;
pub mod pipeline;
pub mod results;
pub mod toggle;

use crate::app::ctx::SectionProps;
use crate::engine::budget::{band_max, band_min};
use crate::i18n::Text;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

/// A results card: live region, marked stale (struck-through figures) while an input is invalid.
pub fn results_card(props: &SectionProps, id: &'static str, title: &'static str, body: Html) -> Html {
    let stale = props.ctx.outcome.stale;
    let lang = props.ctx.lang();
    html! {
        <section class={classes!("fp-card", "fp-results", stale.then_some("fp-results--stale"))}
            aria-labelledby={id} aria-live="polite" data-stale={stale.to_string()}>
            <h2 id={id} class="fp-card__title">{ title }</h2>
            if stale {
                <p class="fp-stale" role="note">{ lang.t(Text::StaleNotice) }</p>
            }
            { body }
        </section>
    }
}

/// An inputs card.
pub fn inputs_card(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class="fp-card fp-inputs" aria-labelledby={id}>
            <h2 id={id} class="fp-card__title">{ title }</h2>
            { body }
        </section>
    }
}

#[function_component(BudgetSection)]
pub fn budget_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let on = ctx.state.plan.budget.is_some();
    let on_toggle = ctx.dispatch.reform(|on: bool| Action::Edit(Edit::UseBudget(on)));
    let pitch = field::fill(
        lang.pick(
            "Activez-le pour voir votre budget annuel et mensuel, sa part du chiffre d'affaires face à la fourchette de {} à {} que recommandent les études, ce que coûte l'entonnoir et combien de prospects le budget peut acheter ; il alimente aussi le CAC et le ROI.",
            "Turn it on to see your yearly and monthly budget, its share of revenue against the {} to {} band studies recommend, what the funnel costs and how many leads the budget can buy; it also feeds CAC and ROI.",
        ),
        &[&ctx.percent(band_min()), &ctx.percent(band_max())],
    );
    let budget_inputs = html! {
        <>
            <toggle::Toggle id="fp-use-budget" checked={on} on_toggle={on_toggle}
                label={lang.pick("Planifier un budget marketing", "Plan a marketing budget")}
                pitch={pitch} />
            if on {
                <inputs::BudgetInputs ..props.clone() />
            }
        </>
    };
    html! {
        <div class="fp-groups">
            <div class="fp-main">
                { inputs_card("fp-budget-in", lang.pick("Budget marketing", "Marketing budget"), budget_inputs) }
                if on {
                    { results_card(props, "fp-budget-out", lang.pick("Budget : résultats", "Budget: results"),
                        html! { <results::BudgetResults ..props.clone() /> }) }
                }
            </div>
            <div class="fp-main">
                { inputs_card("fp-econ-in", lang.pick("Économie unitaire", "Unit economics"),
                    html! { <economics::EconomicsInputs ..props.clone() /> }) }
                { results_card(props, "fp-econ-out", lang.pick("Coût et valeur d'un client", "What a customer costs and returns"),
                    html! { <economics::EconomicsResults ..props.clone() /> }) }
            </div>
            <div class="fp-main">
                { inputs_card("fp-pipe-in", lang.pick("Pipeline commercial", "Sales pipeline"),
                    html! { <pipeline::PipelineInputs ..props.clone() /> }) }
                { results_card(props, "fp-pipe-out", lang.pick("Couverture et vélocité", "Coverage and velocity"),
                    html! { <pipeline::PipelineResults ..props.clone() /> }) }
            </div>
        </div>
    }
}
