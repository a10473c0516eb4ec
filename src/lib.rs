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

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
