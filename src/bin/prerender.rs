//! Build-time prerender of the first screen (README "How the first screen is made"): renders
//! the app's own components for the default plan, in each language, with Yew's server renderer
//! run natively, and prints them as JSON (`{"en": "<div …>", "fr": "<div …>"}`) for
//! `scripts/lib/prerender.mjs`, which puts them into `dist/index.html`.
//!
//! The state is the one a first visit opens with (`State::new`, no saved plan, link or embed
//! configuration): the page shows this markup only in that case, and the app then draws the
//! same thing over it.

use funnel_planner::app::{ConfiguredApp, ConfiguredAppProps};
use funnel_planner::i18n::Lang;
use funnel_planner::state::State;
use std::rc::Rc;
use yew::LocalServerRenderer;

fn render(lang: Lang, runtime: &tokio::runtime::Runtime) -> String {
    let props = ConfiguredAppProps { initial: State::new(lang), embed: Rc::default() };
    // Not hydratable: the app replaces this markup (same task, before paint) instead of
    // adopting it, so Yew's hydration markers would be dead weight.
    let renderer = LocalServerRenderer::<ConfiguredApp>::with_props(props).hydratable(false);
    runtime.block_on(renderer.render())
}

/// A JSON string literal (the markup holds quotes, and no control character but newlines).
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a Tokio runtime");
    let en = render(Lang::En, &runtime);
    let fr = render(Lang::Fr, &runtime);
    println!("{{\"en\": {}, \"fr\": {}}}", json_string(&en), json_string(&fr));
}
