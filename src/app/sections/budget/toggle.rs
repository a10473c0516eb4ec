//! The on/off switch of an optional part of the plan (budget, tracking, scoring), with a line
//! saying what turning it on gives. Shared by the three sections.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToggleProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    /// What the part adds; shown while it is off.
    pub pitch: AttrValue,
    pub on_toggle: Callback<bool>,
}

#[function_component(Toggle)]
pub fn toggle(props: &ToggleProps) -> Html {
    let on_change = props.on_toggle.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.checked()
    });
    let pitch_id = format!("{}-pitch", props.id);
    html! {
        <div class="fp-toggle">
            <label class="fp-check fp-toggle__check">
                <input id={props.id.clone()} type="checkbox" checked={props.checked} onchange={on_change}
                    aria-describedby={(!props.checked).then(|| pitch_id.clone())} />
                { &props.label }
            </label>
            if !props.checked {
                <p id={pitch_id} class="fp-toggle__pitch">{ &props.pitch }</p>
            }
        </div>
    }
}
