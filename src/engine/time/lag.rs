//! Sales-cycle lag: a stage's volume must happen months before the customers it produces, and
//! what would fall before month 1 is pipeline the company must already have.

use super::periods::nested_months;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::MAX_STAGES;
use serde::{Deserialize, Serialize};

/// Longest accepted sales cycle, ten years: beyond that the figure is a typo.
pub const MAX_DAYS_TO_CLOSE: i64 = 3_650;

/// Days in an average month, as the fraction 365/12 (≈ 30.42).
const DAYS_PER_YEAR: i128 = 365;

/// How long each stage takes to turn into a closed customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SalesCycle {
    /// Days from reaching stage `i` to becoming a customer, one per funnel stage, top first.
    /// Missing entries count as 0, so the default (empty) means no lag at all and the
    /// customer stage needs no entry.
    pub days_to_close: Vec<Decimal>,
}

impl SalesCycle {
    /// At most `MAX_STAGES` entries, each in 0..=3650 days.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        let path = format!("{prefix}.days_to_close");
        if self.days_to_close.len() > MAX_STAGES {
            errors.push(path, Reason::TooMany);
            return;
        }
        for (i, days) in self.days_to_close.iter().enumerate() {
            if days.is_negative() {
                errors.push(format!("{path}.{i}"), Reason::Negative);
            } else if *days > MAX_DAYS_TO_CLOSE {
                errors.push(format!("{path}.{i}"), Reason::OutOfRange);
            }
        }
    }

    /// Lag in whole months for each of `stages` stages (see [`lag_months`]).
    pub fn lags(&self, stages: usize) -> Vec<u32> {
        (0..stages).map(|i| self.days_to_close.get(i).map_or(0, |d| lag_months(*d))).collect()
    }
}

/// Whole months of lag: `days / (365/12)` rounded to the nearest month, halves up (45 days →
/// 1 month, 46 → 2). Rounding keeps every person in one month, so shifted volumes stay whole
/// and sum to the same totals. Negative days count as 0; days are capped at
/// [`MAX_DAYS_TO_CLOSE`].
pub fn lag_months(days: Decimal) -> u32 {
    if !days.is_positive() {
        return 0;
    }
    let scale = Decimal::ONE.units();
    let units = days.min(Decimal::from_int(MAX_DAYS_TO_CLOSE)).units();
    // round(units × 12 / (365 × scale)) = floor((24 × units + 365 × scale) / (730 × scale)).
    let months = (24 * units + DAYS_PER_YEAR * scale) / (2 * DAYS_PER_YEAR * scale);
    u32::try_from(months).unwrap_or(u32::MAX)
}

/// When one stage's volume has to happen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTiming {
    pub lag_months: u32,
    /// Volume to produce in each plan month: entry `i` feeds the customers closing in month
    /// `i + lag_months`.
    pub by_month: Vec<u64>,
    /// Volume feeding customers of the first `lag_months` months: it would have to happen
    /// before month 1, so it is pipeline the company must already have when the plan starts.
    pub pipeline_already_needed: u64,
}

/// Moves each stage's monthly volume `lag` months earlier. `volumes[s][m]` is what stage `s`
/// must produce for the customers closing in month `m` (month 1 first); `lags[s]` its lag
/// (missing = 0). For every stage, `sum(by_month) + pipeline_already_needed` equals the
/// stage's total. `None` only if a sum overflows.
pub fn shift_by_lag(volumes: &[Vec<u64>], lags: &[u32]) -> Option<Vec<StageTiming>> {
    volumes
        .iter()
        .enumerate()
        .map(|(s, months)| {
            let lag = lags.get(s).copied().unwrap_or(0);
            let shift = usize::try_from(lag).unwrap_or(usize::MAX);
            let mut by_month = vec![0u64; months.len()];
            let mut pipeline = 0u64;
            for (m, &v) in months.iter().enumerate() {
                let slot = m.checked_sub(shift).and_then(|target| by_month.get_mut(target));
                match slot {
                    Some(cell) => *cell = cell.checked_add(v)?,
                    None => pipeline = pipeline.checked_add(v)?,
                }
            }
            Some(StageTiming { lag_months: lag, by_month, pipeline_already_needed: pipeline })
        })
        .collect()
}

/// Each stage's total spread over the months with the same weights (quarters then months,
/// largest remainder at each level, see `nested_months`), ready for [`shift_by_lag`]. `None` when the weights are unusable.
pub fn monthly_volumes(stage_totals: &[u64], month_weights: &[Decimal]) -> Option<Vec<Vec<u64>>> {
    // The same nested split as the breakdowns, so both show the same months.
    stage_totals.iter().map(|&total| nested_months(total, month_weights).map(|(_, months)| months)).collect()
}
