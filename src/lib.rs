//! Funnel Planner: a reverse-funnel and sales/marketing SLA planner. The engine is pure Rust;
//! the app and browser layers exist only when compiled to WebAssembly.

pub mod engine;
