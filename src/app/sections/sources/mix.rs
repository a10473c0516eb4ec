//! The mix question: the cheapest whole-customer mix next to the current one, what it saves,
//! whether it fits the budget, and one click to adopt it (undoable from the notice).

use crate::app::ctx::Ctx;
use crate::app::widgets::{data_table, figure, figure_note, num, row};
use crate::engine::sources::optimise::Proof;
use crate::i18n::sources::default_source_name;
use crate::state::Action;
use yew::prelude::*;

pub fn mix_results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return Html::default() };
    let Some(mix) = report.sources.mix.as_ref() else {
        return html! {
            <p class="fp-hint" id="fp-mix-none">{ lang.pick(
                "Avec au moins deux sources chiffrées (un coût par prospect ou par étape, le leur ou celui du budget), le planificateur cherche le mix qui atteint l'objectif au moindre coût.",
                "With two or more costed sources (a cost per lead or per stage, their own or the budget's), the planner finds the mix that reaches the goal at the lowest cost.",
            ) }</p>
        };
    };
    let rows =
        report.sources.sources.iter().zip(&mix.customers).zip(&mix.revenue).map(|((s, best), revenue)| {
            let name = if s.name.trim().is_empty() {
                default_source_name(lang).to_string()
            } else {
                s.name.trim().to_string()
            };
            row(
                name.into(),
                vec![
                    num(ctx.count(s.customers).into()),
                    num(ctx.count(*best).into()),
                    num(ctx.money(*revenue).into()),
                ],
            )
        });
    let budget_note = mix.within_budget.map(|fits| {
        AttrValue::from(if fits {
            lang.pick("Dans le budget annuel.", "Within the yearly budget.")
        } else {
            lang.pick("Au-delà du budget annuel.", "Above the yearly budget.")
        })
    });
    let proof = match mix.proof {
        Some(Proof::WholeCustomers) => lang.pick(
            "Recherche exacte : aucun mix en clients entiers dans les maxima ne coûte moins.",
            "Exact search: no mix of whole customers within the maxima costs less.",
        ),
        Some(Proof::WholePercent) => lang.pick(
            "Exact au pourcent près : aucun partage de l'objectif en pourcentages entiers dans les maxima ne coûte moins (la recherche client par client s'est arrêtée avant sa preuve).",
            "Exact to the percent: no split of the goal in whole percentages within the maxima costs less (the customer-by-customer search stopped before its proof).",
        ),
        None => lang.pick(
            "Recherche arrêtée avant la preuve : le meilleur mix trouvé.",
            "Search stopped before a proof: the best mix found.",
        ),
    };
    let on_adopt = ctx.dispatch.reform(|_: MouseEvent| Action::AdoptMix);
    let nothing_to_save = mix.saving.is_zero();
    html! {
        <>
            <div class="fp-figures fp-figures--grid">
                { figure("fp-mix-current-cost", lang.pick("Coût du mix actuel", "Current mix's cost"), ctx.money(mix.current_cost),
                    lang.pick("Les personnes de chaque source × leurs coûts.", "Each source's people × their costs.")) }
                { figure_note("fp-mix-cost", lang.pick("Coût du mix le moins cher", "Cheapest mix's cost"), ctx.money(mix.cost), proof, budget_note) }
                { figure("fp-mix-saving", lang.pick("Économie", "Saving"), ctx.money(mix.saving),
                    lang.pick("Coût actuel − coût du mix le moins cher.", "Current cost − the cheapest mix's cost.")) }
            </div>
            { data_table(
                lang.pick("Mix actuel et mix le moins cher", "Current and cheapest mix"),
                Some("fp-mix-table"),
                lang.pick("Clients par source : aujourd'hui et dans le mix le moins cher.", "Customers per source: now and in the cheapest mix."),
                &[
                    (lang.pick("Source", "Source"), false),
                    (lang.pick("Clients, actuel", "Customers now"), true),
                    (lang.pick("Clients, moins cher", "Cheapest"), true),
                    (lang.pick("CA, moins cher", "Its revenue"), true),
                ],
                html! { <>{ for rows }</> },
            ) }
            <p class="fp-actions">
                <button type="button" id="fp-mix-adopt" class="fp-btn" onclick={on_adopt} disabled={nothing_to_save || ctx.outcome.stale}>
                    { lang.pick("Adopter ce mix", "Adopt this mix") }
                </button>
            </p>
            if nothing_to_save {
                <p class="fp-hint">{ lang.pick("Le mix actuel est déjà le moins cher.", "The current mix is already the cheapest.") }</p>
            }
        </>
    }
}
