//! The goal inputs: revenue goal, average deal size, revenue sources with the split they give,
//! and the funnel mode switch (full funnel or one overall lead → customer rate).

use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::inputs_card;
use crate::engine::funnel::FunnelMode;
use crate::engine::time::periods::Horizon;
use crate::i18n::Text;
use crate::state::edits::Edit;
use crate::state::{Action, DEAL_SIZE, GOAL, RATE};
use yew::prelude::*;

pub fn goal_inputs(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let simple = ctx.state.plan.funnel.mode == FunnelMode::Simple;
    let on_mode = ctx.dispatch.reform(move |_| {
        Action::Edit(Edit::SetFunnelMode(if simple { FunnelMode::Stages } else { FunnelMode::Simple }))
    });
    let goal_help = match ctx.state.plan.periods.horizon {
        Horizon::Year => lang.t(Text::GoalHelp),
        Horizon::Quarter => {
            lang.pick("Le revenu à atteindre sur le trimestre.", "The revenue to reach over the quarter.")
        }
        Horizon::Month => {
            lang.pick("Le revenu à atteindre sur le mois.", "The revenue to reach over the month.")
        }
    };
    html! {
        { inputs_card("fp-inputs-title", lang.t(Text::InputsHeading), html! {
            <>
                { ctx.number(GOAL, lang.t(Text::GoalLabel), goal_help) }
                { ctx.number(DEAL_SIZE, lang.t(Text::DealSizeLabel), lang.t(Text::DealSizeHelp)) }
                <h3 class="fp-subtitle">{ lang.pick("Sources de revenu", "Revenue sources") }</h3>
                { ctx.fields(&[
                    Field { path: "revenue.current_recurring_revenue", label: ["Revenu récurrent des clients actuels", "Recurring revenue from current customers"], help: ["Ce que vos clients d'aujourd'hui paient sur la même période ; 0 si vous partez de zéro.", "What today's customers pay over the same period; 0 if you start from scratch."] },
                    Field { path: "revenue.net_revenue_retention", label: ["Rétention nette du revenu (NRR)", "Net revenue retention (NRR)"], help: ["Renouvellements + ventes additionnelles − pertes ; 100 % = ils paient autant qu'aujourd'hui.", "Renewals + expansion − churn; 100 % = they keep paying what they pay today."] },
                ]) }
                { revenue_split_view(ctx) }
                <h3 class="fp-subtitle">{ lang.pick("Entonnoir", "Funnel") }</h3>
                <label class="fp-check">
                    <input type="checkbox" checked={simple} onchange={on_mode} />
                    { lang.pick("Un seul taux global (prospect → client)", "One overall rate (lead → customer)") }
                </label>
                <p class="fp-field__help fp-mode-help">
                    { lang.pick(
                        "Décoché : une étape par ligne, chacune avec son taux. Vos saisies sont gardées dans les deux modes.",
                        "Unchecked: one row per stage, each with its rate. What you type is kept in both modes.",
                    ) }
                </p>
                if simple {
                    { ctx.number(RATE, lang.t(Text::RateLabel), lang.t(Text::RateHelp)) }
                }
            </>
        }) }
    }
}

/// How the goal splits between existing customers and new business (from the report).
fn revenue_split_view(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return html! {} };
    let split = &report.revenue;
    html! {
        <div class="fp-split" aria-live="polite">
            <dl class="fp-split__list">
                <div class="fp-split__item">
                    <dt>{ lang.pick("Venant des clients actuels", "From existing customers") }</dt>
                    <dd id="fp-split-existing">{ ctx.money(split.from_existing) }</dd>
                </div>
                <div class="fp-split__item">
                    <dt>{ lang.pick("Objectif en nouveaux clients", "New-business goal") }</dt>
                    <dd id="fp-split-new">{ ctx.money(split.new_business_goal) }</dd>
                </div>
            </dl>
            <p class="fp-figure__how">
                { lang.pick(
                    "Clients actuels = revenu récurrent × rétention nette ; nouveaux clients = objectif − clients actuels (jamais moins de 0).",
                    "Existing = recurring revenue × net retention; new business = goal − existing (never below 0).",
                ) }
            </p>
            if split.covered_by_existing {
                <p class="fp-split__covered" role="status">
                    { lang.pick(
                        "Vos clients actuels couvrent déjà l'objectif : aucun nouveau client n'est nécessaire.",
                        "Your existing customers already cover the goal: no new customer is needed.",
                    ) }
                </p>
            }
        </div>
    }
}
