//! Plan vs actual to date for each stage: pace, run-rate and lag-aware projections to the end
//! of the horizon, each team's gap in its own units and the whole counts needed next period.
//!
//! Rules: a period without data for a stage is left out of both sides of its comparison
//! (never read as zero); every period compares with the *current* plan's figure for it, so a
//! plan changed mid-year re-judges past months against the new plan (what changed is listed
//! by the agreement's diff).

use super::input::PeriodActuals;
use super::rows::{period_rows, ratio, PeriodRow};
use crate::engine::decimal::Decimal;
use crate::engine::funnel::{StageVolume, Team};
use crate::engine::tracking::{ahead_from, behind_below, PaceStatus};
use serde::{Deserialize, Serialize};

/// What [`pace`] compares.
pub struct PaceInput<'a> {
    pub stages: &'a [StageVolume],
    /// `planned[s][p]`: stage `s`'s plan for period `p + 1` (all stages the same length).
    pub planned: &'a [Vec<u64>],
    pub recorded: &'a [PeriodActuals],
    /// Marketing owns stages up to and including this one, sales the ones after it.
    pub handover: usize,
    /// Each stage's lag to a customer in periods; empty or 0 = no lag.
    pub lags: &'a [u32],
}

/// A stage's volume still able to close within the horizon given its lag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InTime {
    pub lag_periods: u32,
    /// Recorded plus run-rate volume in periods `1..=horizon − lag`.
    pub projected: u64,
    /// The plan's volume in the same periods.
    pub planned: u64,
    /// `floor(projected × rate to customer)`: customers it brings within the horizon.
    pub customers: u64,
}

/// One stage, all recorded periods together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageToDate {
    pub name: String,
    /// Owner by the hand-over rule.
    pub team: Team,
    pub periods_recorded: u32,
    /// The plan over the recorded periods only.
    pub planned_to_date: u64,
    pub actual_to_date: u64,
    pub pace: Option<Decimal>,
    pub status: Option<PaceStatus>,
    /// `planned_to_date − actual_to_date` when behind, else 0.
    pub shortfall: u64,
    /// `actual_to_date − planned_to_date` when ahead, else 0.
    pub surplus: u64,
    /// The plan over the whole horizon.
    pub planned_total: u64,
    /// Run rate: `floor(actual_to_date × periods / periods_recorded)`.
    pub projected: Option<u64>,
    /// Only for a stage with a lag (days to close set) and data.
    pub in_time: Option<InTime>,
    /// The plan for the period after the last recorded one.
    pub next_planned: Option<u64>,
    /// `next_planned + shortfall`: back on plan in one period.
    pub next_needed: Option<u64>,
    /// `ceil((plan still to come + shortfall) / periods left)`: back on plan by the end.
    pub per_period_to_finish: Option<u64>,
}

/// A team's gap in its own unit: marketing at its deepest recorded stage up to the hand-over,
/// sales at its deepest recorded stage after it (customers when recorded).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamGap {
    pub team: Team,
    pub stage: usize,
    pub name: String,
    pub shortfall: u64,
    pub surplus: u64,
    pub status: Option<PaceStatus>,
    pub next_needed: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaceReport {
    pub periods: Vec<PeriodRow>,
    pub stages: Vec<StageToDate>,
    /// Last period with any data.
    pub last_recorded: Option<u32>,
    pub marketing: Option<TeamGap>,
    pub sales: Option<TeamGap>,
    /// Index of the deepest stage with data: its pace is the plan's pace (the verdict's).
    pub overall_stage: Option<usize>,
    pub overall_status: Option<PaceStatus>,
}

/// A stage's planned and recorded figures, one entry per period.
pub(super) struct Series {
    pub planned: Vec<u64>,
    pub actual: Vec<Option<u64>>,
}

/// Marketing up to and including the hand-over stage, sales after it.
pub fn team_of(stage: usize, handover: usize) -> Team {
    if stage <= handover {
        Team::Marketing
    } else {
        Team::Sales
    }
}

/// Status of `actual` against `planned`, tracking's thresholds; nothing planned is ahead with
/// any actual and on track with none.
pub fn pace_status(actual: u64, planned: u64) -> PaceStatus {
    match ratio(actual, planned) {
        None if actual > 0 => PaceStatus::Ahead,
        None => PaceStatus::OnTrack,
        Some(p) if p >= ahead_from() => PaceStatus::Ahead,
        Some(p) if p >= behind_below() => PaceStatus::OnTrack,
        Some(_) => PaceStatus::Behind,
    }
}

/// Compares recorded periods with the plan; see the module's rules.
pub fn pace(input: &PaceInput) -> PaceReport {
    let periods = input.planned.first().map_or(0, Vec::len);
    let series: Vec<Series> = (0..input.stages.len())
        .map(|s| Series {
            planned: (0..periods)
                .map(|p| input.planned.get(s).and_then(|v| v.get(p)).copied().unwrap_or(0))
                .collect(),
            actual: (1..=periods).map(|p| recorded_count(input.recorded, p, s)).collect(),
        })
        .collect();
    let last_recorded = (0..periods)
        .rev()
        .find(|&p| series.iter().any(|s| s.actual.get(p).copied().flatten().is_some()))
        .map(|p| p + 1);
    let stages: Vec<StageToDate> = input
        .stages
        .iter()
        .zip(&series)
        .enumerate()
        .map(|(i, (stage, s))| to_date(stage, s, input, i, last_recorded))
        .collect();
    let deepest = |range: &mut dyn DoubleEndedIterator<Item = usize>| {
        range.rev().find(|&s| stages.get(s).is_some_and(|x| x.periods_recorded > 0))
    };
    let gap = |stage: Option<usize>, team| {
        let x = stages.get(stage?)?;
        Some(TeamGap {
            team,
            stage: stage?,
            name: x.name.clone(),
            shortfall: x.shortfall,
            surplus: x.surplus,
            status: x.status,
            next_needed: x.next_needed,
        })
    };
    let handover_end = (input.handover + 1).min(stages.len());
    let marketing = gap(deepest(&mut (0..handover_end)), Team::Marketing);
    let sales = gap(deepest(&mut (handover_end..stages.len())), Team::Sales);
    let overall_stage = deepest(&mut (0..stages.len()));
    PaceReport {
        periods: period_rows(input.stages, &series, input.handover),
        overall_status: overall_stage.and_then(|s| stages.get(s)).and_then(|s| s.status),
        stages,
        last_recorded: last_recorded.and_then(|p| u32::try_from(p).ok()),
        marketing,
        sales,
        overall_stage,
    }
}

fn recorded_count(recorded: &[PeriodActuals], period: usize, stage: usize) -> Option<u64> {
    let period = u32::try_from(period).ok()?;
    recorded.iter().find(|r| r.period == period)?.count(stage)
}

/// `floor(a × b / c)` in 128 bits, saturating; `None` when `c` is 0.
fn mul_div(a: u64, b: u64, c: u64) -> Option<u64> {
    let v = u128::from(a).checked_mul(u128::from(b))?.checked_div(u128::from(c))?;
    Some(u64::try_from(v).unwrap_or(u64::MAX))
}

fn to_date(stage: &StageVolume, s: &Series, input: &PaceInput, i: usize, last: Option<usize>) -> StageToDate {
    let periods = s.planned.len();
    let pairs: Vec<(u64, u64)> =
        s.planned.iter().zip(&s.actual).filter_map(|(p, a)| a.map(|a| (*p, a))).collect();
    let n = pairs.len() as u64;
    let planned_to_date = pairs.iter().fold(0u64, |t, (p, _)| t.saturating_add(*p));
    let actual_to_date = pairs.iter().fold(0u64, |t, (_, a)| t.saturating_add(*a));
    let planned_total = s.planned.iter().fold(0u64, |t, p| t.saturating_add(*p));
    let shortfall = planned_to_date.saturating_sub(actual_to_date);
    let recorded = n > 0;
    let lag = input.lags.get(i).copied().unwrap_or(0);
    let in_time = (recorded && lag > 0).then(|| {
        let window = periods.saturating_sub(usize::try_from(lag).unwrap_or(usize::MAX));
        let actual_in: u64 = s.actual.iter().take(window).flatten().sum();
        let unrecorded = s.actual.iter().take(window).filter(|a| a.is_none()).count() as u64;
        let projected = actual_in.saturating_add(mul_div(actual_to_date, unrecorded, n).unwrap_or(0));
        let customers = Decimal::from_count(i128::from(projected))
            .and_then(|v| v.checked_mul(stage.rate_to_customer))
            .and_then(|v| u64::try_from(v.floor()).ok())
            .unwrap_or(0);
        InTime { lag_periods: lag, projected, planned: s.planned.iter().take(window).sum(), customers }
    });
    let next = last.filter(|&l| l < periods && recorded);
    let next_planned = next.and_then(|l| s.planned.get(l).copied());
    let per_period_to_finish = next.map(|l| {
        let to_come = s.planned.iter().skip(l).fold(0u64, |t, p| t.saturating_add(*p));
        let left = (periods - l) as u64;
        to_come.saturating_add(shortfall).div_ceil(left)
    });
    StageToDate {
        name: stage.name.clone(),
        team: team_of(i, input.handover),
        periods_recorded: u32::try_from(n).unwrap_or(u32::MAX),
        planned_to_date,
        actual_to_date,
        pace: if recorded { ratio(actual_to_date, planned_to_date) } else { None },
        status: recorded.then(|| pace_status(actual_to_date, planned_to_date)),
        shortfall,
        surplus: actual_to_date.saturating_sub(planned_to_date),
        planned_total,
        projected: mul_div(actual_to_date, periods as u64, n),
        in_time,
        next_planned,
        next_needed: next_planned.map(|p| p.saturating_add(shortfall)),
        per_period_to_finish,
    }
}
