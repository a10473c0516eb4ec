//! Routing names in both languages and the select that changes a cell's routing.

use crate::engine::scoring::Routing;
use crate::i18n::Lang;
use yew::prelude::*;

pub const ALL: [Routing; 4] =
    [Routing::SalesNow, Routing::MarketingNurture, Routing::Qualify, Routing::Avoid];

/// Who works the leads next, in words.
pub fn routing_name(lang: Lang, routing: Routing) -> &'static str {
    match routing {
        Routing::SalesNow => lang.pick("Aux commerciaux tout de suite", "Sales now"),
        Routing::MarketingNurture => lang.pick("À faire mûrir (marketing)", "Nurture (marketing)"),
        Routing::Qualify => lang.pick("À qualifier", "Qualify"),
        Routing::Avoid => lang.pick("À écarter", "Avoid"),
    }
}

/// The select changing a cell's routing, labelled `label`.
pub fn routing_select(
    id: String,
    label: String,
    lang: Lang,
    value: Routing,
    on_change: &Callback<Routing>,
) -> Html {
    let on_change = on_change.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let index = usize::try_from(select.selected_index()).unwrap_or(0);
        ALL.get(index).copied().unwrap_or_default()
    });
    let options = ALL.iter().map(|r| {
        html! { <option selected={*r == value}>{ routing_name(lang, *r) }</option> }
    });
    html! {
        <div class="fp-field fp-field--select">
            <label class="fp-field__label" for={id.clone()}>{ label }</label>
            <select id={id} class="fp-select fp-select--block" onchange={on_change}>
                { for options }
            </select>
        </div>
    }
}
