//! Sales team capacity: reps, quota, new hires' ramp and attrition, turned into productive
//! rep-months, revenue capacity against the goal, and each rep's share of the funnel.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::funnel::{StageVolume, Team};
use serde::{Deserialize, Serialize};

/// Months the team model covers; a shorter horizon uses its first months.
pub const TEAM_MONTHS: usize = 12;
/// Most reps accepted in one field: far above any real team, small enough to never overflow.
pub const MAX_REPS: i64 = 1_000_000;
/// Most hire rows accepted.
pub const MAX_HIRES: usize = 100;
/// Longest ramp accepted, in months.
pub const MAX_RAMP_MONTHS: i64 = 12;

/// A group of reps joining together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewHire {
    /// Plan month they start, whole in 1..=12.
    pub start_month: Decimal,
    /// Whole number of reps, ≥ 0.
    pub count: Decimal,
    /// Whole months to full productivity, 0..=12: linear, `min(k / ramp, 1)` in the k-th month.
    pub ramp_months: Decimal,
}

impl Default for NewHire {
    /// One rep starting in month 1 with a three-month ramp, a common B2B figure, so a new
    /// row shows the ramp's effect at once.
    fn default() -> NewHire {
        NewHire { start_month: Decimal::ONE, count: Decimal::ONE, ramp_months: Decimal::from_int(3) }
    }
}

impl NewHire {
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::whole_in(errors, &format!("{prefix}.start_month"), self.start_month, 1, TEAM_MONTHS as i64);
        checks::whole_in(errors, &format!("{prefix}.count"), self.count, 0, MAX_REPS);
        checks::whole_in(errors, &format!("{prefix}.ramp_months"), self.ramp_months, 0, MAX_RAMP_MONTHS);
    }
}

/// The sales team as the user describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SalesTeam {
    /// Fully ramped reps at the start of the plan, whole, ≥ 0.
    pub reps: Decimal,
    /// Revenue each fully ramped rep is asked to close in a year.
    pub quota_per_rep: Decimal,
    /// Share of quota a rep is expected to actually close, in (0, 1].
    pub attainment: Decimal,
    pub hires: Vec<NewHire>,
    /// Share of reps expected to leave over a year, in [0, 1].
    pub yearly_attrition: Decimal,
}

impl Default for SalesTeam {
    /// One rep with a 125 000 quota at 80 % attainment (a usual planning haircut: quotas are
    /// set above what reps reliably close) brings exactly seed 003's 100 000 goal. No hires,
    /// no attrition: those are opt-in.
    fn default() -> SalesTeam {
        SalesTeam {
            reps: Decimal::ONE,
            quota_per_rep: Decimal::from_int(125_000),
            attainment: Decimal::from_parts(8, 1).unwrap_or(Decimal::ONE),
            hires: Vec::new(),
            yearly_attrition: Decimal::ZERO,
        }
    }
}

impl SalesTeam {
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::whole_in(errors, &format!("{prefix}.reps"), self.reps, 0, MAX_REPS);
        checks::positive(errors, &format!("{prefix}.quota_per_rep"), self.quota_per_rep);
        checks::rate(errors, &format!("{prefix}.attainment"), self.attainment);
        checks::share(errors, &format!("{prefix}.yearly_attrition"), self.yearly_attrition);
        if self.hires.len() > MAX_HIRES {
            errors.push(format!("{prefix}.hires"), Reason::TooMany);
            return;
        }
        for (i, hire) in self.hires.iter().enumerate() {
            hire.validate(&format!("{prefix}.hires.{i}"), errors);
        }
    }

    /// Revenue one fully ramped rep brings in a year: `quota_per_rep × attainment`.
    pub fn rep_yearly_capacity(&self) -> Option<Decimal> {
        self.quota_per_rep.checked_mul(self.attainment)
    }
}

/// Unnormalised productive share of one rep of a cohort in its `k`-th month (`k` = 1 is the
/// start month); the share itself is this over `24 × max(ramp, 1)`. It is
/// `retention × productivity` where
/// - productivity = `min(k / ramp, 1)`, linear; a ramp of 0 or 1 is full productivity at once
///   (a 3-month ramp gives 1/3, 2/3, then 1);
/// - retention = `1 − attrition × (k − ½) / 12`: linear loss of `attrition / 12` of the
///   starting size per month, measured mid-month, so a cohort ends a year at `1 − attrition`
///   and averages `1 − attrition / 2` over it (an expected value: fractional people are fine).
///
/// Keeping numerator and denominator apart lets a cohort's rep-months be divided once, so a
/// 3-month ramp adds up to exactly 1/3 + 2/3 + 1 = 2.
fn share_numerator(k: u32, ramp: u32, attrition: Decimal) -> Option<Decimal> {
    let elapsed = Decimal::from_int(2 * i64::from(k) - 1);
    let kept = Decimal::from_int(24).checked_sub(attrition.checked_mul(elapsed)?)?.max(Decimal::ZERO);
    let ramped = if ramp == 0 { 1 } else { k.min(ramp) };
    kept.checked_mul(Decimal::from_int(i64::from(ramped)))
}

/// What the team can close against the goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamCapacity {
    /// Productive full-time equivalents in each month of the horizon (to 9 decimals):
    /// `Σ cohorts count × retention(k) × productivity(k)` (see `share_numerator`), existing
    /// reps being a cohort starting in month 1 with no ramp.
    pub productive_fte: Vec<Decimal>,
    /// Productive rep-months over the horizon: the sum of `productive_fte`, but divided once
    /// per cohort so that whole results stay exactly whole.
    pub rep_months: Decimal,
    /// Revenue the team can close: `quota × attainment × rep_months / 12`.
    pub capacity: Decimal,
    pub goal: Decimal,
    /// `max(goal − capacity, 0)`.
    pub gap: Decimal,
    /// Fully ramped reps to add on day one to close the gap:
    /// `ceil(gap / (quota × attainment × horizon_months / 12))`, 0 if no gap. For a year,
    /// `ceil(gap / (quota × attainment))`.
    pub extra_reps_needed: u64,
}

/// Team capacity over the first `horizon_months` months (clamped to 1..=12) against `goal`.
/// `None` when attainment or quota is zero (no rep can close anything) or a figure overflows.
pub fn team_capacity(team: &SalesTeam, goal: Decimal, horizon_months: usize) -> Option<TeamCapacity> {
    let months = horizon_months.clamp(1, TEAM_MONTHS);
    let existing = (Decimal::ONE, team.reps, 0u32);
    let hires = team.hires.iter().map(|h| (h.start_month, h.count, whole(h.ramp_months)));
    let mut productive_fte = vec![Decimal::ZERO; months];
    let mut rep_months = Decimal::ZERO;
    for (start, count, ramp) in std::iter::once(existing).chain(hires) {
        let start = whole(start).max(1);
        let count = count.max(Decimal::ZERO);
        let denominator = Decimal::from_int(24 * i64::from(ramp.max(1)));
        let mut cohort_total = Decimal::ZERO;
        for (m, fte) in (1u32..).zip(productive_fte.iter_mut()) {
            let Some(k) = (m + 1).checked_sub(start).filter(|k| *k > 0) else { continue };
            let numerator = share_numerator(k, ramp, team.yearly_attrition)?;
            *fte = fte.checked_add(count.checked_mul(numerator)?.checked_div(denominator)?)?;
            cohort_total = cohort_total.checked_add(numerator)?;
        }
        rep_months = rep_months.checked_add(count.checked_mul(cohort_total)?.checked_div(denominator)?)?;
    }
    let per_rep_year = team.rep_yearly_capacity()?;
    let twelve = Decimal::from_int(TEAM_MONTHS as i64);
    let capacity = per_rep_year.checked_mul(rep_months)?.checked_div(twelve)?;
    let gap = goal.checked_sub(capacity)?.max(Decimal::ZERO);
    let per_rep_horizon = per_rep_year.checked_mul(Decimal::from_int(months as i64))?.checked_div(twelve)?;
    let extra = gap.ceil_div(per_rep_horizon)?;
    let extra_reps_needed = u64::try_from(extra).ok()?;
    Some(TeamCapacity { productive_fte, rep_months, capacity, goal, gap, extra_reps_needed })
}

/// One stage's volume shared among the reps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepWorkload {
    pub name: String,
    pub team: Team,
    /// The stage's volume over the horizon.
    pub volume: u64,
    /// `volume / (reps × months)`, exact to 9 decimals.
    pub per_month: Decimal,
    /// `ceil(ceil(volume / months) / reps)`: the monthly pace shared out, rounded up (seed
    /// 003: "100 leads a month"); the SLA's per-rep figures use the same rule.
    pub per_month_whole: u64,
    /// `volume / (reps × weeks)`, exact to 9 decimals.
    pub per_week: Decimal,
    pub per_week_whole: u64,
}

/// Each stage's volume per rep per month and per week. `reps` may be fractional (the plan's
/// average productive reps, hires weighted by their ramp). `None` when `reps`, `months` or `weeks` is not positive.
pub fn rep_workloads(
    stages: &[StageVolume],
    reps: Decimal,
    months: usize,
    weeks: usize,
) -> Option<Vec<RepWorkload>> {
    if !reps.is_positive() {
        return None;
    }
    // The whole figure is the period's even pace shared among the reps, `ceil(ceil(volume /
    // periods) / reps)`: the SLA computes its per-rep batch the same way, so the hand-over
    // stage reads the same here and there (equal to `ceil(volume / (reps × periods))` for
    // whole reps; with ramping hires `reps` is fractional and the two could differ by one).
    let per = |volume: u64, periods: usize| -> Option<(Decimal, u64)> {
        let count = Decimal::from_count(i128::try_from(periods).ok()?)?;
        let divisor = reps.checked_mul(count)?;
        let volume = Decimal::from_count(i128::from(volume))?;
        let exact = volume.checked_div(divisor)?;
        let pace = Decimal::from_count(volume.ceil_div(count)?)?;
        Some((exact, u64::try_from(pace.ceil_div(reps)?).ok()?))
    };
    stages
        .iter()
        .map(|s| {
            let (per_month, per_month_whole) = per(s.volume, months)?;
            let (per_week, per_week_whole) = per(s.volume, weeks)?;
            Some(RepWorkload {
                name: s.name.clone(),
                team: s.team,
                volume: s.volume,
                per_month,
                per_month_whole,
                per_week,
                per_week_whole,
            })
        })
        .collect()
}

/// A whole input field as a count; negatives and fractions read as their floor, at least 0.
fn whole(value: Decimal) -> u32 {
    u32::try_from(value.floor().max(0)).unwrap_or(u32::MAX)
}
