//! The Share & export section: the plan's link, saved scenarios and their comparison,
//! CSV/JSON export, JSON import, print and reset, and the plan saved as one HTML file.

mod compare;
mod export;
mod link;
mod scenarios;
mod standalone;

use crate::app::ctx::Ctx;
use yew::prelude::*;

pub fn share_section(ctx: &Ctx) -> Html {
    html! {
        <div class="fp-main">
            <link::ShareLink ctx={ctx.clone()} />
            { export::export_card(ctx) }
            <standalone::StandaloneCard ctx={ctx.clone()} />
            <scenarios::ScenarioList ctx={ctx.clone()} />
            { compare::comparison(ctx) }
        </div>
    }
}
