//! Tracking actuals vs plan (seed 000's "bulges"): pace, projection, conversion and bottleneck;
//! the input's checks, up to one actual per stage of the 200-stage cap.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{reverse, Funnel, StageVolume, Team};
use funnel_planner::engine::tracking::{track, PaceStatus, TrackingInput};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Seed 004's plan for 100 customers: 125 000, 2 500, 1 000, 500, 250, 100.
fn planned() -> Vec<StageVolume> {
    reverse(&Funnel::default().stages, 100).unwrap()
}

fn half_period(actuals: [u64; 6]) -> funnel_planner::engine::tracking::TrackingReport {
    track(&planned(), &actuals.map(Some), d("0.5"))
}

#[test]
fn mqls_stuck_at_leads_make_lead_to_mql_the_marketing_bottleneck() {
    // Half-way: visitors and leads on pace, but only 300 of the 500 MQLs due (24 % vs 40 %).
    let r = half_period([62_500, 1_250, 300, 200, 100, 40]);
    let status: Vec<_> = r.stages.iter().map(|s| s.status).collect();
    use PaceStatus::*;
    assert_eq!(
        status,
        [Some(OnTrack), Some(OnTrack), Some(Behind), Some(Behind), Some(Behind), Some(Behind)]
    );
    assert_eq!(r.stages[2].pace, Some(d("0.6")));
    assert_eq!(r.stages[2].projected, Some(600));
    assert_eq!(r.stages[2].shortfall, Some(400));
    assert_eq!(r.transitions[1].actual_rate, Some(d("0.24")));
    assert_eq!(r.transitions[1].planned_rate, d("0.4"));
    // 2 500 projected leads × 0.16 shortfall × 0.1 MQL → customer = 40 customers lost.
    assert_eq!(r.transitions[1].customers_lost, d("40"));
    let b = r.bottleneck.unwrap();
    assert_eq!((b.transition, b.owner, b.unit.as_str(), b.owed), (1, Team::Marketing, "MQL", 400));
    assert_eq!(b.customers_lost, d("40"));
}

#[test]
fn the_costliest_of_two_shortfalls_wins() {
    // SQL → Opportunity at 40 % vs 50 %: 300 SQL × 0.1 × 0.4 = 12 customers, less than 40.
    let r = half_period([62_500, 1_250, 300, 150, 60, 24]);
    assert_eq!(r.transitions[3].customers_lost, d("12"));
    assert_eq!(r.bottleneck.unwrap().transition, 1);
    // Without the marketing shortfall, sales' transition is the bottleneck.
    let r = half_period([62_500, 1_250, 500, 250, 100, 40]);
    let b = r.bottleneck.unwrap();
    assert_eq!((b.transition, b.owner, b.unit.as_str(), b.owed), (3, Team::Sales, "Opportunity", 50));
    assert_eq!(b.customers_lost, d("20"));
}

#[test]
fn on_plan_actuals_have_no_bottleneck() {
    let r = half_period([62_500, 1_250, 500, 250, 125, 50]);
    assert!(r.bottleneck.is_none());
    assert!(r.stages.iter().all(|s| s.status == Some(PaceStatus::OnTrack) && s.shortfall == Some(0)));
}

#[test]
fn pace_thresholds_are_105_and_95_percent() {
    let plan = &planned()[2..3]; // 1 000 MQLs
    let status = |a: u64| track(plan, &[Some(a)], Decimal::ONE).stages[0].status;
    assert_eq!(status(1_050), Some(PaceStatus::Ahead));
    assert_eq!(status(1_049), Some(PaceStatus::OnTrack));
    assert_eq!(status(950), Some(PaceStatus::OnTrack));
    assert_eq!(status(949), Some(PaceStatus::Behind));
}

#[test]
fn projection_rounds_down_to_whole_people() {
    let r = track(&planned()[2..3], &[Some(100)], d("0.3"));
    assert_eq!(r.stages[0].projected, Some(333));
    assert_eq!(r.stages[0].shortfall, Some(667));
}

#[test]
fn untracked_stages_are_skipped_and_their_rates_multiplied() {
    let actuals = [None, Some(1_250), None, Some(200), None, None];
    let r = track(&planned(), &actuals, d("0.5"));
    assert_eq!(r.stages[0].status, None);
    assert_eq!(r.transitions.len(), 1);
    let t = &r.transitions[0];
    assert_eq!(
        (t.from.as_str(), t.to.as_str(), t.planned_rate, t.actual_rate),
        ("Lead", "SQL", d("0.2"), Some(d("0.16")))
    );
    // 2 500 × 0.04 × SQL → customer 0.2 = 20.
    assert_eq!(t.customers_lost, d("20"));
    assert_eq!(r.bottleneck.unwrap().owed, 100);
}

#[test]
fn zero_elapsed_zero_actuals_and_zero_plan_do_not_divide() {
    let r = track(&planned(), &[Some(10); 6], Decimal::ZERO);
    assert!(r.stages.iter().all(|s| s.pace.is_none() && s.status.is_none() && s.projected.is_none()));
    let r = half_period([0, 0, 0, 0, 0, 0]);
    assert!(r.transitions.iter().all(|t| t.actual_rate.is_none()));
    assert!(r.bottleneck.is_none());
    assert_eq!(r.stages[0].status, Some(PaceStatus::Behind));
    let zero_plan = reverse(&Funnel::default().stages, 0).unwrap();
    let r = track(&zero_plan, &[Some(3), Some(0)], d("0.5"));
    assert_eq!((r.stages[0].status, r.stages[0].pace), (Some(PaceStatus::Ahead), None));
    assert_eq!(r.stages[1].status, Some(PaceStatus::OnTrack));
}

#[test]
fn a_negative_elapsed_share_is_a_period_not_started_not_a_negative_pace() {
    // Validation refuses it, but `track` is public: before the start there is no pace (not
    // 10 ÷ (125 000 × −0.5) < 0), no status and no projection.
    let r = track(&planned(), &[Some(10); 6], d("-0.5"));
    for s in &r.stages {
        assert_eq!((s.pace, s.status, s.projected), (None, None, None), "{}", s.name);
    }
}

#[test]
fn elapsed_and_actuals_are_validated_with_paths() {
    let input =
        TrackingInput { enabled: true, actuals: vec![Some(d("1.5")), None, Some(d("-2"))], elapsed: d("0") };
    let mut errors = Errors::default();
    input.validate("tracking", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("tracking.elapsed", Reason::MustBePositive),
            ("tracking.actuals.0", Reason::NotWhole),
            ("tracking.actuals.2", Reason::OutOfRange),
        ]
    );
    assert_eq!(input.actual_counts(), [Some(1), None, Some(0)]);
    assert_eq!(TrackingInput::default().elapsed, d("0.5"));
}

#[test]
fn one_actual_per_stage_up_to_the_two_hundred_stage_cap() {
    let errors_with = |n: usize| {
        let input = TrackingInput { enabled: true, actuals: vec![None; n], elapsed: d("0.5") };
        let mut errors = Errors::default();
        input.validate("tracking", &mut errors);
        errors.0.iter().map(|e| (e.path.clone(), e.reason)).collect::<Vec<_>>()
    };
    assert_eq!(errors_with(200), []);
    assert_eq!(errors_with(201), [("tracking.actuals".to_string(), Reason::TooMany)]);
}

proptest! {
    #[test]
    fn tracking_never_panics_and_bottleneck_is_the_maximum(
        customers in 0u64..1_000_000,
        actuals in prop::collection::vec(prop::option::of(any::<u64>()), 0..9),
        elapsed_units in -10i64..2_000_000_000,
    ) {
        let plan = reverse(&Funnel::default().stages, customers).unwrap();
        let r = track(&plan, &actuals, Decimal::from_parts(elapsed_units, 9).unwrap());
        prop_assert_eq!(r.stages.len(), plan.len());
        if let Some(b) = r.bottleneck {
            prop_assert!(r.transitions.iter().all(|t| t.customers_lost <= b.customers_lost));
        }
    }
}
