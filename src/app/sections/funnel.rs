//! The Goal & funnel section: goal, deal size, funnel rates and the volumes they require.

use crate::app::ctx::SectionProps;
use crate::engine::funnel::FunnelMode;
use crate::i18n::Text;
use crate::state::edits::Edit;
use crate::state::{Action, DEAL_SIZE, GOAL, RATE};
use yew::prelude::*;

#[function_component(FunnelSection)]
pub fn funnel_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let simple = ctx.state.plan.funnel.mode == FunnelMode::Simple;
    let on_mode = ctx.dispatch.reform(move |_| {
        Action::Edit(Edit::SetFunnelMode(if simple { FunnelMode::Stages } else { FunnelMode::Simple }))
    });
    let figure = |id: &'static str, label: Text, how: Text, value: String| {
        html! {
            <div class="fp-figure">
                <label class="fp-figure__label" for={id}>{ lang.t(label) }</label>
                <output id={id} class="fp-figure__value">{ value }</output>
                <p class="fp-figure__how">{ lang.t(how) }</p>
            </div>
        }
    };
    let stale = ctx.outcome.stale;
    let results = ctx.report().map(|report| {
        let leads = report.stages.get(report.lead_stage).map_or(0, |s| s.volume);
        html! {
            <div class="fp-figures">
                { figure("fp-customers", Text::CustomersLabel, Text::CustomersHow, ctx.count(report.customers)) }
                { figure("fp-leads", Text::LeadsLabel, Text::LeadsHow, ctx.count(leads)) }
            </div>
        }
    });
    html! {
        <div class="fp-main">
            <section class="fp-card fp-inputs" aria-labelledby="fp-inputs-title">
                <h2 id="fp-inputs-title" class="fp-card__title">{ lang.t(Text::InputsHeading) }</h2>
                { ctx.number(GOAL, lang.t(Text::GoalLabel), lang.t(Text::GoalHelp)) }
                { ctx.number(DEAL_SIZE, lang.t(Text::DealSizeLabel), lang.t(Text::DealSizeHelp)) }
                <label class="fp-check">
                    <input type="checkbox" checked={simple} onchange={on_mode} />
                    { lang.pick("Un seul taux global (prospect → client)", "One overall rate (lead → customer)") }
                </label>
                if simple {
                    { ctx.number(RATE, lang.t(Text::RateLabel), lang.t(Text::RateHelp)) }
                }
            </section>
            <section class={classes!("fp-card", "fp-results", stale.then_some("fp-results--stale"))}
                aria-labelledby="fp-results-title" aria-live="polite" data-stale={stale.to_string()}>
                <h2 id="fp-results-title" class="fp-card__title">{ lang.t(Text::ResultsHeading) }</h2>
                if stale {
                    <p class="fp-stale" role="note">{ lang.t(Text::StaleNotice) }</p>
                }
                { for results }
            </section>
        </div>
    }
}
