//! The Budget section (placeholder until built).

use crate::app::ctx::SectionProps;
use yew::prelude::*;

#[function_component(BudgetSection)]
pub fn budget_section(props: &SectionProps) -> Html {
    let lang = props.ctx.lang();
    html! { <p>{ lang.pick("Bientôt.", "Coming soon.") }</p> }
}
