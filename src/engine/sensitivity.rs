//! Sensitivity tornado: how much top-of-funnel volume (and budget) a ±10 % change of each rate,
//! or of the deal size, saves or costs, recomputed exactly through `funnel::reverse`.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::funnel::{reverse_top, Stage, MAX_COUNT};
use serde::{Deserialize, Serialize};

/// What the user sets for the tornado.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SensitivityInput {
    /// Relative change applied up and down, in (0, 1): 0.1 = ±10 %.
    pub lift: Decimal,
    /// Cost of one top-of-funnel unit (e.g. per visitor); off by default, as most users do not
    /// know it at first.
    pub cost_per_top_unit: Option<Decimal>,
}

impl Default for SensitivityInput {
    /// ±10 %: a realistic improvement from one focused quarter of work on a single rate.
    fn default() -> SensitivityInput {
        SensitivityInput { lift: Decimal::from_parts(1, 1).unwrap_or(Decimal::ONE), cost_per_top_unit: None }
    }
}

impl SensitivityInput {
    /// `lift` in (0, 1) (100 % would make the downside rate 0); cost, when given, ≥ 0.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        let path = format!("{prefix}.lift");
        if checks::rate(errors, &path, self.lift) && self.lift == Decimal::ONE {
            errors.push(path, Reason::OutOfRange);
        }
        if let Some(cost) = self.cost_per_top_unit {
            checks::non_negative(errors, &format!("{prefix}.cost_per_top_unit"), cost);
        }
    }
}

/// Which input a tornado bar varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SensitivityLever {
    /// The rate from stage `index` to `index + 1`.
    Rate {
        index: usize,
    },
    DealSize,
}

/// One side of a bar: the varied input's new value and its effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SensitivityShift {
    pub value: Decimal,
    /// Top-of-funnel volume needed; `None` when out of reach (rate 0 or count too large).
    pub top_volume: Option<u64>,
    /// `baseline_top − top_volume`: positive = saved, negative = extra volume needed.
    pub saved: Option<i64>,
    /// `saved × cost_per_top_unit`, when a cost is given.
    pub saved_budget: Option<Decimal>,
}

/// What one side of a bar does, with its count always positive, so a label ("saved",
/// "extra") never carries a sign that contradicts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "volume")]
pub enum Effect {
    /// This much less volume is needed.
    Saves(u64),
    /// This much more volume is needed.
    Costs(u64),
    Unchanged,
    OutOfReach,
}

impl SensitivityShift {
    pub fn effect(&self) -> Effect {
        match self.saved {
            None => Effect::OutOfReach,
            Some(0) => Effect::Unchanged,
            Some(s) if s > 0 => Effect::Saves(s.unsigned_abs()),
            Some(s) => Effect::Costs(s.unsigned_abs()),
        }
    }
}

/// One tornado bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SensitivityEntry {
    pub lever: SensitivityLever,
    /// Stage name `from → to` for a rate, "deal_size" otherwise (the view translates).
    pub label: String,
    pub baseline_value: Decimal,
    pub baseline_top: u64,
    /// Input × (1 + lift), rates capped at 100 %.
    pub upside: SensitivityShift,
    /// Input × (1 − lift).
    pub downside: SensitivityShift,
    /// 1 for the most useful lever; levers whose savings differ by no more than
    /// `SensitivityReport::tie_within` share a rank (a tie, not an order).
    #[serde(default)]
    pub rank: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SensitivityReport {
    /// Top volume of the plan as is; `None` when the plan itself is out of reach (no entries).
    pub baseline_top: Option<u64>,
    /// Sorted by `upside.saved`, largest first (unreachable last); ties keep funnel order,
    /// deal size after the rates.
    pub entries: Vec<SensitivityEntry>,
    /// Top-of-funnel volume within which two savings are a tie: what one person at each later
    /// stage stands for at the top, `Σ_{j ≥ 1} ceil(1 / (rate_0 × … × rate_{j−1}))`. The
    /// reverse funnel rounds up at every stage, so two figures closer than this may differ
    /// by rounding alone (the default plan's ±10 % on any rate saves exactly 11 363.6 visitors;
    /// rounding shows 11 000 to 11 363).
    #[serde(default)]
    pub tie_within: u64,
}

/// Customers needed for `goal` at `deal_size`: `ceil(goal / deal_size)`, within `MAX_COUNT`.
pub fn customers_for(goal: Decimal, deal_size: Decimal) -> Option<u64> {
    if !deal_size.is_positive() || goal.is_negative() {
        return None;
    }
    goal.ceil_div(deal_size).filter(|c| *c <= MAX_COUNT).and_then(|c| u64::try_from(c).ok())
}

/// Top-of-funnel volume for `goal`: `reverse(stages, customers_for(goal, deal_size))[0]`.
pub fn top_volume(stages: &[Stage], goal: Decimal, deal_size: Decimal) -> Option<u64> {
    reverse_top(stages, customers_for(goal, deal_size)?, None)
}

/// The tornado: each rate (and the deal size) multiplied by `1 ± lift` alone, the reverse funnel
/// recomputed, and the top-of-funnel difference reported. Products truncate at nine decimals.
pub fn tornado(
    stages: &[Stage],
    goal: Decimal,
    deal_size: Decimal,
    lift: Decimal,
    cost_per_top_unit: Option<Decimal>,
) -> SensitivityReport {
    let Some(baseline_top) = top_volume(stages, goal, deal_size) else {
        return SensitivityReport { baseline_top: None, entries: Vec::new(), tie_within: 0 };
    };
    let up = Decimal::ONE.checked_add(lift);
    let down = Decimal::ONE.checked_sub(lift);
    let shift =
        |factor: Option<Decimal>, base: Decimal, cap: bool, top_of: &dyn Fn(Decimal) -> Option<u64>| {
            let mut value = factor.and_then(|f| base.checked_mul(f)).unwrap_or(base).max(Decimal::ZERO);
            if cap {
                value = value.min(Decimal::ONE);
            }
            let top = top_of(value);
            let saved = top.and_then(|t| i64::try_from(i128::from(baseline_top) - i128::from(t)).ok());
            let saved_budget = match (saved, cost_per_top_unit) {
                (Some(s), Some(cost)) => Decimal::from_count(i128::from(s)).and_then(|s| s.checked_mul(cost)),
                _ => None,
            };
            SensitivityShift { value, top_volume: top, saved, saved_budget }
        };
    let transitions = stages.len().saturating_sub(1);
    let mut entries: Vec<SensitivityEntry> = stages
        .iter()
        .zip(stages.iter().skip(1))
        .take(transitions)
        .enumerate()
        .map(|(index, (from, to))| {
            let top_of =
                |rate: Decimal| reverse_top(stages, customers_for(goal, deal_size)?, Some((index, rate)));
            SensitivityEntry {
                lever: SensitivityLever::Rate { index },
                label: format!("{} → {}", from.name, to.name),
                baseline_value: from.rate,
                baseline_top,
                upside: shift(up, from.rate, true, &top_of),
                downside: shift(down, from.rate, true, &top_of),
                rank: 0,
            }
        })
        .collect();
    let top_of_deal = |deal: Decimal| top_volume(stages, goal, deal);
    entries.push(SensitivityEntry {
        lever: SensitivityLever::DealSize,
        label: "deal_size".into(),
        baseline_value: deal_size,
        baseline_top,
        upside: shift(up, deal_size, false, &top_of_deal),
        downside: shift(down, deal_size, false, &top_of_deal),
        rank: 0,
    });
    // Stable sort keeps funnel order on ties; unreachable (None) sorts last.
    crate::engine::sort::insertion_sort_by(&mut entries, |a, b| a.upside.saved > b.upside.saved);
    let tie_within = rounding_envelope(stages);
    rank(&mut entries, tie_within);
    SensitivityReport { baseline_top: Some(baseline_top), entries, tie_within }
}

/// See `SensitivityReport::tie_within`; saturates rather than overflow.
fn rounding_envelope(stages: &[Stage]) -> u64 {
    let mut through = Decimal::ONE;
    let mut total = 0u64;
    for stage in stages.iter().take(stages.len().saturating_sub(1)) {
        let Some(next) = through.checked_mul(stage.rate).filter(|t| t.is_positive()) else { return u64::MAX };
        through = next;
        let one = Decimal::ONE.ceil_div(through).and_then(|n| u64::try_from(n).ok()).unwrap_or(u64::MAX);
        total = total.saturating_add(one);
    }
    total
}

/// Ranks sorted entries: a new rank starts when an entry saves more than `tie_within` less
/// than the first entry of the current rank (unreachable entries rank last, together).
fn rank(entries: &mut [SensitivityEntry], tie_within: u64) {
    let mut leader: Option<Option<i64>> = None;
    let mut current = 0;
    for (i, e) in entries.iter_mut().enumerate() {
        let same = match (leader, e.upside.saved) {
            (Some(Some(l)), Some(s)) => l.abs_diff(s) <= tie_within,
            (Some(None), None) => true,
            _ => false,
        };
        if !same {
            current = i + 1;
            leader = Some(e.upside.saved);
        }
        e.rank = current;
    }
}
