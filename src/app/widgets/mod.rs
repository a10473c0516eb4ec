//! Small view helpers every section shares, written as plain functions (no component, no
//! props builder): cards, output figures, on/off toggles, radio groups, scrolling tables, and the `{}`
//! sentence filler. They take plain values, never the app's `Ctx`.
//!
//! Classes in what the main module draws (the app, the first screen, the goal's card) are
//! literals, and a state is a data attribute (`data-stale`, `data-status`, `data-invalid`…):
//! Yew turns a class that is not a literal into an ordered set of names at every render, and
//! that code alone weighed 2.4 KB of the first load (README "Where the bytes go").

mod choice;
mod figure;
mod table;
mod toggle;

pub use choice::choice;
pub use figure::{figure, figure_more, figure_note};
pub use table::{cell, data_table, heads, num, row, scroll_table, table, tbody, Col};
pub use toggle::toggle;

use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// A results card: live region, marked stale (struck-through figures) while an input is invalid.
#[inline(never)]
pub fn results_card(lang: Lang, stale: bool, id: &'static str, title: &str, body: Html) -> Html {
    html! {
        <section class="fp-card fp-results"
            aria-labelledby={id} aria-live="polite" data-stale={flag(stale)}>
            <h2 id={id} class="fp-card__title">{ title }</h2>
            if stale {
                <p class="fp-stale" role="note">{ lang.t(Text::StaleNotice) }</p>
            }
            { body }
        </section>
    }
}

/// An inputs card.
pub fn inputs_card(id: &'static str, title: &str, body: Html) -> Html {
    // Written out rather than through `card`, whose class is not a literal: the goal's inputs
    // card is drawn by the main module (see the module's note on classes).
    html! {
        <section class="fp-card fp-inputs" aria-labelledby={id}>
            <h2 id={id} class="fp-card__title">{ title }</h2>
            { body }
        </section>
    }
}

/// A card: a `<section>` of class `class` named by its `<h2>` title, whose DOM id is `id`.
#[inline(never)]
pub fn card(class: &'static str, id: &'static str, title: &str, body: Html) -> Html {
    html! {
        <section class={class} aria-labelledby={id}>
            <h2 id={id} class="fp-card__title">{ title }</h2>
            { body }
        </section>
    }
}

/// A boolean attribute value ("true" / "false") without formatting or allocating.
pub fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// Fills each `{}` of a sentence written in one language with the next already formatted
/// value, so numbers in sentences still go through the locale's formatting.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut values = values.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}
