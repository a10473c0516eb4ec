//! The three commitments of the agreement as plain data (issue 12): what marketing hands over
//! each week, what sales owes each hand-over, and whether the team can carry it. A leaf:
//! `assemble` fills it from the SLA and team sections, and the first screen reads only this.

use super::decimal::Decimal;
use super::weekday::Weekday;
use serde::{Deserialize, Serialize};

/// Marketing's side: `per_week` people of `stage_name` every `day`, a `good_fit_share` of them
/// (so `good_fit_per_week`) a good fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandOver {
    pub stage: usize,
    pub stage_name: String,
    pub per_week: u64,
    pub good_fit_share: Decimal,
    pub good_fit_per_week: u64,
    pub day: Weekday,
    /// The hand-over is lead scoring's sales-ready leads rather than the stage's volume.
    pub from_scoring: bool,
}

/// Sales' side, for each hand-over: first contact within `first_contact_hours`, accept or
/// reject within `accept_within_days` working days (by `accept_by`), then `attempts` attempts
/// over `window_days` days for every accepted lead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owed {
    pub first_contact_hours: u32,
    pub accept_within_days: u32,
    pub accept_by: Weekday,
    pub attempts: u32,
    pub window_days: u32,
}

/// Whether the team can carry it: quota capacity and follow-up hours together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Carry {
    /// Productive reps on average over the horizon (hires weighted by their ramp).
    pub reps: Decimal,
    /// Revenue the reps can close, and the new-business goal it is set against.
    pub capacity: Decimal,
    pub goal: Decimal,
    pub capacity_holds: bool,
    /// Follow-up hours a week the SLA needs, and the selling hours the reps have.
    pub hours_needed: Decimal,
    pub hours_available: Decimal,
    pub hours_hold: bool,
}

impl Carry {
    /// Both checks pass.
    pub fn holds(&self) -> bool {
        self.capacity_holds && self.hours_hold
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitments {
    pub marketing: HandOver,
    pub sales: Owed,
    /// `None` when the team's capacity is out of reach (overflow, no quota).
    pub team: Option<Carry>,
}
