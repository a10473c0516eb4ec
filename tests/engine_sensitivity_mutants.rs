//! Sensitivity tornado, what the funnel-time mutation run (issue 16) found unpinned or pinned only
//! from afar: `customers_for` refuses a negative goal or deal size even when the quotient would
//! round up to zero customers; the ranks (1-based, a tie within `tie_within` of the rank's
//! first entry, not of the previous one) and `tie_within` itself on a plan small enough to
//! work by hand; and `Effect`, the sign-free reading of a shift.
//! Expected values are worked by hand below: `ceil(next / rate)` per stage in exact decimals.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::sensitivity::{
    customers_for, tornado, Effect, SensitivityLever, SensitivityShift,
};
use funnel_planner::engine::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn stages(rates: &[&str]) -> Vec<Stage> {
    rates
        .iter()
        .enumerate()
        .map(|(i, r)| Stage { name: format!("S{i}"), team: Team::Sales, rate: d(r) })
        .collect()
}

#[test]
fn customers_are_the_goal_over_the_deal_size_rounded_up() {
    assert_eq!(customers_for(d("100000"), d("1000")), Some(100));
    assert_eq!(customers_for(d("1"), d("3")), Some(1)); // 1/3 of a customer is one customer
    assert_eq!(customers_for(d("0"), d("3")), Some(0));
    // The count cap: 10^15 customers are counted, 2·10^15 are out of reach.
    assert_eq!(customers_for(d("1000000000000000"), Decimal::ONE), Some(1_000_000_000_000_000));
    assert_eq!(customers_for(d("1000000000000000"), d("0.5")), None);
}

#[test]
fn a_negative_goal_or_a_deal_size_not_positive_has_no_customer_count() {
    assert_eq!(customers_for(d("100"), Decimal::ZERO), None);
    // ceil(5 / −10) = ceil(−0.5) = 0 and ceil(−5 / 10) = 0: a count of 0 would read as "goal
    // met", so each sign is refused on its own, not only when both are wrong.
    assert_eq!(customers_for(d("5"), d("-10")), None);
    assert_eq!(customers_for(d("0"), d("-10")), None);
    assert_eq!(customers_for(d("-5"), d("10")), None);
    assert_eq!(customers_for(d("-5"), d("-10")), None);
}

/// Stages 90 %, 95 %, 100 % then the customer; goal 21 at deal size 1 (21 customers), ±50 %.
///
/// Baseline: 21 customers ← ceil(21 / 1) = 21 ← ceil(21 / 0.95) = 23 ← ceil(23 / 0.9) = 26.
/// Upsides (rates capped at 100 %):
/// - rate 0 → 100 %: 23 at the top, saves 3;
/// - rate 1 → 100 %: 21 ← ceil(21 / 0.9) = 24 at the top, saves 2;
/// - rate 2 is already 100 %: saves 0;
/// - deal size 1.5: ceil(21 / 1.5) = 14 customers ← 14 ← ceil(14 / 0.95) = 15 ←
///   ceil(15 / 0.9) = 17, saves 9.
///
/// `tie_within` = ceil(1 / 0.9) + ceil(1 / 0.855) + ceil(1 / 0.855) = 2 + 2 + 2 = 6.
#[test]
fn ranks_start_at_one_and_a_tie_is_measured_from_the_ranks_first_entry() {
    let r = tornado(&stages(&["0.9", "0.95", "1", "1"]), d("21"), Decimal::ONE, d("0.5"), None);
    assert_eq!(r.baseline_top, Some(26));
    assert_eq!(r.tie_within, 6);
    use SensitivityLever::*;
    let got: Vec<_> = r.entries.iter().map(|e| (e.lever, e.upside.saved, e.rank)).collect();
    assert_eq!(
        got,
        [
            (DealSize, Some(9), 1),
            // 9 − 3 = 6: exactly the envelope, still a tie with the deal size.
            (Rate { index: 0 }, Some(3), 1),
            // 9 − 2 = 7 > 6: a new rank (its position, 3), although it is only 1 below rate 0.
            (Rate { index: 1 }, Some(2), 3),
            (Rate { index: 2 }, Some(0), 3),
        ]
    );
}

/// Stages 80 %, 50 %, 100 % then the customer; 100 customers; ±25 %.
/// Baseline 100 ← 100 ← 200 ← 250. Rate 0 → 100 %: 200 (saves 50); rate 1 → 62.5 %: 160 ←
/// 200 (saves 50); deal size 1.25: 80 customers ← 80 ← 160 ← 200 (saves 50); rate 2 capped:
/// saves 0. `tie_within` = ceil(1 / 0.8) + ceil(1 / 0.4) + ceil(1 / 0.4) = 2 + 3 + 3 = 8.
#[test]
fn equal_savings_share_rank_one_and_a_lever_saving_nothing_ranks_at_its_position() {
    let r = tornado(&stages(&["0.8", "0.5", "1", "1"]), d("100"), Decimal::ONE, d("0.25"), None);
    assert_eq!((r.baseline_top, r.tie_within), (Some(250), 8));
    use SensitivityLever::*;
    let got: Vec<_> = r.entries.iter().map(|e| (e.lever, e.upside.saved, e.rank)).collect();
    assert_eq!(
        got,
        [
            (Rate { index: 0 }, Some(50), 1),
            (Rate { index: 1 }, Some(50), 1),
            (DealSize, Some(50), 1),
            (Rate { index: 2 }, Some(0), 4),
        ]
    );
}

fn shift(saved: Option<i64>) -> SensitivityShift {
    SensitivityShift { value: Decimal::ONE, top_volume: None, saved, saved_budget: None }
}

#[test]
fn an_effect_carries_its_count_without_a_sign() {
    assert_eq!(shift(Some(5)).effect(), Effect::Saves(5));
    assert_eq!(shift(Some(1)).effect(), Effect::Saves(1));
    assert_eq!(shift(Some(-3)).effect(), Effect::Costs(3));
    assert_eq!(shift(Some(-1)).effect(), Effect::Costs(1));
    assert_eq!(shift(Some(0)).effect(), Effect::Unchanged);
    assert_eq!(shift(None).effect(), Effect::OutOfReach);
    assert_eq!(shift(Some(i64::MIN)).effect(), Effect::Costs(1 << 63));
}
