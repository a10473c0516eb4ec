//! The app's sections, one per tab: each lays out its input cards and the result cards that
//! belong with them (a plain function, or a component when it keeps state of its own), its
//! parts in the folder of the same name.

pub mod budget;
pub mod embed;
pub mod funnel;
pub mod monthly;
pub mod pages;
pub mod risk;
pub mod scoring;
pub mod share;
pub mod sources;
pub mod team;
pub mod tracking;
