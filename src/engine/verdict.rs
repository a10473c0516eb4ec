//! One verdict for the whole plan (issue 12): every check that is switched on (quota capacity,
//! follow-up hours, budget against the funnel's cost, pace against actuals, chance of reaching
//! the goal) reduced to "holds" / "holds with risks" / "does not hold", each check naming the
//! section that explains it, and the next actions as data.
//!
//! A leaf: it reads plain facts that `assemble` gathers from the other sections, so it imports
//! none of them. The exact searches an action needs (the smallest hire that closes a gap) take
//! the check as a closure, so the model they search stays in its own section.

use super::decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The outcome of one check, and of the plan (the worst of its checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Holds,
    HoldsWithRisks,
    DoesNotHold,
}

/// What a check looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// The reps' quota capacity against the new-business goal.
    Capacity,
    /// The follow-up hours the SLA needs against the reps' selling hours.
    Hours,
    /// The marketing budget against what the planned funnel costs.
    Budget,
    /// Actuals against the plan's pace.
    Pace,
    /// The Monte-Carlo's chance of reaching the goal.
    Chance,
}

/// The section of the app that explains a check (the view links to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Team,
    Sla,
    Budget,
    Tracking,
    Risk,
}

impl CheckKind {
    pub fn section(self) -> Section {
        match self {
            CheckKind::Capacity => Section::Team,
            CheckKind::Hours => Section::Sla,
            CheckKind::Budget => Section::Budget,
            CheckKind::Pace => Section::Tracking,
            CheckKind::Chance => Section::Risk,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub kind: CheckKind,
    pub status: Status,
    pub section: Section,
}

/// A next step, in concrete figures; alternatives for the same check follow each other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Action {
    /// Hire `count` fully productive reps starting no later than plan month `by_month`: the
    /// smallest count that passes the check, and the latest start that still does.
    AddReps { count: u64, by_month: u32, check: CheckKind },
    /// Cut follow-up attempts per hand-over to `to`: the most the reps' hours carry.
    CutAttempts { to: u32 },
    /// Add `by` to the yearly marketing budget (the funnel cost's shortfall).
    RaiseBudget { by: Decimal },
    /// Raise the rate from stage `stage` to the next to `to`.
    RaiseRate { stage: usize, to: Decimal },
    /// Produce `to` people at stage `stage` for an 80 % chance of reaching the goal.
    RaiseVolume { stage: usize, to: u64 },
}

/// Facts about the reps' quota capacity.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CapacityFacts {
    /// `max(goal − capacity, 0)`.
    pub gap: Decimal,
    /// Smallest hire that closes the gap, see [`smallest_hire`].
    pub hire: Option<(u64, u32)>,
}

/// Facts about the follow-up hours.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HoursFacts {
    pub short: bool,
    pub hire: Option<(u64, u32)>,
    /// Most attempts per hand-over the hours carry (≥ 1), when fewer than today's.
    pub attempts_fit: Option<u32>,
}

/// Facts about actuals against the plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PaceFacts {
    /// Some stage is behind its pace.
    pub behind: bool,
    /// The bottleneck transition's stage and the planned rate it must get back to.
    pub rate: Option<(usize, Decimal)>,
}

/// Facts from the Monte-Carlo.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChanceFacts {
    pub p_hit: Decimal,
    pub stage: usize,
    /// Volume at `stage` for an 80 % chance; `None` out of reach.
    pub volume_p80: Option<u64>,
    pub volume: u64,
}

/// Every check's facts; `None` for a check that is off (budget without costs, no tracking,
/// no Monte-Carlo run) or out of reach.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facts {
    pub capacity: Option<CapacityFacts>,
    pub hours: Option<HoursFacts>,
    /// `yearly budget − funnel cost`: negative when the budget falls short.
    pub budget_gap: Option<Decimal>,
    pub pace: Option<PaceFacts>,
    pub chance: Option<ChanceFacts>,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Verdict {
    /// The worst status of `checks` (holds with no check on).
    pub status: Status,
    pub checks: Vec<Check>,
    pub actions: Vec<Action>,
}

/// A chance at or above this holds (the 80 % the risk section plans for).
pub fn chance_holds() -> Decimal {
    Decimal::from_parts(8, 1).unwrap_or(Decimal::ONE)
}

/// Below this chance the plan does not hold: it is likelier to miss than to reach the goal.
pub fn chance_fails() -> Decimal {
    Decimal::from_parts(5, 1).unwrap_or(Decimal::ONE)
}

/// The verdict from `facts`. A capacity gap, short hours or a budget short of the funnel's
/// cost makes the plan not hold (it cannot be carried out as written); a stage behind pace is
/// a risk; the chance holds from 80 %, is a risk from 50 %, fails below.
pub fn verdict(facts: &Facts) -> Verdict {
    let mut checks = Vec::new();
    let mut actions = Vec::new();
    let mut check =
        |kind: CheckKind, status: Status| checks.push(Check { kind, status, section: kind.section() });
    if let Some(c) = &facts.capacity {
        let short = c.gap.is_positive();
        check(CheckKind::Capacity, if short { Status::DoesNotHold } else { Status::Holds });
        if let (true, Some((count, by_month))) = (short, c.hire) {
            actions.push(Action::AddReps { count, by_month, check: CheckKind::Capacity });
        }
    }
    if let Some(h) = &facts.hours {
        check(CheckKind::Hours, if h.short { Status::DoesNotHold } else { Status::Holds });
        if h.short {
            if let Some((count, by_month)) = h.hire {
                actions.push(Action::AddReps { count, by_month, check: CheckKind::Hours });
            }
            if let Some(to) = h.attempts_fit {
                actions.push(Action::CutAttempts { to });
            }
        }
    }
    if let Some(gap) = facts.budget_gap {
        check(CheckKind::Budget, if gap.is_negative() { Status::DoesNotHold } else { Status::Holds });
        if gap.is_negative() {
            actions.push(Action::RaiseBudget { by: Decimal::ZERO.checked_sub(gap).unwrap_or(gap) });
        }
    }
    if let Some(p) = &facts.pace {
        check(CheckKind::Pace, if p.behind { Status::HoldsWithRisks } else { Status::Holds });
        if let (true, Some((stage, to))) = (p.behind, p.rate) {
            actions.push(Action::RaiseRate { stage, to });
        }
    }
    if let Some(c) = &facts.chance {
        let status = if c.p_hit >= chance_holds() {
            Status::Holds
        } else if c.p_hit >= chance_fails() {
            Status::HoldsWithRisks
        } else {
            Status::DoesNotHold
        };
        check(CheckKind::Chance, status);
        if let (true, Some(to)) = (status != Status::Holds, c.volume_p80) {
            if to > c.volume {
                actions.push(Action::RaiseVolume { stage: c.stage, to });
            }
        }
    }
    let status = checks.iter().map(|c| c.status).max().unwrap_or(Status::Holds);
    Verdict { status, checks, actions }
}

/// Most reps an action may ask for (the team field's own limit).
const MAX_HIRE: u64 = 1_000_000;

/// The smallest hire that makes `passes(count, start_month)` true, and the latest start month
/// (in `1..=months`) at which that count still does: `(count, by_month)`. `passes` must be
/// monotone (more reps, or an earlier start, never fails where fewer or later passed) and
/// `None` means the check could not be computed. `None` when no count up to a million passes
/// from month 1 (e.g. reps have no selling hours).
pub fn smallest_hire(passes: impl Fn(u64, u32) -> Option<bool>, months: u32) -> Option<(u64, u32)> {
    let months = months.max(1);
    let ok = |count: u64, month: u32| passes(count, month).unwrap_or(false);
    let (mut low, mut high) = (0u64, 1u64);
    while !ok(high, 1) {
        if high >= MAX_HIRE {
            return None;
        }
        low = high;
        high = (high * 2).min(MAX_HIRE);
    }
    // `ok(high, 1)` holds and `ok(low, 1)` does not (or low is 0): bisect to the smallest.
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if ok(mid, 1) {
            high = mid;
        } else {
            low = mid;
        }
    }
    // The latest start that still passes, by bisection too: month 1 passes, and a monotone
    // check passes on every month up to the latest (4 checks for a year instead of up to 12,
    // each a capacity computed again at every keystroke).
    let (mut early, mut late) = (1u32, months + 1);
    while late - early > 1 {
        let mid = early + (late - early) / 2;
        if ok(high, mid) {
            early = mid;
        } else {
            late = mid;
        }
    }
    Some((high, early))
}

/// The most attempts `1..=attempts` whose follow-up fits `fits(k)`; `None` when even one
/// attempt does not fit or today's attempts already fit.
pub fn most_attempts(attempts: u32, fits: impl Fn(u32) -> bool) -> Option<u32> {
    (1..attempts).rev().find(|k| fits(*k))
}
