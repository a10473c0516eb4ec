//! Plan vs actual week by week, from the engine's `report.actuals.weeks` (only once a week is
//! recorded): the pace to date at the deepest stage recorded, and a table of the weeks up to
//! the last one recorded (actual / plan per stage, and to date).

use super::results::{cell_text, pace_class};
use crate::app::ctx::Ctx;
use crate::app::widgets::{fill, num, table};
use crate::engine::actuals::pace::PaceReport;
use crate::monthly_text::words::pace_status;
use yew::prelude::*;

pub fn weekly(ctx: &Ctx) -> Html {
    let Some(w) = ctx.report().and_then(|r| r.actuals.as_ref()?.weeks.as_ref()) else { return html! {} };
    let lang = ctx.lang();
    html! {
        <div id="fp-weekly">
            <h3 class="fp-subtitle">{ lang.pick("Semaine par semaine", "Week by week") }</h3>
            { headline(ctx, w) }
            { week_table(ctx, w) }
        </div>
    }
}

fn headline(ctx: &Ctx, w: &PaceReport) -> Html {
    let lang = ctx.lang();
    let Some(s) = w.overall_stage.and_then(|i| w.stages.get(i)) else { return html! {} };
    let pace = s.pace.map(|p| ctx.percent(p.round_to(2))).unwrap_or_else(|| "—".into());
    let status = s.status.map(|x| pace_status(x, lang).to_string()).unwrap_or_else(|| "—".into());
    let text = fill(
        lang.pick("Rythme des semaines ({}) : {} du prévu, {}.", "Weekly pace ({}): {} of plan, {}."),
        &[&s.name, &pace, &status],
    );
    html! { <p id="fp-weekly-pace" class={pace_class(s.status)}><strong>{ text }</strong></p> }
}

fn week_table(ctx: &Ctx, w: &PaceReport) -> Html {
    let lang = ctx.lang();
    let last = w.last_recorded.unwrap_or(0) as usize;
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Semaine", "Week") }</th>
            { for w.stages.iter().map(|s| html! { <th scope="col" class="fp-num">{ &s.name }</th> }) }
        </tr>
    };
    let rows = w.periods.iter().take(last).map(|p| {
        let cells = p.stages.iter().map(|c| num(cell_text(ctx, c).into()));
        html! {
            <tr class={(!p.has_data).then_some("fp-row--nodata")}>
                <th scope="row">{ format!("{} {}", lang.pick("Semaine", "Week"), p.period) }</th>
                { for cells }
            </tr>
        }
    });
    table(
        lang.pick("Prévu et réalisé par semaine", "Plan vs actual per week"),
        Some("fp-weekly-table"),
        lang.pick(
            "Réalisé / prévu par semaine et à ce jour (— : pas de données)",
            "Actual / plan per week and to date (—: no data)",
        ),
        head,
        html! { <tbody>{ for rows }</tbody> },
    )
}
