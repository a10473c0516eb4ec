//! SLA validation at its edges: every limit holds at its edge and fails just past it, and the
//! hand-over stage may be any stage but the customer.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::sla::SlaTerms;
use funnel_planner::engine::{Decimal, Reason};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// The errors `validate` reports for terms that differ from the default in one field.
fn errors_with(change: impl Fn(&mut SlaTerms)) -> Vec<(String, Reason)> {
    let mut terms = SlaTerms::default();
    change(&mut terms);
    let mut errors = Errors::default();
    terms.validate("sla", &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

#[test]
fn every_limit_holds_at_its_edge_and_fails_just_past_it() {
    let out = |field: &str| vec![(format!("sla.{field}"), Reason::OutOfRange)];
    // A day of minutes per attempt (1 440) and a week of selling hours (168) are the most.
    assert_eq!(errors_with(|t| t.minutes_per_attempt = d("1440")), []);
    assert_eq!(errors_with(|t| t.minutes_per_attempt = d("1440.000000001")), out("minutes_per_attempt"));
    assert_eq!(errors_with(|t| t.selling_hours_per_rep = d("168")), []);
    assert_eq!(errors_with(|t| t.selling_hours_per_rep = d("168.000000001")), out("selling_hours_per_rep"));
    assert_eq!(errors_with(|t| t.minutes_per_attempt = Decimal::ZERO), []);
    assert_eq!(
        errors_with(|t| t.minutes_per_attempt = d("-0.000000001")),
        [("sla.minutes_per_attempt".to_string(), Reason::Negative)]
    );
    assert_eq!(errors_with(|t| t.first_contact_hours = d("720")), []);
    assert_eq!(errors_with(|t| t.first_contact_hours = d("721")), out("first_contact_hours"));
    assert_eq!(errors_with(|t| t.attempts = d("1")), []);
    assert_eq!(errors_with(|t| t.attempts = d("100")), []);
    assert_eq!(errors_with(|t| t.attempts = d("0")), out("attempts"));
    assert_eq!(errors_with(|t| t.attempts = d("101")), out("attempts"));
    assert_eq!(errors_with(|t| t.window_days = d("365")), []);
    assert_eq!(errors_with(|t| t.window_days = d("366")), out("window_days"));
    assert_eq!(errors_with(|t| t.qualify_within_days = d("60")), []);
    assert_eq!(errors_with(|t| t.qualify_within_days = d("61")), out("qualify_within_days"));
    assert_eq!(errors_with(|t| t.good_fit_share = Decimal::ONE), []);
    assert_eq!(
        errors_with(|t| t.good_fit_share = d("1.000000001")),
        [("sla.good_fit_share".to_string(), Reason::AboveHundredPercent)]
    );
}

#[test]
fn the_handover_stage_may_be_any_stage_but_the_customer() {
    for (stage, count, ok) in [(4, 6, true), (5, 6, false), (0, 2, true), (1, 2, false), (0, 1, false)] {
        let mut errors = Errors::default();
        SlaTerms { handover_stage: Some(stage), ..SlaTerms::default() }.validate_stage(
            "sla",
            count,
            &mut errors,
        );
        assert_eq!(errors.is_empty(), ok, "stage {stage} of {count}");
    }
}
