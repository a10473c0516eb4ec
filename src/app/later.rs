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

#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let shown = use_state_eq(|| props.ctx.clone());
    {
        let shown = shown.clone();
        use_effect_with(props.ctx.clone(), move |ctx| {
            let ctx = ctx.clone();
            after_next_paint(move || shown.set(ctx));
        });
    }
    (*use_memo((*shown).clone(), props.render)).clone()
}
