//! The Share & export section: the plan's link, saved scenarios and their comparison,
//! CSV/JSON export, JSON import, print and reset, and the plan saved as one HTML file.

mod compare;
mod export;
mod link;
mod scenarios;
mod standalone;

use crate::app::ctx::SectionProps;
use yew::prelude::*;

/// One component holds the cards' small states (copy result, typed names), so the cards
/// themselves are plain functions.
#[function_component(ShareSection)]
pub fn share_section(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let copied = use_state(|| link::CopyState::Idle);
    let file_name = use_state(String::new);
    let saved_as = use_state(|| None::<String>);
    let scenario_name = use_state(String::new);
    html! {
        <div class="fp-main">
            { link::share_link_card(ctx, &copied) }
            { export::export_card(ctx) }
            { standalone::standalone_card(ctx, &file_name, &saved_as) }
            { scenarios::scenario_list(ctx, &scenario_name) }
            { compare::comparison(ctx) }
        </div>
    }
}
