//! One labelled output figure with its one-line "how it is computed" explanation, an optional
//! note under the value and optional extra content (a verdict, a gauge).

use yew::html::IntoPropValue;
use yew::prelude::*;

/// A figure: `id` is the `<output>`'s DOM id (test selectors use it).
pub fn figure(
    id: &'static str,
    label: impl IntoPropValue<AttrValue>,
    value: impl IntoPropValue<AttrValue>,
    how: impl IntoPropValue<AttrValue>,
) -> Html {
    body(id, label.into_prop_value(), value.into_prop_value(), how.into_prop_value(), None, Html::default())
}

/// A figure with an extra line under the value (a verdict, a unit), shown before the
/// explanation.
pub fn figure_note(
    id: &'static str,
    label: impl IntoPropValue<AttrValue>,
    value: impl IntoPropValue<AttrValue>,
    how: impl IntoPropValue<AttrValue>,
    note: impl IntoPropValue<Option<AttrValue>>,
) -> Html {
    let note = note.into_prop_value();
    body(id, label.into_prop_value(), value.into_prop_value(), how.into_prop_value(), note, Html::default())
}

/// A figure with extra content after the value.
pub fn figure_more(
    id: &'static str,
    label: impl IntoPropValue<AttrValue>,
    value: impl IntoPropValue<AttrValue>,
    how: impl IntoPropValue<AttrValue>,
    more: Html,
) -> Html {
    body(id, label.into_prop_value(), value.into_prop_value(), how.into_prop_value(), None, more)
}

#[inline(never)]
fn body(
    id: &'static str,
    label: AttrValue,
    value: AttrValue,
    how: AttrValue,
    note: Option<AttrValue>,
    more: Html,
) -> Html {
    html! {
        <div class="fp-figure">
            <label class="fp-figure__label" for={id}>{ label }</label>
            <output id={id} class="fp-figure__value">{ value }</output>
            if let Some(note) = note {
                <p class="fp-figure__note">{ note }</p>
            }
            { more }
            <p class="fp-figure__how">{ how }</p>
        </div>
    }
}
