//! Volumes per stage for a chosen period: a period switcher (segmented buttons with
//! `aria-pressed`) and a table with each stage's total, its pace for that period, its rate, its
//! team and, for sales stages, the figure each current rep carries. It doubles as the data
//! table of the funnel chart. A long table draws its first rows and the rest on request
//! (`sections::pages`, as the stage editor does).

use super::words;
use crate::app::ctx::{Ctx, SectionProps};
use crate::app::sections::pages::{more_rows, use_pages};
use crate::app::widgets::fill;
use crate::app::widgets::{card, cell, data_table, flag, num, row};
use crate::engine::funnel::Team;
use crate::engine::time::periods::{Breakdown, Horizon};
use crate::engine::PlanReport;
use crate::state::prefs::ShownPeriod;
use crate::state::Action;
use yew::prelude::*;

/// Id of the stage table, referenced by the funnel chart's `aria-describedby`.
pub const TABLE_ID: &str = "fp-stage-table";

/// The chosen period's pace, `None` when the horizon has no such period (quarters of a month).
fn pace(breakdown: &Breakdown, period: ShownPeriod, horizon: Horizon) -> Option<u64> {
    match period {
        ShownPeriod::Year => Some(breakdown.total),
        ShownPeriod::Quarter if horizon == Horizon::Month => None,
        ShownPeriod::Quarter => Some(breakdown.quarters.pace),
        ShownPeriod::Month => Some(breakdown.months.pace),
        ShownPeriod::Week => Some(breakdown.weeks.pace),
        ShownPeriod::WorkingDay => Some(breakdown.working_days.pace),
    }
}

pub fn period_table(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let period = ctx.state.period;
    let horizon = ctx.state.plan.periods.horizon;
    let buttons = ShownPeriod::ALL.iter().map(|p| {
        let pressed = *p == period;
        let chosen = *p;
        html! {
            <button type="button" class="fp-seg__btn" aria-pressed={flag(pressed)}
                onclick={ctx.dispatch.reform(move |_| Action::ShowPeriod(chosen))}>
                { words::period_button(lang, *p, horizon) }
            </button>
        }
    });
    html! {
        { card("fp-card fp-periods", "fp-periods-title", lang.pick("Volumes par étape", "Volumes by stage"), html! {
            <>
                <div class="fp-seg" role="group" aria-label={lang.pick("Afficher par", "Show per")}>
                    { for buttons }
                </div>
                <StageTable ctx={ctx.clone()} />
                <p class="fp-figure__how">
                    { lang.pick(
                        "Rythme = total de la période ÷ nombre de périodes, arrondi au supérieur : le tenir à chaque période atteint le total.",
                        "Pace = whole total ÷ number of periods, rounded up: holding it every period reaches the total.",
                    ) }
                    { " " }
                    { lang.pick(
                        "Par commercial : rythme de l'étape ÷ commerciaux productifs en moyenne (recrues comptées selon leur montée en charge), arrondi au supérieur ; étapes commerciales seulement.",
                        "Per rep: the stage's pace ÷ productive reps on average (hires counted as they ramp), rounded up; sales stages only.",
                    ) }
                </p>
            </>
        }) }
    }
}

/// The table with its first rows, and the rest on request (`pages`): a table of 200 stages
/// drawn whole held the main thread ~100 ms the first time it came into view.
#[function_component(StageTable)]
fn stage_table_view(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let pages = use_pages(ctx.report().map_or(0, |r| r.stages.len()));
    let region = use_node_ref();
    let on_all = pages.fill_table(&region);
    let Some(report) = ctx.report() else { return Html::default() };
    let (period, horizon) = (ctx.state.period, ctx.state.plan.periods.horizon);
    html! {
        <div ref={region}>
            { stage_table(ctx, report, period, horizon, pages.visible) }
            <div class="fp-more-rows">{ more_rows(ctx, &pages, TABLE_ID, on_all) }</div>
        </div>
    }
}

fn stage_table(
    ctx: &Ctx,
    report: &PlanReport,
    period: ShownPeriod,
    horizon: Horizon,
    visible: usize,
) -> Html {
    let lang = ctx.lang();
    let per_week = matches!(period, ShownPeriod::Week | ShownPeriod::WorkingDay);
    let mut sales_seen = 0;
    let rows = report.stages.iter().enumerate().map(|(i, stage)| {
        let breakdown = report.breakdowns.as_ref().and_then(|b| b.get(i));
        let shown =
            breakdown.and_then(|b| pace(b, period, horizon)).map_or("—".to_string(), |v| ctx.count(v));
        let last = i + 1 == report.stages.len();
        let rate = if last { "—".to_string() } else { ctx.percent(stage.rate) };
        let per_rep = if stage.team == Team::Sales {
            let load = report.workloads.as_ref().and_then(|w| w.get(sales_seen));
            sales_seen += 1;
            match load {
                Some(w) if per_week => {
                    format!("{} {}", ctx.count(w.per_week_whole), lang.pick("/ semaine", "/ week"))
                }
                Some(w) => format!("{} {}", ctx.count(w.per_month_whole), lang.pick("/ mois", "/ month")),
                None => lang.pick("pas de commercial", "no reps").to_string(),
            }
        } else {
            "—".to_string()
        };
        row(
            stage.name.clone().into(),
            vec![
                num(ctx.count(stage.volume).into()),
                html! { <td class="fp-num fp-stage-table__pace">{ shown }</td> },
                num(rate.into()),
                cell(words::team(lang, stage.team).into()),
                num(per_rep.into()),
            ],
        )
    });
    // `take` after the walk: the per-rep figure counts the sales stages before the cut.
    let rows = rows.take(visible);
    let caption = fill(
        lang.pick("Volume à produire par étape : {} et {}", "Volume each stage must produce: {} and {}"),
        &[
            &crate::i18n::case::lower(words::over_horizon(lang, horizon)),
            &crate::i18n::case::lower(words::per_period(lang, period, horizon)),
        ],
    );
    let cols = [
        (lang.pick("Étape", "Stage"), false),
        (words::over_horizon(lang, horizon), true),
        (words::per_period(lang, period, horizon), true),
        (lang.pick("Taux vers la suivante", "Rate to next"), true),
        (lang.pick("Équipe", "Team"), false),
        (lang.pick("Par commercial", "Per rep"), true),
    ];
    data_table(
        lang.pick("Tableau des volumes par étape", "Table of volumes by stage"),
        Some(TABLE_ID),
        &caption,
        &cols,
        rows.collect(),
    )
}
