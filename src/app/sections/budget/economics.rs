//! Unit economics (seed 000's "marketing as a quantified effort"): sales spend, margin and churn
//! in; CAC, ROI, lifetime value (or why not), LTV:CAC and payback out.

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::fill;
use crate::app::widgets::{figure, figure_note};
use crate::engine::unit_economics::{LtvGap, UnitEconomics};
use yew::prelude::*;

pub fn economics_inputs(ctx: &Ctx) -> Html {
    html! {
        <>
            { ctx.fields(&[
                Field { path: "economics.sales_spend", label: ["Dépenses commerciales annuelles", "Yearly sales spend"], help: ["Salaires, commissions, outils des commerciaux ; ajoutées au budget marketing pour le CAC.", "Sales salaries, commissions and tools; added to the marketing budget for CAC."] },
                Field { path: "economics.gross_margin", label: ["Marge brute (facultatif)", "Gross margin (optional)"], help: ["Part du chiffre d'affaires qui reste après coûts directs ; nécessaire pour la LTV.", "Share of revenue left after direct costs; needed for LTV."] },
                Field { path: "economics.yearly_churn", label: ["Attrition annuelle des clients (facultatif)", "Yearly customer churn (optional)"], help: ["Part des clients perdus chaque année ; nécessaire pour la LTV.", "Share of customers lost each year; needed for LTV."] },
            ]) }
        </>
    }
}

pub fn economics_results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    match ctx.report().and_then(|r| r.economics.as_ref()) {
        Some(e) => figures(ctx, e),
        None => html! { <p class="fp-hint">{ lang.pick(
        "Indicateurs hors de portée : aucun nouveau client n'est nécessaire ou les nombres sont trop grands.",
        "Out of reach: no new customers are needed or the numbers are too large.") }</p> },
    }
}

fn figures(ctx: &Ctx, e: &UnitEconomics) -> Html {
    let lang = ctx.lang();
    let dash = || AttrValue::from("—");
    let cac = e.cac.map(|v| AttrValue::from(ctx.money(v))).unwrap_or_else(dash);
    let cac_note = e.cac.is_none().then_some(lang.pick(
        "Aucun nouveau client à acquérir : les clients actuels couvrent l'objectif.",
        "No new customers to acquire: existing customers cover the goal.",
    ));
    let roi = e.roi.map(|v| AttrValue::from(ctx.percent(v))).unwrap_or_else(dash);
    let roi_note = e.roi.is_none().then_some(lang.pick(
        "Aucune dépense : activez le budget ou saisissez les dépenses commerciales.",
        "No spend yet: turn the budget on or enter the sales spend.",
    ));
    let ltv = e.ltv.map(|v| AttrValue::from(ctx.money(v))).unwrap_or_else(dash);
    let ltv_note = e.ltv_gap.map(|gap| match gap {
        LtvGap::MissingInputs => lang.pick(
            "Saisissez la marge brute et l'attrition annuelle pour l'obtenir.",
            "Enter the gross margin and the yearly churn to get it.",
        ),
        LtvGap::ZeroChurn => lang.pick(
            "Avec 0 % d'attrition, les clients ne partent jamais : la valeur est sans limite.",
            "With 0 % churn customers never leave: the value has no limit.",
        ),
    });
    let ratio = e
        .ltv_to_cac
        .map(|v| AttrValue::from(fill(lang.pick("{} : 1", "{}:1"), &[&ctx.decimal(v, 1)])))
        .unwrap_or_else(dash);
    let payback = e
        .payback_months
        .map(|v| AttrValue::from(fill(lang.pick("{} mois", "{} months"), &[&ctx.decimal(v, 1)])))
        .unwrap_or_else(dash);
    html! {
        <div class="fp-figures fp-figures--grid">
            { figure("fp-econ-spend", lang.pick("Dépense totale, par an", "Total spend, per year"), ctx.money(e.total_spend), lang.pick("Budget marketing + dépenses commerciales.", "Marketing budget + sales spend.")) }
            { figure_note("fp-econ-cac", lang.pick("Coût d'acquisition client (CAC)", "Customer acquisition cost (CAC)"), cac, lang.pick("Dépense totale ÷ nouveaux clients.", "Total spend ÷ new customers."), cac_note.map(AttrValue::from)) }
            { figure_note("fp-econ-roi", lang.pick("Retour sur investissement (ROI)", "Return on investment (ROI)"), roi, lang.pick("(Nouveau chiffre d'affaires − dépense) ÷ dépense.", "(New revenue − spend) ÷ spend."), roi_note.map(AttrValue::from)) }
            { figure_note("fp-econ-ltv", lang.pick("Valeur vie client (LTV)", "Customer lifetime value (LTV)"), ltv, lang.pick("Panier moyen × marge brute ÷ attrition annuelle.", "Deal size × gross margin ÷ yearly churn."), ltv_note.map(AttrValue::from)) }
            { figure("fp-econ-ratio", lang.pick("Ratio LTV:CAC", "LTV:CAC ratio"), ratio, fill(lang.pick("Valeur vie client ÷ CAC ; au-dessus de {} est souvent jugé sain.",
                    "Lifetime value ÷ CAC; above {} is often seen as healthy."), &[&ctx.count(3)])) }
            { figure("fp-econ-payback", lang.pick("Délai de retour", "Payback"), payback, lang.pick("CAC ÷ marge brute mensuelle d'un client (panier × marge ÷ 12).",
                    "CAC ÷ one customer's monthly gross margin (deal × margin ÷ 12).")) }
        </div>
    }
}
