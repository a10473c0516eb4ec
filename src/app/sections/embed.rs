//! The "Embed this calculator" page (placeholder).

use crate::app::ctx::SectionProps;
use yew::prelude::*;

#[function_component(EmbedSection)]
pub fn embed_section(props: &SectionProps) -> Html {
    let lang = props.ctx.lang();
    html! { <p>{ lang.pick("Bientôt.", "Coming soon.") }</p> }
}
