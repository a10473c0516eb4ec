//! Scoring outputs: the sales-ready volume that feeds the follow-up SLA, and leads and expected
//! customers per routing.

use super::routing::routing_name;
use crate::app::ctx::Ctx;
use crate::app::widgets::{figure, figure_note};
use crate::app::widgets::{fill, heads, num, row, table, tbody};
use crate::engine::scoring::ScoringReport;
use yew::prelude::*;

/// `funnel_leads`: leads the funnel needs (its lead stage's volume), to compare with the grid's total.
pub fn scoring_totals(ctx: &Ctx, r: &ScoringReport, funnel_leads: Option<u64>) -> Html {
    let lang = ctx.lang();
    let rows = r.by_routing.iter().map(|t| {
        row(
            routing_name(lang, t.routing).into(),
            vec![num(ctx.count(t.leads).into()), num(ctx.decimal(t.expected_customers, 1).into())],
        )
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
            { table(caption, None, caption,
                heads(&[(lang.pick("Orientation", "Routing"), false), (lang.pick("Prospects", "Leads"), true),
                    (lang.pick("Clients attendus", "Expected customers"), true)], Html::default()),
                html! {
                    <>
                        { tbody(rows.collect()) }
                        <tfoot>{ row(lang.pick("Total", "Total").into(),
                            vec![num(ctx.count(r.total_leads).into()), num(ctx.decimal(r.total_expected, 1).into())]) }</tfoot>
                    </>
                }) }
            <p class="fp-figure__how">{ lang.pick(
                "Chaque ligne additionne les cases qui ont cette orientation.",
                "Each row adds up the cells with that routing.") }</p>
        </>
    }
}
