//! A small radio group (a `<fieldset>` with a legend) for choosing one of a few options, such
//! as the budget basis or its period.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Radio group name, also the prefix of each option's id.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<AttrValue>,
    pub selected: usize,
    pub on_select: Callback<usize>,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let options = props.options.iter().enumerate().map(|(i, label)| {
        let id = format!("{}-{i}", props.name);
        let on_change = props.on_select.reform(move |_: Event| i);
        html! {
            <label class="fp-choice__option" for={id.clone()}>
                <input id={id} type="radio" name={props.name.clone()} checked={i == props.selected}
                    onchange={on_change} />
                { label }
            </label>
        }
    });
    html! {
        <fieldset class="fp-choice">
            <legend class="fp-field__label">{ &props.legend }</legend>
            <div class="fp-choice__options">{ for options }</div>
        </fieldset>
    }
}
