//! The plan run month after month: what was recorded (`input`), plan vs actual per period and
//! to date (`pace`, `rows`), and SLA compliance for both teams (`compliance`). Leaf modules; `assemble` feeds them the plan's figures.

pub mod compliance;
pub mod input;
pub mod pace;
pub mod rows;

pub use compliance::{compliance, ComplianceReport, SlaRecords};
pub use input::{ActualsInput, PeriodActuals, SourceActuals};
pub use pace::{pace, PaceInput, PaceReport};

use serde::{Deserialize, Serialize};

/// Everything the recorded actuals say; only when something was recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActualsReport {
    /// Plan months against the (lag-shifted) monthly plan.
    pub months: PaceReport,
    /// Plan weeks against the weekly plan (no lag); `None` when no week was recorded.
    pub weeks: Option<PaceReport>,
    /// Each recorded SLA period's clauses met or missed; `None` when none was recorded.
    pub compliance: Option<ComplianceReport>,
}
