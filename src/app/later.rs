//! Outputs drawn one frame after the rest: a keystroke paints the field and the answer first,
//! and the tables and charts below follow once that frame is on screen (the same rule as the
//! app's first render). While it waits, the part keeps the figures it showed, unchanged.

use super::ctx::Ctx;
use crate::browser::frames::after_next_paint;
use yew::prelude::*;

#[derive(Properties)]
pub struct LaterProps {
    pub ctx: Ctx,
    /// Draws the part from a context.
    pub render: fn(&Ctx) -> Html,
}

/// By the context only: `render` is the same function for a given call site.
impl PartialEq for LaterProps {
    fn eq(&self, other: &LaterProps) -> bool {
        self.ctx == other.ctx
    }
}

/// Draws nothing at first, not even in the render that mounts it: the part that mounts it (the
/// editor of a 200-stage plan, say) is laid out and painted in one task, these outputs in the next.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let shown = use_state_eq(|| None::<Ctx>);
    {
        let shown = shown.clone();
        use_effect_with(props.ctx.clone(), move |ctx| {
            let ctx = ctx.clone();
            after_next_paint(move || shown.set(Some(ctx)));
        });
    }
    let render = props.render;
    (*use_memo((*shown).clone(), move |ctx| ctx.as_ref().map_or_else(Html::default, render))).clone()
}
