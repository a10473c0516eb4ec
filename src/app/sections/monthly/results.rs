//! Plan vs actual from the engine's `report.actuals.months`: the chart and table per month
//! (with each month's bottleneck), each stage to date (pace, run-rate and lag-aware
//! projections), each team's gap in its own units and what next month must bring.

use super::month_label;
use crate::app::charts::plan_actual::{plan_actual, PlanActualProps};
use crate::app::ctx::Ctx;
use crate::app::sections::tracking::team_name;
use crate::app::widgets::{data_table, fill, num, row, table};
use crate::engine::actuals::pace::{PaceReport, TeamGap};
use crate::engine::actuals::rows::PeriodCell;
use crate::engine::tracking::PaceStatus;
use crate::monthly_text::words::pace_status;
use yew::prelude::*;

fn status_text(ctx: &Ctx, status: Option<PaceStatus>) -> String {
    status.map(|s| pace_status(s, ctx.lang()).to_string()).unwrap_or_else(|| "—".into())
}

pub fn results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(months) = ctx.report().and_then(|r| r.actuals.as_ref()).map(|a| &a.months) else {
        return html! { <p id="fp-monthly-empty">{ lang.pick(
        "Saisissez un mois, collez une plage ou importez un export CRM : le prévu et le réalisé s'afficheront ici.",
        "Type a month, paste a range or import a CRM export: plan vs actual shows here.") }</p> };
    };
    html! {
        <>
            { headline(ctx, months) }
            { chart(ctx, months) }
            { month_table(ctx, months) }
            { stage_table(ctx, months) }
            { gaps(ctx, months) }
            { next_month(ctx, months) }
            { super::by_source::by_source(ctx) }
            { super::weekly::weekly(ctx) }
        </>
    }
}

fn headline(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let Some(s) = m.overall_stage.and_then(|i| m.stages.get(i)) else { return html! {} };
    let pace = s.pace.map(|p| ctx.percent(p.round_to(2))).unwrap_or_else(|| "—".into());
    let text = fill(
        lang.pick("Rythme à ce jour ({}) : {} du prévu, {}.", "Pace to date ({}): {} of plan, {}."),
        &[&s.name, &pace, &status_text(ctx, s.status)],
    );
    html! { <p id="fp-monthly-pace" class={pace_class(s.status)}><strong>{ text }</strong></p> }
}

/// The pace line's class: behind in the danger colour.
pub fn pace_class(status: Option<PaceStatus>) -> &'static str {
    match status {
        Some(PaceStatus::Behind) => "fp-pace fp-pace--behind",
        Some(PaceStatus::Ahead) => "fp-pace fp-pace--ahead",
        _ => "fp-pace",
    }
}

fn chart(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let Some(s) = m.overall_stage else { return html! {} };
    let name = m.stages.get(s).map_or("", |x| x.name.as_str());
    let cells: Vec<_> = m.periods.iter().filter_map(|p| p.stages.get(s)).collect();
    let tips = m
        .periods
        .iter()
        .zip(&cells)
        .map(|(p, c)| {
            let actual = c
                .actual
                .map(|a| ctx.count(a))
                .unwrap_or_else(|| lang.pick("pas de données", "no data").into());
            AttrValue::from(fill(
                lang.pick("{} : {} sur {} prévus", "{}: {} of {} planned"),
                &[&month_label(plan, p.period, lang), &actual, &ctx.count(c.planned)],
            ))
        })
        .collect();
    plan_actual(&PlanActualProps {
        id: "fp-plan-actual".into(),
        title: fill(lang.pick("{} : prévu et réalisé par mois et en cumul", "{}: plan vs actual per month and to date"), &[name]).into(),
        caption: fill(lang.pick("{} — lignes : cumul prévu (pointillés) et réalisé ; barres : chaque mois, prévu (clair) et réalisé.",
            "{} — lines: running plan (dashed) and actual; bars: each month, plan (light) and actual."), &[name]).into(),
        planned: cells.iter().map(|c| c.planned).collect(),
        actual: cells.iter().map(|c| c.actual).collect(),
        cumulative_planned: cells.iter().map(|c| c.cumulative_planned).collect(),
        cumulative_actual: cells.iter().map(|c| c.cumulative_actual).collect(),
        months: m.periods.iter().map(|p| AttrValue::from(p.period.to_string())).collect(),
        tips,
        described_by: Some("fp-monthly-table".into()),
    })
}

/// A period's cell, months and weeks alike: actual / plan and the running totals, or "— / plan"
/// with no data.
pub fn cell_text(ctx: &Ctx, c: &PeriodCell) -> String {
    let lang = ctx.lang();
    match (c.actual, c.cumulative_actual) {
        (Some(a), Some(cum)) => fill(
            lang.pick("{} / {} (cumul {} / {})", "{} / {} (to date {} / {})"),
            &[&ctx.count(a), &ctx.count(c.planned), &ctx.count(cum), &ctx.count(c.cumulative_planned)],
        ),
        _ => fill("— / {}", &[&ctx.count(c.planned)]),
    }
}

fn month_table(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.plan;
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Mois", "Month") }</th>
            { for m.stages.iter().map(|s| html! { <th scope="col" class="fp-num">{ &s.name }</th> }) }
            <th scope="col">{ lang.pick("Goulot du mois", "Bottleneck") }</th>
        </tr>
    };
    let rows = m.periods.iter().map(|p| {
        let cells = p.stages.iter().map(|c| num(cell_text(ctx, c).into()));
        let bottleneck = p.bottleneck.as_ref().map(|b| {
            let from = m.stages.get(b.from_stage).map_or("", |s| s.name.as_str());
            fill(
                lang.pick("{} → {} ({}) : {} manquants", "{} → {} ({}): {} short"),
                &[from, &b.unit, team_name(lang, b.owner), &ctx.count(b.owed)],
            )
        });
        html! {
            <tr class={(!p.has_data).then_some("fp-row--nodata")}>
                <th scope="row">{ month_label(plan, p.period, lang) }</th>
                { for cells }
                <td>{ bottleneck.unwrap_or_default() }</td>
            </tr>
        }
    });
    table(
        lang.pick("Prévu et réalisé par mois", "Plan vs actual per month"),
        Some("fp-monthly-table"),
        lang.pick(
            "Réalisé / prévu par mois et en cumul (— : pas de données)",
            "Actual / plan per month and to date (—: no data)",
        ),
        head,
        html! { <tbody>{ for rows }</tbody> },
    )
}

fn stage_table(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let cols = [
        (lang.pick("Étape", "Stage"), false),
        (lang.pick("Équipe", "Team"), false),
        (lang.pick("Prévu à ce jour", "Plan to date"), true),
        (lang.pick("Réalisé", "Actual"), true),
        (lang.pick("Rythme", "Pace"), true),
        (lang.pick("État", "Status"), false),
        (lang.pick("Projection (rythme actuel)", "Projection (run rate)"), true),
        (lang.pick("Dont à temps pour signer", "Of which in time to close"), true),
        (lang.pick("Prévu sur l'horizon", "Plan for the horizon"), true),
    ];
    let rows = m.stages.iter().map(|s| {
        let dash = || AttrValue::from("—");
        let in_time = s.in_time.as_ref().map(|t| {
            fill(
                lang.pick("{} ({} clients)", "{} ({} customers)"),
                &[&ctx.count(t.projected), &ctx.count(t.customers)],
            )
        });
        row(
            s.name.clone().into(),
            vec![
                html! { <td>{ team_name(lang, s.team) }</td> },
                num(if s.periods_recorded > 0 { ctx.count(s.planned_to_date).into() } else { dash() }),
                num(if s.periods_recorded > 0 { ctx.count(s.actual_to_date).into() } else { dash() }),
                num(s.pace.map(|p| AttrValue::from(ctx.percent(p.round_to(2)))).unwrap_or_else(dash)),
                html! { <td>{ status_text(ctx, s.status) }</td> },
                num(s.projected.map(|p| AttrValue::from(ctx.count(p))).unwrap_or_else(dash)),
                num(in_time.map(AttrValue::from).unwrap_or_else(dash)),
                num(ctx.count(s.planned_total).into()),
            ],
        )
    });
    data_table(
        lang.pick("Chaque étape à ce jour", "Each stage to date"),
        Some("fp-monthly-stages"),
        lang.pick(
            "Chaque étape à ce jour : rythme et projection en fin d'horizon",
            "Each stage to date: pace and projection to the end of the horizon",
        ),
        &cols,
        rows.collect::<Html>(),
    )
}

fn gap_line(ctx: &Ctx, g: &TeamGap) -> String {
    let lang = ctx.lang();
    let team = team_name(lang, g.team);
    if g.shortfall > 0 {
        fill(
            lang.pick("{} : {} {} de retard à ce jour.", "{}: {} {} short to date."),
            &[team, &ctx.count(g.shortfall), &g.name],
        )
    } else if g.surplus > 0 {
        fill(
            lang.pick("{} : {} {} d'avance à ce jour.", "{}: {} {} ahead to date."),
            &[team, &ctx.count(g.surplus), &g.name],
        )
    } else {
        fill(lang.pick("{} : au niveau du plan ({}).", "{}: on plan ({})."), &[team, &g.name])
    }
}

fn gaps(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let lines: Vec<String> =
        [&m.marketing, &m.sales].into_iter().flatten().map(|g| gap_line(ctx, g)).collect();
    html! {
        <>
            <h3 class="fp-subtitle">{ lang.pick("L'écart de chaque équipe, dans ses unités", "Each team's gap, in its own units") }</h3>
            <ul id="fp-monthly-gaps">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </>
    }
}

fn next_month(ctx: &Ctx, m: &PaceReport) -> Html {
    let lang = ctx.lang();
    let lines: Vec<String> = m
        .stages
        .iter()
        .filter(|s| s.shortfall > 0)
        .filter_map(|s| {
            let (needed, planned) = (s.next_needed?, s.next_planned?);
            let finish = s.per_period_to_finish.map(|f| ctx.count(f)).unwrap_or_else(|| "—".into());
            Some(fill(lang.pick(
                "{} : {} le mois prochain pour rattraper (prévu {} + {} de retard), ou {} par mois jusqu'à la fin.",
                "{}: {} next month to catch up (plan {} + {} short), or {} a month to the end."),
                &[&s.name, &ctx.count(needed), &ctx.count(planned), &ctx.count(s.shortfall), &finish]))
        })
        .collect();
    html! {
        <>
            <h3 class="fp-subtitle">{ lang.pick("Ce qui doit changer le mois prochain", "What must change next month") }</h3>
            <ul id="fp-monthly-next">
                if lines.is_empty() {
                    <li>{ lang.pick("Rien à rattraper : aucune étape n'est en retard.", "Nothing to catch up: no stage is behind.") }</li>
                }
                { for lines.iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
        </>
    }
}
