//! One labelled output figure with its one-line "how it is computed" explanation. Shared by the
//! budget, tracking and scoring sections.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// DOM id of the `<output>` (test selectors use it).
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// One plain-language line saying how the figure is computed.
    pub how: AttrValue,
    /// Extra line under the value (a verdict, a unit), shown before the explanation.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Figure)]
pub fn figure(props: &FigureProps) -> Html {
    html! {
        <div class="fp-figure">
            <label class="fp-figure__label" for={props.id.clone()}>{ &props.label }</label>
            <output id={props.id.clone()} class="fp-figure__value">{ &props.value }</output>
            if let Some(note) = &props.note {
                <p class="fp-figure__note">{ note }</p>
            }
            { props.children.clone() }
            <p class="fp-figure__how">{ &props.how }</p>
        </div>
    }
}
