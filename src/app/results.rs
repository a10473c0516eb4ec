//! The results card: customers and leads needed, each with how it is computed, in a polite
//! live region; marked stale while an input is invalid.

use crate::browser::format;
use crate::i18n::{Lang, Text};
use crate::state::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub outcome: Outcome,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let Some(report) = &props.outcome.report else { return html! {} };
    let leads = report.volume_of("lead").unwrap_or(0);
    let figure = |id: &'static str, label: Text, how: Text, value: String| {
        html! {
            <div class="fp-figure">
                <label class="fp-figure__label" for={id}>{ lang.t(label) }</label>
                <output id={id} class="fp-figure__value">{ value }</output>
                <p class="fp-figure__how">{ lang.t(how) }</p>
            </div>
        }
    };
    let stale = props.outcome.stale;
    html! {
        <section class={classes!("fp-card", "fp-results", stale.then_some("fp-results--stale"))}
            aria-labelledby="fp-results-title" aria-live="polite" data-stale={stale.to_string()}>
            <h2 id="fp-results-title" class="fp-card__title">{ lang.t(Text::ResultsHeading) }</h2>
            if stale {
                <p class="fp-stale" role="note">{ lang.t(Text::StaleNotice) }</p>
            }
            <div class="fp-figures">
                { figure("fp-customers", Text::CustomersLabel, Text::CustomersHow, format::count(report.customers, lang)) }
                { figure("fp-leads", Text::LeadsLabel, Text::LeadsHow, format::count(leads, lang)) }
            </div>
        </section>
    }
}
