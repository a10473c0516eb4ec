//! The engine's output: every figure derived from a valid `Plan`.

use super::funnel::StageVolume;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanReport {
    pub version: u32,
    /// New customers needed: `ceil(goal / deal_size)`.
    pub customers: u64,
    /// Volume each stage must produce, top of the funnel first.
    pub stages: Vec<StageVolume>,
}

impl PlanReport {
    /// Volume at the first stage named `name` (case-insensitive), if any.
    pub fn volume_of(&self, name: &str) -> Option<u64> {
        self.stages.iter().find(|s| s.name.eq_ignore_ascii_case(name)).map(|s| s.volume)
    }
}
