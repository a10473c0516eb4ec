//! The `actuals-agreement` mutation group's gaps (issue 16): the list limits of recorded
//! actuals and SLA records exactly at their edge and one past it (12 months, 53 weeks, 200
//! stages, 20 rejection reasons, 10 signers), how a recorded count reads (floored, negatives
//! as 0, sources summed), whether a period has data, the pace of a stage with nothing planned,
//! a changed customer-stage rate, which is no change to the agreement, and a commitment
//! owner's length in characters at its edge.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::actuals::compliance::{Granularity, RejectionCount, SlaRecord};
use funnel_planner::engine::actuals::pace::pace_status;
use funnel_planner::engine::actuals::{PeriodActuals, SourceActuals};
use funnel_planner::engine::agreement::AgreementReport;
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::tracking::PaceStatus;
use funnel_planner::engine::{agree, compute, Decimal, Plan, Reason};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn errors_of(plan: &Plan) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    plan.validate(&mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

fn empty_period(period: u32) -> PeriodActuals {
    PeriodActuals { period, stages: Vec::new(), by_source: Vec::new() }
}

fn too_many(path: &str) -> Vec<(String, Reason)> {
    vec![(path.to_string(), Reason::TooMany)]
}

#[test]
fn twelve_months_and_53_weeks_of_actuals_are_accepted_one_more_is_too_many() {
    let mut plan = Plan::default();
    plan.actuals.months = (1..=12).map(empty_period).collect();
    plan.actuals.weeks = (1..=53).map(empty_period).collect();
    assert_eq!(errors_of(&plan), []);
    // A 13th entry is refused as a list, before any of its periods is looked at (period 13
    // alone would be OutOfRange on its own field).
    plan.actuals.months.push(empty_period(13));
    assert_eq!(errors_of(&plan), too_many("actuals.months"));
    plan.actuals.months.pop();
    plan.actuals.weeks.push(empty_period(54));
    assert_eq!(errors_of(&plan), too_many("actuals.weeks"));
}

#[test]
fn a_period_records_at_most_200_stages_in_total_and_per_source() {
    let mut plan = Plan::default();
    let mut month = empty_period(1);
    month.stages = vec![Some(Decimal::ONE); 200];
    month.by_source = vec![SourceActuals { source: "Ads".into(), stages: vec![None; 200] }];
    plan.actuals.months = vec![month];
    assert_eq!(errors_of(&plan), []);
    plan.actuals.months[0].stages.push(None);
    assert_eq!(errors_of(&plan), too_many("actuals.months.0.stages"));
    plan.actuals.months[0].stages.pop();
    plan.actuals.months[0].by_source[0].stages.push(None);
    assert_eq!(errors_of(&plan), too_many("actuals.months.0.by_source.0.stages"));
}

fn sla_record(period: u32) -> SlaRecord {
    SlaRecord { period, ..SlaRecord::default() }
}

#[test]
fn sla_records_stop_at_12_months_or_53_weeks() {
    let mut plan = Plan::default();
    plan.actuals.sla.records = (1..=12).map(sla_record).collect();
    assert_eq!(errors_of(&plan), []);
    plan.actuals.sla.records.push(sla_record(13));
    assert_eq!(errors_of(&plan), too_many("actuals.sla.records"));
    plan.actuals.sla.granularity = Granularity::Week;
    plan.actuals.sla.records = (1..=53).map(sla_record).collect();
    assert_eq!(errors_of(&plan), []);
    plan.actuals.sla.records.push(sla_record(54));
    assert_eq!(errors_of(&plan), too_many("actuals.sla.records"));
}

#[test]
fn a_period_lists_at_most_20_rejection_reasons() {
    let mut plan = Plan::default();
    let reason = |i: usize| RejectionCount { reason: format!("reason {i}"), count: Decimal::ONE };
    let mut record = sla_record(1);
    record.rejection_reasons = (0..20).map(reason).collect();
    plan.actuals.sla.records = vec![record];
    assert_eq!(errors_of(&plan), []);
    plan.actuals.sla.records[0].rejection_reasons.push(reason(20));
    assert_eq!(errors_of(&plan), too_many("actuals.sla.records.0.rejection_reasons"));
}

#[test]
fn ten_people_may_sign_the_agreement_an_eleventh_is_too_many() {
    let mut plan = Plan::default();
    agree(&mut plan, None, (1..=10).map(|i| format!("signer {i}")).collect());
    assert_eq!(errors_of(&plan), []);
    agree(&mut plan, None, (1..=11).map(|i| format!("signer {i}")).collect());
    assert_eq!(errors_of(&plan), too_many("agreement.agreed.by"));
}

#[test]
fn a_recorded_count_floors_reads_negatives_as_zero_and_sums_sources() {
    let mut month = empty_period(1);
    month.stages = vec![Some(d("7.9")), Some(d("-3")), None];
    month.by_source = vec![
        SourceActuals { source: "Ads".into(), stages: vec![None, None, Some(d("4"))] },
        SourceActuals { source: "Events".into(), stages: vec![None, None, Some(d("5.5"))] },
    ];
    // Validation reports 7.9 and -3 first; the reading stays total for what slips through.
    assert_eq!(month.count(0), Some(7));
    assert_eq!(month.count(1), Some(0));
    assert_eq!(month.count(2), Some(9));
    assert_eq!(month.count(3), None);
}

#[test]
fn nothing_planned_is_ahead_with_any_actual_and_on_track_with_none() {
    assert_eq!(pace_status(1, 0), PaceStatus::Ahead);
    assert_eq!(pace_status(40, 0), PaceStatus::Ahead);
    assert_eq!(pace_status(0, 0), PaceStatus::OnTrack);
}

fn agreement(plan: &Plan) -> AgreementReport {
    compute(plan).unwrap().agreement.unwrap()
}

#[test]
fn the_customer_stage_rate_changed_after_agreeing_is_no_change() {
    let mut plan = Plan::default();
    agree(&mut plan, None, vec!["Claire".into(), "Marc".into()]);
    // The last stage's rate is not used by the engine: editing it reopens nothing.
    plan.funnel.stages[5].rate = d("0.5");
    assert_eq!(agreement(&plan).changes, []);
    // The same edit one stage up is a change (the check can see one).
    plan.funnel.stages[4].rate = d("0.5");
    assert_eq!(agreement(&plan).changes.len(), 1);
}

#[test]
fn a_commitment_owner_holds_120_characters_not_bytes_a_121st_is_too_long() {
    use funnel_planner::engine::agreement::{Commitment, MAX_OWNER_CHARS};
    use funnel_planner::engine::clause::Clause;
    assert_eq!(MAX_OWNER_CHARS, 120);
    let mut plan = Plan::default();
    // 120 two-byte characters: 240 bytes, still 120 characters.
    let mut owner = Commitment::proposed(Clause::HandoverVolume);
    owner.owner = "é".repeat(120);
    plan.agreement.commitments = vec![owner];
    assert_eq!(errors_of(&plan), []);
    plan.agreement.commitments[0].owner.push('é');
    assert_eq!(errors_of(&plan), vec![("agreement.commitments.0.owner".to_string(), Reason::TooLarge)]);
}
