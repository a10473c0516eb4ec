//! Actual against planned conversion rates between consecutive tracked stages, with the
//! customers each gap costs; the bottleneck's row is highlighted.

use super::team_name;
use crate::app::ctx::Ctx;
use crate::app::widgets::data_table;
use crate::engine::tracking::TrackingReport;
use yew::prelude::*;

pub fn transition_table(ctx: &Ctx, report: &TrackingReport) -> Html {
    let lang = ctx.lang();
    if report.transitions.is_empty() {
        return Html::default();
    }
    let worst = report.bottleneck.as_ref().map(|b| b.transition);
    let rows = report.transitions.iter().enumerate().map(|(i, t)| {
        let below = t.actual_rate.is_some_and(|a| a < t.planned_rate);
        html! {
            <tr class={(worst == Some(i)).then_some("fp-row--worst")}>
                <th scope="row">{ format!("{} → {}", t.from, t.to) }</th>
                <td>{ team_name(lang, t.owner) }</td>
                <td class="fp-num">{ ctx.percent(t.planned_rate) }</td>
                <td class={if below { "fp-num fp-low" } else { "fp-num" }}>
                    { t.actual_rate.map_or_else(|| "—".to_string(), |r| ctx.percent(r)) }
                    if below {
                        <span class="fp-visually-hidden">{ lang.pick(" (sous le plan)", " (below plan)") }</span>
                    }
                </td>
                <td class="fp-num">{ ctx.decimal(t.customers_lost, 1) }</td>
            </tr>
        }
    });
    let caption = lang.pick("Conversions réelles face aux prévues", "Actual against planned conversion");
    html! {
        <>
            { data_table(caption, None, caption, &[(lang.pick("Passage", "Conversion"), false), (lang.pick("Responsable", "Owner"), false), (lang.pick("Taux prévu", "Planned rate"), true), (lang.pick("Taux réel", "Actual rate"), true), (lang.pick("Clients perdus", "Customers lost"), true)], rows.collect()) }
            <p class="fp-figure__how">{ lang.pick(
                "Taux réel = réel à l'étape d'arrivée ÷ réel à l'étape de départ. Clients perdus = projection de départ × (taux prévu − taux réel) × taux jusqu'au client.",
                "Actual rate = actual at the next stage ÷ actual at this one. Customers lost = projected volume × (planned − actual rate) × rate to customer.") }</p>
        </>
    }
}
