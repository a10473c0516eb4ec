//! The list of sources: what a source is (with the personas example), each source's row, the
//! message when the parts do not add up, and the button that adds a source.

use super::source_row::source_row;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::sources::{GoalShare, MAX_SOURCES};
use crate::engine::{Decimal, Reason};
use crate::state::edits::{Edit, SourceEdit};
use crate::state::Action;
use yew::prelude::*;

pub fn source_editor(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let sources = &ctx.state.plan.sources;
    let count = sources.len();
    let on_add = {
        let name = fill(lang.pick("Source {}", "Source {}"), &[&ctx.count(count as u64 + 1)]);
        let first = fill(lang.pick("Source {}", "Source {}"), &[&ctx.count(1)]);
        ctx.dispatch.reform(move |_: MouseEvent| {
            Action::Edit(Edit::Source(SourceEdit::Add { name: name.clone(), first: first.clone() }))
        })
    };
    html! {
        <>
            <p class="fp-field__help">
                { lang.pick(
                    "Répartissez l'objectif de nouveaux clients entre vos sources (entrant, prospection sortante, partenaires, salons…). Chaque source peut avoir sa taille de contrat, ses taux, ses coûts et son cycle ; laissés vides, ce sont ceux du plan.",
                    "Split the new-business goal across your sources (inbound, outbound, partners, events…). Each source may have its own deal size, rates, costs and cycle; left empty, they are the plan's.",
                ) }
            </p>
            <p class="fp-hint" id="fp-sources-personas">
                { lang.pick(
                    "Un segment ou un persona est une source : « 3 personas × entrant / sortant », ce sont six sources (DAF entrant, DAF sortant, DSI entrant…), chacune avec sa part et ses taux.",
                    "A segment or persona is a source: “3 personas × inbound / outbound” is six sources (CFO inbound, CFO outbound, CIO inbound…), each with its share and rates.",
                ) }
            </p>
            { parts_message(ctx) }
            <ol class="fp-stages__list" id="fp-source-list">
                { for (0..count).map(|i| source_row(ctx, i)) }
            </ol>
            <button type="button" id="fp-source-add" class="fp-btn fp-btn--ghost" onclick={on_add}
                disabled={count >= MAX_SOURCES}>
                { lang.pick("+ Ajouter une source", "+ Add a source") }
            </button>
        </>
    }
}

/// The error on the list (shares not at 100 %, amounts not the goal), with what they add up to.
fn parts_message(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(reason) = ctx.outcome.error_at("sources") else { return Html::default() };
    let sources = &ctx.state.plan.sources;
    let total = |pick: fn(&GoalShare) -> Option<Decimal>| {
        sources.iter().filter_map(|s| pick(&s.share)).try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
    };
    let detail = match reason {
        Reason::SharesNotHundred => total(|s| match s {
            GoalShare::Share(v) => Some(*v),
            GoalShare::Amount(_) => None,
        })
        .map(|sum| {
            fill(lang.pick("Elles font {} aujourd'hui.", "They add up to {} now."), &[&ctx.percent(sum)])
        }),
        Reason::AmountsNotGoal => total(|s| match s {
            GoalShare::Amount(v) => Some(*v),
            GoalShare::Share(_) => None,
        })
        .map(|sum| fill(lang.pick("Ils font {} aujourd'hui.", "They add up to {} now."), &[&ctx.money(sum)])),
        _ => None,
    };
    html! {
        <p id="fp-sources-error" class="fp-field__error" role="alert">
            { lang.reason(reason) }
            if let Some(detail) = detail {
                { " " }{ detail }
            }
        </p>
    }
}
