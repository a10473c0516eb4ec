//! The verdict's hire searches work on rep-months alone (`team::rep_months`,
//! `hire_rep_months`, `capacity_gap`): these must be exactly what `team_capacity` reports for
//! the same team, and a hire appended to the team must add exactly its own rep-months.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::team::{
    capacity_gap, hire_rep_months, rep_months, team_capacity, NewHire, SalesTeam,
};
use funnel_planner::engine::Decimal;
use proptest::prelude::*;

fn hire(start: i64, count: i64, ramp: i64) -> NewHire {
    NewHire {
        start_month: Decimal::from_int(start),
        count: Decimal::from_int(count),
        ramp_months: Decimal::from_int(ramp),
    }
}

fn team(reps: i64, attrition: i64, hires: Vec<(i64, i64, i64)>) -> SalesTeam {
    SalesTeam {
        reps: Decimal::from_int(reps),
        yearly_attrition: Decimal::from_parts(attrition, 2).unwrap(),
        hires: hires.into_iter().map(|(s, c, r)| hire(s, c, r)).collect(),
        ..SalesTeam::default()
    }
}

#[test]
fn a_ramping_hire_and_attrition_read_the_same_both_ways() {
    let t = team(2, 20, vec![(4, 3, 3), (9, 1, 0)]);
    let cap = team_capacity(&t, Decimal::from_int(400_000), 12).unwrap();
    assert_eq!(rep_months(&t, 12), Some(cap.rep_months));
    assert_eq!(capacity_gap(&t, cap.rep_months, Decimal::from_int(400_000)), Some((cap.gap, cap.capacity)));
    // The default team: one rep, no hires, a year: 12 rep-months; two reps from month 7 add 12.
    let one = SalesTeam::default();
    assert_eq!(rep_months(&one, 12), Some(Decimal::from_int(12)));
    assert_eq!(hire_rep_months(&one, 7, 2, 12), Some(Decimal::from_int(12)));
}

proptest! {
    #[test]
    fn rep_months_are_team_capacitys(
        reps in 0i64..10_000, attrition in 0i64..=100, months in 0usize..=60, goal in 0i64..1_000_000_000,
        hires in prop::collection::vec((-2i64..15, -2i64..500, -1i64..=13), 0..5),
    ) {
        let t = team(reps, attrition, hires);
        let cap = team_capacity(&t, Decimal::from_int(goal), months).unwrap();
        prop_assert_eq!(rep_months(&t, months), Some(cap.rep_months));
        prop_assert_eq!(capacity_gap(&t, cap.rep_months, Decimal::from_int(goal)), Some((cap.gap, cap.capacity)));
    }

    #[test]
    fn an_appended_hire_adds_exactly_its_own_rep_months(
        reps in 0i64..10_000, attrition in 0i64..=100, months in 0usize..=60,
        hires in prop::collection::vec((1i64..=12, 0i64..500, 0i64..=12), 0..4),
        start in 1u32..=12, count in 0u64..=1_000_000,
    ) {
        let t = team(reps, attrition, hires);
        let mut hired = t.clone();
        hired.hires.push(hire(i64::from(start), count as i64, 0));
        let whole = team_capacity(&hired, Decimal::ZERO, months).unwrap().rep_months;
        let added = hire_rep_months(&t, start, count, months).unwrap();
        prop_assert_eq!(rep_months(&t, months).unwrap().checked_add(added), Some(whole));
    }
}
