//! SLA compliance per month or week, both sides: the counts the user records (hand-overs,
//! good fits, leads contacted / followed up / decided in time, rejections) checked against the
//! SLA's terms, each clause met, missed or without data.

use super::input::{check_count, check_period, MAX_MONTHS, MAX_WEEKS};
use crate::engine::caseless::lower;
use crate::engine::checks;
use crate::engine::clause::Clause;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::Team;
use serde::{Deserialize, Serialize};

/// Most rejection reasons per period: a short list the teams can act on.
pub const MAX_REASONS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    #[default]
    Month,
    Week,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RejectionCount {
    pub reason: String,
    pub count: Decimal,
}

/// What happened to one period's hand-overs. Every count is optional: a missing one leaves
/// its clause without data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SlaRecord {
    /// Plan month or week, 1 first.
    pub period: u32,
    pub handed_over: Option<Decimal>,
    pub good_fit: Option<Decimal>,
    pub contacted_in_time: Option<Decimal>,
    pub all_attempts_in_time: Option<Decimal>,
    /// Accepted or rejected by the qualification deadline.
    pub decided_in_time: Option<Decimal>,
    pub accepted: Option<Decimal>,
    pub rejected: Option<Decimal>,
    pub rejection_reasons: Vec<RejectionCount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlaRecords {
    pub granularity: Granularity,
    /// Share of hand-overs sales must treat in time for a sales clause to be met; 100 % by
    /// default because the SLA says "every lead".
    pub sales_target_share: Decimal,
    pub records: Vec<SlaRecord>,
}

impl Default for SlaRecords {
    fn default() -> SlaRecords {
        SlaRecords { granularity: Granularity::Month, sales_target_share: Decimal::ONE, records: Vec::new() }
    }
}

impl SlaRecords {
    /// Periods in range and unique; counts whole; no part larger than the hand-overs.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::share(errors, &format!("{prefix}.sales_target_share"), self.sales_target_share);
        let max = match self.granularity {
            Granularity::Month => MAX_MONTHS,
            Granularity::Week => MAX_WEEKS,
        };
        if self.records.len() > max as usize {
            errors.push(format!("{prefix}.records"), Reason::TooMany);
            return;
        }
        let mut seen = Vec::new();
        for (i, r) in self.records.iter().enumerate() {
            let path = format!("{prefix}.records.{i}");
            check_period(&format!("{path}.period"), r.period, &mut seen, max, errors);
            if let Some(h) = r.handed_over {
                check_count(errors, &format!("{path}.handed_over"), h);
            }
            let parts = [
                ("good_fit", r.good_fit),
                ("contacted_in_time", r.contacted_in_time),
                ("all_attempts_in_time", r.all_attempts_in_time),
                ("decided_in_time", r.decided_in_time),
                ("accepted", r.accepted),
                ("rejected", r.rejected),
            ];
            for (name, value) in parts {
                let Some(v) = value else { continue };
                check_count(errors, &format!("{path}.{name}"), v);
                if r.handed_over.is_some_and(|h| v > h) {
                    errors.push(format!("{path}.{name}"), Reason::OutOfRange);
                }
            }
            if r.rejection_reasons.len() > MAX_REASONS {
                errors.push(format!("{path}.rejection_reasons"), Reason::TooMany);
                continue;
            }
            for (j, reason) in r.rejection_reasons.iter().enumerate() {
                check_count(errors, &format!("{path}.rejection_reasons.{j}.count"), reason.count);
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseStatus {
    Met,
    Missed,
    NoData,
}

/// One clause in one period. `target` and `actual` are a count for the hand-over volume and
/// a share (fraction of the hand-overs) for every other clause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClauseCheck {
    pub clause: Clause,
    pub owner: Team,
    pub target: Decimal,
    pub actual: Option<Decimal>,
    pub status: ClauseStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodCompliance {
    pub period: u32,
    /// In `Clause::ALL` order.
    pub clauses: Vec<ClauseCheck>,
    pub missed: Vec<Clause>,
    pub accepted: Option<u64>,
    pub rejected: Option<u64>,
    /// Rejection reasons as recorded, zero counts left out.
    pub reasons: Vec<(String, u64)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComplianceReport {
    pub granularity: Granularity,
    /// Recorded periods within the horizon, in order.
    pub periods: Vec<PeriodCompliance>,
    /// Every (period, clause) missed, in order.
    pub missed: Vec<(u32, Clause)>,
    /// Rejection reasons over all periods, most frequent first (then by name), same reason
    /// typed with other case or spaces counted together.
    pub reasons: Vec<(String, u64)>,
}

fn count(value: Option<Decimal>) -> Option<u64> {
    value.map(|v| u64::try_from(v.floor().max(0)).unwrap_or(u64::MAX))
}

/// Checks each recorded period. `promised[p]` is the plan's hand-over volume for period
/// `p + 1` (its length is the horizon); `good_fit_share` is the SLA's.
pub fn compliance(input: &SlaRecords, promised: &[u64], good_fit_share: Decimal) -> ComplianceReport {
    let mut records: Vec<&SlaRecord> =
        input.records.iter().filter(|r| r.period >= 1 && (r.period as usize) <= promised.len()).collect();
    crate::engine::sort::insertion_sort_by(&mut records, |a, b| a.period < b.period);
    let periods: Vec<PeriodCompliance> = records
        .iter()
        .map(|r| {
            let target = promised.get(r.period as usize - 1).copied().unwrap_or(0);
            period(r, target, good_fit_share, input.sales_target_share)
        })
        .collect();
    let missed = periods.iter().flat_map(|p| p.missed.iter().map(|c| (p.period, *c))).collect();
    let mut reasons: Vec<(String, u64)> = Vec::new();
    for (reason, n) in periods.iter().flat_map(|p| p.reasons.iter()) {
        let key = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        match reasons.iter_mut().find(|(r, _)| lower(r) == lower(&key)) {
            Some((_, total)) => *total = total.saturating_add(*n),
            None => reasons.push((key, *n)),
        }
    }
    crate::engine::sort::insertion_sort_by(&mut reasons, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)).is_lt()
    });
    ComplianceReport { granularity: input.granularity, periods, missed, reasons }
}

fn period(r: &SlaRecord, promised: u64, good_fit_share: Decimal, sales_share: Decimal) -> PeriodCompliance {
    let handed = count(r.handed_over);
    let volume = ClauseCheck {
        clause: Clause::HandoverVolume,
        owner: Team::Marketing,
        target: Decimal::from_count(i128::from(promised)).unwrap_or(Decimal::ZERO),
        actual: handed.and_then(|h| Decimal::from_count(i128::from(h))),
        status: match handed {
            Some(h) if h >= promised => ClauseStatus::Met,
            Some(_) => ClauseStatus::Missed,
            None => ClauseStatus::NoData,
        },
    };
    let share = |clause: Clause, part: Option<Decimal>, target: Decimal| {
        let base = handed.filter(|h| *h > 0).and_then(|h| Decimal::from_count(i128::from(h)));
        let part = count(part).and_then(|p| Decimal::from_count(i128::from(p)));
        let (actual, status) = match (part, base) {
            // Compared as part ≥ hand-overs × target: exact, no rounded share in between.
            (Some(p), Some(b)) => (
                p.checked_div(b),
                if b.checked_mul(target).is_some_and(|need| p >= need) {
                    ClauseStatus::Met
                } else {
                    ClauseStatus::Missed
                },
            ),
            _ => (None, ClauseStatus::NoData),
        };
        ClauseCheck { clause, owner: clause.team(), target, actual, status }
    };
    let clauses = vec![
        volume,
        share(Clause::GoodFitShare, r.good_fit, good_fit_share),
        share(Clause::FirstContact, r.contacted_in_time, sales_share),
        share(Clause::FollowUp, r.all_attempts_in_time, sales_share),
        share(Clause::QualifyBy, r.decided_in_time, sales_share),
    ];
    PeriodCompliance {
        period: r.period,
        missed: clauses.iter().filter(|c| c.status == ClauseStatus::Missed).map(|c| c.clause).collect(),
        clauses,
        accepted: count(r.accepted),
        rejected: count(r.rejected),
        reasons: r
            .rejection_reasons
            .iter()
            .filter_map(|x| count(Some(x.count)).filter(|n| *n > 0).map(|n| (x.reason.trim().to_string(), n)))
            .collect(),
    }
}
