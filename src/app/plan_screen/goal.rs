//! The goal on the first screen, in one line: the revenue goal over its period, the customers
//! it takes at the deal size, and the volume at the top of the funnel, with a button that
//! opens the goal's fields (goal, deal size, rates) in Goal & funnel.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use crate::engine::PlanReport;
use crate::sla_text::words::over_period;
use yew::prelude::*;

pub fn goal_line(ctx: &Ctx, report: &PlanReport, editable: bool, on_edit: &Callback<()>) -> Html {
    let lang = ctx.lang();
    let plan = &ctx.state.last_valid;
    let goal = fill(
        lang.pick("{} {}", "{} {}"),
        &[&ctx.money(report.revenue.total_goal), over_period(plan.periods.horizon, lang)],
    );
    let lead = report.stages.get(report.lead_stage);
    // One customer reads in the singular (French too: "1 client").
    let template = match report.customers {
        1 => lang.pick("{} client à {} · {}\u{a0}: {}", "{} customer at {} · {}: {}"),
        _ => lang.pick("{} clients à {} · {}\u{a0}: {}", "{} customers at {} · {}: {}"),
    };
    let detail = fill(
        template,
        &[
            &ctx.count(report.customers),
            &ctx.money(plan.deal_size),
            lead.map_or("", |s| s.name.as_str()),
            &ctx.count(lead.map_or(0, |s| s.volume)),
        ],
    );
    let onclick = on_edit.reform(|_: MouseEvent| ());
    html! {
        <div class="fp-goal-line">
            <span class="fp-goal-line__label">{ lang.pick("Objectif", "Goal") }</span>
            <strong id="fp-plan-goal" class="fp-goal-line__goal">{ goal }</strong>
            <span class="fp-goal-line__detail">{ detail }</span>
            if editable {
                <button type="button" id="fp-plan-edit-goal" class="fp-btn fp-btn--ghost fp-goal-line__edit" {onclick}>
                    { lang.pick("Modifier", "Change") }
                    <span class="fp-visually-hidden">{ lang.pick(" l'objectif", " the goal") }</span>
                </button>
            }
        </div>
    }
}
