//! The budget's outputs: yearly and monthly budget, share of revenue on the reference-band
//! gauge with its verdict in words, and the funnel's cost against the budget.

use crate::app::charts::gauge::{gauge, GaugeProps};
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{figure, figure_more, figure_note};
use crate::engine::budget::{
    band_example, band_max, band_min, BudgetBand, BudgetBasis, BudgetReport, FunnelCost, Period,
};
use yew::prelude::*;

pub fn budget_results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let (Some(report), Some(terms)) =
        (ctx.report().and_then(|r| r.budget.as_ref()), ctx.state.plan.budget.as_ref())
    else {
        return html! { <p class="fp-hint">{ lang.pick("Budget hors de portée du calcul.", "Budget out of reach.") }</p> };
    };
    let yearly_how = match (terms.basis, terms.amount_period) {
        (BudgetBasis::Amount, Period::Monthly) => lang.pick("Montant mensuel × 12.", "Monthly amount × 12."),
        (BudgetBasis::Amount, Period::Yearly) => {
            lang.pick("Le montant annuel saisi.", "The yearly amount entered.")
        }
        (BudgetBasis::PercentOfRevenue, _) => {
            lang.pick("Chiffre d'affaires annuel × le pourcentage.", "Annual revenue × the percentage.")
        }
    };
    let staged = terms.stage_costs.iter().any(Option::is_some);
    html! {
        <div class="fp-figures fp-figures--grid">
            { figure("fp-budget-yearly", lang.pick("Budget annuel", "Yearly budget"), ctx.money(report.yearly_budget), yearly_how) }
            { figure("fp-budget-monthly", lang.pick("Budget mensuel", "Monthly budget"), ctx.money(report.monthly_budget), lang.pick("Budget annuel ÷ 12.", "Yearly budget ÷ 12.")) }
            <div class="fp-span-all">{ share(ctx, report) }</div>
            { reference(ctx, report) }
            { match &report.funnel_cost {
                Some(cost) => funnel_cost(ctx, report, cost, staged),
                None => html! {
                    <p class="fp-hint fp-span-all">{ lang.pick(
                        "Saisissez un coût par prospect ou par étape pour comparer le coût de l'entonnoir au budget.",
                        "Enter a cost per lead or per stage to compare what the funnel costs with the budget.") }</p>
                },
            } }
        </div>
    }
}

/// The verdict on the share of revenue, in words.
fn verdict(ctx: &Ctx, band: BudgetBand) -> String {
    let lang = ctx.lang();
    let (lo, hi) = (ctx.percent(band_min()), ctx.percent(band_max()));
    match band {
        BudgetBand::FarBelow => fill(
            lang.pick(
                "Très en dessous de la fourchette de référence ({} à {}) : moins de la moitié de son minimum.",
                "Far below the reference band ({} to {}): less than half its minimum.",
            ),
            &[&lo, &hi],
        ),
        BudgetBand::Below => fill(
            lang.pick("En dessous de la fourchette de référence ({} à {}).", "Below the reference band ({} to {})."),
            &[&lo, &hi],
        ),
        BudgetBand::InBand => fill(
            lang.pick("Dans la fourchette de référence ({} à {}).", "Within the reference band ({} to {})."),
            &[&lo, &hi],
        ),
        BudgetBand::Growth => fill(
            lang.pick("Au-delà de {} : mode croissance.", "Above {}: growth mode."),
            &[&hi],
        ),
    }
}

fn share(ctx: &Ctx, report: &BudgetReport) -> Html {
    let lang = ctx.lang();
    let label = lang.pick("Part du chiffre d'affaires", "Share of revenue");
    let how = fill(
        lang.pick(
            "Budget annuel ÷ chiffre d'affaires annuel, comparé aux {} à {} que recommandent la plupart des études.",
            "Yearly budget ÷ annual revenue, against the {} to {} most studies recommend.",
        ),
        &[&ctx.percent(band_min()), &ctx.percent(band_max())],
    );
    let (Some(share), Some(band)) = (report.share_of_revenue, report.band) else {
        return html! {
            { figure_note("fp-budget-share", label, "—", how, lang.pick("Saisissez le chiffre d'affaires annuel.", "Enter the annual revenue.")) }
        };
    };
    let words = verdict(ctx, band);
    html! {
        { figure_more("fp-budget-share", label, ctx.percent(share), how, html! { <><p id="fp-budget-verdict" class={band_class(band)}>{ words.clone() }</p>
            { gauge(&GaugeProps { share, share_label: ctx.percent(share).into(),
                min_label: ctx.percent(band_min()).into(), max_label: ctx.percent(band_max()).into(),
                growth_label: lang.pick("mode croissance", "growth mode").into(), title: label.into(),
                description: words.into() }) }</> }) }
    }
}

fn band_class(band: BudgetBand) -> &'static str {
    match band {
        BudgetBand::FarBelow => "fp-verdict fp-verdict--far",
        BudgetBand::Below => "fp-verdict fp-verdict--below",
        BudgetBand::InBand => "fp-verdict fp-verdict--ok",
        BudgetBand::Growth => "fp-verdict fp-verdict--growth",
    }
}

/// The band in money, and seed 000's 10 % example.
fn reference(ctx: &Ctx, report: &BudgetReport) -> Html {
    let lang = ctx.lang();
    let range = fill(
        lang.pick("{} à {}", "{} to {}"),
        &[&ctx.money(report.band_min_amount), &ctx.money(report.band_max_amount)],
    );
    let ten_percent = ctx.percent(band_example());
    let note = AttrValue::from(fill(
        lang.pick("{} à {}", "{} at {}"),
        &[&ctx.money(report.band_example_amount), &ten_percent],
    ));
    let how = fill(
        lang.pick(
            "Chiffre d'affaires annuel × {} et × {} ; {} en est l'exemple médian.",
            "Annual revenue × {} and × {}; {} is the middle example.",
        ),
        &[&ctx.percent(band_min()), &ctx.percent(band_max()), &ten_percent],
    );
    html! {
        { figure_note("fp-budget-band", lang.pick("Fourchette de référence, par an", "Reference band, per year"), range, how, note) }
    }
}

fn funnel_cost(ctx: &Ctx, report: &BudgetReport, cost: &FunnelCost, staged: bool) -> Html {
    let lang = ctx.lang();
    let needed_how = if staged {
        lang.pick(
            "Somme, sur les étapes chiffrées, du volume × son coût.",
            "Sum over costed stages of volume × its cost.",
        )
    } else {
        lang.pick("Prospects nécessaires × coût par prospect.", "Leads needed × cost per lead.")
    };
    let gap_note = if cost.enough {
        lang.pick("Le budget couvre l'entonnoir.", "The budget covers the funnel.")
    } else {
        lang.pick("Le budget ne suffit pas.", "The budget falls short.")
    };
    let available = fill(lang.pick("Disponible : {}", "Available: {}"), &[&ctx.money(report.yearly_budget)]);
    html! {
        <>
            { figure_note("fp-budget-needed", lang.pick("Coût de l'entonnoir, par an", "Funnel cost, per year"), ctx.money(cost.needed), needed_how, available) }
            { figure_note("fp-budget-gap", lang.pick("Écart au budget", "Budget gap"), ctx.money(cost.gap), lang.pick("Budget annuel − coût de l'entonnoir ; négatif = manque.",
                    "Yearly budget − funnel cost; negative means short."), gap_note) }
            if let Some(leads) = cost.leads_affordable {
                { figure("fp-budget-leads", lang.pick("Prospects que le budget peut acheter", "Leads the budget can buy"), ctx.count(leads), lang.pick("Budget annuel ÷ coût par prospect, arrondi à l'inférieur.",
                        "Yearly budget ÷ cost per lead, rounded down.")) }
            }
        </>
    }
}
