//! Plan vs actual per source, to date, from the engine's `report.actuals.sources` (only the
//! plan's sources with counts recorded for them): each stage's actual / plan to date, and the
//! pace at the deepest stage that source recorded.

use crate::app::ctx::Ctx;
use crate::app::widgets::{fill, num, table};
use crate::engine::actuals::SourcePace;
use crate::monthly_text::words::pace_status;
use yew::prelude::*;

pub fn by_source(ctx: &Ctx) -> Html {
    let Some(list) = ctx.report().and_then(|r| r.actuals.as_ref()).map(|a| &a.sources) else {
        return html! {};
    };
    let Some(first) = list.first() else { return html! {} };
    let lang = ctx.lang();
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Source", "Source") }</th>
            { for first.months.stages.iter().map(|s| html! { <th scope="col" class="fp-num">{ &s.name }</th> }) }
            <th scope="col">{ lang.pick("Rythme", "Pace") }</th>
        </tr>
    };
    let rows = list.iter().map(|s| row(ctx, s));
    html! {
        <div id="fp-monthly-sources">
            <h3 class="fp-subtitle">{ lang.pick("Par source, à ce jour", "By source, to date") }</h3>
            { table(lang.pick("Prévu et réalisé par source", "Plan vs actual per source"), Some("fp-monthly-sources-table"),
                lang.pick("Réalisé / prévu à ce jour, chaque source face à son propre plan (— : pas de données)",
                    "Actual / plan to date, each source against its own plan (—: no data)"),
                head, html! { <tbody>{ for rows }</tbody> }) }
        </div>
    }
}

fn row(ctx: &Ctx, s: &SourcePace) -> Html {
    let lang = ctx.lang();
    let cells = s.months.stages.iter().map(|st| {
        let text = if st.periods_recorded > 0 {
            fill("{} / {}", &[&ctx.count(st.actual_to_date), &ctx.count(st.planned_to_date)])
        } else {
            "—".to_string()
        };
        num(text.into())
    });
    let pace = s.months.overall_stage.and_then(|i| s.months.stages.get(i)).map(|st| {
        let share = st.pace.map(|p| ctx.percent(p.round_to(2))).unwrap_or_else(|| "—".into());
        let status = st.status.map(|x| pace_status(x, lang).to_string()).unwrap_or_else(|| "—".into());
        format!("{} ({share}, {status})", st.name)
    });
    html! {
        <tr>
            <th scope="row">{ &s.source }</th>
            { for cells }
            <td>{ pace.unwrap_or_else(|| "—".into()) }</td>
        </tr>
    }
}
