//! A labelled `<select>` and a labelled text or date input, for the section's choices that are
//! not plan numbers (column mapping, period shown, owners, dates).

use yew::prelude::*;

/// A select of `options` (value, label), `selected` by value; emits the chosen value.
pub fn select(
    id: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    on: &Callback<String>,
) -> Html {
    let onchange = on.reform(|e: Event| {
        let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
        el.value()
    });
    html! {
        <div class="fp-field">
            <label class="fp-field__label" for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} class="fp-select" {onchange}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={value == selected}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

/// A text-like input (`kind`: "text", "date", "month"); emits the text on change.
pub fn input(
    id: &str,
    kind: &'static str,
    label: &str,
    value: &str,
    help: &str,
    on: &Callback<String>,
) -> Html {
    let onchange = on.reform(|e: Event| {
        let el: web_sys::HtmlInputElement = e.target_unchecked_into();
        el.value()
    });
    let help_id = format!("{id}-help");
    html! {
        <div class="fp-field">
            <label class="fp-field__label" for={id.to_string()}>{ label }</label>
            <input id={id.to_string()} class="fp-field__input" type={kind} value={value.to_string()}
                aria-describedby={help_id.clone()} {onchange} />
            <p id={help_id} class="fp-field__help">{ help }</p>
        </div>
    }
}
