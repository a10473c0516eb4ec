//! The agreement as a living document (issue 14): owners, effective dates, review cadence,
//! status, the agreed snapshot and what changed since, clause by clause.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::agreement::diff::{Change, SlaTerm};
use funnel_planner::engine::agreement::{AgreementReport, Commitment, CommitmentStatus, ReviewCadence};
use funnel_planner::engine::clause::Clause;
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::time::calendar::Date;
use funnel_planner::engine::{agree, compute, Decimal, Plan, Reason};

fn date(text: &str) -> Date {
    text.to_string().try_into().unwrap()
}

fn report(plan: &Plan) -> AgreementReport {
    compute(plan).unwrap().agreement.unwrap()
}

fn statuses(r: &AgreementReport) -> Vec<CommitmentStatus> {
    r.commitments.iter().map(|c| c.status).collect()
}

fn agreed_plan() -> Plan {
    let mut plan = Plan::default();
    plan.agreement.commitments = vec![Commitment {
        clause: Clause::FirstContact,
        owner: "Head of sales".into(),
        effective: Some(date("2026-01-05")),
        review: ReviewCadence::Monthly,
        status: CommitmentStatus::Proposed,
    }];
    agree(&mut plan, Some(date("2026-01-05")), vec!["Claire (marketing)".into(), "Marc (sales)".into()]);
    plan
}

#[test]
fn a_plan_without_an_agreement_has_no_agreement_part_and_commitments_start_proposed() {
    assert_eq!(compute(&Plan::default()).unwrap().agreement, None);
    let mut plan = Plan::default();
    plan.agreement.commitments =
        vec![Commitment { owner: "CMO".into(), ..Commitment::proposed(Clause::GoodFitShare) }];
    let r = report(&plan);
    assert_eq!(statuses(&r), [CommitmentStatus::Proposed; 5]);
    assert_eq!(r.commitments[1].commitment.owner, "CMO");
    assert!(r.changes.is_empty());
}

#[test]
fn agreeing_marks_every_commitment_agreed_and_keeps_who_and_when() {
    let r = report(&agreed_plan());
    assert_eq!(statuses(&r), [CommitmentStatus::Agreed; 5]);
    assert_eq!(r.agreed_on, Some(date("2026-01-05")));
    assert_eq!(r.agreed_by, ["Claire (marketing)", "Marc (sales)"]);
    assert!(r.changes.is_empty());
    assert_eq!(r.commitments[2].commitment.owner, "Head of sales");
}

#[test]
fn a_change_after_agreeing_is_listed_and_reopens_only_its_clauses() {
    let mut plan = agreed_plan();
    plan.goal = Decimal::from_int(120_000);
    plan.sla.attempts = Decimal::from_int(5);
    plan.agreement.commitments[0].owner = "  VP sales ".into();
    let r = report(&plan);
    assert_eq!(
        r.changes,
        [
            Change::Goal { from: Decimal::from_int(100_000), to: Decimal::from_int(120_000) },
            Change::Sla { term: SlaTerm::Attempts, from: Decimal::from_int(6), to: Decimal::from_int(5) },
            Change::Owner { clause: Clause::HandoverVolume, from: String::new(), to: "VP sales".into() },
        ]
    );
    use CommitmentStatus::*;
    assert_eq!(statuses(&r), [Proposed, Agreed, Agreed, Proposed, Agreed]);
    assert!(r.commitments[3].changed_since_agreed && !r.commitments[2].changed_since_agreed);
    // Agreeing again makes the new terms the reference.
    agree(&mut plan, Some(date("2026-02-02")), vec![]);
    assert!(report(&plan).changes.is_empty());
}

#[test]
fn stages_compare_by_position_renamed_rate_added_removed() {
    let mut plan = agreed_plan();
    plan.funnel.stages[1].name = "Prospect".into();
    plan.funnel.stages[2].rate = "0.45".parse().unwrap();
    plan.funnel.stages.push(Stage { name: "Advocate".into(), team: Team::Sales, rate: Decimal::ONE });
    let r = report(&plan);
    assert_eq!(
        r.changes,
        [
            Change::StageRenamed { from: "Lead".into(), to: "Prospect".into() },
            Change::StageRate {
                name: "MQL".into(),
                from: "0.5".parse().unwrap(),
                to: "0.45".parse().unwrap()
            },
            Change::StageAdded { name: "Advocate".into() },
        ]
    );
    plan.funnel.stages.truncate(5);
    let removed = report(&plan).changes;
    assert_eq!(removed.last(), Some(&Change::StageRemoved { name: "Customer".into() }));
}

#[test]
fn the_next_review_follows_the_cadence_from_the_effective_date_in_short_months_too() {
    let mut c = Commitment { effective: Some(date("2026-01-31")), ..Commitment::proposed(Clause::FollowUp) };
    assert_eq!(c.next_review(date("2026-03-15")), Some(date("2026-04-30")));
    c.review = ReviewCadence::Monthly;
    assert_eq!(c.next_review(date("2026-02-28")), Some(date("2026-03-31")));
    assert_eq!(c.next_review(date("2025-12-01")), Some(date("2026-01-31")));
    c.effective = None;
    assert_eq!(c.next_review(date("2026-02-28")), None);
}

#[test]
fn a_clause_given_twice_is_refused() {
    let mut plan = Plan::default();
    plan.agreement.commitments =
        vec![Commitment::proposed(Clause::FollowUp), Commitment::proposed(Clause::FollowUp)];
    let mut errors = Errors::default();
    plan.validate(&mut errors);
    assert_eq!(errors.0.len(), 1);
    assert_eq!(
        (errors.0[0].path.as_str(), errors.0[0].reason),
        ("agreement.commitments.1.clause", Reason::TooMany)
    );
}

#[test]
fn the_agreement_round_trips_through_json_and_old_plans_load_without_it() {
    let plan = agreed_plan();
    let text = serde_json::to_string(&plan).unwrap();
    assert!(text.contains("\"on\":\"2026-01-05\""));
    assert_eq!(serde_json::from_str::<Plan>(&text).unwrap(), plan);
    let mut json = serde_json::to_value(Plan::default()).unwrap();
    json.as_object_mut().unwrap().remove("agreement");
    assert_eq!(serde_json::from_value::<Plan>(json).unwrap(), Plan::default());
}
