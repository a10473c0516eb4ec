//! The plan run month after month: what was recorded (`input`), plan vs actual per period and
//! to date (`pace`, `rows`), per source (`source_periods`), and SLA compliance for both teams
//! (`compliance`). Leaf modules; `assemble` feeds them the plan's figures.

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
    /// Each plan source with counts recorded for it, months against that source's own plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourcePace>,
}

/// One source's recorded months against its own (lag-shifted) monthly plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourcePace {
    pub source: String,
    pub months: PaceReport,
}

/// The months as `source` recorded them: its counts per stage, other sources and totals left
/// out; months where it recorded nothing are left out (no data).
pub fn source_periods(recorded: &[PeriodActuals], source: &str) -> Vec<PeriodActuals> {
    recorded
        .iter()
        .filter_map(|p| {
            let s = p.by_source.iter().find(|s| s.source == source)?;
            s.stages.iter().any(Option::is_some).then(|| PeriodActuals {
                period: p.period,
                stages: s.stages.clone(),
                by_source: Vec::new(),
            })
        })
        .collect()
}
