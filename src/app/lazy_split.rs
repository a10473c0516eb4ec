//! The browser side of `app::lazy`: one split point per section (each returns the section's
//! view function, whose code `wasm_split_cli` moves out of the main module), a table of the
//! ones already loaded, and the hook that draws a panel from it. Two chunks: `funnel` (the
//! default tab's editor, tables and charts, wanted right after the first paint) and `sections`
//! (every other tab). One chunk per tab was tried: 10 parts and 64 small chunks of the code
//! shared by some of them, 74 requests where 2 do (README "Where the bytes go").

use super::{placeholder, Panel};
use crate::app::ctx::Ctx;
use crate::state::prefs::Section;
use std::cell::Cell;
use wasm_split_helpers::wasm_split;
use yew::prelude::*;

#[wasm_split(funnel)]
fn funnel() -> Panel {
    super::funnel
}
#[wasm_split(sections)]
fn team() -> Panel {
    super::team
}
#[wasm_split(sections)]
fn budget() -> Panel {
    super::budget
}
#[wasm_split(sections)]
fn tracking() -> Panel {
    super::tracking
}
#[wasm_split(sections)]
fn monthly() -> Panel {
    super::monthly
}
#[wasm_split(sections)]
fn scoring() -> Panel {
    super::scoring
}
#[wasm_split(sections)]
fn risk() -> Panel {
    super::risk
}
#[wasm_split(sections)]
fn share() -> Panel {
    super::share
}
#[wasm_split(sections)]
fn embed() -> Panel {
    super::embed
}
#[wasm_split(sections)]
fn sources() -> Panel {
    super::sources
}

/// Fetches (once: the helpers memoize a successful load) and instantiates the section's chunk.
async fn load(section: Section) -> Panel {
    match section {
        Section::Funnel => funnel().await,
        Section::Team => team().await,
        Section::Budget => budget().await,
        Section::Tracking => tracking().await,
        Section::Monthly => monthly().await,
        Section::Scoring => scoring().await,
        Section::Risk => risk().await,
        Section::Share => share().await,
        Section::Embed => embed().await,
        Section::Sources => sources().await,
    }
}

thread_local! {
    /// The sections whose chunk is in, by their place in `Section::ALL`.
    static LOADED: [Cell<Option<Panel>>; Section::ALL.len()] = Default::default();
}

fn index(section: Section) -> usize {
    Section::ALL.iter().position(|s| *s == section).unwrap_or(0)
}

fn loaded(section: Section) -> Option<Panel> {
    LOADED.with(|all| all[index(section)].get())
}

/// Loads the section's chunk, then runs `done` (at once when it is already in).
fn ensure(section: Section, done: impl FnOnce() + 'static) {
    if loaded(section).is_some() {
        return done();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let panel = load(section).await;
        LOADED.with(|all| all[index(section)].set(Some(panel)));
        done();
    });
}

/// The section's panel: its view once its chunk is in, its placeholder until then (and a
/// render when the chunk arrives).
#[hook]
pub fn use_panel(section: Section, ctx: &Ctx) -> Html {
    let redraw = use_force_update();
    use_effect_with(section, move |section| ensure(*section, move || redraw.force_update()));
    match loaded(section) {
        Some(panel) => panel(ctx),
        None => placeholder(section, ctx),
    }
}

/// Fetches every section's chunk, one after the other (the first screen's frame is on screen
/// by then: the app calls this after its first paint).
pub fn prefetch_all() {
    fn next(rest: &'static [Section]) {
        if let Some((first, rest)) = rest.split_first() {
            ensure(*first, move || next(rest));
        }
    }
    next(&Section::ALL);
}
