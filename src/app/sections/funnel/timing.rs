//! When each stage's volume has to happen: the monthly timeline (seasonality moved earlier by
//! each stage's sales-cycle lag), the pipeline that must already exist on day one, and the
//! same figures as a table (a plan of more than `long_plan::DRAWN` stages has its first strips
//! drawn, and its table drawn when opened).

use super::long_plan::{cut_note, is_long, OnOpen, DRAWN};
use super::words;
use crate::app::charts::timeline::{timeline, Series, TimelineProps};
use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::app::widgets::{card, heads, table, tbody};
use crate::engine::funnel::Team;
use std::rc::Rc;
use yew::prelude::*;

pub fn timeline_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return html! {} };
    let Some(timing) = report.timing.as_ref() else {
        return html! {};
    };
    let months = timing.first().map_or(0, |t| t.by_month.len());
    let month_names: Vec<AttrValue> =
        (0..months).map(|m| AttrValue::from(words::month_short(lang, m))).collect();
    // Twelve columns leave room for an initial only; tooltips and the table give full names.
    let ticks: Vec<AttrValue> = if months > 6 {
        month_names
            .iter()
            .map(|m| AttrValue::from(crate::i18n::case::upper(&m.chars().take(1).collect::<String>())))
            .collect()
    } else {
        month_names.clone()
    };
    let series: Vec<Series> = report
        .stages
        .iter()
        .zip(timing)
        .take(DRAWN)
        .map(|(stage, t)| {
            let peak = t.by_month.iter().copied().max().unwrap_or(0);
            let label = fill(lang.pick("{} · pic {}", "{} · peak {}"), &[&stage.name, &ctx.count(peak)]);
            let tips = t
                .by_month
                .iter()
                .enumerate()
                .map(|(m, v)| {
                    let sep = lang.pick("\u{a0}: ", ": ");
                    AttrValue::from(format!("{}{sep}{}", words::month(lang, m), ctx.count(*v)))
                })
                .collect();
            Series { label: label.into(), values: t.by_month.clone(), tips, sales: stage.team == Team::Sales }
        })
        .collect();
    let already: Vec<Html> = report
        .stages
        .iter()
        .zip(timing)
        .filter(|(_, t)| t.pipeline_already_needed > 0)
        .map(|(stage, t)| {
            let text = fill(
                lang.pick(
                    "{}\u{a0}: {} déjà en cours au début du plan (délai de {} mois)",
                    "{}: {} already in progress when the plan starts ({}-month lag)",
                ),
                &[&stage.name, &ctx.count(t.pipeline_already_needed), &ctx.count(u64::from(t.lag_months))],
            );
            html! { <li>{ text }</li> }
        })
        .collect();
    let (figures, owned) = (lang.pick("Voir les chiffres", "Show the figures"), ctx.clone());
    html! {
        { card("fp-card fp-chart-card", "fp-timeline-heading", lang.pick("Mois par mois", "Month by month"), html! {
            <>
                <div id="fp-pipeline-needed" class="fp-callout" role="note">
                    if already.is_empty() {
                        <p>{ lang.pick(
                            "Aucun pipeline à avoir d'avance : sans délai de signature, chaque mois nourrit ses propres clients.",
                            "No pipeline needed in advance: with no days to close, each month feeds its own customers.",
                        ) }</p>
                    } else {
                        <p>{ lang.pick("Pipeline qu'il vous faut déjà avoir :", "Pipeline you must already have:") }</p>
                        <ul>{ for already }</ul>
                    }
                </div>
                { timeline(&TimelineProps {
                    id: "fp-timeline".into(),
                    series,
                    months: ticks,
                    described_by: Some("fp-timeline-table".into()),
                    title: lang.pick("Volume à produire chaque mois, par étape", "Volume to produce each month, by stage").into(),
                    caption: lang.pick(
                        "Chaque bande a sa propre échelle. Le volume suit la saisonnalité, avancé du délai de signature de l'étape (jours ÷ 30,4, arrondi) ; ce qui tomberait avant le mois 1 est le pipeline à avoir déjà.",
                        "Each strip has its own scale. Volume follows seasonality, moved earlier by the stage's days to close (days ÷ 30.4, rounded); what would fall before month 1 is pipeline you must already have.",
                    ).into(),
                }) }
                if report.stages.len() > DRAWN {
                    { cut_note(ctx, report.stages.len(), (
                        "Les {} premières étapes sur {} sont dessinées ; toutes sont dans le tableau.",
                        "The first {} of {} stages are drawn; every stage is in the table.",
                    )) }
                }
                if is_long(ctx) {
                    <OnOpen summary={figures} body={Rc::new(move || figures_table(&owned)) as Rc<dyn Fn() -> Html>} />
                } else {
                    <details class="fp-details">
                        <summary>{ figures }</summary>
                        { figures_table(ctx) }
                    </details>
                }
            </>
        }) }
    }
}

/// The month-by-month figures of every stage, the table the timeline is described by.
fn figures_table(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return html! {} };
    let Some(timing) = report.timing.as_ref() else { return html! {} };
    let months = timing.first().map_or(0, |t| t.by_month.len());
    let head =
        (0..months).map(|m| html! { <th scope="col" class="fp-num">{ words::month_short(lang, m) }</th> });
    let body = report.stages.iter().zip(timing).map(|(stage, t)| {
        let cells = t.by_month.iter().map(|v| html! { <td class="fp-num">{ ctx.count(*v) }</td> });
        html! {
            <tr>
                <th scope="row">{ stage.name.clone() }</th>
                { for cells }
                <td class="fp-num">{ ctx.count(t.pipeline_already_needed) }</td>
            </tr>
        }
    });
    table(
        lang.pick("Tableau mois par mois", "Month-by-month table"),
        Some("fp-timeline-table"),
        lang.pick("Volume à produire chaque mois, par étape", "Volume to produce each month, by stage"),
        heads(
            &[(lang.pick("Étape", "Stage"), false)],
            html! {
                <>
                    { for head }
                    <th scope="col" class="fp-num">{ lang.pick("Déjà en cours", "Already needed") }</th>
                </>
            },
        ),
        tbody(body.collect()),
    )
}
