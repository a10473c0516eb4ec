//! Embedding: reading the widget's configuration from its URL, and the message protocol with
//! the host page. Pure Rust; the browser side lives in `browser::embed`.

pub mod config;
pub mod protocol;
pub mod snippet;
