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
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

/// A section's view, or why its part did not load (`fallible`: a failed load is an error to
/// show, not a panic, and the next attempt fetches again).
type Loaded = Result<Panel, SplitLoaderError>;

/// The section's view, with the engine's occasional sections installed (`engine::occasional`):
/// a section may show a plan that uses them. Called only from the split points below, so
/// that code goes with their parts.
fn with_occasional(panel: Panel) -> Loaded {
    crate::engine::occasional::install_direct();
    Ok(panel)
}

#[wasm_split(funnel, fallible)]
fn funnel() -> Loaded {
    with_occasional(super::funnel)
}
#[wasm_split(sections, fallible)]
fn team() -> Loaded {
    with_occasional(super::team)
}
#[wasm_split(sections, fallible)]
fn budget() -> Loaded {
    with_occasional(super::budget)
}
#[wasm_split(sections, fallible)]
fn tracking() -> Loaded {
    with_occasional(super::tracking)
}
#[wasm_split(sections, fallible)]
fn monthly() -> Loaded {
    with_occasional(super::monthly)
}
#[wasm_split(sections, fallible)]
fn scoring() -> Loaded {
    with_occasional(super::scoring)
}
#[wasm_split(sections, fallible)]
fn risk() -> Loaded {
    with_occasional(super::risk)
}
#[wasm_split(sections, fallible)]
fn share() -> Loaded {
    with_occasional(super::share)
}
#[wasm_split(sections, fallible)]
fn embed() -> Loaded {
    with_occasional(super::embed)
}
#[wasm_split(sections, fallible)]
fn sources() -> Loaded {
    with_occasional(super::sources)
}

/// Fetches (once: the helpers memoize a successful load) and instantiates the section's part.
async fn load(section: Section) -> Loaded {
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

/// Where a section's part stands.
#[derive(Clone, Copy)]
enum Slot {
    Missing,
    Loading,
    Failed,
    Loaded(Panel),
}

thread_local! {
    /// Every section's part, by its place in `Section::ALL`.
    static SLOTS: [Cell<Slot>; Section::ALL.len()] =
        const { [const { Cell::new(Slot::Missing) }; Section::ALL.len()] };
}

fn index(section: Section) -> usize {
    Section::ALL.iter().position(|s| *s == section).unwrap_or(0)
}

fn slot(section: Section) -> Slot {
    SLOTS.with(|all| all[index(section)].get())
}

fn set(section: Section, slot: Slot) {
    SLOTS.with(|all| all[index(section)].set(slot));
}

/// Loads the section's part, then runs `done` (at once when it is already in; a failed part
/// is fetched again).
fn ensure(section: Section, done: impl FnOnce() + 'static) {
    if let Slot::Loaded(_) = slot(section) {
        return done();
    }
    set(section, Slot::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        set(section, load(section).await.map_or(Slot::Failed, Slot::Loaded));
        done();
    });
}

/// The section's panel: its view once its part is in, its placeholder until then (and a
/// render when the part arrives or fails); and whether it is settled: drawn, or its load
/// failed with a notice.
#[hook]
pub fn use_panel(section: Section, ctx: &Ctx) -> (Html, bool) {
    let redraw = use_force_update();
    let current = slot(section);
    {
        // Drawn from its part already: nothing to wait for (a redraw would cost a whole render
        // of the app at every tab switch). Else the part is awaited, then drawn.
        let drawn = matches!(current, Slot::Loaded(_));
        let redraw = redraw.clone();
        use_effect_with((section, drawn), move |&(section, drawn)| {
            if !drawn {
                ensure(section, move || redraw.force_update());
            }
        });
    }
    match current {
        Slot::Loaded(panel) => (panel(ctx), true),
        Slot::Failed => {
            let retry = Callback::from(move |_: MouseEvent| {
                let when_done = redraw.clone();
                ensure(section, move || when_done.force_update());
                // The placeholder without the notice while it loads again.
                redraw.force_update();
            });
            (placeholder(section, ctx, Some(retry)), true)
        }
        Slot::Missing | Slot::Loading => (placeholder(section, ctx, None), false),
    }
}

/// Fetches every section's part, one after the other (the first screen's frame is on screen
/// by then: the app calls this after its first paint).
pub fn prefetch_all() {
    fn next(rest: &'static [Section]) {
        if let Some((first, rest)) = rest.split_first() {
            ensure(*first, move || next(rest));
        }
    }
    next(&Section::ALL);
}
