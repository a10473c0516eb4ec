//! Sales team: ramp, attrition, capacity against the goal, and per-rep workloads (seed 003).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{StageVolume, Team};
use funnel_planner::engine::team::{rep_workloads, team_capacity, NewHire, SalesTeam};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn team(reps: i64, quota: i64, attainment: &str) -> SalesTeam {
    SalesTeam {
        reps: Decimal::from_int(reps),
        quota_per_rep: Decimal::from_int(quota),
        attainment: d(attainment),
        ..SalesTeam::default()
    }
}

fn hire(start: i64, count: i64, ramp: i64) -> NewHire {
    NewHire {
        start_month: Decimal::from_int(start),
        count: Decimal::from_int(count),
        ramp_months: Decimal::from_int(ramp),
    }
}

fn stage(name: &str, volume: u64) -> StageVolume {
    StageVolume {
        name: name.into(),
        team: Team::Marketing,
        rate: Decimal::ONE,
        volume,
        rate_to_customer: Decimal::ONE,
    }
}

#[test]
fn seed_003_a_rep_with_1200_leads_a_year_needs_100_a_month() {
    let loads = rep_workloads(&[stage("Lead", 1_200)], Decimal::ONE, 12, 52).unwrap();
    assert_eq!(loads[0].per_month, Decimal::from_int(100));
    assert_eq!(loads[0].per_month_whole, 100);
    assert_eq!(loads[0].per_week, d("23.076923076"));
    assert_eq!(loads[0].per_week_whole, 24);
}

#[test]
fn seed_003_2500_leads_shared_by_two_reps_round_up_per_rep() {
    let loads =
        rep_workloads(&[stage("Lead", 2_500), stage("Customer", 100)], Decimal::from_int(2), 12, 52).unwrap();
    assert_eq!((loads[0].per_month, loads[0].per_month_whole), (d("104.166666666"), 105));
    assert_eq!((loads[1].per_month, loads[1].per_month_whole), (d("4.166666666"), 5));
    assert_eq!(rep_workloads(&[stage("Lead", 1)], Decimal::ZERO, 12, 52), None);
    assert_eq!(rep_workloads(&[stage("Lead", 1)], Decimal::ONE, 0, 52), None);
}

#[test]
fn default_team_exactly_covers_seed_003_goal() {
    let cap = team_capacity(&SalesTeam::default(), Decimal::from_int(100_000), 12).unwrap();
    assert_eq!(cap.rep_months, Decimal::from_int(12));
    assert_eq!(cap.capacity, Decimal::from_int(100_000));
    assert_eq!((cap.gap, cap.extra_reps_needed), (Decimal::ZERO, 0));
}

#[test]
fn gap_in_revenue_becomes_whole_extra_reps_rounded_up() {
    let cap = team_capacity(&team(2, 100_000, "0.8"), Decimal::from_int(300_000), 12).unwrap();
    assert_eq!(cap.capacity, Decimal::from_int(160_000));
    assert_eq!(cap.gap, Decimal::from_int(140_000));
    assert_eq!(cap.extra_reps_needed, 2);
}

#[test]
fn quarter_horizon_counts_three_months_of_capacity_per_extra_rep() {
    let cap = team_capacity(&team(1, 120_000, "1"), Decimal::from_int(60_000), 3).unwrap();
    assert_eq!(cap.productive_fte.len(), 3);
    assert_eq!(cap.capacity, Decimal::from_int(30_000));
    assert_eq!(cap.extra_reps_needed, 1);
}

#[test]
fn new_hires_ramp_linearly_from_their_start_month() {
    let mut t = team(0, 120_000, "1");
    t.hires = vec![hire(2, 3, 3)];
    let cap = team_capacity(&t, Decimal::from_int(120_000), 12).unwrap();
    assert_eq!(cap.productive_fte[..5], [Decimal::ZERO, Decimal::ONE, d("2"), d("3"), d("3")]);
    // 1 + 2 + 3 × 9 = 30 rep-months, exactly.
    assert_eq!(cap.rep_months, Decimal::from_int(30));
    assert_eq!(cap.capacity, Decimal::from_int(300_000));
}

#[test]
fn a_ramp_of_three_months_gives_thirds_summing_to_whole_rep_months() {
    let mut t = team(0, 120_000, "1");
    t.hires = vec![hire(1, 1, 3)];
    let cap = team_capacity(&t, Decimal::from_int(120_000), 12).unwrap();
    assert_eq!(cap.productive_fte[..3], [d("0.333333333"), d("0.666666666"), Decimal::ONE]);
    assert_eq!(cap.rep_months, Decimal::from_int(11));
    assert_eq!(cap.capacity, Decimal::from_int(110_000));
    assert_eq!(cap.extra_reps_needed, 1);
}

#[test]
fn yearly_attrition_of_20_percent_leaves_90_percent_of_rep_months() {
    let mut t = team(10, 120_000, "1");
    t.yearly_attrition = d("0.2");
    let cap = team_capacity(&t, Decimal::ZERO, 12).unwrap();
    // Mid-month: month 1 keeps 1 − 0.2 × 0.5 / 12, month 12 keeps 1 − 0.2 × 11.5 / 12.
    assert_eq!(cap.productive_fte[0], d("9.916666666"));
    assert_eq!(cap.productive_fte[11], d("8.083333333"));
    assert_eq!(cap.rep_months, Decimal::from_int(108));
    assert_eq!(cap.capacity, Decimal::from_int(1_080_000));
}

#[test]
fn every_invalid_team_field_is_reported_with_its_path() {
    let t = SalesTeam {
        reps: d("1.5"),
        quota_per_rep: Decimal::ZERO,
        attainment: d("1.2"),
        hires: vec![hire(1, 1, 0), hire(13, -1, 13)],
        yearly_attrition: d("-0.1"),
    };
    let mut errors = Errors::default();
    t.validate("team", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("team.reps", Reason::NotWhole),
            ("team.quota_per_rep", Reason::MustBePositive),
            ("team.attainment", Reason::AboveHundredPercent),
            ("team.yearly_attrition", Reason::Negative),
            ("team.hires.1.start_month", Reason::OutOfRange),
            ("team.hires.1.count", Reason::OutOfRange),
            ("team.hires.1.ramp_months", Reason::OutOfRange),
        ]
    );
}

#[test]
fn missing_json_fields_take_defaults() {
    let t: SalesTeam = serde_json::from_str(r#"{"reps": 3, "hires": [{"start_month": 4}]}"#).unwrap();
    assert_eq!(t.attainment, d("0.8"));
    assert_eq!(t.hires[0].ramp_months, Decimal::from_int(3));
}

proptest! {
    #[test]
    fn more_reps_or_earlier_hires_never_lower_capacity(
        reps in 0i64..1_000, start in 1i64..12, count in 0i64..50, ramp in 0i64..=12, attrition in 0i64..=100,
    ) {
        let mut t = team(reps, 100_000, "0.8");
        t.yearly_attrition = Decimal::from_parts(attrition, 2).unwrap();
        t.hires = vec![hire(start + 1, count, ramp)];
        let base = team_capacity(&t, Decimal::from_int(10_000_000), 12).unwrap();
        let mut more = t.clone();
        more.reps = Decimal::from_int(reps + 1);
        let mut earlier = t.clone();
        earlier.hires = vec![hire(start, count, ramp)];
        for other in [more, earlier] {
            let cap = team_capacity(&other, Decimal::from_int(10_000_000), 12).unwrap();
            prop_assert!(cap.capacity >= base.capacity);
            prop_assert!(cap.extra_reps_needed <= base.extra_reps_needed);
        }
    }

    #[test]
    fn whole_per_rep_figure_covers_the_stage_volume(volume in 0u64..1_000_000_000, reps in 1i64..1_000) {
        let loads = rep_workloads(&[stage("Lead", volume)], Decimal::from_int(reps), 12, 52).unwrap();
        let r = reps as u64;
        prop_assert!(loads[0].per_month_whole * r * 12 >= volume);
        prop_assert!(loads[0].per_week_whole * r * 52 >= volume);
        prop_assert!(loads[0].per_month_whole.saturating_sub(1) * r * 12 < volume.max(1));
    }

    #[test]
    fn arbitrary_teams_report_consistent_capacity_and_workloads(
        reps in any::<i64>(), quota in any::<i64>(), attainment in any::<i64>(), attrition in any::<i64>(),
        hires in prop::collection::vec((any::<i64>(), any::<i64>(), any::<i64>()), 0..4),
        goal in any::<i64>(), months in prop_oneof![0usize..=60, any::<usize>()],
        weeks in prop_oneof![0usize..=260, any::<usize>()], volume in any::<u64>(),
    ) {
        let t = SalesTeam {
            reps: Decimal::from_int(reps),
            quota_per_rep: Decimal::from_int(quota),
            attainment: Decimal::from_parts(attainment, 9).unwrap(),
            hires: hires.into_iter().map(|(s, c, r)| hire(s, c, r)).collect(),
            yearly_attrition: Decimal::from_parts(attrition, 9).unwrap(),
        };
        if let Some(cap) = team_capacity(&t, Decimal::from_int(goal), months) {
            prop_assert_eq!(cap.productive_fte.len(), months.clamp(1, 12));
            prop_assert_eq!(cap.goal, Decimal::from_int(goal));
            // gap = max(goal − capacity, 0), in units.
            prop_assert_eq!(cap.gap.units(), (cap.goal.units() - cap.capacity.units()).max(0));
            // A gap needs at least one more rep, when a rep closes anything at all.
            if t.rep_yearly_capacity().is_some_and(Decimal::is_positive) {
                prop_assert_eq!(cap.gap.is_zero(), cap.extra_reps_needed == 0);
            }
        }
        match rep_workloads(&[stage("Lead", volume)], t.reps, months, weeks) {
            Some(loads) => {
                prop_assert!(reps > 0 && months > 0 && weeks > 0);
                // Whole reps: ceil(volume / (reps × months)) in plain integers.
                let per = |periods: usize| u128::from(volume).div_ceil(reps as u128 * periods as u128);
                prop_assert_eq!(u128::from(loads[0].per_month_whole), per(months));
                prop_assert_eq!(u128::from(loads[0].per_week_whole), per(weeks));
            }
            // Otherwise only a divisor past 10^20 rep-periods (out of the decimal range) fails.
            None => prop_assert!(
                reps <= 0 || months == 0 || weeks == 0 || reps as u128 * months.max(weeks) as u128 > 100_000_000_000_000_000_000
            ),
        }
        t.validate("t", &mut Errors::default());
    }
}

#[test]
fn a_hundred_hire_rows_are_accepted_and_a_hundred_and_one_are_too_many() {
    let mut t = team(1, 100_000, "0.8");
    t.hires = vec![hire(2, 1, 3); 100];
    let mut errors = Errors::default();
    t.validate("team", &mut errors);
    assert!(errors.is_empty(), "{:?}", errors.0);
    t.hires.push(hire(2, 1, 3));
    let mut errors = Errors::default();
    t.validate("team", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(got, [("team.hires", Reason::TooMany)]);
}
