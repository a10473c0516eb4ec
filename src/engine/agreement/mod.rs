//! The agreement as a living document: each SLA commitment's owner, effective date, review
//! cadence and status; "agree" snapshots the terms, and `diff` lists what changed since.

pub mod diff;

use crate::engine::clause::Clause;
use crate::engine::decimal::Decimal;
use crate::engine::error::{Errors, Reason};
use crate::engine::funnel::Stage;
use crate::engine::sla::SlaTerms;
use crate::engine::time::calendar::Date;
use crate::engine::time::periods::Horizon;
use diff::{changes, Change};
use serde::{Deserialize, Serialize};

/// Longest owner name or role kept: a name or a job title, not a paragraph.
pub const MAX_OWNER_CHARS: usize = 120;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReviewCadence {
    Monthly,
    /// Seeds 001 and 003 review the SLA as the plan is reviewed: every quarter by default.
    #[default]
    Quarterly,
    Yearly,
}

impl ReviewCadence {
    pub fn months(self) -> i64 {
        match self {
            ReviewCadence::Monthly => 1,
            ReviewCadence::Quarterly => 3,
            ReviewCadence::Yearly => 12,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    #[default]
    Proposed,
    Agreed,
}

/// Who keeps one clause, from when, how often it is reviewed, and whether it is agreed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Commitment {
    pub clause: Clause,
    /// A name or a role ("Head of marketing"); empty = the team's lead.
    pub owner: String,
    pub effective: Option<Date>,
    pub review: ReviewCadence,
    pub status: CommitmentStatus,
}

impl Default for Commitment {
    fn default() -> Commitment {
        Commitment::proposed(Clause::HandoverVolume)
    }
}

impl Commitment {
    pub fn proposed(clause: Clause) -> Commitment {
        Commitment {
            clause,
            owner: String::new(),
            effective: None,
            review: ReviewCadence::default(),
            status: CommitmentStatus::Proposed,
        }
    }

    /// First review date strictly after `today`, counted from the effective date.
    pub fn next_review(&self, today: Date) -> Option<Date> {
        let start = self.effective?;
        let step = self.review.months();
        let elapsed = today.year_month().months_since(start.year_month()).max(0);
        let mut k = elapsed / step;
        loop {
            let date = start.plus_months(k * step)?;
            if date > today {
                return Some(date);
            }
            k += 1;
        }
    }
}

/// The terms both teams agree to: the goal, the funnel and the SLA, with the commitments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AgreedTerms {
    pub goal: Decimal,
    pub deal_size: Decimal,
    pub horizon: Horizon,
    /// The stages in use (two in simple mode).
    pub stages: Vec<Stage>,
    pub sla: SlaTerms,
    pub commitments: Vec<Commitment>,
}

/// The snapshot taken when both sides agreed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AgreedVersion {
    pub on: Option<Date>,
    /// Who agreed (names or roles), in order.
    pub by: Vec<String>,
    pub terms: AgreedTerms,
}

/// Plan data: the commitments as edited now and the last agreed version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Agreement {
    /// At most one per clause; a clause without an entry is proposed with no owner.
    pub commitments: Vec<Commitment>,
    pub agreed: Option<AgreedVersion>,
}

impl Agreement {
    /// The five commitments in `Clause::ALL` order.
    pub fn all(&self) -> Vec<Commitment> {
        Clause::ALL
            .iter()
            .map(|c| {
                self.commitments.iter().find(|x| x.clause == *c).cloned().unwrap_or(Commitment::proposed(*c))
            })
            .collect()
    }

    /// Both sides agree to `current` (whose commitments are `self.all()`): every commitment
    /// becomes agreed and the terms are kept as the agreed version.
    pub fn agree(&mut self, mut current: AgreedTerms, on: Option<Date>, by: Vec<String>) {
        self.commitments = self.all();
        for c in &mut self.commitments {
            c.status = CommitmentStatus::Agreed;
        }
        current.commitments = self.commitments.clone();
        self.agreed = Some(AgreedVersion { on, by, terms: current });
    }

    /// One commitment per clause at most; owners and signers of reasonable length.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        for (i, c) in self.commitments.iter().enumerate() {
            if self.commitments[..i].iter().any(|x| x.clause == c.clause) {
                errors.push(format!("{prefix}.commitments.{i}.clause"), Reason::TooMany);
            }
            if c.owner.chars().count() > MAX_OWNER_CHARS {
                errors.push(format!("{prefix}.commitments.{i}.owner"), Reason::TooLarge);
            }
        }
        if self.agreed.as_ref().is_some_and(|a| a.by.len() > 10) {
            errors.push(format!("{prefix}.agreed.by"), Reason::TooMany);
        }
    }
}

/// One commitment as the document shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitmentState {
    pub commitment: Commitment,
    /// Agreed only if agreed and untouched by any change since; a changed clause is proposed
    /// again until both sides agree anew.
    pub status: CommitmentStatus,
    pub changed_since_agreed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgreementReport {
    pub commitments: Vec<CommitmentState>,
    pub agreed_on: Option<Date>,
    pub agreed_by: Vec<String>,
    /// What differs from the agreed version; empty when nothing was agreed yet.
    pub changes: Vec<Change>,
}

/// The document for `current` terms (built from the plan, commitments from `agreement.all()`).
pub fn agreement_report(agreement: &Agreement, current: &AgreedTerms) -> AgreementReport {
    let changes = agreement.agreed.as_ref().map(|a| changes(&a.terms, current)).unwrap_or_default();
    let commitments = agreement
        .all()
        .into_iter()
        .map(|c| {
            let changed =
                agreement.agreed.is_some() && changes.iter().any(|x| x.clauses().contains(&c.clause));
            let status = if changed { CommitmentStatus::Proposed } else { c.status };
            CommitmentState { commitment: c, status, changed_since_agreed: changed }
        })
        .collect();
    AgreementReport {
        commitments,
        agreed_on: agreement.agreed.as_ref().and_then(|a| a.on),
        agreed_by: agreement.agreed.as_ref().map(|a| a.by.clone()).unwrap_or_default(),
        changes,
    }
}
