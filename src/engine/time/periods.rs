//! The plan's horizon and calendar (months, weeks, working days, seasonality) and the exact
//! breakdown of any whole total over those periods.

use super::allocation::allocate;
use crate::engine::checks;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use serde::{Deserialize, Serialize};

/// Number of monthly seasonality weights: one per month of a year.
pub const MONTHS_IN_YEAR: usize = 12;

/// Period the goal covers. It always starts at plan month 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Seed 003 states a yearly goal, hence the default.
    #[default]
    Year,
    Quarter,
    Month,
}

impl Horizon {
    /// Months covered: 12, 3 or 1.
    pub fn months(self) -> usize {
        match self {
            Horizon::Year => 12,
            Horizon::Quarter => 3,
            Horizon::Month => 1,
        }
    }

    /// Whole weeks covered: 52, 13, or 4 for a month. A month is really 52/12 ≈ 4.33 weeks;
    /// planning it on 4 full weeks means weekly targets reach the monthly total with the last
    /// partial week as slack, never short of it.
    pub fn weeks(self) -> usize {
        match self {
            Horizon::Year => 52,
            Horizon::Quarter => 13,
            Horizon::Month => 4,
        }
    }

    /// Whole quarters covered: 4, 1, or 0 for a month.
    pub fn quarters(self) -> usize {
        self.months() / 3
    }
}

/// Calendar settings for the breakdowns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeriodSettings {
    pub horizon: Horizon,
    /// Whole number in 1..=7.
    pub working_days_per_week: Decimal,
    /// Twelve relative weights, month 1 first (e.g. 8 for a quiet August, 12 for a busy
    /// month); only their ratios matter. `None` spreads volume evenly. A quarter horizon uses
    /// months 1–3 and a month horizon month 1 only.
    pub seasonality: Option<Vec<Decimal>>,
}

impl Default for PeriodSettings {
    /// A year of five-day weeks with no seasonality: the plainest reading of a yearly goal.
    fn default() -> PeriodSettings {
        PeriodSettings {
            horizon: Horizon::Year,
            working_days_per_week: Decimal::from_int(5),
            seasonality: None,
        }
    }
}

impl PeriodSettings {
    /// Working days per week in 1..=7; seasonality has exactly 12 weights, each ≥ 0, and those
    /// of the horizon's months are not all zero.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::whole_in(
            errors,
            &format!("{prefix}.working_days_per_week"),
            self.working_days_per_week,
            1,
            7,
        );
        let Some(weights) = &self.seasonality else { return };
        let path = format!("{prefix}.seasonality");
        if weights.len() < MONTHS_IN_YEAR {
            errors.push(path, Reason::TooFew);
            return;
        }
        if weights.len() > MONTHS_IN_YEAR {
            errors.push(path, Reason::TooMany);
            return;
        }
        let mut all_valid = true;
        for (i, w) in weights.iter().enumerate() {
            all_valid &= checks::non_negative(errors, &format!("{path}.{i}"), *w);
        }
        if all_valid && self.month_weights().iter().all(|w| w.is_zero()) {
            errors.push(path, Reason::MustBePositive);
        }
    }

    /// Working days per week, clamped to 1..=7 so unvalidated input cannot break a breakdown.
    pub fn days_per_week(&self) -> usize {
        self.working_days_per_week.floor().clamp(1, 7) as usize
    }

    /// Weights of the horizon's months (all 1 without seasonality).
    pub fn month_weights(&self) -> Vec<Decimal> {
        let months = self.horizon.months();
        match &self.seasonality {
            Some(w) if w.len() >= months => w[..months].to_vec(),
            _ => vec![Decimal::ONE; months],
        }
    }

    /// Weight of each week. Weeks and months are laid on the same line: with M months and W
    /// weeks, month m covers slots [W·m, W·(m+1)) and week j covers [M·j, M·(j+1)) of M·W equal
    /// slots, and a week's weight is the sum of its slots' month weights. Flat months give flat
    /// weeks, and a week straddling two months takes from both in proportion. `None` only if
    /// a sum overflows (weights far beyond `MAX_INPUT`).
    pub fn week_weights(&self) -> Option<Vec<Decimal>> {
        let months = self.month_weights();
        let weeks = self.horizon.weeks();
        let m = months.len();
        (0..weeks)
            .map(|j| {
                (m * j..m * (j + 1))
                    .filter_map(|slot| months.get(slot / weeks))
                    .try_fold(Decimal::ZERO, |sum, w| sum.checked_add(*w))
            })
            .collect()
    }
}

/// One granularity of a breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodSplit {
    /// Whole amount per period, in order; sums exactly to the total.
    pub parts: Vec<u64>,
    /// Headline "per period" figure: `ceil(total / periods)`, the even pace that reaches the
    /// total if held every period (2 500 a year → 209 a month, 49 a week). 0 if no periods.
    pub pace: u64,
    /// Largest part: the busiest period's target (differs from `pace` with seasonality).
    pub peak: u64,
}

impl PeriodSplit {
    fn new(parts: Vec<u64>, total: u64) -> PeriodSplit {
        let count = parts.len() as u64;
        let pace = if count == 0 { 0 } else { total.div_ceil(count) };
        let peak = parts.iter().copied().max().unwrap_or(0);
        PeriodSplit { parts, pace, peak }
    }
}

/// A total spread over the horizon at every granularity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub total: u64,
    /// Largest-remainder split over the quarters' weights; empty for a month horizon.
    pub quarters: PeriodSplit,
    /// Each quarter split over its months by largest remainder (see `nested_months`), so
    /// three consecutive months sum to their quarter.
    pub months: PeriodSplit,
    /// Largest-remainder split over [`PeriodSettings::week_weights`], independent of the
    /// monthly split (weeks do not align with months).
    pub weeks: PeriodSplit,
    /// Largest-remainder split over `weeks × working_days_per_week` days, each day weighted
    /// like its week.
    pub working_days: PeriodSplit,
}

/// Quarters, then each quarter's months: the year is split over the quarters' weights (sums of
/// their months'), then each quarter over its months, by largest remainder at each level. So
/// quarters of equal weight differ by at most one and each quarter is the sum of its months
/// (a flat 125 000 a year: 31 250 a quarter, 10 417 + 10 417 + 10 416 in each), where one
/// split of the months would pile the remainders on the first eight. With fewer than three
/// months (a month horizon) there are no quarters and the months are split directly.
pub fn nested_months(total: u64, weights: &[Decimal]) -> Option<(Vec<u64>, Vec<u64>)> {
    if weights.len() < 3 {
        return Some((Vec::new(), allocate(total, weights)?));
    }
    let blocks: Vec<&[Decimal]> = weights.chunks(3).collect();
    let block_weights: Vec<Decimal> = blocks
        .iter()
        .map(|b| b.iter().try_fold(Decimal::ZERO, |s, w| s.checked_add(*w)))
        .collect::<Option<_>>()?;
    let quarters = allocate(total, &block_weights)?;
    let mut months = Vec::with_capacity(weights.len());
    for (quarter, block) in quarters.iter().zip(&blocks) {
        // A quarter of zero weight gets nothing, and its months all zero.
        match *quarter {
            0 => months.extend(std::iter::repeat_n(0, block.len())),
            q => months.extend(allocate(q, block)?),
        }
    }
    let full = weights.len() / 3;
    Some((quarters.into_iter().take(full).collect(), months))
}

/// Spreads `total` over the horizon. Every split sums exactly to `total`. `None` when the
/// horizon's seasonality weights are all zero or negative (rejected by validation).
pub fn breakdown(total: u64, settings: &PeriodSettings) -> Option<Breakdown> {
    Calendar::of(settings)?.split(total)
}

/// The horizon's weights at every granularity, worked out once for all the totals a plan
/// spreads (each stage of each source, at every keystroke): the weeks' weights are sums over
/// months × weeks slots, the days' a copy per working day.
pub struct Calendar {
    months: Vec<Decimal>,
    weeks: Vec<Decimal>,
    days: Vec<Decimal>,
}

impl Calendar {
    /// `None` only if a week's weight overflows (weights far beyond `MAX_INPUT`).
    pub fn of(settings: &PeriodSettings) -> Option<Calendar> {
        let weeks = settings.week_weights()?;
        let per_week = settings.days_per_week();
        let days = weeks.iter().flat_map(|w| std::iter::repeat_n(*w, per_week)).collect();
        Some(Calendar { months: settings.month_weights(), weeks, days })
    }

    /// `total` spread as [`breakdown`] does.
    pub fn split(&self, total: u64) -> Option<Breakdown> {
        let (quarters, months) = nested_months(total, &self.months)?;
        let weeks = allocate(total, &self.weeks)?;
        let days = allocate(total, &self.days)?;
        Some(Breakdown {
            total,
            quarters: PeriodSplit::new(quarters, total),
            months: PeriodSplit::new(months, total),
            weeks: PeriodSplit::new(weeks, total),
            working_days: PeriodSplit::new(days, total),
        })
    }
}
