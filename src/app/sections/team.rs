//! The Team & SLA section: the sales team's capacity against the goal and each rep's
//! workload, the marketing–sales SLA (terms, both sides, capacity check) and the SLA as a
//! printable document both teams sign.

mod capacity;
mod clipboard;
mod figure;
mod hires;
mod inputs;
mod sla_doc;
mod sla_inputs;
mod sla_outputs;
mod verdict;
mod workloads;

use crate::app::ctx::SectionProps;
use yew::prelude::*;

#[function_component(TeamSection)]
pub fn team_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let doc_open = use_state(|| false);
    let stale = ctx.outcome.stale;
    let on_toggle = {
        let doc_open = doc_open.clone();
        Callback::from(move |_: ()| doc_open.set(!*doc_open))
    };
    let on_close = {
        let doc_open = doc_open.clone();
        Callback::from(move |_: ()| doc_open.set(false))
    };
    html! {
        <div class="fp-team">
            <div class="fp-main">
                { inputs::team_inputs(ctx) }
                <section class={classes!("fp-card", "fp-results", stale.then_some("fp-results--stale"))}
                    aria-labelledby="fp-team-results-title" aria-live="polite" data-stale={stale.to_string()}>
                    <h2 id="fp-team-results-title" class="fp-card__title">
                        { lang.pick("Capacité face à l'objectif", "Capacity against the goal") }
                    </h2>
                    if stale {
                        <p class="fp-stale" role="note">{ lang.t(crate::i18n::Text::StaleNotice) }</p>
                    }
                    { capacity::capacity(ctx) }
                    { workloads::workloads(ctx) }
                </section>
            </div>
            <div class="fp-main fp-team-sla">
                { sla_inputs::sla_inputs(ctx) }
                { sla_outputs::sla_outputs(ctx, *doc_open, &on_toggle) }
            </div>
            if *doc_open {
                <sla_doc::SlaDoc ctx={ctx.clone()} on_close={on_close} />
            }
        </div>
    }
}
