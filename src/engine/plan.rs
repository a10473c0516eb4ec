//! The engine's input: one versioned, serde-friendly `Plan` with a default for every field.

use super::decimal::Decimal;
use super::funnel::Funnel;
use serde::{Deserialize, Serialize};

/// Schema version written into every plan. Older versions are read with defaults for fields
/// they lack; newer ones are rejected with `Reason::UnsupportedVersion`.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the user decides. Unknown JSON fields are ignored; missing ones take defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub version: u32,
    /// Revenue goal for the horizon, in the user's currency.
    pub goal: Decimal,
    /// Average revenue per new customer.
    pub deal_size: Decimal,
    pub funnel: Funnel,
}

impl Default for Plan {
    /// Seed 003's example: 100 000 goal, 1 000 average deal, 4 % lead → customer.
    fn default() -> Plan {
        Plan {
            version: SCHEMA_VERSION,
            goal: Decimal::from_int(100_000),
            deal_size: Decimal::from_int(1_000),
            funnel: Funnel::default(),
        }
    }
}
