//! Helpers shared by the native test files: exact decimals written as text.
#![allow(dead_code)]

use funnel_planner::engine::Decimal;

/// The decimal written `text` ("0.045", "-7"); panics on a typo in a test.
pub fn d(text: &str) -> Decimal {
    text.parse().unwrap_or_else(|_| panic!("{text} is not a decimal"))
}
