//! The card of customers reached across simulations: the histogram (drawn in
//! `charts/histogram.rs`), how to read it, and a data table holding the same bars.

use crate::app::charts::histogram::{histogram, Bin, HistogramProps};
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{card, data_table, num, row};
use crate::engine::risk::HistogramBin;
use crate::engine::risk::RiskReport;
use crate::engine::Decimal;
use yew::prelude::*;

pub fn histogram_card(ctx: &Ctx, risk: Option<&RiskReport>) -> Html {
    let lang = ctx.lang();
    let Some(risk) = risk else { return html! {} };
    let bins: &[HistogramBin] = &risk.histogram;
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else { return html! {} };
    let goal = risk.customers_needed;
    let title = fill(
        lang.pick(
            "Clients obtenus dans {} simulations, de {} à {} ; objectif {} clients, atteint dans {} des cas.",
            "Customers reached in {} simulations, from {} to {}; goal {} customers, reached in {} of them.",
        ),
        &[
            &ctx.count(u64::from(risk.trials)),
            &ctx.count(first.from),
            &ctx.count(last.to),
            &ctx.count(goal),
            &ctx.percent(risk.p_hit.round_to(3)),
        ],
    );
    let share = |t: u32| {
        Decimal::from_count(i128::from(t))
            .and_then(|n| n.checked_div(Decimal::from_int(i64::from(risk.trials.max(1)))))
            .unwrap_or(Decimal::ZERO)
    };
    let rows = bins.iter().map(|b| {
        let range = if b.from == b.to {
            ctx.count(b.from)
        } else {
            format!("{} – {}", ctx.count(b.from), ctx.count(b.to))
        };
        row(
            range.into(),
            vec![
                num(ctx.count(u64::from(b.trials)).into()),
                num(ctx.percent(share(b.trials).round_to(3)).into()),
            ],
        )
    });
    let chart = HistogramProps {
        bins: bins.iter().map(|b| Bin { from: b.from, to: b.to, trials: b.trials }).collect(),
        goal,
        title: title.into(),
        goal_label: format!("{} {}", lang.pick("Objectif", "Goal"), ctx.count(goal)).into(),
        first_label: ctx.count(first.from).into(),
        last_label: ctx.count(last.to).into(),
    };
    html! {
        { card("fp-card", "fp-risk-hist-title", lang.pick("Clients obtenus : toutes les issues", "Customers reached: every outcome"), html! {
            <>
                { histogram(&chart) }
                <p class="fp-figure__how">
                    { lang.pick(
                        "Chaque barre compte les simulations qui finissent avec ce nombre de clients ; en couleur, celles qui atteignent l'objectif.",
                        "Each bar counts the simulations ending with that many customers; coloured ones reach the goal.",
                    ) }
                </p>
                <details class="fp-risk__data">
                    <summary>{ lang.pick("Données de l'histogramme", "Histogram data") }</summary>
                    { data_table(lang.pick("Données de l'histogramme", "Histogram data"), Some("fp-risk-hist-table"), lang.pick("Simulations par nombre de clients obtenus", "Simulations by customers reached"), &[(lang.pick("Clients", "Customers"), false), (lang.pick("Simulations", "Simulations"), true), (lang.pick("Part", "Share"), true)], rows.collect()) }
                </details>
            </>
        }) }
    }
}
