//! The Sources section (issue 13): the new-business goal split across lead sources (or
//! personas, segments), each with its own funnel, costs and cycle; results per source and in
//! total, who brings the pipeline, and the cheapest mix with one click to adopt it.

pub mod editor;
pub mod mix;
pub mod overrides;
pub mod owners;
pub mod periods;
pub mod results;
pub mod source_row;
pub mod stage_table;

use crate::app::ctx::SectionProps;
use crate::app::widgets::{inputs_card, results_card};
use yew::prelude::*;

#[function_component(SourcesSection)]
pub fn sources_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let stale = ctx.outcome.stale;
    html! {
        <div class="fp-groups">
            <div class="fp-main fp-main--wide">
                { inputs_card("fp-sources-in", lang.pick("Sources de prospects", "Lead sources"), editor::source_editor(ctx)) }
            </div>
            <div class="fp-main fp-main--wide">
                { results_card(lang, stale, "fp-sources-out", lang.pick("Résultats par source", "Results per source"),
                    results::source_results(ctx)) }
                { results_card(lang, stale, "fp-sources-periods-title",
                    lang.pick("Volumes par période et par source", "Volumes per period and source"), periods::source_periods(ctx)) }
            </div>
            <div class="fp-main fp-main--wide">
                { results_card(lang, stale, "fp-sources-owners-title",
                    lang.pick("Qui apporte le pipeline", "Who brings the pipeline"), owners::owner_results(ctx)) }
                { results_card(lang, stale, "fp-sources-mix-title",
                    lang.pick("Le mix le moins cher", "The cheapest mix"), mix::mix_results(ctx)) }
            </div>
        </div>
    }
}
