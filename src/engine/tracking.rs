//! Actuals against plan mid-period (seed 000: find the "bulges" where leads get stuck): pace per
//! stage, end-of-period projection, actual vs planned conversion and the costliest bottleneck.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::funnel::{StageVolume, Team, MAX_COUNT, MAX_STAGES};
use serde::{Deserialize, Serialize};

/// Pace at or above 1.05 is `Ahead` (a 5 % margin so day-to-day noise does not flip the status).
pub fn ahead_from() -> Decimal {
    Decimal::from_parts(105, 2).unwrap_or(Decimal::ONE)
}

/// Pace below 0.95 is `Behind`; from 0.95 up to (excluding) 1.05 is `OnTrack`.
pub fn behind_below() -> Decimal {
    Decimal::from_parts(95, 2).unwrap_or(Decimal::ONE)
}

/// What the user enters to track the current period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrackingInput {
    /// Off by default: tracking needs actuals the user has not typed yet.
    pub enabled: bool,
    /// Actual count so far per stage, aligned with the funnel; `None` = not tracked.
    pub actuals: Vec<Option<Decimal>>,
    /// Share of the period elapsed, in (0, 1].
    pub elapsed: Decimal,
}

impl Default for TrackingInput {
    /// Mid-period with nothing tracked: the neutral starting point of a check-in.
    fn default() -> TrackingInput {
        TrackingInput {
            enabled: false,
            actuals: Vec::new(),
            elapsed: Decimal::from_parts(5, 1).unwrap_or(Decimal::ONE),
        }
    }
}

impl TrackingInput {
    /// `elapsed` in (0, 1]; each tracked actual a whole count ≥ 0; at most `MAX_STAGES` entries.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::rate(errors, &format!("{prefix}.elapsed"), self.elapsed);
        if self.actuals.len() > MAX_STAGES {
            errors.push(format!("{prefix}.actuals"), Reason::TooMany);
        }
        let max = i64::try_from(MAX_COUNT).unwrap_or(i64::MAX);
        for (i, actual) in self.actuals.iter().enumerate() {
            if let Some(value) = actual {
                checks::whole_in(errors, &format!("{prefix}.actuals.{i}"), *value, 0, max);
            }
        }
    }

    /// Actuals as counts (fractions floor, negatives read as 0).
    pub fn actual_counts(&self) -> Vec<Option<u64>> {
        self.actuals.iter().map(|a| a.map(|v| u64::try_from(v.floor().max(0)).unwrap_or(u64::MAX))).collect()
    }
}

/// Pace status; see [`ahead_from`] and [`behind_below`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceStatus {
    Ahead,
    OnTrack,
    Behind,
}

/// One stage's progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageProgress {
    pub name: String,
    pub team: Team,
    pub planned: u64,
    pub actual: Option<u64>,
    /// `actual / (planned × elapsed)`; `None` if untracked, nothing planned or no time elapsed.
    pub pace: Option<Decimal>,
    /// `None` if untracked or no time elapsed; planned 0 is `Ahead` with any actual, else on track.
    pub status: Option<PaceStatus>,
    /// `floor(actual / elapsed)`: end-of-period volume at today's pace.
    pub projected: Option<u64>,
    /// What the owning team still owes: `planned − projected` when short, else 0.
    pub shortfall: Option<u64>,
}

/// Conversion between two consecutive tracked stages (untracked stages in between are skipped
/// and their planned rates multiplied in).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transition {
    pub from_index: usize,
    pub to_index: usize,
    pub from: String,
    pub to: String,
    /// Team owning the conversion: the team of the stage people leave.
    pub owner: Team,
    pub planned_rate: Decimal,
    /// `actual[to] / actual[from]`; `None` when nobody reached `from` yet.
    pub actual_rate: Option<Decimal>,
    /// `projected[from] × (planned − actual rate) × rate_to_customer[to]`, 0 without a shortfall.
    pub customers_lost: Decimal,
}

/// The transition costing the most customers, in the owning team's units.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bottleneck {
    /// Index into `TrackingReport::transitions`.
    pub transition: usize,
    pub owner: Team,
    /// Stage whose people are owed (e.g. "MQL").
    pub unit: String,
    /// "`owner` owes `owed` more `unit` this period": planned − projected at the `to` stage.
    pub owed: u64,
    pub customers_lost: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackingReport {
    pub stages: Vec<StageProgress>,
    pub transitions: Vec<Transition>,
    pub bottleneck: Option<Bottleneck>,
}

/// Tracks `actuals` (aligned with `planned`; missing entries are untracked) at `elapsed` share
/// of the period. The bottleneck is the transition with the largest positive `customers_lost`
/// (earliest on ties): a shortfall early in the funnel is weighted by the whole rest of it.
pub fn track(planned: &[StageVolume], actuals: &[Option<u64>], elapsed: Decimal) -> TrackingReport {
    let actual_at = |i: usize| actuals.get(i).copied().flatten();
    let stages: Vec<StageProgress> =
        planned.iter().enumerate().map(|(i, p)| progress(p, actual_at(i), elapsed)).collect();
    let tracked: Vec<usize> = (0..planned.len()).filter(|i| actual_at(*i).is_some()).collect();
    let transitions: Vec<Transition> =
        tracked.windows(2).filter_map(|w| transition(planned, &stages, w.first()?, w.get(1)?)).collect();
    let bottleneck = transitions
        .iter()
        .enumerate()
        .filter(|(_, t)| t.customers_lost.is_positive())
        .fold(None::<(usize, &Transition)>, |best, (i, t)| match best {
            Some((_, b)) if b.customers_lost >= t.customers_lost => best,
            _ => Some((i, t)),
        })
        .map(|(i, t)| Bottleneck {
            transition: i,
            owner: t.owner,
            unit: t.to.clone(),
            owed: stages.get(t.to_index).and_then(|s| s.shortfall).unwrap_or(0),
            customers_lost: t.customers_lost,
        });
    TrackingReport { stages, transitions, bottleneck }
}

fn progress(plan: &StageVolume, actual: Option<u64>, elapsed: Decimal) -> StageProgress {
    let started = elapsed.is_positive();
    let actual_dec = actual.and_then(|a| Decimal::from_count(i128::from(a)));
    let expected = Decimal::from_count(i128::from(plan.volume)).and_then(|p| p.checked_mul(elapsed));
    let pace = match (actual_dec, expected) {
        (Some(a), Some(e)) if started && e.is_positive() => a.checked_div(e),
        _ => None,
    };
    let status = match (actual, started) {
        (Some(a), true) if plan.volume == 0 => {
            Some(if a > 0 { PaceStatus::Ahead } else { PaceStatus::OnTrack })
        }
        (Some(_), true) => pace.map(status_of),
        _ => None,
    };
    let projected =
        actual_dec.filter(|_| started).and_then(|a| a.floor_div(elapsed)).and_then(|p| u64::try_from(p).ok());
    StageProgress {
        name: plan.name.clone(),
        team: plan.team,
        planned: plan.volume,
        actual,
        pace,
        status,
        projected,
        shortfall: projected.map(|p| plan.volume.saturating_sub(p)),
    }
}

/// Thresholds are exact decimals, and truncating the pace toward zero keeps every comparison
/// with them exact.
fn status_of(pace: Decimal) -> PaceStatus {
    if pace >= ahead_from() {
        PaceStatus::Ahead
    } else if pace >= behind_below() {
        PaceStatus::OnTrack
    } else {
        PaceStatus::Behind
    }
}

fn transition(
    planned: &[StageVolume],
    stages: &[StageProgress],
    from: &usize,
    to: &usize,
) -> Option<Transition> {
    let (from, to) = (*from, *to);
    let planned_rate =
        planned.get(from..to)?.iter().try_fold(Decimal::ONE, |acc, s| acc.checked_mul(s.rate))?;
    let (src, dst) = (stages.get(from)?, stages.get(to)?);
    let actual_rate = match (src.actual, dst.actual) {
        (Some(a), Some(b)) if a > 0 => {
            Decimal::from_count(i128::from(b))?.checked_div(Decimal::from_count(i128::from(a))?)
        }
        _ => None,
    };
    let shortfall =
        actual_rate.map(|r| planned_rate.checked_sub(r).unwrap_or(Decimal::ZERO).max(Decimal::ZERO));
    let customers_lost = match (shortfall, src.projected) {
        (Some(gap), Some(volume)) if gap.is_positive() => Decimal::from_count(i128::from(volume))
            .and_then(|v| v.checked_mul(gap))
            .and_then(|v| v.checked_mul(planned.get(to)?.rate_to_customer))
            .unwrap_or(Decimal::ZERO),
        _ => Decimal::ZERO,
    };
    Some(Transition {
        from_index: from,
        to_index: to,
        from: src.name.clone(),
        to: dst.name.clone(),
        owner: src.team,
        planned_rate,
        actual_rate,
        customers_lost,
    })
}
