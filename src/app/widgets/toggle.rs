//! The on/off switch of an optional part of the plan (budget, tracking, scoring), with a line
//! saying what turning it on gives, shown while it is off.

use crate::app::ctx::Ctx;
use crate::state::Action;
use yew::prelude::*;

#[inline(never)]
/// `action` makes the action to send from the new state.
pub fn toggle(
    id: &'static str,
    label: &str,
    checked: bool,
    pitch: &str,
    ctx: &Ctx,
    action: fn(bool) -> Action,
) -> Html {
    let dispatch = ctx.dispatch.clone();
    let on_change = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        dispatch.emit(action(input.checked()));
    });
    let pitch_id = format!("{id}-pitch");
    html! {
        <div class="fp-toggle">
            <label class="fp-check fp-toggle__check">
                <input id={id} type="checkbox" checked={checked} onchange={on_change}
                    aria-describedby={(!checked).then(|| pitch_id.clone())} />
                { label }
            </label>
            if !checked {
                <p id={pitch_id} class="fp-toggle__pitch">{ pitch }</p>
            }
        </div>
    }
}
