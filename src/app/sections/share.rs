//! The Share & export section: the plan's link, saved scenarios and their comparison,
//! CSV/JSON export, JSON import, print and reset, and the plan saved as one HTML file.

mod compare;
mod export;
mod link;
mod scenarios;
mod standalone;

use crate::app::ctx::SectionProps;
use yew::prelude::*;

#[function_component(ShareSection)]
pub fn share_section(props: &SectionProps) -> Html {
    let ctx = props.ctx.clone();
    html! {
        <div class="fp-main">
            <link::ShareLink ctx={ctx.clone()} />
            <export::ExportCard ctx={ctx.clone()} />
            <standalone::StandaloneCard ctx={ctx.clone()} />
            <scenarios::ScenarioList ctx={ctx.clone()} />
            <compare::Comparison ctx={ctx} />
        </div>
    }
}
