//! The plan's one verdict (issue 12 item 1): every check that is on, the worst of them as the
//! verdict, the next actions computed exactly, and the three commitments as data.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::BudgetTerms;
use funnel_planner::engine::verdict::{
    most_attempts, smallest_hire, verdict, Action, CheckKind, Facts, Section, Status,
};
use funnel_planner::engine::weekday::Weekday;
use funnel_planner::engine::{compute, compute_with_risk, Decimal, Plan};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn kinds(plan: &Plan) -> Vec<(CheckKind, Status, Section)> {
    compute(plan).unwrap().verdict.checks.iter().map(|c| (c.kind, c.status, c.section)).collect()
}

#[test]
fn default_plan_has_capacity_but_not_the_hours_so_it_does_not_hold() {
    // The contradiction: "the team covers the goal" next to "capacity insufficient".
    // One verdict now takes both: quota capacity holds, follow-up hours (20 MQL × 6 × 15 min
    // = 30 h against 20 h) do not, so the plan does not hold.
    let r = compute(&Plan::default()).unwrap();
    assert_eq!(
        kinds(&Plan::default()),
        [
            (CheckKind::Capacity, Status::Holds, Section::Team),
            (CheckKind::Hours, Status::DoesNotHold, Section::Sla),
        ]
    );
    assert_eq!(r.verdict.status, Status::DoesNotHold);
    // 1 rep more gives 20 × (1 + (13 − m)/12) h ≥ 30 h up to a July start (month 7); or 4
    // attempts: 20 × 4 × 15 / 60 = 20 h.
    assert_eq!(
        r.verdict.actions,
        [Action::AddReps { count: 1, by_month: 7, check: CheckKind::Hours }, Action::CutAttempts { to: 4 }]
    );
}

#[test]
fn a_plan_whose_checks_all_pass_holds() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    let r = compute(&plan).unwrap();
    assert_eq!(r.verdict.status, Status::Holds);
    assert!(r.verdict.actions.is_empty());
}

#[test]
fn capacity_gap_asks_for_the_smallest_hire_and_its_latest_start() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("168");
    plan.goal = d("150000");
    // One rep closes 100 000; a second from month m adds 100 000 × (13 − m) / 12 ≥ 50 000
    // up to month 7.
    let r = compute(&plan).unwrap();
    assert_eq!(r.verdict.status, Status::DoesNotHold);
    assert_eq!(r.verdict.actions, [Action::AddReps { count: 1, by_month: 7, check: CheckKind::Capacity }]);
    plan.goal = d("350000");
    let r = compute(&plan).unwrap();
    // 250 000 missing: 2 reps from day one give 200 000, 3 reps give 300 000 from month 1 and
    // 3 × 100 000 × (13 − m)/12 ≥ 250 000 up to month 3.
    assert!(r.verdict.actions.contains(&Action::AddReps {
        count: 3,
        by_month: 3,
        check: CheckKind::Capacity
    }));
}

#[test]
fn budget_short_of_the_funnel_cost_does_not_hold_and_names_the_shortfall() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    plan.budget = Some(BudgetTerms {
        basis: funnel_planner::engine::budget::BudgetBasis::Amount,
        amount: d("1000"),
        cost_per_lead: Some(d("10")),
        ..BudgetTerms::default()
    });
    // 2 500 leads × 10 = 25 000 against 12 000 a year.
    let r = compute(&plan).unwrap();
    assert!(kinds(&plan).contains(&(CheckKind::Budget, Status::DoesNotHold, Section::Budget)));
    assert_eq!(r.verdict.actions, [Action::RaiseBudget { by: d("13000") }]);
}

#[test]
fn pace_behind_is_a_risk_and_names_the_rate_to_restore() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    plan.tracking.enabled = true;
    plan.tracking.elapsed = d("0.5");
    plan.tracking.actuals = vec![Some(d("62500")), Some(d("1000")), Some(d("400"))];
    let r = compute(&plan).unwrap();
    assert_eq!(r.verdict.status, Status::HoldsWithRisks);
    assert!(kinds(&plan).contains(&(CheckKind::Pace, Status::HoldsWithRisks, Section::Tracking)));
    // Visitors on pace (62 500 = half), leads at 1.6 % instead of 2 %: restore stage 0's 2 %.
    assert_eq!(r.verdict.actions, [Action::RaiseRate { stage: 0, to: d("0.02") }]);
}

#[test]
fn chance_comes_from_the_monte_carlo_only_when_it_runs() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    plan.risk.enabled = true;
    plan.risk.trials = 2_000;
    assert!(!kinds(&plan).iter().any(|(k, ..)| *k == CheckKind::Chance));
    let r = compute_with_risk(&plan).unwrap();
    let risk = r.risk.as_ref().unwrap();
    let chance = r.verdict.checks.iter().find(|c| c.kind == CheckKind::Chance).unwrap();
    // The plan's own volume is about a coin flip: a risk, and the volume for 80 % is named.
    assert_eq!(chance.status, Status::HoldsWithRisks, "p = {}", risk.p_hit);
    let p80 = risk.needed[0].p80.unwrap();
    assert!(r.verdict.actions.contains(&Action::RaiseVolume { stage: 0, to: p80 }));
}

#[test]
fn the_three_commitments_read_from_the_sla_and_the_team() {
    let c = compute(&Plan::default()).unwrap().commitments.unwrap();
    assert_eq!(
        (
            c.marketing.stage_name.as_str(),
            c.marketing.per_week,
            c.marketing.good_fit_per_week,
            c.marketing.day
        ),
        ("MQL", 20, 12, Weekday::Monday)
    );
    assert_eq!(c.marketing.good_fit_share, d("0.6"));
    assert_eq!(
        (c.sales.first_contact_hours, c.sales.accept_within_days, c.sales.accept_by, c.sales.attempts),
        (24, 2, Weekday::Wednesday, 6)
    );
    assert_eq!(c.sales.window_days, 14);
    let team = c.team.unwrap();
    assert!(team.capacity_holds && !team.hours_hold && !team.holds());
    assert_eq!((team.hours_needed, team.hours_available), (d("30"), d("20")));
}

#[test]
fn no_check_on_means_the_plan_holds() {
    assert_eq!(verdict(&Facts::default()).status, Status::Holds);
}

#[test]
fn smallest_hire_is_exact_on_a_monotone_check() {
    // Passes when count × (13 − month) ≥ 100: 9 reps from month 1 (108), not 8 (96); 9 reps
    // still pass from month 2 (99 fails) — so month 1.
    let passes = |count: u64, month: u32| Some(count * u64::from(13 - month) >= 100);
    assert_eq!(smallest_hire(passes, 12), Some((9, 1)));
    let passes = |count: u64, month: u32| Some(count * u64::from(13 - month) >= 60);
    assert_eq!(smallest_hire(passes, 12), Some((5, 1)));
    let passes = |count: u64, month: u32| Some(count * u64::from(13 - month) >= 55);
    assert_eq!(smallest_hire(passes, 12), Some((5, 2)));
    assert_eq!(smallest_hire(|_, _| Some(false), 12), None);
    assert_eq!(most_attempts(6, |k| k * 5 <= 20), Some(4));
    assert_eq!(most_attempts(6, |_| false), None);
}

proptest::proptest! {
    #[test]
    fn smallest_hire_matches_a_plain_search(need in 1u64..5_000, weights in proptest::collection::vec(0u64..4, 12), months in 1u32..=12) {
        // A monotone check: each month a rep is in adds its month's weight (≥ 0), so more reps
        // or an earlier start never pass less. Reference: counts upward, months downward.
        let value = |count: u64, month: u32| count * weights[month as usize - 1..months as usize].iter().sum::<u64>();
        let passes = |count: u64, month: u32| Some(value(count, month) >= need);
        let expected = (0..=need).find(|c| value(*c, 1) >= need)
            .map(|c| (c, (1..=months).rev().find(|m| value(c, *m) >= need).unwrap_or(1)));
        proptest::prop_assert_eq!(smallest_hire(passes, months), expected);
    }
}
