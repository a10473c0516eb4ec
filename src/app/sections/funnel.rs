//! The Goal & funnel section: lays out its parts (goal inputs, results at a glance, stage
//! editor, calendar and goal-seek, then volumes by period and charts). Each part lives in
//! `funnel/`.

mod calendar;
mod goal;
mod goal_seek;
mod long_plan;
mod period_table;
mod results;
mod stage_row;
mod stages;
mod timing;
mod visuals;
pub(crate) mod words;

use crate::app::ctx::Ctx;
use crate::app::later::{Later, Trailing};
use crate::app::widgets::flag;
use crate::engine::funnel::FunnelMode;
use yew::prelude::*;

pub fn funnel_section(ctx: &Ctx) -> Html {
    let simple = ctx.state.plan.funnel.mode == FunnelMode::Simple;
    // The goal and the answer paint first; the editor, tables and charts below the fold follow
    // once the app's first frame is on screen, and after each keystroke everything below the
    // answer follows the frame that shows it.
    if !ctx.painted {
        return funnel_first(ctx);
    }
    html! {
        <div class="fp-funnel">
            { goal_and_answer(ctx) }
            if !simple {
                <Trailing ctx={ctx.clone()} render={editor as fn(&Ctx) -> Html} />
            }
            <Trailing ctx={ctx.clone()} render={calendar_and_search as fn(&Ctx) -> Html} />
            <Later ctx={ctx.clone()} render={outputs as fn(&Ctx) -> Html} />
        </div>
    }
}

/// The section's first frame, the goal and the answer: also what the app shows while the
/// rest of the section's code loads (`app::lazy`), so it stays in the main module.
pub fn funnel_first(ctx: &Ctx) -> Html {
    html! { <div class="fp-funnel">{ goal_and_answer(ctx) }</div> }
}

/// The goal's inputs and the answer side by side: the top of the section in every frame.
fn goal_and_answer(ctx: &Ctx) -> Html {
    html! {
        <div class="fp-main">
            { goal::goal_inputs(ctx) }
            { results::results_card(ctx) }
        </div>
    }
}

/// The stage editor: it follows a keystroke in the goal a frame later (see `app::later`).
fn editor(ctx: &Ctx) -> Html {
    html! { <stages::StageEditor ctx={ctx.clone()} /> }
}

/// The calendar and the goal-seek: they follow a keystroke in the goal a frame later.
fn calendar_and_search(ctx: &Ctx) -> Html {
    html! {
        <div class="fp-main">
            { calendar::calendar_inputs(ctx) }
            { goal_seek::goal_seek_card(ctx) }
        </div>
    }
}

/// Volumes by period and the charts: drawn a frame after the answer (see `app::later`).
fn outputs(ctx: &Ctx) -> Html {
    let stale = ctx.outcome.stale;
    html! {
        <div class="fp-outputs"
            data-stale={flag(stale)}>
            { period_table::period_table(ctx) }
            <div class="fp-main">
                { visuals::funnel_chart_card(ctx) }
                { visuals::tornado_card(ctx) }
            </div>
            { timing::timeline_card(ctx) }
        </div>
    }
}
