//! The outputs of a plan with many stages (up to 200) stay within a frame's budget: its charts
//! draw the first stages (a chart of 200 bars or 200 strips reads as noise, and costs tens of
//! thousands of elements at every keystroke) and say so, and its folded tables are drawn when
//! opened. Plans of up to `DRAWN` stages are drawn exactly as before.

use crate::app::ctx::Ctx;
use crate::app::widgets::fill;
use std::rc::Rc;
use yew::prelude::*;

/// Stages a chart draws at most.
pub const DRAWN: usize = 24;

/// Whether the plan has more stages than its charts draw.
pub fn is_long(ctx: &Ctx) -> bool {
    ctx.state.plan.funnel.stages.len() > DRAWN
}

/// The line under a chart cut to its first `DRAWN` of `total` items; `template` (French,
/// English) says where the rest is, its `{}` filled with `DRAWN` then `total`.
pub fn cut_note(ctx: &Ctx, total: usize, template: (&'static str, &'static str)) -> Html {
    let text =
        fill(ctx.lang().pick(template.0, template.1), &[&ctx.count(DRAWN as u64), &ctx.count(total as u64)]);
    html! { <p class="fp-figure__how fp-cut">{ text }</p> }
}

#[derive(Properties)]
pub struct OnOpenProps {
    pub summary: AttrValue,
    /// Draws the folded content; called only once the user has opened it.
    pub body: Rc<dyn Fn() -> Html>,
}

/// Never equal: the body is drawn from the parent's current figures at each of its renders.
impl PartialEq for OnOpenProps {
    fn eq(&self, _: &OnOpenProps) -> bool {
        false
    }
}

/// A `<details>` whose content is drawn once it is opened, and no longer once closed.
#[function_component(OnOpen)]
pub fn on_open(props: &OnOpenProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    html! {
        <details class="fp-details" {ontoggle} open={*open}>
            <summary>{ props.summary.clone() }</summary>
            if *open {
                { (props.body)() }
            }
        </details>
    }
}
