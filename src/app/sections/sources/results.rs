//! Results per source and in total: each source's goal, customers, leads, weekly hand-over,
//! cost, CAC and ROI; then every stage's volume per source, the total (their exact sum) and the
//! blended rate the mix gives (derived, never typed).

use crate::app::ctx::{Ctx, SectionProps};
use crate::app::sections::pages::{more_rows, use_pages};
use crate::app::widgets::{cell, data_table, fill, num, row, table, tbody};
use crate::engine::sources::SourceResult;
use crate::engine::{Decimal, PlanReport};
use crate::i18n::sources::default_source_name;
use yew::prelude::*;

/// A source's name as shown in the results (the report keeps the names as typed).
pub(super) fn name(ctx: &Ctx, s: &SourceResult) -> AttrValue {
    let trimmed = s.name.trim();
    AttrValue::from(if trimmed.is_empty() {
        default_source_name(ctx.lang()).to_string()
    } else {
        trimmed.to_string()
    })
}

fn money_or_dash(ctx: &Ctx, value: Option<Decimal>) -> AttrValue {
    value.map_or_else(|| AttrValue::from("—"), |v| ctx.money(v).into())
}

pub fn source_results(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else {
        return html! { <p class="fp-hint">{ lang.pick("Résultats hors de portée du calcul.", "Results out of reach.") }</p> };
    };
    html! {
        <>
            { per_source(ctx, report) }
            <PerStage ctx={ctx.clone()} />
            <p class="fp-hint">{ lang.pick(
                "Chaque source arrondit ses propres personnes à l'entier supérieur ; les totaux sont leurs sommes exactes. Le taux mixte d'une étape est la part de ses personnes attendue à l'étape suivante, toutes sources confondues.",
                "Each source rounds its own people up; the totals are their exact sums. A stage's blended rate is the share of its people expected at the next stage, across the sources.",
            ) }</p>
        </>
    }
}

fn per_source(ctx: &Ctx, report: &PlanReport) -> Html {
    let lang = ctx.lang();
    let sources = &report.sources.sources;
    let handover = |s: &SourceResult| {
        s.handover_weekly.as_ref().map_or(AttrValue::from("—"), |w| ctx.count(w.pace).into())
    };
    let rows = sources.iter().map(|s| {
        let leads = if s.over_max {
            fill(lang.pick("{} (au-delà du maximum)", "{} (above the maximum)"), &[&ctx.count(s.leads)])
        } else {
            ctx.count(s.leads)
        };
        row(
            name(ctx, s),
            vec![
                num(ctx.money(s.goal).into()),
                num(ctx.count(s.customers).into()),
                num(leads.into()),
                num(handover(s)),
                num(money_or_dash(ctx, s.cost)),
                num(money_or_dash(ctx, s.cac)),
                num(s.roi.map_or(AttrValue::from("—"), |r| ctx.percent(r).into())),
            ],
        )
    });
    // The totals are the report's own: the plan's summed stages and periods.
    let leads = report.stages.get(report.lead_stage).map_or(0, |s| s.volume);
    let weekly = report.breakdowns.as_ref().and_then(|b| b.get(report.handover_stage)).map(|b| b.weeks.pace);
    let total = html! {
        <tr class="fp-sources-total">
            <th scope="row">{ lang.pick("Total", "Total") }</th>
            { num(ctx.money(report.revenue.new_business_goal).into()) }
            { num(ctx.count(report.customers).into()) }
            { num(ctx.count(leads).into()) }
            { num(weekly.map_or(AttrValue::from("—"), |w| ctx.count(w).into())) }
            { num(money_or_dash(ctx, report.sources.total_cost)) }
            { cell(AttrValue::default()) }
            { cell(AttrValue::default()) }
        </tr>
    };
    let handover_stage = report.stages.get(report.handover_stage).map_or("", |s| s.name.as_str());
    let caption = fill(
        lang.pick(
            "Par source sur la période : remise hebdomadaire = {} par semaine (ce que le marketing doit aux ventes, au rythme régulier).",
            "Per source over the horizon: weekly hand-over = {} a week (what marketing owes sales, at an even pace).",
        ),
        &[handover_stage],
    );
    data_table(
        lang.pick("Chiffres de chaque source", "Each source's figures"),
        Some("fp-sources-table"),
        &caption,
        &[
            (lang.pick("Source", "Source"), false),
            (lang.pick("Objectif", "Goal"), true),
            (lang.pick("Clients", "Customers"), true),
            (lang.pick("Prospects", "Leads"), true),
            (lang.pick("Remise / semaine", "Hand-over / week"), true),
            (lang.pick("Coût", "Cost"), true),
            (lang.pick("CAC", "CAC"), true),
            (lang.pick("ROI", "ROI"), true),
        ],
        html! { <>{ for rows }{ total }</> },
    )
}

/// Every stage's volume per source, the first rows drawn and the rest on request
/// (`sections::pages`): 200 stages made Sources open in 150-200 ms.
#[function_component(PerStage)]
fn per_stage(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let pages = use_pages(ctx.report().map_or(0, |r| r.stages.len()));
    let Some(report) = ctx.report() else { return Html::default() };
    let lang = ctx.lang();
    let sources = &report.sources.sources;
    let last = report.stages.len().saturating_sub(1);
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("Étape", "Stage") }</th>
            { for sources.iter().map(|s| html! { <th scope="col" class="fp-num">{ name(ctx, s) }</th> }) }
            <th scope="col" class="fp-num">{ lang.pick("Total", "Total") }</th>
            <th scope="col" class="fp-num">{ lang.pick("Taux mixte", "Blended rate") }</th>
        </tr>
    };
    let rows = report.stages.iter().enumerate().take(pages.visible).map(|(i, stage)| {
        let mut cells: Vec<Html> = sources
            .iter()
            .map(|s| num(s.stages.get(i).map_or(AttrValue::from("—"), |v| ctx.count(v.volume).into())))
            .collect();
        cells.push(num(ctx.count(stage.volume).into()));
        let blended = report.sources.blended_rates.get(i).copied().unwrap_or(stage.rate);
        cells.push(num(if i < last { ctx.percent(blended).into() } else { AttrValue::from("—") }));
        row(stage.name.clone().into(), cells)
    });
    let on_all = {
        let pages = pages.clone();
        Callback::from(move |_: MouseEvent| pages.fill())
    };
    html! {
        <>
            { table(
                lang.pick("Volumes par étape et par source", "Volumes per stage and source"),
                Some("fp-sources-stages"),
                lang.pick(
                    "Personnes nécessaires à chaque étape sur la période, par source.",
                    "People needed at each stage over the horizon, per source.",
                ),
                head,
                tbody(html! { <>{ for rows }</> }),
            ) }
            <div class="fp-more-rows">{ more_rows(ctx, &pages, "fp-sources-stages", on_all) }</div>
        </>
    }
}
