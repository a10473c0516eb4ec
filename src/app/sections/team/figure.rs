//! One labelled output of the Team & SLA section: its value, an optional exact value in a
//! tooltip, and the visible one-line explanation of how it is computed.

use yew::prelude::*;

/// A figure with a stable `id` (for tests and `aria-describedby`), its label, the value as
/// shown, how it is computed, and an optional `title` (e.g. the exact value before rounding).
pub fn figure(id: &str, label: String, value: String, how: String, title: Option<String>) -> Html {
    let how_id = format!("{id}-how");
    html! {
        <div class="fp-figure fp-team-figure">
            <label class="fp-figure__label" for={id.to_string()}>{ label }</label>
            <output id={id.to_string()} class="fp-figure__value fp-team-figure__value" title={title}
                aria-describedby={how_id.clone()}>{ value }</output>
            <p id={how_id} class="fp-figure__how">{ how }</p>
        </div>
    }
}

/// A smaller figure for secondary values, laid out in a grid of several.
pub fn small_figure(id: &str, label: String, value: String, how: String, title: Option<String>) -> Html {
    let how_id = format!("{id}-how");
    html! {
        <div class="fp-team-stat">
            <label class="fp-team-stat__label" for={id.to_string()}>{ label }</label>
            <output id={id.to_string()} class="fp-team-stat__value" title={title}
                aria-describedby={how_id.clone()}>{ value }</output>
            <p id={how_id} class="fp-figure__how">{ how }</p>
        </div>
    }
}
