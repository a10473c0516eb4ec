//! The fit × interest grid (seed 003) as a real table: rows good / poor fit, columns high / low
//! interest; each cell holds its leads, conversion rate, routing and expected customers.

use super::routing::routing_select;
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::scoring::{Fit, Interest};
use crate::i18n::Lang;
use crate::state::edits::Edit;
use crate::state::Action;
use yew::prelude::*;

fn fit_name(lang: Lang, fit: Fit) -> &'static str {
    match fit {
        Fit::Good => lang.pick("Bonne adéquation", "Good fit"),
        Fit::Poor => lang.pick("Faible adéquation", "Poor fit"),
    }
}

fn interest_name(lang: Lang, interest: Interest) -> &'static str {
    match interest {
        Interest::High => lang.pick("Intérêt élevé", "High interest"),
        Interest::Low => lang.pick("Intérêt faible", "Low interest"),
    }
}

/// One cell's inputs and its expected customers.
fn cell(ctx: &Ctx, fit: Fit, interest: Interest) -> Html {
    let lang = ctx.lang();
    let cells = &ctx.state.plan.scoring.cells;
    let Some(i) = cells.iter().position(|c| c.fit == fit && c.interest == interest) else {
        return html! { <td>{ "—" }</td> };
    };
    let Some(plan_cell) = cells.get(i) else { return Html::default() };
    let which =
        format!("{}, {}", fit_name(lang, fit), crate::i18n::case::lower(interest_name(lang, interest)));
    let leads_label = fill(lang.pick("Prospects ({})", "Leads ({})"), &[&which]);
    let rate_label = fill(lang.pick("Taux de conversion ({})", "Conversion rate ({})"), &[&which]);
    let routing_label = fill(lang.pick("Orientation ({})", "Routing ({})"), &[&which]);
    let on_change = ctx.dispatch.reform(move |r| Action::Edit(Edit::SetRouting(i, r)));
    let expected = ctx.report().and_then(|r| r.scoring.as_ref()).and_then(|s| s.cells.get(i));
    html! {
        <td class="fp-grid-cell">
            { ctx.bound_number(&format!("scoring.cells.{i}.leads"), leads_label.into(),
                lang.pick("Prospects de cette case sur l'horizon.", "This cell's leads over the horizon.").into()) }
            { ctx.bound_number(&format!("scoring.cells.{i}.rate"), rate_label.into(),
                lang.pick("Taux prospect → client de cette case.", "Lead → customer rate of this cell.").into()) }
            { routing_select(format!("fp-scoring-routing-{i}"), routing_label, lang, plan_cell.routing, &on_change) }
            if let Some(out) = expected {
                <p class="fp-grid-cell__out">
                    <span class="fp-grid-cell__label">{ lang.pick("Clients attendus : ", "Expected customers: ") }</span>
                    <output id={format!("fp-scoring-expected-{i}")} class="fp-grid-cell__value">
                        { ctx.decimal(out.expected_customers, 1) }
                    </output>
                </p>
            }
        </td>
    }
}

pub fn scoring_grid(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let caption = lang.pick("Grille adéquation × intérêt", "Fit × interest grid");
    let row = |fit: Fit| {
        html! {
            <tr>
                <th scope="row">{ fit_name(lang, fit) }</th>
                { cell(ctx, fit, Interest::High) }
                { cell(ctx, fit, Interest::Low) }
            </tr>
        }
    };
    html! {
        <>
            <div class="fp-table-wrap" role="region" aria-label={caption} tabindex="0">
                <table class="fp-table fp-grid">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{ interest_name(lang, Interest::High) }</th>
                            <th scope="col">{ interest_name(lang, Interest::Low) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { row(Fit::Good) }
                        { row(Fit::Poor) }
                    </tbody>
                </table>
            </div>
            <p class="fp-figure__how">{ lang.pick(
                "Clients attendus = prospects × taux de conversion de la case. Adéquation : le prospect ressemble-t-il au client idéal ? Intérêt : s'engage-t-il ?",
                "Expected customers = the cell's leads × its conversion rate. Fit: does the lead match the ideal customer? Interest: is the lead engaged?") }</p>
        </>
    }
}
