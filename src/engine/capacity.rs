//! Whether the sales team has the hours to follow up every handed-over lead as the SLA says.

use super::decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Enough hours, or short of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityVerdict {
    Enough,
    Short,
}

/// Follow-up hours needed against selling hours available, per week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityCheck {
    /// `handover_per_week × attempts × minutes_per_attempt / 60`. Each weekly batch gets all
    /// its attempts; batches overlap, so in steady state this is what one week holds.
    pub hours_needed_total: Decimal,
    /// `hours_needed_total / reps`; `None` with no reps.
    pub hours_needed_per_rep: Option<Decimal>,
    pub hours_available_per_rep: Decimal,
    /// `hours_available_per_rep × reps`.
    pub hours_available_total: Decimal,
    /// Short when the team's hours fall below the hours needed (with no reps, as soon as any
    /// hour is needed).
    pub verdict: CapacityVerdict,
    /// `max(0, needed − available)` for the whole team.
    pub hours_missing_total: Decimal,
    /// `max(0, needed per rep − available per rep)`; `None` with no reps.
    pub hours_missing_per_rep: Option<Decimal>,
    /// Whole reps the follow-up needs: `ceil(hours_needed_total / hours_available_per_rep)`;
    /// `None` when a rep has no selling hours.
    pub reps_needed: Option<u64>,
    /// `reps_needed − reps` when short (in FTE, as reps may be fractional), otherwise 0;
    /// `None` when `reps_needed` is.
    pub reps_missing: Option<Decimal>,
}

/// Checks follow-up load against capacity. `None` only if a product leaves the decimal range
/// (far beyond validated inputs). Negative inputs are treated as zero.
pub fn capacity_check(
    handover_per_week: u64,
    attempts: u32,
    minutes_per_attempt: Decimal,
    hours_available_per_rep: Decimal,
    reps: Decimal,
) -> Option<CapacityCheck> {
    let minutes = minutes_per_attempt.max(Decimal::ZERO);
    let per_rep = hours_available_per_rep.max(Decimal::ZERO);
    let reps = reps.max(Decimal::ZERO);
    let attempts_per_week = i128::from(handover_per_week).checked_mul(i128::from(attempts))?;
    let hours_needed_total =
        Decimal::from_count(attempts_per_week)?.checked_mul(minutes)?.checked_div(Decimal::from_int(60))?;
    let hours_available_total = per_rep.checked_mul(reps)?;
    let short = hours_needed_total > hours_available_total;
    let hours_needed_per_rep = hours_needed_total.checked_div(reps);
    let reps_needed = match hours_needed_total.ceil_div(per_rep) {
        Some(n) => Some(u64::try_from(n).ok()?),
        // No selling hours per rep: no number of reps is enough, unless nothing is needed.
        None if hours_needed_total.is_zero() => Some(0),
        None => None,
    };
    let reps_missing = reps_needed.and_then(|n| {
        let gap = Decimal::from_count(i128::from(n))?.checked_sub(reps)?;
        Some(if short { gap.max(Decimal::ZERO) } else { Decimal::ZERO })
    });
    Some(CapacityCheck {
        hours_needed_total,
        hours_needed_per_rep,
        hours_available_per_rep: per_rep,
        hours_available_total,
        verdict: if short { CapacityVerdict::Short } else { CapacityVerdict::Enough },
        hours_missing_total: hours_needed_total.checked_sub(hours_available_total)?.max(Decimal::ZERO),
        hours_missing_per_rep: hours_needed_per_rep
            .and_then(|n| n.checked_sub(per_rep))
            .map(|gap| gap.max(Decimal::ZERO)),
        reps_needed,
        reps_missing,
    })
}
