//! Goal-seek on one rate at a time: with today's top-of-funnel volume, the smallest value each
//! single conversion rate would need for the forward funnel to reach the customers needed.

use super::checks;
use super::decimal::{Decimal, PLACES};
use super::error::Errors;
use super::funnel::{forward, Stage, Team, MAX_COUNT};
use serde::{Deserialize, Serialize};

/// What the user enters for goal-seek: the volume the top of the funnel produces today.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalSeekInput {
    /// Off by default: goal-seek only means something once the user knows today's volume.
    pub enabled: bool,
    /// Whole people entering stage 0 over the plan's horizon.
    pub top_volume: Decimal,
}

impl Default for GoalSeekInput {
    /// 100 000 visitors: 80 % of the 125 000 the default plan needs, so every rate has a
    /// reachable, visible target out of the box.
    fn default() -> GoalSeekInput {
        GoalSeekInput { enabled: false, top_volume: Decimal::from_int(100_000) }
    }
}

impl GoalSeekInput {
    /// `top_volume` must be a whole number of people within the engine's count range.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        let max = i64::try_from(MAX_COUNT).unwrap_or(i64::MAX);
        checks::whole_in(errors, &format!("{prefix}.top_volume"), self.top_volume, 0, max);
    }

    /// The validated volume as a count (negative or fractional input reads as its floor, ≥ 0).
    pub fn top_count(&self) -> u64 {
        u64::try_from(self.top_volume.floor().max(0)).unwrap_or(u64::MAX)
    }
}

/// The smallest rate reaching the goal, or that even 100 % is not enough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RateTarget {
    /// Minimal rate (to the engine's nine decimals); may be below today's rate when the goal is
    /// already met, which shows the slack.
    Reachable { rate: Decimal },
    /// Even a 100 % rate at this transition leaves the goal out of reach.
    NotReachable,
}

/// Goal-seek result for the transition `from → to` (stage `index` to `index + 1`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RateSeek {
    pub index: usize,
    pub from: String,
    pub to: String,
    /// Team owning the stage the rate leaves from.
    pub team: Team,
    pub current_rate: Decimal,
    pub target: RateTarget,
}

/// Goal-seek over every rate, other rates fixed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalSeekReport {
    pub top_volume: u64,
    pub customers_needed: u64,
    /// Customers today's rates deliver: `forward(stages, 0, top_volume)` at the last stage.
    pub current_customers: Option<u64>,
    /// `current_customers ≥ customers_needed`.
    pub already_met: bool,
    pub rates: Vec<RateSeek>,
}

/// For each rate `i` (stage `i → i+1`), the minimal `r` in [0, 1] such that
/// `forward(stages with rate[i] = r, 0, top_volume).last() ≥ customers`, else `NotReachable`.
///
/// Exact by construction: the forward funnel (floor per stage) is non-decreasing in each rate,
/// so a binary search over the 10^9 + 1 decimal units of [0, 1] (30 steps) finds the minimal
/// unit directly with `forward`; no floating point and no closed-form rounding argument.
pub fn goal_seek(stages: &[Stage], top_volume: u64, customers: u64) -> GoalSeekReport {
    let current_customers = customers_at_end(stages, top_volume);
    let transitions = stages.len().saturating_sub(1);
    let rates = stages
        .iter()
        .zip(stages.iter().skip(1))
        .take(transitions)
        .enumerate()
        .map(|(index, (from, to))| RateSeek {
            index,
            from: from.name.clone(),
            to: to.name.clone(),
            team: from.team,
            current_rate: from.rate,
            target: seek_rate(stages, index, top_volume, customers),
        })
        .collect();
    GoalSeekReport {
        top_volume,
        customers_needed: customers,
        current_customers,
        already_met: current_customers.is_some_and(|c| c >= customers),
        rates,
    }
}

fn customers_at_end(stages: &[Stage], top_volume: u64) -> Option<u64> {
    forward(stages, 0, top_volume)?.last().copied()
}

fn seek_rate(stages: &[Stage], index: usize, top_volume: u64, customers: u64) -> RateTarget {
    let one = Decimal::ONE.units();
    let mut trial = stages.to_vec();
    let mut reaches = |units: i128| -> bool {
        let rate = i64::try_from(units).ok().and_then(|u| Decimal::from_parts(u, PLACES));
        match (rate, trial.get_mut(index)) {
            (Some(rate), Some(stage)) => {
                stage.rate = rate;
                customers_at_end(&trial, top_volume).is_some_and(|c| c >= customers)
            }
            _ => false,
        }
    };
    if !reaches(one) {
        return RateTarget::NotReachable;
    }
    // Invariant: `reaches(hi)` holds and every unit below `lo` fails.
    let (mut lo, mut hi) = (0i128, one);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if reaches(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    match i64::try_from(hi).ok().and_then(|u| Decimal::from_parts(u, PLACES)) {
        Some(rate) => RateTarget::Reachable { rate },
        None => RateTarget::NotReachable,
    }
}
