//! The Goal & funnel section: lays out its parts (goal inputs, results at a glance, stage
//! editor, calendar and goal-seek, then volumes by period and charts). Each part lives in
//! `funnel/`.

mod calendar;
mod goal;
mod goal_seek;
mod period_table;
mod results;
mod stage_row;
mod stages;
mod timing;
mod visuals;
mod words;

use crate::app::ctx::SectionProps;
use crate::engine::funnel::FunnelMode;
use yew::prelude::*;

#[function_component(FunnelSection)]
pub fn funnel_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let simple = ctx.state.plan.funnel.mode == FunnelMode::Simple;
    let stale = ctx.outcome.stale;
    // The goal and the answer paint first; the editor, tables and charts below the fold follow
    // once the app's first frame is on screen.
    if !ctx.painted {
        return html! {
            <div class="fp-funnel">
                <div class="fp-main">
                    <goal::GoalInputs ctx={ctx.clone()} />
                    <results::ResultsCard ctx={ctx.clone()} />
                </div>
            </div>
        };
    }
    html! {
        <div class="fp-funnel">
            <div class="fp-main">
                <goal::GoalInputs ctx={ctx.clone()} />
                <results::ResultsCard ctx={ctx.clone()} />
            </div>
            if !simple {
                <stages::StageEditor ctx={ctx.clone()} />
            }
            <div class="fp-main">
                <calendar::CalendarInputs ctx={ctx.clone()} />
                <goal_seek::GoalSeekCard ctx={ctx.clone()} />
            </div>
            <div class={classes!("fp-outputs", stale.then_some("fp-outputs--stale"))}
                data-stale={stale.to_string()}>
                <period_table::PeriodTable ctx={ctx.clone()} />
                <div class="fp-main">
                    <visuals::FunnelChartCard ctx={ctx.clone()} />
                    <visuals::TornadoCard ctx={ctx.clone()} />
                </div>
                <timing::TimelineCard ctx={ctx.clone()} />
            </div>
        </div>
    }
}
