//! The Lead scoring section (seed 003): the fit × interest grid, each cell routed to sales,
//! nurturing, qualification or set aside, and the sales-ready volume the SLA must absorb.

pub mod grid;
pub mod routing;
pub mod totals;

use super::budget::toggle::Toggle;
use super::budget::{inputs_card, results_card};
use crate::app::ctx::SectionProps;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

#[function_component(ScoringSection)]
pub fn scoring_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let on = ctx.state.plan.scoring.enabled;
    let on_toggle = ctx.dispatch.reform(|on: bool| Action::Edit(Edit::UseScoring(on)));
    let inputs = html! {
        <>
            <Toggle id="fp-use-scoring" checked={on} on_toggle={on_toggle}
                label={lang.pick("Noter les prospects (adéquation × intérêt)", "Score leads (fit × interest)")}
                pitch={lang.pick(
                    "Activez-le pour répartir vos prospects sur une grille adéquation × intérêt, orienter chaque case (commerciaux tout de suite, maturation marketing, qualification, à écarter) et voir les clients attendus et le volume prêt pour la vente qui alimente le SLA.",
                    "Turn it on to split your leads on a fit × interest grid, route each cell (sales now, marketing nurture, qualify, avoid) and see the customers to expect and the sales-ready volume that feeds the SLA.")} />
            if on {
                <grid::ScoringGrid ctx={ctx.clone()} />
            }
        </>
    };
    let report = ctx.report();
    let funnel_leads = report.and_then(|r| r.stages.get(r.lead_stage)).map(|s| s.volume);
    let totals = report.and_then(|r| r.scoring.clone()).map(|s| {
        html! { <totals::ScoringTotals ctx={ctx.clone()} report={s} funnel_leads={funnel_leads} /> }
    });
    html! {
        <div class="fp-main fp-main--wide">
            { inputs_card("fp-scoring-in", lang.pick("Notation des prospects", "Lead scoring"), inputs) }
            if on {
                { results_card(props, "fp-scoring-out", lang.pick("Orientation et volume prêt pour la vente", "Routing and sales-ready volume"),
                    html! { { for totals } }) }
            }
        </div>
    }
}
