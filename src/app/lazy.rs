//! The tab panels, loaded on demand in the browser: each section's code is a split point
//! (`wasm_split_helpers`), cut out of the main wasm into a chunk of its own by
//! `wasm_split_cli` at build time (README "Where the bytes go"). The app renders a section
//! through `use_panel`: at once when its chunk is in, else a placeholder of the same kind (the
//! Goal & funnel's first frame, or the neutral `.fp-placeholder`) until it is. Every chunk is
//! fetched once the first frame is painted, so a tab click rarely waits.
//!
//! Only the browser build with the `split` feature (made by `scripts/lib/split.sh`) goes
//! through the loader; natively (tests, the prerender bin) and in any other wasm build (the
//! component tests, a plain `cargo build`) the sections are called directly.

use super::ctx::Ctx;
use super::sections;
use crate::state::prefs::Section;
use yew::prelude::*;

/// A section's view: a plain function, so once its chunk is in, renders call it synchronously.
pub type Panel = fn(&Ctx) -> Html;

fn funnel(ctx: &Ctx) -> Html {
    sections::funnel::funnel_section(ctx)
}
fn team(ctx: &Ctx) -> Html {
    html! { <sections::team::TeamSection ctx={ctx.clone()} /> }
}
fn budget(ctx: &Ctx) -> Html {
    sections::budget::budget_section(ctx)
}
fn tracking(ctx: &Ctx) -> Html {
    sections::tracking::tracking_section(ctx)
}
fn monthly(ctx: &Ctx) -> Html {
    html! { <sections::monthly::MonthlySection ctx={ctx.clone()} /> }
}
fn scoring(ctx: &Ctx) -> Html {
    sections::scoring::scoring_section(ctx)
}
fn risk(ctx: &Ctx) -> Html {
    html! { <sections::risk::RiskSection ctx={ctx.clone()} /> }
}
fn share(ctx: &Ctx) -> Html {
    html! { <sections::share::ShareSection ctx={ctx.clone()} /> }
}
fn embed(ctx: &Ctx) -> Html {
    html! { <sections::embed::EmbedSection ctx={ctx.clone()} /> }
}
fn sources(ctx: &Ctx) -> Html {
    html! { <sections::sources::SourcesSection ctx={ctx.clone()} /> }
}

/// What shows while a section's code loads: for the Goal & funnel (the default tab) its own
/// first frame, the goal and the answer, which stay in the main module; else an empty block
/// with room for the panel. When the load failed (offline, or the site updated since the page
/// opened), a notice with a button that tries again (`retry`).
pub fn placeholder(section: Section, ctx: &Ctx, retry: Option<Callback<MouseEvent>>) -> Html {
    let notice = retry.map(|onclick| {
        let lang = ctx.lang();
        html! {
            <div class="fp-notice" role="alert">
                <span>{ lang.pick(
                    "Cette partie de l'application n'a pas pu être chargée (connexion ?).",
                    "This part of the app could not be loaded (connection?).",
                ) }</span>
                <button type="button" class="fp-btn" {onclick}>{ lang.pick("Réessayer", "Try again") }</button>
            </div>
        }
    });
    match section {
        Section::Funnel => html! { <>{ for notice }{ sections::funnel::funnel_first(ctx) }</> },
        _ => html! { <div class="fp-placeholder" aria-busy="true">{ for notice }</div> },
    }
}

/// The section's panel, drawn directly (no splitting on this target), and `true`: it is
/// settled (drawn, or its load failed with a notice) from the first render.
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
#[hook]
pub fn use_panel(section: Section, ctx: &Ctx) -> (Html, bool) {
    (direct(section)(ctx), true)
}

/// Every section's view, for a build that does not split.
#[cfg_attr(all(target_arch = "wasm32", feature = "split"), allow(dead_code))]
fn direct(section: Section) -> Panel {
    match section {
        Section::Funnel => funnel,
        Section::Team => team,
        Section::Budget => budget,
        Section::Tracking => tracking,
        Section::Monthly => monthly,
        Section::Scoring => scoring,
        Section::Risk => risk,
        Section::Share => share,
        Section::Embed => embed,
        Section::Sources => sources,
    }
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
pub use split::{prefetch_all, use_panel};

#[cfg(all(target_arch = "wasm32", feature = "split"))]
#[path = "lazy_split.rs"]
mod split;

/// Nothing to fetch: the sections are in the module.
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
pub fn prefetch_all() {}
