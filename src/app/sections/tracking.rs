//! The Tracking section (placeholder until built).

use crate::app::ctx::SectionProps;
use yew::prelude::*;

#[function_component(TrackingSection)]
pub fn tracking_section(props: &SectionProps) -> Html {
    let lang = props.ctx.lang();
    html! { <p>{ lang.pick("Bientôt.", "Coming soon.") }</p> }
}
