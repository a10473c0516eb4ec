//! Parts drawn one frame after the rest: a keystroke paints the field and the answer first,
//! and the parts below follow once that frame is on screen (the same rule as the app's first
//! render). While it waits, a part keeps the figures it showed, unchanged.
//!
//! The part is drawn by a child component whose props are the context it shows: while that
//! context is unchanged, Yew skips the part entirely. (Handing back the same `Html` instead
//! would make Yew compare every node of it again, at every keystroke.)

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
    use_follow(&shown, &props.ctx, Some);
    match &*shown {
        Some(ctx) => html! { <Drawn ctx={ctx.clone()} render={props.render} /> },
        None => Html::default(),
    }
}

/// Drawn at once when it mounts, then each change follows a frame later: for the inputs
/// between the answer and the outputs (the stage editor, the calendar), which a keystroke in
/// the goal changes but which need not hold up the frame that paints the answer.
#[function_component(Trailing)]
pub fn trailing(props: &LaterProps) -> Html {
    let shown = use_state_eq(|| props.ctx.clone());
    use_follow(&shown, &props.ctx, |ctx| ctx);
    html! { <Drawn ctx={(*shown).clone()} render={props.render} /> }
}

/// Sets `shown` to `ctx` once the frame after its change is painted.
#[hook]
fn use_follow<T: PartialEq + 'static>(shown: &UseStateHandle<T>, ctx: &Ctx, wrap: fn(Ctx) -> T) {
    let shown = shown.clone();
    use_effect_with(ctx.clone(), move |ctx| {
        let ctx = ctx.clone();
        after_next_paint(move || shown.set(wrap(ctx)));
    });
}

/// The part itself, drawn again only when the context it shows changes.
#[function_component(Drawn)]
fn drawn(props: &LaterProps) -> Html {
    (props.render)(&props.ctx)
}
