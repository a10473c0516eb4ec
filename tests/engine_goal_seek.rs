//! Goal-seek per rate: exact minimal rates on seed 004's funnel, minimality, unreachable goals.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::decimal::PLACES;
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{Funnel, Stage, Team};
use funnel_planner::engine::goal_seek::{goal_seek, GoalSeekInput, RateTarget};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn seed_stages() -> Vec<Stage> {
    Funnel::default().stages
}

fn targets(stages: &[Stage], top: u64, customers: u64) -> Vec<RateTarget> {
    goal_seek(stages, top, customers).rates.into_iter().map(|r| r.target).collect()
}

fn reachable(rate: &str) -> RateTarget {
    RateTarget::Reachable { rate: d(rate) }
}

/// Customers reached from `top` with stage `index` at `rate`, worked in plain integers rather
/// than through the engine's `forward` (which goal-seek itself uses): each stage keeps
/// `floor(people × rate_units / 10^9)` whole people.
fn customers_with(stages: &[Stage], index: usize, rate: Decimal, top: u64) -> u64 {
    let mut people = u128::from(top);
    for (i, s) in stages[..stages.len() - 1].iter().enumerate() {
        let units = if i == index { rate.units() } else { s.rate.units() };
        people = people * u128::try_from(units).unwrap() / 1_000_000_000;
    }
    u64::try_from(people).unwrap()
}

#[test]
fn eighty_percent_of_the_visitors_needs_each_rate_a_quarter_higher() {
    // 100 000 visitors give 2 000 → 800 → 400 → 200 → 80 customers; 100 are needed.
    let r = goal_seek(&seed_stages(), 100_000, 100);
    assert_eq!(r.current_customers, Some(80));
    assert!(!r.already_met);
    assert_eq!(
        targets(&seed_stages(), 100_000, 100),
        [reachable("0.025"), reachable("0.5"), reachable("0.625"), reachable("0.625"), reachable("0.5")]
    );
    let names: Vec<_> = r.rates.iter().map(|x| (x.from.as_str(), x.to.as_str(), x.team)).collect();
    assert_eq!(names[2], ("MQL", "SQL", Team::Marketing));
    assert_eq!(names[3], ("SQL", "Opportunity", Team::Sales));
}

#[test]
fn found_rate_reaches_the_goal_and_one_unit_less_does_not() {
    let stages = seed_stages();
    let unit = Decimal::from_parts(1, PLACES).unwrap();
    for (i, target) in targets(&stages, 100_000, 100).into_iter().enumerate() {
        let RateTarget::Reachable { rate } = target else { panic!("rate {i} should be reachable") };
        assert!(customers_with(&stages, i, rate, 100_000) >= 100);
        assert!(customers_with(&stages, i, rate.checked_sub(unit).unwrap(), 100_000) < 100);
    }
}

#[test]
fn floor_per_stage_pushes_a_third_up_to_the_next_unit() {
    // 3 leads × 0.333333333 = 0.999999999 → 0 customers, so one more unit is needed.
    let stages = vec![
        Stage { name: "Lead".into(), team: Team::Marketing, rate: d("0.1") },
        Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
    ];
    assert_eq!(targets(&stages, 3, 1), [reachable("0.333333334")]);
}

#[test]
fn goal_unreachable_even_at_hundred_percent_is_marked_not_reachable() {
    // 100 visitors at 100 % still give only 100 → 40 → 20 → 10 → 4 customers.
    assert_eq!(targets(&seed_stages(), 100, 100), vec![RateTarget::NotReachable; 5]);
}

#[test]
fn exactly_met_goal_needs_exactly_todays_rates() {
    let r = goal_seek(&seed_stages(), 125_000, 100);
    assert_eq!(r.current_customers, Some(100));
    assert!(r.already_met);
    for x in &r.rates {
        assert_eq!(x.target, RateTarget::Reachable { rate: x.current_rate });
    }
}

#[test]
fn zero_customers_needed_is_met_with_a_zero_rate() {
    let r = goal_seek(&seed_stages(), 0, 0);
    assert!(r.already_met);
    assert!(r.rates.iter().all(|x| x.target == reachable("0")));
}

#[test]
fn fewer_than_two_stages_have_no_rate_to_seek() {
    assert!(goal_seek(&[], 10, 1).rates.is_empty());
    assert!(goal_seek(&seed_stages()[..1], 10, 1).rates.is_empty());
}

#[test]
fn top_volume_must_be_whole_and_non_negative() {
    let mut errors = Errors::default();
    GoalSeekInput { enabled: true, top_volume: d("-1") }.validate("goal_seek", &mut errors);
    GoalSeekInput { enabled: true, top_volume: d("2.5") }.validate("goal_seek", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [("goal_seek.top_volume", Reason::OutOfRange), ("goal_seek.top_volume", Reason::NotWhole)]
    );
    assert!(!GoalSeekInput::default().enabled);
    assert_eq!(GoalSeekInput::default().top_count(), 100_000);
}

proptest! {
    #[test]
    fn found_rates_are_minimal_on_arbitrary_funnels(
        rates in prop::collection::vec(1i64..=1_000, 1..5),
        top in 0u64..5_000_000,
        customers in 0u64..5_000,
    ) {
        let mut stages: Vec<Stage> = rates
            .iter()
            .map(|p| Stage { name: String::new(), team: Team::Sales, rate: Decimal::from_parts(*p, 3).unwrap() })
            .collect();
        stages.push(Stage::default());
        let unit = Decimal::from_parts(1, PLACES).unwrap();
        for (i, t) in targets(&stages, top, customers).into_iter().enumerate() {
            match t {
                RateTarget::Reachable { rate } => {
                    prop_assert!(customers_with(&stages, i, rate, top) >= customers);
                    if rate.is_positive() {
                        prop_assert!(customers_with(&stages, i, rate.checked_sub(unit).unwrap(), top) < customers);
                    }
                }
                RateTarget::NotReachable => {
                    prop_assert!(customers_with(&stages, i, Decimal::ONE, top) < customers);
                }
            }
        }
    }
}
