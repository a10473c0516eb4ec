//! The on/off switch of an optional part of the plan (budget, tracking, scoring), with a line
//! saying what turning it on gives, shown while it is off.

use yew::prelude::*;

#[inline(never)]
pub fn toggle(id: &'static str, label: &str, checked: bool, pitch: &str, on_toggle: &Callback<bool>) -> Html {
    let on_change = on_toggle.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.checked()
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
