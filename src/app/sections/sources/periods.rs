//! Each source's volume per stage and period (issue 13): a table per source (rows the stages,
//! columns the quarters, months or weeks, then the horizon's total) and the total's table,
//! whose every cell is the exact sum of the sources' whole people. The period follows the
//! app's "Show per" choice (Quarter, Month or Week; the others show months, and a month
//! horizon always shows its weeks). Each table scrolls
//! sideways inside its box with the stage names kept in view, so a phone reads it.

use super::results::name;
use crate::app::ctx::Ctx;
use crate::app::sections::funnel::words;
use crate::app::sections::pages::{more_rows, use_pages};
use crate::app::widgets::{fill, flag, num, row, table, tbody};
use crate::engine::funnel::StageVolume;
use crate::engine::time::periods::{Breakdown, Horizon, PeriodSplit};
use crate::i18n::Lang;
use crate::state::prefs::ShownPeriod;
use crate::state::Action;
use yew::prelude::*;

/// The periods this table can show for `horizon`, and which one `chosen` falls back to.
fn choices(horizon: Horizon) -> &'static [ShownPeriod] {
    match horizon {
        Horizon::Month => &[ShownPeriod::Week],
        _ => &[ShownPeriod::Quarter, ShownPeriod::Month, ShownPeriod::Week],
    }
}

fn shown(chosen: ShownPeriod, horizon: Horizon) -> ShownPeriod {
    match (chosen, horizon) {
        (ShownPeriod::WorkingDay, _) | (_, Horizon::Month) => ShownPeriod::Week,
        (ShownPeriod::Quarter | ShownPeriod::Week, _) => chosen,
        _ => ShownPeriod::Month,
    }
}

fn split(b: &Breakdown, period: ShownPeriod) -> &PeriodSplit {
    match period {
        ShownPeriod::Quarter => &b.quarters,
        ShownPeriod::Week => &b.weeks,
        _ => &b.months,
    }
}

/// Column heading of period `k` (0-based): "Q1", "Jan", "W1" (their French forms).
fn heading(lang: Lang, period: ShownPeriod, k: usize) -> String {
    match period {
        ShownPeriod::Quarter => format!("{}{}", lang.pick("T", "Q"), k + 1),
        ShownPeriod::Week => format!("{}{}", lang.pick("S", "W"), k + 1),
        _ => words::month_short(lang, k).to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    ctx: Ctx,
    /// The source's index, `None` for the total.
    source: Option<usize>,
}

/// One table: a row per stage with its parts and total, the first rows drawn and the rest on
/// request (`pages`), as 200 stages by 54 weeks is 10 000 cells.
#[function_component(SourceTable)]
fn source_table(props: &TableProps) -> Html {
    let ctx = &props.ctx;
    let report = ctx.report();
    let pages = use_pages(report.map_or(0, |r| r.stages.len()));
    let Some(report) = report else { return Html::default() };
    let lang = ctx.lang();
    let horizon = ctx.state.plan.periods.horizon;
    let period = shown(ctx.state.period, horizon);
    let (id, title, stages): (String, String, Vec<(&StageVolume, Option<&Breakdown>)>) = match props.source {
        None => (
            "fp-source-periods-total".into(),
            lang.pick("Total", "Total").into(),
            report
                .stages
                .iter()
                .enumerate()
                .map(|(i, s)| (s, report.breakdowns.as_ref().and_then(|b| b.get(i))))
                .collect(),
        ),
        Some(k) => {
            let Some(s) = report.sources.sources.get(k) else { return Html::default() };
            let stages =
                s.stages.iter().enumerate().map(|(i, v)| (v, s.breakdowns.as_ref().and_then(|b| b.get(i))));
            (format!("fp-source-periods-{k}"), name(ctx, s).to_string(), stages.collect())
        }
    };
    let count = stages.iter().find_map(|(_, b)| b.map(|b| split(b, period).parts.len())).unwrap_or(0);
    let head = html! {
        <tr>
            <th scope="col" class="fp-source-periods__stage">{ lang.pick("Étape", "Stage") }</th>
            { for (0..count).map(|k| html! { <th scope="col" class="fp-num">{ heading(lang, period, k) }</th> }) }
            <th scope="col" class="fp-num">{ words::over_horizon(lang, horizon) }</th>
        </tr>
    };
    let rows = stages.iter().take(pages.visible).map(|(stage, b)| {
        let mut cells: Vec<Html> = match b {
            Some(b) => split(b, period).parts.iter().map(|v| num(ctx.count(*v).into())).collect(),
            None => (0..count).map(|_| num(AttrValue::from("—"))).collect(),
        };
        cells.push(num(ctx.count(stage.volume).into()));
        row(stage.name.clone().into(), cells)
    });
    let caption = fill(
        lang.pick("{} : personnes par étape, {}.", "{}: people per stage, {}."),
        &[&title, &crate::i18n::case::lower(words::per_period(lang, period, horizon))],
    );
    let on_all = {
        let pages = pages.clone();
        Callback::from(move |_: MouseEvent| pages.fill())
    };
    let more = more_rows(ctx, &pages, &id, on_all);
    html! {
        <div class="fp-source-periods__table" id={id}>
            { table(&caption, None, &caption, head, tbody(html! { <>{ for rows }</> })) }
            <div class="fp-more-rows">{ more }</div>
        </div>
    }
}

pub fn source_periods(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let Some(report) = ctx.report() else { return Html::default() };
    let horizon = ctx.state.plan.periods.horizon;
    let period = shown(ctx.state.period, horizon);
    let buttons = choices(horizon).iter().map(|p| {
        let chosen = *p;
        html! {
            <button type="button" class="fp-seg__btn" aria-pressed={flag(chosen == period)}
                onclick={ctx.dispatch.reform(move |_| Action::ShowPeriod(chosen))}>
                { words::period_button(lang, chosen, horizon) }
            </button>
        }
    });
    let sources = &report.sources.sources;
    // One source is the total: its table would repeat it.
    let per_source = (sources.len() > 1).then(|| {
        sources.iter().enumerate().map(|(k, s)| {
            html! {
                <details class="fp-details fp-source-periods__one">
                    <summary>{ fill(lang.pick("{} — {} clients", "{} — {} customers"), &[&name(ctx, s), &ctx.count(s.customers)]) }</summary>
                    <SourceTable ctx={ctx.clone()} source={Some(k)} />
                </details>
            }
        }).collect::<Html>()
    });
    html! {
        <div class="fp-source-periods">
            <div class="fp-seg" role="group" aria-label={lang.pick("Afficher par", "Show per")}>{ for buttons }</div>
            <SourceTable ctx={ctx.clone()} source={None::<usize>} />
            { for per_source }
            <p class="fp-hint">{ lang.pick(
                "Chaque source répartit ses propres personnes entières sur les périodes (plus forts restes) ; chaque case du total est la somme exacte des sources.",
                "Each source splits its own whole people over the periods (largest remainder); every cell of the total is the exact sum of the sources'.",
            ) }</p>
        </div>
    }
}
