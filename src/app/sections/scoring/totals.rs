//! Scoring outputs: the sales-ready volume that feeds the follow-up SLA, and leads and expected
//! customers per routing.

use super::routing::routing_name;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{figure, figure_note};
use crate::engine::scoring::ScoringReport;
use yew::prelude::*;

/// `funnel_leads`: leads the funnel needs (its lead stage's volume), to compare with the grid's total.
pub fn scoring_totals(ctx: &Ctx, r: &ScoringReport, funnel_leads: Option<u64>) -> Html {
    let lang = ctx.lang();
    let rows = r.by_routing.iter().map(|t| {
        html! {
            <tr>
                <th scope="row">{ routing_name(lang, t.routing) }</th>
                <td class="fp-num">{ ctx.count(t.leads) }</td>
                <td class="fp-num">{ ctx.decimal(t.expected_customers, 1) }</td>
            </tr>
        }
    });
    let compare = funnel_leads.map(|needed| {
        AttrValue::from(fill(
            lang.pick(
                "La grille compte {} prospects ; l'entonnoir en demande {}.",
                "The grid holds {} leads; the funnel needs {}.",
            ),
            &[&ctx.count(r.total_leads), &ctx.count(needed)],
        ))
    });
    let caption = lang.pick("Totaux par orientation", "Totals by routing");
    html! {
        <>
            <div class="fp-figures fp-figures--grid">
                { figure("fp-sales-ready", lang.pick("Prospects prêts pour la vente", "Sales-ready leads"), ctx.count(r.sales_ready_leads), lang.pick(
                        "Prospects orientés « aux commerciaux tout de suite » : le volume que le SLA de suivi commercial doit absorber.",
                        "Leads routed “Sales now”: the volume the sales follow-up SLA must absorb.")) }
                { figure_note("fp-scoring-expected", lang.pick("Clients attendus", "Expected customers"), ctx.decimal(r.total_expected, 1), lang.pick("Somme, sur toutes les cases, des prospects × taux.", "Sum over all cells of leads × rate."), compare) }
            </div>
            <div class="fp-table-wrap" role="region" aria-label={caption} tabindex="0">
                <table class="fp-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.pick("Orientation", "Routing") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Prospects", "Leads") }</th>
                            <th scope="col" class="fp-num">{ lang.pick("Clients attendus", "Expected customers") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ lang.pick("Total", "Total") }</th>
                            <td class="fp-num">{ ctx.count(r.total_leads) }</td>
                            <td class="fp-num">{ ctx.decimal(r.total_expected, 1) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="fp-figure__how">{ lang.pick(
                "Chaque ligne additionne les cases qui ont cette orientation.",
                "Each row adds up the cells with that routing.") }</p>
        </>
    }
}
