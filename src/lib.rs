//! Funnel Planner: a reverse-funnel and sales/marketing SLA planner. The engine, the strings
//! and the state are pure Rust; the view and browser layers exist only in WebAssembly.

pub mod embed;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod import;
pub mod monthly_text;
pub mod sla_text;
pub mod state;

#[cfg(all(target_arch = "wasm32", feature = "js-api"))]
pub mod api;
// Natively only with the `prerender` feature: the build renders the first screen with the same
// components (src/bin/prerender.rs); browser calls made while rendering have native fallbacks.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod browser;
