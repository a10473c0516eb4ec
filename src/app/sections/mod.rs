//! One component per section; each owns its inputs and the outputs that belong with them.

pub mod budget;
pub mod embed;
pub mod funnel;
pub mod risk;
pub mod scoring;
pub mod share;
pub mod team;
pub mod tracking;
