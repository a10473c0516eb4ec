//! What differs between the agreed terms and today's, as a list of changes the text layer
//! words in French and English, each naming the SLA clauses it reopens.

use super::{AgreedTerms, Commitment, ReviewCadence};
use crate::engine::clause::Clause;
use crate::engine::decimal::Decimal;
use crate::engine::time::calendar::Date;
use crate::engine::time::periods::Horizon;
use crate::engine::weekday::Weekday;
use serde::{Deserialize, Serialize};

/// An SLA term that is a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlaTerm {
    GoodFitShare,
    FirstContactHours,
    Attempts,
    WindowDays,
    MinutesPerAttempt,
    QualifyWithinDays,
    SellingHoursPerRep,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Change {
    Goal {
        from: Decimal,
        to: Decimal,
    },
    DealSize {
        from: Decimal,
        to: Decimal,
    },
    Horizon {
        from: Horizon,
        to: Horizon,
    },
    /// Stages compare by position: a stage past the old end is added, one past the new end
    /// removed.
    StageAdded {
        name: String,
    },
    StageRemoved {
        name: String,
    },
    StageRenamed {
        from: String,
        to: String,
    },
    StageRate {
        name: String,
        from: Decimal,
        to: Decimal,
    },
    HandoverStage {
        from: String,
        to: String,
    },
    HandoverDay {
        from: Weekday,
        to: Weekday,
    },
    Sla {
        term: SlaTerm,
        from: Decimal,
        to: Decimal,
    },
    Owner {
        clause: Clause,
        from: String,
        to: String,
    },
    Effective {
        clause: Clause,
        from: Option<Date>,
        to: Option<Date>,
    },
    Review {
        clause: Clause,
        from: ReviewCadence,
        to: ReviewCadence,
    },
}

impl Change {
    /// The clauses whose agreed wording this change alters: volumes move with the goal and
    /// the funnel; each SLA term belongs to its clause.
    pub fn clauses(&self) -> Vec<Clause> {
        match self {
            Change::Goal { .. }
            | Change::DealSize { .. }
            | Change::Horizon { .. }
            | Change::StageAdded { .. }
            | Change::StageRemoved { .. }
            | Change::StageRenamed { .. }
            | Change::StageRate { .. }
            | Change::HandoverStage { .. } => vec![Clause::HandoverVolume],
            Change::HandoverDay { .. } => vec![Clause::HandoverVolume, Clause::QualifyBy],
            Change::Sla { term, .. } => vec![match term {
                SlaTerm::GoodFitShare => Clause::GoodFitShare,
                SlaTerm::FirstContactHours => Clause::FirstContact,
                SlaTerm::QualifyWithinDays => Clause::QualifyBy,
                SlaTerm::Attempts
                | SlaTerm::WindowDays
                | SlaTerm::MinutesPerAttempt
                | SlaTerm::SellingHoursPerRep => Clause::FollowUp,
            }],
            Change::Owner { clause, .. }
            | Change::Effective { clause, .. }
            | Change::Review { clause, .. } => {
                vec![*clause]
            }
        }
    }
}

/// Every difference from `agreed` to `current`, in a fixed order: goal, funnel, SLA terms,
/// then commitments in clause order.
pub fn changes(agreed: &AgreedTerms, current: &AgreedTerms) -> Vec<Change> {
    let mut out = Vec::new();
    if agreed.goal != current.goal {
        out.push(Change::Goal { from: agreed.goal, to: current.goal });
    }
    if agreed.deal_size != current.deal_size {
        out.push(Change::DealSize { from: agreed.deal_size, to: current.deal_size });
    }
    if agreed.horizon != current.horizon {
        out.push(Change::Horizon { from: agreed.horizon, to: current.horizon });
    }
    stages(agreed, current, &mut out);
    let (a, c) = (&agreed.sla, &current.sla);
    let name = |t: &AgreedTerms| {
        t.stages
            .get(
                t.sla
                    .handover_stage
                    .unwrap_or_else(|| crate::engine::sla::default_handover_stage(t.stages.len())),
            )
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    if a.handover_stage != c.handover_stage {
        out.push(Change::HandoverStage { from: name(agreed), to: name(current) });
    }
    if a.handover_day != c.handover_day {
        out.push(Change::HandoverDay { from: a.handover_day, to: c.handover_day });
    }
    let terms = [
        (SlaTerm::GoodFitShare, a.good_fit_share, c.good_fit_share),
        (SlaTerm::FirstContactHours, a.first_contact_hours, c.first_contact_hours),
        (SlaTerm::Attempts, a.attempts, c.attempts),
        (SlaTerm::WindowDays, a.window_days, c.window_days),
        (SlaTerm::MinutesPerAttempt, a.minutes_per_attempt, c.minutes_per_attempt),
        (SlaTerm::QualifyWithinDays, a.qualify_within_days, c.qualify_within_days),
        (SlaTerm::SellingHoursPerRep, a.selling_hours_per_rep, c.selling_hours_per_rep),
    ];
    for (term, from, to) in terms {
        if from != to {
            out.push(Change::Sla { term, from, to });
        }
    }
    for clause in Clause::ALL {
        let pick = |list: &[Commitment]| {
            list.iter().find(|x| x.clause == clause).cloned().unwrap_or(Commitment::proposed(clause))
        };
        let (was, now) = (pick(&agreed.commitments), pick(&current.commitments));
        if was.owner.trim() != now.owner.trim() {
            out.push(Change::Owner { clause, from: was.owner.trim().into(), to: now.owner.trim().into() });
        }
        if was.effective != now.effective {
            out.push(Change::Effective { clause, from: was.effective, to: now.effective });
        }
        if was.review != now.review {
            out.push(Change::Review { clause, from: was.review, to: now.review });
        }
    }
    out
}

fn stages(agreed: &AgreedTerms, current: &AgreedTerms, out: &mut Vec<Change>) {
    let last = |t: &AgreedTerms, i: usize| i + 1 == t.stages.len();
    for (i, (was, now)) in agreed.stages.iter().zip(&current.stages).enumerate() {
        if was.name != now.name {
            out.push(Change::StageRenamed { from: was.name.clone(), to: now.name.clone() });
        }
        // The last stage's rate is ignored by the engine, so it is no change.
        if was.rate != now.rate && !last(agreed, i) && !last(current, i) {
            out.push(Change::StageRate { name: now.name.clone(), from: was.rate, to: now.rate });
        }
    }
    for s in current.stages.iter().skip(agreed.stages.len()) {
        out.push(Change::StageAdded { name: s.name.clone() });
    }
    for s in agreed.stages.iter().skip(current.stages.len()) {
        out.push(Change::StageRemoved { name: s.name.clone() });
    }
}
