//! Sensitivity tornado: top-of-funnel volume saved by ±10 % on each rate and on the deal size.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{Funnel, Stage, Team};
use funnel_planner::engine::sensitivity::{tornado, SensitivityInput, SensitivityLever};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn seed_tornado(cost: Option<Decimal>) -> funnel_planner::engine::sensitivity::SensitivityReport {
    // Seed 003/004: 100 000 goal, 1 000 deal → 100 customers → 125 000 visitors.
    tornado(&Funnel::default().stages, d("100000"), d("1000"), d("0.1"), cost)
}

#[test]
fn ten_percent_on_the_visitor_rate_saves_the_most_visitors() {
    let r = seed_tornado(None);
    assert_eq!(r.baseline_top, Some(125_000));
    let bars: Vec<_> = r.entries.iter().map(|e| (e.lever, e.upside.top_volume, e.upside.saved)).collect();
    use SensitivityLever::*;
    assert_eq!(
        bars,
        [
            (Rate { index: 0 }, Some(113_637), Some(11_363)), // ceil(2 500 / 0.022)
            (Rate { index: 1 }, Some(113_650), Some(11_350)), // ceil(1 000 / 0.44) = 2 273 leads
            (Rate { index: 2 }, Some(113_750), Some(11_250)), // ceil(500 / 0.55) = 910 MQLs
            (Rate { index: 3 }, Some(113_750), Some(11_250)), // ceil(250 / 0.55) = 455 SQLs
            (Rate { index: 4 }, Some(114_000), Some(11_000)), // ceil(100 / 0.44) = 228 opportunities
            (DealSize, Some(114_000), Some(11_000)),          // ceil(100 000 / 1 100) = 91 customers
        ]
    );
    assert_eq!(r.entries[0].label, "Visitor → Lead");
    assert_eq!(r.entries[0].upside.value, d("0.022"));
    assert_eq!(r.entries[5].upside.value, d("1100"));
}

#[test]
fn the_downside_shows_the_extra_volume_as_negative_savings() {
    let r = seed_tornado(None);
    let visitor = &r.entries[0].downside;
    assert_eq!(
        (visitor.value, visitor.top_volume, visitor.saved),
        (d("0.018"), Some(138_889), Some(-13_889))
    );
    let deal = &r.entries[5].downside;
    // ceil(100 000 / 900) = 112 customers → 280 → 560 → 1 120 → 2 800 → 140 000.
    assert_eq!((deal.value, deal.top_volume, deal.saved), (d("900"), Some(140_000), Some(-15_000)));
}

#[test]
fn budget_saved_is_volume_saved_times_unit_cost() {
    let r = seed_tornado(Some(d("0.5")));
    assert_eq!(r.entries[0].upside.saved_budget, Some(d("5681.5")));
    assert_eq!(r.entries[0].downside.saved_budget, Some(d("-6944.5")));
    assert_eq!(seed_tornado(None).entries[0].upside.saved_budget, None);
}

#[test]
fn a_lifted_rate_is_capped_at_hundred_percent() {
    let stages = vec![
        Stage { name: "Lead".into(), team: Team::Marketing, rate: d("0.95") },
        Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
    ];
    let r = tornado(&stages, d("100"), d("1"), d("0.1"), None);
    // 100 customers need ceil(100 / 0.95) = 106 leads; at 100 % they need 100.
    let rate = &r.entries.iter().find(|e| e.lever == SensitivityLever::Rate { index: 0 }).unwrap().upside;
    assert_eq!((rate.value, rate.top_volume, rate.saved), (Decimal::ONE, Some(100), Some(6)));
}

#[test]
fn an_unreachable_plan_has_no_bars() {
    let r = tornado(&Funnel::default().stages, d("100000"), Decimal::ZERO, d("0.1"), None);
    assert_eq!((r.baseline_top, r.entries.len()), (None, 0));
}

#[test]
fn lift_must_be_between_zero_and_hundred_percent_exclusive() {
    let mut errors = Errors::default();
    SensitivityInput { lift: Decimal::ONE, cost_per_top_unit: Some(d("-1")) }
        .validate("sensitivity", &mut errors);
    SensitivityInput { lift: Decimal::ZERO, cost_per_top_unit: None }.validate("sensitivity", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("sensitivity.lift", Reason::OutOfRange),
            ("sensitivity.cost_per_top_unit", Reason::Negative),
            ("sensitivity.lift", Reason::MustBePositive),
        ]
    );
    assert_eq!(SensitivityInput::default().lift, d("0.1"));
}

proptest! {
    #[test]
    fn a_lift_never_costs_volume_and_a_cut_never_saves_any(
        permille in prop::collection::vec(1i64..=1_000, 1..6),
        goal in 1i64..10_000_000,
        deal in 1i64..100_000,
        lift_pct in 1i64..100,
    ) {
        let mut stages: Vec<Stage> = permille
            .iter()
            .map(|p| Stage { name: String::new(), team: Team::Sales, rate: Decimal::from_parts(*p, 3).unwrap() })
            .collect();
        stages.push(Stage::default());
        let lift = Decimal::from_parts(lift_pct, 2).unwrap();
        let r = tornado(&stages, Decimal::from_int(goal), Decimal::from_int(deal), lift, None);
        for e in &r.entries {
            prop_assert!(e.upside.saved.is_none_or(|s| s >= 0));
            prop_assert!(e.downside.saved.is_none_or(|s| s <= 0));
        }
        let saved: Vec<_> = r.entries.iter().map(|e| e.upside.saved).collect();
        prop_assert!(saved.windows(2).all(|w| w[0] >= w[1]));
    }
}
