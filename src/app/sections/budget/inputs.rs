//! The budget's inputs: basis (amount or share of revenue), amount and its period, percentage,
//! annual revenue, and the optional cost per lead and per stage.

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::{choice, fill};
use crate::engine::budget::{band_max, band_min, BudgetBasis, Period};
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

pub fn budget_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(terms) = ctx.state.plan.budget.as_ref() else {
        return Html::default();
    };
    let basis = terms.basis;
    let on_basis = ctx.dispatch.reform(|i: usize| {
        Action::Edit(Edit::SetBudgetBasis(if i == 0 {
            BudgetBasis::Amount
        } else {
            BudgetBasis::PercentOfRevenue
        }))
    });
    let on_period = ctx.dispatch.reform(|i: usize| {
        Action::Edit(Edit::SetBudgetPeriod(if i == 0 { Period::Monthly } else { Period::Yearly }))
    });
    let stage_costs = ctx.state.plan.funnel.effective_stages().into_iter().enumerate().map(|(i, stage)| {
        let label = fill(lang.pick("Coût par {} (facultatif)", "Cost per {} (optional)"), &[&stage.name]);
        let help = lang.pick(
            "Ce que coûte une personne à cette étape ; laissez vide si inconnu.",
            "What one person at this stage costs; leave empty if unknown.",
        );
        ctx.bound_number(&format!("budget.stage_costs.{i}"), label.into(), help.into())
    });
    let band_help = fill(
        lang.pick("La plupart des études recommandent {} à {}.", "Most studies recommend {} to {}."),
        &[&ctx.percent(band_min()), &ctx.percent(band_max())],
    );
    html! {
        <>
            { choice("fp-budget-basis", lang.pick("Le budget est fixé…", "The budget is set…"),
                &[lang.pick("en montant", "as an amount"), lang.pick("en % du chiffre d'affaires", "as a % of revenue")],
                usize::from(basis == BudgetBasis::PercentOfRevenue), &on_basis) }
            if basis == BudgetBasis::Amount {
                { choice("fp-budget-period", lang.pick("Montant saisi par…", "Amount entered per…"),
                    &[lang.pick("mois", "month"), lang.pick("an", "year")],
                    usize::from(terms.amount_period == Period::Yearly), &on_period) }
                { ctx.fields(&[
                    Field { path: "budget.amount", label: ["Budget marketing", "Marketing budget"], help: ["Par mois ou par an, selon le choix ci-dessus.", "Per month or per year, as chosen above."] },
                ]) }
            } else {
                { ctx.bound_number("budget.percent_of_revenue",
                    lang.pick("Part du chiffre d'affaires", "Share of revenue").into(), band_help.into()) }
            }
            { ctx.fields(&[
                Field { path: "budget.annual_revenue", label: ["Chiffre d'affaires annuel actuel", "Current annual revenue"], help: ["La base du pourcentage et de la fourchette de référence.", "The base of the percentage and of the reference band."] },
                Field { path: "budget.cost_per_lead", label: ["Coût par prospect (facultatif)", "Cost per lead (optional)"], help: ["Sert si aucun coût par étape n'est saisi ; laissez vide si inconnu.", "Used when no stage cost is given; leave empty if unknown."] },
            ]) }
            <details class="fp-details">
                <summary>{ lang.pick("Coûts par étape (facultatif)", "Costs per stage (optional)") }</summary>
                { for stage_costs }
            </details>
        </>
    }
}
