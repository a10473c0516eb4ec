//! Histogram of customers reached across simulations, hand-drawn in SVG, with the customers
//! needed marked; a data table holds the same bars for screen readers and keyboards.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{card, data_table, num, row};
use crate::engine::risk::HistogramBin;
use crate::engine::risk::RiskReport;
use crate::engine::Decimal;
use yew::prelude::*;

const W: f64 = 400.0;
const H: f64 = 160.0;

pub fn histogram_card(ctx: &Ctx, risk: Option<&RiskReport>) -> Html {
    let lang = ctx.lang();
    let Some(risk) = risk else { return html! {} };
    let bins: &[HistogramBin] = &risk.histogram;
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else { return html! {} };
    let top = bins.iter().map(|b| b.trials).max().unwrap_or(1).max(1) as f64;
    let span = (last.to + 1 - first.from) as f64;
    let width = W / bins.len() as f64;
    let goal = risk.customers_needed;
    let bars = bins.iter().enumerate().map(|(i, b)| {
        let h = f64::from(b.trials) / top * H;
        let class = if b.from >= goal { "fp-risk__bar fp-risk__bar--hit" } else { "fp-risk__bar" };
        html! { <rect class={class} x={format!("{:.1}", i as f64 * width + 0.5)} y={format!("{:.1}", H - h)}
        width={format!("{:.1}", (width - 1.0).max(0.5))} height={format!("{h:.1}")} /> }
    });
    let goal_x = ((goal.saturating_sub(first.from)) as f64 / span * W).clamp(0.0, W);
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
    html! {
        { card("fp-card", "fp-risk-hist-title", lang.pick("Clients obtenus : toutes les issues", "Customers reached: every outcome"), html! {
            <>
                <svg class="fp-risk__hist" viewBox={format!("0 -14 {W} {}", H + 30.0)} role="img" aria-labelledby="fp-risk-hist-svg-title">
                    <title id="fp-risk-hist-svg-title">{ title }</title>
                    { for bars }
                    <line class="fp-risk__goal" x1={format!("{goal_x:.1}")} x2={format!("{goal_x:.1}")} y1="-4" y2={format!("{H}")} />
                    <text class="fp-risk__goal-label" x={format!("{:.1}", goal_x.min(W - 4.0))} y="-5"
                        text-anchor={if goal_x > W / 2.0 { "end" } else { "start" }}>
                        { format!("{} {}", lang.pick("Objectif", "Goal"), ctx.count(goal)) }
                    </text>
                    <text class="fp-risk__axis" x="0" y={format!("{}", H + 14.0)}>{ ctx.count(first.from) }</text>
                    <text class="fp-risk__axis" x={format!("{W}")} y={format!("{}", H + 14.0)} text-anchor="end">{ ctx.count(last.to) }</text>
                </svg>
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
