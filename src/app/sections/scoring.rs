//! The Lead scoring section (seed 003): the fit × interest grid, each cell routed to sales,
//! nurturing, qualification or set aside, and the sales-ready volume the SLA must absorb.

pub mod grid;
pub mod routing;
pub mod totals;

use crate::app::ctx::Ctx;
use crate::app::widgets::{inputs_card, results_card, toggle};
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

pub fn scoring_section(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let on = ctx.state.plan.scoring.enabled;
    let on_toggle = ctx.dispatch.reform(|on: bool| Action::Edit(Edit::UseScoring(on)));
    let inputs = html! {
        <>
            { toggle("fp-use-scoring", lang.pick("Noter les prospects (adéquation × intérêt)", "Score leads (fit × interest)"), on, lang.pick(
                    "Activez-le pour répartir vos prospects sur une grille adéquation × intérêt, orienter chaque case (commerciaux tout de suite, maturation marketing, qualification, à écarter) et voir les clients attendus et le volume prêt pour la vente qui alimente le SLA.",
                    "Turn it on to split your leads on a fit × interest grid, route each cell (sales now, marketing nurture, qualify, avoid) and see the customers to expect and the sales-ready volume that feeds the SLA."), &on_toggle) }
            if on {
                { grid::scoring_grid(ctx) }
            }
        </>
    };
    let report = ctx.report();
    let funnel_leads = report.and_then(|r| r.stages.get(r.lead_stage)).map(|s| s.volume);
    let totals =
        report.and_then(|r| r.scoring.as_ref()).map(|s| totals::scoring_totals(ctx, s, funnel_leads));
    html! {
        <div class="fp-main fp-main--wide">
            { inputs_card("fp-scoring-in", lang.pick("Notation des prospects", "Lead scoring"), inputs) }
            if on {
                { results_card(ctx.lang(), ctx.outcome.stale, "fp-scoring-out", lang.pick("Orientation et volume prêt pour la vente", "Routing and sales-ready volume"),
                    html! { { for totals } }) }
            }
        </div>
    }
}
