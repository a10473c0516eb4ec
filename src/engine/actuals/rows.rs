//! Plan vs actual period by period: each stage's cell (plan, actual or "no data", pace,
//! running totals for the chart) and the period's bottleneck, reusing tracking's rule.

use super::pace::{pace_status, team_of, Series};
use crate::engine::decimal::Decimal;
use crate::engine::funnel::{StageVolume, Team};
use crate::engine::tracking::{track, PaceStatus};
use serde::{Deserialize, Serialize};

/// One stage in one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodCell {
    pub planned: u64,
    /// `None`: nothing recorded for this stage this period ("no data", never 0).
    pub actual: Option<u64>,
    /// `actual / planned`; `None` without data or with nothing planned.
    pub pace: Option<Decimal>,
    pub status: Option<PaceStatus>,
    /// The plan's running total through this period.
    pub cumulative_planned: u64,
    /// Recorded counts through this period; `None` when this period has no data (a gap in
    /// the line, not a drop to zero).
    pub cumulative_actual: Option<u64>,
}

/// The conversion that cost the most customers in one period (tracking's rule with the whole
/// period elapsed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodBottleneck {
    pub from_stage: usize,
    pub to_stage: usize,
    /// The stage whose people are owed, e.g. "SQL".
    pub unit: String,
    /// Team whose unit `unit` is, by the hand-over rule (marketing up to the hand-over stage).
    pub owner: Team,
    /// Planned − actual at `to_stage` this period.
    pub owed: u64,
    pub customers_lost: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodRow {
    /// Plan month or week, 1 first.
    pub period: u32,
    /// Same order as the funnel.
    pub stages: Vec<PeriodCell>,
    /// Whether anything was recorded this period.
    pub has_data: bool,
    pub bottleneck: Option<PeriodBottleneck>,
}

/// One row per plan period from the stages' series.
pub(super) fn period_rows(stages: &[StageVolume], series: &[Series], handover: usize) -> Vec<PeriodRow> {
    let periods = series.first().map_or(0, |s| s.planned.len());
    let mut running: Vec<(u64, u64)> = vec![(0, 0); series.len()];
    (1..=periods)
        .map(|p| {
            let i = p - 1;
            let stages_cells: Vec<PeriodCell> = series
                .iter()
                .zip(running.iter_mut())
                .map(|(s, (plan_sum, actual_sum))| {
                    let planned = s.planned.get(i).copied().unwrap_or(0);
                    let actual = s.actual.get(i).copied().flatten();
                    *plan_sum = plan_sum.saturating_add(planned);
                    if let Some(a) = actual {
                        *actual_sum = actual_sum.saturating_add(a);
                    }
                    let pace = actual.and_then(|a| ratio(a, planned));
                    PeriodCell {
                        planned,
                        actual,
                        pace,
                        status: actual.map(|a| pace_status(a, planned)),
                        cumulative_planned: *plan_sum,
                        cumulative_actual: actual.map(|_| *actual_sum),
                    }
                })
                .collect();
            let has_data = stages_cells.iter().any(|c| c.actual.is_some());
            let period = u32::try_from(p).unwrap_or(u32::MAX);
            let bottleneck = if has_data { bottleneck(stages, &stages_cells, handover) } else { None };
            PeriodRow { period, stages: stages_cells, has_data, bottleneck }
        })
        .collect()
}

/// `a / b` exactly (to nine places); `None` when `b` is 0.
pub(super) fn ratio(a: u64, b: u64) -> Option<Decimal> {
    Decimal::from_count(i128::from(a))?.checked_div(Decimal::from_count(i128::from(b))?)
}

fn bottleneck(stages: &[StageVolume], cells: &[PeriodCell], handover: usize) -> Option<PeriodBottleneck> {
    let month: Vec<StageVolume> =
        stages.iter().zip(cells).map(|(s, c)| StageVolume { volume: c.planned, ..s.clone() }).collect();
    let actuals: Vec<Option<u64>> = cells.iter().map(|c| c.actual).collect();
    let report = track(&month, &actuals, Decimal::ONE);
    let b = report.bottleneck?;
    let t = report.transitions.get(b.transition)?;
    Some(PeriodBottleneck {
        from_stage: t.from_index,
        to_stage: t.to_index,
        unit: b.unit,
        owner: team_of(t.to_index, handover),
        owed: b.owed,
        customers_lost: b.customers_lost,
    })
}
