//! Entry point: mounts the app into its root element.

#[cfg(target_arch = "wasm32")]
fn main() {
    funnel_planner::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Funnel Planner runs in the browser: see README.md (scripts/serve).");
}
