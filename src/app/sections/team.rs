//! The Team & SLA section: the sales team's capacity against the goal and each rep's
//! workload, the marketing–sales SLA (terms, both sides, capacity check) and the SLA as a
//! printable document both teams sign.

mod capacity;
mod figure;
mod hires;
mod inputs;
mod sla_doc;
mod sla_inputs;
mod sla_outputs;
mod verdict;
mod workloads;

use crate::app::ctx::SectionProps;
use crate::app::widgets::results_card;
use yew::prelude::*;

#[function_component(TeamSection)]
pub fn team_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let doc_open = use_state(|| false);
    // Opening or closing the document starts its copy state afresh.
    let doc_state = sla_doc::use_doc_state();
    let on_toggle = {
        let (doc_open, copy) = (doc_open.clone(), doc_state.copy.clone());
        Callback::from(move |_: ()| {
            copy.set(sla_doc::CopyState::Idle);
            doc_open.set(!*doc_open);
        })
    };
    let on_close = {
        let (doc_open, copy) = (doc_open.clone(), doc_state.copy.clone());
        Callback::from(move |_: ()| {
            copy.set(sla_doc::CopyState::Idle);
            doc_open.set(false);
        })
    };
    html! {
        <div class="fp-team">
            <div class="fp-main">
                { inputs::team_inputs(ctx) }
                { results_card(ctx.lang(), ctx.outcome.stale, "fp-team-results-title",
                    lang.pick("Capacité face à l'objectif", "Capacity against the goal"),
                    html! { <>{ capacity::capacity(ctx) }{ workloads::workloads(ctx) }</> }) }
            </div>
            <div class="fp-main fp-team-sla">
                { sla_inputs::sla_inputs(ctx) }
                { sla_outputs::sla_outputs(ctx, *doc_open, &on_toggle) }
            </div>
            if *doc_open {
                { sla_doc::sla_doc(ctx, &doc_state, &on_close) }
            }
        </div>
    }
}
