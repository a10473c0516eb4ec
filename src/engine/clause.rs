//! The five commitments of the marketing–sales SLA, named once so the agreement (owner,
//! status, diff) and the compliance check (met or missed) speak of the same clauses.

use super::funnel::Team;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clause {
    /// Marketing hands over the planned volume each period.
    HandoverVolume,
    /// …with the agreed share of good fits.
    GoodFitShare,
    /// Sales contacts each hand-over within the first-contact window.
    FirstContact,
    /// …makes every follow-up attempt within the window.
    FollowUp,
    /// …and accepts or rejects it by the qualification deadline.
    QualifyBy,
}

impl Clause {
    /// Every clause, marketing's first, in the SLA document's order.
    pub const ALL: [Clause; 5] = [
        Clause::HandoverVolume,
        Clause::GoodFitShare,
        Clause::FirstContact,
        Clause::FollowUp,
        Clause::QualifyBy,
    ];

    /// The team that keeps the clause.
    pub fn team(self) -> Team {
        match self {
            Clause::HandoverVolume | Clause::GoodFitShare => Team::Marketing,
            Clause::FirstContact | Clause::FollowUp | Clause::QualifyBy => Team::Sales,
        }
    }
}
