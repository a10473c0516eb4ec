//! The funnel chart and the sensitivity tornado, fed from the report: this module only turns
//! report figures into labelled bars; the drawing lives in `app::charts`. A plan of more than
//! `long_plan::DRAWN` stages has its first bars (most useful levers) drawn, its table on demand.

use super::long_plan::{cut_note, is_long, OnOpen, DRAWN};
use super::period_table::TABLE_ID;
use crate::app::charts::funnel_chart::{funnel_chart, FunnelBar, FunnelChartProps};
use crate::app::charts::tornado::{tornado, TornadoProps, TornadoRow};
use crate::app::ctx::{Ctx, Field};
use crate::app::widgets::fill;
use crate::app::widgets::{card, data_table, num, row};
use crate::engine::funnel::Team;
use crate::engine::sensitivity::{Effect, SensitivityLever, SensitivityShift};
use crate::engine::Decimal;
use yew::prelude::*;

pub fn funnel_chart_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return html! {} };
    let bars: Vec<FunnelBar> = report
        .stages
        .iter()
        .take(DRAWN)
        .enumerate()
        .map(|(i, s)| {
            let label = match report.stages.get(i + 1) {
                Some(next) => {
                    format!("{} · {} · {} → {}", s.name, ctx.count(s.volume), ctx.percent(s.rate), next.name)
                }
                None => format!("{} · {}", s.name, ctx.count(s.volume)),
            };
            FunnelBar { label: label.into(), value: s.volume, sales: s.team == Team::Sales }
        })
        .collect();
    html! {
        { card("fp-card fp-chart-card", "fp-funnel-chart-heading", lang.pick("L'entonnoir", "The funnel"), html! {
            <>
                { funnel_chart(&FunnelChartProps {
                    id: "fp-funnel-chart".into(),
                    bars,
                    described_by: Some(TABLE_ID.into()),
                    title: lang.pick(
                        "Volume nécessaire à chaque étape, du haut de l'entonnoir au client",
                        "Volume needed at each stage, from the top of the funnel to the customer",
                    ).into(),
                    caption: lang.pick(
                        "Longueur des barres sur une échelle logarithmique (chaque pas de même longueur = ×10) : sinon les clients seraient invisibles à côté des visiteurs. Chiffres exacts dans le tableau des volumes. Marketing en couleur principale, ventes en vert.",
                        "Bar lengths use a logarithmic scale (each equal step = ×10): otherwise customers would be invisible next to visitors. Exact figures are in the volumes table. Marketing in the main colour, sales in green.",
                    ).into(),
                }) }
                if report.stages.len() > DRAWN {
                    { cut_note(ctx, report.stages.len(), (
                        "Les {} premières étapes sur {} sont dessinées ; toutes sont dans le tableau « Volumes par étape ».",
                        "The first {} of {} stages are drawn; every stage is in the “Volumes by stage” table.",
                    )) }
                }
            </>
        }) }
    }
}

/// Text of one side of a tornado bar: "11,364 saved", "13,889 extra" (no sign to contradict
/// the word), or out of reach.
fn shift_text(ctx: &Ctx, shift: &SensitivityShift) -> String {
    let lang = ctx.lang();
    let volume = match shift.effect() {
        Effect::Saves(n) => fill(lang.pick("{} économisés", "{} saved"), &[&ctx.count(n)]),
        Effect::Costs(n) => fill(lang.pick("{} en plus", "{} extra"), &[&ctx.count(n)]),
        Effect::Unchanged => lang.pick("sans effet", "no change").to_string(),
        Effect::OutOfReach => return lang.pick("hors d'atteinte", "out of reach").to_string(),
    };
    // With a cost per top-of-funnel unit, the engine also prices the volume.
    match shift.saved_budget {
        Some(budget) => format!(
            "{volume} ({})",
            ctx.money(Decimal::ZERO.checked_sub(budget).map_or(budget, |neg| budget.max(neg)))
        ),
        None => volume,
    }
}

pub fn tornado_card(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return html! {} };
    let sensitivity = &report.sensitivity;
    if sensitivity.entries.is_empty() {
        return html! {};
    }
    let rows: Vec<TornadoRow> = sensitivity
        .entries
        .iter()
        .map(|e| {
            let mut label = match e.lever {
                SensitivityLever::Rate { .. } => fill(lang.pick("Taux {}", "Rate {}"), &[&e.label]),
                SensitivityLever::DealSize => lang.pick("Vente moyenne", "Average deal size").to_string(),
            };
            // Levers whose effects differ only by rounding share a rank: say so.
            if sensitivity.entries.iter().filter(|o| o.rank == e.rank).count() > 1 {
                label.push_str(lang.pick(" (ex æquo)", " (tie)"));
            }
            TornadoRow {
                label: label.into(),
                up: e.upside.saved,
                down: e.downside.saved,
                up_text: shift_text(ctx, &e.upside).into(),
                down_text: shift_text(ctx, &e.downside).into(),
            }
        })
        .collect();
    let total = rows.len();
    let lift = ctx.percent(ctx.state.last_valid.sensitivity.lift);
    // The figures' table, drawn at once for a short plan, when opened for a long one.
    let table = {
        let (rows, lift) = (rows.clone(), lift.clone());
        move || {
            let table_rows = rows
                .iter()
                .map(|r| row(r.label.clone(), vec![num(r.up_text.clone()), num(r.down_text.clone())]));
            data_table(
                lang.pick("Tableau de sensibilité", "Sensitivity table"),
                Some("fp-tornado-table"),
                lang.pick("Volume économisé ou en plus, par donnée", "Volume saved or extra, per input"),
                &[
                    (lang.pick("Donnée", "Input"), false),
                    (&format!("+{lift}"), true),
                    (&format!("−{lift}"), true),
                ],
                table_rows.collect(),
            )
        }
    };
    let figures = lang.pick("Voir les chiffres", "Show the figures");
    let top = report.stages.first().map_or("", |s| s.name.as_str());
    let caption = fill(lang.pick("Chaque ligne change une seule donnée de ±{} (taux plafonnés à 100 %) et recalcule le volume « {} » nécessaire : à droite le volume économisé, à gauche le volume en plus. Trié par volume économisé, le levier le plus utile en haut.", "Each row changes one input alone by ±{} (rates capped at 100 %) and recomputes the “{}” volume needed: right = volume saved, left = extra volume. Sorted by volume saved, most useful lever first."), &[&lift, top]);
    html! {
        { card("fp-card fp-chart-card", "fp-tornado-heading", lang.pick("Quel taux améliorer en premier ?", "Which rate to improve first?"), html! {
            <>
                { tornado(&TornadoProps {
                    id: "fp-tornado".into(),
                    rows: rows.iter().take(DRAWN).cloned().collect(),
                    caption: caption.into(),
                    described_by: Some("fp-tornado-table".into()),
                    title: lang.pick("Sensibilité du haut de l'entonnoir à chaque donnée", "Sensitivity of the top of the funnel to each input").into(),
                    left_heading: lang.pick("en plus", "extra").into(),
                    right_heading: lang.pick("économisé", "saved").into(),
                }) }
                <details class="fp-details">
                    <summary>{ lang.pick("Réglages de la sensibilité", "Sensitivity settings") }</summary>
                    { ctx.fields(&[
                        Field { path: "sensitivity.lift", label: ["Variation testée", "Change tested"], help: ["De combien chaque donnée varie, dans les deux sens (10 % par défaut).", "How much each input moves, both ways (10 % by default)."] },
                        Field { path: "sensitivity.cost_per_top_unit", label: ["Coût par unité du haut de l'entonnoir (facultatif)", "Cost per top-of-funnel unit (optional)"], help: ["Pour chiffrer aussi le budget économisé ; vide = volumes seulement.", "To price the volume saved too; empty = volumes only."] },
                    ]) }
                </details>
                if total > DRAWN {
                    { cut_note(ctx, total, (
                        "Les {} leviers les plus utiles sur {} sont dessinés ; tous sont dans le tableau.",
                        "The {} most useful of {} levers are drawn; every lever is in the table.",
                    )) }
                }
                if is_long(ctx) {
                    <OnOpen summary={figures} body={std::rc::Rc::new(table) as std::rc::Rc<dyn Fn() -> Html>} />
                } else {
                    <details class="fp-details">
                        <summary>{ figures }</summary>
                        { table() }
                    </details>
                }
            </>
        }) }
    }
}
