//! `funnel::reverse_top`, the tornado's shortcut: the top of the reverse funnel, with one rate
//! varied, read without copying the stages. It must be exactly `reverse`'s first volume on the
//! varied stages, `None` where that is `None` (a zero rate, a count past the cap) or empty.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{reverse, reverse_top, Stage, Team};
use funnel_planner::engine::Decimal;
use proptest::prelude::*;

fn stages(rates: &[i64]) -> Vec<Stage> {
    rates
        .iter()
        .enumerate()
        .map(|(i, r)| Stage {
            name: format!("S{i}"),
            team: Team::Sales,
            rate: Decimal::from_parts(*r, 4).unwrap(),
        })
        .collect()
}

fn top(stages: &[Stage], customers: u64) -> Option<u64> {
    reverse(stages, customers)?.first().map(|s| s.volume)
}

#[test]
fn seed_funnel_top_and_one_rate_varied() {
    // Seed 004's rates: 2 %, 40 %, 50 %, 50 %, 40 %, then customers; 100 customers.
    let s = stages(&[200, 4_000, 5_000, 5_000, 4_000, 10_000]);
    assert_eq!(reverse_top(&s, 100, None), Some(125_000));
    let mut varied = s.clone();
    varied[0].rate = Decimal::from_parts(22, 3).unwrap();
    assert_eq!(reverse_top(&s, 100, Some((0, Decimal::from_parts(22, 3).unwrap()))), top(&varied, 100));
    assert_eq!(reverse_top(&s, 100, Some((2, Decimal::ZERO))), None);
    assert_eq!(reverse_top(&[], 100, None), None);
}

proptest! {
    #[test]
    fn the_top_is_reverses_first_volume(
        rates in prop::collection::vec(0i64..=20_000, 0..8), customers in any::<u64>(),
        index in 0usize..9, rate in 0i64..=20_000,
    ) {
        let s = stages(&rates);
        prop_assert_eq!(reverse_top(&s, customers, None), top(&s, customers));
        let rate = Decimal::from_parts(rate, 4).unwrap();
        let mut varied = s.clone();
        if let Some(stage) = varied.get_mut(index) {
            stage.rate = rate;
        }
        // The last stage's rate is never read (it converts to itself).
        prop_assert_eq!(reverse_top(&s, customers, Some((index, rate))), top(&varied, customers));
    }
}
