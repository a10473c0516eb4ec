//! A small radio group (a `<fieldset>` with a legend) for choosing one of a few options, such
//! as the budget basis or its period.

use yew::prelude::*;

/// `name` is the radio group's name and the prefix of each option's id.
#[inline(never)]
pub fn choice(
    name: &'static str,
    legend: &str,
    options: &[&str],
    selected: usize,
    on_select: &Callback<usize>,
) -> Html {
    let options = options.iter().enumerate().map(|(i, label)| {
        let id = format!("{name}-{i}");
        let on_change = on_select.reform(move |_: Event| i);
        html! {
            <label class="fp-choice__option" for={id.clone()}>
                <input id={id} type="radio" name={name} checked={i == selected} onchange={on_change} />
                { *label }
            </label>
        }
    });
    html! {
        <fieldset class="fp-choice">
            <legend class="fp-field__label">{ legend }</legend>
            <div class="fp-choice__options">{ for options }</div>
        </fieldset>
    }
}
