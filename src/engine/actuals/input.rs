//! What the user records month after month: counts per stage (optionally per source) for
//! plan months or plan weeks. Missing entries mean "no data", never zero.

use crate::engine::checks;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::{MAX_COUNT, MAX_STAGES};
use crate::engine::time::calendar::YearMonth;
use serde::{Deserialize, Serialize};

/// Most plan weeks (a year horizon has 52); months use 12. Periods past the current horizon
/// are kept but ignored, so shortening the horizon never makes a plan invalid.
pub const MAX_WEEKS: u32 = 53;
pub const MAX_MONTHS: u32 = 12;

/// Counts for one source (issue 13's sources, by name; "All sources" when there is one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SourceActuals {
    pub source: String,
    /// Count per stage, aligned with the funnel; `None` = not recorded.
    pub stages: Vec<Option<Decimal>>,
}

/// Everything recorded for one plan month or week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PeriodActuals {
    /// Plan month (1–12) or plan week (1–53), month 1 being the plan's first.
    pub period: u32,
    /// Count per stage, aligned with the funnel; `None` = not recorded.
    pub stages: Vec<Option<Decimal>>,
    /// Optional split by source; empty when the user records totals only.
    pub by_source: Vec<SourceActuals>,
}

impl PeriodActuals {
    /// The count for `stage`: the total typed for it, else the sum of the sources that
    /// recorded it, else `None` (no data). Fractions floor and negatives read as 0, as in
    /// tracking; validation reports them first.
    pub fn count(&self, stage: usize) -> Option<u64> {
        if let Some(total) = self.stages.get(stage).copied().flatten() {
            return Some(whole(total));
        }
        self.by_source
            .iter()
            .filter_map(|s| s.stages.get(stage).copied().flatten())
            .map(whole)
            .fold(None, |sum: Option<u64>, n| Some(sum.unwrap_or(0).saturating_add(n)))
    }
}

fn whole(value: Decimal) -> u64 {
    u64::try_from(value.floor().max(0)).unwrap_or(u64::MAX)
}

/// The recorded history. Everything defaults to empty, so plans saved before it load as they
/// were.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ActualsInput {
    /// Calendar month of plan month 1, to label months and to place imported rows; `None`
    /// labels them "month 1", "month 2"…
    pub start: Option<YearMonth>,
    pub months: Vec<PeriodActuals>,
    pub weeks: Vec<PeriodActuals>,
    /// SLA compliance counts, per month or per week (see `compliance`).
    pub sla: super::compliance::SlaRecords,
}

impl ActualsInput {
    /// Whether the user recorded any month, week or SLA period.
    pub fn is_empty(&self) -> bool {
        self.months.is_empty() && self.weeks.is_empty() && self.sla.records.is_empty()
    }

    /// The month recorded for plan month `period`, if any.
    pub fn month(&self, period: u32) -> Option<&PeriodActuals> {
        self.months.iter().find(|m| m.period == period)
    }

    /// Periods in range and unique, each count whole and ≥ 0, at most `MAX_STAGES` per list.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        validate_periods(&format!("{prefix}.months"), &self.months, MAX_MONTHS, errors);
        validate_periods(&format!("{prefix}.weeks"), &self.weeks, MAX_WEEKS, errors);
        self.sla.validate(&format!("{prefix}.sla"), errors);
    }
}

/// A period number in `1..=max`, not repeated (a repeated month would leave the user unsure
/// which figure counts, so it is refused rather than summed or overwritten).
pub(super) fn check_period(path: &str, period: u32, seen: &mut Vec<u32>, max: u32, errors: &mut Errors) {
    if period == 0 || period > max {
        errors.push(path, Reason::OutOfRange);
    } else if seen.contains(&period) {
        errors.push(path, Reason::TooMany);
    } else {
        seen.push(period);
    }
}

/// A recorded count: whole, 0 or more, at most `MAX_COUNT`.
pub(super) fn check_count(errors: &mut Errors, path: &str, value: Decimal) {
    checks::whole_in(errors, path, value, 0, i64::try_from(MAX_COUNT).unwrap_or(i64::MAX));
}

fn validate_periods(path: &str, periods: &[PeriodActuals], max: u32, errors: &mut Errors) {
    if periods.len() > max as usize {
        errors.push(path, Reason::TooMany);
        return;
    }
    let mut seen = Vec::new();
    for (i, p) in periods.iter().enumerate() {
        check_period(&format!("{path}.{i}.period"), p.period, &mut seen, max, errors);
        validate_stages(&format!("{path}.{i}.stages"), &p.stages, errors);
        for (j, s) in p.by_source.iter().enumerate() {
            validate_stages(&format!("{path}.{i}.by_source.{j}.stages"), &s.stages, errors);
        }
    }
}

fn validate_stages(path: &str, stages: &[Option<Decimal>], errors: &mut Errors) {
    if stages.len() > MAX_STAGES {
        errors.push(path, Reason::TooMany);
        return;
    }
    for (i, value) in stages.iter().enumerate() {
        if let Some(v) = value {
            check_count(errors, &format!("{path}.{i}"), *v);
        }
    }
}
